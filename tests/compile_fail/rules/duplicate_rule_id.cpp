// A rule id used twice in one policy is rejected, naming the id.
#include <oversight/rules.hpp>

#include "rules_fixture.hpp"

using namespace fixture;

inline constexpr auto a = oversight::rule<"supplier.high-risk">(oversight::effect::deny, high_risk);
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
inline constexpr auto b = oversight::rule<"supplier.high-risk.review">(oversight::effect::review, high_risk);
#else
inline constexpr auto b = oversight::rule<"supplier.high-risk">(oversight::effect::review, high_risk);
#endif
inline constexpr auto p = oversight::policy<"p", oversight::combining::deny_overrides>(a, b);
