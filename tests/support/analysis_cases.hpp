// Small policies built to have one flaw each (a dead rule, an exception that never applies, a
// rule whose period is empty, a property that fails) and policies without it, for the analysis
// tests (tests/static/analysis, tests/runtime/analysis). The expected answers are worked out by
// hand in the comments.
#pragma once

#include <oversight/analysis.hpp>
#include <oversight/domain/country_set.hpp>
#include <oversight/rules.hpp>

#include <cstdint>
#include <string_view>

namespace analysis_cases {

using namespace oversight;

enum class sector_kind : std::uint8_t { general, defence, interception };
constexpr std::string_view to_string_view(sector_kind s) noexcept {
  constexpr std::string_view text[] = {"general", "defence", "interception"};
  return detail::enum_text(text, s);
}

inline constexpr fact<"high_risk", bool> high_risk{};
inline constexpr fact<"sector", sector_kind> sector{};
inline constexpr fact<"value", std::int64_t> value{};
inline constexpr fact<"tendered", bool> tendered{};
inline constexpr fact<"supplier_hq", country> supplier_hq{};
inline constexpr collection<"subcontractors"> subcontractors{};

inline constexpr country_set sanctioned{country("RU"), country("BY")};

// ---- a sound policy: every rule fires, the exception applies -----------------------------------

inline constexpr auto high_risk_rule =
    rule<"high-risk">(effect::deny, high_risk && sector.in(sector_kind::defence, sector_kind::interception));
inline constexpr auto tender_rule = rule<"tender">(effect::deny, value >= std::int64_t{100} && !tendered);
inline constexpr auto small_lots = exception<"small-lots", "tender">(value < std::int64_t{150});
inline constexpr auto sanctions_rule = rule<"sanctions">(effect::deny, supplier_hq.in(sanctioned));
inline constexpr auto sound = policy<"sound", combining::deny_overrides>(high_risk_rule, tender_rule, small_lots,
                                                                        sanctions_rule);

// ---- flawed: a rule whose condition contradicts itself, one whose period is empty, and an
// exception that holds only where its rule cannot fire ------------------------------------------

/// value > 10 and value < 5: no value satisfies both; unknown when value is unknown.
inline constexpr auto contradictory = rule<"contradictory">(effect::review, value > std::int64_t{10} && value < std::int64_t{5});
/// In force from 2026 to 2025: never in force.
inline constexpr auto empty_period =
    rule<"empty-period">(effect::deny, high_risk).in_force_during({date(2026, 1, 1), date(2025, 12, 31)});
/// The rule fires only at 100 and above; the exception only below 50.
inline constexpr auto idle = exception<"idle", "tender">(value < std::int64_t{50});
inline constexpr auto flawed = policy<"flawed", combining::deny_overrides>(high_risk_rule, tender_rule, idle,
                                                                          contradictory, empty_period);

// ---- an amendment: the threshold raised from 100 to 200 ----------------------------------------

inline constexpr auto before = policy<"before", combining::deny_overrides>(rule<"tender">(effect::deny, value >= std::int64_t{100} && !tendered));
inline constexpr auto after = policy<"after", combining::deny_overrides>(rule<"tender">(effect::deny, value >= std::int64_t{200} && !tendered));
/// `before` written another way: not (value < 100 or tendered).
inline constexpr auto before_rewritten = policy<"before-rewritten", combining::deny_overrides>(
    rule<"tender">(effect::deny, !(value < std::int64_t{100} || tendered)));

// ---- a dated rule: the day is a dimension of its own -------------------------------------------

inline constexpr auto dated = policy<"dated", combining::deny_overrides>(
    rule<"old-threshold">(effect::deny, value >= std::int64_t{100}).in_force_during({date(2024, 1, 1), date(2025, 12, 31)}),
    rule<"new-threshold">(effect::deny, value >= std::int64_t{120}).in_force_during(since(date(2026, 1, 1))));

// ---- a policy with a part the analysis cannot cut: a quantifier over subcontractors ---------------

inline constexpr auto with_quantifier = policy<"with-quantifier", combining::deny_overrides>(
    high_risk_rule, rule<"subcontractor-sanctions">(effect::review, any(subcontractors, supplier_hq.in(sanctioned))));

// ---- a threshold from a decision table, and the same written as rules ---------------------------

inline constexpr auto threshold = decision_table<"threshold", hit_policy::unique, std::int64_t>(inputs(sector))
                                      .row(is(sector_kind::defence), std::int64_t{200})
                                      .row(is(sector_kind::general, sector_kind::interception), std::int64_t{100});
inline constexpr auto by_table =
    policy<"by-table", combining::deny_overrides>(rule<"tender">(effect::deny, value >= threshold && !tendered));
/// Equal wherever sector is known. Where it is not, the table has no value and the rule is
/// undecided; the rules' form decides a value of 99 or less (below both thresholds) as not firing.
/// So the two differ in exactly two cells: sector unknown, value <= 99, tendered false or unknown.
inline constexpr auto by_rules = policy<"by-rules", combining::deny_overrides>(rule<"tender">(
    effect::deny, ((sector == sector_kind::defence && value >= std::int64_t{200}) ||
                   (sector.in(sector_kind::general, sector_kind::interception) && value >= std::int64_t{100})) &&
                      !tendered));

// ---- a promise no single rule keeps: defence and interception denied by two rules -------------

inline constexpr auto split = policy<"split", combining::deny_overrides>(
    rule<"high-risk-defence">(effect::deny, high_risk && sector == sector_kind::defence),
    rule<"high-risk-interception">(effect::deny, high_risk && sector == sector_kind::interception));

// ---- first-applicable: a rule that can fire but never decides ---------------------------------

/// The broad rule comes first: wherever the narrow one fires (value 200 or more), value >= 100
/// fired already. `late` decides where value is below 100 and high_risk holds.
inline constexpr auto shadowing = policy<"shadowing", combining::first_applicable>(
    rule<"broad">(effect::review, value >= std::int64_t{100}),
    rule<"narrow">(effect::deny, value >= std::int64_t{200}),
    rule<"late">(effect::deny, high_risk));
/// The same rules, the narrow one first: each decides somewhere.
inline constexpr auto ordered = policy<"ordered", combining::first_applicable>(
    rule<"narrow">(effect::deny, value >= std::int64_t{200}),
    rule<"broad">(effect::review, value >= std::int64_t{100}),
    rule<"late">(effect::deny, high_risk));

// ---- only-one-applicable: two children whose targets overlap ----------------------------------

inline constexpr auto by_sector = policy<"by-sector", combining::only_one_applicable>(
    policy<"defence", combining::deny_overrides>(rule<"defence.high-risk">(effect::deny, high_risk))
        .applies_when(sector == sector_kind::defence),
    policy<"sensitive", combining::deny_overrides>(rule<"sensitive.tender">(effect::deny, !tendered))
        .applies_when(sector.in(sector_kind::defence, sector_kind::interception)),
    policy<"general", combining::deny_overrides>(rule<"general.tender">(effect::deny, value >= std::int64_t{100} && !tendered))
        .applies_when(sector == sector_kind::general));
/// The targets split the sectors: no two apply together.
inline constexpr auto by_sector_disjoint = policy<"by-sector-disjoint", combining::only_one_applicable>(
    policy<"defence", combining::deny_overrides>(rule<"defence.high-risk">(effect::deny, high_risk))
        .applies_when(sector == sector_kind::defence),
    policy<"interception", combining::deny_overrides>(rule<"interception.tender">(effect::deny, !tendered))
        .applies_when(sector == sector_kind::interception),
    policy<"general", combining::deny_overrides>(rule<"general.tender">(effect::deny, value >= std::int64_t{100} && !tendered))
        .applies_when(sector == sector_kind::general));

// ---- decision tables: a shadowed row, a row nothing matches -----------------------------------

/// Row 3 (defence, 500 or more) comes after row 1 (defence, any value): FIRST never reaches it.
/// Row 4 tests a value from 50 to 10: none.
inline constexpr auto first_rates = decision_table<"first-rates", hit_policy::first, std::int64_t>(inputs(sector, value))
                                        .row(is(sector_kind::defence), any_value, std::int64_t{1})
                                        .row(any_value, at_least(std::int64_t{100}), std::int64_t{2})
                                        .row(is(sector_kind::defence), at_least(std::int64_t{500}), std::int64_t{3})
                                        .row(any_value, between(std::int64_t{50}, std::int64_t{10}), std::int64_t{4});

}  // namespace analysis_cases
