// Two children of an only-one-applicable policy without a target always both apply, so the policy
// would be Indeterminate for every subject: rejected, naming the policy (OVS-E111).
#include <oversight/rules.hpp>

#include "rules_fixture.hpp"

using namespace fixture;

inline constexpr auto defence = oversight::rule<"defence">(oversight::effect::deny, high_risk);
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
inline constexpr auto civil = oversight::rule<"civil">(oversight::effect::permit, eu_tendered)
                                  .applies_when(area == area_kind::general);
#else
inline constexpr auto civil = oversight::rule<"civil">(oversight::effect::permit, eu_tendered);
#endif
inline constexpr auto p = oversight::policy<"sector.one", oversight::combining::only_one_applicable>(defence, civil);
