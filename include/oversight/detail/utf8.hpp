// oversight: well-formed UTF-8 (Unicode 15, section 3.9, table 3-7).
//
// JSON text is UTF-8 (RFC 8259, section 8.1); what the library writes as JSON, and what it
// hashes of it, must be well-formed. `utf8_sequence_length` is the one place that decides.
#pragma once

#include <oversight/detail/config.hpp>

#include <cstddef>
#include <string>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE
namespace detail {

/// Length of the well-formed UTF-8 sequence at s[i] (1 to 4), or 0 if there is none: no
/// overlong forms, no surrogates, nothing above U+10FFFF.
constexpr std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  const auto continuation = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return k < s.size() && byte(k) >= lo && byte(k) <= hi;
  };
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) return continuation(i + 1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    const unsigned char lo = b0 == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
    const unsigned char hi = b0 == 0xED ? 0x9F : 0xBF;  // no surrogates
    return continuation(i + 1, lo, hi) && continuation(i + 2) ? 3 : 0;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    const unsigned char lo = b0 == 0xF0 ? 0x90 : 0x80;  // no overlong forms
    const unsigned char hi = b0 == 0xF4 ? 0x8F : 0xBF;  // nothing above U+10FFFF
    return continuation(i + 1, lo, hi) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
  }
  return 0;
}

/// True when `s` is well-formed UTF-8 throughout.
constexpr bool is_utf8(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

/// `s` with every byte that begins no well-formed sequence replaced by U+FFFD REPLACEMENT
/// CHARACTER (the text a JSON writer can carry).
inline std::string to_utf8(std::string_view s) {
  if (is_utf8(s)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 8);
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s, i, n);
      i += n;
    }
  }
  return out;
}

}  // namespace detail
OVERSIGHT_END_NAMESPACE
