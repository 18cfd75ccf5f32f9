// The decision record: the same policy and inputs give the same record byte for byte; any
// change of policy, version, date, input or decision changes the content hash; the inputs are
// the facts the findings read; the canonical form has sorted keys and no whitespace.
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

// The fixture's policy with one citation changed: a different text for legal review.
inline constexpr auto amended_policy = oversight::policy<"report.fixture", combining::deny_overrides>(
    rule<"supplier.intelligence-law">(effect::deny, hq.in(country{"CN"}) && lawful_interception &&
                                                        supplier_access == access::content)
        .cite(legal_basis{"PRC National Intelligence Law (2017)", "Art. 7"}));

}  // namespace

TEST_CASE("the same policy and inputs give the same record", "[report][record]") {
  const auto a = report::make_record(report_policy, sitel_like(), on_award, "2025.07");
  const auto b = report::make_record(report_policy, sitel_like(), on_award, "2025.07");
  CHECK(report::canonical_text(a) == report::canonical_text(b));
  CHECK(a.content_hash == b.content_hash);
  CHECK(report::write(report::to_json(a)) == report::write(report::to_json(b)));
  CHECK(report::verify(a));
}

TEST_CASE("the content hash is the SHA-256 of the canonical text", "[report][record]") {
  const auto r = report::make_record(report_policy, sitel_like(), on_award, "2025.07");
  CHECK(r.content_hash == report::sha256_hex(report::canonical_text(r)));
  CHECK(r.policy_fingerprint == report::sha256_hex(oversight::to_markdown(report_policy)));
  const auto j = report::to_json(r);
  CHECK(j.find("content_hash")->as_string() == "sha256:" + std::string(r.content_hash.view()));
  CHECK(j.find("schema")->as_string() == report::record_schema);
}

TEST_CASE("the canonical text has sorted keys and no whitespace", "[report][record]") {
  const auto r = report::make_record(report_policy, sitel_like(), on_award, "2025.07");
  const std::string canonical = report::canonical_text(r);
  const auto back = json_check::parse(canonical);
  REQUIRE(back);
  CHECK(report::write(*back, report::json_style::canonical) == canonical);  // a fixed point
  CHECK(canonical.find('\n') == std::string::npos);
  CHECK(canonical.rfind(R"({"decision":{"advice":[)", 0) == 0);  // "decision" < "inputs" < ...; "advice" < "findings"
  CHECK(canonical.find("content_hash") == std::string::npos);
}

TEST_CASE("any change of what was decided changes the hash", "[report][record]") {
  const auto base = report::make_record(report_policy, sitel_like(), on_award, "2025.07");
  tender other = sitel_like();
  other.supplier_access = access::metadata;
  CHECK(report::make_record(report_policy, other, on_award, "2025.07").content_hash != base.content_hash);
  CHECK(report::make_record(report_policy, sitel_like(), on_award, "2025.08").content_hash != base.content_hash);
  CHECK(report::make_record(report_policy, sitel_like(), oversight::as_of(oversight::date{2025, 7, 8}), "2025.07")
            .content_hash != base.content_hash);
  const auto amended = report::make_record(amended_policy, sitel_like(), on_award, "2025.07");
  CHECK(amended.policy_fingerprint != base.policy_fingerprint);
  CHECK(amended.content_hash != base.content_hash);
}

TEST_CASE("an edited record no longer verifies", "[report][record]") {
  auto r = report::make_record(report_policy, sitel_like(), on_award, "2025.07");
  REQUIRE(report::verify(r));
  r.decision.findings.at(0).message += ".";
  CHECK_FALSE(report::verify(r));
  r = report::make_record(report_policy, sitel_like(), on_award, "2025.07");
  r.inputs.at(0).value = "ES";
  CHECK_FALSE(report::verify(r));
}

TEST_CASE("the inputs are the facts the findings read, once each, sorted", "[report][record]") {
  const auto r = report::make_record(report_policy, sitel_like(), on_award, "2025.07");
  std::string listed;
  for (const auto& f : r.inputs) listed += f.name + "=" + f.value.value_or("(unknown)") + "\n";
  CHECK(listed ==
        "contract.lawful-interception=true\n"
        "contract.subcontractors[0].supplier.hq=ES\n"
        "contract.subcontractors[1].supplier.hq=CN\n"
        "contract.supplier-access=content\n"
        "contract.value-cents=1230000000\n"
        "supplier.hq=CN\n");
  REQUIRE(r.as_of);
  CHECK(report::to_json(r).find("inputs")->find("as_of")->as_string() == "2025-07-07");
}

TEST_CASE("an unknown input is recorded as unknown, a missing date as null", "[report][record]") {
  tender t = sitel_like();
  t.supplier_access.reset();
  const auto r = report::make_record(report_policy, t, oversight::context{}, "2025.07");
  const auto j = report::to_json(r);
  CHECK(j.find("inputs")->find("as_of")->is_null());
  bool seen = false;
  for (const auto& f : r.inputs)
    if (f.name == "contract.supplier-access") seen = !f.value.has_value();
  CHECK(seen);
  CHECK(report::verify(r));
}

TEST_CASE("the record JSON has the structure its schema declares", "[report][record][schema]") {
  const auto read_schema = [](const char* name) {
    const auto schema = json_check::parse(golden::read_file(std::string(OVERSIGHT_SCHEMA_DIR) + "/" + name));
    REQUIRE(schema);
    return *schema;
  };
  const report::json record_schema = read_schema("record-1.json");
  const report::json decision_schema = read_schema("decision-1.json");
  tender unknown_access = sitel_like();
  unknown_access.supplier_access.reset();
  for (const auto& r : {report::make_record(report_policy, sitel_like(), on_award, "2025.07"),
                        report::make_record(report_policy, unknown_access, oversight::context{}, "")}) {
    const auto document = json_check::parse(report::write(report::to_json(r)));
    REQUIRE(document);
    auto errors = json_check::validate(record_schema, *document);
    const auto decision_errors = json_check::validate(decision_schema, *document->find("decision"));
    errors.insert(errors.end(), decision_errors.begin(), decision_errors.end());
    for (const auto& error : errors) INFO(error);
    CHECK(errors.empty());
  }
  report::json broken = report::to_json(report::make_record(report_policy, sitel_like(), on_award, "2025.07"));
  broken.set("content_hash", "sha256:ABC");
  CHECK(json_check::validate(record_schema, broken).size() == 1);
}
