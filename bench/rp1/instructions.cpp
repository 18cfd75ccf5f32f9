// Instructions per contract, for callgrind: the library's RP-1 verdict and findings (the policy
// as a template argument, and passed by reference) beside the hand-written baseline, each in a
// function of its own that callgrind reports. Built and run by instructions.sh; not a CTest entry.
//
//   instructions CONTRACTS.csv [SWEEPS]
#include "baseline.hpp"

#include <oversight/policies/rp1.hpp>
#include <oversight/policies/rp1_csv.hpp>
#include <oversight/rules.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace rp1 = oversight::rp1;
using buffer_type = oversight::findings_buffer<decltype(rp1::policy)>;

// One function per implementation and mode; extern "C" names keep callgrind's report readable.
extern "C" {
[[gnu::noinline]] unsigned library_verdict(const rp1::contract& c) {
  return static_cast<unsigned>(oversight::check<rp1::policy>(c).kind);
}
[[gnu::noinline]] unsigned library_verdict_by_reference(const rp1::contract& c) {
  return static_cast<unsigned>(oversight::check(rp1::policy, c).kind);
}
[[gnu::noinline]] unsigned baseline_verdict(const rp1::contract& c) {
  return static_cast<unsigned>(rp1_baseline::check(c));
}
[[gnu::noinline]] unsigned library_findings(const rp1::contract& c, buffer_type& b) {
  const auto e = oversight::evaluate_into<rp1::policy>(c, {}, b);
  return static_cast<unsigned>(e.verdict.kind) + static_cast<unsigned>(e.stored);
}
[[gnu::noinline]] unsigned library_findings_by_reference(const rp1::contract& c, buffer_type& b) {
  const auto e = oversight::evaluate_into(rp1::policy, c, {}, b);
  return static_cast<unsigned>(e.verdict.kind) + static_cast<unsigned>(e.stored);
}
[[gnu::noinline]] unsigned baseline_findings(const rp1::contract& c, std::array<rp1_baseline::finding, 10>& b) {
  rp1_baseline::verdict v{};
  const std::size_t n = rp1_baseline::evaluate(c, b, v);
  return static_cast<unsigned>(v) + static_cast<unsigned>(n);
}
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs("usage: instructions CONTRACTS.csv [SWEEPS]\n", stderr);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto parsed = rp1::parse_csv(text);
  if (!parsed) return 3;
  const std::vector<rp1::contract>& contracts = parsed.value();
  const int sweeps = argc > 2 ? std::atoi(argv[2]) : 50;
  buffer_type buffer{};
  std::array<rp1_baseline::finding, 10> base_buffer{};
  unsigned sink = 0;
  for (int i = 0; i < sweeps; ++i)
    for (const auto& c : contracts)
      sink += library_verdict(c) + library_verdict_by_reference(c) + baseline_verdict(c) +
              library_findings(c, buffer) + library_findings_by_reference(c, buffer) +
              baseline_findings(c, base_buffer);
  std::printf("%zu contracts x %d sweeps (%u)\n", contracts.size(), sweeps, sink);
  return 0;
}
