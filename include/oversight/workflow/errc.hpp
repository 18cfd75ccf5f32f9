// oversight: the errors of the workflow part (catalogue ids OVS-E400 to OVS-E499).
//
// A refused event, a bad obligation command and a trail that cannot be read back or replayed all
// report one of these codes, with a short context naming the input (the event, the state, the
// trail line). docs/workflow.md lists them with the situation that raises each.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/error.hpp>

#include <cstdint>

OVERSIGHT_BEGIN_NAMESPACE
namespace workflow {

/// Why the workflow part refused an input.
enum class errc : std::uint16_t {
  unknown_event = 401,                 ///< the workflow declares no event of that name
  event_not_allowed_in_state = 402,    ///< no transition on that event from the current state
  guard_refused = 403,                 ///< every candidate transition's guard refused
  guard_pending = 404,                 ///< no guard allowed and at least one is still pending
  actor_not_entitled = 405,            ///< the actor's id and role are not among the transition's approvers
  workflow_terminated = 406,           ///< the instance is in a terminal state
  timestamp_before_last = 407,         ///< earlier than the last accepted entry of the trail
  duplicate_approval = 408,            ///< this approver already approved in the current state
  unknown_obligation = 410,            ///< no tracked obligation has that id
  obligation_closed = 411,             ///< the obligation was already fulfilled, breached or waived
  malformed_trail_line = 420,          ///< not a JSON object on one line, or not strict JSON
  invalid_trail_record = 421,          ///< valid JSON, but a field is missing, unknown or of the wrong form
  trail_does_not_replay = 422,         ///< a record is inconsistent with the workflow or with the records before it
  trail_hash_mismatch = 423,           ///< a record's hash or its link to the previous record is wrong
  trail_sequence_gap = 424,            ///< sequence numbers are not 1, 2, 3, ...
  trail_of_another_workflow = 425      ///< the trail names a different workflow
};

constexpr error_info describe(errc e) noexcept {
  switch (e) {
    case errc::unknown_event:
      return {"OVS-E401", "the workflow declares no event of that name"};
    case errc::event_not_allowed_in_state:
      return {"OVS-E402", "no transition on this event from the current state"};
    case errc::guard_refused:
      return {"OVS-E403", "the transition's guard refused"};
    case errc::guard_pending:
      return {"OVS-E404", "the transition's guard cannot decide yet"};
    case errc::actor_not_entitled:
      return {"OVS-E405", "the actor is not entitled to fire this transition"};
    case errc::workflow_terminated:
      return {"OVS-E406", "the workflow is in a terminal state"};
    case errc::timestamp_before_last:
      return {"OVS-E407", "the timestamp is earlier than the last accepted entry"};
    case errc::duplicate_approval:
      return {"OVS-E408", "this approver has already approved in the current state"};
    case errc::unknown_obligation:
      return {"OVS-E410", "no tracked obligation has this id"};
    case errc::obligation_closed:
      return {"OVS-E411", "the obligation is already fulfilled, breached or waived"};
    case errc::malformed_trail_line:
      return {"OVS-E420", "a trail line is not one strict JSON object"};
    case errc::invalid_trail_record:
      return {"OVS-E421", "a trail record has a missing, unknown or malformed field"};
    case errc::trail_does_not_replay:
      return {"OVS-E422", "the trail does not replay against the workflow"};
    case errc::trail_hash_mismatch:
      return {"OVS-E423", "a trail record's hash chain is broken (tampered or reordered)"};
    case errc::trail_sequence_gap:
      return {"OVS-E424", "trail sequence numbers are not consecutive from 1"};
    case errc::trail_of_another_workflow:
      return {"OVS-E425", "the trail belongs to another workflow"};
  }
  return {"OVS-E400", "unknown workflow error"};
}

}  // namespace workflow
OVERSIGHT_END_NAMESPACE
