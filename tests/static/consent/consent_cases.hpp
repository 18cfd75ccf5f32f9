// Cases shared by the static (static_assert) and runtime (Catch2) consent tests: each is a
// constexpr function, so the same computation is checked by the compiler and by the program.
#pragma once

#include <oversight/consent.hpp>

#include <cstddef>

namespace consent_cases {

using oversight::country;
using oversight::country_set;
using oversight::date;
using namespace oversight::literals;
using namespace oversight::consent;
namespace presets = oversight::consent::presets;

inline constexpr date vote_day{2025, 6, 2};

constexpr electorate eu_council(const population_data_set& data = presets::eurostat_2025) {
  return make_electorate(presets::eu_members, vote_day, data).value();
}

/// Every member votes: `how` for those in `side`, `others` for the rest.
template <ConsentRule Rule>
constexpr outcome vote(const Rule& rule, const electorate& e, const country_set& side, ballot how,
                       ballot others = ballot::yes) {
  ballot_box box(e, vote_day);
  for (std::size_t i = 0; i < e.size(); ++i) {
    const country c = e.member(i);
    (void)box.cast(c, side.contains(c) ? how : others);
  }
  return tally(rule, box);
}

// ---- EU Council, Art. 16(4) TEU -------------------------------------------------------------

constexpr outcome qmv_all_yes() { return vote(presets::eu_council_qmv, eu_council(), {}, ballot::no); }

/// Three large states (46.9 % of the population, Eurostat 2025) vote no: fewer than four
/// members, so the qualified majority is deemed attained although the yes side has 53.1 %.
constexpr outcome qmv_three_large_against() {
  return vote(presets::eu_council_qmv, eu_council(), {"DE"_country, "FR"_country, "IT"_country}, ballot::no);
}
/// The same three abstaining: abstention counts against, and still no blocking minority.
constexpr outcome qmv_three_large_abstain() {
  return vote(presets::eu_council_qmv, eu_council(), {"DE"_country, "FR"_country, "IT"_country}, ballot::abstain);
}
/// Add the Netherlands: four members with 50.9 % block.
constexpr outcome qmv_four_against() {
  return vote(presets::eu_council_qmv, eu_council(),
              {"DE"_country, "FR"_country, "IT"_country, "NL"_country}, ballot::no);
}
/// The 15 most populous vote yes (91.8 %): 15 members reached.
inline constexpr country_set twelve_smallest{"DK"_country, "FI"_country, "IE"_country, "SK"_country,
                                             "HR"_country, "LT"_country, "SI"_country, "LV"_country,
                                             "EE"_country, "CY"_country, "LU"_country, "MT"_country};
constexpr outcome qmv_fifteen_largest_yes() {
  return vote(presets::eu_council_qmv, eu_council(), twelve_smallest, ballot::no);
}
/// Only the 14 most populous vote yes: one member short of 15.
constexpr outcome qmv_fourteen_largest_yes() {
  country_set against = twelve_smallest;
  against.insert("BG"_country);
  return vote(presets::eu_council_qmv, eu_council(), against, ballot::no);
}
/// Council 2025 shares (hundredths of a percent, total 10001; 65 % needs 6501): the yes side
/// holds exactly 6501 (adopted) or 6500 (not adopted).
constexpr outcome qmv_council_2025_exactly_65() {
  return vote(presets::eu_council_qmv, eu_council(presets::council_2025),
              {"DE"_country, "FR"_country, "IE"_country, "LU"_country}, ballot::no);
}
constexpr outcome qmv_council_2025_one_short() {
  return vote(presets::eu_council_qmv, eu_council(presets::council_2025),
              {"DE"_country, "IT"_country, "GR"_country, "HR"_country, "MT"_country}, ballot::no);
}

// ---- Reinforced QMV, Art. 238(2) TFEU -------------------------------------------------------

inline constexpr country_set seven_smallest{"HR"_country, "LT"_country, "SI"_country, "LV"_country,
                                            "EE"_country, "CY"_country, "LU"_country};
constexpr outcome reinforced_twenty_yes() {
  return vote(presets::eu_council_reinforced_qmv, eu_council(), seven_smallest, ballot::no);
}
constexpr outcome reinforced_nineteen_yes() {
  country_set against = seven_smallest;
  against.insert("MT"_country);
  return vote(presets::eu_council_reinforced_qmv, eu_council(), against, ballot::no);
}
constexpr outcome reinforced_three_large_against(presets::reinforced_reading reading) {
  return vote(presets::eu_council_reinforced_qmv.read_as(reading), eu_council(),
              {"DE"_country, "FR"_country, "IT"_country}, ballot::no);
}

// ---- Not all members take part, Art. 238(3)(a) TFEU -----------------------------------------

/// Participating: all but Germany and France (25 members). The smallest group above 35 % of
/// their population is Italy and Spain (36.2 %), so a blocking minority needs 2 + 1 = 3 members.
constexpr electorate participating_without_de_fr() {
  return eu_council().without("DE"_country).value().without("FR"_country).value();
}
constexpr outcome participating_three_against() {
  return vote(presets::eu_council_qmv_participating, participating_without_de_fr(),
              {"IT"_country, "ES"_country, "PL"_country}, ballot::no);
}
constexpr outcome participating_two_against() {
  return vote(presets::eu_council_qmv_participating, participating_without_de_fr(),
              {"IT"_country, "ES"_country}, ballot::no);
}

// ---- Unanimity, Art. 238(4) TFEU, and constructive abstention, Art. 31(1) TEU ---------------

constexpr outcome unanimity_one(abstention a, ballot how) {
  return vote(unanimity{a}, eu_council(), {"HU"_country}, how);
}

/// Formal abstainers: Germany, France, Italy and six small states — 9 of 27 (one third) with
/// 48.6 % of the population: the decision is not adopted.
inline constexpr country_set nine_formal{"DE"_country, "FR"_country, "IT"_country, "MT"_country, "LU"_country,
                                         "CY"_country, "EE"_country, "LV"_country, "SI"_country};
constexpr outcome constructive_nine_with_large() {
  return vote(presets::eu_cfsp_constructive_abstention, eu_council(), nine_formal, ballot::qualified_abstain);
}
/// Eight of them (fewer than a third of the members): adopted.
constexpr outcome constructive_eight_with_large() {
  country_set eight{"DE"_country, "FR"_country, "IT"_country, "MT"_country, "LU"_country, "CY"_country,
                    "EE"_country, "LV"_country};
  return vote(presets::eu_cfsp_constructive_abstention, eu_council(), eight, ballot::qualified_abstain);
}
/// The nine smallest (a third of the members, 4.4 % of the population): adopted.
constexpr outcome constructive_nine_small() {
  country_set small{"MT"_country, "LU"_country, "CY"_country, "EE"_country, "LV"_country,
                    "SI"_country, "LT"_country, "HR"_country, "SK"_country};
  return vote(presets::eu_cfsp_constructive_abstention, eu_council(), small, ballot::qualified_abstain);
}
/// Nine plain (not formal) abstentions: they never stop adoption.
constexpr outcome constructive_nine_plain() {
  return vote(presets::eu_cfsp_constructive_abstention, eu_council(), nine_formal, ballot::abstain);
}

// ---- Simple majority and k-of-n -------------------------------------------------------------

constexpr outcome simple_majority_with(std::size_t yes_count) {
  const electorate e = eu_council();
  ballot_box box(e, vote_day);
  for (std::size_t i = 0; i < e.size(); ++i) (void)box.cast(e.member(i), i < yes_count ? ballot::yes : ballot::no);
  return tally(presets::eu_council_simple_majority, box);
}

// ---- UN Security Council, Charter Art. 27 ---------------------------------------------------

/// The Council of 2011 (resolution 1973 on Libya was adopted 10-0-5).
inline constexpr std::array<membership, 15> security_council_2011{{
    {"CN"_country, date{1945, 10, 24}}, {"FR"_country, date{1945, 10, 24}}, {"RU"_country, date{1945, 10, 24}},
    {"GB"_country, date{1945, 10, 24}}, {"US"_country, date{1945, 10, 24}}, {"BA"_country, date{2010, 1, 1}},
    {"BR"_country, date{2010, 1, 1}},   {"GA"_country, date{2010, 1, 1}},   {"LB"_country, date{2010, 1, 1}},
    {"NG"_country, date{2010, 1, 1}},   {"CO"_country, date{2011, 1, 1}},   {"DE"_country, date{2011, 1, 1}},
    {"IN"_country, date{2011, 1, 1}},   {"PT"_country, date{2011, 1, 1}},   {"ZA"_country, date{2011, 1, 1}},
}};
constexpr electorate council_2011() { return make_electorate(security_council_2011, date{2011, 3, 17}).value(); }

constexpr outcome resolution_1973() {
  return vote(presets::un_security_council_substantive, council_2011(),
              {"BR"_country, "CN"_country, "DE"_country, "IN"_country, "RU"_country}, ballot::abstain);
}
/// A permanent member's no is a veto, whatever the count.
constexpr outcome security_council_veto() {
  return vote(presets::un_security_council_substantive, council_2011(), {"RU"_country}, ballot::no);
}
/// Eight yes and seven abstentions: one short of nine.
constexpr outcome security_council_eight_yes() {
  return vote(presets::un_security_council_substantive, council_2011(),
              {"BR"_country, "CN"_country, "DE"_country, "IN"_country, "RU"_country, "ZA"_country, "LB"_country},
              ballot::abstain);
}
/// Procedural matter: a permanent member's no is not a veto.
constexpr outcome security_council_procedural_no() {
  return vote(presets::un_security_council_procedural, council_2011(), {"RU"_country}, ballot::no);
}

// Art. 27(3) proviso: in decisions under Chapter VI and Art. 52(3) a party to a dispute shall
// abstain from voting. The United Kingdom as a party (as in the Corfu Channel question, 1947).

/// The United Kingdom, a party, votes no; the fourteen others yes: its no is set aside, adopted.
constexpr outcome party_votes_no() {
  return vote(presets::un_security_council_pacific_settlement(country_set{"GB"_country}), council_2011(),
              {"GB"_country}, ballot::no);
}
/// The same ballots where the proviso does not apply: the United Kingdom's no is a veto.
constexpr outcome party_votes_no_outside_chapter_vi() {
  return vote(presets::un_security_council_substantive, council_2011(), {"GB"_country}, ballot::no);
}
/// Brazil and India, parties, vote yes with eight others; five abstain. Ten yes were cast, eight
/// are counted: one short of nine.
constexpr outcome parties_vote_yes() {
  const country_set abstaining{"CN"_country, "DE"_country, "RU"_country, "ZA"_country, "LB"_country};
  return vote(presets::un_security_council_pacific_settlement(country_set{"BR"_country, "IN"_country}), council_2011(),
              abstaining, ballot::abstain);
}
/// Parties that do not sit on the Council change nothing: the tally is the substantive one.
constexpr outcome parties_off_the_council() {
  return vote(presets::un_security_council_pacific_settlement(country_set{"AL"_country}), council_2011(),
              {"RU"_country}, ballot::no);
}
/// Russia, a party, has not answered; every other member voted yes. Its answer cannot change the
/// count, so the draft is adopted without it (`waiting_for_party`: the same box under the rule
/// without the proviso, which must wait for a possible veto).
constexpr outcome party_outstanding(bool proviso) {
  const electorate e = council_2011();
  ballot_box box(e, vote_day);
  for (std::size_t i = 0; i < e.size(); ++i)
    if (e.member(i) != "RU"_country) (void)box.cast(e.member(i), ballot::yes);
  if (proviso) return tally(presets::un_security_council_pacific_settlement(country_set{"RU"_country}), box);
  return tally(presets::un_security_council_substantive, box);
}

// ---- NATO: silence procedure and "all other members" ---------------------------------------

inline constexpr date silence_deadline{2002, 3, 26};

constexpr electorate nato_2002() {
  // The 19 allies of March 2002: the first 19 of the list, which is in order of accession (the
  // electorate refuses a member that joined after its date, so a longer slice would not build).
  return make_electorate(std::span<const membership>(presets::nato_members).first(19), silence_deadline).value();
}

/// `objection_day`: 0 = nobody objects; otherwise France objects on that day of March 2002.
/// `today`: the box's date when the outcome is asked.
constexpr outcome silence(unsigned objection_day, date today) {
  const electorate e = nato_2002();
  ballot_box box(e, date{2002, 3, 20});
  if (objection_day != 0) (void)box.cast("FR"_country, ballot::no, date::from_ymd(2002, 3, objection_day).value());
  if (box.today() < today) (void)box.advance_to(today);
  return tally(presets::nato_silence_procedure(silence_deadline), box);
}

/// Collective-defence consent: all other allies (Spain acting), unanimity in which abstention does
/// not block. `abstaining` allies abstain, the others vote yes.
constexpr outcome collective_defence(const country_set& abstaining, ballot how = ballot::abstain) {
  const electorate all = make_electorate(presets::nato_members, date{2025, 7, 1}).value();
  const electorate others = all_other_members(all, "ES"_country).value();
  return vote(unanimity{abstention::does_not_block}, others, abstaining, how);
}

// ---- Pending votes and coalitions -----------------------------------------------------------

/// The fourteen smallest states have voted yes; the thirteen largest have not answered.
constexpr ballot_box half_open_box(const electorate& e) {
  ballot_box box(e, vote_day);
  for (std::size_t i = 13; i < e.size(); ++i) (void)box.cast(e.member(e.by_weight(i)), ballot::yes);
  return box;
}

}  // namespace consent_cases
