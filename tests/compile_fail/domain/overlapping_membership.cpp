// A constant bloc in which one country's memberships overlap does not compile.
#include <oversight/domain.hpp>

#include <array>

using namespace oversight;

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
constexpr std::array<bloc_membership, 2> members{{{"AU", {date{1951, 9, 1}, date{1985, 12, 31}}}, {"AU", since(date{1986, 1, 1})}}};
#else
constexpr std::array<bloc_membership, 2> members{{{"AU", {date{1951, 9, 1}, date{1986, 1, 1}}}, {"AU", since(date{1986, 1, 1})}}};
#endif
constexpr bloc example = bloc::checked("example", members);

int main() { return example.memberships().size() == 2 ? 0 : 1; }
