// oversight: rules.
//
// A rule has a stable dotted id, an effect, a condition over facts, the legal basis it
// enforces, a message that can quote fact values, obligations a decision carries when the rule
// fires, and optionally the period it is in force:
//
//     inline constexpr auto high_risk_supplier =
//         oversight::rule<"supplier.high-risk">(oversight::effect::deny,
//                                               high_risk && sector.in(sector_kind::defence))
//             .cite({"Commission Communication C(2023) 4049", "section 2", ""})
//             .message("{} is designated high-risk", supplier_name)
//             .with_obligation({"exit-plan", "plan the replacement of the supplier", 365, "signature"});
//
// The id is part of the rule's type, so that a compile-time violation can name it.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/fixed_string.hpp>
#include <oversight/detail/tuple.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/rules/decision.hpp>
#include <oversight/rules/expression.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

OVERSIGHT_BEGIN_NAMESPACE

/// Where a rule comes from: the instrument, the article or paragraph, and the European
/// Legislation Identifier URI of the instrument where one exists (empty otherwise).
struct legal_basis {
  std::string_view instrument;
  std::string_view article;
  std::string_view eli = {};
  friend constexpr bool operator==(const legal_basis&, const legal_basis&) noexcept = default;
};

/// The legal bases a value rested on in one case (which instruments set the threshold that
/// decided), chosen at run time without allocating. A value expression that can say so gives
/// `candidate_bases()` (every basis it may rest on) and `decided_bases(subject, ctx)` (a
/// `basis_set` of those it rested on); an explanation then cites, of its rule's bases, only the
/// candidates that decided (rules/explain.hpp). A set that overflows is not `complete`, and
/// nothing is narrowed by it.
struct basis_set {
  static constexpr std::size_t capacity = 8;
  std::array<legal_basis, capacity> items{};
  std::size_t count = 0;
  bool complete = true;

  constexpr void add(const legal_basis& b) noexcept {
    if (contains(b)) return;
    if (count == capacity) {
      complete = false;
      return;
    }
    items[count++] = b;
  }
  [[nodiscard]] constexpr bool contains(const legal_basis& b) const noexcept {
    for (std::size_t i = 0; i < count; ++i)
      if (items[i] == b) return true;
    return false;
  }
};

/// An action a decision carries when the rule fires ("independent firmware audit before
/// go-live"), optionally due within a number of days of an event ("signature").
struct obligation {
  std::string_view id;
  std::string_view text;
  std::int32_t due_within_days = -1;  ///< -1: no deadline
  std::string_view due_after = {};    ///< the event the deadline counts from
  bool advice = false;                ///< XACML advice (may be ignored) rather than an obligation
  friend constexpr bool operator==(const obligation&, const obligation&) noexcept = default;
};

namespace detail {
constexpr obligation as_advice(obligation o) noexcept {
  o.advice = true;
  return o;
}
void message_placeholders_do_not_match_the_facts_given();  // deliberately not constexpr
void only_a_review_rule_can_be_escalated_to_deny();         // deliberately not constexpr

constexpr std::size_t count_placeholders(std::string_view text) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i + 1 < text.size(); ++i)
    if (text[i] == '{' && text[i + 1] == '}') ++n, ++i;
  return n;
}
}  // namespace detail

/// A message format whose `{}` placeholders are checked against the facts at compile time.
template <class... Facts>
struct message_format {
  std::string_view text;
  template <std::size_t N>
  consteval message_format(const char (&s)[N]) : text(s, N - 1) {  // NOLINT: implicit by design
    if (detail::count_placeholders(text) != sizeof...(Facts))
      detail::message_placeholders_do_not_match_the_facts_given();
  }
};

/// A rule's message: a format with one `{}` per quoted fact.
template <class... Facts>
struct message_spec {
  std::string_view format;
  detail::tuple<Facts...> facts;
};

/// What a rule contributes to a combination: its XACML value, and for Deny whether it was a
/// deny (true) or only a review.
struct xacml_outcome {
  decision value = decision::not_applicable;
  bool deny_severity = false;
  friend constexpr bool operator==(const xacml_outcome&, const xacml_outcome&) noexcept = default;
};

namespace detail {
constexpr decision fired(effect e) noexcept {
  return e == effect::permit ? decision::permit
         : e == effect::advice ? decision::not_applicable
                               : decision::deny;
}
constexpr decision indeterminate_for(effect e) noexcept {
  return e == effect::permit ? decision::indeterminate_p
         : e == effect::advice ? decision::not_applicable
                               : decision::indeterminate_d;
}
struct rule_tag {};
}  // namespace detail

/// No escalation: the rule always fires with its own effect.
struct no_escalation {
  template <class S>
  constexpr truth test(const S&, const context&) const {
    return truth::false_;
  }
};

namespace detail {
// A rule's evaluation as functions of its parts (condition, escalation, period, effect) rather
// than members of the rule's type, which spells its id, message and citations: rules with the same
// shape of condition share one instantiation, and a policy of n rules instantiates a few
// functions per rule instead of a dozen.

/// Whether a rule with period `in_force` is in force on the context's day (unknown: no day given).
constexpr truth in_force_on(const std::optional<period>& in_force, const context& ctx) noexcept {
  if (!in_force) return truth::true_;
  if (!ctx.as_of) return truth::unknown;
  return to_truth(in_force->contains(*ctx.as_of));
}
/// The value of `condition` for `s` within period `in_force`: false when out of force.
template <class C, class S>
constexpr truth fires_within(const C& condition, const std::optional<period>& in_force, const S& s,
                             const context& ctx) {
  // The period is a target (XACML 3.0 section 7.11): out of force, false (NotApplicable); when it
  // cannot be told (no day), unknown whatever the condition (Indeterminate{effect}).
  const truth when = in_force_on(in_force, ctx);
  if (when != truth::true_) return when;
  return condition.test(s, ctx);
}
/// The effect a rule declared with `declared` fires with: deny where its escalation holds (or
/// cannot be told).
template <class Escalation, class S>
constexpr effect escalated_effect(const Escalation& escalation, effect declared, const S& s, const context& ctx) {
  if constexpr (!std::is_same_v<Escalation, no_escalation>) {
    if (escalation.test(s, ctx) != truth::false_) return effect::deny;
  }
  return declared;
}
/// The XACML value for a condition value `t`, when the rule fires with effect `e`.
constexpr xacml_outcome outcome_for(truth t, effect e) noexcept {
  switch (t) {
    case truth::true_: return {fired(e), e == effect::deny};
    case truth::false_: return {};
    case truth::unknown: return {indeterminate_for(e), e == effect::deny};
  }
  return {};
}
}  // namespace detail

/// A review rule escalated to deny when `condition` holds (or cannot be told: escalation errs
/// on the side of the stricter effect).
template <Condition C>
struct escalation {
  C condition;
  template <class S>
  constexpr truth test(const S& s, const context& ctx) const {
    return condition.test(s, ctx);
  }
};

namespace detail {
/// What a rule's evaluation reads: its effect, condition, period and escalation. A base of every
/// rule, without the id, citations and message, so that rules of the same shape share the code
/// that evaluates them (see `rule_step` in rules/policy.hpp).
template <class C, class Escalation>
struct rule_body {
  effect effect_ = effect::deny;
  C condition;
  std::optional<period> in_force{};
  Escalation escalation_{};
};
}  // namespace detail

template <detail::fixed_string Id, Condition C, std::size_t NBasis = 0, class Message = message_spec<>,
          std::size_t NObligations = 0, class Escalation = no_escalation>
struct basic_rule : detail::rule_tag, detail::rule_body<C, Escalation> {
  static constexpr auto id_string = Id;
  static constexpr std::string_view id() noexcept { return Id.view(); }

  using body = detail::rule_body<C, Escalation>;
  using body::condition;
  using body::effect_;
  using body::escalation_;
  using body::in_force;

  std::array<legal_basis, NBasis> basis{};
  Message message_{};
  std::array<obligation, NObligations> obligations{};

  /// Adds legal bases (a rule may cite several).
  template <class... B>
  constexpr auto cite(const B&... more) const {
    basic_rule<Id, C, NBasis + sizeof...(B), Message, NObligations, Escalation> r{
        {}, body(*this), {}, message_, obligations};
    for (std::size_t i = 0; i < NBasis; ++i) r.basis[i] = basis[i];
    std::size_t i = NBasis;
    ((r.basis[i++] = legal_basis(more)), ...);
    return r;
  }
  /// Sets the message; each `{}` quotes the value of the corresponding fact.
  template <class... F>
  constexpr auto message(message_format<std::type_identity_t<F>...> format, F... facts) const {
    using M = message_spec<F...>;
    return basic_rule<Id, C, NBasis, M, NObligations, Escalation>{
        {}, body(*this), basis, M{format.text, detail::tuple<F...>(facts...)}, obligations};
  }
  /// Adds obligations that a decision carries when this rule fires.
  template <class... O>
  constexpr auto with_obligation(const O&... more) const {
    basic_rule<Id, C, NBasis, Message, NObligations + sizeof...(O), Escalation> r{
        {}, body(*this), basis, message_, {}};
    for (std::size_t i = 0; i < NObligations; ++i) r.obligations[i] = obligations[i];
    std::size_t i = NObligations;
    ((r.obligations[i++] = oversight::obligation(more)), ...);
    return r;
  }
  /// Adds advice that a decision carries when this rule fires (XACML advice: the enforcement
  /// point may ignore it); returned with the decision as obligations are, in `advice`.
  template <class... O>
  constexpr auto with_advice(const O&... more) const {
    return with_obligation(detail::as_advice(oversight::obligation(more))...);
  }
  /// Restricts the rule to a period (both ends included). Outside it the rule is NotApplicable;
  /// a check without a date cannot tell, and the rule is Indeterminate.
  constexpr basic_rule in_force_during(period p) const {
    basic_rule r = *this;
    r.in_force = p;
    return r;
  }

  /// Escalates a review rule to deny where `cond` holds: one rule, one finding, with the
  /// severity it fired with ("consent pending: review; an objection: deny").
  template <class Cond>
    requires detail::condition_like<Cond>
  constexpr auto escalate_to_deny_when(const Cond& cond) const {
    using E = escalation<decltype(detail::as_condition(cond))>;
    if (effect_ != effect::review) detail::only_a_review_rule_can_be_escalated_to_deny();
    return basic_rule<Id, C, NBasis, Message, NObligations, E>{
        {}, {effect_, condition, in_force, E{detail::as_condition(cond)}}, basis, message_, obligations};
  }

  /// Gives the rule a target (XACML 3.0 section 7.11): where `target` does not hold the rule is
  /// NotApplicable whatever its condition, where it cannot be told Indeterminate{effect}; the
  /// in-force period (`.in_force`) is one more target. A second call narrows the target.
  template <class Cond>
    requires detail::condition_like<Cond>
  constexpr auto applies_when(const Cond& target) const {
    using T = decltype(detail::as_condition(target));
    if constexpr (detail::target_of<C>::present) {
      using Both = decltype(condition.target && detail::as_condition(target));
      using Inner = decltype(condition.condition);
      return with_condition(targeted<Both, Inner>{{}, condition.target && detail::as_condition(target), condition.condition});
    } else {
      return with_condition(targeted<T, C>{{}, detail::as_condition(target), condition});
    }
  }
  /// The same rule with condition `c`.
  template <class C2>
  constexpr auto with_condition(const C2& c) const {
    return basic_rule<Id, C2, NBasis, Message, NObligations, Escalation>{
        {}, {effect_, c, in_force, escalation_}, basis, message_, obligations};
  }
  /// Whether the rule's target matches `s` (its explicit target and its period), for
  /// only-one-applicable: true, false, or unknown.
  template <class S>
  constexpr truth target_test(const S& s, const context& ctx) const {
    const truth when = detail::in_force_on(in_force, ctx);
    if constexpr (detail::target_of<C>::present) {
      if (when == truth::false_) return truth::false_;
      return when && condition.target.test(s, ctx);
    } else {
      return when;
    }
  }

  /// The rule's declared effect.
  constexpr effect rule_effect() const noexcept { return effect_; }
  static constexpr bool escalates = !std::is_same_v<Escalation, no_escalation>;

  /// The effect the rule fires with for this subject: its own, or deny when escalated.
  template <class S>
  constexpr effect effect_for(const S& s, const context& ctx) const {
    return detail::escalated_effect(escalation_, effect_, s, ctx);
  }

  /// Whether the rule is in force on the context's day: true, false, or unknown (no day given).
  constexpr truth applies_on(const context& ctx) const noexcept { return detail::in_force_on(in_force, ctx); }

  /// The condition's value for this subject, taking the period into account: false when out of
  /// force.
  template <class S>
  constexpr truth fires(const S& s, const context& ctx) const {
    return detail::fires_within(condition, in_force, s, ctx);
  }

  /// XACML rule evaluation (section 7.11): effect when the condition holds, NotApplicable when it
  /// does not, Indeterminate{effect} when it cannot be told.
  template <class S>
  constexpr xacml_outcome evaluate(const S& s, const context& ctx) const {
    const truth t = fires(s, ctx);
    return outcome_of(t, t == truth::false_ ? effect_ : effect_for(s, ctx));
  }
  /// The XACML value for a condition value `t`, when the rule fires with effect `e`.
  static constexpr xacml_outcome outcome_of(truth t, effect e) noexcept { return detail::outcome_for(t, e); }
};

template <class R>
concept Rule = std::derived_from<R, detail::rule_tag> && requires { R::id_string; };

/// A rule with id `Id`, effect `e` and condition `cond` (a condition or a yes/no fact).
template <detail::fixed_string Id, class Cond>
  requires detail::condition_like<Cond>
constexpr auto rule(effect e, const Cond& cond) {
  using C = decltype(detail::as_condition(cond));
  return basic_rule<Id, C>{{}, {e, detail::as_condition(cond), {}, {}}, {}, {}, {}};
}

OVERSIGHT_END_NAMESPACE
