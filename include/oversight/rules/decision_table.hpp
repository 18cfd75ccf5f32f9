// oversight: decision tables with the DMN hit policies.
//
// Thresholds by regime, object and period are a table and read like one:
//
//     inline constexpr auto thresholds =
//         oversight::decision_table<"eu.thresholds", oversight::hit_policy::unique, money>(
//             oversight::inputs(regime, object, launched))
//             .row(is(regime_kind::classic), is(contract_object::works), during(p2024), 5'538'000_eur)
//             .row(is(regime_kind::classic), any_value, during(p2026), 140'000_eur)
//             ...;
//
//     rule<"procurement.eu-tender">(effect::deny, estimated_value >= thresholds && !eu_tendered)
//
// Each input is a value expression (usually a fact); each row has one unary test per input
// (`any_value`, `is(v...)`, `between(lo, hi)`, `below(v)`, `at_least(v)`, `above(v)`,
// `at_most(v)`, `during(period)`) and an output. The hit policies are those of DMN 1.3
// (section 8.2.11, "Hit policy"):
//
//   unique        at most one row may match; more is an error
//   any           rows may overlap, but all matching rows must have the same output
//   priority      the matching output with the highest output priority
//   first         the first matching row in row order
//   output_order  all matching outputs, in decreasing output priority
//   rule_order    all matching outputs, in row order
//   collect       all matching outputs (in row order), or aggregated: sum, min, max, count
//
// A single-valued table (unique, any, priority, first, collect with an aggregator) is itself a
// value expression: compared in a rule like a fact. No match gives the table's default output
// if it has one (`.otherwise(v)`), else no value, so a condition over it is unknown; an
// unknown input makes a row's match unknown, and a policy violation (two unique hits,
// conflicting any hits) is an error. Neither is ever silently a value.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/enum_text.hpp>
#include <oversight/detail/fixed_string.hpp>
#include <oversight/detail/tuple.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/rules/expression.hpp>
#include <oversight/rules/truth.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

OVERSIGHT_BEGIN_NAMESPACE

enum class hit_policy : std::uint8_t {
  unique,
  any,
  priority,
  first,
  output_order,
  rule_order,
  collect,
  collect_sum,
  collect_min,
  collect_max,
  collect_count,
};

constexpr std::string_view to_string_view(hit_policy h) noexcept {
  constexpr std::string_view text[] = {"UNIQUE",       "ANY",         "PRIORITY",    "FIRST",
                                       "OUTPUT ORDER", "RULE ORDER",  "COLLECT",     "COLLECT SUM",
                                       "COLLECT MIN",  "COLLECT MAX", "COLLECT COUNT"};
  return detail::enum_text(text, h);
}

/// Whether a hit policy gives one value (and the table is then a value expression).
constexpr bool single_valued(hit_policy h) noexcept {
  return h != hit_policy::output_order && h != hit_policy::rule_order && h != hit_policy::collect;
}

// ---------------------------------------------------------------------------------------------
// Unary tests.

namespace detail {
enum class test_kind : std::uint8_t { any, one_of, between, below, at_most, above, at_least };
inline constexpr std::size_t max_test_values = 6;
}  // namespace detail

/// A unary test on one input of type T (DMN "unary tests").
template <class T>
struct unary_test {
  detail::test_kind kind = detail::test_kind::any;
  std::array<std::optional<T>, detail::max_test_values> values{};  // optional: T need not be default-constructible
  std::uint8_t count = 0;

  friend constexpr bool operator==(const unary_test&, const unary_test&) = default;

  constexpr truth test(const std::optional<T>& v) const {
    if (kind == detail::test_kind::any) return truth::true_;
    if (!v) return truth::unknown;
    switch (kind) {
      case detail::test_kind::one_of: {
        truth acc = truth::false_;
        for (std::uint8_t i = 0; i < count && acc != truth::true_; ++i)
          acc = acc || detail::compare_values(detail::cmp::eq, *v, *values[i]);
        return acc;
      }
      case detail::test_kind::between:
        return detail::compare_values(detail::cmp::ge, *v, *values[0]) &&
               detail::compare_values(detail::cmp::le, *v, *values[1]);
      case detail::test_kind::below: return detail::compare_values(detail::cmp::lt, *v, *values[0]);
      case detail::test_kind::at_most: return detail::compare_values(detail::cmp::le, *v, *values[0]);
      case detail::test_kind::above: return detail::compare_values(detail::cmp::gt, *v, *values[0]);
      case detail::test_kind::at_least: return detail::compare_values(detail::cmp::ge, *v, *values[0]);
      default: return truth::true_;
    }
  }

  template <class Out>
  constexpr void describe(Out& out) const {
    switch (kind) {
      case detail::test_kind::any: out.text("-"); return;
      case detail::test_kind::one_of:
        for (std::uint8_t i = 0; i < count; ++i) {
          if (i) out.text(", ");
          out.value(*values[i]);
        }
        return;
      case detail::test_kind::between:
        out.text("[");
        out.value(*values[0]);
        out.text("..");
        out.value(*values[1]);
        out.text("]");
        return;
      case detail::test_kind::below: out.text("< "); break;
      case detail::test_kind::at_most: out.text("<= "); break;
      case detail::test_kind::above: out.text("> "); break;
      case detail::test_kind::at_least: out.text(">= "); break;
    }
    out.value(*values[0]);
  }
};

namespace detail {
void too_many_values_in_one_unary_test();  // deliberately not constexpr

/// Whether some value passes both tests, shown by a witness: one of the values the tests name
/// (and, for integers, the neighbours of their bounds). An `any` test passes every value. Two
/// tests with no witness may still share a value (an open interval of a type with no integers
/// in between): the answer errs on the side of "no", so that only a certain overlap is refused.
template <class T>
constexpr bool tests_share_a_value(const unary_test<T>& a, const unary_test<T>& b) {
  if (a.kind == test_kind::any && b.kind == test_kind::any) return true;
  const auto both = [&](const T& v) {
    const std::optional<T> x{v};
    return a.test(x) == truth::true_ && b.test(x) == truth::true_;
  };
  for (const unary_test<T>* t : {&a, &b})
    for (std::uint8_t i = 0; i < t->count; ++i) {
      const T& v = *t->values[i];
      if (both(v)) return true;
      if constexpr (std::integral<T> && !std::same_as<T, bool>) {
        if (v > std::numeric_limits<T>::min() && both(static_cast<T>(v - 1))) return true;
        if (v < std::numeric_limits<T>::max() && both(static_cast<T>(v + 1))) return true;
      }
    }
  return false;
}

// A test not yet bound to its input's type.
template <test_kind K, class... V>
struct test_builder {
  std::tuple<V...> values;
  template <class T>
  constexpr unary_test<T> as() const {
    static_assert((std::convertible_to<V, T> && ...),
                  "oversight: a value in a decision-table test does not have the input's type [OVS-E102]");
    unary_test<T> t;
    t.kind = K;
    std::apply([&](const auto&... v) { ((t.values[t.count++] = static_cast<T>(v)), ...); }, values);
    return t;
  }
};
// How a test holds a value: a string literal (an array of char) as a std::string_view.
template <class V>
using test_value_t =
    std::conditional_t<std::is_array_v<V> && std::is_same_v<std::remove_cv_t<std::remove_extent_t<V>>, char>,
                       std::string_view, V>;
struct any_value_t {
  template <class T>
  constexpr unary_test<T> as() const {
    return {};
  }
};
}  // namespace detail

/// "-": any value, including an unknown one.
inline constexpr detail::any_value_t any_value{};
/// One of the values. A string literal is held as a `std::string_view`: `is("Medium", "Low")`.
template <class... V>
  requires(sizeof...(V) > 0 && sizeof...(V) <= detail::max_test_values)
constexpr auto is(const V&... v) {
  return detail::test_builder<detail::test_kind::one_of, detail::test_value_t<V>...>{{detail::test_value_t<V>(v)...}};
}
/// Between `lo` and `hi`, both included.
template <class L, class H>
constexpr auto between(const L& lo, const H& hi) {
  using lo_t = detail::test_value_t<L>;
  using hi_t = detail::test_value_t<H>;
  return detail::test_builder<detail::test_kind::between, lo_t, hi_t>{{lo_t(lo), hi_t(hi)}};
}
template <class V>
constexpr auto below(const V& v) {
  return detail::test_builder<detail::test_kind::below, detail::test_value_t<V>>{{detail::test_value_t<V>(v)}};
}
template <class V>
constexpr auto at_most(const V& v) {
  return detail::test_builder<detail::test_kind::at_most, detail::test_value_t<V>>{{detail::test_value_t<V>(v)}};
}
template <class V>
constexpr auto above(const V& v) {
  return detail::test_builder<detail::test_kind::above, detail::test_value_t<V>>{{detail::test_value_t<V>(v)}};
}
template <class V>
constexpr auto at_least(const V& v) {
  return detail::test_builder<detail::test_kind::at_least, detail::test_value_t<V>>{{detail::test_value_t<V>(v)}};
}
/// A date within the period (both ends included).
constexpr auto during(period p) { return between(p.from, p.until); }

// ---------------------------------------------------------------------------------------------
// Tables.

/// The inputs of a table: value expressions (facts, usually).
template <class... In>
struct table_inputs {
  detail::tuple<In...> exprs;
};
template <class... In>
  requires(ValueExpression<In> && ...)
constexpr table_inputs<In...> inputs(const In&... in) {
  return {detail::tuple<In...>(in...)};
}

/// What a table gives for a subject.
enum class table_status : std::uint8_t {
  ok,        ///< one or more hits (or the default output)
  no_match,  ///< no row matched and there is no default
  unknown,   ///< an unknown input decides whether some row matches
  conflict,  ///< the hit policy is violated (two unique hits, conflicting any hits)
};

constexpr std::string_view to_string_view(table_status s) noexcept {
  constexpr std::string_view text[] = {"ok", "no match", "unknown", "hit policy violated"};
  return detail::enum_text(text, s);
}

/// What a table decided. Holds its outputs by value: it stays valid after the table is gone.
template <class Out, std::size_t N>
struct table_result {
  table_status status = table_status::no_match;
  std::array<std::optional<Out>, (N == 0 ? 1 : N)> outputs{};  ///< the outputs, in the hit policy's order
  std::array<std::size_t, (N == 0 ? 1 : N)> rows{};             ///< the matching row (0-based) of each output
  std::size_t count = 0;                                        ///< number of outputs
  std::size_t conflict_rows[2] = {0, 0};                        ///< for a conflict: two rows that clash
  bool from_default = false;  ///< no row matched; the output is the default
};

namespace detail {
struct table_tag {};
// Defined, never constexpr: reached only while a table is built at compile time (its call is
// guarded by std::is_constant_evaluated), where calling it is the error; a run-time build never
// reaches it, but links against it.
template <fixed_string Table, std::size_t Row>
void rows_of_a_unique_table_overlap() {}  // [OVS-E112] this row of a UNIQUE table and an earlier one both match some input: narrow one of them, or choose another hit policy
template <std::size_t I, class... In>
using nth_input_t = typename std::remove_cvref_t<decltype(get<I>(std::declval<const tuple<In...>&>()))>;
template <class E>
using input_value_t = typename E::value_type;
}  // namespace detail

namespace detail {
template <class T>
struct is_array_tuple : std::false_type {};
template <class... A>
struct is_array_tuple<std::tuple<A...>> : std::true_type {};
/// The position of `v` in `list` (its priority, 0 the highest), or the list's size.
template <class T, std::size_t N, class V>
constexpr std::size_t rank_in(const std::array<T, N>& list, const V& v) {
  for (std::size_t i = 0; i < N; ++i)
    if (compare_values(cmp::eq, v, list[i]) == truth::true_) return i;
  return N;
}
}  // namespace detail

/// `Priorities`: the output priorities, `std::array<Out, N>` (one output, or a compound output
/// ranked as a whole), or one `std::array` per output column (`prioritize_outputs`).
template <detail::fixed_string Id, hit_policy Policy, class Out, class Inputs, std::size_t NRows = 0,
          class Priorities = std::array<Out, 0>>
struct basic_decision_table;

template <detail::fixed_string Id, hit_policy Policy, class Out, class... In, std::size_t NRows, class Priorities>
struct basic_decision_table<Id, Policy, Out, table_inputs<In...>, NRows, Priorities> : detail::value_expr_tag,
                                                                                        detail::table_tag {
  using row_type = std::pair<std::tuple<unary_test<detail::input_value_t<In>>...>, Out>;
  using value_type = std::conditional_t<Policy == hit_policy::collect_count, std::int64_t, Out>;
  static constexpr std::string_view name() noexcept { return Id.view(); }
  static constexpr hit_policy policy = Policy;
  static constexpr std::size_t row_count = NRows;

  table_inputs<In...> inputs;
  std::array<row_type, NRows> rows;
  Priorities priorities;  ///< output values, highest priority first (per output column, or whole)
  std::optional<Out> default_output{};

  /// Adds a row: one test per input, then the output. In a UNIQUE table built at compile time, a
  /// row that certainly overlaps an earlier one (some input passes both) does not compile
  /// (`rows_of_a_unique_table_overlap<"table", row>`, OVS-E112); a table built at run time
  /// reports the overlap when an input hits both (`table_status::conflict`).
  template <class... Tests>
    requires(sizeof...(Tests) == sizeof...(In) + 1)
  constexpr auto row(const Tests&... args) const {
    const row_type added = make_row(std::forward_as_tuple(args...), std::index_sequence_for<In...>{});
    if constexpr (Policy == hit_policy::unique) {
      if (std::is_constant_evaluated()) {
        for (std::size_t i = 0; i < NRows; ++i)
          if (rows_overlap(rows[i], added, std::index_sequence_for<In...>{}))
            detail::rows_of_a_unique_table_overlap<Id, NRows>();
      }
    }
    return [&]<std::size_t... R>(std::index_sequence<R...>) {
      return basic_decision_table<Id, Policy, Out, table_inputs<In...>, NRows + 1, Priorities>{
          {}, {}, inputs, {rows[R]..., added}, priorities, default_output};
    }(std::make_index_sequence<NRows>{});
  }
  /// One row as `row(...)` takes it (one test per input, then the output), for `with_rows`.
  template <class... Tests>
    requires(sizeof...(Tests) == sizeof...(In) + 1)
  static constexpr row_type make_row(const Tests&... args) {
    return make_row(std::forward_as_tuple(args...), std::index_sequence_for<In...>{});
  }
  /// Adds `added` in order: the table that adding each with `row(...)` gives, built in one step.
  /// A long table costs its translation units less to compile this way (one table type for the
  /// group, not one per row). A UNIQUE table built at compile time refuses an overlap as `row`
  /// does, naming the position of the later row.
  template <std::size_t K>
  constexpr auto with_rows(const std::array<row_type, K>& added) const {
    if constexpr (Policy == hit_policy::unique) {
      if (std::is_constant_evaluated()) {
        constexpr auto report = []<std::size_t... R>(std::index_sequence<R...>) {
          return std::array<void (*)(), NRows + K>{&detail::rows_of_a_unique_table_overlap<Id, R>...};
        }(std::make_index_sequence<NRows + K>{});
        for (std::size_t k = 0; k < K; ++k) {
          for (std::size_t i = 0; i < NRows; ++i)
            if (rows_overlap(rows[i], added[k], std::index_sequence_for<In...>{})) report[NRows + k]();
          for (std::size_t j = 0; j < k; ++j)
            if (rows_overlap(added[j], added[k], std::index_sequence_for<In...>{})) report[NRows + k]();
        }
      }
    }
    return [&]<std::size_t... R, std::size_t... A>(std::index_sequence<R...>, std::index_sequence<A...>) {
      return basic_decision_table<Id, Policy, Out, table_inputs<In...>, NRows + K, Priorities>{
          {}, {}, inputs, {rows[R]..., added[A]...}, priorities, default_output};
    }(std::make_index_sequence<NRows>{}, std::make_index_sequence<K>{});
  }
  /// The output priorities for the priority and output-order policies, highest first.
  template <class... V>
  constexpr auto prioritize(const V&... outputs) const {
    return basic_decision_table<Id, Policy, Out, table_inputs<In...>, NRows, std::array<Out, sizeof...(V)>>{
        {}, {}, inputs, rows, {static_cast<Out>(outputs)...}, default_output};
  }
  /// For a compound output (a `std::pair` or `std::tuple`; GCC 12 cannot evaluate a table with a
  /// `std::tuple` output at compile time), the priorities of each output
  /// column, highest first, one `std::array` per column: DMN 1.3 (section 8.2.11) ranks the
  /// matching rules by their first output's priority, then, among equals, by the next output's,
  /// and so on. An output value not in its column's list ranks after the listed ones.
  template <class... Lists>
    requires(sizeof...(Lists) == std::tuple_size_v<Out>)
  constexpr auto prioritize_outputs(const Lists&... lists) const {
    return basic_decision_table<Id, Policy, Out, table_inputs<In...>, NRows, std::tuple<Lists...>>{
        {}, {}, inputs, rows, std::tuple<Lists...>(lists...), default_output};
  }
  /// The output when no row matches (DMN default output value).
  constexpr basic_decision_table otherwise(const Out& v) const {
    basic_decision_table t = *this;
    t.default_output = v;
    return t;
  }

  /// Evaluates the table: every row's match, then the hit policy. The result holds copies of
  /// the outputs (`*r.outputs[k]`), in the hit policy's order, and the rows they came from.
  template <class S>
  constexpr table_result<Out, NRows> evaluate(const S& s, const context& ctx) const {
    table_result<Out, NRows> r = hits(s, ctx);
    for (std::size_t k = 0; k < r.count; ++k) r.outputs[k] = output(r, k);
    return r;
  }

  /// The single value of a single-valued table, or std::nullopt (no match, unknown, conflict).
  template <class S>
    requires(single_valued(Policy))
  constexpr std::optional<value_type> value_of(const S& s, const context& ctx) const {
    return value_from(hits(s, ctx));
  }

  /// Whether `pred` holds of the table's value however the boolean inputs that are not known
  /// would be recorded: true if it holds under every completion, false if under none, unknown
  /// if the completions disagree, one of them gives no value, or an input of another type is
  /// not known. So a threshold that depends on an unrecorded yes/no (social services or not)
  /// still decides a value above, or below, every threshold it could be.
  template <class S, class Pred>
    requires(single_valued(Policy))
  constexpr truth for_every_completion(const S& s, const context& ctx, Pred pred) const {
    const auto values = read_inputs(s, ctx, std::index_sequence_for<In...>{});
    std::size_t open = 0;  // the unknown inputs, one bit each, in input order
    bool other_unknown = false;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      ((std::get<I>(values) ? void()
                            : (std::is_same_v<detail::input_value_t<In>, bool> ? void(open |= std::size_t{1} << I)
                                                                                : void(other_unknown = true))),
       ...);
    }(std::index_sequence_for<In...>{});
    if (other_unknown || open == 0) {
      const auto v = value_from(hits_of(values));
      return v ? pred(*v) : truth::unknown;
    }
    bool some_true = false, some_false = false;
    // Every subset of the open inputs set to true, the others to false.
    for (std::size_t chosen = open;; chosen = (chosen - 1) & open) {
      auto completed = values;
      [&]<std::size_t... I>(std::index_sequence<I...>) {
        ((open >> I & 1u ? complete(std::get<I>(completed), (chosen >> I & 1u) != 0) : void()), ...);
      }(std::index_sequence_for<In...>{});
      const auto v = value_from(hits_of(completed));
      if (!v) return truth::unknown;
      const truth t = pred(*v);
      if (t == truth::unknown) return truth::unknown;
      (t == truth::true_ ? some_true : some_false) = true;
      if (some_true && some_false) return truth::unknown;
      if (chosen == 0) break;
    }
    return to_truth(some_true);
  }

 private:
  template <class T>
  static constexpr void complete(std::optional<T>& slot, bool v) {
    if constexpr (std::is_same_v<T, bool>) slot = v;
  }

  // The value of a single-valued table from its hits.
  constexpr std::optional<value_type> value_from(const table_result<Out, NRows>& r) const {
    if constexpr (Policy == hit_policy::collect_count) {
      // Counting needs every row decided; no hit counts 0 (the default output is not a hit).
      if (r.status == table_status::unknown) return std::nullopt;
      return static_cast<std::int64_t>(r.from_default || r.status == table_status::no_match ? 0 : r.count);
    }
    if (r.status != table_status::ok) return std::nullopt;
    if constexpr (Policy == hit_policy::collect_count) {
      return std::nullopt;  // handled above
    } else if constexpr (Policy == hit_policy::collect_sum || Policy == hit_policy::collect_min ||
                         Policy == hit_policy::collect_max) {
      if (r.from_default) return output(r, 0);
      Out acc = output(r, 0);
      for (std::size_t k = 1; k < r.count; ++k) {
        const Out& next = output(r, k);
        if constexpr (Policy == hit_policy::collect_sum) {
          if constexpr (requires { (acc + next).has_value(); }) {
            const auto sum = acc + next;  // checked arithmetic (money): an error is no value
            if (!sum.has_value()) return std::nullopt;
            acc = sum.value();
          } else {
            acc = acc + next;
          }
        } else {
          const truth less = detail::compare_values(detail::cmp::lt, next, acc);
          const truth equal = detail::compare_values(detail::cmp::eq, next, acc);
          if (less == truth::unknown || equal == truth::unknown) return std::nullopt;
          const bool better = Policy == hit_policy::collect_min ? less == truth::true_
                                                                : (less == truth::false_ && equal == truth::false_);
          if (better) acc = next;
        }
      }
      return acc;
    } else {
      return output(r, 0);
    }
  }

 public:

  template <class W>
  constexpr void describe(W& out) const {
    out.text(name());
  }

 private:
  // Output k of a result of `hits`: a row's output, or the default.
  constexpr const Out& output(const table_result<Out, NRows>& r, std::size_t k) const {
    return r.from_default ? *default_output : rows[r.rows[k]].second;
  }

  // Every row's match, then the hit policy: the matching rows in the policy's order, outputs
  // not yet copied.
  template <class S>
  constexpr table_result<Out, NRows> hits(const S& s, const context& ctx) const {
    return hits_of(read_inputs(s, ctx, std::index_sequence_for<In...>{}));
  }
  template <class Values>
  OVERSIGHT_NOINLINE constexpr table_result<Out, NRows> hits_of(const Values& values) const {
    table_result<Out, NRows> r;
    std::array<truth, (NRows == 0 ? 1 : NRows)> match{};
    bool any_unknown = false;
    for (std::size_t i = 0; i < NRows; ++i) {
      match[i] = row_matches(rows[i], values, std::index_sequence_for<In...>{});
      any_unknown = any_unknown || match[i] == truth::unknown;
    }
    if constexpr (Policy == hit_policy::first) {
      for (std::size_t i = 0; i < NRows; ++i) {
        if (match[i] == truth::unknown) {
          unknown(r);
          return r;
        }
        if (match[i] == truth::true_) {
          single(r, i);
          return r;
        }
      }
      none(r);
      return r;
    } else {
      if (any_unknown) {
        unknown(r);
        return r;
      }
      for (std::size_t i = 0; i < NRows; ++i)
        if (match[i] == truth::true_) r.rows[r.count++] = i;
      if (r.count == 0) {
        none(r);
        return r;
      }
      r.status = table_status::ok;
      if constexpr (Policy == hit_policy::unique) {
        if (r.count > 1) {
          conflict(r, r.rows[0], r.rows[1]);
          return r;
        }
      } else if constexpr (Policy == hit_policy::any) {
        for (std::size_t k = 1; k < r.count; ++k) {
          if (detail::compare_values(detail::cmp::eq, rows[r.rows[k]].second, rows[r.rows[0]].second) !=
              truth::true_) {
            conflict(r, r.rows[0], r.rows[k]);
            return r;
          }
        }
        r.count = 1;
      } else if constexpr (Policy == hit_policy::priority || Policy == hit_policy::output_order) {
        // Stable sort of the hits by output priority (an output not in the list ranks last).
        for (std::size_t a = 1; a < r.count; ++a)
          for (std::size_t b = a; b > 0 && higher_priority(rows[r.rows[b]].second, rows[r.rows[b - 1]].second); --b)
            std::swap(r.rows[b], r.rows[b - 1]);
        if constexpr (Policy == hit_policy::priority) r.count = 1;
      }
      return r;
    }
  }

  template <std::size_t... I>
  static constexpr bool rows_overlap(const row_type& a, const row_type& b, std::index_sequence<I...>) {
    return (detail::tests_share_a_value(std::get<I>(a.first), std::get<I>(b.first)) && ...);
  }
  template <class Args, std::size_t... I>
  static constexpr row_type make_row(const Args& args, std::index_sequence<I...>) {
    return row_type{std::tuple<unary_test<detail::input_value_t<In>>...>(
                        std::get<I>(args).template as<detail::input_value_t<In>>()...),
                    static_cast<Out>(std::get<sizeof...(In)>(args))};
  }
  template <class S, std::size_t... I>
  constexpr auto read_inputs(const S& s, const context& ctx, std::index_sequence<I...>) const {
    return std::tuple<std::optional<detail::input_value_t<In>>...>(detail::value_of(get<I>(inputs.exprs), s, ctx)...);
  }
  template <class Values, std::size_t... I>
  static constexpr truth row_matches(const row_type& row, const Values& values, std::index_sequence<I...>) {
    // Kleene "and" of the row's tests, stopping at the first that fails (most rows of a table
    // fail on their first input).
    truth acc = truth::true_;
    (void)(((acc = acc && std::get<I>(row.first).test(std::get<I>(values))) != truth::false_) && ...);
    return acc;
  }
  // Whether output `a` has a higher priority than `b`: by the whole output's place in the list,
  // or column by column (the first that differs decides).
  constexpr bool higher_priority(const Out& a, const Out& b) const {
    if constexpr (detail::is_array_tuple<Priorities>::value) {
      return [&]<std::size_t... K>(std::index_sequence<K...>) {
        int order = 0;  // <0: a first, >0: b first
        (void)((order = order != 0 ? order
                                   : static_cast<int>(detail::rank_in(std::get<K>(priorities), std::get<K>(a)) >
                                                      detail::rank_in(std::get<K>(priorities), std::get<K>(b))) -
                                         static_cast<int>(detail::rank_in(std::get<K>(priorities), std::get<K>(a)) <
                                                          detail::rank_in(std::get<K>(priorities), std::get<K>(b))),
                true) &&
               ...);
        return order < 0;
      }(std::make_index_sequence<std::tuple_size_v<Priorities>>{});
    } else {
      return detail::rank_in(priorities, a) < detail::rank_in(priorities, b);
    }
  }
  // The outcomes of `hits_of`, written into its result in place (it is returned by name: a copy of
  // a result of a long table is a kilobyte or more).
  static constexpr void single(table_result<Out, NRows>& r, std::size_t i) {
    r.status = table_status::ok;
    r.rows[0] = i;
    r.count = 1;
  }
  constexpr void none(table_result<Out, NRows>& r) const {
    if (default_output) {
      r.status = table_status::ok;
      r.count = 1;
      r.from_default = true;
    } else {
      r.status = table_status::no_match;
    }
  }
  static constexpr void unknown(table_result<Out, NRows>& r) {
    r.status = table_status::unknown;
    r.count = 0;
  }
  static constexpr void conflict(table_result<Out, NRows>& r, std::size_t a, std::size_t b) {
    r.status = table_status::conflict;
    r.conflict_rows[0] = a;
    r.conflict_rows[1] = b;
    r.count = 0;
  }
};

/// An empty table `Id` with hit policy `Policy`, output type `Out` and the given inputs; add rows
/// with `.row(...)`.
template <detail::fixed_string Id, hit_policy Policy, class Out, class... In>
constexpr auto decision_table(const table_inputs<In...>& in) {
  return basic_decision_table<Id, Policy, Out, table_inputs<In...>>{{}, {}, in, {}, {}, {}};
}

template <class T>
concept DecisionTable = std::derived_from<T, detail::table_tag>;

OVERSIGHT_END_NAMESPACE
