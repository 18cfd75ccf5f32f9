// oversight: calendar dates and the periods during which something is in force.
//
// Law is dated: a threshold applies to procedures launched on or after a day, a state joins an
// alliance on a day, a rule is in force between two days. `date` is a proleptic Gregorian
// calendar day between 0001-01-01 and 9999-12-31, stored as a day number, comparable and usable
// in constant expressions. Time zones are deliberately out of scope: the law speaks of days.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/error.hpp>

#include <array>
#include <compare>
#include <cstdint>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE

/// Errors about dates.
enum class date_errc : std::uint16_t {
  malformed_date = 211,   ///< not of the form YYYY-MM-DD
  invalid_date = 212,     ///< a month or day that does not exist (2023-02-29)
  date_out_of_range = 213 ///< before 0001-01-01 or after 9999-12-31
};

constexpr error_info describe(date_errc e) noexcept {
  switch (e) {
    case date_errc::malformed_date:
      return {"OVS-E211", "a date must be written YYYY-MM-DD"};
    case date_errc::invalid_date:
      return {"OVS-E212", "no such day in the Gregorian calendar"};
    case date_errc::date_out_of_range:
      return {"OVS-E213", "dates must lie between 0001-01-01 and 9999-12-31"};
  }
  return {"OVS-E210", "unknown date error"};
}

namespace detail {

constexpr bool is_leap_year(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

constexpr unsigned days_in_month(int y, unsigned m) noexcept {
  constexpr std::array<unsigned char, 12> length{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap_year(y) ? 29u : length[m - 1];
}

// Days since 1970-01-01 of a valid civil date, counting in 400-year eras of 146097 days that
// start on 1 March, so that the leap day is the last day of a year.
constexpr std::int32_t days_from_civil(int y, unsigned m, unsigned d) noexcept {
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const auto year_of_era = static_cast<unsigned>(y - era * 400);                      // [0, 399]
  const unsigned month_from_march = m > 2 ? m - 3 : m + 9;                            // [0, 11]
  const unsigned day_of_year = (153 * month_from_march + 2) / 5 + d - 1;              // [0, 365]
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<std::int32_t>(day_of_era) - 719468;
}

struct civil {
  int year;
  unsigned month;
  unsigned day;
};

constexpr civil civil_from_days(std::int32_t z) noexcept {
  z += 719468;
  const std::int32_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto day_of_era = static_cast<unsigned>(z - era * 146097);                     // [0, 146096]
  const unsigned year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;  // [0, 399]
  const unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned mp = (5 * day_of_year + 2) / 153;                                      // [0, 11]
  const unsigned d = day_of_year - (153 * mp + 2) / 5 + 1;                              // [1, 31]
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;                                         // [1, 12]
  const int y = static_cast<int>(year_of_era) + era * 400 + (m <= 2 ? 1 : 0);
  return {y, m, d};
}

void invalid_date_in_constant_expression();  // not constexpr: a day of the Gregorian calendar, 0001-01-01 to 9999-12-31

}  // namespace detail

/// A calendar day.
class date {
 public:
  static constexpr int min_year = 1;
  static constexpr int max_year = 9999;

  /// A date from constants, checked at compile time: `date{2023, 4, 4}`. A day that does not
  /// exist fails to compile, naming `invalid_date_in_constant_expression`. Use `date::from_ymd`
  /// or `date::parse` for values known only at run time.
  consteval date(int year, unsigned month, unsigned day)
#if defined(__clang__)  // the first error line under Clang (see detail/config.hpp)
      __attribute__((diagnose_if(!(year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
                                   day <= detail::days_in_month(year, month)),
                                 "oversight: no such day: give a day of the Gregorian calendar between 0001-01-01 and "
                                 "9999-12-31 (date::from_ymd at run time says why)",
                                 "error")))
#endif
      : days_(0) {
    if (!valid(year, month, day)) detail::invalid_date_in_constant_expression();
    days_ = detail::days_from_civil(year, month, day);
  }

  /// The date `year-month-day`, or why there is none.
  static constexpr result<date, date_errc> from_ymd(int year, unsigned month, unsigned day) noexcept {
    if (year < min_year || year > max_year) return date_errc::date_out_of_range;
    if (!valid(year, month, day)) return date_errc::invalid_date;
    return date(detail::days_from_civil(year, month, day), raw_tag{});
  }

  /// Parses an ISO 8601 calendar date, exactly `YYYY-MM-DD`.
  static constexpr result<date, date_errc> parse(std::string_view text) noexcept {
    const error_context context(text);
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return error{date_errc::malformed_date, context};
    int fields[3] = {0, 0, 0};
    const std::size_t begin[3] = {0, 5, 8};
    const std::size_t length[3] = {4, 2, 2};
    for (int f = 0; f < 3; ++f) {
      for (std::size_t i = begin[f]; i < begin[f] + length[f]; ++i) {
        if (text[i] < '0' || text[i] > '9') return error{date_errc::malformed_date, context};
        fields[f] = fields[f] * 10 + (text[i] - '0');
      }
    }
    auto d = from_ymd(fields[0], static_cast<unsigned>(fields[1]), static_cast<unsigned>(fields[2]));
    if (!d) return error{d.error().code, context};
    return d;
  }

  /// The date `days` days after 1970-01-01 (negative: before), or an error out of range.
  static constexpr result<date, date_errc> from_days(std::int32_t days) noexcept {
    if (days < first().days_ || days > last().days_) return date_errc::date_out_of_range;
    return date(days, raw_tag{});
  }

  /// 0001-01-01 and 9999-12-31: the open ends of a period.
  static constexpr date first() noexcept { return date(detail::days_from_civil(1, 1, 1), raw_tag{}); }
  static constexpr date last() noexcept { return date(detail::days_from_civil(9999, 12, 31), raw_tag{}); }

  [[nodiscard]] constexpr int year() const noexcept { return detail::civil_from_days(days_).year; }
  [[nodiscard]] constexpr unsigned month() const noexcept { return detail::civil_from_days(days_).month; }
  [[nodiscard]] constexpr unsigned day() const noexcept { return detail::civil_from_days(days_).day; }
  /// Days since 1970-01-01.
  [[nodiscard]] constexpr std::int32_t days_since_epoch() const noexcept { return days_; }

  /// The date `n` days later (earlier when negative), or an error out of range.
  [[nodiscard]] constexpr result<date, date_errc> plus_days(std::int32_t n) const noexcept {
    const std::int64_t d = std::int64_t{days_} + n;
    if (d < first().days_ || d > last().days_) return date_errc::date_out_of_range;
    return date(static_cast<std::int32_t>(d), raw_tag{});
  }
  /// Days from `from` to this date (negative when this date is earlier).
  [[nodiscard]] constexpr std::int32_t days_after(date from) const noexcept { return days_ - from.days_; }

  /// "YYYY-MM-DD".
  [[nodiscard]] constexpr std::array<char, 10> iso() const noexcept {
    const auto c = detail::civil_from_days(days_);
    std::array<char, 10> out{};
    auto put = [&](std::size_t at, unsigned value, std::size_t width) {
      for (std::size_t i = width; i-- > 0; value /= 10) out[at + i] = static_cast<char>('0' + value % 10);
    };
    put(0, static_cast<unsigned>(c.year), 4);
    out[4] = '-';
    put(5, c.month, 2);
    out[7] = '-';
    put(8, c.day, 2);
    return out;
  }

  friend constexpr bool operator==(date, date) noexcept = default;
  friend constexpr auto operator<=>(date, date) noexcept = default;

 private:
  struct raw_tag {};
  constexpr date(std::int32_t days, raw_tag) noexcept : days_(days) {}

  static constexpr bool valid(int y, unsigned m, unsigned d) noexcept {
    return y >= min_year && y <= max_year && m >= 1 && m <= 12 && d >= 1 && d <= detail::days_in_month(y, m);
  }

  std::int32_t days_;
};

/// The days during which something holds, both ends included: `from` is the first day and
/// `until` the last. A period with no end runs until `date::last()`.
struct period {
  date from = date::first();
  date until = date::last();

  [[nodiscard]] constexpr bool contains(date d) const noexcept { return from <= d && d <= until; }
  [[nodiscard]] constexpr bool open_ended() const noexcept { return until == date::last(); }
  friend constexpr bool operator==(const period&, const period&) noexcept = default;
};

/// The period that starts on `first_day` and has no end.
constexpr period since(date first_day) noexcept { return {first_day, date::last()}; }

OVERSIGHT_END_NAMESPACE
