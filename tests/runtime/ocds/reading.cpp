// The OCDS adapter's reader: every kind of document, JSON Lines, streaming, and each error.
#include <oversight/adapt/ocds.hpp>

#include "oversight_catch.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using namespace oversight;
namespace oc = oversight::ocds;

namespace {

std::string release(std::string_view ocid, std::string_view date, std::string_view extra = "") {
  return std::string(R"({"ocid": ")") + std::string(ocid) + R"(", "id": ")" + std::string(ocid) + "-" +
         std::string(date) + R"(", "date": ")" + std::string(date) + R"(", "tag": ["tender"])" +
         std::string(extra) + "}";
}

oc::read_result read_ok(std::string_view text, const oc::read_options& options = {}) {
  auto r = oc::read(text, "input", options);
  if (!r) FAIL("read failed: " << r.error().id() << " " << r.error().context.view());
  return std::move(*r);
}

oc::ocds_errc read_error(std::string_view text, const oc::read_options& options = {}) {
  auto r = oc::read(text, "input", options);
  REQUIRE_FALSE(r.has_value());
  return r.error().code;
}

}  // namespace

TEST_CASE("a release, a release package, a record, a record package", "[ocds][read]") {
  const auto one = read_ok(release("ocds-a-1", "2020-01-01"));
  REQUIRE(one.processes.size() == 1);
  CHECK(one.summary.releases == 1);
  CHECK(one.summary.packages == 0);

  const auto package = read_ok(R"({"uri": "u", "publisher": {"name": "Example Agency"}, "version": "1.1", "releases": [)" +
                               release("ocds-a-1", "2020-01-01") + "," + release("ocds-a-2", "2020-01-02") + "]}");
  REQUIRE(package.processes.size() == 2);
  CHECK(package.summary.packages == 1);
  CHECK(package.processes[1].record().source == "input#/releases/1");
  CHECK(package.processes[0].record().publisher == "Example Agency");
  CHECK(package.processes[0].record().version == "1.1");

  // A record: its compiled release.
  const auto record = read_ok(R"({"ocid": "ocds-a-1", "releases": [{"url": "x"}], "compiledRelease": )" +
                              release("ocds-a-1", "2020-02-01", R"(, "tender": {"value": {"amount": 5, "currency": "EUR"}})") + "}");
  REQUIRE(record.processes.size() == 1);
  CHECK(record.summary.records == 1);
  CHECK(record.processes[0].record().from_record);
  CHECK(record.processes[0].deal().estimated_value == money::minor(500, currency{"EUR"}));

  // A record package.
  const auto records = read_ok(R"({"version": "1.1", "records": [{"ocid": "ocds-a-1", "compiledRelease": )" +
                               release("ocds-a-1", "2020-01-01") + R"(}, {"ocid": "ocds-a-2", "compiledRelease": )" +
                               release("ocds-a-2", "2020-01-01") + "}]}");
  REQUIRE(records.processes.size() == 2);
  CHECK(records.summary.records == 2);
  CHECK(records.processes[1].record().source == "input#/records/1");
}

TEST_CASE("a record without a compiled release merges its releases in date order", "[ocds][read][merge]") {
  // The later release (listed first) changes the value and adds an award; the earlier one has
  // the tender period. Arrays of objects merge by id; null removes.
  const std::string later = release("ocds-m-1", "2020-03-01", R"(, "tender": {"id": "t", "value": {"amount": 200, "currency": "EUR"},
      "items": [{"id": "1", "classification": {"scheme": "CPV", "id": "72000000-5"}}], "status": null},
      "awards": [{"id": "a1", "status": "active", "suppliers": [{"id": "s", "name": "Supplier"}]}])");
  const std::string earlier = release("ocds-m-1", "2020-01-15", R"(, "tender": {"id": "t", "status": "active",
      "value": {"amount": 100, "currency": "EUR"}, "tenderPeriod": {"startDate": "2020-01-15"},
      "items": [{"id": "1", "description": "IT"}, {"id": "2", "classification": {"scheme": "CPV", "id": "48000000-8"}}]})");
  const auto r = read_ok(R"({"ocid": "ocds-m-1", "releases": [)" + later + "," + earlier + "]}");
  REQUIRE(r.processes.size() == 1);
  const oc::process& p = r.processes[0];
  CHECK(p.deal().estimated_value == money::minor(200'00, currency{"EUR"}));  // the later value wins
  CHECK(p.deal().launched == date{2020, 1, 15});                           // kept from the earlier
  CHECK(p.suppliers().size() == 1);
  CHECK_FALSE(p.record().tender_status.has_value());  // removed by null in the later release
  REQUIRE(p.deal().cpv.has_value());                  // items merged by id: both have a CPV code
  CHECK(p.deal().cpv->size() == 2);
  CHECK(p.record().release_date == date{2020, 3, 1});
  CHECK(p.record().source == "input#");

  // Linked releases only: nothing to read, said in the summary.
  const auto linked = read_ok(R"({"ocid": "ocds-m-2", "releases": [{"url": "http://example.org/r.json"}]})");
  CHECK(linked.processes.empty());
  REQUIRE(linked.summary.warnings.size() == 1);
  CHECK(linked.summary.warnings[0].kind == oc::warning_kind::release_not_embedded);
  CHECK(linked.summary.warnings[0].where == "input#/releases");
}

TEST_CASE("a package member that is not the array it should be is a warning and the rest is read", "[ocds][read]") {
  // "releases" an object beside a records array: the records are read, the object is named.
  const auto mixed = read_ok(R"({"uri": "u", "releases": {"ocid": "ocds-t-1"}, "records": [{"ocid": "ocds-t-2", )"
                             R"("compiledRelease": )" + release("ocds-t-2", "2020-01-01") + "}]}");
  REQUIRE(mixed.processes.size() == 1);
  CHECK(mixed.processes[0].record().ocid == "ocds-t-2");
  REQUIRE(mixed.summary.warnings.size() == 1);
  CHECK(mixed.summary.warnings[0].kind == oc::warning_kind::top_level_ignored);
  CHECK(mixed.summary.warnings[0].where == "input#/releases");
  CHECK(mixed.summary.warnings[0].value == "not an array");
  // With nothing else to read, the document is not OCDS.
  CHECK(read_error(R"({"uri": "u", "releases": {"ocid": "ocds-t-1"}})") == oc::ocds_errc::not_ocds);
}

TEST_CASE("JSON Lines: one value per line, a bad line reported and skipped", "[ocds][read][jsonl]") {
  const std::string text = release("ocds-l-1", "2020-01-01") + "\n" + "{not json\n" + "\n" +
                           R"({"releases": [)" + release("ocds-l-2", "2020-01-02") + "]}\n" + release("ocds-l-3", "2020-01-03") + "\n";
  const auto r = read_ok(text);
  REQUIRE(r.processes.size() == 3);
  CHECK(r.summary.values == 4);
  CHECK(r.processes[1].record().source == "input:4#/releases/0");
  CHECK(r.processes[2].record().source == "input:5#");
  REQUIRE(r.summary.line_errors.size() == 1);
  CHECK(r.summary.line_errors[0].code == oc::ocds_errc::not_json);
  CHECK(r.summary.line_errors[0].context.view().substr(0, 7) == "line 2:");
  // In automatic mode a bad first value fails the input; declared JSON Lines skip it.
  CHECK(read_error("{bad\n" + release("ocds-l-1", "2020-01-01")) == oc::ocds_errc::not_json);
  const auto declared = read_ok("{bad\n" + release("ocds-l-1", "2020-01-01") + "\n", {.format = oc::input_format::json_lines});
  CHECK(declared.processes.size() == 1);
  CHECK(declared.summary.line_errors.size() == 1);
}

TEST_CASE("a large package is handed over release by release as it is read", "[ocds][read][stream]") {
  std::string text = R"({"publisher": {"name": "P"}, "releases": [)";
  for (int i = 0; i < 200; ++i) text += (i ? "," : "") + release("ocds-s-" + std::to_string(i), "2020-01-01");
  text += "]}";
  std::istringstream in(text);
  std::size_t seen = 0;
  const auto r = oc::read_stream(in, "stream", [&](oc::process&& p) {
    CHECK(p.ocid() == "ocds-s-" + std::to_string(seen));
    ++seen;
  });
  REQUIRE(r);
  CHECK(seen == 200);
  CHECK(r->processes == 200);
  CHECK(r->packages == 1);
  // Record members after the releases were taken for a package's: an error, not a guess.
  std::string mixed = R"({"releases": [)";
  for (int i = 0; i < 70; ++i) mixed += (i ? "," : "") + release("ocds-x", "2020-01-01");
  mixed += R"(], "compiledRelease": {}})";
  CHECK(read_error(mixed) == oc::ocds_errc::mixed_document);
}

TEST_CASE("errors: empty, not JSON, not OCDS, too deep, no such file", "[ocds][read][errors]") {
  CHECK(read_error("") == oc::ocds_errc::empty_input);
  CHECK(read_error("  \n\t ") == oc::ocds_errc::empty_input);
  CHECK(read_error("{\"ocid\": ") == oc::ocds_errc::not_json);
  CHECK(read_error("[1, 2]") == oc::ocds_errc::not_ocds);
  CHECK(read_error("42") == oc::ocds_errc::not_ocds);
  CHECK(read_error(R"({"hello": "world"})") == oc::ocds_errc::not_ocds);
  std::string deep = R"({"ocid": "o", "x": )";
  for (int i = 0; i < 200; ++i) deep += "[";
  for (int i = 0; i < 200; ++i) deep += "]";
  deep += "}";
  CHECK(read_error(deep) == oc::ocds_errc::too_deep);
  CHECK(read_ok(deep, {.max_depth = 300}).processes.size() == 1);
  // Not JSON names the byte.
  auto r = oc::read("{\"ocid\": \"o\",, }", "bad.json");
  REQUIRE_FALSE(r);
  CHECK(r.error().id() == "OVS-E592");
  CHECK(std::string(r.error().context.view()).find("bad.json: byte") == 0);
  // Files: one that does not exist, and an empty one, each named.
  const auto missing = oc::read_file("/nonexistent/file.json", [](oc::process&&) {});
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == oc::ocds_errc::cannot_open);
  CHECK(missing.error().context.view() == "/nonexistent/file.json");
  const auto path = std::filesystem::temp_directory_path() / "oversight-ocds-empty.json";
  { std::ofstream(path.string()); }
  const auto empty = oc::read_file(path.string(), [](oc::process&&) {});
  std::filesystem::remove(path);
  REQUIRE_FALSE(empty);
  CHECK(empty.error().code == oc::ocds_errc::empty_input);
  CHECK(empty.error().context.view() == path.string());
}
