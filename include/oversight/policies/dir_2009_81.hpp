// oversight: Directive 2009/81/EC on defence and security procurement, and Art. 346 TFEU.
//
// Source: Directive 2009/81/EC (http://data.europa.eu/eli/dir/2009/81/oj), facts sheet section 5.
// - Scope, Art. 2 (with the definitions of Art. 1(6)-(8)): military equipment, sensitive
//   equipment (for security purposes, involving classified information), and related works and
//   services: `facts::contract_scope`, derived from the contract's purpose, sector and
//   classification (see screening/facts.hpp). Confidence H for the scope, M for the derivation.
// - The tendering duty above the Art. 8 thresholds (the table of policies/thresholds.hpp).
// - Exclusions as exceptions: Art. 12 (international rules) and Art. 13 (specific exclusions,
//   13(b) intelligence activities among them), as recorded in the procedure
//   (`facts::excluded_under`); Art. 346(1)(b) TFEU when the member state invokes it, with the
//   counter-exception of its last clause: measures must not affect products "not intended for
//   specifically military purposes", so the exemption does not hold for a contract outside
//   the military scope (dual-use and security goods). Confidence H (Art. 346 wording via
//   2014/24 Art. 15 and the Treaty), M for reading "not military" from `defence_scope`.
// - Security of information (Art. 22), security of supply (Art. 23) and subcontracting (Art. 21)
//   are requirements the authority writes into the procedure: advice rules that carry them as
//   obligations. Detail of each article: M (facts sheet 5.8-5.10).
// Left out: Art. 346(1)(a) (information), the 1958 list of Art. 346(2), the procedures
// (Arts 25-28), exclusion of unreliable operators (Art. 39(2)(e)).
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/screening/facts.hpp>
#include <oversight/policies/thresholds.hpp>
#include <oversight/rules.hpp>

OVERSIGHT_BEGIN_NAMESPACE
namespace policies::dir_2009_81 {

inline constexpr std::string_view eli = "http://data.europa.eu/eli/dir/2009/81/oj";
inline constexpr legal_basis scope{"Directive 2009/81/EC", "Art. 2 (scope), Art. 1(6)-(8)", eli};
inline constexpr legal_basis art12{"Directive 2009/81/EC", "Art. 12 (contracts awarded pursuant to international rules)",
                                   eli};
inline constexpr legal_basis art13{"Directive 2009/81/EC", "Art. 13 (specific exclusions)", eli};
inline constexpr legal_basis art21{"Directive 2009/81/EC", "Art. 21 (subcontracting)", eli};
inline constexpr legal_basis art22{"Directive 2009/81/EC", "Art. 22 (security of information)", eli};
inline constexpr legal_basis art23{"Directive 2009/81/EC", "Art. 23 (security of supply)", eli};
inline constexpr legal_basis art346{"Treaty on the Functioning of the European Union", "Art. 346(1)(b)",
                                    "http://data.europa.eu/eli/treaty/tfeu_2016/oj"};

/// DENY: a defence or security contract at or above the Art. 8 threshold in force on the
/// launch day, awarded without an EU-wide notice. (The rules of this directive read the
/// contract's defence scope, which is what puts it under the directive, rather than the regime:
/// the scope is decided even when the buyer's kind, which only tells the classic regime from the
/// utilities one, is not recorded.)
inline constexpr auto defence_directive =
    rule<"procurement.defence-directive">(
        effect::deny, facts::buyer_under_eu_law &&
                          facts::contract_scope != defence_scope::none &&
                          thresholds::above_threshold && !facts::eu_wide_notice)
        .cite(scope, thresholds::directive_2009_81, thresholds::reg_2023_2510, thresholds::reg_2025_2487,
              transpositions::es_defensa, transpositions::fr_ccp, transpositions::de_vsvgv, transpositions::it_difesa,
              transpositions::pl_pzp, transpositions::not_recorded)
        .message("{} contract ({} scope) of {} at or above the Directive 2009/81/EC threshold, without an EU-wide "
                 "notice",
                 facts::contract_type, facts::contract_scope, facts::contract_value);

/// Art. 12: contracts governed by international rules.
inline constexpr auto art12_exclusion =
    exception<"exclusion.art12", "procurement.defence-directive">(
        facts::excluded_under.in(exclusion_ground::art12_a_international_agreement,
                                 exclusion_ground::art12_b_stationing_of_troops,
                                 exclusion_ground::art12_c_international_organisation),
        3)
        .cite(art12);

/// Art. 13(a)-(j): the specific exclusions, 13(b) (intelligence activities) among them.
inline constexpr auto art13_exclusion =
    exception<"exclusion.art13", "procurement.defence-directive">(
        facts::excluded_under.in(exclusion_ground::art13_a_security_information, exclusion_ground::art13_b_intelligence,
                                 exclusion_ground::art13_c_cooperative_programme,
                                 exclusion_ground::art13_d_third_country_deployment,
                                 exclusion_ground::art13_e_immovable_property,
                                 exclusion_ground::art13_f_government_to_government) ||
            facts::excluded_under.in(exclusion_ground::art13_g_arbitration, exclusion_ground::art13_h_financial_services,
                                     exclusion_ground::art13_i_employment,
                                     exclusion_ground::art13_j_research_services),
        3)
        .cite(art13);

/// Art. 346(1)(b) TFEU invoked: the directive yields to the essential security interest.
inline constexpr auto art346_exemption =
    exception<"exemption.art346", "procurement.defence-directive">(facts::art346_invoked, 1).cite(art346);

/// ...but not for products not intended for specifically military purposes.
inline constexpr auto art346_not_military =
    exception<"exemption.art346.not-military", "procurement.defence-directive">(
        facts::art346_invoked && facts::contract_scope != defence_scope::military, 2, exception_mode::reinstate)
        .cite(art346);

/// ADVICE (Art. 22): classified information in a defence or security contract: the tender must
/// carry the security-of-information commitments.
inline constexpr auto security_of_information =
    rule<"defence.security-of-information">(effect::advice,
                                            facts::contract_scope != defence_scope::none &&
                                                facts::classification_level != security_level::none)
        .cite(art22)
        .with_obligation(obligation{"art22.commitments",
                                    "the tender commits to safeguard the classified information during and after the "
                                    "contract, obtains the same from subcontractors, and evidences the security "
                                    "clearances"})
        .message("{} information in a defence or security contract", facts::classification_level);

/// ADVICE (Art. 23): the supplier keeps control of firmware or maintains the system remotely:
/// the authority's security-of-supply requirements apply.
inline constexpr auto security_of_supply =
    rule<"defence.security-of-supply">(effect::advice,
                                       facts::contract_scope != defence_scope::none &&
                                           (facts::firmware_control == update_control::supplier ||
                                            facts::remote_maintenance))
        .cite(art23)
        .with_obligation(obligation{"art23.commitments",
                                    "the tender commits to maintenance, modernisation and adaptation support and to "
                                    "notify changes in organisation, supply chain or industrial strategy"})
        .message("the supplier keeps {} control of firmware and updates", facts::firmware_control);

/// ADVICE (Art. 21): subcontracting in a defence or security contract: the authority may require
/// its disclosure and changes to it.
inline constexpr auto subcontracting =
    rule<"defence.subcontracting">(effect::advice,
                                   facts::contract_scope != defence_scope::none &&
                                       any(facts::subcontractors, facts::subcontract_share > std::int64_t{0}))
        .cite(art21)
        .with_obligation(obligation{"art21.disclosure",
                                    "the tenderer discloses the subcontracts, the subcontractors and any change of "
                                    "them during performance"})
        .message("a defence or security contract with subcontractors");

inline constexpr auto policy = oversight::policy<"dir-2009-81", combining::deny_overrides>(
    defence_directive, art12_exclusion, art13_exclusion, art346_exemption, art346_not_military,
    security_of_information, security_of_supply, subcontracting);

}  // namespace policies::dir_2009_81
OVERSIGHT_END_NAMESPACE
