// oversight: a short text stored inline.
//
// Error contexts and names assembled at compile time hold their characters in a fixed array:
// nothing allocates, and the text is usable in constant expressions. A text longer than the
// capacity is cut and ends in "...", so that a reader sees it was cut.
#pragma once

#include <oversight/detail/config.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE
namespace detail {

template <std::size_t Capacity>
class bounded_text {
  static_assert(Capacity >= 3, "room for the ellipsis");

 public:
  static constexpr std::size_t capacity = Capacity;

  constexpr bounded_text() noexcept = default;
  constexpr bounded_text(std::string_view text) noexcept { append(text); }  // NOLINT: implicit by design
  template <std::size_t N>
  constexpr bounded_text(const char (&text)[N]) noexcept  // NOLINT: implicit by design, for literals
      : bounded_text(std::string_view(text, N - 1)) {}

  constexpr bounded_text& append(std::string_view text) noexcept {
    for (char c : text) {
      if (size_ == Capacity) {
        buffer_[Capacity - 3] = buffer_[Capacity - 2] = buffer_[Capacity - 1] = '.';
        break;
      }
      buffer_[size_++] = c;
    }
    return *this;
  }
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {buffer_.data(), size_}; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }

  friend constexpr bool operator==(const bounded_text& a, const bounded_text& b) noexcept {
    return a.view() == b.view();
  }
  /// Compares the text with any string (a literal, a string_view, a std::string) as it is.
  template <class Text>
    requires(std::convertible_to<const Text&, std::string_view> && !std::same_as<Text, bounded_text>)
  friend constexpr bool operator==(const bounded_text& a, const Text& b) noexcept {
    return a.view() == std::string_view(b);
  }

 private:
  std::array<char, Capacity> buffer_{};
  std::size_t size_ = 0;
};

}  // namespace detail
OVERSIGHT_END_NAMESPACE
