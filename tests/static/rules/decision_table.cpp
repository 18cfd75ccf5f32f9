// Decision tables: every DMN hit policy, unknown inputs, no match and the default output,
// hit-policy violations, and a table used as a value in a rule.
#include <oversight/oversight.hpp>

#include <array>
#include <type_traits>

#include "rules_cases.hpp"
#include "table_index_cases.hpp"
#include "rules_fixture.hpp"

namespace {

using namespace oversight;
using fixture::area;
using fixture::area_kind;
using fixture::high_risk;
using fixture::record;
using fixture::value;

// Inputs: the sector and the value (cents); outputs: small integers, easy to check.
template <hit_policy H>
constexpr auto table = decision_table<"t", H, int>(inputs(area, value))
                           .row(is(area_kind::defence), any_value, 3)
                           .row(any_value, at_least(1000LL), 1)
                           .row(is(area_kind::defence, area_kind::lawful_interception), below(1000LL), 2)
                           .row(is(area_kind::general), between(10LL, 20LL), 4);

constexpr record defence_big{.value_cents = 5000, .area = area_kind::defence};      // rows 0, 1
constexpr record defence_small{.value_cents = 5, .area = area_kind::defence};       // rows 0, 2
constexpr record general_teen{.value_cents = 15, .area = area_kind::general};       // row 3
constexpr record general_none{.value_cents = 500, .area = area_kind::general};      // no row
constexpr record li_big{.value_cents = 5000, .area = area_kind::lawful_interception};  // row 1

// UNIQUE: one hit is its output. Rows that overlap are refused while the table is built at
// compile time (compile-fail case rules.unique_table_overlap, OVS-E112), so `table` cannot be
// UNIQUE; a table built at run time reports two hits as a conflict
// (tests/runtime/rules/same_checks.cpp).
constexpr auto unique_table = decision_table<"u", hit_policy::unique, int>(inputs(area, value))
                                  .row(is(area_kind::defence), any_value, 3)
                                  .row(is(area_kind::lawful_interception), at_least(1000LL), 1)
                                  .row(is(area_kind::general), between(10LL, 20LL), 4);
static_assert(unique_table.value_of(general_teen, {}) == 4);
static_assert(unique_table.value_of(defence_big, {}) == 3);
static_assert(unique_table.value_of(li_big, {}) == 1);
static_assert(unique_table.evaluate(general_none, {}).status == table_status::no_match);
// Rows that share no value of one input are disjoint, whatever the others: integers on both sides
// of a bound, and open bounds next to each other.
constexpr auto disjoint = decision_table<"d", hit_policy::unique, int>(inputs(value))
                              .row(below(1000LL), 1)
                              .row(between(1000LL, 1999LL), 2)
                              .row(at_least(2000LL), 3);
static_assert(disjoint.value_of(record{.value_cents = 999}, {}) == 1);
static_assert(disjoint.value_of(record{.value_cents = 1999}, {}) == 2);
static_assert(disjoint.value_of(record{.value_cents = 2000}, {}) == 3);

// ANY: overlapping rows must agree.
constexpr auto agreeing = decision_table<"agree", hit_policy::any, int>(inputs(area))
                              .row(is(area_kind::defence), 7)
                              .row(is(area_kind::defence, area_kind::general), 7);
static_assert(agreeing.value_of(defence_big, {}) == 7);
static_assert(table<hit_policy::any>.evaluate(defence_big, {}).status == table_status::conflict);

// FIRST: row order.
static_assert(table<hit_policy::first>.value_of(defence_big, {}) == 3);
static_assert(table<hit_policy::first>.value_of(li_big, {}) == 1);

// PRIORITY: output priority, highest first: 2 before 1 before 3 before 4.
constexpr auto prioritized = table<hit_policy::priority>.prioritize(2, 1, 3, 4);
static_assert(prioritized.value_of(defence_big, {}) == 1);
static_assert(prioritized.value_of(defence_small, {}) == 2);

// PRIORITY with a compound output: DMN 1.3 (8.2.11) ranks the matching rules by the first
// output's priority, then among equals by the next output's. Outputs: a decision (REJECT before
// ACCEPT) and an offer (basic before premium). Rows 0, 1 and 2 all match a large defence contract.
enum class verdict_out { accept, reject };
enum class offer { basic, premium };
// A std::pair: GCC 12 stops with an internal compiler error evaluating a table whose output is a
// std::tuple at compile time (at run time, and with Clang 14, a std::tuple works as well).
using compound = std::pair<verdict_out, offer>;
constexpr auto compound_table =
    decision_table<"offers", hit_policy::priority, compound>(inputs(area, value))
        .row(any_value, at_least(1000LL), compound{verdict_out::accept, offer::premium})
        .row(is(area_kind::defence), any_value, compound{verdict_out::accept, offer::basic})
        .row(is(area_kind::defence), at_least(4000LL), compound{verdict_out::reject, offer::premium})
        .prioritize_outputs(std::array{verdict_out::reject, verdict_out::accept}, std::array{offer::basic, offer::premium});
// REJECT outranks ACCEPT whatever the offer: row 2.
static_assert(compound_table.value_of(defence_big, {}) == compound{verdict_out::reject, offer::premium});
// Among the two ACCEPT rows the offer decides: basic (row 1) before premium (row 0).
constexpr record defence_mid{.value_cents = 2000, .area = area_kind::defence};
static_assert(compound_table.value_of(defence_mid, {}) == compound{verdict_out::accept, offer::basic});
// Ranked as whole outputs instead, the list's order decides (here premium ACCEPT first).
constexpr auto whole = decision_table<"offers", hit_policy::priority, compound>(inputs(area, value))
                           .row(any_value, at_least(1000LL), compound{verdict_out::accept, offer::premium})
                           .row(is(area_kind::defence), any_value, compound{verdict_out::accept, offer::basic})
                           .prioritize(compound{verdict_out::accept, offer::premium},
                                       compound{verdict_out::accept, offer::basic});
static_assert(whole.value_of(defence_mid, {}) == compound{verdict_out::accept, offer::premium});

// OUTPUT ORDER: all hits by decreasing priority; RULE ORDER: all hits in row order.
constexpr auto ordered = table<hit_policy::output_order>.prioritize(2, 1, 3, 4);
constexpr bool output_order_sorts() {
  const auto r = ordered.evaluate(defence_small, {});
  return r.status == table_status::ok && r.count == 2 && *r.outputs[0] == 2 && *r.outputs[1] == 3 && r.rows[0] == 2;
}
static_assert(output_order_sorts());
constexpr bool rule_order_keeps_rows() {
  const auto r = table<hit_policy::rule_order>.evaluate(defence_small, {});
  return r.count == 2 && *r.outputs[0] == 3 && *r.outputs[1] == 2;
}
static_assert(rule_order_keeps_rows());
constexpr bool results_outlive_their_table() {
  const auto r = table<hit_policy::priority>.prioritize(2, 1, 3, 4).otherwise(9).evaluate(general_none, {});
  return r.from_default && r.count == 1 && *r.outputs[0] == 9;
}
static_assert(results_outlive_their_table());
static_assert(table<hit_policy::collect>.evaluate(defence_big, {}).count == 2);

// COLLECT with aggregators.
static_assert(table<hit_policy::collect_sum>.value_of(defence_big, {}) == 4);
static_assert(table<hit_policy::collect_min>.value_of(defence_big, {}) == 1);
static_assert(table<hit_policy::collect_max>.value_of(defence_big, {}) == 3);
static_assert(table<hit_policy::collect_count>.value_of(defence_big, {}) == 2);
static_assert(table<hit_policy::collect_count>.value_of(general_none, {}) == 0);
static_assert(!table<hit_policy::collect_sum>.value_of(general_none, {}).has_value());

// No match with a default output (DMN default output value).
static_assert(table<hit_policy::first>.otherwise(0).value_of(general_none, {}) == 0);
static_assert(table<hit_policy::first>.otherwise(0).evaluate(general_none, {}).from_default);

// An unknown input makes a test on it unknown; "-" accepts an unknown value.
inline constexpr fact<"supplier.high-risk", bool> hr = high_risk;
constexpr auto by_risk = decision_table<"risk", hit_policy::first, int>(inputs(hr, area))
                             .row(is(true), any_value, 1)
                             .row(any_value, is(area_kind::general), 2);
static_assert(by_risk.evaluate(record{.area = area_kind::general}, {}).status == table_status::unknown);
static_assert(by_risk.value_of(record{.area = area_kind::general, .high_risk = false}, {}) == 2);
static_assert(by_risk.value_of(record{.area = area_kind::defence, .high_risk = true}, {}) == 1);
constexpr auto any_first = decision_table<"risk2", hit_policy::first, int>(inputs(hr, area)).row(any_value, any_value, 9);
static_assert(any_first.value_of(record{}, {}) == 9);

// A table is a value in a rule: the threshold by sector.
constexpr auto threshold = decision_table<"threshold", hit_policy::unique, long long>(inputs(area))
                               .row(is(area_kind::defence), 44'300'000LL)
                               .row(is(area_kind::general, area_kind::critical_infrastructure,
                                       area_kind::lawful_interception),
                                    14'300'000LL);
inline constexpr auto tender_rule = rule<"procurement.eu-tender">(effect::deny, value >= threshold);
inline constexpr auto tender_policy = policy<"tender", combining::deny_overrides>(tender_rule);
static_assert(!check(tender_policy, record{.value_cents = 14'300'000, .area = area_kind::general}));
static_assert(check(tender_policy, record{.value_cents = 14'299'999, .area = area_kind::general}));
static_assert(check(tender_policy, record{.value_cents = 44'299'999, .area = area_kind::defence}));
static_assert(!check(tender_policy, record{.value_cents = 44'300'000, .area = area_kind::defence}));

static_assert(rules_cases::hit_policies_hold());

// Rows added as a group (`with_rows`) make the table that `row` makes row by row.
using threshold_table = decltype(decision_table<"threshold", hit_policy::unique, long long>(inputs(area)));
constexpr auto grouped = decision_table<"threshold", hit_policy::unique, long long>(inputs(area))
                             .with_rows(std::array{threshold_table::make_row(is(area_kind::defence), 44'300'000LL)})
                             .with_rows(std::array{threshold_table::make_row(
                                 is(area_kind::general, area_kind::critical_infrastructure,
                                    area_kind::lawful_interception),
                                 14'300'000LL)});
static_assert(std::is_same_v<decltype(grouped), decltype(threshold)>);
static_assert(grouped.rows == threshold.rows);
static_assert(grouped.value_of(record{.area = area_kind::defence}, {}) == 44'300'000LL);

// A string literal in a test is held as a std::string_view: no `sv` suffix is needed.
constexpr auto by_hq = decision_table<"hq", hit_policy::first, int>(inputs(fixture::hq))
                           .row(is("CN", "RU"), 1)
                           .row(between("AA", "BZ"), 2)
                           .row(any_value, 0);
static_assert(by_hq.value_of(fixture::sub{"RU", false}, {}) == 1);
static_assert(by_hq.value_of(fixture::sub{"BE", false}, {}) == 2);
static_assert(by_hq.value_of(fixture::sub{"ES", false}, {}) == 0);

}  // namespace

// The row index gives the rows the tests give one by one, for tables built at compile time
// (tests/support/table_index_cases.hpp; the run-time form covers more and larger tables).
static_assert(table_index_cases::tables_agree<oversight::hit_policy::first, 8>(1, 24, 6));
// The overlap check a UNIQUE table makes at compile time, against pairwise tests (the same helper).
static_assert(table_index_cases::overlaps_agree<8>(2, 6).agree);

// `several` (two rows or more) against the count, for every set of up to two rows of three
// words and some of three rows: within one word, across words, at the words' edges.
constexpr bool several_agrees_with_count() {
  using mask = oversight::detail::row_mask<3>;
  constexpr std::size_t at[] = {0, 1, 62, 63, 64, 65, 127, 128, 190, 191};
  if (mask{}.several() || mask{}.count() != 0) return false;
  for (const std::size_t a : at) {
    mask one;
    one.set(a);
    if (one.several()) return false;
    for (const std::size_t b : at) {
      mask two = one;
      two.set(b);
      if (two.several() != (two.count() > 1)) return false;
      mask three = two;
      three.set(100);
      if (!three.several()) return false;
    }
  }
  return true;
}
static_assert(several_agrees_with_count());
