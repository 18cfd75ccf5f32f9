// RP-1 at run time: the cases of rp1_cases.hpp, the explanations (messages, citations,
// remedies) and the rendering of the policy.
#include <oversight/oversight.hpp>
#include <oversight/policies/rp1.hpp>
#include <oversight/rules/explain.hpp>
#include <oversight/rules/text.hpp>

#include "oversight_catch.hpp"
#include "rp1_cases.hpp"

#include <algorithm>
#include <string>

namespace rp1 = oversight::rp1;
using oversight::country;

TEST_CASE("every RP-1 case gives its findings at run time") {
  for (const auto& k : rp1_cases::cases) {
    INFO(std::string(k.name));
    const rp1_cases::observed o = rp1_cases::observe(k.contract);
    CHECK(o.fired == k.fired);
    CHECK(o.deny == k.deny);
    CHECK(o.verdict == rp1_cases::expected_verdict(k));
    CHECK(o.checked == o.verdict);
  }
}

namespace {
const oversight::explained_finding* find(const oversight::explanation& e, std::string_view id) {
  const auto it = std::find_if(e.findings.begin(), e.findings.end(), [&](const auto& f) { return f.rule_id == id; });
  return it == e.findings.end() ? nullptr : &*it;
}
bool mentions(const std::vector<oversight::remedy>& remedies, std::string_view change) {
  return std::any_of(remedies.begin(), remedies.end(), [&](const oversight::remedy& r) {
    return std::find(r.begin(), r.end(), change) != r.end();
  });
}
}  // namespace

TEST_CASE("an RP-1 threshold finding cites the directive and names the boundary") {
  const auto c = rp1_cases::with([](auto& x) { x.value_cents = 143'000'00; });
  const auto e = oversight::explain(rp1::policy, c);
  REQUIRE(e.verdict == oversight::verdict_kind::deny);
  const auto* f = find(e, "procurement.eu-tender");
  REQUIRE(f != nullptr);
  CHECK(f->message == "supplies contract of 14300000 cents by a central authority, not tendered EU-wide");
  REQUIRE(f->basis.size() == 2);
  CHECK(f->basis[0].eli == "http://data.europa.eu/eli/dir/2014/24/oj");
  CHECK(f->basis[1].eli == "http://data.europa.eu/eli/reg_del/2023/2495/oj");
  CHECK(mentions(f->remedies, "value_cents < 14300000"));
  CHECK(mentions(f->remedies, "eu_tendered = true"));
}

TEST_CASE("the Art. 346 exemption defeats the defence-directive rule and nothing else") {
  const auto c = rp1_cases::with([](auto& x) {
    x.sector = rp1::sector_kind::defence;
    x.value_cents = 1'000'000'00;
    x.art346 = true;
    x.crypto_certified = false;
  });
  const auto e = oversight::explain(rp1::policy, c);
  CHECK(find(e, "procurement.defence-directive") == nullptr);
  CHECK(find(e, "security.crypto-certification") != nullptr);
}

TEST_CASE("a collective-defence finding says who objects and who has not answered") {
  SECTION("an objection: DENY, remedied by withdrawing it") {
    const auto c = rp1_cases::with([](auto& x) {
      x.collective_defence = true;
      x.consent_yes = rp1_cases::all_but_es - oversight::country_set{country{"DE"}};
      x.consent_no = {country{"DE"}, country{"ES"}};
    });
    const auto e = oversight::explain(rp1::policy, c);
    const auto* f = find(e, "consent.collective-defence");
    REQUIRE(f != nullptr);
    CHECK(f->rule_effect == oversight::effect::deny);
    CHECK(e.verdict == oversight::verdict_kind::deny);
    CHECK(mentions(f->remedies, "consent_no without DE"));  // the buyer's own entry is not an objection
  }
  SECTION("pending: REVIEW, remedied by the missing answers") {
    const auto c = rp1_cases::with([](auto& x) {
      x.collective_defence = true;
      x.consent_yes = rp1_cases::all_but_es - oversight::country_set{country{"PT"}, country{"AT"}};
    });
    const auto e = oversight::explain(rp1::policy, c);
    const auto* f = find(e, "consent.collective-defence");
    REQUIRE(f != nullptr);
    CHECK(f->rule_effect == oversight::effect::review);
    CHECK(e.verdict == oversight::verdict_kind::review);
    CHECK(mentions(f->remedies, "consent_yes or consent_abstain with AT, PT"));
  }
}

TEST_CASE("the RP-1 policy renders with every rule, escalation and citation") {
  const std::string text = oversight::to_text(rp1::policy);
  for (auto id : decltype(rp1::policy)::all_rule_ids()) CHECK(text.find(std::string(id)) != std::string::npos);
  CHECK(text.find("deny when an elector (EU27 without the buyer) is in consent_no") != std::string::npos);
  CHECK(text.find("exception exemption.art346 exempts procurement.defence-directive when art346") != std::string::npos);
  CHECK(text.find("supplier_hq in EU27+NO+IS+LI") != std::string::npos);
  CHECK(text.find("18 U.S.C. 2713") != std::string::npos);
  CHECK(text.find("http://data.europa.eu/eli/dec/2013/488/oj") != std::string::npos);
}
