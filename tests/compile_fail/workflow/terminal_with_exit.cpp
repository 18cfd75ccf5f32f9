// A terminal state with an outgoing transition.
#include <oversight/workflow/definition.hpp>
using namespace oversight::workflow;

inline constexpr auto wf = make_workflow<"terminal_exit">(
    initial<"draft">, terminal<"signed", "cancelled">,
    state<"draft"> + event<"submitted"> = state<"signed">,
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
    state<"draft"> + event<"cancel"> = state<"cancelled">);
#else
    state<"signed"> + event<"cancel"> = state<"cancelled">);
#endif

int main() { return wf.name().empty() ? 1 : 0; }
