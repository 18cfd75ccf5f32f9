// The batch forms decide as `check` and `evaluate_into` do, in constant evaluation: parts of the
// cases of tests/support/batch_cases.hpp (all of them run in tests/runtime/rules/batch_test.cpp;
// Clang's budget of evaluation steps is per static_assert).
#include "batch_cases.hpp"

namespace {

using oversight::combining;

static_assert(batch_cases::rule_sets_hold());
static_assert(batch_cases::writes_the_shortest());
static_assert(batch_cases::mixed_agrees<combining::deny_overrides>(0, 40));
static_assert(batch_cases::mixed_agrees<combining::deny_overrides>(500, 40));
static_assert(batch_cases::mixed_agrees<combining::first_applicable>(100, 40));
static_assert(batch_cases::mixed_agrees<combining::permit_overrides>(536, 40));
static_assert(batch_cases::slots_agree_from<combining::deny_overrides>(0, 40));
static_assert(batch_cases::slots_agree_from<combining::first_applicable>(100, 40));

}  // namespace
