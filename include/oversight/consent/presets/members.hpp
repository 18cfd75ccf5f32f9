// oversight::consent::presets: member lists taken from the domain's dated blocs, so that an
// electorate and a bloc (`eu::member_states`, `nato::allies`, `eu::pesco`) are one set of data.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/consent/electorate.hpp>
#include <oversight/domain/bloc.hpp>

#include <array>
#include <cstddef>

OVERSIGHT_BEGIN_NAMESPACE
namespace consent::presets::detail {

void member_count_differs_from_the_bloc_in_constant_expression();  // not constexpr: N must be the bloc's current members

/// The members of `body` whose membership has no end, in the bloc's order, each with the first
/// day of that membership; `N` must be their number (checked when the list is built).
template <std::size_t N>
consteval std::array<membership, N> current_members(const bloc& body) {
  const auto m = consent::detail::memberships_of<N>(body, [](const period& p) { return p.open_ended(); });
  if (m.too_many || m.size != N) member_count_differs_from_the_bloc_in_constant_expression();
  return m.list;
}

}  // namespace consent::presets::detail
OVERSIGHT_END_NAMESPACE
