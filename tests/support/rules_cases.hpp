// Checks of the rule engine written as constexpr functions, so that the same computation is
// evaluated by the compiler (static_assert, tests/static/rules/) and by a program
// (tests/runtime/rules/same_checks.cpp).
#pragma once

#include <oversight/rules.hpp>

#include <array>

#include "rules_fixture.hpp"
#include "xacml_reference.hpp"

namespace rules_cases {

using namespace oversight;
using fixture::all_decisions;

// A policy of more than 16 children, which is evaluated in out-of-line blocks of 16: twenty
// threshold rules (every third one deny, the others review), an exception to a rule of the second
// block, and a nested policy. Each entry point must give what the rules say, in both forms.
template <detail::fixed_string Id>
constexpr auto threshold_rule(int i) {
  return rule<Id>(i % 3 == 0 ? effect::deny : effect::review, fixture::value >= (i + 1) * 100LL);
}
inline constexpr auto large_policy = policy<"large", combining::deny_overrides>(
    threshold_rule<"large.0">(0), threshold_rule<"large.1">(1), threshold_rule<"large.2">(2),
    threshold_rule<"large.3">(3), threshold_rule<"large.4">(4), threshold_rule<"large.5">(5),
    threshold_rule<"large.6">(6), threshold_rule<"large.7">(7), threshold_rule<"large.8">(8),
    threshold_rule<"large.9">(9), threshold_rule<"large.10">(10), threshold_rule<"large.11">(11),
    threshold_rule<"large.12">(12), threshold_rule<"large.13">(13), threshold_rule<"large.14">(14),
    threshold_rule<"large.15">(15), threshold_rule<"large.16">(16), threshold_rule<"large.17">(17),
    threshold_rule<"large.18">(18), threshold_rule<"large.19">(19),
    exception<"large.exempt", "large.18">(fixture::art346),
    policy<"large.nested", combining::deny_overrides>(rule<"large.dual-use">(effect::review, fixture::dual_use)));

constexpr bool large_policy_agrees() {
  for (long long v : {0LL, 150LL, 550LL, 1000LL, 1850LL, 1950LL, 2500LL})
    for (bool exempt : {false, true})
      for (bool dual : {false, true}) {
        fixture::record r{};
        r.value_cents = v;
        r.art346 = exempt;
        r.dual_use = dual;
        bool deny = false, review = false;
        std::size_t fired = 0;
        for (int i = 0; i < 20; ++i)
          if ((i + 1) * 100LL <= v && !(i == 18 && exempt)) {
            ++fired;
            (i % 3 == 0 ? deny : review) = true;
          }
        if (dual) ++fired, review = true;
        const verdict_kind expected = deny ? verdict_kind::deny : review ? verdict_kind::review : verdict_kind::permit;
        if (check(large_policy, r).kind != expected || check<large_policy>(r).kind != expected) return false;
        findings_buffer<decltype(large_policy)> buffer{}, buffer_t{};
        const auto e = evaluate_into(large_policy, r, {}, buffer);
        const auto e_t = evaluate_into<large_policy>(r, {}, buffer_t);
        if (e.verdict.kind != expected || e.total != fired || !e.complete() || !(e_t.verdict == e.verdict) ||
            e_t.total != fired)
          return false;
        for (std::size_t k = 0; k < e.stored; ++k)
          if (!(buffer[k] == buffer_t[k]) || (k > 0 && buffer[k].rule_index <= buffer[k - 1].rule_index)) return false;
      }
  return true;
}

template <combining Alg>
constexpr bool agrees_with_reference() {
  for (auto a : all_decisions)
    for (auto b : all_decisions)
      for (auto c : all_decisions) {
        const fixture::slots s{{a, b, c}};
        const decision expected = xacml_reference::combine(Alg, s.d, 3);
        // Verdict path (short-circuit) and findings path must both agree.
        if (check(fixture::three_slots<Alg>, s).xacml != expected) return false;
        std::array<finding, 6> buffer{};
        if (evaluate_into(fixture::three_slots<Alg>, s, {}, buffer).verdict.xacml != expected) return false;
      }
  return true;
}

// The same with the policy as a template argument (a function of its own: Clang's budget of
// constant-evaluation steps is per static_assert).
template <combining Alg>
constexpr bool template_argument_form_agrees() {
  for (auto a : all_decisions)
    for (auto b : all_decisions)
      for (auto c : all_decisions) {
        const fixture::slots s{{a, b, c}};
        const decision expected = xacml_reference::combine(Alg, s.d, 3);
        if (check<fixture::three_slots<Alg>>(s).xacml != expected) return false;
        std::array<finding, 6> buffer{};
        if (evaluate_into<fixture::three_slots<Alg>>(s, {}, buffer).verdict.xacml != expected) return false;
      }
  return true;
}

// Each slot yields exactly the value it is given.
constexpr bool slots_yield_their_values() {
  for (auto a : all_decisions)
    if (check(fixture::slot0, fixture::slots{{a, a, a}}).xacml != a) return false;
  return true;
}

/// The DMN hit policies on one table (rows 0 and 1 match `defence_big`, rows 0 and 2
/// `defence_small`), as in tests/static/rules/decision_table.cpp.
template <hit_policy H>
constexpr auto table = decision_table<"t", H, int>(inputs(fixture::area, fixture::value))
                           .row(is(fixture::area_kind::defence), any_value, 3)
                           .row(any_value, at_least(1000LL), 1)
                           .row(is(fixture::area_kind::defence, fixture::area_kind::lawful_interception),
                                below(1000LL), 2)
                           .row(is(fixture::area_kind::general), between(10LL, 20LL), 4);

constexpr bool hit_policies_hold() {
  const fixture::record defence_big{.value_cents = 5000, .area = fixture::area_kind::defence};
  const fixture::record defence_small{.value_cents = 5, .area = fixture::area_kind::defence};
  const fixture::record general_teen{.value_cents = 15, .area = fixture::area_kind::general};
  const fixture::record general_none{.value_cents = 500, .area = fixture::area_kind::general};
  // A result holds its outputs by value: reading it after its (temporary) table is gone is
  // fine, and the constant evaluator, which rejects a dangling read, checks that here.
  const auto ordered = table<hit_policy::output_order>.prioritize(2, 1, 3, 4).evaluate(defence_small, {});
  const auto in_rows = table<hit_policy::rule_order>.evaluate(defence_small, {});
  return table<hit_policy::unique>.value_of(general_teen, {}) == 4 &&
         table<hit_policy::unique>.evaluate(defence_big, {}).status == table_status::conflict &&
         table<hit_policy::any>.evaluate(defence_big, {}).status == table_status::conflict &&
         table<hit_policy::first>.value_of(defence_big, {}) == 3 &&
         table<hit_policy::priority>.prioritize(2, 1, 3, 4).value_of(defence_big, {}) == 1 &&
         ordered.count == 2 && *ordered.outputs[0] == 2 && *ordered.outputs[1] == 3 && in_rows.count == 2 &&
         *in_rows.outputs[0] == 3 && table<hit_policy::collect>.evaluate(defence_big, {}).count == 2 &&
         table<hit_policy::collect_sum>.value_of(defence_big, {}) == 4 &&
         table<hit_policy::collect_min>.value_of(defence_big, {}) == 1 &&
         table<hit_policy::collect_max>.value_of(defence_big, {}) == 3 &&
         table<hit_policy::collect_count>.value_of(defence_big, {}) == 2 &&
         table<hit_policy::collect_count>.value_of(general_none, {}) == 0 &&
         table<hit_policy::first>.otherwise(0).value_of(general_none, {}) == 0;
}

}  // namespace rules_cases
