// One shared policy evaluated from 8 threads at once (verdict, findings, explanation, text,
// JSON, decision records), workflow instances of one definition run side by side, and consent
// tallies over one shared electorate. Every thread must get the single-threaded answers. Under
// the tsan preset (ThreadSanitizer) a data race anywhere on these paths fails the run.
#include <oversight/oversight.hpp>
#include <oversight/consent.hpp>
#include <oversight/policies.hpp>
#include <oversight/policies/rp1.hpp>
#include <oversight/report.hpp>
#include <oversight/workflow.hpp>

#include "oversight_catch.hpp"
#include "../policies_real/fixtures.hpp"
#include "../workflow/sample_workflow.hpp"

#include <array>
#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace {

constexpr int thread_count = 8;

// Runs `work(thread index)` on 8 threads started together; returns how many reported a mismatch.
template <class Work>
int on_threads(Work work) {
  std::atomic<int> ready{0}, mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < thread_count; ++t)
    threads.emplace_back([&, t] {
      ready.fetch_add(1);
      while (ready.load() < thread_count) std::this_thread::yield();
      if (!work(t)) mismatches.fetch_add(1);
    });
  for (auto& th : threads) th.join();
  return mismatches.load();
}

struct answers {
  oversight::verdict verdict;
  std::size_t findings;
  std::string text;
  std::string json;
  std::string record;
  friend bool operator==(const answers&, const answers&) = default;
};

template <class Policy, class Subject>
answers evaluate(const Policy& p, const Subject& s, const oversight::context& ctx) {
  using namespace oversight;
  findings_buffer<Policy> buffer{};
  const evaluation e = evaluate_into(p, s, ctx, buffer);
  const explanation x = explain(p, s, ctx);
  const report::decision_record r = report::make_record(p, s, ctx, "concurrency");
  return {check(p, s, ctx), e.total, to_text(x), report::to_json_text(x),
          report::verify(r) ? std::string(r.content_hash.view()) : std::string("unverified")};
}

}  // namespace

TEST_CASE("one shared policy, decided and explained from 8 threads", "[concurrency]") {
  using namespace oversight;
  const context ctx = as_of(date{2025, 7, 7});
  const answers sitel = evaluate(policies::sitel::policy, pr_fixture::storage_screening, ctx);
  const answers thresholds = evaluate(policies::thresholds::policy, pr_fixture::storage_screening, ctx);
  const rp1::contract c{7, country{"ES"}, rp1::authority_level::central, country{"CN"}, country{"CN"}, true,
                        rp1::security_level::none, rp1::object_category::supplies,
                        rp1::sector_kind::lawful_interception, 1'230'000'000, true, false, true, true,
                        rp1::access_level::content, rp1::security_level::secret, true, false, {}, {}, {}};
  const answers rp1_answers = evaluate(rp1::policy, c, context{});
  REQUIRE(sitel.verdict.kind != verdict_kind::permit);
  CHECK(on_threads([&](int t) {
          for (int round = 0; round < 20; ++round) {
            if (evaluate(policies::sitel::policy, pr_fixture::storage_screening, ctx) != sitel) return false;
            if (evaluate(policies::thresholds::policy, pr_fixture::storage_screening, ctx) != thresholds) return false;
            if ((t + round) % 2 == 0 && evaluate(rp1::policy, c, context{}) != rp1_answers) return false;
          }
          return true;
        }) == 0);
}

TEST_CASE("workflow instances of one definition run side by side", "[concurrency]") {
  using namespace sample;
  const auto run_case = [](int variant) {
    file f;
    f.votes_against = variant % 2;
    run r(on(1, 1));
    (void)r.apply(f, "submitted", {on(1, 2), buyer, "go"});
    (void)r.apply(f, "cleared", {on(1, 3), mod, ""});
    (void)r.apply(f, "cleared", {on(1, 4), moi, ""});
    (void)r.apply(f, "certified", {on(1, 5), anyone, ""});
    (void)r.apply(f, "objected", {on(1, 6), anyone, ""});
    (void)r.apply(f, "closed", {on(1, 7), anyone, ""});
    const std::string trail = write_trail(r.trail());
    const auto back = read_trail(trail);
    if (!back || !verify(*back) || !run::replay(*back)) return std::string("(does not replay)");
    return std::string(r.current()) + "\n" + trail + to_dot(r);
  };
  const std::array<std::string, 2> expected{run_case(0), run_case(1)};
  CHECK(expected[0] != expected[1]);
  CHECK(on_threads([&](int t) {
          for (int round = 0; round < 10; ++round)
            if (run_case(t + round) != expected[static_cast<std::size_t>((t + round) % 2)]) return false;
          return true;
        }) == 0);
}

TEST_CASE("consent tallies over one shared electorate", "[concurrency]") {
  namespace c = oversight::consent;
  namespace presets = oversight::consent::presets;
  const c::electorate eu =
      c::make_electorate(presets::eu_members, oversight::date{2025, 9, 15}, presets::eurostat_2025).value();
  const auto tally_with = [&](int no_votes) {
    c::ballot_box box(eu, oversight::date{2025, 9, 15});
    int cast = 0;
    for (std::size_t slot = 0; slot < eu.size(); ++slot)
      (void)box.cast(eu.member(slot), cast++ < no_votes ? c::ballot::no : c::ballot::yes);
    box.close();
    return c::explain(eu, c::tally(presets::eu_council_qmv, box));
  };
  const std::array<std::string, 3> expected{tally_with(0), tally_with(4), tally_with(12)};
  CHECK(on_threads([&](int t) {
          for (int round = 0; round < 10; ++round) {
            const int k = (t + round) % 3;
            if (tally_with(k == 0 ? 0 : k == 1 ? 4 : 12) != expected[static_cast<std::size_t>(k)]) return false;
          }
          return true;
        }) == 0);
}
