// oversight: the rule engine. Facts, conditions, rules, exceptions, policies combined with the
// XACML 3.0 algorithms, and the entry points `check` (verdict, constexpr), `require` (compile
// error naming the violated rule), `evaluate_into` (findings, no allocation), and their batch
// forms `check_all` and `findings_all` (many subjects in one call, without branches).
//
// Explanations (`explain`) and text (`to_text`, `to_markdown`) allocate and are included
// separately: <oversight/rules/explain.hpp>, <oversight/rules/text.hpp>; the umbrella
// <oversight/oversight.hpp> includes them too.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/rules/batch.hpp>
#include <oversight/rules/combining.hpp>
#include <oversight/rules/decision.hpp>
#include <oversight/rules/decision_table.hpp>
#include <oversight/rules/expression.hpp>
#include <oversight/rules/fact.hpp>
#include <oversight/rules/findings.hpp>
#include <oversight/rules/policy.hpp>
#include <oversight/rules/rule.hpp>
#include <oversight/rules/truth.hpp>
