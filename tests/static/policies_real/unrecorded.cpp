// Not recorded is unknown, never a default (see unrecorded.hpp), in static_assert.
#include "../../runtime/policies_real/unrecorded.hpp"

namespace {
using namespace oversight;
using namespace pr_unrecorded;
using vk = verdict_kind;
namespace pol = oversight::policies;

// ---- contract fields left out are unknown facts ------------------------------------------------
static_assert(!fact_of(facts::contract_purpose, sparse()).has_value());
static_assert(!fact_of(facts::contract_sector, sparse()).has_value());
static_assert(!fact_of(facts::supplier_access, sparse()).has_value());
static_assert(!fact_of(facts::firmware_control, sparse()).has_value());
static_assert(!fact_of(facts::remote_maintenance, sparse()).has_value());
static_assert(!fact_of(facts::classification_level, sparse()).has_value());
static_assert(!fact_of(facts::collective_defence, sparse()).has_value());
static_assert(fact_of(facts::contract_type, sparse()) == contract_object::services);
// ... and so are the facts derived from them: the defence scope and the regime.
static_assert(!fact_of(facts::contract_scope, sparse()).has_value());
static_assert(!fact_of(facts::regime, sparse()).has_value());
// Derived facts still decide where what is recorded suffices (Kleene): defence is military
// whatever the classification; an unclassified general contract is outside 2009/81.
constexpr contract with_purpose(std::optional<purpose> aim, std::optional<sector> field,
                                std::optional<security_level> level) {
  contract c = sparse();
  c.aim = aim;
  c.field = field;
  c.highest_classification = level;
  return c;
}
static_assert(fact_of(facts::contract_scope, with_purpose(purpose::defence, std::nullopt, std::nullopt)) ==
              defence_scope::military);
static_assert(fact_of(facts::contract_scope, with_purpose(std::nullopt, sector::defence, std::nullopt)) ==
              defence_scope::military);
static_assert(!fact_of(facts::contract_scope, with_purpose(purpose::general, std::nullopt, security_level::none))
                   .has_value());  // the sector could be defence
static_assert(fact_of(facts::contract_scope, with_purpose(purpose::general, sector::health, std::nullopt)) ==
              defence_scope::none);
static_assert(!fact_of(facts::contract_scope, with_purpose(purpose::lawful_interception, sector::general,
                                                          std::nullopt))
                   .has_value());  // sensitive only if classified
static_assert(fact_of(facts::contract_scope, with_purpose(purpose::lawful_interception, sector::general,
                                                         security_level::restricted)) == defence_scope::sensitive);
static_assert(fact_of(facts::regime, with_purpose(purpose::general, sector::health, std::nullopt)) ==
              procurement_regime::classic);
// (Built afresh rather than by resetting a member: Clang 14 rejects, in constant evaluation,
// a copy of an optional that was reset.)
constexpr contract unknown_kind() {
  return contract{.id = "unknown-kind",
                  .authority = {"Example Agency", country{"ES"}},
                  .estimated_value = pr_cases::eur_cents(1'00),
                  .object = contract_object::services,
                  .field = sector::health,
                  .aim = purpose::general,
                  .launched = date{2025, 3, 3}};
}
static_assert(!fact_of(facts::regime, unknown_kind()).has_value());

// A rule that reads an unrecorded field is Indeterminate, never NotApplicable: a designated
// supplier on a contract whose purpose is not recorded may be serving a critical system.
static_assert(fires(pol::hrs::high_risk_supplier, sparse()) == truth::unknown);
static_assert(decide(pol::hrs::policy, sparse()) == vk::indeterminate);
// The same contract, its purpose recorded as general: decided.
static_assert(fires(pol::hrs::high_risk_supplier, with_purpose(purpose::general, sector::general,
                                                               security_level::none)) == truth::false_);
// Supplier access not recorded: a supplier bound to cooperate with intelligence work (through
// its Chinese parent) on a lawful-interception system cannot come out permitted.
constexpr contract interception_access_unrecorded() {
  return with_purpose(purpose::lawful_interception, sector::justice_and_home_affairs, security_level::none);
}
static_assert(fires(pol::foreign_access::intelligence_cooperation, interception_access_unrecorded()) ==
              truth::unknown);
static_assert(decide(pol::foreign_access::policy, interception_access_unrecorded()) != vk::permit);

// ---- subcontracts and CPV codes not recorded ----------------------------------------------------
// Not recorded: a quantifier over them is unknown unless a recorded element decides it.
static_assert(fires(pol::dir_2009_81::subcontracting, pr_fixture::storage_contract) == truth::true_);
constexpr contract storage_subcontracts_unrecorded() {
  const contract& s = pr_fixture::storage_contract;
  return contract{.id = s.id,
                  .authority = s.authority,
                  .main_supplier = s.main_supplier,
                  .estimated_value = s.estimated_value,
                  .object = s.object,
                  .cpv = s.cpv,
                  .field = s.field,
                  .aim = s.aim,
                  .supplier_access = s.supplier_access,
                  .firmware_and_updates = s.firmware_and_updates,
                  .remote_maintenance = s.remote_maintenance,
                  .highest_classification = s.highest_classification,
                  .collective_defence = s.collective_defence,
                  .launched = s.launched};
}
static_assert(fires(pol::dir_2009_81::subcontracting, storage_subcontracts_unrecorded()) == truth::unknown);
static_assert(fires(pol::hrs::high_risk_subcontractor, storage_subcontracts_unrecorded()) == truth::unknown);
// An unrecorded subcontract is arbitrary: a body no subcontract could satisfy still decides.
// With nothing classified no subcontractor can lack a clearance for it...
constexpr contract unclassified_subcontracts_unrecorded() {
  const contract& s = pr_fixture::storage_contract;
  return contract{.id = s.id,
                  .authority = s.authority,
                  .main_supplier = s.main_supplier,
                  .estimated_value = s.estimated_value,
                  .object = s.object,
                  .cpv = s.cpv,
                  .field = s.field,
                  .aim = s.aim,
                  .supplier_access = s.supplier_access,
                  .highest_classification = security_level::none,
                  .launched = s.launched};
}
static_assert(fires(pol::industrial_security::subcontractor_clearance, unclassified_subcontracts_unrecorded()) ==
              truth::false_);
// ... while with CONFIDENTIAL information an unrecorded subcontractor may lack one.
static_assert(fires(pol::industrial_security::subcontractor_clearance, storage_subcontracts_unrecorded()) ==
              truth::unknown);
// Recorded as none: decided.
constexpr contract storage_without_subcontracts() {
  contract c = pr_fixture::storage_contract;
  c.subcontracts = no_subcontracts;
  return c;
}
static_assert(fires(pol::dir_2009_81::subcontracting, storage_without_subcontracts()) == truth::false_);
// CPV codes not recorded: the IPI measure on medical devices cannot be ruled out ...
constexpr contract medical_cpv(std::optional<std::span<const cpv_code>> cpv) {
  const contract m = pr_cases::medical_share(eur_cents(6'000'000'00), date{2025, 7, 1}, 6000);
  return contract{.id = m.id,
                  .authority = m.authority,
                  .main_supplier = m.main_supplier,
                  .estimated_value = m.estimated_value,
                  .object = m.object,
                  .cpv = cpv,
                  .subcontracts = m.subcontracts,
                  .launched = m.launched,
                  .prc_origin_share_bp = m.prc_origin_share_bp,
                  .framework = m.framework};
}
constexpr contract medical_unrecorded_cpv() { return medical_cpv(std::nullopt); }
static_assert(fires(pol::sanctions::ipi_prc_origin_cap, medical_unrecorded_cpv()) == truth::unknown);
// ... recorded without any code, it can.
constexpr contract medical_no_cpv() { return medical_cpv(no_cpv_codes); }
static_assert(fires(pol::sanctions::ipi_prc_origin_cap, medical_no_cpv()) == truth::false_);

// ---- a supplier read from data: lists not recorded are unknown -----------------------------------
static_assert(!supplier_fact(facts::supplier_designated_high_risk, from_data, from_data_owners).has_value());
static_assert(!supplier_fact(facts::supplier_clearance, from_data, from_data_owners).has_value());
static_assert(!supplier_fact(facts::supplier_crypto_certified, from_data, from_data_owners).has_value());
static_assert(!supplier_fact(facts::supplier_incorporated, from_data, from_data_owners).has_value());
static_assert(supplier_fact(facts::supplier_hq, from_data, from_data_owners) == country{"ES"});
// Owners not recorded: the controller is unknown, never the supplier itself.
static_assert(!supplier_fact(facts::controller_state, from_data, from_data_owners).has_value());
static_assert(!from_data_owners.ultimate_controller("from-data").has_value());
static_assert(from_data_owners.ultimate_controller("from-data").error().code == ownership_errc::owners_not_recorded);
// Obligations: none binds for sure, every kind may.
static_assert(supplier_fact(facts::supplier_bound_by, from_data, from_data_owners)->binds(
                  obligation_kind::intelligence_cooperation_duty) == truth::unknown);
static_assert(supplier_fact(facts::supplier_bound_by, from_data, from_data_owners)->binds(
                  obligation_kind::compelled_disclosure) == truth::unknown);
// A supplier recorded as incorporated in CN is bound for sure, even with its owners unknown.
inline constexpr supplier cn_from_data{.id = "cn-from-data",
                                       .name = "A Chinese supplier read from data",
                                       .incorporated_in = country{"CN"},
                                       .headquarters = country{"CN"},
                                       .recorded = recorded_lists::none};
inline constexpr std::array<supplier, 1> cn_registry{{cn_from_data}};
inline constexpr ownership_view cn_owners = ownership_view::checked({}, cn_registry);
static_assert(supplier_fact(facts::supplier_bound_by, cn_from_data, cn_owners)->binds(
                  obligation_kind::intelligence_cooperation_duty) == truth::true_);
// Designations not recorded, purpose recorded as critical: the high-risk rule is undecided.
constexpr contract critical() {
  return with_purpose(purpose::critical_infrastructure, sector::energy, security_level::none);
}
static_assert(decide_with(pol::hrs::policy, critical(), from_data, from_data_owners) == vk::indeterminate);
// No supplier recorded (a tender without an award): every supplier fact is unknown.
static_assert(!supplier_fact(facts::supplier_hq, no_supplier_recorded, ownership_view({}, {})).has_value());

// ---- the buyer under EU law on the launch day ----------------------------------------------------
static_assert(fact_of(facts::buyer_under_eu_law, plain(eur_cents(1'00))) == true);
static_assert(fact_of(facts::buyer_under_eu_law, bought_in(country{"UA"}, eur_cents(1'00), date{2017, 4, 12})) ==
              false);
// Croatia from 1 July 2013 (Act of Accession 2012).
static_assert(fact_of(facts::buyer_under_eu_law, bought_in(country{"HR"}, eur_cents(1'00), date{2013, 6, 30})) ==
              false);
static_assert(fact_of(facts::buyer_under_eu_law, bought_in(country{"HR"}, eur_cents(1'00), date{2013, 7, 1})) ==
              true);
// The United Kingdom: a member state to 31 January 2020, under Union law to 31 December 2020.
static_assert(fact_of(facts::buyer_under_eu_law, bought_in(country{"GB"}, eur_cents(1'00), date{2020, 12, 31})) ==
              true);
static_assert(fact_of(facts::buyer_under_eu_law, bought_in(country{"GB"}, eur_cents(1'00), date{2021, 1, 1})) ==
              false);
// State or launch day not recorded: unknown.
constexpr contract stateless() {
  return contract{.id = "stateless",
                  .authority = {"Example Agency", std::nullopt, authority_kind::central_government},
                  .estimated_value = eur_cents(1'00),
                  .object = contract_object::supplies,
                  .launched = date{2025, 3, 3}};
}
static_assert(!fact_of(facts::buyer_under_eu_law, stateless()).has_value());
static_assert(!fact_of(facts::buyer_under_eu_law, plain(eur_cents(1'00), std::nullopt)).has_value());
// A buyer outside the EU: the tender rule does not apply and the policy says why.
static_assert(tender_rule(bought_in(country{"UA"}, eur_cents(10'000'000'00), date{2025, 3, 3})) == truth::false_);
static_assert(fires(pol::thresholds::outside_eu, bought_in(country{"UA"}, eur_cents(10'000'000'00),
                                                         date{2025, 3, 3})) == truth::true_);
static_assert(fires(pol::thresholds::outside_eu, plain(eur_cents(10'000'000'00))) == truth::false_);
static_assert(fires(pol::thresholds::outside_eu, stateless()) == truth::false_);  // silent, not a guess

// ---- thresholds in national currencies -----------------------------------------------------------
constexpr money sek(std::int64_t whole) { return money::minor(whole * 100, currency{"SEK"}); }
constexpr money gbp(std::int64_t whole) { return money::minor(whole * 100, currency{"GBP"}); }
constexpr money pln(std::int64_t whole) { return money::minor(whole * 100, currency{"PLN"}); }
// Sweden 2024-2025, central government supplies: SEK 1,546,202 (notice C/2023/902).
static_assert(tender_rule(bought_in(country{"SE"}, sek(1'546'202), date{2024, 5, 1})) == truth::true_);
static_assert(tender_rule(bought_in(country{"SE"}, money::minor(1'546'201'99, currency{"SEK"}),
                                    date{2024, 5, 1})) == truth::false_);
// The United Kingdom 2016-2017: GBP 106,047 (2015/C 392/01).
static_assert(tender_rule(bought_in(country{"GB"}, gbp(106'047), date{2016, 5, 1})) == truth::true_);
static_assert(tender_rule(bought_in(country{"GB"}, gbp(106'046), date{2016, 5, 1})) == truth::false_);
// Poland 2024-2025: PLN 663,105.
static_assert(tender_rule(bought_in(country{"PL"}, pln(663'105), date{2024, 5, 1})) == truth::true_);
static_assert(tender_rule(bought_in(country{"PL"}, money::minor(663'104'99, currency{"PLN"}), date{2024, 5, 1})) ==
              truth::false_);
// No figure encoded for CZK: unknown, never converted.
static_assert(tender_rule(bought_in(country{"CZ"}, money::minor(100'000'000'00, currency{"CZK"}), date{2024, 5, 1})) ==
              truth::unknown);
// No SEK figure for 2026-2027: unknown.
static_assert(tender_rule(bought_in(country{"SE"}, sek(100'000'000), date{2026, 5, 1})) == truth::unknown);
// EUR in any member state is compared with the EUR figure.
static_assert(tender_rule(bought_in(country{"SE"}, eur_cents(143'000'00), date{2024, 5, 1})) == truth::true_);
// The lookup itself.
static_assert(pol::thresholds::corresponding(pol::thresholds::eur(143'000), currency{"HUF"}, date{2025, 12, 31}) ==
              money::minor(54'747'550'00, currency{"HUF"}));
static_assert(!pol::thresholds::corresponding(pol::thresholds::eur(143'000), currency{"HUF"}, date{2026, 1, 1})
                   .has_value());

}  // namespace

// ---- a screening is judged on its own day when the check gives none -----------------------------
namespace {
constexpr contract general_with_access() {
  contract c = pr_cases::plain(pr_cases::eur_cents(100'000'00));
  c.supplier_access = data_access::content;
  return c;
}
constexpr verdict_kind on_its_day(date day) {
  const contract c = general_with_access();
  const screening s{.deal = c,
                    .main_supplier = pr_cases::supplier_named("vendor-iberia"),
                    .owners = pr_fixture::owners,
                    .subcontractors = pr_fixture::suppliers,
                    .on = day};
  return check(oversight::policies::hrs::policy, s).kind;  // no context: the screening's day
}
// NIS2 applies from 18 October 2024 (Art. 41(1)): the supply-chain review is due from that day.
static_assert(on_its_day(date{2024, 10, 17}) == verdict_kind::permit);
static_assert(on_its_day(date{2024, 10, 18}) == verdict_kind::review);
}  // namespace

// ---- which regime and threshold apply: the contract alone ---------------------------------------
namespace {
using oversight::policies::thresholds::applicable_threshold;
constexpr contract ministry_services(std::optional<money> value, std::optional<bool> social,
                                     std::optional<authority_kind> kind = authority_kind::central_government) {
  return contract{.id = "services",
                  .authority = {"Ministry", country{"ES"}, kind},
                  .estimated_value = value,
                  .object = contract_object::services,
                  .field = sector::general,
                  .aim = purpose::general,
                  .launched = date{2024, 5, 1},
                  .social_services = social};
}
// Directive 2014/24 Art. 4(b) as amended by Delegated Regulation 2023/2495: EUR 143,000.
static_assert(applicable_threshold(ministry_services(money::minor(150'000'00, currency{"EUR"}), false)).regime ==
              procurement_regime::classic);
static_assert(applicable_threshold(ministry_services(money::minor(150'000'00, currency{"EUR"}), false)).threshold ==
              money::minor(143'000'00, currency{"EUR"}));
static_assert(applicable_threshold(ministry_services(money::minor(150'000'00, currency{"EUR"}), false)).reached ==
              truth::true_);
static_assert(applicable_threshold(ministry_services(money::minor(140'000'00, currency{"EUR"}), false)).reached ==
              truth::false_);
// Not recorded whether they are social services: 143,000 or 750,000 (Art. 4(d)), so no figure;
// EUR 800,000 reaches either, EUR 150,000 only one.
static_assert(!applicable_threshold(ministry_services(money::minor(800'000'00, currency{"EUR"}), std::nullopt))
                   .threshold.has_value());
static_assert(applicable_threshold(ministry_services(money::minor(800'000'00, currency{"EUR"}), std::nullopt)).reached ==
              truth::true_);
static_assert(applicable_threshold(ministry_services(money::minor(150'000'00, currency{"EUR"}), std::nullopt)).reached ==
              truth::unknown);
// A value in SEK is compared with the corresponding value (Commission notice C/2023/902).
static_assert(applicable_threshold(ministry_services(money::minor(1'000'000'00, currency{"SEK"}), false))
                  .in_contract_currency->unit() == currency{"SEK"});
// No value: the figure, and nothing to compare it with.
static_assert(applicable_threshold(ministry_services(std::nullopt, false)).threshold.has_value());
static_assert(!applicable_threshold(ministry_services(std::nullopt, false)).in_contract_currency.has_value());
static_assert(applicable_threshold(ministry_services(std::nullopt, false)).reached == truth::unknown);
// No kind of buyer: no regime, no threshold (so are the sector and purpose, which decide whether
// Directive 2009/81 governs instead).
// (Built afresh: Clang 14 cannot copy, in a constant expression, an optional that was reset.)
constexpr contract unknown_buyer() {
  return ministry_services(money::minor(150'000'00, currency{"EUR"}), false, std::nullopt);
}
static_assert(!applicable_threshold(unknown_buyer()).regime.has_value());
static_assert(!applicable_threshold(unknown_buyer()).threshold.has_value());
}  // namespace
