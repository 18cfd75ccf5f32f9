// oversight: a flat tuple for policies and expressions.
//
// A policy of 400 rules is a tuple of 400 distinct types. std::tuple's recursive layout costs
// compile time that grows faster than the policy; this tuple inherits from one leaf per element
// over an index sequence, so instantiation grows linearly. Elements are visited with folds.
#pragma once

#include <oversight/detail/config.hpp>

#include <cstddef>
#include <type_traits>
#include <utility>

OVERSIGHT_BEGIN_NAMESPACE
namespace detail {

template <std::size_t I, class T>
struct tuple_leaf {
  T value;
};

template <class Indices, class... Ts>
struct tuple_impl;

template <std::size_t... Is, class... Ts>
struct tuple_impl<std::index_sequence<Is...>, Ts...> : tuple_leaf<Is, Ts>... {
  constexpr tuple_impl() = default;
  constexpr explicit tuple_impl(Ts... values)
    requires(sizeof...(Ts) > 0)
      : tuple_leaf<Is, Ts>{std::move(values)}... {}
};

template <class... Ts>
struct tuple : tuple_impl<std::index_sequence_for<Ts...>, Ts...> {
  using tuple_impl<std::index_sequence_for<Ts...>, Ts...>::tuple_impl;
  static constexpr std::size_t size = sizeof...(Ts);
};

template <std::size_t I, class T>
constexpr const T& get(const tuple_leaf<I, T>& leaf) noexcept {
  return leaf.value;
}

// Over the elements of a pack, these use braced lists rather than fold expressions: Clang
// refuses a fold expression of more than 256 elements (its -fbracket-depth), and a policy may
// have more children than that.

/// Whether any of `b` is true; all of `b`; their sum.
template <std::size_t N>
constexpr bool any_true(const bool (&b)[N]) noexcept {
  for (bool x : b)
    if (x) return true;
  return false;
}
template <std::size_t N>
constexpr bool all_true(const bool (&b)[N]) noexcept {
  for (bool x : b)
    if (!x) return false;
  return true;
}
template <std::size_t N>
constexpr std::size_t sum(const std::size_t (&v)[N]) noexcept {
  std::size_t total = 0;
  for (std::size_t x : v) total += x;
  return total;
}

/// Calls `f(element)` for each element, in order.
template <class... Ts, class F>
constexpr void for_each(const tuple<Ts...>& t, F&& f) {
  [&]<std::size_t... Is>(std::index_sequence<Is...>) {
    [[maybe_unused]] const int in_order[] = {0, (static_cast<void>(f(get<Is>(t))), 0)...};
  }(std::index_sequence_for<Ts...>{});
}

/// Calls `f(element)` for each element until `f` returns true; returns whether it did.
template <class... Ts, class F>
constexpr bool any_of(const tuple<Ts...>& t, F&& f) {
  return [&]<std::size_t... Is>(std::index_sequence<Is...>) {
    bool found = false;
    [[maybe_unused]] const int in_order[] = {0, (found = found || f(get<Is>(t)), 0)...};
    return found;
  }(std::index_sequence_for<Ts...>{});
}

}  // namespace detail
OVERSIGHT_END_NAMESPACE
