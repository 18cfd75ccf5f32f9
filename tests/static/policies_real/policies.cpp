// The real policy encodings at compile time: both sides of every rule, at the boundary value
// and the boundary day.
#include <oversight/policies.hpp>

#include "../../runtime/policies_real/cases.hpp"
#include "../../runtime/policies_real/tender.hpp"

namespace {
using namespace oversight;
using namespace pr_cases;
using vk = verdict_kind;
namespace th = oversight::policies::thresholds;

// ---- thresholds: the table ---------------------------------------------------------------------

using pr_fixture::tender;  // a subject that states the table's inputs directly
}  // namespace

namespace {
constexpr std::optional<money> threshold(procurement_regime r, contract_object o, authority_kind a, std::optional<date> d) {
  return th::eu_thresholds.value_of(tender{r, o, a, d}, {});
}
constexpr std::optional<money> threshold_of(const tender& t) { return th::eu_thresholds.value_of(t, {}); }
constexpr auto classic = procurement_regime::classic;
constexpr auto utilities = procurement_regime::utilities;
constexpr auto concessions = procurement_regime::concessions;
constexpr auto defence = procurement_regime::defence_and_security;
constexpr auto central = authority_kind::central_government;
constexpr auto sub_central = authority_kind::sub_central;
constexpr auto supplies = contract_object::supplies;
constexpr auto services = contract_object::services;
constexpr auto works = contract_object::works;

// One group of rows per instrument and period: 2014/24 8 x 3, 2014/25 4 x 3, 2014/23 3, 2009/81 2 x 2.
static_assert(decltype(th::eu_thresholds)::row_count == 43);

// 2014/24: every period, both ends of each.
static_assert(threshold(classic, supplies, central, date{2016, 1, 1}) == th::eur(135'000));
static_assert(threshold(classic, services, sub_central, date{2017, 12, 31}) == th::eur(209'000));
static_assert(threshold(classic, works, sub_central, date{2016, 6, 1}) == th::eur(5'225'000));
static_assert(threshold(classic, supplies, central, date{2024, 1, 1}) == th::eur(143'000));
static_assert(threshold(classic, supplies, central, date{2025, 12, 31}) == th::eur(143'000));
static_assert(threshold(classic, supplies, central, date{2026, 1, 1}) == th::eur(140'000));
static_assert(threshold(classic, supplies, sub_central, date{2025, 1, 1}) == th::eur(221'000));
static_assert(threshold(classic, supplies, authority_kind::other, date{2026, 1, 1}) == th::eur(216'000));
static_assert(threshold(classic, works, central, date{2025, 1, 1}) == th::eur(5'538'000));
static_assert(threshold(classic, works, central, date{2027, 12, 31}) == th::eur(5'404'000));
// 2014/25, 2014/23, 2009/81.
static_assert(threshold(utilities, services, authority_kind::utility, date{2025, 1, 1}) == th::eur(443'000));
static_assert(threshold(utilities, services, authority_kind::utility, date{2026, 1, 1}) == th::eur(432'000));
static_assert(threshold(utilities, works, authority_kind::utility, date{2026, 1, 1}) == th::eur(5'404'000));
static_assert(threshold(concessions, services, central, date{2025, 1, 1}) == th::eur(5'538'000));
static_assert(threshold(concessions, works, sub_central, date{2026, 1, 1}) == th::eur(5'404'000));
static_assert(threshold(defence, supplies, central, date{2025, 1, 1}) == th::eur(443'000));
static_assert(threshold(defence, supplies, central, date{2026, 1, 1}) == th::eur(432'000));
static_assert(threshold(defence, works, central, date{2024, 1, 1}) == th::eur(5'538'000));
// 2014/25 and 2014/23 in 2016-2017 (Delegated Regulations 2015/2171, 2015/2172), both ends.
constexpr auto utility = authority_kind::utility;
static_assert(threshold(utilities, supplies, utility, date{2016, 1, 1}) == th::eur(418'000));
static_assert(threshold(utilities, services, utility, date{2017, 12, 31}) == th::eur(418'000));
static_assert(threshold(utilities, works, utility, date{2016, 1, 1}) == th::eur(5'225'000));
static_assert(threshold(utilities, works, utility, date{2017, 12, 31}) == th::eur(5'225'000));
static_assert(threshold(concessions, services, central, date{2016, 1, 1}) == th::eur(5'225'000));
static_assert(threshold(concessions, works, sub_central, date{2017, 12, 31}) == th::eur(5'225'000));
static_assert(!threshold(utilities, supplies, utility, date{2015, 12, 31}).has_value());
static_assert(!threshold(utilities, supplies, utility, date{2018, 1, 1}).has_value());
static_assert(!threshold(concessions, works, central, date{2018, 1, 1}).has_value());
// Social and other specific services: 2014/24 Art. 4(d) EUR 750,000 and 2014/25 Art. 15(c)
// EUR 1,000,000 in every period encoded, first and last day.
static_assert(threshold_of({classic, services, central, date{2016, 1, 1}, true}) == th::eur(750'000));
static_assert(threshold_of({classic, services, sub_central, date{2017, 12, 31}, true}) == th::eur(750'000));
static_assert(threshold_of({classic, services, central, date{2024, 1, 1}, true}) == th::eur(750'000));
static_assert(threshold_of({classic, services, sub_central, date{2025, 12, 31}, true}) == th::eur(750'000));
static_assert(threshold_of({classic, services, central, date{2026, 1, 1}, true}) == th::eur(750'000));
static_assert(threshold_of({classic, services, authority_kind::other, date{2027, 12, 31}, true}) == th::eur(750'000));
static_assert(threshold_of({utilities, services, utility, date{2016, 1, 1}, true}) == th::eur(1'000'000));
static_assert(threshold_of({utilities, services, utility, date{2025, 12, 31}, true}) == th::eur(1'000'000));
static_assert(threshold_of({utilities, services, utility, date{2027, 12, 31}, true}) == th::eur(1'000'000));
static_assert(!threshold_of({classic, services, central, date{2028, 1, 1}, true}).has_value());
// Not recorded: a services contract has no threshold; supplies and works do not need the field.
static_assert(!threshold_of({classic, services, central, date{2025, 1, 1}, std::nullopt}).has_value());
static_assert(!threshold_of({utilities, services, utility, date{2025, 1, 1}, std::nullopt}).has_value());
static_assert(threshold_of({classic, supplies, sub_central, date{2025, 1, 1}, std::nullopt}) == th::eur(221'000));
static_assert(threshold_of({classic, works, central, date{2025, 1, 1}, std::nullopt}) == th::eur(5'538'000));
static_assert(threshold_of({utilities, supplies, utility, date{2025, 1, 1}, std::nullopt}) == th::eur(443'000));
// Central government in the field of defence (2014/24 Art. 4(b) second subparagraph): products
// outside Annex III take the sub-central figure; Annex III products the central one.
static_assert(threshold_of({classic, supplies, central, date{2016, 1, 1}, false, true, false}) == th::eur(209'000));
static_assert(threshold_of({classic, supplies, central, date{2025, 12, 31}, false, true, false}) == th::eur(221'000));
static_assert(threshold_of({classic, supplies, central, date{2026, 1, 1}, false, true, false}) == th::eur(216'000));
static_assert(threshold_of({classic, supplies, central, date{2027, 12, 31}, false, true, true}) == th::eur(140'000));
static_assert(threshold_of({classic, supplies, central, date{2024, 1, 1}, false, true, true}) == th::eur(143'000));
// Services of such a buyer are not "products": the central figure.
static_assert(threshold_of({classic, services, central, date{2026, 1, 1}, false, true, false}) == th::eur(140'000));
// A sub-central buyer in the field of defence: the sub-central figure whatever the products.
static_assert(threshold_of({classic, supplies, sub_central, date{2026, 1, 1}, false, true, std::nullopt}) ==
              th::eur(216'000));
// Not recorded: no threshold.
static_assert(!threshold_of({classic, supplies, central, date{2026, 1, 1}, false, true, std::nullopt}).has_value());
static_assert(!threshold_of({classic, supplies, central, date{2026, 1, 1}, false, std::nullopt, true}).has_value());
// A comparison with the table still decides when every way of recording the missing yes/no
// inputs gives the same answer: both unknown (central supplies, 2026: 140,000 or 216,000).
constexpr truth at_least(const tender& t, money v) {
  return th::eu_thresholds.for_every_completion(
      t, {}, [&](const money& threshold) { return to_truth(oversight::at_least(v, threshold).value()); });
}
constexpr tender defence_unknown{classic, supplies, central, date{2026, 1, 1}, false, std::nullopt, std::nullopt};
static_assert(at_least(defence_unknown, th::eur(216'000)) == truth::true_);
static_assert(at_least(defence_unknown, th::eur(215'999)) == truth::unknown);
static_assert(at_least(defence_unknown, th::eur(140'000)) == truth::unknown);
static_assert(at_least(defence_unknown, th::eur(139'999)) == truth::false_);
// A missing input that is not a yes/no (the launch day) is not guessed at.
static_assert(at_least({classic, supplies, central, std::nullopt}, th::eur(9'000'000)) == truth::unknown);
// Nor is a completion that matches no row (a period not encoded).
static_assert(at_least({classic, services, central, date{2028, 1, 1}, std::nullopt}, th::eur(9'000'000)) ==
              truth::unknown);

// Not encoded: no value, never a guess.
static_assert(!threshold(classic, supplies, central, date{2019, 1, 1}).has_value());
static_assert(!threshold(classic, supplies, central, date{2028, 1, 1}).has_value());
static_assert(!threshold(defence, supplies, central, date{2016, 1, 1}).has_value());
static_assert(!threshold(classic, supplies, central, std::nullopt).has_value());

// ---- thresholds: the rule ---------------------------------------------------------------------

// Equal to the threshold counts (2014/24 Art. 4: "equal to or greater than").
static_assert(decide(th::policy, plain(eur_cents(143'000'00))) == vk::deny);
static_assert(decide(th::policy, plain(eur_cents(142'999'99))) == vk::permit);
// Judged by the launch day: 140,000 is below the 2024-2025 threshold, at the 2026-2027 one.
static_assert(decide(th::policy, plain(eur_cents(140'000'00), date{2025, 12, 31}), {.on = date{2026, 3, 1}}) == vk::permit);
static_assert(decide(th::policy, plain(eur_cents(140'000'00), date{2026, 1, 1}), {.on = date{2026, 3, 1}}) == vk::deny);
static_assert(decide(th::policy, plain(eur_cents(139'999'99), date{2026, 1, 1}), {.on = date{2026, 3, 1}}) == vk::permit);
// 2016 regression.
static_assert(decide(th::policy, plain(eur_cents(135'000'00), date{2016, 5, 1})) == vk::deny);
static_assert(decide(th::policy, plain(eur_cents(134'999'99), date{2016, 5, 1})) == vk::permit);
// A sub-central authority.
constexpr contract sub_central_contract(money v) {
  contract c = plain(v);
  c.authority.kind = authority_kind::sub_central;
  return c;
}
static_assert(decide(th::policy, sub_central_contract(eur_cents(221'000'00))) == vk::deny);
static_assert(decide(th::policy, sub_central_contract(eur_cents(220'999'99))) == vk::permit);
// A notice published: nothing to object. Not recorded: undecided.
static_assert(decide(th::policy, plain(eur_cents(500'000'00)), {.procedure = {.eu_wide_notice = true, .essential_security_interest_invoked = false, .excluded_under = exclusion_ground::none}}) == vk::permit);
static_assert(decide(th::policy, plain(eur_cents(500'000'00)), {.procedure = {.essential_security_interest_invoked = false, .excluded_under = exclusion_ground::none}}) == vk::indeterminate);
// No launch date, or a period not encoded: undecided, and the advice says why.
static_assert(decide(th::policy, plain(eur_cents(500'000'00), std::nullopt)) == vk::indeterminate);
static_assert(fires(th::threshold_unknown, plain(eur_cents(500'000'00), std::nullopt)) == truth::true_);
static_assert(fires(th::threshold_unknown, plain(eur_cents(500'000'00))) == truth::false_);
static_assert(decide(th::policy, plain(eur_cents(500'000'00), date{2020, 1, 1})) == vk::indeterminate);
static_assert(fires(th::threshold_category_unknown, plain(eur_cents(500'000'00))) == truth::false_);

// Social and other specific services, through a contract.
static_assert(decide(th::policy, social(eur_cents(750'000'00), date{2026, 1, 1}, true)) == vk::deny);
static_assert(decide(th::policy, social(eur_cents(749'999'99), date{2026, 1, 1}, true)) == vk::permit);
static_assert(decide(th::policy, social(eur_cents(750'000'00), date{2024, 1, 1}, true)) == vk::deny);
static_assert(decide(th::policy, social(eur_cents(749'999'99), date{2025, 12, 31}, true)) == vk::permit);
static_assert(decide(th::policy, social(eur_cents(750'000'00), date{2028, 1, 1}, true)) == vk::indeterminate);
// Not social: the ordinary central figure.
static_assert(decide(th::policy, social(eur_cents(140'000'00), date{2026, 1, 1}, false)) == vk::deny);
static_assert(decide(th::policy, social(eur_cents(139'999'99), date{2026, 1, 1}, false)) == vk::permit);
// Not recorded: undecided where it matters (between the two figures), never "below", and the
// advice says why. At or above the higher figure, or below the lower one, either reading gives
// the same answer, so the rule decides.
static_assert(decide(th::policy, social(eur_cents(500'000'00), date{2026, 1, 1}, std::nullopt)) == vk::indeterminate);
static_assert(decide(th::policy, social(eur_cents(750'000'00), date{2026, 1, 1}, std::nullopt)) == vk::deny);
static_assert(decide(th::policy, social(eur_cents(749'999'99), date{2026, 1, 1}, std::nullopt)) == vk::indeterminate);
static_assert(decide(th::policy, social(eur_cents(140'000'00), date{2026, 1, 1}, std::nullopt)) == vk::indeterminate);
static_assert(decide(th::policy, social(eur_cents(139'999'99), date{2026, 1, 1}, std::nullopt)) == vk::permit);
static_assert(fires(th::threshold_category_unknown, social(eur_cents(500'000'00), date{2026, 1, 1}, std::nullopt)) ==
              truth::true_);
static_assert(fires(th::threshold_category_unknown, social(eur_cents(500'000'00), date{2026, 1, 1}, true)) ==
              truth::false_);
// Utilities (2014/25 Art. 15(c)): EUR 1,000,000.
static_assert(decide(th::policy, social(eur_cents(1'000'000'00), date{2027, 12, 31}, true, authority_kind::utility)) ==
              vk::deny);
static_assert(decide(th::policy, social(eur_cents(999'999'99), date{2027, 12, 31}, true, authority_kind::utility)) ==
              vk::permit);
// Utilities 2016-2017: EUR 418,000 for services that are not social.
static_assert(decide(th::policy, social(eur_cents(418'000'00), date{2017, 12, 31}, false, authority_kind::utility)) ==
              vk::deny);
static_assert(decide(th::policy, social(eur_cents(417'999'99), date{2016, 1, 1}, false, authority_kind::utility)) ==
              vk::permit);

// A central government authority in the field of defence buying supplies.
static_assert(decide(th::policy, defence_buyer(eur_cents(216'000'00), date{2026, 1, 1}, true, false)) == vk::deny);
static_assert(decide(th::policy, defence_buyer(eur_cents(215'999'99), date{2026, 1, 1}, true, false)) == vk::permit);
static_assert(decide(th::policy, defence_buyer(eur_cents(221'000'00), date{2025, 12, 31}, true, false)) == vk::deny);
static_assert(decide(th::policy, defence_buyer(eur_cents(220'999'99), date{2025, 12, 31}, true, false)) == vk::permit);
static_assert(decide(th::policy, defence_buyer(eur_cents(140'000'00), date{2026, 1, 1}, true, true)) == vk::deny);
static_assert(decide(th::policy, defence_buyer(eur_cents(139'999'99), date{2026, 1, 1}, true, true)) == vk::permit);
static_assert(decide(th::policy, defence_buyer(eur_cents(140'000'00), date{2026, 1, 1}, false, std::nullopt)) ==
              vk::deny);
// Not recorded: undecided.
static_assert(decide(th::policy, defence_buyer(eur_cents(150'000'00), date{2026, 1, 1}, true, std::nullopt)) ==
              vk::indeterminate);
static_assert(decide(th::policy, defence_buyer(eur_cents(150'000'00), date{2026, 1, 1}, std::nullopt, false)) ==
              vk::indeterminate);
// Annex III products are at the central figure whether or not the buyer is in the field of
// defence: not recording the field does not matter then.
static_assert(decide(th::policy, defence_buyer(eur_cents(150'000'00), date{2026, 1, 1}, std::nullopt, true)) ==
              vk::deny);
static_assert(fires(th::threshold_category_unknown,
                    defence_buyer(eur_cents(150'000'00), date{2026, 1, 1}, true, std::nullopt)) == truth::true_);
static_assert(fires(th::threshold_category_unknown,
                    defence_buyer(eur_cents(150'000'00), date{2026, 1, 1}, std::nullopt, std::nullopt)) == truth::true_);
static_assert(fires(th::threshold_category_unknown,
                    defence_buyer(eur_cents(150'000'00), date{2026, 1, 1}, false, std::nullopt)) == truth::false_);
// Defence and security contracts are not this rule's (the storage contract is sensitive).
static_assert(fires(th::eu_tender, pr_fixture::storage_contract) == truth::false_);

// ---- Directive 2009/81/EC -----------------------------------------------------------------------
namespace d81 = oversight::policies::dir_2009_81;
constexpr contract storage_at(money v) {
  contract c = pr_fixture::storage_contract;
  c.estimated_value = v;
  return c;
}
constexpr contract military(money v) {
  contract c = storage_with(security_level::none);
  c.estimated_value = v;
  c.aim = purpose::defence;
  return c;
}
static_assert(decide(d81::policy, storage_at(eur_cents(443'000'00))) == vk::deny);
static_assert(decide(d81::policy, storage_at(eur_cents(442'999'99))) == vk::permit);
static_assert(decide(d81::policy, pr_fixture::storage_contract, {.procedure = {.eu_wide_notice = true, .essential_security_interest_invoked = false, .excluded_under = exclusion_ground::none}}) == vk::permit);
// Not sensitive without classified information, not military: outside the scope.
constexpr contract unclassified_storage() { return storage_with(security_level::none); }
static_assert(fires(d81::defence_directive, unclassified_storage()) == truth::false_);
// Exclusions.
static_assert(decide(d81::policy, pr_fixture::storage_contract,
                     {.procedure = {.eu_wide_notice = false, .essential_security_interest_invoked = false, .excluded_under = exclusion_ground::art13_b_intelligence}}) ==
              vk::permit);
static_assert(decide(d81::policy, pr_fixture::storage_contract,
                     {.procedure = {.eu_wide_notice = false, .essential_security_interest_invoked = false, .excluded_under = exclusion_ground::art12_b_stationing_of_troops}}) == vk::permit);
// Art. 346: exempts military equipment, not a sensitive (non-military) contract...
static_assert(decide(d81::policy, military(eur_cents(1'000'000'00)),
                     {.procedure = {.eu_wide_notice = false, .essential_security_interest_invoked = true, .excluded_under = exclusion_ground::none}}) == vk::permit);
static_assert(decide(d81::policy, military(eur_cents(1'000'000'00))) == vk::deny);
static_assert(decide(d81::policy, pr_fixture::storage_contract,
                     {.procedure = {.eu_wide_notice = false, .essential_security_interest_invoked = true, .excluded_under = exclusion_ground::none}}) == vk::deny);
// ...while an Art. 13 exclusion ranks above the counter-exception.
static_assert(decide(d81::policy, pr_fixture::storage_contract,
                     {.procedure = {.eu_wide_notice = false,
                                    .essential_security_interest_invoked = true,
                                    .excluded_under = exclusion_ground::art13_b_intelligence}}) == vk::permit);
// Arts 21-23: advice with obligations.
static_assert(fires(d81::security_of_information, pr_fixture::storage_contract) == truth::true_);
static_assert(fires(d81::security_of_information, military(eur_cents(1'000'000'00))) == truth::false_);
static_assert(fires(d81::security_of_supply, pr_fixture::storage_contract) == truth::true_);
constexpr contract authority_keeps_control() {
  contract c = pr_fixture::storage_contract;
  c.firmware_and_updates = update_control::contracting_authority;
  c.remote_maintenance = false;
  return c;
}
static_assert(fires(d81::security_of_supply, authority_keeps_control()) == truth::false_);
static_assert(fires(d81::subcontracting, pr_fixture::storage_contract) == truth::true_);
constexpr contract without_subcontracts() {
  contract c = pr_fixture::storage_contract;
  c.subcontracts = oversight::no_subcontracts;
  return c;
}
static_assert(fires(d81::subcontracting, without_subcontracts()) == truth::false_);

// ---- high-risk suppliers and NIS2 ---------------------------------------------------------------
namespace hrs = oversight::policies::hrs;
static_assert(decide(hrs::policy, pr_fixture::storage_contract) == vk::deny);
static_assert(fires(hrs::high_risk_supplier, pr_fixture::storage_contract, {.on = date{2023, 6, 15}}) == truth::true_);
static_assert(fires(hrs::high_risk_supplier, pr_fixture::storage_contract, {.on = date{2023, 6, 14}}) == truth::false_);
static_assert(fires(hrs::high_risk_supplier, plain(eur_cents(1'000'000'00))) == truth::false_);
static_assert(fires(hrs::high_risk_supplier, pr_fixture::storage_contract, {.supplier_id = "integrator-fr"}) ==
              truth::false_);
static_assert(fires(hrs::high_risk_subcontractor, pr_fixture::storage_contract) == truth::false_);
constexpr std::array<subcontract, 1> vendor_as_subcontractor{{{"vendor-iberia", share::basis_points(500)}}};
constexpr contract vendor_subcontracted() {
  contract c = pr_fixture::storage_contract;
  c.subcontracts = vendor_as_subcontractor;
  return c;
}
static_assert(fires(hrs::high_risk_subcontractor, vendor_subcontracted(), {.supplier_id = "integrator-fr"}) ==
              truth::true_);
// NIS2: from 18 October 2024; not for law enforcement (Art. 2(7)).
constexpr contract critical_infrastructure() {
  contract c = pr_fixture::storage_contract;
  c.aim = purpose::critical_infrastructure;
  return c;
}
inline constexpr auto nis2_only =
    policy<"nis2-only", combining::deny_overrides>(hrs::nis2_supply_chain, hrs::nis2_excluded_activity);
static_assert(decide(nis2_only, critical_infrastructure(), {.on = date{2024, 10, 18}}) == vk::review);
static_assert(decide(nis2_only, critical_infrastructure(), {.on = date{2024, 10, 17}}) == vk::permit);
static_assert(decide(nis2_only, pr_fixture::storage_contract, {.on = date{2024, 10, 18}}) == vk::permit);
static_assert(decide(nis2_only, critical_infrastructure(), {.supplier_id = "integrator-fr"}) == vk::permit);

// ---- foreign access -----------------------------------------------------------------------------
namespace fa = oversight::policies::foreign_access;
static_assert(fires(fa::intelligence_cooperation, pr_fixture::storage_contract) == truth::true_);
constexpr contract no_access() {
  contract c = pr_fixture::storage_contract;
  c.supplier_access = data_access::none;
  return c;
}
static_assert(fires(fa::intelligence_cooperation, no_access()) == truth::false_);
static_assert(fires(fa::intelligence_cooperation, pr_fixture::storage_contract, {.supplier_id = "integrator-fr"}) ==
              truth::false_);
static_assert(fires(fa::compelled_disclosure, pr_fixture::storage_contract, {.supplier_id = "cloud-ie"}) == truth::true_);
constexpr contract metadata_only() {
  contract c = pr_fixture::storage_contract;
  c.supplier_access = data_access::metadata;
  return c;
}
static_assert(fires(fa::compelled_disclosure, metadata_only(), {.supplier_id = "cloud-ie"}) == truth::false_);
static_assert(fires(fa::built_in_access, metadata_only(), {.supplier_id = "ru-owned-de"}) == truth::true_);
static_assert(fires(fa::built_in_access, no_access(), {.supplier_id = "ru-owned-de"}) == truth::false_);
static_assert(fires(fa::blocking_statute, metadata_only()) == truth::true_);
static_assert(fires(fa::subcontractor_cooperation, pr_fixture::storage_contract) == truth::true_);  // ru-owned-de
static_assert(fires(fa::subcontractor_cooperation, without_subcontracts()) == truth::false_);
static_assert(decide(fa::policy, pr_fixture::storage_contract) == vk::deny);
static_assert(decide(fa::policy, without_subcontracts(), {.supplier_id = "cloud-ie"}) == vk::review);
static_assert(decide(fa::policy, without_subcontracts(), {.supplier_id = "integrator-fr"}) == vk::permit);

// ---- sanctions ----------------------------------------------------------------------------------
namespace sa = oversight::policies::sanctions;
static_assert(decide(sa::policy, without_subcontracts(), {.supplier_id = "ru-owned-de"}) == vk::deny);
static_assert(decide(sa::policy, without_subcontracts(), {.supplier_id = "ru-owned-de", .on = date{2022, 4, 9}}) == vk::deny);
static_assert(decide(sa::policy, without_subcontracts(), {.supplier_id = "ru-owned-de", .on = date{2022, 4, 8}}) ==
              vk::permit);
static_assert(decide(sa::policy, without_subcontracts(),
                     {.supplier_id = "ru-owned-de",
                      .procedure = {.essential_security_interest_invoked = false, .excluded_under = exclusion_ground::art13_e_immovable_property}}) == vk::permit);
static_assert(decide(sa::policy, without_subcontracts(),
                     {.supplier_id = "ru-owned-de",
                      .procedure = {.essential_security_interest_invoked = false, .excluded_under = exclusion_ground::art13_b_intelligence}}) == vk::deny);
// A Russian-owned subcontractor: more than 10 % (1001 basis points) is caught, 10 % is not.
static_assert(fires(sa::art5k_subcontractor, pr_fixture::storage_contract) == truth::true_);
constexpr std::array<subcontract, 1> ten_percent{{{"ru-owned-de", share::basis_points(1000)}}};
constexpr contract ru_at_ten_percent() {
  contract c = pr_fixture::storage_contract;
  c.subcontracts = ten_percent;
  return c;
}
static_assert(fires(sa::art5k_subcontractor, ru_at_ten_percent()) == truth::false_);
// 10.01 % (1001 basis points) given as an amount: EUR 1,231,230.00 of 12,300,000.00 is caught,
// EUR 1,230,000.00 (exactly 10 %) is not.
constexpr std::array<subcontract, 1> ru_amount_above{{{"ru-owned-de", share::amount(money::minor(1'231'230'00, "EUR"))}}};
constexpr std::array<subcontract, 1> ru_amount_at{{{"ru-owned-de", share::amount(money::minor(1'230'000'00, "EUR"))}}};
constexpr contract with_subcontracts(std::span<const subcontract> subs) {
  contract c = pr_fixture::storage_contract;
  c.subcontracts = subs;
  return c;
}
static_assert(fires(sa::art5k_subcontractor, with_subcontracts(ru_amount_above)) == truth::true_);
static_assert(fires(sa::art5k_subcontractor, with_subcontracts(ru_amount_at)) == truth::false_);
// Art. 5k(1)(b): "more than 50 %": 50 % owned by a Russian company is not caught, 51 % is.
static_assert(fires(sa::art5k_supplier, without_subcontracts(), {.supplier_id = "ru-half-de"}) == truth::false_);
static_assert(fires(sa::art5k_supplier, without_subcontracts(), {.supplier_id = "ru-51-de"}) == truth::true_);
static_assert(decide(sa::policy, without_subcontracts(), {.supplier_id = "ru-half-de"}) == vk::permit);
static_assert(decide(sa::policy, without_subcontracts(), {.supplier_id = "ru-51-de"}) == vk::deny);
constexpr std::array<subcontract, 1> half_above{{{"ru-half-de", share::basis_points(5000)}}};
constexpr std::array<subcontract, 1> majority_above{{{"ru-51-de", share::basis_points(1001)}}};
static_assert(fires(sa::art5k_subcontractor, with_subcontracts(half_above)) == truth::false_);
static_assert(fires(sa::art5k_subcontractor, with_subcontracts(majority_above)) == truth::true_);
// Art. 5k(1)(c): acting on behalf or at the direction of a Russian person.
static_assert(fires(sa::art5k_agent, without_subcontracts(), {.supplier_id = "agent-it"}) == truth::true_);
static_assert(decide(sa::policy, without_subcontracts(), {.supplier_id = "agent-it"}) == vk::deny);
static_assert(decide(sa::policy, without_subcontracts(), {.supplier_id = "agent-it", .on = date{2022, 4, 8}}) == vk::permit);
static_assert(fires(sa::art5k_agent, without_subcontracts(), {.supplier_id = "integrator-fr"}) == truth::false_);
// Not recorded: unknown, so the policy cannot permit.
static_assert(fires(sa::art5k_agent, without_subcontracts(), {.supplier_id = "cloud-ie"}) == truth::unknown);
static_assert(decide(sa::policy, without_subcontracts(), {.supplier_id = "cloud-ie"}) == vk::indeterminate);
// ...as a subcontractor above 10 %, and not at 10 %.
constexpr std::array<subcontract, 1> agent_above{{{"agent-it", share::basis_points(1001)}}};
constexpr std::array<subcontract, 1> agent_at{{{"agent-it", share::basis_points(1000)}}};
static_assert(fires(sa::art5k_subcontractor, with_subcontracts(agent_above)) == truth::true_);
static_assert(fires(sa::art5k_subcontractor, with_subcontracts(agent_at)) == truth::false_);
static_assert(decide(sa::policy, pr_fixture::storage_contract, {.supplier_id = "integrator-fr"}) == vk::deny);
static_assert(decide(sa::policy, ru_at_ten_percent(), {.supplier_id = "integrator-fr"}) == vk::permit);
// IPI medical devices: CPV range, EUR 5,000,000, launched on or after 30 June 2025.
constexpr std::array<cpv_code, 1> medical_cpv{{cpv_code{"33100000-1"}}};
constexpr std::array<cpv_code, 1> medical_top_cpv{{cpv_code{"33199000-1"}}};
constexpr std::array<cpv_code, 1> outside_cpv{{cpv_code{"33200000"}}};
constexpr contract medical(money v, date launched, std::span<const cpv_code> cpv = medical_cpv) {
  contract c = plain(v, launched);
  c.cpv = cpv;
  c.framework = not_a_call_off;
  return c;
}
static_assert(fires(sa::ipi_medical_devices, medical(eur_cents(5'000'000'00), date{2025, 6, 30}),
                    {.supplier_id = "medtech-cn"}) == truth::true_);
static_assert(fires(sa::ipi_medical_devices, medical(eur_cents(5'000'000'00), date{2025, 6, 30}, medical_top_cpv),
                    {.supplier_id = "medtech-cn"}) == truth::true_);
static_assert(fires(sa::ipi_medical_devices, medical(eur_cents(4'999'999'99), date{2025, 6, 30}),
                    {.supplier_id = "medtech-cn"}) == truth::false_);
static_assert(fires(sa::ipi_medical_devices, medical(eur_cents(5'000'000'00), date{2025, 6, 29}),
                    {.supplier_id = "medtech-cn"}) == truth::false_);
static_assert(fires(sa::ipi_medical_devices, medical(eur_cents(5'000'000'00), date{2025, 6, 30}, outside_cpv),
                    {.supplier_id = "medtech-cn"}) == truth::false_);
static_assert(fires(sa::ipi_medical_devices, medical(eur_cents(5'000'000'00), date{2025, 6, 30}),
                    {.supplier_id = "integrator-fr"}) == truth::false_);
// The cap: PRC-origin products at most 50 % of the tender. 50 % is allowed, 50.01 % is not.
static_assert(fires(sa::ipi_prc_origin_cap, medical_share(eur_cents(5'000'000'00), date{2025, 6, 30}, 5000),
                    {.supplier_id = "integrator-fr"}) == truth::false_);
static_assert(fires(sa::ipi_prc_origin_cap, medical_share(eur_cents(5'000'000'00), date{2025, 6, 30}, 5001),
                    {.supplier_id = "integrator-fr"}) == truth::true_);
static_assert(fires(sa::ipi_prc_origin_cap, medical_share(eur_cents(4'999'999'99), date{2025, 6, 30}, 9000),
                    {.supplier_id = "integrator-fr"}) == truth::false_);
static_assert(fires(sa::ipi_prc_origin_cap, medical_share(eur_cents(5'000'000'00), date{2025, 6, 29}, 9000),
                    {.supplier_id = "integrator-fr"}) == truth::false_);
static_assert(fires(sa::ipi_prc_origin_cap, medical_share(eur_cents(5'000'000'00), date{2025, 6, 30}, 9000, outside_cpv),
                    {.supplier_id = "integrator-fr"}) == truth::false_);
static_assert(decide(sa::policy, medical_share(eur_cents(6'000'000'00), date{2026, 2, 1}, 5001),
                     {.supplier_id = "integrator-fr", .on = date{2026, 3, 1}}) == vk::deny);
static_assert(decide(sa::policy, medical_share(eur_cents(6'000'000'00), date{2026, 2, 1}, 5000),
                     {.supplier_id = "integrator-fr", .on = date{2026, 3, 1}}) == vk::permit);
// Not recorded: unknown in a covered procedure, irrelevant outside one.
static_assert(fires(sa::ipi_prc_origin_cap, medical_share(eur_cents(5'000'000'00), date{2025, 6, 30}, std::nullopt),
                    {.supplier_id = "integrator-fr"}) == truth::unknown);
static_assert(decide(sa::policy, medical_share(eur_cents(6'000'000'00), date{2026, 2, 1}, std::nullopt),
                     {.supplier_id = "integrator-fr", .on = date{2026, 3, 1}}) == vk::indeterminate);
static_assert(fires(sa::ipi_prc_origin_cap,
                    medical_share(eur_cents(4'999'999'99), date{2025, 6, 30}, std::nullopt),
                    {.supplier_id = "integrator-fr"}) == truth::false_);
// Call-offs are judged by their framework agreement's procedure (IPI Regulation Art. 8): its
// launch day and its estimated value, not the call-off's.
constexpr framework_agreement fa_before{.id = "FA-1", .launched = date{2025, 6, 29}, .estimated_value = eur_cents(12'000'000'00)};
constexpr framework_agreement fa_from{.id = "FA-2", .launched = date{2025, 6, 30}, .estimated_value = eur_cents(12'000'000'00)};
constexpr framework_agreement fa_small{.id = "FA-3", .launched = date{2025, 6, 30}, .estimated_value = eur_cents(4'999'999'99)};
constexpr framework_agreement fa_at{.id = "FA-4", .launched = date{2025, 6, 30}, .estimated_value = eur_cents(5'000'000'00)};
constexpr framework_agreement fa_undated{.id = "FA-5", .estimated_value = eur_cents(12'000'000'00)};
constexpr contract call_off(const framework_agreement* fa, money v = eur_cents(6'000'000'00),
                            std::optional<std::uint16_t> prc_bp = std::uint16_t{0}) {
  contract c = medical(v, date{2025, 9, 1});
  c.framework = fa;
  c.prc_origin_share_bp = prc_bp;
  return c;
}
static_assert(fires(sa::ipi_medical_devices, call_off(&fa_before), {.supplier_id = "medtech-cn"}) == truth::false_);
static_assert(fires(sa::ipi_medical_devices, call_off(&fa_from), {.supplier_id = "medtech-cn"}) == truth::true_);
static_assert(fires(sa::ipi_medical_devices, call_off(&fa_from, eur_cents(100'000'00)), {.supplier_id = "medtech-cn"}) ==
              truth::true_);
static_assert(fires(sa::ipi_medical_devices, call_off(&fa_small), {.supplier_id = "medtech-cn"}) == truth::false_);
static_assert(fires(sa::ipi_medical_devices, call_off(&fa_at), {.supplier_id = "medtech-cn"}) == truth::true_);
static_assert(fires(sa::ipi_medical_devices, call_off(&fa_undated), {.supplier_id = "medtech-cn"}) == truth::unknown);
static_assert(fires(sa::ipi_medical_devices, call_off(&fa_from), {.supplier_id = "integrator-fr"}) == truth::false_);
static_assert(fires(sa::ipi_prc_origin_cap, call_off(&fa_before, eur_cents(6'000'000'00), 9000),
                    {.supplier_id = "integrator-fr"}) == truth::false_);
static_assert(fires(sa::ipi_prc_origin_cap, call_off(&fa_from, eur_cents(6'000'000'00), 5001),
                    {.supplier_id = "integrator-fr"}) == truth::true_);
static_assert(fires(sa::ipi_prc_origin_cap, call_off(&fa_from, eur_cents(6'000'000'00), 5000),
                    {.supplier_id = "integrator-fr"}) == truth::false_);
// Whether the contract is a call-off, not recorded: a PRC operator in scope is undecided.
constexpr contract call_off_unrecorded() {
  contract c = plain(eur_cents(6'000'000'00), date{2025, 9, 1});
  c.cpv = medical_cpv;
  return c;
}
static_assert(fires(sa::ipi_medical_devices, call_off_unrecorded(), {.supplier_id = "medtech-cn"}) == truth::unknown);
static_assert(fires(sa::ipi_medical_devices, call_off_unrecorded(), {.supplier_id = "integrator-fr"}) == truth::false_);
// Launched before 30 June 2025, it is outside either way: a call-off's framework agreement is
// launched no later than the call-off.
constexpr contract early_call_off_unrecorded() {
  contract c = plain(eur_cents(6'000'000'00), date{2025, 6, 29});
  c.cpv = medical_cpv;
  return c;
}
static_assert(fires(sa::ipi_medical_devices, early_call_off_unrecorded(), {.supplier_id = "medtech-cn"}) == truth::false_);
// A call-off cannot be launched before its framework agreement's procedure.
static_assert(validate(call_off(&fa_before)).has_value());
constexpr contract call_off_too_early() {
  contract c = call_off(&fa_from);
  c.launched = date{2025, 6, 29};
  return c;
}
static_assert(validate(call_off_too_early()).error().code == contract_errc::call_off_before_framework);

// ---- industrial security ------------------------------------------------------------------------
namespace is = oversight::policies::industrial_security;
static_assert(fires(is::facility_clearance, pr_fixture::storage_contract) == truth::true_);
static_assert(fires(is::facility_clearance, pr_fixture::storage_contract, {.supplier_id = "integrator-fr"}) ==
              truth::false_);
constexpr contract classified(security_level level) {
  contract c = without_subcontracts();
  c.highest_classification = level;
  return c;
}
// EU SECRET valid until 31 December 2026; afterwards only NATO CONFIDENTIAL.
static_assert(fires(is::facility_clearance, classified(security_level::secret),
                    {.supplier_id = "integrator-fr", .on = date{2026, 12, 31}}) == truth::false_);
static_assert(fires(is::facility_clearance, classified(security_level::secret),
                    {.supplier_id = "integrator-fr", .on = date{2027, 1, 1}}) == truth::true_);
static_assert(fires(is::facility_clearance, classified(security_level::confidential),
                    {.supplier_id = "integrator-fr", .on = date{2027, 1, 1}}) == truth::false_);
// RESTRICTED needs no clearance, only clauses.
static_assert(fires(is::facility_clearance, classified(security_level::restricted)) == truth::false_);
static_assert(fires(is::restricted_clauses, classified(security_level::restricted)) == truth::true_);
static_assert(fires(is::restricted_clauses, classified(security_level::confidential)) == truth::false_);
// Subcontractors: ru-owned-de holds no clearance.
static_assert(fires(is::subcontractor_clearance, pr_fixture::storage_contract) == truth::true_);
constexpr std::array<subcontract, 1> cleared_only{{{"integrator-fr", share::basis_points(2000)}}};
constexpr contract cleared_subcontractor() {
  contract c = pr_fixture::storage_contract;
  c.subcontracts = cleared_only;
  return c;
}
static_assert(fires(is::subcontractor_clearance, cleared_subcontractor()) == truth::false_);
static_assert(decide(is::policy, cleared_subcontractor(), {.supplier_id = "integrator-fr"}) == vk::permit);

// ---- collective defence (a proposal) ------------------------------------------------------------
namespace cd = oversight::policies::collective_defence;
static_assert(collective_defence_vote(cd::policy, answer::yes) == vk::permit);
static_assert(collective_defence_vote(cd::policy, answer::abstain) == vk::permit);  // Art. 238(4) model
static_assert(collective_defence_vote(cd::policy, answer::none) == vk::review);
static_assert(collective_defence_vote(cd::policy, answer::no) == vk::deny);
static_assert(collective_defence_vote(cd::policy, answer::none, false) == vk::indeterminate);
static_assert(collective_defence_vote(cd::policy, answer::no, true, false) == vk::permit);
// Another consent rule as the template argument: abstention blocks.
static_assert(collective_defence_vote(cd::policy_with<consent::unanimity{consent::abstention::blocks}>,
                                      answer::abstain) != vk::permit);

// ---- the combined SITEL policy ------------------------------------------------------------------
namespace st = oversight::policies::sitel;
static_assert(decide(st::policy, pr_fixture::storage_contract) == vk::deny);
static_assert(!check(st::policy, pr_fixture::storage_case{}, as_of(date{2025, 7, 7})));
static_assert(decide(st::policy, cleared_subcontractor(),
                     {.supplier_id = "integrator-fr", .procedure = {.eu_wide_notice = true, .essential_security_interest_invoked = false, .excluded_under = exclusion_ground::none}}) == vk::permit);

}  // namespace
