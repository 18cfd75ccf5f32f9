// oversight: actions, what a workflow transition does when it fires.
//
// An action is a literal object with
//
//     a.name()          -> std::string_view     shown in diagrams and in the audit trail
//     a.run(ctx, at)    -> effect               ctx: the instance's Context; at: when it fires
//
// An action does not mutate anything: it returns an `effect`, the obligations the transition
// opens, and the instance records them in its trail and tracks them. That keeps an instance a
// pure function of its trail, so replaying the trail reproduces it.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/workflow/guard.hpp>
#include <oversight/workflow/time.hpp>

#include <concepts>
#include <string_view>
#include <type_traits>

OVERSIGHT_BEGIN_NAMESPACE
namespace workflow {

/// What an action produces: obligations to track.
struct effect {
  bounded_list<obligation, guard_result::max_obligations> obligations{};
};

/// An action usable on a workflow whose instances carry a `Context`.
template <class A, class Context>
concept Action = std::copy_constructible<A> && std::is_trivially_destructible_v<A> &&
                 requires(const A& a, const Context& ctx, instant at) {
                   { a.name() } -> std::convertible_to<std::string_view>;
                   { a.run(ctx, at) } -> std::same_as<effect>;
                 };

/// What a workflow definition needs of an action before any Context is known: a name.
template <class A>
concept NamedAction = std::copy_constructible<A> && std::is_trivially_destructible_v<A> && requires(const A& a) {
  { a.name() } -> std::convertible_to<std::string_view>;
};

/// The action of a transition that declares none.
struct no_action {
  [[nodiscard]] constexpr std::string_view name() const noexcept { return {}; }
  template <class Context>
  [[nodiscard]] constexpr effect run(const Context&, instant) const noexcept {
    return {};
  }
};

/// Opens one obligation, due `within` days after the day the transition fires (no due date
/// when `within` is negative): `open_obligation{"firmware-audit", "Independent firmware audit
/// before go-live", days{90}}`.
struct open_obligation {
  std::string_view id;
  std::string_view text;
  days within{-1};

  [[nodiscard]] constexpr std::string_view name() const noexcept { return id; }
  template <class Context>
  [[nodiscard]] constexpr effect run(const Context&, instant at) const noexcept {
    effect e;
    obligation o{id, text, {}};
    if (within.count >= 0) o.due = at.day.plus_days(within.count).value_or(oversight::date::last());
    e.obligations.push_back(o);
    return e;
  }
};

}  // namespace workflow
OVERSIGHT_END_NAMESPACE
