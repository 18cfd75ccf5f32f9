// oversight: conditions as inspectable expressions over facts.
//
// A condition is a literal object built from facts and constants with ordinary operators:
//
//     supplier_high_risk && sector.in(sector_kind::lawful_interception, sector_kind::defence)
//     contract_value >= threshold
//     any(subcontractors, supplier_hq.in(hostile_states))
//
// The same object evaluates (in three-valued logic, at compile time or at run time), prints
// itself as words, traces which clauses decided its value with the actual fact values, and
// computes the smallest changes of facts that would flip it. Nodes never allocate; the
// text, trace and remedy builders they write to live in rules/explain.hpp and rules/text.hpp.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/enum_text.hpp>
#include <oversight/detail/tuple.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/rules/fact.hpp>
#include <oversight/rules/truth.hpp>

#include <array>
#include <compare>
#include <concepts>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

OVERSIGHT_BEGIN_NAMESPACE

/// What an evaluation may depend on besides the subject: the day it is made on.
struct context {
  std::optional<date> as_of{};
};

/// A context for a check made on day `d` (dated rules and tables are judged by it).
constexpr context as_of(date d) noexcept { return context{d}; }

/// A subject that knows the day it is judged on: `fact_source<Subject>::day(subject)` gives a
/// `date` (a `screening` has its `on`). A check of such a subject without a date in its context
/// is made on that day; a context's date still wins.
template <class Subject>
concept SubjectWithDay = requires(const Subject& s) {
  { fact_source<Subject>::day(s) } -> std::convertible_to<date>;
};

/// The context an evaluation of `subject` uses: `ctx`, with the subject's own day where `ctx`
/// gives none.
template <class Subject>
constexpr context effective_context(const Subject& subject, const context& ctx) {
  if constexpr (SubjectWithDay<subject_value_t<Subject>>) {
    if (!ctx.as_of) return context{fact_source<subject_value_t<Subject>>::day(detail::subject_value(subject))};
  }
  return ctx;
}

namespace detail {
struct expr_tag {};        // boolean expressions
struct value_expr_tag {};  // value expressions other than facts (constants, table lookups, ...)
}  // namespace detail

/// A boolean expression: `e.test(subject, ctx)` gives a `truth`.
template <class E>
concept Condition = std::derived_from<E, detail::expr_tag>;

/// An expression with a value: a fact, a constant, a table lookup.
template <class E>
concept ValueExpression = Fact<E> || std::derived_from<E, detail::value_expr_tag>;

namespace detail {

/// The value of a value expression for `s`, or std::nullopt when it is unknown.
template <class E, class S>
constexpr auto value_of(const E& e, const S& s, const context& ctx) {
  if constexpr (Fact<E>) return read(e, s);
  else return e.value_of(s, ctx);
}

template <class E>
using value_type_of = typename E::value_type;

// How two values compare. Types with an ADL `compare(a, b)` that can fail (money in two
// currencies) use it; others use <=> or, for types with equality only, ==.
template <class A, class B>
concept checked_comparable = requires(const A& a, const B& b) {
  { compare(a, b).has_value() } -> std::convertible_to<bool>;
};

enum class cmp : unsigned char { eq, ne, lt, le, gt, ge };

constexpr std::string_view cmp_text(cmp op) noexcept {
  constexpr std::string_view text[] = {"=", "!=", "<", "<=", ">", ">="};
  return detail::enum_text(text, op);
}
constexpr cmp negate(cmp op) noexcept {
  constexpr cmp neg[] = {cmp::ne, cmp::eq, cmp::ge, cmp::gt, cmp::le, cmp::lt};
  const auto i = static_cast<unsigned>(op);
  return i < 6 ? neg[i] : op;
}

template <class A, class B>
constexpr truth compare_values(cmp op, const A& a, const B& b) {
  if constexpr (checked_comparable<A, B>) {
    const auto r = compare(a, b);
    if (!r.has_value()) return truth::unknown;  // e.g. two currencies: an error, never false
    const auto ord = r.value();
    switch (op) {
      case cmp::eq: return to_truth(ord == 0);
      case cmp::ne: return to_truth(ord != 0);
      case cmp::lt: return to_truth(ord < 0);
      case cmp::le: return to_truth(ord <= 0);
      case cmp::gt: return to_truth(ord > 0);
      case cmp::ge: return to_truth(ord >= 0);
    }
  } else if constexpr (std::three_way_comparable_with<A, B>) {
    switch (op) {
      case cmp::eq: return to_truth(a == b);
      case cmp::ne: return to_truth(a != b);
      case cmp::lt: return to_truth(a < b);
      case cmp::le: return to_truth(a <= b);
      case cmp::gt: return to_truth(a > b);
      case cmp::ge: return to_truth(a >= b);
    }
  } else {
    static_assert(std::equality_comparable_with<A, B>,
                  "oversight: these two values cannot be compared [OVS-E102]");
    if (op == cmp::eq) return to_truth(a == b);
    if (op == cmp::ne) return to_truth(a != b);
  }
  return truth::unknown;
}

template <class A, class B>
inline constexpr bool ordered_v = checked_comparable<A, B> || std::three_way_comparable_with<A, B>;

}  // namespace detail

/// A constant in an expression.
template <class T>
struct constant : detail::value_expr_tag {
  using value_type = T;
  T value;

  template <class S>
  constexpr std::optional<T> value_of(const S&, const context&) const {
    return value;
  }
  template <class Out>
  constexpr void describe(Out& out) const {
    out.value(value);
  }
};

namespace detail {
template <class E>
constexpr void describe_operand(const E& e, auto& out) {
  if constexpr (Fact<E>) out.fact(E::name());
  else e.describe(out);
}
// Writes "name = value" (or "name unknown") for a fact or table operand; nothing for a constant.
template <class E, class V>
constexpr void describe_actual(const E&, const std::optional<V>& v, auto& out) {
  if constexpr (Fact<E> || requires { E::name(); }) {  // a fact, or a named value such as a table
    if (v) out.actual(E::name(), *v);
    else out.actual_unknown(E::name());
  }
}
}  // namespace detail

namespace detail {
// A value expression that knows which legal bases its value rested on in this case tells the
// tracer (see `basis_set` in rules/rule.hpp).
template <class E, class S, class Tracer>
constexpr void report_bases(const E& e, const S& s, const context& ctx, Tracer& tr) {
  if constexpr (requires { tr.narrow_bases(e.candidate_bases(), e.decided_bases(s, ctx)); })
    tr.narrow_bases(e.candidate_bases(), e.decided_bases(s, ctx));
}
// A predicate that decides nothing: the shape of what a table's for_every_completion takes.
struct undecided {
  template <class V>
  constexpr truth operator()(const V&) const noexcept {
    return truth::unknown;
  }
};
}  // namespace detail

/// `lhs op rhs` over two value expressions.
template <detail::cmp Op, class L, class R>
struct comparison : detail::expr_tag {
  L lhs;
  R rhs;

  template <class S>
  constexpr truth test(const S& s, const context& ctx) const {
    const auto a = detail::value_of(lhs, s, ctx);
    if (!a) return truth::unknown;
    const auto b = detail::value_of(rhs, s, ctx);
    if (b) return detail::compare_values(Op, *a, *b);
    // A table's value may be unknown only for want of a yes/no input: the comparison is still
    // decided when it comes out the same for every value the table could give.
    if constexpr (requires { rhs.for_every_completion(s, ctx, detail::undecided{}); })
      return rhs.for_every_completion(s, ctx, [&](const auto& v) { return detail::compare_values(Op, *a, v); });
    else
      return truth::unknown;
  }
  template <class Out>
  constexpr void describe(Out& out) const {
    detail::describe_operand(lhs, out);
    out.text(" ");
    out.text(detail::cmp_text(Op));
    out.text(" ");
    detail::describe_operand(rhs, out);
  }
  template <class S, class Tracer>
  constexpr truth trace(const S& s, const context& ctx, Tracer& tr) const {
    const auto a = detail::value_of(lhs, s, ctx);
    const auto b = detail::value_of(rhs, s, ctx);
    const truth t = test(s, ctx);
    tr.leaf(*this, t, [&](auto& out) {
      detail::describe_actual(lhs, a, out);
      detail::describe_actual(rhs, b, out);
    });
    detail::report_bases(lhs, s, ctx, tr);
    detail::report_bases(rhs, s, ctx, tr);
    return t;
  }
  /// The changes that make this comparison `want`: the negated (or stated) comparison, with the
  /// constant as the boundary value.
  template <class S, class Remedy>
  constexpr auto remedy(const S& s, const context& ctx, Remedy& r, bool want) const {
    if (test(s, ctx) == to_truth(want)) return r.nothing_to_change();
    constexpr detail::cmp op = Op;
    return r.change(*this, [&](auto& out) {
      detail::describe_operand(lhs, out);
      out.text(" ");
      out.text(detail::cmp_text(want ? op : detail::negate(op)));
      out.text(" ");
      detail::describe_operand(rhs, out);
      // A computed boundary (a table's output) is stated with its value.
      if constexpr (!Fact<R> && requires { R::name(); }) {
        if (const auto b = detail::value_of(rhs, s, ctx)) {
          out.text(" (");
          out.value(*b);
          out.text(")");
        }
      }
    });
  }
  template <class Visitor>
  constexpr void visit_facts(Visitor& v) const {
    if constexpr (Fact<L>) v(lhs);
    if constexpr (Fact<R>) v(rhs);
  }
};

/// `lhs` is one of a fixed list of values.
template <class L, class T, std::size_t N>
struct membership : detail::expr_tag {
  L lhs;
  std::array<T, N> values;

  constexpr bool contains(const T& v) const {
    // Unrolled: one comparison per value, no loop for the optimiser to keep.
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
      return ((detail::compare_values(detail::cmp::eq, v, values[I]) == truth::true_) || ...);
    }(std::make_index_sequence<N>{});
  }
  template <class S>
  constexpr truth test(const S& s, const context& ctx) const {
    const auto a = detail::value_of(lhs, s, ctx);
    if (!a) return truth::unknown;
    return to_truth(contains(*a));
  }
  template <class Out>
  constexpr void describe_set(Out& out) const {
    out.text("{");
    for (std::size_t i = 0; i < N; ++i) {
      if (i) out.text(", ");
      out.value(values[i]);
    }
    out.text("}");
  }
  template <class Out>
  constexpr void describe(Out& out) const {
    detail::describe_operand(lhs, out);
    out.text(" in ");
    describe_set(out);
  }
  template <class S, class Tracer>
  constexpr truth trace(const S& s, const context& ctx, Tracer& tr) const {
    const auto a = detail::value_of(lhs, s, ctx);
    const truth t = a ? to_truth(contains(*a)) : truth::unknown;
    tr.leaf(*this, t, [&](auto& out) { detail::describe_actual(lhs, a, out); });
    return t;
  }
  template <class S, class Remedy>
  constexpr auto remedy(const S& s, const context& ctx, Remedy& r, bool want) const {
    if (test(s, ctx) == to_truth(want)) return r.nothing_to_change();
    return r.change(*this, [&](auto& out) {
      detail::describe_operand(lhs, out);
      out.text(want ? " in " : " not in ");
      describe_set(out);
    });
  }
  template <class Visitor>
  constexpr void visit_facts(Visitor& v) const {
    if constexpr (Fact<L>) v(lhs);
  }
};

/// `lhs` is in a set object (anything with `contains(value)` and `name()`, e.g. a bloc's members).
template <class L, class Set>
struct set_membership : detail::expr_tag {
  L lhs;
  Set set;

  template <class S>
  constexpr truth test(const S& s, const context& ctx) const {
    const auto a = detail::value_of(lhs, s, ctx);
    if (!a) return truth::unknown;
    return to_truth(set.contains(*a));
  }
  template <class Out>
  constexpr void describe(Out& out) const {
    detail::describe_operand(lhs, out);
    out.text(" in ");
    out.text(set.name());
  }
  template <class S, class Tracer>
  constexpr truth trace(const S& s, const context& ctx, Tracer& tr) const {
    const auto a = detail::value_of(lhs, s, ctx);
    const truth t = a ? to_truth(set.contains(*a)) : truth::unknown;
    tr.leaf(*this, t, [&](auto& out) { detail::describe_actual(lhs, a, out); });
    return t;
  }
  template <class S, class Remedy>
  constexpr auto remedy(const S& s, const context& ctx, Remedy& r, bool want) const {
    if (test(s, ctx) == to_truth(want)) return r.nothing_to_change();
    return r.change(*this, [&](auto& out) {
      detail::describe_operand(lhs, out);
      out.text(want ? " in " : " not in ");
      out.text(set.name());
    });
  }
  template <class Visitor>
  constexpr void visit_facts(Visitor& v) const {
    if constexpr (Fact<L>) v(lhs);
  }
};

/// A yes/no fact used as a condition: true when the fact holds.
template <Fact F>
struct holds : detail::expr_tag {
  static_assert(std::same_as<typename F::value_type, bool>,
                "oversight: only a fact of type bool can be used as a condition on its own; compare "
                "other facts with a value [OVS-E102]");
  F fact;

  template <class S>
  constexpr truth test(const S& s, const context&) const {
    const auto a = read(fact, s);
    return a ? to_truth(*a) : truth::unknown;
  }
  template <class Out>
  constexpr void describe(Out& out) const {
    out.fact(F::name());
  }
  template <class S, class Tracer>
  constexpr truth trace(const S& s, const context& ctx, Tracer& tr) const {
    const auto a = read(fact, s);
    const truth t = test(s, ctx);
    tr.leaf(*this, t, [&](auto& out) { detail::describe_actual(fact, a, out); });
    return t;
  }
  template <class S, class Remedy>
  constexpr auto remedy(const S& s, const context& ctx, Remedy& r, bool want) const {
    if (test(s, ctx) == to_truth(want)) return r.nothing_to_change();
    return r.change(*this, [&](auto& out) {
      out.fact(F::name());
      out.text(want ? " = true" : " = false");
    });
  }
  template <class Visitor>
  constexpr void visit_facts(Visitor& v) const {
    v(fact);
  }
};

/// Whether a fact is known: never unknown itself.
template <Fact F>
struct known : detail::expr_tag {
  F fact;

  template <class S>
  constexpr truth test(const S& s, const context&) const {
    return to_truth(read(fact, s).has_value());
  }
  template <class Out>
  constexpr void describe(Out& out) const {
    out.fact(F::name());
    out.text(" is known");
  }
  template <class S, class Tracer>
  constexpr truth trace(const S& s, const context& ctx, Tracer& tr) const {
    const auto a = read(fact, s);
    const truth t = test(s, ctx);
    tr.leaf(*this, t, [&](auto& out) { detail::describe_actual(fact, a, out); });
    return t;
  }
  template <class S, class Remedy>
  constexpr auto remedy(const S& s, const context& ctx, Remedy& r, bool want) const {
    if (test(s, ctx) == to_truth(want)) return r.nothing_to_change();
    return r.change(*this, [&](auto& out) {
      out.fact(F::name());
      out.text(want ? " is established" : " is not recorded");
    });
  }
  template <class Visitor>
  constexpr void visit_facts(Visitor& v) const {
    v(fact);
  }
};

/// A condition that is always (`Value` true) or never true.
template <bool Value>
struct boolean_constant : detail::expr_tag {
  template <class S>
  constexpr truth test(const S&, const context&) const {
    return to_truth(Value);
  }
  template <class Out>
  constexpr void describe(Out& out) const {
    out.text(Value ? "always" : "never");
  }
  template <class S, class Tracer>
  constexpr truth trace(const S&, const context&, Tracer& tr) const {
    tr.leaf(*this, to_truth(Value), [](auto&) {});
    return to_truth(Value);
  }
  template <class S, class Remedy>
  constexpr auto remedy(const S&, const context&, Remedy& r, bool want) const {
    return want == Value ? r.nothing_to_change() : r.impossible();
  }
  template <class Visitor>
  constexpr void visit_facts(Visitor&) const {}
};

inline constexpr boolean_constant<true> always{};
inline constexpr boolean_constant<false> never{};

/// Conjunction (`All`) or disjunction of conditions, flattened: `a && b && c` is one node.
template <bool All, class... Es>
struct junction : detail::expr_tag {
  detail::tuple<Es...> operands;

  template <class S>
  constexpr truth test(const S& s, const context& ctx) const {
    truth acc = to_truth(All);
    // Short-circuits on the deciding value; unknown operands are remembered.
    detail::any_of(operands, [&](const auto& e) {
      const truth t = e.test(s, ctx);
      acc = All ? (acc && t) : (acc || t);
      return acc == to_truth(!All);
    });
    return acc;
  }
  template <class Out>
  constexpr void describe(Out& out) const {
    bool first = true;
    detail::for_each(operands, [&](const auto& e) {
      if (!first) out.text(All ? " and " : " or ");
      first = false;
      const bool nested = is_composite(e);
      if (nested) out.text("(");
      e.describe(out);
      if (nested) out.text(")");
    });
  }
  template <class S, class Tracer>
  constexpr truth trace(const S& s, const context& ctx, Tracer& tr) const {
    tr.open(*this, All ? "all of" : "any of");
    truth acc = to_truth(All);
    detail::for_each(operands, [&](const auto& e) {
      const truth t = e.trace(s, ctx, tr);
      acc = All ? (acc && t) : (acc || t);
    });
    tr.close(acc);
    return acc;
  }
  /// For a conjunction to become false one operand suffices (alternatives); for it to become
  /// true every operand that is not already true must change (combined). Dually for `or`.
  template <class S, class Remedy>
  constexpr auto remedy(const S& s, const context& ctx, Remedy& r, bool want) const {
    if (test(s, ctx) == to_truth(want)) return r.nothing_to_change();
    const bool alternatives = (All != want);
    auto acc = alternatives ? r.impossible() : r.nothing_to_change();
    detail::for_each(operands, [&](const auto& e) {
      if (e.test(s, ctx) == to_truth(want)) return;  // already as wanted
      auto sub = e.remedy(s, ctx, r, want);
      acc = alternatives ? r.either(std::move(acc), std::move(sub)) : r.both(std::move(acc), std::move(sub));
    });
    return acc;
  }
  template <class Visitor>
  constexpr void visit_facts(Visitor& v) const {
    detail::for_each(operands, [&](const auto& e) { e.visit_facts(v); });
  }

 private:
  template <class E>
  static constexpr bool is_composite(const E&) {
    return requires { E::is_junction; };
  }

 public:
  static constexpr bool is_junction = true;
};

/// Negation.
template <class E>
struct negation : detail::expr_tag {
  E operand;

  template <class S>
  constexpr truth test(const S& s, const context& ctx) const {
    return !operand.test(s, ctx);
  }
  template <class Out>
  constexpr void describe(Out& out) const {
    out.text("not (");
    operand.describe(out);
    out.text(")");
  }
  template <class S, class Tracer>
  constexpr truth trace(const S& s, const context& ctx, Tracer& tr) const {
    tr.open(*this, "not");
    const truth t = !operand.trace(s, ctx, tr);
    tr.close(t);
    return t;
  }
  template <class S, class Remedy>
  constexpr auto remedy(const S& s, const context& ctx, Remedy& r, bool want) const {
    return operand.remedy(s, ctx, r, !want);
  }
  template <class Visitor>
  constexpr void visit_facts(Visitor& v) const {
    operand.visit_facts(v);
  }
};

/// A condition under a target (XACML 3.0 section 7.11): where the target does not match, the
/// condition is false (the rule NotApplicable); where it cannot be told, unknown whatever the
/// condition (the rule Indeterminate{its effect}); where it matches, the condition decides. An
/// empty target is `always`. Built by `rule(...).applies_when(target)`.
template <class Target, class C>
struct targeted : detail::expr_tag {
  Target target;
  C condition;

  template <class S>
  constexpr truth test(const S& s, const context& ctx) const {
    const truth t = target.test(s, ctx);
    return t == truth::true_ ? condition.test(s, ctx) : t;
  }
  template <class Out>
  constexpr void describe(Out& out) const {
    out.text("where (");
    target.describe(out);
    out.text("): ");
    condition.describe(out);
  }
  template <class S, class Tracer>
  constexpr truth trace(const S& s, const context& ctx, Tracer& tr) const {
    tr.open(*this, "the target, then the condition");
    const truth t = target.trace(s, ctx, tr);
    const truth result = t == truth::true_ ? condition.trace(s, ctx, tr) : t;
    tr.close(result);
    return result;
  }
  /// To make it false, the target false or the condition false; to make it true, both true.
  template <class S, class Remedy>
  constexpr auto remedy(const S& s, const context& ctx, Remedy& r, bool want) const {
    if (test(s, ctx) == to_truth(want)) return r.nothing_to_change();
    const truth t = target.test(s, ctx);
    if (!want) {
      auto acc = target.remedy(s, ctx, r, false);
      if (t == truth::true_) acc = r.either(std::move(acc), condition.remedy(s, ctx, r, false));
      return acc;
    }
    auto acc = t == truth::true_ ? r.nothing_to_change() : target.remedy(s, ctx, r, true);
    if (condition.test(s, ctx) != truth::true_) acc = r.both(std::move(acc), condition.remedy(s, ctx, r, true));
    return acc;
  }
  template <class Visitor>
  constexpr void visit_facts(Visitor& v) const {
    target.visit_facts(v);
    condition.visit_facts(v);
  }
};

namespace detail {
/// The explicit target of condition `C` (a `targeted` one's), or none.
template <class C>
struct target_of {
  static constexpr bool present = false;
};
template <class T, class C>
struct target_of<targeted<T, C>> {
  static constexpr bool present = true;
};
}  // namespace detail

enum class quantifier : unsigned char { any, all, none };

namespace detail {
template <class Range>
concept knows_completeness = requires(const Range& r) {
  { r.complete() } -> std::convertible_to<bool>;
};
/// Whether a collection's range holds every element: a range may say it is not recorded (or
/// not completely) through a `complete()` member; any other range is complete.
template <class Range>
constexpr bool collection_complete(const Range& r) {
  if constexpr (knows_completeness<Range>) return static_cast<bool>(r.complete());
  else return true;
}
template <class Range>
concept has_unrecorded_element = requires(const Range& r) { r.unrecorded_element(); };
/// The value of a quantifier over the recorded elements (`acc`), once it is known whether they
/// are all there. The elements that are not recorded are arbitrary: where the range can give
/// one (`unrecorded_element()`, an element all of whose own facts are unknown), the body is
/// evaluated on it, so a body that no element could satisfy (it reads a fact of the whole
/// that rules it out) still decides; otherwise they leave undecided what the recorded ones did
/// not decide.
template <quantifier Q, class Range, class Body>
constexpr truth close_quantifier(truth acc, const Range& range, const Body& body, const context& ctx) {
  if (!collection_complete(range)) {
    truth rest = truth::unknown;
    if constexpr (has_unrecorded_element<Range>) rest = body.test(range.unrecorded_element(), ctx);
    acc = Q == quantifier::all ? (acc && rest) : (acc || rest);
  }
  return Q == quantifier::none ? !acc : acc;
}
}  // namespace detail

/// A condition over the elements of a collection: any / all / none of them satisfy `body`.
/// The body's facts are read from each element. A collection that is not completely recorded
/// (its range's `complete()` is false) is unknown where neither its recorded elements nor an
/// arbitrary unrecorded one decide (see close_quantifier).
template <quantifier Q, Collection C, Condition Body>
struct quantified : detail::expr_tag {
  C collection;
  Body body;

  template <class S>
  constexpr truth test(const S& s, const context& ctx) const {
    truth acc = Q == quantifier::all ? truth::true_ : truth::false_;
    const auto& range = elements(s);
    for (const auto& element : range) {
      const truth t = body.test(element, ctx);
      acc = Q == quantifier::all ? (acc && t) : (acc || t);
      if (acc == (Q == quantifier::all ? truth::false_ : truth::true_)) break;
    }
    return detail::close_quantifier<Q>(acc, range, body, ctx);
  }
  template <class Out>
  constexpr void describe(Out& out) const {
    out.text(Q == quantifier::any ? "any of " : Q == quantifier::all ? "all of " : "none of ");
    out.fact(C::name());
    out.text(" satisfies (");
    body.describe(out);
    out.text(")");
  }
  template <class S, class Tracer>
  constexpr truth trace(const S& s, const context& ctx, Tracer& tr) const {
    tr.open(*this, Q == quantifier::any ? "any element" : Q == quantifier::all ? "every element" : "no element");
    truth acc = Q == quantifier::all ? truth::true_ : truth::false_;
    std::size_t i = 0;
    const auto& range = elements(s);
    for (const auto& element : range) {
      tr.enter(C::name(), i++);
      const truth t = body.trace(element, ctx, tr);
      tr.leave();
      acc = Q == quantifier::all ? (acc && t) : (acc || t);
    }
    const truth result = detail::close_quantifier<Q>(acc, range, body, ctx);
    tr.close(result);
    return result;
  }
  /// `any` becomes false only if every element that satisfies the body stops satisfying it;
  /// `all` becomes false if one element stops.
  template <class S, class Remedy>
  constexpr auto remedy(const S& s, const context& ctx, Remedy& r, bool want) const {
    if (test(s, ctx) == to_truth(want)) return r.nothing_to_change();
    const bool element_want = Q == quantifier::all ? want : (Q == quantifier::any ? want : !want);
    // any(want=false) / none(want=true): every element must be falsified -> combined.
    // all(want=false): one element suffices -> alternatives. (want=true cases are dual.)
    const bool alternatives = (Q == quantifier::all) ? !want : (Q == quantifier::any ? want : !want);
    auto acc = alternatives ? r.impossible() : r.nothing_to_change();
    std::size_t i = 0;
    for (const auto& element : elements(s)) {
      const std::size_t index = i++;
      if (body.test(element, ctx) == to_truth(element_want)) continue;
      r.enter(C::name(), index);
      auto sub = body.remedy(element, ctx, r, element_want);
      r.leave();
      acc = alternatives ? r.either(std::move(acc), std::move(sub)) : r.both(std::move(acc), std::move(sub));
    }
    return acc;
  }
  template <class Visitor>
  constexpr void visit_facts(Visitor&) const {}

 private:
  template <class S>
  constexpr decltype(auto) elements(const S& s) const {
    return read_collection(collection, s);
  }
};

// ---------------------------------------------------------------------------------------------
// Building expressions.

namespace detail {
template <class T>
constexpr auto as_operand(const T& v) {
  if constexpr (ValueExpression<T>) return v;
  else return constant<T>{{}, v};
}
template <class E>
constexpr auto as_condition(const E& e) {
  if constexpr (Fact<E>) return holds<E>{{}, e};
  else return e;
}
template <class E>
concept condition_like = Condition<E> || (Fact<E> && std::same_as<typename E::value_type, bool>);

template <fixed_string Fact, class FactType, class ValueType>
void fact_compared_with_a_value_of_another_type() = delete;  // [OVS-E102] compare the fact with a value of its own value_type
#if defined(__clang__)
template <char... Spelled>
inline constexpr bool fact_compared_with_its_own_type = false;
template <class A, class B, char... C>
struct comparison_report {
  static_assert(fact_compared_with_its_own_type<C...>,
                "oversight: a fact is compared with a value of another type; compare it with a "
                "value of the fact's own value_type [OVS-E102]");
};
template <class A, class B, fixed_string Name, std::size_t... I>
constexpr void report_comparison(std::index_sequence<I...>) {
  static_cast<void>(sizeof(comparison_report<A, B, Name.data[I]...>));
}
#endif

template <class L, class R>
constexpr void check_comparable() {
  using A = typename decltype(as_operand(std::declval<L>()))::value_type;
  using B = typename decltype(as_operand(std::declval<R>()))::value_type;
  if constexpr (!(checked_comparable<A, B> || std::equality_comparable_with<A, B>)) {
    // The fact's name in the first error line: GCC prints it as text, Clang 14 as characters.
    using F = std::conditional_t<Fact<L>, L, R>;
    if constexpr (Fact<F>) {
      constexpr auto name = fixed_from<F::name().size()>(F::name());
#if defined(__clang__)
      report_comparison<A, B, name>(std::make_index_sequence<name.size()>{});
#else
      fact_compared_with_a_value_of_another_type<name, A, B>();
#endif
    } else {
      static_assert(checked_comparable<A, B> || std::equality_comparable_with<A, B>,
                    "oversight: a value is compared with a value of another type [OVS-E102]");
    }
  }
}
template <cmp Op, class L, class R>
constexpr auto make_comparison(const L& l, const R& r) {
  check_comparable<L, R>();
  using A = decltype(as_operand(l));
  using B = decltype(as_operand(r));
  if constexpr (Op != cmp::eq && Op != cmp::ne) {
    static_assert(ordered_v<typename A::value_type, typename B::value_type>,
                  "oversight: these values have no order; only = and != apply [OVS-E102]");
  }
  return comparison<Op, A, B>{{}, as_operand(l), as_operand(r)};
}
template <class L, class R>
concept comparable_operands = (ValueExpression<L> || ValueExpression<R>) && !Condition<L> && !Condition<R>;
}  // namespace detail

template <class L, class R>
  requires detail::comparable_operands<L, R>
constexpr auto operator==(const L& l, const R& r) {
  return detail::make_comparison<detail::cmp::eq>(l, r);
}
template <class L, class R>
  requires detail::comparable_operands<L, R>
constexpr auto operator!=(const L& l, const R& r) {
  return detail::make_comparison<detail::cmp::ne>(l, r);
}
template <class L, class R>
  requires detail::comparable_operands<L, R>
constexpr auto operator<(const L& l, const R& r) {
  return detail::make_comparison<detail::cmp::lt>(l, r);
}
template <class L, class R>
  requires detail::comparable_operands<L, R>
constexpr auto operator<=(const L& l, const R& r) {
  return detail::make_comparison<detail::cmp::le>(l, r);
}
template <class L, class R>
  requires detail::comparable_operands<L, R>
constexpr auto operator>(const L& l, const R& r) {
  return detail::make_comparison<detail::cmp::gt>(l, r);
}
template <class L, class R>
  requires detail::comparable_operands<L, R>
constexpr auto operator>=(const L& l, const R& r) {
  return detail::make_comparison<detail::cmp::ge>(l, r);
}

namespace detail {
template <bool All, class... Es>
constexpr int junction_kind_of(const junction<All, Es...>*) {
  return All ? 1 : 2;
}
template <class... As, class... Bs, bool All>
constexpr auto join(const detail::tuple<As...>& a, const detail::tuple<Bs...>& b, std::bool_constant<All>) {
  return [&]<std::size_t... I, std::size_t... J>(std::index_sequence<I...>, std::index_sequence<J...>) {
    return junction<All, As..., Bs...>{{}, detail::tuple<As..., Bs...>(get<I>(a)..., get<J>(b)...)};
  }(std::index_sequence_for<As...>{}, std::index_sequence_for<Bs...>{});
}
template <bool All, class E>
constexpr auto flat_operands(const E& e) {
  if constexpr (requires { junction_kind_of(static_cast<const E*>(nullptr)); }) {
    if constexpr (junction_kind_of(static_cast<const E*>(nullptr)) == (All ? 1 : 2)) return e.operands;
    else return detail::tuple<E>(e);
  } else {
    return detail::tuple<decltype(as_condition(e))>(as_condition(e));
  }
}
}  // namespace detail

template <class L, class R>
  requires detail::condition_like<L> && detail::condition_like<R>
constexpr auto operator&&(const L& l, const R& r) {
  return detail::join(detail::flat_operands<true>(l), detail::flat_operands<true>(r), std::true_type{});
}
template <class L, class R>
  requires detail::condition_like<L> && detail::condition_like<R>
constexpr auto operator||(const L& l, const R& r) {
  return detail::join(detail::flat_operands<false>(l), detail::flat_operands<false>(r), std::false_type{});
}
template <class E>
  requires detail::condition_like<E>
constexpr auto operator!(const E& e) {
  using C = decltype(detail::as_condition(e));
  return negation<C>{{}, detail::as_condition(e)};
}

/// `fact` is one of `values`: `sector.in(sector::defence, sector::lawful_interception)` is
/// written `in(sector, ...)` or, through the fact, `sector.in(...)`.
template <ValueExpression L, class... V>
  requires(sizeof...(V) > 0)
constexpr auto in(const L& lhs, const V&... values) {
  using T = typename L::value_type;
  if constexpr (sizeof...(V) == 1 && (!std::convertible_to<V, T> && ...)) {
    return set_membership<L, V...>{{}, lhs, values...};
  } else {
    static_assert((std::convertible_to<V, T> && ...),
                  "oversight: every value in in(...) must have the fact's value_type [OVS-E102]");
    return membership<L, T, sizeof...(V)>{{}, lhs, {static_cast<T>(values)...}};
  }
}

/// The member form `fact.in(values...)` (found by argument-dependent lookup from fact.hpp).
template <Fact F, class... V>
constexpr auto make_membership(const F& f, const V&... values) {
  return in(f, values...);
}

/// Some element of `c` satisfies `body`.
template <Collection C, class Body>
  requires detail::condition_like<Body>
constexpr auto any(C c, const Body& body) {
  using B = decltype(detail::as_condition(body));
  return quantified<quantifier::any, C, B>{{}, c, detail::as_condition(body)};
}
/// Every element of `c` satisfies `body` (true for an empty collection).
template <Collection C, class Body>
  requires detail::condition_like<Body>
constexpr auto all(C c, const Body& body) {
  using B = decltype(detail::as_condition(body));
  return quantified<quantifier::all, C, B>{{}, c, detail::as_condition(body)};
}
/// No element of `c` satisfies `body`.
template <Collection C, class Body>
  requires detail::condition_like<Body>
constexpr auto none(C c, const Body& body) {
  using B = decltype(detail::as_condition(body));
  return quantified<quantifier::none, C, B>{{}, c, detail::as_condition(body)};
}

/// Whether fact `f` is known for the subject.
template <Fact F>
constexpr auto is_known(F f) {
  return known<F>{{}, f};
}

/// Turns a yes/no fact into a condition (done implicitly by && || !).
template <class E>
  requires detail::condition_like<E>
constexpr auto condition(const E& e) {
  return detail::as_condition(e);
}

OVERSIGHT_END_NAMESPACE
