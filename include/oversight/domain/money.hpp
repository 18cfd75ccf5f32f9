// oversight: amounts of money, exact.
//
// A `money` is a signed count of minor units (std::int64_t: cents for EUR) with its currency.
// There is no floating point anywhere: text is parsed digit by digit, arithmetic is checked for
// overflow and returns `result<money, money_errc>`, and amounts in different currencies are never
// converted: combining or ordering them is a `currency_mismatch` error.
//
// Equality and order. `a == b` is exact identity (same currency and same amount), so 1 EUR and
// 1 USD are simply unequal. There is deliberately no `<`, `<=>` etc.: ordering amounts of
// possibly different currencies has no meaning, so thresholds are compared with
// `compare(a, b) -> result<std::strong_ordering, money_errc>` (or `at_least`), which reports a
// mismatch instead of inventing an order.
//
// Literals (namespace oversight::literals): `12'300'000_eur` is whole euros, and
// `1'652'892'56_eur_cents` is euro cents (EUR 1,652,892.56). A literal that does not fit fails to
// compile, naming `money_literal_overflows_int64_minor_units`.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/currency.hpp>
#include <oversight/error.hpp>

#include <compare>
#include <cstdint>
#include <limits>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE

namespace detail {

inline constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();
inline constexpr std::int64_t int64_min = std::numeric_limits<std::int64_t>::min();

constexpr bool add_overflows(std::int64_t a, std::int64_t b) noexcept {
  return (b > 0 && a > int64_max - b) || (b < 0 && a < int64_min - b);
}
constexpr bool sub_overflows(std::int64_t a, std::int64_t b) noexcept {
  return (b < 0 && a > int64_max + b) || (b > 0 && a < int64_min + b);
}
constexpr bool mul_overflows(std::int64_t a, std::int64_t b) noexcept {
  if (a == 0 || b == 0) return false;
  if (a == -1) return b == int64_min;
  if (b == -1) return a == int64_min;
  if (a > 0) return b > 0 ? a > int64_max / b : b < int64_min / a;
  return b > 0 ? a < int64_min / b : a < int64_max / b;
}

void money_literal_overflows_int64_minor_units();  // not constexpr: the amount in minor units must fit in int64_t (at most 92,233,720,368,547,758.07)

}  // namespace detail

/// Whether `money::parse` accepts a leading minus sign.
enum class sign_policy : std::uint8_t { non_negative_only, allow_negative };

/// An exact amount: a count of minor units of one currency.
class money {
 public:
  /// `minor` minor units of `c` (EUR cents): never fails.
  static constexpr money minor(std::int64_t minor_units, currency c) noexcept { return money(minor_units, c); }
  /// `units` whole units of `c` (euros), or `money_overflow`.
  static constexpr result<money, money_errc> units(std::int64_t whole_units, currency c) noexcept {
    if (detail::mul_overflows(whole_units, c.minor_per_unit())) return money_errc::money_overflow;
    return money(whole_units * c.minor_per_unit(), c);
  }
  /// Zero in `c`.
  static constexpr money zero(currency c) noexcept { return money(0, c); }

  /// Parses "12300000.00 EUR", "12300000 EUR", "0.5 KWD": digits, optionally a point and at most
  /// as many decimals as the currency's minor unit, one space, an ISO 4217 code. A leading '-' is
  /// accepted only with `sign_policy::allow_negative`. No thousands separators, no exponent.
  static constexpr result<money, money_errc> parse(std::string_view text,
                                                   sign_policy sign = sign_policy::non_negative_only) noexcept {
    const error_context context(text);
    const auto space = text.find(' ');
    if (space == std::string_view::npos) return error{money_errc::malformed_amount, context};
    auto code = currency::parse(text.substr(space + 1));
    if (!code) return error{code.error().code, context};
    std::string_view number = text.substr(0, space);
    bool negative = false;
    if (!number.empty() && number.front() == '-') {
      if (sign == sign_policy::non_negative_only) return error{money_errc::negative_amount, context};
      negative = true;
      number.remove_prefix(1);
    }
    const auto point = number.find('.');
    const std::string_view whole = number.substr(0, point);
    const std::string_view fraction = point == std::string_view::npos ? std::string_view{} : number.substr(point + 1);
    if (whole.empty() || (point != std::string_view::npos && fraction.empty()))
      return error{money_errc::malformed_amount, context};
    const int digits = code->minor_digits();
    if (fraction.size() > static_cast<std::size_t>(digits)) return error{money_errc::too_many_decimals, context};
    // Accumulate as a negative number so that the most negative amount parses too.
    std::int64_t value = 0;
    auto push = [&](char ch) -> bool {
      if (ch < '0' || ch > '9') return false;
      return !detail::mul_overflows(value, 10) && !detail::sub_overflows(value * 10, ch - '0') &&
             ((value = value * 10 - (ch - '0')), true);
    };
    for (char ch : whole) {
      if (ch < '0' || ch > '9') return error{money_errc::malformed_amount, context};
      if (!push(ch)) return error{money_errc::money_overflow, context};
    }
    for (char ch : fraction) {
      if (ch < '0' || ch > '9') return error{money_errc::malformed_amount, context};
      if (!push(ch)) return error{money_errc::money_overflow, context};
    }
    for (auto i = fraction.size(); i < static_cast<std::size_t>(digits); ++i)
      if (!push('0')) return error{money_errc::money_overflow, context};
    if (!negative) {
      if (value == detail::int64_min) return error{money_errc::money_overflow, context};
      value = -value;
    }
    return money(value, *code);
  }

  [[nodiscard]] constexpr std::int64_t minor_units() const noexcept { return minor_; }
  [[nodiscard]] constexpr currency unit() const noexcept { return currency_; }
  /// The whole units, rounded toward zero (EUR 12.99 gives 12).
  [[nodiscard]] constexpr std::int64_t whole_units() const noexcept { return minor_ / currency_.minor_per_unit(); }
  [[nodiscard]] constexpr bool is_negative() const noexcept { return minor_ < 0; }
  [[nodiscard]] constexpr bool is_zero() const noexcept { return minor_ == 0; }

  /// Exact identity: same currency and same amount.
  friend constexpr bool operator==(const money&, const money&) noexcept = default;

 private:
  constexpr money(std::int64_t minor_units, currency c) noexcept : minor_(minor_units), currency_(c) {}
  std::int64_t minor_;
  currency currency_;
};

/// a + b, or `currency_mismatch` / `money_overflow`.
constexpr result<money, money_errc> add(const money& a, const money& b) noexcept {
  if (a.unit() != b.unit()) return error{money_errc::currency_mismatch, error_context(a.unit().code()).append(" + ").append(b.unit().code())};
  if (detail::add_overflows(a.minor_units(), b.minor_units())) return money_errc::money_overflow;
  return money::minor(a.minor_units() + b.minor_units(), a.unit());
}
/// a - b, or `currency_mismatch` / `money_overflow`.
constexpr result<money, money_errc> subtract(const money& a, const money& b) noexcept {
  if (a.unit() != b.unit()) return error{money_errc::currency_mismatch, error_context(a.unit().code()).append(" - ").append(b.unit().code())};
  if (detail::sub_overflows(a.minor_units(), b.minor_units())) return money_errc::money_overflow;
  return money::minor(a.minor_units() - b.minor_units(), a.unit());
}
/// a * factor, or `money_overflow`.
constexpr result<money, money_errc> multiply(const money& a, std::int64_t factor) noexcept {
  if (detail::mul_overflows(a.minor_units(), factor)) return money_errc::money_overflow;
  return money::minor(a.minor_units() * factor, a.unit());
}
/// -a, or `money_overflow` for the most negative amount.
constexpr result<money, money_errc> negate(const money& a) noexcept { return multiply(a, -1); }

/// The order of two amounts of the same currency, or `currency_mismatch`.
constexpr result<std::strong_ordering, money_errc> compare(const money& a, const money& b) noexcept {
  if (a.unit() != b.unit()) return error{money_errc::currency_mismatch, error_context(a.unit().code()).append(" <=> ").append(b.unit().code())};
  return a.minor_units() <=> b.minor_units();
}
/// Is `value` equal to or greater than `threshold` (the procurement directives' test)? Or `currency_mismatch`.
constexpr result<bool, money_errc> at_least(const money& value, const money& threshold) noexcept {
  auto order = compare(value, threshold);
  if (!order) return order.error();
  return *order >= 0;
}

// Operators with the same checks, so that sums chain: `a + b + c` is a result that carries the
// first error along.
constexpr result<money, money_errc> operator+(const money& a, const money& b) noexcept { return add(a, b); }
constexpr result<money, money_errc> operator-(const money& a, const money& b) noexcept { return subtract(a, b); }
constexpr result<money, money_errc> operator*(const money& a, std::int64_t k) noexcept { return multiply(a, k); }
constexpr result<money, money_errc> operator*(std::int64_t k, const money& a) noexcept { return multiply(a, k); }
constexpr result<money, money_errc> operator+(const result<money, money_errc>& a, const money& b) noexcept {
  if (!a) return a;
  return add(*a, b);
}
constexpr result<money, money_errc> operator-(const result<money, money_errc>& a, const money& b) noexcept {
  if (!a) return a;
  return subtract(*a, b);
}
constexpr result<money, money_errc> operator+(const result<money, money_errc>& a,
                                              const result<money, money_errc>& b) noexcept {
  if (!a) return a;
  if (!b) return b;
  return add(*a, *b);
}
constexpr result<money, money_errc> operator-(const result<money, money_errc>& a,
                                              const result<money, money_errc>& b) noexcept {
  if (!a) return a;
  if (!b) return b;
  return subtract(*a, *b);
}
constexpr result<money, money_errc> operator*(const result<money, money_errc>& a, std::int64_t k) noexcept {
  if (!a) return a;
  return multiply(*a, k);
}

namespace literals {
/// `12'300'000_eur`: whole euros. Fails to compile when the amount in cents exceeds int64.
consteval money operator""_eur(unsigned long long euros)
#if defined(__clang__)  // the first error line under Clang (see detail/config.hpp)
    __attribute__((diagnose_if(euros > static_cast<unsigned long long>(detail::int64_max / 100),
                               "oversight: this amount does not fit in int64_t cents (at most 92,233,720,368,547,758 "
                               "euros): write a smaller amount",
                               "error")))
#endif
{
  if (euros > static_cast<unsigned long long>(detail::int64_max / 100)) detail::money_literal_overflows_int64_minor_units();
  return money::minor(static_cast<std::int64_t>(euros) * 100, currency{"EUR"});
}
/// `1'652'892'56_eur_cents`: euro cents (EUR 1,652,892.56). Fails to compile beyond int64.
consteval money operator""_eur_cents(unsigned long long cents)
#if defined(__clang__)  // the first error line under Clang (see detail/config.hpp)
    __attribute__((diagnose_if(cents > static_cast<unsigned long long>(detail::int64_max),
                               "oversight: this amount does not fit in int64_t cents (at most 9,223,372,036,854,775,807 "
                               "cents): write a smaller amount",
                               "error")))
#endif
{
  if (cents > static_cast<unsigned long long>(detail::int64_max)) detail::money_literal_overflows_int64_minor_units();
  return money::minor(static_cast<std::int64_t>(cents), currency{"EUR"});
}
}  // namespace literals

OVERSIGHT_END_NAMESPACE
