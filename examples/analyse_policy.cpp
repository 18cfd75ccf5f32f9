// Policy analysis: what a policy can never do, which of its rules never fire, and what an
// amendment changes, decided for every subject at once (docs/analysis.md).
//
// 1. RP-1, the reference workload's policy, rule by rule, and one of its promises proved.
// 2. The EU-notice rule of Directive 2014/24/EU with the thresholds of 2024-2025 and with those
//    of 2026-2027 (the library's own figures, policies/thresholds.hpp): where the two differ.
// 3. An edit with a flaw: an exception that can never apply, and a rule that can never fire.
#include <oversight/analysis.hpp>
#include <oversight/policies.hpp>
#include <oversight/policies/rp1.hpp>

#include <cstdio>
#include <string>

namespace analyse {

using namespace oversight;
using namespace oversight::literals;
namespace an = oversight::analysis;
namespace th = oversight::policies::thresholds;

// ---- 2. the EU-notice rule in two periods ----------------------------------------------------------

inline constexpr fact<"contract.object", contract_object> object{};
inline constexpr fact<"buyer.kind", authority_kind> buyer{};
inline constexpr fact<"contract.value", money> value{};
inline constexpr fact<"notice.published", bool> notice_published{};

/// Directive 2014/24/EU Art. 4(a)-(c) in one period: works; supplies and services of central
/// government authorities; of sub-central ones (social services left out).
template <const th::classic_figures& F>
inline constexpr auto classic_thresholds =
    decision_table<"classic.thresholds", hit_policy::unique, money>(inputs(object, buyer))
        .row(is(contract_object::works), any_value, F.works)
        .row(is(contract_object::supplies, contract_object::services), is(authority_kind::central_government),
             F.central)
        .row(is(contract_object::supplies, contract_object::services),
             is(authority_kind::sub_central, authority_kind::other), F.sub_central);

/// DENY: at or above the threshold without an EU-wide notice.
template <detail::fixed_string Id, const th::classic_figures& F>
inline constexpr auto notice_policy = policy<Id, combining::deny_overrides>(
    rule<"procurement.eu-notice">(effect::deny, value >= classic_thresholds<F> && !notice_published)
        .cite(th::directive_2014_24));

inline constexpr auto& notice_2024_2025 = notice_policy<"notice-2024-2025", th::classic_2024_2025>;
inline constexpr auto& notice_2026_2027 = notice_policy<"notice-2026-2027", th::classic_2026_2027>;

// The 2026-2027 figures are lower: whatever the 2024-2025 rule denies, the 2026-2027 rule denies.
static_assert(an::never_permits_when(notice_2026_2027, value >= 5'538'000_eur && !notice_published));
static_assert(!an::equivalent(notice_2024_2025, notice_2026_2027));

// ---- 3. an edit with a flaw ---------------------------------------------------------------------------

inline constexpr fact<"supplier.high_risk", bool> high_risk{};
inline constexpr fact<"contract.defence", bool> defence{};

inline constexpr auto edited = policy<"edited", combining::deny_overrides>(
    rule<"supplier.high-risk">(effect::deny, high_risk && defence),
    // Meant for small lots, but written against the threshold the rule already excludes.
    exception<"exemption.small-lots", "procurement.eu-notice">(value < 100'000_eur),
    rule<"procurement.eu-notice">(effect::deny, value >= 143'000_eur && !notice_published),
    // A typo: "and" where "or" was meant.
    rule<"supplier.high-risk-or-defence">(effect::review, high_risk && !high_risk));

}  // namespace analyse

int main() {
  using namespace analyse;
  namespace rp1 = oversight::rp1;

  std::puts("== 1. RP-1, rule by rule");
  std::fputs(an::to_text(an::analyse(rp1::policy)).c_str(), stdout);
  std::puts("A high-risk supplier in defence is denied:");
  std::fputs(an::to_text(an::always_denies_when(rp1::policy, rp1::high_risk && rp1::sector == rp1::sector_kind::defence))
                 .c_str(),
             stdout);
  std::puts("The verdicts RP-1 reaches:");
  std::fputs(an::to_text(an::verdicts(rp1::policy)).c_str(), stdout);

  std::puts("\n== 2. The EU-notice rule, 2024-2025 against 2026-2027");
  std::fputs(an::to_text(an::difference(notice_2024_2025, notice_2026_2027)).c_str(), stdout);

  std::puts("\n== 3. An edit with a flaw");
  std::fputs(an::to_text(an::analyse(edited)).c_str(), stdout);
  return 0;
}
