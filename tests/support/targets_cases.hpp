// The target tables of XACML 3.0, restated from the standard as constexpr checks over real rules
// and policies, so that the compiler (tests/static/rules/targets.cpp) and a program
// (tests/runtime/rules/same_checks.cpp) evaluate the same computations:
//   section 7.11 (rule evaluation): target x condition -> the rule's value;
//   section 7.14 (policy evaluation, the policy value table): target x combined value;
//   appendix C, a combination of no children: each algorithm's result;
//   only-one-applicable by targets.
#pragma once

#include <oversight/oversight.hpp>

#include "rules_fixture.hpp"
#include "xacml_reference.hpp"

namespace targets_cases {

using namespace oversight;
using enum decision;

// Subject: three facts that are each true, false or unknown.
struct three {
  truth target, condition, other;
};
inline constexpr fact<"case.target", bool> target_fact{};
inline constexpr fact<"case.condition", bool> condition_fact{};
inline constexpr fact<"case.other", bool> other_fact{};

}  // namespace targets_cases

template <>
struct oversight::fact_source<targets_cases::three> {
  static constexpr std::optional<bool> get(decltype(targets_cases::target_fact), const targets_cases::three& s) { return fixture::as_optional(s.target); }
  static constexpr std::optional<bool> get(decltype(targets_cases::condition_fact), const targets_cases::three& s) {
    return fixture::as_optional(s.condition);
  }
  static constexpr std::optional<bool> get(decltype(targets_cases::other_fact), const targets_cases::three& s) { return fixture::as_optional(s.other); }
};

namespace targets_cases {

// 7.11, Table 4: Match/True -> Effect; Match/False -> NotApplicable; Match/Indeterminate ->
// Indeterminate{effect}; No-match -> NotApplicable; Indeterminate -> Indeterminate{effect}.
constexpr decision rule_table(truth target, truth condition, effect e) {
  const decision fired = e == effect::permit ? permit : deny;
  const decision undecided = e == effect::permit ? indeterminate_p : indeterminate_d;
  if (target == truth::false_) return not_applicable;
  if (target == truth::unknown) return undecided;
  return condition == truth::true_ ? fired : condition == truth::false_ ? not_applicable : undecided;
}

inline constexpr auto permit_rule = rule<"case.permit">(effect::permit, condition_fact).applies_when(target_fact);
inline constexpr auto deny_rule = rule<"case.deny">(effect::deny, condition_fact).applies_when(target_fact);
inline constexpr auto permit_policy = policy<"p", combining::deny_overrides>(permit_rule);
inline constexpr auto deny_policy = policy<"d", combining::deny_overrides>(deny_rule);

constexpr bool rules_follow_table_4() {
  for (truth t : fixture::all_truths)
    for (truth c : fixture::all_truths) {
      const three s{t, c, truth::false_};
      if (check(permit_policy, s).xacml != rule_table(t, c, effect::permit)) return false;
      if (check(deny_policy, s).xacml != rule_table(t, c, effect::deny)) return false;
      if (check<deny_policy>(s).xacml != rule_table(t, c, effect::deny)) return false;
    }
  return true;
}

// A second `applies_when` narrows the target (both must match).
inline constexpr auto narrowed = policy<"n", combining::deny_overrides>(
    rule<"case.narrowed">(effect::deny, condition_fact).applies_when(target_fact).applies_when(other_fact));

// The period is a target: in force -> the condition decides; out of force -> NotApplicable; no
// day -> Indeterminate{effect}, even where the condition is false.
inline constexpr auto dated = policy<"dated", combining::deny_overrides>(
    rule<"case.dated">(effect::deny, condition_fact).in_force_during({date{2024, 1, 1}, date{2025, 12, 31}}));
inline constexpr context in_force{.as_of = date{2025, 6, 1}};
inline constexpr context out_of_force{.as_of = date{2026, 6, 1}};

// 7.14, the policy value table: Match -> the combined value; No-match -> NotApplicable;
// Indeterminate -> NotApplicable stays NotApplicable, Permit -> Indeterminate{P}, Deny ->
// Indeterminate{D}, an Indeterminate stays what it is.
constexpr decision policy_table(truth target, decision combined) {
  if (target == truth::true_) return combined;
  if (target == truth::false_) return not_applicable;
  switch (combined) {
    case not_applicable: return not_applicable;
    case permit: return indeterminate_p;
    case deny: return indeterminate_d;
    default: return combined;
  }
}
// The combined value comes from two slot rules (fixture::slot0 yields any of the six values).
struct slot_and_target {
  decision d;
  truth target;
};
inline constexpr fact<"case.policy-target", bool> policy_target{};
}  // namespace targets_cases

template <>
struct oversight::fact_source<targets_cases::slot_and_target> {
  using S = targets_cases::slot_and_target;
  static constexpr std::optional<bool> get(decltype(fixture::s0p), const S& s) { return fixture::permit_condition(s.d); }
  static constexpr std::optional<bool> get(decltype(fixture::s0d), const S& s) { return fixture::deny_condition(s.d); }
  static constexpr std::optional<bool> get(decltype(targets_cases::policy_target), const S& s) { return fixture::as_optional(s.target); }
};

namespace targets_cases {
inline constexpr auto targeted_slot = fixture::slot0.applies_when(policy_target);
constexpr bool policies_follow_the_value_table() {
  for (truth t : fixture::all_truths)
    for (decision d : fixture::all_decisions) {
      const slot_and_target s{d, t};
      if (check(targeted_slot, s).xacml != policy_table(t, d)) return false;
      if (check<targeted_slot>(s).xacml != policy_table(t, d)) return false;
    }
  return true;
}

// Appendix C with no children: deny-unless-permit is Deny, permit-unless-deny Permit, every other
// algorithm NotApplicable (its loop ends without a value). A policy cannot be built without rules
// (OVS-E106), so the combiner is asked directly, against the reference.
template <combining Alg>
constexpr bool empty_combination_agrees() {
  const decision none[1] = {not_applicable};
  if constexpr (Alg == combining::only_one_applicable) {
    const truth targets[1] = {truth::false_};
    return xacml_reference::only_one_applicable(targets, none, 0) == not_applicable &&
           only_one_selection{}.without_child().value == not_applicable;
  } else {
    return combiner<Alg>{}.result().value == xacml_reference::combine(Alg, none, 0);
  }
}

// Only-one-applicable decides by targets: a child whose target matches applies even if all its
// rules are NotApplicable (the result is then NotApplicable, not the other child's value).
inline constexpr auto one_of_rules = policy<"one", combining::only_one_applicable>(
    rule<"case.first">(effect::deny, condition_fact).applies_when(target_fact),
    rule<"case.second">(effect::permit, other_fact).applies_when(!target_fact));

}  // namespace targets_cases

namespace targets_cases {
/// Everything above at once, for the run-time test.
constexpr bool all_tables_hold() {
  return rules_follow_table_4() && policies_follow_the_value_table() &&
         empty_combination_agrees<combining::deny_overrides>() &&
         empty_combination_agrees<combining::ordered_deny_overrides>() &&
         empty_combination_agrees<combining::permit_overrides>() &&
         empty_combination_agrees<combining::ordered_permit_overrides>() &&
         empty_combination_agrees<combining::deny_unless_permit>() &&
         empty_combination_agrees<combining::permit_unless_deny>() &&
         empty_combination_agrees<combining::first_applicable>() &&
         empty_combination_agrees<combining::only_one_applicable>() &&
         check(one_of_rules, three{truth::true_, truth::false_, truth::true_}).xacml == decision::not_applicable &&
         check(one_of_rules, three{truth::false_, truth::false_, truth::true_}).xacml == decision::permit &&
         check(one_of_rules, three{truth::unknown, truth::true_, truth::true_}).xacml == decision::indeterminate_dp &&
         check(dated, three{truth::true_, truth::false_, truth::true_}).xacml == decision::indeterminate_d;
}
}  // namespace targets_cases

