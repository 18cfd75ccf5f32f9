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
#include <oversight/detail/popcount.hpp>
#include <oversight/detail/tuple.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/rules/expression.hpp>
#include <oversight/rules/truth.hpp>

#include <array>
#include <bit>
#include <concepts>
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
// The row index.
//
// A table keeps, for each input whose values are ordered exactly (integers, enumerations, dates,
// strings), the constants its rows' tests name, sorted, and for each cell of the line they cut
// (below the first constant, each constant, between two neighbours, above the last) the rows
// whose test on that input passes there. One search per input then gives the rows that input
// lets through, and the rows a subject matches are these sets intersected: no row is tested one
// by one. The index grows with the rows (at compile time for a constexpr table). An input of
// another type (money, whose comparison may be undecided across currencies), or one whose tests
// name more than `index_keys` distinct constants, is tested row by row. Either way a row's match
// is the Kleene "and" of its tests, as DMN 1.3 (section 8.2.11) has it.

namespace detail {

/// The number of 64-bit words a set of `rows` rows takes.
constexpr std::size_t mask_words(std::size_t rows) noexcept { return rows == 0 ? 1 : (rows + 63) / 64; }

/// A set of rows, one bit each, in `W` words.
template <std::size_t W>
struct row_mask {
  std::array<std::uint64_t, W> bits{};

  /// Rows 0 to n-1.
  static constexpr row_mask first_rows(std::size_t n) noexcept {
    row_mask m;
    for (std::size_t w = 0; w < W && w * 64 < n; ++w)
      m.bits[w] = n - w * 64 >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << (n - w * 64)) - 1;
    return m;
  }
  constexpr void set(std::size_t row) noexcept { bits[row / 64] |= std::uint64_t{1} << (row % 64); }
  constexpr bool has(std::size_t row) const noexcept { return (bits[row / 64] >> (row % 64) & 1u) != 0; }
  constexpr bool empty() const noexcept {
    std::uint64_t any = 0;
    for (const std::uint64_t w : bits) any |= w;
    return any == 0;
  }
  constexpr std::size_t count() const noexcept {
    std::size_t n = 0;
    for (const std::uint64_t w : bits) n += popcount64(w);
    return n;
  }
  /// Whether the set holds two rows or more (without counting them).
  constexpr bool several() const noexcept {
    std::uint64_t within = 0;  // a word with two rows or more
    std::size_t words_used = 0;
    for (const std::uint64_t w : bits) {
      within |= w & (w - 1);
      words_used += static_cast<std::size_t>(w != 0);
    }
    return within != 0 || words_used > 1;
  }
  /// The lowest row in the set; the set must not be empty.
  constexpr std::size_t first() const noexcept {
    for (std::size_t w = 0; w + 1 < W; ++w)
      if (bits[w] != 0) return w * 64 + static_cast<std::size_t>(std::countr_zero(bits[w]));
    return (W - 1) * 64 + static_cast<std::size_t>(std::countr_zero(bits[W - 1]));
  }
  /// Calls `f(row)` for each row in the set, in row order.
  template <class F>
  constexpr void for_each(F f) const {
    for (std::size_t w = 0; w < W; ++w)
      for (std::uint64_t b = bits[w]; b != 0; b &= b - 1) f(w * 64 + static_cast<std::size_t>(std::countr_zero(b)));
  }
  constexpr row_mask& operator|=(const row_mask& o) noexcept {
    for (std::size_t w = 0; w < W; ++w) bits[w] |= o.bits[w];
    return *this;
  }
  constexpr row_mask operator|(const row_mask& o) const noexcept {
    row_mask m = *this;
    return m |= o;
  }
  constexpr row_mask operator&(const row_mask& o) const noexcept {
    row_mask m;
    for (std::size_t w = 0; w < W; ++w) m.bits[w] = bits[w] & o.bits[w];
    return m;
  }
  /// The rows of `*this` not in `o`.
  constexpr row_mask minus(const row_mask& o) const noexcept {
    row_mask m;
    for (std::size_t w = 0; w < W; ++w) m.bits[w] = bits[w] & ~o.bits[w];
    return m;
  }
  /// The same rows in a set of another width (rows beyond it are dropped).
  template <std::size_t V>
  constexpr row_mask<V> widened() const noexcept {
    row_mask<V> m;
    for (std::size_t w = 0; w < W && w < V; ++w) m.bits[w] = bits[w];
    return m;
  }
};

/// How an input of type T is indexed: by a key ordered exactly as T (and equal where T is).
template <class T>
struct index_key {
  static constexpr bool indexed = false;
};
template <class T>
  requires((std::integral<T> || std::is_enum_v<T> || std::same_as<T, std::string_view>) && !checked_comparable<T, T>)
struct index_key<T> {
  static constexpr bool indexed = true;
  using type = T;
  static constexpr type of(const T& v) noexcept { return v; }
};
template <>
struct index_key<date> {
  static constexpr bool indexed = true;
  using type = std::int32_t;
  static constexpr type of(date d) noexcept { return d.days_since_epoch(); }
};

/// The most distinct constants one input's index holds; an input whose tests name more is
/// tested row by row.
inline constexpr std::size_t index_keys = 24;
/// Up to this many keys, an integer key is placed by counting the keys below it.
inline constexpr std::size_t few_keys = 8;

/// An input that is not indexed: its tests are evaluated row by row.
struct no_input_index {};

/// The index of one input of type T, over rows held in `W` words.
template <class T, std::size_t W>
struct input_index {
  using key = typename index_key<T>::type;

  bool indexed = true;  ///< false once the tests name more than `index_keys` constants
  std::size_t key_count = 0;
  std::array<key, index_keys + 1> keys{};  ///< the constants the tests name, ascending (and a spare slot the search may read)
  std::array<row_mask<W>, 2 * index_keys + 1> cells{};  ///< 2k: between keys k-1 and k; 2k+1: key k
  row_mask<W> any{};                               ///< rows whose test is `-` (passes every value)
  std::array<std::uint8_t, 2> bool_cells{};        ///< for a `bool` input: the cells of false and true

  /// The cell of a value: 2k where it lies strictly between keys k-1 and k, 2k+1 where it is key k.
  constexpr std::size_t cell_of(const key& v) const noexcept {
    if constexpr (std::is_same_v<key, bool>) {
      return bool_cells[static_cast<std::size_t>(v)];  // two values: looked up, not placed
    } else {
      return placed(v);
    }
  }
  /// The rows whose test on this input passes `v`.
  constexpr row_mask<W> passing(const T& v) const noexcept { return cells[cell_of(index_key<T>::of(v))] | any; }
  /// The cell of a value, placed among the keys.
  constexpr std::size_t placed(const key& v) const noexcept {
    // No step branches on a comparison: subjects come in any order, and a mispredicted step
    // costs more than the step. A few keys are counted (independent comparisons), more are
    // searched (the steps depend only on the key count, the same on every call).
    if constexpr (std::is_integral_v<key> || std::is_enum_v<key>) {
      if (key_count <= few_keys) {
        std::size_t below = 0;
        std::size_t equal = 0;
        for (std::size_t k = 0; k < key_count; ++k) {  // the same count on every call: predicted
          below += static_cast<std::size_t>(keys[k] < v);
          equal |= static_cast<std::size_t>(keys[k] == v);
        }
        return 2 * below + equal;
      }
    }
    std::size_t lo = 0;  // the first key not below v
    std::size_t n = key_count;
    while (n > 1) {
      const std::size_t half = n / 2;
      lo = keys[lo + half - 1] < v ? lo + half : lo;
      n -= half;
    }
    lo += static_cast<std::size_t>(n == 1) & static_cast<std::size_t>(keys[lo] < v);
    return 2 * lo + (static_cast<std::size_t>(lo < key_count) & static_cast<std::size_t>(!(v < keys[lo])));
  }

  /// Adds row `row`, whose test on this input is `t`.
  constexpr void add(std::size_t row, const unary_test<T>& t) {
    if (!indexed) return;
    if (t.kind == test_kind::any) {
      any.set(row);
      return;
    }
    for (std::uint8_t v = 0; v < t.count; ++v)
      if (!insert(index_key<T>::of(*t.values[v]))) {
        *this = input_index{};
        indexed = false;
        return;
      }
    const std::size_t last_cell = 2 * key_count;
    const auto cells_from = [&](std::size_t from, std::size_t to) {  // both included
      for (std::size_t c = from; c <= to && c <= last_cell; ++c) cells[c].set(row);
    };
    const auto at = [&](std::uint8_t v) { return position(index_key<T>::of(*t.values[v])); };
    switch (t.kind) {
      case test_kind::one_of:
        for (std::uint8_t v = 0; v < t.count; ++v) cells[2 * at(v) + 1].set(row);
        break;
      case test_kind::between:
        if (at(0) <= at(1)) cells_from(2 * at(0) + 1, 2 * at(1) + 1);
        break;
      case test_kind::below: cells_from(0, 2 * at(0)); break;
      case test_kind::at_most: cells_from(0, 2 * at(0) + 1); break;
      case test_kind::above: cells_from(2 * at(0) + 2, last_cell); break;
      case test_kind::at_least: cells_from(2 * at(0) + 1, last_cell); break;
      case test_kind::any: break;
    }
  }

  /// The same index over rows held in `V` words.
  template <std::size_t V>
  constexpr input_index<T, V> widened() const {
    input_index<T, V> ix;
    ix.indexed = indexed;
    ix.key_count = key_count;
    ix.keys = keys;
    for (std::size_t c = 0; c < cells.size(); ++c) ix.cells[c] = cells[c].template widened<V>();
    ix.any = any.template widened<V>();
    ix.bool_cells = bool_cells;
    return ix;
  }

 private:
  constexpr std::size_t position(const key& k) const noexcept {  // of a key held
    std::size_t p = 0;
    while (keys[p] < k) ++p;
    return p;
  }
  // Adds a key, splitting the cell it falls in: the rows already added name other constants, so
  // each passes the whole cell or none of it, and both halves and the key itself keep its rows.
  constexpr bool insert(const key& k) {
    std::size_t at = 0;
    while (at < key_count && keys[at] < k) ++at;
    if (at < key_count && !(k < keys[at])) return true;  // held already
    if (key_count == index_keys) return false;
    for (std::size_t j = key_count; j > at; --j) keys[j] = keys[j - 1];
    keys[at] = k;
    for (std::size_t c = 2 * key_count + 1; c-- > 2 * at;) cells[c + 2] = cells[c];
    cells[2 * at + 1] = cells[2 * at];
    ++key_count;
    if constexpr (std::is_same_v<key, bool>) {
      bool_cells[0] = static_cast<std::uint8_t>(placed(false));
      bool_cells[1] = static_cast<std::uint8_t>(placed(true));
    }
    return true;
  }
};

template <class T, std::size_t W>
using input_index_for = std::conditional_t<index_key<T>::indexed, input_index<T, W>, no_input_index>;

/// What the rows of a table make of a subject's inputs: the rows it matches, and the rows whose
/// match an unknown input leaves open (each row in at most one of the two).
template <std::size_t W>
struct row_matches {
  row_mask<W> matched;
  row_mask<W> open;
};

/// The index `from` (over rows in some width) with `rows[first..]` added, over rows in `W` words.
template <std::size_t W, class... T, class From, class Row, std::size_t N>
constexpr std::tuple<input_index_for<T, W>...> index_with(const From& from, const std::array<Row, N>& rows,
                                                            std::size_t first) {
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    std::tuple<input_index_for<T, W>...> out;
    (
        [&] {
          if constexpr (index_key<T>::indexed) {
            auto& ix = std::get<I>(out);
            ix = std::get<I>(from).template widened<W>();
            for (std::size_t r = first; r < N; ++r) ix.add(r, std::get<I>(rows[r].first));
          }
        }(),
        ...);
    return out;
  }(std::index_sequence_for<T...>{});
}

/// The rows that pass some cell of input index `ix` that row `row` passes: every row whose test
/// on this input may share a value with row `row`'s (all of `all` for an input not indexed).
/// A value both tests pass lies in one cell, so rows outside this set share none with it.
template <class T, std::size_t W>
constexpr row_mask<W> sharing_a_cell(const input_index<T, W>& ix, std::size_t row, const row_mask<W>& all) {
  if (!ix.indexed || ix.any.has(row)) return all;
  row_mask<W> m = ix.any;
  for (std::size_t c = 0; c <= 2 * ix.key_count; ++c)
    if (ix.cells[c].has(row)) m |= ix.cells[c];
  return m;
}
template <std::size_t W>
constexpr row_mask<W> sharing_a_cell(const no_input_index&, std::size_t, const row_mask<W>& all) {
  return all;
}

/// Whether row `k` of table `t` certainly overlaps an earlier row: each input has a value that
/// both rows' tests pass (`tests_share_a_value`). The index narrows the earlier rows to those
/// that share a cell with row `k` on every input; only these are tested.
template <class Table>
constexpr bool overlaps_an_earlier_row(const Table& t, std::size_t k) {
  using mask = row_mask<Table::words>;
  const mask earlier = mask::first_rows(k);
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    mask candidates = earlier;
    ((candidates = candidates & sharing_a_cell(std::get<I>(t.row_index), k, earlier)), ...);
    for (std::size_t j = 0; j < k; ++j)
      if (candidates.has(j) && (tests_share_a_value(std::get<I>(t.rows[j].first), std::get<I>(t.rows[k].first)) && ...))
        return true;
    return false;
  }(std::make_index_sequence<std::tuple_size_v<decltype(t.row_index)>>{});
}

}  // namespace detail

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
// Clang 14 prints the table's id as numbers: there it also receives the id's characters.
template <fixed_string Table, std::size_t Row, char... Spelled>
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
  static constexpr std::size_t words = detail::mask_words(NRows);  ///< of a set of its rows
  static constexpr detail::row_mask<words> all_rows = detail::row_mask<words>::first_rows(NRows);

  table_inputs<In...> inputs;
  std::array<row_type, NRows> rows;
  Priorities priorities;  ///< output values, highest priority first (per output column, or whole)
  std::optional<Out> default_output{};
  /// The rows each input's value lets through (see "The row index" above), built with the rows.
  std::tuple<detail::input_index_for<detail::input_value_t<In>, detail::mask_words(NRows)>...> row_index{};

  // The diagnostic of an overlap at row `Row`, with the id spelled out for Clang.
  template <std::size_t Row>
  static consteval auto unique_overlap_reporter() -> void (*)() {
#if defined(__clang__)
    return []<std::size_t... I>(std::index_sequence<I...>) {
      return &detail::rows_of_a_unique_table_overlap<Id, Row, Id.data[I]...>;
    }(std::make_index_sequence<Id.size()>{});
#else
    return &detail::rows_of_a_unique_table_overlap<Id, Row>;
#endif
  }

  /// Adds a row: one test per input, then the output. In a UNIQUE table built at compile time, a
  /// row that certainly overlaps an earlier one (some input passes both) does not compile
  /// (`rows_of_a_unique_table_overlap<"table", row>`, OVS-E112); a table built at run time
  /// reports the overlap when an input hits both (`table_status::conflict`).
  template <class... Tests>
    requires(sizeof...(Tests) == sizeof...(In) + 1)
  constexpr auto row(const Tests&... args) const {
    const row_type added = make_row(std::forward_as_tuple(args...), std::index_sequence_for<In...>{});
    auto t = grown_by<1>([&](std::size_t) -> const row_type& { return added; });
    if constexpr (Policy == hit_policy::unique) {
      // Checked here, not in a shared helper, so that the error's context is the row's own call.
      if (std::is_constant_evaluated() && detail::overlaps_an_earlier_row(t, NRows))
        unique_overlap_reporter<NRows>()();  // not constexpr: the error
    }
    return t;
  }
  /// One row as `row(...)` takes it (one test per input, then the output), for `with_rows`.
  template <class... Tests>
    requires(sizeof...(Tests) == sizeof...(In) + 1)
  static constexpr row_type make_row(const Tests&... args) {
    return make_row(std::forward_as_tuple(args...), std::index_sequence_for<In...>{});
  }
  /// Adds the rows of `groups`, in order: the table that adding each with `row(...)` gives, built
  /// in one step. A long table costs its translation units less to compile this way (one table
  /// type for all the rows, not one per row). A UNIQUE table built at compile time refuses an
  /// overlap as `row` does, naming the position of the later row.
  template <std::size_t... K>
    requires(sizeof...(K) > 0)
  constexpr auto with_rows(const std::array<row_type, K>&... groups) const {
    constexpr std::size_t added_count = (K + ...);
    // The groups' rows in one sequence, read through pointers (no std::tuple of all the rows:
    // its constructors' constraints cost a compiler time quadratic in the number of rows).
    const row_type* const starts[] = {groups.data()...};
    constexpr std::size_t sizes[] = {K...};
    const auto added = [&](std::size_t k) -> const row_type& {
      std::size_t g = 0;
      while (k >= sizes[g]) k -= sizes[g++];
      return starts[g][k];
    };
    auto t = grown_by<added_count>(added);
    if constexpr (Policy == hit_policy::unique) {
      if (std::is_constant_evaluated()) {
        constexpr auto report = []<std::size_t... R>(std::index_sequence<R...>) {
          return std::array<void (*)(), NRows + added_count>{unique_overlap_reporter<R>()...};
        }(std::make_index_sequence<NRows + added_count>{});
        for (std::size_t k = NRows; k < NRows + added_count; ++k)
          if (detail::overlaps_an_earlier_row(t, k)) report[k]();  // not constexpr: the error
      }
    }
    return t;
  }
  /// The output priorities for the priority and output-order policies, highest first.
  template <class... V>
  constexpr auto prioritize(const V&... outputs) const {
    return basic_decision_table<Id, Policy, Out, table_inputs<In...>, NRows, std::array<Out, sizeof...(V)>>{
        {}, {}, inputs, rows, {static_cast<Out>(outputs)...}, default_output, row_index};
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
        {}, {}, inputs, rows, std::tuple<Lists...>(lists...), default_output, row_index};
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
    return value_from_inputs(read_inputs(s, ctx, std::index_sequence_for<In...>{}));
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
      const auto v = value_from_inputs(values);
      return v ? pred(*v) : truth::unknown;
    }
    bool some_true = false, some_false = false;
    // Every subset of the open inputs set to true, the others to false.
    for (std::size_t chosen = open;; chosen = (chosen - 1) & open) {
      auto completed = values;
      [&]<std::size_t... I>(std::index_sequence<I...>) {
        ((open >> I & 1u ? complete(std::get<I>(completed), (chosen >> I & 1u) != 0) : void()), ...);
      }(std::index_sequence_for<In...>{});
      const auto v = value_from_inputs(completed);
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
  /// This table with `Added` more rows, `added(0)` to `added(Added - 1)`, and their index.
  template <std::size_t Added, class Rows>
  constexpr auto grown_by(const Rows& added) const {
    auto t = [&]<std::size_t... R, std::size_t... A>(std::index_sequence<R...>, std::index_sequence<A...>) {
      return basic_decision_table<Id, Policy, Out, table_inputs<In...>, NRows + Added, Priorities>{
          {}, {}, inputs, {rows[R]..., added(A)...}, priorities, default_output};
    }(std::make_index_sequence<NRows>{}, std::make_index_sequence<Added>{});
    t.row_index = detail::index_with<detail::mask_words(decltype(t)::row_count), detail::input_value_t<In>...>(
        row_index, t.rows, NRows);
    return t;
  }

  template <class T>
  static constexpr void complete(std::optional<T>& slot, bool v) {
    if constexpr (std::is_same_v<T, bool>) slot = v;
  }

  // The value of a single-valued table from its inputs' values: for UNIQUE and FIRST, read from
  // the rows matched without building a result. Not inlined (as `hits_of`): a flattened policy
  // that compares with the table in several rules calls one copy of the lookup.
  template <class Values>
  OVERSIGHT_NOINLINE constexpr std::optional<value_type> value_from_inputs(const Values& values) const {
    if constexpr (Policy == hit_policy::unique || Policy == hit_policy::first) {
      const detail::row_matches<words> m = matches(values);
      std::size_t row = 0;
      if constexpr (Policy == hit_policy::first) {
        const detail::row_mask<words> candidates = m.matched | m.open;
        if (candidates.empty()) return default_output;
        row = candidates.first();
        if (m.open.has(row)) return std::nullopt;
      } else {
        if (!m.open.empty() || m.matched.several()) return std::nullopt;
        if (m.matched.empty()) return default_output;
        row = m.matched.first();
      }
      return rows[row].second;
    } else {
      return value_from(hits_of(values));
    }
  }

  // The rows matched, and those an unknown input leaves open: each input's rows from its index,
  // or from its tests row by row where it has none.
  template <class Values>
  constexpr detail::row_matches<words> matches(const Values& values) const {
    detail::row_mask<words> failed{}, open{};
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      (match_input<I>(std::get<I>(values), failed, open), ...);
    }(std::index_sequence_for<In...>{});
    const detail::row_mask<words> live = all_rows.minus(failed);
    return {live.minus(open), live & open};
  }
  template <std::size_t I, class V>
  constexpr void match_input(const std::optional<V>& v, detail::row_mask<words>& failed,
                             detail::row_mask<words>& open) const {
    const auto& ix = std::get<I>(row_index);
    if constexpr (!std::is_same_v<std::remove_cvref_t<decltype(ix)>, detail::no_input_index>) {
      if (ix.indexed) {
        if (v)
          failed |= all_rows.minus(ix.passing(*v));
        else
          open |= all_rows.minus(ix.any);
        return;
      }
    }
    for (std::size_t r = 0; r < NRows; ++r) {
      const truth t = std::get<I>(rows[r].first).test(v);
      if (t == truth::false_)
        failed.set(r);
      else if (t == truth::unknown)
        open.set(r);
    }
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
    const detail::row_matches<words> m = matches(values);
    if constexpr (Policy == hit_policy::first) {
      // The first row that matches or may match decides: unknown if it only may.
      const detail::row_mask<words> candidates = m.matched | m.open;
      if (candidates.empty())
        none(r);
      else if (m.open.has(candidates.first()))
        unknown(r);
      else
        single(r, candidates.first());
      return r;
    } else {
      if (!m.open.empty()) {
        unknown(r);
        return r;
      }
      m.matched.for_each([&](std::size_t i) { r.rows[r.count++] = i; });
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
