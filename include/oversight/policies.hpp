// oversight: every policy encoding. RP-1's CSV reader (policies/rp1_csv.hpp) allocates and is
// included by name.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/policies/collective_defence.hpp>
#include <oversight/policies/dir_2009_81.hpp>
#include <oversight/policies/ens.hpp>
#include <oversight/policies/foreign_access.hpp>
#include <oversight/policies/high_risk_suppliers.hpp>
#include <oversight/policies/industrial_security.hpp>
#include <oversight/policies/rp1.hpp>
#include <oversight/policies/sanctions.hpp>
#include <oversight/policies/sitel.hpp>
#include <oversight/policies/thresholds.hpp>
