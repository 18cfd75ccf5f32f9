// The shipped policies' promises (the `promises` namespace of each policy header), proved for
// every subject at compile time. Each is proved through the one rule that decides it under
// deny-overrides, the other rules of these policies reading parts the analysis cannot cut
// (quantifiers, the binding-obligation and consent conditions, the threshold in the contract's
// currency).
#include <oversight/analysis.hpp>
#include <oversight/policies.hpp>
#include <oversight/policies/rp1.hpp>

namespace {
namespace an = oversight::analysis;
namespace pol = oversight::policies;

// Each promise is required with `require_always_denies_when`: were one broken, the compile error
// would name a subject the policy does not deny (OVS-E113).
static_assert(an::require_always_denies_when<pol::hrs::policy, pol::hrs::promises::high_risk_on_lawful_interception>());
static_assert(an::require_always_denies_when<pol::industrial_security::policy,
                                             pol::industrial_security::promises::clearance_below_classification>());
inline constexpr an::options since_art5k{.during = oversight::since(pol::sanctions::art5k_from)};
static_assert(an::require_always_denies_when<pol::sanctions::policy, pol::sanctions::promises::russian_supplier_within_art5k,
                                             since_art5k>());
// Before Art. 5k applied there was no such rule: the promise is dated.
static_assert(!an::always_denies_when(pol::sanctions::policy, pol::sanctions::promises::russian_supplier_within_art5k));
static_assert(an::require_always_denies_when<pol::sitel::policy, pol::sitel::promises::high_risk_on_lawful_interception>());
static_assert(an::require_always_denies_when<pol::sitel::policy, pol::sitel::promises::russian_supplier_within_art5k,
                                             since_art5k>());
static_assert(an::require_always_denies_when<oversight::rp1::policy, oversight::rp1::promises::high_risk_in_li_or_defence>());
// The ENS policy judges an information system, not a contract; its category is a computed fact,
// which the analysis takes as a fact of its own (three categories and unknown).
static_assert(an::require_always_denies_when<pol::ens::policy, pol::ens::promises::alta_without_certification>());
static_assert(an::always_denies_when(pol::ens::policy, pol::ens::facts::system_category == pol::ens::category::media &&
                                                           pol::ens::facts::conformity_shown == pol::ens::conformity::declaration));
static_assert(!an::always_denies_when(pol::ens::policy, pol::ens::facts::system_category == pol::ens::category::basica));

}  // namespace
