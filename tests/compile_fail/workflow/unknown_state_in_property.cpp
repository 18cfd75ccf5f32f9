// A property naming a state the workflow does not have.
#include <oversight/workflow/definition.hpp>
using namespace oversight::workflow;

inline constexpr auto wf = make_workflow<"property">(
    initial<"draft">, terminal<"signed">,
    state<"draft"> + event<"submitted"> = state<"consent_obtained">,
    state<"consent_obtained"> + event<"sign"> = state<"signed">);

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
static_assert(require_every_path_passes_through(wf, state<"signed">, state<"consent_obtained">));
#else
static_assert(require_every_path_passes_through(wf, state<"signed">, state<"consent">));
#endif

int main() { return wf.name().empty() ? 1 : 0; }
