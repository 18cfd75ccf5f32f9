// oversight::consent: a consent outcome as a fact that rules read.
//
// `consent_of(rule, ballots)` is a value expression: it reads a ballot box from the subject
// through a fact (by reference, without copying it), tallies it under a consent rule, and gives
// the status (adopted, not adopted, pending). A policy can then say, in one cited rule,
//
//     rule<"consent.collective-defence">(effect::deny,
//         collective_defence &&
//         consent_of(presets::eu_council_unanimity, other_states_ballots) == consent::status::not_adopted)
//
// and a pending vote, being neither, can be a review rule of its own or an escalation. The tally
// is the part's own (`tally`), exact and allocation-free, so the rule is usable in a
// `static_assert` over a constant ballot box as well as at run time.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/consent/ballot.hpp>
#include <oversight/consent/outcome.hpp>
#include <oversight/consent/rules.hpp>
#include <oversight/rules/expression.hpp>
#include <oversight/rules/fact.hpp>

#include <optional>
#include <string_view>
#include <type_traits>

OVERSIGHT_BEGIN_NAMESPACE
namespace consent {

/// The status of the vote held in the ballot box that fact `Box` gives, under consent rule `Rule`.
template <ConsentRule Rule, Fact Box>
struct consent_expression : oversight::detail::value_expr_tag {
  static_assert(std::is_same_v<typename Box::value_type, ballot_box>,
                "oversight: consent_of reads a fact whose value_type is consent::ballot_box [OVS-E102]");
  using value_type = status;

  Rule rule;
  Box box;

  /// The name the trace shows the status under: the ballot box fact's name.
  static constexpr std::string_view name() noexcept { return Box::name(); }

  template <class S>
  constexpr std::optional<status> value_of(const S& s, const context&) const {
    oversight::detail::check_fact_source<Box, S>();
    decltype(auto) got = oversight::detail::source_get<Box>(oversight::detail::subject_value(s));
    if constexpr (oversight::detail::is_optional<std::remove_cvref_t<decltype(got)>>::value) {
      if (!got) return std::nullopt;
      return tally(rule, *got).status();
    } else {
      return tally(rule, got).status();
    }
  }
  template <class Out>
  constexpr void describe(Out& out) const {
    out.text("consent in ");
    out.fact(Box::name());
  }
};

/// The consent status of the vote in the ballot box fact `box`, under `rule`.
template <ConsentRule Rule, Fact Box>
constexpr consent_expression<Rule, Box> consent_of(const Rule& rule, Box box) {
  return {{}, rule, box};
}

}  // namespace consent
OVERSIGHT_END_NAMESPACE
