// The version macros of oversight/detail/config.hpp agree with the CMake project version, and
// the umbrella header compiles.
#include <oversight/oversight.hpp>

#include "oversight_catch.hpp"

TEST_CASE("the version macros equal the CMake project version", "[foundation]") {
  CHECK(OVERSIGHT_VERSION_MAJOR == OVERSIGHT_TEST_PROJECT_VERSION_MAJOR);
  CHECK(OVERSIGHT_VERSION_MINOR == OVERSIGHT_TEST_PROJECT_VERSION_MINOR);
  CHECK(OVERSIGHT_VERSION_PATCH == OVERSIGHT_TEST_PROJECT_VERSION_PATCH);
}

TEST_CASE("OVERSIGHT_VERSION packs the version as MAJOR * 10000 + MINOR * 100 + PATCH",
          "[foundation]") {
  STATIC_REQUIRE(OVERSIGHT_VERSION == OVERSIGHT_TEST_PROJECT_VERSION_MAJOR * 10000 +
                                          OVERSIGHT_TEST_PROJECT_VERSION_MINOR * 100 +
                                          OVERSIGHT_TEST_PROJECT_VERSION_PATCH);
}
