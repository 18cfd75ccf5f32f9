// oversight: the workflow part. Approval workflows as state machines declared as literal
// transition tables, checked at compile time, run with an append-only audit trail, exported
// as Mermaid and Graphviz diagrams. See docs/workflow.md.
//
// The definition headers (definition.hpp, guard.hpp, action.hpp, time.hpp, errc.hpp) neither
// allocate nor include <string> or <vector>; instance.hpp, trail_io.hpp and diagram.hpp are the
// run-time side and do.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/workflow/action.hpp>
#include <oversight/workflow/definition.hpp>
#include <oversight/workflow/detail/fixed_string.hpp>
#include <oversight/workflow/diagram.hpp>
#include <oversight/workflow/errc.hpp>
#include <oversight/workflow/guard.hpp>
#include <oversight/workflow/instance.hpp>
#include <oversight/workflow/rules_guard.hpp>
#include <oversight/workflow/time.hpp>
#include <oversight/workflow/trail_io.hpp>
