// A second translation unit including the umbrella and the fixture: an ODR slip (a non-inline
// definition in a header) fails to link.
#include <oversight/oversight.hpp>

#include "oversight_catch.hpp"
#include "rules_fixture.hpp"

TEST_CASE("the fixture's policies are usable from a second translation unit", "[rules]") {
  STATIC_REQUIRE(decltype(fixture::three_slots<oversight::combining::deny_overrides>)::rule_count == 6);
}
