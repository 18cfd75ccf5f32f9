// Two exceptions to one rule with equal priority and opposite modes are rejected.
#include <oversight/rules.hpp>

#include "rules_fixture.hpp"

using namespace fixture;

inline constexpr auto r = oversight::rule<"procurement.defence-directive">(oversight::effect::deny, area == area_kind::defence);
inline constexpr auto exempt = oversight::exception<"exemption.art346", "procurement.defence-directive">(art346, 1);
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
inline constexpr auto counter = oversight::exception<"exemption.dual-use", "procurement.defence-directive">(
    dual_use, 2, oversight::exception_mode::reinstate);
#else
inline constexpr auto counter = oversight::exception<"exemption.dual-use", "procurement.defence-directive">(
    dual_use, 1, oversight::exception_mode::reinstate);
#endif
inline constexpr auto p = oversight::policy<"p", oversight::combining::deny_overrides>(r, exempt, counter);
