// rp1: the RP-1 workload (shared/bench/RP1.md), run with oversight's RP-1 policy and with a
// hand-written baseline on the same in-memory contracts.
//
//   rp1 [--data FILE] [--passes N]
//
// Parses the CSV once, checks that the library and the baseline agree on every contract (the
// verdict, and the set of findings with their severities), then times evaluation alone in two
// modes, best of N passes (default 7); a pass is back-to-back sweeps over all contracts lasting
// at least 50 ms:
//   findings: every rule evaluated, every finding recorded (the library:
//             evaluate_into<rp1::policy> with a caller's buffer);
//   verdict:  the verdict only (the library: check<rp1::policy>), short-circuit allowed.
// Both modes are also timed over the whole data set in one call, the batch form
// (`check_all<rp1::policy>`, `findings_all<rp1::policy>` writing a verdict and a rule_set per
// contract, "library_batch"), beside a branch-free hand-written baseline that writes the same
// (`rp1_baseline::evaluate_masks`, "baseline_branch_free").
// The library is timed in the form meant for hot paths, with the policy as a template argument
// (its rules' data are then compile-time constants), and also as check(policy, contract) /
// evaluate_into(policy, ...), the policy passed by reference ("library_by_reference").
// Heap allocations per contract are counted with a replaced global operator new, in this
// program only. Prints one JSON object on stdout; exits 1 if the two implementations disagree,
// 2 on bad arguments, 3 when the data cannot be read.
//
// Without --data it generates the reference data set (N=100000, SEED=1) by running
// `python3 gen_rp1.py 100000 1` from OVERSIGHT_RP1_GENERATOR_DIR.
#include "baseline.hpp"

#include <oversight/policies/rp1.hpp>
#include <oversight/policies/rp1_csv.hpp>
#include <oversight/rules.hpp>
#include <oversight/rules/batch.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <new>
#include <optional>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#ifndef OVERSIGHT_RP1_GENERATOR_DIR
#define OVERSIGHT_RP1_GENERATOR_DIR "../shared/bench"
#endif

// ---- allocation counting (this program only) --------------------------------------------------

namespace {
std::atomic<std::uint64_t> allocations{0};
}

void* operator new(std::size_t size) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return ::operator new(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(size == 0 ? 1 : size);
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return ::operator new(size, tag); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace {

namespace rp1 = oversight::rp1;
using clock_type = std::chrono::steady_clock;

constexpr std::string_view usage =
    "usage: rp1 [--data FILE] [--passes N]\n"
    "  --data FILE   RP-1 contracts as CSV (python3 gen_rp1.py N SEED > FILE); without it the\n"
    "                reference set N=100000 SEED=1 is generated with " OVERSIGHT_RP1_GENERATOR_DIR "/gen_rp1.py\n"
    "  --passes N    timed passes per mode and implementation, best kept (default 7, at least 1)\n";

struct options {
  std::optional<std::string> data;
  int passes = 7;
};

std::optional<options> parse_arguments(int argc, char** argv, bool& help) {
  options o;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--help" || a == "-h") {
      help = true;
      return o;
    }
    if ((a == "--data" || a == "--passes") && i + 1 < argc) {
      const std::string_view v = argv[++i];
      if (a == "--data") {
        o.data = std::string(v);
      } else {
        int n = 0;
        for (char ch : v) {
          if (ch < '0' || ch > '9' || n > 100000) return std::nullopt;
          n = n * 10 + (ch - '0');
        }
        if (v.empty() || n < 1) return std::nullopt;
        o.passes = n;
      }
      continue;
    }
    return std::nullopt;
  }
  return o;
}

std::optional<std::string> read_data(const options& o) {
  if (o.data) {
    std::ifstream in(*o.data, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "rp1: cannot open %s\n", o.data->c_str());
      return std::nullopt;
    }
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  const std::string command = "python3 '" OVERSIGHT_RP1_GENERATOR_DIR "/gen_rp1.py' 100000 1";
  std::FILE* pipe = ::popen(command.c_str(), "r");
  std::string text;
  if (pipe) {
    std::array<char, 1 << 16> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) text.append(buffer.data(), n);
    if (::pclose(pipe) == 0 && !text.empty()) return text;
  }
  std::fprintf(stderr,
               "rp1: could not generate the reference data with `%s`.\n"
               "Generate it yourself and pass it with --data:\n"
               "  python3 <oversight>/../shared/bench/gen_rp1.py 100000 1 > contracts.csv\n"
               "  rp1 --data contracts.csv\n",
               command.c_str());
  return std::nullopt;
}

constexpr std::size_t rule_count = decltype(rp1::policy)::rule_count;
static_assert(rule_count == rp1_baseline::rule_ids.size());

oversight::verdict_kind to_kind(rp1_baseline::verdict v) {
  return v == rp1_baseline::verdict::deny     ? oversight::verdict_kind::deny
         : v == rp1_baseline::verdict::review ? oversight::verdict_kind::review
                                              : oversight::verdict_kind::permit;
}

// The findings of one contract as (rule index, deny?) bit masks, for comparison.
struct finding_set {
  std::uint32_t fired = 0;
  std::uint32_t deny = 0;
  friend bool operator==(const finding_set&, const finding_set&) = default;
};

// Times `sweep` (one pass over all contracts): back-to-back sweeps lasting at least 50 ms, best
// rate of `passes` passes, in contracts per second.
template <class Sweep>
double best_rate(std::size_t contracts, int passes, Sweep&& sweep) {
  double best = 0;
  for (int p = 0; p < passes; ++p) {
    std::size_t sweeps = 0;
    const auto start = clock_type::now();
    auto elapsed = clock_type::duration{};
    do {
      sweep();
      ++sweeps;
      elapsed = clock_type::now() - start;
    } while (elapsed < std::chrono::milliseconds(50));
    const double seconds = std::chrono::duration<double>(elapsed).count();
    best = std::max(best, static_cast<double>(contracts * sweeps) / seconds);
  }
  return best;
}

// A value the optimiser must assume is used.
template <class T>
void keep(const T& value) {
  asm volatile("" : : "r,m"(value) : "memory");
}

}  // namespace

int main(int argc, char** argv) {
  bool help = false;
  const auto opts = parse_arguments(argc, argv, help);
  if (help) {
    std::fputs(usage.data(), stdout);
    return 0;
  }
  if (!opts) {
    std::fputs(usage.data(), stderr);
    return 2;
  }
  const auto text = read_data(*opts);
  if (!text) return 3;
  const auto parsed = rp1::parse_csv(*text);
  if (!parsed) {
    std::fprintf(stderr, "rp1: %.*s %.*s: %.*s\n", static_cast<int>(parsed.error().id().size()),
                 parsed.error().id().data(), static_cast<int>(parsed.error().what().size()),
                 parsed.error().what().data(), static_cast<int>(parsed.error().context.view().size()),
                 parsed.error().context.view().data());
    return 3;
  }
  const std::vector<rp1::contract>& contracts = parsed.value();
  const std::size_t n = contracts.size();
  if (n == 0) {
    std::fputs("rp1: the data set has no contracts\n", stderr);
    return 3;
  }

  // ---- counts and agreement -------------------------------------------------------------------
  using rules = oversight::rule_set<rule_count>;
  std::vector<oversight::verdict> batch_verdicts(n), batch_findings_verdicts(n);
  std::vector<rules> batch_fired(n);
  std::vector<rp1_baseline::verdict> free_verdicts(n);
  std::vector<rp1_baseline::masks> free_masks(n);
  if (oversight::check_all<rp1::policy>(std::span<const rp1::contract>(contracts), std::span(batch_verdicts)) != n ||
      oversight::findings_all<rp1::policy>(std::span<const rp1::contract>(contracts), std::span(batch_findings_verdicts),
                                           std::span(batch_fired)) != n) {
    std::fputs("rp1: the batch forms did not evaluate every contract\n", stderr);
    return 1;
  }
  std::array<std::uint64_t, 4> verdicts{};  // by oversight::verdict_kind
  std::array<std::uint64_t, rule_count> per_rule{};
  std::size_t disagreements = 0;
  for (const auto& c : contracts) {
    oversight::findings_buffer<decltype(rp1::policy)> buffer;
    const auto e = oversight::evaluate_into(rp1::policy, c, {}, buffer);
    const oversight::verdict v = oversight::check(rp1::policy, c);
    oversight::findings_buffer<decltype(rp1::policy)> buffer_t;
    const auto e_t = oversight::evaluate_into<rp1::policy>(c, {}, buffer_t);
    const oversight::verdict v_t = oversight::check<rp1::policy>(c);
    bool forms_agree = v_t == v && e_t.verdict == e.verdict && e_t.stored == e.stored;
    for (std::size_t i = 0; forms_agree && i < e.stored; ++i) forms_agree = buffer_t[i] == buffer[i];
    finding_set library;
    for (std::size_t i = 0; i < e.stored; ++i) {
      const auto& f = buffer[i];
      library.fired |= 1u << f.rule_index;
      if (f.rule_effect == oversight::effect::deny) library.deny |= 1u << f.rule_index;
      ++per_rule[f.rule_index];
    }
    ++verdicts[static_cast<std::size_t>(e.verdict.kind)];

    std::array<rp1_baseline::finding, 10> base_buffer{};
    rp1_baseline::verdict base_verdict{};
    const std::size_t base_n = rp1_baseline::evaluate(c, base_buffer, base_verdict);
    finding_set baseline;
    for (std::size_t i = 0; i < base_n; ++i) {
      baseline.fired |= 1u << base_buffer[i].rule;
      if (base_buffer[i].level == rp1_baseline::severity::deny) baseline.deny |= 1u << base_buffer[i].rule;
    }
    bool ids_agree = true;
    for (std::size_t i = 0; i < e.stored; ++i)
      ids_agree = ids_agree && buffer[i].rule_id == rp1_baseline::rule_ids[buffer[i].rule_index];
    const std::size_t at = static_cast<std::size_t>(&c - contracts.data());
    rules fired_bits;
    for (std::size_t i = 0; i < e.stored; ++i) fired_bits.set(buffer[i].rule_index);
    const rp1_baseline::masks m = rp1_baseline::evaluate_masks(c);
    const bool batch_agrees = batch_verdicts[at] == v && batch_findings_verdicts[at] == v &&
                              batch_fired[at] == fired_bits && m.fired == baseline.fired && m.deny == baseline.deny &&
                              rp1_baseline::verdict_of(m) == base_verdict;
    const bool agree = forms_agree && batch_agrees && e.complete() && ids_agree && library == baseline &&
                       v == e.verdict && e.verdict.kind == to_kind(base_verdict) &&
                       to_kind(rp1_baseline::check(c)) == to_kind(base_verdict);
    if (!agree && ++disagreements <= 10)
      std::fprintf(stderr, "rp1: contract %llu: the library and the baseline disagree\n",
                   static_cast<unsigned long long>(c.id));
  }
  if (disagreements != 0) {
    std::fprintf(stderr, "rp1: %zu of %zu contracts disagree\n", disagreements, n);
    return 1;
  }

  // ---- allocations per contract ---------------------------------------------------------------
  std::uint64_t sink = 0;
  const auto library_findings_sweep = [&] {
    std::array<std::uint64_t, rule_count> hist{};
    oversight::findings_buffer<decltype(rp1::policy)> buffer;
    for (const auto& c : contracts) {
      const auto e = oversight::evaluate_into<rp1::policy>(c, {}, buffer);
      for (std::size_t i = 0; i < e.stored; ++i) ++hist[buffer[i].rule_index];
      ++hist[static_cast<std::size_t>(e.verdict.kind)];
    }
    keep(hist);
    sink += hist[0];
  };
  const auto library_verdict_sweep = [&] {
    std::array<std::uint64_t, 4> hist{};
    for (const auto& c : contracts) ++hist[static_cast<std::size_t>(oversight::check<rp1::policy>(c).kind)];
    keep(hist);
    sink += hist[0];
  };
  const auto reference_findings_sweep = [&] {
    std::array<std::uint64_t, rule_count> hist{};
    oversight::findings_buffer<decltype(rp1::policy)> buffer;
    for (const auto& c : contracts) {
      const auto e = oversight::evaluate_into(rp1::policy, c, {}, buffer);
      for (std::size_t i = 0; i < e.stored; ++i) ++hist[buffer[i].rule_index];
      ++hist[static_cast<std::size_t>(e.verdict.kind)];
    }
    keep(hist);
    sink += hist[0];
  };
  const auto reference_verdict_sweep = [&] {
    std::array<std::uint64_t, 4> hist{};
    for (const auto& c : contracts) ++hist[static_cast<std::size_t>(oversight::check(rp1::policy, c).kind)];
    keep(hist);
    sink += hist[0];
  };
  const auto baseline_findings_sweep = [&] {
    std::array<std::uint64_t, rule_count> hist{};
    std::array<rp1_baseline::finding, 10> buffer;
    for (const auto& c : contracts) {
      rp1_baseline::verdict v{};
      const std::size_t k = rp1_baseline::evaluate(c, buffer, v);
      for (std::size_t i = 0; i < k; ++i) ++hist[buffer[i].rule];
      ++hist[static_cast<std::size_t>(v)];
    }
    keep(hist);
    sink += hist[0];
  };
  const auto baseline_verdict_sweep = [&] {
    std::array<std::uint64_t, 4> hist{};
    for (const auto& c : contracts) ++hist[static_cast<std::size_t>(rp1_baseline::check(c))];
    keep(hist);
    sink += hist[0];
  };

  // The batch forms and the branch-free baseline write a verdict (and a rule set, or masks) per
  // contract; the same pass over what they wrote follows each.
  const std::span<const rp1::contract> all(contracts);
  const auto batch_findings_sweep = [&] {
    oversight::findings_all<rp1::policy>(all, std::span(batch_findings_verdicts), std::span(batch_fired));
    std::array<std::uint64_t, 4> hist{};
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < n; ++i) {
      ++hist[static_cast<std::size_t>(batch_findings_verdicts[i].kind)];
      bits += batch_fired[i].count();
    }
    keep(hist);
    sink += hist[0] + bits;
  };
  const auto batch_verdict_sweep = [&] {
    oversight::check_all<rp1::policy>(all, std::span(batch_verdicts));
    std::array<std::uint64_t, 4> hist{};
    for (const auto& v : batch_verdicts) ++hist[static_cast<std::size_t>(v.kind)];
    keep(hist);
    sink += hist[0];
  };
  const auto free_findings_sweep = [&] {
    rp1_baseline::evaluate_all(all, std::span(free_masks), std::span(free_verdicts));
    std::array<std::uint64_t, 4> hist{};
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < n; ++i) {
      ++hist[static_cast<std::size_t>(free_verdicts[i])];
      bits += static_cast<std::uint64_t>(std::popcount(free_masks[i].fired));
    }
    keep(hist);
    sink += hist[0] + bits;
  };
  const auto free_verdict_sweep = [&] {
    rp1_baseline::check_all(all, std::span(free_verdicts));
    std::array<std::uint64_t, 4> hist{};
    for (const auto v : free_verdicts) ++hist[static_cast<std::size_t>(v)];
    keep(hist);
    sink += hist[0];
  };

  const auto count_allocations = [&](auto&& sweep) {
    const std::uint64_t before = allocations.load();
    sweep();
    return static_cast<double>(allocations.load() - before) / static_cast<double>(n);
  };
  const double alloc_findings = count_allocations(library_findings_sweep);
  const double alloc_verdict = count_allocations(library_verdict_sweep);
  const double alloc_ref = count_allocations(reference_findings_sweep) + count_allocations(reference_verdict_sweep);
  const double alloc_batch = count_allocations(batch_findings_sweep) + count_allocations(batch_verdict_sweep);

  // ---- timing (modes and implementations interleaved, pass by pass) --------------------------
  double lib_findings = 0, lib_verdict = 0, base_findings = 0, base_verdict = 0, ref_findings = 0, ref_verdict = 0;
  double batch_findings = 0, batch_verdict = 0, free_findings = 0, free_verdict = 0;
  for (int p = 0; p < opts->passes; ++p) {
    lib_findings = std::max(lib_findings, best_rate(n, 1, library_findings_sweep));
    base_findings = std::max(base_findings, best_rate(n, 1, baseline_findings_sweep));
    lib_verdict = std::max(lib_verdict, best_rate(n, 1, library_verdict_sweep));
    base_verdict = std::max(base_verdict, best_rate(n, 1, baseline_verdict_sweep));
    ref_findings = std::max(ref_findings, best_rate(n, 1, reference_findings_sweep));
    ref_verdict = std::max(ref_verdict, best_rate(n, 1, reference_verdict_sweep));
    batch_findings = std::max(batch_findings, best_rate(n, 1, batch_findings_sweep));
    free_findings = std::max(free_findings, best_rate(n, 1, free_findings_sweep));
    batch_verdict = std::max(batch_verdict, best_rate(n, 1, batch_verdict_sweep));
    free_verdict = std::max(free_verdict, best_rate(n, 1, free_verdict_sweep));
  }
  keep(sink);

  // ---- report ---------------------------------------------------------------------------------
  std::ostringstream out;
  out << "{\"contracts\": " << n << ", \"verdicts\": {\"PERMIT\": " << verdicts[0] << ", \"REVIEW\": " << verdicts[1]
      << ", \"DENY\": " << verdicts[2] << "}, \"findings\": {";
  const auto ids = decltype(rp1::policy)::all_rule_ids();
  for (std::size_t i = 0; i < rule_count; ++i)
    out << (i ? ", " : "") << '"' << ids[i] << "\": " << per_rule[i];
  char rates[1024];
  std::snprintf(rates, sizeof rates,
                "}, \"library\": {\"findings_per_s\": %.0f, \"verdict_per_s\": %.0f, \"allocations_per_contract\": "
                "{\"findings\": %g, \"verdict\": %g}}, \"baseline\": {\"findings_per_s\": %.0f, \"verdict_per_s\": "
                "%.0f}, \"library_by_reference\": {\"findings_per_s\": %.0f, \"verdict_per_s\": %.0f, "
                "\"allocations_per_contract\": %g}, \"library_batch\": {\"findings_per_s\": %.0f, "
                "\"verdict_per_s\": %.0f, \"allocations_per_contract\": %g}, \"baseline_branch_free\": "
                "{\"findings_per_s\": %.0f, \"verdict_per_s\": %.0f}}",
                lib_findings, lib_verdict, alloc_findings, alloc_verdict, base_findings, base_verdict, ref_findings,
                ref_verdict, alloc_ref, batch_findings, batch_verdict, alloc_batch, free_findings, free_verdict);
  out << rates;
  std::puts(out.str().c_str());
  return 0;
}
