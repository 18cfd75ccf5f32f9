// oversight::consent::presets: member lists taken from the domain's dated blocs, so that an
// electorate and a bloc (`eu::member_states`, `nato::allies`, `eu::pesco`) are one set of data.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/consent/electorate.hpp>
#include <oversight/domain/bloc.hpp>

#include <array>
#include <cstddef>
#include <utility>

OVERSIGHT_BEGIN_NAMESPACE
namespace consent::presets::detail {

void member_count_differs_from_the_bloc_in_constant_expression();  // not constexpr: N must be the bloc's current members

/// The members of `body` whose membership has no end, in the bloc's order, each with the first
/// day of that membership; `N` must be their number (checked when the list is built).
template <std::size_t N>
consteval std::array<membership, N> current_members(const bloc& body) {
  std::array<membership, N> out = []<std::size_t... I>(std::index_sequence<I...>) {
    return std::array<membership, N>{((void)I, membership{country::from_index(0).value(), date::first()})...};
  }(std::make_index_sequence<N>{});
  std::size_t n = 0;
  for (const bloc_membership& m : body.memberships()) {
    if (!m.during.open_ended()) continue;
    if (n == N) member_count_differs_from_the_bloc_in_constant_expression();
    out[n++] = membership{m.member, m.during.from};
  }
  if (n != N) member_count_differs_from_the_bloc_in_constant_expression();
  return out;
}

}  // namespace consent::presets::detail
OVERSIGHT_END_NAMESPACE
