// require<policy, subject>() where both children of an only-one-applicable policy apply: the policy is
// Indeterminate although no rule denies or is undecided, so the error names the policy and says
// so, on both compilers.
#include <oversight/rules.hpp>

#include "rules_fixture.hpp"

using namespace fixture;

inline constexpr auto defence = oversight::rule<"defence">(oversight::effect::deny, high_risk)
                                    .applies_when(area == area_kind::defence);
inline constexpr auto large = oversight::rule<"large">(oversight::effect::permit, eu_tendered)
                                  .applies_when(value >= 1'000'000);
inline constexpr auto sectors = oversight::policy<"sector.one", oversight::combining::only_one_applicable>(defence, large);

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
inline constexpr record planned{.value_cents = 50'000'000, .area = area_kind::general, .high_risk = false, .eu_tendered = true};
#else
inline constexpr record planned{.value_cents = 50'000'000, .area = area_kind::defence, .high_risk = false, .eu_tendered = true};
#endif

consteval bool approve() {
  oversight::require<sectors, planned>();
  return true;
}
static_assert(approve());
