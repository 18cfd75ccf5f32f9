// A rule whose target reads a fact the subject type does not provide is rejected with OVS-E101,
// naming the fact, as for a condition.
#include <oversight/rules.hpp>

#include "rules_fixture.hpp"

using namespace fixture;

inline constexpr oversight::fact<"supplier.parent-state", std::string_view> parent_state{};

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
inline constexpr auto p = oversight::policy<"p", oversight::combining::deny_overrides>(
    oversight::rule<"r">(oversight::effect::deny, high_risk).applies_when(area == area_kind::defence));
#else
inline constexpr auto p = oversight::policy<"p", oversight::combining::deny_overrides>(
    oversight::rule<"r">(oversight::effect::deny, high_risk).applies_when(parent_state == std::string_view("CN")));
#endif

bool run(const record& c) { return static_cast<bool>(oversight::check(p, c)); }
