// Test fixtures for the rule engine: a small record type of the tests' own, read through
// oversight::fact_source, and policies whose children can be made to yield any XACML value.
#pragma once

#include <oversight/rules.hpp>

#include <array>
#include <optional>

namespace fixture {

using namespace oversight;

enum class area_kind { general, critical_infrastructure, lawful_interception, defence };

constexpr std::string_view to_string_view(area_kind s) {
  constexpr std::string_view text[] = {"general", "critical_infrastructure", "lawful_interception", "defence"};
  return text[static_cast<int>(s)];
}

struct sub {
  char hq[3];
  bool high_risk;
};

struct record {
  long long value_cents = 0;
  area_kind area = area_kind::general;
  std::optional<bool> high_risk{};
  std::optional<bool> eu_tendered{};
  bool art346 = false;
  bool dual_use = false;
  std::array<sub, 3> subs{};
  int sub_count = 0;
};

inline constexpr fact<"contract.value-cents", long long> value{};
inline constexpr fact<"contract.sector", area_kind> area{};
inline constexpr fact<"supplier.high-risk", bool> high_risk{};
inline constexpr fact<"contract.eu-tendered", bool> eu_tendered{};
inline constexpr fact<"contract.art346-invoked", bool> art346{};
inline constexpr fact<"contract.dual-use", bool> dual_use{};
inline constexpr collection<"contract.subcontractors"> subcontractors{};

// Decision slots: each of three children can be made to yield any XACML value.
struct slots {
  decision d[3];
};

}  // namespace fixture

template <>
struct oversight::fact_source<fixture::record> {
  using C = fixture::record;
  static constexpr long long get(decltype(fixture::value), const C& c) { return c.value_cents; }
  static constexpr fixture::area_kind get(decltype(fixture::area), const C& c) { return c.area; }
  static constexpr std::optional<bool> get(decltype(fixture::high_risk), const C& c) { return c.high_risk; }
  static constexpr std::optional<bool> get(decltype(fixture::eu_tendered), const C& c) { return c.eu_tendered; }
  static constexpr bool get(decltype(fixture::art346), const C& c) { return c.art346; }
  static constexpr bool get(decltype(fixture::dual_use), const C& c) { return c.dual_use; }
  static constexpr std::span<const fixture::sub> get(decltype(fixture::subcontractors), const C& c) {
    return {c.subs.data(), static_cast<std::size_t>(c.sub_count)};
  }
};

template <>
struct oversight::fact_source<fixture::sub> {
  static constexpr std::string_view get(oversight::fact<"supplier.hq", std::string_view>, const fixture::sub& s) {
    return {s.hq, 2};
  }
  static constexpr bool get(decltype(fixture::high_risk), const fixture::sub& s) { return s.high_risk; }
};

namespace fixture {

inline constexpr fact<"supplier.hq", std::string_view> hq{};

// Slot facts: "slot I yields decision d" as a bool that is true, false, or unknown.
template <int I>
struct slot_fact_tag {};
inline constexpr fact<"slot0.permit", bool> s0p{};
inline constexpr fact<"slot0.deny", bool> s0d{};
inline constexpr fact<"slot1.permit", bool> s1p{};
inline constexpr fact<"slot1.deny", bool> s1d{};
inline constexpr fact<"slot2.permit", bool> s2p{};
inline constexpr fact<"slot2.deny", bool> s2d{};

// For slot value v: the permit rule's and deny rule's conditions.
constexpr std::optional<bool> permit_condition(decision v) {
  switch (v) {
    case decision::permit: return true;
    case decision::indeterminate_p:
    case decision::indeterminate_dp: return std::nullopt;
    default: return false;
  }
}
constexpr std::optional<bool> deny_condition(decision v) {
  switch (v) {
    case decision::deny: return true;
    case decision::indeterminate_d:
    case decision::indeterminate_dp: return std::nullopt;
    default: return false;
  }
}

}  // namespace fixture

template <>
struct oversight::fact_source<fixture::slots> {
  using S = fixture::slots;
  static constexpr std::optional<bool> get(decltype(fixture::s0p), const S& s) { return fixture::permit_condition(s.d[0]); }
  static constexpr std::optional<bool> get(decltype(fixture::s0d), const S& s) { return fixture::deny_condition(s.d[0]); }
  static constexpr std::optional<bool> get(decltype(fixture::s1p), const S& s) { return fixture::permit_condition(s.d[1]); }
  static constexpr std::optional<bool> get(decltype(fixture::s1d), const S& s) { return fixture::deny_condition(s.d[1]); }
  static constexpr std::optional<bool> get(decltype(fixture::s2p), const S& s) { return fixture::permit_condition(s.d[2]); }
  static constexpr std::optional<bool> get(decltype(fixture::s2d), const S& s) { return fixture::deny_condition(s.d[2]); }
};

namespace fixture {

// A slot is a permit-overrides... no: a slot must yield exactly its value. With a permit rule P
// and a deny rule D under deny-overrides: (P,D) = (true,false) -> Permit; (false,true) -> Deny;
// (false,false) -> NotApplicable; (false,unknown) -> Indeterminate{D}; (unknown,false) ->
// Indeterminate{P}; (unknown,unknown) -> Indeterminate{DP}.
inline constexpr auto slot0 = policy<"slot0", combining::deny_overrides>(rule<"slot0.p">(effect::permit, s0p),
                                                                         rule<"slot0.d">(effect::deny, s0d));
inline constexpr auto slot1 = policy<"slot1", combining::deny_overrides>(rule<"slot1.p">(effect::permit, s1p),
                                                                         rule<"slot1.d">(effect::deny, s1d));
inline constexpr auto slot2 = policy<"slot2", combining::deny_overrides>(rule<"slot2.p">(effect::permit, s2p),
                                                                         rule<"slot2.d">(effect::deny, s2d));

template <combining Alg>
inline constexpr auto three_slots = policy<"three", Alg>(slot0, slot1, slot2);
template <combining Alg>
inline constexpr auto two_slots = policy<"two", Alg>(slot0, slot1);

// Slots with targets, for only-one-applicable (which decides by the children's targets): slot I
// yields d[I] where its target `t[I]` matches.
struct targeted_slots {
  decision d[2];
  truth t[2];
};
inline constexpr fact<"slot0.applies", bool> s0t{};
inline constexpr fact<"slot1.applies", bool> s1t{};
constexpr std::optional<bool> as_optional(truth t) {
  return t == truth::unknown ? std::optional<bool>{} : std::optional<bool>{t == truth::true_};
}

inline constexpr decision all_decisions[] = {decision::not_applicable,  decision::permit,
                                             decision::deny,            decision::indeterminate_p,
                                             decision::indeterminate_d, decision::indeterminate_dp};

}  // namespace fixture

template <>
struct oversight::fact_source<fixture::targeted_slots> {
  using S = fixture::targeted_slots;
  static constexpr std::optional<bool> get(decltype(fixture::s0p), const S& s) { return fixture::permit_condition(s.d[0]); }
  static constexpr std::optional<bool> get(decltype(fixture::s0d), const S& s) { return fixture::deny_condition(s.d[0]); }
  static constexpr std::optional<bool> get(decltype(fixture::s1p), const S& s) { return fixture::permit_condition(s.d[1]); }
  static constexpr std::optional<bool> get(decltype(fixture::s1d), const S& s) { return fixture::deny_condition(s.d[1]); }
  static constexpr std::optional<bool> get(decltype(fixture::s0t), const S& s) { return fixture::as_optional(s.t[0]); }
  static constexpr std::optional<bool> get(decltype(fixture::s1t), const S& s) { return fixture::as_optional(s.t[1]); }
};

namespace fixture {
// Two slots under only-one-applicable, each a policy with a target (XACML's case), and the same
// with the slots' rules as children, each with a target of its own.
inline constexpr auto only_one_of_two = policy<"only-one", combining::only_one_applicable>(
    slot0.applies_when(s0t), slot1.applies_when(s1t));
inline constexpr truth all_truths[] = {truth::true_, truth::false_, truth::unknown};
}  // namespace fixture
