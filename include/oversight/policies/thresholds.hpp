// oversight: which EU procurement regime applies, and its thresholds by period.
//
// The EU procurement directives apply to a contract whose estimated value, net of VAT, is
// "equal to or greater than" a threshold (Directive 2014/24/EU Art. 4; 2014/25/EU Art. 15;
// 2014/23/EU Art. 8; 2009/81/EC Art. 8: "no less than"). The Commission revises the
// thresholds every two years with effect from 1 January (2014/24 Art. 6; 2014/25 Art. 17;
// 2014/23 Art. 9; 2009/81 Art. 68). A contract is judged by the thresholds in force on the day
// its procedure is launched (`facts::procedure_launched`), not the day of the check.
//
// `eu_thresholds` is a DMN decision table (hit policy UNIQUE) over the regime, the object, the
// kind of authority, the launch day, and three inputs read only where they choose a row: social
// and other specific services, a buyer in the field of defence, products in 2014/24 Annex III.
// Its output is the threshold. No row matches for a period or regime not encoded here, and an
// input the row needs that is not recorded leaves the match unknown: the threshold is then
// unknown and a rule over it Indeterminate, never silently "below" -- unless the missing input
// is a yes/no and the comparison comes out the same for both answers (EUR 10 million is above
// the threshold of services, social or not), which the comparison with the table checks.
//
// Encoded (facts sheet section 4; confidence H unless noted):
//   2014/24 (classic): works 5,225,000 / 5,538,000 / 5,404,000; supplies and services of central
//     government authorities 135,000 / 143,000 / 140,000; of sub-central authorities 209,000 /
//     221,000 / 216,000 (2016-2017 / 2024-2025 / 2026-2027; 2016-2017 read in Delegated
//     Regulation 2015/2170 itself);
//   2014/24 Art. 4(b) second subparagraph: a central government authority operating in the field
//     of defence buying products not listed in Annex III has the sub-central figure (4(c));
//     wording checked against the Commission's thresholds page, which lists "supplies contracts
//     awarded by contracting authorities operating in the field of defence", Annex III products
//     at the central figure and other products at the sub-central one (H);
//   2014/24 Art. 4(d): social and other specific services (Annex XIV) 750,000 in every period;
//     2014/25 Art. 15(c): Annex XVII services 1,000,000 in every period. The delegated regulations
//     amend only 4(a)-(c) and 15(a)-(b) (2015/2170 Art. 1 as read; the consolidated 2014/25
//     Art. 15 of 2024 still reads 1,000,000 beside 443,000; the Commission's page lists 750,000
//     for 2020-2021 and 2024-2025): fixed in the directives (H);
//   2014/25 (utilities): supplies and services 418,000 / 443,000 / 432,000, works 5,225,000 /
//     5,538,000 / 5,404,000. The 2016-2017 figures (Delegated Regulation 2015/2171) are confidence
//     M: the regulation's own Art. 1 was not read (its title and recitals were); they rest on the
//     Commission's 2015 announcement as reported, a national transposition of Art. 15 (EL) and
//     the 2018 amendment replacing "418 000" and "5 225 000";
//   2014/23 (concessions): 5,225,000 / 5,538,000 / 5,404,000; 2016-2017 (Delegated Regulation
//     2015/2172) confidence M on the same grounds;
//   2009/81 (defence and security): supplies and services 443,000 / 432,000, works 5,538,000 /
//     5,404,000; the 2026-2027 figures are derived from the Art. 68(1) alignment with 2014/25
//     that the recitals of Delegated Regulation 2025/2487 state (confidence M).
// Thresholds in national currencies. For the member states outside the euro area the
// Commission publishes, with each revision, the "corresponding values" of every threshold in
// their currencies (Official Journal, C series; one figure per currency for each distinct EUR
// amount). A contract valued in such a currency is compared with its own currency's figure, and
// the finding quotes it; a currency the period has no figure for here leaves the threshold
// unknown (never a converted guess). Encoded (`corresponding_values`; confidence M: the notices'
// tables were not read in the Official Journal itself, the figures are those the member states'
// procurement authorities republish from them, each consistent with one exchange rate per
// currency and period):
//   2016-2017, Commission communications 2015/C 392/01 (OJ C 392, 25.11.2015; 2014/23, 2014/24,
//     2014/25) and 2015/C 418/01 (OJ C 418, 16.12.2015; 2009/81): GBP (CMS, Mills & Reeve,
//     Anthony Collins), DKK (Konkurrence- og Forbrugerstyrelsen), SEK for 135,000, 209,000,
//     418,000 and 5,225,000 (Swedish authorities' guidance);
//   2024-2025, Commission notice C/2023/902 (OJ C, 16.11.2023): SEK (Upphandlingsmyndigheten;
//     not EUR 1,000,000), DKK for 143,000, 221,000 and 750,000 (KFST), HUF for all but 443,000
//     (Kbt. figures), RON for all but 443,000 (ANAP), PLN (the Public Procurement Office's notice
//     M.P. 2023 poz. 1344, at the rate it takes from C/2023/902; four Polish sources agree).
// Not encoded: BGN and CZK in every period, PLN before 2024, and every currency for 2026-2027 (the
// notice of 23.10.2025, C/2025/5732, was not found in a readable form; the Czech decree's and
// Romania's 2016 figures are national rounding, not the notice's). A buyer whose state is not an EU
// member state on the launch day is outside the directives (`facts::buyer_under_eu_law`;
// the United Kingdom up to the end of the transition period, 31 December 2020), and the policy
// says so (`procurement.outside-eu`).
//
// Not encoded: 2009/81 in 2016-2017. The act said to set them (2015/2340) could not be found in
// any source read, and the later revision of 2009/81 (2017/2367) is a Commission Regulation, not
// a delegated one, so neither the number nor the figures are confirmed. Periods 2018-2023.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/contract.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/screening/facts.hpp>
#include <oversight/domain/money.hpp>
#include <oversight/rules.hpp>
#include <oversight/policies/transpositions.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>

OVERSIGHT_BEGIN_NAMESPACE
namespace policies::thresholds {

/// EUR `whole` (net of VAT), for the tables below.
consteval money eur(std::int64_t whole) { return money::minor(whole * 100, currency{"EUR"}); }
/// `whole` units of currency `code` (the national figures are whole units).
consteval money whole_units(std::int64_t whole, currency code) { return money::minor(whole * code.minor_per_unit(), code); }

/// The biennial periods of the thresholds encoded here (both days included).
inline constexpr period period_2016_2017{date{2016, 1, 1}, date{2017, 12, 31}};
inline constexpr period period_2024_2025{date{2024, 1, 1}, date{2025, 12, 31}};
inline constexpr period period_2026_2027{date{2026, 1, 1}, date{2027, 12, 31}};

// ---- legal bases -------------------------------------------------------------------------------

inline constexpr legal_basis directive_2014_24{"Directive 2014/24/EU", "Art. 4 (threshold amounts)",
                                                "http://data.europa.eu/eli/dir/2014/24/oj"};
inline constexpr legal_basis directive_2014_25{"Directive 2014/25/EU", "Art. 15 (threshold amounts)",
                                                "http://data.europa.eu/eli/dir/2014/25/oj"};
inline constexpr legal_basis directive_2014_23{"Directive 2014/23/EU", "Art. 8 (thresholds)",
                                                "http://data.europa.eu/eli/dir/2014/23/oj"};
inline constexpr legal_basis directive_2009_81{"Directive 2009/81/EC", "Art. 8 (thresholds)",
                                                "http://data.europa.eu/eli/dir/2009/81/oj"};
/// Amends 2014/24 Art. 4 from 1 January 2016 (text read on legislation.gov.uk).
inline constexpr legal_basis reg_2015_2170{"Commission Delegated Regulation (EU) 2015/2170",
                                            "Art. 1 (thresholds from 1 January 2016)",
                                            "http://data.europa.eu/eli/reg_del/2015/2170/oj"};
/// Amends 2014/25 Art. 15 from 1 January 2016 (Art. 1 not read: confidence M).
inline constexpr legal_basis reg_2015_2171{"Commission Delegated Regulation (EU) 2015/2171",
                                            "thresholds of Directive 2014/25/EU from 1 January 2016",
                                            "http://data.europa.eu/eli/reg_del/2015/2171/oj"};
/// Amends 2014/23 Art. 8(1) from 1 January 2016 (Art. 1 not read: confidence M).
inline constexpr legal_basis reg_2015_2172{"Commission Delegated Regulation (EU) 2015/2172",
                                            "thresholds of Directive 2014/23/EU from 1 January 2016",
                                            "http://data.europa.eu/eli/reg_del/2015/2172/oj"};
/// The thresholds that are not revised: social and other specific services.
inline constexpr legal_basis directive_2014_24_social{"Directive 2014/24/EU",
                                                       "Art. 4(d) (social and other specific services, Annex XIV)",
                                                       "http://data.europa.eu/eli/dir/2014/24/oj"};
inline constexpr legal_basis directive_2014_25_social{"Directive 2014/25/EU",
                                                       "Art. 15(c) (social and other specific services, Annex XVII)",
                                                       "http://data.europa.eu/eli/dir/2014/25/oj"};
/// Central government authorities in the field of defence buying products outside Annex III.
inline constexpr legal_basis directive_2014_24_defence{"Directive 2014/24/EU",
                                                        "Art. 4(b) second subparagraph, Annex III (products bought "
                                                        "by authorities in the field of defence)",
                                                        "http://data.europa.eu/eli/dir/2014/24/oj"};
inline constexpr legal_basis reg_2023_2495{"Commission Delegated Regulation (EU) 2023/2495",
                                            "thresholds of Directive 2014/24/EU from 1 January 2024",
                                            "http://data.europa.eu/eli/reg_del/2023/2495/oj"};
inline constexpr legal_basis reg_2023_2496{"Commission Delegated Regulation (EU) 2023/2496",
                                            "thresholds of Directive 2014/25/EU from 1 January 2024",
                                            "http://data.europa.eu/eli/reg_del/2023/2496/oj"};
inline constexpr legal_basis reg_2023_2497{"Commission Delegated Regulation (EU) 2023/2497",
                                            "thresholds of Directive 2014/23/EU from 1 January 2024",
                                            "http://data.europa.eu/eli/reg_del/2023/2497/oj"};
inline constexpr legal_basis reg_2023_2510{"Commission Delegated Regulation (EU) 2023/2510",
                                            "thresholds of Directive 2009/81/EC from 1 January 2024",
                                            "http://data.europa.eu/eli/reg_del/2023/2510/oj"};
inline constexpr legal_basis reg_2025_2152{"Commission Delegated Regulation (EU) 2025/2152",
                                            "thresholds of Directive 2014/24/EU from 1 January 2026",
                                            "http://data.europa.eu/eli/reg_del/2025/2152/oj"};
inline constexpr legal_basis reg_2025_2150{"Commission Delegated Regulation (EU) 2025/2150",
                                            "thresholds of Directive 2014/25/EU from 1 January 2026",
                                            "http://data.europa.eu/eli/reg_del/2025/2150/oj"};
inline constexpr legal_basis reg_2025_2151{"Commission Delegated Regulation (EU) 2025/2151",
                                            "thresholds of Directive 2014/23/EU from 1 January 2026",
                                            "http://data.europa.eu/eli/reg_del/2025/2151/oj"};
inline constexpr legal_basis reg_2025_2487{"Commission Delegated Regulation (EU) 2025/2487",
                                            "thresholds of Directive 2009/81/EC from 1 January 2026",
                                            "http://data.europa.eu/eli/reg_del/2025/2487/oj"};

// ---- the table ---------------------------------------------------------------------------------

namespace detail {
inline constexpr auto supplies_or_services = is(contract_object::supplies, contract_object::services);
inline constexpr auto supplies = is(contract_object::supplies);
inline constexpr auto services = is(contract_object::services);
inline constexpr auto works = is(contract_object::works);
inline constexpr auto central = is(authority_kind::central_government);
inline constexpr auto sub_central = is(authority_kind::sub_central, authority_kind::other);
inline constexpr auto classic = is(procurement_regime::classic);
inline constexpr auto utilities = is(procurement_regime::utilities);
inline constexpr auto concessions = is(procurement_regime::concessions);
inline constexpr auto defence = is(procurement_regime::defence_and_security);
inline constexpr auto yes = is(true);
inline constexpr auto no = is(false);
}  // namespace detail

// ---- the figures, by period -----------------------------------------------------------------

/// Directive 2014/24/EU Art. 4: (a) works, (b) supplies and services of central government
/// authorities, (c) of sub-central authorities; (d) social and other specific services (Annex
/// XIV), a figure the biennial revisions leave unchanged.
struct classic_figures {
  period in_force;
  money works, central, sub_central, social_services;
};
/// Directive 2014/25/EU Art. 15: (a) supplies and services, (b) works, (c) social and other
/// specific services (Annex XVII), unchanged by the revisions.
struct utilities_figures {
  period in_force;
  money supplies_and_services, works, social_services;
};
/// Directive 2014/23/EU Art. 8(1): works and services concessions alike.
struct concessions_figures {
  period in_force;
  money concessions;
};
/// Directive 2009/81/EC Art. 8: (a) supplies and services, (b) works.
struct defence_figures {
  period in_force;
  money supplies_and_services, works;
};

inline constexpr classic_figures classic_2016_2017{period_2016_2017, eur(5'225'000), eur(135'000), eur(209'000),
                                                   eur(750'000)};
inline constexpr classic_figures classic_2024_2025{period_2024_2025, eur(5'538'000), eur(143'000), eur(221'000),
                                                   eur(750'000)};
inline constexpr classic_figures classic_2026_2027{period_2026_2027, eur(5'404'000), eur(140'000), eur(216'000),
                                                   eur(750'000)};
inline constexpr utilities_figures utilities_2016_2017{period_2016_2017, eur(418'000), eur(5'225'000),
                                                       eur(1'000'000)};
inline constexpr utilities_figures utilities_2024_2025{period_2024_2025, eur(443'000), eur(5'538'000),
                                                       eur(1'000'000)};
inline constexpr utilities_figures utilities_2026_2027{period_2026_2027, eur(432'000), eur(5'404'000),
                                                       eur(1'000'000)};
inline constexpr concessions_figures concessions_2016_2017{period_2016_2017, eur(5'225'000)};
inline constexpr concessions_figures concessions_2024_2025{period_2024_2025, eur(5'538'000)};
inline constexpr concessions_figures concessions_2026_2027{period_2026_2027, eur(5'404'000)};
inline constexpr defence_figures defence_2024_2025{period_2024_2025, eur(443'000), eur(5'538'000)};
inline constexpr defence_figures defence_2026_2027{period_2026_2027, eur(432'000), eur(5'404'000)};

// ---- the figures in national currencies ------------------------------------------------------

/// One corresponding value: during `in_force`, the EUR threshold `eur` is `national` in a
/// currency of a member state outside the euro area.
struct corresponding_value {
  period in_force;
  money eur;
  money national;
};

/// The Commission's notices of corresponding values, as cited in the header comment.
inline constexpr legal_basis notice_2015_c_392{"Commission communication 2015/C 392/01 (OJ C 392, 25.11.2015)",
                                               "corresponding values of the thresholds of Directives 2014/23/EU, "
                                               "2014/24/EU and 2014/25/EU, 2016-2017"};
inline constexpr legal_basis notice_2015_c_418{"Commission communication 2015/C 418/01 (OJ C 418, 16.12.2015)",
                                               "corresponding values of the thresholds of Directive 2009/81/EC, "
                                               "2016-2017"};
inline constexpr legal_basis notice_c_2023_902{"Commission notice C/2023/902 (OJ C, 16.11.2023)",
                                               "corresponding values of the thresholds of Directives 2014/23/EU, "
                                               "2014/24/EU, 2014/25/EU and 2009/81/EC, 2024-2025"};

/// The national figures encoded (see the header comment for what is and is not here).
inline constexpr corresponding_value corresponding_values[] = {
    // 2016-2017, GBP (the United Kingdom was a member state throughout).
    {period_2016_2017, eur(135'000), whole_units(106'047, "GBP")},
    {period_2016_2017, eur(209'000), whole_units(164'176, "GBP")},
    {period_2016_2017, eur(418'000), whole_units(328'352, "GBP")},
    {period_2016_2017, eur(750'000), whole_units(589'148, "GBP")},
    {period_2016_2017, eur(1'000'000), whole_units(785'530, "GBP")},
    {period_2016_2017, eur(5'225'000), whole_units(4'104'394, "GBP")},
    // 2016-2017, DKK.
    {period_2016_2017, eur(135'000), whole_units(1'006'628, "DKK")},
    {period_2016_2017, eur(209'000), whole_units(1'558'409, "DKK")},
    {period_2016_2017, eur(418'000), whole_units(3'116'817, "DKK")},
    {period_2016_2017, eur(750'000), whole_units(5'592'375, "DKK")},
    {period_2016_2017, eur(1'000'000), whole_units(7'456'500, "DKK")},
    {period_2016_2017, eur(5'225'000), whole_units(38'960'213, "DKK")},
    // 2016-2017, SEK.
    {period_2016_2017, eur(135'000), whole_units(1'233'941, "SEK")},
    {period_2016_2017, eur(209'000), whole_units(1'910'323, "SEK")},
    {period_2016_2017, eur(418'000), whole_units(3'820'645, "SEK")},
    {period_2016_2017, eur(5'225'000), whole_units(47'758'068, "SEK")},
    // 2024-2025, SEK.
    {period_2024_2025, eur(143'000), whole_units(1'546'202, "SEK")},
    {period_2024_2025, eur(221'000), whole_units(2'389'585, "SEK")},
    {period_2024_2025, eur(443'000), whole_units(4'789'982, "SEK")},
    {period_2024_2025, eur(750'000), whole_units(8'109'450, "SEK")},
    {period_2024_2025, eur(5'538'000), whole_units(59'880'179, "SEK")},
    // 2024-2025, DKK.
    {period_2024_2025, eur(143'000), whole_units(1'064'177, "DKK")},
    {period_2024_2025, eur(221'000), whole_units(1'644'638, "DKK")},
    {period_2024_2025, eur(750'000), whole_units(5'581'350, "DKK")},
    // 2024-2025, HUF.
    {period_2024_2025, eur(143'000), whole_units(54'747'550, "HUF")},
    {period_2024_2025, eur(221'000), whole_units(84'609'850, "HUF")},
    {period_2024_2025, eur(750'000), whole_units(287'137'500, "HUF")},
    {period_2024_2025, eur(1'000'000), whole_units(382'850'000, "HUF")},
    {period_2024_2025, eur(5'538'000), whole_units(2'120'223'300, "HUF")},
    // 2024-2025, PLN (republished by the Polish Public Procurement Office, M.P. 2023 poz. 1344,
    // at the notice's rate).
    {period_2024_2025, eur(143'000), whole_units(663'105, "PLN")},
    {period_2024_2025, eur(221'000), whole_units(1'024'799, "PLN")},
    {period_2024_2025, eur(443'000), whole_units(2'054'235, "PLN")},
    {period_2024_2025, eur(750'000), whole_units(3'477'825, "PLN")},
    {period_2024_2025, eur(1'000'000), whole_units(4'637'100, "PLN")},
    {period_2024_2025, eur(5'538'000), whole_units(25'680'260, "PLN")},
    // 2024-2025, RON.
    {period_2024_2025, eur(143'000), whole_units(705'819, "RON")},
    {period_2024_2025, eur(221'000), whole_units(1'090'812, "RON")},
    {period_2024_2025, eur(750'000), whole_units(3'701'850, "RON")},
    {period_2024_2025, eur(1'000'000), whole_units(4'935'800, "RON")},
    {period_2024_2025, eur(5'538'000), whole_units(27'334'460, "RON")},
};

/// The threshold `eur` expressed in currency `unit` on day `launched`: itself for EUR, the
/// corresponding value where one is encoded, otherwise std::nullopt.
constexpr std::optional<money> corresponding(const money& eur_threshold, currency unit, date launched) noexcept {
  if (unit == eur_threshold.unit()) return eur_threshold;
  for (const corresponding_value& v : corresponding_values)
    if (v.national.unit() == unit && v.eur == eur_threshold && v.in_force.contains(launched)) return v.national;
  return std::nullopt;
}

namespace detail {

// The rows one period's figures give. Inputs: regime, object, authority, launch day, social
// services, buyer in the field of defence, products in Annex III.
template <class Table>
constexpr auto rows_of(const classic_figures& f) {
  const auto in_force = during(f.in_force);
  return std::array{
      Table::make_row(classic, works, any_value, in_force, any_value, any_value, any_value, f.works),
      Table::make_row(classic, services, central, in_force, no, any_value, any_value, f.central),
      Table::make_row(classic, services, sub_central, in_force, no, any_value, any_value, f.sub_central),
      Table::make_row(classic, services, any_value, in_force, yes, any_value, any_value, f.social_services),
      Table::make_row(classic, supplies, sub_central, in_force, any_value, any_value, any_value, f.sub_central),
      Table::make_row(classic, supplies, central, in_force, any_value, no, any_value, f.central),
      // Art. 4(b) second subparagraph: in the field of defence, only Annex III products are at
      // the central figure; other products are at the sub-central one.
      Table::make_row(classic, supplies, central, in_force, any_value, yes, yes, f.central),
      Table::make_row(classic, supplies, central, in_force, any_value, yes, no, f.sub_central)};
}
template <class Table>
constexpr auto rows_of(const utilities_figures& f) {
  const auto in_force = during(f.in_force);
  return std::array{
      Table::make_row(utilities, works, any_value, in_force, any_value, any_value, any_value, f.works),
      Table::make_row(utilities, supplies, any_value, in_force, any_value, any_value, any_value,
                      f.supplies_and_services),
      Table::make_row(utilities, services, any_value, in_force, no, any_value, any_value, f.supplies_and_services),
      Table::make_row(utilities, services, any_value, in_force, yes, any_value, any_value, f.social_services)};
}
template <class Table>
constexpr auto rows_of(const concessions_figures& f) {
  return std::array{Table::make_row(concessions, any_value, any_value, during(f.in_force), any_value, any_value,
                                    any_value, f.concessions)};
}
template <class Table>
constexpr auto rows_of(const defence_figures& f) {
  const auto in_force = during(f.in_force);
  return std::array{Table::make_row(defence, works, any_value, in_force, any_value, any_value, any_value, f.works),
                    Table::make_row(defence, supplies_or_services, any_value, in_force, any_value, any_value,
                                    any_value, f.supplies_and_services)};
}
// Every period's rows, in order, added to the table at once (`with_rows`: one table type and one
// index build for the whole table, not one per group or per row).
template <class Table, class... Figures>
constexpr auto with_figures(const Table& t, const Figures&... figures) {
  return t.with_rows(rows_of<Table>(figures)...);
}

}  // namespace detail

/// The threshold of a contract: regime x object x authority x launch day x social services x
/// buyer in the field of defence x products in Annex III -> EUR, net of VAT, one group of rows
/// per instrument and period (the figures above). The last three inputs are read only where they
/// choose between rows (`-` elsewhere): a services contract under 2014/24 or 2014/25 needs
/// `social_services`, a supply contract of a central government authority under 2014/24 needs
/// `buyer_defence_field` and, in that field, `annex_iii_products`. Not recorded there, the
/// threshold is unknown (a comparison with it may still be decided: see above).
inline constexpr auto eu_thresholds = detail::with_figures(
    decision_table<"eu.thresholds", hit_policy::unique, money>(
        inputs(facts::regime, facts::contract_type, facts::buyer_kind, facts::procedure_launched,
               facts::social_services, facts::buyer_defence_field, facts::annex_iii_products)),
    classic_2016_2017, classic_2024_2025, classic_2026_2027, utilities_2016_2017, utilities_2024_2025,
    utilities_2026_2027, concessions_2016_2017, concessions_2024_2025, concessions_2026_2027, defence_2024_2025,
    defence_2026_2027);

namespace detail {
/// The delegated regulation that set a regime's figures for a period, and the notice of the
/// corresponding values in national currencies for it (nullptr where none is encoded).
struct revision {
  procurement_regime regime;
  period in_force;
  const legal_basis* regulation;
  const legal_basis* notice;
};
inline constexpr revision revisions[] = {
    {procurement_regime::classic, period_2016_2017, &reg_2015_2170, &notice_2015_c_392},
    {procurement_regime::utilities, period_2016_2017, &reg_2015_2171, &notice_2015_c_392},
    {procurement_regime::concessions, period_2016_2017, &reg_2015_2172, &notice_2015_c_392},
    {procurement_regime::classic, period_2024_2025, &reg_2023_2495, &notice_c_2023_902},
    {procurement_regime::utilities, period_2024_2025, &reg_2023_2496, &notice_c_2023_902},
    {procurement_regime::concessions, period_2024_2025, &reg_2023_2497, &notice_c_2023_902},
    {procurement_regime::defence_and_security, period_2024_2025, &reg_2023_2510, &notice_c_2023_902},
    {procurement_regime::classic, period_2026_2027, &reg_2025_2152, nullptr},
    {procurement_regime::utilities, period_2026_2027, &reg_2025_2150, nullptr},
    {procurement_regime::concessions, period_2026_2027, &reg_2025_2151, nullptr},
    {procurement_regime::defence_and_security, period_2026_2027, &reg_2025_2487, nullptr},
};
/// Every basis a threshold may rest on.
namespace tr = policies::transpositions;
inline constexpr legal_basis eu_threshold_bases[] = {
    directive_2014_24, directive_2014_25, directive_2014_23, directive_2009_81, directive_2014_24_social,
    directive_2014_25_social, directive_2014_24_defence, reg_2015_2170, reg_2015_2171, reg_2015_2172,
    reg_2023_2495, reg_2023_2496, reg_2023_2497, reg_2023_2510, reg_2025_2152, reg_2025_2150,
    reg_2025_2151, reg_2025_2487, notice_2015_c_392, notice_2015_c_418, notice_c_2023_902};
/// The EU instruments, then the national acts (policies/transpositions.hpp).
inline constexpr auto threshold_bases = [] {
  std::array<legal_basis, std::size(eu_threshold_bases) + std::size(tr::all_bases)> out{};
  std::size_t i = 0;
  for (const legal_basis& b : eu_threshold_bases) out[i++] = b;
  for (const legal_basis& b : tr::all_bases) out[i++] = b;
  return out;
}();

// The buyer's state's act for `regime`: for the launch day, or each act of the state and regime
// when that day is not recorded; not recorded where none is, or the state is not known.
template <class S>
constexpr void add_transposition(basis_set& out, const S& s, procurement_regime regime) {
  const auto state = read(facts::buyer_state, s);
  const auto launched = read(facts::procedure_launched, s);
  bool any = false;
  if (state)
    for (const tr::act& a : tr::acts)
      if (a.state == *state && a.regime == regime && (!launched || a.applies.contains(*launched))) {
        out.add(*a.basis);
        any = true;
      }
  if (!any) out.add(tr::not_recorded);
}
constexpr const legal_basis& threshold_article(procurement_regime r) noexcept {
  switch (r) {
    case procurement_regime::classic: return directive_2014_24;
    case procurement_regime::utilities: return directive_2014_25;
    case procurement_regime::concessions: return directive_2014_23;
    case procurement_regime::defence_and_security: break;
  }
  return directive_2009_81;
}
}  // namespace detail

/// The threshold of `eu_thresholds` in the currency of the contract's value: the EUR figure for
/// a value in EUR, the corresponding value for a currency with one (see above), unknown for any
/// other currency. A value expression named like the table, so a trace reads
/// "eu.thresholds = 1,546,202.00 SEK".
struct threshold_in_contract_currency : oversight::detail::value_expr_tag {
  using value_type = money;
  static constexpr std::string_view name() noexcept { return decltype(eu_thresholds)::name(); }

  template <class S>
  constexpr std::optional<money> value_of(const S& s, const context& ctx) const {
    const auto eur_threshold = eu_thresholds.value_of(s, ctx);
    if (!eur_threshold) return std::nullopt;
    return in_currency_of(*eur_threshold, s);
  }
  /// As the table's: decided when the comparison comes out the same under every completion of
  /// its unrecorded yes/no inputs (each figure converted first).
  template <class S, class Pred>
  constexpr truth for_every_completion(const S& s, const context& ctx, Pred pred) const {
    return eu_thresholds.for_every_completion(s, ctx, [&](const money& eur_threshold) {
      const auto national = in_currency_of(eur_threshold, s);
      return national ? pred(*national) : truth::unknown;
    });
  }
  template <class W>
  constexpr void describe(W& out) const {
    out.text(name());
  }

  /// Every instrument a threshold may rest on (see `basis_set`).
  static constexpr std::span<const legal_basis> candidate_bases() noexcept { return detail::threshold_bases; }
  /// The instruments the threshold rests on in this case: the directive's article for the
  /// regime; the delegated regulation that revised its figures for the period of the launch
  /// day (each of the regime's when that day is not recorded); the article on social services or
  /// on buyers in the field of defence where that row may decide; the notice of corresponding
  /// values for a value in another currency than EUR. Where the regime is not known, every
  /// candidate (the set is not complete, so an explanation cites them all).
  template <class S>
  constexpr basis_set decided_bases(const S& s, const context&) const {
    basis_set out;
    const auto regime = read(facts::regime, s);
    if (!regime) {
      out.complete = false;
      return out;
    }
    const auto object = read(facts::contract_type, s);
    const auto social = read(facts::social_services, s);
    const auto kind = read(facts::buyer_kind, s);
    const auto defence_field = read(facts::buyer_defence_field, s);
    const auto launched = read(facts::procedure_launched, s);
    const auto value = read(facts::contract_value, s);
    const bool classic = *regime == procurement_regime::classic;
    const bool has_social_row = classic || *regime == procurement_regime::utilities;
    const bool may_be_services = !object || *object == contract_object::services;
    const bool may_be_social = has_social_row && may_be_services && social != false;
    const bool surely_social = has_social_row && object == contract_object::services && social == true;
    const bool may_be_defence_field = classic && (!object || *object == contract_object::supplies) &&
                                      kind != authority_kind::sub_central && kind != authority_kind::other &&
                                      kind != authority_kind::utility && defence_field != false;
    if (may_be_social) out.add(*regime == procurement_regime::classic ? directive_2014_24_social : directive_2014_25_social);
    if (may_be_defence_field) out.add(directive_2014_24_defence);
    const bool national = value && value->unit() != currency{"EUR"};
    if (!surely_social) out.add(detail::threshold_article(*regime));
    for (const detail::revision& r : detail::revisions) {
      if (r.regime != *regime || (launched && !r.in_force.contains(*launched))) continue;
      if (!surely_social) out.add(*r.regulation);
      if (national && r.notice) out.add(*r.notice);
    }
    detail::add_transposition(out, s, *regime);
    return out;
  }

 private:
  template <class S>
  static constexpr std::optional<money> in_currency_of(const money& eur_threshold, const S& s) {
    const auto value = read(facts::contract_value, s);
    const auto launched = read(facts::procedure_launched, s);
    if (!value) return eur_threshold;  // the comparison is unknown anyway
    if (value->unit() == eur_threshold.unit()) return eur_threshold;
    if (!launched) return std::nullopt;
    return corresponding(eur_threshold, value->unit(), *launched);
  }
};
inline constexpr threshold_in_contract_currency threshold{};

/// At or above the threshold in force when the procedure was launched, in the contract's currency.
inline constexpr auto above_threshold = facts::contract_value >= threshold;

/// The answer to "which regime and which threshold apply to this contract?", read from the
/// contract alone (no supplier, no ownership data): the regime, the threshold in force on the
/// day its procedure was launched, and whether its value reaches it. A part is std::nullopt (or
/// `truth::unknown`) when what decides it is not recorded; `reached` may be decided even so,
/// when every figure the unrecorded fields could choose gives the same answer.
struct threshold_answer {
  std::optional<procurement_regime> regime;
  std::optional<money> threshold;             ///< in EUR, as the delegated regulations state it
  std::optional<money> in_contract_currency;  ///< the same in the currency of the contract's value
  truth reached = truth::unknown;             ///< the contract's value is at or above it
};

/// `applicable_threshold(c)`: see `threshold_answer`. Usable in constant expressions.
constexpr threshold_answer applicable_threshold(const contract& c) {
  const supplier nobody{};
  const screening s{.deal = c,
                    .main_supplier = nobody,
                    .owners = ownership_view({}),
                    .on = c.launched.value_or(date{1, 1, 1})};
  const context ctx = as_of(s.on);
  threshold_answer a;
  a.regime = read(facts::regime, s);
  a.threshold = eu_thresholds.value_of(s, ctx);
  if (c.estimated_value) a.in_contract_currency = threshold.value_of(s, ctx);
  a.reached = above_threshold.test(s, ctx);
  return a;
}

// ---- rules -------------------------------------------------------------------------------------

/// DENY: a contract under 2014/24, 2014/25 or 2014/23 at or above its threshold, awarded without
/// an EU-wide contract notice. Defence and security contracts (a defence scope other than none)
/// are Directive 2009/81/EC's (policies/dir_2009_81.hpp), with its own exclusions.
inline constexpr auto eu_tender =
    rule<"procurement.eu-tender">(effect::deny, facts::buyer_under_eu_law &&
                                                    facts::contract_scope == defence_scope::none &&
                                                    above_threshold && !facts::eu_wide_notice)
        .cite(directive_2014_24, directive_2014_25, directive_2014_23, directive_2014_24_social, directive_2014_25_social,
              directive_2014_24_defence, reg_2015_2170, reg_2015_2171, reg_2015_2172, reg_2023_2495, reg_2023_2496,
              reg_2023_2497, reg_2025_2152, reg_2025_2150, reg_2025_2151, notice_2015_c_392, notice_c_2023_902,
              transpositions::es_lcsp, transpositions::fr_ccp, transpositions::de_gwb, transpositions::it_codice_2023,
              transpositions::it_codice_2016, transpositions::pl_pzp, transpositions::pl_koncesje,
              transpositions::not_recorded)
        .message("{} contract of {} under {}, at or above its threshold, without an EU-wide notice",
                 facts::contract_type, facts::contract_value, facts::regime);

/// ADVICE: the threshold in force on the launch day could not be determined (no launch date, or
/// a period or regime this table does not encode), so whether the directives apply is open.
inline constexpr auto threshold_unknown =
    rule<"procurement.threshold-unknown">(effect::advice, !is_known(facts::procedure_launched))
        .message("the procedure's launch date is not recorded: the applicable threshold cannot be chosen");

/// ADVICE: the launch day is known but a field that chooses the threshold is not recorded:
/// whether services under 2014/24 or 2014/25 are social and other specific services, whether a
/// central government authority buying supplies under 2014/24 operates in the field of defence,
/// and if it does, whether the products are in Annex III.
inline constexpr auto threshold_category_unknown =
    rule<"procurement.threshold-category-unknown">(
        effect::advice,
        is_known(facts::procedure_launched) && facts::buyer_under_eu_law &&
            ((facts::contract_type == contract_object::services &&
              facts::regime.in(procurement_regime::classic, procurement_regime::utilities) &&
              !is_known(facts::social_services)) ||
             (facts::regime == procurement_regime::classic &&
              facts::contract_type == contract_object::supplies &&
              facts::buyer_kind == authority_kind::central_government &&
              (!is_known(facts::buyer_defence_field) ||
               (facts::buyer_defence_field && !is_known(facts::annex_iii_products))))))
        .cite(directive_2014_24_social, directive_2014_25_social, directive_2014_24_defence)
        .message("the {} contract does not record what chooses its threshold (social services, a buyer in the field "
                 "of defence, Annex III products)",
                 facts::contract_type);

/// The Treaty on European Union, Art. 52 (the member states to which the Treaties apply), and
/// the Withdrawal Agreement, Arts 126 and 127(1) (Union law applied to the United Kingdom until
/// 31 December 2020).
inline constexpr legal_basis teu_art52{"Treaty on European Union", "Art. 52 (territorial scope)",
                                       "http://data.europa.eu/eli/treaty/teu_2016/oj"};
inline constexpr legal_basis withdrawal_agreement{"Agreement on the withdrawal of the United Kingdom from the EU",
                                                  "Arts 126 and 127(1) (transition period)",
                                                  "http://data.europa.eu/eli/treaty/withd_2020/sign"};

/// ADVICE: the buyer's state was not an EU member state on the launch day (nor the United
/// Kingdom in the transition period): the EU procurement directives do not apply, and no rule of
/// this policy or of Directive 2009/81/EC's judges the contract. (When the state or the launch
/// day is not recorded, the rules that need it are Indeterminate and say so; this one is silent.)
inline constexpr auto outside_eu =
    rule<"procurement.outside-eu">(effect::advice, is_known(facts::buyer_under_eu_law) && !facts::buyer_under_eu_law)
        .cite(teu_art52, withdrawal_agreement)
        .message("the buyer's state ({}) is not under the EU procurement directives on the launch day ({})",
                 facts::buyer_state, facts::procedure_launched);

/// The EU tendering duty of the classic, utilities and concessions directives.
inline constexpr auto policy = oversight::policy<"eu.procurement", combining::deny_overrides>(
    eu_tender, threshold_unknown, threshold_category_unknown, outside_eu);

}  // namespace policies::thresholds
OVERSIGHT_END_NAMESPACE
