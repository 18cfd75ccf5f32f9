// A first program (docs/getting-started.md): rules over a tender type of your own, decided at
// compile time and at run time, explained, and kept as a decision record for audit.
#include <oversight/oversight.hpp>

#include <cstdio>
#include <optional>
#include <string>

using namespace oversight;
using namespace oversight::literals;

struct tender {  // a tender as your own system holds it
  money value;
  country supplier_country;
  std::optional<bool> eu_notice;  // std::nullopt: not recorded
};

// The facts rules read: a name, and the member each is read from.
constexpr field<"tender.value", &tender::value> value{};
constexpr field<"tender.supplier-country", &tender::supplier_country> supplier_country{};
constexpr field<"tender.eu-notice", &tender::eu_notice> eu_notice{};

constexpr auto notice =
    rule<"tender.eu-notice">(effect::deny, value >= 143'000_eur && !eu_notice)
        .cite(legal_basis{"Directive 2014/24/EU", "Art. 4(b)", "http://data.europa.eu/eli/dir/2014/24/oj"})
        .message("a tender of {} without an EU-wide notice", value);
constexpr auto russian_supplier =
    rule<"tender.russian-supplier">(effect::deny, supplier_country == country{"RU"})
        .cite(legal_basis{"Council Regulation (EU) No 833/2014", "Art. 5k(1)", "http://data.europa.eu/eli/reg/2014/833/oj"})
        .message("a supplier established in {}", supplier_country);
constexpr auto shop = policy<"shop", combining::deny_overrides>(notice, russian_supplier);

static_assert(check(shop, tender{50'000_eur, country{"FR"}, false}));  // decided by the compiler

int main() {
  // Whether a notice was published is not recorded: the rule that needs it is undecided.
  const tender big{200'000_eur, country{"FR"}, std::nullopt};
  std::printf("%s", to_text(explain(shop, big)).c_str());

  const report::decision_record record = report::make_record(shop, big, {}, "2026.1");
  std::printf("record %s, verified: %s\n", std::string{record.content_hash.view()}.c_str(),
              report::verify(record) ? "yes" : "no");
}
