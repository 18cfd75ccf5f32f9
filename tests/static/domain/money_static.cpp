// Money: currencies, literals, exact parsing, checked arithmetic and comparison.
#include <oversight/domain.hpp>

#include <compare>
#include <cstdint>
#include <limits>

namespace {
using namespace oversight;
using namespace oversight::literals;

constexpr std::int64_t max64 = std::numeric_limits<std::int64_t>::max();

// Currencies and their minor units.
static_assert(currency{"EUR"}.minor_digits() == 2);
static_assert(currency{"JPY"}.minor_digits() == 0 && currency{"KRW"}.minor_digits() == 0);
static_assert(currency{"KWD"}.minor_digits() == 3 && currency{"BHD"}.minor_per_unit() == 1000);
static_assert("CHF"_currency.code() == "CHF");
static_assert(currency::parse("MDL")->code() == "MDL");
static_assert(currency::parse("XQZ").error().code == money_errc::unknown_currency_code);
static_assert(currency::parse("eur").error().code == money_errc::malformed_currency_code);
static_assert(currency::parse("EURO").error().code == money_errc::malformed_currency_code);
static_assert(currency::parse("XQZ").error().context.view() == "XQZ");

// Literals: whole euros and cents.
static_assert((12'300'000_eur).minor_units() == 1'230'000'000);
static_assert((1'652'892'56_eur_cents).whole_units() == 1'652'892);
static_assert(money::units(5, "JPY")->minor_units() == 5);
static_assert(money::units(max64, "EUR").error().code == money_errc::money_overflow);

// Parsing, exactly.
static_assert(money::parse("12300000.00 EUR").value() == 12'300'000_eur);
static_assert(money::parse("12300000 EUR").value() == 12'300'000_eur);
static_assert(money::parse("1652892.56 EUR").value() == 1'652'892'56_eur_cents);
static_assert(money::parse("0.5 KWD")->minor_units() == 500);
static_assert(money::parse("1000 JPY")->minor_units() == 1000);
static_assert(money::parse("1.5 JPY").error().code == money_errc::too_many_decimals);
static_assert(money::parse("1.234 EUR").error().code == money_errc::too_many_decimals);
static_assert(money::parse("-5.00 EUR").error().code == money_errc::negative_amount);
static_assert(money::parse("-5.00 EUR", sign_policy::allow_negative)->minor_units() == -500);
static_assert(money::parse("92233720368547758.07 EUR")->minor_units() == max64);
static_assert(money::parse("92233720368547758.08 EUR").error().code == money_errc::money_overflow);
static_assert(money::parse("1,000.00 EUR").error().code == money_errc::malformed_amount);
static_assert(money::parse("1e6 EUR").error().code == money_errc::malformed_amount);
static_assert(money::parse("12. EUR").error().code == money_errc::malformed_amount);
static_assert(money::parse(".5 EUR").error().code == money_errc::malformed_amount);
static_assert(money::parse("100EUR").error().code == money_errc::malformed_amount);
static_assert(money::parse("100 XQZ").error().code == money_errc::unknown_currency_code);

// Checked arithmetic.
static_assert((1_eur + 2_eur + 3_eur).value() == 6_eur);
static_assert((10_eur - 3_eur).value() == 7_eur);
static_assert((10_eur * 3).value() == 30_eur && (3 * 10_eur).value() == 30_eur);
static_assert((money::minor(max64, "EUR") + 1_eur_cents).error().code == money_errc::money_overflow);
static_assert((money::minor(-max64 - 1, "EUR") - 1_eur_cents).error().code == money_errc::money_overflow);
static_assert((money::minor(max64 / 2 + 1, "EUR") * 2).error().code == money_errc::money_overflow);
static_assert(negate(money::minor(-max64 - 1, "EUR")).error().code == money_errc::money_overflow);
static_assert((1_eur + money::units(1, "USD").value()).error().code == money_errc::currency_mismatch);
static_assert((1_eur + money::units(1, "USD").value()).error().context.view() == "EUR + USD");
// An error travels along a chain.
static_assert((money::minor(max64, "EUR") + 1_eur + 1_eur).error().code == money_errc::money_overflow);

// Comparison: exact equality; ordering only within one currency.
static_assert(1_eur != money::units(1, "USD").value());
static_assert(compare(1_eur, 2_eur).value() == std::strong_ordering::less);
static_assert(compare(1_eur, money::units(1, "USD").value()).error().code == money_errc::currency_mismatch);
static_assert(at_least(143'000_eur, 143'000_eur).value());
static_assert(!at_least(142'999'99_eur_cents, 143'000_eur).value());
static_assert(!at_least(1_eur, money::units(1, "GBP").value()).has_value());

template <class Amount>
concept Orderable = requires(Amount a) { a < a; };
static_assert(!Orderable<money>, "amounts are ordered through compare(), never with <");
}  // namespace
