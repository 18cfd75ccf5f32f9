// Rules at compile time: unknown facts, severities, dated rules, exceptions, quantifiers,
// declared entities, the complies_with concept.
#include <oversight/oversight.hpp>

#include "rules_fixture.hpp"

namespace {

using namespace oversight;
using namespace fixture;

inline constexpr auto high_risk_rule =
    rule<"supplier.high-risk">(effect::deny, high_risk && area.in(area_kind::lawful_interception, area_kind::defence));
inline constexpr auto defence_rule = rule<"procurement.defence-directive">(
    effect::deny, area == area_kind::defence && value >= 44'300'000 && !eu_tendered);
inline constexpr auto art346_exemption =
    exception<"exemption.art346", "procurement.defence-directive">(art346, 1);
inline constexpr auto dual_use_counter =
    exception<"exemption.art346.dual-use", "procurement.defence-directive">(art346 && dual_use, 2,
                                                                            exception_mode::reinstate);
inline constexpr auto review_rule = rule<"security.review">(effect::review, area == area_kind::lawful_interception);
inline constexpr auto advice_rule = rule<"advice.large">(effect::advice, value >= 1'000'000'000);

inline constexpr auto screening_policy = policy<"screening", combining::deny_overrides>(
    high_risk_rule, defence_rule, art346_exemption, dual_use_counter, review_rule, advice_rule);

constexpr record clean{.value_cents = 10'000, .area = area_kind::general, .high_risk = false, .eu_tendered = true};
static_assert(check(screening_policy, clean));
static_assert(check(screening_policy, clean).xacml == decision::not_applicable);

// Unknown is a value of its own: an unknown high-risk designation in a sensitive sector is
// not silently false.
constexpr record unknown_designation{.area = area_kind::defence, .eu_tendered = true};
static_assert(check(screening_policy, unknown_designation) == verdict_kind::indeterminate);
static_assert(check(screening_policy, unknown_designation).xacml == decision::indeterminate_d);
// ... but where the condition is false anyway, the unknown fact does not matter.
constexpr record unknown_but_irrelevant{.area = area_kind::general, .eu_tendered = true};
static_assert(check(screening_policy, unknown_but_irrelevant));

// Severities: review alone gives REVIEW; a deny outranks it.
constexpr record li_review{.area = area_kind::lawful_interception, .high_risk = false};
static_assert(check(screening_policy, li_review) == verdict_kind::review);
constexpr record li_deny{.area = area_kind::lawful_interception, .high_risk = true};
static_assert(check(screening_policy, li_deny) == verdict_kind::deny);
// Advice never changes the decision.
constexpr record big_general{.value_cents = 2'000'000'000, .high_risk = false, .eu_tendered = true};
static_assert(check(screening_policy, big_general));

// Exceptions: Art. 346 exempts; the dual-use counter-exception (higher priority) reinstates.
constexpr record untendered_defence{.value_cents = 50'000'000, .area = area_kind::defence, .high_risk = false,
                                      .eu_tendered = false};
static_assert(check(screening_policy, untendered_defence) == verdict_kind::deny);
constexpr record exempted = [] {
  auto c = untendered_defence;
  c.art346 = true;
  return c;
}();
static_assert(check(screening_policy, exempted));
constexpr record reinstated = [] {
  auto c = exempted;
  c.dual_use = true;
  return c;
}();
static_assert(check(screening_policy, reinstated) == verdict_kind::deny);
// Threshold boundary: equal to the threshold counts.
constexpr record at_threshold = [] {
  auto c = untendered_defence;
  c.value_cents = 44'300'000;
  return c;
}();
static_assert(!check(screening_policy, at_threshold));
constexpr record below_threshold = [] {
  auto c = untendered_defence;
  c.value_cents = 44'299'999;
  return c;
}();
static_assert(check(screening_policy, below_threshold));

// Dated rules: in force on the boundary days, not outside; without a date, undecidable.
inline constexpr auto dated = policy<"dated", combining::deny_overrides>(
    rule<"dated.rule">(effect::deny, area == area_kind::defence)
        .in_force_during(period{date{2024, 1, 1}, date{2025, 12, 31}}));
constexpr record defence{.area = area_kind::defence};
static_assert(!check(dated, defence, as_of(date{2024, 1, 1})));
static_assert(!check(dated, defence, as_of(date{2025, 12, 31})));
static_assert(check(dated, defence, as_of(date{2023, 12, 31})));
static_assert(check(dated, defence, as_of(date{2026, 1, 1})));
static_assert(check(dated, defence) == verdict_kind::indeterminate);
static_assert(check(dated, record{}, as_of(date{2024, 6, 1})));
// The period is a target (XACML 3.0 section 7.11): without a day the rule is Indeterminate{D},
// even where its condition is false.
static_assert(check(dated, record{}) == verdict_kind::indeterminate);
static_assert(check(dated, record{}).xacml == decision::indeterminate_d);

// Quantifiers over the tests' own collection type.
inline constexpr auto subs_policy = policy<"subs", combining::deny_overrides>(
    rule<"subcontractor.hostile">(effect::deny, any(subcontractors, hq.in(std::string_view("CN"), std::string_view("RU")))),
    rule<"subcontractor.all-high-risk">(effect::review, all(subcontractors, high_risk)));
constexpr record with_subs{.subs = {{{"DE", false}, {"CN", false}, {"FR", true}}}, .sub_count = 3};
static_assert(check(subs_policy, with_subs) == verdict_kind::deny);
constexpr record friendly_subs{.subs = {{{"DE", true}, {"FR", true}, {"IT", true}}}, .sub_count = 3};
static_assert(check(subs_policy, friendly_subs) == verdict_kind::review);
static_assert(check(subs_policy, record{}) == verdict_kind::review);  // all() of nothing is true

// Three-valued connectives.
static_assert((truth::unknown && truth::false_) == truth::false_);
static_assert((truth::unknown || truth::true_) == truth::true_);
static_assert((truth::unknown && truth::true_) == truth::unknown);
static_assert((!truth::unknown) == truth::unknown);

// A declared entity: a type whose static value is the subject.
struct planned_li_contract {
  static constexpr record value{.area = area_kind::lawful_interception, .high_risk = true};
};
struct planned_office_contract {
  static constexpr record value{.area = area_kind::general, .high_risk = false, .eu_tendered = true};
};
static_assert(!check(screening_policy, planned_li_contract{}));
static_assert(complies_with<planned_office_contract, screening_policy>);
static_assert(!complies_with<planned_li_contract, screening_policy>);

template <class Entity>
  requires complies_with<Entity, screening_policy>
constexpr bool sign() {
  return true;
}
static_assert(sign<planned_office_contract>());

// Policies nest; rule counts and ids are visible at compile time.
inline constexpr auto nested = policy<"nested", combining::first_applicable>(subs_policy, dated);
static_assert(decltype(nested)::rule_count == 3);
static_assert(decltype(screening_policy)::rule_count == 4);
static_assert(decltype(screening_policy)::all_rule_ids()[1] == "procurement.defence-directive");

// A policy target: the policy is NotApplicable where its target is false.
inline constexpr auto defence_only = policy<"defence-only", combining::deny_unless_permit>(
                                         rule<"defence.permit-if-tendered">(effect::permit, eu_tendered))
                                         .applies_when(area == area_kind::defence);
static_assert(check(defence_only, record{.area = area_kind::general}).xacml == decision::not_applicable);
static_assert(check(defence_only, record{.area = area_kind::defence, .eu_tendered = false}) == verdict_kind::deny);
static_assert(check(defence_only, record{.area = area_kind::defence, .eu_tendered = true}));

// Findings without allocation: one per rule that fired, in rule order.
constexpr bool findings_in_order() {
  findings_buffer<decltype(screening_policy)> buffer{};
  const auto e = evaluate_into(screening_policy, li_deny, {}, buffer);
  return e.verdict == verdict_kind::deny && e.total == 2 && e.complete() && buffer[0].rule_id == "supplier.high-risk" &&
         buffer[1].rule_id == "security.review" && buffer[1].rule_effect == effect::review;
}
static_assert(findings_in_order());
constexpr bool small_buffer_reports_the_total() {
  std::array<finding, 1> buffer{};
  const auto e = evaluate_into(screening_policy, li_deny, {}, buffer);
  return e.total == 2 && e.stored == 1 && !e.complete();
}
static_assert(small_buffer_reports_the_total());

// Escalation: one rule whose severity depends on the facts (review, deny on escalation).
inline constexpr auto consent_rule = rule<"consent.collective-defence">(effect::review, !art346 || dual_use)
                                         .escalate_to_deny_when(dual_use);
inline constexpr auto consent_policy = policy<"consent", combining::deny_overrides>(consent_rule);
static_assert(check(consent_policy, record{.art346 = false}) == verdict_kind::review);
static_assert(check(consent_policy, record{.art346 = true, .dual_use = true}) == verdict_kind::deny);
static_assert(check(consent_policy, record{.art346 = true, .dual_use = false}));
constexpr bool escalated_finding_has_deny_effect() {
  findings_buffer<decltype(consent_policy)> buffer{};
  const auto e = evaluate_into(consent_policy, record{.dual_use = true}, {}, buffer);
  return e.total == 1 && buffer[0].rule_effect == effect::deny && buffer[0].rule_id == "consent.collective-defence";
}
static_assert(escalated_finding_has_deny_effect());

// A finding reads in the library's words: a review rule that fired is "review" (its XACML value
// is Deny), one whose condition is unknown is "review, undecided".
constexpr std::string_view fired_review_label() {
  findings_buffer<decltype(consent_policy)> buffer{};
  const auto e = evaluate_into(consent_policy, record{.art346 = false}, {}, buffer);
  return e.total == 1 && buffer[0].value == decision::deny ? finding_label(buffer[0]) : "";
}
static_assert(fired_review_label() == "review");
static_assert(finding_label(effect::review, truth::unknown) == "review, undecided");
static_assert(finding_label(effect::deny, truth::unknown) == "deny, undecided");
static_assert(finding_label(effect::advice, truth::true_) == "advice");
static_assert(finding_label(effect::permit, truth::true_) == "permit");

}  // namespace
