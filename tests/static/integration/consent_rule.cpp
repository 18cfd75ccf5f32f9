// A consent outcome as a fact: the collective-defence rule decided at compile time over
// constant ballot boxes (adopted, pending, objected, and abstentions that do not block).
#include <oversight/oversight.hpp>

#include "integration_fixture.hpp"

namespace {

using namespace integration;
using oversight::verdict_kind;
using namespace oversight::literals;

constexpr oversight::verdict signing(void (*vote)(consent::ballot_box&)) {
  const auto others = others_of("ES"_country);
  defence_contract c{"ES"_country, true, consent::ballot_box(others, vote_day)};
  vote(c.ballots);
  return oversight::check(signing_policy, c);
}

constexpr void everyone_yes(consent::ballot_box& b) { vote_all(b, consent::ballot::yes); }
constexpr void one_no(consent::ballot_box& b) {
  vote_all(b, consent::ballot::yes, std::array<country, 1>{"FR"_country}, consent::ballot::no);
}
constexpr void abstentions(consent::ballot_box& b) {
  vote_all(b, consent::ballot::yes, std::array<country, 3>{"DE"_country, "IT"_country, "AT"_country},
           consent::ballot::abstain);
}
constexpr void one_missing(consent::ballot_box&) {}

static_assert(signing(everyone_yes) == verdict_kind::permit);
static_assert(signing(abstentions) == verdict_kind::permit);  // Art. 238(4) TFEU
static_assert(signing(one_no) == verdict_kind::deny);
static_assert(signing(one_missing) == verdict_kind::review);  // consent pending

// The buyer is not an elector: its own ballot is refused by the box (a typed error).
constexpr bool buyer_cannot_vote() {
  const auto others = others_of("ES"_country);
  consent::ballot_box box(others, vote_day);
  return box.cast("ES"_country, consent::ballot::yes).error().code == consent::errc::not_a_member;
}
static_assert(buyer_cannot_vote());

// A contract that does not serve collective defence needs no consent.
constexpr bool no_consent_needed() {
  const auto others = others_of("ES"_country);
  defence_contract c{"ES"_country, false, consent::ballot_box(others, vote_day)};
  return static_cast<bool>(oversight::check(signing_policy, c));
}
static_assert(no_consent_needed());

}  // namespace
