// A currency constant that is not an ISO 4217 code does not compile.
#include <oversight/domain.hpp>

using namespace oversight::literals;

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
constexpr oversight::currency c = "EUR"_currency;
#else
constexpr oversight::currency c = "EUX"_currency;
#endif

int main() { return c.minor_digits() == 2 ? 0 : 1; }
