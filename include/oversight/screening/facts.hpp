// oversight::screening: the bridge from the domain vocabulary to the rules, the library's own
// subject and facts.
//
// Rules written for oversight's own types read one subject, a `screening`: the contract, its
// main supplier, the ownership registry through which control chains are resolved, the records
// of the subcontractors, the day of the check, what is known of the procedure (EU-wide notice,
// an Art. 346 TFEU measure, an exclusion ground of Directive 2009/81/EC) and, for a
// collective-defence contract, the ballot box of the other member states. A screening holds
// references, pointers and spans only: building one copies nothing, and it cannot be built from
// a temporary contract or supplier (OVS-E290), which would dangle.
//
//     constexpr screening s{.deal = c, .main_supplier = huawei, .owners = registry, .on = date{2025, 7, 7}};
//     check(policies::hrs::policy, s);   // judged on s.on (or on the day a context gives)
//
// The facts live in `oversight::facts` and are named after what they say
// (`facts::contract_value`, `facts::supplier_hq`, `facts::controller_state`, ...). Facts about a
// supplier are judged on the screening's day (`on`): a designation dated later does not count,
// an expired clearance does not count, an obligation of a law not yet in force does not bind.
// Each subcontract is an element of `facts::subcontractors`, a `subcontract_view`, which gives
// the same supplier facts for the subcontractor (unknown when its record is missing) and its
// share of the value, so one condition reads both:
//
//     facts::controller_state == country{"RU"} ||
//     any(facts::subcontractors, facts::subcontract_share > 1000 && facts::controller_state == country{"RU"})
//
// Unknown is a value, never a default: a broken ownership registry (a cycle, an unknown owner)
// makes `controller_state` and `supplier_bound_by` unknown; a missing launch date makes
// `procedure_launched` unknown; an unrecorded social-services, Annex III, defence-field, PRC-origin
// share, call-off or "acts for a Russian person" field is unknown; a contract with no classified
// information handles `security_level::none` (that is known).
#pragma once

#include <oversight/detail/borrowed.hpp>
#include <oversight/detail/config.hpp>
#include <oversight/consent/as_fact.hpp>
#include <oversight/consent/ballot.hpp>
#include <oversight/domain/blocs.hpp>
#include <oversight/domain/classification.hpp>
#include <oversight/domain/contract.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/cpv.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/domain/instrument.hpp>
#include <oversight/domain/instruments.hpp>
#include <oversight/domain/money.hpp>
#include <oversight/domain/obligations.hpp>
#include <oversight/domain/ownership.hpp>
#include <oversight/domain/regime.hpp>
#include <oversight/domain/supplier.hpp>
#include <oversight/rules/expression.hpp>
#include <oversight/rules/fact.hpp>
#include <oversight/rules/truth.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE

constexpr std::string_view to_string_view(obligation_kind k) noexcept {
  constexpr std::string_view text[] = {"intelligence cooperation duty", "compelled disclosure", "blocking statute",
                                       "built-in state access", "procurement sanction"};
  return detail::enum_text(text, k);
}

/// The kinds of legal obligation that bind a supplier on a day. A kind bound only through an
/// instrument whose status that day is unverified (`force_status::unknown`) binds "perhaps":
/// `binds` answers unknown for it, never false.
class obligation_set {
 public:
  constexpr void add(obligation_kind k, force_status status) noexcept {
    const auto bit = mask(k);
    if (status == force_status::in_force) certain_ |= bit;
    else if (status == force_status::unknown) unverified_ |= bit;
  }
  /// true: some obligation of kind `k` binds; unknown: only through an unverified instrument.
  [[nodiscard]] constexpr truth binds(obligation_kind k) const noexcept {
    if (certain_ & mask(k)) return truth::true_;
    if (unverified_ & mask(k)) return truth::unknown;
    return truth::false_;
  }
  [[nodiscard]] constexpr bool empty() const noexcept { return certain_ == 0 && unverified_ == 0; }
  friend constexpr bool operator==(const obligation_set&, const obligation_set&) noexcept = default;

 private:
  static constexpr std::uint8_t mask(obligation_kind k) noexcept {
    return static_cast<std::uint8_t>(1U << static_cast<unsigned>(k));
  }
  std::uint8_t certain_ = 0;
  std::uint8_t unverified_ = 0;
};

/// A named range of CPV codes, both ends included (by code number; the check digit is ignored):
/// a set object for `fact.in(set)`.
struct cpv_range {
  std::string_view label;
  cpv_code first;
  cpv_code last;
  [[nodiscard]] constexpr bool contains(const cpv_code& c) const noexcept {
    return first.number() <= c.number() && c.number() <= last.number();
  }
  [[nodiscard]] constexpr std::string_view name() const noexcept { return label; }
};

// ---- the subject ------------------------------------------------------------------------------

/// What is known of the award procedure beyond the contract record; std::nullopt: not recorded.
struct procedure_record {
  std::optional<bool> eu_wide_notice{};                       ///< a contract notice was published EU-wide
  std::optional<bool> essential_security_interest_invoked{};  ///< the member state invoked Art. 346(1)(b) TFEU
  std::optional<exclusion_ground> excluded_under{};           ///< the 2009/81 ground relied on (`none`: none)
};

/// One check of a contract on a day: the subject oversight's own facts are read from.
struct screening {
  detail::borrowed<contract> deal;            ///< refers to a contract the caller keeps (a temporary does not compile)
  detail::borrowed<supplier> main_supplier;   ///< likewise
  ownership_view owners;                          ///< must hold the suppliers; resolves control chains
  std::span<const supplier> subcontractors{};     ///< the records of the subcontractors named in `deal`
  date on;                                        ///< the day of the check
  procedure_record procedure{};
  const consent::ballot_box* other_states_consent = nullptr;  ///< the other member states' ballots, if a vote is held
};

/// One subcontract of a screening, as the element of `facts::subcontractors`.
struct subcontract_view {
  const subcontract* entry;  ///< nullptr: a subcontract that is not recorded (its facts are unknown)
  const supplier* record;    ///< nullptr: the screening has no record of this subcontractor
  const screening* parent;
};

namespace detail {
/// An optional reference to a ballot box, as `facts::consent_ballots` returns it (no copy).
struct ballot_box_ref {
  const consent::ballot_box* box;
  constexpr operator const consent::ballot_box&() const noexcept { return *box; }  // NOLINT: by design
};

class subcontract_range {
 public:
  class iterator {
   public:
    using value_type = subcontract_view;
    using difference_type = std::ptrdiff_t;
    constexpr iterator() noexcept = default;
    constexpr iterator(const subcontract* at, const screening* s) noexcept : at_(at), s_(s) {}
    constexpr subcontract_view operator*() const noexcept { return {at_, record_of(*at_, *s_), s_}; }
    constexpr iterator& operator++() noexcept { return ++at_, *this; }
    constexpr iterator operator++(int) noexcept { return iterator(at_++, s_); }
    friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept { return a.at_ == b.at_; }

   private:
    OVERSIGHT_NOINLINE static constexpr const supplier* record_of(const subcontract& sc, const screening& s) noexcept {
      for (const supplier& x : s.subcontractors)
        if (x.id == sc.supplier) return &x;
      return s.owners.find_supplier(sc.supplier);
    }
    const subcontract* at_ = nullptr;
    const screening* s_ = nullptr;
  };
  constexpr explicit subcontract_range(const screening& s) noexcept : s_(&s) {}
  [[nodiscard]] constexpr iterator begin() const noexcept { return {list().data(), s_}; }
  [[nodiscard]] constexpr iterator end() const noexcept { return {list().data() + list().size(), s_}; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return list().size(); }
  /// Whether the subcontracts are recorded: a quantifier over an unrecorded list is unknown
  /// unless a recorded element decides it.
  [[nodiscard]] constexpr bool complete() const noexcept { return s_->deal->subcontracts.has_value(); }
  /// A subcontract that is not recorded: its share and its subcontractor's facts are unknown.
  [[nodiscard]] constexpr subcontract_view unrecorded_element() const noexcept { return {nullptr, nullptr, s_}; }

 private:
  [[nodiscard]] constexpr std::span<const subcontract> list() const noexcept {
    return s_->deal->recorded_subcontracts();
  }
  const screening* s_;
};

/// The CPV codes of a contract as the element range of `facts::cpv_codes`: complete when they
/// are recorded.
struct cpv_list {
  std::span<const cpv_code> codes;
  bool recorded;
  [[nodiscard]] constexpr const cpv_code* begin() const noexcept { return codes.data(); }
  [[nodiscard]] constexpr const cpv_code* end() const noexcept { return codes.data() + codes.size(); }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return codes.size(); }
  [[nodiscard]] constexpr bool complete() const noexcept { return recorded; }
};

// Supplier facts, shared by the main supplier and each subcontractor.
OVERSIGHT_NOINLINE constexpr std::optional<country> controller_state_of(const ownership_view& owners, const supplier& s) noexcept {
  const auto chain = owners.ultimate_controller(s.id);
  if (!chain) return std::nullopt;
  return chain->ultimate.incorporated_in;
}
// The obligations that bind `s` on `d`; those that only may bind (unverified instruments, data
// that is silent) bind "perhaps". Unknown when the ownership data is broken.
OVERSIGHT_NOINLINE constexpr std::optional<obligation_set> bound_by_of(const ownership_view& owners, const supplier& s, date d) noexcept {
  obligation_set set;
  const auto chain = for_each_binding(law::obligations, owners, s.id, d,
                                      [&](const obligation_finding& f) { set.add(f.duty->kind, f.status); });
  if (!chain && chain.error().code != ownership_errc::owners_not_recorded) return std::nullopt;
  return set;
}
OVERSIGHT_NOINLINE constexpr std::optional<security_level> clearance_of(const supplier& s, date d) noexcept {
  const auto eu = s.clearance_on(clearance_scheme::eu, d);
  const auto nato = s.clearance_on(clearance_scheme::nato, d);
  if (!eu || !nato) return std::nullopt;
  return *eu < *nato ? *nato : *eu;
}
// A truth value as an optional fact value (std::nullopt: unknown).
constexpr std::optional<bool> known_bool(truth t) noexcept {
  if (t == truth::unknown) return std::nullopt;
  return t == truth::true_;
}
// `value == wanted` as a truth value: unknown when the value is not recorded.
template <class T>
constexpr truth is_value(const std::optional<T>& value, T wanted) noexcept {
  return value ? to_truth(*value == wanted) : truth::unknown;
}
// Military when the purpose or the sector is defence; sensitive when the purpose is a security
// one and classified information is handled; none otherwise; unknown when what decides it is not
// recorded.
constexpr std::optional<defence_scope> defence_scope_of(const contract& c) noexcept {
  const truth military = is_value(c.aim, purpose::defence) || is_value(c.field, sector::defence);
  const truth security_purpose = is_value(c.aim, purpose::lawful_interception) ||
                                 is_value(c.aim, purpose::public_security) ||
                                 is_value(c.aim, purpose::intelligence_activity);
  const truth classified = c.highest_classification ? to_truth(*c.highest_classification != security_level::none)
                                                    : truth::unknown;
  const truth sensitive = security_purpose && classified;
  if (military == truth::true_) return defence_scope::military;
  if (military == truth::unknown) return std::nullopt;
  if (sensitive == truth::unknown) return std::nullopt;
  return sensitive == truth::true_ ? defence_scope::sensitive : defence_scope::none;
}
constexpr std::optional<procurement_regime> regime_of(const contract& c) noexcept {
  const auto scope = defence_scope_of(c);
  if (!scope) return std::nullopt;
  if (*scope != defence_scope::none) return procurement_regime::defence_and_security;
  if (!c.authority.kind) return std::nullopt;
  if (*c.authority.kind == authority_kind::utility) return procurement_regime::utilities;
  return procurement_regime::classic;
}
// Whether the EU procurement directives reach a buyer of `state` on day `d`: an EU member state
// that day, or the United Kingdom until the end of the transition period (2020-12-31), during
// which Union law applied to and in it (Withdrawal Agreement, Arts 126 and 127(1), OJ L 29,
// 31.1.2020, http://data.europa.eu/eli/treaty/withd_2020/sign).
constexpr bool under_eu_procurement_law(country state, date d) noexcept {
  if (eu::member_states.is_member(state, d)) return true;
  return state == country{"GB"} && d <= date{2020, 12, 31} && d >= date{2020, 2, 1};
}
}  // namespace detail

// ---- the facts --------------------------------------------------------------------------------

namespace facts {

// The contract.
inline constexpr fact<"contract.value", money> contract_value{};
/// Supplies, services or works.
inline constexpr fact<"contract.object", oversight::contract_object> contract_type{};
inline constexpr fact<"contract.sector", oversight::sector> contract_sector{};
inline constexpr fact<"contract.purpose", oversight::purpose> contract_purpose{};
/// The kind of buyer (central government, sub-central, utility, other).
inline constexpr fact<"contract.authority-kind", oversight::authority_kind> buyer_kind{};
inline constexpr fact<"contract.buyer-state", country> buyer_state{};
/// The EU procurement directives reach the buyer on the day its procedure was launched: its state
/// is an EU member state that day (or the United Kingdom, up to the end of the transition period
/// on 2020-12-31). Unknown when the state or the launch day is not recorded.
inline constexpr fact<"contract.buyer-under-eu-law", bool> buyer_under_eu_law{};
inline constexpr fact<"contract.procedure-launched", date> procedure_launched{};
inline constexpr fact<"contract.supplier-access", data_access> supplier_access{};
inline constexpr fact<"contract.firmware-control", update_control> firmware_control{};
inline constexpr fact<"contract.remote-maintenance", bool> remote_maintenance{};
/// The level of classified information the contract involves (`security_level::none` when none).
inline constexpr fact<"contract.classification", security_level> classification_level{};
inline constexpr fact<"contract.collective-defence", bool> collective_defence{};
/// Whether the contract is military or sensitive equipment, works or services (2009/81 Art. 2).
inline constexpr fact<"contract.defence-scope", defence_scope> contract_scope{};
/// The procurement directive whose rules govern the contract.
inline constexpr fact<"contract.regime", oversight::procurement_regime> regime{};
inline constexpr collection<"contract.cpv-codes"> cpv_codes{};
/// Social and other specific services (2014/24 Annex XIV, 2014/25 Annex XVII); unknown when not recorded.
inline constexpr fact<"contract.social-services", bool> social_services{};
/// Every product is listed in 2014/24 Annex III; unknown when not recorded.
inline constexpr fact<"contract.annex-iii-products", bool> annex_iii_products{};
/// The buyer operates in the field of defence; unknown when not recorded.
inline constexpr fact<"contract.buyer-defence-field", bool> buyer_defence_field{};
/// The share of PRC-origin products in the tender, in basis points; unknown when not recorded.
inline constexpr fact<"contract.prc-origin-share-bp", std::int64_t> prc_origin_share{};
/// The contract is called off under a framework agreement; unknown when not recorded.
inline constexpr fact<"contract.call-off", bool> call_off{};
/// The day the procedure of a call-off's framework agreement was launched; unknown when the
/// contract is no call-off, or it or the day is not recorded.
inline constexpr fact<"contract.framework-launched", date> framework_launched{};
/// The estimated value of a call-off's framework agreement; unknown as `framework_launched`.
inline constexpr fact<"contract.framework-value", money> framework_value{};

// The spellings of 0.1, kept for one release. Each named a fact after the type of its value
// (`facts::procurement_regime` beside the enum `procurement_regime`; `facts::classification`, a
// `security_level`, beside the type `classification`), so that a reader could not tell the two apart.
[[deprecated("use facts::contract_type")]] inline constexpr decltype(contract_type) contract_object{};
[[deprecated("use facts::buyer_kind")]] inline constexpr decltype(buyer_kind) authority_kind{};
[[deprecated("use facts::classification_level")]] inline constexpr decltype(classification_level) classification{};
[[deprecated("use facts::contract_scope")]] inline constexpr decltype(contract_scope) defence_scope{};
[[deprecated("use facts::regime")]] inline constexpr decltype(regime) procurement_regime{};

// The procedure.
inline constexpr fact<"procedure.eu-wide-notice", bool> eu_wide_notice{};
inline constexpr fact<"procedure.art346-invoked", bool> art346_invoked{};
inline constexpr fact<"procedure.excluded-under", exclusion_ground> excluded_under{};

// The supplier (the main supplier on a screening; the subcontractor on a subcontract_view).
inline constexpr fact<"supplier.hq", country> supplier_hq{};
inline constexpr fact<"supplier.incorporated", country> supplier_incorporated{};
inline constexpr fact<"supplier.controller-state", country> controller_state{};
inline constexpr fact<"supplier.designated-high-risk", bool> supplier_designated_high_risk{};
inline constexpr fact<"supplier.clearance", security_level> supplier_clearance{};
inline constexpr fact<"supplier.crypto-certified", bool> supplier_crypto_certified{};
inline constexpr fact<"supplier.bound-by", obligation_set> supplier_bound_by{};
/// Acts on behalf or at the direction of a Russian person (Reg. 833/2014 Art. 5k(1)(c));
/// unknown when not recorded.
inline constexpr fact<"supplier.acts-for-russian-person", bool> supplier_acts_for_russian{};

// Subcontractors.
inline constexpr collection<"contract.subcontractors"> subcontractors{};
/// The subcontract's share of the contract value, in basis points (rounded down).
inline constexpr fact<"subcontract.share-bp", std::int64_t> subcontract_share{};

// Consent.
inline constexpr fact<"consent.other-states", consent::ballot_box> consent_ballots{};

/// The consent status of the other member states' vote under `rule`: unknown when no vote is
/// held (no ballot box on the screening).
template <consent::ConsentRule Rule>
constexpr auto consent(const Rule& rule) {
  return consent::consent_of(rule, consent_ballots);
}

/// The condition "some CPV code of the contract lies in `range`" (e.g. the medical devices of
/// the IPI measure, CPV 33100000-1 to 33199000-1). The codes are read from `cpv_codes`; the
/// trace quotes the codes in the range.
struct cpv_condition : oversight::detail::expr_tag {
  cpv_range range;

  template <class S>
  constexpr truth test(const S& s, const context&) const {
    const auto& codes = read_collection(cpv_codes, s);
    for (const cpv_code& c : codes)
      if (range.contains(c)) return truth::true_;
    return oversight::detail::collection_complete(codes) ? truth::false_ : truth::unknown;
  }
  template <class Out>
  constexpr void describe(Out& out) const {
    out.text("some of ");
    out.fact(cpv_codes.name());
    out.text(" in ");
    out.text(range.name());
  }
  template <class S, class Tracer>
  constexpr truth trace(const S& s, const context& ctx, Tracer& tr) const {
    const truth t = test(s, ctx);
    tr.leaf(*this, t, [&](auto& out) {
      const auto& codes = read_collection(cpv_codes, s);
      if (!oversight::detail::collection_complete(codes)) out.actual_unknown(cpv_codes.name());
      for (const cpv_code& c : codes) {
        const auto text = c.text();
        out.actual(cpv_codes.name(), text.view());
      }
    });
    return t;
  }
  template <class S, class Remedy>
  constexpr auto remedy(const S& s, const context& ctx, Remedy& r, bool want) const {
    if (test(s, ctx) == to_truth(want)) return r.nothing_to_change();
    return r.change(*this, [&](auto& out) {
      out.fact(cpv_codes.name());
      out.text(want ? " includes a code in " : " has no code in ");
      out.text(range.name());
    });
  }
  template <class Visitor>
  constexpr void visit_facts(Visitor&) const {}
};

/// Some CPV code of the contract lies in `range`.
constexpr cpv_condition cpv_within(const cpv_range& range) { return {{}, range}; }

/// The condition "an obligation of one of `kinds` binds the supplier": true when one does,
/// unknown when one binds only through an instrument whose status is unverified, or when the
/// ownership registry cannot resolve the control chain.
template <std::size_t N>
struct bound_by_condition : oversight::detail::expr_tag {
  std::array<obligation_kind, N> kinds;

  template <class S>
  constexpr truth test(const S& s, const context&) const {
    const auto set = read(supplier_bound_by, s);
    if (!set) return truth::unknown;
    truth acc = truth::false_;
    for (obligation_kind k : kinds) acc = acc || set->binds(k);
    return acc;
  }
  template <class Out>
  constexpr void describe(Out& out) const {
    out.fact(supplier_bound_by.name());
    out.text(" includes ");
    describe_kinds(out);
  }
  template <class S, class Tracer>
  constexpr truth trace(const S& s, const context& ctx, Tracer& tr) const {
    const truth t = test(s, ctx);
    tr.leaf(*this, t, [&](auto& out) {
      const auto set = read(supplier_bound_by, s);
      if (!set) {
        out.actual_unknown(supplier_bound_by.name());
        return;
      }
      for (obligation_kind k : kinds)
        if (set->binds(k) != truth::false_) out.actual(supplier_bound_by.name(), to_string_view(k));
    });
    return t;
  }
  template <class S, class Remedy>
  constexpr auto remedy(const S& s, const context& ctx, Remedy& r, bool want) const {
    if (test(s, ctx) == to_truth(want)) return r.nothing_to_change();
    return r.change(*this, [&](auto& out) {
      out.fact(supplier_bound_by.name());
      out.text(want ? " includes " : " excludes ");
      describe_kinds(out);
    });
  }
  template <class Visitor>
  constexpr void visit_facts(Visitor& v) const {
    v(supplier_bound_by);
  }

 private:
  template <class Out>
  constexpr void describe_kinds(Out& out) const {
    out.text("{");
    for (std::size_t i = 0; i < N; ++i) {
      if (i) out.text(", ");
      out.text(to_string_view(kinds[i]));
    }
    out.text("}");
  }
};

/// Some obligation of one of `kinds` binds the supplier (see bound_by_condition).
template <class... Kinds>
  requires(sizeof...(Kinds) > 0 && (std::same_as<Kinds, obligation_kind> && ...))
constexpr bound_by_condition<sizeof...(Kinds)> bound_by(Kinds... kinds) {
  return {{}, {kinds...}};
}

}  // namespace facts

// ---- where the facts are read from ------------------------------------------------------------

/// The facts of a screening. Supplier facts are the main supplier's, judged on `on`. A field the
/// contract or the supplier does not record is an unknown fact.
template <>
struct fact_source<screening> {
  using s = screening;
  /// The day a screening is judged on (dated rules, when the check's context gives no date).
  static constexpr date day(const s& x) noexcept { return x.on; }
  static constexpr const std::optional<money>& get(decltype(facts::contract_value), const s& x) noexcept {
    return x.deal->estimated_value;
  }
  static constexpr std::optional<contract_object> get(decltype(facts::contract_type), const s& x) noexcept {
    return x.deal->object;
  }
  static constexpr std::optional<sector> get(decltype(facts::contract_sector), const s& x) noexcept {
    return x.deal->field;
  }
  static constexpr std::optional<purpose> get(decltype(facts::contract_purpose), const s& x) noexcept {
    return x.deal->aim;
  }
  static constexpr std::optional<authority_kind> get(decltype(facts::buyer_kind), const s& x) noexcept {
    return x.deal->authority.kind;
  }
  static constexpr std::optional<country> get(decltype(facts::buyer_state), const s& x) noexcept {
    return x.deal->authority.state;
  }
  static constexpr std::optional<bool> get(decltype(facts::buyer_under_eu_law), const s& x) noexcept {
    if (!x.deal->authority.state || !x.deal->launched) return std::nullopt;
    return detail::under_eu_procurement_law(*x.deal->authority.state, *x.deal->launched);
  }
  static constexpr std::optional<date> get(decltype(facts::procedure_launched), const s& x) noexcept {
    return x.deal->launched;
  }
  static constexpr std::optional<data_access> get(decltype(facts::supplier_access), const s& x) noexcept {
    return x.deal->supplier_access;
  }
  static constexpr std::optional<update_control> get(decltype(facts::firmware_control), const s& x) noexcept {
    return x.deal->firmware_and_updates;
  }
  static constexpr std::optional<bool> get(decltype(facts::remote_maintenance), const s& x) noexcept {
    return x.deal->remote_maintenance;
  }
  static constexpr std::optional<security_level> get(decltype(facts::classification_level), const s& x) noexcept {
    return x.deal->highest_classification;
  }
  static constexpr std::optional<bool> get(decltype(facts::collective_defence), const s& x) noexcept {
    return x.deal->collective_defence;
  }
  static constexpr std::optional<defence_scope> get(decltype(facts::contract_scope), const s& x) noexcept {
    return detail::defence_scope_of(x.deal);
  }
  static constexpr std::optional<procurement_regime> get(decltype(facts::regime), const s& x) noexcept {
    return detail::regime_of(x.deal);
  }
  static constexpr detail::cpv_list get(decltype(facts::cpv_codes), const s& x) noexcept {
    return {x.deal->recorded_cpv(), x.deal->cpv.has_value()};
  }
  static constexpr std::optional<bool> get(decltype(facts::social_services), const s& x) noexcept {
    return x.deal->social_services;
  }
  static constexpr std::optional<bool> get(decltype(facts::annex_iii_products), const s& x) noexcept {
    return x.deal->annex_iii_products;
  }
  static constexpr std::optional<bool> get(decltype(facts::buyer_defence_field), const s& x) noexcept {
    return x.deal->authority.defence_field;
  }
  static constexpr std::optional<std::int64_t> get(decltype(facts::prc_origin_share), const s& x) noexcept {
    if (!x.deal->prc_origin_share_bp) return std::nullopt;
    return std::int64_t{*x.deal->prc_origin_share_bp};
  }
  static constexpr std::optional<bool> get(decltype(facts::call_off), const s& x) noexcept {
    return x.deal->is_call_off();
  }
  static constexpr std::optional<date> get(decltype(facts::framework_launched), const s& x) noexcept {
    if (!x.deal->framework || !*x.deal->framework) return std::nullopt;
    return (*x.deal->framework)->launched;
  }
  static constexpr std::optional<money> get(decltype(facts::framework_value), const s& x) noexcept {
    if (!x.deal->framework || !*x.deal->framework) return std::nullopt;
    return (*x.deal->framework)->estimated_value;
  }
  static constexpr std::optional<bool> get(decltype(facts::eu_wide_notice), const s& x) noexcept {
    return x.procedure.eu_wide_notice;
  }
  static constexpr std::optional<bool> get(decltype(facts::art346_invoked), const s& x) noexcept {
    return x.procedure.essential_security_interest_invoked;
  }
  static constexpr std::optional<exclusion_ground> get(decltype(facts::excluded_under), const s& x) noexcept {
    return x.procedure.excluded_under;
  }
  static constexpr std::optional<country> get(decltype(facts::supplier_hq), const s& x) noexcept {
    return x.main_supplier->headquarters;
  }
  static constexpr std::optional<country> get(decltype(facts::supplier_incorporated), const s& x) noexcept {
    return x.main_supplier->incorporated_in;
  }
  static constexpr std::optional<country> get(decltype(facts::controller_state), const s& x) noexcept {
    return detail::controller_state_of(x.owners, x.main_supplier);
  }
  static constexpr std::optional<bool> get(decltype(facts::supplier_designated_high_risk), const s& x) noexcept {
    return detail::known_bool(x.main_supplier->designated(designation_kind::high_risk_supplier, x.on));
  }
  static constexpr std::optional<security_level> get(decltype(facts::supplier_clearance), const s& x) noexcept {
    return detail::clearance_of(x.main_supplier, x.on);
  }
  static constexpr std::optional<bool> get(decltype(facts::supplier_crypto_certified), const s& x) noexcept {
    return detail::known_bool(x.main_supplier->certified(certification_kind::cryptologic_approval, x.on));
  }
  static constexpr std::optional<obligation_set> get(decltype(facts::supplier_bound_by), const s& x) noexcept {
    return detail::bound_by_of(x.owners, x.main_supplier, x.on);
  }
  static constexpr std::optional<bool> get(decltype(facts::supplier_acts_for_russian), const s& x) noexcept {
    return x.main_supplier->acts_for_russian_person;
  }
  static constexpr detail::subcontract_range get(decltype(facts::subcontractors), const s& x) noexcept {
    return detail::subcontract_range(x);
  }
  static constexpr std::optional<detail::ballot_box_ref> get(decltype(facts::consent_ballots), const s& x) noexcept {
    if (x.other_states_consent == nullptr) return std::nullopt;
    return detail::ballot_box_ref{x.other_states_consent};
  }
};

/// The facts of one subcontract: its share, the contract's classification, and the
/// subcontractor's supplier facts (unknown without its record).
template <>
struct fact_source<subcontract_view> {
  using v = subcontract_view;
  static constexpr std::optional<std::int64_t> get(decltype(facts::subcontract_share), const v& x) noexcept {
    if (!x.entry) return std::nullopt;
    if (!x.entry->portion.is_amount()) return x.entry->portion.in_basis_points();
    if (!x.parent->deal->estimated_value) return std::nullopt;
    const money& value = *x.parent->deal->estimated_value;
    const money& part = *x.entry->portion.as_amount();
    if (part.unit() != value.unit() || value.minor_units() <= 0 || part.is_negative()) return std::nullopt;
    // part * 10000 / value, rounded down and exact; beyond what 64 bits hold exactly (a value
    // above 922,337,203,685,477 minor units) the share is unknown rather than approximated.
    constexpr std::int64_t limit = detail::int64_max / 10000;
    if (value.minor_units() > limit) return std::nullopt;
    const std::int64_t q = part.minor_units() / value.minor_units();
    const std::int64_t r = part.minor_units() % value.minor_units();
    if (q > limit) return std::nullopt;
    return q * 10000 + r * 10000 / value.minor_units();
  }
  /// The classification the subcontract's work handles: the contract's.
  static constexpr std::optional<security_level> get(decltype(facts::classification_level), const v& x) noexcept {
    return x.parent->deal->highest_classification;
  }
  static constexpr std::optional<country> get(decltype(facts::supplier_hq), const v& x) noexcept {
    if (!x.record) return std::nullopt;
    return x.record->headquarters;
  }
  static constexpr std::optional<country> get(decltype(facts::supplier_incorporated), const v& x) noexcept {
    if (!x.record) return std::nullopt;
    return x.record->incorporated_in;
  }
  static constexpr std::optional<country> get(decltype(facts::controller_state), const v& x) noexcept {
    if (!x.record) return std::nullopt;
    return detail::controller_state_of(x.parent->owners, *x.record);
  }
  static constexpr std::optional<bool> get(decltype(facts::supplier_designated_high_risk), const v& x) noexcept {
    if (!x.record) return std::nullopt;
    return detail::known_bool(x.record->designated(designation_kind::high_risk_supplier, x.parent->on));
  }
  static constexpr std::optional<security_level> get(decltype(facts::supplier_clearance), const v& x) noexcept {
    if (!x.record) return std::nullopt;
    return detail::clearance_of(*x.record, x.parent->on);
  }
  static constexpr std::optional<bool> get(decltype(facts::supplier_crypto_certified), const v& x) noexcept {
    if (!x.record) return std::nullopt;
    return detail::known_bool(x.record->certified(certification_kind::cryptologic_approval, x.parent->on));
  }
  static constexpr std::optional<obligation_set> get(decltype(facts::supplier_bound_by), const v& x) noexcept {
    if (!x.record) return std::nullopt;
    return detail::bound_by_of(x.parent->owners, *x.record, x.parent->on);
  }
  static constexpr std::optional<bool> get(decltype(facts::supplier_acts_for_russian), const v& x) noexcept {
    if (!x.record) return std::nullopt;
    return x.record->acts_for_russian_person;
  }
};

OVERSIGHT_END_NAMESPACE
