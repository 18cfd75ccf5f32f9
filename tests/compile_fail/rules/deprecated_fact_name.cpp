// A fact's name of 0.1 still compiles, with a warning that names the new spelling (an error
// under -Werror, as here).
#include <oversight/domain.hpp>

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
inline constexpr auto cond = oversight::facts::regime == oversight::procurement_regime::classic;
#else
inline constexpr auto cond = oversight::facts::procurement_regime == oversight::procurement_regime::classic;
#endif
