// The OCDS adapter, rule by rule: each mapping of docs/ocds.md and each warning, on small
// releases written for the purpose.
#include <oversight/adapt/ocds.hpp>
#include <oversight/policies.hpp>

#include "oversight_catch.hpp"

#include <algorithm>
#include <sstream>
#include <string>

using namespace oversight;
namespace oc = oversight::ocds;

namespace {

template <class P>
concept deal_callable = requires(P&& p) { std::forward<P>(p).deal(); };

oc::read_result read_ok(std::string_view text, const oc::read_options& options = {}) {
  auto r = oc::read(text, "test.json", options);
  if (!r) FAIL("read failed: " << r.error().id() << " " << r.error().context.view());
  return std::move(*r);
}

/// The one process of a release given as JSON text.
oc::process one(std::string_view text, const oc::read_options& options = {}) {
  auto r = read_ok(text, options);
  REQUIRE(r.processes.size() == 1);
  return std::move(r.processes.front());
}

bool has_warning(const oc::process& p, oc::warning_kind k, std::string_view where) {
  return std::any_of(p.warnings().begin(), p.warnings().end(),
                     [&](const oc::warning& w) { return w.kind == k && w.where == where; });
}

const char* const full_release = R"({
  "ocid": "ocds-213czf-000-00001", "id": "r1", "date": "2025-03-03T10:00:00Z", "tag": ["award"],
  "parties": [
    {"id": "GB-LAC-E09000003", "name": "London Borough of Barnet", "roles": ["buyer", "procuringEntity"],
     "identifier": {"scheme": "GB-LAC", "id": "E09000003"}, "address": {"countryName": "United Kingdom"}},
    {"id": "GB-COH-11111111", "name": "AnyCorp Cycle Provision", "roles": ["supplier"],
     "identifier": {"scheme": "GB-COH", "id": "11111111"}, "address": {"countryName": " United  Kingdom "}},
    {"id": "ten-1", "name": "A tenderer", "roles": ["tenderer"]}
  ],
  "buyer": {"id": "GB-LAC-E09000003", "name": "London Borough of Barnet"},
  "tender": {"id": "t1", "status": "complete", "mainProcurementCategory": "works", "procurementMethod": "open",
             "value": {"amount": 11000000, "currency": "GBP"},
             "tenderPeriod": {"startDate": "2019-02-01T00:00:00+01:00"},
             "tenderers": [{"id": "ten-1"}],
             "items": [{"id": 1, "classification": {"scheme": "CPV", "id": "45233130.0"}},
                       {"id": 2, "classification": {"scheme": "UNSPSC", "id": "1234"},
                        "additionalClassifications": [{"scheme": "CPV", "id": 45233141}]}]},
  "awards": [{"id": "a1", "status": "active", "value": {"amount": "10999999.99", "currency": "GBP"},
              "suppliers": [{"id": "GB-COH-11111111", "name": "AnyCorp"}], "hasSubcontracting": false},
             {"id": "a2", "status": "unsuccessful", "suppliers": [{"id": "ten-1"}]}],
  "contracts": [{"id": "c1", "awardID": "a1", "status": "active", "dateSigned": "2019-06-01",
                 "value": {"amount": 10999999.99, "currency": "GBP"}}]
})";

}  // namespace

TEST_CASE("a release maps onto the library's contract and suppliers", "[ocds][mapping]") {
  const oc::process p = one(full_release);
  CHECK(p.ocid() == "ocds-213czf-000-00001");
  CHECK(p.warnings().empty());
  const oc::process_record& r = p.record();
  CHECK(r.release_date == date{2025, 3, 3});
  CHECK(r.source == "test.json#");
  REQUIRE(r.buyer);
  CHECK(r.buyer->name == "London Borough of Barnet");
  CHECK(r.buyer->registered_in == country{"GB"});    // identifier scheme GB-LAC
  CHECK(r.buyer->address_country == country{"GB"});  // "United Kingdom"
  REQUIRE(r.procuring_entity);
  CHECK(r.procuring_entity->id == "GB-LAC-E09000003");
  CHECK(r.method == oc::procurement_method::open);
  CHECK(r.tender_status == "complete");
  CHECK(r.object_from == oc::object_basis::main_procurement_category);
  CHECK(r.value_from == oc::value_basis::tender);
  CHECK(r.launched_from == oc::launch_basis::tender_period);
  CHECK(r.awarded_value == money::minor(10'999'999'99, currency{"GBP"}));    // the unsuccessful award does not count
  CHECK(r.contracted_value == money::minor(10'999'999'99, currency{"GBP"}));
  CHECK(r.subcontracting == false);
  REQUIRE(r.tenderers.size() == 1);
  CHECK(r.tenderers[0].name == "A tenderer");

  const contract& c = p.deal();
  CHECK(c.id == "ocds-213czf-000-00001");
  CHECK(c.authority.name == "London Borough of Barnet");
  CHECK(c.authority.state == country{"GB"});
  CHECK_FALSE(c.authority.kind.has_value());  // OCDS does not say
  CHECK(c.estimated_value == money::minor(11'000'000'00, currency{"GBP"}));
  CHECK(c.object == contract_object::works);
  CHECK(c.launched == date{2019, 2, 1});  // the date as written, whatever the time zone
  CHECK(c.signed_on == date{2019, 6, 1});
  REQUIRE(c.cpv.has_value());  // every item has a CPV code (one in its additional classifications)
  REQUIRE(c.cpv->size() == 2);
  CHECK((*c.cpv)[0].number() == 45233130);
  CHECK((*c.cpv)[1].number() == 45233141);
  REQUIRE(c.subcontracts.has_value());  // hasSubcontracting: false on every award that counts
  CHECK(c.subcontracts->empty());
  // What OCDS does not say is unknown.
  CHECK_FALSE(c.aim.has_value());
  CHECK_FALSE(c.field.has_value());
  CHECK_FALSE(c.supplier_access.has_value());
  CHECK_FALSE(c.firmware_and_updates.has_value());
  CHECK_FALSE(c.remote_maintenance.has_value());
  CHECK_FALSE(c.highest_classification.has_value());
  CHECK_FALSE(c.collective_defence.has_value());

  REQUIRE(p.suppliers().size() == 1);  // the tenderer of the unsuccessful award is no supplier
  const supplier& s = p.suppliers()[0];
  CHECK(s.id == "GB-COH-11111111");
  CHECK(s.name == "AnyCorp Cycle Provision");
  CHECK(s.incorporated_in == country{"GB"});  // GB-COH: Companies House
  CHECK(s.headquarters == country{"GB"});
  CHECK(s.designated(designation_kind::high_risk_supplier, date{2025, 1, 1}) == truth::unknown);
  CHECK_FALSE(s.records(recorded_lists::owners));
  CHECK(validate(c).has_value());
}

TEST_CASE("a screening of a process reads unknown for what the data does not say", "[ocds][screening]") {
  const oc::process p = one(full_release);
  const screening s = p.screening_of(0, date{2019, 6, 1});
  CHECK(read(facts::buyer_state, s) == country{"GB"});
  CHECK(read(facts::buyer_under_eu_law, s) == true);  // launched 2019-02-01: GB was a member state
  CHECK_FALSE(read(facts::contract_purpose, s).has_value());
  CHECK_FALSE(read(facts::controller_state, s).has_value());
  CHECK_FALSE(read(facts::supplier_designated_high_risk, s).has_value());
  // Without a purpose, the high-risk rule is Indeterminate, never NotApplicable.
  CHECK(policies::hrs::high_risk_supplier.fires(s, as_of(s.on)) == truth::unknown);
  // No supplier: every supplier fact is unknown.
  const screening none = p.screening_of(std::nullopt, date{2019, 6, 1});
  CHECK_FALSE(read(facts::supplier_hq, none).has_value());
}

TEST_CASE("the value comes from the tender, else the contracts, else the awards", "[ocds][mapping]") {
  const oc::process from_contracts = one(R"({"ocid": "o", "id": "1", "date": "2020-01-01",
      "awards": [{"id": "a", "value": {"amount": 5, "currency": "USD"}}],
      "contracts": [{"id": "c1", "value": {"amount": 2, "currency": "USD"}},
                    {"id": "c2", "status": "cancelled", "value": {"amount": 100, "currency": "USD"}},
                    {"id": "c3", "value": {"amount": 3.25, "currency": "USD"}}]})");
  CHECK(from_contracts.record().value_from == oc::value_basis::contracts);
  CHECK(from_contracts.deal().estimated_value == money::minor(5'25, currency{"USD"}));
  const oc::process from_awards = one(R"({"ocid": "o", "id": "1", "date": "2020-01-01",
      "awards": [{"id": "a", "value": {"amount": 5, "currency": "USD"}},
                 {"id": "b", "value": {"amount": 6, "currency": "USD"}}]})");
  CHECK(from_awards.record().value_from == oc::value_basis::awards);
  CHECK(from_awards.deal().estimated_value == money::minor(11'00, currency{"USD"}));
  const oc::process none = one(R"({"ocid": "o", "id": "1", "date": "2020-01-01"})");
  CHECK_FALSE(none.deal().estimated_value.has_value());
  CHECK_FALSE(none.record().value_from.has_value());
  // Values in two currencies do not add up: unknown, with a warning.
  const oc::process mixed = one(R"({"ocid": "o", "id": "1", "date": "2020-01-01",
      "awards": [{"id": "a", "value": {"amount": 5, "currency": "USD"}},
                 {"id": "b", "value": {"amount": 6, "currency": "EUR"}}]})");
  CHECK_FALSE(mixed.deal().estimated_value.has_value());
  CHECK(has_warning(mixed, oc::warning_kind::currencies_differ, "/awards/1/value"));
}

TEST_CASE("each bad value is a warning naming its JSON pointer, and the fact stays unknown", "[ocds][warnings]") {
  const oc::process p = one(R"({"ocid": "o", "id": "1", "date": "not a date",
      "tender": {"status": "open for business", "mainProcurementCategory": "consultingServices",
                 "procurementMethod": "公開招標", "value": {"amount": "", "currency": "EUR"},
                 "tenderPeriod": {"startDate": "2016-02-30"},
                 "items": [{"id": "1", "classification": {"scheme": "CPV", "id": "28034676"}},
                           {"id": "2", "classification": {"scheme": "CPV", "id": "48000000-9"}}]},
      "awards": [{"id": "a", "status": "MARTHA", "value": {"amount": 12.345, "currency": "EUR"},
                  "suppliers": [{"id": "nobody"}]},
                 {"id": "b", "value": {"amount": 1, "currency": "XYZ"}},
                 {"id": "c", "value": {"amount": -3, "currency": "EUR"}},
                 {"id": "d", "value": {"amount": 7}}],
      "contracts": [{"id": "x", "value": {"amount": 1e30, "currency": "EUR"}}],
      "parties": [{"id": "p", "address": {"countryName": "Atlantis"}}]})");
  using k = oc::warning_kind;
  CHECK(has_warning(p, k::date_unparseable, "/date"));
  CHECK(has_warning(p, k::status_invalid, "/tender/status"));
  CHECK(has_warning(p, k::category_invalid, "/tender/mainProcurementCategory"));
  CHECK(has_warning(p, k::method_invalid, "/tender/procurementMethod"));
  CHECK(has_warning(p, k::amount_not_a_number, "/tender/value/amount"));
  CHECK(has_warning(p, k::date_unparseable, "/tender/tenderPeriod/startDate"));
  CHECK(has_warning(p, k::cpv_invalid, "/tender/items/0/classification/id"));   // no division 28
  CHECK(has_warning(p, k::cpv_invalid, "/tender/items/1/classification/id"));   // 48000000-8 is published
  CHECK(has_warning(p, k::status_invalid, "/awards/0/status"));
  CHECK(has_warning(p, k::amount_too_precise, "/awards/0/value/amount"));
  CHECK(has_warning(p, k::party_unresolved, "/awards/0/suppliers/0/id"));
  CHECK(has_warning(p, k::currency_unknown, "/awards/1/value/currency"));
  CHECK(has_warning(p, k::amount_negative, "/awards/2/value/amount"));
  CHECK(has_warning(p, k::currency_missing, "/awards/3/value/currency"));
  CHECK(has_warning(p, k::amount_too_large, "/contracts/0/value/amount"));
  CHECK(has_warning(p, k::country_unknown, "/parties/0/address/countryName"));
  const auto w = std::find_if(p.warnings().begin(), p.warnings().end(),
                              [](const oc::warning& x) { return x.kind == k::status_invalid; });
  CHECK(w->value == "open for business");
  // The facts stay unknown.
  CHECK_FALSE(p.record().release_date.has_value());
  CHECK_FALSE(p.deal().object.has_value());
  CHECK_FALSE(p.deal().launched.has_value());
  CHECK_FALSE(p.deal().estimated_value.has_value());
  CHECK_FALSE(p.deal().cpv.has_value());  // an item without a valid CPV code: not all of them known
  CHECK_FALSE(p.record().method.has_value());
  // A release without an ocid.
  const oc::process no_ocid = one(R"({"id": "1", "tag": ["tender"]})");
  CHECK(has_warning(no_ocid, k::ocid_missing, "/ocid"));
}

TEST_CASE("CPV codes in their real forms", "[ocds][mapping]") {
  const oc::process p = one(R"({"ocid": "o", "id": "1", "tender": {"items": [
      {"id": "1", "classification": {"scheme": "CPV", "id": "48000000-8"}},
      {"id": "2", "classification": {"scheme": "CPV", "id": "72000000"}},
      {"id": "3", "classification": {"scheme": "CPV", "id": 30233000}},
      {"id": "4", "classification": {"scheme": "CPV", "id": 3000000}},
      {"id": "5", "classification": {"scheme": "CPV", "id": "451000008"}},
      {"id": "6", "classification": {"scheme": "CPV", "id": "45233130.0"}}]}})");
  CHECK(p.warnings().empty());
  REQUIRE(p.deal().cpv.has_value());
  std::vector<std::uint32_t> numbers;
  for (const cpv_code& c : *p.deal().cpv) numbers.push_back(c.number());
  CHECK(numbers == std::vector<std::uint32_t>{48000000, 72000000, 30233000, 3000000, 45100000, 45233130});
  // No items, or items without CPV codes: the codes are not recorded.
  const oc::process no_items = one(R"({"ocid": "o", "id": "1"})");
  CHECK_FALSE(no_items.deal().cpv.has_value());
  const oc::process other_scheme =
      one(R"({"ocid": "o", "id": "1", "tender": {"items": [{"id": "1", "classification": {"scheme": "UNSPSC", "id": "43211500"}}]}})");
  CHECK_FALSE(other_scheme.deal().cpv.has_value());
  // The object from the CPV division when mainProcurementCategory is missing and every code agrees.
  const oc::process works = one(R"({"ocid": "o", "id": "1", "tender": {"items": [{"id": "1", "classification": {"scheme": "CPV", "id": "45000000-7"}}]}})");
  CHECK(works.deal().object == contract_object::works);
  CHECK(works.record().object_from == oc::object_basis::cpv_division);
  const oc::process mixed = one(R"({"ocid": "o", "id": "1", "tender": {"items": [
      {"id": "1", "classification": {"scheme": "CPV", "id": "45000000-7"}},
      {"id": "2", "classification": {"scheme": "CPV", "id": "72000000-5"}}]}})");
  CHECK_FALSE(mixed.deal().object.has_value());
}

TEST_CASE("countries from names, codes and identifier schemes", "[ocds][mapping]") {
  const oc::process p = one(R"({"ocid": "o", "id": "1", "parties": [
      {"id": "a", "roles": ["buyer"], "address": {"countryName": "Україна"}},
      {"id": "b", "roles": ["supplier"], "identifier": {"scheme": "NGA-BRBDA", "id": "1"}},
      {"id": "c", "roles": ["supplier"], "address": {"countryName": "AM"}},
      {"id": "d", "roles": ["supplier"], "address": {"countryName": "COL"}},
      {"id": "e", "roles": ["supplier"], "identifier": {"scheme": "XM-EORI", "id": "1"}, "address": {"countryCode": "PY"}}],
      "awards": [{"id": "x", "suppliers": [{"id": "b"}, {"id": "c"}, {"id": "d"}, {"id": "e"}]}]})");
  CHECK(p.warnings().empty());
  CHECK(p.deal().authority.state == country{"UA"});
  REQUIRE(p.suppliers().size() == 4);
  CHECK(p.suppliers()[0].incorporated_in == country{"NG"});
  CHECK_FALSE(p.suppliers()[0].headquarters.has_value());
  CHECK(p.suppliers()[1].headquarters == country{"AM"});
  CHECK(p.suppliers()[2].headquarters == country{"CO"});
  CHECK_FALSE(p.suppliers()[3].incorporated_in.has_value());  // XM: no country
  CHECK(p.suppliers()[3].headquarters == country{"PY"});
}

TEST_CASE("the launch day is the tender period's start, else the earliest day recorded", "[ocds][mapping]") {
  const oc::process p = one(R"({"ocid": "o", "id": "1", "date": "2017-05-22T12:00:00.123456+03:00"})");
  CHECK(p.deal().launched == date{2017, 5, 22});
  CHECK(p.record().launched_from == oc::launch_basis::earliest_date);
  // A contract signed before the release was published: launched on or before the signature.
  const oc::process signed_first = one(R"({"ocid": "o", "id": "1", "date": "2016-06-30",
      "awards": [{"id": "a", "date": "2016-06-28"}], "contracts": [{"id": "c", "dateSigned": "2016-06-27"}]})");
  CHECK(signed_first.deal().launched == date{2016, 6, 27});
  CHECK(validate(signed_first.deal()).has_value());
  // Date-times of every real form: with and without fractions and zones, and bare dates.
  for (const char* text : {"2016-06-02", "2016-06-02T10:46:23Z", "2016-06-02T10:46:23.735361+03:00", "2016-06-02T10:46",
                           "2016-06-02 10:46:23", "2016-06-02T10:46:23-0500"}) {
    const oc::process q = one(std::string(R"({"ocid": "o", "id": "1", "date": ")") + text + "\"}");
    CHECK(q.record().release_date == date{2016, 6, 2});
    CHECK(q.warnings().empty());
  }
  for (const char* text : {"2016-06-02T25:00:00Z", "2016-06-02T10:46:23+3", "02/06/2016", "2016-06-02X", ""}) {
    const oc::process q = one(std::string(R"({"ocid": "o", "id": "1", "date": ")") + text + "\"}");
    CHECK_FALSE(q.record().release_date.has_value());
  }
}

TEST_CASE("supplements fill what the data does not say, the most specific first", "[ocds][supplements]") {
  oc::supplements supply;
  supply.for_cpv(cpv_code{"45000000-7"}, cpv_code{"45999999"}, {.aim = purpose::general, .field = sector::transport})
      .for_buyer("London Borough of Barnet", {.field = sector::public_administration, .buyer_kind = authority_kind::sub_central})
      .for_process("ocds-213czf-000-00001", {.supplier_access = data_access::none})
      .designate("GB-COH/11111111", {.kind = designation_kind::high_risk_supplier,
                                     .by = "Example authority",
                                     .on = date{2018, 1, 1},
                                     .instrument = "Example designation"});
  const oc::process p = one(full_release, {.supply = &supply});
  const contract& c = p.deal();
  CHECK(c.supplier_access == data_access::none);        // per process
  CHECK(c.field == sector::public_administration);      // per buyer, before per CPV
  CHECK(c.aim == purpose::general);                     // per CPV
  CHECK(c.authority.kind == authority_kind::sub_central);
  CHECK_FALSE(c.highest_classification.has_value());    // nobody said
  const supplier& s = p.suppliers()[0];
  CHECK(s.designated(designation_kind::high_risk_supplier, date{2019, 6, 1}) == truth::true_);
  CHECK(s.designated(designation_kind::high_risk_supplier, date{2017, 6, 1}) == truth::false_);
  REQUIRE(s.designations.size() == 1);
  CHECK(s.designations[0].by == "Example authority");
  // A designation list declared complete: any other supplier is recorded as not designated.
  oc::supplements complete;
  complete.designations_complete();
  const oc::process q = one(full_release, {.supply = &complete});
  CHECK(q.suppliers()[0].designated(designation_kind::high_risk_supplier, date{2019, 6, 1}) == truth::false_);
}

TEST_CASE("a call-off names its framework agreement; the supplements date it", "[ocds][mapping][supplements]") {
  // Medical devices called off under a framework agreement (relationship "framework"), awarded
  // to an operator established in the PRC.
  const char* const call_off = R"({
    "ocid": "ocds-213czf-000-00077", "id": "r1", "date": "2025-10-01T00:00:00Z",
    "parties": [{"id": "FR-1", "name": "Example Hospital", "roles": ["buyer"], "address": {"countryName": "France"}},
                {"id": "CN-1", "name": "Example Imaging", "roles": ["supplier"], "address": {"countryName": "China"}}],
    "buyer": {"id": "FR-1"},
    "relatedProcesses": [{"id": "1", "relationship": ["planning"], "identifier": "ocds-213czf-000-00070"},
                         {"id": "2", "relationship": ["framework"], "scheme": "ocid",
                          "identifier": "ocds-213czf-000-00071"}],
    "tender": {"id": "t", "tenderPeriod": {"startDate": "2025-09-15"},
               "value": {"amount": "800000", "currency": "EUR"},
               "items": [{"id": "1", "classification": {"scheme": "CPV", "id": "33111000"}}]},
    "awards": [{"id": "a", "status": "active", "suppliers": [{"id": "CN-1"}]}]
  })";
  auto ipi = [](const oc::process& x) {
    const screening s = x.screening_of(0, date{2025, 10, 1});
    return policies::sanctions::ipi_medical_devices.fires(s, as_of(s.on));
  };
  const oc::process p = one(call_off);
  CHECK(p.record().call_off == true);
  CHECK(p.record().framework_id == "ocds-213czf-000-00071");
  REQUIRE(p.deal().framework.has_value());
  REQUIRE(*p.deal().framework != nullptr);
  CHECK((*p.deal().framework)->id == "ocds-213czf-000-00071");
  // The framework agreement's launch and value are not in the call-off's release: unknown, so
  // the IPI measure cannot be ruled in or out.
  CHECK(ipi(p) == truth::unknown);
  // Supplied: launched before 30 June 2025, the framework agreement is outside the measure ...
  oc::supplements before;
  before.for_process("ocds-213czf-000-00077",
                     {.framework_launched = date{2025, 3, 3}, .framework_value = money::minor(12'000'000'00, currency{"EUR"})});
  const oc::process q = one(call_off, {.supply = &before});
  CHECK(ipi(q) == truth::false_);
  // ... launched on or after it, within it: what it had to exclude is not called off.
  oc::supplements after;
  after.for_process("ocds-213czf-000-00077",
                    {.framework_launched = date{2025, 6, 30}, .framework_value = money::minor(12'000'000'00, currency{"EUR"})});
  const oc::process r = one(call_off, {.supply = &after});
  CHECK(ipi(r) == truth::true_);
  // A process that sets up a framework agreement is no call-off; one that says neither is unknown.
  const oc::process fa = one(R"({"ocid": "ocds-213czf-000-00071", "id": "r1", "date": "2025-07-01T00:00:00Z",
                                 "tender": {"id": "t", "techniques": {"hasFrameworkAgreement": true}}})");
  REQUIRE(fa.deal().framework.has_value());
  CHECK(*fa.deal().framework == nullptr);
  CHECK(fa.deal().is_call_off() == false);
  const oc::process plain = one(R"({"ocid": "ocds-213czf-000-00072", "id": "r1", "date": "2025-07-01T00:00:00Z",
                                    "tender": {"id": "t", "techniques": {"hasFrameworkAgreement": false}}})");
  CHECK_FALSE(plain.deal().framework.has_value());
  // A supplement says what the data does not: not a call-off.
  oc::supplements none;
  none.for_process("ocds-213czf-000-00072", {.call_off = false});
  const oc::process told = one(R"({"ocid": "ocds-213czf-000-00072", "id": "r1", "date": "2025-07-01T00:00:00Z"})",
                               {.supply = &none});
  CHECK(told.deal().is_call_off() == false);
}

TEST_CASE("the published designations are added to the suppliers they name, dated", "[ocds][supplements]") {
  std::string text = full_release;
  const std::string name = "AnyCorp Cycle Provision";
  text.replace(text.find(name), name.size(), "HUAWEI TECHNOLOGIES CO., LTD.");
  oc::supplements published;
  published.published_designations();
  const oc::process p = one(text, {.supply = &published});
  const supplier& s = p.suppliers()[0];
  REQUIRE(s.designations.size() == 1);
  CHECK(s.designations[0].by == "European Commission");
  CHECK(s.designations[0].on == date{2023, 6, 15});
  // Counted from its day only.
  CHECK(s.designated(designation_kind::high_risk_supplier, date{2023, 6, 15}) == truth::true_);
  CHECK(s.designated(designation_kind::high_risk_supplier, date{2023, 6, 14}) == truth::false_);
  // A supplier the data names otherwise: its designations stay unknown, unless declared complete.
  const oc::process other = one(full_release, {.supply = &published});
  CHECK(other.suppliers()[0].designated(designation_kind::high_risk_supplier, date{2024, 1, 1}) == truth::unknown);
  published.designations_complete();
  const oc::process complete = one(full_release, {.supply = &published});
  CHECK(complete.suppliers()[0].designated(designation_kind::high_risk_supplier, date{2024, 1, 1}) == truth::false_);
  // Without the option, the shipped data is not used.
  const oc::process plain = one(text);
  CHECK(plain.suppliers()[0].designated(designation_kind::high_risk_supplier, date{2024, 1, 1}) == truth::unknown);
}

TEST_CASE("what a process hands out lives as long as the process", "[ocds][lifetime]") {
  std::vector<oc::process> kept;
  {
    std::string text = full_release;
    auto r = oc::read(text);
    REQUIRE(r);
    for (auto& p : r->processes) kept.push_back(std::move(p));
    text.assign(text.size(), 'x');  // the input is gone
  }
  kept.reserve(100);  // the processes move
  const contract& c = kept[0].deal();
  CHECK(c.authority.name == "London Borough of Barnet");
  CHECK(kept[0].suppliers()[0].name == "AnyCorp Cycle Provision");
  const screening s = kept[0].screening_of(0, date{2019, 6, 1});
  CHECK(read(facts::supplier_hq, s) == country{"GB"});
  // Asking a temporary process for its contract does not compile (deleted rvalue overloads):
  // see tests/compile_fail/ocds/.
  static_assert(!deal_callable<oc::process&&>);
  static_assert(deal_callable<const oc::process&>);
}
