// Runtime tests: a policy as a Graphviz and a Mermaid diagram, drawn from the policy object.
#include <oversight/oversight.hpp>
#include <oversight/policies/high_risk_suppliers.hpp>
#include <oversight/rules/diagram.hpp>

#include <string>
#include <string_view>

#include "oversight_catch.hpp"
#include "rules_fixture.hpp"

namespace {

using namespace oversight;
using namespace fixture;

inline constexpr legal_basis communication{"Commission Communication C(2023) 4049", "section 2"};
inline constexpr legal_basis nis2_art22{"Directive (EU) 2022/2555 (NIS2)", "Art. 22",
                                        "http://data.europa.eu/eli/dir/2022/2555/oj"};

// Every kind of child: rules of each effect, one escalated, one dated, one with an obligation;
// an exception and a counter-exception to one rule; a nested policy with a target.
inline constexpr auto small_policy = policy<"screening", combining::deny_overrides>(
    rule<"supplier.high-risk">(effect::deny, high_risk && area.in(area_kind::lawful_interception, area_kind::defence))
        .cite(communication, nis2_art22)
        .with_obligation(obligation{"exit-plan", "plan the replacement of the supplier", 365, "signature"}),
    rule<"procurement.defence-directive">(effect::deny, area == area_kind::defence && value >= 44'300'000 && !eu_tendered),
    exception<"exemption.art346", "procurement.defence-directive">(art346, 1)
        .cite(legal_basis{"Treaty on the Functioning of the European Union", "Art. 346"}),
    exception<"exemption.art346.dual-use", "procurement.defence-directive">(art346 && dual_use, 2,
                                                                            exception_mode::reinstate),
    policy<"large", combining::first_applicable>(
        rule<"review.large">(effect::review, value >= 1'000'000'000).escalate_to_deny_when(!eu_tendered),
        rule<"advice.dated">(effect::advice, value >= 5'000'000).in_force_during(period{{2024, 1, 1}, {2025, 12, 31}}),
        rule<"permit.small">(effect::permit, value < 100'000))
        .applies_when(area == area_kind::defence));

bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

// A box's text with its line breaks turned back into spaces, so that a condition or a citation
// can be looked for whole.
std::string unwrapped(std::string text) {
  constexpr std::string_view br = "<br/>";
  for (auto at = text.find(br); at != std::string::npos; at = text.find(br, at + 1)) text.replace(at, br.size(), " ");
  return text;
}

}  // namespace

TEST_CASE("a policy as DOT: its algorithm, children in order, effects, conditions, bases", "[rules][diagram]") {
  const std::string dot = to_dot(small_policy);
  const std::string text = unwrapped(dot);
  CHECK(dot.starts_with("digraph \"screening\" {\n  rankdir=TB;\n  ordering=out;\n"));
  CHECK(dot.ends_with("}\n"));
  // The root: the policy's id and combining algorithm, named by the library's own words.
  CHECK(has(dot, "  n0 [label=<<table"));
  CHECK(has(dot, "<b>policy screening</b></td><td align=\"right\" bgcolor=\"#dbe8f7\">" +
                     std::string(to_string_view(combining::deny_overrides)) + "</td>"));
  // The rules, depth first, with their effects as the library names them.
  CHECK(has(dot, "  n1 [label=<"));
  CHECK(has(dot, "<b>supplier.high-risk</b></td><td align=\"right\" bgcolor=\"#f4cccc\">deny</td>"));
  CHECK(has(dot, "<b>procurement.defence-directive</b></td><td align=\"right\" bgcolor=\"#f4cccc\">deny</td>"));
  CHECK(has(dot, "<b>policy large</b></td><td align=\"right\" bgcolor=\"#dbe8f7\">first-applicable</td>"));
  CHECK(has(dot, "<b>review.large</b></td><td align=\"right\" bgcolor=\"#fff2cc\">review</td>"));
  CHECK(has(dot, "<b>advice.dated</b></td><td align=\"right\" bgcolor=\"#eeeeee\">advice</td>"));
  CHECK(has(dot, "<b>permit.small</b></td><td align=\"right\" bgcolor=\"#d9ead3\">permit</td>"));
  // Conditions as `describe` prints them, the escalation, the period, the target.
  const auto& high_risk_rule = detail::get<0>(small_policy.children);
  CHECK(has(text, "when " + describe(high_risk_rule.condition)));
  CHECK(has(text, "when contract.sector = defence and contract.value-cents &gt;= 44300000 and not (contract.eu-tendered)"));
  CHECK(has(text, "deny when not (contract.eu-tendered)"));
  CHECK(has(text, "in force 2024-01-01 to 2025-12-31"));
  CHECK(has(text, "applies when contract.sector = defence"));
  // The bases as `cite` prints them (an ELI URI escaped), and the obligation by its id.
  CHECK(has(text, "basis: " + cite(communication)));
  CHECK(has(text, "basis: Directive (EU) 2022/2555 (NIS2), Art. 22 &lt;http://data.europa.eu/eli/dir/2022/2555/oj&gt;"));
  CHECK(has(text, "obligation: exit-plan"));
  // Children hang from their policy in order; the nested policy's from it.
  CHECK(has(dot, "  n0 -> n1;\n  n0 -> n2;\n  n0 -> n5;\n  n5 -> n6;\n  n5 -> n7;\n  n5 -> n8;\n"));
}

TEST_CASE("a policy as DOT: each exception below the rule it qualifies", "[rules][diagram]") {
  const std::string dot = to_dot(small_policy);
  const std::string text = unwrapped(dot);
  CHECK(has(dot, "<b>exemption.art346</b></td><td align=\"right\" bgcolor=\"#eeeeee\">exception</td>"));
  CHECK(has(text, "exempts procurement.defence-directive (priority 1) when contract.art346-invoked"));
  CHECK(has(text, "basis: Treaty on the Functioning of the European Union, Art. 346"));
  CHECK(has(text, "reinstates procurement.defence-directive (priority 2) when contract.art346-invoked and "
                  "contract.dual-use"));
  // n2 is the rule, n3 and n4 its exceptions (numbered in the policy's order); no edge from the
  // policy to an exception.
  CHECK(has(dot, "  n2 -> n3 [label=\"exempted by\", style=dashed];\n"));
  CHECK(has(dot, "  n2 -> n4 [label=\"reinstated by\", style=dashed];\n"));
  CHECK_FALSE(has(dot, "n0 -> n3"));
}

TEST_CASE("a policy as Mermaid: the same boxes and edges", "[rules][diagram]") {
  const std::string mmd = to_mermaid(small_policy);
  const std::string text = unwrapped(mmd);
  CHECK(mmd.starts_with("flowchart TB\n    n0[\"<b>policy screening</b> (deny-overrides)\"]\n"));
  CHECK(has(mmd, "    n1[\"<b>supplier.high-risk</b> (deny)<br/>when "));
  CHECK(has(text, "when " + describe(detail::get<0>(small_policy.children).condition)));
  // Mermaid's entities for what it would read as syntax.
  CHECK(has(text, "when contract.sector = defence and contract.value-cents #gt;= 44300000"));
  CHECK(has(text, "Art. 22 #lt;http://data.europa.eu/eli/dir/2022/2555/oj#gt;"));
  CHECK(has(mmd, "    n0 --> n1\n    n0 --> n2\n    n0 --> n5\n    n5 --> n6\n    n5 --> n7\n    n5 --> n8\n"));
  CHECK(has(mmd, "    n2 -. exempted by .-> n3\n    n2 -. reinstated by .-> n4\n"));
  CHECK(has(mmd, "    classDef deny fill:#f4cccc,stroke:#990000\n    class n1,n2 deny\n"));
  CHECK(has(mmd, "    class n0,n5 policy\n"));
  CHECK(has(mmd, "    class n3,n4 exception\n"));
  CHECK(has(mmd, "    class n6 review\n"));
  CHECK_FALSE(has(mmd, "\"\""));
}

TEST_CASE("a shipped policy as DOT and Mermaid: high-risk suppliers", "[rules][diagram]") {
  namespace hrs = policies::hrs;
  const std::string dot = to_dot(hrs::policy);
  const std::string mmd = to_mermaid(hrs::policy);
  const std::string dot_text = unwrapped(dot);
  const std::string mmd_text = unwrapped(mmd);
  CHECK(dot.starts_with("digraph \"high-risk-suppliers\" {\n  rankdir=TB;\n"));
  CHECK(has(dot, "<b>policy high-risk-suppliers</b></td><td align=\"right\" bgcolor=\"#dbe8f7\">deny-overrides</td>"));
  CHECK(has(mmd, "<b>policy high-risk-suppliers</b> (deny-overrides)"));
  // Every rule, with its effect.
  for (const auto id : decltype(hrs::policy)::all_rule_ids()) {
    CHECK(has(dot, "<b>" + std::string(id) + "</b>"));
    CHECK(has(mmd, "<b>" + std::string(id) + "</b>"));
  }
  CHECK(has(dot, "<b>supplier.high-risk</b></td><td align=\"right\" bgcolor=\"#f4cccc\">deny</td>"));
  CHECK(has(dot, "<b>nis2.supply-chain</b></td><td align=\"right\" bgcolor=\"#fff2cc\">review</td>"));
  CHECK(has(mmd, "<b>nis2.supply-chain</b> (review)"));
  // A citation, the period, the obligation.
  for (const std::string& text : {dot_text, mmd_text}) {
    CHECK(has(text, "basis: Directive (EU) 2022/2555 (NIS2), Art. 21(2)(d) and (3) (supply chain)"));
    CHECK(has(text, "basis: " + cite(hrs::toolbox_sm03)));
    CHECK(has(text, "in force 2024-10-18 onwards"));
    CHECK(has(text, "obligation: nis2.supply-chain-assessment"));
    CHECK(has(text, "when " + describe(hrs::high_risk_supplier.condition)));
    CHECK(has(text, "exempts nis2.supply-chain (priority 0) when contract.purpose in {lawful interception"));
  }
  // The NIS2 exclusion below the rule it exempts.
  CHECK(has(dot, "  n0 -> n1;\n  n0 -> n2;\n  n0 -> n3;\n  n3 -> n4 [label=\"exempted by\", style=dashed];\n"));
  CHECK(has(dot, "<b>nis2.excluded-activity</b>"));
  CHECK(has(mmd, "    n3 -. exempted by .-> n4\n"));
}

TEST_CASE("a policy's picture ends with a legend of the colours and edges it uses", "[rules][diagram]") {
  const std::string dot = to_dot(small_policy);
  REQUIRE(has(dot, "  __legend [label=<<table"));
  CHECK(dot.ends_with("  { rank=sink; __legend; }\n}\n"));
  const std::string dot_text = unwrapped(dot);
  // One row per tone the policy uses, its sample in the tone's colours, and the dashed edge.
  CHECK(has(dot, "<td align=\"left\" bgcolor=\"#f4cccc\"><font color=\"#990000\">deny</font></td>"));
  CHECK(has(dot, "<td align=\"left\" bgcolor=\"#dbe8f7\"><font color=\"#1f5fbf\">policy</font></td>"));
  for (std::string_view meaning : {"a rule that blocks: the verdict is DENY where it fires",
                                   "a rule that a human review must clear where it fires",
                                   "a rule reported where it fires, which never decides", "a rule that permits where it fires",
                                   "an exception to the rule above it: exempts from it or reinstates it",
                                   "from a rule to an exception to it"})
    CHECK(has(dot_text, meaning));

  const std::string mmd = to_mermaid(small_policy);
  CHECK(has(mmd, "    subgraph legend [legend]\n        direction LR\n        legend_policy[\"<b>policy</b><br/>"));
  CHECK(has(mmd, "        legend_dashed[\"<b>dashed arrow</b><br/>from a rule to an exception to it\"]\n    end\n"));
  CHECK(has(mmd, "    class n1,n2 deny\n    class legend_deny deny\n"));

  // Only what the picture uses: the shipped high-risk policy has no permit or advice rule.
  namespace hrs = policies::hrs;
  const std::string hrs_dot = unwrapped(to_dot(hrs::policy));
  CHECK(has(hrs_dot, "a rule that blocks"));
  CHECK_FALSE(has(hrs_dot, "a rule that permits"));
  CHECK_FALSE(has(to_mermaid(hrs::policy), "legend_permit"));

  CHECK_FALSE(has(to_dot(small_policy, {.legend = false}), "__legend"));
  CHECK_FALSE(has(to_mermaid(small_policy, {.legend = false}), "legend"));
}

TEST_CASE("a box's text is broken at spaces into lines of a page-width picture", "[rules][diagram]") {
  using picture = detail::policy_picture;
  CHECK(picture::wrap("") == std::vector<std::string>{});
  CHECK(picture::wrap("short") == std::vector<std::string>{"short"});
  const auto lines = picture::wrap("basis: Directive (EU) 2022/2555 (NIS2), Art. 22 <http://data.europa.eu/eli/dir/2022/2555/oj>");
  CHECK(lines == std::vector<std::string>{"basis: Directive (EU) 2022/2555", "(NIS2), Art. 22",
                                          "<http://data.europa.eu/eli/dir/2022/2555/oj>"});
  for (const auto& line : picture::wrap(describe(policies::hrs::nis2_supply_chain.condition)))
    CHECK(line.size() <= picture::width);
}

namespace with_both_namespaces {
using namespace oversight;
using namespace oversight::workflow;

inline constexpr auto two_steps = make_workflow<"two_steps">(initial<"draft">, terminal<"done">,
                                                             state<"draft"> + event<"finished"> = state<"done">);

TEST_CASE("to_dot and to_mermaid of a policy and of a workflow do not clash", "[rules][diagram]") {
  // Unqualified calls with both namespaces in use: each overload is constrained to its kind.
  CHECK(to_dot(small_policy).starts_with("digraph \"screening\""));
  CHECK(to_mermaid(small_policy).starts_with("flowchart TB\n"));
  CHECK(to_dot(two_steps).starts_with("digraph \"two_steps\""));
  CHECK(to_mermaid(two_steps).starts_with("stateDiagram-v2\n"));
  CHECK(to_dot(two_steps, {.direction = direction::left_to_right}).starts_with("digraph \"two_steps\" {\n  rankdir=LR;\n"));
}
}  // namespace with_both_namespaces
