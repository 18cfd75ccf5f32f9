// oversight: guards, the conditions a workflow transition checks before it fires.
//
// A guard is a literal object with two members:
//
//     g.name()        -> std::string_view      shown in diagrams and in the audit trail
//     g.check(ctx)    -> guard_result          ctx is the instance's Context (const&)
//
// `guard_result` says allowed, refused or pending (the guard cannot decide yet, e.g. a consent
// procedure that is still open), with a bounded list of reasons (an id and a text each, e.g. a
// rule id and its message) and of obligations the transition creates (id, text, optional due
// date). Everything is fixed capacity and `constexpr`: a guard runs in a `static_assert` as well
// as at run time, and its answer holds no heap memory. The guards here never allocate; a policy
// guard (rules_guard.hpp) formats the messages of refusing rules in temporaries at run time.
//
// This is the seam through which the rule engine and the consent part plug in: a policy or a
// consent rule that offers `name()` and `check(const Context&) -> guard_result` is a `Guard`
// and can sit on a transition as it is (a policy maps its decision to allowed/refused and its
// findings to reasons; a consent outcome maps "adopted" to allowed, "rejected" to refused and
// "ballot still open" to pending). Until then `guard_if` wraps any constexpr predicate.
//
// The strings a guard returns (names, reason ids and texts, obligation ids and texts) must
// outlive the call: string literals or other static storage. The instance copies them into its
// audit trail.
#pragma once

#include <oversight/detail/bounded_text.hpp>
#include <oversight/detail/config.hpp>
#include <oversight/domain/date.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>

OVERSIGHT_BEGIN_NAMESPACE
namespace workflow {

/// A list of at most `Capacity` values, stored inline. Appending to a full list drops the value
/// and counts it in `dropped()`, so a caller can tell that something was cut.
template <class Value, std::size_t Capacity>
class bounded_list {
 public:
  static constexpr std::size_t capacity = Capacity;

  constexpr bool push_back(const Value& v) noexcept {
    if (size_ == Capacity) {
      ++dropped_;
      return false;
    }
    items_[size_++] = v;
    return true;
  }
  template <std::size_t Other>
  constexpr void append(const bounded_list<Value, Other>& other) noexcept {
    for (const auto& v : other) push_back(v);
    dropped_ += other.dropped();
  }

  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  /// How many values were dropped because the list was full.
  [[nodiscard]] constexpr std::size_t dropped() const noexcept { return dropped_; }
  [[nodiscard]] constexpr const Value& operator[](std::size_t i) const noexcept { return items_[i]; }
  [[nodiscard]] constexpr const Value* begin() const noexcept { return items_.data(); }
  [[nodiscard]] constexpr const Value* end() const noexcept { return items_.data() + size_; }

 private:
  std::array<Value, Capacity> items_{};
  std::size_t size_ = 0;
  std::size_t dropped_ = 0;
};

/// The text of a reason, held inline (a guard's answer does not allocate). A longer text is cut
/// and ends in "...".
using reason_text = oversight::detail::bounded_text<240>;

/// Why a guard decided as it did: an id (a rule id, an approver; static text) and a message,
/// held by value, so that it can quote the facts of the case ("supplier HQ CN").
struct reason {
  std::string_view id;
  reason_text text;
  friend constexpr bool operator==(const reason&, const reason&) noexcept = default;
};

/// Something that must be done after the transition fires: an id, a text, and a due date when
/// there is one. The instance tracks it until it is fulfilled, breached or waived.
struct obligation {
  std::string_view id;
  std::string_view text;
  std::optional<oversight::date> due{};
  friend constexpr bool operator==(const obligation&, const obligation&) noexcept = default;
};

/// A guard's answer.
enum class verdict : std::uint8_t {
  allowed,  ///< the transition may fire
  refused,  ///< it may not
  pending   ///< not yet decidable (e.g. a consent procedure still open)
};

constexpr std::string_view to_string(verdict v) noexcept {
  switch (v) {
    case verdict::allowed: return "allowed";
    case verdict::refused: return "refused";
    case verdict::pending: return "pending";
  }
  return "(invalid)";
}

/// What `check()` returns: a verdict, its reasons and the obligations the transition creates.
struct guard_result {
  static constexpr std::size_t max_reasons = 8;
  static constexpr std::size_t max_obligations = 8;

  verdict outcome = verdict::allowed;
  bounded_list<reason, max_reasons> reasons{};
  bounded_list<obligation, max_obligations> obligations{};

  [[nodiscard]] constexpr bool allowed() const noexcept { return outcome == verdict::allowed; }
  [[nodiscard]] constexpr bool refused() const noexcept { return outcome == verdict::refused; }
  [[nodiscard]] constexpr bool pending() const noexcept { return outcome == verdict::pending; }

  static constexpr guard_result allow() noexcept { return {}; }
  static constexpr guard_result refuse(reason why) noexcept {
    guard_result r{verdict::refused};
    r.reasons.push_back(why);
    return r;
  }
  static constexpr guard_result pend(reason why) noexcept {
    guard_result r{verdict::pending};
    r.reasons.push_back(why);
    return r;
  }
  /// This result, with one more obligation.
  constexpr guard_result& oblige(obligation o) noexcept {
    obligations.push_back(o);
    return *this;
  }
};

/// A guard usable on a workflow whose instances carry a `Context`.
template <class G, class Context>
concept Guard = std::copy_constructible<G> && std::is_trivially_destructible_v<G> &&
                requires(const G& g, const Context& ctx) {
                  { g.name() } -> std::convertible_to<std::string_view>;
                  { g.check(ctx) } -> std::same_as<guard_result>;
                };

/// What a workflow definition needs of a guard before any Context is known: a name.
template <class G>
concept NamedGuard = std::copy_constructible<G> && std::is_trivially_destructible_v<G> && requires(const G& g) {
  { g.name() } -> std::convertible_to<std::string_view>;
};

/// The guard of an unguarded transition: always allows.
struct always_t {
  [[nodiscard]] constexpr std::string_view name() const noexcept { return "always"; }
  template <class Context>
  [[nodiscard]] constexpr guard_result check(const Context&) const noexcept {
    return guard_result::allow();
  }
  friend constexpr bool operator==(always_t, always_t) noexcept { return true; }
};
inline constexpr always_t always{};

/// A guard from a predicate over the context (see `guard_if`).
template <class Predicate>
struct predicate_guard {
  std::string_view label;
  Predicate predicate;
  reason refusal;

  [[nodiscard]] constexpr std::string_view name() const noexcept { return label; }
  template <class Context>
    requires std::predicate<const Predicate&, const Context&>
  [[nodiscard]] constexpr guard_result check(const Context& ctx) const {
    return predicate(ctx) ? guard_result::allow() : guard_result::refuse(refusal);
  }
};

/// `guard_if("crypto-approved", [](const auto& c) { return c.crypto_approved; })`: allows when
/// the predicate holds, refuses otherwise with the reason {name, "condition not met"} or the
/// one given. The predicate must be a literal type (a captureless lambda is).
template <class Predicate>
  requires std::is_trivially_destructible_v<Predicate> && std::copy_constructible<Predicate>
constexpr predicate_guard<Predicate> guard_if(std::string_view name, Predicate predicate) noexcept {
  return {name, predicate, reason{name, "condition not met"}};
}
template <class Predicate>
  requires std::is_trivially_destructible_v<Predicate> && std::copy_constructible<Predicate>
constexpr predicate_guard<Predicate> guard_if(std::string_view name, Predicate predicate, reason refusal) noexcept {
  return {name, predicate, refusal};
}

namespace detail {

/// A name assembled at compile time ("all_of(a, b)"), stored inline; cut with "..." when long.
using composed_name = oversight::detail::bounded_text<120>;

template <class... Guards>
constexpr composed_name compose_name(std::string_view head, const Guards&... guards) noexcept {
  composed_name n;
  n.append(head).append("(");
  bool first = true;
  ((n.append(first ? "" : ", ").append(guards.name()), first = false), ...);
  n.append(")");
  return n;
}

/// Whether a guard's type alone fixes the condition it tests: a `guard_if` over a predicate
/// without state (a captureless lambda, an empty function object), and `all_of`, `any_of` and
/// `unless` of such guards. Two guards of one such type test the same condition whatever their
/// names, so a workflow finds them from its type. Specialised below, after the composites.
template <class G>
inline constexpr bool condition_fixed_by_type = false;
template <class P>
inline constexpr bool condition_fixed_by_type<predicate_guard<P>> = std::is_empty_v<P>;

/// Whether two guards are decidably the same condition: the same type, and that type fixes the
/// condition (above) or the two are equal (by `==` when the type has one, otherwise by name).
/// Guards of different types are never "the same": the workflow checks cannot decide whether two
/// different conditions can both hold.
template <class A, class B>
constexpr bool same_guard(const A& a, const B& b) noexcept {
  if constexpr (!std::is_same_v<A, B>) {
    return false;
  } else if constexpr (condition_fixed_by_type<A>) {
    return true;
  } else if constexpr (std::equality_comparable<A>) {
    return a == b;
  } else {
    return std::string_view(a.name()) == std::string_view(b.name());
  }
}

}  // namespace detail

/// All guards must allow (parallel approvals: all of a set of approvers). Refused when any
/// refuses, otherwise pending when any is pending. Reasons and obligations are merged.
template <class... Guards>
struct all_of_t {
  std::tuple<Guards...> guards;
  detail::composed_name label;

  [[nodiscard]] constexpr std::string_view name() const noexcept { return label.view(); }
  template <class Context>
    requires(Guard<Guards, Context> && ...)
  [[nodiscard]] constexpr guard_result check(const Context& ctx) const {
    guard_result out{};
    bool any_refused = false, any_pending = false;
    std::apply(
        [&](const auto&... g) {
          (([&] {
             const guard_result r = g.check(ctx);
             any_refused = any_refused || r.refused();
             any_pending = any_pending || r.pending();
             out.reasons.append(r.reasons);
             out.obligations.append(r.obligations);
           }()),
           ...);
        },
        guards);
    out.outcome = any_refused ? verdict::refused : any_pending ? verdict::pending : verdict::allowed;
    return out;
  }
};

/// At least one guard must allow (any one of a set of approvers). Allowed when any allows (with
/// the obligations of those that allow), otherwise pending when any is pending, otherwise refused.
template <class... Guards>
struct any_of_t {
  std::tuple<Guards...> guards;
  detail::composed_name label;

  [[nodiscard]] constexpr std::string_view name() const noexcept { return label.view(); }
  template <class Context>
    requires(Guard<Guards, Context> && ...)
  [[nodiscard]] constexpr guard_result check(const Context& ctx) const {
    guard_result allowed{}, other{};
    bool any_allowed = false, any_pending = false;
    std::apply(
        [&](const auto&... g) {
          (([&] {
             const guard_result r = g.check(ctx);
             if (r.allowed()) {
               any_allowed = true;
               allowed.reasons.append(r.reasons);
               allowed.obligations.append(r.obligations);
             } else {
               any_pending = any_pending || r.pending();
               other.reasons.append(r.reasons);
             }
           }()),
           ...);
        },
        guards);
    if (any_allowed) return allowed;
    other.outcome = any_pending ? verdict::pending : verdict::refused;
    return other;
  }
};

/// The opposite of a guard: allowed when it refuses, refused (with the reason {name, "..."})
/// when it allows; pending stays pending. Makes two transitions on one event visibly exclusive.
template <class Inner>
struct unless_t {
  Inner inner;
  detail::composed_name label;

  [[nodiscard]] constexpr std::string_view name() const noexcept { return label.view(); }
  template <class Context>
    requires Guard<Inner, Context>
  [[nodiscard]] constexpr guard_result check(const Context& ctx) const {
    const guard_result r = inner.check(ctx);
    if (r.pending()) return r;
    if (r.allowed()) return guard_result::refuse(reason{inner.name(), "holds, but must not"});
    guard_result allowed = guard_result::allow();
    allowed.reasons.append(r.reasons);  // why the inner guard refused is why this one allows
    return allowed;
  }
};

namespace detail {
template <class... Guards>
inline constexpr bool condition_fixed_by_type<all_of_t<Guards...>> = (condition_fixed_by_type<Guards> && ...);
template <class... Guards>
inline constexpr bool condition_fixed_by_type<any_of_t<Guards...>> = (condition_fixed_by_type<Guards> && ...);
template <class Inner>
inline constexpr bool condition_fixed_by_type<unless_t<Inner>> = condition_fixed_by_type<Inner>;
}  // namespace detail

/// `all_of(a, b, ...)`: every guard allows.
template <NamedGuard... Guards>
  requires(sizeof...(Guards) >= 1)
constexpr all_of_t<Guards...> all_of(Guards... guards) noexcept {
  return {std::tuple<Guards...>{guards...}, detail::compose_name("all_of", guards...)};
}
/// `any_of(a, b, ...)`: at least one guard allows.
template <NamedGuard... Guards>
  requires(sizeof...(Guards) >= 1)
constexpr any_of_t<Guards...> any_of(Guards... guards) noexcept {
  return {std::tuple<Guards...>{guards...}, detail::compose_name("any_of", guards...)};
}
/// `unless(g)`: g does not allow.
template <NamedGuard Inner>
constexpr unless_t<Inner> unless(Inner inner) noexcept {
  return {inner, detail::compose_name("unless", inner)};
}

}  // namespace workflow
OVERSIGHT_END_NAMESPACE
