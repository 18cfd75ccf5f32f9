// oversight: instants and clocks for workflow deadlines.
//
// The law counts in days (`oversight::date`), but an audit trail needs to order two events of
// the same day. An `instant` is a day and a second of that day (0 to 86399), both integers; no
// time zone: callers record all instants in one zone of their choice (UTC is the usual one).
// Deadlines are counted in whole days: a deadline of `days{10}` on a state entered on 1 March
// ends with 11 March, and passes at 12 March 00:00:00.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/date.hpp>

#include <array>
#include <compare>
#include <concepts>
#include <cstdint>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE
namespace workflow {

/// A number of whole days.
struct days {
  std::int32_t count = 0;
  friend constexpr bool operator==(days, days) noexcept = default;
  friend constexpr auto operator<=>(days, days) noexcept = default;
};

/// A moment: a day and the second of that day.
struct instant {
  static constexpr std::int32_t seconds_per_day = 86400;

  oversight::date day = oversight::date::first();
  std::int32_t second = 0;  ///< [0, 86399]

  /// Midnight starting `d`.
  static constexpr instant start_of(oversight::date d) noexcept { return {d, 0}; }

  /// The instant `d` at hh:mm:ss, or an error for a time that does not exist.
  static constexpr result<instant, date_errc> at(oversight::date d, int hour, int minute, int second) noexcept {
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
      return date_errc::invalid_date;
    return instant{d, hour * 3600 + minute * 60 + second};
  }

  /// Parses "YYYY-MM-DDThh:mm:ss" (ISO 8601, no zone, no fraction).
  static constexpr result<instant, date_errc> parse(std::string_view text) noexcept {
    const error_context context(text);
    if (text.size() != 19 || text[10] != 'T' || text[13] != ':' || text[16] != ':')
      return error{date_errc::malformed_date, context};
    auto d = oversight::date::parse(text.substr(0, 10));
    if (!d) return error{d.error().code, context};
    int fields[3] = {0, 0, 0};
    for (int f = 0; f < 3; ++f) {
      const std::size_t at_index = 11 + static_cast<std::size_t>(f) * 3;
      for (std::size_t i = at_index; i < at_index + 2; ++i) {
        if (text[i] < '0' || text[i] > '9') return error{date_errc::malformed_date, context};
        fields[f] = fields[f] * 10 + (text[i] - '0');
      }
    }
    auto i = at(*d, fields[0], fields[1], fields[2]);
    if (!i) return error{date_errc::invalid_date, context};
    return i;
  }

  /// "YYYY-MM-DDThh:mm:ss".
  [[nodiscard]] constexpr std::array<char, 19> iso() const noexcept {
    std::array<char, 19> out{};
    const auto d = day.iso();
    for (std::size_t i = 0; i != d.size(); ++i) out[i] = d[i];
    out[10] = 'T';
    const int parts[3] = {second / 3600, second / 60 % 60, second % 60};
    for (std::size_t f = 0; f != 3; ++f) {
      out[11 + f * 3] = static_cast<char>('0' + parts[f] / 10);
      out[12 + f * 3] = static_cast<char>('0' + parts[f] % 10);
      if (f != 2) out[13 + f * 3] = ':';
    }
    return out;
  }

  friend constexpr bool operator==(const instant&, const instant&) noexcept = default;
  friend constexpr auto operator<=>(const instant&, const instant&) noexcept = default;
};

/// A source of the current instant: `c.now()`. The library never reads the system clock; the
/// caller passes one (tests pass a `fixed_clock`).
template <class C>
concept Clock = requires(const C& c) {
  { c.now() } -> std::convertible_to<instant>;
};

/// A clock that always says the same instant.
struct fixed_clock {
  instant value;
  [[nodiscard]] constexpr instant now() const noexcept { return value; }
};

}  // namespace workflow
OVERSIGHT_END_NAMESPACE
