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

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

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
void invalid_ownership_data_in_constant_expression();  // not constexpr: ownership_view::make(...) at run time names the party, the stake or the cycle
struct ownership_view_access;  // defined by the tests that compare make()'s two paths
}  // namespace detail

/// A read-only view of an ownership graph over caller-owned parties and suppliers.
class ownership_view {
 public:
  /// A view without checks; use `make` (or `checked` for constants) to validate the data.
  constexpr ownership_view(std::span<const party> parties, std::span<const supplier> suppliers = {}) noexcept
      : parties_(parties), suppliers_(suppliers) {}

  /// The view, or the first problem in the data (see the header comment).
  /// At run time it takes O(n log n + h log n) for n parties and h holdings (the constant
  /// evaluation, for data written in the program, compares every pair).
  static constexpr result<ownership_view, ownership_errc> make(std::span<const party> parties,
                                                               std::span<const supplier> suppliers = {}) noexcept {
    const ownership_view view(parties, suppliers);
    if (!std::is_constant_evaluated()) return view.validated();
    return view.validated_pairwise();
  }

  /// `make` for constants: bad data fails to compile, naming `invalid_ownership_data_in_constant_expression`.
  static consteval ownership_view checked(std::span<const party> parties, std::span<const supplier> suppliers = {})
#if defined(__clang__)  // the first error line under Clang (see detail/config.hpp)
      __attribute__((diagnose_if(!make(parties, suppliers),
                                 "oversight: invalid ownership data: an unknown or duplicate party, a stake above 100 %, "
                                 "or a cycle of control (ownership_view::make at run time names the party)",
                                 "error")))
#endif
  {
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
    for_each_in_chain(*chain, visit, threshold);
    return chain;
  }
  /// The same walk over a chain `ultimate_controller` gave (with the same threshold), without
  /// following it a second time to check it.
  template <class Visitor>
  constexpr void for_each_in_chain(const control_chain& chain, Visitor&& visit, control_threshold threshold = {}) const {
    party current = chain.subject;
    for (std::size_t depth = 0;; ++depth) {
      visit(static_cast<const party&>(current), depth);
      if (depth == chain.links) break;
      current = **controller_of(current.id, threshold);
    }
  }

 private:
  friend struct detail::ownership_view_access;

  // make() in a constant evaluation (no allocation): every pair of ids compared, every chain
  // walked with find(). tests/runtime/hostile checks that validated() agrees with it.
  constexpr result<ownership_view, ownership_errc> validated_pairwise() const noexcept {
    const ownership_view& view = *this;
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

  // make() at run time: the same checks in the same order, so the same first problem, with
  // ids sorted once and every node's controller found once.
  result<ownership_view, ownership_errc> validated() const {
    const std::size_t n = size();
    std::vector<party> nodes(n);
    for (std::size_t i = 0; i < n; ++i) nodes[i] = at(i);
    std::vector<std::size_t> by_id(n);
    for (std::size_t i = 0; i < n; ++i) by_id[i] = i;
    std::sort(by_id.begin(), by_id.end(), [&](std::size_t a, std::size_t b) {
      return nodes[a].id != nodes[b].id ? nodes[a].id < nodes[b].id : a < b;
    });
    // A node with a later node of the same id is a duplicate (as the pairwise check finds it).
    std::vector<bool> repeated_later(n, false);
    for (std::size_t k = 0; k + 1 < n; ++k)
      if (nodes[by_id[k]].id == nodes[by_id[k + 1]].id) repeated_later[by_id[k]] = true;
    // The first node with an id (as find() answers), or n.
    const auto index_of = [&](std::string_view id) -> std::size_t {
      const auto it = std::lower_bound(by_id.begin(), by_id.end(), id,
                                       [&](std::size_t a, std::string_view key) { return nodes[a].id < key; });
      return it != by_id.end() && nodes[*it].id == id ? *it : n;
    };
    for (std::size_t i = 0; i < n; ++i) {
      const party& p = nodes[i];
      if (repeated_later[i]) return error{ownership_errc::duplicate_party, error_context(p.id)};
      std::uint32_t total = 0;
      for (const holding& h : p.owners) {
        if (h.basis_points > 10000)
          return error{ownership_errc::stake_out_of_range, error_context(h.owner).append(" in ").append(p.id)};
        if (index_of(h.owner) == n) return error{ownership_errc::unknown_party, error_context(h.owner)};
        total += h.basis_points;
      }
      if (total > 10000) return error{ownership_errc::stakes_exceed_whole, error_context(p.id)};
    }
    // Each node's controller: an index, `top` (nobody, or owners not recorded: the chain ends
    // there for make's purpose) or `ambiguous`.
    constexpr std::size_t top = ~std::size_t{0}, ambiguous = top - 1;
    std::vector<std::size_t> controller(n, top);
    for (std::size_t i = 0; i < n; ++i) {
      if (!nodes[i].owners_recorded()) continue;
      std::size_t found = top;
      for (const holding& h : nodes[i].owners) {
        if (h.basis_points <= control_threshold{}.basis_points) continue;
        found = found == top ? index_of(h.owner) : ambiguous;
        if (found == ambiguous) break;
      }
      controller[i] = found;
    }
    // Walk every chain once: a node is settled when the walk through it has ended (at the top,
    // at an ambiguous node or in a cycle). The first node in order whose chain fails gives the
    // error, named exactly as ultimate_controller names it.
    enum : std::uint8_t { unseen, on_path, settled_ok, settled_bad };
    std::vector<std::uint8_t> mark(n, unseen);
    std::vector<std::size_t> path;
    for (std::size_t i = 0; i < n; ++i) {
      if (mark[i] == settled_ok) continue;
      if (mark[i] == settled_bad) return ultimate_controller(nodes[i].id).error();
      path.clear();
      std::size_t at = i;
      bool bad = false;
      for (;;) {
        if (at == top) break;
        if (at == ambiguous || mark[at] == on_path || mark[at] == settled_bad) {
          bad = true;
          break;
        }
        if (mark[at] == settled_ok) break;
        mark[at] = on_path;
        path.push_back(at);
        at = controller[at];
      }
      for (std::size_t k : path) mark[k] = bad ? settled_bad : settled_ok;
      if (bad) return ultimate_controller(nodes[i].id).error();
    }
    return *this;
  }

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
