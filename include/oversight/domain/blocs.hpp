// oversight: the European Union, the European Economic Area, PESCO and NATO, with dated membership.
//
// Each bloc_membership starts on the day a country became a member (the day the accession treaty or
// instrument took effect) and, for a country that left, ends on its last day as a member.
// Sources are cited beside each group. Confidence follows docs/domain.md: every date below was
// checked against a primary or official text where one is named; the others are marked.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/bloc.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/date.hpp>

#include <array>

OVERSIGHT_BEGIN_NAMESPACE

namespace eu {
namespace detail {

// European Union (and, before 1 November 1993, the European Communities it continues).
//  - 1958-01-01: founders BE DE FR IT LU NL, entry into force of the Treaty of Rome (EEC).
//    DE is the Federal Republic of Germany; the former GDR joined through German unification on
//    1990-10-03 without a change of member state.
//  - 1973-01-01: DK IE GB (Act of Accession 1972, OJ L 73, 27.3.1972).
//  - 1981-01-01: GR (Act of Accession 1979, OJ L 291, 19.11.1979).
//  - 1986-01-01: ES PT (Act of Accession 1985, OJ L 302, 15.11.1985).
//  - 1995-01-01: AT FI SE (Act of Accession 1994, OJ C 241, 29.8.1994, as adjusted OJ L 1, 1.1.1995).
//  - 2004-05-01: CY CZ EE HU LT LV MT PL SI SK (Act of Accession 2003, OJ L 236, 23.9.2003).
//  - 2007-01-01: BG RO (Act of Accession 2005, OJ L 157, 21.6.2005).
//  - 2013-07-01: HR (Act of Accession 2012, OJ L 112, 24.4.2012).
//  - GB left at the end of 2020-01-31: Withdrawal Agreement (OJ L 29, 31.1.2020,
//    http://data.europa.eu/eli/treaty/withd_2020/sign), Art. 185 (entry into force) and Art. 126
//    (transition period until 2020-12-31, during which Union law applied to the UK but the UK was
//    no longer a member state). Last day as a member: 2020-01-31.
inline constexpr std::array<bloc_membership, 28> eu_memberships{{
    {country{"BE"}, since(date{1958, 1, 1})}, {country{"DE"}, since(date{1958, 1, 1})},
    {country{"FR"}, since(date{1958, 1, 1})}, {country{"IT"}, since(date{1958, 1, 1})},
    {country{"LU"}, since(date{1958, 1, 1})}, {country{"NL"}, since(date{1958, 1, 1})},
    {country{"DK"}, since(date{1973, 1, 1})}, {country{"IE"}, since(date{1973, 1, 1})},
    {country{"GB"}, {date{1973, 1, 1}, date{2020, 1, 31}}},
    {country{"GR"}, since(date{1981, 1, 1})},
    {country{"ES"}, since(date{1986, 1, 1})}, {country{"PT"}, since(date{1986, 1, 1})},
    {country{"AT"}, since(date{1995, 1, 1})}, {country{"FI"}, since(date{1995, 1, 1})},
    {country{"SE"}, since(date{1995, 1, 1})},
    {country{"CY"}, since(date{2004, 5, 1})}, {country{"CZ"}, since(date{2004, 5, 1})},
    {country{"EE"}, since(date{2004, 5, 1})}, {country{"HU"}, since(date{2004, 5, 1})},
    {country{"LT"}, since(date{2004, 5, 1})}, {country{"LV"}, since(date{2004, 5, 1})},
    {country{"MT"}, since(date{2004, 5, 1})}, {country{"PL"}, since(date{2004, 5, 1})},
    {country{"SI"}, since(date{2004, 5, 1})}, {country{"SK"}, since(date{2004, 5, 1})},
    {country{"BG"}, since(date{2007, 1, 1})}, {country{"RO"}, since(date{2007, 1, 1})},
    {country{"HR"}, since(date{2013, 7, 1})},
}};

// European Economic Area: the states to which the EEA Agreement (OJ L 1, 3.1.1994,
// http://data.europa.eu/eli/agree_internation/1994/1/oj) applies.
//  - 1994-01-01: entry into force, 17 states: the 12 EC members of the day (BE DE DK ES FR GB GR
//    IE IT LU NL PT) and the EFTA states AT FI IS NO SE. AT FI SE were in the EEA a year before
//    they joined the EU.
//  - 1995-05-01: LI (EEA Council Decision 1/95).
//  - 2004-05-01: the ten 2004 EU members, by provisional application of the 2004 EEA
//    Enlargement Agreement from their EU accession.
//  - 2007-08-01: BG RO, provisional application of the EEA Enlargement Agreement signed
//    2007-07-25 (EFTA "Enlargement of the EEA"; provisional-application date from a secondary
//    source: confidence M). They were EU members, but not yet EEA parties, from 2007-01-01.
//  - 2014-04-12: HR, provisional application of the Agreement on the participation of Croatia
//    (OJ L 170, 11.6.2014; Council Decision 2014/343/EU; EFTA "EEA Enlargement").
//  - GB: decided here to keep GB in the EEA until 2020-12-31. During the transition period the
//    EEA Agreement, as an agreement concluded by the Union, continued to apply to the UK
//    (Withdrawal Agreement Art. 129(1) and the notification to the EEA parties), and the
//    EEA EFTA Separation Agreement (2020) treats the end of the transition period as the end of
//    the UK's participation. A rule that needs the member-state view uses eu::member_states.
inline constexpr std::array<bloc_membership, 31> eea_memberships{{
    {country{"BE"}, since(date{1994, 1, 1})}, {country{"DE"}, since(date{1994, 1, 1})},
    {country{"DK"}, since(date{1994, 1, 1})}, {country{"ES"}, since(date{1994, 1, 1})},
    {country{"FR"}, since(date{1994, 1, 1})}, {country{"GR"}, since(date{1994, 1, 1})},
    {country{"IE"}, since(date{1994, 1, 1})}, {country{"IT"}, since(date{1994, 1, 1})},
    {country{"LU"}, since(date{1994, 1, 1})}, {country{"NL"}, since(date{1994, 1, 1})},
    {country{"PT"}, since(date{1994, 1, 1})},
    {country{"GB"}, {date{1994, 1, 1}, date{2020, 12, 31}}},
    {country{"AT"}, since(date{1994, 1, 1})}, {country{"FI"}, since(date{1994, 1, 1})},
    {country{"SE"}, since(date{1994, 1, 1})}, {country{"IS"}, since(date{1994, 1, 1})},
    {country{"NO"}, since(date{1994, 1, 1})},
    {country{"LI"}, since(date{1995, 5, 1})},
    {country{"CY"}, since(date{2004, 5, 1})}, {country{"CZ"}, since(date{2004, 5, 1})},
    {country{"EE"}, since(date{2004, 5, 1})}, {country{"HU"}, since(date{2004, 5, 1})},
    {country{"LT"}, since(date{2004, 5, 1})}, {country{"LV"}, since(date{2004, 5, 1})},
    {country{"MT"}, since(date{2004, 5, 1})}, {country{"PL"}, since(date{2004, 5, 1})},
    {country{"SI"}, since(date{2004, 5, 1})}, {country{"SK"}, since(date{2004, 5, 1})},
    {country{"BG"}, since(date{2007, 8, 1})}, {country{"RO"}, since(date{2007, 8, 1})},
    {country{"HR"}, since(date{2014, 4, 12})},
}};

// Permanent structured cooperation (PESCO, Art. 42(6) and 46 TEU): the participating member
// states, who alone vote on PESCO decisions (Art. 46(6) TEU: "unanimity shall be constituted by
// the votes of the representatives of the participating Member States only").
//  - 2017-12-11: 25 states, Council Decision (CFSP) 2017/2315 of 11 December 2017 establishing
//    PESCO and determining the list of participating Member States (OJ L 331, 14.12.2017, p. 57;
//    http://data.europa.eu/eli/dec/2017/2315/oj), in force on its adoption: every member state
//    of the day but DK, MT and GB.
//  - 2023-05-23: DK, Council Decision (CFSP) 2023/1015 of 23 May 2023 confirming Denmark's
//    participation (OJ L 136, 24.5.2023, p. 73; http://data.europa.eu/eli/dec/2023/1015/oj), in
//    force on its adoption.
// Malta does not participate.
inline constexpr std::array<bloc_membership, 26> pesco_participations{{
    {country{"BE"}, since(date{2017, 12, 11})}, {country{"DE"}, since(date{2017, 12, 11})},
    {country{"FR"}, since(date{2017, 12, 11})}, {country{"IT"}, since(date{2017, 12, 11})},
    {country{"LU"}, since(date{2017, 12, 11})}, {country{"NL"}, since(date{2017, 12, 11})},
    {country{"IE"}, since(date{2017, 12, 11})}, {country{"GR"}, since(date{2017, 12, 11})},
    {country{"ES"}, since(date{2017, 12, 11})}, {country{"PT"}, since(date{2017, 12, 11})},
    {country{"AT"}, since(date{2017, 12, 11})}, {country{"FI"}, since(date{2017, 12, 11})},
    {country{"SE"}, since(date{2017, 12, 11})}, {country{"CY"}, since(date{2017, 12, 11})},
    {country{"CZ"}, since(date{2017, 12, 11})}, {country{"EE"}, since(date{2017, 12, 11})},
    {country{"HU"}, since(date{2017, 12, 11})}, {country{"LT"}, since(date{2017, 12, 11})},
    {country{"LV"}, since(date{2017, 12, 11})}, {country{"PL"}, since(date{2017, 12, 11})},
    {country{"SI"}, since(date{2017, 12, 11})}, {country{"SK"}, since(date{2017, 12, 11})},
    {country{"BG"}, since(date{2017, 12, 11})}, {country{"RO"}, since(date{2017, 12, 11})},
    {country{"HR"}, since(date{2017, 12, 11})},
    {country{"DK"}, since(date{2023, 5, 23})},
}};

}  // namespace detail

/// The member states of the European Union (and of the Communities before it).
inline constexpr bloc member_states = bloc::checked("EU", detail::eu_memberships);
/// The states party to the EEA Agreement.
inline constexpr bloc eea = bloc::checked("EEA", detail::eea_memberships);
/// The member states participating in permanent structured cooperation (Art. 46 TEU).
inline constexpr bloc pesco = bloc::checked("PESCO", detail::pesco_participations);

}  // namespace eu

namespace nato {
namespace detail {

// North Atlantic Treaty Organization: a state is a member from the day its instrument of
// accession is deposited with the United States (North Atlantic Treaty Art. 10), the founders
// from the Treaty's entry into force (Art. 11).
//  - 1949-08-24: BE CA DK FR GB IS IT LU NL NO PT US, entry into force of the Treaty.
//    France's withdrawal from the integrated military command (1966-2009) did not end its
//    membership: FR is a member throughout.
//  - 1952-02-18: GR TR.   1955-05-06: DE (Federal Republic; unified Germany from 1990-10-03).
//  - 1982-05-30: ES.      1999-03-12: CZ HU PL.
//  - 2004-03-29: BG EE LT LV RO SI SK.   2009-04-01: AL HR.
//  - 2017-06-05: ME.      2020-03-27: MK.
//  - 2023-04-04: FI (reports of the deposit on that day: facts sheet 2.2, confidence H).
//  - 2024-03-07: SE (Government of Sweden press release "Sweden is a NATO member", 2024-03-07:
//    instrument deposited that day with the US Government).
// Years: facts sheet 2.1 (H). Days other than FI and SE: NATO "Member countries" page and
// secondary lists that agree with it (confidence M for the day).
inline constexpr std::array<bloc_membership, 32> nato_memberships{{
    {country{"BE"}, since(date{1949, 8, 24})}, {country{"CA"}, since(date{1949, 8, 24})},
    {country{"DK"}, since(date{1949, 8, 24})}, {country{"FR"}, since(date{1949, 8, 24})},
    {country{"IS"}, since(date{1949, 8, 24})}, {country{"IT"}, since(date{1949, 8, 24})},
    {country{"LU"}, since(date{1949, 8, 24})}, {country{"NL"}, since(date{1949, 8, 24})},
    {country{"NO"}, since(date{1949, 8, 24})}, {country{"PT"}, since(date{1949, 8, 24})},
    {country{"GB"}, since(date{1949, 8, 24})}, {country{"US"}, since(date{1949, 8, 24})},
    {country{"GR"}, since(date{1952, 2, 18})}, {country{"TR"}, since(date{1952, 2, 18})},
    {country{"DE"}, since(date{1955, 5, 6})},
    {country{"ES"}, since(date{1982, 5, 30})},
    {country{"CZ"}, since(date{1999, 3, 12})}, {country{"HU"}, since(date{1999, 3, 12})},
    {country{"PL"}, since(date{1999, 3, 12})},
    {country{"BG"}, since(date{2004, 3, 29})}, {country{"EE"}, since(date{2004, 3, 29})},
    {country{"LV"}, since(date{2004, 3, 29})}, {country{"LT"}, since(date{2004, 3, 29})},
    {country{"RO"}, since(date{2004, 3, 29})}, {country{"SK"}, since(date{2004, 3, 29})},
    {country{"SI"}, since(date{2004, 3, 29})},
    {country{"AL"}, since(date{2009, 4, 1})}, {country{"HR"}, since(date{2009, 4, 1})},
    {country{"ME"}, since(date{2017, 6, 5})},
    {country{"MK"}, since(date{2020, 3, 27})},
    {country{"FI"}, since(date{2023, 4, 4})},
    {country{"SE"}, since(date{2024, 3, 7})},
}};

}  // namespace detail

/// The parties to the North Atlantic Treaty.
inline constexpr bloc allies = bloc::checked("NATO", detail::nato_memberships);

}  // namespace nato

OVERSIGHT_END_NAMESPACE
