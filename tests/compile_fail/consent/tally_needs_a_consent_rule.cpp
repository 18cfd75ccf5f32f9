// tally() takes a consent rule; anything else is rejected at the call by the ConsentRule concept.
#include <oversight/consent/presets/eu.hpp>
#include <oversight/consent/rules.hpp>

namespace c = oversight::consent;

struct not_a_rule {
  int threshold = 55;
};

int main() {
  const auto e = c::make_electorate(c::presets::eu_members, oversight::date{2025, 1, 1}).value();
  const c::ballot_box box(e);
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
  return c::tally(c::presets::eu_council_qmv, box).pending() ? 0 : 1;
#else
  return c::tally(not_a_rule{}, box).pending() ? 0 : 1;
#endif
}
