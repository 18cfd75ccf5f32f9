// A constant threshold above 100 % does not compile; the diagnostic names the violated rule.
#include <oversight/consent/fraction.hpp>

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
inline constexpr oversight::consent::fraction share{100, 100};
#else
inline constexpr oversight::consent::fraction share{101, 100};
#endif

int main() { return static_cast<int>(share.numerator()) - 100; }
