// A non-terminal state without any way out.
#include <oversight/workflow/definition.hpp>
using namespace oversight::workflow;

inline constexpr auto wf = make_workflow<"dead_end">(
    initial<"draft">, terminal<"signed">,
    state<"draft"> + event<"submitted"> = state<"signed">,
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
    state<"archived"> + event<"restored"> = state<"draft">,
#endif
    state<"draft"> + event<"archive"> = state<"archived">);

int main() { return wf.name().empty() ? 1 : 0; }
