// The analysis at compile time: each question on a small policy built to have the flaw, and on
// one without it (tests/support/analysis_cases.hpp works out the answers).
#include "analysis_cases.hpp"

namespace {
using namespace analysis_cases;
namespace an = oversight::analysis;

// Representatives: value is compared with 100 and 150, so it is tried as <= 99, 100..149,
// >= 150 and unknown; sector with its three values and unknown; a country as a member of
// `sanctioned`, a non-member, or unknown.
static_assert(an::space_of(sound).values_at(0) == 3);  // high_risk: false, true, unknown
static_assert(an::space_of(sound).values_at(1) == 3);  // sector: general, {defence, interception}, unknown
static_assert(an::space_of(sound).values_at(2) == 4);  // value
static_assert(an::space_of(sound).values_at(4) == 3);  // supplier_hq: in sanctioned, not, unknown
static_assert(an::space_of(sound).problems.empty());

// No dead rule, no idle exception.
static_assert(an::analyse(sound).all_live());
static_assert(an::analyse(sound).count(an::rule_status::fires) == 3);

// The flawed policy: two dead rules (a contradiction, an empty period), one idle exception.
static_assert(an::analyse(flawed).rule("contradictory")->status == an::rule_status::never_fires);
static_assert(an::analyse(flawed).rule("contradictory")->can_be_undecided);  // value unknown
static_assert(an::analyse(flawed).rule("empty-period")->status == an::rule_status::never_fires);
static_assert(!an::analyse(flawed).rule("empty-period")->can_be_undecided);  // out of force on every day
static_assert(an::analyse(flawed).rule("tender")->status == an::rule_status::fires);
static_assert(an::analyse(flawed).exception("idle")->status == an::exception_status::never_applies);
static_assert(!an::analyse(flawed).all_live());

// Properties.
static_assert(an::never_permits_when(sound, high_risk && sector == sector_kind::defence));
static_assert(an::always_denies_when(sound, high_risk && sector == sector_kind::defence));
static_assert(an::always_denies_when(sound, supplier_hq.in(sanctioned)));
static_assert(an::never_permits_when(sound, high_risk).refuted());  // a general-sector contract passes
static_assert(!an::never_permits_when(sound, high_risk));
// Small lots are exempt: a contract of 100..149 untendered is permitted.
static_assert(an::never_permits_when(sound, value >= std::int64_t{100} && !tendered).refuted());
static_assert(an::never_permits_when(sound, value >= std::int64_t{150} && !tendered));

// Verdicts reachable: sound can permit, deny and be Indeterminate, never REVIEW; with every fact
// known it always decides.
static_assert(an::verdicts(sound).can(verdict_kind::permit));
static_assert(an::verdicts(sound).can(verdict_kind::deny));
static_assert(an::verdicts(sound).never(verdict_kind::review));
static_assert(an::verdicts(sound).can(verdict_kind::indeterminate));
static_assert(an::verdicts(sound).decides_when_known());

// Equivalence and difference.
static_assert(an::equivalent(before, before_rewritten));
static_assert(an::equivalent(before, after).refuted());
static_assert(an::difference(before, after).differing == 2);  // 100..199, tendered false / unknown
static_assert(an::difference(before, before_rewritten).none());

// A decision table over facts: its outputs cut the value, its rows' tests cut the sector.
static_assert(an::space_of(by_table).problems.empty());
static_assert(an::never_permits_when(by_table, sector == sector_kind::defence && value >= std::int64_t{200} && !tendered));
static_assert(an::never_permits_when(by_table, sector == sector_kind::defence && value >= std::int64_t{199} && !tendered)
                  .refuted());
static_assert(an::difference(by_table, by_rules).differing == 2);

// Dated rules: the day is cut at 2024-01-01, 2025-12-31 / 2026-01-01.
static_assert(an::space_of(dated).days.size() == 3);  // before 2024, 2024-2025, from 2026
static_assert(an::never_permits_when(dated, value >= std::int64_t{120}).refuted());  // before 2024
static_assert(an::verdicts(dated).can(verdict_kind::deny));

// A quantifier is not analysed: policy-level questions say so, never "proved"; a property that
// one rule decides by itself under deny-overrides is still proved through that rule.
static_assert(!an::analyse(with_quantifier).problems.empty());
static_assert(an::analyse(with_quantifier).rule("subcontractor-sanctions")->status == an::rule_status::not_analysed);
static_assert(an::analyse(with_quantifier).rule("high-risk")->status == an::rule_status::fires);
static_assert(!an::verdicts(with_quantifier).analysed());
static_assert(!an::verdicts(with_quantifier).never(verdict_kind::review));
static_assert(an::never_permits_when(with_quantifier, high_risk && sector == sector_kind::defence));
static_assert(an::never_permits_when(with_quantifier, high_risk && sector == sector_kind::defence).by_rule == "high-risk");
static_assert(!an::never_permits_when(with_quantifier, high_risk));

// One rule keeps a promise by itself: it alone is analysed.
static_assert(an::never_permits_when(sound, high_risk && sector == sector_kind::defence).by_rule == "high-risk");
// Two rules keep it together: every cell of the policy is tried (and a gap would be found).
static_assert(an::never_permits_when(split, high_risk && sector.in(sector_kind::defence, sector_kind::interception)));
static_assert(an::never_permits_when(split, high_risk && sector.in(sector_kind::defence, sector_kind::interception))
                  .by_rule.empty());
static_assert(an::never_permits_when(split, high_risk).refuted());

// First-applicable: `narrow` fires (value >= 200) but `broad` (value >= 100) decides first
// wherever it does; with `narrow` first, every rule decides somewhere.
static_assert(an::analyse(shadowing).rule("narrow")->status == an::rule_status::shadowed);
static_assert(an::analyse(shadowing).rule("broad")->status == an::rule_status::fires);
static_assert(an::analyse(shadowing).rule("late")->status == an::rule_status::fires);
static_assert(!an::analyse(shadowing).all_live());
static_assert(an::analyse(ordered).all_live());

// Only-one-applicable: the defence and sensitive targets both hold for a defence contract, where
// the policy is Indeterminate whatever is known; split by sector, no two targets meet.
static_assert(an::analyse(by_sector).overlaps.size() == 1);
static_assert(an::analyse(by_sector).overlaps[0].first == "defence");
static_assert(an::analyse(by_sector).overlaps[0].second == "sensitive");
static_assert(!an::analyse(by_sector).all_live());
static_assert(!an::verdicts(by_sector).decides_when_known());
static_assert(an::analyse(by_sector_disjoint).all_live());
static_assert(an::verdicts(by_sector_disjoint).decides_when_known());

// Decision-table rows: under FIRST, row 3 (defence, 500 or more) is shadowed by row 1 (defence),
// and row 4 (a value from 50 to 10) matches nothing; the UNIQUE threshold table is sound.
static_assert(an::analyse_table(first_rates).rows[0].status == an::row_status::matches);
static_assert(an::analyse_table(first_rates).rows[1].status == an::row_status::matches);
static_assert(an::analyse_table(first_rates).rows[2].status == an::row_status::shadowed);
static_assert(an::analyse_table(first_rates).rows[3].status == an::row_status::never_matches);
static_assert(!an::analyse_table(first_rates).all_live());
static_assert(an::analyse_table(threshold).all_live());
static_assert(an::analyse_table(threshold).overlaps.empty());

// The same questions required while compiling: true here; a failure is a compile error naming
// the witness (tests/compile_fail/analysis).
inline constexpr auto high_risk_in_defence = high_risk && sector == sector_kind::defence;
static_assert(an::require_never_permits_when<sound, high_risk_in_defence>());
static_assert(an::require_always_denies_when<sound, high_risk_in_defence>());
static_assert(an::require_equivalent<before, before_rewritten>());

// A budget too small: cut short, never proved.
static_assert(!an::never_permits_when(sound, high_risk && sector == sector_kind::defence, an::options{10}));
static_assert(an::never_permits_when(sound, high_risk && sector == sector_kind::defence, an::options{10}).cells.cut_short());

}  // namespace
