// An RP-1 contract made of any bytes, every enumerated column cast from a raw byte (so values
// outside their enumerations occur): check, findings, explanation, text, JSON and a decision
// record agree and never read out of bounds.
#include <oversight/oversight.hpp>
#include <oversight/policies/rp1.hpp>
#include <oversight/report.hpp>

#include "fuzz_target.hpp"

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace oversight;
  std::uint8_t b[40] = {};
  std::memcpy(b, data, size < sizeof b ? size : sizeof b);
  const auto state = [&](int i) { return country::from_index(b[i] % country::count).value_or(country{"DE"}); };
  const auto set = [&](int i) {
    country_set s;
    for (int k = 0; k < 8; ++k)
      if (b[i] >> k & 1) s.insert(state(32 + k));
    return s;
  };
  std::int64_t value = 0;
  std::memcpy(&value, b + 24, sizeof value);
  const rp1::contract c{b[0],
                        state(1),
                        static_cast<rp1::authority_level>(b[2] % 4),
                        state(3),
                        state(4),
                        (b[5] & 1) != 0,
                        static_cast<rp1::security_level>(b[6] % 6),
                        static_cast<rp1::object_category>(b[7] % 5),
                        static_cast<rp1::sector_kind>(b[8] % 6),
                        value,
                        (b[9] & 1) != 0,
                        (b[9] & 2) != 0,
                        (b[9] & 4) != 0,
                        (b[9] & 8) != 0,
                        static_cast<rp1::access_level>(b[10] % 5),
                        static_cast<rp1::security_level>(b[11] % 6),
                        (b[9] & 16) != 0,
                        (b[9] & 32) != 0,
                        set(12),
                        set(13),
                        set(14)};
  const verdict v = check(rp1::policy, c);
  findings_buffer<std::remove_cvref_t<decltype(rp1::policy)>> buffer{};
  fuzz::expect(evaluate_into(rp1::policy, c, context{}, buffer).verdict == v, "findings agree with check");
  const explanation x = explain(rp1::policy, c);
  fuzz::expect(x.verdict == v, "the explanation agrees with check");
  fuzz::expect(!to_text(x).empty(), "the explanation prints");
  const report::decision_record r = report::make_record(rp1::policy, c, {}, "fuzz");
  fuzz::expect(report::verify(r), "a fresh decision record verifies");
  return 0;
}
