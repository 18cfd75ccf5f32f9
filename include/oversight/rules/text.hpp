// oversight: rules, policies and values as text.
//
// Everything here allocates and is meant for people: a policy printed for a legal reviewer
// (plain text or Markdown, one entry per rule with its id, effect, condition in words and
// citations), and the value formatting that explanations use. Never included by the
// evaluation path.
//
// Values are printed by `value_text<T>::append(std::string&, const T&)`. It handles bool,
// integers, strings, dates (`iso()`), CPV codes and other values with `text().view()`,
// countries (`alpha2()`), enumerations with a
// `to_string_view(e)` found by argument-dependent lookup, and any type with an ADL
// `to_string(v)` returning std::string. Specialize it for other types of your facts.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/money_text.hpp>  // money in messages and traces
#include <oversight/rules/combining.hpp>
#include <oversight/rules/decision.hpp>
#include <oversight/rules/decision_table.hpp>
#include <oversight/rules/policy.hpp>
#include <oversight/rules/rule.hpp>

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

OVERSIGHT_BEGIN_NAMESPACE

template <class T>
struct value_text {
  /// Whether `append` has a text for T (a specialization of one's own need not say).
  static constexpr bool has_text =
      std::same_as<T, bool> || std::integral<T> || std::convertible_to<const T&, std::string_view> ||
      requires(const T& v) { v.iso(); } ||
      requires(const T& v) { { v.text().view() } -> std::convertible_to<std::string_view>; } ||
      requires(const T& v) { { v.alpha2() } -> std::convertible_to<std::string_view>; } ||
      requires(const T& v) { { to_string_view(v) } -> std::convertible_to<std::string_view>; } ||
      requires(const T& v) { { to_string(v) } -> std::convertible_to<std::string>; } || std::is_enum_v<T>;

  static void append(std::string& out, const T& v) {
    if constexpr (std::same_as<T, bool>) {
      out += v ? "true" : "false";
    } else if constexpr (std::integral<T>) {
      out += std::to_string(v);
    } else if constexpr (std::convertible_to<const T&, std::string_view>) {
      out += std::string_view(v);
    } else if constexpr (requires { v.iso(); }) {
      const auto text = v.iso();
      out.append(text.data(), text.size());
    } else if constexpr (requires { { v.text().view() } -> std::convertible_to<std::string_view>; }) {
      out += v.text().view();  // a value that writes itself into an inline buffer (CPV codes)
    } else if constexpr (requires { { v.alpha2() } -> std::convertible_to<std::string_view>; }) {
      out += v.alpha2();
    } else if constexpr (requires { { to_string_view(v) } -> std::convertible_to<std::string_view>; }) {
      out += to_string_view(v);
    } else if constexpr (requires { { to_string(v) } -> std::convertible_to<std::string>; }) {
      out += to_string(v);
    } else if constexpr (std::is_enum_v<T>) {
      out += std::to_string(static_cast<std::underlying_type_t<T>>(v));
    } else {
      static_assert(std::is_enum_v<T>,
                    "oversight: no text for this value type: specialize oversight::value_text<T> or "
                    "provide to_string_view(T) / to_string(T) [OVS-E103]");
    }
  }
};

namespace detail {
/// Whether values of T can be written (`value_text<T>`); a specialization without `has_text` can.
template <class T>
constexpr bool value_has_text() {
  if constexpr (requires { value_text<T>::has_text; }) return value_text<T>::has_text;
  else return true;
}

/// Flags the facts whose values have no text, for `explain` (see first_fact_where).
struct without_text {
  template <class F>
  static constexpr bool flags = [] {
    if constexpr (Fact<F>) return !value_has_text<typename F::value_type>();
    else return false;
  }();
};

template <fixed_string Fact>
void fact_value_has_no_text() = delete;  // [OVS-E103] specialize oversight::value_text<T> for the fact's value type T, or give T an ADL to_string_view(T) or to_string(T)

#if defined(__clang__)
template <char... Spelled>
inline constexpr bool fact_value_has_a_text = false;
template <char... Spelled>
struct fact_text_report {
  static_assert(fact_value_has_a_text<Spelled...>,
                "oversight: no text for the values of this fact: specialize oversight::value_text<T> for its "
                "value type T, or give T an ADL to_string_view(T) or to_string(T) [OVS-E103]");
};
template <fixed_string Name, std::size_t... I>
constexpr void report_fact_text_spelled(std::index_sequence<I...>) {
  static_cast<void>(sizeof(fact_text_report<Name.data[I]...>));
}
#endif

/// Stops the compilation with the diagnostic of fact `Name` whose values have no text.
template <fixed_string Name>
constexpr void report_fact_without_text() {
#if defined(__clang__)
  report_fact_text_spelled<Name>(std::make_index_sequence<Name.size()>{});
#else
  fact_value_has_no_text<Name>();
#endif
}
}  // namespace detail

/// Appends the text of `v`.
template <class T>
void append_value(std::string& out, const T& v) {
  value_text<T>::append(out, v);
}

namespace detail {
/// The writer expressions describe themselves to.
struct text_writer {
  std::string out;
  void text(std::string_view s) { out += s; }
  void fact(std::string_view name) { out += name; }
  template <class T>
  void value(const T& v) {
    append_value(out, v);
  }
  template <class T>
  void actual(std::string_view, const T&) {}
  void actual_unknown(std::string_view) {}
};
}  // namespace detail

/// A condition in words: "supplier.high-risk and contract.sector in {defence}".
template <Condition C>
std::string describe(const C& condition) {
  detail::text_writer w;
  condition.describe(w);
  return std::move(w.out);
}

/// The citation of a legal basis: "Directive 2014/24/EU, Art. 4 <http://data.europa.eu/eli/...>".
inline std::string cite(const legal_basis& b) {
  std::string s(b.instrument);
  if (!b.article.empty()) (s += ", ") += b.article;
  if (!b.eli.empty()) ((s += " <") += b.eli) += ">";
  return s;
}

namespace detail {
template <Policy P>
void render_policy(const P& p, std::string& out, bool markdown, int depth) {
  const std::string heading(static_cast<std::size_t>(depth + 2), '#');
  if (markdown) {
    out += heading + " Policy `" + std::string(P::id()) + "`\n\n";
    out += "Combining algorithm: " + std::string(to_string_view(P::algorithm)) + " (XACML 3.0).\n\n";
  } else {
    out += std::string(static_cast<std::size_t>(depth) * 2, ' ') + "policy " + std::string(P::id()) + " (" +
           std::string(to_string_view(P::algorithm)) + ")\n";
  }
  if constexpr (!std::is_same_v<std::remove_cvref_t<decltype(p.target)>, boolean_constant<true>>) {
    out += markdown ? "Applies when: " + describe(p.target) + "\n\n"
                    : std::string(static_cast<std::size_t>(depth) * 2 + 2, ' ') + "applies when " + describe(p.target) + "\n";
  }
  const std::string indent(static_cast<std::size_t>(depth) * 2 + 2, ' ');
  detail::for_each(p.children, [&](const auto& c) {
    using C = std::remove_cvref_t<decltype(c)>;
    if constexpr (Rule<C>) {
      if (markdown) {
        out += "- **`" + std::string(C::id()) + "`** (" + std::string(to_string_view(c.rule_effect())) + "): " +
               describe(c.condition) + "\n";
        if constexpr (C::escalates) out += "  - deny when: " + describe(c.escalation_.condition) + "\n";
        if (c.in_force) {
          const auto from = c.in_force->from.iso();
          const auto until = c.in_force->until.iso();
          out += "  - in force: " + std::string(from.data(), from.size()) +
                 (c.in_force->open_ended() ? std::string(" onwards") : " to " + std::string(until.data(), until.size())) + "\n";
        }
        for (const auto& b : c.basis) out += "  - basis: " + cite(b) + "\n";
        for (const auto& o : c.obligations) out += "  - obligation: " + std::string(o.text) + "\n";
      } else {
        out += indent + std::string(to_string_view(c.rule_effect())) + " " + std::string(C::id()) + " when " +
               describe(c.condition) + "\n";
        if constexpr (C::escalates) out += indent + "  deny when " + describe(c.escalation_.condition) + "\n";
        for (const auto& b : c.basis) out += indent + "  basis: " + cite(b) + "\n";
      }
    } else if constexpr (Exception<C>) {
      const std::string what = c.mode == exception_mode::exempt ? "exempts " : "reinstates ";
      if (markdown) {
        out += "- **`" + std::string(C::id()) + "`** " + what + "`" + std::string(C::target()) + "` (priority " +
               std::to_string(c.priority) + ") when " + describe(c.condition) + "\n";
        for (const auto& b : c.basis) out += "  - basis: " + cite(b) + "\n";
      } else {
        out += indent + "exception " + std::string(C::id()) + " " + what + std::string(C::target()) + " when " +
               describe(c.condition) + "\n";
      }
    } else if constexpr (Policy<C>) {
      if (markdown) out += "\n";
      render_policy(c, out, markdown, depth + 1);
    } else if constexpr (PolicyObligations<C>) {
      for (const auto& o : c.items) {
        const std::string what = std::string(o.advice ? "advice" : "obligation") + " on " +
                                 std::string(to_string_view(c.on)) + ": " + std::string(o.text);
        out += markdown ? "- " + what + "\n" : indent + what + "\n";
      }
    }
  });
}
}  // namespace detail

/// The policy as plain text, one line per rule.
template <Policy P>
std::string to_text(const P& p) {
  std::string out;
  detail::render_policy(p, out, false, 0);
  return out;
}

/// The policy as Markdown for legal review: one entry per rule with its id, effect, condition in
/// words, period and citations.
template <Policy P>
std::string to_markdown(const P& p) {
  std::string out;
  detail::render_policy(p, out, true, 0);
  return out;
}

/// A decision table as Markdown: its hit policy, then one column per input and the output,
/// one line per row (DMN's tabular notation).
template <DecisionTable T>
std::string to_markdown(const T& table) {
  std::string out = "Decision table `" + std::string(T::name()) + "` (hit policy " +
                    std::string(to_string_view(T::policy)) + ")\n\n|";
  detail::for_each(table.inputs.exprs, [&](const auto& e) {
    detail::text_writer w;
    detail::describe_operand(e, w);
    out += " " + w.out + " |";
  });
  out += " output |\n|";
  detail::for_each(table.inputs.exprs, [&](const auto&) { out += "---|"; });
  out += "---|\n";
  for (const auto& row : table.rows) {
    out += "|";
    std::apply(
        [&](const auto&... tests) {
          ((out += " ", [&] {
             detail::text_writer w;
             tests.describe(w);
             out += w.out;
           }(), out += " |"),
           ...);
        },
        row.first);
    out += " ";
    append_value(out, row.second);
    out += " |\n";
  }
  if (table.default_output) {
    out += "\nOtherwise: ";
    append_value(out, *table.default_output);
    out += "\n";
  }
  return out;
}

OVERSIGHT_END_NAMESPACE
