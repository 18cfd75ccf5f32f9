// workflow::read_trail on any bytes, then verify and replay against a workflow: typed errors
// only, and a trail that reads writes back to the same text.
#include <oversight/oversight.hpp>
#include <oversight/workflow.hpp>

#include "fuzz_target.hpp"
#include "sample_workflow.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace oversight::workflow;
  const auto trail = read_trail(fuzz::text(data, size));
  if (!trail) return 0;
  const std::string written = write_trail(*trail);
  const auto again = read_trail(written);
  fuzz::expect(again.has_value() && *again == *trail, "a trail that reads writes back and reads equal");
  const auto head = verify(*trail);
  const auto replayed = sample::run::replay(*trail);
  if (replayed) {
    fuzz::expect(head.has_value(), "a trail that replays verifies");
    fuzz::expect(write_trail(replayed->trail()) == written, "a replayed instance holds the trail it read");
  }
  return 0;
}
