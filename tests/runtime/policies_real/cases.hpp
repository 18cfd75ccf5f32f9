// Cases for the real policy encodings, as constexpr functions: the static suite checks them in
// static_assert, the runtime suite calls the same functions at run time, and the runtime suite
// also rebuilds the main case from run-time data (supplier_from_data.cpp).
#pragma once

#include <oversight/policies.hpp>

#include "fixtures.hpp"

#include <array>

namespace pr_cases {

using namespace oversight;
namespace pol = oversight::policies;

constexpr money eur_cents(std::int64_t cents) { return money::minor(cents, currency{"EUR"}); }

/// The supplier of a fixture id.
constexpr const supplier& supplier_named(std::string_view id) {
  for (const supplier& s : pr_fixture::suppliers)
    if (s.id == id) return s;
  return pr_fixture::suppliers[0];
}

/// The storage contract of the fixture with another classification (built afresh: Clang 14
/// rejects, in constant evaluation, a copy of an optional that was reset).
constexpr contract storage_with(std::optional<security_level> level) {
  const contract& s = pr_fixture::storage_contract;
  return contract{.id = s.id,
                  .authority = s.authority,
                  .main_supplier = s.main_supplier,
                  .estimated_value = s.estimated_value,
                  .object = s.object,
                  .cpv = s.cpv,
                  .subcontracts = s.subcontracts,
                  .field = s.field,
                  .aim = s.aim,
                  .supplier_access = s.supplier_access,
                  .firmware_and_updates = s.firmware_and_updates,
                  .remote_maintenance = s.remote_maintenance,
                  .highest_classification = level,
                  .collective_defence = s.collective_defence,
                  .launched = s.launched};
}

/// A plain contract: central government, supplies, general purpose, nothing classified.
constexpr contract plain(money value, std::optional<date> launched = date{2025, 3, 3}) {
  return contract{.id = "plain",
                  .authority = pr_fixture::storage_contract.authority,
                  .main_supplier = "vendor-iberia",
                  .estimated_value = value,
                  .object = contract_object::supplies,
                  .cpv = pr_fixture::storage_cpv,
                  .subcontracts = no_subcontracts,
                  .field = sector::general,
                  .aim = purpose::general,
                  .supplier_access = data_access::none,
                  .firmware_and_updates = update_control::contracting_authority,
                  .remote_maintenance = false,
                  .highest_classification = security_level::none,
                  .collective_defence = false,
                  .launched = launched};
}

/// A services contract of a health service, social and other specific services or not (or not
/// recorded), from an authority outside the field of defence.
constexpr contract social(money v, date launched, std::optional<bool> is_social,
                          authority_kind kind = authority_kind::central_government) {
  return contract{.id = "social",
                  .authority = {"Example Health Service", country{"ES"}, kind, false},
                  .main_supplier = "integrator-fr",
                  .estimated_value = v,
                  .object = contract_object::services,
                  .cpv = no_cpv_codes,
                  .subcontracts = no_subcontracts,
                  .field = sector::general,
                  .aim = purpose::general,
                  .supplier_access = data_access::none,
                  .firmware_and_updates = update_control::contracting_authority,
                  .remote_maintenance = false,
                  .highest_classification = security_level::none,
                  .collective_defence = false,
                  .launched = launched,
                  .social_services = is_social};
}

/// Supplies bought by a central government authority, in the field of defence or not (or not
/// recorded), Annex III products or not (or not recorded).
constexpr contract defence_buyer(money v, date launched, std::optional<bool> in_field, std::optional<bool> annex_iii) {
  return contract{.id = "mod-supplies",
                  .authority = {"Example Ministry of Defence", country{"ES"}, authority_kind::central_government, in_field},
                  .main_supplier = "integrator-fr",
                  .estimated_value = v,
                  .object = contract_object::supplies,
                  .cpv = no_cpv_codes,
                  .subcontracts = no_subcontracts,
                  .field = sector::general,
                  .aim = purpose::general,
                  .supplier_access = data_access::none,
                  .firmware_and_updates = update_control::contracting_authority,
                  .remote_maintenance = false,
                  .highest_classification = security_level::none,
                  .collective_defence = false,
                  .launched = launched,
                  .annex_iii_products = annex_iii};
}

/// CPV 33100000-1: medical devices (IPI measure).
inline constexpr std::array<cpv_code, 1> medical_cpv_codes{{cpv_code{"33100000-1"}}};

/// Medical devices from integrator-fr with a recorded (or unrecorded) share of PRC-origin products.
constexpr contract medical_share(money v, date launched, std::optional<std::uint16_t> prc_bp,
                                 std::span<const cpv_code> cpv = medical_cpv_codes) {
  return contract{.id = "medical",
                  .authority = pr_fixture::storage_contract.authority,
                  .main_supplier = "integrator-fr",
                  .estimated_value = v,
                  .object = contract_object::supplies,
                  .cpv = cpv,
                  .subcontracts = no_subcontracts,
                  .field = sector::general,
                  .aim = purpose::general,
                  .supplier_access = data_access::none,
                  .firmware_and_updates = update_control::contracting_authority,
                  .remote_maintenance = false,
                  .highest_classification = security_level::none,
                  .collective_defence = false,
                  .launched = launched,
                  .prc_origin_share_bp = prc_bp,
                  .framework = not_a_call_off};
}

/// How a case is decided.
struct setting {
  std::string_view supplier_id = "vendor-iberia";
  date on = date{2025, 7, 7};
  procedure_record procedure{
      .eu_wide_notice = false, .essential_security_interest_invoked = false, .excluded_under = exclusion_ground::none};
  const consent::ballot_box* box = nullptr;
};

template <class Policy>
constexpr verdict_kind decide(const Policy& p, const contract& c, setting s = {}) {
  const screening sc{.deal = c,
                     .main_supplier = supplier_named(s.supplier_id),
                     .owners = pr_fixture::owners,
                     .subcontractors = pr_fixture::suppliers,
                     .on = s.on,
                     .procedure = s.procedure,
                     .other_states_consent = s.box};
  return check(p, sc, as_of(s.on)).kind;
}

/// Whether one rule's condition holds (in force on the day).
template <class Rule>
constexpr truth fires(const Rule& r, const contract& c, setting s = {}) {
  const screening sc{.deal = c,
                     .main_supplier = supplier_named(s.supplier_id),
                     .owners = pr_fixture::owners,
                     .subcontractors = pr_fixture::suppliers,
                     .on = s.on,
                     .procedure = s.procedure,
                     .other_states_consent = s.box};
  return r.fires(sc, as_of(s.on));
}

// ---- collective defence: a vote of the other members ------------------------------------------

enum class answer : std::uint8_t { none, yes, abstain, no };

/// ES signs; FR and DE are the other members. FR says yes; DE gives `de`.
template <class Policy>
constexpr verdict_kind collective_defence_vote(const Policy& p, answer de, bool with_box = true,
                                               bool collective = true) {
  constexpr std::array<consent::membership, 3> members{{{"ES", date{1986, 1, 1}},
                                                        {"FR", date{1958, 1, 1}},
                                                        {"DE", date{1958, 1, 1}}}};
  const auto all = consent::make_electorate(members, date{2025, 7, 1});
  const auto others = consent::all_other_members(*all, country{"ES"});
  consent::ballot_box box(*others, date{2025, 7, 1});
  (void)box.cast(country{"FR"}, consent::ballot::yes);
  if (de == answer::yes) (void)box.cast(country{"DE"}, consent::ballot::yes);
  if (de == answer::abstain) (void)box.cast(country{"DE"}, consent::ballot::abstain);
  if (de == answer::no) (void)box.cast(country{"DE"}, consent::ballot::no);
  contract c = plain(eur_cents(100'000'00));
  c.collective_defence = collective;
  return decide(p, c, {.on = date{2025, 7, 7}, .procedure = {.eu_wide_notice = true,
                                                     .essential_security_interest_invoked = false,
                                                     .excluded_under = exclusion_ground::none}, .box = with_box ? &box : nullptr});
}

}  // namespace pr_cases
