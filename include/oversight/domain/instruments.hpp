// oversight: a catalogue of instruments that give states access to suppliers' data or
// systems, or restrict procurement from suppliers of a state.
//
// Sources (facts sheet section 7 unless stated; confidence H = primary or official text,
// M = reliable secondary or well-established knowledge):
//  - PRC National Intelligence Law, adopted 2017-06-27, in force 2017-06-28, amended 2018-04-27:
//    Arts 7 and 14 (text: chinalawtranslate.com translation; H).
//  - PRC Cybersecurity Law, adopted 2016-11-07, in force 2017-06-01: Art 28 (M; the date of entry
//    into force is well established but was not re-read in the source).
//  - PRC National Security Law, adopted and in force 2015-07-01: Art 77 (M).
//  - PRC Data Security Law, in force 2021-09-01 (H for the date): Art 36 (M).
//  - US CLOUD Act, Division V of Pub. L. 115-141, signed 2018-03-23: 18 U.S.C. 2713 (H).
//  - US FISA Amendments Act of 2008 (signed 2008-07-10), Section 702, 50 U.S.C. 1881a; last
//    reauthorised by RISAA, Pub. L. 118-49 of 2024-04-20, with a sunset on 2026-04-20. Whether it
//    was reauthorised again is NOT verified: `unverified_after` makes the status `unknown` after
//    that day rather than claiming either answer.
//  - Russian Federal Law 126-FZ "On Communications" of 2003-07-07, in force 2004-01-01, Art 64
//    (SORM equipment duty) (M).
//  - Russian Federal Laws 374-FZ and 375-FZ of 2016-07-06 ("Yarovaya package"): storage of
//    content and metadata and hand-over of decryption keys; the storage duties apply from
//    2018-07-01 (M; date from Government Decree 445 of 2018-04-12 as reported, not re-read).
//  - EU Council Regulation (EU) No 833/2014, Art 5k, inserted by Council Regulation (EU)
//    2022/576, in force 2022-04-09 (H): contracting authorities of the member states must not
//    award or continue public contracts with Russian nationals, entities established in Russia,
//    entities more than 50 % owned by them, or acting on their behalf, including subcontractors
//    and suppliers accounting for more than 10 % of the contract value.
//    ELI http://data.europa.eu/eli/reg/2014/833/oj
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/blocs.hpp>
#include <oversight/domain/instrument.hpp>

#include <array>

OVERSIGHT_BEGIN_NAMESPACE

namespace cn {
inline constexpr jurisdiction prc = jurisdiction::of_state("People's Republic of China", country{"CN"});

inline constexpr instrument national_intelligence_law{
    "PRC National Intelligence Law",
    "National Intelligence Law of the People's Republic of China (adopted 27 June 2017, amended 27 April 2018)",
    "", prc, since(date{2017, 6, 28})};
inline constexpr instrument cybersecurity_law{
    "PRC Cybersecurity Law", "Cybersecurity Law of the People's Republic of China (adopted 7 November 2016)", "",
    prc, since(date{2017, 6, 1})};
inline constexpr instrument national_security_law{
    "PRC National Security Law", "National Security Law of the People's Republic of China (adopted 1 July 2015)", "",
    prc, since(date{2015, 7, 1})};
inline constexpr instrument data_security_law{
    "PRC Data Security Law", "Data Security Law of the People's Republic of China (adopted 10 June 2021)", "", prc,
    since(date{2021, 9, 1})};
}  // namespace cn

namespace us {
inline constexpr jurisdiction united_states = jurisdiction::of_state("United States", country{"US"});

inline constexpr instrument cloud_act{
    "CLOUD Act, 18 U.S.C. 2713",
    "Clarifying Lawful Overseas Use of Data Act, Division V of Pub. L. 115-141 (23 March 2018), 18 U.S.C. 2713",
    "", united_states, since(date{2018, 3, 23})};
inline constexpr instrument fisa_section_702{
    "FISA s.702, 50 U.S.C. 1881a",
    "Foreign Intelligence Surveillance Act, Section 702 (FISA Amendments Act of 2008), as reauthorised by "
    "Pub. L. 118-49 (20 April 2024)",
    "", united_states, since(date{2008, 7, 10}), date{2026, 4, 20}};
}  // namespace us

namespace ru {
inline constexpr jurisdiction russia = jurisdiction::of_state("Russian Federation", country{"RU"});

inline constexpr instrument communications_law{
    "Russian Law 126-FZ On Communications", "Federal Law No. 126-FZ of 7 July 2003 On Communications", "", russia,
    since(date{2004, 1, 1})};
inline constexpr instrument yarovaya_package{
    "Russian Laws 374-FZ and 375-FZ", "Federal Laws No. 374-FZ and No. 375-FZ of 6 July 2016", "", russia,
    since(date{2018, 7, 1})};
}  // namespace ru

namespace eu {
inline constexpr jurisdiction european_union = jurisdiction::of_bloc("European Union", member_states);

inline constexpr instrument regulation_833_2014{
    "Reg. (EU) 833/2014",
    "Council Regulation (EU) No 833/2014 of 31 July 2014 concerning restrictive measures in view of Russia's "
    "actions destabilising the situation in Ukraine, as amended by Council Regulation (EU) 2022/576",
    "http://data.europa.eu/eli/reg/2014/833/oj", european_union, since(date{2022, 4, 9})};
}  // namespace eu

namespace law {
/// The obligations of the catalogue, one per article.
inline constexpr std::array<legal_obligation, 10> obligations{{
    {obligation_kind::intelligence_cooperation_duty, &cn::national_intelligence_law, "Art. 7",
     "organisations and citizens shall support, assist and cooperate with national intelligence work and keep "
     "its secrets",
     addressee::organisations_and_citizens},
    {obligation_kind::intelligence_cooperation_duty, &cn::national_intelligence_law, "Art. 14",
     "intelligence institutions may require organisations and citizens to provide support, assistance and "
     "cooperation",
     addressee::organisations_and_citizens},
    {obligation_kind::intelligence_cooperation_duty, &cn::cybersecurity_law, "Art. 28",
     "network operators shall provide technical support and assistance to public security and state security "
     "organs",
     addressee::network_operators},
    {obligation_kind::intelligence_cooperation_duty, &cn::national_security_law, "Art. 77",
     "citizens and organisations shall support and assist national security work",
     addressee::organisations_and_citizens},
    {obligation_kind::blocking_statute, &cn::data_security_law, "Art. 36",
     "no data stored in China may be provided to foreign judicial or law-enforcement bodies without approval of "
     "the competent PRC authority",
     addressee::organisations_and_citizens},
    {obligation_kind::compelled_disclosure, &us::cloud_act, "18 U.S.C. 2713",
     "providers must preserve and disclose data in their possession, custody or control regardless of where it "
     "is stored",
     addressee::communication_service_providers},
    {obligation_kind::compelled_disclosure, &us::fisa_section_702, "50 U.S.C. 1881a",
     "electronic communication service providers can be directed to assist in targeting non-US persons abroad",
     addressee::communication_service_providers},
    {obligation_kind::built_in_state_access, &ru::communications_law, "Art. 64",
     "operators must install equipment (SORM) giving the security service direct interception capability",
     addressee::telecom_operators},
    {obligation_kind::built_in_state_access, &ru::yarovaya_package, "374-FZ / 375-FZ",
     "operators must store communications content and metadata and hand over decryption keys",
     addressee::telecom_operators},
    {obligation_kind::procurement_sanction, &eu::regulation_833_2014, "Art. 5k",
     "no award or continued performance of public contracts with Russian nationals or entities, entities more "
     "than 50 % owned by them, or subcontractors and suppliers of them above 10 % of the value",
     addressee::contracting_authorities, sanction_target{country{"RU"}, 5000, 1000}},
}};
}  // namespace law

OVERSIGHT_END_NAMESPACE
