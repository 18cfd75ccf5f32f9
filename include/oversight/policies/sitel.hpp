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

}  // namespace policies::sitel
OVERSIGHT_END_NAMESPACE
