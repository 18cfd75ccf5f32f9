// oversight: procurement restrictions aimed at a supplier's origin.
//
// 1. Council Regulation (EU) No 833/2014, Art. 5k (inserted by Regulation (EU) 2022/576, in force
//    9 April 2022; http://data.europa.eu/eli/reg/2014/833/oj; facts sheet 4.2, H): no public or
//    concession contract within the procurement directives, nor one excluded from Directive
//    2009/81/EC under Art. 13(a)-(d), (f)-(h) or (j), may be awarded to or continued with a
//    Russian national or a person established in Russia (here: incorporated or headquartered
//    there), a legal person more than 50 % owned by one directly or indirectly (here: the
//    ultimate controller through a chain of majorities is incorporated in Russia), or a
//    subcontractor, supplier or entity relied on accounting for more than 10 % of the value.
//    Left out: "acting on behalf or at the direction of" (no fact records it) and the
//    derogations of Art. 5k(2) and (3).
// 2. The first measure of the International Procurement Instrument (Regulation (EU) 2022/1031),
//    Commission Implementing Regulation (EU) 2025/1197 (facts sheet 4.1, H): procedures for
//    medical devices (CPV 33100000-1 to 33199000-1) with an estimated value of EUR 5,000,000 or
//    more, net of VAT, launched on or after 30 June 2025, exclude tenders of operators
//    originating in the PRC. Origin is read here as incorporation or headquarters in CN (the
//    IPI Regulation's own origin test also looks at substantive business operations: M). Left
//    out: the 50 % cap on PRC-origin inputs, call-offs under existing framework agreements.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/cpv.hpp>
#include <oversight/domain/facts.hpp>
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

/// DENY: a Russian subcontractor accounts for more than 10 % of the value.
inline constexpr auto art5k_subcontractor =
    rule<"sanctions.art5k.subcontractor">(effect::deny,
                                          within_art5k && any(facts::subcontractors,
                                                              facts::subcontract_share > std::int64_t{1000} && russian))
        .cite(reg_833_2014_art5k)
        .in_force_during(since(art5k_from))
        .message("a Russian subcontractor accounts for more than 10 % of the contract value");

/// CPV 33100000-1 to 33199000-1.
inline constexpr cpv_range medical_devices{"CPV 33100000-1..33199000-1 (medical devices)", cpv_code{"33100000-1"},
                                           cpv_code{"33199000-1"}};

/// DENY: a PRC operator in an IPI-covered medical-devices procedure.
inline constexpr auto ipi_medical_devices =
    rule<"procurement.ipi-medical-devices">(
        effect::deny, facts::cpv_within(medical_devices) &&
                          facts::contract_value >= thresholds::eur(5'000'000) && facts::procedure_launched >= ipi_from &&
                          (facts::supplier_incorporated == country{"CN"} || facts::supplier_hq == country{"CN"}))
        .cite(ipi_2025_1197, ipi_regulation)
        .message("medical devices worth {} from an operator established in {}", facts::contract_value,
                 facts::supplier_hq);

inline constexpr auto policy = oversight::policy<"sanctions", combining::deny_overrides>(
    art5k_supplier, art5k_subcontractor, ipi_medical_devices);

}  // namespace policies::sanctions
OVERSIGHT_END_NAMESPACE
