// The ratio counters of the Google Benchmark suites: a library benchmark reports its time over
// its hand-written baseline's, both measured in the same process on the same data.
#pragma once

#include <benchmark/benchmark.h>

#include <chrono>

namespace bench_ratio {

/// Mean time of one call of `body`, over enough calls to be read with a steady clock.
template <class Body>
double seconds_per_call(Body body) {
  constexpr int calls = 200000;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < calls; ++i) body();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / calls;
}

}  // namespace bench_ratio
