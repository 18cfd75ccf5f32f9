// A policy without rules is rejected, naming the policy.
#include <oversight/rules.hpp>

#include "rules_fixture.hpp"

using namespace fixture;

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
inline constexpr auto p = oversight::policy<"screening.empty", oversight::combining::deny_overrides>(
    oversight::rule<"r">(oversight::effect::deny, high_risk));
#else
inline constexpr auto p = oversight::policy<"screening.empty", oversight::combining::deny_overrides>();
#endif
