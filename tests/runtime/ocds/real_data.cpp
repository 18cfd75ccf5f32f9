// The OCDS adapter on the real published data beside the project (../shared/data/ocds, see its
// README): every file parses or fails with the documented error, and a process of each of the
// nine publishers maps onto the facts its JSON states (each expectation below was read off the
// JSON file named beside it).
#include <oversight/adapt/ocds.hpp>
#include <oversight/policies.hpp>

#include "oversight_catch.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

using namespace oversight;
namespace oc = oversight::ocds;
namespace fs = std::filesystem;

namespace {

const fs::path data_dir = OVERSIGHT_OCDS_DATA;

std::vector<fs::path> every_file() {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(data_dir))
    if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

/// Process `index` of the file at `relative` (under the data folder).
oc::process nth(const std::string& relative, std::size_t index) {
  std::vector<oc::process> all;
  const auto r = oc::read_file((data_dir / relative).string(), [&](oc::process&& p) { all.push_back(std::move(p)); });
  REQUIRE(r);
  REQUIRE(all.size() > index);
  return std::move(all[index]);
}

money m(std::int64_t minor, std::string_view code) { return money::minor(minor, *currency::parse(code)); }

bool has_warning(const oc::process& p, oc::warning_kind k, std::string_view where) {
  return std::any_of(p.warnings().begin(), p.warnings().end(),
                     [&](const oc::warning& w) { return w.kind == k && w.where == where; });
}

}  // namespace

TEST_CASE("every published file is read, or fails with the documented error", "[ocds][real]") {
  const auto files = every_file();
  REQUIRE(files.size() == 260);
  std::map<std::string, std::size_t> per_publisher;
  std::vector<std::string> empty;
  std::size_t processes = 0;
  for (const fs::path& f : files) {
    const auto r = oc::read_file(f.string(), [&](oc::process&& p) {
      ++processes;
      ++per_publisher[fs::relative(f, data_dir).begin()->string()];
      CHECK_FALSE(p.record().source.empty());
    });
    if (!r) {
      CHECK(r.error().code == oc::ocds_errc::empty_input);
      CHECK(r.error().context.view() == error_context(f.string()).view());  // names the file
      empty.push_back(fs::relative(f, data_dir).string());
      continue;
    }
    CHECK(r->line_errors.empty());
  }
  // Three of Paraguay's record files are empty (the data's README says so).
  CHECK(empty == std::vector<std::string>{"paraguay/sample/records/283826.json", "paraguay/sample/records/283906.json",
                                          "paraguay/sample/records/284456.json"});
  CHECK(processes == 354);
  CHECK(per_publisher == std::map<std::string, std::size_t>{{"armenia", 100}, {"australia", 10}, {"canada", 63},
                                                            {"colombia", 31}, {"nigeria", 23}, {"paraguay", 84},
                                                            {"taiwan", 11}, {"uganda", 10}, {"ukraine", 22}});
}

TEST_CASE("Armenia: a release package of 100 releases", "[ocds][real]") {
  const oc::process p = nth("armenia/sample/releases/6.json", 0);
  CHECK(p.ocid() == "AM-PPS-cd59b69d149e811de21d582805b28efa");
  CHECK(p.record().release_date == date{2018, 1, 11});  // "2018-01-11T17:29:09+04:00"
  CHECK(p.deal().authority.name == "Constitutional Court RA");
  CHECK(p.deal().authority.state == country{"AM"});        // address.countryName "AM"
  CHECK(p.deal().estimated_value == m(16'000'00, "AMD"));  // tender.value 16000.0 AMD
  CHECK(p.deal().object == contract_object::supplies);     // mainProcurementCategory "goods"
  CHECK(p.record().method == oc::procurement_method::direct);
  CHECK(p.deal().launched == date{2016, 6, 30});           // tenderPeriod.startDate
  CHECK(p.record().tender_status == "cancelled");
  REQUIRE(p.deal().cpv.has_value());
  CHECK(p.deal().cpv->size() == 1);
  CHECK((*p.deal().cpv)[0].number() == 34330000);          // "34330000-9"
  CHECK(p.suppliers().empty());
}

TEST_CASE("Australia (New South Wales): a tender without value or CPV", "[ocds][real]") {
  const oc::process p = nth("australia/new-south-wales/sample/releases/0.json", 0);
  CHECK(p.ocid() == "ocds-43qwtd-RFT-0B980BC7-FB94-5FC4-D587404FC31576A7");
  CHECK(p.deal().authority.name == "Public Works Advisory - Hunter New England Region");
  CHECK_FALSE(p.deal().authority.state.has_value());  // the buyer has no address
  CHECK_FALSE(p.deal().estimated_value.has_value());
  CHECK_FALSE(p.deal().cpv.has_value());               // its item is classified UNSPSC 81101508
  CHECK(p.record().method == oc::procurement_method::selective);
  CHECK(p.deal().launched == date{2017, 12, 7});
}

TEST_CASE("Canada (Montreal): the value of the award", "[ocds][real]") {
  const oc::process p = nth(
      "canada/montreal/sample/releases/"
      "ocds-a1234567-mt-063635891f001755a1637786dd047485f3dcfaf6-063635891f001755a1637786dd047485f3dcfaf6.json",
      0);
  CHECK(p.deal().authority.name == "Infrastructures, voirie et transports");
  CHECK(p.deal().authority.state == country{"CA"});
  CHECK(p.deal().estimated_value == m(8'923'94, "CAD"));  // awards[0].value 8923.94 CAD, no tender value
  CHECK(p.record().value_from == oc::value_basis::awards);
  CHECK(p.deal().launched == date{2017, 5, 27});
  CHECK(p.record().launched_from == oc::launch_basis::earliest_date);
  REQUIRE(p.suppliers().size() == 1);
  CHECK(p.suppliers()[0].name == "CENTRE DE TECHNOLOGIE PHYSIQUE ET PHOTONIQUE DE MONTREAL");
  CHECK_FALSE(p.suppliers()[0].headquarters.has_value());
}

TEST_CASE("Colombia: a record's compiled release, signed before it was published", "[ocds][real]") {
  const oc::process p = nth("colombia/sample/records/ocds-k50g02-16-12-5280389.json", 0);
  CHECK(p.record().from_record);
  CHECK(p.deal().authority.name == "BOGOTÁ D.C. - SECRETARÍA DE EDUCACIÓN");
  CHECK(p.deal().authority.state == country{"CO"});
  CHECK(p.deal().estimated_value == m(2'307'457'00, "COP"));
  CHECK(p.record().method == oc::procurement_method::limited);
  CHECK(p.deal().signed_on == date{2016, 6, 27});
  CHECK(p.deal().launched == date{2016, 6, 27});  // no tender period: the earliest day recorded
  CHECK(validate(p.deal()).has_value());
  REQUIRE(p.suppliers().size() == 1);
  CHECK(p.suppliers()[0].name == "MARTHA ZULENY TORRES BEJARANO");
  CHECK(p.suppliers()[0].headquarters == country{"CO"});
}

TEST_CASE("Nigeria: countries from identifier schemes, a CPV code that fails", "[ocds][real]") {
  const oc::process p = nth("nigeria/open-contracting-portal/sample/releases/"
                            "ocds-gyl66f-borbda-27yetd-ocds-gyl66f-borbda-27yetd.json",
                            0);
  CHECK(p.deal().authority.state == country{"NG"});  // scheme NGA-BRBDA (the buyer has no address)
  CHECK(p.deal().estimated_value == m(54'389'500'00, "NGN"));
  CHECK(p.deal().launched == date{2014, 6, 30});
  CHECK(p.record().cpv.size() == 1);  // tender item 09399855
  CHECK_FALSE(p.deal().cpv.has_value());  // a contract item's "286989310" names no CPV division
  CHECK(has_warning(p, oc::warning_kind::cpv_invalid, "/contracts/0/items/0/classification/id"));
  REQUIRE(p.suppliers().size() == 1);
  CHECK(p.suppliers()[0].name == "dtec nigeria limited");
  CHECK(p.suppliers()[0].incorporated_in == country{"NG"});  // NGA-DNL
}

TEST_CASE("Paraguay: a record package, a supplier list given as an object", "[ocds][real]") {
  const oc::process p = nth("paraguay/sample/records/274231.json", 0);
  CHECK(p.ocid() == "ocds-03ad3f-274231");
  CHECK(p.record().source.ends_with("274231.json#/records/0"));
  CHECK(p.deal().authority.name == "Compañía Paraguaya de Comunicaciones (COPACO)");
  CHECK(p.deal().estimated_value == m(600'000'000, "PYG"));  // no minor unit
  CHECK(p.deal().launched == date{2016, 3, 15});
  CHECK(p.deal().signed_on == date{2016, 10, 18});
  REQUIRE(p.suppliers().size() == 1);
  CHECK(p.suppliers()[0].name == "RIEDER Y CIA. SACI");
  CHECK(has_warning(p, oc::warning_kind::object_for_list, "/records/0/compiledRelease/contracts/0/suppliers"));
}

TEST_CASE("Taiwan: a procurement method off the codelist", "[ocds][real]") {
  const oc::process p = nth("taiwan/sample/releases/ocid-6as3t2-51179519-ocid-6as3t2-51179519.json", 0);
  CHECK(p.deal().authority.name == "南投縣魚池鄉五城國民小學");  // buyer.identifier.legalName
  CHECK_FALSE(p.record().method.has_value());
  CHECK(has_warning(p, oc::warning_kind::method_invalid, "/tender/procurementMethod"));
  CHECK(p.record().release_date == date{2014, 2, 5});  // a bare date
}

TEST_CASE("Uganda: an identifier written as a number", "[ocds][real]") {
  const oc::process p = nth("uganda/sample/releases/ocds-rdvc92-1508162377-97080.json", 0);
  REQUIRE(p.record().buyer.has_value());
  CHECK(p.record().buyer->id == "19");
  CHECK(p.deal().authority.name == "Courts of Judicature");
  CHECK(p.deal().authority.state == country{"UG"});
  CHECK(p.deal().estimated_value == m(371'049'525, "UGX"));
  CHECK(p.deal().object == contract_object::works);
  CHECK(p.record().tender_status == "planned");
}

TEST_CASE("Ukraine: values with VAT included are not net values", "[ocds][real]") {
  const oc::process p = nth("ukraine/sample/releases/"
                            "ocds-be6bcu-UA-2017-04-12-001619-b-9c06e7fffe00412ebf6ec83fa2a10e04.json",
                            0);
  CHECK(p.deal().authority.state == country{"UA"});
  CHECK_FALSE(p.deal().estimated_value.has_value());  // 49993.6 UAH, valueAddedTaxIncluded: true
  CHECK(has_warning(p, oc::warning_kind::value_includes_vat, "/tender/value/valueAddedTaxIncluded"));
  CHECK(p.deal().object == contract_object::supplies);  // from CPV 03220000-9 (division 03)
  CHECK(p.record().object_from == oc::object_basis::cpv_division);
  CHECK(p.deal().launched == date{2017, 4, 13});
  REQUIRE(p.suppliers().size() == 1);  // the unsuccessful award's supplier does not count
  CHECK(p.suppliers()[0].name == "ФОП \"КРИШТАЛЬ НАТАЛІЯ ІВАНІВНА\"");
  CHECK(p.suppliers()[0].incorporated_in == country{"UA"});  // UA-EDR
  // Outside the EU: the directives do not apply, and the policy says so.
  const screening s = p.screening_of(0, date{2017, 4, 25});
  CHECK(read(facts::buyer_under_eu_law, s) == false);
  CHECK(policies::thresholds::outside_eu.fires(s, as_of(s.on)) == truth::true_);
  // Nothing says what the system is for: the security rules cannot permit it.
  CHECK(check(policies::sitel::policy, s, as_of(s.on)).kind == verdict_kind::indeterminate);
}

TEST_CASE("a second process of several publishers", "[ocds][real]") {
  // Armenia, release 57 of the package: services, CPV 50711000-2.
  const oc::process am = nth("armenia/sample/releases/6.json", 57);
  CHECK(am.deal().authority.name == "Ministry of nature protection of the RA");
  CHECK(am.deal().estimated_value == m(200'000'00, "AMD"));  // tender.value 200000.0 AMD
  CHECK(am.deal().object == contract_object::services);
  CHECK(am.deal().launched == date{2016, 7, 1});
  REQUIRE(am.deal().cpv.has_value());
  CHECK((*am.deal().cpv)[0].number() == 50711000);
  // Canada (Buy and Sell), a record: names given per language (name_en, name_fr).
  const oc::process ca = nth("canada/buyandsell/sample/records/ocds-34a6hz-01044-060931_001_USW.json", 0);
  CHECK(ca.ocid() == "ocds-34a6hz-01044-060931/001/USW");
  CHECK(ca.deal().authority.name == "Agriculture and Agri-Food Canada");  // name_en; buyer.name is ""
  CHECK(ca.deal().authority.state == country{"CA"});
  CHECK(ca.deal().estimated_value == m(149'597'00, "CAD"));  // contracts[0].value 149597
  CHECK(ca.record().value_from == oc::value_basis::contracts);
  // Ukraine, a record's compiled release.
  const oc::process ua = nth("ukraine/sample/records/ocds-be6bcu-UA-2016-06-02-000468-c.json", 0);
  CHECK(ua.record().from_record);
  CHECK(ua.deal().launched == date{2016, 6, 7});
  CHECK(ua.deal().signed_on == date{2016, 6, 15});
  CHECK(has_warning(ua, oc::warning_kind::value_includes_vat, "/compiledRelease/tender/value/valueAddedTaxIncluded"));
  REQUIRE(ua.suppliers().size() == 1);
  CHECK(ua.suppliers()[0].id == "UA-EDR-40133709");
  CHECK(ua.suppliers()[0].name == "ЧП \"ОКСИМЕД\"");
  // Paraguay, an award release without a buyer: the value of the award.
  const oc::process py = nth("paraguay/sample/releases/274231-adquisicion-equipos-comunicacion-terminales-opticos-transmision-1-award.json", 0);
  CHECK_FALSE(py.record().buyer.has_value());
  CHECK_FALSE(py.deal().authority.state.has_value());
  CHECK(py.deal().estimated_value == m(180'941'450, "PYG"));
  CHECK(py.record().value_from == oc::value_basis::awards);
  REQUIRE(py.suppliers().size() == 1);
  CHECK(py.suppliers()[0].name == "RIEDER Y CIA. SACI");
}
