// One decision at a time, beside a hand-written baseline where one makes sense:
//
// - the SITEL-shaped case (the storage contract of the policy tests' fixture, supplier
//   designated high-risk, EUR 12.3 million) under `policies::sitel::policy`: the verdict with
//   the policy as a template argument and by reference, and the full explanation. There is no
//   hand-written baseline for the whole of policies::sitel (RP-1 is the workload with one);
// - a decision-table lookup: the EU threshold of a contract (`policies::thresholds::
//   eu_thresholds`, 43 rows, hit policy UNIQUE) and the same lookup written as if-chains;
// - a UN Security Council vote (Art. 27(3) UN Charter: nine votes including the concurring
//   votes of the permanent members) and the same count by hand;
// - workflow event application: a fresh instance and its first event (the trail record, its
//   hash chain and the guard), and a guard checked on its own.
#include <benchmark/benchmark.h>

#include <oversight/oversight.hpp>
#include <oversight/consent.hpp>
#include <oversight/domain/money_text.hpp>  // money in explanations
#include <oversight/policies.hpp>
#include <oversight/workflow.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

#include "fixtures.hpp"  // tests/runtime/policies_real: the SITEL-shaped storage contract
#include "tender.hpp"    // and the threshold table's subject
#include "ratio.hpp"

namespace {

using namespace oversight;
namespace th = oversight::policies::thresholds;

// ---- the SITEL-shaped case --------------------------------------------------------------------

constexpr context on_report = as_of(date{2025, 7, 7});

void sitel_verdict_template(benchmark::State& state) {
  screening s = pr_fixture::storage_screening;
  for (auto _ : state) {
    benchmark::DoNotOptimize(s);
    const verdict v = check<policies::sitel::policy>(s, on_report);
    benchmark::DoNotOptimize(v);
  }
}
BENCHMARK(sitel_verdict_template);

void sitel_verdict_by_reference(benchmark::State& state) {
  screening s = pr_fixture::storage_screening;
  for (auto _ : state) {
    benchmark::DoNotOptimize(s);
    const verdict v = check(policies::sitel::policy, s, on_report);
    benchmark::DoNotOptimize(v);
  }
}
BENCHMARK(sitel_verdict_by_reference);

void sitel_explanation(benchmark::State& state) {
  screening s = pr_fixture::storage_screening;
  for (auto _ : state) {
    benchmark::DoNotOptimize(s);
    const explanation e = explain(policies::sitel::policy, s, on_report);
    benchmark::DoNotOptimize(e.findings.data());
  }
}
BENCHMARK(sitel_explanation);

// ---- a decision-table lookup ------------------------------------------------------------------

using pr_fixture::tender;  // the threshold table's inputs, stated directly

// The same 43 rows as if-chains: EUR, or nothing where the table has no value.
std::optional<std::int64_t> threshold_by_hand(const tender& t) {
  if (!t.launched) return std::nullopt;
  const date d = *t.launched;
  const int p = d >= date{2016, 1, 1} && d <= date{2017, 12, 31}   ? 0
                : d >= date{2024, 1, 1} && d <= date{2025, 12, 31} ? 1
                : d >= date{2026, 1, 1} && d <= date{2027, 12, 31} ? 2
                                                                    : -1;
  if (p < 0) return std::nullopt;
  constexpr std::int64_t works[] = {5'225'000, 5'538'000, 5'404'000};
  const bool central = t.authority == authority_kind::central_government;
  const bool sub_central = t.authority == authority_kind::sub_central || t.authority == authority_kind::other;
  switch (t.regime) {
    case procurement_regime::classic: {
      constexpr std::int64_t central_figure[] = {135'000, 143'000, 140'000};
      constexpr std::int64_t sub_central_figure[] = {209'000, 221'000, 216'000};
      if (t.object == contract_object::works) return works[p];
      if (t.object == contract_object::services) {
        if (!t.social) return std::nullopt;
        if (*t.social) return 750'000;
        if (central) return central_figure[p];
        if (sub_central) return sub_central_figure[p];
        return std::nullopt;
      }
      if (sub_central) return sub_central_figure[p];
      if (!central || !t.defence_field) return std::nullopt;
      if (!*t.defence_field) return central_figure[p];
      if (!t.annex_iii) return std::nullopt;
      return *t.annex_iii ? central_figure[p] : sub_central_figure[p];
    }
    case procurement_regime::utilities: {
      constexpr std::int64_t supplies_and_services[] = {418'000, 443'000, 432'000};
      if (t.object == contract_object::works) return works[p];
      if (t.object == contract_object::supplies) return supplies_and_services[p];
      if (!t.social) return std::nullopt;
      return *t.social ? 1'000'000 : supplies_and_services[p];
    }
    case procurement_regime::concessions: return works[p];
    case procurement_regime::defence_and_security: {
      constexpr std::int64_t supplies_and_services[] = {0, 443'000, 432'000};
      if (p == 0) return std::nullopt;
      return t.object == contract_object::works ? works[p] : supplies_and_services[p];
    }
  }
  return std::nullopt;
}

// Eight contracts that reach different rows, looked up in turn.
const std::array<tender, 8> tenders{{
    {procurement_regime::classic, contract_object::supplies, authority_kind::central_government, date{2025, 3, 3}},
    {procurement_regime::classic, contract_object::services, authority_kind::sub_central, date{2026, 2, 1}},
    {procurement_regime::classic, contract_object::services, authority_kind::central_government, date{2024, 5, 1}, true},
    {procurement_regime::classic, contract_object::supplies, authority_kind::central_government, date{2027, 1, 9},
     false, true, false},
    {procurement_regime::utilities, contract_object::services, authority_kind::utility, date{2016, 7, 1}},
    {procurement_regime::concessions, contract_object::works, authority_kind::central_government, date{2026, 1, 1}},
    {procurement_regime::defence_and_security, contract_object::supplies, authority_kind::central_government,
     date{2025, 12, 31}},
    {procurement_regime::classic, contract_object::works, authority_kind::other, date{2017, 12, 31}},
}};

void threshold_table_lookup(benchmark::State& state) {
  std::size_t i = 0;
  for (auto _ : state) {
    const auto v = th::eu_thresholds.value_of(tenders[i++ % tenders.size()], {});
    benchmark::DoNotOptimize(v);
  }
  const double table = bench_ratio::seconds_per_call([&] {
    benchmark::DoNotOptimize(th::eu_thresholds.value_of(tenders[i++ % tenders.size()], {}));
  });
  const double hand = bench_ratio::seconds_per_call([&] {
    benchmark::DoNotOptimize(threshold_by_hand(tenders[i++ % tenders.size()]));
  });
  state.counters["x_baseline"] = table / hand;
}
BENCHMARK(threshold_table_lookup);

void threshold_hand_written(benchmark::State& state) {
  // The two must agree on every contract before the one is compared with the other.
  for (const tender& t : tenders) {
    const auto table = th::eu_thresholds.value_of(t, {});
    const auto hand = threshold_by_hand(t);
    if (table.has_value() != hand.has_value() || (table && table->minor_units() != *hand * 100)) {
      state.SkipWithError("the hand-written lookup disagrees with the table");
      return;
    }
  }
  std::size_t i = 0;
  for (auto _ : state) {
    const auto v = threshold_by_hand(tenders[i++ % tenders.size()]);
    benchmark::DoNotOptimize(v);
  }
}
BENCHMARK(threshold_hand_written);

// ---- the UN Security Council --------------------------------------------------------------------

namespace c = oversight::consent;
namespace presets = oversight::consent::presets;
constexpr date vote_day{2026, 3, 2};

const c::electorate& council() {
  static const c::electorate e = c::make_electorate(presets::un_security_council_2026, vote_day).value();
  return e;
}
// Eleven in favour, one permanent member (index 2) abstains, three elected members vote no.
c::ballot council_vote(std::size_t i) {
  return i == 2 ? c::ballot::abstain : (i >= 12 ? c::ballot::no : c::ballot::yes);
}

c::ballot_box council_box() {
  c::ballot_box box(council(), vote_day);
  for (std::size_t i = 0; i < council().size(); ++i) (void)box.cast(council().member(i), council_vote(i));
  return box;
}

// The same count by hand over plain arrays: nine votes in favour, no permanent member against
// (abstention is no veto, practice since 1946).
struct council_by_hand {
  std::array<c::ballot, 15> ballots{};
  std::array<bool, 15> permanent{};
  council_by_hand() {
    for (std::size_t i = 0; i < 15; ++i) {
      ballots[i] = council_vote(i);
      permanent[i] = presets::un_permanent_members.contains(council().member(i));
    }
  }
  bool adopted() const {
    unsigned yes = 0;
    bool vetoed = false;
    for (std::size_t i = 0; i < 15; ++i) {
      yes += ballots[i] == c::ballot::yes;
      vetoed |= permanent[i] && ballots[i] == c::ballot::no;
    }
    return yes >= 9 && !vetoed;
  }
};

void un_security_council_tally_15(benchmark::State& state) {
  const c::ballot_box box = council_box();
  const council_by_hand hand;
  if (hand.adopted() != c::tally(presets::un_security_council_substantive, box).adopted()) {
    state.SkipWithError("the hand-written count disagrees with the consent rule");
    return;
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(&box);
    const c::outcome o = c::tally(presets::un_security_council_substantive, box);
    benchmark::DoNotOptimize(o);
  }
  const double library = bench_ratio::seconds_per_call([&] {
    benchmark::DoNotOptimize(&box);
    benchmark::DoNotOptimize(c::tally(presets::un_security_council_substantive, box));
  });
  const double by_hand = bench_ratio::seconds_per_call([&] {
    benchmark::DoNotOptimize(&hand);
    benchmark::DoNotOptimize(hand.adopted());
  });
  state.counters["x_baseline"] = library / by_hand;
}
BENCHMARK(un_security_council_tally_15);

void un_security_council_hand_written_15(benchmark::State& state) {
  const council_by_hand hand;
  for (auto _ : state) {
    benchmark::DoNotOptimize(&hand);
    const bool adopted = hand.adopted();
    benchmark::DoNotOptimize(adopted);
  }
}
BENCHMARK(un_security_council_hand_written_15);

// ---- workflow event application ---------------------------------------------------------------

namespace wf = oversight::workflow;

struct file {
  bool product_approved = true;
};
inline constexpr auto approved = wf::guard_if(
    "crypto.product-approved", [](const file& f) { return f.product_approved; },
    wf::reason{"crypto.product-approved", "the product is not an approved security product"});
inline constexpr auto review = wf::make_workflow<"review">(
    wf::initial<"draft">, wf::terminal<"signed", "refused">,
    wf::state<"draft"> + wf::event<"submitted"> [approved] = wf::state<"security">,
    wf::state<"security"> + wf::event<"cleared"> = wf::state<"signed">,
    wf::state<"security"> + wf::event<"rejected"> = wf::state<"refused">);
using review_run = wf::instance<review, file>;
const wf::instant opened{date{2025, 7, 7}, 9 * 3600};
const wf::instant submitted_at{date{2025, 7, 8}, 9 * 3600};

void workflow_start_and_apply(benchmark::State& state) {
  const file f{};
  for (auto _ : state) {
    review_run run(opened);
    const auto s = run.apply(f, "submitted", {submitted_at, {"ES-MoI", "buyer"}, "tender closed"});
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(workflow_start_and_apply);

void workflow_guard_check(benchmark::State& state) {
  file f{};
  for (auto _ : state) {
    benchmark::DoNotOptimize(f);
    const wf::guard_result g = approved.check(f);
    benchmark::DoNotOptimize(g);
  }
}
BENCHMARK(workflow_guard_check);

}  // namespace
