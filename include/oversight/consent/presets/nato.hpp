// oversight::consent::presets: NATO — consensus, the silence procedure, and the 32 allies.
//
// NATO takes every decision by consensus, at every level, and does not vote (nato.int,
// "Consensus decision-making at NATO"). Consensus is often reached by the silence procedure: a
// draft is circulated with a deadline and is adopted unless an ally "breaks silence" with a
// written objection by then (CRS report RS21510; precedents: C-M(2002)49 approved under silence
// on 26 March 2002; France, Germany and Belgium broke silence on planning for Turkey's defence in
// February 2003). The North Atlantic Treaty has no ELI: its text is at nato.int.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/consent/electorate.hpp>
#include <oversight/consent/presets/members.hpp>
#include <oversight/consent/rules.hpp>
#include <oversight/domain/blocs.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/date.hpp>

#include <array>

OVERSIGHT_BEGIN_NAMESPACE
namespace consent::presets {

/// NATO consensus, modelled as unanimity in which abstaining does not block and an ally that
/// does not take part has not joined the consensus.
inline constexpr unanimity nato_consensus{abstention::does_not_block};

/// The silence procedure with objections accepted up to and including `deadline`.
constexpr silence_procedure nato_silence_procedure(date deadline) noexcept { return silence_procedure{deadline}; }

/// The 32 allies and the days they joined, from the same dated data as `nato::allies`
/// (domain/blocs.hpp, where the sources are): founders from the North Atlantic Treaty's entry into
/// force, 24 August 1949 (Art. 11), the others from the deposit of their instrument of accession
/// (Art. 10).
inline constexpr std::array<membership, 32> nato_members = detail::current_members<32>(nato::allies);

}  // namespace consent::presets
OVERSIGHT_END_NAMESPACE
