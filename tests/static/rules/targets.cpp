// Targets as XACML 3.0 writes them (tests/support/targets_cases.hpp restates each table from the
// standard), checked at compile time; tests/runtime/rules/same_checks.cpp runs the same at run time.
#include "targets_cases.hpp"

namespace {
using namespace oversight;
using namespace targets_cases;
using enum decision;

static_assert(rules_follow_table_4());
static_assert(check(narrowed, three{truth::true_, truth::true_, truth::true_}).xacml == deny);
static_assert(check(narrowed, three{truth::true_, truth::true_, truth::false_}).xacml == not_applicable);
static_assert(check(narrowed, three{truth::true_, truth::false_, truth::unknown}).xacml == indeterminate_d);
static_assert(check(dated, three{truth::true_, truth::true_, truth::true_}, in_force).xacml == deny);
static_assert(check(dated, three{truth::true_, truth::false_, truth::true_}, in_force).xacml == not_applicable);
static_assert(check(dated, three{truth::true_, truth::true_, truth::true_}, out_of_force).xacml == not_applicable);
static_assert(check(dated, three{truth::true_, truth::false_, truth::true_}).xacml == indeterminate_d);
static_assert(policies_follow_the_value_table());
static_assert(empty_combination_agrees<combining::deny_overrides>());
static_assert(empty_combination_agrees<combining::ordered_deny_overrides>());
static_assert(empty_combination_agrees<combining::permit_overrides>());
static_assert(empty_combination_agrees<combining::ordered_permit_overrides>());
static_assert(empty_combination_agrees<combining::deny_unless_permit>());
static_assert(empty_combination_agrees<combining::permit_unless_deny>());
static_assert(empty_combination_agrees<combining::first_applicable>());
static_assert(empty_combination_agrees<combining::only_one_applicable>());
static_assert(combiner<combining::deny_unless_permit>{}.result().value == deny);
static_assert(combiner<combining::permit_unless_deny>{}.result().value == permit);
static_assert(check(one_of_rules, three{truth::true_, truth::false_, truth::true_}).xacml == not_applicable);
static_assert(check(one_of_rules, three{truth::false_, truth::false_, truth::true_}).xacml == permit);
static_assert(check(one_of_rules, three{truth::unknown, truth::true_, truth::true_}).xacml == indeterminate_dp);
static_assert(all_tables_hold());

}  // namespace
