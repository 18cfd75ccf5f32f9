// The same guard with state on two transitions from one state on one event: both can fire. The
// guard's type does not fix its condition, so this is found from the values, while the
// workflow's constructor is evaluated.
#include <oversight/workflow/definition.hpp>
using namespace oversight::workflow;

struct file {
  int score;
};
struct at_least {
  int score;
  constexpr bool operator()(const file& f) const { return f.score >= score; }
};
inline constexpr auto five = guard_if("five", at_least{5});

inline constexpr auto wf = make_workflow<"stateful_guard">(
    initial<"review">, terminal<"cleared", "refused">,
    state<"review"> + event<"scored"> [five] = state<"cleared">,
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
    state<"review"> + event<"scored"> [guard_if("eight", at_least{8})] = state<"refused">);
#else
    state<"review"> + event<"scored"> [five] = state<"refused">);
#endif

int main() { return wf.name().empty() ? 1 : 0; }
