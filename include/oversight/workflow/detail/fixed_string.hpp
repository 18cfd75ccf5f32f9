// oversight: a string usable as a template argument, so that names live in types.
//
// `state<"security_review">` and `event<"approved">` carry their names in their types: a
// diagnostic about a state names it, and two workflows can be compared by type. GCC prints a
// `fixed_string` argument as `fixed_string<15>{"security_review"}`; Clang 14 prints a character
// array as a list of integers, so diagnostics also carry the name spelled out as a character
// pack (`spelled<'s', 'e', ...>`), which both compilers print character by character.
#pragma once

#include <oversight/detail/config.hpp>

#include <cstddef>
#include <string_view>
#include <utility>

OVERSIGHT_BEGIN_NAMESPACE
namespace workflow::detail {

/// A compile-time string of `Length` characters (plus a terminating NUL).
template <std::size_t Length>
struct fixed_string {
  char data[Length + 1]{};

  consteval fixed_string(const char (&text)[Length + 1]) {  // NOLINT: implicit by design
    for (std::size_t i = 0; i != Length + 1; ++i) data[i] = text[i];
  }

  [[nodiscard]] static constexpr std::size_t size() noexcept { return Length; }
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, Length}; }
  constexpr operator std::string_view() const noexcept { return view(); }  // NOLINT: implicit by design

  template <std::size_t Other>
  friend constexpr bool operator==(const fixed_string& a, const fixed_string<Other>& b) noexcept {
    return a.view() == b.view();
  }
};

template <std::size_t Size>
fixed_string(const char (&)[Size]) -> fixed_string<Size - 1>;

/// A name spelled out character by character, for diagnostics.
template <char... Characters>
struct spelled {};

template <fixed_string Name, class Indices = std::make_index_sequence<Name.size()>>
struct spell;
template <fixed_string Name, std::size_t... Index>
struct spell<Name, std::index_sequence<Index...>> {
  using type = spelled<Name.data[Index]...>;
};
/// `spelled<'a', 'b'>` for the name "ab".
template <fixed_string Name>
using spell_t = typename spell<Name>::type;

/// True when `text` is a non-empty identifier of ASCII letters, digits and '_' (state names:
/// they become node ids in Mermaid and Graphviz diagrams).
constexpr bool is_identifier(std::string_view text) noexcept {
  if (text.empty()) return false;
  for (char c : text) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

/// True when `text` is a non-empty token of ASCII letters, digits, '_', '-' and '.' (event names,
/// roles and actors: they appear unquoted in diagrams and in the audit trail).
constexpr bool is_token(std::string_view text) noexcept {
  if (text.empty()) return false;
  for (char c : text) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                    c == '-' || c == '.';
    if (!ok) return false;
  }
  return true;
}

}  // namespace workflow::detail
OVERSIGHT_END_NAMESPACE
