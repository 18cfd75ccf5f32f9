// A property the policy author asserts: no signature without consent. A shortcut breaks it.
#include <oversight/workflow/definition.hpp>
using namespace oversight::workflow;

inline constexpr auto wf = make_workflow<"consent_first">(
    initial<"draft">, terminal<"signed">,
    state<"draft"> + event<"submitted"> = state<"consultation">,
    state<"consultation"> + after_days<14> = state<"consent_obtained">,
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
    state<"consultation"> + event<"urgent"> = state<"consent_obtained">,
#else
    state<"consultation"> + event<"urgent"> = state<"signed">,
#endif
    state<"consent_obtained"> + event<"sign"> = state<"signed">);

static_assert(require_every_path_passes_through(wf, state<"signed">, state<"consent_obtained">));

int main() { return wf.name().empty() ? 1 : 0; }
