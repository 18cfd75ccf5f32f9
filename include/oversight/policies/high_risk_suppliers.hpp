// oversight: high-risk suppliers (5G Toolbox, Commission communication of 15 June 2023) and the
// NIS2 supply-chain duty.
//
// Sources (facts sheet section 6):
// - EU Toolbox of risk-mitigating measures (NIS Cooperation Group), endorsed by Commission
//   Communication COM(2020) 50 of 29 January 2020: strategic measure SM03, restrictions (up to
//   exclusion) on suppliers assessed as high risk for key assets (M: measure names from
//   secondary sources);
// - Commission Communication of 15 June 2023 on implementing the Toolbox: Huawei and ZTE
//   present materially higher risks; restricting them is justified (H). Read here as: a supplier
//   designated high-risk on the day of the check (`facts::supplier_designated_high_risk`) may
//   not serve a critical or security purpose. The Toolbox itself concerns 5G networks; applying
//   it to other critical systems follows the Commission's own reading of the SITEL contract
//   (facts sheet 6.5, M) and is a policy choice, stated as such;
// - NIS2, Directive (EU) 2022/2555 (http://data.europa.eu/eli/dir/2022/2555/oj): Art. 21(2)(d)
//   supply-chain security as part of risk management, Art. 21(3) and Art. 22 coordinated
//   risk assessments (M/H); applies from 18 October 2024 (Art. 41; M); Art. 2(7) excludes public
//   administration entities acting predominantly in national security, public security,
//   defence or law enforcement (H, recital 8): an exception here.
// Left out: the technical measures TM01-TM13; who is an essential or important entity beyond
// central government (Annex I sector 10 is read as any central-government authority).
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/screening/facts.hpp>
#include <oversight/rules.hpp>

OVERSIGHT_BEGIN_NAMESPACE
namespace policies::hrs {

inline constexpr legal_basis toolbox_sm03{"EU Toolbox of risk-mitigating measures (NIS Cooperation Group, 2020), "
                                          "endorsed by COM(2020) 50",
                                          "strategic measure SM03 (restrictions on high-risk suppliers)"};
inline constexpr legal_basis communication_2023{"Commission Communication on the implementation of the 5G "
                                                "cybersecurity Toolbox (15 June 2023)",
                                                "high-risk suppliers"};
inline constexpr std::string_view nis2_eli = "http://data.europa.eu/eli/dir/2022/2555/oj";
inline constexpr legal_basis nis2_art21{"Directive (EU) 2022/2555 (NIS2)", "Art. 21(2)(d) and (3) (supply chain)",
                                        nis2_eli};
inline constexpr legal_basis nis2_art22{"Directive (EU) 2022/2555 (NIS2)", "Art. 22 (coordinated risk assessments)",
                                        nis2_eli};
inline constexpr legal_basis nis2_art2_7{"Directive (EU) 2022/2555 (NIS2)", "Art. 2(7) and recital 8", nis2_eli};

/// NIS2 applies from 18 October 2024 (Art. 41(1), second subparagraph).
inline constexpr date nis2_applies_from{2024, 10, 18};

/// The purposes treated as critical or security-sensitive.
inline constexpr auto critical_purpose =
    facts::contract_purpose.in(purpose::critical_infrastructure, purpose::lawful_interception, purpose::public_security,
                               purpose::defence, purpose::intelligence_activity);

/// DENY: a supplier designated high-risk (on the day) serves a critical or security purpose.
inline constexpr auto high_risk_supplier =
    rule<"supplier.high-risk">(effect::deny, facts::supplier_designated_high_risk && critical_purpose)
        .cite(toolbox_sm03, communication_2023)
        .message("a supplier designated high-risk serves a {} system", facts::contract_purpose);

/// REVIEW: a subcontractor designated high-risk serves a critical or security purpose.
inline constexpr auto high_risk_subcontractor =
    rule<"supplier.high-risk-subcontractor">(effect::review,
                                             any(facts::subcontractors, facts::supplier_designated_high_risk) &&
                                                 critical_purpose)
        .cite(toolbox_sm03, communication_2023)
        .message("a subcontractor designated high-risk in a {} system", facts::contract_purpose);

/// REVIEW (NIS2 Art. 21(2)(d)): a central-government entity gives a supplier access to data, or
/// leaves firmware or remote maintenance with it, and the supplier is designated high-risk or
/// bound to cooperate with a foreign state's intelligence work: its supply-chain risk
/// assessment must address it.
inline constexpr auto nis2_supply_chain =
    rule<"nis2.supply-chain">(effect::review,
                              facts::buyer_kind == authority_kind::central_government &&
                                  (facts::supplier_access != data_access::none ||
                                   facts::firmware_control == update_control::supplier || facts::remote_maintenance) &&
                                  (facts::supplier_designated_high_risk ||
                                   facts::bound_by(obligation_kind::intelligence_cooperation_duty,
                                                   obligation_kind::built_in_state_access)))
        .cite(nis2_art21, nis2_art22)
        .in_force_during(since(nis2_applies_from))
        .with_obligation(obligation{"nis2.supply-chain-assessment",
                                    "the entity's supply-chain risk assessment addresses this supplier's "
                                    "vulnerabilities and the results of coordinated risk assessments"})
        .message("supplier with {} access and {} control of updates, a supply-chain risk", facts::supplier_access,
                 facts::firmware_control);

/// NIS2 Art. 2(7): not for public administration acting in national security, public security,
/// defence or law enforcement.
inline constexpr auto nis2_excluded_activity =
    exception<"nis2.excluded-activity", "nis2.supply-chain">(
        facts::contract_purpose.in(purpose::lawful_interception, purpose::public_security, purpose::defence,
                                   purpose::intelligence_activity))
        .cite(nis2_art2_7);

inline constexpr auto policy = oversight::policy<"high-risk-suppliers", combining::deny_overrides>(
    high_risk_supplier, high_risk_subcontractor, nis2_supply_chain, nis2_excluded_activity);

/// What this policy promises for every subject, proved by
/// tests/static/analysis/shipped_promises.cpp with `oversight::analysis::always_denies_when`
/// (docs/analysis.md): a supplier designated high-risk is denied a lawful-interception system.
namespace promises {
inline constexpr auto high_risk_on_lawful_interception =
    facts::supplier_designated_high_risk && facts::contract_purpose == purpose::lawful_interception;
}  // namespace promises

}  // namespace policies::hrs
OVERSIGHT_END_NAMESPACE
