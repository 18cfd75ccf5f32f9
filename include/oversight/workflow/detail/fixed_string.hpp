// oversight: names that live in types, for the workflow part.
//
// `state<"security_review">` and `event<"approved">` carry their names in their types: a
// diagnostic about a state names it, and two workflows can be compared by type. GCC prints a
// `fixed_string` argument as `fixed_string<15>{"security_review"}`; Clang 14 prints a character
// array as a list of integers, so diagnostics also carry the name spelled out as a character
// pack (`spelled<'s', 'e', ...>`), which both compilers print character by character.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/fixed_string.hpp>

#include <cstddef>
#include <string_view>
#include <utility>

OVERSIGHT_BEGIN_NAMESPACE
namespace workflow::detail {

/// The library's one compile-time string (oversight/detail/fixed_string.hpp).
using oversight::detail::fixed_string;

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
