// oversight: entities declared as values or as types.
//
// Every vocabulary type (supplier, party, contract, instrument, bloc, ...) is a literal value. A
// compile-time plan may also name an entity as a type that carries the value:
//
//     struct huawei_technologies { static constexpr supplier value{...}; };
//
// `DeclaredEntityOf<T, supplier>` recognises such a type, and `entity_of` reads both forms the
// same way: `entity_of(huawei_technologies{})` and `entity_of(some_supplier_value)` both give a
// `const supplier&`, and `entity_of<huawei_technologies>()` does without an object.
#pragma once

#include <oversight/detail/config.hpp>

#include <concepts>
#include <type_traits>

OVERSIGHT_BEGIN_NAMESPACE

/// A type that declares one entity of vocabulary type `Kind` as its `static constexpr value`.
template <class Declared, class Kind>
concept DeclaredEntityOf = requires {
  { Declared::value } -> std::convertible_to<const Kind&>;
} && std::same_as<std::remove_cvref_t<decltype(Declared::value)>, Kind>;

/// An entity of vocabulary type `Kind`, given as a value or as a declaring type.
template <class Entity, class Kind>
concept EntityOf = std::same_as<std::remove_cvref_t<Entity>, Kind> || DeclaredEntityOf<std::remove_cvref_t<Entity>, Kind>;

/// The vocabulary value of a declaring type.
template <class Declared>
  requires requires { Declared::value; }
constexpr const auto& entity_of() noexcept {
  return Declared::value;
}

/// The vocabulary value of `entity`: `entity` itself for a value, `Declared::value` for an
/// object of a declaring type.
template <class Entity>
constexpr const auto& entity_of(const Entity& entity) noexcept {
  if constexpr (requires { Entity::value; }) return Entity::value;
  else return entity;
}

OVERSIGHT_END_NAMESPACE
