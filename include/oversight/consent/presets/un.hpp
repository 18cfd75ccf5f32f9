// oversight::consent::presets: the UN Security Council.
//
// UN Charter Art. 27: each member has one vote (27(1)); procedural decisions need the affirmative
// vote of nine members (27(2)); all other decisions need nine affirmative votes "including the
// concurring votes of the permanent members" (27(3)), and a party to a dispute abstains in
// decisions under Chapter VI and Art. 52(3). Since 1946 the Council has treated a permanent
// member's voluntary abstention as no bar to adoption, and the ICJ upheld that practice (Namibia
// advisory opinion, 1971): so only a permanent member's no is a veto. The Charter has no ELI.
//
// The obligatory abstention of a party to a dispute (the proviso of Art. 27(3)) is the rule
// `un_security_council_pacific_settlement(parties)`: the parties' ballots are counted as
// abstentions whatever they are, so a permanent member that is a party cannot veto. Whether a
// draft falls under Chapter VI or Art. 52(3), and who the parties to the dispute are, the caller
// decides: the Charter leaves both to the Council.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/consent/electorate.hpp>
#include <oversight/consent/rules.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/country_set.hpp>
#include <oversight/domain/date.hpp>

#include <array>

OVERSIGHT_BEGIN_NAMESPACE
namespace consent::presets {

/// The permanent members (Charter Art. 23(1)): China, France, Russia, the United Kingdom, the
/// United States.
inline constexpr country_set un_permanent_members{country{"CN"}, country{"FR"}, country{"RU"}, country{"GB"},
                                                  country{"US"}};

/// Substantive decisions, Art. 27(3): nine yes votes, no permanent member voting no.
inline constexpr veto_majority un_security_council_substantive{9, un_permanent_members, false, false};

/// Substantive decisions under Chapter VI (pacific settlement of disputes) and under Art. 52(3)
/// (pacific settlement of local disputes through regional arrangements), Art. 27(3) with its
/// proviso: "a party to a dispute shall abstain from voting". The members of the Council among
/// `parties` are counted as abstaining, whatever their ballot; the others decide as under
/// `un_security_council_substantive`.
constexpr with_obligatory_abstention<veto_majority> un_security_council_pacific_settlement(
    const country_set& parties) noexcept {
  return {un_security_council_substantive, parties};
}

/// Procedural decisions, Art. 27(2): nine yes votes, no veto.
inline constexpr threshold un_security_council_procedural = k_of_n(9);

/// The Council in 2026: the five permanent members (seats held since the Charter entered into
/// force, 24 October 1945) and the ten elected members — Denmark, Greece, Pakistan, Panama and
/// Somalia (2025-2026) and Bahrain, Colombia, the Democratic Republic of the Congo, Latvia and
/// Liberia (2026-2027, elected 3 June 2025). The dates are the first day of each term.
inline constexpr std::array<membership, 15> un_security_council_2026{{
    {country{"CN"}, date{1945, 10, 24}}, {country{"FR"}, date{1945, 10, 24}}, {country{"RU"}, date{1945, 10, 24}},
    {country{"GB"}, date{1945, 10, 24}}, {country{"US"}, date{1945, 10, 24}}, {country{"DK"}, date{2025, 1, 1}},
    {country{"GR"}, date{2025, 1, 1}},   {country{"PK"}, date{2025, 1, 1}},   {country{"PA"}, date{2025, 1, 1}},
    {country{"SO"}, date{2025, 1, 1}},   {country{"BH"}, date{2026, 1, 1}},   {country{"CO"}, date{2026, 1, 1}},
    {country{"CD"}, date{2026, 1, 1}},   {country{"LV"}, date{2026, 1, 1}},   {country{"LR"}, date{2026, 1, 1}},
}};

}  // namespace consent::presets
OVERSIGHT_END_NAMESPACE
