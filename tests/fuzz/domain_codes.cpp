// The domain's parsers on any bytes, one input line at a time: country, currency, CPV, date,
// money, classification markings. Each gives a value or a typed error; a value prints back to
// text that parses to the same value.
#include <oversight/oversight.hpp>
#include <oversight/domain/money_text.hpp>

#include "fuzz_target.hpp"

#include <string>

namespace {
void one(std::string_view s) {
  using namespace oversight;
  if (const auto c = country::parse(s)) fuzz::expect(country::parse(c->alpha2()).value() == *c, "country round trip");
  if (const auto c = currency::parse(s)) fuzz::expect(currency::parse(c->code()).value() == *c, "currency round trip");
  if (const auto c = cpv_code::parse(s)) fuzz::expect(cpv_code::parse(c->text().view()).value() == *c, "CPV code round trip");
  if (const auto d = date::parse(s)) {
    const auto iso = d->iso();
    fuzz::expect(date::parse({iso.data(), iso.size()}).value() == *d, "date round trip");
  }
  for (const auto sign : {sign_policy::non_negative_only, sign_policy::allow_negative})
    if (const auto m = money::parse(s, sign)) (void)to_string(*m);
  if (const auto m = parse_eu_marking(s)) fuzz::expect(parse_eu_marking(name(*m)).value() == *m, "EU marking");
  if (const auto m = parse_nato_marking(s)) fuzz::expect(parse_nato_marking(name(*m)).value() == *m, "NATO marking");
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view rest = fuzz::text(data, size);
  one(rest);
  while (!rest.empty()) {
    const auto end = rest.find('\n');
    one(rest.substr(0, end));
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return 0;
}
