// A policy without rules spelled out as a basic_policy, past policy(...)'s check, cannot be
// evaluated: it would permit everything (OVS-E104).
#include <oversight/rules.hpp>

#include "rules_fixture.hpp"

using namespace fixture;

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
inline constexpr auto p = oversight::policy<"p", oversight::combining::deny_overrides>(
    oversight::rule<"r">(oversight::effect::deny, high_risk));
#else
inline constexpr oversight::basic_policy<"p", oversight::combining::deny_overrides, oversight::boolean_constant<true>> p{};
#endif

bool run(const record& c) { return static_cast<bool>(oversight::check(p, c)); }
