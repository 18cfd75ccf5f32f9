// report::read_json on any bytes: it answers (a value or a typed error) for every input, what it
// reads writes back to canonical text that reads back to the same canonical text, and
// write_strict accepts every value it read and writes text that reads back equal.
#include <oversight/report.hpp>

#include "fuzz_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace oversight::report;
  const std::string_view input = fuzz::text(data, size);
  const int depth = size > 0 ? data[0] % 80 : 64;  // small limits too, and above the cap
  const auto value = read_json(input, depth * 4);
  if (!value) {
    fuzz::expect(value.error().code == json_errc::malformed_json, "a read error is malformed_json");
    return 0;
  }
  const std::string canonical = write(*value, json_style::canonical);
  const auto again = read_json(canonical, json_depth_limit);
  fuzz::expect(again.has_value(), "canonical text reads back");
  fuzz::expect(write(*again, json_style::canonical) == canonical, "canonical(read(canonical(x))) == canonical(x)");
  const auto strict = write_strict(*value);
  fuzz::expect(strict.has_value(), "write_strict accepts what read_json read");
  fuzz::expect(read_json(*strict, json_depth_limit).value() == *value, "write_strict's text reads back equal");
  return 0;
}
