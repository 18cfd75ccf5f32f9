// oversight::report: a decision as JSON, schema "oversight.decision/1".
//
// The schema is documented in docs/report.md and given as a JSON Schema (draft 2020-12) in
// docs/schema/decision-1.json. Within version 1, members are only ever added, never renamed,
// removed or given another type; anything else is version 2. The layout:
//
//     {
//       "schema": "oversight.decision/1",
//       "policy": "<policy id>",
//       "verdict": "PERMIT" | "REVIEW" | "DENY" | "INDETERMINATE",
//       "xacml": "Permit" | "Deny" | "NotApplicable" | "Indeterminate{P}" | ... ,
//       "findings": [ {
//           "rule": "<rule id>", "effect": "deny" | "review" | "advice" | "permit",
//           "xacml": "<the rule's XACML value>", "condition": "true" | "false" | "unknown",
//           "message": "<text>",
//           "basis": [ {"instrument": "...", "article": "..." | null, "eli": "<URI>" | null} ],
//           "obligations": [ <obligation> ],
//           "trace": <clause>,
//           "remedies": [ ["<change>", ...], ... ], "remedies_truncated": false,
//           "decided": true | false } ],
//       "obligations": [ {"id": "...", "text": "...", "due_within_days": 90 | null,
//                         "due_after": "signature" | null} ],
//       "advice": [ <obligation> ]
//     }
//
// "decided" marks the findings on the path that decided (XACML 3.0 section 7.18); the
// decision's "obligations" and "advice" are theirs and those of the policies on that path. An
// obligation that is advice says `"advice": true` (only then). "decided" and "advice" were added
// within version 1.
//
// where a <clause> is {"text": "...", "value": "true" | "false" | "unknown",
// "facts": [ {"name": "...", "value": "<text>" | null} ], "children": [ <clause> ]}; a fact's
// value is its text as the trace prints it, null when the fact is unknown.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/report/json.hpp>
#include <oversight/report/text.hpp>
#include <oversight/rules/explain.hpp>

#include <cstdint>
#include <string>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE
namespace report {

/// The schema identifier every decision document carries in its "schema" member.
inline constexpr std::string_view decision_schema = "oversight.decision/1";

namespace detail {

inline json optional_text(std::string_view s) { return s.empty() ? json(nullptr) : json(s); }

inline json basis_json(const legal_basis& b) {
  json j = json::object();
  j.set("instrument", b.instrument).set("article", optional_text(b.article)).set("eli", optional_text(b.eli));
  return j;
}

inline json obligation_json(const obligation& o) {
  json j = json::object();
  j.set("id", o.id).set("text", o.text);
  j.set("due_within_days", o.due_within_days >= 0 ? json(static_cast<std::int64_t>(o.due_within_days)) : json());
  j.set("due_after", optional_text(o.due_after));
  if (o.advice) j.set("advice", true);
  return j;
}

inline json fact_json(const fact_reading& r) {
  json j = json::object();
  j.set("name", r.name).set("value", r.value ? json(*r.value) : json());
  return j;
}

inline json clause_json(const clause& c) {
  json facts = json::array();
  for (const auto& f : c.facts) facts.push(fact_json(f));
  json children = json::array();
  for (const auto& child : c.children) children.push(clause_json(child));
  json j = json::object();
  j.set("text", c.text).set("value", to_string_view(c.value)).set("facts", std::move(facts));
  j.set("children", std::move(children));
  return j;
}

inline json finding_json(const explained_finding& f) {
  json basis = json::array();
  for (const auto& b : f.basis) basis.push(basis_json(b));
  json obligations = json::array();
  for (const auto& o : f.obligations) obligations.push(obligation_json(o));
  json remedies = json::array();
  for (const auto& r : f.remedies) {
    json changes = json::array();
    for (const auto& change : r) changes.push(change);
    remedies.push(std::move(changes));
  }
  json j = json::object();
  j.set("rule", f.rule_id)
      .set("effect", to_string_view(f.rule_effect))
      .set("xacml", to_string_view(f.value))
      .set("condition", to_string_view(f.condition))
      .set("message", f.message)
      .set("basis", std::move(basis))
      .set("obligations", std::move(obligations))
      .set("trace", clause_json(f.trace))
      .set("remedies", std::move(remedies))
      .set("remedies_truncated", f.remedies_truncated)
      .set("decided", f.decided);
  return j;
}

}  // namespace detail

/// The decision as a JSON value of schema "oversight.decision/1".
[[nodiscard]] inline json to_json(const explanation& e) {
  json findings = json::array();
  for (const auto& f : e.findings) findings.push(detail::finding_json(f));
  json obligations = json::array();
  for (const auto& o : e.obligations) obligations.push(detail::obligation_json(o));
  json advice = json::array();
  for (const auto& o : e.advice) advice.push(detail::obligation_json(o));
  json j = json::object();
  j.set("schema", decision_schema)
      .set("policy", e.policy_id)
      .set("verdict", to_string_view(e.verdict.kind))
      .set("xacml", to_string_view(e.verdict.xacml))
      .set("findings", std::move(findings))
      .set("obligations", std::move(obligations))
      .set("advice", std::move(advice));
  return j;
}

/// The decision as JSON text (pretty by default; `json_style::canonical` for hashing).
[[nodiscard]] inline std::string to_json_text(const explanation& e, json_style style = json_style::pretty) {
  return write(to_json(e), style);
}

}  // namespace report
OVERSIGHT_END_NAMESPACE
