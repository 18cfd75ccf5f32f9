// Values cast from outside data into an enumeration may lie outside it. Every text of an
// enumeration is total ("(invalid)", never a read past a table), a ballot outside the enumeration
// is refused with a typed error, and a record holding such values is checked, explained and
// reported without reading out of bounds (the sanitizer build watches every access).
#include <oversight/oversight.hpp>
#include <oversight/consent.hpp>
#include <oversight/policies/rp1.hpp>
#include <oversight/report.hpp>
#include <oversight/workflow.hpp>

#include "oversight_catch.hpp"

#include <string>
#include <string_view>
#include <type_traits>

namespace {

// The values tried for each enumeration: one past the last value and the largest of the
// underlying type.
template <class Enum>
constexpr Enum outside(int k) {
  using U = std::underlying_type_t<Enum>;
  return static_cast<Enum>(k == 0 ? U{200} : static_cast<U>(~U{0}));
}

template <class Enum, class Text>
void check_invalid_text(Text text) {
  for (int k : {0, 1}) CHECK(text(outside<Enum>(k)) == std::string_view("(invalid)"));
}

}  // namespace

TEST_CASE("The text of every enumeration is total", "[hostile][enum]") {
  using namespace oversight;
  const auto sv = [](auto e) { return to_string_view(e); };
  check_invalid_text<effect>(sv);
  check_invalid_text<decision>(sv);
  check_invalid_text<verdict_kind>(sv);
  check_invalid_text<combining>(sv);
  check_invalid_text<combining>([](combining c) { return xacml_urn(c); });
  check_invalid_text<hit_policy>(sv);
  check_invalid_text<table_status>(sv);
  check_invalid_text<defence_scope>(sv);
  check_invalid_text<procurement_regime>(sv);
  check_invalid_text<exclusion_ground>(sv);
  check_invalid_text<authority_kind>(sv);
  check_invalid_text<contract_object>(sv);
  check_invalid_text<sector>(sv);
  check_invalid_text<purpose>(sv);
  check_invalid_text<data_access>(sv);
  check_invalid_text<update_control>(sv);
  check_invalid_text<security_level>(sv);
  check_invalid_text<obligation_kind>(sv);
  check_invalid_text<classification>([](classification c) { return name(c); });
  check_invalid_text<eu_marking>([](eu_marking m) { return name(m); });
  check_invalid_text<nato_marking>([](nato_marking m) { return name(m); });
  check_invalid_text<effect>([](effect e) { return finding_label(e, truth::true_); });
  check_invalid_text<effect>([](effect e) { return finding_label(e, truth::unknown); });

  check_invalid_text<rp1::authority_level>(sv);
  check_invalid_text<rp1::object_category>(sv);
  check_invalid_text<rp1::sector_kind>(sv);
  check_invalid_text<rp1::access_level>(sv);
  check_invalid_text<rp1::security_level>(sv);

  check_invalid_text<consent::ballot>(sv);
  check_invalid_text<consent::status>(sv);
  check_invalid_text<consent::reason>(sv);

  const auto ws = [](auto e) { return workflow::to_string(e); };
  check_invalid_text<workflow::record_kind>(ws);
  check_invalid_text<workflow::record_outcome>(ws);
  check_invalid_text<workflow::obligation_status>(ws);
  check_invalid_text<workflow::verdict>(ws);
}

TEST_CASE("A ballot outside the enumeration is refused and changes nothing", "[hostile][enum][consent]") {
  using namespace oversight;
  using namespace oversight::consent;
  const consent::membership founders[] = {{country{"DE"}, date{1958, 1, 1}}, {country{"FR"}, date{1958, 1, 1}}};
  const electorate members = make_electorate(founders, date{2025, 1, 1}).value();
  ballot_box box(members, date{2025, 1, 2});
  REQUIRE(box.cast(country{"DE"}, ballot::yes));
  for (int k : {0, 1}) {
    const auto r = box.cast(country{"FR"}, outside<ballot>(k));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::not_a_ballot);
    CHECK(describe(r.error().code).id == std::string_view("OVS-E313"));
    CHECK(box.with(outside<ballot>(k)).empty());
    CHECK(box.with_by(outside<ballot>(k), date{2025, 1, 2}).empty());
  }
  // The box is as it was: one yes, FR outstanding, and FR can still vote.
  CHECK(box.with(ballot::yes).size() == 1);
  CHECK(box.outstanding().size() == 1);
  CHECK(box.cast(country{"FR"}, ballot::no));
  CHECK(box.with(ballot::no).size() == 1);
  CHECK(box.cast_on(63) == date::first());
  CHECK(box.cast_on(1'000'000) == date::first());
}

TEST_CASE("A record with values outside its enumerations is checked, explained and reported",
          "[hostile][enum][report]") {
  using namespace oversight;
  const rp1::contract c{.id = 7,
                        .buyer = country{"DE"},
                        .authority = outside<rp1::authority_level>(0),
                        .supplier_hq = country{"CN"},
                        .supplier_parent = country{"CN"},
                        .high_risk = true,
                        .clearance = outside<rp1::security_level>(0),
                        .category = outside<rp1::object_category>(1),
                        .sector = outside<rp1::sector_kind>(0),
                        .value_cents = 1'000'000'00,
                        .eu_tendered = false,
                        .art346 = false,
                        .firmware_control = true,
                        .remote_maintenance = true,
                        .data_access = outside<rp1::access_level>(1),
                        .classification = outside<rp1::security_level>(1),
                        .crypto_certified = false,
                        .collective_defence = false,
                        .consent_yes = {},
                        .consent_abstain = {},
                        .consent_no = {}};

  const verdict v = check(rp1::policy, c);
  const explanation e = explain(rp1::policy, c);
  CHECK(e.verdict == v);
  const std::string text = to_text(e);
  CHECK_FALSE(text.empty());
  const std::string json = report::to_json_text(e);
  CHECK(json.find("(invalid)") != std::string::npos);
}
