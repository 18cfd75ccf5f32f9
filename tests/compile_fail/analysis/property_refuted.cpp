// A property required at compile time that the policy does not keep: the compile error names a
// subject for which it fails, with the verdict the policy gives it.
#include "analysis_cases.hpp"

using namespace analysis_cases;
namespace an = oversight::analysis;

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
// Kept: the high-risk rule denies a high-risk supplier in defence.
inline constexpr auto promise = high_risk && sector == sector_kind::defence;
#else
// Not kept: a high-risk supplier in the general sector is permitted.
inline constexpr auto promise = high_risk;
#endif

static_assert(an::require_never_permits_when<sound, promise>());
