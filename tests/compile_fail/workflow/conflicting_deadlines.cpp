// Two deadlines of different length on one state.
#include <oversight/workflow/definition.hpp>
using namespace oversight::workflow;

struct file {
  bool objection;
};
inline constexpr auto objected = guard_if("objected", [](const file& f) { return f.objection; });

inline constexpr auto wf = make_workflow<"deadlines">(
    initial<"consultation">, terminal<"approved", "escalated">,
    state<"consultation"> + after_days<14, "silence_ended"> [unless(objected)] = state<"approved">,
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
    state<"consultation"> + after_days<14, "silence_ended"> [objected] = state<"escalated">);
#else
    state<"consultation"> + after_days<21, "silence_ended"> [objected] = state<"escalated">);
#endif

int main() { return wf.name().empty() ? 1 : 0; }
