// oversight: reading RP-1 contracts from CSV (shared/bench/RP1.md, "Data").
//
// `rp1::parse_csv(text)` reads the whole file: the header row must name RP-1's 21 columns in
// order; each following row becomes one `rp1::contract`. LF line endings (a CR before the LF is
// tolerated), no quoting. Any bad row stops the parse with a typed error whose context starts
// with the line number ("line 17: XQ"): a wrong number of fields, a number that is not one, a
// flag that is not 0/1, a level outside 0..3, an unknown enumeration value, or a country code
// that is not an assigned ISO 3166-1 alpha-2 code. Nothing is guessed or defaulted.
//
// This header allocates (the result is a std::vector); <oversight/policies/rp1.hpp> does not.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/country_set.hpp>
#include <oversight/error.hpp>
#include <oversight/policies/rp1.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

OVERSIGHT_BEGIN_NAMESPACE

namespace rp1 {

/// What can be wrong with an RP-1 CSV file.
enum class errc : std::uint16_t {
  bad_header = 580,          ///< the first row is not RP-1's column names in order
  wrong_field_count = 581,   ///< a row without exactly 21 fields
  bad_number = 582,          ///< id or value_cents is not a non-negative decimal integer
  bad_flag = 583,            ///< a yes/no column is not 0 or 1
  bad_level = 584,           ///< clearance or classification is not 0, 1, 2 or 3
  bad_enumeration = 585,     ///< authority, category, sector or data_access has another value
  bad_country = 586,         ///< a state is not an assigned ISO 3166-1 alpha-2 code
};

constexpr error_info describe(errc e) noexcept {
  switch (e) {
    case errc::bad_header: return {"OVS-E580", "the header row is not RP-1's 21 column names in order"};
    case errc::wrong_field_count: return {"OVS-E581", "an RP-1 row does not have exactly 21 fields"};
    case errc::bad_number: return {"OVS-E582", "an RP-1 number is not a non-negative decimal integer"};
    case errc::bad_flag: return {"OVS-E583", "an RP-1 yes/no column is not 0 or 1"};
    case errc::bad_level: return {"OVS-E584", "an RP-1 clearance or classification is not 0..3"};
    case errc::bad_enumeration: return {"OVS-E585", "an RP-1 column has a value outside its enumeration"};
    case errc::bad_country: return {"OVS-E586", "an RP-1 state is not an assigned ISO 3166-1 alpha-2 code"};
  }
  return {"OVS-E589", "unknown RP-1 error"};
}

/// RP-1's columns, in file order.
inline constexpr std::array<std::string_view, 21> csv_columns{
    "id",          "buyer",         "authority",          "supplier_hq",        "supplier_parent", "high_risk",
    "clearance",   "category",      "sector",             "value_cents",        "eu_tendered",     "art346",
    "firmware_control", "remote_maintenance", "data_access", "classification", "crypto_certified",
    "collective_defence", "consent_yes", "consent_abstain", "consent_no"};

namespace detail {

// An error about `field` on line `line`: the context reads "line <n>: <field>".
inline error<errc> csv_error(errc code, std::size_t line, std::string_view field) {
  std::array<char, 24> digits{};
  std::size_t n = 0;
  do {
    digits[n++] = static_cast<char>('0' + line % 10);
    line /= 10;
  } while (line != 0 && n < digits.size());
  error_context context("line ");
  while (n != 0) context.append(std::string_view(&digits[--n], 1));
  context.append(": ");
  context.append(field);
  return error<errc>{code, context};
}

// Every 64-bit value, up to 18446744073709551615 (20 digits); none above, none for a sign,
// a space or an empty field.
inline std::optional<std::uint64_t> parse_unsigned(std::string_view s) {
  if (s.empty() || s.size() > 20) return std::nullopt;
  std::uint64_t v = 0;
  for (char ch : s) {
    if (ch < '0' || ch > '9') return std::nullopt;
    const auto digit = static_cast<std::uint64_t>(ch - '0');
    if (v > (~std::uint64_t{0} - digit) / 10) return std::nullopt;
    v = v * 10 + digit;
  }
  return v;
}

// The enumerator of `Enum` (values 0..Count-1) whose to_string_view is `s`.
template <class Enum, std::size_t Count>
std::optional<Enum> parse_enumeration(std::string_view s) {
  for (std::size_t i = 0; i < Count; ++i)
    if (s == to_string_view(static_cast<Enum>(i))) return static_cast<Enum>(i);
  return std::nullopt;
}

// Splits `line` at commas into `fields`; returns the number of fields (up to N + 1, to tell a
// row with too many).
template <std::size_t N>
std::size_t split_fields(std::string_view line, std::array<std::string_view, N>& fields) {
  std::size_t count = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = line.find(',', start);
    const std::string_view field = line.substr(start, comma == std::string_view::npos ? line.size() - start : comma - start);
    if (count == N) return N + 1;
    fields[count++] = field;
    if (comma == std::string_view::npos) return count;
    start = comma + 1;
  }
}

}  // namespace detail

/// Parses RP-1's CSV format (see the file comment). The first error stops the parse.
inline result<std::vector<contract>, errc> parse_csv(std::string_view text) {
  std::vector<contract> out;
  // One contract per line after the header: sized once, so a large file is not copied as the
  // vector grows (and takes no slack).
  out.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
  std::size_t line_number = 0;
  bool header_seen = false;
  std::array<std::string_view, csv_columns.size()> f{};

  while (!text.empty()) {
    const std::size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

    if (!header_seen) {
      const std::size_t n = detail::split_fields(line, f);
      if (n != csv_columns.size()) return detail::csv_error(errc::bad_header, line_number, line);
      for (std::size_t i = 0; i < n; ++i)
        if (f[i] != csv_columns[i]) return detail::csv_error(errc::bad_header, line_number, f[i]);
      header_seen = true;
      continue;
    }
    if (line.empty() && text.empty()) break;  // the final newline
    if (detail::split_fields(line, f) != csv_columns.size())
      return detail::csv_error(errc::wrong_field_count, line_number, line);

    const auto fail = [&](errc code, std::string_view field) { return detail::csv_error(code, line_number, field); };
    std::optional<error<errc>> problem;

    const auto number = [&](std::string_view s) -> std::uint64_t {
      const auto v = detail::parse_unsigned(s);
      if (!v && !problem) problem = fail(errc::bad_number, s);
      return v.value_or(0);
    };
    const auto flag = [&](std::string_view s) -> bool {
      if (s != "0" && s != "1" && !problem) problem = fail(errc::bad_flag, s);
      return s == "1";
    };
    const auto level = [&](std::string_view s) -> security_level {
      if ((s.size() != 1 || s[0] < '0' || s[0] > '3') && !problem) problem = fail(errc::bad_level, s);
      return problem ? security_level::none : static_cast<security_level>(s[0] - '0');
    };
    const auto state = [&](std::string_view s) -> country {
      const auto c = country::parse(s);
      if (!c && !problem) problem = fail(errc::bad_country, s);
      return c.value_or(country{"AD"});
    };
    const auto states = [&](std::string_view s) -> country_set {
      country_set set;
      while (!s.empty()) {
        const std::size_t semi = s.find(';');
        set.insert(state(s.substr(0, semi)));
        if (semi == std::string_view::npos) break;
        s.remove_prefix(semi + 1);
        if (s.empty() && !problem) problem = fail(errc::bad_country, "(empty code after ';')");
      }
      return set;
    };
    const auto amount = [&](std::string_view s) -> std::int64_t {
      const std::uint64_t v = number(s);
      if (v > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) && !problem)
        problem = fail(errc::bad_number, s);
      return static_cast<std::int64_t>(v & static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()));
    };
    const auto choice = [&]<class Enum, std::size_t Count>(std::string_view s) -> Enum {
      const auto v = detail::parse_enumeration<Enum, Count>(s);
      if (!v && !problem) problem = fail(errc::bad_enumeration, s);
      return v.value_or(Enum{});
    };

    // Braced initialisation evaluates in order, so the first bad field is the one reported.
    const contract c{
        number(f[0]),
        state(f[1]),
        choice.operator()<authority_level, 2>(f[2]),
        state(f[3]),
        state(f[4]),
        flag(f[5]),
        level(f[6]),
        choice.operator()<object_category, 3>(f[7]),
        choice.operator()<sector_kind, 4>(f[8]),
        amount(f[9]),
        flag(f[10]),
        flag(f[11]),
        flag(f[12]),
        flag(f[13]),
        choice.operator()<access_level, 3>(f[14]),
        level(f[15]),
        flag(f[16]),
        flag(f[17]),
        states(f[18]),
        states(f[19]),
        states(f[20]),
    };
    if (problem) return *problem;
    out.push_back(c);
  }
  if (!header_seen) return detail::csv_error(errc::bad_header, 1, "(no header row)");
  return out;
}

}  // namespace rp1

OVERSIGHT_END_NAMESPACE
