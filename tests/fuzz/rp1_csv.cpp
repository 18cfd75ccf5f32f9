// rp1::parse_csv on any bytes; every contract it reads is checked, its findings listed,
// explained, printed and written as JSON, with the same verdict each way.
#include <oversight/oversight.hpp>
#include <oversight/policies/rp1.hpp>
#include <oversight/policies/rp1_csv.hpp>
#include <oversight/report.hpp>

#include "fuzz_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace oversight;
  const auto contracts = rp1::parse_csv(fuzz::text(data, size));
  if (!contracts) return 0;
  for (const rp1::contract& c : *contracts) {
    const verdict v = check(rp1::policy, c);
    fuzz::expect(check<rp1::policy>(c) == v, "check by reference and by template argument agree");
    findings_buffer<std::remove_cvref_t<decltype(rp1::policy)>> buffer{};
    const evaluation e = evaluate_into(rp1::policy, c, context{}, buffer);
    fuzz::expect(e.verdict == v, "findings give the verdict check gives");
    const explanation x = explain(rp1::policy, c);
    fuzz::expect(x.verdict == v, "the explanation gives the verdict check gives");
    fuzz::expect(!to_text(x).empty() && !report::to_json_text(x).empty(), "text and JSON are written");
  }
  return 0;
}
