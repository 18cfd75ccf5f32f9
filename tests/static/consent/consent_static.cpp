// The consent part's rules at and around their thresholds, checked by the compiler. The runtime
// suite (tests/runtime/consent) runs the same case functions.
//
// fraction.hpp first: it declares `consent::detail`, which must not hide the library's `detail`
// from the headers after it (electorate.hpp once named `detail::popcount64` unqualified).
#include <oversight/consent/fraction.hpp>
#include <oversight/consent/electorate.hpp>

#include "consent_cases.hpp"

namespace {

using namespace consent_cases;
namespace eu = oversight::eu;
namespace nato = oversight::nato;

// ---- Exact arithmetic --------------------------------------------------------------------------
static_assert(percent(65).reached_by(65, 100) && !percent(65).reached_by(64, 100));
static_assert(!percent(50).exceeded_by(50, 100) && percent(50).exceeded_by(51, 100));
static_assert(percent(65).least_reaching(450'380'300) == 292'747'195);  // exactly 65 %
static_assert(percent(55).least_reaching(27) == 15);                    // 14.85 -> 15
static_assert(percent(72).least_reaching(27) == 20);                    // 19.44 -> 20
static_assert(fraction(1, 2).least_exceeding(27) == 14);                // a majority of 27
static_assert(fraction(1, 2).least_exceeding(26) == 14);                // 13 is not more than half
static_assert(fraction(1, 2).least_exceeding(~0ull) == 1ull << 63);     // near the top of 64 bits
static_assert(!fraction(1, 1).least_exceeding(~0ull));                   // 2^64 does not fit: none, not 0
static_assert(fraction(1, 3).least_reaching(27) == 9);
// 64-bit counts against 32-bit terms: the 96-bit products do not overflow.
static_assert(fraction(4'294'967'295u, 4'294'967'295u).reached_by(~0ull, ~0ull));
static_assert(fraction(4'294'967'294u, 4'294'967'295u).reached_by(~0ull - 1'000'000'000ull, ~0ull));
static_assert(!fraction(4'294'967'294u, 4'294'967'295u).reached_by(~0ull - 10'000'000'000ull, ~0ull));
static_assert(fraction(1, 2) == fraction(50, 100));
static_assert(!fraction::make(101, 100).has_value() && !fraction::make(1, 0).has_value());

// ---- Electorates ------------------------------------------------------------------------------
static_assert(eu_council().size() == 27);
static_assert(eu_council().total_weight() == 450'380'800);  // sum of the Eurostat 2025 figures
static_assert(eu_council(presets::council_2025).total_weight() == 10'001);
static_assert(eu_council().member(eu_council().by_weight(0)) == "DE"_country);
static_assert(eu_council().member(eu_council().by_weight(26)) == "MT"_country);
// The weight of a set of members (read four slots at a time) is the sum of its members' weights,
// for sets drawn at random, with bits beyond the electorate, and for an electorate whose size is
// not a multiple of four (the Council without one member).
constexpr bool weights_add_up(const electorate& e) {
  std::uint64_t bits = 0x9E37'79B9'7F4A'7C15u;
  for (int k = 0; k < 200; ++k) {
    bits ^= bits << 13;
    bits ^= bits >> 7;
    bits ^= bits << 17;
    std::uint64_t sum = 0;
    for (std::size_t slot = 0; slot < e.size(); ++slot)
      if ((bits >> slot & 1u) != 0) sum += e.weight(slot);
    if (e.weight_of(member_set(bits)) != sum) return false;
  }
  return e.weight_of(e.all()) == e.total_weight() && e.weight_of(member_set{}) == 0;
}
static_assert(weights_add_up(eu_council()));
static_assert(weights_add_up(eu_council().without("FR"_country).value()));
static_assert(weights_add_up(make_electorate(presets::nato_members, date{2024, 3, 7}).value()));
static_assert(make_electorate(presets::eu_members, date{2013, 6, 30}).error().code == errc::not_yet_a_member);
static_assert(make_electorate(presets::eu_members, date{2013, 7, 1}).has_value());
static_assert(make_electorate(presets::nato_members, date{2024, 3, 7}).value().size() == 32);
static_assert(make_electorate(presets::nato_members, date{2024, 3, 6}).error().context.view() == "SE");
static_assert(make_electorate(presets::nato_members, date{2025, 1, 1}, presets::eurostat_2025).error().code ==
              errc::missing_weight);
// One list per bloc: the presets' member lists are the blocs' current members, with the days
// they joined; an electorate can be built from a bloc on any day.
static_assert(presets::eu_members.size() == 27 && presets::nato_members.size() == 32 &&
              presets::pesco_members.size() == 26);
constexpr bool presets_match_blocs() {
  for (const auto& m : presets::eu_members)
    if (eu::member_states.joined(m.state) != m.joined || eu::member_states.left(m.state)) return false;
  for (const auto& m : presets::nato_members)
    if (nato::allies.joined(m.state) != m.joined || nato::allies.left(m.state)) return false;
  for (const auto& m : presets::pesco_members)
    if (eu::pesco.joined(m.state) != m.joined) return false;
  return true;
}
static_assert(presets_match_blocs());
static_assert(presets::eu_members[8].state == "GR"_country && presets::eu_members[8].joined == date{1981, 1, 1});
static_assert(make_electorate(eu::member_states, date{2019, 6, 1}).value().size() == 28);
static_assert(make_electorate(eu::member_states, date{2019, 6, 1}).value().contains("GB"_country));
static_assert(make_electorate(eu::member_states, date{2019, 6, 1}, presets::eurostat_2024).error().code ==
              errc::population_data_out_of_date);
static_assert(make_electorate(eu::member_states, date{2025, 6, 2}, presets::eurostat_2025).value().total_weight() ==
              eu_council().total_weight());
static_assert(make_electorate(nato::allies, date{2024, 3, 6}).value().size() == 31);
static_assert(make_electorate(eu::pesco, date{2017, 12, 10}).error().code == errc::empty_electorate);
static_assert(make_electorate(eu::pesco, date{2023, 5, 22}).value().size() == 25);
static_assert(make_electorate(eu::pesco, date{2025, 6, 2}, presets::eurostat_2025).value().size() == 26);
// A PESCO decision under Art. 46(6) TEU: Malta has no vote; one participant's no blocks.
constexpr outcome pesco_vote(const country_set& against) {
  return vote(presets::pesco_unanimity, make_electorate(presets::pesco_members, vote_day).value(), against, ballot::no);
}
static_assert(pesco_vote({}).adopted() && pesco_vote({}).members() == 26);
static_assert(pesco_vote({"DK"_country}).not_adopted());
// Admitting a participant (Art. 46(3) TEU): a qualified majority of the participants as defined
// in Art. 238(3)(a) TFEU, over the participants' population.
static_assert(vote(presets::eu_council_qmv_participating,
                   make_electorate(presets::pesco_members, vote_day, presets::eurostat_2025).value(), {}, ballot::no)
                  .adopted());
// ---- The rule follows from the act (consent/acts.hpp) ------------------------------------------
static_assert(rule_for<act::council_act_on_proposal> == presets::eu_council_qmv);
static_assert(rule_for<act::cfsp_military_or_defence> == presets::eu_cfsp_constructive_abstention);
static_assert(rule_for<act::un_security_council_substantive> == presets::un_security_council_substantive);
static_assert(describe(act::cfsp_decision).article == "Art. 31(1) TEU");
// Art. 31(4) TEU: no qualified majority for a decision having military or defence implications.
static_assert(permitted_rule(act::cfsp_military_or_defence, presets::eu_council_qmv).error().code ==
              errc::rule_not_permitted_for_act);
static_assert(permitted_rule(act::cfsp_military_or_defence, presets::eu_council_qmv).error().context.view() ==
              "Art. 31(4) TEU");
static_assert(permitted_rule(act::cfsp_military_or_defence, presets::eu_council_simple_majority)
                  .error()
                  .context.view() == "Art. 31(4) TEU");
static_assert(permitted_rule(act::cfsp_military_or_defence, presets::eu_cfsp_constructive_abstention).has_value());
// Another unanimity rule for a CFSP decision names the article that fixes the act's rule.
static_assert(permitted_rule(act::cfsp_decision, presets::eu_council_unanimity).error().context.view() ==
              "Art. 31(1) TEU");
static_assert(permitted_rule(act::cfsp_decision, presets::eu_council_qmv).error().context.view() == "Art. 31(1) TEU");
// Reinforced QMV: either reading of Art. 238(2) TFEU; never the ordinary QMV.
static_assert(permitted_rule(act::council_act_without_proposal, presets::eu_council_reinforced_qmv.read_as(
                                                                     presets::reinforced_reading::strict))
                  .has_value());
static_assert(permitted_rule(act::council_act_without_proposal,
                             presets::eu_council_reinforced_qmv.read_as(
                                 presets::reinforced_reading::blocking_clause_applies))
                  .has_value());
static_assert(permitted_rule(act::council_act_without_proposal, presets::eu_council_reinforced_qmv).has_value());
static_assert(permitted_rule(act::council_act_without_proposal, presets::eu_council_qmv).error().context.view() ==
              "Art. 238(2) TFEU");
static_assert(permitted_rule(act::pesco_admission, presets::eu_council_qmv).error().context.view() ==
              "Art. 46(3) TEU");
static_assert(permitted_rule(act::un_security_council_substantive, presets::un_security_council_procedural)
                  .error()
                  .context.view() == "UN Charter Art. 27(3)");
// Every act has its rule, and its rule is permitted for it.
template <act A>
constexpr bool catalogued() {
  return permitted_rule(A, rule_for<A>).has_value() && !describe(A).article.empty();
}
static_assert(catalogued<act::council_act_on_proposal>() && catalogued<act::council_act_without_proposal>() &&
              catalogued<act::council_simple_majority>() && catalogued<act::council_unanimous>() &&
              catalogued<act::cfsp_decision>() && catalogued<act::cfsp_military_or_defence>() &&
              catalogued<act::pesco_decision>() && catalogued<act::pesco_admission>() &&
              catalogued<act::nato_council_decision>() && catalogued<act::un_security_council_procedural>() &&
              catalogued<act::un_security_council_substantive>());
// The rule of the act decides: nine formal abstainers with 48.6 % stop a CFSP decision.
static_assert(vote(rule_for<act::cfsp_decision>, eu_council(), nine_formal, ballot::qualified_abstain).reason() ==
              reason::qualified_abstentions);

// Population figures weigh only the votes of the days they apply to (Council figures: their year).
static_assert(make_electorate(presets::eu_members, date{2026, 3, 1}, presets::council_2025).error().code ==
              errc::population_data_out_of_date);
static_assert(presets::eurostat_2025.applies_on(date{2026, 12, 31}) && !presets::eurostat_2025.applies_on(date{2027, 1, 1}));
static_assert(make_electorate(presets::un_security_council_2026, date{2026, 1, 1}).value().size() == 15);
static_assert(nato_2002().size() == 19);

// ---- QMV, Art. 16(4) TEU ----------------------------------------------------------------------
static_assert(qmv_all_yes().adopted() && qmv_all_yes().reason() == reason::thresholds_met);
// Three large states cannot block: deemed attained although the yes side is below 65 %.
static_assert(qmv_three_large_against().adopted());
static_assert(qmv_three_large_against().reason() == reason::deemed_attained);
static_assert(qmv_three_large_against().population_short() > 0);
static_assert(qmv_three_large_abstain().reason() == reason::deemed_attained);
static_assert(qmv_four_against().not_adopted());
static_assert(qmv_four_against().reason() == reason::too_little_population);
static_assert(qmv_four_against().blocking().size() == 4);
static_assert(qmv_four_against().population_blocking() == 229'191'200);
static_assert(qmv_four_against().blocking_minority_size() == 4);
static_assert(qmv_fifteen_largest_yes().adopted());
static_assert(qmv_fourteen_largest_yes().not_adopted());
static_assert(qmv_fourteen_largest_yes().reason() == reason::too_few_members);
static_assert(qmv_fourteen_largest_yes().members_short() == 1);
static_assert(qmv_council_2025_exactly_65().adopted());
static_assert(qmv_council_2025_exactly_65().population_yes() == 6'501);
// Met exactly: nothing short, nothing above; 23 of the 27 members in favour, 8 above 15.
static_assert(qmv_council_2025_exactly_65().population_above() == 0 &&
              qmv_council_2025_exactly_65().population_short() == 0);
static_assert(qmv_council_2025_exactly_65().members_above() == 8);
static_assert(qmv_council_2025_exactly_65().population_not_yes() == 10'001 - 6'501);
static_assert(qmv_council_2025_one_short().population_above() == 0);
static_assert(qmv_council_2025_one_short().not_adopted());
static_assert(qmv_council_2025_one_short().population_short() == 1);

// ---- Reinforced QMV, Art. 238(2) TFEU -----------------------------------------------------------
static_assert(reinforced_twenty_yes().adopted());
static_assert(reinforced_nineteen_yes().not_adopted() && reinforced_nineteen_yes().members_short() == 1);
static_assert(reinforced_three_large_against(presets::reinforced_reading::strict).not_adopted());
static_assert(reinforced_three_large_against(presets::reinforced_reading::blocking_clause_applies).adopted());
// A variable like the other presets (the strict reading), and the other reading by read_as.
static_assert(static_cast<const double_majority&>(presets::eu_council_reinforced_qmv) ==
              double_majority{percent(72), percent(65), 0, blocking_clause::none, 0, true});
static_assert(presets::eu_council_reinforced_qmv.read_as(presets::reinforced_reading::blocking_clause_applies) ==
              double_majority{percent(72), percent(65), 0, blocking_clause::at_least_members, 4, true});
static_assert(presets::eu_council_reinforced_qmv_participating.read_as(
                  presets::reinforced_reading::blocking_clause_applies) ==
              double_majority{percent(72), percent(65), 0, blocking_clause::smallest_plus_one, 0});
static_assert(presets::eu_council_reinforced_qmv_participating.read_as(presets::reinforced_reading::strict) ==
              double_majority{percent(72), percent(65), 0, blocking_clause::none, 0});
// The old spelling, a call, still gives the same rules.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
static_assert(presets::eu_council_reinforced_qmv() == presets::eu_council_reinforced_qmv);
static_assert(presets::eu_council_reinforced_qmv(presets::reinforced_reading::blocking_clause_applies) ==
              presets::eu_council_reinforced_qmv.read_as(presets::reinforced_reading::blocking_clause_applies));
#pragma GCC diagnostic pop

// ---- Art. 238(3)(a) TFEU: the blocking minority follows the participants ------------------------
static_assert(participating_without_de_fr().size() == 25);
static_assert(participating_three_against().blocking_minority_size() == 3);
static_assert(participating_three_against().not_adopted());
// The whole-Council rules refuse an electorate with members taken out, whatever the ballots:
// their counts (fifteen members, a blocking minority of four) are of the whole Council.
static_assert(vote(presets::eu_council_qmv, participating_without_de_fr(), {}, ballot::no).reason() ==
              reason::not_all_members_take_part);
static_assert(vote(presets::eu_council_qmv, participating_without_de_fr(), {}, ballot::no).not_adopted());
static_assert(vote(presets::eu_council_qmv, participating_without_de_fr(), {}, ballot::no).blocking().empty());
static_assert(vote(presets::eu_council_reinforced_qmv, participating_without_de_fr(), {}, ballot::no).reason() ==
              reason::not_all_members_take_part);
static_assert(vote(presets::eu_council_reinforced_qmv_participating, participating_without_de_fr(), {}, ballot::no)
                  .adopted());
static_assert(participating_without_de_fr().taken_out() == country_set{"DE"_country, "FR"_country});
static_assert(eu_council().taken_out().empty() && !eu_council().partial());
static_assert(participating_without_de_fr().partial());
static_assert(participating_two_against().adopted() &&
              participating_two_against().reason() == reason::deemed_attained);

// ---- Unanimity, Art. 238(4) TFEU ----------------------------------------------------------------
static_assert(unanimity_one(abstention::does_not_block, ballot::abstain).adopted());
static_assert(unanimity_one(abstention::blocks, ballot::abstain).not_adopted());
static_assert(unanimity_one(abstention::does_not_block, ballot::no).reason() == reason::objection);
static_assert(unanimity_one(abstention::does_not_block, ballot::absent).not_adopted());
static_assert(unanimity_one(abstention::does_not_block, ballot::yes).reason() == reason::unanimous);

// ---- Constructive abstention, Art. 31(1) TEU ----------------------------------------------------
static_assert(constructive_nine_with_large().not_adopted());
static_assert(constructive_nine_with_large().reason() == reason::qualified_abstentions);
static_assert(constructive_nine_with_large().blocking().size() == 9);
static_assert(constructive_eight_with_large().adopted());
static_assert(constructive_nine_small().adopted());
static_assert(constructive_nine_plain().adopted());
// An adoption with formal abstainers is not "unanimous": the reason says they fell short.
static_assert(constructive_nine_small().reason() == reason::formal_abstentions_below_threshold);
static_assert(constructive_eight_with_large().reason() == reason::formal_abstentions_below_threshold);
static_assert(constructive_nine_plain().reason() == reason::unanimous);
// The thresholds that decide: one third of the 27 members (9) comprising one third of the
// population, i.e. the least count of people p with 3p >= the Union's population.
static_assert(constructive_nine_with_large().abstention_members_required() == 9);
static_assert(3 * constructive_nine_with_large().abstention_population_required() >= eu_council().total_weight());
static_assert(3 * (constructive_nine_with_large().abstention_population_required() - 1) < eu_council().total_weight());
static_assert(constructive_nine_with_large().abstention_members_short() == 0 &&
              constructive_nine_with_large().abstention_population_short() == 0);
// Eight large and small states: one member short, the population threshold passed.
static_assert(constructive_eight_with_large().abstention_members_short() == 1 &&
              constructive_eight_with_large().abstention_population_short() == 0);
// The nine smallest: the member count reached, the population far from it.
static_assert(constructive_nine_small().abstention_members_short() == 0);
// (every other member voted yes, so the abstainers hold the rest of the population)
static_assert(constructive_nine_small().population_qualified_abstained() ==
              constructive_nine_small().population() - constructive_nine_small().population_yes());
static_assert(constructive_nine_small().abstention_population_short() ==
              constructive_nine_small().abstention_population_required() -
                  constructive_nine_small().population_qualified_abstained());
// A wrapped rule keeps its threshold (the tally asks the rule, not each judgement).
static_assert(vote(with_obligatory_abstention<constructive_abstention>{presets::eu_cfsp_constructive_abstention, {}},
                   eu_council(), country_set{"MT"_country}, ballot::qualified_abstain)
                  .abstention_members_required() == 9);
// Rules without formal abstention thresholds report none.
static_assert(simple_majority_with(14).abstention_members_required() == 0 &&
              simple_majority_with(14).abstention_population_required() == 0);

// ---- Simple majority, Art. 238(1) TFEU ----------------------------------------------------------
static_assert(simple_majority_with(14).adopted());
static_assert(simple_majority_with(13).not_adopted() && simple_majority_with(13).members_short() == 1);
// Margins on both sides: 20 in favour of a 14-member majority is 6 above it; 13 is none above.
static_assert(simple_majority_with(20).members_above() == 6 && simple_majority_with(20).members_short() == 0);
static_assert(simple_majority_with(13).members_above() == 0);
static_assert(simple_majority_with(20).not_yes().size() == 7);
static_assert(k_of_n(3).with_quorum(20).required(27) == 3);

// ---- UN Security Council, Charter Art. 27 -------------------------------------------------------
static_assert(resolution_1973().adopted() && resolution_1973().yes().size() == 10);
static_assert(security_council_veto().not_adopted() && security_council_veto().reason() == reason::veto);
static_assert(security_council_veto().blocking().size() == 1);
static_assert(security_council_eight_yes().reason() == reason::too_few_members);
static_assert(security_council_procedural_no().adopted());
// A veto holder's abstention is no veto; where abstention is one, it is. Each veto holder alone
// can block; without veto holders in the electorate, a blocking minority is what keeps the count
// short (15 - 9 + 1).
static_assert(resolution_1973().adopted() && resolution_1973().blocking_minority_size() == 1);
inline constexpr veto_majority abstention_vetoes{9, presets::un_permanent_members, true, false};
static_assert(vote(abstention_vetoes, council_2011(), {"CN"_country}, ballot::abstain).reason() == reason::veto);
static_assert(vote(abstention_vetoes, council_2011(), {"CN"_country}, ballot::abstain).blocking().size() == 1);
static_assert(vote(abstention_vetoes, council_2011(), {"BR"_country}, ballot::abstain).adopted());
inline constexpr veto_majority no_holders_here{9, country_set{"JP"_country}, false, false};
static_assert(vote(no_holders_here, council_2011(), {"RU"_country}, ballot::no).adopted());
// Art. 27(3) proviso: a party's ballot is counted as an abstention, whatever it is.
static_assert(party_votes_no().adopted() && party_votes_no().no().empty());
static_assert(party_votes_no().abstained().size() == 1 && party_votes_no().yes().size() == 14);
static_assert(party_votes_no().set_aside() == party_votes_no().obliged_to_abstain());
static_assert(party_votes_no_outside_chapter_vi().reason() == reason::veto);
static_assert(party_votes_no_outside_chapter_vi().obliged_to_abstain().empty());
static_assert(parties_vote_yes().reason() == reason::too_few_members && parties_vote_yes().yes().size() == 8);
static_assert(parties_vote_yes().members_short() == 1 && parties_vote_yes().set_aside().size() == 2);
static_assert(parties_off_the_council().reason() == reason::veto && parties_off_the_council().obliged_to_abstain().empty());
static_assert(party_outstanding(true).adopted() && party_outstanding(true).set_aside().empty());
static_assert(party_outstanding(true).obliged_to_abstain().size() == 1);
static_assert(party_outstanding(false).pending());
static_assert(vote(no_holders_here, council_2011(), {"RU"_country}, ballot::no).blocking_minority_size() == 7);
// The members of a set of slots among some states, and whether any member is among them.
static_assert(council_2011().members_among(presets::un_permanent_members).size() == 5);
static_assert(council_2011().members_among(presets::un_permanent_members,
                                           council_2011().members_among({"RU"_country, "BR"_country})) ==
              council_2011().members_among({"RU"_country}));
static_assert(council_2011().any_member_among(presets::un_permanent_members) &&
              !council_2011().any_member_among(country_set{"JP"_country}));
// ... and after `without`: the member removed is no longer among them, the others still are.
constexpr bool any_member_after_without() {
  const electorate e = council_2011();
  const electorate without_russia = e.without("RU"_country).value();
  if (without_russia.any_member_among(country_set{"RU"_country})) return false;
  if (!without_russia.any_member_among(country_set{"RU"_country, "CN"_country})) return false;
  const electorate only_two = make_electorate(std::array{membership{"US"_country, date{1945, 10, 24}},
                                                         membership{"DE"_country, date{1973, 9, 18}}},
                                              date{2011, 3, 17})
                                  .value();
  return only_two.any_member_among(presets::un_permanent_members) &&
         !only_two.without("US"_country).value().any_member_among(presets::un_permanent_members);
}
static_assert(any_member_after_without());

// ---- Silence procedure --------------------------------------------------------------------------
static_assert(silence(0, date{2002, 3, 20}).pending());
static_assert(silence(0, date{2002, 3, 27}).adopted() && silence(0, date{2002, 3, 27}).reason() == reason::silence_kept);
static_assert(silence(25, date{2002, 3, 25}).not_adopted());                // one objection breaks silence
static_assert(silence(26, date{2002, 3, 27}).not_adopted());                // on the deadline day: in time
static_assert(silence(27, date{2002, 3, 27}).adopted());                    // after it: no reversal

// ---- All other members (collective defence) ------------------------------------------------------
static_assert(collective_defence({}).adopted());
static_assert(collective_defence({"TR"_country, "HU"_country}).adopted());  // abstentions do not block
static_assert(collective_defence({"TR"_country}, ballot::no).not_adopted());
static_assert(collective_defence({"TR"_country}, ballot::absent).not_adopted());

// ---- Pending votes and coalitions ------------------------------------------------------------------
constexpr bool pending_qmv() {
  const electorate e = eu_council();
  const ballot_box box = half_open_box(e);
  const outcome o = tally(presets::eu_council_qmv, box);
  const blocking_coalition c = smallest_blocking_coalition(presets::eu_council_qmv, box);
  const country_set big4{"DE"_country, "FR"_country, "IT"_country, "ES"_country};
  return o.pending() && o.outstanding().size() == 13 && o.required().empty() && c.possible &&
         c.members == e.members_among(big4);
}
static_assert(pending_qmv());

constexpr bool blocking_minorities() {
  const electorate e = eu_council();
  const auto& qmv = presets::eu_council_qmv;
  return !is_blocking_minority(qmv, e, e.members_among({"DE"_country, "FR"_country, "IT"_country})) &&
         is_blocking_minority(qmv, e, e.members_among({"DE"_country, "FR"_country, "IT"_country, "MT"_country})) &&
         !is_blocking_minority(qmv, e, e.members_among(twelve_smallest));
}
static_assert(blocking_minorities());

}  // namespace
