// Constant ownership data in which control runs in a cycle does not compile.
#include <oversight/domain.hpp>

#include <array>

using namespace oversight;

constexpr std::array<holding, 1> a_owners{{{"B", 6000}}};
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
constexpr std::array<holding, 1> b_owners{{{"A", 4000}}};
#else
constexpr std::array<holding, 1> b_owners{{{"A", 6000}}};
#endif
constexpr std::array<party, 2> parties{{{"A", "A", party_kind::company, country{"ES"}, country{"ES"}, a_owners},
                                        {"B", "B", party_kind::company, country{"ES"}, country{"ES"}, b_owners}}};
constexpr ownership_view view = ownership_view::checked(parties);

int main() { return view.size() == 2 ? 0 : 1; }
