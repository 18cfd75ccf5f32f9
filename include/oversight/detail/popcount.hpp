// oversight: the number of set bits of a 64-bit word, inline.
//
// std::popcount compiles to a call into the compiler's runtime library on x86-64 unless the
// target has the POPCNT instruction (-mpopcnt, -march=x86-64-v2 or later), which a portable
// build cannot assume; the tallies count ballots on every call. This is the same count in a dozen
// inline instructions, and usable in constant expressions.
#pragma once

#include <oversight/detail/config.hpp>

#include <bit>
#include <cstdint>

OVERSIGHT_BEGIN_NAMESPACE
namespace detail {

constexpr unsigned popcount64(std::uint64_t x) noexcept {
#if defined(__POPCNT__)
  return static_cast<unsigned>(std::popcount(x));
#else
  x = x - ((x >> 1) & 0x5555'5555'5555'5555u);
  x = (x & 0x3333'3333'3333'3333u) + ((x >> 2) & 0x3333'3333'3333'3333u);
  x = (x + (x >> 4)) & 0x0F0F'0F0F'0F0F'0F0Fu;
  return static_cast<unsigned>((x * 0x0101'0101'0101'0101u) >> 56);
#endif
}

}  // namespace detail
OVERSIGHT_END_NAMESPACE
