// Two rows of a UNIQUE decision table built at compile time that some input matches both: the
// table does not compile, naming it and the later row (OVS-E112).
#include <oversight/rules.hpp>

#include "rules_fixture.hpp"

using namespace fixture;
using oversight::at_least;
using oversight::below;
using oversight::is;

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
inline constexpr auto bands = oversight::decision_table<"procurement.bands", oversight::hit_policy::unique, int>(
                                  oversight::inputs(area, value))
                                  .row(is(area_kind::defence), at_least(1000LL), 2)
                                  .row(is(area_kind::defence), below(1000LL), 1);
#else
inline constexpr auto bands = oversight::decision_table<"procurement.bands", oversight::hit_policy::unique, int>(
                                  oversight::inputs(area, value))
                                  .row(is(area_kind::defence), at_least(1000LL), 2)
                                  .row(is(area_kind::defence), below(1001LL), 1);  // 1000 matches both
#endif
