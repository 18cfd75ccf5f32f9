// An exception to a rule its policy does not hold is rejected, naming the missing rule.
#include <oversight/rules.hpp>

#include "rules_fixture.hpp"

using namespace fixture;

inline constexpr auto r = oversight::rule<"procurement.defence-directive">(oversight::effect::deny, area == area_kind::defence);
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
inline constexpr auto x = oversight::exception<"exemption.art346", "procurement.defence-directive">(art346);
#else
inline constexpr auto x = oversight::exception<"exemption.art346", "procurement.defense-directive">(art346);
#endif
inline constexpr auto p = oversight::policy<"p", oversight::combining::deny_overrides>(r, x);
