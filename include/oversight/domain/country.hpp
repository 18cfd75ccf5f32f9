// oversight: countries, as ISO 3166-1 alpha-2 codes.
//
// A `country` is a two-letter code from the ISO 3166-1 list of officially assigned alpha-2
// codes (249 codes). A constant is checked at compile time (`country{"ES"}`, `"ES"_country`);
// text read at run time goes through `country::parse`, which returns a typed error.
//
// EU institutions write Greece as EL and the United Kingdom as UK (Interinstitutional Style
// Guide, section 7.1); both are accepted as aliases of the ISO codes GR and GB, and
// `eu_code()` gives them back. A country always compares and prints by its ISO code.
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

/// Errors about country codes.
enum class country_errc : std::uint16_t {
  malformed_country_code = 201,  ///< not two upper-case ASCII letters
  unknown_country_code = 202     ///< two letters, but not an assigned ISO 3166-1 code
};

constexpr error_info describe(country_errc e) noexcept {
  switch (e) {
    case country_errc::malformed_country_code:
      return {"OVS-E201", "a country code is two upper-case letters (ISO 3166-1 alpha-2)"};
    case country_errc::unknown_country_code:
      return {"OVS-E202", "not an officially assigned ISO 3166-1 alpha-2 code"};
  }
  return {"OVS-E200", "unknown country error"};
}

namespace detail {

// ISO 3166-1 alpha-2, officially assigned codes, in alphabetical order (ISO 3166 Maintenance
// Agency list; 249 entries).
inline constexpr std::array<std::string_view, 249> iso3166_alpha2{{
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
}};

// Deliberately not constexpr: calling it in a constant expression is the compile error that
// names the problem; reached at run time (only possible with Clang 14, see
// OVERSIGHT_CONSTEVAL_CTOR), it stops the program.
inline void unknown_country_code_in_constant_expression() { std::abort(); }  // two upper-case letters, assigned in ISO 3166-1

// Index of an assigned code in iso3166_alpha2, or -1. EL and UK map to GR and GB.
constexpr int country_index(char a, char b) noexcept {
  if (a == 'E' && b == 'L') a = 'G', b = 'R';
  if (a == 'U' && b == 'K') a = 'G', b = 'B';
  std::size_t lo = 0, hi = iso3166_alpha2.size();
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    const auto code = iso3166_alpha2[mid];
    if (code[0] == a && code[1] == b) return static_cast<int>(mid);
    if (code[0] < a || (code[0] == a && code[1] < b)) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

}  // namespace detail

/// A country (or territory) by its ISO 3166-1 alpha-2 code.
class country {
 public:
  /// The number of assigned codes; `index()` is below it.
  static constexpr std::size_t count = detail::iso3166_alpha2.size();

  /// A country from a constant code, checked at compile time: `country{"FI"}`. An unknown code
  /// fails to compile, naming `unknown_country_code_in_constant_expression`.
  ///
  /// (With Clang 14 this constructor is `constexpr`, see OVERSIGHT_CONSTEVAL_CTOR: a string
  /// literal is still checked at compile time, by the `diagnose_if` below; only an array whose
  /// contents the compiler cannot see stops the program when its code is unknown. Prefer
  /// `"FI"_country` or a `constexpr` variable there.)
  OVERSIGHT_CONSTEVAL_CTOR country(const char (&code)[3])  // NOLINT: implicit by design
#if defined(__clang__)  // the first error line under Clang (see detail/config.hpp)
      __attribute__((diagnose_if(detail::country_index(code[0], code[1]) < 0,
                                 "oversight: not a country code: write two upper-case letters assigned in ISO 3166-1 "
                                 "(\"ES\", \"FI\")",
                                 "error")))
#endif
      : index_(0) {
    const int i = detail::country_index(code[0], code[1]);
    if (i < 0) detail::unknown_country_code_in_constant_expression();
    index_ = static_cast<std::uint8_t>(i);
  }

  /// Parses a code read at run time: exactly two upper-case letters, an assigned ISO code or
  /// one of the EU aliases EL and UK.
  static constexpr result<country, country_errc> parse(std::string_view code) noexcept {
    const error_context context(code);
    if (code.size() != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z')
      return error{country_errc::malformed_country_code, context};
    const int i = detail::country_index(code[0], code[1]);
    if (i < 0) return error{country_errc::unknown_country_code, context};
    return country(static_cast<std::uint8_t>(i));
  }

  /// The country at `index` in alphabetical order of the codes, or an error when out of range.
  static constexpr result<country, country_errc> from_index(std::size_t index) noexcept {
    if (index >= count) return country_errc::unknown_country_code;
    return country(static_cast<std::uint8_t>(index));
  }

  /// The ISO code: "GR" for Greece, "GB" for the United Kingdom.
  [[nodiscard]] constexpr std::string_view alpha2() const noexcept { return detail::iso3166_alpha2[index_]; }
  /// The code EU institutions write: "EL" for Greece, "UK" for the United Kingdom, otherwise the ISO code.
  [[nodiscard]] constexpr std::string_view eu_code() const noexcept {
    const auto iso = alpha2();
    return iso == "GR" ? "EL" : iso == "GB" ? "UK" : iso;
  }
  /// Position in alphabetical order of the ISO codes, in [0, count): a dense key for tables and sets.
  [[nodiscard]] constexpr std::size_t index() const noexcept { return index_; }

  friend constexpr bool operator==(country, country) noexcept = default;
  friend constexpr auto operator<=>(country, country) noexcept = default;

 private:
  constexpr explicit country(std::uint8_t index) noexcept : index_(index) {}
  std::uint8_t index_;
};

namespace literals {
/// `"ES"_country`: a country from a constant code, checked at compile time.
consteval country operator""_country(const char* code, std::size_t length)
#if defined(__clang__)  // the first error line under Clang (see detail/config.hpp)
    __attribute__((diagnose_if(length != 2 || detail::country_index(code[0], code[1]) < 0,
                               "oversight: not a country code: write two upper-case letters assigned in ISO 3166-1 "
                               "(\"ES\"_country)",
                               "error")))
#endif
{
  if (length != 2) detail::unknown_country_code_in_constant_expression();
  const char buffer[3] = {code[0], code[1], '\0'};
  return country(buffer);
}
}  // namespace literals

OVERSIGHT_END_NAMESPACE
