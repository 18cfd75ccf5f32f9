// oversight: facts, and where rules read them from.
//
// A fact is a named, typed accessor over the thing being checked (the "subject": a contract,
// a supplier, a tool's own record type). Its name is part of its type, so a diagnostic about a
// fact names it:
//
//     inline constexpr oversight::fact<"contract.value", oversight::money> contract_value{};
//
// A fact that is a data member of the subject's type is named with the member, and nothing else
// is needed:
//
//     inline constexpr oversight::field<"contract.value", &my_contract::value> contract_value{};
//
// Otherwise a subject provides facts through ONE customization point, `oversight::fact_source<Subject>`:
// a specialization with a static `get` overload per fact it provides. Declare it next to the
// subject type (in the same header), so every translation unit sees the same specialization:
//
//     template <> struct oversight::fact_source<my_contract> {
//       static constexpr oversight::money get(decltype(contract_value), const my_contract& c) {
//         return c.value;
//       }
//       static constexpr std::optional<bool> get(decltype(eu_tendered), const my_contract& c) {
//         return c.notice_published;   // std::nullopt: not known
//       }
//     };
//
// `get` returns the value (by value or by reference: nothing is converted or copied in
// between), or a `std::optional` of it when the fact may be unknown. An unknown fact is a value
// of its own: conditions over it are `truth::unknown` and the rule is Indeterminate.
//
// A collection fact (`collection<"contract.subcontractors">`) is read the same way and returns
// any range (a `std::span`, a `const std::vector&`, ...); quantifiers (`any`, `all`, `none`)
// evaluate a condition over its elements, reading the element's facts from the element's type.
//
// An entity declared as a type (for compile-time plans) is a type with a `static constexpr`
// member `value`; rules read its facts from that value, through the value's fact_source.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/fixed_string.hpp>

#include <concepts>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

OVERSIGHT_BEGIN_NAMESPACE

/// The customization point through which rules read facts from a subject type. Specialize it
/// for your own types (next to the type's definition); see the file comment.
template <class Subject>
struct fact_source {};

namespace detail {
struct fact_tag {};
struct collection_tag {};

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

}  // namespace detail

/// An entity declared as a type: `struct huawei { static constexpr supplier value{...}; };`.
template <class T>
concept DeclaredEntity = requires { T::value; } && std::is_empty_v<T>;

namespace detail {
template <class Subject>
constexpr const auto& subject_value(const Subject& s) noexcept {
  if constexpr (DeclaredEntity<Subject>) return Subject::value;
  else return s;
}
}  // namespace detail

/// The type facts are read from: the subject itself, or the value of a declared entity.
template <class Subject>
using subject_value_t = std::remove_cvref_t<decltype(detail::subject_value(std::declval<const Subject&>()))>;

/// A named fact of type `T`. Facts are empty tag objects; the name is in the type.
template <detail::fixed_string Name, class T>
struct fact : detail::fact_tag {
  using value_type = T;
  static constexpr std::string_view name() noexcept { return Name.view(); }

  /// The condition "this fact is one of `values`" (or is in the set object `values`).
  template <class... V>
  constexpr auto in(const V&... values) const {
    return make_membership(*this, values...);
  }
};

namespace detail {
template <class P>
struct member_pointer_traits {};
template <class C, class M>
struct member_pointer_traits<M C::*> {
  using record = C;
  using member = M;
};
template <class T>
struct without_optional {
  using type = T;
};
template <class T>
struct without_optional<std::optional<T>> {
  using type = T;
};
template <auto Member>
using field_value_t = typename without_optional<typename member_pointer_traits<decltype(Member)>::member>::type;
}  // namespace detail

/// A fact read straight from a data member of your own type, with no fact_source to write:
///
///     struct tender { money value; std::optional<bool> eu_notice; };
///     inline constexpr oversight::field<"tender.value", &tender::value> value{};
///     inline constexpr oversight::field<"tender.eu-notice", &tender::eu_notice> eu_notice{};
///
/// The fact's type is the member's; a `std::optional<T>` member is a fact of type `T` that may
/// be unknown. It is read from the type that declares the member and from types derived from
/// it. A `fact_source` specialization that provides the same fact takes precedence.
template <detail::fixed_string Name, auto Member>
  requires std::is_member_object_pointer_v<decltype(Member)>
struct field : fact<Name, detail::field_value_t<Member>> {
  /// The type that declares the member.
  using record_type = typename detail::member_pointer_traits<decltype(Member)>::record;
  static constexpr auto member = Member;
};

/// A named collection of sub-entities (subcontractors, owners, ...), for quantifiers.
template <detail::fixed_string Name>
struct collection : detail::collection_tag {
  static constexpr std::string_view name() noexcept { return Name.view(); }
};

template <class F>
concept Fact = std::derived_from<F, detail::fact_tag> && std::is_empty_v<F> && requires {
  typename F::value_type;
  { F::name() } -> std::convertible_to<std::string_view>;
};

template <class C>
concept Collection = std::derived_from<C, detail::collection_tag> && std::is_empty_v<C>;

namespace detail {
template <class Subject, class F>
concept has_source_get = requires(const Subject& s) { fact_source<Subject>::get(F{}, s); };

// A `field` read from its record type, or from a type derived from it.
template <class Subject, class F>
concept reads_member = requires {
  typename F::record_type;
  F::member;
} && std::derived_from<Subject, typename F::record_type>;

template <class Subject, class F>
concept has_get = has_source_get<Subject, F> || reads_member<Subject, F>;

// What `Subject` gives for fact `F`: its fact_source's `get`, else the member a field names. By
// reference where the source returns one, so nothing is copied in between.
template <class F, class Subject>
  requires has_get<Subject, F>
constexpr decltype(auto) source_get(const Subject& s) {
  if constexpr (has_source_get<Subject, F>) return fact_source<Subject>::get(F{}, s);
  else return (s.*F::member);
}

template <class R, class T>
concept fact_result =
    std::convertible_to<R, T> ||
    (is_optional<std::remove_cvref_t<R>>::value &&
     std::convertible_to<typename std::remove_cvref_t<R>::value_type, T>);
}  // namespace detail

/// `Subject` provides fact `F`: `fact_source<Subject>::get(F{}, subject)` exists and returns an
/// `F::value_type` or a `std::optional` of one. For a declared entity, its value does.
template <class Subject, class F>
concept FactSource =
    Fact<F> && detail::has_get<subject_value_t<Subject>, F> &&
    detail::fact_result<decltype(detail::source_get<F>(std::declval<const subject_value_t<Subject>&>())),
                        typename F::value_type>;

/// `Subject` provides collection `C` as a range.
template <class Subject, class C>
concept CollectionSource = Collection<C> && detail::has_get<subject_value_t<Subject>, C>;

namespace detail {
template <class F, class Subject>
constexpr void check_fact_source() {
  static_assert(has_get<subject_value_t<Subject>, F>,
                "oversight: the subject type does not provide this fact: add `static auto get(<fact>, "
                "const Subject&)` to oversight::fact_source<Subject> (the fact's name is in the "
                "instantiation context below) [OVS-E101]");
  if constexpr (has_get<subject_value_t<Subject>, F>) {
    static_assert(FactSource<Subject, F>,
                  "oversight: fact_source<Subject>::get returns a type that is not the fact's "
                  "value_type nor a std::optional of it [OVS-E102]");
  }
}
}  // namespace detail

/// Reads fact `F` from `subject`: the value, or std::nullopt when the subject does not know it.
template <Fact F, class Subject>
constexpr std::optional<typename F::value_type> read(F, const Subject& subject) {
  detail::check_fact_source<F, Subject>();
  if constexpr (!detail::has_get<subject_value_t<Subject>, F>) {
    return std::nullopt;  // refused above, with the error that names what to do
  } else {
    decltype(auto) r = detail::source_get<F>(detail::subject_value(subject));
    if constexpr (detail::is_optional<std::remove_cvref_t<decltype(r)>>::value) {
      if (!r) return std::nullopt;
      return static_cast<typename F::value_type>(*r);
    } else {
      return static_cast<typename F::value_type>(r);
    }
  }
}

/// The range a collection fact denotes for `subject` (by reference where the source returns one).
template <Collection C, class Subject>
constexpr decltype(auto) read_collection(C, const Subject& subject) {
  static_assert(CollectionSource<Subject, C>,
                "oversight: the subject type does not provide this collection: add `static auto "
                "get(<collection>, const Subject&)` to oversight::fact_source<Subject> [OVS-E101]");
  return fact_source<subject_value_t<Subject>>::get(C{}, detail::subject_value(subject));
}

OVERSIGHT_END_NAMESPACE
