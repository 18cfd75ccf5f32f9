// The shipped policies analysed rule by rule at run time: no rule the analysis can see is dead,
// no exception idle (their promises are proved in tests/static/analysis/shipped_promises.cpp).
#include <oversight/analysis.hpp>
#include <oversight/policies.hpp>
#include <oversight/policies/rp1.hpp>

#include "oversight_catch.hpp"

namespace {
namespace an = oversight::analysis;

TEST_CASE("analysis: no shipped rule the analysis can see is dead, no shipped exception idle") {
  namespace pol = oversight::policies;
  const auto live = [](const an::policy_report& r) {
    INFO(an::to_text(r));
    CHECK(r.count(an::rule_status::never_fires) == 0);
    CHECK(r.count(an::rule_status::cut_short) == 0);
    CHECK(r.count(an::exception_status::never_applies) == 0);
    CHECK(r.count(an::exception_status::cut_short) == 0);
    CHECK(r.count(an::rule_status::fires) > 0);
  };
  live(an::analyse(pol::dir_2009_81::policy));
  live(an::analyse(pol::hrs::policy));
  live(an::analyse(pol::industrial_security::policy));
  live(an::analyse(pol::sanctions::policy));
  live(an::analyse(pol::sitel::policy));
  live(an::analyse(pol::thresholds::policy));
  live(an::analyse(oversight::rp1::policy));
  // Every rule of foreign_access reads a binding-obligation condition: none is analysed.
  const an::policy_report fa = an::analyse(pol::foreign_access::policy);
  CHECK(fa.count(an::rule_status::not_analysed) == fa.rules.size());
}

}  // namespace
