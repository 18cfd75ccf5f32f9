// oversight: policies, exceptions, and the verdict entry points check and require.
//
// A policy combines rules, exceptions and other policies with one of the XACML combining
// algorithms, optionally under a target (a condition that says when the policy applies):
//
//     inline constexpr auto screening = oversight::policy<"screening", oversight::combining::deny_overrides>(
//         high_risk_supplier, intelligence_law, defence_directive, art346_exemption);
//
// An exception, in the style of default logic, defeats one rule of its policy when its
// condition holds ("the defence-procurement rule holds unless Art. 346 TFEU is invoked"). A
// counter-exception of higher priority can reinstate the rule. Two exceptions to the same rule
// with the same priority and opposite modes are rejected at compile time, as are an exception
// to a rule the policy does not hold, a rule id used twice, and an empty policy.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/fixed_string.hpp>
#include <oversight/detail/tuple.hpp>
#include <oversight/rules/combining.hpp>
#include <oversight/rules/decision.hpp>
#include <oversight/rules/expression.hpp>
#include <oversight/rules/rule.hpp>

#include <algorithm>
#include <array>
#include <concepts>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>

// Flattening, a decision per call site. The verdict and findings entry points can inline the
// whole evaluation of a policy (every rule, condition and fact read) into their own body: left
// to its heuristics, the compiler stops inlining a few levels down a deep condition and calls out
// for a three-line comparison. That pays on a hot path and costs compile time, so:
//   - the forms that take the policy as a template argument, `check<policy>(subject)` and
//     `evaluate_into<policy>(...)`, the hot-path forms, are always flattened;
//   - the forms that take it by reference, `check(policy, subject)` and `evaluate_into(policy,
//     ...)`, are flattened for a policy of at most OVERSIGHT_FLATTEN_RULES rules (16: RP-1's
//     eleven are, the SITEL combination's thirty are not), and leave inlining to the compiler
//     above it.
// Choose the form at each call site. Macros change the defaults (set them alike in every
// translation unit of a program: they change the definitions of inline functions):
//   OVERSIGHT_FLATTEN_RULES=N         the by-reference forms' limit (0: never; a large number:
//                                     always);
//   OVERSIGHT_NO_FLATTEN=1            flatten nothing (the quickest build).
// A rule of a large policy is evaluated by an outlined step, itself flattened unless
// OVERSIGHT_NO_FLATTEN. Facts that walk a table or a graph are not inlined into a flattened
// evaluation (OVERSIGHT_NOINLINE, detail/config.hpp).
#ifndef OVERSIGHT_FLATTEN_RULES
#define OVERSIGHT_FLATTEN_RULES 16
#endif
#ifndef OVERSIGHT_NO_FLATTEN
#define OVERSIGHT_NO_FLATTEN 0
#endif
#if (defined(__GNUC__) || defined(__clang__)) && !OVERSIGHT_NO_FLATTEN
#define OVERSIGHT_FLATTEN [[gnu::flatten]]
#define OVERSIGHT_OUTLINED_STEP [[gnu::noinline, gnu::flatten]]
#else
#define OVERSIGHT_FLATTEN
#define OVERSIGHT_OUTLINED_STEP
#endif
// Clang 14's flatten inlines the calls written in the flattened function, not the calls of what
// it inlines (RP-1 verdict: 470 instructions per contract instead of 100): there, the steps from a
// policy down to its rules' conditions are always inlined. Not with GCC, whose flatten does the
// whole job and which, given always_inline steps, inlines them before flattening and stops short
// (RP-1 verdict: 126 instructions per contract instead of 64).
#if defined(__clang__)
#define OVERSIGHT_INLINE_STEP __attribute__((always_inline))
#else
#define OVERSIGHT_INLINE_STEP
#endif

OVERSIGHT_BEGIN_NAMESPACE

enum class exception_mode : std::uint8_t {
  exempt,     ///< the rule does not apply when the exception holds
  reinstate,  ///< the rule applies after all (a counter-exception to an exemption)
};

namespace detail {
struct exception_tag {};
struct policy_tag {};
}  // namespace detail

/// An exception to rule `Target` of the same policy.
template <detail::fixed_string Id, detail::fixed_string Target, Condition C, std::size_t NBasis = 0>
struct basic_exception : detail::exception_tag {
  static constexpr auto id_string = Id;
  static constexpr auto target_string = Target;
  static constexpr std::string_view id() noexcept { return Id.view(); }
  static constexpr std::string_view target() noexcept { return Target.view(); }

  int priority = 0;
  exception_mode mode = exception_mode::exempt;
  C condition;
  std::array<legal_basis, NBasis> basis{};

  template <class... B>
  constexpr auto cite(const B&... more) const {
    basic_exception<Id, Target, C, NBasis + sizeof...(B)> e{{}, priority, mode, condition, {}};
    for (std::size_t i = 0; i < NBasis; ++i) e.basis[i] = basis[i];
    std::size_t i = NBasis;
    ((e.basis[i++] = legal_basis(more)), ...);
    return e;
  }
};

template <class E>
concept Exception = std::derived_from<E, detail::exception_tag>;

/// An exception `Id` to rule `Target`: when `cond` holds, the rule is defeated (exempt) or,
/// for a counter-exception, applies after all (reinstate). Higher priority wins.
template <detail::fixed_string Id, detail::fixed_string Target, class Cond>
  requires detail::condition_like<Cond>
constexpr auto exception(const Cond& cond, int priority = 0, exception_mode mode = exception_mode::exempt) {
  using C = decltype(detail::as_condition(cond));
  return basic_exception<Id, Target, C>{{}, priority, mode, detail::as_condition(cond), {}};
}

template <class P>
concept Policy = std::derived_from<P, detail::policy_tag>;

namespace detail {
struct obligations_tag {};
void a_policy_obligation_is_fulfilled_on_permit_or_deny();  // deliberately not constexpr: XACML's FulfillOn and AppliesTo are Permit or Deny
}  // namespace detail

/// Obligations (or advice) of a policy, a child of it: returned with the policy's decision when
/// that decision is `on` and the policy is on the path that decided (XACML 3.0 sections 5.39,
/// 5.41, 7.18: FulfillOn, AppliesTo). Build with `obligations_on` / `advice_on`.
template <std::size_t N>
struct basic_policy_obligations : detail::obligations_tag {
  static constexpr detail::fixed_string id_string = "(policy obligations)";
  decision on = decision::deny;
  std::array<obligation, N> items{};
};
template <class O>
concept PolicyObligations = std::derived_from<O, detail::obligations_tag>;

/// Obligations its policy's decision carries when it is `on` (decision::permit or
/// decision::deny): `policy<...>(rules..., obligations_on(decision::deny, obligation{...}))`.
template <class... O>
constexpr basic_policy_obligations<sizeof...(O)> obligations_on(decision on, const O&... items) {
  if (on != decision::permit && on != decision::deny) detail::a_policy_obligation_is_fulfilled_on_permit_or_deny();
  return {{}, on, {obligation(items)...}};
}
/// Advice its policy's decision carries when it is `on` (XACML AppliesTo).
template <class... O>
constexpr basic_policy_obligations<sizeof...(O)> advice_on(decision on, const O&... items) {
  if (on != decision::permit && on != decision::deny) detail::a_policy_obligation_is_fulfilled_on_permit_or_deny();
  return {{}, on, {detail::as_advice(obligation(items))...}};
}

namespace detail {

/// The name of the first fact (or collection) that expression, rule, exception or policy `E`
/// reads and `Pred` flags (`Pred::template flags<F>`), or "" when there is none: the facts the
/// subject type does not provide (looked for by the entry points before anything is evaluated,
/// so that the error is one line at the caller, not at the end of the whole evaluation's
/// instantiation), those whose values have no text (by `explain`). Expressions of kinds not
/// listed here (decision tables, user-defined conditions) and the bodies of quantifiers (read
/// from another type) are not looked into: a fact there is reported where it is read.
template <class Pred, class E>
struct first_fact_where {
  static constexpr std::string_view name{};
};
template <class Pred, class E>
inline constexpr std::string_view first_fact_where_v = first_fact_where<Pred, E>::name;

/// The first non-empty of `names`.
constexpr std::string_view first_named(std::initializer_list<std::string_view> names) {
  for (auto n : names)
    if (!n.empty()) return n;
  return {};
}

template <class Pred, class F>
  requires Fact<F> || Collection<F>
struct first_fact_where<Pred, F> {
  static constexpr std::string_view name = Pred::template flags<F> ? F::name() : std::string_view{};
};
template <class Pred, cmp Op, class L, class R>
struct first_fact_where<Pred, comparison<Op, L, R>> {
  static constexpr std::string_view name = first_named({first_fact_where_v<Pred, L>, first_fact_where_v<Pred, R>});
};
template <class Pred, class L, class T, std::size_t N>
struct first_fact_where<Pred, membership<L, T, N>> : first_fact_where<Pred, L> {};
template <class Pred, class L, class Set>
struct first_fact_where<Pred, set_membership<L, Set>> : first_fact_where<Pred, L> {};
template <class Pred, class F>
struct first_fact_where<Pred, holds<F>> : first_fact_where<Pred, F> {};
template <class Pred, class F>
struct first_fact_where<Pred, known<F>> : first_fact_where<Pred, F> {};
template <class Pred, class E>
struct first_fact_where<Pred, negation<E>> : first_fact_where<Pred, E> {};
template <class Pred, bool All, class... Es>
struct first_fact_where<Pred, junction<All, Es...>> {
  static constexpr std::string_view name = first_named({first_fact_where_v<Pred, Es>...});
};
template <class Pred, quantifier Q, class C, class Body>
struct first_fact_where<Pred, quantified<Q, C, Body>> : first_fact_where<Pred, C> {};
template <class Pred, class T, class C>
struct first_fact_where<Pred, targeted<T, C>> {
  static constexpr std::string_view name = first_named({first_fact_where_v<Pred, T>, first_fact_where_v<Pred, C>});
};
template <class Pred, class R>
  requires Rule<R>
struct first_fact_where<Pred, R>
    : first_fact_where<Pred, std::remove_cvref_t<decltype(std::declval<const R&>().condition)>> {};
template <class Pred, class E>
  requires std::derived_from<E, exception_tag>
struct first_fact_where<Pred, E>
    : first_fact_where<Pred, std::remove_cvref_t<decltype(std::declval<E&>().condition)>> {};
template <class Pred, class P>
  requires Policy<P>
struct first_fact_where<Pred, P> {
  static constexpr std::string_view name = P::template first_fact_named<Pred>;
};

/// Flags the facts and collections subject type `S` does not provide.
template <class S>
struct not_provided_by {
  template <class F>
  static constexpr bool flags = !has_get<subject_value_t<S>, F>;
};

template <fixed_string Fact, class Subject>
void subject_type_does_not_provide_fact() = delete;  // [OVS-E101] add `static auto get(<fact>, const Subject&)` to oversight::fact_source<Subject>

#if defined(__clang__)
// Clang 14 prints the id as numbers but characters as such: the requirement spells the fact.
template <char... Spelled>
inline constexpr bool subject_type_provides_fact = false;
template <class S, char... Spelled>
struct missing_fact_report {
  static_assert(subject_type_provides_fact<Spelled...>,
                "oversight: the subject type does not provide this fact: add `static auto get(<fact>, const "
                "Subject&)` to oversight::fact_source<Subject> [OVS-E101]");
};
template <fixed_string Name, class S, class = std::make_index_sequence<Name.size()>>
struct spelled_missing_fact;
template <fixed_string Name, class S, std::size_t... I>
struct spelled_missing_fact<Name, S, std::index_sequence<I...>> {
  using type = missing_fact_report<S, Name.data[I]...>;
};
#endif
}  // namespace detail

namespace detail {

// The compile errors of policies. Each is declared and never defined, and deliberately not
// constexpr: calling one in a constant evaluation is the error, and its name and template
// arguments are the message. GCC prints the ids as text in the first error line; Clang 14 prints
// them as numbers, so there each also receives the first id's characters (`Spelled`), which it
// prints as such. Both compilers show the declaring line, comment included, in a note below the
// error: keep each declaration on one line. Each is called from the outermost frame of the
// evaluation that finds the problem (through a table of their addresses), so that the
// compiler's context above the error stays a few lines long.
template <fixed_string RuleId, char... Spelled>
void rule_id_used_twice_in_one_policy();  // [OVS-E105] two rules of one policy have the same id: give each rule its own
template <fixed_string PolicyId, char... Spelled>
void policy_has_no_rules();  // [OVS-E106] a policy without rules decides nothing: give it at least one rule
template <fixed_string MissingRule, fixed_string ExceptionId, char... Spelled>
void exception_refers_to_a_rule_not_in_its_policy();  // [OVS-E107] an exception names a rule its policy lacks: add the rule or correct the name
#if defined(__clang__)  // Clang: what to do is the first error line (diagnose_if on policy()); both ids spelled
template <char... BothSpelled>
void exceptions_of_equal_priority_conflict();
#else
template <fixed_string ExceptionA, fixed_string ExceptionB, char... Spelled>
void exceptions_of_equal_priority_conflict();  // [OVS-E108] two exceptions to one rule, one exempting and one reinstating, have equal priority: give one a higher priority
#endif
template <fixed_string RuleId, char... Spelled>
void policy_violated_by_rule();  // [OVS-E109] require(policy, subject): this rule denies the subject; explain(policy, subject) says why
template <fixed_string PolicyId, char... Spelled>
void policy_does_not_permit_the_subject();  // [OVS-E109] require(policy, subject): no rule denies or is undecided, yet the policy does not permit the subject (its children conflict, or its target cannot be decided); explain(policy, subject) says why
template <fixed_string RuleId, char... Spelled>
void policy_undecided_because_of_rule();  // [OVS-E110] require(policy, subject): this rule cannot be decided; explain(policy, subject) names the unknown fact
#if defined(__clang__)  // Clang: what to do is the first error line (diagnose_if on policy())
template <fixed_string PolicyId, char... Spelled>
void only_one_applicable_children_always_apply_together();
#else
template <fixed_string PolicyId, char... Spelled>
void only_one_applicable_children_always_apply_together();  // [OVS-E111] two children of this only-one-applicable policy have no target (and no period), so both always apply and it is always Indeterminate: give all but one of them a target
#endif

/// The misuses above, to choose one by value.
enum class policy_misuse : unsigned char {
  none, duplicate_id, no_rules, missing_rule, conflict, violated, undecided, apply_together, not_permitted
};

template <policy_misuse M, fixed_string A, fixed_string B, char... C>
consteval auto reporter_spelled() {
  if constexpr (M == policy_misuse::duplicate_id) return &rule_id_used_twice_in_one_policy<A, C...>;
  else if constexpr (M == policy_misuse::no_rules) return &policy_has_no_rules<A, C...>;
  else if constexpr (M == policy_misuse::missing_rule) return &exception_refers_to_a_rule_not_in_its_policy<A, B, C...>;
#if !defined(__clang__)  // Clang spells both ids instead (reporter, below)
  else if constexpr (M == policy_misuse::conflict) return &exceptions_of_equal_priority_conflict<A, B, C...>;
#endif
  else if constexpr (M == policy_misuse::violated) return &policy_violated_by_rule<A, C...>;
  else if constexpr (M == policy_misuse::apply_together) return &only_one_applicable_children_always_apply_together<A, C...>;
  else if constexpr (M == policy_misuse::not_permitted) return &policy_does_not_permit_the_subject<A, C...>;
  else return &policy_undecided_because_of_rule<A, C...>;
}

/// The address of the diagnostic for misuse `M` of `A` (and `B`).
template <policy_misuse M, fixed_string A, fixed_string B = A>
consteval auto reporter() -> void (*)() {
#if defined(__clang__)
  if constexpr (M == policy_misuse::conflict) {
    return []<std::size_t... I, std::size_t... J>(std::index_sequence<I...>, std::index_sequence<J...>) {
      return &exceptions_of_equal_priority_conflict<A.data[I]..., ',', ' ', B.data[J]...>;
    }(std::make_index_sequence<A.size()>{}, std::make_index_sequence<B.size()>{});
  } else {
    return []<std::size_t... I>(std::index_sequence<I...>) {
      return reporter_spelled<M, A, B, A.data[I]...>();
    }(std::make_index_sequence<A.size()>{});
  }
#else
  return reporter_spelled<M, A, B>();
#endif
}

#if defined(__clang__)
template <char... Spelled>
inline constexpr bool policy_id_given_once = false;
template <char... Spelled>
inline constexpr bool rule_ids_are_distinct = false;
template <char... Spelled>
inline constexpr bool exception_target_in_policy = false;
template <char... Spelled>
struct spelled_chars {};
template <fixed_string Id, class = std::make_index_sequence<Id.size()>>
struct spelled_sequence_of;
template <fixed_string Id, std::size_t... I>
struct spelled_sequence_of<Id, std::index_sequence<I...>> {
  using type = spelled_chars<Id.data[I]...>;
};
template <fixed_string Id>
using spelled_sequence = typename spelled_sequence_of<Id>::type;

template <policy_misuse M, char... C>
consteval void structure_report(spelled_chars<C...>) {
  if constexpr (M == policy_misuse::no_rules)
    static_assert(policy_id_given_once<C...>,
                  "oversight: a policy without rules decides nothing: give it at least one rule [OVS-E106]");
  else if constexpr (M == policy_misuse::duplicate_id)
    static_assert(rule_ids_are_distinct<C...>,
                  "oversight: two rules of one policy have the same id: give each rule its own [OVS-E105]");
  else
    static_assert(exception_target_in_policy<C...>,
                  "oversight: an exception names a rule its policy lacks: add the rule or correct the name "
                  "[OVS-E107]");
}
#endif

/// What is wrong with a policy's structure, found from its type: the misuse and the one or two
/// ids it concerns.
struct structure_problem {
  policy_misuse misuse = policy_misuse::none;
  std::string_view first;
  std::string_view second;
};

/// Whether `Child` is a rule with id `id`.
template <class Child>
constexpr bool is_rule_named(std::string_view id) {
  if constexpr (Rule<Child>) return Child::id_string.view() == id;
  else return false;
}

template <class Child>
constexpr std::size_t rule_count_of() {
  if constexpr (Rule<Child>) return 1;
  else if constexpr (Policy<Child>) return Child::rule_count;
  else return 0;
}

// Every rule id in a child (a rule: its own; a policy: all of its rules), for the duplicate check.
template <class Child>
constexpr void collect_ids(std::string_view* out, std::size_t& n) {
  if constexpr (Rule<Child>) out[n++] = Child::id();
  else if constexpr (Policy<Child>) {
    for (auto id : Child::all_rule_ids()) out[n++] = id;
  }
}


// The diagnostic `M` of every rule in a child, for `rule_reporters`.
template <policy_misuse M, class Child>
constexpr void collect_reporters(void (**out)(), std::size_t& n) {
  if constexpr (Rule<Child>) out[n++] = reporter<M, Child::id_string>();
  else if constexpr (Policy<Child>) {
    for (auto f : Child::template rule_reporters<M>()) out[n++] = f;
  }
}

}  // namespace detail

namespace detail {

struct no_exceptions {
  constexpr no_exceptions() noexcept = default;
  // Built where an `exceptions_of` would be, from the same arguments, which it ignores.
  constexpr no_exceptions(const void*, const void*, const context*) noexcept {}
  constexpr truth operator()() const noexcept { return truth::false_; }
};

struct ignore_rule {
  template <class... A>
  constexpr void operator()(const A&...) const noexcept {}
};

/// A rule's outcome in its policy, with what `on_rule` is told about it.
struct rule_result {
  xacml_outcome outcome;
  truth fires;     ///< the condition, within the period
  truth defeated;  ///< whether exceptions defeat the rule
  effect fired_with;
};

/// A rule's outcome from its parts: its condition and period, then the exceptions to it (`defeat`
/// tells whether they defeat it), then its effect. Shared by every rule with the same condition
/// and escalation types (and no exceptions).
template <class C, class Escalation, class S, class Defeat>
OVERSIGHT_INLINE_STEP constexpr rule_result rule_outcome(const C& condition, const Escalation& escalation, effect declared,
                                   const std::optional<period>& in_force, const S& s, const context& ctx,
                                   Defeat defeat) {
  const truth fires = fires_within(condition, in_force, s, ctx);
  truth defeated = truth::false_;
  if (fires != truth::false_) defeated = defeat();
  // A defeated rule is NotApplicable; if defeat is undecided, so is the rule.
  const truth effective = fires && !defeated;
  const effect e = effective == truth::false_ ? declared : escalated_effect(escalation, declared, s, ctx);
  return {outcome_for(effective, e), fires, defeated, e};
}

/// A rule's outcome in its policy; `on_rule` sees every rule evaluated.
template <class R, class S, class OnRule, class Defeat>
OVERSIGHT_INLINE_STEP constexpr xacml_outcome evaluate_rule(const R& rule, const S& s, const context& ctx, OnRule& on_rule,
                                      std::size_t index, Defeat defeat) {
  const rule_result r = rule_outcome(rule.condition, rule.escalation_, rule.effect_, rule.in_force, s, ctx, defeat);
  if constexpr (!std::is_same_v<std::remove_cvref_t<OnRule>, ignore_rule>)
    on_rule(rule, index, r.outcome, r.fires, r.defeated, r.fired_with);
  return r.outcome;
}

/// The exceptions of policy `P` to rule `R`, as evaluate_rule's `defeat`. Only a rule that has
/// exceptions gets one; every other rule gets `no_exceptions`, whose type does not name the policy.
template <class P, class R, class S>
struct exceptions_of {
  const P* policy;
  const S* subject;
  const context* ctx;
  constexpr truth operator()() const { return policy->template defeated_by_exceptions<R>(*subject, *ctx); }
};

/// Child `c` of a policy: a rule (with `defeat` telling whether exceptions defeat it), a nested
/// policy, or an exception (which is evaluated with the rule it belongs to, and yields nothing).
/// A function of the child's type, not a member of the policy: the name of anything instantiated
/// per child must not spell the whole policy, or the symbol names (and the compiler's work) grow
/// with the square of the policy's size.
template <class Child, class S, class OnRule, class Defeat>
OVERSIGHT_INLINE_STEP constexpr xacml_outcome evaluate_child(const Child& c, const S& s, const context& ctx, bool short_circuit,
                                       OnRule& on_rule, std::size_t index, Defeat defeat) {
  if constexpr (Rule<Child>) return evaluate_rule(c, s, ctx, on_rule, index, defeat);
  else if constexpr (Policy<Child>) return c.evaluate(s, ctx, short_circuit, on_rule, index);
  else return {};
}

/// Adds child `c`'s outcome to `state`, or passes over it when short-circuiting and it cannot
/// change the result (an advice rule never does; a review rule that is never escalated does not
/// once only a deny-severity Deny matters); returns whether the evaluation may stop. One function
/// per child, with the rule's own steps written out rather than called, for the same reason as
/// `evaluate_child`.
template <class State, class Child, class S, class OnRule, class Defeat>
OVERSIGHT_INLINE_STEP constexpr bool add_child(State& state, const Child& c, const S& s, const context& ctx, bool short_circuit,
                         OnRule& on_rule, std::size_t index, Defeat defeat) {
  if constexpr (Rule<Child>) {
    if constexpr (!Child::escalates) {
      if (short_circuit &&
          (c.effect_ == effect::advice || (c.effect_ == effect::review && state.only_deny_severity_matters())))
        return false;
    }
    const rule_result r = rule_outcome(c.condition, c.escalation_, c.effect_, c.in_force, s, ctx, defeat);
    if constexpr (!std::is_same_v<std::remove_cvref_t<OnRule>, ignore_rule>)
      on_rule(c, index, r.outcome, r.fires, r.defeated, r.fired_with);
    return state.add(r.outcome) && short_circuit;
  } else if constexpr (Policy<Child>) {
    return state.add(c.evaluate(s, ctx, short_circuit, on_rule, index)) && short_circuit;
  } else {
    return false;  // an exception: evaluated with its rule
  }
}

/// What a rule evaluated out of line reads besides the rule: built once per evaluation of a
/// large policy.
template <class State, class S, class OnRule>
struct step_env {
  using subject = S;
  using observer = OnRule;
  State& state;
  const S& s;
  const context& ctx;
  OnRule& on_rule;
  bool short_circuit;
};

/// An observer of rules that needs only a rule's id, not its type (`ignore_rule`, the findings
/// recorder): it can be told of a rule evaluated out of line.
template <class OnRule>
concept observes_by_id =
    std::is_same_v<OnRule, ignore_rule> ||
    requires(OnRule& o, std::string_view id, std::size_t index, xacml_outcome x, truth t, effect e) {
      o.observe(id, index, x, t, t, e);
    };

/// A rule of a large policy, evaluated and added to the combiner state as `add_child` would, in
/// one out-of-line function per shape of rule (condition and escalation types) rather than inlined
/// once per rule: the evaluation of n rules of k shapes is then k functions and n calls, which the
/// compiler optimises in time linear in n. The rule's id and index are arguments, not part of any
/// type.
template <class Env, class C, class Escalation>
OVERSIGHT_OUTLINED_STEP constexpr bool rule_step(const Env& env, const rule_body<C, Escalation>& rule, std::string_view id,
                                                  std::size_t index) {
  if constexpr (std::is_same_v<Escalation, no_escalation>) {
    if (env.short_circuit && (rule.effect_ == effect::advice ||
                              (rule.effect_ == effect::review && env.state.only_deny_severity_matters())))
      return false;
  }
  const rule_result r = rule_outcome(rule.condition, rule.escalation_, rule.effect_, rule.in_force, env.s, env.ctx,
                                     no_exceptions{});
  if constexpr (!std::is_same_v<typename Env::observer, ignore_rule>)
    env.on_rule.observe(id, index, r.outcome, r.fires, r.defeated, r.fired_with);
  return env.state.add(r.outcome) && env.short_circuit;
}

/// How a child of a large policy is added: a rule without exceptions, observed by id, through
/// `rule_step`, with the rule seen as its `rule_body` (one function per shape of rule, none per
/// rule); any other child as `add_child` adds it.
template <bool ThroughStep>
struct large_policy_child;
template <>
struct large_policy_child<true> {
  template <class Env, class C, class Escalation, class Defeat>
  OVERSIGHT_INLINE_STEP static constexpr bool add(const Env& env, const rule_body<C, Escalation>& rule,
                                                  std::string_view id, std::size_t index, Defeat) {
    return rule_step(env, rule, id, index);
  }
};
template <>
struct large_policy_child<false> {
  template <class Env, class Child, class Defeat>
  OVERSIGHT_INLINE_STEP static constexpr bool add(const Env& env, const Child& c, std::string_view, std::size_t index,
                                                  Defeat defeat) {
    return add_child(env.state, c, env.s, env.ctx, env.short_circuit, env.on_rule, index, defeat);
  }
};
template <class Child, class Defeat, class OnRule>
inline constexpr bool through_step = Rule<Child> && std::is_same_v<Defeat, no_exceptions> && observes_by_id<OnRule>;

/// Whether `Child` is an exception to rule `R`.
template <class Child, class R, bool = Exception<Child>>
struct is_exception_to : std::false_type {};
template <class Child, class R>
struct is_exception_to<Child, R, true> : std::bool_constant<Child::target_string == R::id_string> {};
/// Whether any of `Children` is an exception to rule `R`.
template <class R, class... Children>
struct any_exception_to : std::bool_constant<any_true({false, is_exception_to<Children, R>::value...})> {};
}  // namespace detail

/// A policy: children combined with `Alg` under a target.
template <detail::fixed_string Id, combining Alg, Condition Target, class... Children>
struct basic_policy : detail::policy_tag {
  static constexpr auto id_string = Id;
  static constexpr std::string_view id() noexcept { return Id.view(); }
  static constexpr combining algorithm = Alg;
  static constexpr std::size_t rule_count = detail::sum({std::size_t{0}, detail::rule_count_of<Children>()...});
  static constexpr std::size_t child_count = sizeof...(Children);
  static constexpr bool holds_exceptions = detail::any_true({false, Exception<Children>...});

  Target target;
  detail::tuple<Children...> children;

  /// The policy applies only where `cond` holds (XACML target).
  template <class Cond>
    requires detail::condition_like<Cond>
  constexpr auto applies_when(const Cond& cond) const {
    using C = decltype(detail::as_condition(cond));
    return basic_policy<Id, Alg, C, Children...>{{}, detail::as_condition(cond), children};
  }

  static constexpr std::array<std::string_view, rule_count> all_rule_ids() {
    std::array<std::string_view, rule_count> ids{};
    std::size_t n = 0;
    [[maybe_unused]] const int in_order[] = {0, (detail::collect_ids<Children>(ids.data(), n), 0)...};
    return ids;
  }

  /// The diagnostic `M` of each rule, in the order of `all_rule_ids()` (for `require`).
  template <detail::policy_misuse M>
  static constexpr std::array<void (*)(), rule_count> rule_reporters() {
    std::array<void (*)(), rule_count> out{};
    std::size_t n = 0;
    [[maybe_unused]] const int in_order[] = {0, (detail::collect_reporters<M, Children>(out.data(), n), 0)...};
    return out;
  }

  /// The combined outcome. `short_circuit`: stop as soon as the result is known.
  template <class S, class OnRule>
  OVERSIGHT_INLINE_STEP constexpr xacml_outcome evaluate(const S& s, const context& ctx, bool short_circuit, OnRule&& on_rule,
                             std::size_t first_index = 0) const {
    constexpr std::string_view missing = first_fact_named<detail::not_provided_by<S>>;
    if constexpr (!missing.empty()) {
      // OVS-E101, before anything is read, called here so that the compiler's context is short.
      constexpr auto name = detail::fixed_from<missing.size()>(missing);
#if defined(__clang__)
      static_cast<void>(sizeof(typename detail::spelled_missing_fact<name, S>::type));
#else
      detail::subject_type_does_not_provide_fact<name, S>();
#endif
      return {};
    } else {
      const truth t = target.test(s, ctx);
      if (t == truth::false_) return {};  // a policy that does not apply yields no findings
      const xacml_outcome combined = combine_children(s, ctx, short_circuit, on_rule, first_index);
      return apply_target(t, combined);
    }
  }

  /// This policy's outcome from the outcomes of its rules, `rules[first + i]` for its i-th rule
  /// (depth first, as `all_rule_ids()`), as `evaluate` combines them; only the targets are
  /// evaluated again. For the deciding path, after an evaluation that recorded every rule.
  template <class S>
  constexpr xacml_outcome recombine(const S& s, const context& ctx, std::span<const xacml_outcome> rules,
                                    std::size_t first = 0) const {
    const truth t = target.test(s, ctx);
    if (t == truth::false_) return {};
    return apply_target(t, combine_recorded(s, ctx, rules, first, children_recorded(s, ctx, rules, first)));
  }

  /// Marks, in `marks` (indexed as `rules`), the rules on the path that decided `d` for this
  /// policy, as XACML 3.0 section 7.18 returns obligations: only for Permit and Deny; of the
  /// children whose value is `d`, those the algorithm evaluates before it can stop: the first
  /// deciding one under deny- and permit-overrides (their ordered forms, deny-unless-permit and
  /// permit-unless-deny: the first Deny of the severity the combination has, the first Permit),
  /// every one otherwise; under first-applicable the first applicable child, under
  /// only-one-applicable the one that applies. A nested policy passes the mark on to its own
  /// path. Nothing is marked when the target does not match.
  template <class S, class OnPolicyObligations = detail::ignore_rule>
  constexpr void mark_deciding(const S& s, const context& ctx, std::span<const xacml_outcome> rules, std::size_t first,
                               decision d, std::span<bool> marks, OnPolicyObligations&& on_obligations = {}) const {
    if (d != decision::permit && d != decision::deny) return;
    if (target.test(s, ctx) != truth::true_) return;
    const auto o = children_recorded(s, ctx, rules, first);
    const xacml_outcome combined = combine_recorded(s, ctx, rules, first, o);
    std::array<bool, sizeof...(Children)> picked{};
    constexpr bool is_exception[] = {false, Exception<Children>...};
    constexpr bool first_stops_deny = Alg == combining::deny_overrides || Alg == combining::ordered_deny_overrides ||
                                      Alg == combining::permit_unless_deny;
    constexpr bool first_stops_permit = Alg == combining::permit_overrides ||
                                        Alg == combining::ordered_permit_overrides ||
                                        Alg == combining::deny_unless_permit;
    for (std::size_t i = 0; i < sizeof...(Children); ++i) {
      if (is_exception[i + 1] || o[i].value != d) continue;
      if constexpr (Alg == combining::first_applicable || Alg == combining::only_one_applicable) {
        picked[i] = true;  // the first applicable child; under only-one-applicable the only one
        break;
      } else {
        const bool stops = (d == decision::deny && first_stops_deny) || (d == decision::permit && first_stops_permit);
        if (stops && d == decision::deny && o[i].deny_severity != combined.deny_severity) continue;
        picked[i] = true;
        if (stops) break;
      }
    }
    if constexpr (Alg == combining::first_applicable) {
      // Only the first applicable child counts, and only when it decided `d`.
      for (std::size_t i = 0; i < sizeof...(Children); ++i) {
        if (is_exception[i + 1] || o[i].value == decision::not_applicable) continue;
        if (o[i].value != d) picked = {};
        break;
      }
    }
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      [[maybe_unused]] const int each[] = {
          0, (picked[I] ? mark_child<I>(s, ctx, rules, first, d, marks, on_obligations) : void(), 0)...};
      // The policy's own obligations and advice for `d`, after its children's (XACML 7.18).
      [[maybe_unused]] const int own[] = {0, (own_obligations<I>(d, on_obligations), 0)...};
    }(std::index_sequence_for<Children...>{});
  }

  /// The obligations of the rule at `index` (depth first, as `all_rule_ids()`); none for an
  /// index past the last rule. They live in this policy object.
  [[nodiscard]] constexpr std::span<const obligation> obligations_of(std::size_t index) const {
    std::span<const obligation> found;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      [[maybe_unused]] const int each[] = {0, (obligations_in_child<I>(index, found), 0)...};
    }(std::index_sequence_for<Children...>{});
    return found;
  }

  /// The first fact this policy reads that `Pred` flags, or "" (see detail::first_fact_where).
  template <class Pred>
  static constexpr std::string_view first_fact_named =
      detail::first_named({detail::first_fact_where_v<Pred, Target>, detail::first_fact_where_v<Pred, Children>...});

  /// Index, among all rules, of each child's first rule (depth-first numbering, as
  /// `all_rule_ids()`), and the rule count last.
  static constexpr auto offsets = [] {
    std::array<std::size_t, sizeof...(Children) + 1> o{};
    std::size_t k = 0, i = 0;
    [[maybe_unused]] const int in_order[] = {0, (o[i++] = k, k += detail::rule_count_of<Children>(), 0)...};
    o[sizeof...(Children)] = k;
    return o;
  }();

 private:

  template <class S, class OnRule>
  OVERSIGHT_INLINE_STEP constexpr xacml_outcome combine_children(const S& s, const context& ctx, bool short_circuit, OnRule& on_rule,
                                     std::size_t first_index) const {
    // policy(...) refuses to build this; a basic_policy spelled out by hand would otherwise
    // decide NotApplicable for everything, a gate that lets everything through.
    static_assert(rule_count > 0,
                  "oversight: a policy without rules decides nothing (it would permit everything): build it with "
                  "oversight::policy<Id, Alg>(rules...) [OVS-E104]");
    if constexpr (Alg == combining::only_one_applicable) {
      // XACML 3.0 C.9: a child applies when its target matches (a rule's: its own target and its
      // period; an exception never applies); an Indeterminate target, or two that apply, make the
      // result Indeterminate; the one child that applies is evaluated, and only it.
      const only_one_selection selection = select_only_one(s, ctx);
      if (!selection.needs_child()) return selection.without_child();
      xacml_outcome out{};
      [&]<std::size_t... Is>(std::index_sequence<Is...>) {
        [[maybe_unused]] const int in_order[] = {
            0, (Is == selection.selected
                    ? (out = detail::evaluate_child(detail::get<Is>(children), s, ctx, short_circuit, on_rule,
                                                    first_index + offsets[Is], defeat_t<Children, S>{this, &s, &ctx}),
                       0)
                    : 0)...};
      }(std::index_sequence_for<Children...>{});
      return detail::plain_indeterminate(out);
    } else {
      combiner<Alg> state;
      if constexpr (sizeof...(Children) <= large_policy) {
        combine_block<0, sizeof...(Children)>(state, s, ctx, short_circuit, on_rule, first_index);
      } else {
        // A large policy evaluates each rule with one out-of-line function per shape of rule
        // (`detail::rule_step`): a call per rule, where a small policy's rules are inlined, so that
        // what the compiler optimises grows linearly with the policy, not faster.
        const detail::step_env<combiner<Alg>, S, OnRule> env{state, s, ctx, on_rule, short_circuit};
        combine_large(env, first_index, std::index_sequence_for<Children...>{});
      }
      return state.result();
    }
  }

  // Only-one-applicable's choice, by the children's targets.
  template <class S>
  constexpr only_one_selection select_only_one(const S& s, const context& ctx) const {
    only_one_selection selection;
    [&]<std::size_t... Is>(std::index_sequence<Is...>) {
      [[maybe_unused]] const int in_order[] = {0, (selection.add(Is, child_applies<Is>(s, ctx)), 0)...};
    }(std::index_sequence_for<Children...>{});
    return selection;
  }
  template <std::size_t I, class S>
  constexpr truth child_applies(const S& s, const context& ctx) const {
    using C = child_t<I>;
    if constexpr (Rule<C>) return detail::get<I>(children).target_test(s, ctx);
    else if constexpr (Policy<C>) return detail::get<I>(children).target.test(s, ctx);
    else return truth::false_;
  }

  // The children's outcomes from their rules' recorded ones (an exception's is NotApplicable).
  template <class S>
  constexpr std::array<xacml_outcome, sizeof...(Children)> children_recorded(const S& s, const context& ctx,
                                                                             std::span<const xacml_outcome> rules,
                                                                             std::size_t first) const {
    std::array<xacml_outcome, sizeof...(Children)> o{};
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      [[maybe_unused]] const int each[] = {0, (o[I] = child_recorded<I>(s, ctx, rules, first), 0)...};
    }(std::index_sequence_for<Children...>{});
    return o;
  }
  template <std::size_t I, class S>
  constexpr xacml_outcome child_recorded(const S& s, const context& ctx, std::span<const xacml_outcome> rules,
                                         std::size_t first) const {
    using C = child_t<I>;
    if constexpr (Rule<C>) return rules[first + offsets[I]];
    else if constexpr (Policy<C>) return detail::get<I>(children).recombine(s, ctx, rules, first + offsets[I]);
    else return {};
  }
  // The combination of the children's outcomes `o`, before the target, as combine_children.
  template <class S>
  constexpr xacml_outcome combine_recorded(const S& s, const context& ctx, std::span<const xacml_outcome>, std::size_t,
                                           const std::array<xacml_outcome, sizeof...(Children)>& o) const {
    if constexpr (Alg == combining::only_one_applicable) {
      const only_one_selection selection = select_only_one(s, ctx);
      return selection.needs_child() ? detail::plain_indeterminate(o[selection.selected]) : selection.without_child();
    } else {
      constexpr bool is_exception[] = {false, Exception<Children>...};
      combiner<Alg> state;
      for (std::size_t i = 0; i < o.size(); ++i)
        if (!is_exception[i + 1]) state.add(o[i]);
      return state.result();
    }
  }
  template <std::size_t I, class S, class OnPolicyObligations>
  constexpr void mark_child(const S& s, const context& ctx, std::span<const xacml_outcome> rules, std::size_t first,
                            decision d, std::span<bool> marks, OnPolicyObligations& on_obligations) const {
    using C = child_t<I>;
    if constexpr (Rule<C>) marks[first + offsets[I]] = true;
    else if constexpr (Policy<C>)
      detail::get<I>(children).mark_deciding(s, ctx, rules, first + offsets[I], d, marks, on_obligations);
  }
  template <std::size_t I, class OnPolicyObligations>
  constexpr void own_obligations(decision d, OnPolicyObligations& on_obligations) const {
    using C = child_t<I>;
    if constexpr (PolicyObligations<C> && !std::is_same_v<std::remove_cvref_t<OnPolicyObligations>, detail::ignore_rule>) {
      const auto& o = detail::get<I>(children);
      if (o.on == d) on_obligations(std::span<const obligation>(o.items));
    }
  }
  template <std::size_t I>
  constexpr void obligations_in_child(std::size_t index, std::span<const obligation>& found) const {
    using C = child_t<I>;
    if (index < offsets[I] || index >= offsets[I + 1]) return;
    if constexpr (Rule<C>) found = detail::get<I>(children).obligations;
    else if constexpr (Policy<C>) found = detail::get<I>(children).obligations_of(index - offsets[I]);
  }

  // Up to this many children, a policy's evaluation is inlined whole into `check` and
  // `evaluate_into`; above, each rule is a call (see `combine_large`).
  static constexpr std::size_t large_policy = 16;

  template <std::size_t I>
  using child_t = std::remove_cvref_t<decltype(detail::get<I>(std::declval<const detail::tuple<Children...>&>()))>;

  // Children First .. First+Count-1 added to `state` in order; returns whether the evaluation may
  // stop. Stops after the child that settles the result, unless every finding is wanted; when
  // short-circuiting, also passes over the rules that can no longer change it.
  template <std::size_t First, std::size_t Count, class State, class S, class OnRule>
  OVERSIGHT_INLINE_STEP constexpr bool combine_block(State& state, const S& s, const context& ctx, bool short_circuit, OnRule& on_rule,
                               std::size_t first_index) const {
    return [&]<std::size_t... Is>(std::index_sequence<Is...>) OVERSIGHT_INLINE_STEP {
      // A flat sequence rather than one expression nested Count deep (`a || (b || ...)`).
      bool done = false;
      ((done = done || detail::add_child(state, detail::get<First + Is>(children), s, ctx, short_circuit, on_rule,
                                         first_index + offsets[First + Is],
                                         defeat_t<child_t<First + Is>, S>{this, &s, &ctx})),
       ...);
      return done;
    }(std::make_index_sequence<Count>{});
  }

  // Every child of a large policy added in order, as `combine_block` does. Nothing here is
  // instantiated per child: each child is reached as its tuple leaf rather than through `get`,
  // and a rule through its shape. A member function of the policy instantiated per child would
  // be a symbol whose name spells the policy's whole type, and n such names take GCC time growing
  // faster than the square of n to mangle.
  template <class Env, std::size_t... Is>
  OVERSIGHT_INLINE_STEP constexpr bool combine_large(const Env& env, std::size_t first_index,
                                                     std::index_sequence<Is...>) const {
    // A braced list, not a fold expression (which Clang limits to 256 elements).
    bool done = false;
    [[maybe_unused]] const int in_order[] = {
        0, (done = done ||
                   detail::large_policy_child<detail::through_step<Children, defeat_t<Children, typename Env::subject>,
                                                                   typename Env::observer>>::
                       add(env, static_cast<const detail::tuple_leaf<Is, Children>&>(children).value,
                           Children::id_string.view(), first_index + offsets[Is],
                           defeat_t<Children, typename Env::subject>{this, &env.s, &env.ctx}),
            0)...};
    return done;
  }

  /// Whether the exceptions to rule R defeat it: the highest-priority exception that holds
  /// decides; an unknown exception of higher priority that would decide otherwise makes the
  /// result unknown.
  template <class R, class S>
  constexpr truth defeated_by_exceptions(const S& s, const context& ctx) const {
    if constexpr (!exceptions_for<R>::value) {
      return truth::false_;
    } else {
      bool have_true = false;
      int best_true = 0;
      exception_mode best_mode = exception_mode::reinstate;
      bool have_unknown = false;
      int unknown_priorities[sizeof...(Children)]{};
      exception_mode unknown_modes[sizeof...(Children)]{};
      std::size_t unknowns = 0;
      detail::for_each(children, [&](const auto& c) {
        using C = std::remove_cvref_t<decltype(c)>;
        if constexpr (Exception<C>) {
          if constexpr (C::target_string == R::id_string) {
            const truth t = c.condition.test(s, ctx);
            if (t == truth::true_ && (!have_true || c.priority > best_true)) {
              have_true = true;
              best_true = c.priority;
              best_mode = c.mode;
            } else if (t == truth::unknown) {
              have_unknown = true;
              unknown_priorities[unknowns] = c.priority;
              unknown_modes[unknowns++] = c.mode;
            }
          }
        }
      });
      const bool base = have_true && best_mode == exception_mode::exempt;
      if (have_unknown) {
        for (std::size_t i = 0; i < unknowns; ++i) {
          const bool above = !have_true || unknown_priorities[i] > best_true;
          if (above && (unknown_modes[i] == exception_mode::exempt) != base) return truth::unknown;
        }
      }
      return to_truth(base);
    }
  }


  // Whether the policy holds exceptions to rule R, as a type. Not a function or a variable
  // template: one of those instantiated per child of a policy, even if only read in constant
  // expressions, becomes a symbol whose name spells the policy's whole type, and n such names
  // take GCC time growing faster than the square of n to mangle (400 rules: 14 s of 25). Asked
  // of the children only when the policy holds exceptions.
  template <class R>
  using exceptions_for =
      std::conditional_t<holds_exceptions, detail::any_exception_to<R, Children...>, std::false_type>;

  // What defeats child C: the exceptions to it, when it is a rule that has some; else nothing.
  template <class C, class S>
  using defeat_t = std::conditional_t<exceptions_for<C>::value, detail::exceptions_of<basic_policy, C, S>,
                                      detail::no_exceptions>;
  template <class, class, class>
  friend struct detail::exceptions_of;

 public:
  // What is wrong with the policy's structure, from its type alone (run by `policy(...)`): no
  // rules, two rules with one id, an exception to a rule the policy lacks; the first found.
  static constexpr detail::structure_problem structure_problem() {
    if constexpr (rule_count == 0) {
      return {detail::policy_misuse::no_rules, Id.view(), {}};
    } else {
      auto ids = all_rule_ids();
      std::sort(ids.begin(), ids.end());
      for (std::size_t i = 1; i < ids.size(); ++i)
        if (ids[i] == ids[i - 1]) return {detail::policy_misuse::duplicate_id, ids[i], {}};
      detail::structure_problem found;
      // Only a policy that holds exceptions looks at each child (an instantiation per child
      // whose name spells the policy's type, so that n of them cost the compiler the square of n).
      if constexpr (holds_exceptions) {
        [[maybe_unused]] const int each[] = {0, (missing_rule_of<Children>(found), 0)...};
      }
      return found;
    }
  }

  /// How many children have an empty target: policies whose target is `always`, rules with
  /// neither a target nor a period (for only-one-applicable, where such children always apply).
  constexpr std::size_t children_without_target() const {
    std::size_t n = 0;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      [[maybe_unused]] const int each[] = {0, (n += child_without_target<I>() ? 1 : 0, 0)...};
    }(std::index_sequence_for<Children...>{});
    return n;
  }
  template <std::size_t I>
  constexpr bool child_without_target() const {
    using C = child_t<I>;
    if constexpr (Rule<C>) {
      return !detail::target_of<std::remove_cvref_t<decltype(detail::get<I>(children).condition)>>::present &&
             !detail::get<I>(children).in_force.has_value();
    } else if constexpr (Policy<C>) {
      return std::is_same_v<std::remove_cvref_t<decltype(detail::get<I>(children).target)>, boolean_constant<true>>;
    } else {
      return false;
    }
  }

  /// Among the exceptions, a pair to one rule with equal priorities and opposite modes, as
  /// `a * exception_count + b` (the a-th and b-th exceptions, a < b), or `npos` (their
  /// priorities are values).
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  constexpr std::size_t conflicting_exceptions() const {
    std::size_t found = npos;
    if constexpr (holds_exceptions) {
      [&]<std::size_t... I>(std::index_sequence<I...>) {
        [[maybe_unused]] const int each[] = {0, (conflict_with<I>(found), 0)...};
      }(std::index_sequence_for<Children...>{});
    }
    return found;
  }

 private:
  template <class E>
  static constexpr void missing_rule_of(detail::structure_problem& found) {
    if constexpr (Exception<E>) {
      constexpr bool present = detail::any_true({false, detail::is_rule_named<Children>(E::target_string.view())...});
      if (!present && found.misuse == detail::policy_misuse::none)
        found = {detail::policy_misuse::missing_rule, E::target_string.view(), E::id_string.view()};
    }
  }

  template <std::size_t I>
  constexpr void conflict_with(std::size_t& found) const {
    using A = child_t<I>;
    if constexpr (Exception<A>) {
      [&]<std::size_t... J>(std::index_sequence<J...>) {
        [[maybe_unused]] const int each[] = {0, (conflict_between<I, J>(found), 0)...};
      }(std::index_sequence_for<Children...>{});
    }
  }

  template <std::size_t I, std::size_t J>
  constexpr void conflict_between(std::size_t& found) const {
    using A = child_t<I>;
    using B = child_t<J>;
    if constexpr (I < J && Exception<B>) {
      if constexpr (A::target_string == B::target_string) {
        const auto& a = detail::get<I>(children);
        const auto& b = detail::get<J>(children);
        if (found == npos && a.priority == b.priority && a.mode != b.mode)
          found = exception_ordinal[I] * exception_count + exception_ordinal[J];
      }
    }
  }

  static constexpr std::size_t exception_count = detail::sum({std::size_t{0}, std::size_t{Exception<Children>}...});
  // The position among the children of each exception, and each child's rank among them.
  static constexpr auto exception_position = [] {
    std::array<std::size_t, exception_count> at{};
    std::size_t k = 0, i = 0;
    [[maybe_unused]] const int in_order[] = {0, (Exception<Children> ? at[k++] = i++ : i++, 0)...};
    return at;
  }();
  static constexpr auto exception_ordinal = [] {
    std::array<std::size_t, sizeof...(Children)> rank{};
    for (std::size_t k = 0; k < exception_count; ++k) rank[exception_position[k]] = k;
    return rank;
  }();

  template <std::size_t K>
  static consteval auto conflict_reporter() -> void (*)() {
    using A = child_t<exception_position[K / exception_count]>;
    using B = child_t<exception_position[K % exception_count]>;
    return detail::reporter<detail::policy_misuse::conflict, A::id_string, B::id_string>();
  }

 public:
  /// The diagnostic of each pair of exceptions, indexed as `conflicting_exceptions()` says. A
  /// function, not a static member: the table exists only while `policy(...)` is evaluated, never
  /// in an object file (the diagnostics are never defined).
  static consteval auto conflict_reporters() {
    return []<std::size_t... K>(std::index_sequence<K...>) {
      return std::array<void (*)(), sizeof...(K)>{conflict_reporter<K>()...};
    }(std::make_index_sequence<exception_count * exception_count>{});
  }
};

namespace detail {
/// What `policy(children...)` finds wrong in its children's values, for the diagnostic Clang
/// gives first: the misuse (apply_together or conflict), or none. A policy whose type is already
/// wrong is left to the checks on its type.
template <fixed_string Id, combining Alg, class... Children>
constexpr policy_misuse value_problem(const Children&... children) {
  using P = basic_policy<Id, Alg, boolean_constant<true>, Children...>;
  if constexpr (P::structure_problem().misuse != policy_misuse::none) {
    return policy_misuse::none;
  } else {
    const P p{{}, {}, tuple<Children...>(children...)};
    if constexpr (Alg == combining::only_one_applicable) {
      if (p.children_without_target() >= 2) return policy_misuse::apply_together;
    }
    if constexpr (P::holds_exceptions) {
      if (p.conflicting_exceptions() != P::npos) return policy_misuse::conflict;
    }
    return policy_misuse::none;
  }
}
}  // namespace detail

/// A policy `Id` combining `children` (rules, exceptions, policies) with `Alg`.
template <detail::fixed_string Id, combining Alg, class... Children>
  requires(detail::all_true(
      {true, (Rule<Children> || Exception<Children> || Policy<Children> || PolicyObligations<Children>)...}))
consteval auto policy(const Children&... children)
#if defined(__clang__)  // the first error line under Clang (see detail/config.hpp); the ids follow
    __attribute__((diagnose_if(
        detail::value_problem<Id, Alg>(children...) == detail::policy_misuse::apply_together,
                               "oversight: two children of this only-one-applicable policy have no target (and no "
                               "period), so both always apply and it is always Indeterminate: give all but one of "
                               "them a target [OVS-E111]",
                               "error")))
    __attribute__((diagnose_if(
        detail::value_problem<Id, Alg>(children...) == detail::policy_misuse::conflict,
                               "oversight: two exceptions to one rule, one exempting and one reinstating, have equal "
                               "priority: give one a higher priority (both are named below) [OVS-E108]",
                               "error")))
#endif
{
  using P = basic_policy<Id, Alg, boolean_constant<true>, Children...>;
  constexpr detail::structure_problem problem = P::structure_problem();
#if defined(__clang__)
  // Clang 14 prints ids as numbers but characters as such: its first error line is the
  // sentence with the id spelled out in the requirement.
  if constexpr (problem.misuse != detail::policy_misuse::none && problem.misuse != detail::policy_misuse::conflict) {
    constexpr auto first = detail::fixed_from<problem.first.size()>(problem.first);
    detail::structure_report<problem.misuse>(detail::spelled_sequence<first>{});
  }
#endif
  if constexpr (problem.misuse != detail::policy_misuse::none) {
    // The diagnostic, called here so that the compiler's context above it is this call alone.
#if !defined(__clang__)  // Clang has said it above
    constexpr auto first = detail::fixed_from<problem.first.size()>(problem.first);
    constexpr auto second = detail::fixed_from<problem.second.size()>(problem.second);
    detail::reporter<problem.misuse, first, second>()();
#endif
  } else {
    P p{{}, {}, detail::tuple<Children...>(children...)};
    if constexpr (Alg == combining::only_one_applicable) {
      // Children without a target (nor a period) always apply: two of them, and the policy is
      // Indeterminate whatever the subject (OVS-E111).
      if (p.children_without_target() >= 2)
        detail::reporter<detail::policy_misuse::apply_together, Id>()();
    }
    if constexpr (P::holds_exceptions) {
      if (const std::size_t k = p.conflicting_exceptions(); k != P::npos) {
        constexpr auto reporters = P::conflict_reporters();
        reporters[k]();
      }
    }
    return p;
  }
}

/// The verdict of `p` on `subject`, at compile time or at run time. Never fails to compile for
/// a violation: `static_assert(check(p, c))` and `static_assert(!check(p, c))` are both tests.
/// Verdict-only: short-circuits, never allocates.
namespace detail {
/// Whether the by-reference entry points flatten the evaluation of `P` (see the top of the file).
template <class P>
inline constexpr bool flatten_by_reference = P::rule_count <= OVERSIGHT_FLATTEN_RULES;

template <class P, class S>
OVERSIGHT_FLATTEN constexpr xacml_outcome verdict_flattened(const P& p, const S& subject, const context& ctx) {
  return p.evaluate(subject, ctx, true, ignore_rule{});
}
template <class P, class S>
constexpr xacml_outcome verdict_inlined_by_compiler(const P& p, const S& subject, const context& ctx) {
  return p.evaluate(subject, ctx, true, ignore_rule{});
}
}  // namespace detail

template <Policy P, class S>
constexpr verdict check(const P& p, const S& subject, const context& ctx = {}) {
  const context day = effective_context(subject, ctx);
  if constexpr (detail::flatten_by_reference<P>) return to_verdict(detail::verdict_flattened(p, subject, day));
  else return to_verdict(detail::verdict_inlined_by_compiler(p, subject, day));
}

/// The same verdict, for a policy named as a template argument: `check<rp1::policy>(contract)`.
/// `PolicyRef` is a policy object with static storage duration (an `inline constexpr` variable).
/// The rules' effects, periods and constants are then compile-time constants in the evaluation,
/// as they are in a hand-written `if` chain, where `check(p, subject)` reads them from the policy
/// object unless the call is inlined where the object is known. Use this form on hot paths.
template <const auto& PolicyRef, class S>
  requires Policy<std::remove_cvref_t<decltype(PolicyRef)>>
OVERSIGHT_FLATTEN constexpr verdict check(const S& subject, const context& ctx = {}) {
  return to_verdict(PolicyRef.evaluate(subject, effective_context(subject, ctx), true, detail::ignore_rule{}));
}

/// The subject is compliant with `PolicyRef` (a policy object with static storage duration):
/// usable in requires-clauses, e.g. `template <class C> requires complies_with<C, screening>`.
template <class Entity, const auto& PolicyRef>
concept complies_with = DeclaredEntity<Entity> && static_cast<bool>(check(PolicyRef, Entity{}));

namespace detail {
/// Finds the first rule that denies, or failing that cannot be decided (a rule that could have
/// denied first, then one that could only have permitted), by its index among all rules (depth
/// first, as `all_rule_ids()`). Call `done()` after the evaluation.
struct first_blocking_rule {
  policy_misuse misuse = policy_misuse::none;
  std::size_t index = 0;
  bool permit_undecided = false;  // a Permit rule was Indeterminate{P}
  std::size_t permit_undecided_index = 0;
  template <class R>
  constexpr void operator()(const R&, std::size_t i, xacml_outcome o, truth, truth, effect) {
    if (misuse == policy_misuse::violated) return;
    if (o.value == decision::deny) {
      misuse = policy_misuse::violated;
      index = i;
    } else if (misuse == policy_misuse::none &&
               (o.value == decision::indeterminate_d || o.value == decision::indeterminate_dp)) {
      misuse = policy_misuse::undecided;
      index = i;
    } else if (!permit_undecided && o.value == decision::indeterminate_p) {
      permit_undecided = true;
      permit_undecided_index = i;
    }
  }
  /// When nothing could deny, a Permit rule that could not be decided is what kept the verdict
  /// from compliance (a permit-overrides policy is Indeterminate{P} then).
  constexpr first_blocking_rule& done() {
    if (misuse == policy_misuse::none && permit_undecided) {
      misuse = policy_misuse::undecided;
      index = permit_undecided_index;
    }
    return *this;
  }
};
}  // namespace detail

namespace detail {
/// What `require(p, subject, ctx)` finds: the subject complies, a rule denies it, a rule cannot be
/// decided for it, or the verdict is not compliance although no rule does either.
enum class require_finding : unsigned char { complies, rule_denies, rule_undecided, no_rule_blocks };
/// Evaluates `p` on `subject` to find the rule that keeps it from compliance.
template <class P, class S>
constexpr first_blocking_rule find_blocking_rule(const P& p, const S& subject, const context& ctx) {
  first_blocking_rule found;
  p.evaluate(subject, effective_context(subject, ctx), false, found);
  return found.done();
}
template <class P, class S>
constexpr require_finding require_problem(const P& p, const S& subject, const context& ctx) {
  if (check(p, subject, ctx)) return require_finding::complies;
  const first_blocking_rule found = find_blocking_rule(p, subject, ctx);
  if (found.misuse == policy_misuse::violated) return require_finding::rule_denies;
  if (found.misuse == policy_misuse::undecided) return require_finding::rule_undecided;
  return require_finding::no_rule_blocks;
}
}  // namespace detail

/// Requires, at compile time, that `subject` complies with `p`: a violation is a compile error
/// whose first line names the first rule that denies
/// (`policy_violated_by_rule<"supplier.high-risk">`, OVS-E109) or, when none denies, the first
/// rule that cannot be decided (`policy_undecided_because_of_rule<"...">`, OVS-E110). A verdict
/// that is not compliance although no rule denies or is undecided (two children of an
/// only-one-applicable policy apply, say) names the policy instead
/// (`policy_does_not_permit_the_subject<"...">`).
template <Policy P, class S>
consteval void require(const P& p, const S& subject, context ctx = {})
#if defined(__clang__)  // the first error line under Clang (see detail/config.hpp); the rule follows
    __attribute__((diagnose_if(detail::require_problem(p, subject, ctx) == detail::require_finding::rule_denies,
                               "oversight: require(policy, subject): a rule of the policy denies this subject (it is "
                               "named below); explain(policy, subject) says why [OVS-E109]",
                               "error")))
    __attribute__((diagnose_if(detail::require_problem(p, subject, ctx) == detail::require_finding::rule_undecided,
                               "oversight: require(policy, subject): a rule of the policy cannot be decided for this "
                               "subject (it is named below); explain(policy, subject) names the unknown fact "
                               "[OVS-E110]",
                               "error")))
    __attribute__((diagnose_if(detail::require_problem(p, subject, ctx) == detail::require_finding::no_rule_blocks,
                               "oversight: require(policy, subject): the policy does not permit this subject though "
                               "no rule of it denies or is undecided (its children conflict, or its target cannot be "
                               "decided; the policy is named below); explain(policy, subject) says why [OVS-E109]",
                               "error")))
#endif
{
  const verdict v = check(p, subject, ctx);
  if (v) return;
  const detail::first_blocking_rule found = detail::find_blocking_rule(p, subject, ctx);
  // The diagnostic is called here, through a table of every rule's, so that the compiler's
  // context above the error is the caller and this function alone.
  if (found.misuse == detail::policy_misuse::violated) {
    constexpr auto reporters = P::template rule_reporters<detail::policy_misuse::violated>();
    reporters[found.index]();
  } else if (found.misuse == detail::policy_misuse::undecided) {
    constexpr auto reporters = P::template rule_reporters<detail::policy_misuse::undecided>();
    reporters[found.index]();
  } else {
    // A verdict against the subject that no rule gave (a review, say): the policy is named.
    detail::reporter<detail::policy_misuse::not_permitted, P::id_string>()();
  }
}

#if defined(__clang__)
namespace detail {
template <char... Spelled>
inline constexpr bool rule_does_not_deny_the_subject = false;
template <char... Spelled>
inline constexpr bool rule_decides_the_subject = false;
template <char... Spelled>
inline constexpr bool policy_permits_the_subject = false;
template <require_finding F, char... C>
consteval void require_report(spelled_chars<C...>) {
  if constexpr (F == require_finding::rule_denies)
    static_assert(rule_does_not_deny_the_subject<C...>,
                  "oversight: require<policy, subject>(): this rule denies the subject; explain(policy, subject) "
                  "says why [OVS-E109]");
  else if constexpr (F == require_finding::rule_undecided)
    static_assert(rule_decides_the_subject<C...>,
                  "oversight: require<policy, subject>(): this rule cannot be decided for the subject; "
                  "explain(policy, subject) names the unknown fact [OVS-E110]");
  else
    static_assert(policy_permits_the_subject<C...>,
                  "oversight: require<policy, subject>(): this policy does not permit the subject though no rule "
                  "of it denies or is undecided (its children conflict, or its target cannot be decided); "
                  "explain(policy, subject) says why [OVS-E109]");
}
}  // namespace detail
#endif

/// `require` for a policy and a subject named as template arguments (objects with static
/// storage duration, judged on the subject's own day): `oversight::require<screening, planned>();`
/// The rule that blocks is then found while compiling the call, not while evaluating it, so the
/// first error line names it under Clang 14 as under GCC (Clang prints the id as characters).
template <const auto& PolicyRef, const auto& Subject>
  requires Policy<std::remove_cvref_t<decltype(PolicyRef)>>
consteval void require() {
  using P = std::remove_cvref_t<decltype(PolicyRef)>;
  constexpr detail::first_blocking_rule found =
      check(PolicyRef, Subject) ? detail::first_blocking_rule{} : detail::find_blocking_rule(PolicyRef, Subject, {});
  if constexpr (!check(PolicyRef, Subject)) {
    // A verdict against the subject that no rule gave (a review, say) names the policy.
    constexpr std::string_view id =
        found.misuse == detail::policy_misuse::none ? P::id_string.view() : P::all_rule_ids()[found.index];
    constexpr auto name = detail::fixed_from<id.size()>(id);
#if defined(__clang__)
    constexpr detail::require_finding finding = found.misuse == detail::policy_misuse::violated
                                                    ? detail::require_finding::rule_denies
                                                : found.misuse == detail::policy_misuse::undecided
                                                    ? detail::require_finding::rule_undecided
                                                    : detail::require_finding::no_rule_blocks;
    detail::require_report<finding>(detail::spelled_sequence<name>{});
#else
    constexpr detail::policy_misuse misuse =
        found.misuse == detail::policy_misuse::none ? detail::policy_misuse::not_permitted : found.misuse;
    detail::reporter<misuse, name>()();
#endif
  }
}

OVERSIGHT_END_NAMESPACE
