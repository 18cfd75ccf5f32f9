// require<policy, subject>() on a record whose fact is unknown: the first error line names the rule
// that cannot be decided (OVS-E110) on both compilers.
#include <oversight/rules.hpp>

#include "rules_fixture.hpp"

using namespace fixture;

inline constexpr auto screening = oversight::policy<"screening", oversight::combining::deny_overrides>(
    oversight::rule<"supplier.high-risk">(oversight::effect::deny, high_risk));

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
inline constexpr record planned{.value_cents = 50'000'000, .high_risk = false};
#else
inline constexpr record planned{.value_cents = 50'000'000};  // high_risk not recorded
#endif

consteval bool approve() {
  oversight::require<screening, planned>();
  return true;
}
static_assert(approve());
