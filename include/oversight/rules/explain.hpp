// oversight: decisions explained.
//
// `explain(policy, subject, ctx)` is the runtime path that returns everything a person or a
// tool needs: the verdict; every finding with its rule id, effect, legal basis and message
// (quoting the facts it names); the obligations the decision carries; the clause-level trace
// with the actual fact values; and remedies: for each finding that blocks, the smallest sets of
// fact changes that would stop it firing, computed from the condition's expression tree (for a
// threshold the boundary, for a membership test the set, for a conjunction any one falsified
// clause, for a disjunction every true clause falsified, over quantifiers element by element).
//
// This allocates; `check` and `evaluate_into` are the paths that do not.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/rules/decision.hpp>
#include <oversight/rules/findings.hpp>
#include <oversight/rules/policy.hpp>
#include <oversight/rules/rule.hpp>
#include <oversight/rules/text.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

OVERSIGHT_BEGIN_NAMESPACE

/// A fact as a trace quotes it: its name and its value's text, or no value when unknown.
struct fact_reading {
  std::string name;                  ///< "contract.value"
  std::optional<std::string> value;  ///< "12300000"; empty when the fact is unknown
  friend bool operator==(const fact_reading&, const fact_reading&) = default;
};

/// "contract.value = 12300000", or "supplier.hq unknown".
inline std::string to_string(const fact_reading& f) { return f.value ? f.name + " = " + *f.value : f.name + " unknown"; }

/// What a trace node stands for.
enum class clause_kind : std::uint8_t {
  condition,  ///< a comparison, membership test, connective or quantifier
  element,    ///< one element of a collection a quantifier ranges over ("contract.subcontractors[2]")
  period,     ///< the rule's period of application, read against the evaluation date
};

/// The name of the fact a period clause reads: the day the check is made as of.
inline constexpr std::string_view evaluation_date_fact = "evaluation date";

/// One node of a trace: a clause, its value, and the facts it read.
struct clause {
  std::string text;                  ///< the clause in words
  truth value = truth::unknown;      ///< what it evaluated to
  std::vector<fact_reading> facts;   ///< the facts it read, with their values
  std::vector<clause> children;      ///< for and/or/not/quantifiers, and a quantifier's elements
  clause_kind kind = clause_kind::condition;
};

/// One way to stop a finding: every change in it together suffices.
using remedy = std::vector<std::string>;

/// A finding with everything needed to read it.
struct explained_finding {
  std::string rule_id;
  std::size_t rule_index = 0;  ///< depth-first position of the rule in the policy
  bool decided = false;        ///< on the path that decided the verdict (its obligations are returned)
  effect rule_effect = effect::deny;
  decision value = decision::not_applicable;
  truth condition = truth::false_;
  std::string message;
  std::vector<legal_basis> basis;
  std::vector<obligation> obligations;
  clause trace;
  std::vector<remedy> remedies;  ///< smallest first; empty when no change of facts helps
  bool remedies_truncated = false;
};

/// A decision: the verdict and its findings.
struct explanation {
  std::string policy_id;
  oversight::verdict verdict{};
  std::vector<explained_finding> findings;
  /// Carried by the decision: those of the rules on the path that decided it, in rule order,
  /// then those of the policies on that path whose FulfillOn is the decision, innermost first
  /// (XACML 3.0 section 7.18; see `basic_policy::mark_deciding`).
  std::vector<obligation> obligations;
  /// The advice the decision carries, chosen as the obligations are (XACML AppliesTo).
  std::vector<obligation> advice;
};

namespace detail {

// Builds the trace tree while an expression traces itself.
struct trace_builder {
  std::vector<clause> stack;
  // The bases value expressions claimed (candidates) and rested on (decided) in this case.
  std::vector<legal_basis> claimed;
  std::vector<legal_basis> decided;
  bool narrowing = true;

  template <class Candidates>
  void narrow_bases(const Candidates& candidates, const basis_set& rested_on) {
    if (!rested_on.complete) narrowing = false;
    claimed.insert(claimed.end(), std::begin(candidates), std::end(candidates));
    decided.insert(decided.end(), rested_on.items.begin(), rested_on.items.begin() + static_cast<std::ptrdiff_t>(rested_on.count));
  }
  /// Whether a finding cites `b`: a basis no value expression claims always; a claimed one
  /// only where it decided.
  [[nodiscard]] bool cites(const legal_basis& b) const {
    if (!narrowing) return true;
    const auto in = [&](const std::vector<legal_basis>& v) { return std::find(v.begin(), v.end(), b) != v.end(); };
    return !in(claimed) || in(decided);
  }

  struct actual_writer {
    std::vector<fact_reading>& facts;
    void text(std::string_view) {}
    void fact(std::string_view) {}
    template <class T>
    void value(const T&) {}
    template <class T>
    void actual(std::string_view name, const T& v) {
      std::string s;
      append_value(s, v);
      facts.push_back({std::string(name), std::move(s)});
    }
    void actual_unknown(std::string_view name) { facts.push_back({std::string(name), std::nullopt}); }
  };

  // Room reserved up front so that a clause's text, facts and children are each allocated once
  // in the common case (a leaf reads one or two facts; a connective has a few children).
  static constexpr std::size_t text_room = 96;
  static constexpr std::size_t facts_room = 2;
  static constexpr std::size_t children_room = 4;

  template <class Node, class Actual>
  void leaf(const Node& node, truth value, Actual&& actual) {
    clause& c = new_leaf(value);
    detail::text_writer w = writer();
    node.describe(w);
    c.text = std::move(w.out);
    actual_writer aw{c.facts};
    actual(aw);
  }
  // The parts of `leaf` that do not depend on the node, out of line (one copy, not one per node).
  OVERSIGHT_NOINLINE clause& new_leaf(truth value) {
    clause& c = stack.back().children.emplace_back();
    c.value = value;
    c.facts.reserve(facts_room);
    return c;
  }
  OVERSIGHT_NOINLINE static detail::text_writer writer() {
    detail::text_writer w;
    w.out.reserve(text_room);
    return w;
  }
  template <class Node>
  void open(const Node&, std::string_view label) {
    clause c;
    c.text = std::string(label);
    c.children.reserve(children_room);
    stack.push_back(std::move(c));
  }
  void close(truth value) {
    clause c = std::move(stack.back());
    stack.pop_back();
    c.value = value;
    stack.back().children.push_back(std::move(c));
  }
  void enter(std::string_view collection, std::size_t index) {
    clause c;
    c.text = std::string(collection) + "[" + std::to_string(index) + "]";
    c.kind = clause_kind::element;
    c.children.reserve(children_room);
    stack.push_back(std::move(c));
  }
  void leave() {
    clause c = std::move(stack.back());
    stack.pop_back();
    if (!c.children.empty()) c.value = c.children.back().value;
    stack.back().children.push_back(std::move(c));
  }
};

// Computes remedies as a disjunction of conjunctions of changes.
struct remedy_builder {
  using dnf = std::vector<remedy>;
  static constexpr std::size_t max_alternatives = 32;
  std::vector<std::string> scope;
  bool truncated = false;

  // (No braced lists of remedies or changes here: an initializer_list is copied from, so each
  // change would be allocated twice more.)
  dnf nothing_to_change() const { return dnf(1); }
  dnf impossible() const { return {}; }
  template <class Node, class Writer>
  dnf change(const Node&, Writer&& write) const {
    detail::text_writer w = change_writer();
    write(w);
    return one_change(std::move(w.out));
  }
  // The parts of `change` that do not depend on the node, out of line.
  OVERSIGHT_NOINLINE detail::text_writer change_writer() const {
    detail::text_writer w = trace_builder::writer();
    for (const auto& s : scope) (w.out += s) += ": ";
    return w;
  }
  OVERSIGHT_NOINLINE static dnf one_change(std::string text) {
    dnf d(1);
    d.front().push_back(std::move(text));
    return d;
  }
  dnf either(dnf a, dnf b) {
    a.reserve(a.size() + b.size());
    for (auto& x : b) a.push_back(std::move(x));
    return normalize(std::move(a));
  }
  dnf both(dnf a, dnf b) {
    dnf out;
    out.reserve(a.size() * b.size());
    for (const auto& x : a)
      for (const auto& y : b) {
        remedy r;
        r.reserve(x.size() + y.size());
        r.insert(r.end(), x.begin(), x.end());
        r.insert(r.end(), y.begin(), y.end());
        out.push_back(std::move(r));
      }
    return normalize(std::move(out));
  }
  void enter(std::string_view collection, std::size_t index) {
    scope.push_back(std::string(collection) + "[" + std::to_string(index) + "]");
  }
  void leave() { scope.pop_back(); }

  // Sorted, deduplicated changes; alternatives that contain another are dropped; smallest first.
  dnf normalize(dnf d) {
    for (auto& r : d) {
      std::sort(r.begin(), r.end());
      r.erase(std::unique(r.begin(), r.end()), r.end());
    }
    std::stable_sort(d.begin(), d.end(), [](const remedy& a, const remedy& b) { return a.size() < b.size(); });
    // In place: the alternatives kept are moved to the front, in order.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < d.size(); ++i) {
      const bool redundant = std::any_of(d.begin(), d.begin() + static_cast<std::ptrdiff_t>(kept), [&](const remedy& k) {
        return std::includes(d[i].begin(), d[i].end(), k.begin(), k.end());
      });
      if (redundant) continue;
      if (kept != i) d[kept] = std::move(d[i]);
      ++kept;
    }
    d.resize(kept);
    if (d.size() > max_alternatives) {
      d.resize(max_alternatives);
      truncated = true;
    }
    return d;
  }
};

template <class... Facts, class S>
std::string format_message(const message_spec<Facts...>& m, const S& subject) {
  std::vector<std::string> values;
  values.reserve(sizeof...(Facts));
  detail::for_each(m.facts, [&](const auto& f) {
    const auto v = read(f, subject);
    std::string s;
    if (v) append_value(s, *v);
    else s = "unknown";
    values.push_back(std::move(s));
  });
  std::size_t length = m.format.size();
  for (const std::string& v : values) length += v.size();
  std::string out;
  out.reserve(length);
  // Each run of text between placeholders is appended whole; each placeholder "{}" is replaced
  // by the next value.
  std::size_t next = 0;
  std::size_t run = 0;
  for (std::size_t i = 0; i < m.format.size(); ++i) {
    if (m.format[i] == '{' && i + 1 < m.format.size() && m.format[i + 1] == '}') {
      out.append(m.format.substr(run, i - run));
      out += values[next++];
      run = ++i + 1;
    }
  }
  out.append(m.format.substr(run));
  return out;
}

// The part of recording a finding that does not depend on the rule's type, out of line: one
// copy for every rule of every policy (a translation unit that explains a policy compiles its
// rules' conditions, not this, once per rule).
struct finding_parts {
  std::string_view rule_id;
  std::size_t index;
  effect rule_effect;
  decision value;
  truth condition;
  std::span<const obligation> obligations;
  std::span<const legal_basis> basis;
  truth in_force;  ///< whether the rule is in force on the day (true for a rule without a period)
};
OVERSIGHT_NOINLINE inline explained_finding& start_finding(std::vector<explained_finding>& out, const finding_parts& p,
                                                          const context& ctx, trace_builder& tb, std::string message) {
  explained_finding& f = out.emplace_back();
  f.rule_id = std::string(p.rule_id);
  f.rule_index = p.index;
  f.rule_effect = p.rule_effect;
  f.value = p.value;
  f.condition = p.condition;
  f.message = std::move(message);
  f.obligations.assign(p.obligations.begin(), p.obligations.end());
  tb.stack.reserve(8);  // the depth of the condition's tree, as a rule is written
  tb.stack.emplace_back().children.reserve(trace_builder::children_room);
  if (p.in_force != truth::true_) {
    clause period;
    period.text = "in force on the day of the check";
    period.value = p.in_force;
    period.kind = clause_kind::period;
    period.facts.push_back({std::string(evaluation_date_fact),
                            ctx.as_of ? std::optional<std::string>(std::string(ctx.as_of->iso().data(), 10))
                                      : std::nullopt});
    tb.stack.back().children.push_back(std::move(period));
  }
  return f;
}
// After the trace: the bases it cites, and the trace itself.
OVERSIGHT_NOINLINE inline void finish_trace(explained_finding& f, const finding_parts& p, trace_builder& tb) {
  f.basis.reserve(p.basis.size());
  for (const legal_basis& b : p.basis)
    if (tb.cites(b)) f.basis.push_back(b);
  f.trace = tb.stack.back().children.size() == 1 ? std::move(tb.stack.back().children.front())
                                                 : std::move(tb.stack.back());
}

template <class S>
struct explaining_recorder {
  const S& subject;
  const context& ctx;
  std::vector<explained_finding>& out;
  std::span<xacml_outcome> outcomes;  ///< every rule's, by index

  template <class R>
  void operator()(const R& r, std::size_t index, xacml_outcome o, truth fires, truth defeated, effect e) {
    if (index < outcomes.size()) outcomes[index] = o;
    const truth effective = fires && !defeated;
    if (effective == truth::false_) return;
    const finding_parts parts{R::id(), index, e, o.value, effective, r.obligations, r.basis, r.applies_on(ctx)};
    trace_builder tb;
    explained_finding& f = start_finding(out, parts, ctx, tb, format_message(r.message_, subject));
    r.condition.trace(subject, ctx, tb);
    finish_trace(f, parts, tb);
    if (f.rule_effect == effect::deny || f.rule_effect == effect::review) {
      // An unknown condition that no change makes false still has an honest answer: establish
      // the unknown facts (shown in the trace).
      remedy_builder rb;
      f.remedies = r.condition.remedy(subject, ctx, rb, false);
      f.remedies_truncated = rb.truncated;
    }
  }
};

/// `explain` once its policy is known to have text for every fact it reads.
template <Policy P, class S>
explanation explain_all(const P& p, const S& subject, const context& given) {
  const context ctx = effective_context(subject, given);
  explanation e;
  e.policy_id = std::string(P::id());
  std::array<xacml_outcome, P::rule_count> outcomes{};
  detail::explaining_recorder<S> rec{subject, ctx, e.findings, outcomes};
  const xacml_outcome o = p.evaluate(subject, ctx, false, rec);
  e.verdict = to_verdict(o);
  std::array<bool, P::rule_count> marks{};
  std::vector<obligation> of_policies;
  p.mark_deciding(subject, ctx, outcomes, 0, o.value, marks,
                  [&](std::span<const obligation> own) { of_policies.insert(of_policies.end(), own.begin(), own.end()); });
  const auto keep = [&](const obligation& x) { (x.advice ? e.advice : e.obligations).push_back(x); };
  for (auto& f : e.findings) {
    f.decided = f.rule_index < marks.size() && marks[f.rule_index];
    if (f.decided)
      for (const obligation& x : f.obligations) keep(x);
  }
  for (const obligation& x : of_policies) keep(x);
  return e;
}
}  // namespace detail

/// Evaluates `p` for `subject` and explains the decision: verdict, findings with messages and
/// legal bases, obligations, trace, remedies.
template <Policy P, class S>
explanation explain(const P& p, const S& subject, const context& given = {}) {
  // OVS-E103 at the caller, naming the fact, rather than deep in the text of a finding.
  constexpr std::string_view textless = P::template first_fact_named<detail::without_text>;
  if constexpr (!textless.empty()) {
    detail::report_fact_without_text<detail::fixed_from<textless.size()>(textless)>();
    return {};
  } else {
    return detail::explain_all(p, subject, given);
  }
}

/// The explanation as plain text: the verdict, then each finding with its basis, message,
/// trace and remedies.
inline std::string to_text(const explanation& e) {
  std::string s = "Policy " + e.policy_id + ": " + std::string(to_string_view(e.verdict.kind)) + " (XACML " +
                  std::string(to_string_view(e.verdict.xacml)) + ")\n";
  auto trace = [&](auto&& self, const clause& c, int depth) -> void {
    s += std::string(static_cast<std::size_t>(depth) * 2 + 4, ' ') + "[" + std::string(to_string_view(c.value)) + "] " +
         c.text;
    if (!c.facts.empty()) {
      s += "  (";
      for (std::size_t i = 0; i < c.facts.size(); ++i) s += (i ? "; " : "") + to_string(c.facts[i]);
      s += ")";
    }
    s += "\n";
    for (const auto& child : c.children) self(self, child, depth + 1);
  };
  for (const auto& f : e.findings) {
    s += "- " + f.rule_id + " [" + std::string(finding_label(f)) + "]";
    if (!f.message.empty()) s += ": " + f.message;
    s += "\n";
    for (const auto& b : f.basis) s += "    basis: " + cite(b) + "\n";
    s += "    why:\n";
    trace(trace, f.trace, 1);
    for (const auto& r : f.remedies) {
      s += "    compliant if: ";
      for (std::size_t i = 0; i < r.size(); ++i) s += (i ? " and " : "") + r[i];
      s += "\n";
    }
  }
  for (const auto* list : {&e.obligations, &e.advice})
    for (const auto& o : *list) {
      s += (list == &e.advice ? "advice: " : "obligation: ") + std::string(o.text);
      if (o.due_within_days >= 0)
        s += " (within " + std::to_string(o.due_within_days) + " days of " + std::string(o.due_after) + ")";
      s += "\n";
    }
  return s;
}

OVERSIGHT_END_NAMESPACE
