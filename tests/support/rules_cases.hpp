// Checks of the rule engine written as constexpr functions, so that the same computation is
// evaluated by the compiler (static_assert, tests/static/rules/) and by a program
// (tests/runtime/rules/same_checks.cpp).
#pragma once

#include <oversight/rules.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "rules_fixture.hpp"
#include "xacml_reference.hpp"

namespace rules_cases {

using namespace oversight;
using fixture::all_decisions;

// A policy of more than 16 children, whose rules are evaluated out of line (one function per
// shape of rule) rather than inlined: twenty threshold rules (every third one deny, the others
// review), an exception to one of them (which is evaluated inline, with its exception), and a
// nested policy. Each entry point must give what the rules say, in both forms.
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
        // Each finding names its rule: rule i is "large.<i>" at index i, the nested rule index 20.
        std::size_t k = 0;
        for (std::size_t i = 0; i < 20; ++i)
          if (static_cast<long long>(i + 1) * 100 <= v && !(i == 18 && exempt)) {
            const finding& f = buffer[k++];
            const bool two_digits = i >= 10;
            if (f.rule_index != i || f.rule_id.size() != (two_digits ? 8 : 7) || f.rule_id.substr(0, 6) != "large." ||
                f.rule_id[6] != static_cast<char>('0' + (two_digits ? i / 10 : i)) ||
                (two_digits && f.rule_id[7] != static_cast<char>('0' + i % 10)) ||
                f.rule_effect != (i % 3 == 0 ? effect::deny : effect::review) || f.condition != truth::true_)
              return false;
          }
        if (dual && (buffer[k].rule_id != "large.dual-use" || buffer[k].rule_index != 20)) return false;
      }
  return true;
}

// Twenty rules of one policy, each of them permit or deny on a yes/no fact of its own that may
// be unknown, under every combining algorithm, checked against the reference combiner on the
// rules' own XACML values: the evaluation of a large policy's rules out of line must combine as
// the inlined evaluation of a small one does (tests/static/rules/combining.cpp).
struct twenty {
  std::array<std::optional<bool>, 20> v{};
};
template <detail::fixed_string Name>
constexpr std::size_t twenty_index() {
  // "twenty.<i>"
  std::size_t i = 0;
  for (std::size_t k = 7; k < Name.size(); ++k) i = i * 10 + static_cast<std::size_t>(Name.data[k] - '0');
  return i;
}
}  // namespace rules_cases

template <>
struct oversight::fact_source<rules_cases::twenty> {
  template <oversight::detail::fixed_string Name>
  static constexpr std::optional<bool> get(oversight::fact<Name, bool>, const rules_cases::twenty& t) {
    return t.v[rules_cases::twenty_index<Name>()];
  }
};

namespace rules_cases {
template <detail::fixed_string Id>
constexpr auto twenty_rule(effect e) {
  return rule<Id>(e, fact<Id, bool>{});
}
template <combining Alg>
inline constexpr auto twenty_rules = policy<"twenty", Alg>(
    twenty_rule<"twenty.0">(effect::deny), twenty_rule<"twenty.1">(effect::permit),
    twenty_rule<"twenty.2">(effect::permit), twenty_rule<"twenty.3">(effect::deny),
    twenty_rule<"twenty.4">(effect::permit), twenty_rule<"twenty.5">(effect::deny),
    twenty_rule<"twenty.6">(effect::deny), twenty_rule<"twenty.7">(effect::permit),
    twenty_rule<"twenty.8">(effect::permit), twenty_rule<"twenty.9">(effect::deny),
    twenty_rule<"twenty.10">(effect::deny), twenty_rule<"twenty.11">(effect::permit),
    twenty_rule<"twenty.12">(effect::permit), twenty_rule<"twenty.13">(effect::deny),
    twenty_rule<"twenty.14">(effect::permit), twenty_rule<"twenty.15">(effect::deny),
    twenty_rule<"twenty.16">(effect::deny), twenty_rule<"twenty.17">(effect::permit),
    twenty_rule<"twenty.18">(effect::permit), twenty_rule<"twenty.19">(effect::deny));
inline constexpr bool twenty_denies[20] = {true,  false, false, true,  false, true,  true,  false, false, true,
                                           true,  false, false, true,  false, true,  true,  false, false, true};

// `cases` pseudo-random assignments of true, false and unknown to the twenty facts, most of them
// false (so that first-applicable and only-one-applicable see every position decide), from seed.
template <combining Alg>
constexpr bool twenty_rules_match_reference(std::uint32_t seed, int cases) {
  std::uint32_t x = seed;
  for (int c = 0; c < cases; ++c) {
    twenty t{};
    decision d[20]{};
    std::size_t fired = 0;
    for (std::size_t i = 0; i < 20; ++i) {
      x = x * 1664525u + 1013904223u;  // Numerical Recipes LCG
      const std::uint32_t r = (x >> 16) % 16;
      t.v[i] = r == 0 ? std::optional<bool>{} : std::optional<bool>{r == 1};
      if (t.v[i] == false) {
        d[i] = decision::not_applicable;
      } else {
        ++fired;
        d[i] = t.v[i] ? (twenty_denies[i] ? decision::deny : decision::permit)
                      : (twenty_denies[i] ? decision::indeterminate_d : decision::indeterminate_p);
      }
    }
    const decision expected = xacml_reference::combine(Alg, d, 20);
    if (check(twenty_rules<Alg>, t).xacml != expected) return false;
    if (check<twenty_rules<Alg>>(t).xacml != expected) return false;
    findings_buffer<decltype(twenty_rules<Alg>)> buffer{};
    const auto e = evaluate_into(twenty_rules<Alg>, t, {}, buffer);
    if (e.verdict.xacml != expected || e.total != fired) return false;
    std::size_t k = 0;
    for (std::size_t i = 0; i < 20; ++i)
      if (d[i] != decision::not_applicable) {
        const finding& f = buffer[k++];
        if (f.rule_index != i || f.value != d[i] || f.condition != (t.v[i] ? truth::true_ : truth::unknown) ||
            f.rule_effect != (twenty_denies[i] ? effect::deny : effect::permit) ||
            f.rule_id.substr(7) != (i < 10 ? std::string_view("0123456789").substr(i, 1)
                                           : std::string_view("10111213141516171819").substr((i - 10) * 2, 2)))
          return false;
      }
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

// Every two-child table of an algorithm (XACML 3.0 appendix C, C.2-C.8: 6 x 6 values of two
// child policies, ordered variants included) against the pseudo-code restated in
// xacml_reference.hpp: by reference and as a template argument, the verdict path and the
// findings path. (C.9 only-one-applicable decides by targets: only_one_agrees_with_reference.)
template <combining Alg>
constexpr bool two_child_table_agrees() {
  for (auto a : all_decisions)
    for (auto b : all_decisions) {
      const fixture::slots s{{a, b, decision::not_applicable}};
      const decision expected = xacml_reference::combine(Alg, s.d, 2);
      if (check(fixture::two_slots<Alg>, s).xacml != expected) return false;
      if (check<fixture::two_slots<Alg>>(s).xacml != expected) return false;
      std::array<finding, 4> buffer{}, buffer_t{};
      if (evaluate_into(fixture::two_slots<Alg>, s, {}, buffer).verdict.xacml != expected) return false;
      if (evaluate_into<fixture::two_slots<Alg>>(s, {}, buffer_t).verdict.xacml != expected) return false;
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

// Only-one-applicable against C.9 over two children, every target (match, no match,
// Indeterminate) and every value of each: 324 cases, by reference, as a template argument and
// through evaluate_into (which records only the rules of the child it evaluates).
constexpr bool only_one_agrees_with_reference() {
  for (auto ta : fixture::all_truths)
    for (auto tb : fixture::all_truths)
      for (auto a : all_decisions)
        for (auto b : all_decisions) {
          const fixture::targeted_slots s{{a, b}, {ta, tb}};
          const truth applicable[] = {ta, tb};
          const decision values[] = {a, b};
          const decision expected = xacml_reference::only_one_applicable(applicable, values, 2);
          if (check(fixture::only_one_of_two, s).xacml != expected) return false;
          if (check<fixture::only_one_of_two>(s).xacml != expected) return false;
          std::array<finding, 4> buffer{};
          const auto e = evaluate_into(fixture::only_one_of_two, s, {}, buffer);
          if (e.verdict.xacml != expected) return false;
          // Only the selected child's rules are evaluated: rules 0-1 belong to slot 0, 2-3 to slot 1.
          const bool one = (ta == truth::true_) != (tb == truth::true_) && ta != truth::unknown && tb != truth::unknown;
          for (std::size_t k = 0; k < e.stored; ++k)
            if (!one || (ta == truth::true_) != (buffer[k].rule_index < 2)) return false;
        }
  return true;
}

// A UNIQUE table whose rows overlap, built at run time (at compile time it does not compile,
// OVS-E112): two hits are a conflict, naming both rows, and the table has no value.
inline bool unique_overlap_is_a_conflict_at_run_time() {
  const auto t = decision_table<"t", hit_policy::unique, int>(inputs(fixture::area, fixture::value))
                     .row(is(fixture::area_kind::defence), any_value, 3)
                     .row(any_value, at_least(1000LL), 1)
                     .row(is(fixture::area_kind::general), between(10LL, 20LL), 4);
  const fixture::record defence_big{.value_cents = 5000, .area = fixture::area_kind::defence};
  const fixture::record general_teen{.value_cents = 15, .area = fixture::area_kind::general};
  const auto r = t.evaluate(defence_big, {});
  return r.status == table_status::conflict && r.conflict_rows[0] == 0 && r.conflict_rows[1] == 1 &&
         !t.value_of(defence_big, {}).has_value() && t.value_of(general_teen, {}) == 4;
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
  return table<hit_policy::first>.value_of(general_teen, {}) == 4 &&
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
