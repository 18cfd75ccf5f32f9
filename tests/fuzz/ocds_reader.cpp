// The OCDS adapter on any bytes (a release, record, package or JSON Lines): every input gives
// processes or a typed error, and every process it gives is screened against the shipped
// high-risk-supplier policy, once per supplier, and explained.
#include <oversight/adapt/ocds.hpp>
#include <oversight/oversight.hpp>
#include <oversight/policies.hpp>

#include "fuzz_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace ocds = oversight::ocds;
  using namespace oversight;
  const auto read = ocds::read(fuzz::text(data, size), "fuzz");
  if (!read) {
    fuzz::expect(read.error().id().starts_with("OVS-E5"), "a read error is an OCDS error");
    return 0;
  }
  for (const ocds::process& p : read->processes) {
    const date day = p.natural_day().value_or(date{2026, 1, 1});
    for (std::size_t i = 0; i <= p.suppliers().size(); ++i) {
      const auto which = i < p.suppliers().size() ? std::optional<std::size_t>(i) : std::nullopt;
      const screening s = p.screening_of(which, day);
      const verdict v = check(policies::hrs::policy, s, as_of(day));
      fuzz::expect(explain(policies::hrs::policy, s, as_of(day)).verdict == v,
                   "the explanation agrees with check");
    }
  }
  return 0;
}
