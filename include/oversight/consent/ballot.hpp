// oversight::consent: ballots and the ballot box.
//
// A ballot is yes, no, abstain, a formal ("qualified") abstention in the sense of Art. 31(1)
// second subparagraph TEU, or absent (the member takes no part). Ballots arrive over time: a
// `ballot_box` records, per member, the ballot and the day it was cast, and knows its own date
// (the latest day it has heard of). A member with no ballot yet is *outstanding*; closing the box
// says no more ballots will come, so outstanding members count as absent.
//
// A second ballot from the same member is handled by an explicit policy chosen when the box is
// made: `duplicate_ballots::reject` (the default; `errc::duplicate_ballot`) or
// `duplicate_ballots::last_wins` (the new ballot replaces the old one, e.g. a vote corrected
// before the count). The box stores bit masks and a day per member: no allocation.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/consent/electorate.hpp>
#include <oversight/consent/errc.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/error.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE
namespace consent {

/// One member's answer.
enum class ballot : std::uint8_t {
  yes,
  no,                ///< also: an objection in writing under a silence procedure
  abstain,
  qualified_abstain, ///< abstention with a formal declaration (Art. 31(1) second subparagraph TEU)
  absent             ///< takes no part in the vote
};

constexpr std::string_view to_string_view(ballot b) noexcept {
  switch (b) {
    case ballot::yes: return "yes";
    case ballot::no: return "no";
    case ballot::abstain: return "abstain";
    case ballot::qualified_abstain: return "qualified abstain";
    case ballot::absent: return "absent";
  }
  return "(invalid)";
}

/// True for the five ballots; false for a value cast into `ballot` from outside the enumeration.
constexpr bool is_ballot(ballot b) noexcept { return static_cast<std::uint8_t>(b) <= static_cast<std::uint8_t>(ballot::absent); }

/// What a ballot box does with a second ballot from the same member.
enum class duplicate_ballots : std::uint8_t { reject, last_wins };

/// What `ballot_box::cast` reports on success.
struct cast_receipt {
  std::size_t slot;   ///< the member's slot in the electorate
  bool replaced;      ///< true when the ballot replaced an earlier one (last_wins)
  friend constexpr bool operator==(const cast_receipt&, const cast_receipt&) noexcept = default;
};

/// The ballots cast so far in one vote of one electorate. The electorate must outlive the box.
class ballot_box {
 public:
  /// A box for `voters`, dated `opened` (its clock), with the given duplicate-ballot policy.
  constexpr explicit ballot_box(const electorate& voters, date opened = date::first(),
                                duplicate_ballots policy = duplicate_ballots::reject) noexcept
      : voters_(&voters), today_(opened), policy_(policy) {}

  /// Records `state`'s ballot, cast on the box's current date.
  constexpr result<cast_receipt, errc> cast(country state, ballot b) noexcept { return cast(state, b, today_); }

  /// Records `state`'s ballot, cast on `on`; the box's clock moves to `on` if that is later.
  /// Errors: `not_a_ballot` (a value outside the enumeration, e.g. cast from data),
  /// `not_a_member`, `duplicate_ballot` (policy reject), `ballot_box_closed`.
  constexpr result<cast_receipt, errc> cast(country state, ballot b, date on) noexcept {
    if (!is_ballot(b)) return error{errc::not_a_ballot, error_context(state.alpha2())};
    const int s = voters_->slot_of(state);
    if (s < 0) return error{errc::not_a_member, error_context(state.alpha2())};
    if (closed_) return error{errc::ballot_box_closed, error_context(state.alpha2())};
    const auto slot = static_cast<std::size_t>(s);
    const std::uint64_t bit = std::uint64_t{1} << slot;
    const bool replaced = (cast_ & bit) != 0;
    if (replaced && policy_ == duplicate_ballots::reject) return error{errc::duplicate_ballot, error_context(state.alpha2())};
    for (auto& m : masks_) m &= ~bit;
    masks_[static_cast<std::size_t>(b)] |= bit;
    cast_ |= bit;
    day_[slot] = on.days_since_epoch();
    if (today_ < on) today_ = on;
    return cast_receipt{slot, replaced};
  }

  /// Moves the box's clock to `d` (an unanswered silence procedure is decided by the clock).
  constexpr result<date, errc> advance_to(date d) noexcept {
    if (d < today_) return errc::clock_moved_backwards;
    today_ = d;
    return d;
  }

  /// No more ballots: outstanding members count as absent from now on.
  constexpr void close() noexcept { closed_ = true; }

  [[nodiscard]] constexpr const electorate& voters() const noexcept { return *voters_; }
  [[nodiscard]] constexpr date today() const noexcept { return today_; }
  [[nodiscard]] constexpr bool closed() const noexcept { return closed_; }
  [[nodiscard]] constexpr duplicate_ballots policy() const noexcept { return policy_; }

  /// Members whose ballot is `b` (for `ballot::absent`, outstanding members too once closed).
  [[nodiscard]] constexpr member_set with(ballot b) const noexcept {
    const member_set s(mask_of(b));
    return b == ballot::absent && closed_ ? s | (voters_->all() - member_set(cast_)) : s;
  }
  /// Members who have not answered yet (always empty once closed).
  [[nodiscard]] constexpr member_set outstanding() const noexcept {
    return closed_ ? member_set{} : voters_->all() - member_set(cast_);
  }
  /// The ballot of the member in `slot`, if it has cast one.
  [[nodiscard]] constexpr bool has_cast(std::size_t slot) const noexcept { return member_set(cast_).contains(slot); }
  [[nodiscard]] constexpr ballot ballot_of(std::size_t slot) const noexcept {
    for (std::size_t b = 0; b < masks_.size(); ++b)
      if (member_set(masks_[b]).contains(slot)) return static_cast<ballot>(b);
    return ballot::absent;
  }
  /// The day the member in `slot` cast its ballot; date::first() for a slot that has not cast
  /// or does not exist.
  [[nodiscard]] constexpr date cast_on(std::size_t slot) const noexcept {
    if (slot >= day_.size() || !has_cast(slot)) return date::first();
    return date::from_days(day_[slot]).value_or(date::first());
  }
  /// Members whose ballot is `b` and was cast on or before `d`.
  [[nodiscard]] constexpr member_set with_by(ballot b, date d) const noexcept {
    member_set s;
    const member_set candidates(mask_of(b));
    for (std::uint64_t bits = candidates.bits(); bits != 0; bits &= bits - 1) {
      const auto slot = static_cast<std::size_t>(std::countr_zero(bits));
      if (day_[slot] <= d.days_since_epoch()) s.insert(slot);
    }
    return s;
  }

 private:
  // The members with ballot `b`; none for a value outside the enumeration.
  [[nodiscard]] constexpr std::uint64_t mask_of(ballot b) const noexcept {
    return is_ballot(b) ? masks_[static_cast<std::size_t>(b)] : 0;
  }

  const electorate* voters_;
  std::array<std::uint64_t, 5> masks_{};  // indexed by ballot
  std::uint64_t cast_ = 0;
  std::array<std::int32_t, electorate::capacity> day_{};
  date today_;
  duplicate_ballots policy_;
  bool closed_ = false;
};

}  // namespace consent
OVERSIGHT_END_NAMESPACE
