// A workflow that declares no terminal state.
#include <oversight/workflow/definition.hpp>
using namespace oversight::workflow;

inline constexpr auto wf = make_workflow<"endless">(
    initial<"draft">,
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
    terminal<"done">,
#else
    terminal<>,
#endif
    state<"draft"> + event<"submitted"> = state<"done">);

int main() { return wf.name().empty() ? 1 : 0; }
