// A reference implementation of the XACML 3.0 combining algorithms, written as literally as
// possible from the pseudo-code of appendix C, for testing oversight's combiner against it
// exhaustively. It works on decisions only (no deny severity) and evaluates every child.
#pragma once

#include <oversight/rules/combining.hpp>
#include <oversight/rules/truth.hpp>

#include <cstddef>

namespace xacml_reference {

using oversight::combining;
using oversight::decision;

template <std::size_t N>
constexpr decision combine(combining alg, const decision (&d)[N], std::size_t n) {
  using enum decision;
  switch (alg) {
    case combining::deny_overrides:
    case combining::ordered_deny_overrides: {  // C.2, C.3
      bool errD = false, errP = false, errDP = false, atLeastOnePermit = false;
      for (std::size_t i = 0; i < n; ++i) {
        if (d[i] == deny) return deny;
        if (d[i] == permit) { atLeastOnePermit = true; continue; }
        if (d[i] == not_applicable) continue;
        if (d[i] == indeterminate_d) { errD = true; continue; }
        if (d[i] == indeterminate_p) { errP = true; continue; }
        if (d[i] == indeterminate_dp) { errDP = true; continue; }
      }
      if (errDP) return indeterminate_dp;
      if (errD && (errP || atLeastOnePermit)) return indeterminate_dp;
      if (errD) return indeterminate_d;
      if (atLeastOnePermit) return permit;
      if (errP) return indeterminate_p;
      return not_applicable;
    }
    case combining::permit_overrides:
    case combining::ordered_permit_overrides: {  // C.4, C.5
      bool errD = false, errP = false, errDP = false, atLeastOneDeny = false;
      for (std::size_t i = 0; i < n; ++i) {
        if (d[i] == deny) { atLeastOneDeny = true; continue; }
        if (d[i] == permit) return permit;
        if (d[i] == not_applicable) continue;
        if (d[i] == indeterminate_d) { errD = true; continue; }
        if (d[i] == indeterminate_p) { errP = true; continue; }
        if (d[i] == indeterminate_dp) { errDP = true; continue; }
      }
      if (errDP) return indeterminate_dp;
      if (errP && (errD || atLeastOneDeny)) return indeterminate_dp;
      if (errP) return indeterminate_p;
      if (atLeastOneDeny) return deny;
      if (errD) return indeterminate_d;
      return not_applicable;
    }
    case combining::deny_unless_permit:  // C.6
      for (std::size_t i = 0; i < n; ++i)
        if (d[i] == permit) return permit;
      return deny;
    case combining::permit_unless_deny:  // C.7
      for (std::size_t i = 0; i < n; ++i)
        if (d[i] == deny) return deny;
      return permit;
    case combining::first_applicable:  // C.8
      for (std::size_t i = 0; i < n; ++i) {
        if (d[i] == deny) return deny;
        if (d[i] == permit) return permit;
        if (d[i] == not_applicable) continue;
        // "if (decision == Indeterminate) return Indeterminate": a plain Indeterminate, which the
        // algorithms that track the extension read as Indeterminate{DP} (appendix C).
        return indeterminate_dp;
      }
      return not_applicable;
    case combining::only_one_applicable:  // decided by targets: see only_one_applicable below
      return not_applicable;
  }
  return not_applicable;
}

/// C.9 only-one-applicable, which decides by the children's targets (`isApplicable`): true,
/// false, or unknown (Indeterminate). Its "return Indeterminate" is a plain Indeterminate, as
/// Indeterminate{DP}; so is an Indeterminate of the one child it evaluates.
template <std::size_t N>
constexpr decision only_one_applicable(const oversight::truth (&applicable)[N], const decision (&d)[N],
                                       std::size_t n) {
  using enum decision;
  using oversight::truth;
  bool atLeastOne = false;
  std::size_t selected = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (applicable[i] == truth::unknown) return indeterminate_dp;
    if (applicable[i] == truth::true_) {
      if (atLeastOne) return indeterminate_dp;
      atLeastOne = true;
      selected = i;
    }
  }
  if (!atLeastOne) return not_applicable;
  const decision v = d[selected];
  return v == indeterminate_d || v == indeterminate_p ? indeterminate_dp : v;
}

}  // namespace xacml_reference
