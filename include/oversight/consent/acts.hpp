// oversight::consent: the voting rule that follows from the act being decided.
//
// A caller knows what is being decided (a CFSP decision, a Council act on a Commission proposal,
// a PESCO decision, a Security Council draft), not which rule object the treaty attaches to it.
// `rule_for<act::...>` is that rule, `describe(act)` names the act and the article that fixes its
// rule, and `permitted_rule(act, rule)` refuses any other rule with a typed error naming the
// article (Art. 31(4) TEU when a majority rule is offered for a decision having military or
// defence implications). Treaty texts: TEU http://data.europa.eu/eli/treaty/teu_2016/oj,
// TFEU http://data.europa.eu/eli/treaty/tfeu_2016/oj; UN Charter Art. 27.
//
// Not catalogued: the derogations of Art. 31(2) TEU (qualified majority for some CFSP decisions,
// whose definition depends on whether the Council acts on a proposal of the High Representative)
// and the passerelle of Art. 31(3); choose `eu_council_qmv` or `eu_council_reinforced_qmv` for
// them yourself.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/consent/errc.hpp>
#include <oversight/consent/presets/eu.hpp>
#include <oversight/consent/presets/nato.hpp>
#include <oversight/consent/presets/un.hpp>
#include <oversight/consent/rules.hpp>
#include <oversight/error.hpp>

#include <concepts>
#include <cstdint>
#include <string_view>
#include <type_traits>

OVERSIGHT_BEGIN_NAMESPACE
namespace consent {

/// What is being decided.
enum class act : std::uint8_t {
  council_act_on_proposal,          ///< a Council act on a proposal of the Commission or the High Representative
  council_act_without_proposal,     ///< a Council act on no such proposal (its own initiative)
  council_simple_majority,          ///< a Council act the Treaties leave to a simple majority
  council_unanimous,                ///< a Council act the Treaties require unanimity for
  cfsp_decision,                    ///< a decision of the common foreign and security policy
  cfsp_military_or_defence,         ///< a CFSP decision having military or defence implications
  pesco_decision,                   ///< a PESCO decision other than those of Art. 46(2)-(5) TEU
  pesco_admission,                  ///< confirming a member state's participation in PESCO
  nato_council_decision,            ///< a decision of the North Atlantic Council
  un_security_council_procedural,   ///< a Security Council decision on a procedural matter
  un_security_council_substantive   ///< a Security Council decision on any other matter
};

/// An act's name, its rule in words, and the article that attaches the rule to it.
struct act_info {
  std::string_view name;
  std::string_view rule;
  std::string_view article;
};

constexpr act_info describe(act a) noexcept {
  switch (a) {
    case act::council_act_on_proposal:
      return {"Council act on a Commission or High Representative proposal",
              "qualified majority: 55 % of the members, at least 15, comprising 65 % of the population",
              "Art. 16(3), (4) TEU"};
    case act::council_act_without_proposal:
      return {"Council act not on a Commission or High Representative proposal",
              "reinforced qualified majority: 72 % of the members comprising 65 % of the population",
              "Art. 238(2) TFEU"};
    case act::council_simple_majority:
      return {"Council act by simple majority", "a majority of the component members", "Art. 238(1) TFEU"};
    case act::council_unanimous:
      return {"Council act requiring unanimity", "unanimity; abstentions do not prevent it", "Art. 238(4) TFEU"};
    case act::cfsp_decision:
      return {"CFSP decision", "unanimity with constructive abstention", "Art. 31(1) TEU"};
    case act::cfsp_military_or_defence:
      return {"CFSP decision having military or defence implications",
              "unanimity with constructive abstention; never a qualified majority", "Art. 31(1), (4) TEU"};
    case act::pesco_decision:
      return {"PESCO decision", "unanimity of the participating member states only", "Art. 46(6) TEU"};
    case act::pesco_admission:
      return {"confirming a member state's participation in PESCO",
              "qualified majority of the participating member states (Art. 238(3)(a) TFEU)", "Art. 46(3) TEU"};
    case act::nato_council_decision:
      return {"North Atlantic Council decision", "consensus", "NATO practice (no treaty article)"};
    case act::un_security_council_procedural:
      return {"Security Council decision on a procedural matter", "nine affirmative votes",
              "UN Charter Art. 27(2)"};
    case act::un_security_council_substantive:
      return {"Security Council decision on any other matter",
              "nine affirmative votes including the concurring votes of the permanent members",
              "UN Charter Art. 27(3)"};
  }
  return {"(invalid act)", "", ""};
}

namespace detail {

template <act A>
consteval auto rule_of() noexcept {
  if constexpr (A == act::council_act_on_proposal) return presets::eu_council_qmv;
  else if constexpr (A == act::council_act_without_proposal)
    return static_cast<const double_majority&>(presets::eu_council_reinforced_qmv);
  else if constexpr (A == act::council_simple_majority) return presets::eu_council_simple_majority;
  else if constexpr (A == act::council_unanimous) return presets::eu_council_unanimity;
  else if constexpr (A == act::cfsp_decision || A == act::cfsp_military_or_defence)
    return presets::eu_cfsp_constructive_abstention;
  else if constexpr (A == act::pesco_decision) return presets::pesco_unanimity;
  else if constexpr (A == act::pesco_admission) return presets::eu_council_qmv_participating;
  else if constexpr (A == act::nato_council_decision) return presets::nato_consensus;
  else if constexpr (A == act::un_security_council_procedural) return presets::un_security_council_procedural;
  else return presets::un_security_council_substantive;
}

// Rules that decide by counting a majority rather than by the consent of every member.
template <class Rule>
inline constexpr bool majority_rule =
    std::same_as<Rule, double_majority> || std::same_as<Rule, threshold> || std::same_as<Rule, veto_majority>;

// A rule of the catalogued type, or of a type derived from it (a preset such as
// `eu_council_reinforced_qmv`), with the same value.
template <act A, class Rule>
constexpr bool is_rule_of(const Rule& rule) noexcept {
  using catalogued = std::remove_cvref_t<decltype(rule_of<A>())>;
  if constexpr (!std::derived_from<Rule, catalogued>) {
    return false;
  } else if constexpr (A == act::council_act_without_proposal) {
    // Either reading of Art. 238(2) TFEU (see presets/eu.hpp).
    const catalogued& r = rule;
    return r == rule_of<A>() ||
           r == presets::eu_council_reinforced_qmv.read_as(presets::reinforced_reading::blocking_clause_applies);
  } else {
    const catalogued& r = rule;
    return r == rule_of<A>();
  }
}

template <class Rule>
constexpr bool is_rule_of(act a, const Rule& rule) noexcept {
  switch (a) {
    case act::council_act_on_proposal: return is_rule_of<act::council_act_on_proposal>(rule);
    case act::council_act_without_proposal: return is_rule_of<act::council_act_without_proposal>(rule);
    case act::council_simple_majority: return is_rule_of<act::council_simple_majority>(rule);
    case act::council_unanimous: return is_rule_of<act::council_unanimous>(rule);
    case act::cfsp_decision: return is_rule_of<act::cfsp_decision>(rule);
    case act::cfsp_military_or_defence: return is_rule_of<act::cfsp_military_or_defence>(rule);
    case act::pesco_decision: return is_rule_of<act::pesco_decision>(rule);
    case act::pesco_admission: return is_rule_of<act::pesco_admission>(rule);
    case act::nato_council_decision: return is_rule_of<act::nato_council_decision>(rule);
    case act::un_security_council_procedural: return is_rule_of<act::un_security_council_procedural>(rule);
    case act::un_security_council_substantive: return is_rule_of<act::un_security_council_substantive>(rule);
  }
  return false;
}

}  // namespace detail

/// The rule an act of kind `A` is decided by, with the article of `describe(A)`:
/// `tally(rule_for<act::cfsp_decision>, box)`.
template <act A>
inline constexpr auto rule_for = detail::rule_of<A>();

/// `rule`, if it is the rule of an act of kind `a` (`rule_for<a>`; for an act without a proposal,
/// either reading of reinforced QMV); otherwise `errc::rule_not_permitted_for_act`, the context
/// naming the article that fixes the act's rule. A majority rule offered for a decision having
/// military or defence implications names "Art. 31(4) TEU", which excludes it.
template <ConsentRule Rule>
[[nodiscard]] constexpr result<Rule, errc> permitted_rule(act a, const Rule& rule) noexcept {
  if (detail::is_rule_of(a, rule)) return rule;
  if (a == act::cfsp_military_or_defence && detail::majority_rule<Rule>)
    return error{errc::rule_not_permitted_for_act, error_context("Art. 31(4) TEU")};
  return error{errc::rule_not_permitted_for_act, error_context(describe(a).article)};
}

}  // namespace consent
OVERSIGHT_END_NAMESPACE
