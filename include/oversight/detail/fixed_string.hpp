// oversight: a string usable as a template argument.
//
// Rule ids, fact names and other names that must appear in types (so that a compile error can
// name them) are `fixed_string`s: a structural type holding the characters and a terminator.
#pragma once

#include <oversight/detail/config.hpp>

#include <cstddef>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE
namespace detail {

template <std::size_t N>
struct fixed_string {
  char data[N + 1] = {};  // public: a structural type, usable as a template argument

  constexpr fixed_string() = default;
  consteval fixed_string(const char (&text)[N + 1]) {  // NOLINT: implicit by design
    for (std::size_t i = 0; i <= N; ++i) data[i] = text[i];
  }
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, N}; }
  constexpr operator std::string_view() const noexcept { return view(); }  // NOLINT: implicit by design
  [[nodiscard]] static constexpr std::size_t size() noexcept { return N; }

  template <std::size_t M>
  friend constexpr bool operator==(const fixed_string& a, const fixed_string<M>& b) noexcept {
    return a.view() == b.view();
  }
};

template <std::size_t N>
fixed_string(const char (&)[N]) -> fixed_string<N - 1>;

/// `s` as a `fixed_string<N>` (N == s.size()), to pass a string found at compile time as a
/// template argument.
template <std::size_t N>
consteval fixed_string<N> fixed_from(std::string_view s) {
  fixed_string<N> f;
  for (std::size_t i = 0; i < N; ++i) f.data[i] = s[i];
  return f;
}

}  // namespace detail
OVERSIGHT_END_NAMESPACE
