// oversight::consent: exact thresholds.
//
// A threshold such as "55 % of the members" or "one third of the population" is a `fraction`:
// a numerator and a denominator of 32 bits, between 0 and 1 inclusive. Comparisons
// ("does 293,168,773 of 451,028,881 reach 65 %?") cross-multiply a 64-bit count by a 32-bit
// term into an exact 96-bit product held in two 64-bit words, so they can neither overflow nor
// round: no floating point, and identical answers at compile time and at run time.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/consent/errc.hpp>
#include <oversight/error.hpp>

#include <cstdint>
#include <optional>

OVERSIGHT_BEGIN_NAMESPACE
namespace consent {

namespace detail {

void threshold_outside_0_to_100_percent_in_constant_expression();  // not constexpr: a share is at most 100 % (numerator <= denominator, denominator > 0)

// An unsigned integer of up to 128 bits, as two 64-bit words; only what the comparisons need.
struct wide {
  std::uint64_t hi = 0;
  std::uint64_t lo = 0;

  friend constexpr bool operator==(const wide&, const wide&) noexcept = default;
  friend constexpr bool operator<(const wide& a, const wide& b) noexcept {
    return a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo;
  }
};

// a * b exactly, for a 64-bit a and a 32-bit b: (a_hi * 2^32 + a_lo) * b.
constexpr wide multiply(std::uint64_t a, std::uint32_t b) noexcept {
  const std::uint64_t low = (a & 0xFFFF'FFFFu) * b;   // < 2^64
  const std::uint64_t high = (a >> 32) * b;            // < 2^64, weighs 2^32
  wide r;
  r.lo = low + (high << 32);
  r.hi = (high >> 32) + (r.lo < low ? 1u : 0u);
  return r;
}

// ceil(n / d) for a 96-bit n and a 32-bit d > 0, when the quotient fits 64 bits (it always does
// here: n = count * numerator with numerator <= d). Long division in 32-bit digits.
constexpr std::uint64_t divide_ceil(wide n, std::uint32_t d) noexcept {
  // A numerator under 2^64 (every count and population times a percentage is) takes one
  // division, not four.
  if (n.hi == 0) return n.lo / d + (n.lo % d != 0 ? 1u : 0u);
  const std::uint32_t digits[4] = {static_cast<std::uint32_t>(n.hi >> 32), static_cast<std::uint32_t>(n.hi),
                                   static_cast<std::uint32_t>(n.lo >> 32), static_cast<std::uint32_t>(n.lo)};
  std::uint64_t remainder = 0;
  std::uint64_t quotient = 0;
  for (std::uint32_t digit : digits) {
    const std::uint64_t current = (remainder << 32) | digit;
    quotient = (quotient << 32) | (current / d);
    remainder = current % d;
  }
  return quotient + (remainder != 0 ? 1u : 0u);
}

}  // namespace detail

/// A share between 0 and 1, exactly: `fraction{55, 100}`, `fraction{1, 3}`.
class fraction {
 public:
  /// A constant share, checked at compile time: a numerator above the denominator or a zero
  /// denominator fails to compile, naming `threshold_outside_0_to_100_percent_in_constant_expression`.
  consteval fraction(std::uint32_t numerator, std::uint32_t denominator)
#if defined(__clang__)  // the first error line under Clang (see detail/config.hpp)
      __attribute__((diagnose_if(denominator == 0 || numerator > denominator,
                                 "oversight: a share is between 0 and 100 %: give a numerator at most the "
                                 "denominator and a denominator above 0",
                                 "error")))
#endif
      : num_(numerator), den_(denominator) {
    if (denominator == 0 || numerator > denominator) detail::threshold_outside_0_to_100_percent_in_constant_expression();
  }

  /// A share from numbers known only at run time, or `errc::threshold_out_of_range`.
  static constexpr result<fraction, errc> make(std::uint32_t numerator, std::uint32_t denominator) noexcept {
    if (denominator == 0 || numerator > denominator) return errc::threshold_out_of_range;
    return fraction(numerator, denominator, raw_tag{});
  }

  [[nodiscard]] constexpr std::uint32_t numerator() const noexcept { return num_; }
  [[nodiscard]] constexpr std::uint32_t denominator() const noexcept { return den_; }

  /// part >= this share of whole, exactly.
  [[nodiscard]] constexpr bool reached_by(std::uint64_t part, std::uint64_t whole) const noexcept {
    return !(detail::multiply(part, den_) < detail::multiply(whole, num_));
  }
  /// part > this share of whole, exactly.
  [[nodiscard]] constexpr bool exceeded_by(std::uint64_t part, std::uint64_t whole) const noexcept {
    return detail::multiply(whole, num_) < detail::multiply(part, den_);
  }
  /// The least part that reaches this share of whole: ceil(whole * num / den).
  [[nodiscard]] constexpr std::uint64_t least_reaching(std::uint64_t whole) const noexcept {
    return detail::divide_ceil(detail::multiply(whole, num_), den_);
  }
  /// The least part that exceeds this share of whole: floor(whole * num / den) + 1; none when
  /// that is 2^64, which no part can be (all of a whole of 2^64 - 1).
  [[nodiscard]] constexpr std::optional<std::uint64_t> least_exceeding(std::uint64_t whole) const noexcept {
    const std::uint64_t reach = least_reaching(whole);
    if (detail::multiply(reach, den_) != detail::multiply(whole, num_)) return reach;
    if (reach == ~std::uint64_t{0}) return std::nullopt;
    return reach + 1;
  }

  /// Same share, not necessarily the same terms: 1/2 == 50/100.
  friend constexpr bool operator==(const fraction& a, const fraction& b) noexcept {
    return detail::multiply(a.num_, b.den_) == detail::multiply(b.num_, a.den_);
  }

 private:
  struct raw_tag {};
  constexpr fraction(std::uint32_t numerator, std::uint32_t denominator, raw_tag) noexcept
      : num_(numerator), den_(denominator) {}

  std::uint32_t num_;
  std::uint32_t den_;
};

/// `percent(55)` is `fraction{55, 100}`; checked at compile time.
consteval fraction percent(std::uint32_t value) { return fraction{value, 100}; }

}  // namespace consent
OVERSIGHT_END_NAMESPACE
