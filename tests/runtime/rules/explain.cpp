// The rule engine at run time: the same policies as the static tests on data built at run
// time, explanations (messages, bases, traces, remedies, obligations) and text rendering.
#include <oversight/oversight.hpp>

#include <string>
#include <vector>

#include "oversight_catch.hpp"
#include "rules_fixture.hpp"


namespace {

using namespace oversight;
using namespace fixture;

inline constexpr auto hostile_hq = any(subcontractors, hq.in(std::string_view("CN"), std::string_view("RU")));

inline constexpr auto screening_policy = policy<"screening", combining::deny_overrides>(
    rule<"supplier.high-risk">(effect::deny, high_risk && area.in(area_kind::lawful_interception, area_kind::defence))
        .cite(legal_basis{"Commission Communication C(2023) 4049", "section 2"},
              legal_basis{"Directive (EU) 2022/2555 (NIS2)", "Art. 22", "http://data.europa.eu/eli/dir/2022/2555/oj"})
        .message("a high-risk supplier in the {} sector", area)
        .with_obligation(obligation{"exit-plan", "plan the replacement of the supplier", 365, "signature"}),
    rule<"procurement.defence-directive">(effect::deny, area == area_kind::defence && value >= 44'300'000 && !eu_tendered),
    exception<"exemption.art346", "procurement.defence-directive">(art346, 1),
    rule<"subcontractor.hostile">(effect::review, hostile_hq),
    rule<"advice.large">(effect::advice, value >= 1'000'000'000));

record runtime_contract(area_kind s, long long cents, std::optional<bool> hr, std::optional<bool> tendered) {
  record c;
  c.area = s;
  c.value_cents = cents;
  c.high_risk = hr;
  c.eu_tendered = tendered;
  return c;
}

const explained_finding* find(const explanation& e, std::string_view id) {
  for (const auto& f : e.findings)
    if (f.rule_id == id) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("verdicts at run time equal those at compile time", "[rules]") {
  constexpr record ct{.area = area_kind::defence, .high_risk = true};
  STATIC_REQUIRE(check(screening_policy, ct) == verdict_kind::deny);
  const auto rt = runtime_contract(area_kind::defence, 0, true, std::nullopt);
  REQUIRE(check(screening_policy, rt) == check(screening_policy, ct));
  REQUIRE(check(screening_policy, runtime_contract(area_kind::general, 5, false, true)));
  REQUIRE(check(screening_policy, runtime_contract(area_kind::defence, 0, std::nullopt, true)) == verdict_kind::indeterminate);
}

TEST_CASE("a finding carries its basis, message and obligations", "[rules][explain]") {
  const auto e = explain(screening_policy, runtime_contract(area_kind::lawful_interception, 100, true, true));
  REQUIRE(e.verdict == verdict_kind::deny);
  const auto* f = find(e, "supplier.high-risk");
  REQUIRE(f != nullptr);
  CHECK(f->message == "a high-risk supplier in the lawful_interception sector");
  REQUIRE(f->basis.size() == 2);
  CHECK(f->basis[1].eli == "http://data.europa.eu/eli/dir/2022/2555/oj");
  REQUIRE(e.obligations.size() == 1);
  CHECK(e.obligations[0].id == "exit-plan");
  CHECK(e.obligations[0].due_within_days == 365);
}

TEST_CASE("the trace shows each clause with the actual fact values", "[rules][explain]") {
  const auto e = explain(screening_policy, runtime_contract(area_kind::defence, 50'000'000, false, false));
  const auto* f = find(e, "procurement.defence-directive");
  REQUIRE(f != nullptr);
  REQUIRE(f->trace.text == "all of");
  REQUIRE(f->trace.children.size() == 3);
  CHECK(f->trace.children[0].text == "contract.sector = defence");
  CHECK(f->trace.children[0].facts == std::vector<fact_reading>{{"contract.sector", "defence"}});
  CHECK(f->trace.children[1].facts == std::vector<fact_reading>{{"contract.value-cents", "50000000"}});
  CHECK(to_string(f->trace.children[1].facts[0]) == "contract.value-cents = 50000000");
  CHECK(f->trace.children[0].kind == clause_kind::condition);
  CHECK(f->trace.children[2].text == "not");
  CHECK(f->trace.children[2].children[0].value == truth::false_);
}

TEST_CASE("unknown facts show as unknown in the trace", "[rules][explain]") {
  const auto e = explain(screening_policy, runtime_contract(area_kind::defence, 0, std::nullopt, true));
  REQUIRE(e.verdict == verdict_kind::indeterminate);
  const auto* f = find(e, "supplier.high-risk");
  REQUIRE(f != nullptr);
  CHECK(f->value == decision::indeterminate_d);
  CHECK(f->trace.children[0].facts == std::vector<fact_reading>{{"supplier.high-risk", std::nullopt}});
  CHECK(to_string(f->trace.children[0].facts[0]) == "supplier.high-risk unknown");
}

TEST_CASE("remedies: any one falsified clause of a conjunction, the boundary of a threshold", "[rules][remedy]") {
  const auto e = explain(screening_policy, runtime_contract(area_kind::defence, 50'000'000, false, false));
  const auto* f = find(e, "procurement.defence-directive");
  REQUIRE(f != nullptr);
  REQUIRE(f->remedies.size() == 3);
  CHECK(f->remedies[0] == remedy{"contract.sector != defence"});
  CHECK(f->remedies[1] == remedy{"contract.value-cents < 44300000"});
  CHECK(f->remedies[2] == remedy{"contract.eu-tendered = true"});
}

TEST_CASE("remedies: a quantifier needs every offending element changed", "[rules][remedy]") {
  record c = runtime_contract(area_kind::general, 0, false, true);
  c.subs = {{{"CN", false}, {"DE", false}, {"RU", false}}};
  c.sub_count = 3;
  const auto e = explain(screening_policy, c);
  REQUIRE(e.verdict == verdict_kind::review);
  const auto* f = find(e, "subcontractor.hostile");
  REQUIRE(f != nullptr);
  REQUIRE(f->remedies.size() == 1);
  CHECK(f->remedies[0] == remedy{"contract.subcontractors[0]: supplier.hq not in {CN, RU}",
                                 "contract.subcontractors[2]: supplier.hq not in {CN, RU}"});
}

TEST_CASE("a trace marks collection elements and the period clause by kind", "[rules][explain]") {
  record c = runtime_contract(area_kind::general, 0, false, true);
  c.subs = {{{"DE", false}, {"CN", false}}};
  c.sub_count = 2;
  const auto all = explain(screening_policy, c);
  const auto* f = find(all, "subcontractor.hostile");
  REQUIRE(f != nullptr);
  // The quantifier, then one element clause per element it read, each with the fact it quoted.
  REQUIRE(f->trace.children.size() == 2);
  const clause& second = f->trace.children[1];
  CHECK(second.kind == clause_kind::element);
  CHECK(second.text == "contract.subcontractors[1]");
  REQUIRE(second.children.size() == 1);
  CHECK(second.children[0].facts == std::vector<fact_reading>{{"supplier.hq", "CN"}});

  constexpr auto dated = policy<"dated", combining::deny_overrides>(
      rule<"dated">(effect::deny, high_risk).in_force_during(since(date{2024, 1, 1})));
  const auto undated = explain(dated, runtime_contract(area_kind::general, 0, true, true));
  REQUIRE(undated.findings.size() == 1);
  const clause& period = undated.findings[0].trace.children.at(0);
  CHECK(period.kind == clause_kind::period);
  CHECK(period.value == truth::unknown);
  CHECK(period.facts == std::vector<fact_reading>{{"evaluation date", std::nullopt}});
}

TEST_CASE("remedies: a disjunction needs every true clause falsified, smallest sets first", "[rules][remedy]") {
  constexpr auto either = rule<"either">(effect::deny, (area == area_kind::defence || value >= 10) && eu_tendered);
  constexpr auto p = policy<"p", combining::deny_overrides>(either);
  const auto e = explain(p, runtime_contract(area_kind::defence, 20, false, true));
  REQUIRE(e.findings.size() == 1);
  const auto& r = e.findings[0].remedies;
  REQUIRE(r.size() == 2);
  CHECK(r[0] == remedy{"contract.eu-tendered = false"});
  CHECK(r[1] == remedy{"contract.sector != defence", "contract.value-cents < 10"});
}

TEST_CASE("an exempted rule gives no finding; advice is reported but does not decide", "[rules][explain]") {
  record c = runtime_contract(area_kind::defence, 2'000'000'000, false, false);
  c.art346 = true;
  const auto e = explain(screening_policy, c);
  CHECK(e.verdict == verdict_kind::permit);
  CHECK(find(e, "procurement.defence-directive") == nullptr);
  const auto* advice = find(e, "advice.large");
  REQUIRE(advice != nullptr);
  CHECK(advice->value == decision::not_applicable);
  CHECK(advice->remedies.empty());
}

TEST_CASE("findings without allocation match the explanation", "[rules]") {
  const auto c = runtime_contract(area_kind::lawful_interception, 2'000'000'000, true, true);
  findings_buffer<decltype(screening_policy)> buffer{};
  const auto fast = evaluate_into(screening_policy, c, {}, buffer);
  const auto slow = explain(screening_policy, c);
  REQUIRE(fast.verdict == slow.verdict);
  REQUIRE(fast.total == slow.findings.size());
  for (std::size_t i = 0; i < fast.stored; ++i) CHECK(buffer[i].rule_id == slow.findings[i].rule_id);
}

TEST_CASE("a policy prints itself for a legal reviewer", "[rules][text]") {
  const std::string md = to_markdown(screening_policy);
  CHECK(md.find("## Policy `screening`") != std::string::npos);
  CHECK(md.find("- **`supplier.high-risk`** (deny): supplier.high-risk and contract.sector in "
                "{lawful_interception, defence}") != std::string::npos);
  CHECK(md.find("  - basis: Directive (EU) 2022/2555 (NIS2), Art. 22 <http://data.europa.eu/eli/dir/2022/2555/oj>") !=
        std::string::npos);
  CHECK(md.find("- **`exemption.art346`** exempts `procurement.defence-directive` (priority 1) when "
                "contract.art346-invoked") != std::string::npos);
  const std::string text = to_text(screening_policy);
  CHECK(text.find("review subcontractor.hostile when any of contract.subcontractors satisfies (supplier.hq in {CN, RU})") !=
        std::string::npos);
}

TEST_CASE("an explanation prints as text", "[rules][text]") {
  const auto e = explain(screening_policy, runtime_contract(area_kind::defence, 50'000'000, false, false));
  const std::string text = to_text(e);
  CHECK(text.rfind("Policy screening: DENY (XACML Deny)\n", 0) == 0);
  CHECK(text.find("compliant if: contract.value-cents < 44300000") != std::string::npos);
}

TEST_CASE("a decision table prints as a table and shows its value in a trace", "[rules][table]") {
  constexpr auto threshold = decision_table<"threshold", hit_policy::unique, long long>(inputs(area))
                                 .row(is(area_kind::defence), 44'300'000LL)
                                 .row(is(area_kind::general, area_kind::lawful_interception), 14'300'000LL);
  const std::string md = to_markdown(threshold);
  CHECK(md == "Decision table `threshold` (hit policy UNIQUE)\n\n| contract.sector | output |\n|---|---|\n"
              "| defence | 44300000 |\n| general, lawful_interception | 14300000 |\n");
  constexpr auto p = policy<"tender", combining::deny_overrides>(rule<"tender">(effect::deny, value >= threshold));
  const auto e = explain(p, runtime_contract(area_kind::defence, 50'000'000, false, false));
  REQUIRE(e.findings.size() == 1);
  CHECK(e.findings[0].trace.text == "contract.value-cents >= threshold");
  CHECK(e.findings[0].trace.facts ==
        std::vector<fact_reading>{{"contract.value-cents", "50000000"}, {"threshold", "44300000"}});
  CHECK(e.findings[0].remedies == std::vector<remedy>{remedy{"contract.value-cents < threshold (44300000)"}});
  // A sector no row covers: no threshold, so the rule cannot be decided.
  CHECK(check(p, runtime_contract(area_kind::critical_infrastructure, 1, false, false)) == verdict_kind::indeterminate);
}
