// Reads one OCDS release through the installed adapter: 0 when it maps.
#include <oversight/adapt/ocds.hpp>

#include <cstdio>

int main() {
  const auto read = oversight::ocds::read(R"({"ocid": "ocds-a-1", "id": "1", "date": "2020-01-01", "tag": ["tender"],
      "tender": {"value": {"amount": 12300000.50, "currency": "EUR"}}})");
  if (!read || read->processes.size() != 1) return 1;
  const auto& deal = read->processes.front().deal();
  std::printf("OCDS adapter: %s\n", deal.estimated_value ? "value read" : "no value");
  return deal.estimated_value == oversight::money::minor(12'300'000'50, "EUR") ? 0 : 1;
}
