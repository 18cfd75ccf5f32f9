// oversight: the OCDS adapter. Reads Open Contracting Data Standard releases, records and
// packages (1.0 and 1.1, and JSON Lines of them) into the library's vocabulary, as a stream,
// with what the data does not say left unknown. Needs nlohmann/json 3.11 (CMake target
// `oversight::ocds`); never included by <oversight/oversight.hpp>. See docs/ocds.md.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/adapt/ocds/decimal.hpp>
#include <oversight/adapt/ocds/process.hpp>
#include <oversight/adapt/ocds/read.hpp>
