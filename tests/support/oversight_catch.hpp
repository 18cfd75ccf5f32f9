// The one include for Catch2 in oversight's tests, source-compatible with Catch2 2.x and 3.x:
//
//     #include "oversight_catch.hpp"
//
// Catch2 3 splits its macros over several headers; Catch2 2 has one. CMake tells which major
// version it found through OVERSIGHT_CATCH2_MAJOR; without it the headers are probed.
// Use only what both versions have: TEST_CASE, SECTION, REQUIRE, CHECK, STATIC_REQUIRE,
// TEMPLATE_TEST_CASE, ... (not Catch2 3's matchers or generators headers).
#pragma once

#if defined(OVERSIGHT_CATCH2_MAJOR)
#if OVERSIGHT_CATCH2_MAJOR >= 3
#define OVERSIGHT_CATCH2_V3 1
#endif
#elif __has_include(<catch2/catch_test_macros.hpp>)
#define OVERSIGHT_CATCH2_V3 1
#endif

#if defined(OVERSIGHT_CATCH2_V3)
#include <catch2/catch_template_test_macros.hpp>
#include <catch2/catch_test_macros.hpp>
#else
#include <catch2/catch.hpp>
#endif
