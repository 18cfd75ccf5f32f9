// Ballots from any bytes into the Council's box: each pair of bytes is a member (by index into
// ISO 3166-1, so most are not members) and a ballot (raw, so some lie outside the enumeration).
// Every cast is a receipt or a typed error; the tallies and their explanations always answer.
#include <oversight/consent.hpp>

#include "fuzz_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace c = oversight::consent;
  namespace presets = oversight::consent::presets;
  static const c::electorate eu =
      c::make_electorate(presets::eu_members, oversight::date{2025, 9, 15}, presets::eurostat_2025).value();
  const auto policy = size > 0 && data[0] % 2 ? c::duplicate_ballots::last_wins : c::duplicate_ballots::reject;
  c::ballot_box box(eu, oversight::date{2025, 9, 15}, policy);
  for (std::size_t i = 1; i + 1 < size; i += 2) {
    const auto state = oversight::country::from_index(data[i] % oversight::country::count);
    if (!state) continue;
    const auto receipt = box.cast(*state, static_cast<c::ballot>(data[i + 1] % 8));
    fuzz::expect(receipt.has_value() || receipt.error().id().starts_with("OVS-E3"), "a cast gives a consent error");
    if (data[i + 1] == 0xFF) box.close();
  }
  const c::outcome qmv = c::tally(presets::eu_council_qmv, box);
  const c::outcome unanimity = c::tally(presets::eu_council_unanimity, box);
  fuzz::expect(!c::explain(eu, qmv).empty() && !c::explain(eu, unanimity).empty(), "outcomes are explained");
  return 0;
}
