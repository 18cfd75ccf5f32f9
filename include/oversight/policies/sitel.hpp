// oversight: the combined policy for the SITEL case (a lawful-interception storage contract).
//
// Every real policy of this directory, nested, deny-overrides: the EU tendering duty
// (thresholds.hpp), Directive 2009/81/EC with its exclusions and Art. 346 TFEU, high-risk
// suppliers and NIS2, foreign access, sanctions, industrial security and the proposed consent
// for collective-defence contracts (a proposal, not law in force: collective_defence.hpp).
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/policies/collective_defence.hpp>
#include <oversight/policies/dir_2009_81.hpp>
#include <oversight/policies/foreign_access.hpp>
#include <oversight/policies/high_risk_suppliers.hpp>
#include <oversight/policies/industrial_security.hpp>
#include <oversight/policies/sanctions.hpp>
#include <oversight/policies/thresholds.hpp>
#include <oversight/rules.hpp>

OVERSIGHT_BEGIN_NAMESPACE
namespace policies::sitel {

inline constexpr auto policy = oversight::policy<"sitel", combining::deny_overrides>(
    thresholds::policy, dir_2009_81::policy, hrs::policy, foreign_access::policy, sanctions::policy,
    industrial_security::policy, collective_defence::policy);

/// What the combined policy promises for every subject, proved by
/// tests/static/analysis/shipped_promises.cpp (docs/analysis.md): a supplier designated high-risk
/// is denied a lawful-interception system, whatever the other policies decide; so is a Russian
/// supplier within Art. 5k of Regulation (EU) No 833/2014 on any day from 9 April 2022.
namespace promises {
inline constexpr auto high_risk_on_lawful_interception = hrs::promises::high_risk_on_lawful_interception;
inline constexpr auto russian_supplier_within_art5k = sanctions::within_art5k && sanctions::russian;
}  // namespace promises

}  // namespace policies::sitel
OVERSIGHT_END_NAMESPACE
