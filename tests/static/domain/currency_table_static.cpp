// The ISO 4217 table: sorted for the binary search, minor units as List One gives them, and the
// codes without a minor unit (precious metals, testing) left out.
#include <oversight/domain.hpp>

#include <cstddef>
#include <string_view>

namespace {
using namespace oversight;

// Strictly sorted by code: `currency_index` is a binary search.
constexpr bool table_strictly_sorted() {
  for (std::size_t i = 1; i < detail::iso4217.size(); ++i)
    if (!(detail::iso4217[i - 1].code < detail::iso4217[i].code)) return false;
  return true;
}
static_assert(table_strictly_sorted());

// Every code is three upper-case letters, every minor unit 0 to 4, and a `currency` keeps its
// index in one byte.
constexpr bool table_well_formed() {
  for (const auto& e : detail::iso4217) {
    if (e.code.size() != 3) return false;
    for (char c : e.code)
      if (c < 'A' || c > 'Z') return false;
    if (e.minor_digits > 4) return false;
  }
  return true;
}
static_assert(table_well_formed());
static_assert(detail::iso4217.size() <= 256);

// Minor units, as ISO 4217 List One gives them.
static_assert(currency::parse("PYG")->minor_digits() == 0);
static_assert(currency::parse("UGX")->minor_digits() == 0);
static_assert(currency::parse("AMD")->minor_digits() == 2);
static_assert(currency::parse("NGN")->minor_digits() == 2);
static_assert(currency::parse("COP")->minor_digits() == 2);
static_assert(currency::parse("TWD")->minor_digits() == 2);
static_assert(currency::parse("CAD")->minor_digits() == 2);
static_assert(currency::parse("UAH")->minor_digits() == 2);
static_assert(currency::parse("KWD")->minor_digits() == 3);
static_assert(currency::parse("CLF")->minor_digits() == 4);
static_assert(currency::parse("EUR")->minor_digits() == 2);

// Codes whose minor unit is "N.A." are not in the table.
static_assert(currency::parse("XAU").error().code == money_errc::unknown_currency_code);

}  // namespace
