// oversight: findings without allocation.
//
// `evaluate_into` evaluates every rule of a policy (no short-circuit) and records one
// `finding` per rule that fired or could not be decided, into a buffer the caller provides.
// It never allocates: a `std::array<finding, P::rule_count>` always has room. Messages, traces
// and remedies, which need text, are built by `explain` (rules/explain.hpp) only when asked for.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/enum_text.hpp>
#include <oversight/rules/decision.hpp>
#include <oversight/rules/policy.hpp>
#include <oversight/rules/rule.hpp>

#include <cstddef>
#include <span>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE

/// One rule that fired (or could not be decided) for a subject.
struct finding {
  std::string_view rule_id;
  effect rule_effect = effect::deny;
  decision value = decision::not_applicable;  ///< the rule's own XACML value
  truth condition = truth::false_;            ///< the rule's condition (with its period)
  std::size_t rule_index = 0;                 ///< depth-first position of the rule in the policy
  bool decided = false;  ///< on the path that decided the verdict (set by `mark_deciding`)
  friend constexpr bool operator==(const finding&, const finding&) noexcept = default;
};

/// A finding in the library's own words: its rule's effect ("deny", "review", "advice", "permit")
/// when the rule fired, followed by ", undecided" when its condition could not be told. A review
/// rule that fired reads "review" beside a REVIEW verdict, not XACML's "Deny".
constexpr std::string_view finding_label(effect e, truth condition) noexcept {
  constexpr std::string_view fired[] = {"permit", "advice", "review", "deny"};
  constexpr std::string_view undecided[] = {"permit, undecided", "advice, undecided", "review, undecided",
                                            "deny, undecided"};
  return condition == truth::unknown ? detail::enum_text(undecided, e) : detail::enum_text(fired, e);
}
/// The label of a finding (`finding` or `explained_finding`).
template <class F>
  requires requires(const F& f) {
    f.rule_effect;
    f.condition;
  }
constexpr std::string_view finding_label(const F& f) noexcept {
  return finding_label(f.rule_effect, f.condition);
}

/// The result of `evaluate_into`: the verdict, and how many findings there were and were stored.
struct evaluation {
  oversight::verdict verdict{};
  std::size_t total = 0;   ///< findings the evaluation produced
  std::size_t stored = 0;  ///< findings written to the buffer (less than total only if it was too small)
  [[nodiscard]] constexpr bool complete() const noexcept { return stored == total; }
};

/// A buffer with room for every finding of policy type `P`.
template <Policy P>
using findings_buffer = std::array<finding, P::rule_count>;

namespace detail {
struct finding_recorder {
  std::span<finding> out;
  std::size_t total = 0;
  std::size_t stored = 0;

  template <class R>
  constexpr void operator()(const R&, std::size_t index, xacml_outcome o, truth fires, truth defeated, effect e) {
    observe(R::id(), index, o, fires, defeated, e);
  }
  // A rule produces a finding when its condition holds or cannot be told, and no exception
  // defeats it for sure. Advice rules report when they fire, though they never decide.
  constexpr void observe(std::string_view id, std::size_t index, xacml_outcome o, truth fires, truth defeated,
                         effect e) {
    const truth effective = fires && !defeated;
    if (effective == truth::false_) return;
    ++total;
    if (stored < out.size()) out[stored++] = finding{id, e, o.value, effective, index};
  }
};
}  // namespace detail

namespace detail {
template <class P, class S>
OVERSIGHT_FLATTEN constexpr xacml_outcome findings_flattened(const P& p, const S& subject, const context& ctx,
                                                             finding_recorder& rec) {
  return p.evaluate(subject, ctx, false, rec);
}
template <class P, class S>
constexpr xacml_outcome findings_inlined_by_compiler(const P& p, const S& subject, const context& ctx,
                                                     finding_recorder& rec) {
  return p.evaluate(subject, ctx, false, rec);
}
}  // namespace detail

/// Evaluates every rule of `p` for `subject`, writes the findings into `out` (in rule order),
/// and returns the verdict (the same as `check` gives) with the counts. Flattened as `check(p, s)`
/// is (rules/policy.hpp).
template <Policy P, class S>
constexpr evaluation evaluate_into(const P& p, const S& subject, const context& ctx, std::span<finding> out) {
  detail::finding_recorder rec{out};
  const context day = effective_context(subject, ctx);
  xacml_outcome o{};
  if constexpr (detail::flatten_by_reference<P>) o = detail::findings_flattened(p, subject, day, rec);
  else o = detail::findings_inlined_by_compiler(p, subject, day, rec);
  return evaluation{to_verdict(o), rec.total, rec.stored};
}

/// The same evaluation for a policy named as a template argument:
/// `evaluate_into<rp1::policy>(contract, ctx, buffer)`. `PolicyRef` is a policy object with static
/// storage duration; its rules' effects, periods and constants are then compile-time constants in
/// the evaluation (see `check<PolicyRef>`).
template <const auto& PolicyRef, class S>
  requires Policy<std::remove_cvref_t<decltype(PolicyRef)>>
OVERSIGHT_FLATTEN constexpr evaluation evaluate_into(const S& subject, const context& ctx, std::span<finding> out) {
  detail::finding_recorder rec{out};
  const xacml_outcome o = PolicyRef.evaluate(subject, effective_context(subject, ctx), false, rec);
  return evaluation{to_verdict(o), rec.total, rec.stored};
}

/// Marks the findings of `evaluate_into` whose rules are on the path that decided the verdict,
/// as XACML 3.0 section 7.18 selects the rules whose obligations a decision returns (see
/// `basic_policy::mark_deciding`): `decided` is set on them and cleared on the others. Returns
/// how many were marked. `found` must hold every finding of the evaluation (`e.complete()`);
/// otherwise nothing is marked and 0 is returned. Never allocates; the rules' outcomes are taken
/// from the findings, and only the policies' targets are evaluated again. A marked finding's
/// obligations are `p.obligations_of(f.rule_index)`.
template <Policy P, class S>
constexpr std::size_t mark_deciding(const P& p, const S& subject, const context& ctx, const evaluation& e,
                                    std::span<finding> found) {
  if (!e.complete() || e.stored > found.size()) return 0;
  std::array<xacml_outcome, P::rule_count> rules{};
  std::array<bool, P::rule_count> marks{};
  for (std::size_t i = 0; i < e.stored; ++i)
    if (found[i].rule_index < P::rule_count)
      rules[found[i].rule_index] = {found[i].value, found[i].rule_effect == effect::deny};
  const context day = effective_context(subject, ctx);
  p.mark_deciding(subject, day, rules, 0, e.verdict.xacml, marks);
  std::size_t n = 0;
  for (std::size_t i = 0; i < e.stored; ++i) {
    found[i].decided = found[i].rule_index < P::rule_count && marks[found[i].rule_index];
    n += found[i].decided ? 1 : 0;
  }
  return n;
}

OVERSIGHT_END_NAMESPACE
