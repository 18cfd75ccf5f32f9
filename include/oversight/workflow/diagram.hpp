// oversight: a workflow as a diagram, in Mermaid `stateDiagram-v2` and Graphviz DOT.
//
// Top to bottom unless `diagram_options::direction` says left to right: a workflow of ten
// states laid out in a row is a strip too wide to read at page width. A state is labelled with
// its id in words ("security_review" reads "security review"); the id stays the node's name.
// Edges are labelled with the event, the guard in brackets, the action after a slash, the
// approvers in parentheses, and deadlines as "after N days" (drawn dashed in DOT). Terminal
// states are double-bordered in DOT and lead to [*] in Mermaid. For an instance, the current
// state is highlighted, the states it passed through are shaded, and in DOT the transitions
// it took are drawn bold and numbered with their trail sequence numbers. The DOT output ends
// with a legend of the conventions the diagram uses (`diagram_options::legend`); the Mermaid
// output with the same legend as a note beside the initial state.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/diagram_text.hpp>
#include <oversight/workflow/definition.hpp>
#include <oversight/workflow/instance.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

OVERSIGHT_BEGIN_NAMESPACE
namespace workflow {

/// Which way a diagram runs, from the initial state.
enum class direction : std::uint8_t { top_to_bottom, left_to_right };

/// How `to_dot` and `to_mermaid` draw: `to_dot(wf, {.direction = direction::left_to_right})`.
struct diagram_options {
  oversight::workflow::direction direction = oversight::workflow::direction::top_to_bottom;
  bool legend = true;  ///< a legend of the conventions the diagram uses (DOT: a table; Mermaid: a note)
};

namespace detail {

/// A state's label: its id in words ("awaiting_consent" -> "awaiting consent").
inline std::string state_label(std::string_view id) {
  std::string out(id);
  for (char& c : out)
    if (c == '_') c = ' ';
  return out;
}

struct edge_label {
  std::string event;  // "submitted" or "after 30 days"
  std::string guard;  // "" when unguarded
  std::string action;
  std::string approvers;  // "by buyer" / "by all of a, b"
  bool timed = false;
};

template <Workflow W>
std::vector<edge_label> edge_labels(const W& wf) {
  std::vector<edge_label> out(W::transition_count);
  wf.for_each_row([&](std::size_t i, const auto& row) {
    using row_type = std::remove_cvref_t<decltype(row)>;
    using who = typename row_type::approvers_type;
    edge_label& e = out[i];
    e.timed = row_type::timed;
    if constexpr (row_type::timed) {
      e.event = "after " + std::to_string(row.event.delay().count) + " days";
      if (row_type::event_name() != "deadline_passed") e.event += " (" + std::string(row_type::event_name()) + ")";
    } else {
      e.event = std::string(row_type::event_name());
    }
    if constexpr (!row_type::unguarded) e.guard = std::string(row.guard.name());
    e.action = std::string(std::string_view(row.action.name()));
    if constexpr (who::restricted) {
      e.approvers = who::mode == approval::all ? "by all of " : "by ";
      for (std::size_t k = 0; k != who::count; ++k) {
        if (k) e.approvers += ", ";
        e.approvers += who::names[k];
      }
    }
  });
  return out;
}

inline std::string one_line(const edge_label& e) {
  std::string s = e.event;
  if (!e.guard.empty()) s += " [" + e.guard + "]";
  if (!e.action.empty()) s += " / " + e.action;
  if (!e.approvers.empty()) s += " (" + e.approvers + ")";
  return s;
}

// Mermaid ends a label at ';' and treats ':' and '#' specially: replace them.
inline std::string mermaid_text(std::string s) {
  for (char& c : s)
    if (c == ';' || c == ':' || c == '#') c = ',';
  return s;
}

// A part of an edge label broken at spaces into lines of at most 32 characters: in a diagram
// drawn top to bottom the labels sit side by side, and a long one widens the whole picture.
inline std::string dot_lines(std::string_view text) {
  std::string out;
  for (const auto& line : oversight::detail::wrap_words(text, 32)) out += (out.empty() ? "" : "\n") + line;
  return out;
}

inline std::string dot_label(const edge_label& e) {
  std::string s = dot_lines(e.event);
  if (!e.guard.empty()) s += "\n" + dot_lines("[" + e.guard + "]");
  if (!e.action.empty()) s += "\n" + dot_lines("/ " + e.action);
  if (!e.approvers.empty()) s += "\n" + dot_lines("(" + e.approvers + ")");
  return s;
}

// The rows an instance took, from its trail: for each row, the seq numbers that fired it.
template <Workflow W>
std::vector<std::vector<std::uint64_t>> rows_taken(const W& wf, const std::vector<record>& trail) {
  std::vector<std::vector<std::uint64_t>> taken(W::transition_count);
  for (const auto& r : trail) {
    if (r.outcome != record_outcome::applied || (r.kind != record_kind::event && r.kind != record_kind::deadline))
      continue;
    wf.for_each_row([&](std::size_t i, const auto& row) {
      using row_type = std::remove_cvref_t<decltype(row)>;
      if (row_type::from() == r.from && row_type::to() == r.to && row_type::event_name() == r.name &&
          row_type::timed == (r.kind == record_kind::deadline))
        taken[i].push_back(r.seq);
    });
  }
  return taken;
}

// Which of the labels' conventions a diagram uses, for its legend.
struct conventions {
  bool timed = false, guarded = false, acting = false, restricted = false;
  explicit conventions(const std::vector<edge_label>& labels) {
    for (const auto& e : labels) {
      timed = timed || e.timed;
      guarded = guarded || !e.guard.empty();
      acting = acting || !e.action.empty();
      restricted = restricted || !e.approvers.empty();
    }
  }
};

// The Mermaid legend: a note beside the initial state, one line for each convention the
// diagram uses (Mermaid draws no table; ':' and ';' are left out of a note's text).
inline std::string mermaid_legend(std::string_view initial, const std::vector<edge_label>& labels, bool instance) {
  const conventions used(labels);
  std::string out = "    note right of " + std::string(initial) + "\n        legend\n";
  out += "        --> [*] terminal state\n";
  if (used.timed) out += "        after N days - deadline, N days in the state\n";
  if (used.guarded) out += "        [text] - guard, the transition needs it to hold\n";
  if (used.acting) out += "        / text - action taken by the transition\n";
  if (used.restricted) out += "        (by a, b) - who may fire it (by all of - each of them)\n";
  if (instance) {
    out += "        blue - state visited\n";
    out += "        yellow - current state\n";
  }
  out += "    end note\n";
  return out;
}

template <Workflow W>
std::string mermaid(const W& wf, std::string_view current, const std::vector<std::string>* visited,
                    const diagram_options& options) {
  const auto& g = W::structure;
  const auto labels = edge_labels(wf);
  std::string out = "stateDiagram-v2\n";
  if (options.direction == direction::left_to_right) out += "    direction LR\n";
  // A state whose id reads differently in words is declared with its label first.
  for (std::size_t s = 0; s != g.state_count; ++s) {
    const std::string label = state_label(g.states[s]);
    if (label != g.states[s]) out += "    state \"" + label + "\" as " + std::string(g.states[s]) + "\n";
  }
  out += "    [*] --> " + std::string(W::initial_state()) + "\n";
  for (std::size_t i = 0; i != W::transition_count; ++i)
    out += "    " + std::string(g.states[g.from[i]]) + " --> " + std::string(g.states[g.to[i]]) + " : " +
           mermaid_text(one_line(labels[i])) + "\n";
  for (std::size_t s = 0; s != g.state_count; ++s)
    if (g.terminal[s]) out += "    " + std::string(g.states[s]) + " --> [*]\n";
  if (visited) {
    out += "    classDef visited fill:#dbe8f7,stroke:#1f5fbf\n";
    out += "    classDef current fill:#ffd966,stroke:#7f6000,stroke-width:3px\n";
    std::string list;
    for (const auto& v : *visited)
      if (v != current) list += (list.empty() ? "" : ",") + v;
    if (!list.empty()) out += "    class " + list + " visited\n";
    out += "    class " + std::string(current) + " current\n";
  }
  if (options.legend) out += mermaid_legend(W::initial_state(), labels, visited != nullptr);
  return out;
}

// The legend: one line for each convention the diagram uses, as an HTML-like table node.
inline std::string dot_legend(const std::vector<edge_label>& labels, bool instance, bool took_any) {
  const auto [timed, guarded, acting, restricted] = conventions(labels);
  const auto row = [](std::string_view key, std::string_view meaning, std::string_view key_attrs = {}) {
    return "<tr><td align=\"left\"" + std::string(key_attrs) + ">" + std::string(key) + "</td><td align=\"left\">" +
           std::string(meaning) + "</td></tr>";
  };
  std::string t = "<table border=\"1\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"3\" color=\"#999999\">";
  t += "<tr><td colspan=\"2\" align=\"left\"><b>legend</b></td></tr>";
  t += row("double border", "terminal state");
  if (timed) t += row("dashed arrow", "deadline: after N days in the state");
  if (guarded) t += row("[text]", "guard: the transition needs it to hold");
  if (acting) t += row("/ text", "action taken by the transition");
  if (restricted) t += row("(by a, b)", "who may fire it (by all of: each of them)");
  if (instance) {
    t += row("shaded", "state visited", " bgcolor=\"#dbe8f7\"");
    t += row("yellow, bold", "current state", " bgcolor=\"#ffd966\"");
    if (took_any) t += row("<font color=\"#1f5fbf\"><b>blue, #n</b></font>", "transition taken, trail record n");
  }
  t += "</table>";
  return "  __legend [shape=plaintext, fontsize=9, label=<" + t + ">];\n  { rank=sink; __legend; }\n";
}

template <Workflow W>
std::string dot(const W& wf, std::string_view current, const std::vector<std::string>* visited,
                const std::vector<record>* trail, const diagram_options& options) {
  const auto& g = W::structure;
  const auto labels = edge_labels(wf);
  std::vector<std::vector<std::uint64_t>> taken;
  if (trail) taken = rows_taken(wf, *trail);
  std::string out = "digraph " + oversight::detail::dot_quoted(W::name()) + " {\n";
  out += options.direction == direction::left_to_right ? "  rankdir=LR;\n" : "  rankdir=TB;\n";
  out += "  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=11];\n";
  out += "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  out += "  __start [shape=point, width=0.15, label=\"\"];\n";
  for (std::size_t s = 0; s != g.state_count; ++s) {
    const std::string name(g.states[s]);
    std::string attrs = "label=" + oversight::detail::dot_quoted(state_label(name));
    if (g.terminal[s]) attrs += ", peripheries=2";
    bool was_visited = false;
    if (visited)
      for (const auto& v : *visited) was_visited = was_visited || v == name;
    if (visited && name == current) attrs += ", style=\"rounded,filled,bold\", fillcolor=\"#ffd966\"";
    else if (was_visited) attrs += ", style=\"rounded,filled\", fillcolor=\"#dbe8f7\"";
    out += "  " + name + " [" + attrs + "];\n";
  }
  out += "  __start -> " + std::string(W::initial_state()) + ";\n";
  bool took_any = false;
  for (std::size_t i = 0; i != W::transition_count; ++i) {
    std::string label = dot_label(labels[i]);
    std::string attrs;
    if (labels[i].timed) attrs += ", style=dashed";
    if (trail && !taken[i].empty()) {
      took_any = true;
      label += "\n#";
      for (std::size_t k = 0; k != taken[i].size(); ++k) label += (k ? ", #" : "") + std::to_string(taken[i][k]);
      attrs += ", color=\"#1f5fbf\", fontcolor=\"#1f5fbf\", penwidth=2.5";
    }
    out += "  " + std::string(g.states[g.from[i]]) + " -> " + std::string(g.states[g.to[i]]) +
           " [label=" + oversight::detail::dot_quoted(label) + attrs + "];\n";
  }
  if (options.legend) out += dot_legend(labels, visited != nullptr, took_any);
  out += "}\n";
  return out;
}

template <class Instance>
std::vector<std::string> visited_states(const Instance& run) {
  std::vector<std::string> out;
  for (const auto& r : run.trail()) {
    bool seen = false;
    for (const auto& v : out) seen = seen || v == r.to;
    if (!seen && !r.to.empty()) out.push_back(r.to);
  }
  return out;
}

}  // namespace detail

/// The workflow as a Mermaid state diagram.
template <Workflow W>
std::string to_mermaid(const W& wf, const diagram_options& options = {}) {
  return detail::mermaid(wf, {}, nullptr, options);
}
/// The workflow as a Graphviz digraph (render with `dot -Tsvg`).
template <Workflow W>
std::string to_dot(const W& wf, const diagram_options& options = {}) {
  return detail::dot(wf, {}, nullptr, nullptr, options);
}
/// An instance as a Mermaid state diagram: current state and visited states highlighted.
template <const auto& Definition, class Context>
std::string to_mermaid(const instance<Definition, Context>& run, const diagram_options& options = {}) {
  const auto visited = detail::visited_states(run);
  return detail::mermaid(Definition, run.current(), &visited, options);
}
/// An instance as a Graphviz digraph: current and visited states highlighted, transitions
/// taken drawn bold with their trail sequence numbers.
template <const auto& Definition, class Context>
std::string to_dot(const instance<Definition, Context>& run, const diagram_options& options = {}) {
  const auto visited = detail::visited_states(run);
  return detail::dot(Definition, run.current(), &visited, &run.trail(), options);
}

}  // namespace workflow
OVERSIGHT_END_NAMESPACE
