// The combining algorithms against the XACML 3.0 reference, exhaustively over two and three
// children that each take every one of the six values (36 and 216 cases per algorithm), through
// real policies.
#include <oversight/oversight.hpp>

#include "rules_fixture.hpp"
#include "rules_cases.hpp"
#include "xacml_reference.hpp"

namespace {

using namespace oversight;
using fixture::all_decisions;

using rules_cases::agrees_with_reference;
using rules_cases::slots_yield_their_values;
static_assert(slots_yield_their_values());

static_assert(agrees_with_reference<combining::deny_overrides>());
static_assert(agrees_with_reference<combining::ordered_deny_overrides>());
static_assert(agrees_with_reference<combining::permit_overrides>());
static_assert(agrees_with_reference<combining::ordered_permit_overrides>());
static_assert(agrees_with_reference<combining::deny_unless_permit>());
static_assert(agrees_with_reference<combining::permit_unless_deny>());
static_assert(agrees_with_reference<combining::first_applicable>());
static_assert(rules_cases::only_one_agrees_with_reference());

// Every two-child table (36 cases per algorithm), both forms.
static_assert(rules_cases::two_child_table_agrees<combining::deny_overrides>());
static_assert(rules_cases::two_child_table_agrees<combining::ordered_deny_overrides>());
static_assert(rules_cases::two_child_table_agrees<combining::permit_overrides>());
static_assert(rules_cases::two_child_table_agrees<combining::ordered_permit_overrides>());
static_assert(rules_cases::two_child_table_agrees<combining::deny_unless_permit>());
static_assert(rules_cases::two_child_table_agrees<combining::permit_unless_deny>());
static_assert(rules_cases::two_child_table_agrees<combining::first_applicable>());

// ... and with the policy as a template argument.
static_assert(rules_cases::template_argument_form_agrees<combining::deny_overrides>());
static_assert(rules_cases::template_argument_form_agrees<combining::ordered_deny_overrides>());
static_assert(rules_cases::template_argument_form_agrees<combining::permit_overrides>());
static_assert(rules_cases::template_argument_form_agrees<combining::ordered_permit_overrides>());
static_assert(rules_cases::template_argument_form_agrees<combining::deny_unless_permit>());
static_assert(rules_cases::template_argument_form_agrees<combining::permit_unless_deny>());
static_assert(rules_cases::template_argument_form_agrees<combining::first_applicable>());

// Rows of the tables written out, so the reference itself is checked against the text.
using enum decision;
constexpr decision combine2(combining alg, decision x, decision y) {
  const decision d[] = {x, y};
  return xacml_reference::combine(alg, d, 2);
}
static_assert(combine2(combining::deny_overrides, indeterminate_d, permit) == indeterminate_dp);
static_assert(combine2(combining::deny_overrides, indeterminate_p, indeterminate_d) == indeterminate_dp);
static_assert(combine2(combining::deny_overrides, indeterminate_d, deny) == deny);
static_assert(combine2(combining::deny_overrides, indeterminate_p, not_applicable) == indeterminate_p);
static_assert(combine2(combining::deny_overrides, indeterminate_p, permit) == permit);
static_assert(combine2(combining::permit_overrides, indeterminate_p, deny) == indeterminate_dp);
static_assert(combine2(combining::permit_overrides, indeterminate_d, deny) == deny);
static_assert(combine2(combining::permit_overrides, indeterminate_d, not_applicable) == indeterminate_d);
static_assert(combine2(combining::first_applicable, indeterminate_p, deny) == indeterminate_dp);
static_assert(combine2(combining::first_applicable, indeterminate_d, permit) == indeterminate_dp);
static_assert(combine2(combining::first_applicable, not_applicable, deny) == deny);
static_assert(combine2(combining::deny_unless_permit, indeterminate_dp, not_applicable) == deny);
static_assert(combine2(combining::permit_unless_deny, indeterminate_dp, not_applicable) == permit);
// C.9 by targets: two that apply, an Indeterminate target, one that applies (its value, a plain
// Indeterminate for any of its Indeterminates), none.
constexpr decision only_one2(truth ta, truth tb, decision a, decision b) {
  const truth t[] = {ta, tb};
  const decision d[] = {a, b};
  return xacml_reference::only_one_applicable(t, d, 2);
}
static_assert(only_one2(truth::true_, truth::true_, not_applicable, not_applicable) == indeterminate_dp);
static_assert(only_one2(truth::unknown, truth::false_, permit, permit) == indeterminate_dp);
static_assert(only_one2(truth::false_, truth::true_, permit, not_applicable) == not_applicable);
static_assert(only_one2(truth::true_, truth::false_, indeterminate_d, permit) == indeterminate_dp);
static_assert(only_one2(truth::false_, truth::false_, permit, deny) == not_applicable);

// First-applicable hands up a plain Indeterminate, which deny-overrides reads as
// Indeterminate{DP} (appendix C): deny-overrides[first-applicable[a Permit rule over an unknown
// fact], a Permit rule] is Indeterminate{DP}, not Permit. A parent that took the child's
// Indeterminate{P} as it is would decide Permit.
inline constexpr auto permit_if_high_risk = rule<"a.permit-if-high-risk">(effect::permit, fixture::high_risk);
inline constexpr auto permit_if_art346 = rule<"b.permit-if-art346">(effect::permit, fixture::art346);
inline constexpr auto plain_indeterminate = policy<"first", combining::first_applicable>(permit_if_high_risk);
inline constexpr auto over_plain = policy<"parent", combining::deny_overrides>(plain_indeterminate, permit_if_art346);
inline constexpr fixture::record unknown_risk{.art346 = true};  // high_risk not recorded
static_assert(check(plain_indeterminate, unknown_risk).xacml == indeterminate_dp);
static_assert(check(over_plain, unknown_risk).xacml == indeterminate_dp);
static_assert(check<over_plain>(unknown_risk).xacml == indeterminate_dp);
// The same child as a rule of the parent keeps its extension: Indeterminate{P} and a Permit give
// Permit under deny-overrides.
inline constexpr auto over_rule = policy<"parent", combining::deny_overrides>(permit_if_high_risk, permit_if_art346);
static_assert(check(over_rule, unknown_risk).xacml == permit);

// A policy of more than 16 children (its rules evaluated out of line at run time) decides as its
// rules say, and combines them as the reference does, under every algorithm.
static_assert(rules_cases::large_policy_agrees());
static_assert(rules_cases::twenty_rules_match_reference<combining::deny_overrides>(1, 24));
static_assert(rules_cases::twenty_rules_match_reference<combining::ordered_deny_overrides>(2, 24));
static_assert(rules_cases::twenty_rules_match_reference<combining::permit_overrides>(3, 24));
static_assert(rules_cases::twenty_rules_match_reference<combining::ordered_permit_overrides>(4, 24));
static_assert(rules_cases::twenty_rules_match_reference<combining::deny_unless_permit>(5, 24));
static_assert(rules_cases::twenty_rules_match_reference<combining::permit_unless_deny>(6, 24));
static_assert(rules_cases::twenty_rules_match_reference<combining::first_applicable>(7, 24));

}  // namespace
