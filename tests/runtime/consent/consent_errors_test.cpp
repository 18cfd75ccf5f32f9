// Bad input to the consent part: every error is typed, carries its catalogue id and names the
// offending input.
#include <oversight/oversight.hpp>
#include <oversight/consent.hpp>

#include "oversight_catch.hpp"

#include <array>
#include <string_view>
#include <utility>

using oversight::country;
using oversight::country_set;
using oversight::date;
using namespace oversight::literals;
using namespace oversight::consent;
namespace presets = oversight::consent::presets;

namespace {
const electorate& eu() {
  static const electorate e = make_electorate(presets::eu_members, date{2025, 6, 2}, presets::eurostat_2025).value();
  return e;
}
}  // namespace

TEST_CASE("A ballot from a non-member", "[consent][errors]") {
  ballot_box box(eu());
  const auto r = box.cast("NO"_country, ballot::yes);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == errc::not_a_member);
  CHECK(r.error().id() == "OVS-E301");
  CHECK(r.error().context.view() == "NO");
}

TEST_CASE("A second ballot: rejected by default, replaced under last_wins", "[consent][errors]") {
  ballot_box strict(eu());
  REQUIRE(strict.cast("PL"_country, ballot::no));
  const auto again = strict.cast("PL"_country, ballot::yes);
  REQUIRE_FALSE(again);
  CHECK(again.error().code == errc::duplicate_ballot);
  CHECK(strict.ballot_of(static_cast<std::size_t>(eu().slot_of("PL"_country))) == ballot::no);  // unchanged

  ballot_box lenient(eu(), date{2025, 6, 2}, duplicate_ballots::last_wins);
  REQUIRE(lenient.cast("PL"_country, ballot::no));
  const auto replaced = lenient.cast("PL"_country, ballot::yes);
  REQUIRE(replaced);
  CHECK(replaced->replaced);
  CHECK(lenient.with(ballot::yes).size() == 1);
  CHECK(lenient.with(ballot::no).empty());
}

TEST_CASE("An empty electorate", "[consent][errors]") {
  const std::array<membership, 0> none{};
  CHECK(make_electorate(none, date{2025, 1, 1}).error().code == errc::empty_electorate);
  const std::array<membership, 1> one{{{"ES"_country, date{1986, 1, 1}}}};
  const electorate alone = make_electorate(one, date{2025, 1, 1}).value();
  CHECK(alone.without("ES"_country).error().code == errc::empty_electorate);
  CHECK(alone.without("FR"_country).error().code == errc::not_a_member);
}

TEST_CASE("Weights that overflow, and weights of zero", "[consent][errors]") {
  const std::array<membership, 2> two{{{"AD"_country, date{2000, 1, 1}}, {"SM"_country, date{2000, 1, 1}}}};
  const std::array<population_figure, 2> huge{{{"AD"_country, ~0ull - 5}, {"SM"_country, 6}}};
  const population_data_set too_big{"huge", "test", date{2025, 1, 1}, "persons", huge};
  const auto r = make_electorate(two, date{2025, 1, 1}, too_big);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == errc::weight_overflow);
  CHECK(r.error().context.view() == "SM");
  const std::array<population_figure, 2> fits{{{"AD"_country, ~0ull - 6}, {"SM"_country, 6}}};
  const population_data_set exact{"fits", "test", date{2025, 1, 1}, "persons", fits};
  REQUIRE(make_electorate(two, date{2025, 1, 1}, exact));
  CHECK(make_electorate(two, date{2025, 1, 1}, exact)->total_weight() == ~0ull);

  const std::array<population_figure, 2> zero{{{"AD"_country, 0}, {"SM"_country, 6}}};
  const population_data_set with_zero{"zero", "test", date{2025, 1, 1}, "persons", zero};
  CHECK(make_electorate(two, date{2025, 1, 1}, with_zero).error().code == errc::zero_weight);
}

TEST_CASE("Population figures of another time are refused", "[consent][errors]") {
  // The Council's figures for 2025 apply to votes in 2025 only (Council Rules of Procedure,
  // Annex III); Eurostat's of 1 January 2025 from that day to the end of 2026.
  CHECK(make_electorate(presets::eu_members, date{2025, 1, 1}, presets::council_2025));
  CHECK(make_electorate(presets::eu_members, date{2025, 12, 31}, presets::council_2025));
  const auto next_year = make_electorate(presets::eu_members, date{2026, 1, 1}, presets::council_2025);
  REQUIRE_FALSE(next_year);
  CHECK(next_year.error().code == errc::population_data_out_of_date);
  CHECK(next_year.error().context.view() == "Council of the EU, population figures for 2025 (shares)");
  CHECK(make_electorate(presets::eu_members, date{2024, 12, 31}, presets::council_2025).error().code ==
        errc::population_data_out_of_date);
  CHECK(make_electorate(presets::eu_members, date{2026, 12, 31}, presets::eurostat_2025));
  CHECK(make_electorate(presets::eu_members, date{2027, 1, 1}, presets::eurostat_2025).error().code ==
        errc::population_data_out_of_date);
  CHECK(make_electorate(presets::eu_members, date{2025, 12, 31}, presets::eurostat_2024));
  CHECK(make_electorate(presets::eu_members, date{2026, 1, 1}, presets::eurostat_2024).error().code ==
        errc::population_data_out_of_date);
  // Figures describing a later day never weigh an earlier vote.
  CHECK(make_electorate(presets::eu_members, date{2024, 6, 1}, presets::eurostat_2025).error().code ==
        errc::population_data_out_of_date);
  // A set of the caller's without `valid_until` has no end.
  const std::array<membership, 2> two{{{"AD"_country, date{2000, 1, 1}}, {"SM"_country, date{2000, 1, 1}}}};
  const std::array<population_figure, 2> people{{{"AD"_country, 80'000}, {"SM"_country, 34'000}}};
  const population_data_set open_ended{"own", "test", date{2025, 1, 1}, "persons", people};
  CHECK(make_electorate(two, date{2090, 1, 1}, open_ended));
  CHECK(make_electorate(two, date{2024, 12, 31}, open_ended).error().code == errc::population_data_out_of_date);
  CHECK(describe(errc::population_data_out_of_date).id == std::string_view("OVS-E314"));
}

TEST_CASE("A rule the treaty does not attach to the act is refused", "[consent][errors]") {
  const auto qmv_for_defence = permitted_rule(act::cfsp_military_or_defence, presets::eu_council_qmv);
  REQUIRE_FALSE(qmv_for_defence);
  CHECK(qmv_for_defence.error().code == errc::rule_not_permitted_for_act);
  CHECK(qmv_for_defence.error().context.view() == "Art. 31(4) TEU");
  CHECK(describe(errc::rule_not_permitted_for_act).id == std::string_view("OVS-E315"));
  // The act's own rule comes back and decides.
  const auto rule = permitted_rule(act::cfsp_military_or_defence, rule_for<act::cfsp_military_or_defence>);
  REQUIRE(rule);
  ballot_box box(eu(), date{2025, 6, 2});
  for (std::size_t i = 0; i < eu().size(); ++i) REQUIRE(box.cast(eu().member(i), ballot::yes));
  CHECK(tally(*rule, box).adopted());
  CHECK(describe(act::cfsp_military_or_defence).name == "CFSP decision having military or defence implications");
}

TEST_CASE("A threshold outside 0-100 %", "[consent][errors]") {
  CHECK(fraction::make(101, 100).error().code == errc::threshold_out_of_range);
  CHECK(fraction::make(0, 0).error().code == errc::threshold_out_of_range);
  CHECK(fraction::make(100, 100));
  CHECK(fraction::make(0, 100));
  CHECK(describe(errc::threshold_out_of_range).id == "OVS-E305");
}

TEST_CASE("An electorate dated before a member joined", "[consent][errors]") {
  const auto r = make_electorate(presets::eu_members, date{2013, 6, 30});
  REQUIRE_FALSE(r);
  CHECK(r.error().code == errc::not_yet_a_member);
  CHECK(r.error().context.view() == "HR");
  CHECK(make_electorate(presets::nato_members, date{2023, 4, 3}).error().context.view() == "FI");
}

TEST_CASE("Other electorate errors", "[consent][errors]") {
  const std::array<membership, 2> twice{{{"ES"_country, date{1986, 1, 1}}, {"ES"_country, date{1986, 1, 1}}}};
  CHECK(make_electorate(twice, date{2025, 1, 1}).error().code == errc::duplicate_member);
  CHECK(make_electorate(presets::nato_members, date{2025, 1, 1}, presets::eurostat_2025).error().context.view() ==
        "CA");
  // 65 members: one more than an electorate holds.
  constexpr date joined{2000, 1, 1};
  const auto many = [joined]<std::size_t... I>(std::index_sequence<I...>) {
    return std::array<membership, sizeof...(I)>{membership{country::from_index(I).value(), joined}...};
  }(std::make_index_sequence<65>{});
  CHECK(make_electorate(many, date{2025, 1, 1}).error().code == errc::too_many_members);
  CHECK(make_electorate(std::span<const membership>(many).first(64), date{2025, 1, 1})->size() == 64);
}

TEST_CASE("A closed box and a clock that moves backwards", "[consent][errors]") {
  ballot_box box(eu(), date{2025, 6, 2});
  box.close();
  CHECK(box.cast("DE"_country, ballot::yes).error().code == errc::ballot_box_closed);
  CHECK(box.advance_to(date{2025, 6, 1}).error().code == errc::clock_moved_backwards);
  CHECK(box.advance_to(date{2025, 6, 3}));
  CHECK(box.with(ballot::absent).size() == 27);  // closed: nobody answered
}

TEST_CASE("Every error code has a catalogue entry in the part's range", "[consent][errors]") {
  for (auto code : {errc::not_a_member, errc::duplicate_ballot, errc::empty_electorate, errc::weight_overflow,
                    errc::threshold_out_of_range, errc::not_yet_a_member, errc::too_many_members,
                    errc::duplicate_member, errc::missing_weight, errc::zero_weight, errc::ballot_box_closed,
                    errc::clock_moved_backwards, errc::not_a_ballot, errc::population_data_out_of_date,
                    errc::rule_not_permitted_for_act}) {
    const std::string_view id = describe(code).id;
    CHECK(id.substr(0, 6) == "OVS-E3");
    CHECK(id != "OVS-E300");
  }
}
