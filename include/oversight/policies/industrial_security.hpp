// oversight: facility security clearance by classification level.
//
// A supplier (and each subcontractor) handling classified information at CONFIDENTIAL or above
// needs a valid facility security clearance (FSC) at least at that level, under the EU scheme
// (Council Decision 2013/488/EU, Art. 11 and Annex V; Commission Decision (EU, Euratom)
// 2015/444, chapter 6, and Decision 2019/1963) or the NATO scheme (C-M(2002)49, directive
// AC/35-D/2003); RESTRICTED needs contractual security clauses, normally no FSC. The level is
// judged on the screening's day (an expired clearance does not count); `facts::supplier_clearance`
// is the highest valid EU or NATO level; national clearances are not read. Directive
// 2009/81/EC Arts 22 and 42(1)(j) let the authority require the evidence.
// Confidence: M for the CONFIDENTIAL split (facts sheet 10.5, 10.9): national rules may be
// stricter. Left out: personnel clearances, the TRES SECRET UE bar of 2015/444 Art. 39(2)
// (Commission contracts only), equivalence of national clearances.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/screening/facts.hpp>
#include <oversight/rules.hpp>

OVERSIGHT_BEGIN_NAMESPACE
namespace policies::industrial_security {

inline constexpr legal_basis council_2013_488{"Council Decision 2013/488/EU", "Art. 11 and Annex V (industrial security)",
                                               "http://data.europa.eu/eli/dec/2013/488/oj"};
inline constexpr legal_basis commission_2015_444{"Commission Decision (EU, Euratom) 2015/444",
                                                  "Chapter 6 (industrial security)",
                                                  "http://data.europa.eu/eli/dec/2015/444/oj"};
inline constexpr legal_basis nato_ac35_d2003{"NATO Security Policy C-M(2002)49", "directive AC/35-D/2003 (industrial security)"};
inline constexpr legal_basis dir_2009_81_art22{"Directive 2009/81/EC", "Arts 22 and 42(1)(j)",
                                                "http://data.europa.eu/eli/dir/2009/81/oj"};

/// The condition shared by the supplier and subcontractor rules.
inline constexpr auto clearance_short =
    facts::classification_level >= security_level::confidential && facts::supplier_clearance < facts::classification_level;

/// DENY: the supplier handles CONFIDENTIAL or above without a valid FSC at that level.
inline constexpr auto facility_clearance =
    rule<"security.facility-clearance">(effect::deny, clearance_short)
        .cite(council_2013_488, commission_2015_444, nato_ac35_d2003, dir_2009_81_art22)
        .message("{} information, supplier's valid EU/NATO facility clearance: {}", facts::classification_level,
                 facts::supplier_clearance);

/// DENY: a subcontractor shares the work without the clearance it needs (unknown without its record).
inline constexpr auto subcontractor_clearance =
    rule<"security.subcontractor-clearance">(effect::deny, any(facts::subcontractors, clearance_short))
        .cite(council_2013_488, commission_2015_444, nato_ac35_d2003, dir_2009_81_art22)
        .message("a subcontractor lacks a facility clearance for {} information", facts::classification_level);

/// ADVICE: RESTRICTED information: security clauses (a security aspects letter), no FSC.
inline constexpr auto restricted_clauses =
    rule<"security.restricted-clauses">(effect::advice, facts::classification_level == security_level::restricted)
        .cite(commission_2015_444)
        .with_obligation(obligation{"sal.restricted", "the contract includes the security clauses for RESTRICTED "
                                                      "information (security aspects letter)"})
        .message("RESTRICTED information: security clauses, no facility clearance");

inline constexpr auto policy = oversight::policy<"industrial-security", combining::deny_overrides>(
    facility_clearance, subcontractor_clearance, restricted_clauses);

/// What this policy promises for every subject, proved by
/// tests/static/analysis/shipped_promises.cpp (docs/analysis.md): CONFIDENTIAL or above handled
/// by a supplier whose facility clearance is lower is denied.
namespace promises {
inline constexpr auto clearance_below_classification = clearance_short;
}  // namespace promises

}  // namespace policies::industrial_security
OVERSIGHT_END_NAMESPACE
