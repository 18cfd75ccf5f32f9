// A first program (docs/getting-started.md): a record type of your own, two rules that cite their
// legal basis, a policy, a decision at compile time and at run time, its explanation, and a
// decision record for audit.
#include <oversight/oversight.hpp>

#include <cstdio>
#include <optional>
#include <string_view>

namespace shop {

/// A tender as your own system holds it.
struct tender {
  oversight::money value;
  oversight::country supplier_country;
  std::optional<bool> eu_notice;  // std::nullopt: not recorded
};

// The facts rules read, each with its name and type.
inline constexpr oversight::fact<"tender.value", oversight::money> value{};
inline constexpr oversight::fact<"tender.supplier-country", oversight::country> supplier_country{};
inline constexpr oversight::fact<"tender.eu-notice", bool> eu_notice{};

}  // namespace shop

// Where the facts are read from: one specialization, next to the type.
template <>
struct oversight::fact_source<shop::tender> {
  static constexpr money get(decltype(shop::value), const shop::tender& t) { return t.value; }
  static constexpr country get(decltype(shop::supplier_country), const shop::tender& t) { return t.supplier_country; }
  static constexpr std::optional<bool> get(decltype(shop::eu_notice), const shop::tender& t) { return t.eu_notice; }
};

namespace shop {
using namespace oversight;

inline constexpr auto notice =
    rule<"tender.eu-notice">(effect::deny, value >= money::minor(143'000'00, currency{"EUR"}) && !eu_notice)
        .cite(legal_basis{"Directive 2014/24/EU", "Art. 4(b)", "http://data.europa.eu/eli/dir/2014/24/oj"})
        .message("a tender of {} without an EU-wide notice", value);
inline constexpr auto russian_supplier =
    rule<"tender.russian-supplier">(effect::deny, supplier_country == country{"RU"})
        .cite(legal_basis{"Council Regulation (EU) No 833/2014", "Art. 5k(1)", "http://data.europa.eu/eli/reg/2014/833/oj"})
        .message("a supplier established in {}", supplier_country);
inline constexpr auto policy = oversight::policy<"shop", combining::deny_overrides>(notice, russian_supplier);

// Decided at compile time: a small tender from France passes.
inline constexpr tender small{money::minor(50'000'00, currency{"EUR"}), country{"FR"}, false};
static_assert(check(policy, small));

}  // namespace shop

int main() {
  using namespace oversight;
  // Decided at run time: whether a notice was published is not recorded, so the rule that needs
  // it cannot be decided, and the explanation says which fact was missing.
  const shop::tender big{money::minor(200'000'00, currency{"EUR"}), country{"FR"}, std::nullopt};
  const explanation decision = explain(shop::policy, big);
  std::printf("%s", to_text(decision).c_str());

  const report::decision_record record = report::make_record(shop::policy, big, {}, "2026.1");
  const std::string_view hash = record.content_hash.view();
  std::printf("record %.*s, verified: %s\n", static_cast<int>(hash.size()), hash.data(),
              report::verify(record) ? "yes" : "no");
}
