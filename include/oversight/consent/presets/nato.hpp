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
#include <oversight/consent/rules.hpp>
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

/// The 32 allies and the days they joined. Founders: the North Atlantic Treaty's entry into force,
/// 24 August 1949 (Art. 11; it was signed on 4 April 1949). Days of the later accessions (the
/// deposit of the instrument of accession, Art. 10): Greece and Turkey 18 February 1952, Germany 6 May 1955, Spain 30 May 1982
/// (confirmed by secondary sources), Finland 4 April 2023 (confirmed); Czechia, Hungary and Poland
/// 12 March 1999, the 2004 group 29 March 2004, Albania and Croatia 1 April 2009, Montenegro
/// 5 June 2017, North Macedonia 27 March 2020 and Sweden 7 March 2024 are established knowledge
/// whose years (not days) are confirmed by the sources on file.
inline constexpr std::array<membership, 32> nato_members{{
    {country{"BE"}, date{1949, 8, 24}},  {country{"CA"}, date{1949, 8, 24}},  {country{"DK"}, date{1949, 8, 24}},
    {country{"FR"}, date{1949, 8, 24}},  {country{"IS"}, date{1949, 8, 24}},  {country{"IT"}, date{1949, 8, 24}},
    {country{"LU"}, date{1949, 8, 24}},  {country{"NL"}, date{1949, 8, 24}},  {country{"NO"}, date{1949, 8, 24}},
    {country{"PT"}, date{1949, 8, 24}},  {country{"GB"}, date{1949, 8, 24}},  {country{"US"}, date{1949, 8, 24}},
    {country{"GR"}, date{1952, 2, 18}}, {country{"TR"}, date{1952, 2, 18}}, {country{"DE"}, date{1955, 5, 6}},
    {country{"ES"}, date{1982, 5, 30}}, {country{"CZ"}, date{1999, 3, 12}}, {country{"HU"}, date{1999, 3, 12}},
    {country{"PL"}, date{1999, 3, 12}}, {country{"BG"}, date{2004, 3, 29}}, {country{"EE"}, date{2004, 3, 29}},
    {country{"LV"}, date{2004, 3, 29}}, {country{"LT"}, date{2004, 3, 29}}, {country{"RO"}, date{2004, 3, 29}},
    {country{"SK"}, date{2004, 3, 29}}, {country{"SI"}, date{2004, 3, 29}}, {country{"AL"}, date{2009, 4, 1}},
    {country{"HR"}, date{2009, 4, 1}},  {country{"ME"}, date{2017, 6, 5}},  {country{"MK"}, date{2020, 3, 27}},
    {country{"FI"}, date{2023, 4, 4}},  {country{"SE"}, date{2024, 3, 7}},
}};

}  // namespace consent::presets
OVERSIGHT_END_NAMESPACE
