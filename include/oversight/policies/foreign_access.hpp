// oversight: foreign states' legal reach into a supplier, against what the contract lets it reach.
//
// The supplier's binding obligations (`facts::supplier_bound_by`, from the catalogue
// `law::obligations` through incorporation, headquarters and control, on the day; see
// domain/obligations.hpp) are read by kind, never as one "risky country" flag (facts sheet 7):
// - intelligence_cooperation_duty: PRC National Intelligence Law Arts 7 and 14 (H), National
//   Security Law Art. 77 and Cybersecurity Law Art. 28 (M);
// - built_in_state_access: Russian Federal Law 126-FZ Art. 64 (SORM) and 374-FZ/375-FZ (M);
// - compelled_disclosure: US CLOUD Act, 18 U.S.C. 2713 (H), FISA s.702, 50 U.S.C. 1881a (H until
//   its 20 April 2026 sunset, unverified after: the rule is then Indeterminate, not silent);
// - blocking_statute: PRC Data Security Law Art. 36 (M).
// What each rule decides (deny, review, advice) is this library's policy choice, not an
// instrument's: no EU act forbids contracting a supplier bound by such a law. Rules for
// subcontractors read the same facts from each subcontract.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/screening/facts.hpp>
#include <oversight/rules.hpp>

OVERSIGHT_BEGIN_NAMESPACE
namespace policies::foreign_access {

inline constexpr legal_basis prc_intelligence_law{"PRC National Intelligence Law (2017, amended 2018)", "Arts 7 and 14"};
inline constexpr legal_basis prc_national_security_law{"PRC National Security Law (2015)", "Art. 77"};
inline constexpr legal_basis prc_data_security_law{"PRC Data Security Law (2021)", "Art. 36"};
inline constexpr legal_basis ru_sorm{"Russian Federal Law 126-FZ on Communications", "Art. 64 (SORM)"};
inline constexpr legal_basis us_cloud_act{"US CLOUD Act (2018)", "18 U.S.C. 2713"};
inline constexpr legal_basis us_fisa_702{"US Foreign Intelligence Surveillance Act", "s.702, 50 U.S.C. 1881a"};

/// The purposes where a foreign state's access is a security matter.
inline constexpr auto sensitive_purpose =
    facts::contract_purpose.in(purpose::critical_infrastructure, purpose::lawful_interception, purpose::public_security,
                               purpose::defence, purpose::intelligence_activity);

/// DENY: a supplier bound to cooperate with a foreign state's intelligence work can reach data
/// of a sensitive system.
inline constexpr auto intelligence_cooperation =
    rule<"supplier.intelligence-cooperation">(
        effect::deny, facts::bound_by(obligation_kind::intelligence_cooperation_duty) &&
                          facts::supplier_access != data_access::none && sensitive_purpose)
        .cite(prc_intelligence_law, prc_national_security_law)
        .message("a supplier bound to cooperate with state intelligence work has {} access to a {} system",
                 facts::supplier_access, facts::contract_purpose);

/// DENY: a supplier under a law mandating built-in state interception can reach data.
inline constexpr auto built_in_access =
    rule<"supplier.built-in-state-access">(effect::deny, facts::bound_by(obligation_kind::built_in_state_access) &&
                                                             facts::supplier_access != data_access::none)
        .cite(ru_sorm)
        .message("a supplier under a built-in state access law has {} access", facts::supplier_access);

/// REVIEW: a supplier that can be compelled to disclose data it controls reaches content of a
/// sensitive system.
inline constexpr auto compelled_disclosure =
    rule<"supplier.compelled-disclosure">(effect::review, facts::bound_by(obligation_kind::compelled_disclosure) &&
                                                              facts::supplier_access == data_access::content &&
                                                              sensitive_purpose)
        .cite(us_cloud_act, us_fisa_702)
        .message("a supplier subject to compelled disclosure has access to content of a {} system",
                 facts::contract_purpose);

/// ADVICE: a blocking statute may keep data held abroad from the buyer's own authorities.
inline constexpr auto blocking_statute =
    rule<"supplier.blocking-statute">(effect::advice, facts::bound_by(obligation_kind::blocking_statute) &&
                                                          facts::supplier_access != data_access::none)
        .cite(prc_data_security_law)
        .message("a blocking statute binds the supplier: data it holds abroad may not reach the buyer's authorities");

/// REVIEW: a subcontractor bound to cooperate with intelligence work, or under built-in state
/// access, on a contract whose supplier reaches data of a sensitive system.
inline constexpr auto subcontractor_cooperation =
    rule<"subcontractor.intelligence-cooperation">(
        effect::review, any(facts::subcontractors, facts::bound_by(obligation_kind::intelligence_cooperation_duty,
                                                                   obligation_kind::built_in_state_access)) &&
                            facts::supplier_access != data_access::none && sensitive_purpose)
        .cite(prc_intelligence_law, ru_sorm)
        .message("a subcontractor is bound to cooperate with a foreign state's intelligence work");

inline constexpr auto policy = oversight::policy<"foreign-access", combining::deny_overrides>(
    intelligence_cooperation, built_in_access, compelled_disclosure, blocking_statute, subcontractor_cooperation);

}  // namespace policies::foreign_access
OVERSIGHT_END_NAMESPACE
