// A property required at compile time that the analysis cannot prove (the policy reads a
// quantifier and no single rule keeps the property): the compile error says why.
#include "analysis_cases.hpp"

using namespace analysis_cases;
namespace an = oversight::analysis;

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
// The high-risk rule keeps it by itself; the quantifier is not needed.
inline constexpr auto promise = high_risk && sector == sector_kind::defence;
#else
// Only the rule over subcontractors could keep it.
inline constexpr auto promise = any(subcontractors, supplier_hq.in(sanctioned));
#endif

static_assert(an::require_never_permits_when<with_quantifier, promise>());
