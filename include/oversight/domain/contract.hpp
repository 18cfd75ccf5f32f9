// oversight: public contracts, as the oversight rules read them.
//
// A `contract` names its contracting authority (state, kind, name), its main supplier and its
// subcontractors (by supplier id, with their share of the value), the estimated value, the
// object (supplies, services, works) with its CPV codes, the sector and purpose, what the
// supplier can reach (none, metadata, content), who controls firmware and updates, whether
// there is remote maintenance, the highest classification handled, whether it serves collective
// defence, the dates of launch and signature, what selects a threshold beyond the object (social
// and other specific services; for an authority in the field of defence, products in Annex III
// of Directive 2014/24/EU), the share of PRC-origin products in the tender and, for a call-off,
// its framework agreement.
//
// Not recorded is unknown, never a default. Every field but the id and the supplier id is a
// `std::optional` (the CPV codes and the subcontracts are optional spans): a field left out is
// `std::nullopt`, and a rule that reads it is Indeterminate, with the missing fact named in its
// explanation. Say what is known, including what is known to be absent:
//
//     .supplier_access = data_access::none,                 // the supplier reaches no data
//     .highest_classification = security_level::none,       // no classified information
//     .subcontracts = no_subcontracts,                      // nothing is subcontracted
//
// A contract read from data (the OCDS adapter, oversight/adapt/ocds.hpp) leaves unknown whatever
// the data does not say.
//
// The estimated value includes all years and options (Directive 2014/24/EU Art. 5(1)):
// `estimate_value(base, options)` adds every option and renewal with checked arithmetic.
// `validate(contract)` rejects a negative value, a subcontractor share above the contract value
// (alone or in total), a share in another currency, a signature before the launch, and a
// call-off launched before its framework agreement's procedure;
// `contract_checked(c)` does the same for constants, at compile time.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/enum_text.hpp>
#include <oversight/domain/classification.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/cpv.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/domain/money.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE

/// Errors about contracts.
enum class contract_errc : std::uint16_t {
  negative_value = 270,             ///< a negative estimated value or share
  subcontract_exceeds_value = 271,  ///< a share (or all shares together) above the contract value
  share_out_of_range = 272,         ///< a share above 10000 basis points
  currency_mismatch = 273,          ///< a share or option in another currency than the value
  value_overflow = 274,             ///< the estimated value does not fit in 64-bit minor units
  signed_before_launch = 275,       ///< a signature date before the launch of the procedure
  value_not_recorded = 276,         ///< a share is given as basis points of a value that is not recorded
  call_off_before_framework = 277   ///< a call-off launched before its framework agreement's procedure
};

constexpr error_info describe(contract_errc e) noexcept {
  switch (e) {
    case contract_errc::negative_value:
      return {"OVS-E270", "a contract value or share must not be negative"};
    case contract_errc::subcontract_exceeds_value:
      return {"OVS-E271", "subcontracted shares exceed the contract value"};
    case contract_errc::share_out_of_range:
      return {"OVS-E272", "a share is above 10000 basis points (100 %)"};
    case contract_errc::currency_mismatch:
      return {"OVS-E273", "a share or option is in another currency than the contract value"};
    case contract_errc::value_overflow:
      return {"OVS-E274", "the estimated value does not fit in 64-bit minor units"};
    case contract_errc::signed_before_launch:
      return {"OVS-E275", "the contract is dated as signed before its procedure was launched"};
    case contract_errc::value_not_recorded:
      return {"OVS-E276", "a subcontract share needs the contract's estimated value, which is not recorded"};
    case contract_errc::call_off_before_framework:
      return {"OVS-E277", "the call-off is dated as launched before its framework agreement's procedure was"};
  }
  return {"OVS-E299", "unknown domain error"};
}

/// What kind of contracting authority buys (the procurement directives' categories).
enum class authority_kind : std::uint8_t { central_government, sub_central, utility, other };

/// The buyer. Its state and kind are std::nullopt when not recorded.
struct contracting_authority {
  std::string_view name;
  std::optional<country> state{};
  std::optional<authority_kind> kind{};
  /// Whether the authority operates in the field of defence (a ministry of defence, armed
  /// forces): for its supply contracts the central-government threshold of Directive 2014/24/EU
  /// applies only to products listed in its Annex III (Art. 4(b), second subparagraph).
  /// std::nullopt: not recorded.
  std::optional<bool> defence_field{};
};

/// What is bought.
enum class contract_object : std::uint8_t { supplies, services, works };
/// The sector of the system concerned.
enum class sector : std::uint8_t {
  general, telecommunications, energy, transport, health, finance, public_administration, justice_and_home_affairs, defence
};
/// What the contract is for (`general`: none of the purposes the policies single out).
enum class purpose : std::uint8_t {
  general, critical_infrastructure, lawful_interception, public_security, defence, intelligence_activity
};
/// What the supplier can reach of the data the system holds.
enum class data_access : std::uint8_t { none, metadata, content };
/// Who controls the firmware and software updates of the system.
enum class update_control : std::uint8_t { contracting_authority, national_integrator, supplier, third_party };

/// Text for the contract vocabulary's enums, so messages and traces print words rather than
/// numbers ("(invalid)" for a value outside the enumeration).
constexpr std::string_view to_string_view(authority_kind k) noexcept {
  constexpr std::string_view text[] = {"central government", "sub-central", "utility", "other"};
  return detail::enum_text(text, k);
}
constexpr std::string_view to_string_view(contract_object o) noexcept {
  constexpr std::string_view text[] = {"supplies", "services", "works"};
  return detail::enum_text(text, o);
}
constexpr std::string_view to_string_view(sector s) noexcept {
  constexpr std::string_view text[] = {"general", "telecommunications",    "energy",
                                       "transport", "health",              "finance",
                                       "public administration", "justice and home affairs", "defence"};
  return detail::enum_text(text, s);
}
constexpr std::string_view to_string_view(purpose p) noexcept {
  constexpr std::string_view text[] = {"general",         "critical infrastructure", "lawful interception",
                                       "public security", "defence",                 "intelligence activity"};
  return detail::enum_text(text, p);
}
constexpr std::string_view to_string_view(data_access a) noexcept {
  constexpr std::string_view text[] = {"none", "metadata", "content"};
  return detail::enum_text(text, a);
}
constexpr std::string_view to_string_view(update_control u) noexcept {
  constexpr std::string_view text[] = {"contracting authority", "national integrator", "supplier", "third party"};
  return detail::enum_text(text, u);
}

/// A subcontractor's share of the contract: basis points of the value, or an amount.
class share {
 public:
  static constexpr share basis_points(std::uint16_t bp) noexcept { return share(bp, std::nullopt); }
  static constexpr share amount(money m) noexcept { return share(0, m); }

  [[nodiscard]] constexpr bool is_amount() const noexcept { return amount_.has_value(); }
  [[nodiscard]] constexpr std::uint16_t in_basis_points() const noexcept { return bp_; }
  [[nodiscard]] constexpr const std::optional<money>& as_amount() const noexcept { return amount_; }

  /// The share as money of a contract worth `value` (basis points rounded down), or an error.
  [[nodiscard]] constexpr result<money, contract_errc> of(const money& value) const noexcept {
    if (amount_) {
      if (amount_->unit() != value.unit()) return error{contract_errc::currency_mismatch, error_context(amount_->unit().code())};
      if (amount_->is_negative()) return contract_errc::negative_value;
      return *amount_;
    }
    if (bp_ > 10000) return contract_errc::share_out_of_range;
    // value * bp / 10000 without overflow: split the value.
    const std::int64_t v = value.minor_units();
    return money::minor(v / 10000 * bp_ + v % 10000 * bp_ / 10000, value.unit());
  }

 private:
  constexpr share(std::uint16_t bp, std::optional<money> m) noexcept : bp_(bp), amount_(m) {}
  std::uint16_t bp_;
  std::optional<money> amount_;
};

/// A subcontractor (by supplier id) and its share.
struct subcontract {
  std::string_view supplier;
  share portion;
};

/// An option or renewal: `value` that may be added `times` times.
struct option {
  money value;
  std::uint16_t times = 1;
};

/// The subcontracts of a contract known to subcontract nothing: `.subcontracts = no_subcontracts`.
inline constexpr std::span<const subcontract> no_subcontracts{};
/// The CPV codes of a contract recorded without any: `.cpv = no_cpv_codes`.
inline constexpr std::span<const cpv_code> no_cpv_codes{};

/// A framework agreement (Directive 2014/24/EU Art. 33; Directive 2009/81/EC Art. 29): the
/// agreement under which contracts are called off. Its procedure is the one launched to conclude
/// it; a measure that applies to procedures launched from a given day reaches a call-off through
/// it (see `contract::framework`). One framework agreement serves many call-offs: contracts point
/// to it. std::nullopt: not recorded.
struct framework_agreement {
  std::string_view id;
  std::optional<date> launched{};          ///< the day the framework agreement's procedure was launched
  std::optional<money> estimated_value{};  ///< of every contract envisaged under it, net of VAT
};
/// The framework agreement of a contract known not to be a call-off:
/// `.framework = not_a_call_off`.
inline constexpr const framework_agreement* not_a_call_off = nullptr;

/// The estimated value: the base value plus every option and renewal, checked.
constexpr result<money, contract_errc> estimate_value(const money& base, std::span<const option> options) noexcept {
  if (base.is_negative()) return contract_errc::negative_value;
  result<money, money_errc> total = base;
  for (const option& o : options) {
    if (o.value.is_negative()) return contract_errc::negative_value;
    total = total + o.value * o.times;
    if (!total) {
      if (total.error().code == money_errc::currency_mismatch)
        return error{contract_errc::currency_mismatch, total.error().context};
      return contract_errc::value_overflow;
    }
  }
  return *total;
}

/// A public contract. Every field but `id` and `main_supplier` is std::nullopt when not recorded
/// (see the header comment).
struct contract {
  std::string_view id;
  contracting_authority authority;
  std::string_view main_supplier{};               ///< supplier id; empty: none recorded (no award yet)
  std::optional<money> estimated_value{};         ///< all years and options, net of VAT
  std::optional<contract_object> object{};
  std::optional<std::span<const cpv_code>> cpv{};  ///< no_cpv_codes: recorded, none
  std::optional<std::span<const subcontract>> subcontracts{};  ///< no_subcontracts: recorded, none
  std::optional<sector> field{};
  std::optional<purpose> aim{};
  std::optional<data_access> supplier_access{};
  std::optional<update_control> firmware_and_updates{};
  std::optional<bool> remote_maintenance{};
  /// The highest classification of the information handled; security_level::none: nothing
  /// classified.
  std::optional<security_level> highest_classification{};
  std::optional<bool> collective_defence{};
  std::optional<date> launched{};
  std::optional<date> signed_on{};
  /// Services: whether they are social and other specific services (Directive 2014/24/EU
  /// Annex XIV; Directive 2014/25/EU Annex XVII), which have thresholds of their own.
  std::optional<bool> social_services{};
  /// Supplies: whether every product bought is listed in Directive 2014/24/EU Annex III (read
  /// when a central government authority in the field of defence buys).
  std::optional<bool> annex_iii_products{};
  /// The share of products originating in the People's Republic of China in the value of the
  /// tender, in basis points (5000 = 50 %), as the IPI measure on medical devices caps it.
  std::optional<std::uint16_t> prc_origin_share_bp{};
  /// The framework agreement the contract is called off under (it must outlive the contract), or
  /// `not_a_call_off`. std::nullopt: not recorded whether the contract is a call-off.
  std::optional<const framework_agreement*> framework{};

  /// Whether the contract is called off under a framework agreement (std::nullopt: not recorded).
  [[nodiscard]] constexpr std::optional<bool> is_call_off() const noexcept {
    if (!framework) return std::nullopt;
    return *framework != nullptr;
  }
  /// Is a facility security clearance needed (classified information at CONFIDENTIAL or above)?
  /// std::nullopt: the classification is not recorded.
  [[nodiscard]] constexpr std::optional<bool> needs_facility_clearance() const noexcept {
    if (!highest_classification) return std::nullopt;
    return *highest_classification >= security_level::confidential;
  }
  /// The recorded subcontracts (none when not recorded: see `subcontracts`).
  [[nodiscard]] constexpr std::span<const subcontract> recorded_subcontracts() const noexcept {
    return subcontracts ? *subcontracts : std::span<const subcontract>{};
  }
  /// The recorded CPV codes (none when not recorded: see `cpv`).
  [[nodiscard]] constexpr std::span<const cpv_code> recorded_cpv() const noexcept {
    return cpv ? *cpv : std::span<const cpv_code>{};
  }
  /// The subcontracted amount of `supplier_id` (zero when it is no subcontractor), or an error.
  /// Needs the estimated value: `value_not_recorded` without one.
  [[nodiscard]] constexpr result<money, contract_errc> subcontracted_to(std::string_view supplier_id) const noexcept {
    if (!estimated_value) return error{contract_errc::value_not_recorded, error_context(id)};
    result<money, money_errc> total = money::zero(estimated_value->unit());
    for (const subcontract& s : recorded_subcontracts()) {
      if (s.supplier != supplier_id) continue;
      auto part = s.portion.of(*estimated_value);
      if (!part) return part;
      total = total + *part;
      if (!total) return contract_errc::value_overflow;
    }
    return *total;
  }
};

/// The contract, or the first problem in it (see the header comment). Shares are checked
/// against the estimated value when it is recorded; without it, only shares given as amounts
/// are checked (they must not be negative).
constexpr result<contract, contract_errc> validate(const contract& c) noexcept {
  if (c.launched && c.signed_on && *c.signed_on < *c.launched)
    return error{contract_errc::signed_before_launch, error_context(c.id)};
  if (c.framework && *c.framework) {
    const framework_agreement& f = **c.framework;
    if (f.launched && c.launched && *c.launched < *f.launched)
      return error{contract_errc::call_off_before_framework, error_context(c.id)};
    if (f.estimated_value && f.estimated_value->is_negative())
      return error{contract_errc::negative_value, error_context(f.id)};
  }
  if (!c.estimated_value) {
    for (const subcontract& s : c.recorded_subcontracts()) {
      if (!s.portion.is_amount() && s.portion.in_basis_points() > 10000)
        return error{contract_errc::share_out_of_range, error_context(s.supplier)};
      if (s.portion.is_amount() && s.portion.as_amount()->is_negative())
        return error{contract_errc::negative_value, error_context(s.supplier)};
    }
    return c;
  }
  const money& value = *c.estimated_value;
  if (value.is_negative()) return error{contract_errc::negative_value, error_context(c.id)};
  result<money, money_errc> total = money::zero(value.unit());
  for (const subcontract& s : c.recorded_subcontracts()) {
    auto part = s.portion.of(value);
    if (!part) return error{part.error().code, error_context(s.supplier)};
    auto above = compare(*part, value);
    if (*above > 0) return error{contract_errc::subcontract_exceeds_value, error_context(s.supplier)};
    total = total + *part;
    if (!total) return error{contract_errc::value_overflow, error_context(s.supplier)};
  }
  if (*compare(*total, value) > 0)
    return error{contract_errc::subcontract_exceeds_value, error_context(c.id).append(": all subcontracts")};
  return c;
}

namespace detail {
/// What `validate` finds wrong with `c`, or no code (a value of 0) when nothing.
constexpr contract_errc contract_problem(const contract& c) {
  const auto checked = validate(c);
  return checked ? contract_errc{} : checked.error().code;
}
void invalid_contract_in_constant_expression();  // validate(contract) at run time names the field
}  // namespace detail

/// `validate` for constants: a bad contract fails to compile, naming
/// `invalid_contract_in_constant_expression`.
consteval contract contract_checked(const contract& c)
#if defined(__clang__)  // the first error line under Clang (see detail/config.hpp)
    __attribute__((diagnose_if(detail::contract_problem(c) == contract_errc::negative_value,
                               "oversight: invalid contract: a value or share is negative [OVS-E270]",
                               "error")))
    __attribute__((diagnose_if(detail::contract_problem(c) == contract_errc::subcontract_exceeds_value,
                               "oversight: invalid contract: subcontracts exceed its estimated value: lower one "
                               "or correct the estimate [OVS-E271]",
                               "error")))
    __attribute__((diagnose_if(detail::contract_problem(c) == contract_errc::share_out_of_range,
                               "oversight: invalid contract: a share is above 10000 basis points (100 %) "
                               "[OVS-E272]",
                               "error")))
    __attribute__((diagnose_if(detail::contract_problem(c) == contract_errc::currency_mismatch,
                               "oversight: invalid contract: a share or option is in another currency than the "
                               "contract's value [OVS-E273]",
                               "error")))
    __attribute__((diagnose_if(detail::contract_problem(c) == contract_errc::value_overflow,
                               "oversight: invalid contract: the estimated value does not fit in 64-bit minor "
                               "units [OVS-E274]",
                               "error")))
    __attribute__((diagnose_if(detail::contract_problem(c) == contract_errc::signed_before_launch,
                               "oversight: invalid contract: it is dated as signed before its procedure was "
                               "launched [OVS-E275]",
                               "error")))
    __attribute__((diagnose_if(detail::contract_problem(c) == contract_errc::value_not_recorded,
                               "oversight: invalid contract: a share in basis points needs the contract's "
                               "estimated value, which is not recorded [OVS-E276]",
                               "error")))
#endif
{
  auto ok = validate(c);
  if (!ok) detail::invalid_contract_in_constant_expression();
  return c;
}

OVERSIGHT_END_NAMESPACE
