// Comparing a fact with a value of another type is rejected with OVS-E102.
#include <oversight/rules.hpp>

#include "rules_fixture.hpp"

using namespace fixture;

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
inline constexpr auto cond = area == area_kind::defence;
#else
inline constexpr auto cond = area == std::string_view("defence");
#endif
