// oversight::report: the canonical decision record, for audit.
//
// A record says which policy decided (its id, the version the caller gives it, and a
// fingerprint: the SHA-256 of the policy's Markdown text, so a change to any rule, condition,
// citation or period changes it), on what inputs (the evaluation date and the facts the findings
// read, as name/value pairs), and what was decided (the "oversight.decision/1" document). Its
// content hash is the SHA-256 of the record's canonical JSON serialization (sorted keys, no
// whitespace) without the hash member itself, so the same policy and inputs always give the
// same record, byte for byte, and any edit to a stored record is detected by `verify`.
//
// JSON layout, schema "oversight.record/1":
//
//     {"schema": "oversight.record/1",
//      "policy": {"id": "...", "version": "...", "fingerprint": "sha256:<64 hex>"},
//      "inputs": {"as_of": "2025-07-07" | null, "facts": [{"name": "...", "value": "..." | null}]},
//      "decision": { <oversight.decision/1> },
//      "content_hash": "sha256:<64 hex>"}
//
// The facts are those quoted in the findings' traces, sorted by name, each once; a fact read
// inside a quantifier is named with the element it was read from
// ("contract.subcontractors[0].supplier.hq"). A rule that did not fire is not a finding, so the
// facts only it read are not inputs of the record.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/report/decision_json.hpp>
#include <oversight/report/json.hpp>
#include <oversight/report/sha256.hpp>
#include <oversight/report/text.hpp>
#include <oversight/rules/explain.hpp>
#include <oversight/rules/policy.hpp>
#include <oversight/rules/text.hpp>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

OVERSIGHT_BEGIN_NAMESPACE
namespace report {

/// The schema identifier of a decision record.
inline constexpr std::string_view record_schema = "oversight.record/1";

/// A decision with everything needed to audit it later.
struct decision_record {
  std::string policy_id;
  std::string policy_version;        ///< as the caller names the policy's release
  sha256_text policy_fingerprint;    ///< SHA-256 of `to_markdown(policy)`
  std::optional<date> as_of;         ///< the evaluation date, if one was given
  std::vector<fact_reading> inputs;  ///< the facts the findings read, sorted by name
  explanation decision;
  sha256_text content_hash;  ///< SHA-256 of `canonical_text(record)`
};

/// The fingerprint of a policy: the SHA-256 of its Markdown text for legal review.
template <Policy P>
[[nodiscard]] sha256_text policy_fingerprint(const P& p) {
  return sha256_hex(oversight::to_markdown(p));
}

namespace detail {

// The facts a trace quotes, each named with the collection elements it was read from. A period
// clause's fact is the evaluation date, which the record keeps on its own.
inline void collect_inputs(const clause& c, const std::string& scope, std::vector<fact_reading>& out) {
  if (c.kind == clause_kind::period) return;
  const std::string inner = c.kind == clause_kind::element ? scope + c.text + "." : scope;
  for (const auto& f : c.facts) out.push_back({scope + f.name, f.value});
  for (const auto& child : c.children) collect_inputs(child, inner, out);
}

inline std::string prefixed(const sha256_text& h) { return "sha256:" + std::string(h.view()); }

inline json record_json_without_hash(const decision_record& r) {
  json policy = json::object();
  policy.set("id", r.policy_id).set("version", r.policy_version).set("fingerprint", prefixed(r.policy_fingerprint));
  json facts = json::array();
  for (const auto& f : r.inputs) facts.push(fact_json(f));
  json inputs = json::object();
  if (r.as_of) {
    const auto iso = r.as_of->iso();
    inputs.set("as_of", std::string_view(iso.data(), iso.size()));
  } else {
    inputs.set("as_of", nullptr);
  }
  inputs.set("facts", std::move(facts));
  json j = json::object();
  j.set("schema", record_schema).set("policy", std::move(policy)).set("inputs", std::move(inputs));
  j.set("decision", to_json(r.decision));
  return j;
}

}  // namespace detail

/// The facts the findings of `e` read, sorted by name (then value), each once.
[[nodiscard]] inline std::vector<fact_reading> inputs_of(const explanation& e) {
  std::vector<fact_reading> out;
  for (const auto& f : e.findings) detail::collect_inputs(f.trace, std::string(), out);
  const auto less = [](const fact_reading& a, const fact_reading& b) {
    if (a.name != b.name) return a.name < b.name;
    return a.value < b.value;  // unknown (nullopt) first
  };
  std::sort(out.begin(), out.end(), less);
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

/// The canonical serialization the content hash is computed over: the record's JSON without
/// "content_hash", keys sorted, no whitespace.
[[nodiscard]] inline std::string canonical_text(const decision_record& r) {
  return write(detail::record_json_without_hash(r), json_style::canonical);
}

/// The record as JSON, content hash included.
[[nodiscard]] inline json to_json(const decision_record& r) {
  json j = detail::record_json_without_hash(r);
  j.set("content_hash", detail::prefixed(r.content_hash));
  return j;
}

/// Whether the record's content hash matches its content.
[[nodiscard]] inline bool verify(const decision_record& r) { return sha256_hex(canonical_text(r)) == r.content_hash; }

/// Decides `subject` under `p` as of `ctx` and records the decision; `policy_version` names
/// the policy's release as the caller manages it (e.g. "2025.07" or a commit id).
template <Policy P, class S>
[[nodiscard]] decision_record make_record(const P& p, const S& subject, const context& ctx,
                                          std::string_view policy_version) {
  decision_record r;
  r.policy_id = std::string(P::id());
  r.policy_version = std::string(policy_version);
  r.policy_fingerprint = policy_fingerprint(p);
  r.as_of = ctx.as_of;
  r.decision = explain(p, subject, ctx);
  r.inputs = inputs_of(r.decision);
  r.content_hash = sha256_hex(canonical_text(r));
  return r;
}

}  // namespace report
OVERSIGHT_END_NAMESPACE
