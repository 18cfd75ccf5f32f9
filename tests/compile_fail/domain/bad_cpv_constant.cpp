// A CPV constant with a wrong check digit does not compile.
#include <oversight/domain.hpp>

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
constexpr oversight::cpv_code servers{"48820000-2"};
#else
constexpr oversight::cpv_code servers{"48820000-3"};
#endif

int main() { return servers.division() == 48 ? 0 : 1; }
