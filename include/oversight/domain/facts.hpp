// oversight: the screening and the library's own facts moved to their own part,
// <oversight/screening/facts.hpp> (included by <oversight/screening.hpp> and the umbrella
// header). This header stays for one release so that existing includes keep working.
#pragma once

#include <oversight/screening/facts.hpp>
