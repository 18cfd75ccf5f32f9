// oversight: the umbrella header. It includes every core part (rules, domain, screening,
// consent, workflow, report) and no optional adapter (adapters under oversight/adapt/ have
// their own dependencies and are included by name). The catalogues of real law,
// <oversight/policies.hpp> or one instrument's header under oversight/policies/, are included
// by name too: each policy is built and validated at compile time, a cost only the
// translation units that use it pay.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/consent.hpp>
#include <oversight/domain.hpp>
#include <oversight/error.hpp>
#include <oversight/report.hpp>
#include <oversight/rules.hpp>
#include <oversight/rules/explain.hpp>
#include <oversight/rules/text.hpp>
#include <oversight/screening.hpp>
#include <oversight/workflow.hpp>
