// oversight: public contracts, as the oversight rules read them.
//
// A `contract` names its contracting authority (state, kind, name), its main supplier and its
// subcontractors (by supplier id, with their share of the value), the estimated value, the
// object (supplies, services, works) with its CPV codes, the sector and purpose, what the
// supplier can reach (none, metadata, content), who controls firmware and updates, whether
// there is remote maintenance, the highest classification handled, whether it serves collective
// defence, and the dates of launch and signature when known. What selects a threshold beyond the
// object (social and other specific services; for an authority in the field of defence, products
// in Annex III of Directive 2014/24/EU) and the share of PRC-origin products in the tender are
// optional: not recorded is unknown, never false.
//
// The estimated value includes all years and options (Directive 2014/24/EU Art. 5(1)):
// `estimate_value(base, options)` adds every option and renewal with checked arithmetic.
// `validate(contract)` rejects a negative value, a subcontractor share above the contract value
// (alone or in total), a share in another currency, and a signature before the launch;
// `contract_checked(c)` does the same for constants, at compile time.
#pragma once

#include <oversight/detail/config.hpp>
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
  signed_before_launch = 275        ///< a signature date before the launch of the procedure
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
  }
  return {"OVS-E299", "unknown domain error"};
}

/// What kind of contracting authority buys (the procurement directives' categories).
enum class authority_kind : std::uint8_t { central_government, sub_central, utility, other };

/// The buyer.
struct contracting_authority {
  std::string_view name;
  country state;
  authority_kind kind;
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
/// What the contract is for.
enum class purpose : std::uint8_t {
  general, critical_infrastructure, lawful_interception, public_security, defence, intelligence_activity
};
/// What the supplier can reach of the data the system holds.
enum class data_access : std::uint8_t { none, metadata, content };
/// Who controls the firmware and software updates of the system.
enum class update_control : std::uint8_t { contracting_authority, national_integrator, supplier, third_party };

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

/// A public contract.
struct contract {
  std::string_view id;
  contracting_authority authority;
  std::string_view main_supplier;                ///< supplier id
  money estimated_value;                          ///< all years and options, net of VAT
  contract_object object;
  std::span<const cpv_code> cpv{};
  std::span<const subcontract> subcontracts{};
  sector field = sector::general;
  purpose aim = purpose::general;
  data_access supplier_access = data_access::none;
  update_control firmware_and_updates = update_control::contracting_authority;
  bool remote_maintenance = false;
  std::optional<classification> highest_classification{};  ///< none: no classified information
  bool collective_defence = false;
  std::optional<date> launched{};
  std::optional<date> signed_on{};
  /// Services: whether they are social and other specific services (Directive 2014/24/EU
  /// Annex XIV; Directive 2014/25/EU Annex XVII), which have thresholds of their own.
  /// std::nullopt: not recorded.
  std::optional<bool> social_services{};
  /// Supplies: whether every product bought is listed in Directive 2014/24/EU Annex III (read
  /// when a central government authority in the field of defence buys). std::nullopt: not recorded.
  std::optional<bool> annex_iii_products{};
  /// The share of products originating in the People's Republic of China in the value of the
  /// tender, in basis points (5000 = 50 %), as the IPI measure on medical devices caps it.
  /// std::nullopt: not recorded.
  std::optional<std::uint16_t> prc_origin_share_bp{};

  /// Is a facility security clearance needed (classified information at CONFIDENTIAL or above)?
  [[nodiscard]] constexpr bool needs_facility_clearance() const noexcept {
    return highest_classification && requires_facility_clearance(*highest_classification);
  }
  /// The subcontracted amount of `supplier_id` (zero when it is no subcontractor), or an error.
  [[nodiscard]] constexpr result<money, contract_errc> subcontracted_to(std::string_view supplier_id) const noexcept {
    result<money, money_errc> total = money::zero(estimated_value.unit());
    for (const subcontract& s : subcontracts) {
      if (s.supplier != supplier_id) continue;
      auto part = s.portion.of(estimated_value);
      if (!part) return part;
      total = total + *part;
      if (!total) return contract_errc::value_overflow;
    }
    return *total;
  }
};

/// The contract, or the first problem in it (see the header comment).
constexpr result<contract, contract_errc> validate(const contract& c) noexcept {
  if (c.estimated_value.is_negative()) return error{contract_errc::negative_value, error_context(c.id)};
  result<money, money_errc> total = money::zero(c.estimated_value.unit());
  for (const subcontract& s : c.subcontracts) {
    auto part = s.portion.of(c.estimated_value);
    if (!part) return error{part.error().code, error_context(s.supplier)};
    auto above = compare(*part, c.estimated_value);
    if (*above > 0) return error{contract_errc::subcontract_exceeds_value, error_context(s.supplier)};
    total = total + *part;
    if (!total) return error{contract_errc::value_overflow, error_context(s.supplier)};
  }
  if (*compare(*total, c.estimated_value) > 0)
    return error{contract_errc::subcontract_exceeds_value, error_context(c.id).append(": all subcontracts")};
  if (c.launched && c.signed_on && *c.signed_on < *c.launched)
    return error{contract_errc::signed_before_launch, error_context(c.id)};
  return c;
}

namespace detail {
void invalid_contract_in_constant_expression();  // deliberately not constexpr
}  // namespace detail

/// `validate` for constants: a bad contract fails to compile, naming
/// `invalid_contract_in_constant_expression`.
consteval contract contract_checked(contract c) {
  auto ok = validate(c);
  if (!ok) detail::invalid_contract_in_constant_expression();
  return c;
}

OVERSIGHT_END_NAMESPACE
