// A second translation unit including the report part: an ODR slip (a non-inline definition in
// a report header) fails to link.
#include <oversight/oversight.hpp>
#include <oversight/report.hpp>

#include "oversight_catch.hpp"
#include "report_fixture.hpp"

TEST_CASE("the report part is usable from a second translation unit", "[report]") {
  const auto e = oversight::explain(report_fixture::report_policy, report_fixture::sitel_like(), report_fixture::on_award);
  CHECK(oversight::report::to_json(e).find("schema")->as_string() == oversight::report::decision_schema);
  CHECK(oversight::report::sha256_hex("abc").view().size() == 64);
}
