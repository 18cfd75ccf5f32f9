// oversight: declaring a workflow, and checking its structure at compile time.
//
// A workflow is a transition table written as a literal:
//
//     using namespace oversight::workflow;
//     inline constexpr auto review = make_workflow<"review">(
//         initial<"draft">, terminal<"approved", "rejected">,
//         state<"draft"> + event<"submitted"> % by<"buyer"> = state<"in_review">,
//         state<"in_review"> + event<"cleared"> [crypto_ok] = state<"approved">,
//         state<"in_review"> + event<"cleared"> [unless(crypto_ok)] = state<"rejected">,
//         state<"in_review"> + after_days<30> = state<"rejected">);
//
// Each transition reads "from + event [guard] / action % approvers = to". The same transition
// can be written `transition{"draft"_s, "submitted"_e, "in_review"_s, guard}` with the literals
// of `oversight::workflow::literals`. State and event names are template arguments, so they
// live in the types, and the table's structure is known to the compiler.
//
// `make_workflow` is consteval and rejects, with an error that names the state or event:
//   - a state unreachable from the initial one   -> state_is_unreachable_from_initial_state
//   - a non-terminal state without a transition  -> non_terminal_state_has_no_outgoing_transition
//   - a state from which no terminal is reachable-> no_terminal_state_is_reachable_from_state
//   - a workflow without terminal states         -> workflow_declares_no_terminal_state
//   - a terminal state with outgoing transitions -> terminal_state_has_outgoing_transition
//   - two transitions from one state on one event, one of them unguarded
//                                                -> transitions_on_one_event_can_both_fire_one_unguarded
//   - two transitions from one state on one event with the same guard (by type when the
//     guard's type fixes its condition, otherwise by value)
//                                                -> transitions_on_one_event_can_both_fire
//   - two deadlines of different length on one state -> state_has_conflicting_deadlines
// and `require_every_path_passes_through(wf, state<"signed">, state<"consent_obtained">)`
// checks a property a policy author asserts (-> path_to_state_avoids_waypoint,
// property_names_unknown_state).
//
// Each error names the check, and the state (and event) in template arguments: GCC prints them
// as `fixed_string<9>{"in_review"}`, Clang 14 as `spelled<'i', 'n', '_', ...>`. What the types
// decide (everything but guards with state and deadlines of the deprecated `after(days{n})`) is
// found where the type is first known, so that the error is one of template instantiation with
// a line or two of context: on GCC a deleted function, on Clang a static assertion whose message
// says what to do. Guards with state and value deadlines are compared during the constructor's
// evaluation, which calls a function declared but never defined; under Clang the diagnose_if of
// make_workflow gives the first line.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/workflow/action.hpp>
#include <oversight/workflow/detail/fixed_string.hpp>
#include <oversight/workflow/guard.hpp>
#include <oversight/workflow/time.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>

OVERSIGHT_BEGIN_NAMESPACE
namespace workflow {

using detail::fixed_string;

// ---- States, events, approvers ----------------------------------------------------------------

/// How approvers combine: any one of them may fire the transition, or all of them must (each
/// fires the event once; the transition happens with the last approval).
enum class approval : std::uint8_t { any_one, all };

/// A state, named by its type: `state<"security_review">`. Names are identifiers (letters,
/// digits, '_') because they become node ids in diagrams.
template <fixed_string Name>
  requires(detail::is_identifier(Name.view()))
struct state_t {
  static constexpr auto id = Name;
  [[nodiscard]] static constexpr std::string_view name() noexcept { return Name.view(); }
};
template <fixed_string Name>
inline constexpr state_t<Name> state{};

/// The initial state of a workflow: `initial<"draft">`.
template <fixed_string Name>
  requires(detail::is_identifier(Name.view()))
struct initial_t {};
template <fixed_string Name>
inline constexpr initial_t<Name> initial{};

/// The terminal states of a workflow: `terminal<"signed", "refused">`. No event is accepted in
/// a terminal state.
template <fixed_string... Names>
  requires(detail::is_identifier(Names.view()) && ...)
struct terminal_t {};
template <fixed_string... Names>
inline constexpr terminal_t<Names...> terminal{};

template <approval Mode, fixed_string... Who>
  requires(detail::is_token(Who.view()) && ...)
struct approvers_t;

template <class Event, class Guard, class Action, class Approvers>
struct event_spec;

namespace detail {
// `event[guard]` for events and deadlines alike.
template <class Event>
struct event_operators {
  template <NamedGuard Guard>
  constexpr event_spec<Event, Guard, no_action, approvers_t<approval::any_one>> operator[](Guard g) const noexcept {
    return {static_cast<const Event&>(*this), g, {}};
  }
};
}  // namespace detail

/// An event fired by an actor: `event<"approved">`.
template <fixed_string Name>
  requires(detail::is_token(Name.view()))
struct event_t : detail::event_operators<event_t<Name>> {
  static constexpr auto id = Name;
  static constexpr bool timed = false;
  static constexpr std::int32_t length_in_type = -1;
  [[nodiscard]] static constexpr std::string_view name() noexcept { return Name.view(); }
  [[nodiscard]] constexpr days delay() const noexcept { return {}; }
};
template <fixed_string Name>
inline constexpr event_t<Name> event{};

/// An event the clock fires when the state has lasted `Days` whole days: `after_days<10>` (named
/// "deadline_passed") or `after_days<14, "silence_ended">`. This is how silence procedures (no
/// objection by the deadline means approval) and escalations are written. The length is part of
/// the type, so two deadlines of one state with different lengths are found from the workflow's
/// type, as its other structural errors are.
template <fixed_string Name, std::int32_t Days>
  requires(detail::is_token(Name.view()) && Days >= 0)
struct fixed_deadline_t : detail::event_operators<fixed_deadline_t<Name, Days>> {
  static constexpr auto id = Name;
  static constexpr bool timed = true;
  static constexpr std::int32_t length_in_type = Days;
  [[nodiscard]] static constexpr std::string_view name() noexcept { return Name.view(); }
  [[nodiscard]] constexpr days delay() const noexcept { return days{Days}; }
};
template <std::int32_t Days, fixed_string Name = "deadline_passed">
inline constexpr fixed_deadline_t<Name, Days> after_days{};

/// A deadline whose length is a value, made by the deprecated `after(days{n})`.
template <fixed_string Name>
  requires(detail::is_token(Name.view()))
struct deadline_t : detail::event_operators<deadline_t<Name>> {
  static constexpr auto id = Name;
  static constexpr bool timed = true;
  static constexpr std::int32_t length_in_type = -1;
  days length{};
  [[nodiscard]] static constexpr std::string_view name() noexcept { return Name.view(); }
  [[nodiscard]] constexpr days delay() const noexcept { return length; }
};
/// The deadline of `length` days as a value. Deprecated: a workflow can only compare such
/// lengths while its constructor is evaluated, with a longer diagnostic; write `after_days<n>`.
template <fixed_string Name = "deadline_passed">
[[deprecated("write after_days<n> or after_days<n, \"name\">: the length is then in the workflow's type")]]
constexpr deadline_t<Name> after(days length) noexcept {
  deadline_t<Name> d{};
  d.length = length;
  return d;
}

template <class E>
concept EventKind = requires {
  { E::timed } -> std::convertible_to<bool>;
  { E::length_in_type } -> std::convertible_to<std::int32_t>;  // -1 when the type holds no length
  E::id;
} && std::is_base_of_v<detail::event_operators<E>, E>;

/// An event with its guard, action and approvers: what `event<"x">[guard] / action % by<"y">`
/// builds.
template <class Event, class Guard, class Action, class Approvers>
struct event_spec {
  Event event;
  Guard guard;
  Action action;

  template <NamedAction Next>
    requires(std::is_same_v<Action, no_action> && !Approvers::restricted)
  friend constexpr event_spec<Event, Guard, Next, Approvers> operator/(const event_spec& s, Next a) noexcept {
    return {s.event, s.guard, a};
  }
  template <approval Mode, fixed_string... Who>
    requires(!Approvers::restricted)
  friend constexpr event_spec<Event, Guard, Action, approvers_t<Mode, Who...>> operator%(
      const event_spec& s, approvers_t<Mode, Who...>) noexcept {
    return {s.event, s.guard, s.action};
  }
};

/// Who may fire a transition: an actor whose id or role is in the list.
template <approval Mode, fixed_string... Who>
  requires(detail::is_token(Who.view()) && ...)
struct approvers_t {
  static constexpr approval mode = Mode;
  static constexpr std::size_t count = sizeof...(Who);
  static constexpr std::array<std::string_view, sizeof...(Who)> names{Who.view()...};
  /// True when the transition names approvers (otherwise anyone may fire it).
  static constexpr bool restricted = sizeof...(Who) != 0;
};
/// Anyone may fire the transition.
using anyone_t = approvers_t<approval::any_one>;
/// Any one of these actors or roles may fire the transition: `% by<"ccn", "cni">`.
template <fixed_string... Who>
  requires(sizeof...(Who) >= 1)
inline constexpr approvers_t<approval::any_one, Who...> by{};
/// Each of these actors or roles must fire the event (parallel approval): `% by_all<"mod", "moi">`.
template <fixed_string... Who>
  requires(sizeof...(Who) >= 1)
inline constexpr approvers_t<approval::all, Who...> by_all{};

/// `event / action`: an unguarded event with an action.
template <EventKind Event, NamedAction Action>
constexpr event_spec<Event, always_t, Action, anyone_t> operator/(const Event& e, Action a) noexcept {
  return {e, always, a};
}
/// `event % by<"role">`: an unguarded event that only these approvers may fire.
template <EventKind Event, approval Mode, fixed_string... Who>
constexpr event_spec<Event, always_t, no_action, approvers_t<Mode, Who...>> operator%(
    const Event& e, approvers_t<Mode, Who...>) noexcept {
  return {e, always, {}};
}

// ---- Transitions ------------------------------------------------------------------------------

/// One row of the table: from `From` on `Event`, when `Guard` allows and `Approvers` consent,
/// run `Action` and go to `To`.
template <fixed_string From, class Event, fixed_string To, class Guard = always_t, class Action = no_action,
          class Approvers = anyone_t>
struct transition {
  static constexpr auto from_id = From;
  static constexpr auto to_id = To;
  static constexpr auto event_id = Event::id;
  static constexpr bool timed = Event::timed;
  static constexpr bool unguarded = std::is_same_v<Guard, always_t>;
  /// The deadline's length in days when the event's type holds it, else -1.
  static constexpr std::int32_t length_in_type = Event::length_in_type;
  /// Whether the guard's type fixes its condition (`detail::condition_fixed_by_type`).
  static constexpr bool guard_fixed_by_type = !unguarded && detail::condition_fixed_by_type<Guard>;
  using guard_type = Guard;
  using approvers_type = Approvers;

  Event event;
  Guard guard;
  Action action;

  constexpr transition(state_t<From>, Event e, state_t<To>, Guard g = {}, Action a = {}, Approvers = {}) noexcept
      : event(e), guard(g), action(a) {}

  [[nodiscard]] static constexpr std::string_view from() noexcept { return From.view(); }
  [[nodiscard]] static constexpr std::string_view to() noexcept { return To.view(); }
  [[nodiscard]] static constexpr std::string_view event_name() noexcept { return Event::id.view(); }
  [[nodiscard]] static constexpr const auto& approvers() noexcept { return Approvers::names; }
};

template <fixed_string From, class Event, fixed_string To>
transition(state_t<From>, Event, state_t<To>) -> transition<From, Event, To>;
template <fixed_string From, class Event, fixed_string To, class Guard>
transition(state_t<From>, Event, state_t<To>, Guard) -> transition<From, Event, To, Guard>;
template <fixed_string From, class Event, fixed_string To, class Guard, class Action>
transition(state_t<From>, Event, state_t<To>, Guard, Action) -> transition<From, Event, To, Guard, Action>;
template <fixed_string From, class Event, fixed_string To, class Guard, class Action, class Approvers>
transition(state_t<From>, Event, state_t<To>, Guard, Action, Approvers)
    -> transition<From, Event, To, Guard, Action, Approvers>;

/// The left-hand side of a table row, waiting for `= state<"to">`.
template <fixed_string From, class Spec>
struct transition_builder;
template <fixed_string From, class Event, class Guard, class Action, class Approvers>
struct transition_builder<From, event_spec<Event, Guard, Action, Approvers>> {
  event_spec<Event, Guard, Action, Approvers> spec;

  template <fixed_string To>
  constexpr transition<From, Event, To, Guard, Action, Approvers> operator=(  // NOLINT: the table's arrow
      state_t<To> to) const noexcept {
    return {state<From>, spec.event, to, spec.guard, spec.action};
  }
};

template <fixed_string From, EventKind Event>
constexpr transition_builder<From, event_spec<Event, always_t, no_action, anyone_t>> operator+(
    state_t<From>, const Event& e) noexcept {
  return {{e, always, {}}};
}
template <fixed_string From, class Event, class Guard, class Action, class Approvers>
constexpr transition_builder<From, event_spec<Event, Guard, Action, Approvers>> operator+(
    state_t<From>, const event_spec<Event, Guard, Action, Approvers>& s) noexcept {
  return {s};
}

namespace literals {
/// `"security_review"_s`: the state of that name.
template <fixed_string Name>
consteval state_t<Name> operator""_s() noexcept {
  return {};
}
/// `"approved"_e`: the event of that name.
template <fixed_string Name>
consteval event_t<Name> operator""_e() noexcept {
  return {};
}
}  // namespace literals

// ---- Structure --------------------------------------------------------------------------------

namespace detail {

/// The graph of a workflow, computed from its types: states (initial first, then in order of
/// appearance), events, and the transitions between them as indices.
template <std::size_t MaxStates, std::size_t Transitions>
struct structure {
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  std::array<std::string_view, MaxStates> states{};
  std::size_t state_count = 0;
  std::array<std::string_view, Transitions> events{};
  std::size_t event_count = 0;

  std::array<std::size_t, Transitions> from{}, to{}, event{};
  std::array<bool, Transitions> timed{};
  std::array<bool, MaxStates> terminal{}, reachable{}, can_terminate{}, has_outgoing{};
  std::size_t initial = 0;

  [[nodiscard]] constexpr std::size_t state_index(std::string_view name) const noexcept {
    for (std::size_t i = 0; i != state_count; ++i)
      if (states[i] == name) return i;
    return npos;
  }
  [[nodiscard]] constexpr std::size_t event_index(std::string_view name) const noexcept {
    for (std::size_t i = 0; i != event_count; ++i)
      if (events[i] == name) return i;
    return npos;
  }

  constexpr std::size_t add_state(std::string_view name) noexcept {
    const std::size_t i = state_index(name);
    if (i != npos) return i;
    states[state_count] = name;
    return state_count++;
  }
  constexpr std::size_t add_event(std::string_view name) noexcept {
    const std::size_t i = event_index(name);
    if (i != npos) return i;
    events[event_count] = name;
    return event_count++;
  }

  /// The states reachable from `start` without entering `avoid` (npos: avoid nothing).
  [[nodiscard]] constexpr std::array<bool, MaxStates> reachable_from(std::size_t start,
                                                                     std::size_t avoid = npos) const noexcept {
    std::array<bool, MaxStates> seen{};
    if (start == avoid) return seen;
    std::array<std::size_t, MaxStates> work{};
    std::size_t top = 0;
    seen[start] = true;
    work[top++] = start;
    while (top != 0) {
      const std::size_t s = work[--top];
      for (std::size_t t = 0; t != Transitions; ++t) {
        if (from[t] != s || to[t] == avoid || seen[to[t]]) continue;
        seen[to[t]] = true;
        work[top++] = to[t];
      }
    }
    return seen;
  }

  /// True when every path from the initial state to `target` enters `waypoint`: without the
  /// waypoint, the target is unreachable.
  [[nodiscard]] constexpr bool passes_through(std::size_t target, std::size_t waypoint) const noexcept {
    if (target == waypoint) return true;
    return !reachable_from(initial, waypoint)[target];
  }
};

template <fixed_string Initial, class Terminals, class... Transitions>
struct analyze;

template <fixed_string Initial, fixed_string... Terminals, class... Transitions>
struct analyze<Initial, terminal_t<Terminals...>, Transitions...> {
  static constexpr std::size_t max_states = 1 + sizeof...(Terminals) + 2 * sizeof...(Transitions);
  using structure_type = structure<max_states, sizeof...(Transitions)>;

  static constexpr structure_type compute() noexcept {
    structure_type s{};
    s.initial = s.add_state(Initial.view());
    std::size_t t = 0;
    ((s.from[t] = s.add_state(Transitions::from()), s.to[t] = s.add_state(Transitions::to()),
      s.event[t] = s.add_event(Transitions::event_name()), s.timed[t] = Transitions::timed, ++t),
     ...);
    ((s.terminal[s.add_state(Terminals.view())] = true), ...);
    for (std::size_t i = 0; i != sizeof...(Transitions); ++i) s.has_outgoing[s.from[i]] = true;
    s.reachable = s.reachable_from(s.initial);
    // Backwards: a state can terminate when it is terminal or leads to one that can. Iterate to
    // a fixed point (at most state_count rounds, each linear in the transitions).
    for (std::size_t i = 0; i != s.state_count; ++i) s.can_terminate[i] = s.terminal[i];
    for (bool changed = true; changed;) {
      changed = false;
      for (std::size_t i = 0; i != sizeof...(Transitions); ++i) {
        if (s.can_terminate[s.to[i]] && !s.can_terminate[s.from[i]]) {
          s.can_terminate[s.from[i]] = true;
          changed = true;
        }
      }
    }
    return s;
  }
  static constexpr structure_type value = compute();

  /// Pairs (i, j), i < j, of transitions that leave the same state on the same event, or that
  /// are both deadlines of the same state: the candidates for the value-level checks.
  struct pair_list {
    std::array<std::pair<std::size_t, std::size_t>, sizeof...(Transitions) * sizeof...(Transitions) / 2 + 1> items{};
    std::size_t count = 0;
  };
  static constexpr pair_list compute_pairs() noexcept {
    pair_list p{};
    for (std::size_t i = 0; i != sizeof...(Transitions); ++i)
      for (std::size_t j = i + 1; j != sizeof...(Transitions); ++j)
        if (value.from[i] == value.from[j] &&
            (value.event[i] == value.event[j] || (value.timed[i] && value.timed[j])))
          p.items[p.count++] = {i, j};
    return p;
  }
  static constexpr pair_list pairs = compute_pairs();
};

// The compile-time checks' diagnostics. Their names and template arguments are the message:
// GCC prints the names as text, Clang 14 as numbers, hence the same names spelled as characters
// (`spelled<'a', ...>`), which both print. Those found from the workflow's type are deleted, and
// called where the type is first known (`make_workflow`, the property checks), so that the
// compiler's context above the error is a line or two (under Clang, a static assertion takes
// their place, see structure_report); those found from values (guards with state, deadlines of
// the deprecated `after`) are declared, never defined, never constexpr: reaching one during the
// constructor's constant evaluation is the error.
template <class Spelled, fixed_string Workflow>
void workflow_declares_no_terminal_state() = delete;
template <class Spelled, fixed_string State>
void state_is_unreachable_from_initial_state() = delete;
template <class Spelled, fixed_string State>
void non_terminal_state_has_no_outgoing_transition() = delete;
template <class Spelled, fixed_string State>
void no_terminal_state_is_reachable_from_state() = delete;
template <class Spelled, fixed_string State>
void terminal_state_has_outgoing_transition() = delete;
template <class SpelledState, class SpelledEvent, fixed_string State, fixed_string Event>
void transitions_on_one_event_can_both_fire_one_unguarded() = delete;
template <class SpelledState, class SpelledEvent, fixed_string State, fixed_string Event>
void transitions_on_one_event_can_both_fire() = delete;
template <class Spelled, fixed_string State>
void state_has_conflicting_deadlines() = delete;
// The same two, found from values (a guard with state, a deadline by the deprecated `after`):
// declared, never defined, called during the constructor's evaluation (`FoundFromValues` is 1).
template <class SpelledState, class SpelledEvent, fixed_string State, fixed_string Event, int FoundFromValues>
void transitions_on_one_event_can_both_fire();
template <class Spelled, fixed_string State, int FoundFromValues>
void state_has_conflicting_deadlines();
template <class SpelledTarget, class SpelledWaypoint, fixed_string Target, fixed_string Waypoint>
void path_to_state_avoids_waypoint() = delete;
template <class Spelled, fixed_string State>
void property_names_unknown_state() = delete;

/// What is wrong with a workflow's structure, from its type: the first problem, and the state
/// (and event) it concerns.
enum class workflow_misuse : unsigned char {
  none, no_terminal, unreachable, terminal_exit, dead_end, trapped, unguarded_pair, conflicting_deadlines, same_guard
};
struct workflow_problem {
  workflow_misuse misuse = workflow_misuse::none;
  std::string_view first{};
  std::string_view second{};
};

/// The first structural problem of a workflow whose structure is `s`: no terminal state; then,
/// state by state in the order they are first named, unreachable, terminal with an exit, a dead
/// end, a trap; then, pair by pair of transitions from one state, one event with one of them
/// unguarded, two deadlines whose lengths (in their types, else -1) differ, one event with two
/// guards of one type that fixes their condition (`same_guard_as[i]`: the first transition whose
/// guard has the type of i's).
template <class Structure, class Pairs>
constexpr workflow_problem first_structural_problem(const Structure& s, const Pairs& pairs, std::string_view name,
                                                    bool has_terminal, const bool* unguarded,
                                                    const std::int32_t* length, const bool* guard_fixed,
                                                    const std::size_t* same_guard_as) {
  if (!has_terminal) return {workflow_misuse::no_terminal, name, {}};
  for (std::size_t i = 0; i != s.state_count; ++i) {
    if (!s.reachable[i]) return {workflow_misuse::unreachable, s.states[i], {}};
    if (s.terminal[i] && s.has_outgoing[i]) return {workflow_misuse::terminal_exit, s.states[i], {}};
    if (!s.terminal[i] && !s.has_outgoing[i]) return {workflow_misuse::dead_end, s.states[i], {}};
    if (!s.can_terminate[i]) return {workflow_misuse::trapped, s.states[i], {}};
  }
  for (std::size_t k = 0; k != pairs.count; ++k) {
    const auto [i, j] = pairs.items[k];
    if (s.event[i] == s.event[j] && (unguarded[i] || unguarded[j]))
      return {workflow_misuse::unguarded_pair, s.states[s.from[i]], s.events[s.event[i]]};
    if (s.timed[i] && s.timed[j] && length[i] >= 0 && length[j] >= 0 && length[i] != length[j])
      return {workflow_misuse::conflicting_deadlines, s.states[s.from[i]], {}};
    if (s.event[i] == s.event[j] && guard_fixed[i] && same_guard_as[i] == same_guard_as[j])
      return {workflow_misuse::same_guard, s.states[s.from[i]], s.events[s.event[i]]};
  }
  return {};
}

#if defined(__clang__)
// Clang 14 names a deleted function without its template arguments, so there the first error
// line is a static assertion instead, whose requirement spells the state (and the event) and
// whose message says what to do.
template <class Spelled>
inline constexpr bool workflow_declares_a_terminal_state = false;
template <class Spelled>
inline constexpr bool state_is_reachable_from_initial_state = false;
template <class Spelled>
inline constexpr bool terminal_state_has_no_outgoing_transition = false;
template <class Spelled>
inline constexpr bool non_terminal_state_has_an_outgoing_transition = false;
template <class Spelled>
inline constexpr bool a_terminal_state_is_reachable_from_state = false;
template <class SpelledState, class SpelledEvent>
inline constexpr bool transitions_on_one_event_exclude_each_other = false;
template <class Spelled>
inline constexpr bool deadlines_of_state_have_one_length = false;
template <class SpelledTarget, class SpelledWaypoint>
inline constexpr bool every_path_to_state_passes_through_waypoint = false;
template <class Spelled>
inline constexpr bool property_names_a_state_of_the_workflow = false;
#endif

/// Stops the compilation with the diagnostic of `Misuse` on `First` (and `Second`) once
/// `report` is instantiated (not a constexpr function: its error is not also one of the constant
/// evaluation that instantiates it).
template <workflow_misuse Misuse, fixed_string First, fixed_string Second>
struct structure_report {
  static void report() {  // instantiated, never called: the call below is the error
    using a = spell_t<First>;
    using enum workflow_misuse;
#if defined(__clang__)
    if constexpr (Misuse == no_terminal)
      static_assert(workflow_declares_a_terminal_state<a>,
                    "oversight: this workflow declares no terminal state, so no case can end: name its end "
                    "states in terminal<...>");
    else if constexpr (Misuse == unreachable)
      static_assert(state_is_reachable_from_initial_state<a>,
                    "oversight: no path from the initial state leads to this state: add a transition to it, "
                    "or remove it");
    else if constexpr (Misuse == terminal_exit)
      static_assert(terminal_state_has_no_outgoing_transition<a>,
                    "oversight: a terminal state has an outgoing transition: remove the transition, or do not "
                    "declare the state terminal");
    else if constexpr (Misuse == dead_end)
      static_assert(non_terminal_state_has_an_outgoing_transition<a>,
                    "oversight: a state that is not terminal has no outgoing transition, so a case there is "
                    "stuck: add one, or declare the state in terminal<...>");
    else if constexpr (Misuse == trapped)
      static_assert(a_terminal_state_is_reachable_from_state<a>,
                    "oversight: no terminal state can be reached from this state (a cycle without exit): add a "
                    "transition that leaves the cycle");
    else if constexpr (Misuse == conflicting_deadlines)
      static_assert(deadlines_of_state_have_one_length<a>,
                    "oversight: two deadlines of this state have different lengths, so the shorter always "
                    "fires first: give them one length");
    else if constexpr (Misuse == same_guard)
      static_assert(transitions_on_one_event_exclude_each_other<a, spell_t<Second>>,
                    "oversight: two transitions leave this state on this event with the same guard, so both "
                    "can fire: write [g] on one and [unless(g)] on the other");
    else
      static_assert(transitions_on_one_event_exclude_each_other<a, spell_t<Second>>,
                    "oversight: two transitions leave this state on this event and one is unguarded, so both "
                    "can fire: write [g] on one and [unless(g)] on the other");
#else
    if constexpr (Misuse == no_terminal) workflow_declares_no_terminal_state<a, First>();
    else if constexpr (Misuse == unreachable) state_is_unreachable_from_initial_state<a, First>();
    else if constexpr (Misuse == terminal_exit) terminal_state_has_outgoing_transition<a, First>();
    else if constexpr (Misuse == dead_end) non_terminal_state_has_no_outgoing_transition<a, First>();
    else if constexpr (Misuse == trapped) no_terminal_state_is_reachable_from_state<a, First>();
    else if constexpr (Misuse == conflicting_deadlines) state_has_conflicting_deadlines<a, First>();
    else if constexpr (Misuse == same_guard) transitions_on_one_event_can_both_fire<a, spell_t<Second>, First, Second>();
    else transitions_on_one_event_can_both_fire_one_unguarded<a, spell_t<Second>, First, Second>();
#endif
  }
};

/// Builds a workflow without checking it, for `make_workflow` once it has.
struct unchecked_t {
  explicit unchecked_t() = default;
};

// Storage for the transitions, one base per index (two rows may have the same type).
template <std::size_t Index, class Value>
struct slot {
  Value value;
};
template <class Indices, class... Values>
struct slots;
template <std::size_t... Index, class... Values>
struct slots<std::index_sequence<Index...>, Values...> : slot<Index, Values>... {
  constexpr explicit slots(Values... v) noexcept : slot<Index, Values>{v}... {}
};
template <std::size_t Index, class Value>
constexpr const Value& get_slot(const slot<Index, Value>& s) noexcept {
  return s.value;
}

}  // namespace detail

// ---- The workflow -----------------------------------------------------------------------------

template <fixed_string Name, fixed_string Initial, class Terminals, class... Transitions>
class workflow;

/// A validated workflow definition. Build it with `make_workflow`.
template <fixed_string Name, fixed_string Initial, fixed_string... Terminals, class... Transitions>
class workflow<Name, Initial, terminal_t<Terminals...>, Transitions...> {
  using analysis = detail::analyze<Initial, terminal_t<Terminals...>, Transitions...>;

 public:
  static constexpr auto id = Name;
  static constexpr std::size_t transition_count = sizeof...(Transitions);
  /// The graph: states, events, transitions as indices, reachability.
  static constexpr const auto& structure = analysis::value;

  /// Checks the structure and, for pairs of transitions on one event, the guards (consteval:
  /// a violation does not compile).
  consteval workflow(initial_t<Initial>, terminal_t<Terminals...>, Transitions... rows) : rows_(rows...) {
    static_assert(structural_problem.misuse == detail::workflow_misuse::none,
                  "oversight: this workflow's structure is invalid; build it with make_workflow, which names "
                  "the state");
    // The checks that depend on values (the structure is checked from the type). The diagnostic
    // is called here, from a table, so that the compiler's context above it stays short.
    const std::size_t found = first_value_conflict(rows_, std::make_index_sequence<analysis::pairs.count>{});
    if (found != 0) {
      constexpr auto reporters = pair_reporters(std::make_index_sequence<2 * analysis::pairs.count>{});
      reporters[found - 1]();
    }
  }
  /// For `make_workflow`, which has checked the structure already.
  consteval workflow(detail::unchecked_t, Transitions... rows) : rows_(rows...) {}

  /// What the constructor's checks on values find in `rows`: 0 when nothing, else odd for two
  /// deadlines of one state that differ, even for the same guard twice on one event (for the
  /// diagnostic that Clang gives on `make_workflow`).
  static constexpr std::size_t value_conflict(const Transitions&... rows) {
    return first_value_conflict(row_slots(rows...), std::make_index_sequence<analysis::pairs.count>{});
  }

  /// The index of the first transition whose guard is of type `G` (for `structural_problem`).
  template <class G>
  static constexpr std::size_t first_with_guard = [] {
    constexpr bool same[] = {std::is_same_v<G, typename Transitions::guard_type>...};
    std::size_t i = 0;
    while (!same[i]) ++i;
    return i;
  }();

  /// The first problem of the structure, found from the type (see `make_workflow`).
  static constexpr detail::workflow_problem structural_problem = [] {
    constexpr bool unguarded[] = {false, Transitions::unguarded...};
    constexpr std::int32_t length[] = {-1, Transitions::length_in_type...};
    constexpr bool guard_fixed[] = {false, Transitions::guard_fixed_by_type...};
    constexpr std::size_t same_guard_as[] = {0, first_with_guard<typename Transitions::guard_type>...};
    return detail::first_structural_problem(structure, analysis::pairs, Name.view(), sizeof...(Terminals) != 0,
                                            unguarded + 1, length + 1, guard_fixed + 1, same_guard_as + 1);
  }();

  [[nodiscard]] static constexpr std::string_view name() noexcept { return Name.view(); }
  [[nodiscard]] static constexpr std::string_view initial_state() noexcept { return Initial.view(); }
  [[nodiscard]] static constexpr bool is_terminal(std::string_view s) noexcept {
    return ((Terminals.view() == s) || ...);
  }

  /// The row at `Index`, in declaration order.
  template <std::size_t Index>
  [[nodiscard]] constexpr const auto& row() const noexcept {
    return detail::get_slot<Index>(rows_);
  }

  /// Calls `f(index, row)` for every row in declaration order.
  template <class Visitor>
  constexpr void for_each_row(Visitor&& f) const {
    visit_rows(f, std::index_sequence_for<Transitions...>{});
  }

 private:
  template <class Visitor, std::size_t... Index>
  constexpr void visit_rows(Visitor& f, std::index_sequence<Index...>) const {
    (f(Index, row<Index>()), ...);
  }

  // The value-level checks of pair `Pair` (analysis::pairs): 2 * Pair + 1 for two deadlines of
  // one state that differ, 2 * Pair + 2 for the same guard twice on one event, else 0. What the
  // types decide (lengths in both types, a guard type that fixes its condition) make_workflow
  // has checked already.
  using row_slots = detail::slots<std::index_sequence_for<Transitions...>, Transitions...>;
  template <std::size_t Pair>
  static constexpr std::size_t check_pair(const row_slots& rows) {
    constexpr std::size_t i = analysis::pairs.items[Pair].first;
    constexpr std::size_t j = analysis::pairs.items[Pair].second;
    const auto& a = detail::get_slot<i>(rows);
    const auto& b = detail::get_slot<j>(rows);
    using row_a = std::remove_cvref_t<decltype(a)>;
    using row_b = std::remove_cvref_t<decltype(b)>;
    if constexpr (row_a::timed && row_b::timed && (row_a::length_in_type < 0 || row_b::length_in_type < 0)) {
      if (a.event.delay() != b.event.delay()) return 2 * Pair + 1;
    }
    // An unguarded one is found from the type, by make_workflow; here, the same guard twice.
    if constexpr (row_a::event_id == row_b::event_id && !row_a::unguarded && !row_b::unguarded &&
                  !row_a::guard_fixed_by_type) {
      if (detail::same_guard(a.guard, b.guard)) return 2 * Pair + 2;
    }
    return 0;
  }

  // The diagnostics of each pair, as check_pair numbers them (minus one).
  template <std::size_t K>
  static consteval auto pair_reporter() -> void (*)() {
    using row_a =
        std::remove_cvref_t<decltype(detail::get_slot<analysis::pairs.items[K / 2].first>(std::declval<const row_slots&>()))>;
    constexpr auto from = row_a::from_id;
    constexpr auto on = row_a::event_id;
    if constexpr (K % 2 == 0) return &detail::state_has_conflicting_deadlines<detail::spell_t<from>, from, 1>;
    else return &detail::transitions_on_one_event_can_both_fire<detail::spell_t<from>, detail::spell_t<on>, from, on, 1>;
  }
  // A function, not a static member: the table must exist only during the constructor's
  // constant evaluation, never in an object file (the diagnostics are never defined).
  template <std::size_t... K>
  static consteval std::array<void (*)(), sizeof...(K)> pair_reporters(std::index_sequence<K...>) {
    return {pair_reporter<K>()...};
  }

  template <std::size_t... Pair>
  static constexpr std::size_t first_value_conflict(const row_slots& rows, std::index_sequence<Pair...>) {
    std::size_t first = 0;
    ((first = first != 0 ? first : check_pair<Pair>(rows)), ...);
    return first;
  }

  row_slots rows_;
};

/// Declares a workflow: `make_workflow<"name">(initial<"s0">, terminal<"done", ...>, rows...)`.
/// Consteval: the structure is checked while compiling (see the top of this file).
template <fixed_string Name, fixed_string Initial, fixed_string... Terminals, class... Transitions>
  requires(detail::is_token(Name.view()))
consteval workflow<Name, Initial, terminal_t<Terminals...>, Transitions...> make_workflow(
    initial_t<Initial> i, terminal_t<Terminals...> t, Transitions... rows)
#if defined(__clang__)  // what the constructor's checks on values find, first (see detail/config.hpp)
    __attribute__((diagnose_if(workflow<Name, Initial, terminal_t<Terminals...>, Transitions...>::value_conflict(rows...) % 2 == 1,
                               "oversight: two deadlines of one state have different lengths, so the shorter always "
                               "fires first: give them one length (the state is named below)",
                               "error")))
    __attribute__((diagnose_if(workflow<Name, Initial, terminal_t<Terminals...>, Transitions...>::value_conflict(rows...) % 2 == 0 &&
                                   workflow<Name, Initial, terminal_t<Terminals...>, Transitions...>::value_conflict(rows...) != 0,
                               "oversight: two transitions leave one state on one event with the same guard, so both "
                               "can fire: write [g] on one and [unless(g)] on the other (the state and the event are "
                               "named below)",
                               "error")))
#endif
{
  using W = workflow<Name, Initial, terminal_t<Terminals...>, Transitions...>;
  constexpr detail::workflow_problem problem = W::structural_problem;
  if constexpr (problem.misuse != detail::workflow_misuse::none) {
    // The diagnostic, called here so that the compiler's context above it is this function alone.
    constexpr auto first = ::oversight::detail::fixed_from<problem.first.size()>(problem.first);
    constexpr auto second = ::oversight::detail::fixed_from<problem.second.size()>(problem.second);
    static_cast<void>(&detail::structure_report<problem.misuse, first, second>::report);
    return W(detail::unchecked_t{}, rows...);
  } else {
    return W(i, t, rows...);
  }
}

/// Is `W` a workflow?
template <class W>
struct is_workflow : std::false_type {};
template <fixed_string Name, fixed_string Initial, class Terminals, class... Transitions>
struct is_workflow<workflow<Name, Initial, Terminals, Transitions...>> : std::true_type {};
template <class W>
concept Workflow = is_workflow<std::remove_cvref_t<W>>::value;

// ---- Properties -------------------------------------------------------------------------------

namespace detail {
/// The diagnostics of the properties, as `structure_report`: `report` is instantiated, never
/// called.
template <fixed_string State>
struct unknown_state_report {
  static void report() {
#if defined(__clang__)
    static_assert(property_names_a_state_of_the_workflow<spell_t<State>>,
                  "oversight: the property names a state this workflow does not have: correct the name");
#else
    property_names_unknown_state<spell_t<State>, State>();
#endif
  }
};
template <fixed_string Target, fixed_string Waypoint>
struct avoided_waypoint_report {
  static void report() {
#if defined(__clang__)
    static_assert(every_path_to_state_passes_through_waypoint<spell_t<Target>, spell_t<Waypoint>>,
                  "oversight: a path from the initial state reaches the first state without passing through "
                  "the second: the asserted property fails");
#else
    path_to_state_avoids_waypoint<spell_t<Target>, spell_t<Waypoint>, Target, Waypoint>();
#endif
  }
};

/// Whether workflow `W` names both states; if not, the compile error names the first unknown one.
template <class W, fixed_string A, fixed_string B>
consteval bool names_states() {
  if constexpr (W::structure.state_index(A.view()) == W::structure.npos) {
    static_cast<void>(&unknown_state_report<A>::report);
    return false;
  } else if constexpr (W::structure.state_index(B.view()) == W::structure.npos) {
    static_cast<void>(&unknown_state_report<B>::report);
    return false;
  } else {
    return true;
  }
}
}  // namespace detail

/// True when every path from the initial state to `target` passes through `waypoint`.
template <Workflow W, fixed_string Target, fixed_string Waypoint>
consteval bool every_path_passes_through(const W&, state_t<Target>, state_t<Waypoint>) {
  using type = std::remove_cvref_t<W>;
  if constexpr (!detail::names_states<type, Target, Waypoint>()) {
    return false;
  } else {
    return type::structure.passes_through(type::structure.state_index(Target.view()),
                                          type::structure.state_index(Waypoint.view()));
  }
}

/// Like `every_path_passes_through`, but a violation does not compile and names both states:
/// `static_assert(require_every_path_passes_through(wf, state<"signed">, state<"consent_obtained">));`
template <Workflow W, fixed_string Target, fixed_string Waypoint>
consteval bool require_every_path_passes_through(const W&, state_t<Target>, state_t<Waypoint>) {
  using type = std::remove_cvref_t<W>;
  if constexpr (detail::names_states<type, Target, Waypoint>()) {
    if constexpr (!type::structure.passes_through(type::structure.state_index(Target.view()),
                                                  type::structure.state_index(Waypoint.view())))
      static_cast<void>(&detail::avoided_waypoint_report<Target, Waypoint>::report);
  }
  return true;
}

}  // namespace workflow
OVERSIGHT_END_NAMESPACE
