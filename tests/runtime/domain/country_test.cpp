// Countries built from constants in ordinary run-time code: a variable and a temporary in one
// function (the pattern that crashed Clang 14 with a consteval constructor), and the aliases.
#include <oversight/oversight.hpp>

#include "oversight_catch.hpp"

namespace {
std::string_view code_of(oversight::country c) { return c.alpha2(); }
}  // namespace

TEST_CASE("country constants in run-time code", "[domain][country]") {
  const oversight::country finland{"FI"};
  CHECK(code_of(finland) == "FI");
  CHECK(code_of(oversight::country{"EL"}) == "GR");
  CHECK(oversight::country{"UK"}.eu_code() == "UK");
  CHECK(oversight::country::parse("XQ").error().code == oversight::country_errc::unknown_country_code);
  CHECK(oversight::country::parse("X").error().id() == "OVS-E201");
}
