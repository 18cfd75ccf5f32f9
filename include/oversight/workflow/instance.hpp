// oversight: running a workflow. An instance holds the current state of one case (one
// contract, one ballot), applies events, fires deadlines against a clock the caller provides,
// tracks obligations, and appends every applied or refused input to an audit trail.
//
//     instance<review, contract> run(start);                          // review: a constexpr workflow
//     auto s = run.apply(c, "submitted", {at, {"ES-MoI", "buyer"}, "tender closed"});
//     if (!s) std::cout << s.error().id() << ' ' << s.error().what();
//     run.advance(c, clock);                                          // deadlines up to clock.now()
//
// The trail is append-only: nothing in it is rewritten, refusals included. Each record carries
// the SHA-256 digest of the one before it and its own (over every field and that link), so a
// record edited, dropped, inserted or moved breaks the chain: `verify(trail)` names the first
// record that does not follow. A chain is not a signature: whoever can rewrite the whole trail
// can recompute every digest after an edit. What SHA-256 adds is that the last digest (the
// head, `verify`'s result) fixes every record before it, so a head kept out of the writer's
// reach (signed, published, stored elsewhere) makes any later rewrite detectable:
// `verify(trail, head)`. `instance::replay(trail)` verifies the chain, then rebuilds the
// instance and checks every record against the workflow.
//
// The trail holds UTF-8 text, as its JSON lines must: a byte of a caller's text (actor, role,
// reason, event or obligation name) or of a guard's reason that begins no well-formed UTF-8
// sequence is recorded as U+FFFD, so a trail written and read back is the trail recorded.
//
// This header is the run-time side of the part: it allocates (std::string, std::vector) and is
// not on the evaluation path of rules.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/utf8.hpp>
#include <oversight/error.hpp>
#include <oversight/report/sha256.hpp>
#include <oversight/workflow/action.hpp>
#include <oversight/workflow/definition.hpp>
#include <oversight/workflow/errc.hpp>
#include <oversight/workflow/guard.hpp>
#include <oversight/workflow/time.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

OVERSIGHT_BEGIN_NAMESPACE
namespace workflow {

/// Who fires an event: an id ("ES-CCN") and a role ("cryptologic-authority"). A transition's
/// approvers match either.
struct actor {
  std::string_view id;
  std::string_view role;
};

/// When, by whom and why: the common arguments of every command.
struct stamp {
  instant at;
  actor who;
  std::string_view reason;
};

/// What a trail record is about.
enum class record_kind : std::uint8_t {
  started,    ///< the instance was created in the initial state
  event,      ///< an actor's event
  deadline,   ///< a state's deadline passed (fired by the clock)
  fulfilled,  ///< an obligation was fulfilled
  breached,   ///< an obligation was breached (by an actor, or by the clock at its due date)
  waived      ///< an obligation was waived
};

/// What became of a record's input.
enum class record_outcome : std::uint8_t {
  applied,            ///< the state changed (or the obligation command took effect)
  approval_recorded,  ///< one approval of a parallel (all-of) transition; the state waits for the others
  refused             ///< nothing changed but the trail
};

constexpr std::string_view to_string(record_kind k) noexcept {
  switch (k) {
    case record_kind::started: return "started";
    case record_kind::event: return "event";
    case record_kind::deadline: return "deadline";
    case record_kind::fulfilled: return "fulfilled";
    case record_kind::breached: return "breached";
    case record_kind::waived: return "waived";
  }
  return "(invalid)";
}
constexpr std::string_view to_string(record_outcome o) noexcept {
  switch (o) {
    case record_outcome::applied: return "applied";
    case record_outcome::approval_recorded: return "approval_recorded";
    case record_outcome::refused: return "refused";
  }
  return "(invalid)";
}

/// A reason as stored in the trail.
struct trail_reason {
  std::string id;
  std::string text;
  friend bool operator==(const trail_reason&, const trail_reason&) = default;
};

/// An obligation as stored in the trail (opened by the record that carries it).
struct trail_obligation {
  std::string id;
  std::string text;
  std::optional<oversight::date> due;
  friend bool operator==(const trail_obligation&, const trail_obligation&) = default;
};

/// One line of the audit trail.
struct record {
  std::uint64_t seq = 0;        ///< 1, 2, 3, ...
  std::string workflow;         ///< the workflow's name
  instant at;                   ///< when (as claimed by the caller, or the deadline's moment)
  record_kind kind = record_kind::event;
  std::string name;             ///< the event, or the obligation id
  std::string actor;            ///< who ("clock" for deadlines)
  std::string role;
  std::string reason;           ///< the caller's reason text
  std::string from;             ///< state before
  std::string to;               ///< state after (equal to `from` unless applied)
  record_outcome outcome = record_outcome::applied;
  std::string error;            ///< catalogue id of the refusal ("OVS-E402"), empty otherwise
  std::vector<trail_reason> reasons;          ///< the guards' reasons
  std::vector<trail_obligation> obligations;  ///< obligations this record opens
  report::sha256_digest prev{};  ///< digest of the previous record (all zero for the first)
  report::sha256_digest hash{};  ///< digest of this record's fields and `prev`

  friend bool operator==(const record&, const record&) = default;
};

namespace detail {

// Feeds a record's fields to SHA-256, each as its length in decimal, ':', its bytes and ',', so
// that no two different sequences of fields give the same bytes.
struct trail_hasher {
  report::sha256 h;
  trail_hasher() { h.update("oversight.trail/2\n"); }
  void bytes(std::string_view text) {
    const std::string length = std::to_string(text.size());
    h.update(length).update(":").update(text).update(",");
  }
  void number(std::uint64_t n) { bytes(std::to_string(n)); }
};

/// The digest of a record: every field but `hash`, in a fixed order, then `prev`.
inline report::sha256_digest record_digest(const record& r) {
  trail_hasher h;
  h.number(r.seq);
  h.bytes(r.workflow);
  const auto at = r.at.iso();
  h.bytes({at.data(), at.size()});
  h.bytes(to_string(r.kind));
  h.bytes(r.name);
  h.bytes(r.actor);
  h.bytes(r.role);
  h.bytes(r.reason);
  h.bytes(r.from);
  h.bytes(r.to);
  h.bytes(to_string(r.outcome));
  h.bytes(r.error);
  h.number(r.reasons.size());
  for (const auto& x : r.reasons) {
    h.bytes(x.id);
    h.bytes(x.text);
  }
  h.number(r.obligations.size());
  for (const auto& o : r.obligations) {
    h.bytes(o.id);
    h.bytes(o.text);
    if (o.due) {
      const auto d = o.due->iso();
      h.bytes({d.data(), d.size()});
    } else {
      h.bytes("-");
    }
  }
  h.bytes({reinterpret_cast<const char*>(r.prev.data()), r.prev.size()});
  return h.h.finish();
}

}  // namespace detail

/// Checks a trail's chain: records numbered 1, 2, 3, ..., each linked to the digest of the one
/// before it (all zero for the first) and carrying the digest of its own content. Returns the
/// head, the digest of the last record (all zero for an empty trail), or names the first record
/// that does not follow:
/// - `trail_sequence_gap`: "position 3 holds record 4" (a record dropped, inserted or moved);
/// - `trail_hash_mismatch`: "record 3: not linked to record 2" (the link was rewritten), or
///   "record 3: content does not match its digest" (the record was edited).
inline result<report::sha256_digest, errc> verify(std::span<const record> trail) {
  report::sha256_digest prev{};
  for (std::size_t i = 0; i != trail.size(); ++i) {
    const record& r = trail[i];
    if (r.seq != i + 1) {
      error_context c("position ");
      c.append(std::to_string(i + 1)).append(" holds record ").append(std::to_string(r.seq));
      return oversight::error<errc>{errc::trail_sequence_gap, c};
    }
    if (r.prev != prev) {
      error_context c("record ");
      c.append(std::to_string(r.seq)).append(": not linked to ");
      c.append(i == 0 ? std::string("the start of the trail") : "record " + std::to_string(i));
      return oversight::error<errc>{errc::trail_hash_mismatch, c};
    }
    if (detail::record_digest(r) != r.hash) {
      error_context c("record ");
      c.append(std::to_string(r.seq)).append(": content does not match its digest");
      return oversight::error<errc>{errc::trail_hash_mismatch, c};
    }
    prev = r.hash;
  }
  return prev;
}

/// As `verify(trail)`, and the head must be `head` (kept out of the writer's reach): a trail
/// rewritten from an edit onward, with every digest recomputed, or cut short, fails with
/// `trail_hash_mismatch` ("the head, record 5, is not the expected one").
inline result<report::sha256_digest, errc> verify(std::span<const record> trail, const report::sha256_digest& head) {
  auto chain = verify(trail);
  if (!chain) return chain;
  if (*chain != head) {
    error_context c("the head, ");
    c.append(trail.empty() ? std::string("an empty trail") : "record " + std::to_string(trail.size()));
    c.append(", is not the expected one");
    return oversight::error<errc>{errc::trail_hash_mismatch, c};
  }
  return chain;
}

/// The state of a tracked obligation.
enum class obligation_status : std::uint8_t { open, fulfilled, breached, waived };

constexpr std::string_view to_string(obligation_status s) noexcept {
  switch (s) {
    case obligation_status::open: return "open";
    case obligation_status::fulfilled: return "fulfilled";
    case obligation_status::breached: return "breached";
    case obligation_status::waived: return "waived";
  }
  return "(invalid)";
}

/// An obligation the instance tracks.
struct tracked_obligation {
  std::string id;
  std::string text;
  std::optional<oversight::date> due;
  obligation_status status = obligation_status::open;
  std::uint64_t opened_by = 0;  ///< seq of the record that opened it
  std::uint64_t closed_by = 0;  ///< seq of the record that closed it (0 while open)
  friend bool operator==(const tracked_obligation&, const tracked_obligation&) = default;
};

/// The answer to a command: accepted (applied, or one approval recorded) with the state after
/// it, or refused with an error and, for guard refusals, the guards' reasons.
class step {
 public:
  step(record_outcome outcome, std::string_view state, guard_result guard = {}) noexcept
      : outcome_(outcome), state_(state), guard_(guard) {}
  step(oversight::error<errc> e, std::string_view state, guard_result guard = {}) noexcept
      : outcome_(record_outcome::refused), state_(state), guard_(guard), error_(e) {}

  [[nodiscard]] bool has_value() const noexcept { return outcome_ != record_outcome::refused; }
  explicit operator bool() const noexcept { return has_value(); }
  [[nodiscard]] record_outcome outcome() const noexcept { return outcome_; }
  /// The current state after the command (unchanged when refused).
  [[nodiscard]] std::string_view state() const noexcept { return state_; }
  /// Why it was refused; only when refused.
  [[nodiscard]] const oversight::error<errc>& error() const {
    if (!error_) std::abort();
    return *error_;
  }
  /// The guards' verdict, reasons and obligations (empty when no guard ran).
  [[nodiscard]] const guard_result& guard() const noexcept { return guard_; }

 private:
  record_outcome outcome_;
  std::string_view state_;
  guard_result guard_;
  std::optional<oversight::error<errc>> error_;
};

namespace detail {
// What the instance needs of a row at run time, without its guard and action.
struct row_info {
  std::size_t from = 0, to = 0, event = 0;
  bool timed = false;
  days delay{};
  approval mode = approval::any_one;
  const std::string_view* approvers = nullptr;
  std::size_t approver_count = 0;

  // The approver name the actor matches (its id first, then its role), or empty.
  [[nodiscard]] std::string_view matched_approver(std::string_view id, std::string_view role) const noexcept {
    if (approver_count == 0) return id;
    for (std::size_t i = 0; i != approver_count; ++i)
      if (approvers[i] == id) return approvers[i];
    for (std::size_t i = 0; i != approver_count; ++i)
      if (approvers[i] == role) return approvers[i];
    return {};
  }
};
}  // namespace detail

/// A running workflow over the caller's `Context`. `Definition` is a constexpr workflow.
template <const auto& Definition, class Context>
  requires Workflow<decltype(Definition)>
class instance {
  using definition_type = std::remove_cvref_t<decltype(Definition)>;
  static constexpr const auto& graph = definition_type::structure;
  static constexpr std::size_t row_count = definition_type::transition_count;
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  static constexpr std::array<detail::row_info, row_count> make_rows() {
    std::array<detail::row_info, row_count> rows{};
    Definition.for_each_row([&](std::size_t i, const auto& row) {
      using row_type = std::remove_cvref_t<decltype(row)>;
      using who = typename row_type::approvers_type;
      rows[i] = {graph.from[i], graph.to[i], graph.event[i], row_type::timed, row.event.delay(),
                 who::mode, who::names.data(), who::count};
    });
    return rows;
  }
  static constexpr std::array<detail::row_info, row_count> rows_ = make_rows();

 public:
  /// A new instance in the initial state, started at `start` (the first trail record).
  explicit instance(instant start, actor who = {"system", "system"}, std::string_view why = "started") {
    record r = blank(record_kind::started, {start, who, why}, "");
    r.from = "";
    r.to = std::string(graph.states[graph.initial]);
    append(std::move(r));
    entered_ = start;
    last_ = start;
  }

  [[nodiscard]] std::string_view current() const noexcept { return graph.states[state_]; }
  [[nodiscard]] bool terminated() const noexcept { return definition_type::is_terminal(current()); }
  /// When the current state was entered.
  [[nodiscard]] instant entered_at() const noexcept { return entered_; }
  /// The audit trail, oldest first.
  [[nodiscard]] const std::vector<record>& trail() const noexcept { return trail_; }
  [[nodiscard]] const std::vector<tracked_obligation>& obligations() const noexcept { return obligations_; }
  /// Approvals recorded in the current state for parallel (all-of) transitions.
  [[nodiscard]] const std::vector<std::string>& approvals() const noexcept { return approvals_; }
  /// The moment the current state's deadline passes, if it has one still to come.
  [[nodiscard]] std::optional<instant> next_deadline() const noexcept { return state_deadline(); }

  /// Applies `event` at `s.at` on behalf of `s.who`. Deadlines due by then fire first.
  step apply(const Context& ctx, std::string_view event, const stamp& s) {
    record r = blank(record_kind::event, s, event);
    if (s.at < last_) return refuse(std::move(r), errc::timestamp_before_last, event);
    advance_to(ctx, s.at);
    r.from = r.to = std::string(current());
    if (terminated()) return refuse(std::move(r), errc::workflow_terminated, current());
    const std::size_t e = graph.event_index(event);
    if (e == graph.npos) return refuse(std::move(r), errc::unknown_event, event);

    bool any_row = false, any_entitled = false, any_pending = false;
    guard_result merged{verdict::refused};
    for (std::size_t i = 0; i != row_count; ++i) {
      const auto& row = rows_[i];
      if (row.from != state_ || row.event != e || row.timed) continue;
      any_row = true;
      const std::string_view approver = row.matched_approver(s.who.id, s.who.role);
      if (approver.empty()) continue;
      any_entitled = true;
      if (row.mode == approval::all) {
        if (has_approval(i, approver)) return refuse(std::move(r), errc::duplicate_approval, approver);
        if (!completes_approvals(i, approver)) {
          approvals_.push_back(approval_key(i, approver));
          r.outcome = record_outcome::approval_recorded;
          append(std::move(r));
          last_ = s.at;
          return step(record_outcome::approval_recorded, current());
        }
      }
      const guard_result g = check_guard(i, ctx);
      if (g.allowed()) return fire(std::move(r), i, ctx, g);
      any_pending = any_pending || g.pending();
      merge_reasons(merged, g);
    }
    if (!any_row) return refuse(std::move(r), errc::event_not_allowed_in_state, event);
    if (!any_entitled) return refuse(std::move(r), errc::actor_not_entitled, s.who.id);
    merged.outcome = any_pending ? verdict::pending : verdict::refused;
    return refuse(std::move(r), any_pending ? errc::guard_pending : errc::guard_refused, event, merged);
  }

  /// Fires every deadline and obligation breach due by `clock.now()`; returns how many records
  /// were appended.
  template <Clock C>
  std::size_t advance(const Context& ctx, const C& clock) {
    const std::size_t before = trail_.size();
    const instant now = clock.now();
    if (now >= last_) advance_to(ctx, now);
    return trail_.size() - before;
  }

  /// Marks an open obligation fulfilled.
  step fulfil(const Context& ctx, std::string_view obligation_id, const stamp& s) {
    return close(ctx, record_kind::fulfilled, obligation_id, s);
  }
  /// Marks an open obligation breached.
  step breach(const Context& ctx, std::string_view obligation_id, const stamp& s) {
    return close(ctx, record_kind::breached, obligation_id, s);
  }
  /// Waives an open obligation.
  step waive(const Context& ctx, std::string_view obligation_id, const stamp& s) {
    return close(ctx, record_kind::waived, obligation_id, s);
  }

  /// Rebuilds an instance from its trail, checking the hash chain, the sequence, and every
  /// record against the workflow: each applied transition exists and its approvers match, each
  /// deadline fired at its moment and none was skipped, each refusal is consistent with the
  /// state (guard verdicts are taken from the trail: the guards' inputs are not in it).
  static result<instance, errc> replay(const std::vector<record>& trail) {
    auto context_for = [](std::uint64_t seq, std::string_view what) {
      error_context c("record ");
      c.append(std::to_string(seq)).append(": ").append(what);
      return c;
    };
    if (trail.empty() || trail.front().kind != record_kind::started)
      return oversight::error<errc>{errc::trail_does_not_replay, error_context("no 'started' record first")};
    if (auto chain = verify(trail); !chain) return chain.error();
    for (const record& r : trail)
      if (r.workflow != definition_type::name())
        return oversight::error<errc>{errc::trail_of_another_workflow, context_for(r.seq, r.workflow)};
    const record& first = trail.front();
    if (first.to != graph.states[graph.initial] || !first.from.empty() || first.outcome != record_outcome::applied)
      return oversight::error<errc>{errc::trail_does_not_replay, context_for(1, "not the initial state")};
    instance out(first.at, {first.actor, first.role}, first.reason);
    out.trail_.front() = first;
    for (std::size_t i = 1; i != trail.size(); ++i) {
      const record& r = trail[i];
      if (const char* why = out.replay_one(r)) return oversight::error<errc>{errc::trail_does_not_replay, context_for(r.seq, why)};
      out.trail_.push_back(r);
    }
    return out;
  }

 private:
  record blank(record_kind kind, const stamp& s, std::string_view name) const {
    record r;
    r.workflow = std::string(definition_type::name());
    r.at = s.at;
    r.kind = kind;
    r.name = oversight::detail::to_utf8(name);
    r.actor = oversight::detail::to_utf8(s.who.id);
    r.role = oversight::detail::to_utf8(s.who.role);
    r.reason = oversight::detail::to_utf8(s.reason);
    r.from = r.to = std::string(current());
    return r;
  }

  void append(record r) {
    r.seq = trail_.size() + 1;
    r.prev = trail_.empty() ? report::sha256_digest{} : trail_.back().hash;
    r.hash = detail::record_digest(r);
    trail_.push_back(std::move(r));
  }

  // Adds g's reasons to `into`, skipping those already there (two guards often share one).
  static void merge_reasons(guard_result& into, const guard_result& g) {
    for (const auto& x : g.reasons) {
      bool seen = false;
      for (const auto& y : into.reasons) seen = seen || x == y;
      if (!seen) into.reasons.push_back(x);
    }
  }

  static void copy_reasons(record& r, const guard_result& g) {
    for (const auto& x : g.reasons)
      r.reasons.push_back({oversight::detail::to_utf8(x.id), oversight::detail::to_utf8(x.text.view())});
  }

  step refuse(record r, errc code, std::string_view about, const guard_result& g = {}) {
    r.outcome = record_outcome::refused;
    r.error = std::string(describe(code).id);
    copy_reasons(r, g);
    append(std::move(r));
    return step(oversight::error<errc>{code, error_context(about)}, current(), g);
  }

  guard_result check_guard(std::size_t index, const Context& ctx) const {
    guard_result out;
    Definition.for_each_row([&](std::size_t i, const auto& row) {
      if (i == index) out = row.guard.check(ctx);
    });
    return out;
  }
  effect run_action(std::size_t index, const Context& ctx, instant at) const {
    effect out;
    Definition.for_each_row([&](std::size_t i, const auto& row) {
      if (i == index) out = row.action.run(ctx, at);
    });
    return out;
  }

  step fire(record r, std::size_t index, const Context& ctx, const guard_result& g) {
    const auto& row = rows_[index];
    copy_reasons(r, g);
    const effect e = run_action(index, ctx, r.at);
    for (const auto* list : {&g.obligations, &e.obligations})
      for (const auto& o : *list)
        r.obligations.push_back({oversight::detail::to_utf8(o.id), oversight::detail::to_utf8(o.text), o.due});
    r.to = std::string(graph.states[row.to]);
    r.outcome = record_outcome::applied;
    const instant at = r.at;
    append(std::move(r));
    enter(row.to, at);
    open_obligations(trail_.back());
    return step(record_outcome::applied, current(), g);
  }

  void enter(std::size_t s, instant at) {
    state_ = s;
    entered_ = at;
    last_ = at;
    deadline_handled_ = false;
    approvals_.clear();
  }

  void open_obligations(const record& r) {
    for (const auto& o : r.obligations)
      obligations_.push_back({o.id, o.text, o.due, obligation_status::open, r.seq, 0});
  }

  static std::string approval_key(std::size_t row, std::string_view approver) {
    return std::to_string(row) + ':' + std::string(approver);
  }
  bool has_approval(std::size_t row, std::string_view approver) const {
    return std::find(approvals_.begin(), approvals_.end(), approval_key(row, approver)) != approvals_.end();
  }
  // Whether `approver`'s approval, added to those recorded, covers every approver of the row.
  bool completes_approvals(std::size_t index, std::string_view approver) const {
    const auto& row = rows_[index];
    for (std::size_t i = 0; i != row.approver_count; ++i)
      if (row.approvers[i] != approver && !has_approval(index, row.approvers[i])) return false;
    return true;
  }

  std::optional<instant> state_deadline() const {
    if (deadline_handled_) return std::nullopt;
    for (const auto& row : rows_) {
      if (row.from != state_ || !row.timed) continue;
      const auto last_day = entered_.day.plus_days(row.delay.count);
      if (!last_day) return std::nullopt;
      const auto after = last_day->plus_days(1);
      if (!after) return std::nullopt;
      return std::max(instant::start_of(*after), last_);
    }
    return std::nullopt;
  }
  std::optional<std::size_t> overdue_obligation(instant t, instant* moment) const {
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i != obligations_.size(); ++i) {
      const auto& o = obligations_[i];
      if (o.status != obligation_status::open || !o.due) continue;
      const auto after = o.due->plus_days(1);
      if (!after) continue;
      const instant m = std::max(instant::start_of(*after), last_);
      if (m <= t && (!best || m < *moment)) {
        best = i;
        *moment = m;
      }
    }
    return best;
  }

  // Fires what is due at or before `t`, earliest first: state deadlines, then obligation breaches.
  void advance_to(const Context& ctx, instant t) {
    for (;;) {
      const auto deadline = state_deadline();
      instant breach_at{};
      const auto overdue = overdue_obligation(t, &breach_at);
      const bool deadline_due = deadline && *deadline <= t;
      if (deadline_due && (!overdue || *deadline <= breach_at)) {
        fire_deadline(ctx, *deadline);
      } else if (overdue) {
        record r = blank(record_kind::breached, {breach_at, {"clock", "clock"}, "due date passed"},
                         obligations_[*overdue].id);
        close_obligation(std::move(r), *overdue, obligation_status::breached);
      } else {
        return;
      }
    }
  }

  void fire_deadline(const Context& ctx, instant at) {
    bool any_pending = false;
    guard_result merged{verdict::refused};
    std::string_view event_name;
    for (std::size_t i = 0; i != row_count; ++i) {
      const auto& row = rows_[i];
      if (row.from != state_ || !row.timed) continue;
      event_name = graph.events[row.event];
      const guard_result g = check_guard(i, ctx);
      if (g.allowed()) {
        fire(blank(record_kind::deadline, {at, {"clock", "clock"}, "deadline passed"}, event_name), i, ctx, g);
        return;
      }
      any_pending = any_pending || g.pending();
      merge_reasons(merged, g);
    }
    deadline_handled_ = true;
    last_ = at;
    record r = blank(record_kind::deadline, {at, {"clock", "clock"}, "deadline passed"}, event_name);
    refuse(std::move(r), any_pending ? errc::guard_pending : errc::guard_refused, event_name, merged);
  }

  step close_obligation(record r, std::size_t index, obligation_status status) {
    r.outcome = record_outcome::applied;
    last_ = r.at;
    append(std::move(r));
    obligations_[index].status = status;
    obligations_[index].closed_by = trail_.back().seq;
    return step(record_outcome::applied, current());
  }

  step close(const Context& ctx, record_kind kind, std::string_view id, const stamp& s) {
    record r = blank(kind, s, id);
    if (s.at < last_) return refuse(std::move(r), errc::timestamp_before_last, id);
    advance_to(ctx, s.at);
    r.from = r.to = std::string(current());
    const auto it = std::find_if(obligations_.begin(), obligations_.end(), [&](const auto& o) { return o.id == id; });
    if (it == obligations_.end()) return refuse(std::move(r), errc::unknown_obligation, id);
    if (it->status != obligation_status::open) return refuse(std::move(r), errc::obligation_closed, id);
    return close_obligation(std::move(r), static_cast<std::size_t>(it - obligations_.begin()),
                            kind == record_kind::fulfilled ? obligation_status::fulfilled
                            : kind == record_kind::waived  ? obligation_status::waived
                                                           : obligation_status::breached);
  }

  // Replays one record (after the first); nullptr when it is consistent, otherwise why not.
  const char* replay_one(const record& r) {
    const std::string_view here = current();
    if (r.kind == record_kind::started) return "a second 'started' record";
    const bool refused = r.outcome == record_outcome::refused;
    if (refused && r.error == describe(errc::timestamp_before_last).id) {
      if (r.from != here || r.to != here) return "'from' or 'to' is not the current state";
      return r.at < last_ ? nullptr : "refused as early, but it is not";
    }
    if (r.at < last_) return "earlier than the record before it";
    // Nothing due before this record may have been skipped.
    const auto deadline = state_deadline();
    instant breach_at{};
    const auto overdue = overdue_obligation(r.at, &breach_at);
    const bool is_clock = r.actor == "clock";
    if (deadline && *deadline <= r.at && !(r.kind == record_kind::deadline && r.at == *deadline))
      return "a deadline that passed before it is missing";
    if (overdue && !(deadline && *deadline <= breach_at) &&
        !(r.kind == record_kind::breached && is_clock && r.at == breach_at))
      return "an obligation breach that was due before it is missing";
    if (r.from != here) return "'from' is not the current state";
    if (!refused && r.outcome != record_outcome::approval_recorded && r.kind != record_kind::event &&
        r.kind != record_kind::deadline && r.to != here)
      return "an obligation command changed the state";
    if (refused || r.outcome == record_outcome::approval_recorded)
      if (r.to != here) return "'to' differs from 'from' but nothing was applied";

    switch (r.kind) {
      case record_kind::started: return "a second 'started' record";
      case record_kind::event: return replay_event(r);
      case record_kind::deadline: return replay_deadline(r);
      case record_kind::fulfilled:
      case record_kind::breached:
      case record_kind::waived: return replay_obligation(r);
    }
    return "unknown record kind";
  }

  const char* replay_event(const record& r) {
    const bool refused = r.outcome == record_outcome::refused;
    const std::size_t e = graph.event_index(r.name);
    const auto err = [&](errc c) { return r.error == describe(c).id; };
    if (terminated()) return refused && err(errc::workflow_terminated) ? nullptr : "an event after a terminal state";
    if (e == graph.npos) return refused && err(errc::unknown_event) ? nullptr : "an unknown event";
    bool any_row = false, any_entitled = false;
    for (std::size_t i = 0; i != row_count; ++i) {
      const auto& row = rows_[i];
      if (row.from != state_ || row.event != e || row.timed) continue;
      any_row = true;
      const std::string_view approver = row.matched_approver(r.actor, r.role);
      if (approver.empty()) continue;
      any_entitled = true;
      if (refused) continue;
      if (row.mode == approval::all) {
        if (has_approval(i, approver)) continue;
        if (!completes_approvals(i, approver)) {
          if (r.outcome != record_outcome::approval_recorded) continue;
          approvals_.push_back(approval_key(i, approver));
          last_ = r.at;
          return nullptr;
        }
      }
      if (r.outcome != record_outcome::applied || graph.states[row.to] != r.to) continue;
      enter(row.to, r.at);
      open_obligations(r);
      return nullptr;
    }
    if (!refused) return "no transition of the workflow matches this applied event";
    if (!any_row) return err(errc::event_not_allowed_in_state) ? nullptr : "refusal inconsistent with the workflow";
    if (!any_entitled) return err(errc::actor_not_entitled) ? nullptr : "refusal inconsistent with the approvers";
    if (err(errc::guard_refused) || err(errc::guard_pending) || err(errc::duplicate_approval)) return nullptr;
    return "refusal inconsistent with the workflow";
  }

  const char* replay_deadline(const record& r) {
    const auto deadline = state_deadline();
    if (!deadline || r.at != *deadline) return "a deadline at the wrong moment";
    if (r.outcome == record_outcome::refused) {
      deadline_handled_ = true;
      last_ = r.at;
      return nullptr;
    }
    for (std::size_t i = 0; i != row_count; ++i) {
      const auto& row = rows_[i];
      if (row.from != state_ || !row.timed || graph.events[row.event] != r.name || graph.states[row.to] != r.to)
        continue;
      enter(row.to, r.at);
      open_obligations(r);
      return nullptr;
    }
    return "no deadline of the workflow matches";
  }

  const char* replay_obligation(const record& r) {
    const auto it = std::find_if(obligations_.begin(), obligations_.end(), [&](const auto& o) { return o.id == r.name; });
    if (r.outcome == record_outcome::refused) {
      if (it == obligations_.end()) return r.error == describe(errc::unknown_obligation).id ? nullptr : "bad refusal";
      if (it->status != obligation_status::open)
        return r.error == describe(errc::obligation_closed).id ? nullptr : "bad refusal";
      return "an obligation command refused without cause";
    }
    if (it == obligations_.end() || it->status != obligation_status::open) return "closes no open obligation";
    if (r.outcome != record_outcome::applied) return "bad outcome for an obligation command";
    it->status = r.kind == record_kind::fulfilled ? obligation_status::fulfilled
                 : r.kind == record_kind::waived  ? obligation_status::waived
                                                  : obligation_status::breached;
    it->closed_by = r.seq;
    last_ = r.at;
    return nullptr;
  }

  std::size_t state_ = graph.initial;
  instant entered_{};
  instant last_{};
  bool deadline_handled_ = false;
  std::vector<std::string> approvals_;
  std::vector<record> trail_;
  std::vector<tracked_obligation> obligations_;
};

}  // namespace workflow
OVERSIGHT_END_NAMESPACE
