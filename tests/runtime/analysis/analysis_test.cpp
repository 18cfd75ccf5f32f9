// The analysis at run time: the reports in words, on the small policies of
// tests/support/analysis_cases.hpp (answers worked out there), and on RP-1.
#include <oversight/analysis.hpp>
#include <oversight/policies/rp1.hpp>

#include <string>

#include "analysis_cases.hpp"
#include "oversight_catch.hpp"

namespace {
using namespace analysis_cases;
namespace an = oversight::analysis;

TEST_CASE("analysis: a report names the dead rules and the idle exception") {
  const an::policy_report r = an::analyse(flawed);
  CHECK(an::to_text(r) ==
        "policy flawed\n"
        "  rule high-risk (deny): fires [decided at cell 6 of 9]\n"
        "  rule tender (deny): fires [decided at cell 6 of 18]\n"
        "  rule contradictory (review): never fires (only undecided) [6 cells]\n"
        "  rule empty-period (deny): never fires [3 cells]\n"
        "  exception idle to tender: never applies [18 cells]\n");
  CHECK(r.count(an::rule_status::never_fires) == 2);
  CHECK(r.count(an::exception_status::never_applies) == 1);
  CHECK(an::analyse(sound).all_live());
}

TEST_CASE("analysis: a part it cannot cut is reported with its rule, never proved") {
  const an::policy_report r = an::analyse(with_quantifier);
  REQUIRE(r.rule("subcontractor-sanctions") != nullptr);
  CHECK(r.rule("subcontractor-sanctions")->status == an::rule_status::not_analysed);
  CHECK(r.rule("subcontractor-sanctions")->reason.where == "subcontractor-sanctions");
  const auto v = an::verdicts(with_quantifier);
  CHECK_FALSE(v.analysed());
  CHECK_FALSE(v.never(verdict_kind::review));
  CHECK(an::to_text(v) == "not analysed:\n  a quantifier over a collection (any, all, none), in subcontractor-sanctions\n");
  const auto p = an::never_permits_when(with_quantifier, high_risk && sector == sector_kind::defence);
  CHECK(static_cast<bool>(p));
  CHECK(an::to_text(p) ==
        "proved by rule high-risk, which fires wherever the condition holds; the policy's other parts were not "
        "needed [12 cells]\n");
}

TEST_CASE("analysis: the verdicts a policy reaches, each with a cell in words") {
  const auto v = an::verdicts(sound);
  CHECK(an::to_text(v) ==
        "PERMIT: reached, e.g. where high_risk = false, sector = general, value <= 99, tendered = false, "
        "supplier_hq not in {BY, RU}\n"
        "REVIEW: never\n"
        "DENY: reached, e.g. where high_risk = true, sector in {defence, interception}, value <= 99, tendered = "
        "false, supplier_hq not in {BY, RU}\n"
        "INDETERMINATE: reached, e.g. where high_risk unknown, sector in {defence, interception}, value <= 99, "
        "tendered = false, supplier_hq not in {BY, RU}\n"
        "INDETERMINATE with every fact known: never\n"
        "[324 cells]\n");
  // The witness is a subject like any other: the policy gives it the verdict reported.
  REQUIRE(v.example(verdict_kind::deny).has_value());
  const auto& c = *v.example(verdict_kind::deny);
  CHECK(check(sound, c, as_of(c.day)) == verdict_kind::deny);
}

TEST_CASE("analysis: a failed property names a witness") {
  const auto p = an::never_permits_when(sound, high_risk);
  CHECK(p.refuted());
  CHECK_FALSE(static_cast<bool>(p));
  CHECK(an::to_text(p) ==
        "refuted where high_risk = true, sector = general, value <= 99, tendered = false, supplier_hq not in "
        "{BY, RU}: PERMIT (NotApplicable) [decided at cell 2 of 324]\n");
  REQUIRE(p.witness.has_value());
  CHECK(check(sound, *p.witness, as_of(p.witness->day)) == verdict_kind::permit);
  // With `sector == defence` in the question, sector is tried as general, defence, interception
  // and unknown. The rule high-risk denies wherever the question holds: its 3 * 4 cells prove it.
  CHECK(an::to_text(an::never_permits_when(sound, high_risk && sector == sector_kind::defence)) ==
        "proved by rule high-risk, which fires wherever the condition holds; the policy's other parts were not "
        "needed [12 cells]\n");
  // Ten cells are too few for the rule's 12, and for the policy's 3 * 4 * 4 * 3 * 3.
  CHECK(an::to_text(an::never_permits_when(sound, high_risk && sector == sector_kind::defence, an::options{10})) ==
        "not refuted (cut short) [10 of 432 cells, cut short]\n");
}

TEST_CASE("analysis: a property no single rule keeps is proved over every cell of the policy") {
  // Defence and interception are denied by two rules: neither alone covers the question.
  const auto p = an::never_permits_when(split, high_risk && sector.in(sector_kind::defence, sector_kind::interception));
  CHECK(static_cast<bool>(p));
  CHECK(p.by_rule.empty());
  CHECK(an::to_text(p) == "proved [12 cells]\n");
  CHECK(an::always_denies_when(split, high_risk && sector == sector_kind::defence).by_rule == "high-risk-defence");
  CHECK(an::to_text(an::never_permits_when(split, high_risk)) ==
        "refuted where high_risk = true, sector = general: PERMIT (NotApplicable) [decided at cell 2 of 12]\n");
}

TEST_CASE("analysis: a first-applicable rule shadowed by an earlier one, overlapping only-one-applicable targets") {
  CHECK(an::to_text(an::analyse(shadowing)) ==
        "policy shadowing\n"
        "  rule broad (review): fires [4 cells]\n"
        "  rule narrow (deny): shadowed (an earlier child of its first-applicable policy applies wherever it does) "
        "[12 cells]\n"
        "  rule late (deny): fires [3 cells]\n");
  CHECK(an::analyse(ordered).count(an::rule_status::shadowed) == 0);
  // sector = defence: 27 of the 3 * 4 * 3 * 3 cells (high_risk, sector, value, tendered).
  CHECK(an::to_text(an::analyse(by_sector)) ==
        "policy by-sector\n"
        "  rule defence.high-risk (deny): fires [3 cells]\n"
        "  rule sensitive.tender (deny): fires [3 cells]\n"
        "  rule general.tender (deny): fires [decided at cell 6 of 9]\n"
        "  defence and sensitive both apply in only-one-applicable policy by-sector, Indeterminate there: in 27 "
        "cells [108 cells]\n");
  CHECK(an::analyse(by_sector_disjoint).overlaps.empty());
  // The overlap is real: a defence contract with every fact known is Indeterminate.
  const auto v = an::verdicts(by_sector);
  REQUIRE(v.indeterminate_when_known.has_value());
  CHECK(check(by_sector, *v.indeterminate_when_known, as_of(v.indeterminate_when_known->day)) ==
        verdict_kind::indeterminate);
}

TEST_CASE("analysis: decision-table rows shadowed, never matched, overlapping where the hit policy forbids") {
  CHECK(an::to_text(an::analyse_table(first_rates)) ==
        "table first-rates (FIRST)\n"
        "  row 1: matches\n"
        "  row 2: matches\n"
        "  row 3: shadowed (an earlier row matches wherever it does)\n"
        "  row 4: never matches\n"
        "[12 cells]\n");
  // Built at run time: at compile time a UNIQUE table refuses the second row (OVS-E112).
  const auto overlapping = decision_table<"overlapping", hit_policy::unique, std::int64_t>(inputs(sector, value))
                               .row(is(sector_kind::defence), any_value, std::int64_t{1})
                               .row(any_value, at_least(std::int64_t{100}), std::int64_t{2});
  const an::table_report u = an::analyse_table(overlapping);
  REQUIRE(u.overlaps.size() == 1);
  CHECK(u.overlaps[0].first == 0);
  CHECK(u.overlaps[0].second == 1);
  CHECK(an::to_text(u) ==
        "table overlapping (UNIQUE)\n"
        "  row 1: matches\n"
        "  row 2: matches\n"
        "  rows 1 and 2 both match, which UNIQUE forbids: in 1 cell\n"
        "[9 cells]\n");
  // ANY allows overlapping rows that agree (rows 1 and 2), not rows that differ (2 and 3).
  const auto any_table = decision_table<"any-table", hit_policy::any, std::int64_t>(inputs(sector, value))
                             .row(is(sector_kind::defence), any_value, std::int64_t{1})
                             .row(any_value, at_least(std::int64_t{100}), std::int64_t{1})
                             .row(is(sector_kind::general), at_least(std::int64_t{200}), std::int64_t{2});
  const an::table_report a = an::analyse_table(any_table);
  REQUIRE(a.overlaps.size() == 1);
  CHECK(a.overlaps[0].first == 1);
  CHECK(a.overlaps[0].second == 2);
  // The overlap is what the table itself reports: a general contract of 200 is a conflict.
  an::cell<std::remove_cvref_t<decltype(sector)>, std::remove_cvref_t<decltype(value)>> c{};
  c.values = {sector_kind::general, std::int64_t{200}};
  CHECK(any_table.evaluate(c, context{}).status == table_status::conflict);
  CHECK(an::analyse_table(threshold).all_live());
}

TEST_CASE("analysis: an amendment's difference, merged into regions") {
  CHECK(an::to_text(an::difference(before, after)) ==
        "2 cells differ between before and after [12 cells]\n"
        "  where value in 100..199, tendered = false: DENY (Deny) -> PERMIT (NotApplicable)\n"
        "  where value in 100..199, tendered unknown: INDETERMINATE (Indeterminate{D}) -> PERMIT (NotApplicable)\n");
  CHECK(an::difference(before, before_rewritten).none());
  CHECK(an::to_text(an::equivalent(before, before_rewritten)) == "proved [9 cells]\n");
  // The day is a dimension: before 2024 the dated policy has no rule in force.
  const auto d = an::difference(dated, before);
  CHECK(d.differing == 16);
  REQUIRE_FALSE(d.regions.empty());
  CHECK(d.space.describe(d.regions.front().at) == "value in 100..119, tendered = false, on a day up to 2023-12-31");
  std::size_t covered = 0;
  for (const auto& r : d.regions) covered += r.cells;
  CHECK(covered == d.differing);
}

TEST_CASE("analysis: a decision table against the same thresholds written as rules") {
  CHECK(an::to_text(an::difference(by_table, by_rules)) ==
        "2 cells differ between by-table and by-rules [36 cells]\n"
        "  where value <= 99, sector unknown, tendered = false: INDETERMINATE (Indeterminate{D}) -> PERMIT "
        "(NotApplicable)\n"
        "  where value <= 99, sector unknown, tendered unknown: INDETERMINATE (Indeterminate{D}) -> PERMIT "
        "(NotApplicable)\n");
  // value: <= 99, 100..199, >= 200, unknown; sector: defence, {general, interception}, unknown.
  CHECK(an::space_of(by_table, by_rules).values_at(0) == 4);
  CHECK(an::space_of(by_table, by_rules).values_at(1) == 3);
}

TEST_CASE("analysis: RP-1, rule by rule, and its promises") {
  namespace rp1 = oversight::rp1;
  const an::policy_report r = an::analyse(rp1::policy);
  CHECK(r.count(an::rule_status::fires) == 9);
  CHECK(r.count(an::rule_status::never_fires) == 0);
  REQUIRE(r.rule("consent.collective-defence") != nullptr);
  CHECK(r.rule("consent.collective-defence")->status == an::rule_status::not_analysed);
  CHECK(r.exception("exemption.art346")->status == an::exception_status::applies);
  // A high-risk supplier in defence is denied, whatever the consent rule does.
  const auto p = an::always_denies_when(rp1::policy, rp1::high_risk && rp1::sector == rp1::sector_kind::defence);
  CHECK(static_cast<bool>(p));
  CHECK(p.by_rule == "supplier.high-risk");
}

TEST_CASE("analysis: money in another currency is a case of its own") {
  static constexpr fact<"amount", money> amount{};
  static constexpr auto p = policy<"money", combining::deny_overrides>(
      rule<"big">(effect::deny, amount >= money::minor(100'00, *currency::parse("EUR"))));
  const auto sp = an::space_of(p);
  // <= 99.99 EUR, >= 100.00 EUR, an amount in another currency, unknown.
  CHECK(sp.values_at(0) == 4);
  const auto v = an::verdicts(p);
  CHECK(v.can(verdict_kind::indeterminate));
  REQUIRE(v.indeterminate_when_known.has_value());  // a known amount in USD cannot be compared
  CHECK(v.space.describe(*v.indeterminate_when_known) ==
        "amount = 0.00 USD (not comparable with the policy's constants)");
}

}  // namespace
