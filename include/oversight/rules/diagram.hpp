// oversight: a policy as a diagram, in Graphviz DOT and Mermaid `flowchart`.
//
// The picture is drawn from the policy object the library checks with: the policy's id and
// combining algorithm at the top, its target if it has one, and below it its rules and nested
// policies in their order. A rule's box gives its id and effect, its condition in words (as
// `describe` and `to_text` print it), its escalation and period, the legal bases it cites
// (`cite`) and the ids of its obligations. An exception hangs below the rule it qualifies, on a
// dashed edge "exempted by" or "reinstated by", with its priority, condition and bases. Top to
// bottom, and each box's text wrapped, so that a policy of a few rules reads at page width.
// A legend (`picture_options::legend`, on by default) says what each colour the picture uses
// and the dashed edge mean: in DOT a table at the bottom, in Mermaid a subgraph of sample boxes.
//
// Like <oversight/rules/text.hpp>, this allocates and is included on its own (the umbrella
// <oversight/oversight.hpp> does not include it): <oversight/rules.hpp> stays free of
// <string> and <vector>.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/diagram_text.hpp>
#include <oversight/detail/tuple.hpp>
#include <oversight/rules/combining.hpp>
#include <oversight/rules/decision.hpp>
#include <oversight/rules/expression.hpp>
#include <oversight/rules/policy.hpp>
#include <oversight/rules/rule.hpp>
#include <oversight/rules/text.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

OVERSIGHT_BEGIN_NAMESPACE

/// How `to_dot(policy)` and `to_mermaid(policy)` draw: `to_dot(p, {.legend = false})`.
struct picture_options {
  bool legend = true;  ///< a legend of the colours and edges the picture uses
};

namespace detail {

/// A policy as boxes and edges, whatever the format it is then written in.
struct policy_picture {
  enum class box_kind : std::uint8_t { policy, rule, exception };
  struct box {
    std::string name;   ///< the node's name in the output: n0, n1, ... depth first, in order
    box_kind kind = box_kind::rule;
    std::string title;  ///< "policy high-risk-suppliers", "supplier.high-risk"
    std::string tag;    ///< the algorithm, the effect, or what the exception does
    std::string tone;   ///< the style it is drawn with: policy, exception, or the effect's name
    std::vector<std::string> lines;  ///< its condition, period, bases...: wrapped when written
  };
  struct edge {
    std::string from, to;
    std::string label;  ///< "exempted by" / "reinstated by" for an exception, else empty
  };
  std::vector<box> boxes;
  std::vector<edge> edges;

  /// Characters per line of a box's text.
  static constexpr std::size_t width = 38;

  /// `text` broken at spaces into lines of at most `width` characters.
  static std::vector<std::string> wrap(std::string_view text) { return wrap_words(text, width); }

  std::string next_name() const { return "n" + std::to_string(boxes.size()); }

  template <class R>
  void add_rule(const R& r, const std::string& name) {
    box b{name, box_kind::rule, std::string(R::id()), std::string(to_string_view(r.rule_effect())),
          std::string(to_string_view(r.rule_effect())), {}};
    b.lines.push_back("when " + describe(r.condition));
    if constexpr (R::escalates) b.lines.push_back("deny when " + describe(r.escalation_.condition));
    if (r.in_force) {
      const auto from = r.in_force->from.iso();
      const auto until = r.in_force->until.iso();
      b.lines.push_back("in force " + std::string(from.data(), from.size()) +
                        (r.in_force->open_ended() ? std::string(" onwards")
                                                  : " to " + std::string(until.data(), until.size())));
    }
    for (const auto& basis : r.basis) b.lines.push_back("basis: " + cite(basis));
    for (const auto& o : r.obligations) b.lines.push_back("obligation: " + std::string(o.id));
    boxes.push_back(std::move(b));
  }

  template <class E>
  void add_exception(const E& e, const std::string& name) {
    const bool exempts = e.mode == exception_mode::exempt;
    box b{name, box_kind::exception, std::string(E::id()), "exception", "exception", {}};
    b.lines.push_back((exempts ? "exempts " : "reinstates ") + std::string(E::target()) + " (priority " +
                      std::to_string(e.priority) + ") when " + describe(e.condition));
    for (const auto& basis : e.basis) b.lines.push_back("basis: " + cite(basis));
    boxes.push_back(std::move(b));
  }

  /// Adds policy `p` and, below it, its children in their order; returns the name of its box.
  /// An exception hangs from the rule it qualifies (which its policy holds: `policy(...)` checks
  /// that), not from the policy.
  template <Policy P>
  std::string add_policy(const P& p) {
    const std::string me = next_name();
    box b{me, box_kind::policy, "policy " + std::string(P::id()), std::string(to_string_view(P::algorithm)), "policy",
          {}};
    if constexpr (!std::is_same_v<std::remove_cvref_t<decltype(p.target)>, boolean_constant<true>>)
      b.lines.push_back("applies when " + describe(p.target));
    boxes.push_back(std::move(b));
    std::vector<std::pair<std::string_view, std::string>> rules;  // rule id, box name
    std::vector<std::pair<std::string_view, edge>> exceptions;    // target rule id, edge from it
    detail::for_each(p.children, [&](const auto& c) {
      using C = std::remove_cvref_t<decltype(c)>;
      const std::string name = next_name();
      if constexpr (Rule<C>) {
        edges.push_back({me, name, {}});
        add_rule(c, name);
        rules.emplace_back(C::id(), name);
      } else if constexpr (Policy<C>) {
        edges.push_back({me, name, {}});
        add_policy(c);
      } else if constexpr (Exception<C>) {
        add_exception(c, name);
        exceptions.push_back({C::target(), {{}, name, c.mode == exception_mode::exempt ? "exempted by" : "reinstated by"}});
      }
    });
    for (auto& [target, e] : exceptions)
      for (const auto& [id, rule_box] : rules)
        if (id == target) {
          e.from = rule_box;
          edges.push_back(std::move(e));
          break;
        }
    return me;
  }

  /// The colours of a tone: the header's fill and the border.
  static std::pair<std::string_view, std::string_view> colours(std::string_view tone) {
    if (tone == "deny") return {"#f4cccc", "#990000"};
    if (tone == "review") return {"#fff2cc", "#7f6000"};
    if (tone == "permit") return {"#d9ead3", "#38761d"};
    if (tone == "policy") return {"#dbe8f7", "#1f5fbf"};
    return {"#eeeeee", "#666666"};  // advice, exception
  }

  static std::string html_text(std::string_view s) {
    std::string out;
    for (char c : s) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
      }
    }
    return out;
  }

  // Mermaid reads '"' as the end of a label, '#...;' as an entity and, with HTML labels, '<' as
  // a tag: write them as entities.
  static std::string mermaid_text(std::string_view s) {
    std::string out;
    for (char c : s) {
      switch (c) {
        case '#': out += "#35;"; break;
        case '"': out += "#quot;"; break;
        case '&': out += "#amp;"; break;
        case '<': out += "#lt;"; break;
        case '>': out += "#gt;"; break;
        default: out += c;
      }
    }
    return out;
  }

  /// The tones the legend explains, in a fixed order, and what each means.
  static constexpr std::pair<std::string_view, std::string_view> tone_meanings[] = {
      {"policy", "a policy: combines the boxes below it by the algorithm in its header"},
      {"deny", "a rule that blocks: the verdict is DENY where it fires"},
      {"review", "a rule that a human review must clear where it fires"},
      {"advice", "a rule reported where it fires, which never decides"},
      {"permit", "a rule that permits where it fires"},
      {"exception", "an exception to the rule above it: exempts from it or reinstates it"},
  };
  static constexpr std::string_view dashed_meaning = "from a rule to an exception to it";

  [[nodiscard]] bool uses(std::string_view tone) const {
    for (const auto& b : boxes)
      if (b.tone == tone) return true;
    return false;
  }
  [[nodiscard]] bool has_dashed_edges() const {
    for (const auto& e : edges)
      if (!e.label.empty()) return true;
    return false;
  }

  // A legend's text, wrapped like a box's: DOT lines joined with <br/>, Mermaid lines each after one.
  static std::string dot_lines(std::string_view text) {
    std::string out;
    for (const auto& part : wrap(text)) out += (out.empty() ? "" : "<br/>") + html_text(part);
    return out;
  }
  static std::string mermaid_lines(std::string_view text) {
    std::string out;
    for (const auto& part : wrap(text)) out += "<br/>" + mermaid_text(part);
    return out;
  }

  [[nodiscard]] std::string dot_legend() const {
    std::string t = "<table border=\"1\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"3\" color=\"#999999\">";
    t += "<tr><td colspan=\"2\" align=\"left\"><b>legend</b></td></tr>";
    for (const auto& [tone, meaning] : tone_meanings) {
      if (!uses(tone)) continue;
      const auto [fill, border] = colours(tone);
      t += "<tr><td align=\"left\" bgcolor=\"" + std::string(fill) + "\"><font color=\"" + std::string(border) + "\">" +
           std::string(tone) + "</font></td><td align=\"left\" balign=\"left\">" + dot_lines(meaning) + "</td></tr>";
    }
    if (has_dashed_edges())
      t += "<tr><td align=\"left\">dashed arrow</td><td align=\"left\" balign=\"left\">" + dot_lines(dashed_meaning) +
           "</td></tr>";
    t += "</table>";
    return "  __legend [label=<" + t + ">];\n  { rank=sink; __legend; }\n";
  }

  [[nodiscard]] std::string mermaid_legend() const {
    std::string out = "    subgraph legend [legend]\n        direction LR\n";
    for (const auto& [tone, meaning] : tone_meanings)
      if (uses(tone))
        out += "        legend_" + std::string(tone) + "[\"<b>" + std::string(tone) + "</b>" + mermaid_lines(meaning) + "\"]\n";
    if (has_dashed_edges()) out += "        legend_dashed[\"<b>dashed arrow</b>" + mermaid_lines(dashed_meaning) + "\"]\n";
    out += "    end\n";
    return out;
  }

  [[nodiscard]] std::string dot(std::string_view id, const picture_options& options) const {
    std::string out = "digraph " + dot_quoted(id) + " {\n";
    out += "  rankdir=TB;\n  ordering=out;\n";
    out += "  node [shape=plaintext, fontname=\"Helvetica\", fontsize=10];\n";
    out += "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#666666\", arrowsize=0.7];\n";
    for (const auto& b : boxes) {
      const auto [fill, border] = colours(b.tone);
      out += "  " + b.name + " [label=<<table border=\"1\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"3\" color=\"" +
             std::string(border) + "\"" + (b.kind == box_kind::policy ? " style=\"rounded\"" : "") + ">";
      out += "<tr><td align=\"left\" bgcolor=\"" + std::string(fill) + "\"><b>" + html_text(b.title) +
             "</b></td><td align=\"right\" bgcolor=\"" + std::string(fill) + "\">" + html_text(b.tag) + "</td></tr>";
      for (const auto& line : b.lines) {
        out += "<tr><td colspan=\"2\" align=\"left\" balign=\"left\">";
        bool first = true;
        for (const auto& part : wrap(line)) {
          if (!first) out += "<br/>";
          out += html_text(part);
          first = false;
        }
        out += "</td></tr>";
      }
      out += "</table>>];\n";
    }
    for (const auto& e : edges) {
      out += "  " + e.from + " -> " + e.to;
      if (!e.label.empty()) out += " [label=\"" + e.label + "\", style=dashed]";
      out += ";\n";
    }
    if (options.legend) out += dot_legend();
    out += "}\n";
    return out;
  }

  [[nodiscard]] std::string mermaid(const picture_options& options) const {
    std::string out = "flowchart TB\n";
    for (const auto& b : boxes) {
      out += "    " + b.name + "[\"<b>" + mermaid_text(b.title) + "</b> (" + mermaid_text(b.tag) + ")";
      for (const auto& line : b.lines)
        for (const auto& part : wrap(line)) out += "<br/>" + mermaid_text(part);
      out += "\"]\n";
    }
    for (const auto& e : edges) {
      if (e.label.empty()) out += "    " + e.from + " --> " + e.to + "\n";
      else out += "    " + e.from + " -. " + e.label + " .-> " + e.to + "\n";
    }
    if (options.legend) out += mermaid_legend();
    // One class per tone the picture uses, in a fixed order, and its sample box in the legend.
    for (const auto& [tone, meaning] : tone_meanings) {
      std::string members;
      for (const auto& b : boxes)
        if (b.tone == tone) members += (members.empty() ? "" : ",") + b.name;
      if (members.empty()) continue;

      const auto [fill, border] = colours(tone);
      out += "    classDef " + std::string(tone) + " fill:" + std::string(fill) + ",stroke:" + std::string(border) + "\n";
      out += "    class " + members + " " + std::string(tone) + "\n";
      if (options.legend) out += "    class legend_" + std::string(tone) + " " + std::string(tone) + "\n";
    }
    return out;
  }
};

}  // namespace detail

/// The policy as a Graphviz digraph (render with `dot -Tsvg`): the policy and its algorithm at
/// the top, its rules and nested policies below in order, each exception below its rule.
template <Policy P>
std::string to_dot(const P& p, const picture_options& options = {}) {
  detail::policy_picture picture;
  picture.add_policy(p);
  return picture.dot(P::id(), options);
}

/// The policy as a Mermaid flowchart, with the same boxes and edges as `to_dot`.
template <Policy P>
std::string to_mermaid(const P& p, const picture_options& options = {}) {
  detail::policy_picture picture;
  picture.add_policy(p);
  return picture.mermaid(options);
}

OVERSIGHT_END_NAMESPACE
