// oversight::workflow: policies and consent rules as transition guards.
//
// `guard_by(policy, "security review")` makes a rule-engine policy a `Guard`: the workflow's
// Context is the policy's subject. A PERMIT allows the transition; DENY and REVIEW refuse it,
// with one reason per finding (the rule id and its message, quoting the facts of the case) and
// the findings' obligations; INDETERMINATE (an unknown fact) leaves it pending. `guard_by(rule, "consent",
// ballots)` does the same for a consent rule over a ballot box the Context provides: adopted
// allows, not adopted refuses, an open vote is pending.
//
// Obligations keep the rule's text; a rule's deadline is relative to an event ("90 days after
// signature") and is reported in the text, since the guard does not know when the event occurs.
// Both guards hold a pointer to their policy or rule, which must have static storage duration
// (an `inline constexpr` object), as the strings they return must outlive the call.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/consent/ballot.hpp>
#include <oversight/consent/outcome.hpp>
#include <oversight/consent/rules.hpp>
#include <oversight/rules/explain.hpp>
#include <oversight/rules/findings.hpp>
#include <oversight/rules/policy.hpp>
#include <oversight/workflow/guard.hpp>

#include <string_view>
#include <type_traits>

OVERSIGHT_BEGIN_NAMESPACE
namespace workflow {

namespace detail {
template <class Context>
struct guard_recorder {
  guard_result& result;
  const Context& subject;
  template <class R>
  constexpr void operator()(const R& r, std::size_t, oversight::xacml_outcome o, oversight::truth, oversight::truth,
                            oversight::effect) {
    if (o.value != decision::deny) return;  // only what stands in the way is a reason
    // The message with the facts it quotes; in a constant expression (nothing can be formatted
    // there) its format, placeholders and all.
    if (std::is_constant_evaluated())
      result.reasons.push_back(reason{R::id(), r.message_.format});
    else
      result.reasons.push_back(reason{R::id(), std::string_view(oversight::detail::format_message(r.message_, subject))});
    for (const auto& ob : r.obligations) result.obligations.push_back(obligation{ob.id, ob.text, {}});
  }
};
struct no_date {
  template <class Context>
  constexpr context operator()(const Context&) const noexcept {
    return {};
  }
};
}  // namespace detail

/// A policy as a guard. `Dated(ctx)` gives the evaluation context (the day of the check).
template <Policy P, class Dated = detail::no_date>
struct policy_guard {
  const P* policy;
  std::string_view label;
  Dated dated{};

  [[nodiscard]] constexpr std::string_view name() const noexcept { return label; }

  template <class Context>
  [[nodiscard]] constexpr guard_result check(const Context& ctx) const {
    guard_result r;
    detail::guard_recorder<Context> rec{r, ctx};
    const oversight::verdict v = to_verdict(policy->evaluate(ctx, dated(ctx), false, rec));
    switch (v.kind) {
      case verdict_kind::permit: r.outcome = verdict::allowed; break;
      case verdict_kind::deny:
      case verdict_kind::review: r.outcome = verdict::refused; break;
      case verdict_kind::indeterminate:
        r.outcome = verdict::pending;
        r.reasons.push_back(reason{P::id(), "cannot be decided yet: a fact it needs is unknown"});
        break;
    }
    if (!r.allowed()) return r;
    return guard_result::allow();  // an allowed transition creates no obligation of a deny rule
  }
};

/// A consent rule over the ballot box `Box(ctx)` as a guard.
template <consent::ConsentRule Rule, class Box>
struct consent_guard {
  const Rule* rule;
  std::string_view label;
  Box box;

  [[nodiscard]] constexpr std::string_view name() const noexcept { return label; }

  template <class Context>
  [[nodiscard]] constexpr guard_result check(const Context& ctx) const {
    const consent::ballot_box& ballots = box(ctx);
    const consent::outcome o = consent::tally(*rule, ballots);
    const reason why{label, to_string_view(o.reason())};
    if (o.adopted()) return guard_result::allow();
    if (o.pending()) return guard_result::pend(why);
    guard_result r = guard_result::refuse(why);
    // The states that voted no, by name (the codes are static text).
    for (std::size_t slot = 0; slot < ballots.voters().size(); ++slot)
      if (o.no().contains(slot)) r.reasons.push_back(reason{ballots.voters().member(slot).alpha2(), "voted no"});
    return r;
  }
};

/// `policy` (with static storage) as a guard named `label`.
template <Policy P>
constexpr policy_guard<P> guard_by(const P& policy, std::string_view label) {
  return {&policy, label};
}
/// As above; `dated(ctx)` gives the evaluation context, e.g. `as_of(ctx.today)`.
template <Policy P, class Dated>
constexpr policy_guard<P, Dated> guard_by(const P& policy, std::string_view label, Dated dated) {
  return {&policy, label, dated};
}
/// Consent `rule` (with static storage) over the ballot box `box(ctx)` as a guard named `label`.
template <consent::ConsentRule Rule, class Box>
constexpr consent_guard<Rule, Box> guard_by(const Rule& rule, std::string_view label, Box box) {
  return {&rule, label, box};
}

}  // namespace workflow
OVERSIGHT_END_NAMESPACE
