// oversight: the XACML 3.0 combining algorithms.
//
// Each algorithm is implemented as specified in XACML 3.0 (OASIS Standard, 22 January 2013,
// appendix C), over the extended Indeterminate values of section 7.10:
//
//   deny-overrides (C.2), ordered-deny-overrides (C.3), permit-overrides (C.4),
//   ordered-permit-overrides (C.5), deny-unless-permit (C.6), permit-unless-deny (C.7),
//   first-applicable (C.8), only-one-applicable (C.9).
//
// Children are evaluated in order, so the ordered and unordered variants give the same result.
// First-applicable and only-one-applicable do not track the extended values: their Indeterminate
// is a plain one, given as Indeterminate{DP}, which is how an algorithm that tracks them reads it.
// The one addition is the deny severity that oversight carries beside XACML's Deny: a combined
// Deny is a `deny` if any Deny child that the algorithm returns was a deny rule, otherwise a
// `review`. With short-circuit evaluation, deny-overrides still looks past a review-only Deny for
// a deny-severity one, and stops at the first of those.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/enum_text.hpp>
#include <oversight/rules/decision.hpp>
#include <oversight/rules/rule.hpp>
#include <oversight/rules/truth.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE

enum class combining : std::uint8_t {
  deny_overrides,
  ordered_deny_overrides,
  permit_overrides,
  ordered_permit_overrides,
  deny_unless_permit,
  permit_unless_deny,
  first_applicable,
  only_one_applicable,
};

constexpr std::string_view to_string_view(combining c) noexcept {
  constexpr std::string_view text[] = {"deny-overrides",     "ordered-deny-overrides",
                                       "permit-overrides",   "ordered-permit-overrides",
                                       "deny-unless-permit", "permit-unless-deny",
                                       "first-applicable",   "only-one-applicable"};
  return detail::enum_text(text, c);
}

/// The URN of the algorithm in XACML 3.0 (appendix B.9).
constexpr std::string_view xacml_urn(combining c) noexcept {
  constexpr std::string_view text[] = {
      "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides",
      "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:ordered-deny-overrides",
      "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:permit-overrides",
      "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:ordered-permit-overrides",
      "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-unless-permit",
      "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:permit-unless-deny",
      "urn:oasis:names:tc:xacml:1.0:rule-combining-algorithm:first-applicable",
      "urn:oasis:names:tc:xacml:1.0:policy-combining-algorithm:only-one-applicable"};
  return detail::enum_text(text, c);
}

namespace detail {
/// A plain Indeterminate as the algorithms that track the extension read it: Indeterminate{DP}
/// for any Indeterminate (first-applicable and only-one-applicable hand up plain ones).
constexpr xacml_outcome plain_indeterminate(xacml_outcome o) noexcept {
  if (o.value == decision::indeterminate_d || o.value == decision::indeterminate_p) o.value = decision::indeterminate_dp;
  return o;
}
}  // namespace detail

/// The state of a combination with algorithm `Alg`: children's outcomes are added in order;
/// `add` returns true once the result can no longer change (so a caller may stop evaluating),
/// and `result()` gives the combined outcome. Only-one-applicable is not a combiner: it needs the
/// children's applicability first (see `combine_only_one`).
template <combining Alg>
class combiner {
  static constexpr bool deny_first = Alg == combining::deny_overrides || Alg == combining::ordered_deny_overrides;
  static constexpr bool permit_first =
      Alg == combining::permit_overrides || Alg == combining::ordered_permit_overrides;
  static_assert(Alg != combining::only_one_applicable, "only-one-applicable is combined by combine_only_one");

 public:
  constexpr bool add(xacml_outcome o) noexcept {
    switch (o.value) {
      case decision::deny:
        deny_ = true;
        deny_severity_ = deny_severity_ || o.deny_severity;
        break;
      case decision::permit: permit_ = true; break;
      case decision::not_applicable: break;
      case decision::indeterminate_d:
        err_d_ = true;
        err_d_severity_ = err_d_severity_ || o.deny_severity;
        break;
      case decision::indeterminate_p: err_p_ = true; break;
      case decision::indeterminate_dp: err_dp_ = true; break;
    }
    if (Alg == combining::first_applicable && !have_first_ && o.value != decision::not_applicable) {
      first_ = o;
      have_first_ = true;
    }
    return settled();
  }

  /// True when only a deny-severity Deny could still change the result: under deny-overrides
  /// (and permit-unless-deny) once a Deny is in, a review rule's Deny or Indeterminate{D}
  /// changes nothing, so a short-circuit evaluation need not evaluate it.
  [[nodiscard]] constexpr bool only_deny_severity_matters() const noexcept {
    if constexpr (deny_first || Alg == combining::permit_unless_deny) return deny_;
    else return false;
  }

  /// True when no further child can change the result (a deny-severity Deny under
  /// deny-overrides: a review-only Deny could still be outranked by a deny).
  [[nodiscard]] constexpr bool settled() const noexcept {
    if constexpr (deny_first) return deny_ && deny_severity_;
    else if constexpr (permit_first) return permit_;
    else if constexpr (Alg == combining::deny_unless_permit) return permit_;
    else if constexpr (Alg == combining::permit_unless_deny) return deny_ && deny_severity_;
    else return have_first_;
  }

  [[nodiscard]] constexpr xacml_outcome result() const noexcept {
    if constexpr (deny_first) {
      if (deny_) return {decision::deny, deny_severity_};
      if (err_dp_) return {decision::indeterminate_dp, err_d_severity_};
      if (err_d_ && (err_p_ || permit_)) return {decision::indeterminate_dp, err_d_severity_};
      if (err_d_) return {decision::indeterminate_d, err_d_severity_};
      if (permit_) return {decision::permit, false};
      if (err_p_) return {decision::indeterminate_p, false};
      return {};
    } else if constexpr (permit_first) {
      if (permit_) return {decision::permit, false};
      if (err_dp_) return {decision::indeterminate_dp, err_d_severity_};
      if (err_p_ && (err_d_ || deny_)) return {decision::indeterminate_dp, err_d_severity_ || deny_severity_};
      if (err_p_) return {decision::indeterminate_p, false};
      if (deny_) return {decision::deny, deny_severity_};
      if (err_d_) return {decision::indeterminate_d, err_d_severity_};
      return {};
    } else if constexpr (Alg == combining::deny_unless_permit) {
      return permit_ ? xacml_outcome{decision::permit, false} : xacml_outcome{decision::deny, true};
    } else if constexpr (Alg == combining::permit_unless_deny) {
      return deny_ ? xacml_outcome{decision::deny, deny_severity_} : xacml_outcome{decision::permit, false};
    } else {
      // C.8 does not track the extension: an Indeterminate first child makes the result a plain
      // Indeterminate, which an algorithm that tracks it reads as Indeterminate{DP} (XACML 3.0,
      // appendix C, on combining plain and extended Indeterminate values).
      return detail::plain_indeterminate(first_);
    }
  }

 private:
  bool deny_ = false, deny_severity_ = false, permit_ = false;
  bool err_d_ = false, err_d_severity_ = false, err_p_ = false, err_dp_ = false;
  bool have_first_ = false;
  xacml_outcome first_{};
};

/// Only-one-applicable (XACML 3.0 C.9), given each child's applicability (its target: true,
/// false or unknown) in order, and the outcome of the one selected child.
/// Returns the index of the child to evaluate, or `n` with the outcome already decided.
struct only_one_selection {
  bool error = false;
  std::size_t selected = static_cast<std::size_t>(-1);
  constexpr void add(std::size_t index, truth applicable) noexcept {
    if (applicable == truth::unknown) error = true;
    else if (applicable == truth::true_) {
      if (selected != static_cast<std::size_t>(-1)) error = true;
      else selected = index;
    }
  }
  /// Indeterminate{DP} on an error, NotApplicable when no child applies.
  [[nodiscard]] constexpr bool needs_child() const noexcept { return !error && selected != static_cast<std::size_t>(-1); }
  [[nodiscard]] constexpr xacml_outcome without_child() const noexcept {
    return error ? xacml_outcome{decision::indeterminate_dp, false} : xacml_outcome{};
  }
};

/// XACML 3.0 section 7.13, table 7: a policy whose target is Indeterminate turns the combined
/// value into the matching Indeterminate.
constexpr xacml_outcome apply_target(truth target, xacml_outcome combined) noexcept {
  if (target == truth::true_) return combined;
  if (target == truth::false_) return {};
  switch (combined.value) {
    case decision::not_applicable: return {};
    case decision::permit: return {decision::indeterminate_p, false};
    case decision::deny: return {decision::indeterminate_d, combined.deny_severity};
    default: return combined;
  }
}

/// The verdict for a combined outcome.
constexpr verdict to_verdict(xacml_outcome o) noexcept {
  switch (o.value) {
    case decision::deny:
      return {o.value, o.deny_severity ? verdict_kind::deny : verdict_kind::review};
    case decision::permit:
    case decision::not_applicable: return {o.value, verdict_kind::permit};
    default: return {o.value, verdict_kind::indeterminate};
  }
}

OVERSIGHT_END_NAMESPACE
