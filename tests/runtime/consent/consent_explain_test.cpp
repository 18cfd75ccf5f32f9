// Text explanations: percentages from exact integers, codes heaviest first.
#include <oversight/oversight.hpp>
#include <oversight/consent.hpp>

#include "oversight_catch.hpp"
#include "../../static/consent/consent_cases.hpp"

using namespace consent_cases;

TEST_CASE("format_share rounds half up from exact integers", "[consent][explain]") {
  CHECK(format_share(1, 3) == "33.3 %");
  CHECK(format_share(2, 3) == "66.7 %");
  CHECK(format_share(1, 8, 2) == "12.50 %");
  CHECK(format_share(1, 16, 1) == "6.3 %");  // 6.25 -> 6.3
  CHECK(format_share(0, 5) == "0.0 %");
  CHECK(format_share(5, 5) == "100.0 %");
  CHECK(format_share(1, 3, 0) == "33 %");
  CHECK(format_share(7, 0) == "0.0 %");
  CHECK(format_share(~0ull, ~0ull, 4) == "100.0000 %");
  CHECK(format_share(~0ull / 2, ~0ull, 2) == "50.00 %");
  CHECK(format_share(229'191'200, 450'380'800) == "50.9 %");
  // A part above the whole is a percentage above 100, exact for any 64-bit counts.
  CHECK(format_share(3, 1) == "300.0 %");
  CHECK(format_share(7, 2, 2) == "350.00 %");
  CHECK(format_share(19'999, 10'000) == "200.0 %");  // 199.99 rounds up across the hundreds
  CHECK(format_share(1'001, 1'000, 1) == "100.1 %");
  CHECK(format_share(~0ull, 1, 0) == "1844674407370955161500 %");
  CHECK(format_share(~0ull, 2, 4) == "922337203685477580750.0000 %");
}

TEST_CASE("Explaining a QMV outcome", "[consent][explain]") {
  const electorate e = eu_council();
  const std::string text = explain(e, qmv_three_large_against());
  CHECK(text.rfind("adopted (deemed attained: no blocking minority)\n", 0) == 0);
  CHECK(text.find("  no: 3 (46.9 %) DE, FR, IT\n") != std::string::npos);
  CHECK(text.find("  required: 15 members in favour, 65.00 % of population\n") != std::string::npos);
  CHECK(text.find("a blocking minority needs at least 4 members") != std::string::npos);
  // EU style writes Greece as EL.
  const std::string eu_style = explain(e, qmv_fourteen_largest_yes(), code_style::eu);
  CHECK(eu_style.find("EL") != std::string::npos);
  CHECK(eu_style.find("GR") == std::string::npos);
}

TEST_CASE("Explaining the margins on both sides", "[consent][explain]") {
  const electorate e = eu_council();
  // 20 of 27 for a simple majority (14): 6 above it; 7 not in favour.
  const std::string adopted = explain(e, simple_majority_with(20));
  CHECK(adopted.find("  required: 14 members in favour\n") != std::string::npos);
  CHECK(adopted.find("  above by: 6 members\n") != std::string::npos);
  CHECK(adopted.find("short by") == std::string::npos);
  CHECK(adopted.find("  not in favour: 7 members, 16.4 % of population\n") != std::string::npos);
  // Deemed attained: members above, population short, both said.
  const std::string deemed = explain(e, qmv_three_large_against());
  CHECK(deemed.find("  above by: 9 members\n") != std::string::npos);
  CHECK(deemed.find("  short by: 11.88 % of population\n") != std::string::npos);
  // Not adopted: short, nothing above, no "not in favour" line (the blocking side is named).
  const std::string failed = explain(e, simple_majority_with(13));
  CHECK(failed.find("  short by: 1 member\n") != std::string::npos);
  CHECK(failed.find("above by") == std::string::npos);
  CHECK(failed.find("not in favour") == std::string::npos);
  // Unanimity's single required yes has no margin worth printing: one member can block.
  CHECK(explain(e, unanimity_one(abstention::does_not_block, ballot::yes)).find("above by") == std::string::npos);
}

TEST_CASE("Explaining constructive abstention (Art. 31(1) TEU)", "[consent][explain]") {
  const electorate e = eu_council();
  // Blocked: nine formal abstainers with 48.6 % of the population reach both thresholds.
  const std::string blocked = explain(e, constructive_nine_with_large());
  CHECK(blocked.rfind("blocked by DE, FR, IT, SI, LV, EE, CY, LU, MT: 48.6 % of population "
                      "(qualified abstentions reach the threshold)\n",
                      0) == 0);
  CHECK(blocked.find("  of which formal (qualified): 9 (48.6 %) DE, FR, IT, SI, LV, EE, CY, LU, MT\n") !=
        std::string::npos);
  CHECK(blocked.find("  formal abstentions block at: 9 members comprising 33.33 % of population\n") !=
        std::string::npos);
  CHECK(blocked.find("short of blocking") == std::string::npos);
  // Adopted: the nine smallest reach the count, not the population; they need not apply it.
  const std::string small = explain(e, constructive_nine_small());
  CHECK(small.rfind("adopted (formal abstentions below the blocking threshold)\n", 0) == 0);
  CHECK(small.find("  of which formal (qualified): 9 (4.4 %) SK, HR, LT, SI, LV, EE, CY, LU, MT\n") !=
        std::string::npos);
  CHECK(small.find("  formal abstentions short of blocking by: 28.94 % of population\n") != std::string::npos);
  CHECK(small.find("  not obliged to apply the decision (Art. 31(1) TEU): SK, HR, LT, SI, LV, EE, CY, LU, MT\n") !=
        std::string::npos);
  CHECK(small.find("unanimous") == std::string::npos);
  // Eight with the three largest: the population reached, one member short.
  CHECK(explain(e, constructive_eight_with_large()).find("  formal abstentions short of blocking by: 1 member\n") !=
        std::string::npos);
  // Plain abstentions only: unanimous, and nobody is released from applying the decision.
  const std::string plain = explain(e, constructive_nine_plain());
  CHECK(plain.rfind("adopted (unanimous)\n", 0) == 0);
  CHECK(plain.find("not obliged") == std::string::npos);
}

TEST_CASE("Explaining a whole-Council rule refused on a partial electorate", "[consent][explain]") {
  const electorate e = participating_without_de_fr();
  const outcome o = vote(presets::eu_council_qmv, e, {}, ballot::no);
  CHECK(summary(e, o) ==
        "not decided: the rule counts every member of the body and not all take part: use the rule for "
        "participating members (taken out: DE, FR)");
  CHECK(explain(e, o).rfind(summary(e, o) + "\n", 0) == 0);
  CHECK(explain(e, o).find("blocked by") == std::string::npos);
}

TEST_CASE("Explaining an obligatory abstention (UN Charter Art. 27(3))", "[consent][explain]") {
  const electorate e = council_2011();
  const std::string text = explain(e, party_votes_no());
  CHECK(text.rfind("adopted (thresholds met)\n", 0) == 0);
  CHECK(text.find("  no: 0\n") != std::string::npos);
  CHECK(text.find("  abstain: 1 GB\n") != std::string::npos);
  CHECK(text.find("  obliged to abstain: GB (counted as abstaining; ballot set aside: GB)\n") != std::string::npos);
  // Without the proviso the line is not there.
  CHECK(explain(e, resolution_1973()).find("obliged") == std::string::npos);
}

TEST_CASE("Explaining a pending vote", "[consent][explain]") {
  const electorate e = eu_council();
  const ballot_box box = half_open_box(e);
  const outcome o = tally(unanimity{abstention::blocks}, box);
  CHECK(summary(e, o).rfind("pending: awaiting DE, FR, IT, ES, PL, RO, NL, BE, CZ, PT, SE, GR, HU", 0) == 0);
  CHECK(explain(e, o).find("indispensable yes votes: DE, FR") != std::string::npos);
}
