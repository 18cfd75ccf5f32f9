// A decision table's row index gives every subject the rows that testing each row's unary tests
// one by one gives it (DMN 1.3, section 8.2.11: a rule matches when all its input entries are
// satisfied; here with Kleene logic for unknown inputs). The reference below evaluates those tests
// row by row with `unary_test::test` and applies the hit policy as DMN states it; tables are
// generated from a seed (every kind of test, constants that collide and touch, unknown values,
// more rows than one 64-bit word, more distinct constants than an input's index holds) and every
// subject of a grid around their constants is compared, by the table's `evaluate` and `value_of`.
#pragma once

#include <oversight/domain/date.hpp>
#include <oversight/domain/money.hpp>
#include <oversight/rules.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "rules_fixture.hpp"

namespace table_index_cases {

using namespace oversight;
using fixture::area_kind;

/// A subject with one input of each kind of type: indexed (integer, enumeration, date, string,
/// bool: looked up, not placed) and not (money: a comparison across currencies is undecided).
struct cell {
  std::optional<long long> n;
  std::optional<area_kind> a;
  std::optional<date> d;
  std::optional<std::string_view> w;
  std::optional<money> m;
  std::optional<bool> b;
};

inline constexpr fact<"cell.n", long long> n{};
inline constexpr fact<"cell.a", area_kind> a{};
inline constexpr fact<"cell.d", date> d{};
inline constexpr fact<"cell.w", std::string_view> w{};
inline constexpr fact<"cell.m", money> m{};
inline constexpr fact<"cell.b", bool> b{};

}  // namespace table_index_cases

template <>
struct oversight::fact_source<table_index_cases::cell> {
  using C = table_index_cases::cell;
  static constexpr std::optional<long long> get(decltype(table_index_cases::n), const C& c) { return c.n; }
  static constexpr std::optional<fixture::area_kind> get(decltype(table_index_cases::a), const C& c) { return c.a; }
  static constexpr std::optional<oversight::date> get(decltype(table_index_cases::d), const C& c) { return c.d; }
  static constexpr std::optional<std::string_view> get(decltype(table_index_cases::w), const C& c) { return c.w; }
  static constexpr std::optional<oversight::money> get(decltype(table_index_cases::m), const C& c) { return c.m; }
  static constexpr std::optional<bool> get(decltype(table_index_cases::b), const C& c) { return c.b; }
};

namespace table_index_cases {

/// A small deterministic generator (xorshift64).
struct generator {
  std::uint64_t state;
  constexpr std::uint64_t next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
  constexpr unsigned below(unsigned bound) { return static_cast<unsigned>(next() % bound); }
};

inline constexpr std::string_view words[] = {"alpha", "beta", "delta", "gamma", "omega"};
constexpr date day(int k) { return date::from_days(date{2024, 1, 1}.days_since_epoch() + k).value(); }
constexpr money eur_cents(long long c) { return money::minor(c, currency{"EUR"}); }
constexpr money sek_cents(long long c) { return money::minor(c, currency{"SEK"}); }

// A value of input I among `spread` constants: integers and days k, enumerators, words, money in
// EUR (and, for subjects, in SEK too), false and true.
template <std::size_t I>
constexpr auto value(unsigned k) {
  if constexpr (I == 0) return static_cast<long long>(k);
  else if constexpr (I == 1) return static_cast<area_kind>(k % 4);
  else if constexpr (I == 2) return day(static_cast<int>(k));
  else if constexpr (I == 3) return words[k % 5];
  else if constexpr (I == 4) return eur_cents(static_cast<long long>(k));
  else return k % 2 == 1;
}

// A random test on input I over constants 0..spread-1.
template <std::size_t I, class T>
constexpr unary_test<T> random_test(generator& g, unsigned spread) {
  const unsigned kinds = (I == 1 || I == 3) ? 3 : 7;  // enumerators and words: `-` or `is` (and ranges for enums)
  unary_test<T> t;
  const auto c = [&] { return value<I>(g.below(spread)); };
  switch (g.below(kinds)) {
    case 0: return t;  // any
    case 1: {
      t.kind = oversight::detail::test_kind::one_of;
      const unsigned count = 1 + g.below(3);
      for (unsigned i = 0; i < count; ++i) t.values[t.count++] = c();
      return t;
    }
    case 2:
      if constexpr (I == 3) {
        t.kind = oversight::detail::test_kind::one_of;
        t.values[t.count++] = c();
      } else {
        t.kind = oversight::detail::test_kind::between;
        t.values[t.count++] = c();
        t.values[t.count++] = c();  // may be below the first: an empty range
      }
      return t;
    case 3: t.kind = oversight::detail::test_kind::below; break;
    case 4: t.kind = oversight::detail::test_kind::at_most; break;
    case 5: t.kind = oversight::detail::test_kind::above; break;
    default: t.kind = oversight::detail::test_kind::at_least; break;
  }
  t.values[t.count++] = c();
  return t;
}

// A table of `Rows` random rows (outputs 0..3, so that ANY and PRIORITY see equal and different
// outputs), with a default output (9) for one seed in two, built at run time or at compile time.
template <hit_policy H, std::size_t Rows>
constexpr auto random_table(std::uint64_t seed, unsigned spread) {
  using empty = decltype(decision_table<"index", H, int>(inputs(n, a, d, w, m, b)));
  generator g{seed};
  std::array<typename empty::row_type, Rows> rows{};
  for (auto& row : rows) {
    row.first = {random_test<0, long long>(g, spread), random_test<1, area_kind>(g, spread),
                 random_test<2, date>(g, spread), random_test<3, std::string_view>(g, spread),
                 random_test<4, money>(g, spread), random_test<5, bool>(g, spread)};
    row.second = static_cast<int>(g.below(4));
  }
  auto t = decision_table<"index", H, int>(inputs(n, a, d, w, m, b)).with_rows(rows).prioritize(2, 0, 3, 1);
  if ((seed & 2u) != 0) t = t.otherwise(9);
  return t;
}

// A subject of the grid: each input unknown, or one of the constants, or a value between or beyond
// them (integers and days -1..spread, a word before the first and after the last), money
// sometimes in another currency.
constexpr cell subject(generator& g, unsigned spread) {
  cell c;
  const auto pick = [&] { return static_cast<int>(g.below(spread + 3)); };  // 0: unknown; else value k-2
  if (const int k = pick(); k != 0) c.n = k - 2;
  if (const int k = pick(); k != 0) c.a = static_cast<area_kind>(k % 4);
  if (const int k = pick(); k != 0) c.d = day(k - 2);
  if (const int k = pick(); k != 0)
    c.w = k == 1 ? std::string_view{"aardvark"} : k % 6 == 5 ? std::string_view{"zeta"} : words[k % 5];
  if (const int k = pick(); k != 0) c.m = k % 5 == 0 ? sek_cents(k) : eur_cents(k - 2);
  if (const int k = pick(); k != 0) c.b = k % 2 == 1;
  return c;
}

// Row by row: the Kleene "and" of each test, then the hit policy.
template <class Table>
constexpr bool agrees(const Table& t, const cell& c) {
  const std::tuple values{c.n, c.a, c.d, c.w, c.m, c.b};
  constexpr std::size_t N = Table::row_count;
  std::array<truth, N> match{};
  for (std::size_t r = 0; r < N; ++r) {
    const auto& tests = t.rows[r].first;
    match[r] = std::get<0>(tests).test(std::get<0>(values)) && std::get<1>(tests).test(std::get<1>(values)) &&
               std::get<2>(tests).test(std::get<2>(values)) && std::get<3>(tests).test(std::get<3>(values)) &&
               std::get<4>(tests).test(std::get<4>(values)) && std::get<5>(tests).test(std::get<5>(values));
  }
  const auto r = t.evaluate(c, {});
  // No row matched: the default output if the table has one, else no match.
  const auto none = [&] {
    const bool result = t.default_output ? r.status == table_status::ok && r.from_default && r.count == 1 &&
                                               *r.outputs[0] == *t.default_output
                                         : r.status == table_status::no_match;
    if constexpr (single_valued(Table::policy)) return result && t.value_of(c, {}) == t.default_output;
    else return result;
  };
  if constexpr (Table::policy == hit_policy::first) {
    for (std::size_t i = 0; i < N; ++i) {
      if (match[i] == truth::unknown) return r.status == table_status::unknown && !t.value_of(c, {});
      if (match[i] == truth::true_)
        return r.status == table_status::ok && r.count == 1 && r.rows[0] == i && t.value_of(c, {}) == t.rows[i].second;
    }
    return none();
  } else {
    std::array<std::size_t, N> hits{};
    std::size_t count = 0;
    for (std::size_t i = 0; i < N; ++i) {
      if (match[i] == truth::unknown) {
        if constexpr (single_valued(Table::policy))
          if (t.value_of(c, {})) return false;
        return r.status == table_status::unknown && r.count == 0;
      }
      if (match[i] == truth::true_) hits[count++] = i;
    }
    if (count == 0) return none();
    if constexpr (Table::policy == hit_policy::unique) {
      if (count > 1)
        return r.status == table_status::conflict && r.conflict_rows[0] == hits[0] &&
               r.conflict_rows[1] == hits[1] && !t.value_of(c, {});
      return r.status == table_status::ok && r.count == 1 && r.rows[0] == hits[0] &&
             t.value_of(c, {}) == t.rows[hits[0]].second;
    } else {
      // RULE ORDER: every hit, in row order.
      if (r.status != table_status::ok || r.count != count) return false;
      for (std::size_t k = 0; k < count; ++k)
        if (r.rows[k] != hits[k] || *r.outputs[k] != t.rows[hits[k]].second) return false;
      return true;
    }
  }
}

/// At the edges of an index: an input whose tests name exactly as many constants as an index
/// holds (24), then one more added by `row` (the input is then tested row by row); and a table
/// of 64 rows to which `row` adds a 65th and 66th (the index widened to a second word).
constexpr bool edges_agree() {
  using empty = decltype(decision_table<"edges", hit_policy::first, int>(inputs(n, a, d, w, m, b)));
  const auto per_row = [](long long constant, int out) {
    return empty::make_row(is(constant), any_value, any_value, any_value, any_value, any_value, out);
  };
  std::array<typename empty::row_type, 24> full{};
  for (std::size_t i = 0; i < full.size(); ++i) full[i] = per_row(2 * static_cast<long long>(i), static_cast<int>(i));
  const auto at_capacity = decision_table<"edges", hit_policy::first, int>(inputs(n, a, d, w, m, b)).with_rows(full);
  const auto past_capacity = at_capacity.row(at_least(47LL), any_value, any_value, any_value, any_value, any_value, 99);
  std::array<typename empty::row_type, 64> word{};
  for (std::size_t i = 0; i < word.size(); ++i)
    word[i] = empty::make_row(between(static_cast<long long>(i % 20), static_cast<long long>(i % 20 + 3)),
                              any_value, any_value, any_value, any_value, any_value, static_cast<int>(i));
  const auto two_words = decision_table<"edges", hit_policy::first, int>(inputs(n, a, d, w, m, b))
                             .with_rows(word)
                             .row(below(2LL), any_value, any_value, any_value, any_value, any_value, 64)
                             .row(any_value, is(area_kind::defence), any_value, any_value, any_value, any_value, 65);
  for (long long v = -2; v <= 50; ++v) {
    const cell c{v, area_kind::defence, std::nullopt, std::nullopt, std::nullopt, v % 2 == 0};
    const cell unknown_n{std::nullopt, area_kind::general, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    if (!agrees(at_capacity, c) || !agrees(past_capacity, c) || !agrees(two_words, c) ||
        !agrees(two_words, unknown_n) || !agrees(past_capacity, unknown_n))
      return false;
  }
  return true;
}

/// Whether `tables` tables of `Rows` rows agree with the row-by-row reference on `subjects`
/// subjects each; `spread` constants per input (more than an index holds makes that input
/// tested row by row).
template <hit_policy H, std::size_t Rows>
constexpr bool tables_agree(unsigned tables, unsigned subjects, unsigned spread, std::uint64_t seed = 7) {
  generator g{seed};
  for (unsigned k = 0; k < tables; ++k) {
    const auto t = random_table<H, Rows>(g.next() | 1, spread);
    for (unsigned s = 0; s < subjects; ++s)
      if (!agrees(t, subject(g, spread))) return false;
  }
  return true;
}

/// What the overlap check of a UNIQUE table built at compile time (`overlaps_an_earlier_row`, the
/// index narrowing the earlier rows first) says of each row, against every earlier row tested
/// pair by pair with `tests_share_a_value`; the counts show that both answers were reached.
struct overlap_counts {
  bool agree = true;
  unsigned overlapping = 0;
  unsigned apart = 0;
};
template <std::size_t Rows>
constexpr overlap_counts overlaps_agree(unsigned tables, unsigned spread, std::uint64_t seed = 11) {
  using oversight::detail::tests_share_a_value;
  overlap_counts out;
  generator g{seed};
  for (unsigned k = 0; k < tables; ++k) {
    const auto t = random_table<hit_policy::first, Rows>(g.next() | 1, spread);
    for (std::size_t r = 0; r < Rows; ++r) {
      bool reference = false;
      for (std::size_t e = 0; e < r; ++e) {
        const auto& x = t.rows[e].first;
        const auto& y = t.rows[r].first;
        reference = reference || (tests_share_a_value(std::get<0>(x), std::get<0>(y)) &&
                                  tests_share_a_value(std::get<1>(x), std::get<1>(y)) &&
                                  tests_share_a_value(std::get<2>(x), std::get<2>(y)) &&
                                  tests_share_a_value(std::get<3>(x), std::get<3>(y)) &&
                                  tests_share_a_value(std::get<4>(x), std::get<4>(y)) &&
                                  tests_share_a_value(std::get<5>(x), std::get<5>(y)));
      }
      if (oversight::detail::overlaps_an_earlier_row(t, r) != reference) out.agree = false;
      if (r > 0) ++(reference ? out.overlapping : out.apart);  // row 0 has no earlier row to meet
    }
  }
  return out;
}

}  // namespace table_index_cases
