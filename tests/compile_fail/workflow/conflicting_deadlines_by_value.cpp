// Two deadlines of different length on one state, their lengths values (the deprecated
// `after(days)`): found while make_workflow is evaluated, not from the type.
#include <oversight/workflow/definition.hpp>
using namespace oversight::workflow;

#pragma GCC diagnostic ignored "-Wdeprecated-declarations"  // after(days) is what this case tests

struct file {
  bool objection;
};
inline constexpr auto objected = guard_if("objected", [](const file& f) { return f.objection; });

inline constexpr auto wf = make_workflow<"deadlines">(
    initial<"consultation">, terminal<"approved", "escalated">,
    state<"consultation"> + after<"silence_ended">(days{14}) [unless(objected)] = state<"approved">,
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
    state<"consultation"> + after<"silence_ended">(days{14}) [objected] = state<"escalated">);
#else
    state<"consultation"> + after<"silence_ended">(days{21}) [objected] = state<"escalated">);
#endif

int main() { return wf.name().empty() ? 1 : 0; }
