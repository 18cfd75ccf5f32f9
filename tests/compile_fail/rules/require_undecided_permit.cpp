// require() where the only rule that could decide is a Permit rule over an unknown fact: a
// permit-overrides policy is Indeterminate{P}, and the error names that rule (OVS-E110).
#include <oversight/rules.hpp>

#include "rules_fixture.hpp"

using namespace fixture;

inline constexpr auto approval = oversight::policy<"approval", oversight::combining::permit_overrides>(
    oversight::rule<"contract.eu-tendered">(oversight::effect::permit, eu_tendered));

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
inline constexpr record planned{.value_cents = 50'000'000, .eu_tendered = true};
#else
inline constexpr record planned{.value_cents = 50'000'000};  // eu_tendered not recorded
#endif

consteval bool approve() {
  oversight::require(approval, planned);
  return true;
}
static_assert(approve());
