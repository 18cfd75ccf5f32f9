// Not recorded is unknown, never a default (see unrecorded.hpp), at run time, with the data
// built from text read at run time.
#include "unrecorded.hpp"

#include "oversight_catch.hpp"

#include <string>
#include <vector>

using namespace oversight;
using namespace pr_unrecorded;
namespace pol = oversight::policies;

TEST_CASE("a contract that records little is undecided where rules need what it leaves out", "[unrecorded]") {
  const contract c = sparse();
  CHECK_FALSE(fact_of(facts::contract_purpose, c).has_value());
  CHECK_FALSE(fact_of(facts::regime, c).has_value());
  CHECK(fires(pol::hrs::high_risk_supplier, c) == truth::unknown);
  // Which directive applies depends on the purpose (2009/81 for a security purpose): both
  // tendering rules are Indeterminate{D}, and so is the whole.
  CHECK(decide(pol::sitel::policy, c) == verdict_kind::indeterminate);
  CHECK(decide(pol::hrs::policy, c) == verdict_kind::indeterminate);
}

TEST_CASE("a supplier read at run time, with its lists not recorded", "[unrecorded]") {
  const std::string id = "from-data-" + std::to_string(42);
  const supplier s{.id = id,
                   .name = "A supplier read from data",
                   .headquarters = *country::parse(std::string("UA")),
                   .recorded = recorded_lists::none};
  const std::vector<supplier> registry{s};
  const ownership_view owners(std::span<const party>{}, registry);
  CHECK_FALSE(supplier_fact(facts::supplier_designated_high_risk, s, owners).has_value());
  CHECK_FALSE(supplier_fact(facts::controller_state, s, owners).has_value());
  const auto bound = supplier_fact(facts::supplier_bound_by, s, owners);
  REQUIRE(bound.has_value());
  CHECK(bound->binds(obligation_kind::built_in_state_access) == truth::unknown);
  CHECK(decide_with(pol::hrs::policy, sparse(), s, owners) == verdict_kind::indeterminate);
}

TEST_CASE("thresholds in national currencies, and buyers outside the EU", "[unrecorded][thresholds]") {
  const auto sek = [](std::int64_t minor) { return money::minor(minor, *currency::parse("SEK")); };
  CHECK(tender_rule(bought_in(country{"SE"}, sek(1'546'202'00), date{2024, 5, 1})) == truth::true_);
  CHECK(tender_rule(bought_in(country{"SE"}, sek(1'546'201'99), date{2024, 5, 1})) == truth::false_);
  CHECK(tender_rule(bought_in(country{"SE"}, sek(1'000'000'000'00), date{2026, 5, 1})) == truth::unknown);
  CHECK(tender_rule(bought_in(*country::parse("UA"), money::minor(1, *currency::parse("UAH")), date{2017, 4, 12})) ==
        truth::false_);
  CHECK(fires(pol::thresholds::outside_eu, bought_in(country{"UA"}, eur_cents(1), date{2017, 4, 12})) ==
        truth::true_);
}
