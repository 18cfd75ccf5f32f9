// Policies and consent rules as workflow guards: a collective-defence contract goes through
// a security review (a rule-engine policy) and the consent of the other member states (a
// consent rule over the contract's ballot box) before signature.
#include <oversight/oversight.hpp>
#include <oversight/workflow/rules_guard.hpp>

#include "integration_fixture.hpp"
#include "oversight_catch.hpp"

namespace {

using namespace integration;
using namespace oversight::literals;
namespace wf = oversight::workflow;

inline constexpr oversight::fact<"supplier.hq", country> supplier_hq{};

struct procurement : defence_contract {
  country supplier;
};

}  // namespace

template <>
struct oversight::fact_source<procurement> : oversight::fact_source<integration::defence_contract> {
  using oversight::fact_source<integration::defence_contract>::get;
  static constexpr country get(decltype(supplier_hq), const procurement& p) { return p.supplier; }
};

namespace {

inline constexpr auto security_review = oversight::policy<"security-review", oversight::combining::deny_overrides>(
    oversight::rule<"supplier.intelligence-law">(oversight::effect::deny, supplier_hq.in("CN"_country, "RU"_country))
        .message("the supplier, headquartered in {}, is subject to an intelligence-cooperation law", supplier_hq)
        .with_obligation(oversight::obligation{"exit", "replace the supplier"}));

constexpr const consent::ballot_box& ballots_of(const procurement& p) { return p.ballots; }

inline constexpr auto review_guard = wf::guard_by(security_review, "security review");
inline constexpr auto consent_guard =
    wf::guard_by(presets::eu_council_unanimity, "consent of the other member states", &ballots_of);

inline constexpr auto approval = wf::make_workflow<"collective-defence-approval">(
    wf::initial<"review">, wf::terminal<"signed", "refused">,
    wf::state<"review"> + wf::event<"reviewed"> [review_guard] = wf::state<"consent">,
    wf::state<"review"> + wf::event<"reviewed"> [wf::unless(review_guard)] = wf::state<"refused">,
    wf::state<"consent"> + wf::event<"consent-closed"> [consent_guard] = wf::state<"signature">,
    wf::state<"consent"> + wf::event<"consent-closed"> [wf::unless(consent_guard)] = wf::state<"refused">,
    wf::state<"signature"> + wf::event<"signed"> = wf::state<"signed">);

using run = wf::instance<approval, procurement>;

wf::instant at(unsigned month, unsigned day) { return {oversight::date::from_ymd(2025, month, day).value(), 9 * 3600}; }
inline constexpr wf::actor ministry{"ES-MoI", "buyer"};

procurement make(country supplier) {
  static const consent::electorate others = others_of("ES"_country);
  return procurement{{"ES"_country, true, consent::ballot_box(others, vote_day)}, supplier};
}

}  // namespace

TEST_CASE("a policy guard refuses with the findings as reasons", "[integration][workflow]") {
  const procurement p = make("CN"_country);
  const wf::guard_result g = review_guard.check(p);
  CHECK(g.refused());
  REQUIRE(g.reasons.size() == 1);
  CHECK(g.reasons[0].id == "supplier.intelligence-law");
  // The rule's message with the facts of the case, as `explain` words it.
  CHECK(g.reasons[0].text == "the supplier, headquartered in CN, is subject to an intelligence-cooperation law");
  CHECK(g.reasons[0].text.view() == oversight::explain(security_review, p).findings.at(0).message);
  CHECK(review_guard.check(make("DE"_country)).allowed());
}

TEST_CASE("a consent guard is pending while answers are outstanding", "[integration][workflow]") {
  procurement p = make("DE"_country);
  CHECK(consent_guard.check(p).pending());
  vote_all(p.ballots, consent::ballot::yes, std::array<country, 2>{"DE"_country, "FR"_country}, consent::ballot::abstain);
  CHECK(consent_guard.check(p).allowed());  // abstention does not block
  procurement q = make("DE"_country);
  vote_all(q.ballots, consent::ballot::yes, std::array<country, 1>{"PL"_country}, consent::ballot::no);
  const auto g = consent_guard.check(q);
  CHECK(g.refused());
  CHECK(g.reasons[0].text == "objection");
}

TEST_CASE("the approval workflow runs on the procurement itself", "[integration][workflow]") {
  procurement p = make("DE"_country);
  run r(at(9, 1));
  REQUIRE(r.apply(p, "reviewed", {at(9, 2), ministry, "security review done"}).state() == "consent");
  // Closing the vote early: the consent guard is pending, the other transition's guard too.
  const auto early = r.apply(p, "consent-closed", {at(9, 3), ministry, ""});
  CHECK_FALSE(early);
  CHECK(early.state() == "consent");
  vote_all(p.ballots, consent::ballot::yes);
  REQUIRE(r.apply(p, "consent-closed", {at(9, 20), ministry, "all other states consented"}).state() == "signature");
  CHECK(r.apply(p, "signed", {at(9, 21), ministry, ""}).state() == "signed");

  procurement risky = make("CN"_country);
  run refused(at(9, 1));
  CHECK(refused.apply(risky, "reviewed", {at(9, 2), ministry, ""}).state() == "refused");
}
