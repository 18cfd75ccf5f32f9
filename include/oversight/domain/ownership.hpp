// oversight: ownership graphs and control chains.
//
// An `ownership_view` looks at the parties and suppliers the caller keeps (constexpr arrays at
// compile time, containers at run time: both through `std::span`, so the same code serves
// both). It answers who controls whom:
//
//  - `controller_of(id)`: the owner holding a stake above the control threshold (by default
//    more than 50 %, i.e. above 5000 basis points; the caller may choose another threshold);
//  - `ultimate_controller(id)`: follows controllers up the chain, to any length. A majority of
//    a majority counts: if C holds 60 % of B and B 60 % of A, C controls A through B.
//  - `for_each_in_chain(id, visit)`: visits the party and each controller with its depth.
//
// Control cycles (A controls B, B controls A) are detected with Brent's algorithm in constant
// memory, so a cycle is an `ownership_cycle` error naming it ("A -> B -> A"), never a hang.
// Cross-holdings below the control threshold (A holds 10 % of B and B 10 % of A) do not create
// control and are accepted: they are common and lawful, and no control chain passes through them.
//
// `ownership_view::make` checks the data once: unique ids, owners that exist, no holding above
// 10000 basis points, no party owned above 100 % in total, and no control cycle.
//
// A party whose owners are not recorded (`party::owners_recorded()` is false, as for a supplier
// read from data that says nothing of its owners) has an unknown controller: `controller_of` and
// every chain through it give `owners_not_recorded`, never "controlled by nobody".
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/supplier.hpp>
#include <oversight/error.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE

/// Errors about ownership data.
enum class ownership_errc : std::uint16_t {
  unknown_party = 250,          ///< an id that names no party or supplier
  duplicate_party = 251,        ///< two parties with one id
  stake_out_of_range = 252,     ///< a holding above 10000 basis points
  stakes_exceed_whole = 253,    ///< one party owned above 100 % in total
  ownership_cycle = 254,        ///< a chain of control that returns to where it started
  ambiguous_control = 255,      ///< several owners above a threshold below 50 %
  invalid_control_threshold = 256, ///< a threshold of 10000 basis points or more
  owners_not_recorded = 257     ///< the chain reaches a party whose owners are not recorded
};

constexpr error_info describe(ownership_errc e) noexcept {
  switch (e) {
    case ownership_errc::unknown_party:
      return {"OVS-E250", "no party or supplier has this id"};
    case ownership_errc::duplicate_party:
      return {"OVS-E251", "two parties share this id"};
    case ownership_errc::stake_out_of_range:
      return {"OVS-E252", "a stake is above 10000 basis points (100 %)"};
    case ownership_errc::stakes_exceed_whole:
      return {"OVS-E253", "the stakes in this party add up to more than 100 %"};
    case ownership_errc::ownership_cycle:
      return {"OVS-E254", "control runs in a cycle"};
    case ownership_errc::ambiguous_control:
      return {"OVS-E255", "several owners pass the control threshold"};
    case ownership_errc::invalid_control_threshold:
      return {"OVS-E256", "a control threshold must be below 10000 basis points"};
    case ownership_errc::owners_not_recorded:
      return {"OVS-E257", "the owners of a party on the control chain are not recorded: its controller is unknown"};
  }
  return {"OVS-E299", "unknown domain error"};
}

/// Control means holding strictly more than `basis_points` of a party (default: 5000, so
/// 50 % is not control and 50.01 % is).
struct control_threshold {
  std::uint16_t basis_points = 5000;
  friend constexpr bool operator==(const control_threshold&, const control_threshold&) noexcept = default;
};

/// Where a party's control chain ends.
struct control_chain {
  party subject;       ///< the party asked about
  party ultimate;      ///< its ultimate controller (the subject itself when nobody controls it)
  std::size_t links;   ///< controllers between them: 0 when uncontrolled, 1 for a direct parent
};

namespace detail {
void invalid_ownership_data_in_constant_expression();  // deliberately not constexpr
}  // namespace detail

/// A read-only view of an ownership graph over caller-owned parties and suppliers.
class ownership_view {
 public:
  /// A view without checks; use `make` (or `checked` for constants) to validate the data.
  constexpr ownership_view(std::span<const party> parties, std::span<const supplier> suppliers = {}) noexcept
      : parties_(parties), suppliers_(suppliers) {}

  /// The view, or the first problem in the data (see the header comment).
  static constexpr result<ownership_view, ownership_errc> make(std::span<const party> parties,
                                                               std::span<const supplier> suppliers = {}) noexcept {
    const ownership_view view(parties, suppliers);
    const std::size_t n = view.size();
    for (std::size_t i = 0; i < n; ++i) {
      const party p = view.at(i);
      for (std::size_t j = i + 1; j < n; ++j)
        if (view.at(j).id == p.id) return error{ownership_errc::duplicate_party, error_context(p.id)};
      std::uint32_t total = 0;
      for (const holding& h : p.owners) {
        if (h.basis_points > 10000)
          return error{ownership_errc::stake_out_of_range, error_context(h.owner).append(" in ").append(p.id)};
        if (!view.find(h.owner)) return error{ownership_errc::unknown_party, error_context(h.owner)};
        total += h.basis_points;
      }
      if (total > 10000) return error{ownership_errc::stakes_exceed_whole, error_context(p.id)};
    }
    for (std::size_t i = 0; i < n; ++i) {
      auto chain = view.ultimate_controller(view.at(i).id);
      if (!chain && chain.error().code != ownership_errc::owners_not_recorded) return chain.error();
    }
    return view;
  }

  /// `make` for constants: bad data fails to compile, naming `invalid_ownership_data_in_constant_expression`.
  static consteval ownership_view checked(std::span<const party> parties, std::span<const supplier> suppliers = {}) {
    auto v = make(parties, suppliers);
    if (!v) detail::invalid_ownership_data_in_constant_expression();
    return *v;
  }

  /// Parties and suppliers together.
  [[nodiscard]] constexpr std::size_t size() const noexcept { return parties_.size() + suppliers_.size(); }
  /// The i-th node: the parties first, then the suppliers (as parties).
  [[nodiscard]] constexpr party at(std::size_t i) const noexcept {
    return i < parties_.size() ? parties_[i] : suppliers_[i - parties_.size()].as_party();
  }
  /// The party or supplier with this id.
  [[nodiscard]] constexpr std::optional<party> find(std::string_view id) const noexcept {
    for (const party& p : parties_)
      if (p.id == id) return p;
    for (const supplier& s : suppliers_)
      if (s.id == id) return s.as_party();
    return std::nullopt;
  }
  /// The supplier with this id (suppliers only).
  [[nodiscard]] constexpr const supplier* find_supplier(std::string_view id) const noexcept {
    for (const supplier& s : suppliers_)
      if (s.id == id) return &s;
    return nullptr;
  }

  /// The direct controller of `id`: the one owner holding more than the threshold, or none.
  [[nodiscard]] constexpr result<std::optional<party>, ownership_errc> controller_of(
      std::string_view id, control_threshold threshold = {}) const noexcept {
    if (threshold.basis_points >= 10000)
      return error{ownership_errc::invalid_control_threshold, error_context(id)};
    const auto subject = find(id);
    if (!subject) return error{ownership_errc::unknown_party, error_context(id)};
    if (!subject->owners_recorded()) return error{ownership_errc::owners_not_recorded, error_context(id)};
    const holding* control = nullptr;
    for (const holding& h : subject->owners) {
      if (h.basis_points <= threshold.basis_points) continue;
      if (control != nullptr)
        return error{ownership_errc::ambiguous_control, error_context(control->owner).append(", ").append(h.owner)};
      control = &h;
    }
    if (control == nullptr) return std::optional<party>{};
    auto owner = find(control->owner);
    if (!owner) return error{ownership_errc::unknown_party, error_context(control->owner)};
    return owner;
  }

  /// Follows controllers from `id` to the top. A cycle is an `ownership_cycle` error whose
  /// context names it, e.g. "A -> B -> A" (cut with "..." beyond 63 characters).
  [[nodiscard]] constexpr result<control_chain, ownership_errc> ultimate_controller(
      std::string_view id, control_threshold threshold = {}) const noexcept {
    const auto subject = find(id);
    if (!subject) return error{ownership_errc::unknown_party, error_context(id)};
    // Brent's cycle detection over the functional graph "x -> controller of x".
    party tortoise = *subject;
    party hare = *subject;
    std::size_t power = 1, lambda = 1, links = 0;
    for (;;) {
      auto next = controller_of(hare.id, threshold);
      if (!next) return next.error();
      if (!next->has_value()) return control_chain{*subject, hare, links};
      hare = **next;
      ++links;
      if (hare.id == tortoise.id) return cycle_error(subject->id, lambda, threshold);
      if (power == lambda) {
        tortoise = hare;
        power *= 2;
        lambda = 0;
      }
      ++lambda;
    }
  }

  /// Calls `visit(const party&, std::size_t depth)` for `id` (depth 0) and each controller up
  /// its chain (depth 1, 2, ...). Returns the chain, or the error that stopped it before any
  /// call was made.
  template <class Visitor>
  constexpr result<control_chain, ownership_errc> for_each_in_chain(std::string_view id, Visitor&& visit,
                                                                    control_threshold threshold = {}) const {
    auto chain = ultimate_controller(id, threshold);
    if (!chain) return chain;
    party current = chain->subject;
    for (std::size_t depth = 0;; ++depth) {
      visit(static_cast<const party&>(current), depth);
      if (depth == chain->links) break;
      current = **controller_of(current.id, threshold);
    }
    return chain;
  }

 private:
  // The chain from `subject` ends in a cycle of `length` links: name it from the first party of
  // the chain that lies on it.
  constexpr error<ownership_errc> cycle_error(std::string_view subject, std::size_t length,
                                              control_threshold threshold) const noexcept {
    auto step = [&](std::string_view x) { return (**controller_of(x, threshold)).id; };
    std::string_view slow = subject, fast = subject;
    for (std::size_t i = 0; i < length; ++i) fast = step(fast);
    while (slow != fast) slow = step(slow), fast = step(fast);
    const std::string_view start = slow;
    error_context text(start);
    std::string_view at = start;
    do {
      at = step(at);
      text.append(" -> ").append(at);
    } while (at != start);
    return error{ownership_errc::ownership_cycle, text};
  }

  std::span<const party> parties_;
  std::span<const supplier> suppliers_;
};

OVERSIGHT_END_NAMESPACE
