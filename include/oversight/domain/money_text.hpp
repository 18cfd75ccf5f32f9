// oversight: money as text, with thousands separators ("12,300,000.00 EUR").
//
// Kept apart from money.hpp because it builds a std::string: nothing on the evaluation path
// includes it.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/money.hpp>

#include <cstdint>
#include <string>

OVERSIGHT_BEGIN_NAMESPACE

/// How `to_string(money)` writes an amount.
struct money_format {
  char thousands_separator = ',';  ///< '\0' for none
  char decimal_point = '.';
  bool code_after = true;          ///< "12.00 EUR" (true) or "EUR 12.00" (false)
};

/// "12,300,000.00 EUR", "-0.05 EUR", "1,000 JPY", "0.500 KWD": every minor digit, exact.
inline std::string to_string(const money& m, const money_format& format = {}) {
  const int digits = m.unit().minor_digits();
  // Work on the magnitude as unsigned so that the most negative amount prints correctly.
  const bool negative = m.minor_units() < 0;
  std::uint64_t magnitude = negative ? 0u - static_cast<std::uint64_t>(m.minor_units())
                                     : static_cast<std::uint64_t>(m.minor_units());
  std::string reversed;
  for (int i = 0; i < digits; ++i, magnitude /= 10) reversed.push_back(static_cast<char>('0' + magnitude % 10));
  if (digits > 0) reversed.push_back(format.decimal_point);
  int group = 0;
  do {
    if (group == 3 && format.thousands_separator != '\0') {
      reversed.push_back(format.thousands_separator);
      group = 0;
    }
    reversed.push_back(static_cast<char>('0' + magnitude % 10));
    magnitude /= 10;
    ++group;
  } while (magnitude != 0);
  if (negative) reversed.push_back('-');
  const std::string amount(reversed.rbegin(), reversed.rend());
  const std::string code(m.unit().code());
  return format.code_after ? amount + ' ' + code : code + ' ' + amount;
}

OVERSIGHT_END_NAMESPACE
