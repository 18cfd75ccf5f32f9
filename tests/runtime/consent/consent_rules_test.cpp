// The consent rules at run time: the same case functions as tests/static/consent, evaluated by
// the program, plus what only runs at run time (explanations, swing analysis).
#include <oversight/oversight.hpp>
#include <oversight/consent.hpp>

#include "oversight_catch.hpp"
#include "../../static/consent/consent_cases.hpp"

using namespace consent_cases;

TEST_CASE("QMV: three large states cannot block (Art. 16(4) TEU)", "[consent][qmv]") {
  const outcome o = qmv_three_large_against();
  CHECK(o.adopted());
  CHECK(o.reason() == reason::deemed_attained);
  CHECK(o.population_short() > 0);
  CHECK(o == qmv_three_large_against());  // deterministic
  const outcome a = qmv_three_large_abstain();
  CHECK(a.adopted());
  CHECK(a.abstained().size() == 3);
}

TEST_CASE("QMV: four members with more than 35 % block", "[consent][qmv]") {
  const outcome o = qmv_four_against();
  const electorate e = eu_council();
  REQUIRE(o.not_adopted());
  CHECK(o.reason() == reason::too_little_population);
  CHECK(o.population_blocking() == 229'191'200);
  CHECK(summary(e, o) == "blocked by DE, FR, IT, NL: 50.9 % of population (too little population in favour)");
}

TEST_CASE("QMV at the member threshold: 15 of 27", "[consent][qmv]") {
  CHECK(qmv_all_yes().adopted());
  CHECK(qmv_fifteen_largest_yes().adopted());
  CHECK(qmv_fourteen_largest_yes().not_adopted());
  CHECK(qmv_fourteen_largest_yes().members_short() == 1);
  CHECK(qmv_fourteen_largest_yes().members_required() == 15);
}

TEST_CASE("QMV at the population threshold, Council 2025 shares", "[consent][qmv]") {
  const outcome at = qmv_council_2025_exactly_65();
  const outcome below = qmv_council_2025_one_short();
  CHECK(at.adopted());
  CHECK(at.population_required() == 6'501);
  CHECK(below.not_adopted());
  CHECK(below.population_short() == 1);
  CHECK(below.reason() == reason::too_little_population);
}

TEST_CASE("Reinforced QMV (Art. 238(2) TFEU) and the open blocking-clause point", "[consent][qmv]") {
  CHECK(reinforced_twenty_yes().adopted());
  CHECK(reinforced_nineteen_yes().not_adopted());
  CHECK(reinforced_three_large_against(presets::reinforced_reading::strict).not_adopted());
  CHECK(reinforced_three_large_against(presets::reinforced_reading::blocking_clause_applies).reason() ==
        reason::deemed_attained);
}

TEST_CASE("Not all members take part (Art. 238(3)(a) TFEU)", "[consent][qmv]") {
  CHECK(participating_three_against().blocking_minority_size() == 3);
  CHECK(participating_three_against().not_adopted());
  CHECK(participating_two_against().adopted());
}

TEST_CASE("Unanimity: the two readings of abstention", "[consent][unanimity]") {
  CHECK(unanimity_one(abstention::does_not_block, ballot::abstain).adopted());
  CHECK(unanimity_one(abstention::blocks, ballot::abstain).not_adopted());
  CHECK(unanimity_one(abstention::blocks, ballot::abstain).reason() == reason::abstention_blocks);
  CHECK(unanimity_one(abstention::does_not_block, ballot::no).blocking().size() == 1);
  CHECK(unanimity_one(abstention::does_not_block, ballot::absent).not_adopted());
}

TEST_CASE("Constructive abstention (Art. 31(1) TEU)", "[consent][unanimity]") {
  const outcome o = constructive_nine_with_large();
  CHECK(o.not_adopted());
  CHECK(o.reason() == reason::qualified_abstentions);
  CHECK(o.qualified_abstained().size() == 9);
  CHECK(constructive_eight_with_large().adopted());
  CHECK(constructive_nine_small().adopted());
  CHECK(constructive_nine_plain().adopted());
}

TEST_CASE("Simple majority (Art. 238(1) TFEU)", "[consent][threshold]") {
  CHECK(simple_majority_with(14).adopted());
  CHECK(simple_majority_with(13).not_adopted());
  CHECK(simple_majority_with(27).adopted());
}

TEST_CASE("k-of-n with a quorum", "[consent][threshold]") {
  const electorate e = council_2011();
  ballot_box box(e, date{2011, 3, 17});
  const threshold rule = k_of_n(3).with_quorum(8);
  REQUIRE(box.cast("CN"_country, ballot::yes));
  REQUIRE(box.cast("FR"_country, ballot::yes));
  REQUIRE(box.cast("GB"_country, ballot::yes));
  CHECK(tally(rule, box).pending());  // three yes, but the quorum of 8 is not yet met
  for (auto c : {"RU"_country, "US"_country, "BR"_country, "DE"_country}) REQUIRE(box.cast(c, ballot::abstain));
  CHECK(tally(rule, box).pending());
  REQUIRE(box.cast("IN"_country, ballot::no));
  CHECK(tally(rule, box).adopted());  // 8 present, 3 yes: nothing outstanding can undo it
  box.close();
  CHECK(tally(rule, box).adopted());
  CHECK(tally(k_of_n(3).with_quorum(9), box).reason() == reason::quorum_not_met);
}

TEST_CASE("UN Security Council (Charter Art. 27)", "[consent][veto]") {
  const outcome libya = resolution_1973();
  CHECK(libya.adopted());
  CHECK(libya.yes().size() == 10);
  CHECK(libya.abstained().size() == 5);
  CHECK(security_council_veto().reason() == reason::veto);
  CHECK(security_council_eight_yes().not_adopted());
  CHECK(security_council_procedural_no().adopted());
  // The 2026 Council builds from the preset.
  const auto council = make_electorate(presets::un_security_council_2026, date{2026, 1, 1});
  REQUIRE(council);
  CHECK(council->members_among(presets::un_permanent_members).size() == 5);
  CHECK(make_electorate(presets::un_security_council_2026, date{2025, 12, 31}).error().code ==
        errc::not_yet_a_member);
}

TEST_CASE("UN Security Council: a party to a dispute abstains (Charter Art. 27(3) proviso)", "[consent][veto]") {
  const electorate e = council_2011();
  const outcome corfu = party_votes_no();
  CHECK(corfu.adopted());
  CHECK(corfu.reason() == reason::thresholds_met);
  CHECK(member_codes(e, corfu.obliged_to_abstain()) == "GB");
  CHECK(member_codes(e, corfu.set_aside()) == "GB");
  CHECK(member_codes(e, corfu.abstained()) == "GB");
  CHECK(corfu.no().empty());
  CHECK(party_votes_no_outside_chapter_vi().reason() == reason::veto);

  const outcome short_of_nine = parties_vote_yes();
  CHECK(short_of_nine.not_adopted());
  CHECK(short_of_nine.yes().size() == 8);
  CHECK(short_of_nine.population_yes() == 8);  // one vote each: the set-aside yes votes are not counted
  CHECK(member_codes(e, short_of_nine.set_aside()) == "BR, IN");

  CHECK(parties_off_the_council().reason() == reason::veto);
  CHECK(party_outstanding(true).adopted());
  CHECK(party_outstanding(false).pending());

  // A party that abstains as obliged has nothing set aside.
  const auto rule = presets::un_security_council_pacific_settlement(country_set{"FR"_country});
  const outcome dutiful = vote(rule, e, {"FR"_country}, ballot::abstain);
  CHECK(dutiful.adopted());
  CHECK(member_codes(e, dutiful.obliged_to_abstain()) == "FR");
  CHECK(dutiful.set_aside().empty());

  // The rule is an ordinary consent rule: the analyses read it the same way, and a party never
  // belongs to a blocking coalition or swings the outcome.
  CHECK_FALSE(is_blocking_minority(rule, e, e.members_among(country_set{"FR"_country})));
  CHECK(is_blocking_minority(rule, e, e.members_among(country_set{"US"_country})));
  ballot_box box(e, date{2011, 3, 17});
  for (auto c : {"CN"_country, "GB"_country, "US"_country, "BA"_country, "CO"_country, "GA"_country, "LB"_country,
                 "NG"_country})
    REQUIRE(box.cast(c, ballot::yes));
  // Eight yes; outstanding: France (a party), Russia, Brazil, Germany, India, Portugal, South Africa.
  const outcome open = tally(rule, box);
  REQUIRE(open.pending());
  CHECK(open.required().empty());
  const blocking_coalition c = smallest_blocking_coalition(rule, box);
  REQUIRE(c.possible);
  CHECK(member_codes(e, c.members) == "RU");
  const swing_analysis s = swing_members(rule, box);
  REQUIRE(s.exhaustive);
  CHECK(member_codes(e, s.can_change) == "RU");  // Russia's no would veto; its yes makes nine
  CHECK(member_codes(e, s.cannot_change) == "FR, BR, DE, IN, PT, ZA");
  // Without the proviso France's no would be a veto too.
  CHECK(member_codes(e, swing_members(presets::un_security_council_substantive, box).can_change) == "FR, RU");
}

TEST_CASE("Silence procedure", "[consent][silence]") {
  CHECK(silence(0, date{2002, 3, 20}).pending());
  CHECK(silence(0, date{2002, 3, 27}).adopted());
  CHECK(silence(25, date{2002, 3, 25}).not_adopted());
  CHECK(silence(25, date{2002, 3, 25}).reason() == reason::silence_broken);
  CHECK(silence(26, date{2002, 3, 27}).not_adopted());
  CHECK(silence(27, date{2002, 3, 27}).adopted());

  const electorate e = nato_2002();
  ballot_box box(e, date{2002, 3, 20});
  box.close();  // nobody can object any more
  CHECK(tally(presets::nato_silence_procedure(silence_deadline), box).adopted());
}

TEST_CASE("All other members: collective-defence consent", "[consent][unanimity]") {
  CHECK(collective_defence({}).adopted());
  CHECK(collective_defence({}).members() == 31);
  CHECK(collective_defence({"TR"_country, "HU"_country}).adopted());
  CHECK(collective_defence({"TR"_country}, ballot::no).not_adopted());
  const electorate all = make_electorate(presets::nato_members, date{2025, 7, 1}).value();
  const electorate others = all_other_members(all, "ES"_country).value();
  ballot_box box(others);
  CHECK(box.cast("ES"_country, ballot::yes).error().code == errc::not_a_member);  // the acting state has no vote
}

TEST_CASE("Pending QMV: who must still answer, who could block", "[consent][pending]") {
  const electorate e = eu_council();
  ballot_box box = half_open_box(e);
  const outcome o = tally(presets::eu_council_qmv, box);
  REQUIRE(o.pending());
  CHECK(o.outstanding().size() == 13);
  CHECK(o.required().empty());  // no single large state is indispensable
  const blocking_coalition c = smallest_blocking_coalition(presets::eu_council_qmv, box);
  REQUIRE(c.possible);
  CHECK(member_codes(e, c.members) == "DE, FR, IT, ES");
  // 13 outstanding members are above the enumeration limit: reported conservatively.
  const swing_analysis wide = swing_members(presets::eu_council_qmv, box);
  CHECK_FALSE(wide.exhaustive);
  CHECK(wide.can_change == o.outstanding());
  // Once only Germany, France, Italy and Spain are outstanding, each of them can still matter
  // (three no votes are deemed attained, four block).
  for (std::size_t i = 4; i < 13; ++i) REQUIRE(box.cast(e.member(e.by_weight(i)), ballot::yes));
  const swing_analysis four = swing_members(presets::eu_council_qmv, box);
  CHECK(four.exhaustive);
  CHECK(four.can_change.size() == 4);
  CHECK(four.cannot_change.empty());
}

TEST_CASE("Pending: answers that can and cannot change the outcome", "[consent][pending]") {
  const electorate e = council_2011();
  ballot_box box(e, date{2011, 3, 17});
  // Nine yes, the four other permanent members among them; Russia and Brazil have not answered.
  for (auto c : {"CN"_country, "FR"_country, "GB"_country, "US"_country, "BA"_country, "CO"_country,
                 "GA"_country, "LB"_country, "NG"_country})
    REQUIRE(box.cast(c, ballot::yes));
  for (auto c : {"DE"_country, "IN"_country, "PT"_country, "ZA"_country}) REQUIRE(box.cast(c, ballot::abstain));
  const auto& rule = presets::un_security_council_substantive;
  const outcome o = tally(rule, box);
  REQUIRE(o.pending());
  CHECK(o.required().empty());  // Russia need not say yes: an abstention is no veto
  const swing_analysis s = swing_members(rule, box);
  REQUIRE(s.exhaustive);
  CHECK(member_codes(e, s.can_change) == "RU");
  CHECK(member_codes(e, s.cannot_change) == "BR");
  const blocking_coalition c = smallest_blocking_coalition(rule, box);
  REQUIRE(c.possible);
  CHECK(member_codes(e, c.members) == "RU");

  // Unanimity: with thirteen yes and Russia and Brazil outstanding, nobody's yes is indispensable
  // when abstention does not block (an abstention would do); when it blocks, both are.
  ballot_box all_yes(e, date{2011, 3, 17});
  for (std::size_t i = 0; i < e.size(); ++i)
    if (e.member(i) != "RU"_country && e.member(i) != "BR"_country) REQUIRE(all_yes.cast(e.member(i), ballot::yes));
  const outcome lenient = tally(unanimity{abstention::does_not_block}, all_yes);
  REQUIRE(lenient.pending());
  CHECK(lenient.required().empty());
  const outcome strict = tally(unanimity{abstention::blocks}, all_yes);
  REQUIRE(strict.pending());
  CHECK(strict.required() == strict.outstanding());
  CHECK(member_codes(e, strict.required()) == "RU, BR");  // equal weights: in electorate order
}
