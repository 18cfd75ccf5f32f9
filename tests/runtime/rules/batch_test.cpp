// The batch forms (`check_all`, `findings_all`) give every subject the verdict and the findings
// that `check` and `evaluate_into` give it, under every combining algorithm, for subjects that a
// two-valued evaluation decides and for those it cannot (unknown facts, only-one-applicable).
#include <oversight/oversight.hpp>
#include <oversight/rules/batch.hpp>

#include "batch_cases.hpp"
#include "oversight_catch.hpp"

using oversight::combining;

TEST_CASE("check_all and findings_all agree with check and evaluate_into", "[rules][batch]") {
  CHECK(batch_cases::mixed_agrees<combining::deny_overrides>());
  CHECK(batch_cases::mixed_agrees<combining::ordered_deny_overrides>());
  CHECK(batch_cases::mixed_agrees<combining::permit_overrides>());
  CHECK(batch_cases::mixed_agrees<combining::ordered_permit_overrides>());
  CHECK(batch_cases::mixed_agrees<combining::deny_unless_permit>());
  CHECK(batch_cases::mixed_agrees<combining::permit_unless_deny>());
  CHECK(batch_cases::mixed_agrees<combining::first_applicable>());
}

TEST_CASE("the batch forms agree on every XACML value of three children, and by targets", "[rules][batch]") {
  CHECK(batch_cases::slots_agree<combining::deny_overrides>());
  CHECK(batch_cases::slots_agree<combining::permit_overrides>());
  CHECK(batch_cases::slots_agree<combining::deny_unless_permit>());
  CHECK(batch_cases::slots_agree<combining::permit_unless_deny>());
  CHECK(batch_cases::slots_agree<combining::first_applicable>());
  CHECK(batch_cases::only_one_agrees());
}

TEST_CASE("the batch forms write as many results as the shortest span holds", "[rules][batch]") {
  CHECK(batch_cases::writes_the_shortest());
  CHECK(batch_cases::rule_sets_hold());
}
