// A fixed decision as text, Markdown and JSON, against golden files; the JSON against the
// schema docs/schema/decision-1.json; the decision of each verdict kind against the schema.
#include <oversight/oversight.hpp>
#include <oversight/report.hpp>

#include <string>

#include "golden.hpp"
#include "json_check.hpp"
#include "oversight_catch.hpp"
#include "report_fixture.hpp"

namespace {

using namespace report_fixture;
namespace report = oversight::report;

oversight::explanation fixed_decision() { return oversight::explain(report_policy, sitel_like(), on_award); }

report::json decision_schema_document() {
  const auto schema = json_check::parse(golden::read_file(std::string(OVERSIGHT_SCHEMA_DIR) + "/decision-1.json"));
  REQUIRE(schema);
  return *schema;
}

}  // namespace

TEST_CASE("a decision as plain text", "[report][golden]") {
  const std::string text = report::to_text(fixed_decision());
  CHECK(text == golden::expected("decision.txt", text));
}

TEST_CASE("a decision as Markdown, with ELI links", "[report][golden]") {
  const std::string md = report::to_markdown(fixed_decision());
  CHECK(md == golden::expected("decision.md", md));
  CHECK(md.find("[Directive (EU) 2022/2555 (NIS2), Art. 21(2)(d)](http://data.europa.eu/eli/dir/2022/2555/oj)") !=
        std::string::npos);
  CHECK(md.find(R"(Huawei "Técnica" España \\ Ibérica)") != std::string::npos);  // a backslash is escaped
}

TEST_CASE("a decision as JSON", "[report][golden]") {
  const std::string text = report::to_json_text(fixed_decision());
  CHECK(text == golden::expected("decision.json", text));
  const auto back = json_check::parse(text);
  REQUIRE(back);
  CHECK(*back == report::to_json(fixed_decision()));
  CHECK(back->find("findings")->items()[0].find("message")->as_string() ==
        "Huawei \"Técnica\" España \\ Ibérica is headquartered in CN, whose law obliges cooperation with state "
        "intelligence work");
}

TEST_CASE("the decision JSON has the structure its schema declares", "[report][schema]") {
  const report::json schema = decision_schema_document();
  // Every verdict kind and every optional member both present and absent.
  tender permitted = sitel_like();
  permitted.supplier_hq = oversight::country::parse("DE").value();
  permitted.subcontractors.clear();
  permitted.value_cents = 5;
  tender undecided = sitel_like();
  undecided.supplier_access.reset();
  undecided.subcontractors.clear();
  tender reviewed = permitted;
  reviewed.subcontractors.push_back({oversight::country::parse("RU").value()});
  const oversight::explanation cases[] = {
      fixed_decision(), oversight::explain(report_policy, permitted, on_award), oversight::explain(report_policy, undecided, on_award),
      oversight::explain(report_policy, reviewed, on_award), oversight::explain(report_policy, reviewed)};  // no date: undecided
  CHECK(cases[0].verdict == oversight::verdict_kind::deny);
  CHECK(cases[1].verdict == oversight::verdict_kind::permit);
  CHECK(cases[2].verdict == oversight::verdict_kind::indeterminate);
  CHECK(cases[3].verdict == oversight::verdict_kind::review);
  CHECK(cases[4].verdict == oversight::verdict_kind::indeterminate);
  for (const auto& e : cases) {
    const auto document = json_check::parse(report::to_json_text(e));
    REQUIRE(document);
    const auto errors = json_check::validate(schema, *document);
    INFO(report::to_json_text(e));
    for (const auto& error : errors) INFO(error);
    CHECK(errors.empty());
  }
}

TEST_CASE("the schema check catches a document that breaks the schema", "[report][schema]") {
  const report::json schema = decision_schema_document();
  report::json document = report::to_json(fixed_decision());
  CHECK(json_check::validate(schema, document).empty());
  document.set("verdict", "MAYBE");
  document.set("extra", 1);
  report::json broken_finding = document.find("findings")->items()[0];
  broken_finding.set("remedies", "none");
  report::json findings = report::json::array();
  findings.push(broken_finding);
  document.set("findings", findings);
  const auto errors = json_check::validate(schema, document);
  CHECK(errors.size() == 3);
}

TEST_CASE("unknown facts are null in the JSON trace", "[report]") {
  tender undecided = sitel_like();
  undecided.supplier_access.reset();
  const auto j = report::to_json(oversight::explain(report_policy, undecided, on_award));
  const auto& trace = *j.find("findings")->items()[0].find("trace");
  const auto& access_clause = trace.find("children")->items()[2];
  const auto& fact = access_clause.find("facts")->items()[0];
  CHECK(fact.find("name")->as_string() == "contract.supplier-access");
  CHECK(fact.find("value")->is_null());
}

TEST_CASE("a policy for legal review is the rule engine's Markdown", "[report]") {
  CHECK(report::to_markdown(report_policy) == oversight::to_markdown(report_policy));
}
