// A policy of 100 rules, beside the same 100 tests written as an if-chain.
//
// The rules are those of the compile-time benchmark (bench/compile_time/compile_time.py): in
// turn a threshold, a membership, two yes/no facts, a conjunction of the three kinds, and a
// small-integer comparison with a yes/no fact; every third rule reviews, the others deny. A
// policy of more than 16 children evaluates each rule with a call to one function per shape of
// rule (rules/policy.hpp, `detail::rule_step`), where a small policy such as RP-1 is inlined
// whole: this measures what that costs at run time against code written by hand.
//
// 1024 records drawn once (fixed seed), evaluated in turn; the library and the baseline are
// checked to agree on every one (verdicts, and the findings' rule indices) before timing.
#include <benchmark/benchmark.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <oversight/rules.hpp>
#include <random>
#include <utility>
#include <vector>

#include "ratio.hpp"

namespace large {

enum class sector : std::uint8_t { general, critical, interception, defence };
struct record {
  std::int64_t value;
  sector area;
  bool flag_a, flag_b, flag_c;
  std::uint8_t level;
};
inline constexpr oversight::fact<"value", std::int64_t> value{};
inline constexpr oversight::fact<"area", sector> area{};
inline constexpr oversight::fact<"flag_a", bool> flag_a{};
inline constexpr oversight::fact<"flag_b", bool> flag_b{};
inline constexpr oversight::fact<"flag_c", bool> flag_c{};
inline constexpr oversight::fact<"level", std::uint8_t> level{};

}  // namespace large

template <>
struct oversight::fact_source<large::record> {
  static constexpr std::int64_t get(decltype(large::value), const large::record& r) {
    return r.value;
  }
  static constexpr large::sector get(decltype(large::area), const large::record& r) {
    return r.area;
  }
  static constexpr bool get(decltype(large::flag_a), const large::record& r) { return r.flag_a; }
  static constexpr bool get(decltype(large::flag_b), const large::record& r) { return r.flag_b; }
  static constexpr bool get(decltype(large::flag_c), const large::record& r) { return r.flag_c; }
  static constexpr std::uint8_t get(decltype(large::level), const large::record& r) {
    return r.level;
  }
};

namespace large {

using namespace oversight;

constexpr std::size_t rules = 100;
constexpr std::int64_t threshold(std::size_t i) { return 1000 * static_cast<std::int64_t>(i + 1); }
constexpr std::uint8_t small(std::size_t i) { return static_cast<std::uint8_t>(i % 4); }
constexpr effect effect_of(std::size_t i) { return i % 3 ? effect::deny : effect::review; }

// "large.000" .. "large.099"
template <std::size_t I>
constexpr auto rule_id() {
  detail::fixed_string<9> id{};
  const char text[] = "large.";
  for (std::size_t k = 0; k < 6; ++k) id.data[k] = text[k];
  id.data[6] = static_cast<char>('0' + I / 100);
  id.data[7] = static_cast<char>('0' + I / 10 % 10);
  id.data[8] = static_cast<char>('0' + I % 10);
  return id;
}

template <std::size_t I>
constexpr auto make_rule() {
  if constexpr (I % 5 == 0)
    return rule<rule_id<I>()>(effect_of(I), value >= threshold(I));
  else if constexpr (I % 5 == 1)
    return rule<rule_id<I>()>(effect_of(I), area.in(sector::interception, sector::defence));
  else if constexpr (I % 5 == 2)
    return rule<rule_id<I>()>(effect_of(I), flag_a && !flag_b);
  else if constexpr (I % 5 == 3)
    return rule<rule_id<I>()>(effect_of(I),
                              flag_c && area != sector::general && value >= threshold(I));
  else
    return rule<rule_id<I>()>(effect_of(I), level >= small(I) && flag_a);
}

template <std::size_t... I>
consteval auto make_policy(std::index_sequence<I...>) {
  return policy<"large", combining::deny_overrides>(make_rule<I>()...);
}
inline constexpr auto hundred = make_policy(std::make_index_sequence<rules>{});

// ---- the baseline: the same tests as plain C++ ------------------------------------------------

template <std::size_t I>
bool fires_by_hand(const record& r) {
  if constexpr (I % 5 == 0)
    return r.value >= threshold(I);
  else if constexpr (I % 5 == 1)
    return r.area == sector::interception || r.area == sector::defence;
  else if constexpr (I % 5 == 2)
    return r.flag_a && !r.flag_b;
  else if constexpr (I % 5 == 3)
    return r.flag_c && r.area != sector::general && r.value >= threshold(I);
  else
    return r.level >= small(I) && r.flag_a;
}

// 0 permit, 1 review, 2 deny: stops at the first deny.
template <std::size_t... I>
int verdict_by_hand(const record& r, std::index_sequence<I...>) {
  bool review = false;
  bool deny = false;
  ((deny =
        deny || (fires_by_hand<I>(r) && (effect_of(I) == effect::deny || (review = true, false)))),
   ...);
  return deny ? 2 : review ? 1 : 0;
}
int verdict_by_hand(const record& r) {
  return verdict_by_hand(r, std::make_index_sequence<rules>{});
}

// The indices of the rules that fire, in order; returns how many.
template <std::size_t... I>
std::size_t findings_by_hand(const record& r, std::array<std::uint8_t, rules>& out,
                             std::index_sequence<I...>) {
  std::size_t n = 0;
  ((fires_by_hand<I>(r) ? void(out[n++] = static_cast<std::uint8_t>(I)) : void()), ...);
  return n;
}
std::size_t findings_by_hand(const record& r, std::array<std::uint8_t, rules>& out) {
  return findings_by_hand(r, out, std::make_index_sequence<rules>{});
}

int verdict_of(verdict v) {
  return v.kind == verdict_kind::deny ? 2 : v.kind == verdict_kind::review ? 1 : 0;
}

const std::vector<record>& records() {
  static const std::vector<record> data = [] {
    std::mt19937 g(1);
    std::vector<record> out(1024);
    for (record& r : out) {
      r.value = std::uniform_int_distribution<std::int64_t>(0, 150'000)(g);
      r.area = static_cast<sector>(g() % 4);
      r.flag_a = g() % 4 == 0;
      r.flag_b = g() % 2 == 0;
      r.flag_c = g() % 4 == 0;
      r.level = static_cast<std::uint8_t>(g() % 2);
    }
    return out;
  }();
  return data;
}

bool library_agrees_with_baseline() {
  findings_buffer<decltype(hundred)> buffer{};
  std::array<std::uint8_t, rules> by_hand{};
  for (const record& r : records()) {
    const int v = verdict_by_hand(r);
    if (verdict_of(check(hundred, r)) != v || verdict_of(check<hundred>(r)) != v) return false;
    const evaluation e = evaluate_into(hundred, r, {}, buffer);
    const std::size_t n = findings_by_hand(r, by_hand);
    if (verdict_of(e.verdict) != v || e.total != n) return false;
    for (std::size_t k = 0; k < n; ++k)
      if (buffer[k].rule_index != by_hand[k]) return false;
  }
  return true;
}

// ---- benchmarks -------------------------------------------------------------------------------

template <class Library, class Baseline>
void run(benchmark::State& state, Library library, Baseline baseline) {
  if (!library_agrees_with_baseline()) {
    state.SkipWithError("the library and the hand-written baseline disagree");
    return;
  }
  const std::vector<record>& data = records();
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(library(data[i++ % data.size()]));
  const double lib = bench_ratio::seconds_per_call(
      [&] { benchmark::DoNotOptimize(library(data[i++ % data.size()])); });
  const double hand = bench_ratio::seconds_per_call(
      [&] { benchmark::DoNotOptimize(baseline(data[i++ % data.size()])); });
  state.counters["x_baseline"] = lib / hand;
}

void large_verdict_template(benchmark::State& state) {
  run(
      state, [](const record& r) { return check<hundred>(r); },
      [](const record& r) { return verdict_by_hand(r); });
}
BENCHMARK(large_verdict_template);

void large_verdict_by_reference(benchmark::State& state) {
  run(
      state, [](const record& r) { return check(hundred, r); },
      [](const record& r) { return verdict_by_hand(r); });
}
BENCHMARK(large_verdict_by_reference);

void large_findings(benchmark::State& state) {
  findings_buffer<decltype(hundred)> buffer{};
  std::array<std::uint8_t, rules> by_hand{};
  run(
      state, [&](const record& r) { return evaluate_into(hundred, r, {}, buffer).total; },
      [&](const record& r) { return findings_by_hand(r, by_hand); });
}
BENCHMARK(large_findings);

void large_verdict_by_hand(benchmark::State& state) {
  const std::vector<record>& data = records();
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(verdict_by_hand(data[i++ % data.size()]));
}
BENCHMARK(large_verdict_by_hand);

}  // namespace large
