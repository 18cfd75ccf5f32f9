// oversight::consent::presets: the Council of the European Union — voting rules, members and
// population data sets.
//
// Rules (Treaty texts checked against EUR-Lex and authoritative mirrors, see docs/consent.md):
//   Art. 16(4) TEU       QMV: at least 55 % of the members of the Council, comprising at least
//                        fifteen of them, representing member states comprising at least 65 % of
//                        the population of the Union; a blocking minority must include at least
//                        four members, failing which the qualified majority is deemed attained.
//   Art. 238(1) TFEU     simple majority: a majority of the component members (14 of 27).
//   Art. 238(2) TFEU     not on a proposal of the Commission or the High Representative: at least
//                        72 % of the members representing at least 65 % of the population.
//   Art. 238(3)(a) TFEU  not all members taking part: 55 % of the participating members comprising
//                        65 % of their population; a blocking minority is at least the smallest
//                        number of members holding more than 35 % of that population, plus one.
//   Art. 238(3)(b) TFEU  the same, not on a Commission/HR proposal: 72 % and 65 %.
//   Art. 238(4) TFEU     abstentions of members present or represented do not prevent unanimity.
//   Art. 31(1) TEU       CFSP unanimity with constructive abstention: formal abstainers who are at
//                        least one third of the member states comprising at least one third of the
//                        population stop adoption.
// TEU: http://data.europa.eu/eli/treaty/teu_2016/oj ; TFEU: http://data.europa.eu/eli/treaty/tfeu_2016/oj
//
// Open point (Art. 238(2), (3)(b) TFEU): the reinforced majority is defined by its two
// thresholds only; the Treaty does not say whether the "deemed attained" blocking-minority clause
// of Art. 16(4) TEU / Art. 238(3)(a) TFEU also applies. `reinforced_reading::strict` (what the
// preset variables decide by) does not apply it; `reinforced_reading::blocking_clause_applies` does.
//
// For Art. 238(3) build the electorate of the participating members only (e.g. with
// `electorate::without`), so that shares and the blocking minority are of participating members
// and their population, and use the `_participating` presets: the whole-Council presets refuse an
// electorate with members taken out (`reason::not_all_members_take_part`).
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/consent/electorate.hpp>
#include <oversight/consent/fraction.hpp>
#include <oversight/consent/presets/members.hpp>
#include <oversight/consent/rules.hpp>
#include <oversight/domain/blocs.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/date.hpp>

#include <array>
#include <cstdint>

OVERSIGHT_BEGIN_NAMESPACE
namespace consent::presets {

// ---- Rules ----------------------------------------------------------------------------------

/// Council QMV on a Commission or High Representative proposal, Art. 16(4) TEU. Defined for the
/// whole Council: over an electorate with members taken out it reports
/// `reason::not_all_members_take_part` (use `eu_council_qmv_participating`, Art. 238(3)(a) TFEU).
inline constexpr double_majority eu_council_qmv{percent(55), percent(65), 15, blocking_clause::at_least_members, 4,
                                                true};

/// Council QMV when not all members take part, Art. 238(3)(a) TFEU (use an electorate of the
/// participating members).
inline constexpr double_majority eu_council_qmv_participating{percent(55), percent(65), 0,
                                                              blocking_clause::smallest_plus_one, 0};

/// How to read the reinforced qualified majority of Art. 238(2) and (3)(b) TFEU.
enum class reinforced_reading : std::uint8_t {
  strict,                  ///< the 72 % / 65 % thresholds alone (the Treaty's words); the presets' own
  blocking_clause_applies  ///< also the "deemed attained" clause of Art. 16(4) TEU / 238(3)(a) TFEU
};

/// A reinforced-QMV preset (Art. 238(2) and (3)(b) TFEU): the rule of the strict reading, the
/// 72 % / 65 % thresholds alone, as a variable like the other presets; `read_as(reading)` gives
/// the rule of either reading, `Clause` being the "deemed attained" clause the other reading adds.
template <blocking_clause Clause>
struct reinforced_qmv_preset : double_majority {
  [[nodiscard]] constexpr double_majority read_as(reinforced_reading reading) const noexcept {
    double_majority rule = *this;
    if (reading == reinforced_reading::blocking_clause_applies) {
      rule.clause = Clause;
      rule.blocking_members = Clause == blocking_clause::at_least_members ? 4 : 0;
    }
    return rule;
  }
  /// The rule of `reading`, as the function this preset was. Deprecated: `eu_council_reinforced_qmv`
  /// is the strict reading itself, `.read_as(reading)` the other.
  [[deprecated("eu_council_reinforced_qmv is a variable now (the strict reading): write it without (), or "
               ".read_as(reading)")]] [[nodiscard]] constexpr double_majority
  operator()(reinforced_reading reading = reinforced_reading::strict) const noexcept {
    return read_as(reading);
  }
};

/// Reinforced QMV, Art. 238(2) TFEU: the Council not acting on a Commission/HR proposal; 72 % of
/// the members representing 65 % of the population (strict reading, see the header comment).
/// Defined for the whole Council, like `eu_council_qmv` (when not all members take part, use
/// `eu_council_reinforced_qmv_participating`, Art. 238(3)(b) TFEU).
inline constexpr reinforced_qmv_preset<blocking_clause::at_least_members> eu_council_reinforced_qmv{
    {percent(72), percent(65), 0, blocking_clause::none, 0, true}};

/// Reinforced QMV when not all members take part, Art. 238(3)(b) TFEU (use an electorate of the
/// participating members; strict reading).
inline constexpr reinforced_qmv_preset<blocking_clause::smallest_plus_one> eu_council_reinforced_qmv_participating{
    {percent(72), percent(65), 0, blocking_clause::none, 0}};

/// Council unanimity, Art. 238(4) TFEU: abstentions do not prevent adoption.
inline constexpr unanimity eu_council_unanimity{abstention::does_not_block};

/// Council simple majority, Art. 238(1) TFEU: a majority of the component members.
inline constexpr threshold eu_council_simple_majority = majority_of_members();

/// PESCO decisions other than those of Art. 46(2)-(5) TEU: unanimity of the participating member
/// states only (Art. 46(6) TEU), abstentions not preventing it (Art. 238(4) TFEU). Use an
/// electorate of `pesco_members` (or `make_electorate(eu::pesco, day)`). Admitting or suspending a
/// participant is a qualified majority of participants (Art. 46(3), (4) TEU, as defined in
/// Art. 238(3)(a) TFEU): `eu_council_qmv_participating` over that electorate (without the state
/// concerned, for a suspension).
inline constexpr unanimity pesco_unanimity{abstention::does_not_block};

/// CFSP unanimity with constructive abstention, Art. 31(1) second subparagraph TEU.
inline constexpr constructive_abstention eu_cfsp_constructive_abstention{fraction{1, 3}, fraction{1, 3}};

// ---- Members --------------------------------------------------------------------------------

/// The 27 member states and their accession dates, from the same dated data as
/// `eu::member_states` (domain/blocs.hpp, where the sources are): the members whose membership
/// has not ended. Greece is GR (ISO; EU code EL).
inline constexpr std::array<membership, 27> eu_members = detail::current_members<27>(eu::member_states);

/// The member states participating in PESCO today (26: all but Malta), from `eu::pesco`, the
/// electorate of PESCO decisions (Art. 46(6) TEU). For a past date build the electorate from the
/// bloc itself: `make_electorate(eu::pesco, day)`.
inline constexpr std::array<membership, 26> pesco_members = detail::current_members<26>(eu::pesco);

// ---- Population data sets -------------------------------------------------------------------

namespace detail {

// Eurostat, population on 1 January 2024 (published 11 July 2024), persons. Copied from a
// secondary mirror of Eurostat's table; the figures add up to 449,206,200 against a stated total
// of 449,206,600 (rounding in the source). Confidence: medium.
inline constexpr std::array<population_figure, 27> eurostat_2024_figures{{
    {country{"DE"}, 83'445'000}, {country{"FR"}, 68'402'000}, {country{"IT"}, 58'989'700},
    {country{"ES"}, 48'610'500}, {country{"PL"}, 36'621'000}, {country{"RO"}, 19'064'400},
    {country{"NL"}, 17'942'900}, {country{"BE"}, 11'832'000}, {country{"CZ"}, 10'900'600},
    {country{"PT"}, 10'639'700}, {country{"SE"}, 10'551'700}, {country{"GR"}, 10'397'200},
    {country{"HU"}, 9'584'600},  {country{"AT"}, 9'158'800},  {country{"BG"}, 6'445'500},
    {country{"DK"}, 5'961'200},  {country{"FI"}, 5'603'900},  {country{"SK"}, 5'424'700},
    {country{"IE"}, 5'343'800},  {country{"HR"}, 3'862'000},  {country{"LT"}, 2'885'900},
    {country{"SI"}, 2'123'900},  {country{"LV"}, 1'871'900},  {country{"EE"}, 1'374'700},
    {country{"CY"}, 933'500},    {country{"LU"}, 672'100},    {country{"MT"}, 563'000},
}};

// Eurostat, population on 1 January 2025 (published 11 July 2025), persons; total 450,380,300.
// From a secondary copy of the ranked table whose country names were stripped: the labels are
// inferred from the rank order (low confidence for ranks 9-12 — CZ, PT, SE, GR — and 18-19 —
// IE, SK; medium otherwise). These are the data the Council's 2026 figures rest on.
inline constexpr std::array<population_figure, 27> eurostat_2025_figures{{
    {country{"DE"}, 83'577'100}, {country{"FR"}, 68'635'900}, {country{"IT"}, 58'934'200},
    {country{"ES"}, 49'078'000}, {country{"PL"}, 36'497'500}, {country{"RO"}, 19'036'400},
    {country{"NL"}, 18'044'000}, {country{"BE"}, 11'900'100}, {country{"CZ"}, 10'909'500},
    {country{"PT"}, 10'749'600}, {country{"SE"}, 10'587'700}, {country{"GR"}, 10'409'500},
    {country{"HU"}, 9'539'500},  {country{"AT"}, 9'197'200},  {country{"BG"}, 6'437'400},
    {country{"DK"}, 5'992'700},  {country{"FI"}, 5'636'000},  {country{"IE"}, 5'439'900},
    {country{"SK"}, 5'419'500},  {country{"HR"}, 3'874'400},  {country{"LT"}, 2'890'700},
    {country{"SI"}, 2'130'900},  {country{"LV"}, 1'856'900},  {country{"EE"}, 1'370'000},
    {country{"CY"}, 979'900},    {country{"LU"}, 682'000},    {country{"MT"}, 574'300},
}};

// The Council's figures applicable in 2025 (Coreper, 11 December 2024), as reported by Agence
// Europe, Europe Daily Bulletin 13544 (12 December 2024): shares of the EU total of 451,028,881 in
// hundredths of a percent. Only the shares were published there (the absolute figures and the
// Council decision's number were not found); they add up to 100.01 %. Confidence: medium.
inline constexpr std::array<population_figure, 27> council_2025_figures{{
    {country{"DE"}, 1849}, {country{"FR"}, 1517}, {country{"IT"}, 1323}, {country{"ES"}, 1078},
    {country{"PL"}, 833},  {country{"RO"}, 423},  {country{"NL"}, 401},  {country{"BE"}, 262},
    {country{"CZ"}, 242},  {country{"PT"}, 236},  {country{"SE"}, 234},  {country{"GR"}, 231},
    {country{"HU"}, 213},  {country{"AT"}, 202},  {country{"BG"}, 143},  {country{"DK"}, 132},
    {country{"FI"}, 125},  {country{"SK"}, 121},  {country{"IE"}, 119},  {country{"HR"}, 86},
    {country{"LT"}, 64},   {country{"SI"}, 47},   {country{"LV"}, 42},   {country{"EE"}, 30},
    {country{"CY"}, 21},   {country{"LU"}, 15},   {country{"MT"}, 12},
}};

}  // namespace detail

// Validity (population_data_set::valid_until): the Council sets the figures for each calendar
// year from the data Eurostat holds on 30 September of the year before (Council Rules of
// Procedure, Art. 11(6); Annex III), so Eurostat's figures for 1 January of year Y weigh votes
// until the end of year Y + 1, and the Council's own figures for year Y until the end of Y.

/// Eurostat population on 1 January 2024 (persons); weighs votes to the end of 2025.
inline constexpr population_data_set eurostat_2024{
    "Eurostat, population on 1 January 2024",
    "Eurostat (published 11 July 2024), via a secondary copy of the table; medium confidence",
    date{2024, 1, 1}, "persons", detail::eurostat_2024_figures, date{2025, 12, 31}};

/// Eurostat population on 1 January 2025 (persons); country labels partly inferred (see above).
/// Weighs votes to the end of 2026.
inline constexpr population_data_set eurostat_2025{
    "Eurostat, population on 1 January 2025",
    "Eurostat (published 11 July 2025), via a secondary copy of the table with labels inferred "
    "from rank order; medium confidence, low for CZ, PT, SE, GR, IE, SK",
    date{2025, 1, 1}, "persons", detail::eurostat_2025_figures, date{2026, 12, 31}};

/// The Council's 2025 population shares (hundredths of a percent of 451,028,881), in force from
/// 1 January to 31 December 2025.
inline constexpr population_data_set council_2025{
    "Council of the EU, population figures for 2025 (shares)",
    "Council Rules of Procedure Annex III figures for 2025, as reported by Agence Europe, "
    "Europe Daily Bulletin 13544 (12 December 2024); medium confidence",
    date{2025, 1, 1}, "hundredths of a percent of the EU population", detail::council_2025_figures,
    date{2025, 12, 31}};

}  // namespace consent::presets
OVERSIGHT_END_NAMESPACE
