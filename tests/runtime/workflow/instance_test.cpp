// Runtime tests: applying events, refusals, parallel approvals, deadlines, silence,
// obligations, and replaying the trail.
#include <oversight/oversight.hpp>
#include <oversight/workflow.hpp>

#include "oversight_catch.hpp"
#include "sample_workflow.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

using namespace sample;

namespace {
// Drives a run to "silence" on 1 March (security cleared by both ministries, product certified).
run to_silence(const file& f) {
  run r(on(2, 1));
  REQUIRE(r.apply(f, "submitted", {on(2, 1), buyer, "go"}));
  REQUIRE(r.apply(f, "cleared", {on(2, 10), mod, ""}).outcome() == record_outcome::approval_recorded);
  REQUIRE(r.apply(f, "cleared", {on(2, 11), moi, ""}));
  REQUIRE(r.apply(f, "certified", {on(3, 1), anyone, ""}).state() == "silence");
  return r;
}

}  // namespace

TEST_CASE("an instance starts in the initial state with a 'started' record", "[workflow]") {
  const run r(on(1, 1));
  CHECK(r.current() == "draft");
  REQUIRE(r.trail().size() == 1);
  CHECK(r.trail()[0].kind == record_kind::started);
  CHECK(r.trail()[0].to == "draft");
  CHECK(r.trail()[0].seq == 1);
  CHECK(r.trail()[0].hash == oversight::workflow::detail::record_digest(r.trail()[0]));
}

TEST_CASE("events move the state and every input is appended, refusals included", "[workflow]") {
  const file f;
  run r(on(1, 1));
  const auto s = r.apply(f, "submitted", {on(1, 2), buyer, "tender closed"});
  REQUIRE(s);
  CHECK(s.state() == "security");
  CHECK(r.trail().back().from == "draft");
  CHECK(r.trail().back().to == "security");
  CHECK(r.trail().back().reason == "tender closed");

  const std::vector<record> before = r.trail();
  const auto wrong = r.apply(f, "certified", {on(1, 3), anyone, ""});
  REQUIRE_FALSE(wrong);
  CHECK(wrong.error().code == errc::event_not_allowed_in_state);
  CHECK(wrong.state() == "security");
  const auto unknown = r.apply(f, "appealed", {on(1, 3), anyone, ""});
  CHECK(unknown.error().code == errc::unknown_event);
  CHECK(unknown.error().context.view() == "appealed");
  const auto early = r.apply(f, "cleared", {on(1, 1), mod, ""});
  CHECK(early.error().code == errc::timestamp_before_last);
  CHECK(early.error().id() == "OVS-E407");

  // Nothing before was rewritten; three refusals were appended.
  REQUIRE(r.trail().size() == before.size() + 3);
  CHECK(std::equal(before.begin(), before.end(), r.trail().begin()));
  CHECK(r.trail()[2].error == "OVS-E402");
  CHECK(r.trail()[3].error == "OVS-E401");
  CHECK(r.trail()[4].error == "OVS-E407");
  for (std::size_t i = 1; i != r.trail().size(); ++i) CHECK(r.trail()[i].prev == r.trail()[i - 1].hash);
}

TEST_CASE("only the named approvers may fire a transition", "[workflow]") {
  const file f;
  run r(on(1, 1));
  const auto s = r.apply(f, "submitted", {on(1, 2), anyone, ""});
  REQUIRE_FALSE(s);
  CHECK(s.error().code == errc::actor_not_entitled);
  CHECK(s.error().context.view() == "someone");
  // The role matches as well as the id.
  CHECK(r.apply(f, "submitted", {on(1, 2), {"buyer", "anything"}, ""}));
}

TEST_CASE("parallel approval: the transition fires with the last of all approvers", "[workflow]") {
  const file f;
  run r(on(1, 1));
  REQUIRE(r.apply(f, "submitted", {on(1, 2), buyer, ""}));
  const auto first = r.apply(f, "cleared", {on(1, 3), moi, ""});
  REQUIRE(first);
  CHECK(first.outcome() == record_outcome::approval_recorded);
  CHECK(first.state() == "security");
  CHECK(r.approvals().size() == 1);
  const auto again = r.apply(f, "cleared", {on(1, 4), moi, ""});
  CHECK(again.error().code == errc::duplicate_approval);
  CHECK(r.apply(f, "cleared", {on(1, 4), anyone, ""}).error().code == errc::actor_not_entitled);
  const auto last = r.apply(f, "cleared", {on(1, 5), mod, ""});
  CHECK(last.outcome() == record_outcome::applied);
  CHECK(last.state() == "crypto");
  CHECK(r.approvals().empty());
}

TEST_CASE("a refused guard gives its reasons, and the event can be applied later", "[workflow]") {
  file f;
  f.product_approved = false;
  run r(on(1, 1));
  REQUIRE(r.apply(f, "submitted", {on(1, 2), buyer, ""}));
  REQUIRE(r.apply(f, "cleared", {on(1, 3), moi, ""}));
  REQUIRE(r.apply(f, "cleared", {on(1, 3), mod, ""}));
  const auto s = r.apply(f, "certified", {on(1, 4), anyone, ""});
  REQUIRE_FALSE(s);
  CHECK(s.error().code == errc::guard_refused);
  REQUIRE(s.guard().reasons.size() == 1);
  CHECK(s.guard().reasons[0].id == "crypto.product-approved");
  CHECK(r.trail().back().reasons == std::vector<trail_reason>{{"crypto.product-approved", "the product is not an approved security product"}});
  f.product_approved = true;
  CHECK(r.apply(f, "certified", {on(1, 5), anyone, ""}).state() == "silence");
}

TEST_CASE("a pending guard refuses as pending; complementary guards decide the ballot", "[workflow]") {
  file f;
  run r = to_silence(f);
  REQUIRE(r.apply(f, "objected", {on(3, 2), {"NL", "member-state"}, ""}).state() == "vote");
  f.votes_missing = 2;
  const auto open = r.apply(f, "closed", {on(3, 5), anyone, ""});
  CHECK(open.error().code == errc::guard_pending);
  CHECK(open.guard().outcome == verdict::pending);
  REQUIRE(open.guard().reasons.size() == 1);  // the same reason from both guards, once
  CHECK(open.guard().reasons[0].id == "consent.open");
  f.votes_missing = 0;
  f.votes_against = 1;
  CHECK(r.apply(f, "closed", {on(3, 6), anyone, ""}).state() == "refused");
  CHECK(r.terminated());
  CHECK(r.apply(f, "signed", {on(3, 7), anyone, ""}).error().code == errc::workflow_terminated);
}

TEST_CASE("guard obligations become tracked items", "[workflow]") {
  file f;
  run r = to_silence(f);
  REQUIRE(r.apply(f, "objected", {on(3, 2), anyone, ""}));
  REQUIRE(r.apply(f, "closed", {on(3, 3), anyone, ""}).state() == "consent");
  REQUIRE(r.obligations().size() == 1);
  CHECK(r.obligations()[0].id == "notify");
  CHECK_FALSE(r.obligations()[0].due.has_value());
  CHECK(r.obligations()[0].status == obligation_status::open);
}

TEST_CASE("silence: no objection by the deadline means consent", "[workflow]") {
  const file f;
  run r = to_silence(f);  // entered 1 March; 10 days: the deadline ends with 11 March
  REQUIRE(r.next_deadline().has_value());
  CHECK(*r.next_deadline() == instant::start_of(date{2025, 3, 12}));
  CHECK(r.advance(f, fixed_clock{on(3, 11, 23)}) == 0);
  CHECK(r.current() == "silence");
  CHECK(r.advance(f, fixed_clock{on(3, 12, 0)}) == 1);
  CHECK(r.current() == "consent");
  CHECK(r.trail().back().kind == record_kind::deadline);
  CHECK(r.trail().back().actor == "clock");
  CHECK(r.trail().back().name == "silence_ended");
  CHECK(r.trail().back().at == instant::start_of(date{2025, 3, 12}));
}

TEST_CASE("silence: an objection on the last day is in time, one after it is too late", "[workflow]") {
  const file f;
  run in_time = to_silence(f);
  CHECK(in_time.apply(f, "objected", {on(3, 11, 23), anyone, ""}).state() == "vote");

  run too_late = to_silence(f);
  const auto s = too_late.apply(f, "objected", {on(3, 12, 8), anyone, ""});
  REQUIRE_FALSE(s);
  CHECK(s.error().code == errc::event_not_allowed_in_state);
  CHECK(s.state() == "consent");
  // The deadline record comes before the refused objection.
  const auto& t = too_late.trail();
  CHECK(t[t.size() - 2].kind == record_kind::deadline);
  CHECK(t.back().error == "OVS-E402");
}

TEST_CASE("escalation: a review that lasts too long moves on by itself", "[workflow]") {
  const file f;
  run r(on(1, 1));
  REQUIRE(r.apply(f, "submitted", {on(1, 1), buyer, ""}));
  REQUIRE(r.apply(f, "cleared", {on(1, 20), mod, ""}));
  CHECK(r.advance(f, fixed_clock{on(3, 1)}) == 1);
  CHECK(r.current() == "escalated");
  CHECK(r.approvals().empty());  // the partial approval does not carry over
  CHECK(r.apply(f, "cleared", {on(3, 2), {"PM", "minister"}, ""}).state() == "crypto");
  // A clock behind the last record does nothing.
  CHECK(r.advance(f, fixed_clock{on(1, 5)}) == 0);
}

TEST_CASE("obligations: opened by an action, fulfilled, waived, breached by the clock", "[workflow]") {
  const file f;
  run r = to_silence(f);
  REQUIRE(r.advance(f, fixed_clock{on(3, 12)}) == 1);
  REQUIRE(r.apply(f, "signed", {on(3, 13), buyer, ""}).state() == "signed");
  REQUIRE(r.obligations().size() == 1);
  const auto& audit = r.obligations()[0];
  CHECK(audit.id == "audit");
  CHECK(audit.due == date{2025, 4, 12});
  CHECK(audit.opened_by == r.trail().back().seq);

  SECTION("fulfilled in time") {
    CHECK(r.fulfil(f, "audit", {on(4, 12, 17), {"lab", "auditor"}, "report"}));
    CHECK(r.obligations()[0].status == obligation_status::fulfilled);
    CHECK(r.obligations()[0].closed_by == r.trail().back().seq);
    CHECK(r.fulfil(f, "audit", {on(4, 13), {"lab", "auditor"}, ""}).error().code == errc::obligation_closed);
  }
  SECTION("waived") {
    CHECK(r.waive(f, "audit", {on(4, 1), buyer, "replaced"}));
    CHECK(r.obligations()[0].status == obligation_status::waived);
  }
  SECTION("breached when the due date passes") {
    CHECK(r.advance(f, fixed_clock{on(4, 13, 0)}) == 1);
    CHECK(r.obligations()[0].status == obligation_status::breached);
    CHECK(r.trail().back().kind == record_kind::breached);
    CHECK(r.trail().back().at == instant::start_of(date{2025, 4, 13}));
    // Fulfilling after the breach is refused, and recorded.
    CHECK(r.fulfil(f, "audit", {on(4, 20), {"lab", "auditor"}, ""}).error().code == errc::obligation_closed);
  }
  SECTION("breached by an actor; unknown ids refused") {
    CHECK(r.breach(f, "audit", {on(4, 1), buyer, "audit refused by supplier"}));
    CHECK(r.obligations()[0].status == obligation_status::breached);
    CHECK(r.fulfil(f, "no-such", {on(4, 2), buyer, ""}).error().code == errc::unknown_obligation);
    CHECK(r.trail().back().error == "OVS-E410");
  }
  // Every branch replays to the same instance.
  const auto again = run::replay(r.trail());
  REQUIRE(again);
  CHECK(again->current() == r.current());
  CHECK(again->obligations() == r.obligations());
}

TEST_CASE("replaying the trail reproduces the instance", "[workflow]") {
  file f;
  run r = to_silence(f);
  REQUIRE(r.apply(f, "objected", {on(3, 2), anyone, ""}));
  f.votes_missing = 1;
  REQUIRE_FALSE(r.apply(f, "closed", {on(3, 3), anyone, ""}));
  f.votes_missing = 0;
  REQUIRE(r.apply(f, "closed", {on(3, 4), anyone, ""}));
  REQUIRE(r.apply(f, "signed", {on(3, 5), buyer, ""}));
  REQUIRE_FALSE(r.apply(f, "signed", {on(3, 1), buyer, ""}));
  const auto again = run::replay(r.trail());
  REQUIRE(again);
  CHECK(again->current() == r.current());
  CHECK(again->trail() == r.trail());
  CHECK(again->obligations() == r.obligations());
  CHECK(again->entered_at() == r.entered_at());
  // The replayed instance carries on like the original.
  run copy = *again;
  CHECK(copy.apply(f, "live", {on(3, 6), buyer, ""}).state() == "done");
}

TEST_CASE("a trail that does not replay is rejected with a typed error", "[workflow]") {
  const file f;
  run r = to_silence(f);
  REQUIRE(r.apply(f, "objected", {on(3, 2), anyone, ""}));
  const std::vector<record> good = r.trail();
  REQUIRE(run::replay(good));

  SECTION("an edited field breaks the hash") {
    auto t = good;
    t[2].actor = "someone-else";
    CHECK(run::replay(t).error().code == errc::trail_hash_mismatch);
  }
  SECTION("a dropped record breaks the sequence") {
    auto t = good;
    t.erase(t.begin() + 2);
    CHECK(run::replay(t).error().code == errc::trail_sequence_gap);
  }
  SECTION("a truncated trail still replays to an earlier state, never to a wrong one") {
    auto t = good;
    t.pop_back();
    const auto again = run::replay(t);
    REQUIRE(again);
    CHECK(again->current() == "silence");
  }
  SECTION("an empty trail, or one without its start") {
    CHECK(run::replay({}).error().code == errc::trail_does_not_replay);
    auto t = good;
    t.erase(t.begin());
    rechain(t);
    CHECK(run::replay(t).error().code == errc::trail_does_not_replay);
  }
  SECTION("a forged transition with a recomputed hash chain") {
    auto t = good;
    t.back().to = "consent";  // objected leads to "vote", not "consent"
    rechain(t);
    const auto e = run::replay(t);
    CHECK(e.error().code == errc::trail_does_not_replay);
    CHECK(e.error().context.view().starts_with("record 6"));
  }
  SECTION("a forged approver") {
    auto t = good;
    t[1].actor = "intruder";
    t[1].role = "intruder";
    rechain(t);
    CHECK(run::replay(t).error().code == errc::trail_does_not_replay);
  }
  SECTION("an event after a deadline that the trail skipped") {
    auto t = good;
    t.back().at = on(3, 20);  // the silence deadline passed on 12 March: it must come first
    rechain(t);
    CHECK(run::replay(t).error().code == errc::trail_does_not_replay);
  }
  SECTION("a refusal that was not one") {
    auto t = good;
    t.back().outcome = record_outcome::refused;
    t.back().to = t.back().from;
    t.back().error = "OVS-E402";
    rechain(t);
    CHECK(run::replay(t).error().code == errc::trail_does_not_replay);
  }
  SECTION("another workflow's trail") {
    auto t = good;
    for (auto& rec : t) rec.workflow = "other";
    rechain(t);
    CHECK(run::replay(t).error().code == errc::trail_of_another_workflow);
  }
}
