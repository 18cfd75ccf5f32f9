// oversight: batch evaluation, many subjects in one call, without branches.
//
// An audit pipeline screens millions of records against one policy. `check_all<policy>` and
// `findings_all<policy>` do that job over a span of subjects, and evaluate each the way the
// fastest hand-written code does: every condition to a 0/1 value, combined with `&`, `|` and
// `!`, no early return, so that nothing is mispredicted on random data and the compiler is free
// to keep the loop straight. The results are exactly those of `check<policy>` and
// `evaluate_into<policy>`:
//
//   - a condition is evaluated in two-valued logic while every value it reads is known; a
//     subject for which some value was unknown (a fact the data lacks, money in two currencies,
//     a dated rule without a day) is evaluated again by `check<policy>` / `evaluate_into<policy>`,
//     so its result is the three-valued one. Where nothing the policy reads can be unknown (every
//     fact a plain value, its `fact_source` returning no std::optional; no money compared, no
//     dated rule checked without a day, no condition of its own that can be unknown), the
//     compiler sees that no subject can need this, and the loop has no second path at all (RP-1);
//   - conditions the library does not know how to evaluate two-valued (a custom condition, a
//     quantifier, a table lookup) are evaluated with their own `test`, and an unknown result sends
//     the subject to the second path as well;
//   - only-one-applicable decides by targets that may both match: a policy holding it is
//     evaluated by the second path for every subject.
//
// Every condition of every rule is evaluated for every subject, also where `check` would not look
// (the other side of an `&&` that is already false, a rule whose target does not match, a policy
// whose target does not): a `fact_source::get` must answer for every subject, with std::nullopt
// where the value is missing, not rely on another fact having been checked first.
//
// Findings are written as a `rule_set` per subject: bit i is set when rule i (depth first, as
// `all_rule_ids()`) gave a finding, i.e. when `evaluate_into` would have written one for it.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/popcount.hpp>
#include <oversight/rules/combining.hpp>
#include <oversight/rules/decision.hpp>
#include <oversight/rules/expression.hpp>
#include <oversight/rules/fact.hpp>
#include <oversight/rules/findings.hpp>
#include <oversight/rules/policy.hpp>
#include <oversight/rules/rule.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <ranges>
#include <span>
#include <type_traits>
#include <utility>

OVERSIGHT_BEGIN_NAMESPACE

namespace detail {
template <std::size_t N>
using rule_set_word = std::conditional_t<
    (N <= 8), std::uint8_t,
    std::conditional_t<(N <= 16), std::uint16_t, std::conditional_t<(N <= 32), std::uint32_t, std::uint64_t>>>;
}  // namespace detail

/// A set of the rules of a policy of `N` rules, one bit per rule in the depth-first order of
/// `all_rule_ids()`: what `findings_all` writes for each subject. As small as `N` allows (one
/// byte for up to 8 rules, two for up to 16, ...).
template <std::size_t N>
class rule_set {
  using word = detail::rule_set_word<N>;
  static constexpr std::size_t word_bits = sizeof(word) * 8;
  static constexpr std::size_t word_count = N == 0 ? 1 : (N + word_bits - 1) / word_bits;

 public:
  /// How many rules the set is over.
  static constexpr std::size_t size() noexcept { return N; }
  /// Whether rule `i` is in the set (false for `i >= N`).
  [[nodiscard]] constexpr bool test(std::size_t i) const noexcept {
    return i < N && ((words_[i / word_bits] >> (i % word_bits)) & 1u) != 0;
  }
  /// Puts rule `i` in the set when `in` is true (nothing happens for `i >= N`).
  constexpr void set(std::size_t i, bool in = true) noexcept {
    if (i < N) words_[i / word_bits] |= static_cast<word>(static_cast<word>(in) << (i % word_bits));
  }
  /// Takes rule `i` out of the set.
  constexpr void reset(std::size_t i) noexcept {
    if (i < N) words_[i / word_bits] &= static_cast<word>(~(word{1} << (i % word_bits)));
  }
  /// How many rules are in the set.
  [[nodiscard]] constexpr std::size_t count() const noexcept {
    std::size_t n = 0;
    for (word w : words_) n += detail::popcount64(w);
    return n;
  }
  [[nodiscard]] constexpr bool none() const noexcept { return count() == 0; }
  friend constexpr bool operator==(const rule_set&, const rule_set&) noexcept = default;

 private:
  std::array<word, word_count> words_{};
};

namespace detail::batch {

// ---- conditions, two-valued ---------------------------------------------------------------------
// `unsure` is set when a value was unknown; the value returned is then of no use.

// Whether fact F of subject S can be read as a plain value (known, or a default while `unsure`).
template <class F, class S>
constexpr bool plain_readable() {
  using R = std::remove_cvref_t<decltype(source_get<F>(std::declval<const subject_value_t<S>&>()))>;
  if constexpr (is_optional<R>::value) return std::default_initializable<typename F::value_type>;
  else return true;
}

template <class F, class S>
OVERSIGHT_INLINE_STEP constexpr typename F::value_type read_plain(const S& s, bool& unsure) {
  using V = typename F::value_type;
  decltype(auto) r = source_get<F>(subject_value(s));
  if constexpr (is_optional<std::remove_cvref_t<decltype(r)>>::value) {
    unsure |= !r.has_value();
    return r.has_value() ? static_cast<V>(*r) : V{};
  } else {
    return static_cast<V>(r);
  }
}

template <class E>
struct is_constant : std::false_type {};
template <class T>
struct is_constant<constant<T>> : std::true_type {};

// An operand read as a plain value: a fact or a constant.
template <class E, class S>
constexpr bool plain_operand() {
  if constexpr (Fact<E>) return plain_readable<E, S>();
  else return is_constant<E>::value;
}
template <class E, class S>
OVERSIGHT_INLINE_STEP constexpr decltype(auto) operand(const E& e, const S& s, bool& unsure) {
  if constexpr (Fact<E>) return read_plain<E>(s, unsure);
  else return (e.value);
}

template <cmp Op, class A, class B>
constexpr bool plain_comparable() {
  if constexpr (checked_comparable<A, B>) return false;  // may fail (two currencies): its own test
  else if constexpr (Op == cmp::eq || Op == cmp::ne) return std::equality_comparable_with<A, B>;
  else return std::three_way_comparable_with<A, B>;
}
template <cmp Op, class A, class B>
OVERSIGHT_INLINE_STEP constexpr bool compare_plain(const A& a, const B& b) {
  if constexpr (Op == cmp::eq) return a == b;
  else if constexpr (Op == cmp::ne) return a != b;
  else if constexpr (Op == cmp::lt) return a < b;
  else if constexpr (Op == cmp::le) return a <= b;
  else if constexpr (Op == cmp::gt) return a > b;
  else return a >= b;
}

template <class E>
struct shape {
  static constexpr int kind = 0;  // any other condition: its own test
};
template <cmp Op, class L, class R>
struct shape<comparison<Op, L, R>> {
  static constexpr int kind = 1;
  static constexpr cmp op = Op;
};
template <class L, class T, std::size_t N>
struct shape<membership<L, T, N>> {
  static constexpr int kind = 2;
};
template <class L, class Set>
struct shape<set_membership<L, Set>> {
  static constexpr int kind = 3;
};
template <class F>
struct shape<holds<F>> {
  static constexpr int kind = 4;
};
template <bool V>
struct shape<boolean_constant<V>> {
  static constexpr int kind = 5;
};
template <bool All, class... Es>
struct shape<junction<All, Es...>> {
  static constexpr int kind = 6;
  static constexpr bool all = All;
  static constexpr std::size_t count = sizeof...(Es);
};
template <class E>
struct shape<negation<E>> {
  static constexpr int kind = 7;
};
template <class T, class C>
struct shape<targeted<T, C>> {
  static constexpr int kind = 8;
};

// The condition's own three-valued test, as a 0/1 value.
template <class E, class S>
OVERSIGHT_INLINE_STEP constexpr bool by_own_test(const E& e, const S& s, const context& ctx, bool& unsure) {
  const truth t = e.test(s, ctx);
  unsure |= t == truth::unknown;
  return t == truth::true_;
}

template <class E, class S>
OVERSIGHT_INLINE_STEP constexpr bool test(const E& e, const S& s, const context& ctx, bool& unsure);

template <class Op, class... Es, class S, std::size_t... I>
OVERSIGHT_INLINE_STEP constexpr bool fold_junction(const detail::tuple<Es...>& operands, const S& s, const context& ctx, bool& unsure,
                             std::index_sequence<I...>, Op) {
  // Every operand evaluated (no short circuit), combined with & or | as 0/1 words.
  if constexpr (Op::value) return (1u & ... & static_cast<unsigned>(test(detail::get<I>(operands), s, ctx, unsure)));
  else return (0u | ... | static_cast<unsigned>(test(detail::get<I>(operands), s, ctx, unsure)));
}

template <class E, class S>
OVERSIGHT_INLINE_STEP constexpr bool test(const E& e, const S& s, const context& ctx, bool& unsure) {
  constexpr int kind = shape<E>::kind;
  if constexpr (kind == 1) {
    using L = decltype(e.lhs);
    using R = decltype(e.rhs);
    if constexpr (plain_operand<L, S>() && plain_operand<R, S>()) {
      using A = std::remove_cvref_t<decltype(operand(e.lhs, s, unsure))>;
      using B = std::remove_cvref_t<decltype(operand(e.rhs, s, unsure))>;
      constexpr cmp op = shape<E>::op;
      if constexpr (plain_comparable<op, A, B>()) {
        return compare_plain<op>(operand(e.lhs, s, unsure), operand(e.rhs, s, unsure));
      } else {
        return by_own_test(e, s, ctx, unsure);
      }
    } else {
      return by_own_test(e, s, ctx, unsure);
    }
  } else if constexpr (kind == 2) {
    using L = decltype(e.lhs);
    if constexpr (plain_operand<L, S>()) {
      const auto v = operand(e.lhs, s, unsure);
      using V = std::remove_cvref_t<decltype(v)>;
      using T = typename decltype(e.values)::value_type;
      if constexpr (plain_comparable<cmp::eq, V, T>()) {
        // One comparison per value, combined with |.
        return [&]<std::size_t... I>(std::index_sequence<I...>) OVERSIGHT_INLINE_STEP {
          return (0u | ... | static_cast<unsigned>(v == e.values[I]));
        }(std::make_index_sequence<std::tuple_size_v<decltype(e.values)>>{});
      } else {
        return e.contains(v);
      }
    } else {
      return by_own_test(e, s, ctx, unsure);
    }
  } else if constexpr (kind == 3) {
    using L = decltype(e.lhs);
    if constexpr (plain_operand<L, S>()) return e.set.contains(operand(e.lhs, s, unsure));
    else return by_own_test(e, s, ctx, unsure);
  } else if constexpr (kind == 4) {
    using F = decltype(e.fact);
    if constexpr (plain_readable<F, S>()) return read_plain<F>(s, unsure);
    else return by_own_test(e, s, ctx, unsure);
  } else if constexpr (kind == 5) {
    return e.test(s, ctx) == truth::true_;
  } else if constexpr (kind == 6) {
    return fold_junction(e.operands, s, ctx, unsure, std::make_index_sequence<shape<E>::count>{},
                         std::bool_constant<shape<E>::all>{});
  } else if constexpr (kind == 7) {
    return !test(e.operand, s, ctx, unsure);
  } else if constexpr (kind == 8) {
    // Unknown target: unsure; false target: false; else the condition.
    const bool target = test(e.target, s, ctx, unsure);
    const bool condition = test(e.condition, s, ctx, unsure);
    return target & condition;
  } else {
    return by_own_test(e, s, ctx, unsure);
  }
}

// ---- rules and policies -------------------------------------------------------------------------

/// A rule's or policy's value when nothing was unknown: Permit, Deny (of deny or review
/// severity), or NotApplicable (neither).
struct outcome {
  bool permit = false;
  bool deny = false;
  bool severe = false;  ///< a Deny from a deny rule (else from review rules only)
};

// Built from 0/1 values computed with & and | (which are ints).
OVERSIGHT_INLINE_STEP constexpr outcome make_outcome(bool permit, bool deny, bool severe) noexcept { return {permit, deny, severe}; }
OVERSIGHT_INLINE_STEP constexpr outcome masked(outcome o, bool keep) noexcept {
  return make_outcome(o.permit & keep, o.deny & keep, o.severe & keep);
}

// The combination of the children's values under `Alg` (XACML 3.0 appendix C restricted to
// Permit, Deny and NotApplicable, which is all a two-valued evaluation can give), built child by
// child: `add` each in order, then `result`. Every child is added; nothing depends on a branch.
template <combining Alg>
struct combination {
  bool any_permit = false, any_deny = false, any_severe = false;
  outcome first{};  // first-applicable: the first child that is not NotApplicable
  bool found = false;

  OVERSIGHT_INLINE_STEP constexpr void add(outcome x) noexcept {
    if constexpr (Alg == combining::first_applicable) {
      const bool take = (!found) & (x.permit | x.deny);
      first.permit |= take & x.permit;
      first.deny |= take & x.deny;
      first.severe |= take & x.severe;
      found |= take;
    } else {
      any_permit |= x.permit;
      any_deny |= x.deny;
      any_severe |= x.deny & x.severe;
    }
  }
  [[nodiscard]] OVERSIGHT_INLINE_STEP constexpr outcome result() const noexcept {
    if constexpr (Alg == combining::deny_overrides || Alg == combining::ordered_deny_overrides) {
      return make_outcome(any_permit & (!any_deny), any_deny, any_severe);
    } else if constexpr (Alg == combining::permit_overrides || Alg == combining::ordered_permit_overrides) {
      return make_outcome(any_permit, (!any_permit) & any_deny, (!any_permit) & any_severe);
    } else if constexpr (Alg == combining::deny_unless_permit) {
      return make_outcome(any_permit, !any_permit, !any_permit);
    } else if constexpr (Alg == combining::permit_unless_deny) {
      return make_outcome(!any_deny, any_deny, any_severe);
    } else {
      return first;
    }
  }
};

// Something that receives the findings' bits, or nothing.
struct no_bits {
  constexpr void set(std::size_t, bool) const noexcept {}
};

// Whether the exceptions among `Children` defeat rule R: the one of highest priority that holds
// decides (exempt or reinstate), as `basic_policy::defeated_by_exceptions` when all are known.
template <class R, class... Children, class S, std::size_t... I>
OVERSIGHT_INLINE_STEP constexpr bool defeated(const detail::tuple<Children...>& children, const S& s, const context& ctx, bool& unsure,
                        std::index_sequence<I...>) {
  bool have = false, exempt = false;
  int best = 0;
  const auto consider = [&](const auto& c) OVERSIGHT_INLINE_STEP {
    using C = std::remove_cvref_t<decltype(c)>;
    if constexpr (Exception<C>) {
      if constexpr (C::target_string == R::id_string) {
        const bool holds = test(c.condition, s, ctx, unsure);
        const bool take = holds & ((!have) | (c.priority > best));
        best = take ? c.priority : best;
        exempt = take ? c.mode == exception_mode::exempt : exempt;
        have |= holds;
      }
    }
  };
  [[maybe_unused]] const int in_order[] = {0, (consider(detail::get<I>(children)), 0)...};
  return have & exempt;
}

template <std::size_t Index, class P, class R, class S, class Bits>
OVERSIGHT_INLINE_STEP constexpr outcome rule_value(const P& p, const R& r, const S& s, const context& ctx, bool gate, bool& unsure,
                             Bits& bits) {
  bool in_force = true;
  if (r.in_force.has_value()) {
    unsure |= !ctx.as_of.has_value();
    in_force = ctx.as_of.has_value() && r.in_force->contains(*ctx.as_of);
  }
  const bool condition = test(r.condition, s, ctx, unsure);
  const bool fires = in_force & condition;
  bool defeat = false;
  if constexpr (P::holds_exceptions) {
    defeat = defeated<R>(p.children, s, ctx, unsure, std::make_index_sequence<P::child_count>{});
  }
  const bool effective = fires & (!defeat);
  bits.set(Index, gate & effective);
  const effect e = r.effect_;
  bool escalated = false;
  if constexpr (R::escalates) escalated = test(r.escalation_.condition, s, ctx, unsure);
  const bool is_deny = e == effect::deny;
  const bool is_review = e == effect::review;
  return make_outcome(effective & (e == effect::permit), effective & (is_deny | is_review),
                      effective & (is_deny | (is_review & escalated)));
}

template <std::size_t First, class P, class S, class Bits>
OVERSIGHT_INLINE_STEP constexpr outcome policy_value(const P& p, const S& s, const context& ctx, bool gate, bool& unsure, Bits& bits);

template <std::size_t Index, class P, class C, class S, class Bits>
OVERSIGHT_INLINE_STEP constexpr outcome child_value(const P& p, const C& c, const S& s, const context& ctx, bool gate, bool& unsure,
                              Bits& bits) {
  if constexpr (Rule<C>) return rule_value<Index>(p, c, s, ctx, gate, unsure, bits);
  else if constexpr (Policy<C>) return policy_value<Index>(c, s, ctx, gate, unsure, bits);
  else return {};  // an exception (evaluated with its rule), a policy's obligations
}

template <std::size_t First, class P, class S, class Bits>
OVERSIGHT_INLINE_STEP constexpr outcome policy_value(const P& p, const S& s, const context& ctx, bool gate, bool& unsure, Bits& bits) {
  if constexpr (P::algorithm == combining::only_one_applicable) {
    unsure = true;  // decided by targets that may both match: the three-valued path
    return {};
  } else {
    const bool applies = test(p.target, s, ctx, unsure);
    const bool open = gate & applies;
    constexpr auto& offsets = P::offsets;
    combination<P::algorithm> state;
    [&]<std::size_t... I>(std::index_sequence<I...>) OVERSIGHT_INLINE_STEP {
      [[maybe_unused]] const int in_order[] = {
          0, (state.add(child_value<First + offsets[I]>(p, detail::get<I>(p.children), s, ctx, open, unsure, bits)),
              0)...};
    }(std::make_index_sequence<P::child_count>{});
    return masked(state.result(), applies);
  }
}

// Deny, else Permit, else NotApplicable; the kind deny, review or permit: by arithmetic.
static_assert(static_cast<int>(decision::permit) == 1 && static_cast<int>(decision::deny) == 2);
static_assert(static_cast<int>(verdict_kind::review) == 1 && static_cast<int>(verdict_kind::deny) == 2);
OVERSIGHT_INLINE_STEP constexpr verdict to_verdict(outcome o) noexcept {
  const int d = 2 * o.deny + ((!o.deny) & o.permit);
  const int k = o.deny * (1 + o.severe);
  return {static_cast<decision>(d), static_cast<verdict_kind>(k)};
}

template <class P, class S>
inline constexpr bool reads_missing_fact = !P::template first_fact_named<detail::not_provided_by<S>>.empty();

}  // namespace detail::batch

/// Checks every subject of `all` (a contiguous range: a span, a vector, an array) against the
/// policy named as a template argument and writes its verdict to `out`, the same verdict
/// `check<PolicyRef>(subject, ctx)` gives, in order: `out[i]` is the verdict of `all[i]`. Writes `min(subjects.size(), out.size())` verdicts and returns how
/// many. Never allocates. See the top of this header for how it evaluates.
template <const auto& PolicyRef, std::ranges::contiguous_range Subjects>
  requires Policy<std::remove_cvref_t<decltype(PolicyRef)>> && std::ranges::sized_range<Subjects>
OVERSIGHT_FLATTEN constexpr std::size_t check_all(const Subjects& all, std::span<verdict> out, const context& ctx = {}) {
  using P = std::remove_cvref_t<decltype(PolicyRef)>;
  using S = std::ranges::range_value_t<Subjects>;
  const std::span<const S> subjects(std::ranges::data(all), std::ranges::size(all));
  const std::size_t n = std::min(subjects.size(), out.size());
  if constexpr (detail::batch::reads_missing_fact<P, S>) {
    for (std::size_t i = 0; i < n; ++i) out[i] = check<PolicyRef>(subjects[i], ctx);  // OVS-E101 from there
  } else {
    for (std::size_t i = 0; i < n; ++i) {
      const S& s = subjects[i];
      const context day = effective_context(s, ctx);
      bool unsure = false;
      detail::batch::no_bits bits;
      const verdict v = detail::batch::to_verdict(detail::batch::policy_value<0>(PolicyRef, s, day, true, unsure, bits));
      out[i] = v;
      if (unsure) out[i] = check<PolicyRef>(s, ctx);
    }
  }
  return n;
}

/// Evaluates every rule for every subject, as `evaluate_into<PolicyRef>` does: `verdicts[i]` is
/// the verdict of `subjects[i]` and `fired[i]` the rules that gave a finding for it (bit k for the
/// k-th rule of `all_rule_ids()`: it fired, or could not be decided). Writes as many as the
/// shortest of the three spans holds and returns how many. Never allocates. A finding's details
/// (its value, whether its condition was undecided) are `evaluate_into`'s for that subject.
template <const auto& PolicyRef, std::ranges::contiguous_range Subjects>
  requires Policy<std::remove_cvref_t<decltype(PolicyRef)>> && std::ranges::sized_range<Subjects>
OVERSIGHT_FLATTEN constexpr std::size_t findings_all(
    const Subjects& all, std::span<verdict> verdicts,
    std::span<rule_set<std::remove_cvref_t<decltype(PolicyRef)>::rule_count>> fired, const context& ctx = {}) {
  using P = std::remove_cvref_t<decltype(PolicyRef)>;
  using S = std::ranges::range_value_t<Subjects>;
  const std::span<const S> subjects(std::ranges::data(all), std::ranges::size(all));
  const std::size_t n = std::min({subjects.size(), verdicts.size(), fired.size()});
  const auto exactly = [&](std::size_t i) {
    findings_buffer<P> buffer{};
    const evaluation e = evaluate_into<PolicyRef>(subjects[i], ctx, buffer);
    rule_set<P::rule_count> bits;
    for (std::size_t k = 0; k < e.stored; ++k) bits.set(buffer[k].rule_index);
    verdicts[i] = e.verdict;
    fired[i] = bits;
  };
  if constexpr (detail::batch::reads_missing_fact<P, S>) {
    for (std::size_t i = 0; i < n; ++i) exactly(i);
  } else {
    for (std::size_t i = 0; i < n; ++i) {
      const S& s = subjects[i];
      const context day = effective_context(s, ctx);
      bool unsure = false;
      rule_set<P::rule_count> bits;
      const verdict v = detail::batch::to_verdict(detail::batch::policy_value<0>(PolicyRef, s, day, true, unsure, bits));
      verdicts[i] = v;
      fired[i] = bits;
      if (unsure) exactly(i);
    }
  }
  return n;
}

OVERSIGHT_END_NAMESPACE
