// Facts read straight from data members (`field`): no fact_source to write, optional members
// are unknown when empty, a derived type reads its base's members, and a fact_source that
// provides the same fact takes precedence.
#include <oversight/oversight.hpp>

#include <optional>
#include <type_traits>

namespace fields_test {

using namespace oversight;
using namespace oversight::literals;

struct tender {
  money value;
  country supplier_country;
  std::optional<bool> eu_notice;
};
struct framework_tender : tender {
  int lots = 0;
};

inline constexpr field<"tender.value", &tender::value> value{};
inline constexpr field<"tender.supplier-country", &tender::supplier_country> supplier_country{};
inline constexpr field<"tender.eu-notice", &tender::eu_notice> eu_notice{};
inline constexpr field<"tender.lots", &framework_tender::lots> lots{};

// A field is a fact of the member's type; an optional member gives a fact that may be unknown.
static_assert(Fact<decltype(value)>);
static_assert(std::is_same_v<decltype(value)::value_type, money>);
static_assert(std::is_same_v<decltype(eu_notice)::value_type, bool>);
static_assert(value.name() == "tender.value");
static_assert(std::is_same_v<decltype(lots)::record_type, framework_tender>);

// Read from the record type and from types derived from it, not from unrelated types.
static_assert(FactSource<tender, decltype(value)>);
static_assert(FactSource<framework_tender, decltype(value)>);
static_assert(!FactSource<tender, decltype(lots)>);
static_assert(!FactSource<int, decltype(value)>);

constexpr tender small{50'000_eur, country{"FR"}, false};
constexpr tender unrecorded{200'000_eur, country{"FR"}, std::nullopt};
static_assert(read(value, small) == 50'000_eur);
static_assert(read(eu_notice, small) == false);
static_assert(!read(eu_notice, unrecorded).has_value());

inline constexpr auto notice = rule<"tender.eu-notice">(effect::deny, value >= 143'000_eur && !eu_notice);
inline constexpr auto russian = rule<"tender.russian-supplier">(effect::deny, supplier_country == country{"RU"});
inline constexpr auto many_lots = rule<"tender.many-lots">(effect::review, lots > 10);
inline constexpr auto shop = policy<"shop", combining::deny_overrides>(notice, russian);

static_assert(check(shop, small));
static_assert(check(shop, unrecorded) == verdict_kind::indeterminate);
static_assert(check(shop, tender{200'000_eur, country{"FR"}, false}) == verdict_kind::deny);
static_assert(check(shop, tender{50'000_eur, country{"RU"}, true}) == verdict_kind::deny);
static_assert(check(shop, framework_tender{{50'000_eur, country{"FR"}, true}, 3}));
static_assert(check(policy<"lots", combining::deny_overrides>(many_lots), framework_tender{small, 12}) ==
              verdict_kind::review);

// The batch form reads fields too.
static_assert([] {
  const tender subjects[]{small, unrecorded, tender{50'000_eur, country{"RU"}, true}};
  verdict out[3]{};
  check_all<shop>(std::span<const tender>{subjects}, std::span<verdict>{out});
  return out[0] == verdict_kind::permit && out[1] == verdict_kind::indeterminate && out[2] == verdict_kind::deny;
}());

// A fact_source that provides the same fact takes precedence over the member.
struct audited {
  money value;
};
inline constexpr field<"audited.value", &audited::value> audited_value{};

}  // namespace fields_test

template <>
struct oversight::fact_source<fields_test::audited> {
  static constexpr std::optional<money> get(decltype(fields_test::audited_value), const fields_test::audited&) {
    return std::nullopt;  // the audit does not trust the recorded value
  }
};

namespace fields_test {
static_assert(!read(audited_value, audited{1'000_eur}).has_value());
}  // namespace fields_test
