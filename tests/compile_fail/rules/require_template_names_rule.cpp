// require<policy, subject>() on a record that violates the policy: the first error line names the
// violated rule on both compilers (the rule is found while compiling the call).
#include <oversight/rules.hpp>

#include "rules_fixture.hpp"

using namespace fixture;

inline constexpr auto screening = oversight::policy<"screening", oversight::combining::deny_overrides>(
    oversight::rule<"procurement.defence-directive">(oversight::effect::deny,
                                                     area == area_kind::defence && value >= 44'300'000 && !eu_tendered));

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
inline constexpr record planned{.value_cents = 50'000'000, .area = area_kind::defence, .eu_tendered = true};
#else
inline constexpr record planned{.value_cents = 50'000'000, .area = area_kind::defence, .eu_tendered = false};
#endif

consteval bool approve() {
  oversight::require<screening, planned>();
  return true;
}
static_assert(approve());
