// oversight: procurement restrictions aimed at a supplier's origin.
//
// 1. Council Regulation (EU) No 833/2014, Art. 5k (inserted by Regulation (EU) 2022/576, in force
//    9 April 2022; http://data.europa.eu/eli/reg/2014/833/oj; facts sheet 4.2, H; the text of
//    Art. 5k(1) re-read in the Latvian procurement office's notice of 9 April 2022 and a copy of
//    the article): no public or concession contract within the procurement directives, nor one
//    excluded from Directive 2009/81/EC under Art. 13(a)-(d), (f)-(h) or (j), may be awarded to
//    or continued with
//    (a) a Russian national or a person established in Russia (here: incorporated or
//        headquartered there),
//    (b) a legal person more than 50 % owned, directly or indirectly, by one (here: the ultimate
//        controller through a chain of majorities is incorporated in Russia; 50 % is not caught,
//        50.01 % is), or
//    (c) a person "acting on behalf or at the direction of" one of those (`facts::
//        supplier_acts_for_russian`, recorded on the supplier; unknown when not recorded, so the
//        rule is then Indeterminate),
//    "including", where they account for more than 10 % of the contract value, subcontractors,
//    suppliers or entities whose capacities are relied on (here: the subcontracts; 10 % is not
//    caught, 10.01 % is).
//    Left out: the derogations of Art. 5k(2) and (3), the wind-down of contracts concluded before
//    9 April 2022, and suppliers or relied-on entities that are not recorded as subcontracts.
// 2. The first measure of the International Procurement Instrument (Regulation (EU) 2022/1031),
//    Commission Implementing Regulation (EU) 2025/1197 of 19 June 2025 (facts sheet 4.1, H):
//    procedures for medical devices (CPV 33100000-1 to 33199000-1) with an estimated value of
//    EUR 5,000,000 or more, net of VAT, launched on or after 30 June 2025,
//    - exclude tenders of operators originating in the PRC. Origin is read here as incorporation
//      or headquarters in CN (the IPI Regulation's own origin test also looks at substantive
//      business operations: M);
//    - cap the products originating in the PRC in the other tenders: they may not represent more
//      than 50 % of the total value of the contract (the Finnish Ministry for Foreign Affairs'
//      release of 23 June 2025 and law-firm summaries of the OJ text; 50 % is allowed, 50.01 % is
//      not). The article of 2025/1197 that sets the cap was not read (confidence M for the
//      article, H for the figure); the share is recorded on the contract
//      (`facts::prc_origin_share`, unknown when not recorded).
//    A call-off is judged by its framework agreement's procedure: IPI measures do not apply to
//    the procedures that award contracts under a framework agreement (Regulation (EU) 2022/1031,
//    Art. 8; the article's paragraph is M, the rule H: the Parliament's text of the article and
//    law-firm summaries of the measure, "not when awarding contracts under an existing framework
//    agreement"). So a call-off under a framework agreement whose procedure was launched before
//    30 June 2025 is outside the measure, whatever its own launch; under one launched later, the
//    framework agreement's procedure was within it, and what it had to exclude cannot be called
//    off. The value that meets EUR 5,000,000 is then the framework agreement's estimated value.
//    Whether a contract is a call-off is read from the contract (`contract::framework`); not
//    recorded, a PRC supplier within the rest of the scope is Indeterminate.
//    Left out: the exception where no alternative source of supply exists.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/cpv.hpp>
#include <oversight/screening/facts.hpp>
#include <oversight/policies/thresholds.hpp>
#include <oversight/rules.hpp>

OVERSIGHT_BEGIN_NAMESPACE
namespace policies::sanctions {

inline constexpr legal_basis reg_833_2014_art5k{"Council Regulation (EU) No 833/2014", "Art. 5k(1)",
                                                "http://data.europa.eu/eli/reg/2014/833/oj"};
inline constexpr legal_basis ipi_regulation{"Regulation (EU) 2022/1031 (International Procurement Instrument)", "",
                                            "http://data.europa.eu/eli/reg/2022/1031/oj"};
inline constexpr legal_basis ipi_2025_1197{"Commission Implementing Regulation (EU) 2025/1197",
                                           "IPI measure on medical devices",
                                           "http://data.europa.eu/eli/reg_impl/2025/1197/oj"};
inline constexpr legal_basis ipi_2025_1197_cap{"Commission Implementing Regulation (EU) 2025/1197",
                                               "IPI measure on medical devices: PRC-origin products at most 50 % of "
                                               "the contract value",
                                               "http://data.europa.eu/eli/reg_impl/2025/1197/oj"};
inline constexpr legal_basis ipi_framework_call_offs{"Regulation (EU) 2022/1031 (International Procurement Instrument)",
                                                     "Art. 8: not applied to awards under a framework agreement",
                                                     "http://data.europa.eu/eli/reg/2022/1031/oj"};
inline constexpr legal_basis reg_833_2014_art5k_c{"Council Regulation (EU) No 833/2014",
                                                  "Art. 5k(1)(c) (acting on behalf or at the direction of)",
                                                  "http://data.europa.eu/eli/reg/2014/833/oj"};

/// Art. 5k applies from 9 April 2022.
inline constexpr date art5k_from{2022, 4, 9};
/// The IPI measure applies to procedures launched from 30 June 2025.
inline constexpr date ipi_from{2025, 6, 30};

/// The contracts Art. 5k reaches: not those excluded from 2009/81 on grounds Art. 5k does not list.
inline constexpr auto within_art5k =
    !facts::excluded_under.in(exclusion_ground::art12_a_international_agreement,
                              exclusion_ground::art12_b_stationing_of_troops,
                              exclusion_ground::art12_c_international_organisation,
                              exclusion_ground::art13_e_immovable_property, exclusion_ground::art13_i_employment);

/// Russian by establishment or by majority ownership.
inline constexpr auto russian = facts::supplier_incorporated == country{"RU"} || facts::supplier_hq == country{"RU"} ||
                                facts::controller_state == country{"RU"};

/// DENY: the contract goes to a Russian person or one majority-owned by one.
inline constexpr auto art5k_supplier =
    rule<"sanctions.art5k">(effect::deny, within_art5k && russian)
        .cite(reg_833_2014_art5k)
        .in_force_during(since(art5k_from))
        .message("the supplier is established in {} and controlled from {}", facts::supplier_hq,
                 facts::controller_state);

/// DENY (Art. 5k(1)(c)): the supplier acts on behalf or at the direction of a Russian person or
/// one majority-owned by one. Unknown when the supplier's record does not say.
inline constexpr auto art5k_agent =
    rule<"sanctions.art5k.agent">(effect::deny, within_art5k && facts::supplier_acts_for_russian)
        .cite(reg_833_2014_art5k_c)
        .in_force_during(since(art5k_from))
        .message("the supplier acts on behalf or at the direction of a Russian person");

/// DENY: a subcontractor of (a), (b) or (c) accounts for more than 10 % of the value.
inline constexpr auto art5k_subcontractor =
    rule<"sanctions.art5k.subcontractor">(
        effect::deny,
        within_art5k && any(facts::subcontractors, facts::subcontract_share > std::int64_t{1000} &&
                                                       (russian || facts::supplier_acts_for_russian)))
        .cite(reg_833_2014_art5k, reg_833_2014_art5k_c)
        .in_force_during(since(art5k_from))
        .message("a Russian subcontractor, or one acting for a Russian person, accounts for more than 10 % of the "
                 "contract value");

/// CPV 33100000-1 to 33199000-1.
inline constexpr cpv_range medical_devices{"CPV 33100000-1..33199000-1 (medical devices)", cpv_code{"33100000-1"},
                                           cpv_code{"33199000-1"}};

/// The procedure that awards the contract is within the IPI measure on medical devices: the
/// contract's own (EUR 5,000,000 or more, launched on or after 30 June 2025), or, for a
/// call-off, its framework agreement's. A call-off is never launched before its framework
/// agreement (`validate`, OVS-E277), so one launched before 30 June 2025 is outside whether it
/// is a call-off or not.
inline constexpr auto ipi_procedure =
    facts::cpv_within(medical_devices) && facts::procedure_launched >= ipi_from &&
    ((!facts::call_off && facts::contract_value >= thresholds::eur(5'000'000)) ||
     (facts::call_off && facts::framework_value >= thresholds::eur(5'000'000) && facts::framework_launched >= ipi_from));

/// DENY: a PRC operator in an IPI-covered medical-devices procedure.
inline constexpr auto ipi_medical_devices =
    rule<"procurement.ipi-medical-devices">(
        effect::deny,
        ipi_procedure && (facts::supplier_incorporated == country{"CN"} || facts::supplier_hq == country{"CN"}))
        .cite(ipi_2025_1197, ipi_framework_call_offs)
        .message("medical devices worth {} from an operator established in {}", facts::contract_value,
                 facts::supplier_hq);

/// DENY: in an IPI-covered medical-devices procedure, products originating in the PRC make up
/// more than 50 % (5000 basis points) of the tender.
inline constexpr auto ipi_prc_origin_cap =
    rule<"procurement.ipi-prc-origin-cap">(
        effect::deny, ipi_procedure && facts::prc_origin_share > std::int64_t{5000})
        .cite(ipi_2025_1197_cap, ipi_framework_call_offs)
        .message("products originating in the PRC make up {} basis points of a medical-devices tender of {}",
                 facts::prc_origin_share, facts::contract_value);

inline constexpr auto policy = oversight::policy<"sanctions", combining::deny_overrides>(
    art5k_supplier, art5k_agent, art5k_subcontractor, ipi_medical_devices, ipi_prc_origin_cap);

/// What this policy promises for every subject on any day from `art5k_from`, proved by
/// tests/static/analysis/shipped_promises.cpp (docs/analysis.md): a Russian supplier (by
/// establishment, headquarters or control) within Art. 5k is denied.
namespace promises {
inline constexpr auto russian_supplier_within_art5k = within_art5k && russian;
}  // namespace promises

}  // namespace policies::sanctions
OVERSIGHT_END_NAMESPACE
