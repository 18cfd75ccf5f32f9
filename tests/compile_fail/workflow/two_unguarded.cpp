// Two unguarded transitions from one state on one event: both can fire.
#include <oversight/workflow/definition.hpp>
using namespace oversight::workflow;

inline constexpr auto wf = make_workflow<"two_unguarded">(
    initial<"review">, terminal<"signed", "refused">,
    state<"review"> + event<"approved"> = state<"signed">,
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
    state<"review"> + event<"rejected"> = state<"refused">);
#else
    state<"review"> + event<"approved"> = state<"refused">);
#endif

int main() { return wf.name().empty() ? 1 : 0; }
