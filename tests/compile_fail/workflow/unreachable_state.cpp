// A state no path from the initial state reaches.
#include <oversight/workflow/definition.hpp>
using namespace oversight::workflow;

inline constexpr auto wf = make_workflow<"unreachable">(
    initial<"draft">, terminal<"signed">,
    state<"draft"> + event<"submitted"> = state<"signed">,
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
    state<"draft"> + event<"reviewed"> = state<"orphan_review">,
#endif
    state<"orphan_review"> + event<"cleared"> = state<"signed">);

int main() { return wf.name().empty() ? 1 : 0; }
