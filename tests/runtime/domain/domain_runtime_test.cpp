// Run-time paths of the domain vocabulary: data read as text, ownership graphs in containers,
// money rendering.
#include <oversight/oversight.hpp>
#include <oversight/domain.hpp>
#include <oversight/domain/money_text.hpp>

#include <compare>
#include <string>
#include <string_view>
#include <vector>

#include "../../static/domain/domain_fixtures.hpp"
#include "oversight_catch.hpp"

using namespace oversight;
using namespace oversight::literals;

namespace {
date day(std::string_view text) { return date::parse(text).value(); }
country code(std::string_view text) { return country::parse(text).value(); }
}  // namespace

TEST_CASE("bloc_membership is dated to the day", "[domain][bloc]") {
  CHECK_FALSE(nato::allies.is_member(code("FI"), day("2023-04-03")));
  CHECK(nato::allies.is_member(code("FI"), day("2023-04-04")));
  CHECK_FALSE(nato::allies.is_member(code("SE"), day("2024-03-06")));
  CHECK(nato::allies.is_member(code("SE"), day("2024-03-07")));
  CHECK(eu::member_states.is_member(code("UK"), day("2020-01-31")));
  CHECK_FALSE(eu::member_states.is_member(code("UK"), day("2020-02-01")));
  CHECK_FALSE(eu::member_states.is_member(code("HR"), day("2013-06-30")));
  CHECK(eu::member_states.is_member(code("HR"), day("2013-07-01")));
}

TEST_CASE("set algebra over blocs as of a date", "[domain][bloc]") {
  const date d = day("2026-06-30");
  const country_set eu = eu::member_states.members_on(d);
  const country_set nato = nato::allies.members_on(d);
  CHECK((eu & nato).size() == 23);
  std::string eu_only;
  for (country c : eu - nato) eu_only += std::string(c.alpha2()) + " ";
  CHECK(eu_only == "AT CY IE MT ");
  CHECK((nato - eu).size() == 9);
  CHECK((nato - eu).contains(code("US")));
  CHECK_FALSE((nato - eu).contains(code("DE")));
}

TEST_CASE("a user-defined bloc from run-time data", "[domain][bloc]") {
  std::vector<bloc_membership> members{{code("AU"), since(day("1951-09-01"))}, {code("NZ"), since(day("1951-09-01"))}};
  auto anzus = bloc::make("ANZUS", members);
  REQUIRE(anzus.has_value());
  CHECK(anzus->members_on(day("2000-01-01")).size() == 2);
  members.push_back({code("AU"), since(day("1990-01-01"))});
  auto bad = bloc::make("ANZUS", members);
  REQUIRE_FALSE(bad.has_value());
  CHECK(bad.error().code == bloc_errc::overlapping_membership);
  CHECK(bad.error().context.view() == "AU");
}

TEST_CASE("money is parsed exactly and printed with separators", "[domain][money]") {
  auto value = money::parse("12300000.00 EUR");
  REQUIRE(value.has_value());
  CHECK(*value == 12'300'000_eur);
  CHECK(to_string(*value) == "12,300,000.00 EUR");
  CHECK(to_string(money::parse("1652892.56 EUR").value()) == "1,652,892.56 EUR");
  CHECK(to_string(money::parse("-0.05 EUR", sign_policy::allow_negative).value()) == "-0.05 EUR");
  CHECK(to_string(money::parse("1234567 JPY").value()) == "1,234,567 JPY");
  CHECK(to_string(money::parse("0.5 KWD").value(), {'.', ',', false}) == "KWD 0,500");
  CHECK(to_string(money::minor(-9'223'372'036'854'775'807 - 1, "EUR")) == "-92,233,720,368,547,758.08 EUR");

  const auto bad = money::parse("12300000.001 EUR");
  REQUIRE_FALSE(bad.has_value());
  CHECK(bad.error().code == money_errc::too_many_decimals);
  CHECK(bad.error().id() == "OVS-E235");
  CHECK(bad.error().context.view() == "12300000.001 EUR");
  CHECK(money::parse("99999999999999999999 EUR").error().code == money_errc::money_overflow);
  CHECK(money::parse("-1 EUR").error().code == money_errc::negative_amount);
  CHECK(money::parse("1 ABC").error().code == money_errc::unknown_currency_code);
}

TEST_CASE("money arithmetic is checked", "[domain][money]") {
  const money a = money::parse("0.10 EUR").value();
  const money b = money::parse("0.20 EUR").value();
  CHECK((a + b).value() == money::parse("0.30 EUR").value());
  CHECK((b - a - a - a).value() == money::parse("-0.10 EUR", sign_policy::allow_negative).value());
  const money max = money::minor(9'223'372'036'854'775'807, "EUR");
  CHECK((max + a).error().code == money_errc::money_overflow);
  CHECK((max * 2).error().code == money_errc::money_overflow);
  const money usd = money::parse("1.00 USD").value();
  CHECK((a + usd).error().code == money_errc::currency_mismatch);
  CHECK(compare(a, usd).error().code == money_errc::currency_mismatch);
  CHECK(compare(a, b).value() == std::strong_ordering::less);
}

TEST_CASE("CPV codes read at run time", "[domain][cpv]") {
  for (std::string_view text : {"48000000-8", "72000000-5", "30233000-1", "45000000-7", "09110000-3", "33100000-1",
                                "80000000-4", "50312000-5", "79710000-4", "35000000-4", "32000000-3", "32500000-8",
                                "72250000-2", "48820000-2"}) {
    INFO(text);
    CHECK(cpv_code::parse(text).has_value());
  }
  CHECK(cpv_code::parse("48000000-1").error().code == cpv_errc::wrong_cpv_check_digit);
  CHECK(cpv_code::parse("48000000-1").error().context.view() == "48000000-1");
  CHECK(cpv_code::parse("48 000 000").error().code == cpv_errc::malformed_cpv_code);
  CHECK(cpv_code::parse("02000000").error().code == cpv_errc::unknown_cpv_division);
  CHECK(cpv_code::parse("45233130").value().kind() == cpv_kind::works);
}

TEST_CASE("ownership graphs in run-time containers", "[domain][ownership]") {
  std::vector<holding> a_owners{{"B", 6000}};
  std::vector<holding> b_owners{{"C", 5001}, {"D", 4999}};
  std::vector<holding> c_owners{{"A", 7000}};
  std::vector<party> parties{{"A", "A Ltd", party_kind::company, code("IE"), code("IE"), a_owners},
                             {"B", "B BV", party_kind::company, code("NL"), code("NL"), b_owners},
                             {"C", "C Co", party_kind::company, code("CN"), code("CN")},
                             {"D", "D fund", party_kind::fund, code("NO"), code("NO")}};
  auto view = ownership_view::make(parties);
  REQUIRE(view.has_value());
  auto chain = view->ultimate_controller("A");
  REQUIRE(chain.has_value());
  CHECK(chain->ultimate.id == "C");
  CHECK(chain->links == 2);
  std::vector<std::string> visited;
  REQUIRE(view->for_each_in_chain("A", [&](const party& p, std::size_t depth) {
    visited.push_back(std::string(p.id) + "@" + std::to_string(depth));
  }).has_value());
  CHECK(visited == std::vector<std::string>{"A@0", "B@1", "C@2"});

  SECTION("50 % is not control") {
    b_owners[0].basis_points = 5000;
    b_owners[1].basis_points = 5000;
    CHECK(ownership_view::make(parties)->ultimate_controller("A")->ultimate.id == "B");
  }
  SECTION("a cycle is named") {
    parties[2].owners = c_owners;
    auto cyclic = ownership_view::make(parties);
    REQUIRE_FALSE(cyclic.has_value());
    CHECK(cyclic.error().code == ownership_errc::ownership_cycle);
    CHECK(cyclic.error().context.view() == "A -> B -> C -> A");
  }
  SECTION("stakes above 100 % in total") {
    b_owners[1].basis_points = 5000;
    auto over = ownership_view::make(parties);
    REQUIRE_FALSE(over.has_value());
    CHECK(over.error().code == ownership_errc::stakes_exceed_whole);
    CHECK(over.error().context.view() == "B");
  }
  SECTION("a long chain is followed to the top") {
    std::vector<std::string> ids;
    for (int i = 0; i < 500; ++i) ids.push_back("p" + std::to_string(i));
    std::vector<std::vector<holding>> stakes(ids.size());
    std::vector<party> long_chain;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (i + 1 < ids.size()) stakes[i].push_back({ids[i + 1], 10000});
      long_chain.push_back({ids[i], ids[i], party_kind::company, code("DE"), code("DE"), stakes[i]});
    }
    auto top = ownership_view(long_chain).ultimate_controller("p0");
    REQUIRE(top.has_value());
    CHECK(top->links == 499);
    stakes.back().push_back({"p0", 10000});
    long_chain.back().owners = stakes.back();
    auto loop = ownership_view(long_chain).ultimate_controller("p0");
    REQUIRE_FALSE(loop.has_value());
    CHECK(loop.error().code == ownership_errc::ownership_cycle);
    CHECK(loop.error().context.view().substr(0, 12) == "p0 -> p1 -> ");
    CHECK(loop.error().context.view().size() == error_context::capacity);
  }
}

TEST_CASE("obligations are inherited through control", "[domain][obligations]") {
  const date d = day("2025-07-07");
  auto bound = binding_obligations(law::obligations, fixture::owners, "example-storage-es", d);
  REQUIRE(bound.has_value());
  std::vector<std::string> lines;
  for (const obligation_finding& f : *bound)
    lines.push_back(std::string(f.duty->source->short_citation) + " " + std::string(f.duty->article) + " via " +
                    std::string(f.through) + " (" + std::string(f.where ? f.where->alpha2() : "?") + ", depth " +
                    std::to_string(f.depth) + ")");
  CHECK(lines.size() == 8);
  CHECK(lines.front() == "PRC National Intelligence Law Art. 7 via example-group-cn (CN, depth 2)");
  CHECK(lines.back() == "PRC Data Security Law Art. 36 via cn-state (CN, depth 3)");

  // The same data held in containers gives the same answer.
  const std::vector<party> parties(fixture::parties.begin(), fixture::parties.end());
  const std::vector<supplier> suppliers(fixture::suppliers.begin(), fixture::suppliers.end());
  auto again = binding_obligations(law::obligations, ownership_view(parties, suppliers), "example-storage-es", d);
  REQUIRE(again.has_value());
  CHECK(again->size() == bound->size());

  auto unknown = binding_obligations(law::obligations, fixture::owners, "nobody", d);
  REQUIRE_FALSE(unknown.has_value());
  CHECK(unknown.error().code == obligation_errc::ownership_problem);
  CHECK(unknown.error().context.view() == "OVS-E250: nobody");
}

TEST_CASE("contracts are validated", "[domain][contract]") {
  contract c = fixture::storage_contract;
  REQUIRE(validate(c).has_value());
  const std::vector<subcontract> too_big{{"russian-owned-de", share::amount(money::parse("12300000.01 EUR").value())}};
  c.subcontracts = too_big;
  auto bad = validate(c);
  REQUIRE_FALSE(bad.has_value());
  CHECK(bad.error().code == contract_errc::subcontract_exceeds_value);
  CHECK(bad.error().context.view() == "russian-owned-de");
  CHECK(bad.error().id() == "OVS-E271");

  const std::vector<option> renewals{{money::parse("2000000.00 EUR").value(), 2}};
  CHECK(estimate_value(money::parse("8300000.00 EUR").value(), renewals).value() == 12'300'000_eur);
}

namespace {
// Named constants, not temporaries in the test body: Clang 14 crashes generating code for a
// temporary made by a consteval constructor there.
constexpr oversight::cpv_code software{"48000000-8"};
constexpr oversight::cpv_code it_services{"72000000"};
}  // namespace

TEST_CASE("a CPV code prints as written in explanations and messages", "[domain][cpv]") {
  std::string with_digit, without_digit;
  oversight::append_value(with_digit, software);
  oversight::append_value(without_digit, it_services);
  CHECK(with_digit == "48000000-8");
  CHECK(without_digit == "72000000");
}
