// oversight: currencies, as ISO 4217 alphabetic codes with their minor units.
//
// A `currency` is one of the codes in the table below, each with the number of digits of its
// minor unit (EUR 2: cents; JPY 0; KWD 3: fils). Amounts are counted in minor units (money.hpp),
// so the exponent is part of the currency, never guessed.
//
// Source: ISO 4217 "List One: current currency & funds code list" (published by the ISO 4217
// maintenance agency), columns "Alphabetic Code" and "Minor unit", as amended to Amendment 179
// (May 2025): the new codes ZWG (Zimbabwe Gold, 2024), XCG (Caribbean guilder, 2025) and XAD
// (Arab Accounting Dinar, 2025) are in; the withdrawn ANG (replaced by XCG), CUC, HRK, SLL and
// ZWL are not. The table is the whole list, currencies and funds codes (BOV, CHE, CHW, CLF,
// COU, MXV, USN, UYI, UYW, ...), except the entries whose minor unit is "N.A.": XAG, XAU, XPD
// and XPT (precious metals), XBA, XBB, XBC and XBD (European bond-market units), XDR (IMF
// special drawing right), XSU (Sucre), XUA (ADB unit of account), XTS (testing) and XXX (no
// currency). An amount needs a defined minor unit, so those codes are reported as unknown.
// BGN is kept although Bulgaria adopted the euro on 2026-01-01: historic contracts use it. No
// other withdrawn code is in the table.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/error.hpp>

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE

/// Errors about money: codes, amounts and arithmetic.
enum class money_errc : std::uint16_t {
  malformed_currency_code = 230,  ///< not three upper-case ASCII letters
  unknown_currency_code = 231,    ///< three letters, but not in the ISO 4217 table
  currency_mismatch = 232,        ///< two amounts in different currencies combined or compared
  money_overflow = 233,           ///< the result does not fit in 64-bit minor units
  malformed_amount = 234,         ///< text that is not "<digits>[.<digits>] <CODE>"
  too_many_decimals = 235,        ///< more decimals than the currency's minor unit has
  negative_amount = 236           ///< a negative amount where only zero or more is allowed
};

constexpr error_info describe(money_errc e) noexcept {
  switch (e) {
    case money_errc::malformed_currency_code:
      return {"OVS-E230", "a currency code is three upper-case letters (ISO 4217)"};
    case money_errc::unknown_currency_code:
      return {"OVS-E231", "not an ISO 4217 currency code known to oversight"};
    case money_errc::currency_mismatch:
      return {"OVS-E232", "amounts in different currencies cannot be combined or compared"};
    case money_errc::money_overflow:
      return {"OVS-E233", "the amount does not fit in 64-bit minor units"};
    case money_errc::malformed_amount:
      return {"OVS-E234", "an amount is written <digits>[.<digits>] <CURRENCY>, e.g. 12300000.00 EUR"};
    case money_errc::too_many_decimals:
      return {"OVS-E235", "more decimals than the currency's minor unit allows"};
    case money_errc::negative_amount:
      return {"OVS-E236", "the amount must not be negative"};
  }
  return {"OVS-E299", "unknown domain error"};
}

namespace detail {

struct currency_entry {
  std::string_view code;
  std::uint8_t minor_digits;
};

// ISO 4217 List One without the "N.A." codes, sorted by code (see the header comment).
inline constexpr std::array<currency_entry, 166> iso4217{{
    {"AED", 2}, {"AFN", 2}, {"ALL", 2}, {"AMD", 2}, {"AOA", 2}, {"ARS", 2}, {"AUD", 2}, {"AWG", 2},
    {"AZN", 2}, {"BAM", 2}, {"BBD", 2}, {"BDT", 2}, {"BGN", 2}, {"BHD", 3}, {"BIF", 0}, {"BMD", 2},
    {"BND", 2}, {"BOB", 2}, {"BOV", 2}, {"BRL", 2}, {"BSD", 2}, {"BTN", 2}, {"BWP", 2}, {"BYN", 2},
    {"BZD", 2}, {"CAD", 2}, {"CDF", 2}, {"CHE", 2}, {"CHF", 2}, {"CHW", 2}, {"CLF", 4}, {"CLP", 0},
    {"CNY", 2}, {"COP", 2}, {"COU", 2}, {"CRC", 2}, {"CUP", 2}, {"CVE", 2}, {"CZK", 2}, {"DJF", 0},
    {"DKK", 2}, {"DOP", 2}, {"DZD", 2}, {"EGP", 2}, {"ERN", 2}, {"ETB", 2}, {"EUR", 2}, {"FJD", 2},
    {"FKP", 2}, {"GBP", 2}, {"GEL", 2}, {"GHS", 2}, {"GIP", 2}, {"GMD", 2}, {"GNF", 0}, {"GTQ", 2},
    {"GYD", 2}, {"HKD", 2}, {"HNL", 2}, {"HTG", 2}, {"HUF", 2}, {"IDR", 2}, {"ILS", 2}, {"INR", 2},
    {"IQD", 3}, {"IRR", 2}, {"ISK", 0}, {"JMD", 2}, {"JOD", 3}, {"JPY", 0}, {"KES", 2}, {"KGS", 2},
    {"KHR", 2}, {"KMF", 0}, {"KPW", 2}, {"KRW", 0}, {"KWD", 3}, {"KYD", 2}, {"KZT", 2}, {"LAK", 2},
    {"LBP", 2}, {"LKR", 2}, {"LRD", 2}, {"LSL", 2}, {"LYD", 3}, {"MAD", 2}, {"MDL", 2}, {"MGA", 2},
    {"MKD", 2}, {"MMK", 2}, {"MNT", 2}, {"MOP", 2}, {"MRU", 2}, {"MUR", 2}, {"MVR", 2}, {"MWK", 2},
    {"MXN", 2}, {"MXV", 2}, {"MYR", 2}, {"MZN", 2}, {"NAD", 2}, {"NGN", 2}, {"NIO", 2}, {"NOK", 2},
    {"NPR", 2}, {"NZD", 2}, {"OMR", 3}, {"PAB", 2}, {"PEN", 2}, {"PGK", 2}, {"PHP", 2}, {"PKR", 2},
    {"PLN", 2}, {"PYG", 0}, {"QAR", 2}, {"RON", 2}, {"RSD", 2}, {"RUB", 2}, {"RWF", 0}, {"SAR", 2},
    {"SBD", 2}, {"SCR", 2}, {"SDG", 2}, {"SEK", 2}, {"SGD", 2}, {"SHP", 2}, {"SLE", 2}, {"SOS", 2},
    {"SRD", 2}, {"SSP", 2}, {"STN", 2}, {"SVC", 2}, {"SYP", 2}, {"SZL", 2}, {"THB", 2}, {"TJS", 2},
    {"TMT", 2}, {"TND", 3}, {"TOP", 2}, {"TRY", 2}, {"TTD", 2}, {"TWD", 2}, {"TZS", 2}, {"UAH", 2},
    {"UGX", 0}, {"USD", 2}, {"USN", 2}, {"UYI", 0}, {"UYU", 2}, {"UYW", 4}, {"UZS", 2}, {"VED", 2},
    {"VES", 2}, {"VND", 0}, {"VUV", 0}, {"WST", 2}, {"XAD", 2}, {"XAF", 0}, {"XCD", 2}, {"XCG", 2},
    {"XOF", 0}, {"XPF", 0}, {"YER", 2}, {"ZAR", 2}, {"ZMW", 2}, {"ZWG", 2},
}};

constexpr int currency_index(std::string_view code) noexcept {
  std::size_t lo = 0, hi = iso4217.size();
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (iso4217[mid].code == code) return static_cast<int>(mid);
    if (iso4217[mid].code < code) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

// Deliberately not constexpr: calling it in a constant expression is the compile error that
// names the problem; reached at run time (only possible with Clang 14, see
// OVERSIGHT_CONSTEVAL_CTOR), it stops the program.
inline void unknown_currency_code_in_constant_expression() { std::abort(); }  // three upper-case letters, an ISO 4217 code oversight knows

}  // namespace detail

/// A currency by its ISO 4217 alphabetic code.
class currency {
 public:
  /// A currency from a constant code, checked at compile time: `currency{"EUR"}`. An unknown
  /// code fails to compile, naming `unknown_currency_code_in_constant_expression`.
  ///
  /// (With Clang 14 this constructor is `constexpr`, see OVERSIGHT_CONSTEVAL_CTOR: a string
  /// literal is still checked at compile time, by the `diagnose_if` below; only an array whose
  /// contents the compiler cannot see stops the program when its code is unknown.)
  OVERSIGHT_CONSTEVAL_CTOR currency(const char (&code)[4])  // NOLINT: implicit by design
#if defined(__clang__)  // the first error line under Clang (see detail/config.hpp)
      __attribute__((diagnose_if(detail::currency_index(std::string_view(code, 3)) < 0,
                                 "oversight: not a currency oversight knows: write an ISO 4217 alphabetic code in upper "
                                 "case (\"EUR\", \"USD\")",
                                 "error")))
#endif
      : index_(0) {
    const int i = detail::currency_index(std::string_view(code, 3));
    if (i < 0) detail::unknown_currency_code_in_constant_expression();
    index_ = static_cast<std::uint8_t>(i);
  }

  /// Parses a code read at run time: exactly three upper-case letters, one of the table's.
  static constexpr result<currency, money_errc> parse(std::string_view code) noexcept {
    const error_context context(code);
    if (code.size() != 3) return error{money_errc::malformed_currency_code, context};
    for (char c : code)
      if (c < 'A' || c > 'Z') return error{money_errc::malformed_currency_code, context};
    const int i = detail::currency_index(code);
    if (i < 0) return error{money_errc::unknown_currency_code, context};
    return currency(static_cast<std::uint8_t>(i));
  }

  /// "EUR".
  [[nodiscard]] constexpr std::string_view code() const noexcept { return detail::iso4217[index_].code; }
  /// Digits of the minor unit: 2 for EUR, 0 for JPY, 3 for KWD.
  [[nodiscard]] constexpr int minor_digits() const noexcept { return detail::iso4217[index_].minor_digits; }
  /// Minor units in one major unit: 100 for EUR, 1 for JPY, 1000 for KWD.
  [[nodiscard]] constexpr std::int64_t minor_per_unit() const noexcept {
    std::int64_t f = 1;
    for (int i = 0; i < minor_digits(); ++i) f *= 10;
    return f;
  }

  friend constexpr bool operator==(currency, currency) noexcept = default;
  /// Alphabetical order of the codes (for sorting and keys, not for amounts).
  friend constexpr auto operator<=>(currency, currency) noexcept = default;

 private:
  constexpr explicit currency(std::uint8_t index) noexcept : index_(index) {}
  std::uint8_t index_;
};

namespace literals {
/// `"USD"_currency`: a currency from a constant code, checked at compile time.
consteval currency operator""_currency(const char* code, std::size_t length)
#if defined(__clang__)  // the first error line under Clang (see detail/config.hpp)
    __attribute__((diagnose_if(length != 3 || detail::currency_index(std::string_view(code, length)) < 0,
                               "oversight: not a currency oversight knows: write an ISO 4217 alphabetic code in upper "
                               "case (\"EUR\"_currency)",
                               "error")))
#endif
{
  if (length != 3) detail::unknown_currency_code_in_constant_expression();
  const char buffer[4] = {code[0], code[1], code[2], '\0'};
  return currency(buffer);
}
}  // namespace literals

OVERSIGHT_END_NAMESPACE
