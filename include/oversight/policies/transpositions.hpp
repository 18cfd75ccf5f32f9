// oversight: the national acts that transpose the EU procurement directives, by member state,
// regime and the day from which they apply to a procedure.
//
// A finding under a directive cites the act of the buyer's member state that transposes it, for
// the procedures that act governs (the day the procedure was launched): `procurement.eu-tender`
// and `procurement.defence-directive` cite it beside the directive's article. A state, regime or
// day without an act here is cited as not recorded, never guessed. Recorded: Spain, France,
// Germany, Italy and Poland.
//
// Sources and confidence (H: the act's text or an official publication; M: reliable secondary
// sources that agree):
//  - ES: Ley 9/2017, de 8 de noviembre, de Contratos del Sector Público (BOE 9 Nov 2017), transposes
//    Directives 2014/23/EU and 2014/24/EU (facts sheet 8.4.1, H); in force 9 March 2018, its
//    final provision 16 (M: Catalan and Spanish official and professional notices agree). Ley
//    24/2011, de 1 de agosto, de contratos del sector público en los ámbitos de la defensa y de la
//    seguridad (BOE 184, 2 Aug 2011), transposes Directive 2009/81/EC (facts sheet 8.4.3, H); the
//    day it applied from is not recorded here, so it is cited for procedures launched from
//    9 March 2018 only. Directive 2014/25/EU: not recorded.
//  - FR: the Code de la commande publique (legislative part: ordonnance n° 2018-1074 du 26 novembre
//    2018; regulatory part: décret n° 2018-1075 du 3 décembre 2018), which brings the rules on
//    public contracts, defence or security contracts and concessions into one code; it applies to
//    procedures launched from 1 April 2019 (H: Légifrance, the ordonnance's consolidated text; M for
//    the four directives it covers).
//  - DE: Part 4 of the Gesetz gegen Wettbewerbsbeschränkungen (GWB, §§ 97 ff.), as recast by the
//    Vergaberechtsmodernisierungsgesetz of 17 February 2016 (BGBl. I S. 203), with the Vergabe-
//    verordnung (VgV, 2014/24/EU), the Sektorenverordnung (SektVO, 2014/25/EU), the Konzessions-
//    vergabeverordnung (KonzVgV, 2014/23/EU) and the Vergabeverordnung Verteidigung und Sicherheit
//    (VSVgV, 2009/81/EC); in force 18 April 2016 (H: the federal ministry's page on the
//    Vergaberechtsmodernisierungsverordnung; M: law firms' notes agree).
//  - IT: Decreto legislativo 31 marzo 2023, n. 36, Codice dei contratti pubblici: in force 1 April
//    2023, effective 1 July 2023 (Art. 229); Decreto legislativo 18 aprile 2016, n. 50 keeps
//    governing procedures whose notice was published before (Art. 226(2)) (H: the decree's text as
//    republished); both codes cover the classic, sector and concession directives (M), the 2016 one
//    from 19 April 2016. Directive 2009/81/EC: Decreto legislativo 15 novembre 2011, n. 208 (M);
//    the day it applied from is not recorded here, so it is cited from 1 July 2023 only.
//  - PL: Ustawa z dnia 11 września 2019 r. – Prawo zamówień publicznych (Dz.U. 2019 poz. 2019),
//    in force 1 January 2021, covering classic, sector and defence and security contracts (M);
//    concessions: ustawa z dnia 21 października 2016 r. o umowie koncesji na roboty budowlane lub
//    usługi (M; the day it applies from is not recorded: cited from 1 January 2021).
// Left out: the earlier acts of each state (before the days above), the other member states, the
// regional acts of federal or devolved states, and which provisions of each act transpose which
// article.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/domain/regime.hpp>
#include <oversight/rules/rule.hpp>

#include <array>
#include <optional>

OVERSIGHT_BEGIN_NAMESPACE
namespace policies::transpositions {

inline constexpr legal_basis es_lcsp{"Ley 9/2017, de Contratos del Sector Público (Spain)",
                                     "transposes Directives 2014/23/EU and 2014/24/EU",
                                     "https://www.boe.es/eli/es/l/2017/11/08/9"};
inline constexpr legal_basis es_defensa{"Ley 24/2011, de contratos del sector público en los ámbitos de la defensa y de "
                                        "la seguridad (Spain)",
                                        "transposes Directive 2009/81/EC", "https://www.boe.es/eli/es/l/2011/08/01/24"};
inline constexpr legal_basis fr_ccp{"Code de la commande publique (France)",
                                    "ordonnance n° 2018-1074 and décret n° 2018-1075; procedures from 1 April 2019"};
inline constexpr legal_basis de_gwb{"Gesetz gegen Wettbewerbsbeschränkungen, Teil 4 (Germany)",
                                    "§§ 97 ff., as recast from 18 April 2016, with VgV, SektVO and KonzVgV"};
inline constexpr legal_basis de_vsvgv{"Vergabeverordnung Verteidigung und Sicherheit (VSVgV, Germany)",
                                      "with GWB Teil 4; transposes Directive 2009/81/EC"};
inline constexpr legal_basis it_codice_2023{"Decreto legislativo 31 marzo 2023, n. 36, Codice dei contratti pubblici "
                                            "(Italy)",
                                            "procedures whose notice is published from 1 July 2023 (Art. 229)"};
inline constexpr legal_basis it_codice_2016{"Decreto legislativo 18 aprile 2016, n. 50 (Italy)",
                                            "procedures whose notice was published before 1 July 2023 (d.lgs. 36/2023, "
                                            "Art. 226(2))"};
inline constexpr legal_basis it_difesa{"Decreto legislativo 15 novembre 2011, n. 208 (Italy)",
                                       "transposes Directive 2009/81/EC"};
inline constexpr legal_basis pl_pzp{"Ustawa z dnia 11 września 2019 r. – Prawo zamówień publicznych (Poland)",
                                    "Dz.U. 2019 poz. 2019; in force 1 January 2021"};
inline constexpr legal_basis pl_koncesje{"Ustawa z dnia 21 października 2016 r. o umowie koncesji na roboty budowlane "
                                         "lub usługi (Poland)",
                                         "transposes Directive 2014/23/EU"};
/// Cited where the buyer's state, the regime or the day has no act here.
inline constexpr legal_basis not_recorded{"The transposing act of the buyer's member state",
                                          "not recorded in this library for this state, directive and day"};

/// One act: for procedures of `regime` launched by a buyer of `state` during `applies`.
struct act {
  country state;
  procurement_regime regime;
  period applies;
  const legal_basis* basis;
};

namespace detail {
using r = procurement_regime;
inline constexpr date es_from{2018, 3, 9};
inline constexpr date fr_from{2019, 4, 1};
inline constexpr date de_from{2016, 4, 18};
inline constexpr date it_2023{2023, 7, 1};
inline constexpr date it_2016{2016, 4, 19};
inline constexpr date pl_from{2021, 1, 1};
inline constexpr period it_2016_code{it_2016, date{2023, 6, 30}};
}  // namespace detail

/// Every act recorded, by state.
inline constexpr std::array<act, 22> acts{{
    {country{"ES"}, detail::r::classic, since(detail::es_from), &es_lcsp},
    {country{"ES"}, detail::r::concessions, since(detail::es_from), &es_lcsp},
    {country{"ES"}, detail::r::defence_and_security, since(detail::es_from), &es_defensa},
    {country{"FR"}, detail::r::classic, since(detail::fr_from), &fr_ccp},
    {country{"FR"}, detail::r::utilities, since(detail::fr_from), &fr_ccp},
    {country{"FR"}, detail::r::concessions, since(detail::fr_from), &fr_ccp},
    {country{"FR"}, detail::r::defence_and_security, since(detail::fr_from), &fr_ccp},
    {country{"DE"}, detail::r::classic, since(detail::de_from), &de_gwb},
    {country{"DE"}, detail::r::utilities, since(detail::de_from), &de_gwb},
    {country{"DE"}, detail::r::concessions, since(detail::de_from), &de_gwb},
    {country{"DE"}, detail::r::defence_and_security, since(detail::de_from), &de_vsvgv},
    {country{"IT"}, detail::r::classic, detail::it_2016_code, &it_codice_2016},
    {country{"IT"}, detail::r::utilities, detail::it_2016_code, &it_codice_2016},
    {country{"IT"}, detail::r::concessions, detail::it_2016_code, &it_codice_2016},
    {country{"IT"}, detail::r::classic, since(detail::it_2023), &it_codice_2023},
    {country{"IT"}, detail::r::utilities, since(detail::it_2023), &it_codice_2023},
    {country{"IT"}, detail::r::concessions, since(detail::it_2023), &it_codice_2023},
    {country{"IT"}, detail::r::defence_and_security, since(detail::it_2023), &it_difesa},
    {country{"PL"}, detail::r::classic, since(detail::pl_from), &pl_pzp},
    {country{"PL"}, detail::r::utilities, since(detail::pl_from), &pl_pzp},
    {country{"PL"}, detail::r::defence_and_security, since(detail::pl_from), &pl_pzp},
    {country{"PL"}, detail::r::concessions, since(detail::pl_from), &pl_koncesje},
}};

/// The act that transposes `regime` for a procedure launched by a buyer of `state` on `launched`;
/// std::nullopt where none is recorded.
constexpr std::optional<legal_basis> act_for(country state, procurement_regime regime, date launched) noexcept {
  for (const act& a : acts)
    if (a.state == state && a.regime == regime && a.applies.contains(launched)) return *a.basis;
  return std::nullopt;
}

/// Every basis the transpositions may cite, `not_recorded` last.
inline constexpr legal_basis all_bases[] = {es_lcsp, es_defensa,     fr_ccp,         de_gwb,    de_vsvgv,    it_codice_2023,
                                            it_codice_2016, it_difesa, pl_pzp, pl_koncesje, not_recorded};

}  // namespace policies::transpositions
OVERSIGHT_END_NAMESPACE
