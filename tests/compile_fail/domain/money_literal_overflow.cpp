// A euro literal whose amount in cents does not fit in 64 bits does not compile.
#include <oversight/domain.hpp>

using namespace oversight::literals;

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
constexpr oversight::money m = 92'233'720'368'547'758_eur;
#else
constexpr oversight::money m = 92'233'720'368'547'759_eur;
#endif

int main() { return m.is_negative() ? 1 : 0; }
