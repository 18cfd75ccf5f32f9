// oversight: effects, decisions and verdicts.
//
// Rules combine with the XACML 3.0 combining algorithms, whose values are Permit, Deny,
// NotApplicable and the extended Indeterminate{D}, {P}, {DP} (XACML 3.0, section 7.11 and
// appendix C). An oversight rule's effect is one of deny, review, advice or permit:
//
// - deny    takes part as Deny: the contract must not proceed;
// - review  takes part as Deny too (a human review must clear it first), but a decision denied
//           only by review rules has the verdict `review`, not `deny`;
// - advice  never changes the decision (XACML advice): it is reported as a finding only;
// - permit  takes part as Permit (an authorisation, e.g. under deny-unless-permit).
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/enum_text.hpp>

#include <cstdint>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE

enum class effect : std::uint8_t { permit, advice, review, deny };

constexpr std::string_view to_string_view(effect e) noexcept {
  constexpr std::string_view text[] = {"permit", "advice", "review", "deny"};
  return detail::enum_text(text, e);
}

/// The XACML value of a rule or policy.
enum class decision : std::uint8_t {
  not_applicable,
  permit,
  deny,
  indeterminate_p,   ///< Indeterminate{P}: could have been Permit
  indeterminate_d,   ///< Indeterminate{D}: could have been Deny
  indeterminate_dp,  ///< Indeterminate{DP}: could have been either
};

constexpr std::string_view to_string_view(decision d) noexcept {
  constexpr std::string_view text[] = {"NotApplicable",    "Permit",           "Deny",
                                       "Indeterminate{P}", "Indeterminate{D}", "Indeterminate{DP}"};
  return detail::enum_text(text, d);
}

constexpr bool is_indeterminate(decision d) noexcept {
  return d == decision::indeterminate_p || d == decision::indeterminate_d ||
         d == decision::indeterminate_dp;
}

/// The outcome a user acts on: may the contract proceed?
enum class verdict_kind : std::uint8_t {
  permit,         ///< no rule stands in the way (Permit or NotApplicable)
  review,         ///< denied only by review-required rules
  deny,           ///< denied by at least one deny rule
  indeterminate,  ///< cannot be decided: unknown facts or errors
};

constexpr std::string_view to_string_view(verdict_kind v) noexcept {
  constexpr std::string_view text[] = {"PERMIT", "REVIEW", "DENY", "INDETERMINATE"};
  return detail::enum_text(text, v);
}

/// The result of `check`: the XACML decision and the verdict. Converts to true only when the
/// contract may proceed, so `static_assert(check(policy, contract))` reads as it should.
struct verdict {
  decision xacml = decision::not_applicable;
  verdict_kind kind = verdict_kind::permit;

  constexpr explicit operator bool() const noexcept { return kind == verdict_kind::permit; }
  friend constexpr bool operator==(const verdict& v, verdict_kind k) noexcept { return v.kind == k; }
  friend constexpr bool operator==(const verdict&, const verdict&) noexcept = default;
};

OVERSIGHT_END_NAMESPACE
