// oversight: typed errors and result<T, E>.
//
// Every part reports bad input the same way: an error code from the part's own `errc`
// enumeration, with a stable catalogue id ("OVS-E201") and a one-line explanation, plus a short
// context text naming the offending input. A fallible function returns `result<T, errc>`, which
// holds either the value or an `error<errc>`. Nothing here allocates or throws, so a result is
// usable in constant expressions as well as at run time.
//
// A part declares its codes as
//
//     enum class errc : std::uint16_t { unknown_country = 201, ... };
//     constexpr error_info describe(errc) noexcept;   // found by argument-dependent lookup
//
// and docs/errors.md lists every id with the situation that raises it.
#pragma once

#include <oversight/detail/bounded_text.hpp>
#include <oversight/detail/config.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <string_view>
#include <type_traits>
#include <utility>

OVERSIGHT_BEGIN_NAMESPACE

/// What the catalogue says about one error code.
struct error_info {
  std::string_view id;    ///< stable catalogue id, e.g. "OVS-E201"
  std::string_view what;  ///< one line: what went wrong
};

/// An enumeration whose values the error catalogue describes.
template <class Code>
concept ErrorCode = std::is_enum_v<Code> && requires(Code c) {
  { describe(c) } -> std::same_as<error_info>;
};

/// A short, fixed-capacity text naming the input an error is about ("XQ", "ES -> CN -> ES").
/// Longer texts are cut and end in "...": an error never allocates.
using error_context = detail::bounded_text<63>;

/// An error: its code, and the input it is about.
template <ErrorCode Code>
struct error {
  Code code;
  error_context context{};

  [[nodiscard]] constexpr std::string_view id() const noexcept { return describe(code).id; }
  [[nodiscard]] constexpr std::string_view what() const noexcept { return describe(code).what; }
  friend constexpr bool operator==(const error&, const error&) noexcept = default;
};

template <ErrorCode Code>
error(Code) -> error<Code>;
template <ErrorCode Code>
error(Code, error_context) -> error<Code>;

namespace detail {

// Storage for result<T, E>: trivially destructible when both alternatives are, so that a result
// of literal types is itself a literal type (Clang 14 lacks conditionally trivial destructors,
// hence two specializations rather than a constrained destructor).
template <class T, class E, bool = std::is_trivially_destructible_v<T> &&
                                   std::is_trivially_destructible_v<E>>
struct result_storage {
  union {
    T value;
    E err;
  };
  bool has_value;

  template <class... Args>
  constexpr explicit result_storage(std::in_place_index_t<0>, Args&&... args)
      : value(std::forward<Args>(args)...), has_value(true) {}
  template <class... Args>
  constexpr explicit result_storage(std::in_place_index_t<1>, Args&&... args)
      : err(std::forward<Args>(args)...), has_value(false) {}
};

// Alternatives with non-trivial destructors (strings, vectors) are run-time types, so this
// storage need not be usable in constant expressions and uses placement new (<memory>, which
// has std::construct_at, would pull <ostream> into every header).
template <class T, class E>
struct result_storage<T, E, false> {
  union {
    T value;
    E err;
  };
  bool has_value;

  template <class... Args>
  explicit result_storage(std::in_place_index_t<0>, Args&&... args)
      : value(std::forward<Args>(args)...), has_value(true) {}
  template <class... Args>
  explicit result_storage(std::in_place_index_t<1>, Args&&... args)
      : err(std::forward<Args>(args)...), has_value(false) {}
  result_storage(const result_storage& other) : has_value(other.has_value) {
    if (has_value) ::new (static_cast<void*>(&value)) T(other.value);
    else ::new (static_cast<void*>(&err)) E(other.err);
  }
  result_storage(result_storage&& other) noexcept(
      std::is_nothrow_move_constructible_v<T>&& std::is_nothrow_move_constructible_v<E>)
      : has_value(other.has_value) {
    if (has_value) ::new (static_cast<void*>(&value)) T(std::move(other.value));
    else ::new (static_cast<void*>(&err)) E(std::move(other.err));
  }
  result_storage& operator=(const result_storage& other) {
    if (this != &other) {
      destroy();
      has_value = other.has_value;
      if (has_value) ::new (static_cast<void*>(&value)) T(other.value);
      else ::new (static_cast<void*>(&err)) E(other.err);
    }
    return *this;
  }
  result_storage& operator=(result_storage&& other) noexcept(
      std::is_nothrow_move_constructible_v<T>&& std::is_nothrow_move_constructible_v<E>) {
    if (this != &other) {
      destroy();
      has_value = other.has_value;
      if (has_value) ::new (static_cast<void*>(&value)) T(std::move(other.value));
      else ::new (static_cast<void*>(&err)) E(std::move(other.err));
    }
    return *this;
  }
  ~result_storage() { destroy(); }

 private:
  void destroy() noexcept {
    if (has_value) value.~T();
    else err.~E();
  }
};

}  // namespace detail

/// Either a value or an error: what every fallible function of the library returns.
/// Reading the value of a result that holds an error (or the other way round) is a contract
/// violation that the accessors check: in a constant expression it does not compile, at run
/// time it terminates, never undefined behaviour.
template <class T, ErrorCode Code>
class [[nodiscard]] result {
 public:
  using value_type = T;
  using error_type = oversight::error<Code>;

  constexpr result(const T& value) : s_(std::in_place_index<0>, value) {}             // NOLINT: implicit
  constexpr result(T&& value) : s_(std::in_place_index<0>, std::move(value)) {}       // NOLINT: implicit
  constexpr result(error_type e) : s_(std::in_place_index<1>, std::move(e)) {}  // NOLINT: implicit
  constexpr result(Code c) : s_(std::in_place_index<1>, error_type{c}) {}     // NOLINT: implicit

  [[nodiscard]] constexpr bool has_value() const noexcept { return s_.has_value; }
  constexpr explicit operator bool() const noexcept { return s_.has_value; }

  [[nodiscard]] constexpr const T& value() const& {
    check(s_.has_value);
    return s_.value;
  }
  [[nodiscard]] constexpr T& value() & {
    check(s_.has_value);
    return s_.value;
  }
  [[nodiscard]] constexpr T&& value() && {
    check(s_.has_value);
    return std::move(s_.value);
  }
  [[nodiscard]] constexpr const T& operator*() const& { return value(); }
  [[nodiscard]] constexpr T& operator*() & { return value(); }
  [[nodiscard]] constexpr T&& operator*() && { return std::move(*this).value(); }
  [[nodiscard]] constexpr const T* operator->() const { return &value(); }
  [[nodiscard]] constexpr T* operator->() { return &value(); }

  [[nodiscard]] constexpr const error_type& error() const {
    check(!s_.has_value);
    return s_.err;
  }
  /// The value, or `fallback` when this holds an error.
  template <class U>
  [[nodiscard]] constexpr T value_or(U&& fallback) const& {
    return s_.has_value ? s_.value : static_cast<T>(std::forward<U>(fallback));
  }

  friend constexpr bool operator==(const result& a, const result& b) {
    if (a.has_value() != b.has_value()) return false;
    return a.has_value() ? a.s_.value == b.s_.value : a.s_.err == b.s_.err;
  }

 private:
  static constexpr void check(bool ok) {
    if (!ok) {
      if (std::is_constant_evaluated()) bad_result_access();  // not a constant expression
      std::abort();
    }
  }
  static void bad_result_access() {}  // deliberately not constexpr

  detail::result_storage<T, error_type> s_;
};

OVERSIGHT_END_NAMESPACE
