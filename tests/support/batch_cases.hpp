// The batch forms (`check_all`, `findings_all`) against the forms that evaluate one subject
// (`check`, `evaluate_into`): every subject of a set must get the same verdict and the same
// findings. Written as constexpr functions, so that the same checks run under static_assert
// (tests/static/rules/batch.cpp) and at run time (tests/runtime/rules/batch_test.cpp).
#pragma once

#include <oversight/rules.hpp>
#include <oversight/rules/batch.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <span>

#include "rules_fixture.hpp"

namespace batch_cases {

using namespace oversight;
using namespace fixture;

// A policy with what the two-valued evaluation must get right beside plain rules: exceptions
// with priorities and a counter-exception, a review rule escalated to deny, an advice rule, a
// nested policy under a target, a dated rule, a permit rule; facts that may be unknown
// (high_risk, eu_tendered) and facts that are always known.
template <combining Alg>
inline constexpr auto mixed = policy<"mixed", Alg>(
    rule<"m.big">(effect::deny, value >= 1000LL),
    exception<"m.exempt", "m.big">(art346, 1),
    exception<"m.back", "m.big">(dual_use, 2, exception_mode::reinstate),
    rule<"m.risk">(effect::review, high_risk).escalate_to_deny_when(area == area_kind::defence),
    rule<"m.note">(effect::advice, dual_use),
    policy<"m.nested", combining::permit_overrides>(rule<"m.tendered">(effect::permit, eu_tendered),
                                                    rule<"m.small-deny">(effect::deny, value >= 100LL))
        .applies_when(area == area_kind::lawful_interception),
    rule<"m.dated">(effect::deny, area == area_kind::defence && !art346)
        .in_force_during(period{date{2024, 1, 1}, date{2025, 12, 31}}),
    rule<"m.ok">(effect::permit, value < 10LL));

inline constexpr std::size_t mixed_rules = decltype(mixed<combining::deny_overrides>)::rule_count;

// Every combination of the facts `mixed` reads: 4 values x 4 sectors x 3 x 3 x 2 x 2.
inline constexpr std::size_t subject_count = 4 * 4 * 3 * 3 * 2 * 2;
constexpr std::array<record, subject_count> all_subjects() {
  std::array<record, subject_count> out{};
  constexpr long long values[] = {0, 5, 150, 1500};
  constexpr area_kind areas[] = {area_kind::general, area_kind::critical_infrastructure,
                                 area_kind::lawful_interception, area_kind::defence};
  constexpr std::optional<bool> maybe[] = {std::nullopt, false, true};
  std::size_t n = 0;
  for (long long v : values)
    for (area_kind a : areas)
      for (auto h : maybe)
        for (auto t : maybe)
          for (bool x : {false, true})
            for (bool d : {false, true}) {
              record r{};
              r.value_cents = v;
              r.area = a;
              r.high_risk = h;
              r.eu_tendered = t;
              r.art346 = x;
              r.dual_use = d;
              out[n++] = r;
            }
  return out;
}

// The subjects [first, first + count) of `subjects`, batch against one at a time, under `ctx`.
template <const auto& P, std::size_t N, class S>
constexpr bool batch_agrees(const std::array<S, N>& subjects, std::size_t first, std::size_t count,
                            const context& ctx) {
  constexpr std::size_t rules = std::remove_cvref_t<decltype(P)>::rule_count;
  std::array<verdict, N> verdicts{}, finding_verdicts{};
  std::array<rule_set<rules>, N> fired{};
  const std::span<const S> part(subjects.data() + first, count);
  if (check_all<P>(part, std::span(verdicts).first(count), ctx) != count) return false;
  if (findings_all<P>(part, std::span(finding_verdicts).first(count), std::span(fired).first(count), ctx) != count)
    return false;
  for (std::size_t i = 0; i < count; ++i) {
    const S& s = subjects[first + i];
    const verdict expected = check<P>(s, ctx);
    std::array<finding, rules> buffer{};
    const evaluation e = evaluate_into<P>(s, ctx, buffer);
    rule_set<rules> bits;
    for (std::size_t k = 0; k < e.stored; ++k) bits.set(buffer[k].rule_index);
    if (!(verdicts[i] == expected) || !(finding_verdicts[i] == e.verdict) || !(fired[i] == bits)) return false;
  }
  return true;
}

// `mixed` under `Alg`, every subject, with no day, a day the dated rule is in force, one after.
template <combining Alg>
constexpr bool mixed_agrees(std::size_t first = 0, std::size_t count = subject_count) {
  constexpr auto subjects = all_subjects();
  return batch_agrees<mixed<Alg>>(subjects, first, count, {}) &&
         batch_agrees<mixed<Alg>>(subjects, first, count, as_of(date{2024, 6, 1})) &&
         batch_agrees<mixed<Alg>>(subjects, first, count, as_of(date{2026, 6, 1}));
}

// Three children that each take every XACML value (unknown facts included), under `Alg`, and
// only-one-applicable by targets: the subjects a two-valued evaluation cannot decide.
template <combining Alg>
constexpr bool slots_agree_from(std::size_t first = 0, std::size_t count = 216) {
  std::array<slots, 216> subjects{};
  std::size_t n = 0;
  for (auto a : all_decisions)
    for (auto b : all_decisions)
      for (auto c : all_decisions) subjects[n++] = slots{{a, b, c}};
  return batch_agrees<three_slots<Alg>>(subjects, first, count, {});
}
template <combining Alg>
constexpr bool slots_agree() {
  return slots_agree_from<Alg>();
}
constexpr bool only_one_agrees() {
  std::array<targeted_slots, 324> subjects{};
  std::size_t n = 0;
  for (auto ta : all_truths)
    for (auto tb : all_truths)
      for (auto a : all_decisions)
        for (auto b : all_decisions) subjects[n++] = targeted_slots{{a, b}, {ta, tb}};
  return batch_agrees<only_one_of_two>(subjects, 0, subjects.size(), {});
}

// Spans of different lengths: as many results as the shortest span holds, nothing past it.
constexpr bool writes_the_shortest() {
  constexpr auto subjects = all_subjects();
  constexpr auto& p = mixed<combining::deny_overrides>;
  std::array<verdict, 3> verdicts{};
  verdicts[2] = verdict{decision::indeterminate_dp, verdict_kind::indeterminate};
  std::array<rule_set<mixed_rules>, 2> fired{};
  const std::span<const record> five(subjects.data(), 5);
  return check_all<p>(five, std::span(verdicts).first(2)) == 2 &&
         verdicts[2].kind == verdict_kind::indeterminate &&
         findings_all<p>(five, std::span(verdicts), std::span(fired)) == 2 &&
         check_all<p>(std::span<const record>(), std::span(verdicts)) == 0;
}

// A rule set: one bit per rule, several words when the policy has many rules.
constexpr bool rule_sets_hold() {
  rule_set<10> small;
  small.set(0);
  small.set(9);
  small.set(3, false);
  small.set(10);  // past the end: nothing
  rule_set<70> wide;
  wide.set(0);
  wide.set(64);
  wide.set(69);
  wide.reset(0);
  return sizeof(small) == 2 && small.count() == 2 && small.test(0) && small.test(9) && !small.test(3) &&
         !small.test(10) && rule_set<10>::size() == 10 && sizeof(rule_set<8>) == 1 && sizeof(rule_set<64>) == 8 &&
         sizeof(wide) == 16 && wide.count() == 2 && wide.test(64) && wide.test(69) && !wide.test(0) &&
         !(small == rule_set<10>{}) && rule_set<10>{}.none();
}

}  // namespace batch_cases
