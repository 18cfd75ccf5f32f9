// oversight::consent: consent rules and the tally.
//
// A consent rule is a small literal object — usable as a `constexpr` constant, in a
// `static_assert`, and at run time — that judges a complete set of answers. `tally(rule, box)`
// applies it to a ballot box whose answers may still be arriving:
//
//   * every rule here is monotone (a member switching to yes never turns adoption into failure),
//     so with answers outstanding the tally judges the best completion (every outstanding member
//     says yes) and the two worst (every one says no; every one stays away). If even the best
//     fails, the proposal has failed; if even the worst passes, it has passed; otherwise the
//     outcome is pending;
//   * a silence procedure is decided by the box's clock instead (see `silence_procedure`).
//
// The rules:
//   unanimity                 every member consents; abstention blocks or not (Art. 238(4) TFEU)
//   constructive_abstention   unanimity in which formal abstainers can stop adoption once they are
//                             a third of the members comprising a third of the population (Art. 31(1) TEU)
//   threshold                 k-of-n, a share of the members ("at least" or "more than"), a quorum
//   double_majority           a share of the members and a share of the population, with a
//                             blocking-minority clause (Art. 16(4) TEU, Art. 238(2)-(3) TFEU)
//   veto_majority             k yes votes and no veto-holder voting no (UN Charter Art. 27(3))
//   silence_procedure         adopted at the deadline unless someone objected by then
//   with_obligatory_abstention  any of these, with named members obliged to abstain (the proviso
//                             of UN Charter Art. 27(3): a party to a dispute abstains)
//
// Arithmetic is exact (consent/fraction.hpp): no floating point anywhere.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/consent/ballot.hpp>
#include <oversight/consent/electorate.hpp>
#include <oversight/consent/fraction.hpp>
#include <oversight/consent/outcome.hpp>
#include <oversight/domain/country_set.hpp>
#include <oversight/domain/date.hpp>

#include <bit>
#include <concepts>
#include <cstddef>
#include <cstdint>

OVERSIGHT_BEGIN_NAMESPACE
namespace consent {

namespace detail {

// A complete set of answers: every member of `voters` is in exactly one of the five sets.
struct votes {
  const electorate* voters;
  member_set yes, no, abstained, qualified, absent;

  [[nodiscard]] constexpr member_set not_yes() const noexcept { return voters->all() - yes; }
  [[nodiscard]] constexpr member_set present() const noexcept { return yes | no | abstained | qualified; }
};

// The weight of a set of votes' yes side, as a tally passes it to a rule that takes it (a type
// of its own, so that no other second parameter of a user's `judge` is taken for it).
struct yes_weight {
  std::uint64_t value;
};

// What a rule says about a complete set of answers.
struct verdict {
  bool adopted = false;
  consent::reason why = reason::awaiting_answers;
  member_set blocking{};                 // when not adopted: who defeated it
  std::uint64_t members_required = 0;    // yes votes required (0: no count threshold)
  std::uint64_t population_required = 0; // yes weight required (0: no population threshold)
  std::size_t blocking_minority = 0;     // smallest blocking minority the rule recognises (0: none)
};

// The formal abstentions that stop adoption under a rule that has such a threshold.
struct abstention_threshold {
  std::uint64_t members = 0;     // formal abstainers needed (at least 1)
  std::uint64_t population = 0;  // the weight they must comprise (0: no such threshold)
};

}  // namespace detail

/// A consent rule: judges a complete set of answers.
template <class Rule>
concept ConsentRule = std::copyable<Rule> && requires(const Rule& rule, const detail::votes& v) {
  { rule.judge(v) } -> std::same_as<detail::verdict>;
};

/// Whether abstaining withholds consent under a unanimity rule.
enum class abstention : std::uint8_t {
  blocks,         ///< every member must vote yes
  does_not_block  ///< abstentions of members taking part do not prevent adoption (Art. 238(4) TFEU)
};

/// Every member consents. A member that takes no part (absent) has not consented and blocks;
/// abstention blocks or not according to `abstentions`. At least one yes is needed: a proposal
/// every member abstains on is not adopted.
struct unanimity {
  abstention abstentions = abstention::does_not_block;

  [[nodiscard]] constexpr detail::verdict judge(const detail::votes& v) const noexcept {
    member_set blockers = v.no | v.absent;
    if (abstentions == abstention::blocks) blockers = blockers | v.abstained | v.qualified;
    detail::verdict r;
    r.members_required = abstentions == abstention::blocks ? v.voters->size() : 1;
    r.blocking_minority = 1;
    if (blockers.empty() && !v.yes.empty()) {
      r.adopted = true;
      r.why = reason::unanimous;
    } else {
      r.why = !v.no.empty() ? reason::objection : reason::abstention_blocks;
      r.blocking = blockers.empty() ? v.not_yes() : blockers;
    }
    return r;
  }
  friend constexpr bool operator==(const unanimity&, const unanimity&) noexcept = default;
};

/// Unanimity with constructive abstention (Art. 31(1) second subparagraph TEU): abstentions,
/// plain or qualified by a formal declaration, do not prevent adoption; but if the members
/// qualifying their abstention represent at least `members_share` of the members comprising at
/// least `population_share` of the population (one third and one third in the Treaty), the
/// decision is not adopted. A no vote or an absence blocks, as under unanimity.
struct constructive_abstention {
  fraction members_share{1, 3};
  fraction population_share{1, 3};

  /// The formal abstentions that stop adoption in `e` (a tally reports them in the outcome).
  [[nodiscard]] constexpr detail::abstention_threshold abstention_threshold(const electorate& e) const noexcept {
    // At least one formal abstainer is needed whatever the shares (a share of 0 is met by none).
    const std::uint64_t least_members = members_share.least_reaching(e.size());
    return {least_members == 0 ? 1 : least_members, population_share.least_reaching(e.total_weight())};
  }

  [[nodiscard]] constexpr detail::verdict judge(const detail::votes& v) const noexcept {
    detail::verdict r;
    r.members_required = 1;
    r.blocking_minority = 1;
    const electorate& e = *v.voters;
    const bool formal_block = members_share.reached_by(v.qualified.size(), e.size()) &&
                              population_share.reached_by(e.weight_of(v.qualified), e.total_weight());
    const member_set blockers = v.no | v.absent;
    if (!blockers.empty()) {
      r.why = !v.no.empty() ? reason::objection : reason::abstention_blocks;
      r.blocking = blockers;
    } else if (formal_block && !v.qualified.empty()) {
      r.why = reason::qualified_abstentions;
      r.blocking = v.qualified;
    } else if (v.yes.empty()) {
      r.why = reason::abstention_blocks;
      r.blocking = v.not_yes();
    } else {
      r.adopted = true;
      r.why = v.qualified.empty() ? reason::unanimous : reason::formal_abstentions_below_threshold;
    }
    return r;
  }
  friend constexpr bool operator==(const constructive_abstention&, const constructive_abstention&) noexcept = default;
};

/// Whether a share must be reached or exceeded.
enum class bound : std::uint8_t {
  at_least,  ///< yes >= share of members
  more_than  ///< yes > share of members ("a majority of the members")
};

/// A count of yes votes: at least `at_least` of them, and `share` of all members (reached or
/// exceeded per `bound`), with at least `quorum` members taking part (yes, no or abstain).
/// Abstentions and absences count against, since the share is of all members.
struct threshold {
  fraction share{0, 1};
  bound comparison = bound::at_least;
  std::uint32_t at_least = 0;
  std::uint32_t quorum = 0;

  /// The same threshold requiring at least `members` members to take part.
  [[nodiscard]] constexpr threshold with_quorum(std::uint32_t members) const noexcept {
    threshold t = *this;
    t.quorum = members;
    return t;
  }

  [[nodiscard]] constexpr std::uint64_t required(std::size_t members) const noexcept {
    const std::uint64_t by_share =
        // An electorate has at most 64 members: more than a share of them always fits.
        comparison == bound::at_least ? share.least_reaching(members) : *share.least_exceeding(members);
    return by_share > at_least ? by_share : at_least;
  }

  [[nodiscard]] constexpr detail::verdict judge(const detail::votes& v) const noexcept {
    detail::verdict r;
    const std::size_t n = v.voters->size();
    r.members_required = required(n);
    r.blocking_minority = r.members_required > n ? 0 : static_cast<std::size_t>(n - r.members_required + 1);
    if (v.present().size() < quorum) {
      r.why = reason::quorum_not_met;
      r.blocking = v.absent;
    } else if (v.yes.size() < r.members_required) {
      r.why = reason::too_few_members;
      r.blocking = v.not_yes();
    } else {
      r.adopted = true;
      r.why = reason::thresholds_met;
    }
    return r;
  }
  friend constexpr bool operator==(const threshold&, const threshold&) noexcept = default;
};

/// At least `k` members vote yes.
constexpr threshold k_of_n(std::uint32_t k) noexcept { return threshold{fraction::make(0, 1).value(), bound::at_least, k, 0}; }
/// At least `share` of the members vote yes.
constexpr threshold share_of_members(fraction share) noexcept { return threshold{share, bound::at_least, 0, 0}; }
/// More than half of the members vote yes (a majority of the component members).
constexpr threshold majority_of_members() noexcept { return threshold{fraction::make(1, 2).value(), bound::more_than, 0, 0}; }

/// How a double majority treats a minority that withholds its yes.
enum class blocking_clause : std::uint8_t {
  none,               ///< the thresholds alone decide
  at_least_members,   ///< fewer than `blocking_members` members withholding a yes: deemed attained (Art. 16(4) TEU)
  smallest_plus_one   ///< fewer than the smallest number of members holding more than the complement of the
                      ///< population share, plus one: deemed attained (Art. 238(3)(a) TFEU)
};

/// A share of the members (and at least `min_members` of them) comprising a share of the
/// population. Abstentions and absences count against. With a blocking clause, a proposal that
/// misses the thresholds is deemed adopted when the members withholding a yes are fewer than a
/// blocking minority.
///
/// A rule with `whole_body` is defined for every member of the body (the Council's QMV of
/// Art. 16(4) TEU, whose fifteen members and blocking minority of four are counts of the whole
/// Council): over an electorate from which members were taken out (`electorate::without`) it
/// does not answer, but reports `reason::not_all_members_take_part`, never adopted, so that the
/// rule for participating members (Art. 238(3) TFEU) is chosen instead.
struct double_majority {
  fraction members_share;
  fraction population_share;
  std::uint32_t min_members = 0;
  blocking_clause clause = blocking_clause::none;
  std::uint32_t blocking_members = 0;  ///< for blocking_clause::at_least_members
  bool whole_body = false;             ///< refuse an electorate with members taken out

  /// The smallest blocking minority in `e` under the clause (0 when the clause is none).
  [[nodiscard]] constexpr std::size_t blocking_minority(const electorate& e) const noexcept {
    switch (clause) {
      case blocking_clause::none:
        return 0;
      case blocking_clause::at_least_members:
        return blocking_members;
      case blocking_clause::smallest_plus_one: {
        // The complement of the population share, e.g. 35 % for 65 %.
        const auto rest = fraction::make(population_share.denominator() - population_share.numerator(),
                                         population_share.denominator()).value();
        std::uint64_t sum = 0;
        for (std::size_t i = 0; i < e.size(); ++i) {
          sum += e.weight(e.by_weight(i));
          if (rest.exceeded_by(sum, e.total_weight())) return i + 2;  // i + 1 members, plus one
        }
        return e.size() + 1;
      }
    }
    return 0;
  }

  [[nodiscard]] constexpr detail::verdict judge(const detail::votes& v) const noexcept {
    return judge(v, detail::yes_weight{v.voters->weight_of(v.yes)});
  }
  /// The same, given the weight of `v.yes` (a tally has it already).
  [[nodiscard]] constexpr detail::verdict judge(const detail::votes& v, detail::yes_weight given) const noexcept {
    const electorate& e = *v.voters;
    detail::verdict r;
    if (whole_body && e.partial()) {
      r.why = reason::not_all_members_take_part;
      return r;
    }
    const std::uint64_t by_share = members_share.least_reaching(e.size());
    r.members_required = by_share > min_members ? by_share : min_members;
    r.population_required = population_share.least_reaching(e.total_weight());
    r.blocking_minority = blocking_minority(e);
    const bool members_ok = v.yes.size() >= r.members_required;
    const bool population_ok = given.value >= r.population_required;
    if (members_ok && population_ok) {
      r.adopted = true;
      r.why = reason::thresholds_met;
    } else if (clause != blocking_clause::none && v.not_yes().size() < r.blocking_minority) {
      r.adopted = true;
      r.why = reason::deemed_attained;
    } else {
      r.why = members_ok ? reason::too_little_population : reason::too_few_members;
      r.blocking = v.not_yes();
    }
    return r;
  }
  friend constexpr bool operator==(const double_majority&, const double_majority&) noexcept = default;
};

/// At least `at_least` yes votes, and no veto holder voting no. By default a veto holder's
/// abstention or absence is not a veto (UN Security Council practice, see docs/consent.md).
struct veto_majority {
  std::uint32_t at_least = 0;
  country_set veto_holders{};
  bool abstention_is_veto = false;
  bool absence_is_veto = false;

  [[nodiscard]] constexpr detail::verdict judge(const detail::votes& v) const noexcept {
    const electorate& e = *v.voters;
    detail::verdict r;
    r.members_required = at_least;
    member_set refusing = v.no;
    if (abstention_is_veto) refusing = refusing | v.abstained | v.qualified;
    if (absence_is_veto) refusing = refusing | v.absent;
    // Only the refusing members are looked up among the veto holders (a few of the council).
    const member_set vetoes = e.members_among(veto_holders, refusing);
    r.blocking_minority = e.any_member_among(veto_holders) ? 1 : (at_least > e.size() ? 0 : e.size() - at_least + 1);
    if (!vetoes.empty()) {
      r.why = reason::veto;
      r.blocking = vetoes;
    } else if (v.yes.size() < at_least) {
      r.why = reason::too_few_members;
      r.blocking = v.not_yes();
    } else {
      r.adopted = true;
      r.why = reason::thresholds_met;
    }
    return r;
  }
  friend constexpr bool operator==(const veto_majority&, const veto_majority&) noexcept = default;
};

/// Consensus by silence: a draft is adopted at `deadline` unless a member objects in writing
/// (a `ballot::no`) on or before that day; one objection breaks silence; an objection after
/// the deadline does not reverse an adoption. Days are the unit (the library does not model the
/// hour of a deadline): an objection dated on the deadline day counts, and the outcome is known
/// once the box's date is past the deadline, or when the box is closed (no objection can come).
/// Other answers (yes, abstain, absent) do not matter.
struct silence_procedure {
  date deadline;

  [[nodiscard]] constexpr detail::verdict judge(const detail::votes& v) const noexcept {
    detail::verdict r;
    r.blocking_minority = 1;
    if (!v.no.empty()) {
      r.why = reason::silence_broken;
      r.blocking = v.no;
    } else {
      r.adopted = true;
      r.why = reason::silence_kept;
    }
    return r;
  }
  friend constexpr bool operator==(const silence_procedure&, const silence_procedure&) noexcept = default;
};

/// `Rule`, with the members of `obliged` who belong to the electorate obliged to abstain: whatever
/// they answer (yes, no, absent or not yet), their ballot is counted as an abstention, so it
/// neither counts in favour nor vetoes. This is the proviso of UN Charter Art. 27(3): "in
/// decisions under Chapter VI, and under paragraph 3 of Article 52, a party to a dispute shall
/// abstain from voting". A tally reports the obliged members, and those whose ballot it set aside,
/// in the outcome (`outcome::obliged_to_abstain()`, `outcome::set_aside()`).
/// (A silence procedure cannot be wrapped: nobody is asked to vote in it.)
template <ConsentRule Rule>
  requires(!std::same_as<Rule, silence_procedure>)
struct with_obligatory_abstention {
  Rule rule;
  country_set obliged{};

  /// The members of `e` obliged to abstain.
  [[nodiscard]] constexpr member_set obliged_to_abstain(const electorate& e) const noexcept {
    return e.members_among(obliged);
  }
  /// The wrapped rule's threshold for formal abstentions, if it has one.
  [[nodiscard]] constexpr detail::abstention_threshold abstention_threshold(const electorate& e) const noexcept
    requires requires(const Rule& r) { r.abstention_threshold(e); }
  {
    return rule.abstention_threshold(e);
  }

  [[nodiscard]] constexpr detail::verdict judge(const detail::votes& v) const noexcept {
    // Only the members who answered other than abstain are looked up among the obliged.
    const member_set aside = v.voters->members_among(obliged, v.yes | v.no | v.absent);
    if (aside.empty()) return rule.judge(v);
    detail::votes counted = v;
    counted.yes = v.yes - aside;
    counted.no = v.no - aside;
    counted.absent = v.absent - aside;
    counted.abstained = v.abstained | aside;
    return rule.judge(counted);
  }
  friend constexpr bool operator==(const with_obligatory_abstention&, const with_obligatory_abstention&) noexcept = default;
};

namespace detail {

struct outcome_builder {
  static constexpr outcome start(const ballot_box& box) noexcept {
    const electorate& e = box.voters();
    const member_set yes = box.with(ballot::yes);
    const member_set qualified = box.with(ballot::qualified_abstain);
    return outcome(yes, box.with(ballot::no), box.with(ballot::abstain) | qualified, qualified,
                   box.with(ballot::absent), box.outstanding(), e.total_weight(), e.weight_of(yes),
                   qualified.empty() ? 0 : e.weight_of(qualified), e.size());
  }
  static constexpr void apply(outcome& o, const electorate& e, const verdict& v, consent::status s) noexcept {
    o.status_ = s;
    o.reason_ = s == status::pending ? reason::awaiting_answers : v.why;
    o.blocking_ = s == status::not_adopted ? v.blocking : member_set{};
    o.population_blocking_ = o.blocking_.empty() ? 0 : e.weight_of(o.blocking_);
    o.members_required_ = v.members_required;
    o.population_required_ = v.population_required;
    o.blocking_minority_ = static_cast<std::uint32_t>(v.blocking_minority);
  }
  static constexpr void set_abstention_threshold(outcome& o, abstention_threshold t) noexcept {
    o.abstention_members_required_ = static_cast<std::uint32_t>(t.members);
    o.abstention_population_required_ = t.population;
  }
  static constexpr void set_required(outcome& o, member_set required) noexcept { o.required_ = required; }
  // Counts the answered ballots of `obliged` other than abstentions as abstentions.
  static constexpr void oblige(outcome& o, const electorate& e, member_set obliged) noexcept {
    const member_set aside = obliged & (o.yes_ | o.no_ | o.absent_);
    o.yes_ = o.yes_ - aside;
    o.no_ = o.no_ - aside;
    o.absent_ = o.absent_ - aside;
    o.abstained_ = o.abstained_ | aside;
    o.population_yes_ = e.weight_of(o.yes_);
    o.obliged_ = obliged;
    o.set_aside_ = aside;
  }
};

constexpr votes current_votes(const ballot_box& box) noexcept {
  return votes{&box.voters(), box.with(ballot::yes), box.with(ballot::no), box.with(ballot::abstain),
               box.with(ballot::qualified_abstain), box.with(ballot::absent)};
}

// A rule that reads the weight of the yes votes may take it as a second argument, a
// `yes_weight`: the tally has computed it for the outcome already.
template <class Rule>
constexpr verdict judge_given_yes_weight(const Rule& rule, const votes& v, yes_weight w) noexcept {
  if constexpr (requires { rule.judge(v, w); }) return rule.judge(v, w);
  else return rule.judge(v);
}

template <class Rule>
constexpr outcome decide_monotone(const Rule& rule, const ballot_box& box) noexcept {
  const electorate& e = box.voters();
  outcome o = outcome_builder::start(box);
  if constexpr (requires { rule.obliged_to_abstain(e); }) outcome_builder::oblige(o, e, rule.obliged_to_abstain(e));
  if constexpr (requires { rule.abstention_threshold(e); })
    outcome_builder::set_abstention_threshold(o, rule.abstention_threshold(e));
  const votes now = current_votes(box);
  const member_set open = box.outstanding();
  if (open.empty()) {
    const verdict v = judge_given_yes_weight(rule, now, yes_weight{o.population_yes()});
    outcome_builder::apply(o, e, v, v.adopted ? status::adopted : status::not_adopted);
    return o;
  }
  votes best = now;
  best.yes = best.yes | open;
  const verdict vb = rule.judge(best);
  if (!vb.adopted) {
    outcome_builder::apply(o, e, vb, status::not_adopted);
    return o;
  }
  votes all_no = now;
  all_no.no = all_no.no | open;
  votes all_away = now;
  all_away.absent = all_away.absent | open;
  const verdict vn = rule.judge(all_no);
  if (vn.adopted && rule.judge(all_away).adopted) {
    outcome_builder::apply(o, e, vn, status::adopted);
    return o;
  }
  outcome_builder::apply(o, e, vb, status::pending);
  member_set required;
  for (std::uint64_t bits = open.bits(); bits != 0; bits &= bits - 1) {
    const auto slot = static_cast<std::size_t>(std::countr_zero(bits));
    // Indispensable: every answer other than yes defeats the proposal, even with every other
    // outstanding member voting yes.
    bool indispensable = true;
    for (const ballot b : {ballot::no, ballot::abstain, ballot::qualified_abstain, ballot::absent}) {
      votes without = best;
      without.yes.erase(slot);
      switch (b) {
        case ballot::no: without.no.insert(slot); break;
        case ballot::abstain: without.abstained.insert(slot); break;
        case ballot::qualified_abstain: without.qualified.insert(slot); break;
        default: without.absent.insert(slot); break;
      }
      if (rule.judge(without).adopted) indispensable = false;
    }
    if (indispensable) required.insert(slot);
  }
  outcome_builder::set_required(o, required);
  return o;
}

constexpr outcome decide_silence(const silence_procedure& rule, const ballot_box& box) noexcept {
  const electorate& e = box.voters();
  outcome o = outcome_builder::start(box);
  votes in_time = current_votes(box);
  in_time.no = box.with_by(ballot::no, rule.deadline);
  const verdict v = rule.judge(in_time);
  if (!v.adopted) outcome_builder::apply(o, e, v, status::not_adopted);
  else if (rule.deadline < box.today() || box.closed()) outcome_builder::apply(o, e, v, status::adopted);
  else outcome_builder::apply(o, e, v, status::pending);
  return o;
}

}  // namespace detail

/// Tallies `box` under `rule`: adopted, not adopted or pending, with the reasons.
template <ConsentRule Rule>
[[nodiscard]] constexpr outcome tally(const Rule& rule, const ballot_box& box) noexcept {
  if constexpr (std::same_as<Rule, silence_procedure>) return detail::decide_silence(rule, box);
  else return detail::decide_monotone(rule, box);
}

}  // namespace consent
OVERSIGHT_END_NAMESPACE
