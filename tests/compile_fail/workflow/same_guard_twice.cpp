// The same guard on two transitions from one state on one event: both can fire.
#include <oversight/workflow/definition.hpp>
using namespace oversight::workflow;

struct file {
  bool approved;
};
inline constexpr auto crypto_ok = guard_if("crypto-ok", [](const file& f) { return f.approved; });

inline constexpr auto wf = make_workflow<"same_guard">(
    initial<"crypto_review">, terminal<"consent", "refused">,
    state<"crypto_review"> + event<"certified"> [crypto_ok] = state<"consent">,
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
    state<"crypto_review"> + event<"certified"> [unless(crypto_ok)] = state<"refused">);
#else
    state<"crypto_review"> + event<"certified"> [crypto_ok] = state<"refused">);
#endif

int main() { return wf.name().empty() ? 1 : 0; }
