// The main() of every test executable with Catch2 2.x (Catch2 3 ships Catch2::Catch2WithMain).
// Compiled once into the oversight_catch2 library.
#define CATCH_CONFIG_MAIN
#include "oversight_catch.hpp"
