// oversight::report: a decision as plain text and as Markdown, for people.
//
// Both show the verdict, then each finding with its rule id, effect and XACML value, its
// message, its legal bases, the clause trace with the actual fact values, and its remedies
// ("compliant if ..."), then the obligations the decision carries. Markdown links each legal
// basis to its ELI URI where one exists.
//
// Plain text is the rule engine's own `oversight::to_text(explanation)`, and a policy for legal
// review is `oversight::to_markdown(policy)`; both are made visible here, so that
// `report::to_text`, `report::to_markdown` render decisions and policies alike.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/rules/explain.hpp>
#include <oversight/rules/text.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE
namespace report {

using oversight::to_markdown;
using oversight::to_text;

using oversight::fact_reading;

namespace detail {

// Free text in Markdown: the characters that could start emphasis, code, a link or HTML are
// escaped with a backslash (CommonMark, 2.4).
inline std::string md_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' || c == '|')
      out += '\\';
    out += c;
  }
  return out;
}

// Text as a Markdown code span, with a delimiter longer than any run of backticks inside it.
inline std::string md_code(std::string_view text) {
  std::size_t longest = 0, run = 0;
  for (const char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = run > longest ? run : longest;
  }
  const std::string fence(longest + 1, '`');
  const bool pad = !text.empty() && (text.front() == '`' || text.back() == '`');
  return fence + (pad ? " " : "") + std::string(text) + (pad ? " " : "") + fence;
}

inline std::string md_cite(const legal_basis& b) {
  std::string s = md_escape(b.instrument);
  if (!b.article.empty()) s += ", " + md_escape(b.article);
  if (b.eli.empty()) return s;
  return "[" + s + "](" + std::string(b.eli) + ")";
}

inline std::string obligation_text(const obligation& o) {
  std::string s = md_escape(o.text);
  if (o.due_within_days >= 0)
    s += " (within " + std::to_string(o.due_within_days) + " days of " + md_escape(o.due_after) + ")";
  return s;
}

inline void md_trace(std::string& out, const clause& c, std::size_t depth) {
  out += std::string(2 * depth + 2, ' ') + "- **" + std::string(to_string_view(c.value)) + "** " + md_code(c.text);
  for (std::size_t i = 0; i < c.facts.size(); ++i) out += (i == 0 ? ": " : ", ") + md_code(to_string(c.facts[i]));
  out += '\n';
  for (const auto& child : c.children) md_trace(out, child, depth + 1);
}

}  // namespace detail

/// The decision as Markdown: a heading with the verdict, a section per finding, the obligations.
[[nodiscard]] inline std::string to_markdown(const explanation& e) {
  std::string out = "## Decision under policy " + detail::md_code(e.policy_id) + "\n\n**Verdict: " +
                    std::string(to_string_view(e.verdict.kind)) + "** (XACML " +
                    std::string(to_string_view(e.verdict.xacml)) + ")\n";
  if (e.findings.empty()) out += "\nNo rule fired and none is undecided.\n";
  std::size_t n = 0;
  for (const auto& f : e.findings) {
    out += "\n### " + std::to_string(++n) + ". " + detail::md_code(f.rule_id) + ": " +
           std::string(finding_label(f)) + "\n\n";
    if (!f.message.empty()) out += detail::md_escape(f.message) + "\n\n";
    for (const auto& b : f.basis) out += "- Legal basis: " + detail::md_cite(b) + "\n";
    out += "- Why:\n";
    detail::md_trace(out, f.trace, 0);
    if (!f.remedies.empty()) {
      out += "- Compliant if:\n";
      for (const auto& r : f.remedies) {
        out += "  - ";
        for (std::size_t i = 0; i < r.size(); ++i) out += (i ? " and " : "") + detail::md_code(r[i]);
        out += '\n';
      }
      if (f.remedies_truncated) out += "  - (more alternatives not shown)\n";
    } else if (f.rule_effect == effect::deny || f.rule_effect == effect::review) {
      out += "- Compliant if: no change of the facts alone stops this rule\n";
    }
    for (const auto& o : f.obligations)
      out += (o.advice ? "- Advice: " : "- Obligation: ") + detail::obligation_text(o) + "\n";
  }
  if (!e.obligations.empty()) {
    out += "\n### Obligations\n\n";
    for (const auto& o : e.obligations) out += "- " + detail::md_code(o.id) + ": " + detail::obligation_text(o) + "\n";
  }
  if (!e.advice.empty()) {
    out += "\n### Advice\n\n";
    for (const auto& o : e.advice) out += "- " + detail::md_code(o.id) + ": " + detail::obligation_text(o) + "\n";
  }
  return out;
}

}  // namespace report
OVERSIGHT_END_NAMESPACE
