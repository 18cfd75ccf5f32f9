// oversight::ocds: decimal amounts, exactly.
//
// OCDS writes an amount as a JSON number ("amount": 12300000.5) and some publishers as a string
// ("amount": "12300000.50"). Either way the text is read digit by digit into the minor units of
// its currency, never through a `double`: "0.1" is ten cents, "1.5e3" is 1500, and a value
// with more decimals than the currency has ("12.345" EUR) is not an amount of that currency
// unless the extra digits are zeros ("12.340" EUR is 12.34).
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/money.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE
namespace ocds {

/// Why a text is not an amount of a currency.
enum class amount_problem : std::uint8_t {
  none,
  not_a_number,  ///< empty, or not of the form [-]digits[.digits][e[+-]digits]
  negative,      ///< below zero
  too_precise,   ///< more significant decimals than the currency's minor unit
  overflow       ///< beyond 64-bit minor units
};

constexpr std::string_view to_string_view(amount_problem p) noexcept {
  switch (p) {
    case amount_problem::none: return "none";
    case amount_problem::not_a_number: return "not a number";
    case amount_problem::negative: return "negative";
    case amount_problem::too_precise: return "more decimals than the currency has";
    case amount_problem::overflow: return "too large";
  }
  return "(invalid)";
}

/// An amount read from text, or why it is not one.
struct amount_reading {
  std::optional<money> value;
  amount_problem problem = amount_problem::none;
};

/// The amount `text` of currency `unit`, exactly (see the header comment). Negative amounts are
/// refused: OCDS values are what is paid.
constexpr amount_reading read_amount(std::string_view text, currency unit) noexcept {
  amount_reading out;
  auto fail = [&](amount_problem p) {
    out.problem = p;
    return out;
  };
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
  const std::size_t whole_start = i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  const std::string_view whole = text.substr(whole_start, i - whole_start);
  std::string_view fraction;
  if (i < text.size() && text[i] == '.') {
    const std::size_t start = ++i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    fraction = text.substr(start, i - start);
    if (fraction.empty()) return fail(amount_problem::not_a_number);
  }
  if (whole.empty() && fraction.empty()) return fail(amount_problem::not_a_number);
  std::int64_t exponent = 0;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) exp_negative = text[i++] == '-';
    const std::size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      if (exponent < 100000) exponent = exponent * 10 + (text[i] - '0');
      ++i;
    }
    if (i == start) return fail(amount_problem::not_a_number);
    if (exp_negative) exponent = -exponent;
  }
  if (i != text.size()) return fail(amount_problem::not_a_number);

  // value = digits x 10^shift minor units, digits = whole followed by fraction.
  const std::int64_t shift = exponent - static_cast<std::int64_t>(fraction.size()) + unit.minor_digits();
  auto digit_at = [&](std::size_t k) { return k < whole.size() ? whole[k] : fraction[k - whole.size()]; };
  std::size_t count = whole.size() + fraction.size();
  // Digits dropped by a negative shift must be zeros.
  if (shift < 0) {
    const auto dropped = static_cast<std::size_t>(-shift);
    for (std::size_t k = 0; k < dropped && k < count; ++k)
      if (digit_at(count - 1 - k) != '0') return fail(amount_problem::too_precise);
    count = dropped >= count ? 0 : count - dropped;
  }
  std::int64_t minor = 0;
  bool nonzero = false;
  for (std::size_t k = 0; k < count; ++k) {
    const int d = digit_at(k) - '0';
    if (minor > (oversight::detail::int64_max - d) / 10) return fail(amount_problem::overflow);
    minor = minor * 10 + d;
    nonzero = nonzero || d != 0;
  }
  if (shift > 0) {
    for (std::int64_t k = 0; k < shift && nonzero; ++k) {
      if (minor > oversight::detail::int64_max / 10) return fail(amount_problem::overflow);
      minor *= 10;
    }
  }
  if (negative && minor != 0) return fail(amount_problem::negative);
  out.value = money::minor(minor, unit);
  return out;
}

}  // namespace ocds
OVERSIGHT_END_NAMESPACE
