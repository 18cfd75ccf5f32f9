// oversight::consent: the outcome of a tally — a plain literal value.
//
// An outcome says whether a proposal is adopted, not adopted, or still pending, and why: the
// members on each side (as sets of electorate slots), the yes side's population, what the rule
// requires and how far the yes side is from it, the coalition that blocked a failed proposal,
// and, while the vote is open, who has still to answer and whose yes is indispensable. It holds
// no pointer and allocates nothing, so it can be a `constexpr` value, compared, copied into a
// rule engine's facts, and explained later against its electorate (consent/explain.hpp).
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/consent/electorate.hpp>

#include <cstdint>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE
namespace consent {

/// Where a vote stands.
enum class status : std::uint8_t {
  pending,     ///< answers still outstanding could change the result
  adopted,
  not_adopted
};

/// Why a vote stands where it does.
enum class reason : std::uint8_t {
  awaiting_answers,      ///< pending
  unanimous,             ///< adopted: every member consented (non-blocking abstentions aside)
  thresholds_met,        ///< adopted: the yes side reached every threshold
  deemed_attained,       ///< adopted: thresholds missed, but too few members withheld a yes to form a blocking minority
  silence_kept,          ///< adopted: the deadline passed and nobody objected in time
  objection,             ///< not adopted: at least one member voted no
  abstention_blocks,     ///< not adopted: an abstention or absence withheld the consent the rule needs
  qualified_abstentions, ///< not adopted: formal abstainers reached the Art. 31(1) TEU thresholds
  too_few_members,       ///< not adopted: the members threshold was missed
  too_little_population, ///< not adopted: the population threshold was missed
  quorum_not_met,        ///< not adopted: too few members took part
  veto,                  ///< not adopted: a veto holder voted against
  silence_broken,        ///< not adopted: a member objected before the deadline
  formal_abstentions_below_threshold, ///< adopted: unanimous but for formal abstainers short of the Art. 31(1) TEU thresholds
  not_all_members_take_part           ///< not adopted: the rule counts the whole body, and members were taken out
};

constexpr std::string_view to_string_view(status s) noexcept {
  switch (s) {
    case status::pending: return "pending";
    case status::adopted: return "adopted";
    case status::not_adopted: return "not adopted";
  }
  return "(invalid)";
}

constexpr std::string_view to_string_view(reason r) noexcept {
  switch (r) {
    case reason::awaiting_answers: return "awaiting answers";
    case reason::unanimous: return "unanimous";
    case reason::thresholds_met: return "thresholds met";
    case reason::deemed_attained: return "deemed attained: no blocking minority";
    case reason::silence_kept: return "silence kept";
    case reason::objection: return "objection";
    case reason::abstention_blocks: return "abstention or absence blocks";
    case reason::qualified_abstentions: return "qualified abstentions reach the threshold";
    case reason::too_few_members: return "too few members in favour";
    case reason::too_little_population: return "too little population in favour";
    case reason::quorum_not_met: return "quorum not met";
    case reason::veto: return "veto";
    case reason::silence_broken: return "silence broken";
    case reason::formal_abstentions_below_threshold: return "formal abstentions below the blocking threshold";
    case reason::not_all_members_take_part:
      return "the rule counts every member of the body and not all take part: use the rule for participating members";
  }
  return "(invalid)";
}

namespace detail {
struct outcome_builder;
}

/// The result of tallying a ballot box under a consent rule.
class outcome {
 public:
  [[nodiscard]] constexpr consent::status status() const noexcept { return status_; }
  [[nodiscard]] constexpr consent::reason reason() const noexcept { return reason_; }
  [[nodiscard]] constexpr bool adopted() const noexcept { return status_ == status::adopted; }
  [[nodiscard]] constexpr bool not_adopted() const noexcept { return status_ == status::not_adopted; }
  [[nodiscard]] constexpr bool pending() const noexcept { return status_ == status::pending; }

  /// Members and total weight (population) of the electorate.
  [[nodiscard]] constexpr std::size_t members() const noexcept { return members_; }
  [[nodiscard]] constexpr std::uint64_t population() const noexcept { return population_; }

  [[nodiscard]] constexpr member_set yes() const noexcept { return yes_; }
  [[nodiscard]] constexpr member_set no() const noexcept { return no_; }
  /// Plain and qualified abstentions.
  [[nodiscard]] constexpr member_set abstained() const noexcept { return abstained_; }
  /// Qualified (formal) abstentions only.
  [[nodiscard]] constexpr member_set qualified_abstained() const noexcept { return qualified_; }
  [[nodiscard]] constexpr member_set absent() const noexcept { return absent_; }
  /// Members who have not answered (empty once the box is closed).
  [[nodiscard]] constexpr member_set outstanding() const noexcept { return outstanding_; }
  [[nodiscard]] constexpr std::uint64_t population_yes() const noexcept { return population_yes_; }

  /// Yes votes the rule requires (0 when it sets no count), and the yes weight it requires
  /// (0 when it sets no population threshold).
  [[nodiscard]] constexpr std::uint64_t members_required() const noexcept { return members_required_; }
  [[nodiscard]] constexpr std::uint64_t population_required() const noexcept { return population_required_; }
  /// How many more yes votes, and how much more yes population, the thresholds need (0 when met).
  [[nodiscard]] constexpr std::uint64_t members_short() const noexcept {
    return members_required_ > yes_.size() ? members_required_ - yes_.size() : 0;
  }
  [[nodiscard]] constexpr std::uint64_t population_short() const noexcept {
    return population_required_ > population_yes_ ? population_required_ - population_yes_ : 0;
  }
  /// How far the yes side is above each threshold (0 when the threshold is not met, met exactly,
  /// or not set: see `members_required()` and `population_required()`).
  [[nodiscard]] constexpr std::uint64_t members_above() const noexcept {
    return members_required_ != 0 && yes_.size() > members_required_ ? yes_.size() - members_required_ : 0;
  }
  [[nodiscard]] constexpr std::uint64_t population_above() const noexcept {
    return population_required_ != 0 && population_yes_ > population_required_ ? population_yes_ - population_required_
                                                                               : 0;
  }
  /// The members who did not vote yes (no, abstain, absent or outstanding), and their population.
  [[nodiscard]] constexpr member_set not_yes() const noexcept { return no_ | abstained_ | absent_ | outstanding_; }
  [[nodiscard]] constexpr std::uint64_t population_not_yes() const noexcept { return population_ - population_yes_; }
  /// Size of the smallest blocking minority the rule recognises (0: the rule has none).
  [[nodiscard]] constexpr std::size_t blocking_minority_size() const noexcept { return blocking_minority_; }

  /// Under constructive abstention (Art. 31(1) TEU): how many members qualifying their abstention
  /// stop adoption, and the population they must comprise (0 under rules without such a threshold;
  /// for the Treaty's rule, a third of the members and a third of the population, rounded up).
  [[nodiscard]] constexpr std::uint64_t abstention_members_required() const noexcept {
    return abstention_members_required_;
  }
  [[nodiscard]] constexpr std::uint64_t abstention_population_required() const noexcept {
    return abstention_population_required_;
  }
  /// The population of the formal abstainers (`qualified_abstained()`).
  [[nodiscard]] constexpr std::uint64_t population_qualified_abstained() const noexcept {
    return population_qualified_;
  }
  /// How many more formal abstainers, and how much more population among them, would stop
  /// adoption (0 when that threshold is reached or the rule has none).
  [[nodiscard]] constexpr std::uint64_t abstention_members_short() const noexcept {
    return abstention_members_required_ > qualified_.size() ? abstention_members_required_ - qualified_.size() : 0;
  }
  [[nodiscard]] constexpr std::uint64_t abstention_population_short() const noexcept {
    return abstention_population_required_ > population_qualified_
               ? abstention_population_required_ - population_qualified_
               : 0;
  }

  /// When not adopted: the members whose answers defeated the proposal (the no side of a
  /// majority vote, the objectors, the vetoes, the formal abstainers). Empty otherwise.
  [[nodiscard]] constexpr member_set blocking() const noexcept { return blocking_; }
  [[nodiscard]] constexpr std::uint64_t population_blocking() const noexcept { return population_blocking_; }
  /// Under `with_obligatory_abstention`: the members obliged to abstain (empty under other
  /// rules), and those of them whose yes, no or absence was set aside and counted as an
  /// abstention. The sets above are as counted: a set-aside ballot is among `abstained()`.
  [[nodiscard]] constexpr member_set obliged_to_abstain() const noexcept { return obliged_; }
  [[nodiscard]] constexpr member_set set_aside() const noexcept { return set_aside_; }
  /// When pending: outstanding members whose yes is indispensable (any other answer of theirs
  /// — no, abstain, absent — defeats the proposal, even if every other outstanding member says yes).
  [[nodiscard]] constexpr member_set required() const noexcept { return required_; }

  friend constexpr bool operator==(const outcome&, const outcome&) noexcept = default;

  constexpr outcome() noexcept = default;

 private:
  friend struct detail::outcome_builder;

  // The members a tally knows at its start, without zeroing the whole object first (an outcome
  // default-initialized and then assigned was zeroed by a block store that cost a Council tally
  // about a quarter of its time).
  constexpr outcome(member_set yes, member_set no, member_set abstained, member_set qualified, member_set absent,
                    member_set outstanding, std::uint64_t population, std::uint64_t population_yes,
                    std::uint64_t population_qualified, std::size_t members) noexcept
      : yes_(yes),
        no_(no),
        abstained_(abstained),
        qualified_(qualified),
        absent_(absent),
        outstanding_(outstanding),
        population_(population),
        population_yes_(population_yes),
        population_qualified_(population_qualified),
        members_(static_cast<std::uint32_t>(members)) {}

  member_set yes_, no_, abstained_, qualified_, absent_, outstanding_, blocking_, required_, obliged_, set_aside_;
  std::uint64_t population_ = 0;
  std::uint64_t population_yes_ = 0;
  std::uint64_t population_blocking_ = 0;
  std::uint64_t population_required_ = 0;
  std::uint64_t population_qualified_ = 0;
  std::uint64_t abstention_population_required_ = 0;
  std::uint64_t members_required_ = 0;
  // Counts bounded by the electorate's size (at most 64 members).
  std::uint32_t members_ = 0;
  std::uint32_t blocking_minority_ = 0;
  std::uint32_t abstention_members_required_ = 0;
  consent::status status_ = status::pending;
  consent::reason reason_ = reason::awaiting_answers;
};

}  // namespace consent
OVERSIGHT_END_NAMESPACE
