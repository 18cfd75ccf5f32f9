// oversight: blocs of countries with dated membership.
//
// A `bloc` is a name and a list of dated memberships: a country is a member on the days of one
// of its `bloc_membership` periods (both ends included, as `period` is). Membership is asked as of a
// day: `is_member(country, date)`, `members_on(date) -> country_set`, and the set algebra of
// `country_set` composes blocs ("EU and NATO on 2026-01-01"). The memberships live in storage
// the caller owns (a constexpr array for a catalogue, a container at run time); a bloc only
// views them through a `std::span`, so a bloc is a literal value either way.
//
// The real data sets are in domain/blocs.hpp (`eu::member_states`, `eu::eea`, `nato::allies`).
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/country_set.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/error.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE

/// Errors about bloc definitions.
enum class bloc_errc : std::uint16_t {
  membership_ends_before_it_starts = 220,  ///< a bloc_membership period whose last day precedes its first
  overlapping_membership = 221             ///< two membership periods of one country share a day
};

constexpr error_info describe(bloc_errc e) noexcept {
  switch (e) {
    case bloc_errc::membership_ends_before_it_starts:
      return {"OVS-E220", "a membership period ends before it starts"};
    case bloc_errc::overlapping_membership:
      return {"OVS-E221", "two membership periods of the same country overlap"};
  }
  return {"OVS-E299", "unknown domain error"};
}

/// One uninterrupted membership: `member` belongs to the bloc on every day of `during`.
/// A country that left and rejoined has two memberships.
struct bloc_membership {
  country member;
  period during;
  friend constexpr bool operator==(const bloc_membership&, const bloc_membership&) noexcept = default;
};

namespace detail {
void invalid_bloc_membership_in_constant_expression();  // not constexpr: each period ends after it starts; one member's periods do not overlap
}  // namespace detail

/// A named group of countries with dated bloc_membership (EU, NATO, EEA, or one of the caller's).
class bloc {
 public:
  /// A bloc over memberships the caller keeps alive. Not checked: use `bloc::make` for data
  /// read at run time, or `bloc::checked` for constants.
  constexpr bloc(std::string_view name, std::span<const bloc_membership> memberships) noexcept
      : name_(name), memberships_(memberships) {}

  /// The bloc, or the first problem in its memberships (a period that ends before it starts,
  /// two periods of one country that overlap).
  static constexpr result<bloc, bloc_errc> make(std::string_view name,
                                                std::span<const bloc_membership> memberships) noexcept {
    for (std::size_t i = 0; i < memberships.size(); ++i) {
      const bloc_membership& m = memberships[i];
      if (m.during.until < m.during.from)
        return error{bloc_errc::membership_ends_before_it_starts, error_context(m.member.alpha2())};
      for (std::size_t j = i + 1; j < memberships.size(); ++j) {
        const bloc_membership& o = memberships[j];
        if (o.member == m.member && o.during.from <= m.during.until && m.during.from <= o.during.until)
          return error{bloc_errc::overlapping_membership, error_context(m.member.alpha2())};
      }
    }
    return bloc(name, memberships);
  }

  /// `make` for constants: a bad bloc_membership fails to compile, naming
  /// `invalid_bloc_membership_in_constant_expression`.
  static consteval bloc checked(std::string_view name, std::span<const bloc_membership> memberships)
#if defined(__clang__)  // the first error line under Clang (see detail/config.hpp)
      __attribute__((diagnose_if(!make(name, memberships),
                                 "oversight: invalid membership data: no period may end before it starts, and one "
                                 "member's periods must not overlap (bloc::make at run time names the entry)",
                                 "error")))
#endif
  {
    auto b = make(name, memberships);
    if (!b) detail::invalid_bloc_membership_in_constant_expression();
    return *b;
  }

  [[nodiscard]] constexpr std::string_view name() const noexcept { return name_; }
  [[nodiscard]] constexpr std::span<const bloc_membership> memberships() const noexcept { return memberships_; }

  /// Is `c` a member on day `d`?
  [[nodiscard]] constexpr bool is_member(country c, date d) const noexcept {
    for (const bloc_membership& m : memberships_)
      if (m.member == c && m.during.contains(d)) return true;
    return false;
  }
  /// Everyone who is a member on day `d`.
  [[nodiscard]] constexpr country_set members_on(date d) const noexcept {
    country_set s;
    for (const bloc_membership& m : memberships_)
      if (m.during.contains(d)) s.insert(m.member);
    return s;
  }
  /// Everyone who was a member on at least one day.
  [[nodiscard]] constexpr country_set ever_members() const noexcept {
    country_set s;
    for (const bloc_membership& m : memberships_) s.insert(m.member);
    return s;
  }
  /// The first day `c` was a member, if ever.
  [[nodiscard]] constexpr std::optional<date> joined(country c) const noexcept {
    std::optional<date> first;
    for (const bloc_membership& m : memberships_)
      if (m.member == c && (!first || m.during.from < *first)) first = m.during.from;
    return first;
  }
  /// The last day of bloc_membership of a country that is no longer a member; empty for a current
  /// member (a bloc_membership with no end) and for a country that never was one.
  [[nodiscard]] constexpr std::optional<date> left(country c) const noexcept {
    std::optional<date> last;
    for (const bloc_membership& m : memberships_) {
      if (m.member != c) continue;
      if (m.during.open_ended()) return std::nullopt;
      if (!last || *last < m.during.until) last = m.during.until;
    }
    return last;
  }

 private:
  std::string_view name_;
  std::span<const bloc_membership> memberships_;
};

OVERSIGHT_END_NAMESPACE
