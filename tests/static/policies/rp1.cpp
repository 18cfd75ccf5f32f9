// RP-1 at compile time: every case of rp1_cases.hpp (both sides of each rule's condition) is
// checked in a constant expression, and the country groups RP-1 names are checked against the
// domain's dated blocs.
#include <oversight/domain/blocs.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/policies/rp1.hpp>

#include "../../runtime/policies/rp1_cases.hpp"

#include <cstddef>
#include <utility>

namespace {

using oversight::country;
using oversight::date;
namespace rp1 = oversight::rp1;

// RP-1's EU27 is the Union on any day of 2024-2025; with NO, IS and LI it is the EEA.
static_assert(rp1::eu27.members == oversight::eu::member_states.members_on(date{2024, 1, 1}));
static_assert(rp1::eu27.members == oversight::eu::member_states.members_on(date{2025, 12, 31}));
static_assert(rp1::eu27.members.size() == 27);
static_assert(rp1::eu27_no_is_li.members == oversight::eu::eea.members_on(date{2024, 1, 1}));
static_assert(rp1::eu27.contains(country{"GR"}) && !rp1::eu27.contains(country{"GB"}));

static_assert(rp1::electorate_of(country{"ES"}).size() == 26);
static_assert(!rp1::electorate_of(country{"ES"}).contains(country{"ES"}));
static_assert(rp1::electorate_of(country{"US"}) == rp1::eu27.members);

// The policy holds the ten rules of RP-1, in its order.
using policy_type = decltype(rp1::policy);
static_assert(policy_type::rule_count == 10);
static_assert(policy_type::all_rule_ids()[0] == "procurement.eu-tender");
static_assert(policy_type::all_rule_ids()[9] == "consent.collective-defence");
static_assert(rp1::collective_defence_consent.rule_effect() == oversight::effect::review);
static_assert(decltype(rp1::collective_defence_consent)::escalates);

// Deliberately not constexpr: a failing case names its index in the diagnostic. Defined (it is
// never called at run time) so that Clang does not warn about an undefined internal function.
template <std::size_t Index>
void rp1_case_failed() {}

template <std::size_t... I>
constexpr bool all_cases_pass(std::index_sequence<I...>) {
  return ((rp1_cases::passes(rp1_cases::cases[I]) ? true : (rp1_case_failed<I>(), false)) && ...);
}
static_assert(all_cases_pass(std::make_index_sequence<rp1_cases::cases.size()>{}));

// The verdict entry point at compile time, both ways.
static_assert(oversight::check(rp1::policy, rp1_cases::clean));
static_assert(!oversight::check(rp1::policy, rp1_cases::cases.back().contract));
static_assert(oversight::check(rp1::policy, rp1_cases::cases.back().contract) == oversight::verdict_kind::deny);
// ... and with the policy as a template argument.
static_assert(oversight::check<rp1::policy>(rp1_cases::clean));
static_assert(oversight::check<rp1::policy>(rp1_cases::cases.back().contract) == oversight::verdict_kind::deny);

}  // namespace
