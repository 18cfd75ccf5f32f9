// Proves the benchmark pipeline: reads the version macro through a DoNotOptimize barrier.
#include <benchmark/benchmark.h>

#include <oversight/oversight.hpp>

namespace {

void version_read(benchmark::State& state) {
  for (auto _ : state) {
    int version = OVERSIGHT_VERSION;
    benchmark::DoNotOptimize(version);
  }
}
BENCHMARK(version_read);

}  // namespace
