// Prints docs/rules-catalogue.md: every policy the library ships, rendered from the policy
// objects themselves with oversight::to_markdown, so the catalogue cannot drift from the code.
// The CTest entry docs.rule_catalogue compares this program's output with the committed file;
// after changing a policy, regenerate it:
//
//     cmake --build <build dir> --target rule_catalogue && <build dir>/examples/rule_catalogue > docs/rules-catalogue.md
#include <oversight/domain/money_text.hpp>
#include <oversight/oversight.hpp>
#include <oversight/policies.hpp>

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <type_traits>

namespace {

namespace p = oversight::policies;

std::string catalogue() {
  std::string out =
      "# Rule catalogue\n\n"
      "Every policy the library ships, one entry per rule: its id, effect, condition in words,\n"
      "period, legal basis and obligations. This file is generated from the policy objects by\n"
      "`tools/rule_catalogue.cpp` (target `rule_catalogue`); the test `docs.rule_catalogue` fails\n"
      "when it differs from the program's output. Do not edit it by hand.\n\n"
      "Rule ids are stable. Effects: `deny` blocks the contract, `review` needs a human review\n"
      "first, `advice` is reported only, `permit` authorises. See docs/rules.md for the combining\n"
      "algorithms and docs/report.md for the decisions rendered from these rules.\n";

  // Each policy as oversight::to_markdown prints it, with a line on what it encodes and where it
  // lives put under the policy's heading.
  const auto section = [&](std::string_view title, std::string_view header, std::string_view note, const auto& policy) {
    std::string text = oversight::to_markdown(policy);
    std::string intro = "**" + std::string(title) + ".** `#include <oversight/policies/" + std::string(header) + ">`\n\n";
    if (!note.empty()) intro += std::string(note) + "\n\n";
    const std::size_t body = text.find("\n\n");
    text.insert(body == std::string::npos ? text.size() : body + 2, intro);
    out += "\n" + text;
  };

  section("EU procurement thresholds", "thresholds.hpp", "", p::thresholds::policy);
  out += "\nThe thresholds the rules compare with, by regime, object, authority and the day the procedure was "
         "launched:\n\n" + oversight::to_markdown(p::thresholds::eu_thresholds);
  section("Directive 2009/81/EC: defence and security procurement", "dir_2009_81.hpp", "", p::dir_2009_81::policy);
  section("High-risk suppliers and NIS2 supply-chain security", "high_risk_suppliers.hpp", "", p::hrs::policy);
  section("Foreign access and cooperation laws", "foreign_access.hpp", "", p::foreign_access::policy);
  section("Sanctions", "sanctions.hpp", "", p::sanctions::policy);
  section("Industrial security: classified information", "industrial_security.hpp", "",
          p::industrial_security::policy);
  section("Spain's Esquema Nacional de Seguridad: the conformity of an information system", "ens.hpp",
          "It judges an information system (`ens::information_system`), not a contract: the category follows from "
          "the levels of the five security dimensions.",
          p::ens::policy);
  section("Consent of the other member states to a collective-defence contract", "collective_defence.hpp",
          "**A proposal, not law in force**: no instrument enacts this requirement (see the header's comment).",
          p::collective_defence::policy);

  // The SITEL policy nests the policies above; list its parts rather than print them twice.
  out += "\n## Policy `" + std::string(decltype(p::sitel::policy)::id()) +
         "`\n\n**The combined policy for the SITEL case.** `#include <oversight/policies/sitel.hpp>`\n\n";
  out += "Combining algorithm: " + std::string(to_string_view(decltype(p::sitel::policy)::algorithm)) +
         " (XACML 3.0), over the policies above:\n\n";
  oversight::detail::for_each(p::sitel::policy.children, [&](const auto& child) {
    out += "- `" + std::string(std::remove_cvref_t<decltype(child)>::id()) + "`\n";
  });

  section("RP-1, the reference screening workload (a benchmark, not the law)", "rp1.hpp",
          "RP-1 simplifies each instrument it borrows to one line, with its 2024-2025 thresholds; see the "
          "header's comment.",
          oversight::rp1::policy);
  return out;
}

}  // namespace

int main() {
  const std::string text = catalogue();
  return std::fwrite(text.data(), 1, text.size(), stdout) == text.size() ? 0 : 1;
}
