// oversight: policy analysis. What a policy can never do, which rules never fire, which
// exceptions never apply, and where two policies differ, decided for every subject at once.
//
// A condition of a policy compares facts with constants, tests them against lists and sets,
// and combines the results in three-valued logic. For each fact the analysis takes a finite set
// of representative values such that every value the fact could have behaves, in every test of
// the policy, like one of them (plus "unknown"): all values of a type with few values (booleans,
// enumerations, countries), and for an ordered type (integers, dates, money) each constant the
// policy compares it with and its two neighbours; representatives that no test tells apart are
// merged. A *cell* gives each fact one representative and the check a day (cut at the rules'
// periods). Evaluating one cell per combination, with the policy's own evaluation (`check`,
// the rules' own conditions), decides the policy for every subject and day:
//
//     #include <oversight/analysis.hpp>
//     namespace an = oversight::analysis;
//
//     static_assert(an::never_permits_when(policy, high_risk && sector == sector_kind::defence));
//     for (const auto& r : an::analyse(policy).rules)      // rules that can never fire
//       if (r.status == an::rule_status::never_fires) ...
//     std::cout << an::to_text(an::difference(before, after));
//
// Every question is `constexpr` (usable in `static_assert`) and has a readable form at run time.
// Rule-level questions (a rule that never fires, an exception that never applies) enumerate the
// facts of the rule and its exceptions only; policy-level questions (which verdicts a policy can
// reach, properties, equivalence, differences) enumerate every fact the policies read, so their
// cost is the product of the facts' representative counts (times the days). An enumeration
// stops at `options::max_cells`, and a result says so: a question answered on part of the
// cells is never reported as proved.
//
// Conditions of kinds the analysis cannot cut into finitely many cases are reported, with the
// rule they occur in, and the questions that need them are "not analysed", never "proved":
// quantifiers over collections (`any`, `all`, `none`), computed values other than decision
// tables over facts (whose outputs and row tests are cut points like constants), user-defined
// conditions, and comparisons of two facts unless both have few values.
// A fact whose type has no value space (see `value_space`) is reported the same way.
//
// Not included by <oversight/oversight.hpp>: the analysis costs compile time only where used.
#pragma once

#include <oversight/detail/bounded_text.hpp>
#include <oversight/detail/config.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/domain/money.hpp>
#include <oversight/rules/combining.hpp>
#include <oversight/rules/decision.hpp>
#include <oversight/rules/decision_table.hpp>
#include <oversight/rules/expression.hpp>
#include <oversight/rules/fact.hpp>
#include <oversight/rules/policy.hpp>
#include <oversight/rules/rule.hpp>
#include <oversight/rules/text.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

OVERSIGHT_BEGIN_NAMESPACE

namespace analysis {

// ---- value spaces ------------------------------------------------------------------------------

/// The values the analysis tries for a fact of type T. Specialize it for a type of one's own,
/// in one of two forms:
///
/// - few values: `static constexpr std::size_t size()` and `static constexpr T at(std::size_t)`
///   giving every value (booleans, enumerations, countries);
/// - ordered: `static constexpr T below(const T&)`, `above(const T&)` (the nearest values on
///   either side, or the value itself at the end of the range) and `any()` (some value), and
///   optionally `others(const std::vector<T>& constants)` for values that no constant orders
///   (money in another currency).
///
/// Enumerations with an ADL `to_string_view` that gives "(invalid)" past the last enumerator
/// (the library's own convention, detail/enum_text.hpp) and enumerators numbered from 0 are
/// covered; so are bool, the integer types, `date`, `money` and `country`.
template <class T>
struct value_space {};

template <>
struct value_space<bool> {
  static constexpr std::size_t size() noexcept { return 2; }
  static constexpr bool at(std::size_t i) noexcept { return i != 0; }
};

template <class E>
  requires std::is_enum_v<E> && requires(E e) {
    { to_string_view(e) } -> std::convertible_to<std::string_view>;
  }
struct value_space<E> {
  static constexpr std::size_t size() noexcept {
    std::size_t n = 0;
    while (n < 255 && to_string_view(static_cast<E>(n)) != std::string_view("(invalid)")) ++n;
    return n;
  }
  static constexpr E at(std::size_t i) noexcept { return static_cast<E>(i); }
};

template <std::integral T>
  requires(!std::same_as<T, bool>)
struct value_space<T> {
  static constexpr T below(T v) noexcept { return v == std::numeric_limits<T>::min() ? v : static_cast<T>(v - 1); }
  static constexpr T above(T v) noexcept { return v == std::numeric_limits<T>::max() ? v : static_cast<T>(v + 1); }
  static constexpr T any() noexcept { return T{}; }
};

template <>
struct value_space<date> {
  static constexpr date below(date d) noexcept {
    const auto r = date::from_days(d.days_since_epoch() - 1);
    return r ? *r : d;
  }
  static constexpr date above(date d) noexcept {
    const auto r = date::from_days(d.days_since_epoch() + 1);
    return r ? *r : d;
  }
  static constexpr date any() noexcept { return date::first(); }
};

template <>
struct value_space<money> {
  static constexpr money below(const money& m) noexcept {
    return m.minor_units() == std::numeric_limits<std::int64_t>::min() ? m : money::minor(m.minor_units() - 1, m.unit());
  }
  static constexpr money above(const money& m) noexcept {
    return m.minor_units() == std::numeric_limits<std::int64_t>::max() ? m : money::minor(m.minor_units() + 1, m.unit());
  }
  static constexpr money any() noexcept { return money::zero(*currency::parse("EUR")); }
  /// An amount in a currency none of the constants is in: every comparison with them is
  /// unknown (money.hpp never converts), a case of its own.
  static constexpr std::vector<money> others(const std::vector<money>& constants) {
    for (const std::string_view code : {"EUR", "USD", "GBP", "CHF", "JPY"}) {
      const currency c = *currency::parse(code);
      bool used = false;
      for (const money& m : constants) used = used || m.unit() == c;
      if (!used) return {money::zero(c)};
    }
    return {};
  }
};

template <>
struct value_space<country> {
  static constexpr std::size_t size() noexcept { return country::count; }
  static constexpr country at(std::size_t i) noexcept { return *country::from_index(i); }
};

/// T has few values, each listed by value_space<T>.
template <class T>
concept few_values = requires(std::size_t i) {
  { value_space<T>::size() } -> std::convertible_to<std::size_t>;
  { value_space<T>::at(i) } -> std::convertible_to<T>;
};
/// T is ordered, and value_space<T> gives each value's neighbours.
template <class T>
concept ordered_values = requires(const T& v) {
  { value_space<T>::below(v) } -> std::convertible_to<T>;
  { value_space<T>::above(v) } -> std::convertible_to<T>;
  { value_space<T>::any() } -> std::convertible_to<T>;
};
/// The analysis can cut the values of T into finitely many cases.
template <class T>
concept analysable_values = few_values<T> || ordered_values<T>;

// ---- cells ---------------------------------------------------------------------------------------

/// One case of the analysis: a value (or unknown) for each fact `Fs`, and the day of the check.
/// A subject like any other: `check(policy, cell, as_of(cell.day))`.
namespace detail {

template <class Out>
constexpr void append_unsigned(Out& out, std::uint64_t v, int min_digits = 1) {
  char digits[20]{};
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0 || n < min_digits);
  while (n > 0) {
    const char one[1] = {digits[--n]};
    out.append(std::string_view(one, 1));
  }
}
template <class Out>
constexpr void append_signed(Out& out, std::int64_t v) {
  if (v < 0) out.append("-");
  append_unsigned(out, v < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v));
}

/// A value's text in a constant expression: booleans, integers, enumerations (their
/// `to_string_view`), dates, countries, CPV codes, money ("142999.99 EUR"), text.
template <class Out, class V>
constexpr void append_constant_value(Out& out, const V& v) {
  if constexpr (std::same_as<V, bool>) {
    out.append(v ? "true" : "false");
  } else if constexpr (std::integral<V>) {
    if constexpr (std::is_signed_v<V>) append_signed(out, static_cast<std::int64_t>(v));
    else append_unsigned(out, static_cast<std::uint64_t>(v));
  } else if constexpr (std::convertible_to<const V&, std::string_view>) {
    out.append(std::string_view(v));
  } else if constexpr (requires { v.iso(); }) {
    const auto text = v.iso();
    out.append(std::string_view(text.data(), text.size()));
  } else if constexpr (requires { { v.text().view() } -> std::convertible_to<std::string_view>; }) {
    out.append(v.text().view());
  } else if constexpr (requires { { v.alpha2() } -> std::convertible_to<std::string_view>; }) {
    out.append(v.alpha2());
  } else if constexpr (requires { v.minor_units(); v.unit().code(); v.unit().minor_digits(); }) {
    const std::int64_t m = v.minor_units();
    const int digits = v.unit().minor_digits();
    std::uint64_t per = 1;
    for (int k = 0; k < digits; ++k) per *= 10;
    const std::uint64_t a = m < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(m) : static_cast<std::uint64_t>(m);
    if (m < 0) out.append("-");
    append_unsigned(out, a / per);
    if (digits > 0) {
      out.append(".");
      append_unsigned(out, a % per, digits);
    }
    out.append(" ");
    out.append(v.unit().code());
  } else if constexpr (requires { { to_string_view(v) } -> std::convertible_to<std::string_view>; }) {
    out.append(to_string_view(v));
  } else if constexpr (std::is_enum_v<V>) {
    append_signed(out, static_cast<std::int64_t>(v));
  } else {
    out.append("(a value without a constant text)");
  }
}

}  // namespace detail

template <class... Fs>
struct cell {
  std::tuple<std::optional<typename Fs::value_type>...> values{};
  date day = date::first();
  bool dated = false;  ///< whether the day matters (the policies read it): it is then described
  /// Which of its space's representatives each fact has (the last: unknown), and the day's.
  std::array<std::size_t, sizeof...(Fs) + 1> at{};

  /// The same text as `describe`, written into `out` (anything with `append(std::string_view)`) in a
  /// constant expression too; values as `detail::append_constant_value` writes them.
  template <class Out>
  constexpr void write_to(Out& out) const {
    bool first = true;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      [[maybe_unused]] const int each[] = {0, (write_one<I>(out, first), 0)...};
    }(std::index_sequence_for<Fs...>{});
    if (dated) {
      if (!first) out.append(", ");
      out.append("on ");
      const auto iso = day.iso();
      out.append(std::string_view(iso.data(), iso.size()));
    }
  }

  /// "fact = value, fact unknown, ..., on 2025-01-01".
  [[nodiscard]] std::string describe() const {
    std::string out;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      [[maybe_unused]] const int each[] = {0, (describe_one<I>(out), 0)...};
    }(std::index_sequence_for<Fs...>{});
    if (dated) {
      if (!out.empty()) out += ", ";
      out += "on ";
      const auto iso = day.iso();
      out.append(iso.data(), iso.size());
    }
    return out;
  }

 private:
  template <std::size_t I, class Out>
  constexpr void write_one(Out& out, bool& first) const {
    using F = std::tuple_element_t<I, std::tuple<Fs...>>;
    if (!first) out.append(", ");
    first = false;
    out.append(F::name());
    const auto& v = std::get<I>(values);
    if (!v) {
      out.append(" unknown");
      return;
    }
    out.append(" = ");
    detail::append_constant_value(out, *v);
  }
  template <std::size_t I>
  void describe_one(std::string& out) const {
    using F = std::tuple_element_t<I, std::tuple<Fs...>>;
    if (!out.empty()) out += ", ";
    out += F::name();
    const auto& v = std::get<I>(values);
    if (!v) {
      out += " unknown";
      return;
    }
    out += " = ";
    value_text<typename F::value_type>::append(out, *v);
  }
};

}  // namespace analysis

/// A cell provides each of its facts (unknown where it holds no value).
template <class... Fs>
struct fact_source<analysis::cell<Fs...>> {
  template <class F>
    requires(std::same_as<F, Fs> || ...)
  static constexpr std::optional<typename F::value_type> get(F, const analysis::cell<Fs...>& c) {
    constexpr std::size_t i = [] {
      constexpr bool same[] = {std::same_as<F, Fs>...};
      std::size_t k = 0;
      while (!same[k]) ++k;
      return k;
    }();
    return std::get<i>(c.values);
  }
};

namespace analysis {

// ---- what the analysis could not take into account ------------------------------------------

/// A part of a policy the analysis cannot cut into finitely many cases: where it is (a rule or
/// exception id, or the policy's own id for its target) and what it is.
struct problem {
  std::string_view where;
  std::string_view what;
  std::string_view fact = {};  ///< the fact concerned, where there is one
  friend constexpr bool operator==(const problem&, const problem&) noexcept = default;
};

/// Limits of an analysis.
struct options {
  /// The most cells one question enumerates; a question that would need more is answered on the
  /// first ones only and says it was cut short. At compile time, each cell costs a policy
  /// evaluation against GCC's -fconstexpr-ops-limit and Clang's -fconstexpr-steps.
  std::size_t max_cells = std::size_t{1} << 20;
  /// Only checks made on a day of this period (for a promise that holds from a rule's entry into
  /// force): policy-level questions skip the other days.
  std::optional<period> during{};
};

namespace detail {

using oversight::detail::cmp;

template <class... Ts>
struct type_list {};

template <class L, class T>
struct add_unique;
template <class... Ts, class T>
struct add_unique<type_list<Ts...>, T> {
  using type = std::conditional_t<(std::same_as<T, Ts> || ...), type_list<Ts...>, type_list<Ts..., T>>;
};
template <class L, class M>
struct merge;
template <class L>
struct merge<L, type_list<>> {
  using type = L;
};
template <class L, class T, class... Ts>
struct merge<L, type_list<T, Ts...>> : merge<typename add_unique<L, T>::type, type_list<Ts...>> {};
template <class... Ls>
struct merge_all {
  using type = type_list<>;
};
template <class L, class... Ls>
struct merge_all<L, Ls...> : merge<L, typename merge_all<Ls...>::type> {};

template <class T>
struct table_input_types;
template <class... In>
struct table_input_types<table_inputs<In...>> {
  using type = type_list<In...>;
  static constexpr bool all_facts = (Fact<In> && ...);
  static constexpr std::size_t count = sizeof...(In);
};
/// A decision table the analysis can see through: its inputs are facts, and its value is one of
/// its rows' outputs (or its default).
template <class T>
concept table_operand =
    std::derived_from<T, oversight::detail::table_tag> &&
    (T::policy == hit_policy::unique || T::policy == hit_policy::any || T::policy == hit_policy::priority ||
     T::policy == hit_policy::first || T::policy == hit_policy::collect_min ||
     T::policy == hit_policy::collect_max) &&
    table_input_types<std::remove_cvref_t<decltype(T::inputs)>>::all_facts;

/// The facts expression, rule, exception or policy E reads (those the analysis can see).
template <class E>
struct facts_of {
  using type = type_list<>;
};
template <class E>
using facts_of_t = typename facts_of<E>::type;

template <class F>
  requires Fact<F>
struct facts_of<F> {
  using type = type_list<F>;
};
template <cmp Op, class L, class R>
struct facts_of<comparison<Op, L, R>> : merge_all<facts_of_t<L>, facts_of_t<R>> {};
template <class T>
  requires table_operand<T>
struct facts_of<T> {
  template <class>
  struct of;
  template <class... In>
  struct of<type_list<In...>> : merge_all<facts_of_t<In>...> {};
  using type = typename of<typename table_input_types<std::remove_cvref_t<decltype(T::inputs)>>::type>::type;
};
/// A decision table on its own, its rows to be analysed (`analyse_table`): it reads its inputs.
template <class T>
struct table_rows {
  T table;
};
template <class T>
  requires table_input_types<std::remove_cvref_t<decltype(T::inputs)>>::all_facts
struct facts_of<table_rows<T>> {
  template <class>
  struct of;
  template <class... In>
  struct of<type_list<In...>> : merge_all<facts_of_t<In>...> {};
  using type = typename of<typename table_input_types<std::remove_cvref_t<decltype(T::inputs)>>::type>::type;
};
template <class L, class T, std::size_t N>
struct facts_of<membership<L, T, N>> : facts_of<L> {};
template <class L, class Set>
struct facts_of<set_membership<L, Set>> : facts_of<L> {};
template <class F>
struct facts_of<holds<F>> : facts_of<F> {};
template <class F>
struct facts_of<known<F>> : facts_of<F> {};
template <class E>
struct facts_of<negation<E>> : facts_of<E> {};
template <bool All, class... Es>
struct facts_of<junction<All, Es...>> : merge_all<facts_of_t<Es>...> {};
template <class T, class C>
struct facts_of<targeted<T, C>> : merge_all<facts_of_t<T>, facts_of_t<C>> {};
template <class R>
  requires Rule<R>
struct facts_of<R> {
  using escalation = std::remove_cvref_t<decltype(std::declval<const R&>().escalation_)>;
  template <class X>
  struct escalation_facts {
    using type = facts_of_t<decltype(X::condition)>;
  };
  using type = typename merge_all<
      facts_of_t<decltype(R::condition)>,
      typename std::conditional_t<std::is_same_v<escalation, no_escalation>, std::type_identity<type_list<>>,
                                  escalation_facts<escalation>>::type>::type;
};
template <class E>
  requires Exception<E>
struct facts_of<E> : facts_of<decltype(E::condition)> {};
template <class P>
  requires Policy<P>
struct facts_of<P> {
  template <class>
  struct children;
  template <class... Cs>
  struct children<oversight::detail::tuple<Cs...>> : merge_all<facts_of_t<Cs>...> {};
  using type = typename merge_all<facts_of_t<decltype(P::target)>,
                                  typename children<decltype(P::children)>::type>::type;
};

template <class... Es>
using facts_of_all_t = typename merge_all<facts_of_t<Es>...>::type;

template <class L>
struct cell_of;
template <class... Fs>
struct cell_of<type_list<Fs...>> {
  using type = cell<Fs...>;
};

template <class T>
struct is_constant : std::false_type {};
template <class T>
struct is_constant<constant<T>> : std::true_type {};
template <class T>
struct is_set_membership : std::false_type {};
template <class L, class S>
struct is_set_membership<set_membership<L, S>> : std::true_type {};

// ---- walking a policy ---------------------------------------------------------------------------
//
// `walk(e, v)` tells visitor `v` what `e` consists of: `leaf(node, F{})` for a test of one fact
// (its value for the subject depends on that fact only), `constant(F{}, value)` for a constant
// fact F is compared with, `pair(node, F1{}, F2{})` for a comparison of two facts, `period(p)`
// for a rule's period, `problem(text)` for a part the analysis cannot take into account, and
// `enter(id)` / `leave()` around each rule and exception.

template <class V, class E>
constexpr void walk(const E&, V& v) {
  v.problem("a condition of a kind the analysis does not know (a user-defined condition)");
}
/// A comparison of fact F with decision table `table`: the table's value is one of its outputs,
/// so F is cut at each output; each input is cut at the values its rows test.
template <cmp Op, bool TableLeft, class Node, class F, class T, class V>
constexpr void walk_table_comparison(const Node& e, F, const T& table, V& v) {
  for (const auto& row : table.rows) v.constant(F{}, row.second);
  if (table.default_output) v.constant(F{}, *table.default_output);
  v.table_leaf(e, F{}, table, Op, TableLeft);
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    [[maybe_unused]] const int each[] = {0, (walk_table_input<I>(table, v), 0)...};
  }(std::make_index_sequence<table_input_types<std::remove_cvref_t<decltype(T::inputs)>>::count>{});
}
template <std::size_t I, class T, class V>
constexpr void walk_table_input(const T& table, V& v) {
  using G = std::remove_cvref_t<decltype(oversight::detail::get<I>(table.inputs.exprs))>;
  for (const auto& row : table.rows) {
    const auto& test = std::get<I>(row.first);
    for (std::size_t k = 0; k < test.count; ++k) v.constant(G{}, *test.values[k]);
  }
  v.template table_input<I>(table, G{});
}
template <class V, class T>
constexpr void walk(const table_rows<T>& t, V& v) {
  v.enter(T::name());
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    [[maybe_unused]] const int each[] = {0, (walk_table_input<I>(t.table, v), 0)...};
  }(std::make_index_sequence<table_input_types<std::remove_cvref_t<decltype(T::inputs)>>::count>{});
  v.leave();
}
template <class V, bool B>
constexpr void walk(const boolean_constant<B>&, V&) {}
template <class V, cmp Op, class L, class R>
constexpr void walk(const comparison<Op, L, R>& e, V& v) {
  if constexpr (Fact<L> && Fact<R>) {
    v.pair(e, L{}, R{});
  } else if constexpr (Fact<L> && is_constant<R>::value) {
    v.constant(L{}, e.rhs.value);
    v.leaf(e, L{});
  } else if constexpr (is_constant<L>::value && Fact<R>) {
    v.constant(R{}, e.lhs.value);
    v.leaf(e, R{});
  } else if constexpr (Fact<L> && table_operand<R>) {
    walk_table_comparison<Op, false>(e, L{}, e.rhs, v);
  } else if constexpr (table_operand<L> && Fact<R>) {
    walk_table_comparison<Op, true>(e, R{}, e.lhs, v);
  } else if constexpr (is_constant<L>::value && is_constant<R>::value) {
    // two constants: decided by the policy itself
  } else {
    v.problem("a comparison with a computed value (a value expression other than a decision table over facts)");
  }
}
template <class V, class L, class T, std::size_t N>
constexpr void walk(const membership<L, T, N>& e, V& v) {
  if constexpr (Fact<L>) {
    for (const T& x : e.values) v.constant(L{}, x);
    v.leaf(e, L{});
  } else {
    v.problem("a list membership of a computed value");
  }
}
template <class V, class L, class S>
constexpr void walk(const set_membership<L, S>& e, V& v) {
  if constexpr (Fact<L>) v.leaf(e, L{});
  else v.problem("a set membership of a computed value");
}
template <class V, class F>
constexpr void walk(const holds<F>& e, V& v) {
  v.leaf(e, F{});
}
template <class V, class F>
constexpr void walk(const known<F>& e, V& v) {
  v.leaf(e, F{});
}
template <class V, class E>
constexpr void walk(const negation<E>& e, V& v) {
  walk(e.operand, v);
}
template <class V, bool All, class... Es>
constexpr void walk(const junction<All, Es...>& e, V& v) {
  oversight::detail::for_each(e.operands, [&](const auto& x) { walk(x, v); });
}
template <class V, class T, class C>
constexpr void walk(const targeted<T, C>& e, V& v) {
  walk(e.target, v);
  walk(e.condition, v);
}
template <class V, quantifier Q, class C, class B>
constexpr void walk(const quantified<Q, C, B>&, V& v) {
  v.problem("a quantifier over a collection (any, all, none)");
}
template <class V, class R>
  requires Rule<R>
constexpr void walk(const R& r, V& v) {
  v.enter(R::id());
  walk(r.condition, v);
  if constexpr (R::escalates) walk(r.escalation_.condition, v);
  if (r.in_force) v.period(*r.in_force);
  v.leave();
}
template <class V, class E>
  requires Exception<E>
constexpr void walk(const E& e, V& v) {
  v.enter(E::id());
  walk(e.condition, v);
  v.leave();
}
template <class V, class P>
  requires Policy<P>
constexpr void walk(const P& p, V& v) {
  v.enter(P::id());
  walk(p.target, v);
  v.leave();
  oversight::detail::for_each(p.children, [&](const auto& c) {
    if constexpr (PolicyObligations<std::remove_cvref_t<decltype(c)>>) return;
    else walk(c, v);
  });
}

/// Whether E holds a part the analysis cannot take into account (the kinds `walk` reports as a
/// problem, known from the type): its evaluation on a cell is then never instantiated.
template <class E>
struct opaque : std::true_type {};
template <class E>
inline constexpr bool opaque_v = opaque<E>::value;
template <class E>
inline constexpr bool plain_operand = Fact<E> || is_constant<E>::value;
template <bool B>
struct opaque<boolean_constant<B>> : std::false_type {};
template <cmp Op, class L, class R>
struct opaque<comparison<Op, L, R>>
    : std::bool_constant<!((plain_operand<L> && plain_operand<R>) || (Fact<L> && table_operand<R>) ||
                           (table_operand<L> && Fact<R>))> {};
template <class L, class T, std::size_t N>
struct opaque<membership<L, T, N>> : std::bool_constant<!Fact<L>> {};
template <class L, class S>
struct opaque<set_membership<L, S>> : std::bool_constant<!Fact<L>> {};
template <class T>
struct opaque<table_rows<T>> : std::bool_constant<!table_input_types<std::remove_cvref_t<decltype(T::inputs)>>::all_facts> {};
template <class F>
struct opaque<holds<F>> : std::false_type {};
template <class F>
struct opaque<known<F>> : std::false_type {};
template <class E>
struct opaque<negation<E>> : opaque<E> {};
template <bool All, class... Es>
struct opaque<junction<All, Es...>> : std::bool_constant<(opaque_v<Es> || ...)> {};
template <class T, class C>
struct opaque<targeted<T, C>> : std::bool_constant<opaque_v<T> || opaque_v<C>> {};
template <class R>
  requires Rule<R>
struct opaque<R> {
  template <class X>
  static constexpr bool escalation_opaque() {
    if constexpr (std::is_same_v<X, no_escalation>) return false;
    else return opaque_v<decltype(X::condition)>;
  }
  static constexpr bool value = opaque_v<decltype(R::condition)> ||
                                escalation_opaque<std::remove_cvref_t<decltype(std::declval<const R&>().escalation_)>>();
};
template <class E>
  requires Exception<E>
struct opaque<E> : opaque<decltype(E::condition)> {};
template <class O>
  requires PolicyObligations<O>
struct opaque<O> : std::false_type {};
template <class P>
  requires Policy<P>
struct opaque<P> {
  template <class>
  struct children;
  template <class... Cs>
  // a braced list, not a fold: Clang 14 refuses a fold of more than 256 children
  struct children<oversight::detail::tuple<Cs...>>
      : std::bool_constant<oversight::detail::any_true({false, opaque_v<Cs>...})> {};
  static constexpr bool value = opaque_v<decltype(P::target)> || children<decltype(P::children)>::value;
};
/// The exceptions among policy P's children: the rule each names, and whether the analysis can
/// see it. Built once per policy, so that asking it about each rule instantiates nothing per rule
/// and exception (a 400-rule policy would otherwise cost 160,000 instantiations).
template <class P>
struct exception_index {
  template <class>
  struct of;
  template <class... Cs>
  struct of<oversight::detail::tuple<Cs...>> {
    template <class C>
    static constexpr std::string_view target_of() {
      if constexpr (Exception<C>) return C::target_string.view();
      else return {};
    }
    template <class C>
    static constexpr bool opaque_exception() {
      if constexpr (Exception<C>) return opaque_v<C>;
      else return false;
    }
    static constexpr std::array<std::string_view, sizeof...(Cs) + 1> targets{target_of<Cs>()..., std::string_view{}};
    static constexpr std::array<bool, sizeof...(Cs) + 1> opaque{opaque_exception<Cs>()..., false};
  };
  using table = of<std::remove_cvref_t<decltype(std::declval<const P&>().children)>>;
  /// Whether some exception names rule `id`.
  static constexpr bool any_for(std::string_view id) {
    for (const std::string_view t : table::targets)
      if (!t.empty() && t == id) return true;
    return false;
  }
  /// Whether some exception to rule `id` is opaque.
  static constexpr bool opaque_for(std::string_view id) {
    for (std::size_t k = 0; k < table::targets.size(); ++k)
      if (table::opaque[k] && table::targets[k] == id) return true;
    return false;
  }
};

/// Whether rule R of policy P, or an exception to it there, is opaque.
template <class P, class R>
struct rule_group_opaque : std::bool_constant<opaque_v<R> || exception_index<P>::opaque_for(R::id_string.view())> {};

/// A visitor that does nothing; others derive from it and hide what they need.
struct visitor_base {
  template <class Node, class F>
  constexpr void leaf(const Node&, F) {}
  template <class Node, class F, class T>
  constexpr void table_leaf(const Node&, F, const T&, cmp, bool) {}
  template <std::size_t I, class T, class G>
  constexpr void table_input(const T&, G) {}
  template <class F, class T>
  constexpr void constant(F, const T&) {}
  template <class Node, class F, class G>
  constexpr void pair(const Node&, F, G) {}
  constexpr void period(const period&) {}
  constexpr void problem(std::string_view) {}
  constexpr void enter(std::string_view) {}
  constexpr void leave() {}
};

/// The position of F in Fs, or sizeof...(Fs).
template <class F, class... Fs>
constexpr std::size_t index_of() {
  constexpr bool same[] = {false, std::same_as<F, Fs>...};
  for (std::size_t i = 1; i <= sizeof...(Fs); ++i)
    if (same[i]) return i - 1;
  return sizeof...(Fs);
}

/// The most values a fact compared with another fact may have (both are enumerated in full).
inline constexpr std::size_t pair_limit = 64;

/// Collects what a space needs: constants per fact, the facts compared with facts, periods, and
/// the problems, each with the rule it was found in.
template <class... Fs>
struct collector : visitor_base {
  std::tuple<std::vector<typename Fs::value_type>...> constants{};
  std::array<bool, sizeof...(Fs) + 1> keep_all{};
  std::array<bool, sizeof...(Fs) + 1> tested{};  ///< some test reads the fact alone
  std::vector<oversight::period> periods{};
  std::vector<analysis::problem> problems{};
  std::vector<std::string_view> where{};

  constexpr std::string_view here() const { return where.empty() ? std::string_view{} : where.back(); }
  constexpr void enter(std::string_view id) { where.push_back(id); }
  constexpr void leave() { where.pop_back(); }
  constexpr void problem(std::string_view what) { add({here(), what}); }
  constexpr void add(const analysis::problem& p) {
    for (const auto& q : problems)
      if (q == p) return;
    problems.push_back(p);
  }
  constexpr void period(const oversight::period& p) { periods.push_back(p); }

  template <class F, class T>
  constexpr void constant(F, const T& value) {
    using V = typename F::value_type;
    if constexpr (ordered_values<V> && std::convertible_to<const T&, V>) {
      auto& list = std::get<index_of<F, Fs...>()>(constants);
      for (const V& c : list)
        if (c == static_cast<V>(value)) return;
      list.push_back(static_cast<V>(value));
    } else if constexpr (ordered_values<V> && !few_values<V>) {
      // Its cut point cannot be taken among the fact's own values.
      add({here(), "a comparison of an ordered fact with a constant of another type", F::name()});
    }
  }
  template <class Node, class F>
  constexpr void leaf(const Node&, F) {
    using V = typename F::value_type;
    tested[index_of<F, Fs...>()] = true;
    if constexpr (!analysable_values<V>)
      add({here(), "a fact whose type has no value space (specialize oversight::analysis::value_space)", F::name()});
    else if constexpr (is_set_membership<Node>::value && !few_values<V>)
      add({here(), "a set membership of a fact of an ordered type (only the set knows its members)", F::name()});
  }
  template <class Node, class F, class T>
  constexpr void table_leaf(const Node& node, F, const T&, cmp, bool) {
    leaf(node, F{});
  }
  template <std::size_t I, class T, class G>
  constexpr void table_input(const T&, G) {
    using V = typename G::value_type;
    tested[index_of<G, Fs...>()] = true;
    if constexpr (!analysable_values<V>)
      add({here(), "a fact whose type has no value space (specialize oversight::analysis::value_space)", G::name()});
  }
  template <class Node, class F, class G>
  constexpr void pair(const Node&, F, G) {
    keep_all[index_of<F, Fs...>()] = true;
    keep_all[index_of<G, Fs...>()] = true;
    check_pair<F>();
    check_pair<G>();
  }
  template <class F>
  constexpr void check_pair() {
    using V = typename F::value_type;
    if constexpr (!few_values<V>)
      add({here(), "a comparison of two facts, one of a type with unboundedly many values", F::name()});
    else if (value_space<V>::size() > pair_limit)
      add({here(), "a comparison of two facts, one of a type with too many values to try each", F::name()});
  }
};

/// The results of each test of fact F, for the value each probe cell gives it: the values'
/// signatures. Values with the same signature behave the same in every condition. One walk
/// serves every value tried.
template <class F, class Cell>
struct signature_of : visitor_base {
  const std::vector<Cell>* probes;
  std::vector<std::vector<truth>>* out;
  template <class Node, class G>
  constexpr void leaf(const Node& node, G) {
    if constexpr (std::same_as<F, G>)
      for (std::size_t k = 0; k < probes->size(); ++k) (*out)[k].push_back(node.test((*probes)[k], context{}));
  }
  // Compared with a table: the comparison with each value the table can give.
  template <class Node, class G, class T>
  constexpr void table_leaf(const Node&, G, const T& table, cmp op, bool table_left) {
    if constexpr (std::same_as<F, G>) {
      for (std::size_t k = 0; k < probes->size(); ++k) {
        const auto v = read(F{}, (*probes)[k]);
        if (!v) continue;
        const auto with = [&](const auto& o) {
          (*out)[k].push_back(table_left ? oversight::detail::compare_values(op, o, *v)
                                         : oversight::detail::compare_values(op, *v, o));
        };
        for (const auto& row : table.rows) with(row.second);
        if (table.default_output) with(*table.default_output);
      }
    }
  }
  // An input of a table: each row's test of it.
  template <std::size_t I, class T, class G>
  constexpr void table_input(const T& table, G) {
    if constexpr (std::same_as<F, G>) {
      for (std::size_t k = 0; k < probes->size(); ++k) {
        const auto v = read(F{}, (*probes)[k]);
        for (const auto& row : table.rows) (*out)[k].push_back(std::get<I>(row.first).test(v));
      }
    }
  }
};

/// Marks the facts a rule (or an exception, or a target) reads.
template <class... Fs>
struct fact_marker : visitor_base {
  std::array<bool, sizeof...(Fs) + 1> marks{};
  bool problems = false;
  template <class Node, class F>
  constexpr void leaf(const Node&, F) {
    marks[index_of<F, Fs...>()] = true;
  }
  template <class Node, class F, class G>
  constexpr void pair(const Node&, F, G) {
    marks[index_of<F, Fs...>()] = true;
    marks[index_of<G, Fs...>()] = true;
  }
  template <class Node, class F, class T>
  constexpr void table_leaf(const Node&, F, const T&, cmp, bool) {
    marks[index_of<F, Fs...>()] = true;
  }
  template <std::size_t I, class T, class G>
  constexpr void table_input(const T&, G) {
    marks[index_of<G, Fs...>()] = true;
  }
  constexpr void problem(std::string_view) { problems = true; }
};

constexpr std::size_t saturating_product(std::size_t a, std::size_t b) {
  if (a == 0 || b == 0) return 0;
  return a > std::numeric_limits<std::size_t>::max() / b ? std::numeric_limits<std::size_t>::max() : a * b;
}

}  // namespace detail

/// How far an enumeration went: the cells tried, and whether they were all the cells.
struct coverage {
  std::size_t cells = 0;  ///< cells evaluated
  std::size_t total = 0;  ///< cells there are (saturated at SIZE_MAX)
  bool complete = true;   ///< every cell was evaluated, or the question was decided before
  bool decided = false;   ///< the question was decided before the last cell (a witness was found)
  /// Stopped at the budget before the question was decided.
  [[nodiscard]] constexpr bool cut_short() const noexcept { return !complete; }
};

namespace detail {
/// A value in a list: a std::vector<bool> cannot be built in a constant expression under Clang.
template <class V>
struct boxed {
  V v;
};
}  // namespace detail

/// A run of values of an ordered fact: from `lo` to `hi`, or unbounded below / above.
template <class V>
struct value_run {
  V lo;
  V hi;
  bool from_lowest = false;  ///< every value up to `hi`
  bool to_highest = false;   ///< every value from `lo`
  bool ordered = true;       ///< false: a value no constant orders (money in another currency)
};

/// The representative values of every fact `Fs` read by some expressions, and the days.
template <class... Fs>
struct space {
  using cell_type = cell<Fs...>;
  static constexpr std::size_t fact_count = sizeof...(Fs);

  std::tuple<std::vector<std::optional<typename Fs::value_type>>...> candidates{};
  /// The values each representative stands for: runs of an ordered fact's values, or the
  /// values of a fact with few values (each a run of one).
  std::tuple<std::vector<std::vector<value_run<typename Fs::value_type>>>...> classes{};
  std::vector<date> days{};
  std::vector<std::vector<value_run<date>>> day_classes{};
  bool dated = false;
  std::vector<problem> problems{};  ///< parts no question over this space can take into account

  /// The space of the facts `exprs` read (policies, rules, conditions).
  template <class... Es>
  static constexpr space of(const Es&... exprs) {
    return within(std::nullopt, exprs...);
  }
  /// The same, with the day also cut at the ends of `during` (see `options::during`).
  template <class... Es>
  static constexpr space within(const std::optional<oversight::period>& during, const Es&... exprs) {
    space s;
    detail::collector<Fs...> found;
    (detail::walk(exprs, found), ...);
    s.problems = found.problems;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      [[maybe_unused]] const int each[] = {0, (s.template build_fact<I>(found, exprs...), 0)...};
    }(std::index_sequence_for<Fs...>{});
    if (during) found.periods.push_back(*during);
    s.build_days(found.periods);
    return s;
  }

  /// How many values (with unknown) fact I is tried with.
  template <std::size_t I>
  [[nodiscard]] constexpr std::size_t values_of() const {
    return std::get<I>(candidates).size();
  }
  /// The number of cells over the facts `group` marks (all facts: every mark set).
  [[nodiscard]] constexpr std::size_t cell_count(const std::array<bool, fact_count + 1>& group) const {
    std::size_t n = days.size();
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      [[maybe_unused]] const int each[] = {
          0, (n = group[I] ? detail::saturating_product(n, std::get<I>(candidates).size()) : n, 0)...};
    }(std::index_sequence_for<Fs...>{});
    return n;
  }
  /// How many values fact `i` is tried with (with unknown).
  [[nodiscard]] constexpr std::size_t values_at(std::size_t i) const {
    std::size_t n = 0;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      [[maybe_unused]] const int each[] = {0, (n = (i == I ? std::get<I>(candidates).size() : n), 0)...};
    }(std::index_sequence_for<Fs...>{});
    return n;
  }
  static constexpr std::array<bool, fact_count + 1> all_facts() {
    std::array<bool, fact_count + 1> a{};
    for (std::size_t i = 0; i < fact_count; ++i) a[i] = true;
    return a;
  }

  /// Calls `f(cell, ctx, all_known)` for each cell over the facts `group` marks (the others
  /// unknown), at most `max_cells` times; `f` returns false to stop early.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
// GCC 12 at -O1 and above takes the payload of a disengaged std::optional in the cell for
// uninitialized when the cell is copied; every optional here is constructed (empty or not).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
  template <class Fn>
  constexpr coverage for_each_cell(const std::array<bool, fact_count + 1>& group, std::size_t max_cells,
                                   Fn&& f) const {
    coverage cov;
    cov.total = cell_count(group);
    std::array<std::size_t, fact_count + 1> at{};
    cell_type c{};
    c.dated = dated;
    for (;;) {
      bool all_known = true;
      [&]<std::size_t... I>(std::index_sequence<I...>) {
        [[maybe_unused]] const int each[] = {0, (assign<I>(c, group, at, all_known), 0)...};
      }(std::index_sequence_for<Fs...>{});
      c.at[fact_count] = 0;
      for (const date d : days) {
        if (cov.cells == max_cells) {
          cov.complete = false;
          return cov;
        }
        c.day = d;
        ++cov.cells;
        if (!f(std::as_const(c), as_of(d), all_known)) {
          cov.decided = cov.cells != cov.total;
          return cov;
        }
        ++c.at[fact_count];
      }
      // The next combination, the first fact fastest.
      std::size_t i = 0;
      for (; i < fact_count; ++i) {
        if (!group[i]) continue;
        if (++at[i] < values_at(i)) break;
        at[i] = 0;
      }
      if (i == fact_count) return cov;
    }
  }
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

 private:
  template <std::size_t I>
  constexpr void assign(cell_type& c, const std::array<bool, fact_count + 1>& group,
                        const std::array<std::size_t, fact_count + 1>& at, bool& all_known) const {
    auto& v = std::get<I>(c.values);
    c.at[I] = group[I] ? at[I] : std::get<I>(candidates).size() - 1;
    if (group[I]) {
      v = std::get<I>(candidates)[at[I]];
      all_known = all_known && v.has_value();
    } else {
      v.reset();
    }
  }

  template <std::size_t I, class... Es>
  constexpr void build_fact(const detail::collector<Fs...>& found, const Es&... exprs) {
    using F = std::tuple_element_t<I, std::tuple<Fs...>>;
    using V = typename F::value_type;
    auto& out = std::get<I>(candidates);
    if constexpr (analysable_values<V>) {
      std::vector<detail::boxed<V>> tried;
      if constexpr (few_values<V>) {
        const std::size_t n = value_space<V>::size();
        for (std::size_t k = 0; k < n; ++k) tried.push_back({value_space<V>::at(k)});
      } else {
        const auto& constants = std::get<I>(found.constants);
        for (const V& c : constants) {
          tried.push_back({value_space<V>::below(c)});
          tried.push_back({c});
          tried.push_back({value_space<V>::above(c)});
        }
        if (constants.empty()) tried.push_back({value_space<V>::any()});
        if constexpr (requires { value_space<V>::others(constants); })
          for (const V& o : value_space<V>::others(constants)) tried.push_back({o});
      }
      // Each value's signature: the results of every test of the fact.
      std::vector<cell_type> probes(tried.size());
      for (std::size_t k = 0; k < tried.size(); ++k) std::get<I>(probes[k].values) = tried[k].v;
      std::vector<std::vector<truth>> sigs(tried.size());
      if (found.tested[I]) {
        detail::signature_of<F, cell_type> visitor{{}, &probes, &sigs};
        (detail::walk(exprs, visitor), ...);
      }
      std::vector<std::size_t> kept;  // indices into tried
      for (std::size_t k = 0; k < tried.size(); ++k) {
        bool known_class = false;
        if (!found.keep_all[I])  // one value per class of values no test tells apart
          for (const std::size_t j : kept) known_class = known_class || sigs[j] == sigs[k];
        if (known_class) continue;
        kept.push_back(k);
        out.emplace_back(tried[k].v);
      }
      if constexpr (!few_values<V>) {
        std::get<I>(classes) = classes_of(tried, sigs, kept);
      } else {
        // A value of few stands for the values with its signature: each one a run of its own.
        for (const std::size_t r : kept) {
          std::vector<value_run<V>> members;
          for (std::size_t k = 0; k < tried.size(); ++k)
            if (sigs[k] == sigs[r]) members.push_back({tried[k].v, tried[k].v, false, false, true});
          std::get<I>(classes).push_back(members);
        }
      }
    }
    out.emplace_back(std::nullopt);
  }

  // For an ordered fact, each representative's class as runs of the values tried, in order.
  template <class V>
  static constexpr std::vector<std::vector<value_run<V>>> classes_of(const std::vector<detail::boxed<V>>& tried,
                                                                     const std::vector<std::vector<truth>>& sigs,
                                                                     const std::vector<std::size_t>& kept) {
    using oversight::detail::compare_values;
    std::vector<std::size_t> order;  // tried, sorted; equal values once
    for (std::size_t k = 0; k < tried.size(); ++k) {
      bool dup = false;
      for (const std::size_t j : order) dup = dup || compare_values(cmp_eq, tried[j].v, tried[k].v) == truth::true_;
      if (dup) continue;
      std::size_t pos = order.size();
      while (pos > 0 && compare_values(cmp_lt, tried[k].v, tried[order[pos - 1]].v) == truth::true_) --pos;
      order.insert(order.begin() + static_cast<std::ptrdiff_t>(pos), k);
    }
    std::vector<std::vector<value_run<V>>> classes;
    for (const std::size_t r : kept) {
      std::vector<value_run<V>> runs;
      for (std::size_t i = 0; i < order.size(); ++i) {
        if (sigs[order[i]] != sigs[r]) continue;
        const bool joins = !runs.empty() && i > 0 && sigs[order[i - 1]] == sigs[r] &&
                           compare_values(cmp_lt, tried[order[i - 1]].v, tried[order[i]].v) == truth::true_;
        if (joins) {
          runs.back().hi = tried[order[i]].v;
          runs.back().to_highest = i + 1 == order.size();
        } else {
          bool ordered = false;  // some other value orders it
          for (const std::size_t j : order)
            ordered = ordered || (j != order[i] && compare_values(cmp_lt, tried[j].v, tried[order[i]].v) != truth::unknown);
          runs.push_back({tried[order[i]].v, tried[order[i]].v, ordered && i == 0, ordered && i + 1 == order.size(),
                          ordered});
        }
      }
      classes.push_back(runs);
    }
    return classes;
  }
  static constexpr auto cmp_eq = oversight::detail::cmp::eq;
  static constexpr auto cmp_lt = oversight::detail::cmp::lt;

  constexpr void build_days(const std::vector<oversight::period>& periods) {
    if (periods.empty()) {
      days.push_back(date::first());
      return;
    }
    dated = true;
    std::vector<detail::boxed<date>> tried;
    for (const auto& p : periods) {
      tried.push_back({value_space<date>::below(p.from)});
      tried.push_back({p.from});
      tried.push_back({p.until});
      tried.push_back({value_space<date>::above(p.until)});
    }
    std::vector<std::vector<truth>> sigs;
    std::vector<std::size_t> kept;
    for (const auto& d : tried) {
      std::vector<truth> sig;
      for (const auto& p : periods) sig.push_back(to_truth(p.contains(d.v)));
      sigs.push_back(sig);
    }
    for (std::size_t k = 0; k < tried.size(); ++k) {
      bool known_class = false;
      for (const std::size_t j : kept) known_class = known_class || sigs[j] == sigs[k];
      if (known_class) continue;
      kept.push_back(k);
      days.push_back(tried[k].v);
    }
    day_classes = classes_of(tried, sigs, kept);
  }

 public:
  /// Which representative (or any: `npos`) each fact and the day has, in words: "contract.value
  /// >= 500, supplier.high_risk unknown, on a day from 2024-01-01 to 2025-12-31".
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  [[nodiscard]] std::string describe(const std::array<std::size_t, fact_count + 1>& at) const {
    std::string out;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      [[maybe_unused]] const int each[] = {0, (describe_fact<I>(out, at[I]), 0)...};
    }(std::index_sequence_for<Fs...>{});
    if (dated && at[fact_count] != npos) {
      if (!out.empty()) out += ", ";
      out += "on a day ";
      append_runs(out, day_classes[at[fact_count]], "from", true);
    }
    if (out.empty()) out = "any subject";
    return out;
  }
  /// The cell in words, as the values it stands for.
  [[nodiscard]] std::string describe(const cell_type& c) const { return describe(c.at); }

 private:
  template <std::size_t I>
  void describe_fact(std::string& out, std::size_t at) const {
    using F = std::tuple_element_t<I, std::tuple<Fs...>>;
    using V = typename F::value_type;
    if (at == npos) return;
    if (!out.empty()) out += ", ";
    out += F::name();
    const auto& values = std::get<I>(candidates);
    if (at + 1 >= values.size()) {
      out += " unknown";
      return;
    }
    if constexpr (few_values<V>) {
      const auto& members = std::get<I>(classes)[at];
      const std::size_t all = value_space<V>::size();
      const auto list = [&](auto&& pick) {
        out += "{";
        std::size_t n = 0;
        for (std::size_t k = 0; k < all; ++k) {
          const V v = value_space<V>::at(k);
          if (!pick(v)) continue;
          if (n++) out += ", ";
          value_text<V>::append(out, v);
        }
        out += "}";
      };
      const auto member = [&](const V& v) {
        for (const auto& m : members)
          if (m.lo == v) return true;
        return false;
      };
      if (members.size() == 1) {
        out += " = ";
        value_text<V>::append(out, *values[at]);
      } else if (members.size() <= 6) {
        out += " in ";
        list(member);
      } else if (all - members.size() <= 6) {
        out += " not in ";
        list([&](const V& v) { return !member(v); });
      } else {
        out += " = ";
        value_text<V>::append(out, *values[at]);
        out += " (or any of " + std::to_string(members.size() - 1) + " other values like it)";
      }
    } else {
      out += " ";
      append_runs(out, std::get<I>(classes)[at], "", false);
    }
  }
  template <class V>
  static void append_runs(std::string& out, const std::vector<value_run<V>>& runs, std::string_view from_word,
                          bool day) {
    bool first = true;
    for (const auto& r : runs) {
      if (!first) out += day ? " or " : " or ";
      first = false;
      if (!r.ordered) {
        out += day ? "" : "= ";
        value_text<V>::append(out, r.lo);
        out += " (not comparable with the policy's constants)";
      } else if (r.from_lowest && r.to_highest) {
        out += day ? "any" : "any value";
      } else if (r.from_lowest) {
        out += day ? "up to " : "<= ";
        value_text<V>::append(out, r.hi);
      } else if (r.to_highest) {
        out += day ? "from " : ">= ";
        value_text<V>::append(out, r.lo);
        if (day) out += " on";
      } else if (r.lo == r.hi) {
        out += day ? "" : "= ";
        value_text<V>::append(out, r.lo);
      } else {
        if (day) {
          out += from_word;
          out += " ";
        } else {
          out += "in ";
        }
        value_text<V>::append(out, r.lo);
        out += day ? " to " : "..";
        value_text<V>::append(out, r.hi);
      }
    }
  }

 public:
};

namespace detail {
template <class L>
struct space_of_list;
template <class... Fs>
struct space_of_list<type_list<Fs...>> {
  using type = space<Fs...>;
};
}  // namespace detail

/// The space type of the facts expressions `Es` read.
template <class... Es>
using space_for = typename detail::space_of_list<detail::facts_of_all_t<Es...>>::type;

/// The space of the facts `exprs` (policies, rules, conditions) read.
template <class... Es>
constexpr space_for<Es...> space_of(const Es&... exprs) {
  return space_for<Es...>::of(exprs...);
}

// ---- rules that never fire, exceptions that never apply -------------------------------------

enum class rule_status : std::uint8_t {
  fires,         ///< some subject makes the rule fire
  never_fires,   ///< proved: no subject, on no day, makes it fire
  not_analysed,  ///< it reads what the analysis cannot take into account (see `reason`)
  cut_short,     ///< no cell made it fire, but not every cell was tried
  shadowed,      ///< it fires, but under first-applicable an earlier child applies wherever it does
};
constexpr std::string_view to_string_view(rule_status s) noexcept {
  constexpr std::string_view text[] = {"fires", "never fires", "not analysed", "cut short", "shadowed"};
  return oversight::detail::enum_text(text, s);
}

/// What the analysis found about one rule: whether it can fire (its condition true within its
/// period, no exception defeating it), and whether it can be undecided.
struct rule_finding {
  std::string_view id;
  effect rule_effect = effect::deny;
  rule_status status = rule_status::fires;
  bool can_be_undecided = false;  ///< some cell leaves it Indeterminate
  problem reason{};               ///< for not_analysed: the first problem in the rule or its exceptions
  coverage cells{};
};

enum class exception_status : std::uint8_t {
  applies,       ///< some subject satisfies it while its rule would fire
  never_applies, ///< proved: wherever its rule would fire, its condition is false or unknown
  not_analysed,
  cut_short,
};
constexpr std::string_view to_string_view(exception_status s) noexcept {
  constexpr std::string_view text[] = {"applies", "never applies", "not analysed", "cut short"};
  return oversight::detail::enum_text(text, s);
}

/// What the analysis found about one exception.
struct exception_finding {
  std::string_view id;
  std::string_view rule;
  exception_status status = exception_status::applies;
  problem reason{};
  coverage cells{};
};

/// Two children of an only-one-applicable policy whose targets both hold for some subject, where
/// the policy is Indeterminate (XACML 3.0 C.9).
struct overlap_finding {
  std::string_view policy;
  std::string_view first;
  std::string_view second;
  std::size_t cells = 0;  ///< the cells where both apply
  coverage tried{};
};

/// The rule-level report of a policy: one finding per rule and per exception, in the order of
/// the policy (depth first), what the analysis could not take into account, and the overlapping
/// children of only-one-applicable policies.
struct policy_report {
  std::string_view policy;
  std::vector<rule_finding> rules;
  std::vector<exception_finding> exceptions;
  std::vector<problem> problems;
  std::vector<overlap_finding> overlaps{};

  /// The number of rules with status `s`.
  [[nodiscard]] constexpr std::size_t count(rule_status s) const {
    std::size_t n = 0;
    for (const auto& r : rules) n += r.status == s;
    return n;
  }
  [[nodiscard]] constexpr std::size_t count(exception_status s) const {
    std::size_t n = 0;
    for (const auto& e : exceptions) n += e.status == s;
    return n;
  }
  /// The finding for rule `id`, or a null pointer.
  [[nodiscard]] constexpr const rule_finding* rule(std::string_view id) const {
    for (const auto& r : rules)
      if (r.id == id) return &r;
    return nullptr;
  }
  [[nodiscard]] constexpr const exception_finding* exception(std::string_view id) const {
    for (const auto& e : exceptions)
      if (e.id == id) return &e;
    return nullptr;
  }
  /// Every rule was analysed completely and fires (and, under first-applicable, decides) for some
  /// subject; every exception applies; no two children of an only-one-applicable policy overlap.
  [[nodiscard]] constexpr bool all_live() const {
    return count(rule_status::fires) == rules.size() && count(exception_status::applies) == exceptions.size() &&
           overlaps.empty();
  }
};

namespace detail {

template <class Space>
struct space_visitors;
template <class... Fs>
struct space_visitors<space<Fs...>> {
  using collector = detail::collector<Fs...>;
  using marker = fact_marker<Fs...>;
};
template <class Space>
using collector_for_space = typename space_visitors<Space>::collector;
template <class Space>
using marker_for_space = typename space_visitors<Space>::marker;

/// Whether policy P has an exception to rule R.
template <class P, class R>
struct rule_has_exceptions : std::bool_constant<exception_index<P>::any_for(R::id_string.view())> {};

/// The defeat of a rule without exceptions, made from a cell (its type names no rule).
struct no_defeat {
  template <class Cell>
  constexpr oversight::detail::no_exceptions operator()(const Cell&, const context&) const noexcept {
    return {};
  }
};
/// The defeat of rule R by its exceptions in policy P, made from a cell.
template <class P, class R>
struct defeat_in {
  const P* parent;
  template <class Cell>
  constexpr oversight::detail::exceptions_of<P, R, Cell> operator()(const Cell& c, const context& ctx) const noexcept {
    return {parent, &c, &ctx};
  }
};

/// Whether a rule fires (`fired`) and can be undecided (`undecided`) in some cell of `group`:
/// one function per shape of rule (condition and escalation types) and defeat, not per rule, so
/// that analysing n rules of k shapes compiles k enumerations.
template <class Space, class C, class Escalation, class Defeat>
constexpr coverage rule_cells(const Space& sp, const oversight::detail::rule_body<C, Escalation>& r,
                              const std::array<bool, Space::fact_count + 1>& group, std::size_t max_cells, Defeat defeat,
                              bool& fired, bool& undecided) {
  using cell_type = typename Space::cell_type;
  return sp.for_each_cell(group, max_cells, [&](const cell_type& c, const context& ctx, bool) {
    const oversight::detail::rule_result res =
        oversight::detail::rule_outcome(r.condition, r.escalation_, r.effect_, r.in_force, c, ctx, defeat(c, ctx));
    const truth effective = res.fires && !res.defeated;
    if (effective == truth::true_) fired = true;
    if (effective == truth::unknown) undecided = true;
    return !(fired && undecided);
  });
}

template <class Space, class P, class R>
constexpr rule_finding analyse_rule(const Space& sp, const P& parent, const R& r, std::size_t max_cells) {
  rule_finding out{R::id(), r.effect_, rule_status::fires, false, {}, {}};
  // The rule and its exceptions: their facts and their problems.
  collector_for_space<Space> found;
  walk(r, found);
  marker_for_space<Space> marks;
  walk(r, marks);
  if constexpr (rule_has_exceptions<P, R>::value) {
    oversight::detail::for_each(parent.children, [&](const auto& c) {
      using C = std::remove_cvref_t<decltype(c)>;
      if constexpr (Exception<C>) {
        if constexpr (C::target_string == R::id_string) {
          walk(c, found);
          walk(c, marks);
        }
      }
    });
  }
  if (!found.problems.empty() || rule_group_opaque<P, R>::value) {
    out.status = rule_status::not_analysed;
    if (!found.problems.empty()) out.reason = found.problems.front();
    return out;
  }
  if constexpr (!rule_group_opaque<P, R>::value) {
  bool fired = false;
  if constexpr (rule_has_exceptions<P, R>::value)
    out.cells = rule_cells(sp, r, marks.marks, max_cells, defeat_in<P, R>{&parent}, fired, out.can_be_undecided);
  else
    out.cells = rule_cells(sp, r, marks.marks, max_cells, no_defeat{}, fired, out.can_be_undecided);
  out.status = fired ? rule_status::fires : out.cells.complete ? rule_status::never_fires : rule_status::cut_short;
  }
  return out;
}

template <class Space, class P, class E>
constexpr exception_finding analyse_exception(const Space& sp, const P& parent, const E& e, std::size_t max_cells) {
  using cell_type = typename Space::cell_type;
  exception_finding out{E::id(), E::target(), exception_status::applies, {}, {}};
  oversight::detail::for_each(parent.children, [&](const auto& r) {
    using R = std::remove_cvref_t<decltype(r)>;
    if constexpr (Rule<R>) {
      if constexpr (R::id_string == E::target_string) {
        collector_for_space<Space> found;
        walk(r, found);
        walk(e, found);
        if (!found.problems.empty() || opaque_v<R> || opaque_v<E>) {
          out.status = exception_status::not_analysed;
          if (!found.problems.empty()) out.reason = found.problems.front();
          return;
        }
        if constexpr (!opaque_v<R> && !opaque_v<E>) {
        marker_for_space<Space> marks;
        walk(r, marks);
        walk(e, marks);
        bool applies = false;
        out.cells = sp.for_each_cell(marks.marks, max_cells, [&](const cell_type& c, const context& ctx, bool) {
          applies = r.fires(c, ctx) != truth::false_ && e.condition.test(c, ctx) == truth::true_;
          return !applies;
        });
        out.status = applies               ? exception_status::applies
                     : out.cells.complete ? exception_status::never_applies
                                          : exception_status::cut_short;
        }
      }
    }
  });
  return out;
}

/// The value child `ch` of policy `p` gives on cell `c` (NotApplicable for an exception).
template <class P, class C, class Cell>
constexpr decision child_value(const P& p, const C& ch, const Cell& c, const context& ctx) {
  if constexpr (Rule<C>) {
    const auto defeat = [&] {
      if constexpr (rule_has_exceptions<P, C>::value) return defeat_in<P, C>{&p}(c, ctx);
      else return no_defeat{}(c, ctx);
    }();
    return oversight::detail::rule_outcome(ch.condition, ch.escalation_, ch.effect_, ch.in_force, c, ctx, defeat)
        .outcome.value;
  } else if constexpr (Policy<C>) {
    return ch.evaluate(c, ctx, true, oversight::detail::ignore_rule{}).value;
  } else {
    return decision::not_applicable;
  }
}

/// Under first-applicable, the rules (direct children) that fire but never decide: wherever one
/// applies (its value is not NotApplicable), an earlier child applies too. Enumerated over the
/// facts of the whole first-applicable policy; `rule_at[k]` is child k's finding in `out.rules`.
template <class Space, class P>
constexpr void mark_shadowed(const Space& sp, const P& p, std::size_t max_cells,
                             const std::array<std::size_t, P::child_count>& rule_at, policy_report& out) {
  using cell_type = typename Space::cell_type;
  if constexpr (!opaque_v<P>) {
    collector_for_space<Space> found;
    walk(p, found);
    if (!found.problems.empty()) return;
    marker_for_space<Space> marks;
    walk(p, marks);
    std::array<bool, P::child_count> applies{}, decides{};
    const coverage cov = sp.for_each_cell(marks.marks, max_cells, [&](const cell_type& c, const context& ctx, bool) {
      bool decided = false;
      std::size_t k = 0;
      oversight::detail::for_each(p.children, [&](const auto& ch) {
        const std::size_t at = k++;
        if (child_value(p, ch, c, ctx) == decision::not_applicable) return;
        applies[at] = true;
        if (!decided) decides[at] = decided = true;
      });
      return true;
    });
    if (!cov.complete) return;
    for (std::size_t k = 0; k < P::child_count; ++k) {
      if (rule_at[k] == static_cast<std::size_t>(-1)) continue;
      rule_finding& f = out.rules[rule_at[k]];
      if (f.status == rule_status::fires && applies[k] && !decides[k]) {
        f.status = rule_status::shadowed;
        f.cells = cov;
      }
    }
  }
}

/// Under only-one-applicable, each pair of children whose targets (a rule's own target and
/// period, a policy's target) both hold in some cell: there the policy is Indeterminate.
template <class Space, class P>
constexpr void find_overlaps(const Space& sp, const P& p, std::size_t max_cells, policy_report& out) {
  using cell_type = typename Space::cell_type;
  constexpr std::size_t n = P::child_count;
  if constexpr (!opaque_v<P>) {
    collector_for_space<Space> found;
    walk(p, found);
    if (!found.problems.empty()) return;
    marker_for_space<Space> marks;
    walk(p, marks);
    std::array<std::size_t, n * n> both{};
    std::array<std::string_view, n> ids{};
    const coverage cov = sp.for_each_cell(marks.marks, max_cells, [&](const cell_type& c, const context& ctx, bool) {
      std::array<bool, n> holds{};
      std::size_t k = 0;
      oversight::detail::for_each(p.children, [&](const auto& ch) {
        using C = std::remove_cvref_t<decltype(ch)>;
        const std::size_t at = k++;
        if constexpr (Rule<C>) {
          ids[at] = C::id();
          holds[at] = ch.target_test(c, ctx) == truth::true_;
        } else if constexpr (Policy<C>) {
          ids[at] = C::id();
          holds[at] = ch.target.test(c, ctx) == truth::true_;
        }
      });
      for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) both[i * n + j] += holds[i] && holds[j];
      return true;
    });
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j)
        if (both[i * n + j] > 0) out.overlaps.push_back({P::id(), ids[i], ids[j], both[i * n + j], cov});
  }
}

template <class Space, class P>
constexpr void analyse_children(const Space& sp, const P& p, std::size_t max_cells, policy_report& out) {
  std::array<std::size_t, P::child_count> rule_at{};
  std::size_t k = 0;
  oversight::detail::for_each(p.children, [&](const auto& c) {
    using C = std::remove_cvref_t<decltype(c)>;
    rule_at[k++] = Rule<C> ? out.rules.size() : static_cast<std::size_t>(-1);
    if constexpr (Rule<C>) out.rules.push_back(analyse_rule(sp, p, c, max_cells));
    else if constexpr (Exception<C>) out.exceptions.push_back(analyse_exception(sp, p, c, max_cells));
    else if constexpr (Policy<C>) analyse_children(sp, c, max_cells, out);
  });
  if constexpr (P::algorithm == combining::first_applicable) mark_shadowed(sp, p, max_cells, rule_at, out);
  if constexpr (P::algorithm == combining::only_one_applicable) find_overlaps(sp, p, max_cells, out);
}

}  // namespace detail

/// The rule-level report of policy `p`: for each rule whether it can fire, for each exception
/// whether it can apply while its rule would fire, each enumerated over the facts of the rule
/// and its exceptions only (the other facts are not read).
template <Policy P>
constexpr policy_report analyse(const P& p, const options& opt = {}) {
  const auto sp = space_of(p);
  policy_report out{P::id(), {}, {}, sp.problems};
  detail::analyse_children(sp, p, opt.max_cells, out);
  return out;
}

// ---- the rows of a decision table ------------------------------------------------------------

enum class row_status : std::uint8_t {
  matches,        ///< some subject matches the row (and, under FIRST, it is the first that does)
  never_matches,  ///< proved: no subject matches it
  shadowed,       ///< under FIRST: it matches, but an earlier row matches wherever it does
  cut_short,      ///< not every cell was tried before this could be said
};
constexpr std::string_view to_string_view(row_status s) noexcept {
  constexpr std::string_view text[] = {"matches", "never matches", "shadowed", "cut short"};
  return oversight::detail::enum_text(text, s);
}

/// One row of a decision table (`row`: from 0, in the order the rows were added).
struct row_finding {
  std::size_t row = 0;
  row_status status = row_status::matches;
};

/// Two rows that some subject matches both, where the hit policy forbids it: any two rows of a
/// UNIQUE table, two rows with different outputs of an ANY table (DMN 1.3, 8.2.11).
struct row_overlap {
  std::size_t first = 0;
  std::size_t second = 0;
  std::size_t cells = 0;  ///< the cells that match both
};

/// What the analysis found about a decision table's rows, over every value of its inputs.
struct table_report {
  std::string_view table;
  hit_policy policy = hit_policy::unique;
  std::vector<row_finding> rows{};
  std::vector<row_overlap> overlaps{};
  std::vector<problem> problems{};
  coverage cells{};

  [[nodiscard]] constexpr std::size_t count(row_status s) const {
    std::size_t n = 0;
    for (const auto& r : rows) n += r.status == s;
    return n;
  }
  /// Analysed completely; every row matches (and decides, under FIRST); no forbidden overlap.
  [[nodiscard]] constexpr bool all_live() const {
    return problems.empty() && cells.complete && count(row_status::matches) == rows.size() && overlaps.empty();
  }
};

/// The rows of decision table `t` over every value of its inputs (which must be facts): rows no
/// input matches, rows of a FIRST table that an earlier row shadows everywhere, and rows that
/// overlap where the hit policy forbids it. An input with an unknown value matches no row
/// certainly; it is a case of its own, as for a policy.
template <class T>
  requires std::derived_from<T, oversight::detail::table_tag>
constexpr table_report analyse_table(const T& t, const options& opt = {}) {
  table_report out{T::name(), T::policy, {}, {}, {}, {}};
  using inputs = detail::table_input_types<std::remove_cvref_t<decltype(T::inputs)>>;
  if constexpr (!inputs::all_facts) {
    out.problems.push_back({T::name(), "a decision table whose inputs are not all facts", {}});
    return out;
  } else {
    using view = detail::table_rows<T>;
    using Space = space_for<view>;
    using cell_type = typename Space::cell_type;
    const view v{t};
    const Space sp = Space::of(v);
    out.problems = sp.problems;
    if (!out.problems.empty()) return out;
    constexpr std::size_t n = T::row_count;
    constexpr bool unique = T::policy == hit_policy::unique;
    constexpr bool any = T::policy == hit_policy::any;
    std::array<bool, n> matched{}, decides{};  // not vector<bool>: Clang 14 cannot make one in a constant expression
    std::vector<std::size_t> both((unique || any) ? n * n : 0, 0);
    std::array<truth, n> held{};
    detail::marker_for_space<Space> marks;
    detail::walk(v, marks);
    out.cells = sp.for_each_cell(marks.marks, opt.max_cells, [&](const cell_type& c, const context&, bool) {
      for (std::size_t r = 0; r < n; ++r) {
        held[r] = [&]<std::size_t... I>(std::index_sequence<I...>) {
          truth all = truth::true_;
          ((all = all && std::get<I>(t.rows[r].first)
                             .test(fact_source<cell_type>::get(
                                 std::remove_cvref_t<decltype(oversight::detail::get<I>(t.inputs.exprs))>{}, c))),
           ...);
          return all;
        }(std::make_index_sequence<inputs::count>{});
      }
      bool earlier = false;  // an earlier row matches, or may
      for (std::size_t r = 0; r < n; ++r) {
        if (held[r] == truth::true_) {
          matched[r] = true;
          if (!earlier) decides[r] = true;
        }
        if (held[r] != truth::false_) earlier = true;
      }
      if constexpr (unique || any) {
        for (std::size_t i = 0; i < n; ++i)
          for (std::size_t j = i + 1; j < n; ++j)
            if (held[i] == truth::true_ && held[j] == truth::true_ && (unique || !(t.rows[i].second == t.rows[j].second)))
              ++both[i * n + j];
      }
      return true;
    });
    for (std::size_t r = 0; r < n; ++r) {
      row_status s = row_status::matches;
      if (!out.cells.complete) s = matched[r] ? (T::policy == hit_policy::first ? row_status::cut_short : row_status::matches)
                                            : row_status::cut_short;
      else if (!matched[r]) s = row_status::never_matches;
      else if (T::policy == hit_policy::first && !decides[r]) s = row_status::shadowed;
      out.rows.push_back({r, s});
    }
    if constexpr (unique || any) {
      for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
          if (both[i * n + j] > 0) out.overlaps.push_back({i, j, both[i * n + j]});
    }
    return out;
  }
}

// ---- verdicts, properties, differences -------------------------------------------------------

/// The answer to a question over every subject: whether it holds, how much of the space was
/// tried, the problems that kept it from being analysed, and a witness cell where it fails.
/// Converts to true only when it is proved: analysed, complete and holding.
template <class Space>
struct proof {
  using cell_type = typename Space::cell_type;
  Space space{};                    ///< the cells it was decided over
  bool holds = true;                ///< no cell tried contradicts it
  coverage cells{};
  std::optional<cell_type> witness{};  ///< a cell where it fails (real: every cell is a subject)
  verdict found{};                     ///< the verdict in the witness cell
  verdict other{};                     ///< for a comparison of two policies: the other's verdict there
  bool two_policies = false;           ///< a comparison of two policies (`other` is meaningful)
  /// Proved through one rule (see `never_permits_when`): its id, and the policy's parts that
  /// were not needed (`space.problems`) need not be analysable.
  std::string_view by_rule{};

  /// Every part of the policy was analysed (or the proof did not need the others).
  [[nodiscard]] constexpr bool analysed() const noexcept { return space.problems.empty() || !by_rule.empty(); }
  [[nodiscard]] constexpr bool proved() const noexcept { return analysed() && cells.complete && holds; }
  /// Disproved: a witness shows it fails.
  [[nodiscard]] constexpr bool refuted() const noexcept { return !holds; }
  constexpr explicit operator bool() const noexcept { return proved(); }
};

/// Which verdicts a policy can reach, each with a cell that reaches it.
template <class Space>
struct reachable_verdicts {
  using cell_type = typename Space::cell_type;
  Space space{};
  std::optional<cell_type> permit_example{}, review_example{}, deny_example{}, indeterminate_example{};
  std::optional<cell_type> indeterminate_when_known{};      ///< Indeterminate although every fact is known
  coverage cells{};

  [[nodiscard]] constexpr bool analysed() const noexcept { return space.problems.empty(); }
  /// Some cell reaches verdict `k` (true is certain; false is proved only when `complete()`).
  [[nodiscard]] constexpr bool can(verdict_kind k) const noexcept { return example(k).has_value(); }
  /// A cell that reaches verdict `k`, if one was found.
  [[nodiscard]] constexpr const std::optional<cell_type>& example(verdict_kind k) const noexcept {
    return k == verdict_kind::permit   ? permit_example
           : k == verdict_kind::review ? review_example
           : k == verdict_kind::deny   ? deny_example
                                       : indeterminate_example;
  }
  constexpr void record(verdict_kind k, const cell_type& c) {
    auto& slot = k == verdict_kind::permit   ? permit_example
                 : k == verdict_kind::review ? review_example
                 : k == verdict_kind::deny   ? deny_example
                                             : indeterminate_example;
    if (!slot) slot = c;
  }
  /// Every cell was tried: a verdict not reached is never reached.
  [[nodiscard]] constexpr bool complete() const noexcept { return analysed() && cells.complete; }
  /// Proved never to reach `k`.
  [[nodiscard]] constexpr bool never(verdict_kind k) const noexcept { return complete() && !can(k); }
  /// Proved never Indeterminate when every fact is known.
  [[nodiscard]] constexpr bool decides_when_known() const noexcept {
    return complete() && !indeterminate_when_known.has_value();
  }
};

namespace detail {
template <class Space, class Fn>
constexpr coverage over_all(const Space& sp, const options& opt, Fn&& f) {
  return sp.for_each_cell(Space::all_facts(), opt.max_cells, [&](const auto& c, const context& ctx, bool known) {
    if (opt.during && !opt.during->contains(c.day)) return true;  // a day the question leaves out
    return f(c, ctx, known);
  });
}
}  // namespace detail

/// The verdicts `p` reaches over every subject and day.
template <Policy P>
constexpr auto verdicts(const P& p, const options& opt = {}) {
  using Space = space_for<P>;
  reachable_verdicts<Space> out{Space::within(opt.during, p)};
  if constexpr (!detail::opaque_v<P>) {
  if (!out.analysed()) return out;
  out.cells = detail::over_all(out.space, opt, [&](const auto& c, const context& ctx, bool all_known) {
    const verdict v = check(p, c, ctx);
    out.record(v.kind, c);
    if (v.kind == verdict_kind::indeterminate && all_known && !out.indeterminate_when_known)
      out.indeterminate_when_known = c;
    return true;
  });
  }
  return out;
}

namespace detail {

template <class P>
inline constexpr bool deny_wins = P::algorithm == combining::deny_overrides ||
                                  P::algorithm == combining::ordered_deny_overrides ||
                                  P::algorithm == combining::permit_unless_deny;

/// Whether a rule fires undefeated with a deny (or, unless `deny_only`, a review) effect in every
/// cell of `group` where `cond` holds (`forces`): one function per shape of rule, condition and
/// defeat, not per rule.
template <class Space, class Cond, class C, class Escalation, class Defeat>
constexpr coverage forcing_cells(const Space& sp, const Cond& cond, const oversight::detail::rule_body<C, Escalation>& r,
                                 const std::array<bool, Space::fact_count + 1>& group, const options& opt,
                                 bool deny_only, Defeat defeat, bool& forces) {
  using cell_type = typename Space::cell_type;
  return sp.for_each_cell(group, opt.max_cells, [&](const cell_type& x, const context& ctx, bool) {
    if (opt.during && !opt.during->contains(x.day)) return true;
    if (cond.test(x, ctx) != truth::true_) return true;
    const oversight::detail::rule_result res =
        oversight::detail::rule_outcome(r.condition, r.escalation_, r.effect_, r.in_force, x, ctx, defeat(x, ctx));
    forces = (res.fires && !res.defeated) == truth::true_ &&
             (res.fired_with == effect::deny || (!deny_only && res.fired_with == effect::review));
    return forces;
  });
}

/// The id of a rule of `p` (or of a nested policy) that, wherever `cond` holds, fires with a
/// deny effect (`deny_only`) or a deny or review effect, undefeated, in a policy (and nested
/// policies) without a target under an algorithm where one Deny decides (deny-overrides, its
/// ordered form, permit-unless-deny, XACML 3.0 appendix C): then the verdict is DENY (or, with a
/// review rule, not PERMIT) wherever `cond` holds, whatever the other rules, which need not be
/// analysable. "" when there is none; `cov` counts the cells tried.
template <class Space, class P, class C>
constexpr std::string_view forcing_rule(const Space& sp, const P& p, const C& cond, bool deny_only,
                                        const options& opt, coverage& cov) {
  std::string_view found{};
  // (a condition the analysis cannot cut is never evaluated on a cell)
  if constexpr (deny_wins<P> && std::is_same_v<std::remove_cvref_t<decltype(p.target)>, boolean_constant<true>> &&
                !opaque_v<C>) {
    oversight::detail::for_each(p.children, [&](const auto& r) {
      using R = std::remove_cvref_t<decltype(r)>;
      if (!found.empty()) return;
      if constexpr (Policy<R>) {
        found = forcing_rule(sp, r, cond, deny_only, opt, cov);
      } else if constexpr (Rule<R> && !rule_group_opaque<P, R>::value) {
        if (r.effect_ != effect::deny && (deny_only || r.effect_ != effect::review)) return;
        collector_for_space<Space> parts;
        marker_for_space<Space> marks;
        walk(cond, parts);
        walk(cond, marks);
        walk(r, parts);
        walk(r, marks);
        if constexpr (rule_has_exceptions<P, R>::value) {
          oversight::detail::for_each(p.children, [&](const auto& e) {
            using E = std::remove_cvref_t<decltype(e)>;
            if constexpr (Exception<E>) {
              if constexpr (E::target_string == R::id_string) {
                walk(e, parts);
                walk(e, marks);
              }
            }
          });
        }
        if (!parts.problems.empty()) return;
        bool forces = true;
        coverage c;
        if constexpr (rule_has_exceptions<P, R>::value)
          c = forcing_cells(sp, cond, r, marks.marks, opt, deny_only, defeat_in<P, R>{&p}, forces);
        else
          c = forcing_cells(sp, cond, r, marks.marks, opt, deny_only, no_defeat{}, forces);
        cov.cells += c.cells;
        if (forces && c.complete && !c.decided) {
          found = R::id();
          cov.total += c.total;
        }
      }
    });
  }
  return found;
}

/// A property of `p` on the cells where `cond` holds: `ok(verdict)` in each. A rule that forces
/// the verdict (`forcing_rule`) proves it over the cells of that rule alone, and so even where a
/// part of the policy cannot be analysed; otherwise every cell of the policy is tried.
template <class P, class C, class Ok>
constexpr auto property(const P& p, const C& cond, const options& opt, bool deny_only, Ok ok) {
  using Space = space_for<P, C>;
  proof<Space> out{Space::within(opt.during, p, cond)};
  coverage cov{0, 0, true, false};
  out.by_rule = forcing_rule(out.space, p, cond, deny_only, opt, cov);
  if (!out.by_rule.empty() || !out.space.problems.empty()) {
    out.cells = cov;
    out.cells.complete = !out.by_rule.empty();
    return out;
  }
  if constexpr (!opaque_v<P> && !opaque_v<C>) {
  out.cells = over_all(out.space, opt, [&](const auto& c, const context& ctx, bool) {
    if (cond.test(c, ctx) != truth::true_) return true;
    const verdict v = check(p, c, ctx);
    if (ok(v)) return true;
    out.holds = false;
    out.witness = c;
    out.found = v;
    return false;
  });
  }
  return out;
}
}  // namespace detail

/// Whether `p` never permits a subject for which `condition` holds (on no day). Where the
/// condition is unknown the property asks nothing. Where one deny or review rule fires wherever
/// the condition holds, under an algorithm where one Deny decides, that rule proves it (`by_rule`
/// names it; its cells are the only ones tried, and the policy's other parts need not be
/// analysable); otherwise every cell of the policy is tried, or, when part of the policy cannot
/// be analysed, the property is not analysed.
template <Policy P, class Cond>
  requires oversight::detail::condition_like<Cond>
constexpr auto never_permits_when(const P& p, const Cond& condition, const options& opt = {}) {
  return detail::property(p, oversight::detail::as_condition(condition), opt, false,
                          [](const verdict& v) { return v.kind != verdict_kind::permit; });
}

/// Whether `p` denies (verdict DENY) every subject for which `condition` holds, on every day
/// (proved through one deny rule, as `never_permits_when`, when part of the policy cannot be
/// analysed).
template <Policy P, class Cond>
  requires oversight::detail::condition_like<Cond>
constexpr auto always_denies_when(const P& p, const Cond& condition, const options& opt = {}) {
  return detail::property(p, oversight::detail::as_condition(condition), opt, true,
                          [](const verdict& v) { return v.kind == verdict_kind::deny; });
}

/// Whether `p` and `q` give the same verdict (the same XACML decision and verdict kind) for
/// every subject on every day. A witness is a cell where they differ (`found`: p's, `other`: q's).
template <Policy P, Policy Q>
constexpr auto equivalent(const P& p, const Q& q, const options& opt = {}) {
  using Space = space_for<P, Q>;
  proof<Space> out{Space::within(opt.during, p, q)};
  out.two_policies = true;
  if constexpr (!detail::opaque_v<P> && !detail::opaque_v<Q>) {
  if (!out.analysed()) return out;
  out.cells = detail::over_all(out.space, opt, [&](const auto& c, const context& ctx, bool) {
    const verdict a = check(p, c, ctx);
    const verdict b = check(q, c, ctx);
    if (a == b) return true;
    out.holds = false;
    out.witness = c;
    out.found = a;
    out.other = b;
    return false;
  });
  }
  return out;
}

// ---- properties required while compiling, their witness in the error -----------------------

/// The options of a question asked with default limits.
inline constexpr options default_options{};

namespace detail {

inline constexpr std::size_t failure_text_size = 320;

/// Why a proof failed, as text: the witness and its verdict(s), or why it was not proved.
struct proof_failure {
  oversight::detail::bounded_text<failure_text_size> text{};
  bool refuted = false;
};

template <class Proof>
constexpr proof_failure failure_of(const Proof& p) {
  proof_failure out;
  if (p.proved()) return out;
  out.refuted = p.refuted();
  if (p.refuted()) {
    p.witness->write_to(out.text);
    if (out.text.empty()) out.text.append("any subject");
    out.text.append(": ");
    out.text.append(to_string_view(p.found.kind));
    if (p.two_policies) {
      out.text.append(" against ");
      out.text.append(to_string_view(p.other.kind));
    }
  } else if (!p.analysed()) {
    const problem& q = p.space.problems.front();
    out.text.append(q.what);
    if (!q.fact.empty()) {
      out.text.append(" (");
      out.text.append(q.fact);
      out.text.append(")");
    }
    if (!q.where.empty()) {
      out.text.append(", in ");
      out.text.append(q.where);
    }
  } else {
    out.text.append("cut short after ");
    append_unsigned(out.text, p.cells.cells);
    out.text.append(" cells (options::max_cells)");
  }
  return out;
}

template <oversight::detail::fixed_string Question, oversight::detail::fixed_string Witness>
void property_refuted_where();  // [OVS-E113] a property required at compile time fails for this subject (a cell of the analysis, with its verdict): correct the policy or the property
template <oversight::detail::fixed_string Question, oversight::detail::fixed_string Reason>
void property_not_proved();  // [OVS-E114] a property required at compile time could not be proved, for this reason: the policy reads what the analysis cannot cut, or options::max_cells is too small

#if defined(__clang__)
template <char... Spelled>
inline constexpr bool property_holds_for_every_subject = false;
template <char... Spelled>
inline constexpr bool property_could_be_proved = false;
template <bool Refuted, char... C>
consteval void property_report(oversight::detail::spelled_chars<C...>) {
  if constexpr (Refuted)
    static_assert(property_holds_for_every_subject<C...>,
                  "oversight: a property required at compile time fails for the subject spelled below (a cell of "
                  "the analysis, with its verdict): correct the policy or the property [OVS-E113]");
  else
    static_assert(property_could_be_proved<C...>,
                  "oversight: a property required at compile time could not be proved (the reason is spelled "
                  "below): the policy reads what the analysis cannot cut, or options::max_cells is too small "
                  "[OVS-E114]");
}
#endif

/// The diagnostic for a failure of question `Question` (`Refuted`: a witness, else the reason
/// it was not proved, as `Text`), called where the question was asked so that the compiler's
/// context above the error is short: under GCC one error whose first line names the function,
/// the question and the text; under Clang the message first, the text spelled below.
template <oversight::detail::fixed_string Question, bool Refuted, oversight::detail::fixed_string Text>
consteval auto failure_reporter() -> void (*)() {
#if defined(__clang__)
  property_report<Refuted>(oversight::detail::spelled_sequence<Text>{});
  return nullptr;
#else
  if constexpr (Refuted) return &property_refuted_where<Question, Text>;
  else return &property_not_proved<Question, Text>;
#endif
}


}  // namespace detail

/// `never_permits_when(P, Cond, Opt)` required while compiling: true, or a compile error whose
/// first line names a subject the policy permits although `Cond` holds for it (OVS-E113), or why
/// it could not be proved (OVS-E114). The policy, condition and options are objects with static
/// storage duration: `static_assert(an::require_never_permits_when<policy, promise>());`
template <const auto& P, const auto& Cond, const auto& Opt = default_options>
consteval bool require_never_permits_when() {
  constexpr detail::proof_failure f = detail::failure_of(never_permits_when(P, Cond, Opt));
  if constexpr (!f.text.empty())
    detail::failure_reporter<"never_permits_when", f.refuted, oversight::detail::fixed_from<f.text.view().size()>(f.text.view())>()();
  return true;
}

/// `always_denies_when(P, Cond, Opt)` required while compiling, as `require_never_permits_when`.
template <const auto& P, const auto& Cond, const auto& Opt = default_options>
consteval bool require_always_denies_when() {
  constexpr detail::proof_failure f = detail::failure_of(always_denies_when(P, Cond, Opt));
  if constexpr (!f.text.empty())
    detail::failure_reporter<"always_denies_when", f.refuted, oversight::detail::fixed_from<f.text.view().size()>(f.text.view())>()();
  return true;
}

/// `equivalent(P, Q, Opt)` required while compiling: the error names a subject on which the two
/// policies' verdicts differ, with both verdicts.
template <const auto& P, const auto& Q, const auto& Opt = default_options>
consteval bool require_equivalent() {
  constexpr detail::proof_failure f = detail::failure_of(equivalent(P, Q, Opt));
  if constexpr (!f.text.empty())
    detail::failure_reporter<"equivalent", f.refuted, oversight::detail::fixed_from<f.text.view().size()>(f.text.view())>()();
  return true;
}

/// A set of cells where two policies' verdicts differ, the same way: each fact has the
/// representative `at` gives, or any value (`npos`).
template <std::size_t N>
struct difference_region {
  std::array<std::size_t, N> at{};
  verdict before;
  verdict after;
  std::size_t cells = 1;  ///< the cells it covers
};

/// Where two policies differ: the differing cells, merged into regions where a fact's value
/// does not matter (every value of it differs the same way).
template <class Space>
struct policy_difference {
  Space space{};
  std::string_view before_id;
  std::string_view after_id;
  std::vector<difference_region<Space::fact_count + 1>> regions{};
  std::size_t differing = 0;  ///< cells that differ
  coverage tried{};

  [[nodiscard]] constexpr bool analysed() const noexcept { return space.problems.empty(); }
  /// Proved equal: analysed, every cell tried, none differs.
  [[nodiscard]] constexpr bool none() const noexcept { return analysed() && tried.complete && differing == 0; }
};

namespace detail {
/// Merges regions along dimension `d` (of `size` values): those equal but at `d`, with the same
/// verdicts, that together cover every value of `d`, become one with `d` free.
template <std::size_t N>
constexpr std::vector<difference_region<N>> merge_along(const std::vector<difference_region<N>>& in, std::size_t d,
                                                        std::size_t size) {
  constexpr std::size_t npos = static_cast<std::size_t>(-1);
  std::vector<difference_region<N>> out;
  std::vector<unsigned char> used(in.size(), 0);
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (used[i]) continue;
    std::vector<std::size_t> group;
    std::vector<unsigned char> seen(size, 0);
    std::size_t distinct = 0;
    if (in[i].at[d] != npos) {
      for (std::size_t j = i; j < in.size(); ++j) {
        if (used[j] || in[j].at[d] == npos || !(in[j].before == in[i].before) || !(in[j].after == in[i].after))
          continue;
        bool same = true;
        for (std::size_t k = 0; k < N && same; ++k) same = k == d || in[j].at[k] == in[i].at[k];
        if (!same) continue;
        group.push_back(j);
        if (!seen[in[j].at[d]]) seen[in[j].at[d]] = 1, ++distinct;
      }
    }
    if (distinct == size && size > 1) {
      difference_region<N> r = in[i];
      r.at[d] = npos;
      r.cells = 0;
      for (const std::size_t j : group) used[j] = 1, r.cells += in[j].cells;
      out.push_back(r);
    } else {
      used[i] = 1;
      out.push_back(in[i]);
    }
  }
  return out;
}
}  // namespace detail

/// The cells where `before` and `after` give different verdicts, merged into regions.
template <Policy P, Policy Q>
constexpr auto difference(const P& before, const Q& after, const options& opt = {}) {
  using Space = space_for<P, Q>;
  constexpr std::size_t N = Space::fact_count + 1;
  policy_difference<Space> out{Space::within(opt.during, before, after), P::id(), Q::id()};
  if constexpr (!detail::opaque_v<P> && !detail::opaque_v<Q>) {
  if (!out.analysed()) return out;
  std::vector<difference_region<N>> cells;
  out.tried = detail::over_all(out.space, opt, [&](const auto& c, const context& ctx, bool) {
    const verdict a = check(before, c, ctx);
    const verdict b = check(after, c, ctx);
    if (a == b) return true;
    ++out.differing;
    cells.push_back({c.at, a, b, 1});
    return true;
  });
  // Merging is quadratic in the differing cells: beyond a few thousand they are listed as found.
  if (cells.size() <= 4096) {
    for (std::size_t d = 0; d < N; ++d) {
      const std::size_t size = d + 1 < N ? out.space.values_at(d) : out.space.days.size();
      cells = detail::merge_along(cells, d, size);
    }
  }
  out.regions = cells;
  }
  return out;
}

// ---- text ----------------------------------------------------------------------------------------

namespace detail {
inline void append_problem(std::string& out, const problem& p) {
  out += p.what;
  if (!p.fact.empty()) {
    out += " (";
    out += p.fact;
    out += ")";
  }
  if (!p.where.empty()) {
    out += ", in ";
    out += p.where;
  }
}
inline void append_coverage(std::string& out, const coverage& c) {
  const std::string total =
      c.total == std::numeric_limits<std::size_t>::max() ? std::string("more than SIZE_MAX") : std::to_string(c.total);
  if (c.cut_short()) out += std::to_string(c.cells) + " of " + total + " cells, cut short";
  else if (c.decided) out += "decided at cell " + std::to_string(c.cells) + " of " + total;
  else out += std::to_string(c.cells) + (c.cells == 1 ? " cell" : " cells");
}
/// The end of a finding's line: why it was not analysed, or its note and the cells tried.
inline void append_finding_end(std::string& out, bool not_analysed, const problem& reason, std::string_view note,
                               const coverage& cells) {
  if (not_analysed) {
    out += ": ";
    append_problem(out, reason);
  } else {
    out += note;
    out += " [";
    append_coverage(out, cells);
    out += "]";
  }
  out += "\n";
}
inline void append_verdict(std::string& out, const verdict& v) {
  out += to_string_view(v.kind);
  out += " (";
  out += to_string_view(v.xacml);
  out += ")";
}
}  // namespace detail

/// The rule-level report as text: one line per rule and exception, then what was not analysed.
inline std::string to_text(const policy_report& r) {
  std::string out;
  out += "policy ";
  out += r.policy;
  out += "\n";
  for (const auto& f : r.rules) {
    out += "  rule ";
    out += f.id;
    out += " (";
    out += to_string_view(f.rule_effect);
    out += "): ";
    out += to_string_view(f.status);
    std::string_view note;
    if (f.status == rule_status::never_fires && f.can_be_undecided) note = " (only undecided)";
    if (f.status == rule_status::shadowed) note = " (an earlier child of its first-applicable policy applies wherever it does)";
    detail::append_finding_end(out, f.status == rule_status::not_analysed, f.reason, note, f.cells);
  }
  for (const auto& o : r.overlaps) {
    out += "  ";
    out += o.first;
    out += " and ";
    out += o.second;
    out += " both apply in only-one-applicable policy ";
    out += o.policy;
    out += ", Indeterminate there: in ";
    out += std::to_string(o.cells);
    out += o.cells == 1 ? " cell [" : " cells [";
    detail::append_coverage(out, o.tried);
    out += "]\n";
  }
  for (const auto& e : r.exceptions) {
    out += "  exception ";
    out += e.id;
    out += " to ";
    out += e.rule;
    out += ": ";
    out += to_string_view(e.status);
    detail::append_finding_end(out, e.status == exception_status::not_analysed, e.reason, {}, e.cells);
  }
  return out;
}

namespace detail {
inline void append_problems(std::string& out, const std::vector<problem>& problems);
}  // namespace detail

/// The rows' report as text: one line per row (numbered from 1, as DMN numbers rules), one per
/// forbidden overlap, and the cells tried.
inline std::string to_text(const table_report& r) {
  std::string out;
  out += "table ";
  out += r.table;
  out += " (";
  out += to_string_view(r.policy);
  out += ")\n";
  if (!r.problems.empty()) {
    detail::append_problems(out, r.problems);
    return out;
  }
  for (const auto& f : r.rows) {
    out += "  row " + std::to_string(f.row + 1) + ": ";
    out += to_string_view(f.status);
    if (f.status == row_status::shadowed) out += " (an earlier row matches wherever it does)";
    out += "\n";
  }
  for (const auto& o : r.overlaps) {
    out += "  rows " + std::to_string(o.first + 1) + " and " + std::to_string(o.second + 1) + " both match";
    out += r.policy == hit_policy::any ? " with different outputs" : "";
    out += ", which ";
    out += to_string_view(r.policy);
    out += " forbids: in " + std::to_string(o.cells) + (o.cells == 1 ? " cell\n" : " cells\n");
  }
  out += "[";
  detail::append_coverage(out, r.cells);
  out += "]\n";
  return out;
}

namespace detail {
inline void append_problems(std::string& out, const std::vector<problem>& problems) {
  out += "not analysed:\n";
  for (const auto& q : problems) {
    out += "  ";
    append_problem(out, q);
    out += "\n";
  }
}
}  // namespace detail

/// Which verdicts a policy reaches, as text, with the cells that reach each.
template <class Space>
std::string to_text(const reachable_verdicts<Space>& r) {
  std::string out;
  if (!r.analysed()) {
    detail::append_problems(out, r.space.problems);
    return out;
  }
  for (const verdict_kind k : {verdict_kind::permit, verdict_kind::review, verdict_kind::deny, verdict_kind::indeterminate}) {
    out += to_string_view(k);
    const auto& ex = r.example(k);
    if (ex) {
      out += ": reached, e.g. where ";
      out += r.space.describe(*ex);
    } else {
      out += r.complete() ? ": never" : ": not found (cut short)";
    }
    out += "\n";
  }
  out += "INDETERMINATE with every fact known: ";
  if (r.indeterminate_when_known) {
    out += "reached, e.g. where ";
    out += r.space.describe(*r.indeterminate_when_known);
  } else {
    out += r.complete() ? "never" : "not found (cut short)";
  }
  out += "\n[";
  detail::append_coverage(out, r.cells);
  out += "]\n";
  return out;
}

/// A proof as text: proved, refuted with its witness, cut short, or not analysed and why.
template <class Space>
std::string to_text(const proof<Space>& p) {
  std::string out;
  if (!p.analysed()) {
    detail::append_problems(out, p.space.problems);
    return out;
  }
  if (!p.by_rule.empty()) {
    out += "proved by rule ";
    out += p.by_rule;
    out += ", which fires wherever the condition holds; the policy's other parts were not needed";
  } else if (p.refuted()) {
    out += "refuted where ";
    out += p.space.describe(*p.witness);
    out += ": ";
    detail::append_verdict(out, p.found);
    if (p.two_policies) {
      out += " against ";
      detail::append_verdict(out, p.other);
    }
  } else {
    out += p.cells.complete ? "proved" : "not refuted (cut short)";
  }
  out += " [";
  detail::append_coverage(out, p.cells);
  out += "]\n";
  return out;
}

/// A difference as text: one line per region of cells that differ the same way, with both
/// verdicts.
template <class Space>
std::string to_text(const policy_difference<Space>& d, std::size_t max_shown = 32) {
  std::string out;
  if (!d.analysed()) {
    detail::append_problems(out, d.space.problems);
    return out;
  }
  out += std::to_string(d.differing);
  out += d.differing == 1 ? " cell differs" : " cells differ";
  out += " between ";
  out += d.before_id;
  out += " and ";
  out += d.after_id;
  out += " [";
  detail::append_coverage(out, d.tried);
  out += "]\n";
  std::size_t shown = 0;
  for (const auto& r : d.regions) {
    if (shown++ == max_shown) {
      out += "  ... (" + std::to_string(d.regions.size() - max_shown) + " more)\n";
      break;
    }
    out += "  where ";
    out += d.space.describe(r.at);
    out += ": ";
    detail::append_verdict(out, r.before);
    out += " -> ";
    detail::append_verdict(out, r.after);
    out += "\n";
  }
  return out;
}

}  // namespace analysis
OVERSIGHT_END_NAMESPACE
