// The same overlap in rows added as one group (`with_rows`): the table does not compile, naming
// it and the position of the later row (OVS-E112).
#include <oversight/rules.hpp>

#include <array>

#include "rules_fixture.hpp"

using namespace fixture;
using oversight::at_least;
using oversight::below;
using oversight::is;

inline constexpr auto empty = oversight::decision_table<"procurement.bands", oversight::hit_policy::unique, int>(
    oversight::inputs(area, value));
using table = decltype(empty);

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
inline constexpr auto bands = empty.with_rows(std::array{table::make_row(is(area_kind::general), any_value, 0)})
                                  .with_rows(std::array{table::make_row(is(area_kind::defence), at_least(1000LL), 2),
                                                        table::make_row(is(area_kind::defence), below(1000LL), 1)});
#else
inline constexpr auto bands = empty.with_rows(std::array{table::make_row(is(area_kind::general), any_value, 0)})
                                  .with_rows(std::array{table::make_row(is(area_kind::defence), at_least(1000LL), 2),
                                                        table::make_row(is(area_kind::defence), below(1001LL), 1)});
#endif
