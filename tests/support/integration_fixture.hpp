// Fixtures for the tests that join the parts: a collective-defence contract whose consent vote
// (all other EU member states, unanimity where abstention does not block) is a fact of the
// rule engine and a guard of a workflow.
#pragma once

#include <oversight/consent.hpp>
#include <oversight/consent/as_fact.hpp>
#include <oversight/rules.hpp>

#include <array>

namespace integration {

using oversight::country;
using oversight::date;
namespace consent = oversight::consent;
namespace presets = oversight::consent::presets;

inline constexpr date vote_day{2025, 9, 1};

/// A contract by `buyer` for collective defence, and the consent vote of the other states.
struct defence_contract {
  country buyer;
  bool collective_defence = true;
  consent::ballot_box ballots;
};

inline constexpr oversight::fact<"contract.collective-defence", bool> collective_defence{};
inline constexpr oversight::fact<"consent.other-member-states", consent::ballot_box> other_states{};

}  // namespace integration

template <>
struct oversight::fact_source<integration::defence_contract> {
  using C = integration::defence_contract;
  static constexpr bool get(decltype(integration::collective_defence), const C& c) { return c.collective_defence; }
  static constexpr const oversight::consent::ballot_box& get(decltype(integration::other_states), const C& c) {
    return c.ballots;
  }
};

namespace integration {

inline constexpr auto consent_rule =
    oversight::rule<"consent.collective-defence">(
        oversight::effect::review,
        collective_defence && consent::consent_of(presets::eu_council_unanimity, other_states) != consent::status::adopted)
        .escalate_to_deny_when(consent::consent_of(presets::eu_council_unanimity, other_states) ==
                               consent::status::not_adopted)
        .cite(oversight::legal_basis{"Treaty on the Functioning of the European Union (consolidated, OJ C 202, "
                                     "7.6.2016)",
                                     "Art. 238(4): abstention does not prevent unanimity"});

inline constexpr auto signing_policy =
    oversight::policy<"collective-defence.signature", oversight::combining::deny_overrides>(consent_rule);

/// The EU-27 electorate as of the vote, without `buyer`.
constexpr consent::electorate others_of(country buyer) {
  const auto eu = consent::make_electorate(presets::eu_members, vote_day, presets::eurostat_2025).value();
  return consent::all_other_members(eu, buyer).value();
}

/// Every other state answers `how`, except those in `exceptions`, who answer `other`.
template <std::size_t N = 0>
constexpr void vote_all(consent::ballot_box& box, consent::ballot how, const std::array<country, N>& exceptions = {},
                        consent::ballot other = consent::ballot::no) {
  const auto& e = box.voters();
  for (std::size_t i = 0; i < e.size(); ++i) {
    const country c = e.member(i);
    bool special = false;
    for (const auto& x : exceptions) special = special || x == c;
    (void)box.cast(c, special ? other : how);
  }
}

}  // namespace integration
