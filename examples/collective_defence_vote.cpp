// Two consents a member state might need before signing a collective-defence contract, tallied
// and explained:
//
//   1. a Council of the EU vote by qualified majority (Art. 16(4) TEU) with the Eurostat
//      population of 1 January 2025 — ballots arrive one by one, the outcome is asked on the way;
//   2. the consent of all the other NATO allies (the acting state, Spain, does not vote), by
//      unanimity in which an abstention does not block.
//
// The ballots are illustrative; the rules, the member lists and the population figures are the
// real ones shipped in oversight::consent::presets.
#include <oversight/consent.hpp>

#include <cstdio>
#include <string>

namespace c = oversight::consent;
namespace presets = oversight::consent::presets;
using oversight::country;
using oversight::date;
using namespace oversight::literals;

namespace {

void show(const char* title, const std::string& text) { std::printf("== %s\n%s\n", title, text.c_str()); }

bool cast_all(c::ballot_box& box, std::initializer_list<country> states, c::ballot b) {
  for (country s : states) {
    const auto r = box.cast(s, b);
    if (!r) {
      std::printf("error %.*s: %.*s (%.*s)\n", static_cast<int>(r.error().id().size()), r.error().id().data(),
                  static_cast<int>(r.error().what().size()), r.error().what().data(),
                  static_cast<int>(r.error().context.view().size()), r.error().context.view().data());
      return false;
    }
  }
  return true;
}

}  // namespace

int main() {
  constexpr date vote_day{2025, 9, 15};

  // ---- 1. Council of the EU, qualified majority -------------------------------------------
  const auto council = c::make_electorate(presets::eu_members, vote_day, presets::eurostat_2025);
  if (!council) return 1;
  const c::electorate& eu = *council;
  const auto& qmv = presets::eu_council_qmv;

  c::ballot_box box(eu, vote_day);
  if (!cast_all(box, {"ES"_country, "PL"_country, "RO"_country, "BE"_country, "CZ"_country, "PT"_country,
                      "SE"_country, "GR"_country, "HU"_country, "AT"_country, "BG"_country, "DK"_country,
                      "FI"_country, "IE"_country, "SK"_country, "HR"_country, "LT"_country, "SI"_country,
                      "LV"_country, "EE"_country, "CY"_country, "LU"_country, "MT"_country},
                c::ballot::yes))
    return 1;

  const c::outcome midway = c::tally(qmv, box);
  show("Council QMV, 23 of 27 answers in", c::explain(eu, midway, c::code_style::eu));
  std::printf("smallest coalition that could still block: %s\n\n",
              c::member_codes(eu, c::smallest_blocking_coalition(qmv, box).members, c::code_style::eu).c_str());

  // Germany, France and Italy vote no: 46.9 % of the population, but three members only.
  if (!cast_all(box, {"DE"_country, "FR"_country, "IT"_country}, c::ballot::no)) return 1;
  show("Council QMV, Germany, France and Italy against", c::explain(eu, c::tally(qmv, box), c::code_style::eu));
  std::printf("answers that can still change the outcome: %s\n\n",
              c::member_codes(eu, c::swing_members(qmv, box).can_change, c::code_style::eu).c_str());

  // Either the Netherlands votes yes: three states alone cannot block, the majority is deemed
  // attained although the yes side holds less than 65 % of the population ...
  c::ballot_box netherlands_yes = box;
  if (!cast_all(netherlands_yes, {"NL"_country}, c::ballot::yes)) return 1;
  show("Council QMV, the Netherlands votes yes", c::explain(eu, c::tally(qmv, netherlands_yes), c::code_style::eu));

  // ... or it abstains, which counts against: four members, a blocking minority.
  c::ballot_box netherlands_abstains = box;
  if (!cast_all(netherlands_abstains, {"NL"_country}, c::ballot::abstain)) return 1;
  show("Council QMV, the Netherlands abstains",
       c::explain(eu, c::tally(qmv, netherlands_abstains), c::code_style::eu));

  // ---- 2. All other NATO allies, unanimity, abstention does not block ---------------------
  const auto alliance = c::make_electorate(presets::nato_members, vote_day);
  if (!alliance) return 1;
  const auto others = c::all_other_members(*alliance, "ES"_country);
  if (!others) return 1;
  const c::unanimity consent_rule{c::abstention::does_not_block};

  c::ballot_box allies(*others, vote_day);
  for (std::size_t i = 0; i < others->size(); ++i) {
    const country ally = others->member(i);
    const bool abstains = ally == "HU"_country || ally == "TR"_country;
    if (!cast_all(allies, {ally}, abstains ? c::ballot::abstain : c::ballot::yes)) return 1;
  }
  show("Collective defence: consent of the 31 other allies", c::explain(*others, c::tally(consent_rule, allies)));

  // The acting state has no vote of its own.
  std::printf("== Spain casts a ballot in its own consent\n");
  (void)cast_all(allies, {"ES"_country}, c::ballot::yes);
  std::printf("\n");

  // One ally objects instead of abstaining.
  c::ballot_box objection(*others, vote_day);
  for (std::size_t i = 0; i < others->size(); ++i) {
    const country ally = others->member(i);
    if (!cast_all(objection, {ally}, ally == "US"_country ? c::ballot::no : c::ballot::yes)) return 1;
  }
  show("Collective defence: one ally objects", c::explain(*others, c::tally(consent_rule, objection)));
  return 0;
}
