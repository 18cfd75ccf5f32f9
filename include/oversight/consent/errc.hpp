// oversight::consent: the errors of the consent part (catalogue ids OVS-E300 to OVS-E399).
//
// Every fallible operation of the part (building an electorate, casting a ballot, making a
// threshold from numbers read at run time) returns `result<T, consent::errc>`; nothing throws.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/error.hpp>

#include <cstdint>

OVERSIGHT_BEGIN_NAMESPACE
namespace consent {

/// Errors about electorates, ballots and thresholds.
enum class errc : std::uint16_t {
  not_a_member = 301,           ///< a ballot (or an exclusion) names a state outside the electorate
  duplicate_ballot = 302,       ///< a second ballot from the same member, and the box rejects duplicates
  empty_electorate = 303,       ///< an electorate with no member
  weight_overflow = 304,        ///< the members' weights do not add up within 64 bits
  threshold_out_of_range = 305, ///< a threshold below 0 % or above 100 %, or with a zero denominator
  not_yet_a_member = 306,       ///< the electorate is dated before one of its members joined
  too_many_members = 307,       ///< more members than an electorate holds (electorate::capacity)
  duplicate_member = 308,       ///< the same state listed twice in an electorate
  missing_weight = 309,         ///< a population data set has no figure for a member
  zero_weight = 310,            ///< a member weighs nothing (a population of 0)
  ballot_box_closed = 311,      ///< a ballot cast after the box was closed
  clock_moved_backwards = 312,  ///< a ballot box moved to a date before its current date
  not_a_ballot = 313,           ///< a ballot outside the enumeration (a value cast from outside data)
  population_data_out_of_date = 314, ///< the population figures do not apply on the electorate's date
  rule_not_permitted_for_act = 315   ///< the rule is not the one the treaty attaches to the act (consent/acts.hpp)
};

constexpr error_info describe(errc e) noexcept {
  switch (e) {
    case errc::not_a_member:
      return {"OVS-E301", "the state is not a member of the electorate"};
    case errc::duplicate_ballot:
      return {"OVS-E302", "the member has already cast a ballot and the box rejects a second one"};
    case errc::empty_electorate:
      return {"OVS-E303", "an electorate needs at least one member"};
    case errc::weight_overflow:
      return {"OVS-E304", "the members' weights overflow 64 bits"};
    case errc::threshold_out_of_range:
      return {"OVS-E305", "a threshold must lie between 0 % and 100 % (numerator <= denominator, denominator > 0)"};
    case errc::not_yet_a_member:
      return {"OVS-E306", "the electorate is dated before this member joined"};
    case errc::too_many_members:
      return {"OVS-E307", "an electorate holds at most 64 members"};
    case errc::duplicate_member:
      return {"OVS-E308", "the same state is listed twice in the electorate"};
    case errc::missing_weight:
      return {"OVS-E309", "the population data set has no figure for this member"};
    case errc::zero_weight:
      return {"OVS-E310", "a member's weight (population) must be positive"};
    case errc::ballot_box_closed:
      return {"OVS-E311", "the ballot box is closed"};
    case errc::clock_moved_backwards:
      return {"OVS-E312", "a ballot box's date can only move forward"};
    case errc::not_a_ballot:
      return {"OVS-E313", "the ballot is not one of yes, no, abstain, qualified abstain, absent"};
    case errc::population_data_out_of_date:
      return {"OVS-E314",
              "the population figures do not apply on the electorate's date: take the set in force that day "
              "(see population_data_set::applies_on)"};
    case errc::rule_not_permitted_for_act:
      return {"OVS-E315",
              "the treaty attaches another rule to this act (the context names the article): use rule_for<act>"};
  }
  return {"OVS-E300", "unknown consent error"};
}

}  // namespace consent
OVERSIGHT_END_NAMESPACE
