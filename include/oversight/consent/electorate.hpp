// oversight::consent: electorates — who votes, with what weight, as of which day.
//
// An electorate is a fixed set of at most 64 member states, each with a positive weight (its
// population for double-majority rules, 1 otherwise), fixed as of a date. It is built from
// membership data (state and accession date) and, when weighted, a named and dated population
// data set, and it refuses bad input with a typed error: no member, more than 64, a state listed
// twice, a member that had not yet joined on the electorate's date, a state the data set has no
// figure for, a zero figure, or figures whose sum overflows 64 bits.
//
// Members are addressed by their position ("slot") in the electorate; a `member_set` is a 64-bit
// set of slots, so counting and summing a coalition is a popcount and a short loop.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/popcount.hpp>
#include <oversight/consent/errc.hpp>
#include <oversight/domain/bloc.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/country_set.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/error.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>

OVERSIGHT_BEGIN_NAMESPACE
namespace consent {

/// A set of members of one electorate, by slot (bit i is the member in slot i).
class member_set {
 public:
  constexpr member_set() noexcept = default;
  constexpr explicit member_set(std::uint64_t bits) noexcept : bits_(bits) {}

  [[nodiscard]] constexpr std::uint64_t bits() const noexcept { return bits_; }
  [[nodiscard]] constexpr bool contains(std::size_t slot) const noexcept { return slot < 64 && ((bits_ >> slot) & 1u) != 0; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return oversight::detail::popcount64(bits_); }
  [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
  constexpr member_set& insert(std::size_t slot) noexcept {
    if (slot < 64) bits_ |= std::uint64_t{1} << slot;
    return *this;
  }
  constexpr member_set& erase(std::size_t slot) noexcept {
    if (slot < 64) bits_ &= ~(std::uint64_t{1} << slot);
    return *this;
  }
  /// The lowest slot in the set, or 64 when empty.
  [[nodiscard]] constexpr std::size_t first() const noexcept { return static_cast<std::size_t>(std::countr_zero(bits_)); }

  friend constexpr member_set operator|(member_set a, member_set b) noexcept { return member_set(a.bits_ | b.bits_); }
  friend constexpr member_set operator&(member_set a, member_set b) noexcept { return member_set(a.bits_ & b.bits_); }
  /// The members of a that are not in b.
  friend constexpr member_set operator-(member_set a, member_set b) noexcept { return member_set(a.bits_ & ~b.bits_); }
  friend constexpr bool operator==(member_set, member_set) noexcept = default;

 private:
  std::uint64_t bits_ = 0;
};

/// A member state of an organisation and the day it joined.
struct membership {
  country state;
  date joined;
};

/// One figure of a population data set.
struct population_figure {
  country state;
  std::uint64_t people;
};

/// A named, dated set of population figures with its source. `figures` refers to static data
/// (the presets) or to data the caller keeps alive while building electorates.
///
/// A set weighs the votes of electorates dated from `reference_date` to `valid_until`: an
/// electorate dated outside is refused (`errc::population_data_out_of_date`) rather than
/// weighted by figures of another time. The Council's figures apply for one calendar year
/// (Council Rules of Procedure, Art. 11(6) and Annex III: "for the period from 1 January ... to
/// 31 December"), set from the data Eurostat holds on 30 September of the year before; so
/// Eurostat's figures for 1 January of year Y weigh votes up to the end of year Y + 1. A set
/// built without `valid_until` has no end.
struct population_data_set {
  std::string_view name;       ///< e.g. "Eurostat, 1 January 2025"
  std::string_view source;     ///< where the figures come from
  date reference_date;         ///< the day the figures describe (Council figures: the first day they apply)
  std::string_view unit;       ///< "persons", or e.g. "hundredths of a percent of the EU total"
  std::span<const population_figure> figures;
  date valid_until = date::last();  ///< the last day the figures weigh a vote

  /// Whether the figures may weigh a vote on `day`.
  [[nodiscard]] constexpr bool applies_on(date day) const noexcept {
    return reference_date <= day && day <= valid_until;
  }

  /// The figure for `state`, or 0 when the set has none.
  [[nodiscard]] constexpr std::uint64_t people_of(country state) const noexcept {
    for (const auto& f : figures)
      if (f.state == state) return f.people;
    return 0;
  }
};

/// The members who vote, with their weights, as of a date. Build one with `make_electorate`.
class electorate {
 public:
  static constexpr std::size_t capacity = 64;

  /// Number of members.
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  /// The day the membership is taken.
  [[nodiscard]] constexpr date as_of() const noexcept { return as_of_; }
  /// Whether the members carry population weights (otherwise each weighs 1).
  [[nodiscard]] constexpr bool weighted() const noexcept { return weighted_; }
  /// The population data set the weights come from (empty name when unweighted).
  [[nodiscard]] constexpr std::string_view weights_name() const noexcept { return weights_name_; }
  /// Sum of all weights (the population of the electorate; the member count when unweighted).
  [[nodiscard]] constexpr std::uint64_t total_weight() const noexcept { return total_; }

  /// The member in `slot` (slot < size()).
  [[nodiscard]] constexpr country member(std::size_t slot) const noexcept { return member_[slot]; }
  [[nodiscard]] constexpr std::uint64_t weight(std::size_t slot) const noexcept { return weight_[slot]; }
  [[nodiscard]] constexpr date joined(std::size_t slot) const noexcept { return date::from_days(joined_[slot]).value(); }

  /// The slot of `state`, or -1 when it is not a member.
  [[nodiscard]] constexpr int slot_of(country state) const noexcept { return slot_[state.index()]; }
  [[nodiscard]] constexpr bool contains(country state) const noexcept { return slot_of(state) >= 0; }

  /// Every member.
  [[nodiscard]] constexpr member_set all() const noexcept {
    return member_set(size_ == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << size_) - 1);
  }
  /// The members of `of` among `states` (`of` is a set of slots; only its members are looked at).
  [[nodiscard]] constexpr member_set members_among(const country_set& states, member_set of) const noexcept {
    std::uint64_t bits = 0;
    for (std::uint64_t rest = of.bits() & all().bits(); rest != 0; rest &= rest - 1) {
      const auto slot = static_cast<std::size_t>(std::countr_zero(rest));
      bits |= static_cast<std::uint64_t>(states.contains(member(slot))) << slot;
    }
    return member_set(bits);
  }
  /// Whether some member is among `states` (the two sets' words compared, no loop over members).
  [[nodiscard]] constexpr bool any_member_among(const country_set& states) const noexcept {
    return states.intersects(members_);
  }
  /// The members among `states`.
  [[nodiscard]] constexpr member_set members_among(const country_set& states) const noexcept {
    return members_among(states, all());
  }
  /// Sum of the weights of `members` (never overflows: it is at most total_weight()). Read four
  /// members at a time from a table of the sums of each group of four slots, built with the
  /// electorate: as many loads, independent of each other, as the electorate has groups (7 for
  /// the Council), whatever the members. Unweighted, the number of members.
  [[nodiscard]] constexpr std::uint64_t weight_of(member_set members) const noexcept {
    const std::uint64_t bits = members.bits() & all().bits();
    if (!weighted_) return oversight::detail::popcount64(bits);  // each member weighs 1: a count, no loads
    std::uint64_t sum = 0;
    const std::size_t groups = (size_ + 3) / 4;
    for (std::size_t g = 0; g < groups; ++g) sum += group_weight_[g][(bits >> (4 * g)) & 15u];
    return sum;
  }
  /// The members of the body taken out of this electorate with `without` (empty for an
  /// electorate built from a list of members).
  [[nodiscard]] constexpr const country_set& taken_out() const noexcept { return taken_out_; }
  /// Whether `without` took members out of this electorate (`taken_out()` is not empty).
  [[nodiscard]] constexpr bool partial() const noexcept { return partial_; }
  /// The slot of the i-th heaviest member (ties: in slot order).
  [[nodiscard]] constexpr std::size_t by_weight(std::size_t i) const noexcept { return by_weight_[i]; }

  /// The same electorate without `acting`: "all other members". Errors: `not_a_member`,
  /// `empty_electorate` when `acting` was the only member. The electorate remembers whom it left
  /// out (`taken_out()`), so that a rule defined for every member of the body can refuse it.
  [[nodiscard]] constexpr result<electorate, errc> without(country acting) const noexcept {
    if (!contains(acting)) return error{errc::not_a_member, error_context(acting.alpha2())};
    if (size_ == 1) return errc::empty_electorate;
    electorate e = *this;
    e.taken_out_.insert(acting);
    e.partial_ = true;
    e.size_ = 0;
    e.total_ = 0;
    e.slot_.fill(-1);
    e.members_ = {};
    for (std::size_t i = 0; i < size_; ++i)
      if (member(i) != acting) e.add(member(i), weight_[i], joined_[i]);
    e.index_weights();
    return e;
  }

  friend constexpr result<electorate, errc> make_electorate(std::span<const membership>, date) noexcept;
  friend constexpr result<electorate, errc> make_electorate(std::span<const membership>, date,
                                                            const population_data_set&) noexcept;

 private:
  constexpr electorate() noexcept { slot_.fill(-1); }

  constexpr void add(country state, std::uint64_t weight, std::int32_t joined_days) noexcept {
    member_[size_] = state;
    weight_[size_] = weight;
    joined_[size_] = joined_days;
    slot_[state.index()] = static_cast<std::int8_t>(size_);
    members_.insert(state);
    total_ += weight;
    ++size_;
  }

  // Insertion sort by descending weight (at most 64 members, built once), and the weights of
  // each subset of each group of four slots.
  constexpr void index_weights() noexcept {
    // Each subset's sum is that of the subset without its lowest slot plus that slot's weight;
    // groups past the last member stay zero, as do slots past it (their weights are zero or, after
    // `without`, left from the member removed, hence the bound).
    group_weight_ = {};
    for (std::size_t g = 0; g < (size_ + 3u) / 4u; ++g)
      for (std::size_t subset = 1; subset < 16; ++subset) {
        const std::size_t lowest = static_cast<std::size_t>(std::countr_zero(subset));
        const std::size_t slot = 4 * g + lowest;
        group_weight_[g][subset] = group_weight_[g][subset & (subset - 1)] + (slot < size_ ? weight_[slot] : 0);
      }
    for (std::size_t i = 0; i < size_; ++i) by_weight_[i] = static_cast<std::uint8_t>(i);
    for (std::size_t i = 1; i < size_; ++i) {
      const std::uint8_t s = by_weight_[i];
      std::size_t j = i;
      while (j > 0 && weight_[by_weight_[j - 1]] < weight_[s]) {
        by_weight_[j] = by_weight_[j - 1];
        --j;
      }
      by_weight_[j] = s;
    }
  }

  static constexpr result<electorate, errc> build(std::span<const membership> members, date as_of,
                                                  const population_data_set* population) noexcept {
    if (members.empty()) return errc::empty_electorate;
    if (members.size() > capacity) return errc::too_many_members;
    electorate e;
    e.as_of_ = as_of;
    e.weighted_ = population != nullptr;
    if (population != nullptr) {
      if (!population->applies_on(as_of)) return error{errc::population_data_out_of_date, error_context(population->name)};
      e.weights_name_ = population->name;
    }
    for (const auto& m : members) {
      const error_context context(m.state.alpha2());
      if (e.contains(m.state)) return error{errc::duplicate_member, context};
      if (as_of < m.joined) return error{errc::not_yet_a_member, context};
      std::uint64_t weight = 1;
      if (population != nullptr) {
        bool found = false;
        for (const auto& f : population->figures)
          if (f.state == m.state) found = true, weight = f.people;
        if (!found) return error{errc::missing_weight, context};
        if (weight == 0) return error{errc::zero_weight, context};
      }
      if (weight > ~std::uint64_t{0} - e.total_) return error{errc::weight_overflow, context};
      e.add(m.state, weight, m.joined.days_since_epoch());
    }
    e.index_weights();
    return e;
  }

  std::array<std::uint64_t, capacity> weight_{};
  std::array<std::array<std::uint64_t, 16>, capacity / 4> group_weight_{};  // [g][s]: slots 4g + bits of s
  std::array<std::int32_t, capacity> joined_{};
  // The members by slot (`country` has no default value: slots never filled hold the first
  // country code; after `without`, the slot past the last keeps the member moved down; neither
  // is read, every query is masked by `all()`).
  std::array<country, capacity> member_ = []<std::size_t... I>(std::index_sequence<I...>) {
    return std::array<country, capacity>{((void)I, country::from_index(0).value())...};
  }(std::make_index_sequence<capacity>{});
  std::array<std::uint8_t, capacity> by_weight_{};
  std::array<std::int8_t, country::count> slot_{};
  country_set members_{};  // the members as countries, for `any_member_among`
  country_set taken_out_{};  // the members `without` removed
  std::uint64_t total_ = 0;
  std::string_view weights_name_{};
  date as_of_ = date::first();
  std::uint8_t size_ = 0;
  bool weighted_ = false;
  bool partial_ = false;  // taken_out_ is not empty
};

/// An unweighted electorate (each member weighs 1) of `members` as of `as_of`.
constexpr result<electorate, errc> make_electorate(std::span<const membership> members, date as_of) noexcept {
  return electorate::build(members, as_of, nullptr);
}

/// An electorate of `members` as of `as_of`, weighted by the figures of `population`; refused
/// with `errc::population_data_out_of_date` when `as_of` is outside the days the figures apply to
/// (`population_data_set::applies_on`).
constexpr result<electorate, errc> make_electorate(std::span<const membership> members, date as_of,
                                                   const population_data_set& population) noexcept {
  return electorate::build(members, as_of, &population);
}

namespace detail {
// Up to N memberships of a bloc, in the bloc's order, each with the first day of its period
// (`membership` has no default value: the slots past `size` hold the first country code).
template <std::size_t N>
struct bloc_members {
  std::array<membership, N> list = []<std::size_t... I>(std::index_sequence<I...>) {
    return std::array<membership, N>{((void)I, membership{country::from_index(0).value(), date::first()})...};
  }(std::make_index_sequence<N>{});
  std::size_t size = 0;
  bool too_many = false;  // more than N periods were kept
};
// The memberships of `body` whose period `keep` accepts.
template <std::size_t N, class Keep>
constexpr bloc_members<N> memberships_of(const bloc& body, Keep keep) noexcept {
  bloc_members<N> out;
  for (const bloc_membership& m : body.memberships()) {
    if (!keep(m.during)) continue;
    if (out.size == N) {
      out.too_many = true;
      break;
    }
    out.list[out.size++] = membership{m.member, m.during.from};
  }
  return out;
}
// An electorate of the members of `body` on `as_of`, weighted by `population` if given.
template <class... Population>
constexpr result<electorate, errc> electorate_of_bloc(const bloc& body, date as_of, const Population&... population) noexcept {
  const auto m = memberships_of<electorate::capacity>(body, [as_of](const period& p) { return p.contains(as_of); });
  if (m.too_many) return errc::too_many_members;
  return make_electorate(std::span<const membership>(m.list.data(), m.size), as_of, population...);
}
}  // namespace detail

/// An unweighted electorate of the members of `body` on `as_of` (the bloc's dated data, e.g.
/// `eu::member_states`, `nato::allies`, `eu::pesco`), each joined on the first day of its
/// membership. Errors: `empty_electorate` when nobody is a member that day, `too_many_members`.
constexpr result<electorate, errc> make_electorate(const bloc& body, date as_of) noexcept {
  return detail::electorate_of_bloc(body, as_of);
}

/// The same, weighted by the figures of `population` (errors as for a list of members).
constexpr result<electorate, errc> make_electorate(const bloc& body, date as_of,
                                                   const population_data_set& population) noexcept {
  return detail::electorate_of_bloc(body, as_of, population);
}

/// "All other members": `e` without `acting` (the electorate of a collective-defence consent).
constexpr result<electorate, errc> all_other_members(const electorate& e, country acting) noexcept {
  return e.without(acting);
}

}  // namespace consent
OVERSIGHT_END_NAMESPACE
