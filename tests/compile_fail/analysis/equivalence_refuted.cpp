// Two policies required to be equivalent that are not: the compile error names a subject on
// which their verdicts differ, with both verdicts.
#include "analysis_cases.hpp"

using namespace analysis_cases;
namespace an = oversight::analysis;

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
static_assert(an::require_equivalent<before, before_rewritten>());
#else
// The threshold was raised from 100 to 200: a value of 100 without a tender differs.
static_assert(an::require_equivalent<before, after>());
#endif
