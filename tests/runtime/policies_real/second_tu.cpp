// A second translation unit including every policy header and the shared cases, so a
// non-inline definition in any of them fails to link.
#include <oversight/oversight.hpp>
#include <oversight/policies.hpp>

#include "cases.hpp"
