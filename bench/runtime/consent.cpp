// Tallying a full ballot box: 27 ballots under Council QMV (Art. 16(4) TEU, Eurostat 2025
// population) and 32 under NATO consensus, each beside a hand-written baseline on the same data.
// Nothing on the tally path allocates: the box is bit masks, the electorate fixed arrays.
#include <benchmark/benchmark.h>

#include <oversight/oversight.hpp>
#include <oversight/consent.hpp>

#include <array>
#include <cstddef>
#include <cstdint>

namespace {

namespace c = oversight::consent;
namespace presets = oversight::consent::presets;
using oversight::date;

constexpr date vote_day{2025, 9, 15};

const c::electorate& eu() {
  static const c::electorate e = c::make_electorate(presets::eu_members, vote_day, presets::eurostat_2025).value();
  return e;
}
const c::electorate& nato() {
  static const c::electorate e = c::make_electorate(presets::nato_members, vote_day).value();
  return e;
}

// Ballots: every fifth member (in electorate order) votes no, every seventh abstains.
c::ballot pattern(std::size_t i) {
  return i % 5 == 4 ? c::ballot::no : i % 7 == 6 ? c::ballot::abstain : c::ballot::yes;
}

c::ballot_box filled(const c::electorate& e) {
  c::ballot_box box(e, vote_day);
  for (std::size_t i = 0; i < e.size(); ++i) (void)box.cast(e.member(i), pattern(i));
  return box;
}

void qmv_tally_27(benchmark::State& state) {
  c::ballot_box box = filled(eu());
  for (auto _ : state) {
    benchmark::DoNotOptimize(box);
    const c::outcome o = c::tally(presets::eu_council_qmv, box);
    benchmark::DoNotOptimize(o);
  }
}
BENCHMARK(qmv_tally_27);

void qmv_cast_and_tally_27(benchmark::State& state) {
  const c::electorate& e = eu();
  for (auto _ : state) {
    c::ballot_box box(e, vote_day);
    for (std::size_t i = 0; i < e.size(); ++i) (void)box.cast(e.member(i), pattern(i));
    const c::outcome o = c::tally(presets::eu_council_qmv, box);
    benchmark::DoNotOptimize(o);
  }
}
BENCHMARK(qmv_cast_and_tally_27);

// Baseline: the same decision written by hand over plain arrays — count the yes votes, add their
// population, compare 55 % / 15 members / 65 % by cross-multiplication, apply the four-member
// blocking-minority clause.
void qmv_hand_written_27(benchmark::State& state) {
  std::array<std::uint64_t, 27> population{};
  std::array<unsigned char, 27> yes{};
  std::uint64_t total = 0;
  for (std::size_t i = 0; i < 27; ++i) {
    population[i] = eu().weight(i);
    yes[i] = pattern(i) == c::ballot::yes ? 1 : 0;
    total += population[i];
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(yes);
    std::uint64_t members = 0, people = 0;
    for (std::size_t i = 0; i < 27; ++i) {
      members += yes[i];
      people += yes[i] ? population[i] : 0;
    }
    const bool adopted = (members * 100 >= 55 * 27 && members >= 15 && people * 100 >= total * 65) || 27 - members < 4;
    benchmark::DoNotOptimize(adopted);
  }
}
BENCHMARK(qmv_hand_written_27);

void nato_consensus_tally_32(benchmark::State& state) {
  c::ballot_box box(nato(), vote_day);
  for (std::size_t i = 0; i < nato().size(); ++i) (void)box.cast(nato().member(i), i == 20 ? c::ballot::abstain : c::ballot::yes);
  for (auto _ : state) {
    benchmark::DoNotOptimize(box);
    const c::outcome o = c::tally(presets::nato_consensus, box);
    benchmark::DoNotOptimize(o);
  }
}
BENCHMARK(nato_consensus_tally_32);

void nato_hand_written_32(benchmark::State& state) {
  std::array<c::ballot, 32> ballots{};
  for (std::size_t i = 0; i < 32; ++i) ballots[i] = i == 20 ? c::ballot::abstain : c::ballot::yes;
  for (auto _ : state) {
    benchmark::DoNotOptimize(ballots);
    bool any_yes = false, blocked = false;
    for (c::ballot b : ballots) {
      any_yes |= b == c::ballot::yes;
      blocked |= b == c::ballot::no || b == c::ballot::absent;
    }
    const bool adopted = any_yes && !blocked;
    benchmark::DoNotOptimize(adopted);
  }
}
BENCHMARK(nato_hand_written_32);

}  // namespace
