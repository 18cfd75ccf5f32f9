// oversight: a reference that cannot be bound to a temporary.
//
// A `borrowed<T>` refers to a T the caller keeps, as a `const T&` member would, but building one
// from a temporary does not compile (a reference member would bind to it and dangle as soon as
// the full expression ends, without a warning). It reads like a pointer (`->`, `*`) and converts
// to `const T&`.
#pragma once

#include <oversight/detail/config.hpp>

#include <concepts>
#include <type_traits>

OVERSIGHT_BEGIN_NAMESPACE
namespace detail {

template <class>
inline constexpr bool always_false = false;

template <class T>
class borrowed {
 public:
  constexpr borrowed(const T& object) noexcept : object_(&object) {}  // NOLINT: implicit by design
  /// A temporary: refused, since the reference would outlive it.
  template <class U>
    requires std::same_as<std::remove_cvref_t<U>, T> && (!std::is_lvalue_reference_v<U>)
  borrowed(U&&) {  // NOLINT: only to say why
    static_assert(always_false<U>,
                  "oversight: a screening refers to the contract and the supplier it is given, and this one is a "
                  "temporary that would be destroyed while the screening still refers to it: name it first "
                  "(const contract deal = ...; screening{.deal = deal, ...}) [OVS-E290]");
  }

  [[nodiscard]] constexpr const T& get() const noexcept { return *object_; }
  constexpr operator const T&() const noexcept { return *object_; }  // NOLINT: implicit by design
  constexpr const T& operator*() const noexcept { return *object_; }
  constexpr const T* operator->() const noexcept { return object_; }

 private:
  const T* object_;
};

}  // namespace detail
OVERSIGHT_END_NAMESPACE
