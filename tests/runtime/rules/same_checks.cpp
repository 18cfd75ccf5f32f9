// The compile-time checks of the rule engine, run again at run time: the exhaustive comparison
// of the combining algorithms with the XACML reference, and the DMN hit policies. The same
// constexpr functions are evaluated by the compiler in tests/static/rules/ and by the program here.
#include <oversight/oversight.hpp>

#include "oversight_catch.hpp"
#include "rules_cases.hpp"
#include "targets_cases.hpp"

using oversight::combining;

TEST_CASE("every combining algorithm agrees with the XACML 3.0 reference at run time", "[rules][combining]") {
  CHECK(rules_cases::slots_yield_their_values());
  CHECK(rules_cases::agrees_with_reference<combining::deny_overrides>());
  CHECK(rules_cases::agrees_with_reference<combining::ordered_deny_overrides>());
  CHECK(rules_cases::agrees_with_reference<combining::permit_overrides>());
  CHECK(rules_cases::agrees_with_reference<combining::ordered_permit_overrides>());
  CHECK(rules_cases::agrees_with_reference<combining::deny_unless_permit>());
  CHECK(rules_cases::agrees_with_reference<combining::permit_unless_deny>());
  CHECK(rules_cases::agrees_with_reference<combining::first_applicable>());
  CHECK(rules_cases::only_one_agrees_with_reference());
}

TEST_CASE("every two-child table of every algorithm holds at run time (XACML 3.0 C.2-C.8)", "[rules][combining]") {
  CHECK(rules_cases::two_child_table_agrees<combining::deny_overrides>());
  CHECK(rules_cases::two_child_table_agrees<combining::ordered_deny_overrides>());
  CHECK(rules_cases::two_child_table_agrees<combining::permit_overrides>());
  CHECK(rules_cases::two_child_table_agrees<combining::ordered_permit_overrides>());
  CHECK(rules_cases::two_child_table_agrees<combining::deny_unless_permit>());
  CHECK(rules_cases::two_child_table_agrees<combining::permit_unless_deny>());
  CHECK(rules_cases::two_child_table_agrees<combining::first_applicable>());
}

TEST_CASE("the policy as a template argument decides as the policy passed by reference", "[rules][combining]") {
  CHECK(rules_cases::template_argument_form_agrees<combining::deny_overrides>());
  CHECK(rules_cases::template_argument_form_agrees<combining::ordered_deny_overrides>());
  CHECK(rules_cases::template_argument_form_agrees<combining::permit_overrides>());
  CHECK(rules_cases::template_argument_form_agrees<combining::ordered_permit_overrides>());
  CHECK(rules_cases::template_argument_form_agrees<combining::deny_unless_permit>());
  CHECK(rules_cases::template_argument_form_agrees<combining::permit_unless_deny>());
  CHECK(rules_cases::template_argument_form_agrees<combining::first_applicable>());
}

TEST_CASE("every DMN hit policy gives at run time what it gives at compile time", "[rules][table]") {
  CHECK(rules_cases::hit_policies_hold());
}

TEST_CASE("a UNIQUE table built at run time reports overlapping rows when an input hits both", "[rules][table]") {
  CHECK(rules_cases::unique_overlap_is_a_conflict_at_run_time());
}

TEST_CASE("a policy of more than 16 children decides at run time as at compile time", "[rules][policy]") {
  CHECK(rules_cases::large_policy_agrees());
}

TEST_CASE("the rules of a policy of more than 16 children combine as the XACML reference says", "[rules][policy]") {
  using rules_cases::twenty_rules_match_reference;
  CHECK(twenty_rules_match_reference<combining::deny_overrides>(11, 2000));
  CHECK(twenty_rules_match_reference<combining::ordered_deny_overrides>(12, 2000));
  CHECK(twenty_rules_match_reference<combining::permit_overrides>(13, 2000));
  CHECK(twenty_rules_match_reference<combining::ordered_permit_overrides>(14, 2000));
  CHECK(twenty_rules_match_reference<combining::deny_unless_permit>(15, 2000));
  CHECK(twenty_rules_match_reference<combining::permit_unless_deny>(16, 2000));
  CHECK(twenty_rules_match_reference<combining::first_applicable>(17, 2000));
}

TEST_CASE("the target tables of XACML 3.0 (7.11, 7.14, no children) hold at run time", "[rules][targets]") {
  CHECK(targets_cases::all_tables_hold());
}
