// oversight: consent of the other member states to a collective-defence contract.
//
// THIS RULE ENCODES A PROPOSAL, NOT LAW IN FORCE. After the SITEL case, it was proposed that a
// member state should not sign a contract serving collective defence without the consent of the
// other member states. No instrument enacts it, and no primary source for the proposal was
// found (facts sheet 8.2.11: unverified). The rule therefore cites nothing binding.
//
// The electorate is all the other members (build it with `consent::all_other_members(e, buyer)`
// and hold the vote in the ballot box the screening points to). The consent rule is a template
// parameter; the default is unanimity in which abstention does not block, as Art. 238(4) TFEU
// provides for the Council. While answers are outstanding the contract needs review; a refusal
// denies it; with no ballot box at all the consent is unknown and the rule Indeterminate.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/consent/outcome.hpp>
#include <oversight/consent/rules.hpp>
#include <oversight/screening/facts.hpp>
#include <oversight/rules.hpp>

#include <type_traits>

OVERSIGHT_BEGIN_NAMESPACE
namespace policies::collective_defence {

/// The model the default consent rule is taken from (not a basis for the requirement itself).
inline constexpr legal_basis art238_4_model{"Treaty on the Functioning of the European Union (model for the vote only)",
                                            "Art. 238(4): abstention does not prevent unanimity",
                                            "http://data.europa.eu/eli/treaty/tfeu_2016/oj"};

/// The consent rule of the proposal, for the vote `Vote` (a consent rule given as a template
/// argument): REVIEW while consent is not given, DENY when it is refused.
template <auto Vote = consent::unanimity{consent::abstention::does_not_block}>
  requires consent::ConsentRule<std::remove_cvref_t<decltype(Vote)>>
inline constexpr auto consent_rule =
    rule<"consent.collective-defence">(effect::review,
                                       facts::collective_defence && facts::consent(Vote) != consent::status::adopted)
        .escalate_to_deny_when(facts::consent(Vote) == consent::status::not_adopted)
        .cite(art238_4_model)
        .message("collective-defence contract of {} without the consent of the other member states (a proposal, "
                 "not law in force)",
                 facts::buyer_state);

/// The proposal as a policy, for the vote `Vote`.
template <auto Vote = consent::unanimity{consent::abstention::does_not_block}>
  requires consent::ConsentRule<std::remove_cvref_t<decltype(Vote)>>
inline constexpr auto policy_with = oversight::policy<"collective-defence", combining::deny_overrides>(consent_rule<Vote>);

/// The proposal with the default vote: unanimity in which abstention does not block.
inline constexpr auto policy = policy_with<>;

}  // namespace policies::collective_defence
OVERSIGHT_END_NAMESPACE
