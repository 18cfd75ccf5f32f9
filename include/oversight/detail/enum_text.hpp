// oversight: text for an enumeration's values, total over every value of its underlying type.
//
// A value cast from outside data into an enumeration may lie outside it; its text is then
// "(invalid)", never a read past the end of the table.
#pragma once

#include <oversight/detail/config.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>

OVERSIGHT_BEGIN_NAMESPACE
namespace detail {

/// The text of enumerator `e` in `table` (indexed by the enumerator's value), or "(invalid)".
template <class Enum, std::size_t N>
  requires std::is_enum_v<Enum>
constexpr std::string_view enum_text(const std::string_view (&table)[N], Enum e) noexcept {
  const auto i = static_cast<std::make_unsigned_t<std::underlying_type_t<Enum>>>(e);
  return i < N ? table[i] : std::string_view("(invalid)");
}

}  // namespace detail
OVERSIGHT_END_NAMESPACE
