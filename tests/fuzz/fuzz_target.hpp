// What every fuzz target shares: the entry point libFuzzer calls, and `expect`, which stops the
// run when a property of the library does not hold (a crash the fuzzer keeps as a finding).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace fuzz {

/// The input as text (any bytes).
inline std::string_view text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Aborts, naming the property, when `holds` is false.
inline void expect(bool holds, const char* property) {
  if (holds) return;
  std::fprintf(stderr, "fuzz: property does not hold: %s\n", property);
  std::abort();
}

}  // namespace fuzz
