// A screening refers to the contract and the supplier it is given: built from a temporary
// contract, which would be destroyed at the end of the statement, it does not compile, and the
// diagnostic says why and what to write instead (OVS-E290).
#include <oversight/oversight.hpp>

using namespace oversight;

inline constexpr supplier vendor{};

screening screen_later() {
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
  static const contract deal{};
  return screening{.deal = deal, .main_supplier = vendor, .owners = ownership_view({}), .on = date{2025, 7, 7}};
#else
  return screening{.deal = contract{}, .main_supplier = vendor, .owners = ownership_view({}),
                   .on = date{2025, 7, 7}};
#endif
}

int main() { return screen_later().deal->id.empty() ? 1 : 0; }
