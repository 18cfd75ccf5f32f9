// oversight: which obligations bind a supplier, directly or through the parties that control it.
//
// A supplier is bound by an legal_obligation when the supplier itself, or any party up its control
// chain (ownership_view::ultimate_controller), is incorporated or headquartered in the
// obligation's jurisdiction (a controlling state counts as being in its own jurisdiction) and
// falls in the obligation's addressee class on that day. An legal_obligation reached through a
// controller is inherited: the obligation_finding records through whom (`through`) and how far up
// (`depth`, 0 for the supplier itself).
//
// Procurement sanctions bind contracting authorities, not suppliers: `sanction_findings` says
// which sanctions target a supplier (by its own nexus with the targeted state or that of a party
// owning more than the sanction's ownership share up a chain of majorities), and
// `legal_obligation::binds_authority_of` says whether they bind a given buyer.
//
// Results come as an `obligation_findings` list of fixed capacity (no allocation), or one at a time through
// a visitor.
//
// What the data does not say makes a finding "perhaps" (`force_status::unknown`), never absent:
// a party whose country is not recorded may be in any jurisdiction (the finding has no `where`);
// a party whose activities are not recorded may be addressed by an obligation that binds by
// activity; and where the chain reaches a party whose owners are not recorded, every obligation
// may bind through them (reported at the next depth, `through` that party), after which
// `for_each_binding` returns the `owners_not_recorded` error.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/instrument.hpp>
#include <oversight/domain/ownership.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE

/// How a supplier is connected to the jurisdiction of an obligation.
enum class nexus : std::uint8_t { incorporation, headquarters };

/// One legal_obligation that binds (or, for a sanction, targets) a supplier.
struct obligation_finding {
  const legal_obligation* duty;
  nexus how;                 ///< the connecting fact of the party `through`
  std::string_view through;  ///< the party with the nexus: the supplier, or a controller
  std::optional<country> where;  ///< the country of that nexus; std::nullopt: not recorded (a "perhaps")
  std::size_t depth;         ///< 0: the supplier itself; 1: its direct controller; ...
  force_status status;       ///< `unknown` when the instrument's status on the day is unverified

  [[nodiscard]] constexpr bool inherited() const noexcept { return depth > 0; }
};

/// A list of obligation_findings with a fixed capacity.
class obligation_findings {
 public:
  static constexpr std::size_t capacity = 32;

  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] constexpr const obligation_finding& operator[](std::size_t i) const noexcept { return *items_[i]; }

  class iterator {
   public:
    using value_type = obligation_finding;
    using difference_type = std::ptrdiff_t;
    constexpr iterator() noexcept = default;
    constexpr const obligation_finding& operator*() const noexcept { return **at_; }
    constexpr const obligation_finding* operator->() const noexcept { return &**at_; }
    constexpr iterator& operator++() noexcept { return ++at_, *this; }
    constexpr iterator operator++(int) noexcept { return iterator(at_++); }
    friend constexpr bool operator==(const iterator&, const iterator&) noexcept = default;

   private:
    friend class obligation_findings;
    constexpr explicit iterator(const std::optional<obligation_finding>* at) noexcept : at_(at) {}
    const std::optional<obligation_finding>* at_ = nullptr;
  };
  [[nodiscard]] constexpr iterator begin() const noexcept { return iterator(items_.data()); }
  [[nodiscard]] constexpr iterator end() const noexcept { return iterator(items_.data() + size_); }
  /// Is some obligation_finding of this kind in the list?
  [[nodiscard]] constexpr bool contains(obligation_kind k) const noexcept {
    for (const obligation_finding& f : *this)
      if (f.duty->kind == k) return true;
    return false;
  }
  /// Is this legal_obligation in the list?
  [[nodiscard]] constexpr bool contains(const legal_obligation& o) const noexcept {
    for (const obligation_finding& f : *this)
      if (f.duty == &o) return true;
    return false;
  }
  /// Adds a finding; false when full.
  constexpr bool push_back(const obligation_finding& f) noexcept {
    if (size_ == capacity) return false;
    items_[size_++] = f;
    return true;
  }

 private:
  std::array<std::optional<obligation_finding>, capacity> items_{};
  std::size_t size_ = 0;
};

namespace detail {
/// A nexus and the country it is through (std::nullopt: the country is not recorded, so the
/// nexus is only possible).
struct nexus_found {
  nexus how;
  std::optional<country> where;
};
// The nexus of `p` with jurisdiction `j` on day `d`, if any: incorporation first; a country
// that is not recorded gives a possible nexus.
constexpr std::optional<nexus_found> nexus_with(const jurisdiction& j, const party& p, date d) noexcept {
  if (p.incorporated_in && j.covers(*p.incorporated_in, d)) return nexus_found{nexus::incorporation, p.incorporated_in};
  if (p.headquarters && j.covers(*p.headquarters, d)) return nexus_found{nexus::headquarters, p.headquarters};
  if (!p.incorporated_in) return nexus_found{nexus::incorporation, std::nullopt};
  if (!p.headquarters) return nexus_found{nexus::headquarters, std::nullopt};
  return std::nullopt;
}

// Visits the obligations of `catalogue` (not sanctions) that bind, or may bind, party `p` at
// `depth` on day `d`.
template <class Visitor>
constexpr void visit_bindings_of(std::span<const legal_obligation> catalogue, const party& p, std::size_t depth,
                                 date d, Visitor& visit) {
  for (const legal_obligation& o : catalogue) {
    if (o.kind == obligation_kind::procurement_sanction || o.source == nullptr) continue;
    const force_status status = o.source->status_on(d);
    const std::optional<bool> addressed = o.addresses(p);
    if (status == force_status::not_in_force || addressed == false) continue;
    const auto how = nexus_with(o.source->enacted_by, p, d);
    if (!how) continue;
    const bool perhaps = !addressed || !how->where;
    visit(obligation_finding{&o, how->how, p.id, how->where, depth, perhaps ? force_status::unknown : status});
  }
}
}  // namespace detail

/// Calls `visit(const obligation_finding&)` for each legal_obligation of `catalogue` (other than procurement
/// sanctions) that binds `supplier_id` on day `d`, directly or through its controllers.
/// Obligations whose instrument is not in force that day are skipped; those whose status is
/// unverified, and those that only may bind because the data is silent (see the header
/// comment), are reported with `force_status::unknown`. Where the chain reaches a party whose
/// owners are not recorded, the known part is visited, every obligation is reported as possibly
/// binding through that party's owners, and the result is the `owners_not_recorded` error.
template <class Visitor>
constexpr result<control_chain, ownership_errc> for_each_binding(std::span<const legal_obligation> catalogue,
                                                                 const ownership_view& owners,
                                                                 std::string_view supplier_id, date d,
                                                                 Visitor&& visit, control_threshold threshold = {}) {
  auto chain = owners.ultimate_controller(supplier_id, threshold);
  if (chain) {
    owners.for_each_in_chain(
        *chain, [&](const party& p, std::size_t depth) { detail::visit_bindings_of(catalogue, p, depth, d, visit); },
        threshold);
    return chain;
  }
  if (chain.error().code != ownership_errc::owners_not_recorded) return chain;
  // The known part of the chain, then the party whose owners are not recorded. The walk is
  // bounded by the size of the graph (a cycle before that party is reported by the view).
  std::optional<party> current = owners.find(supplier_id);
  for (std::size_t depth = 0; current && depth <= owners.size(); ++depth) {
    detail::visit_bindings_of(catalogue, *current, depth, d, visit);
    if (!current->owners_recorded()) {
      for (const legal_obligation& o : catalogue) {
        if (o.kind == obligation_kind::procurement_sanction || o.source == nullptr) continue;
        if (o.source->status_on(d) == force_status::not_in_force) continue;
        visit(obligation_finding{&o, nexus::incorporation, current->id, std::nullopt, depth + 1, force_status::unknown});
      }
      break;
    }
    auto next = owners.controller_of(current->id, threshold);
    if (!next || !next->has_value()) break;
    current = **next;
  }
  return chain;
}

/// Errors about legal_obligation queries.
enum class obligation_errc : std::uint16_t {
  too_many_findings = 260,  ///< more obligation_findings than `obligation_findings::capacity`
  ownership_problem = 261   ///< the ownership data stopped the query (see the context)
};

constexpr error_info describe(obligation_errc e) noexcept {
  switch (e) {
    case obligation_errc::too_many_findings:
      return {"OVS-E260", "more obligation_findings than a obligation_findings list holds; use for_each_binding"};
    case obligation_errc::ownership_problem:
      return {"OVS-E261", "the ownership data stopped the query"};
  }
  return {"OVS-E299", "unknown domain error"};
}

namespace detail {
constexpr error<obligation_errc> from_ownership(const error<ownership_errc>& e) noexcept {
  return {obligation_errc::ownership_problem, error_context(e.id()).append(": ").append(e.context.view())};
}
}  // namespace detail

/// The obligations of `catalogue` that bind `supplier_id` on day `d` (see for_each_binding).
constexpr result<obligation_findings, obligation_errc> binding_obligations(std::span<const legal_obligation> catalogue,
                                                                const ownership_view& owners,
                                                                std::string_view supplier_id, date d,
                                                                control_threshold threshold = {}) {
  obligation_findings out;
  bool full = false;
  auto chain = for_each_binding(
      catalogue, owners, supplier_id, d, [&](const obligation_finding& f) { full = !out.push_back(f) || full; }, threshold);
  if (!chain) return detail::from_ownership(chain.error());
  if (full) return error{obligation_errc::too_many_findings, error_context(supplier_id)};
  return out;
}

/// The procurement sanctions of `catalogue` in force on day `d` that target `supplier_id`: the
/// supplier, or a party owning more than the sanction's ownership share of it up a chain of
/// majorities, is incorporated or headquartered in the targeted state, or is that state. A
/// country that is not recorded gives a finding with `force_status::unknown`; owners that are
/// not recorded stop the query (`ownership_problem`).
constexpr result<obligation_findings, obligation_errc> sanction_findings(std::span<const legal_obligation> catalogue,
                                                              const ownership_view& owners,
                                                              std::string_view supplier_id, date d) {
  obligation_findings out;
  for (const legal_obligation& o : catalogue) {
    if (o.kind != obligation_kind::procurement_sanction || !o.target || o.source == nullptr) continue;
    const force_status status = o.source->status_on(d);
    if (status == force_status::not_in_force) continue;
    const jurisdiction targeted = jurisdiction::of_state("", o.target->state);
    bool full = false;
    auto chain = owners.for_each_in_chain(
        supplier_id,
        [&](const party& p, std::size_t depth) {
          const auto how = detail::nexus_with(targeted, p, d);
          if (how) {
            const force_status found = how->where ? status : force_status::unknown;
            full = !out.push_back(obligation_finding{&o, how->how, p.id, how->where, depth, found}) || full;
          }
        },
        control_threshold{o.target->ownership_above});
    if (!chain) return detail::from_ownership(chain.error());
    if (full) return error{obligation_errc::too_many_findings, error_context(supplier_id)};
  }
  return out;
}

OVERSIGHT_END_NAMESPACE
