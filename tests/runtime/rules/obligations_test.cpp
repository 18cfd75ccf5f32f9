// Which obligations a decision returns: those of the rules on the path that decided, in rule
// order, as XACML 3.0 section 7.18 says (a rule's obligations are returned when its effect is the
// decision of its policy, and a policy's children's only when the policy's decision is the
// parent's; the algorithms that stop at a deciding child return that child's alone). Each case
// is checked through `explain` and through `evaluate_into` + `mark_deciding`, at run time and,
// for the latter, at compile time.
#include <oversight/oversight.hpp>

#include <string_view>
#include <vector>

#include "oversight_catch.hpp"
#include "rules_fixture.hpp"

namespace {

using namespace oversight;
using namespace fixture;

// Every rule fires on this record (art346 and dual_use both hold).
inline constexpr record both{.art346 = true, .dual_use = true};


inline constexpr auto pa = rule<"p.a">(effect::permit, art346).with_obligation(obligation{"OA", "a"});
inline constexpr auto pb = rule<"p.b">(effect::permit, dual_use).with_obligation(obligation{"OB", "b"});
inline constexpr auto pc = rule<"p.c">(effect::permit, art346).with_obligation(obligation{"OC", "c"});
inline constexpr auto da = rule<"d.a">(effect::deny, art346).with_obligation(obligation{"DA", "a"});
inline constexpr auto db = rule<"d.b">(effect::deny, dual_use).with_obligation(obligation{"DB", "b"});

// The issue's example: permit-overrides[deny-overrides[Permit OA, Deny DB], Permit OC] is Permit,
// and only OC is on its path: the inner policy came out Deny, so its Permit rule contributes
// nothing.
inline constexpr auto nested = policy<"outer", combining::permit_overrides>(
    policy<"inner", combining::deny_overrides>(pa, db), pc);
// First-applicable: only its first applicable child.
inline constexpr auto first = policy<"first", combining::first_applicable>(pa, pb);
// Deny-overrides stops at its first Deny; a Permit it returns comes from every Permit child.
inline constexpr auto two_denies = policy<"denies", combining::deny_overrides>(da, db);
inline constexpr auto two_permits = policy<"permits", combining::deny_overrides>(pa, pb);
// Permit-overrides stops at its first Permit; ordered-permit-overrides likewise.
inline constexpr auto first_permit = policy<"first-permit", combining::ordered_permit_overrides>(da, pa, pb);
// Deny-unless-permit's Deny: every Deny child (nothing stops it early).
inline constexpr auto unless_permit = policy<"unless", combining::deny_unless_permit>(da, db);
// A nested first-applicable whose first applicable child is Indeterminate contributes nothing.
inline constexpr auto undecided_first = policy<"outer", combining::permit_overrides>(
    policy<"first", combining::first_applicable>(rule<"p.unknown">(effect::permit, high_risk)
                                                      .with_obligation(obligation{"OU", "u"}),
                                                  pb),
    pc);

template <std::size_t N>
struct ids {
  std::array<std::string_view, N> id{};
  std::size_t count = 0;
  friend constexpr bool operator==(const ids&, const ids&) = default;
};

// The obligations of the findings `mark_deciding` marks, in order.
template <std::size_t N, class P>
constexpr ids<N> marked_obligations(const P& p, const record& r) {
  findings_buffer<P> buffer{};
  const evaluation e = evaluate_into(p, r, {}, buffer);
  mark_deciding(p, r, {}, e, buffer);
  ids<N> out;
  for (std::size_t i = 0; i < e.stored; ++i)
    if (buffer[i].decided)
      for (const obligation& o : p.obligations_of(buffer[i].rule_index))
        if (out.count < N) out.id[out.count++] = o.id;
  return out;
}
template <class... S>
constexpr ids<4> expected(S... s) {
  ids<4> out;
  ((out.id[out.count++] = s), ...);
  return out;
}

static_assert(marked_obligations<4>(nested, both) == expected("OC"));
static_assert(marked_obligations<4>(first, both) == expected("OA"));
static_assert(marked_obligations<4>(two_denies, both) == expected("DA"));
static_assert(marked_obligations<4>(two_permits, both) == expected("OA", "OB"));
static_assert(marked_obligations<4>(first_permit, both) == expected("OA"));
static_assert(marked_obligations<4>(unless_permit, both) == expected("DA", "DB"));
static_assert(marked_obligations<4>(undecided_first, both) == expected("OC"));

std::vector<std::string_view> explained_obligations(const auto& p, const record& r) {
  std::vector<std::string_view> out;
  for (const obligation& o : explain(p, r).obligations) out.push_back(o.id);
  return out;
}
using list = std::vector<std::string_view>;

TEST_CASE("a decision returns the obligations of the rules on the path that decided (XACML 3.0 7.18)",
          "[rules][obligations]") {
  CHECK(explained_obligations(nested, both) == list{"OC"});
  CHECK(explained_obligations(first, both) == list{"OA"});
  CHECK(explained_obligations(two_denies, both) == list{"DA"});
  CHECK(explained_obligations(two_permits, both) == list{"OA", "OB"});
  CHECK(explained_obligations(first_permit, both) == list{"OA"});
  CHECK(explained_obligations(unless_permit, both) == list{"DA", "DB"});
  CHECK(explained_obligations(undecided_first, both) == list{"OC"});
}

TEST_CASE("mark_deciding marks at run time what it marks at compile time", "[rules][obligations]") {
  record r = both;  // a copy the compiler does not see
  CHECK(marked_obligations<4>(nested, r) == expected("OC"));
  CHECK(marked_obligations<4>(first, r) == expected("OA"));
  CHECK(marked_obligations<4>(two_denies, r) == expected("DA"));
  CHECK(marked_obligations<4>(two_permits, r) == expected("OA", "OB"));
  CHECK(marked_obligations<4>(first_permit, r) == expected("OA"));
  CHECK(marked_obligations<4>(unless_permit, r) == expected("DA", "DB"));
  CHECK(marked_obligations<4>(undecided_first, r) == expected("OC"));
}

TEST_CASE("the explanation says which findings decided", "[rules][obligations]") {
  const explanation e = explain(nested, both);
  REQUIRE(e.findings.size() == 3);
  CHECK(e.findings[0].rule_id == "p.a");
  CHECK_FALSE(e.findings[0].decided);  // Permit inside a policy that came out Deny
  CHECK_FALSE(e.findings[1].decided);  // the inner Deny: the outer decision is Permit
  CHECK(e.findings[2].decided);
}

TEST_CASE("nothing is marked from an incomplete buffer", "[rules][obligations]") {
  std::array<finding, 1> small{};
  const evaluation e = evaluate_into(nested, both, {}, small);
  REQUIRE_FALSE(e.complete());
  CHECK(mark_deciding(nested, both, {}, e, small) == 0);
  CHECK_FALSE(small[0].decided);
}

TEST_CASE("obligations_of finds a rule's obligations by its index, nested or not", "[rules][obligations]") {
  CHECK(nested.obligations_of(0).size() == 1);
  CHECK(nested.obligations_of(0)[0].id == "OA");
  CHECK(nested.obligations_of(1)[0].id == "DB");
  CHECK(nested.obligations_of(2)[0].id == "OC");
  CHECK(nested.obligations_of(3).empty());  // past the last rule
}

// Policy-level obligations and advice (XACML FulfillOn / AppliesTo): those of the policies on the
// path, for the decision they were declared for, after the rules'; the inner policy came out Deny,
// which is not the decision, so its own obligation is not returned either.
inline constexpr auto with_policy_obligations = policy<"outer", combining::permit_overrides>(
    policy<"inner", combining::deny_overrides>(pa, db, obligations_on(decision::deny, obligation{"PD", "inner"})),
    pc.with_advice(obligation{"RA", "rule advice"}), obligations_on(decision::permit, obligation{"PP", "outer"}),
    obligations_on(decision::deny, obligation{"PX", "outer on deny"}),
    advice_on(decision::permit, obligation{"AP", "outer advice"}));

TEST_CASE("policies carry obligations and advice for the decision they were declared for", "[rules][obligations]") {
  const explanation e = explain(with_policy_obligations, both);
  REQUIRE(e.verdict.xacml == decision::permit);
  std::vector<std::string_view> obligations, advice;
  for (const obligation& o : e.obligations) obligations.push_back(o.id);
  for (const obligation& o : e.advice) advice.push_back(o.id);
  CHECK(obligations == list{"OC", "PP"});
  CHECK(advice == list{"RA", "AP"});
  // The text and the JSON say it too.
  const std::string text = to_text(e);
  CHECK(text.find("obligation: outer") != std::string::npos);
  CHECK(text.find("advice: outer advice") != std::string::npos);
  const std::string json = report::to_json_text(e, report::json_style::canonical);
  CHECK(json.find(R"("advice":[{"advice":true,"due_after":null,"due_within_days":null,"id":"RA")") != std::string::npos);
  CHECK(json.find(R"("decided":true)") != std::string::npos);
  CHECK(json.find(R"("decided":false)") != std::string::npos);
  // The policy as text lists them.
  const std::string policy_text = to_text(with_policy_obligations);
  CHECK(policy_text.find("obligation on Permit: outer") != std::string::npos);
  CHECK(policy_text.find("advice on Permit: outer advice") != std::string::npos);
}

// A decision with no matching FulfillOn returns none of the policy's own.
TEST_CASE("a policy's obligations for the other decision are not returned", "[rules][obligations]") {
  const record neither{};  // no rule fires: NotApplicable
  const explanation e = explain(with_policy_obligations, neither);
  CHECK(e.verdict.xacml == decision::not_applicable);
  CHECK(e.obligations.empty());
  CHECK(e.advice.empty());
}

}  // namespace
