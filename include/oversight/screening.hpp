// oversight::screening: the library's own subject, a `screening` (a contract, its supplier, the
// ownership registry, the day and what is known of the procedure), and the facts the shipped
// policies read from it (`oversight::facts`). The bridge between the domain vocabulary
// (<oversight/domain.hpp>) and the rules (<oversight/rules.hpp>).
#pragma once

#include <oversight/screening/facts.hpp>
