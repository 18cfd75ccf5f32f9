// Two states that lead only to each other: no terminal state is reachable from them.
#include <oversight/workflow/definition.hpp>
using namespace oversight::workflow;

inline constexpr auto wf = make_workflow<"trapped">(
    initial<"draft">, terminal<"signed">,
    state<"draft"> + event<"submitted"> = state<"signed">,
    state<"draft"> + event<"consult"> = state<"ping">,
    state<"ping"> + event<"forward"> = state<"pong">,
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
    state<"pong"> + event<"settle"> = state<"signed">,
#endif
    state<"pong"> + event<"back"> = state<"ping">);

int main() { return wf.name().empty() ? 1 : 0; }
