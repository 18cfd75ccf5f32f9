// RP-1 for one contract at a time: the library's verdict (check) and findings (evaluate_into)
// beside the hand-written baseline of bench/rp1/baseline.hpp, on the same record. Each library
// benchmark reports its ratio to the baseline's time as the counter "x_baseline" (the baseline
// benchmark is run first, as a fixture, in the same process).
//
// Three contracts: a clean one (every rule evaluated, nothing fires), the SITEL-like one (deny
// early), and a collective-defence one with consent pending (review, every set operation run).
// The whole-data-set figures that bench/README.md reports come from the `rp1` program.
#include <benchmark/benchmark.h>

#include <oversight/oversight.hpp>
#include <oversight/policies/rp1.hpp>

#include "../rp1/baseline.hpp"
#include "ratio.hpp"

#include <array>
#include <cstddef>

namespace {

namespace rp1 = oversight::rp1;
using oversight::country;
using oversight::country_set;

rp1::contract make(int kind) {
  rp1::contract c{1, country{"ES"}, rp1::authority_level::central, country{"DE"}, country{"DE"}, false,
                  rp1::security_level::none, rp1::object_category::supplies, rp1::sector_kind::general, 100'000'00,
                  false, false, false, false, rp1::access_level::none, rp1::security_level::none, true, false, {}, {},
                  {}};
  if (kind == 1) {
    c.supplier_hq = c.supplier_parent = country{"CN"};
    c.high_risk = true;
    c.sector = rp1::sector_kind::lawful_interception;
    c.data_access = rp1::access_level::content;
    c.firmware_control = c.remote_maintenance = true;
  } else if (kind == 2) {
    c.sector = rp1::sector_kind::defence;
    c.collective_defence = true;
    c.consent_yes = rp1::eu27.members - country_set{country{"ES"}, country{"PT"}};
  }
  return c;
}

using bench_ratio::seconds_per_call;

void verdict_library(benchmark::State& state) {
  const rp1::contract c = make(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    benchmark::DoNotOptimize(&c);
    benchmark::DoNotOptimize(oversight::check(rp1::policy, c));
  }
  const double lib = seconds_per_call([&] {
    benchmark::DoNotOptimize(&c);
    benchmark::DoNotOptimize(oversight::check(rp1::policy, c));
  });
  const double base = seconds_per_call([&] {
    benchmark::DoNotOptimize(&c);
    benchmark::DoNotOptimize(rp1_baseline::check(c));
  });
  state.counters["x_baseline"] = lib / base;
}
BENCHMARK(verdict_library)->Arg(0)->Arg(1)->Arg(2);

void verdict_baseline(benchmark::State& state) {
  const rp1::contract c = make(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    benchmark::DoNotOptimize(&c);
    benchmark::DoNotOptimize(rp1_baseline::check(c));
  }
}
BENCHMARK(verdict_baseline)->Arg(0)->Arg(1)->Arg(2);

void findings_library(benchmark::State& state) {
  const rp1::contract c = make(static_cast<int>(state.range(0)));
  oversight::findings_buffer<decltype(rp1::policy)> buffer;
  const auto once = [&] {
    benchmark::DoNotOptimize(&c);
    const auto e = oversight::evaluate_into(rp1::policy, c, {}, buffer);
    benchmark::DoNotOptimize(e);
    benchmark::DoNotOptimize(buffer.data());
  };
  for (auto _ : state) once();
  std::array<rp1_baseline::finding, 10> base_buffer{};
  const double lib = seconds_per_call(once);
  const double base = seconds_per_call([&] {
    benchmark::DoNotOptimize(&c);
    rp1_baseline::verdict v{};
    benchmark::DoNotOptimize(rp1_baseline::evaluate(c, base_buffer, v));
    benchmark::DoNotOptimize(v);
    benchmark::DoNotOptimize(base_buffer.data());
  });
  state.counters["x_baseline"] = lib / base;
}
BENCHMARK(findings_library)->Arg(0)->Arg(1)->Arg(2);

void findings_baseline(benchmark::State& state) {
  const rp1::contract c = make(static_cast<int>(state.range(0)));
  std::array<rp1_baseline::finding, 10> buffer{};
  for (auto _ : state) {
    benchmark::DoNotOptimize(&c);
    rp1_baseline::verdict v{};
    benchmark::DoNotOptimize(rp1_baseline::evaluate(c, buffer, v));
    benchmark::DoNotOptimize(v);
    benchmark::DoNotOptimize(buffer.data());
  }
}
BENCHMARK(findings_baseline)->Arg(0)->Arg(1)->Arg(2);

}  // namespace
