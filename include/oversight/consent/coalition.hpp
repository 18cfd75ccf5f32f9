// oversight::consent: coalition analysis.
//
//   is_blocking_minority(rule, voters, coalition)   would `coalition` voting no defeat a proposal
//                                                   every other member supports?
//   smallest_blocking_coalition(rule, box)          the fewest outstanding members who, by voting
//                                                   no, would defeat the proposal (the most
//                                                   populous such coalition), given the answers in
//   swing_members(rule, box)                        which outstanding answers can still change the outcome
//
// Every rule of consent/rules.hpp is monotone and treats members alike except for their weight
// and any veto: the strongest coalition of k members is therefore the veto holders first, then
// the heaviest members. `smallest_blocking_coalition` tries those prefixes in turn, which makes
// it exact for these rules, in at most 64 judgements.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/consent/ballot.hpp>
#include <oversight/consent/electorate.hpp>
#include <oversight/consent/rules.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

OVERSIGHT_BEGIN_NAMESPACE
namespace consent {

/// Whether `coalition`, voting no while every other member votes yes, defeats the proposal.
template <ConsentRule Rule>
[[nodiscard]] constexpr bool is_blocking_minority(const Rule& rule, const electorate& voters, member_set coalition) noexcept {
  const member_set c = coalition & voters.all();
  const detail::votes v{&voters, voters.all() - c, c, {}, {}, {}};
  return !rule.judge(v).adopted;
}

/// A coalition found by `smallest_blocking_coalition`.
struct blocking_coalition {
  bool possible = false;  ///< false: no coalition of outstanding members can still block
  member_set members{};   ///< the smallest (and, among those, most populous) coalition found
  friend constexpr bool operator==(const blocking_coalition&, const blocking_coalition&) noexcept = default;
};

namespace detail {

// Outstanding members in the order that makes a coalition strongest: veto holders first, then
// by decreasing weight.
template <class Rule>
constexpr std::array<std::uint8_t, electorate::capacity> strength_order(const Rule& rule, const electorate& e,
                                                                     member_set pool, std::size_t& count) noexcept {
  std::array<std::uint8_t, electorate::capacity> order{};
  count = 0;
  member_set vetoes;
  // Members obliged to abstain cannot block: they are left out of every coalition.
  if constexpr (requires { rule.obliged_to_abstain(e); }) pool = pool - rule.obliged_to_abstain(e);
  if constexpr (requires { rule.veto_holders; }) vetoes = e.members_among(rule.veto_holders, pool);
  else if constexpr (requires { rule.rule.veto_holders; }) vetoes = e.members_among(rule.rule.veto_holders, pool);
  for (std::size_t i = 0; i < e.size(); ++i) {
    const std::size_t s = e.by_weight(i);
    if (vetoes.contains(s)) order[count++] = static_cast<std::uint8_t>(s);
  }
  for (std::size_t i = 0; i < e.size(); ++i) {
    const std::size_t s = e.by_weight(i);
    if (pool.contains(s) && !vetoes.contains(s)) order[count++] = static_cast<std::uint8_t>(s);
  }
  return order;
}

}  // namespace detail

/// The smallest coalition of outstanding members that, voting no while the other outstanding
/// members vote yes, would defeat the proposal given the ballots already cast. When the box is
/// complete (or the outcome already final) no coalition is possible.
template <ConsentRule Rule>
[[nodiscard]] constexpr blocking_coalition smallest_blocking_coalition(const Rule& rule, const ballot_box& box) noexcept {
  const electorate& e = box.voters();
  const member_set open = box.outstanding();
  detail::votes v = detail::current_votes(box);
  v.yes = v.yes | open;
  if (!rule.judge(v).adopted) return {};  // already defeated: nothing left to block
  std::size_t count = 0;
  const auto order = detail::strength_order(rule, e, open, count);
  member_set coalition;
  for (std::size_t i = 0; i < count; ++i) {
    coalition.insert(order[i]);
    v.yes.erase(order[i]);
    v.no.insert(order[i]);
    if (!rule.judge(v).adopted) return {true, coalition};
  }
  return {};
}

/// Which outstanding answers can still change the outcome.
struct swing_analysis {
  member_set can_change{};     ///< outstanding members with an answer that changes the outcome
  member_set cannot_change{};  ///< outstanding members whose answer cannot change it
  bool exhaustive = true;      ///< false: too many outstanding members to enumerate; then every
                               ///< outstanding member is reported as able to change the outcome
  friend constexpr bool operator==(const swing_analysis&, const swing_analysis&) noexcept = default;
};

/// Above this many outstanding members `swing_members` does not enumerate.
inline constexpr std::size_t swing_enumeration_limit = 12;

/// For each outstanding member m: can some answer of m change the outcome, for some yes/no
/// answers of the other outstanding members? Exact by enumeration up to
/// `swing_enumeration_limit` outstanding members (2^11 completions per member); beyond it, every
/// outstanding member is conservatively reported as a swing and `exhaustive` is false. Under a
/// silence procedure, every outstanding member could still object before the deadline.
template <ConsentRule Rule>
[[nodiscard]] constexpr swing_analysis swing_members(const Rule& rule, const ballot_box& box) noexcept {
  const member_set open = box.outstanding();
  swing_analysis r;
  const outcome now = tally(rule, box);
  if (!now.pending()) {
    r.cannot_change = open;
    return r;
  }
  if (open.size() > swing_enumeration_limit) {
    r.can_change = open;
    r.exhaustive = false;
    return r;
  }
  std::array<std::uint8_t, electorate::capacity> slots{};
  std::size_t n = 0;
  for (std::uint64_t bits = open.bits(); bits != 0; bits &= bits - 1)
    slots[n++] = static_cast<std::uint8_t>(std::countr_zero(bits));
  const detail::votes base = detail::current_votes(box);
  for (std::size_t m = 0; m < n; ++m) {
    bool swing = false;
    const std::uint64_t completions = std::uint64_t{1} << (n - 1);
    for (std::uint64_t pattern = 0; pattern < completions && !swing; ++pattern) {
      detail::votes v = base;
      for (std::size_t i = 0, bit = 0; i < n; ++i) {
        if (i == m) continue;
        if ((pattern >> bit++) & 1u) v.yes.insert(slots[i]);
        else v.no.insert(slots[i]);
      }
      bool seen_adopted = false, seen_rejected = false;
      for (int b = 0; b < 5; ++b) {
        detail::votes w = v;
        const std::size_t s = slots[m];
        switch (static_cast<ballot>(b)) {
          case ballot::yes: w.yes.insert(s); break;
          case ballot::no: w.no.insert(s); break;
          case ballot::abstain: w.abstained.insert(s); break;
          case ballot::qualified_abstain: w.qualified.insert(s); break;
          case ballot::absent: w.absent.insert(s); break;
        }
        (rule.judge(w).adopted ? seen_adopted : seen_rejected) = true;
      }
      swing = seen_adopted && seen_rejected;
    }
    (swing ? r.can_change : r.cannot_change).insert(slots[m]);
  }
  return r;
}

}  // namespace consent
OVERSIGHT_END_NAMESPACE
