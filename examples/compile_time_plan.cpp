// A procurement plan checked while it compiles.
//
// A ministry plans next year's storage contracts. Each supplier and each planned contract is a
// type with a `static constexpr value` (an oversight "declared entity"), so the plan is checked
// by static_assert against the same policy object that checks contracts at run time: a plan
// that breaks a rule does not build, and the compiler names the rule.
//
// The policy is the example's own, over its own facts (two rules):
// - supplier.intelligence-law (deny): a supplier headquartered in the People's Republic of
//   China may not have access to the content of a lawful-interception or defence system, since
//   the PRC National Intelligence Law (2017) obliges organisations to support, assist and
//   cooperate with state intelligence work (Art. 7) and lets intelligence institutions ask them
//   to (Art. 14);
// - supplier.high-risk (review): a supplier designated high-risk needs a review before it
//   supplies such a system. The Commission's Communication of 15 June 2023 on implementing the
//   5G cybersecurity Toolbox found that Huawei and ZTE present materially higher risks than
//   other 5G suppliers; the Toolbox concerns 5G networks, and it is applied here by analogy.
#include <oversight/domain/country.hpp>
#include <oversight/oversight.hpp>

#include <cstdint>
#include <cstdio>
#include <string_view>

// --- the plan's vocabulary and facts ------------------------------------------------------------
namespace plan {

using oversight::country;

enum class purpose : std::uint8_t { office_it, lawful_interception, defence };
enum class access : std::uint8_t { none, metadata, content };

constexpr std::string_view to_string_view(purpose p) {
  return p == purpose::office_it ? "office IT" : p == purpose::lawful_interception ? "lawful interception" : "defence";
}
constexpr std::string_view to_string_view(access a) {
  return a == access::none ? "none" : a == access::metadata ? "metadata" : "content";
}

struct supplier {
  std::string_view name;
  country hq;
  bool designated_high_risk;
};

struct contract {
  std::string_view title;
  purpose aim;
  std::int64_t value_cents;  // estimated value, euro cents net of VAT
  access supplier_access;
  const supplier* by;
};

inline constexpr oversight::fact<"contract.purpose", purpose> aim{};
inline constexpr oversight::fact<"contract.supplier-access", access> supplier_access{};
inline constexpr oversight::fact<"supplier.hq", country> supplier_hq{};
inline constexpr oversight::fact<"supplier.designated-high-risk", bool> designated_high_risk{};

}  // namespace plan

template <>
struct oversight::fact_source<plan::contract> {
  using C = plan::contract;
  static constexpr plan::purpose get(decltype(plan::aim), const C& c) { return c.aim; }
  static constexpr plan::access get(decltype(plan::supplier_access), const C& c) { return c.supplier_access; }
  static constexpr oversight::country get(decltype(plan::supplier_hq), const C& c) { return c.by->hq; }
  static constexpr bool get(decltype(plan::designated_high_risk), const C& c) { return c.by->designated_high_risk; }
};

// --- the policy ---------------------------------------------------------------------------------
namespace plan {

inline constexpr auto sensitive = aim.in(purpose::lawful_interception, purpose::defence);

inline constexpr auto policy = oversight::policy<"plan.storage", oversight::combining::deny_overrides>(
    oversight::rule<"supplier.intelligence-law">(
        oversight::effect::deny, supplier_hq.in(country{"CN"}) && sensitive && supplier_access == access::content)
        .cite(oversight::legal_basis{"PRC National Intelligence Law (2017)", "Arts 7 and 14"})
        .message("a supplier headquartered in {} would have access to the content of a {} system", supplier_hq, aim),
    oversight::rule<"supplier.high-risk">(oversight::effect::review, designated_high_risk && sensitive)
        .cite(oversight::legal_basis{"Commission Communication on implementing the 5G cybersecurity Toolbox "
                                     "(15 June 2023)",
                                     "high-risk suppliers, applied by analogy"})
        .message("a designated high-risk supplier for a {} system", aim));

}  // namespace plan

// --- the suppliers and the planned contracts, declared as types -----------------------------------
using oversight::country;

struct nordic_storage {
  static constexpr plan::supplier value{"Nordic Storage AB", country{"SE"}, false};
};
struct shenzhen_storage {
  static constexpr plan::supplier value{"Shenzhen Storage Co.", country{"CN"}, true};
};

struct office_backup_2026 {
  static constexpr plan::contract value{"office file backup", plan::purpose::office_it, 80'000'000,
                                        plan::access::content, &shenzhen_storage::value};
};
struct interception_archive_2026 {
  static constexpr plan::contract value{"interception archive storage", plan::purpose::lawful_interception,
                                        900'000'000, plan::access::content, &nordic_storage::value};
};
struct interception_hardware_2026 {
  static constexpr plan::contract value{"interception storage hardware, no data access",
                                        plan::purpose::lawful_interception, 150'000'000, plan::access::none,
                                        &shenzhen_storage::value};
};
struct interception_maintenance_2026 {
  static constexpr plan::contract value{"interception storage maintenance", plan::purpose::lawful_interception,
                                        240'000'000, plan::access::content, &shenzhen_storage::value};
};

// --- the plan, checked while compiling ----------------------------------------------------------
// A Chinese supplier is not excluded as such: office IT passes, and hardware without data access
// only needs a review. Maintenance with access to the intercepted content is denied.
static_assert(oversight::check(plan::policy, office_backup_2026{}));
static_assert(oversight::check(plan::policy, interception_archive_2026{}));
static_assert(oversight::check(plan::policy, interception_hardware_2026{}) == oversight::verdict_kind::review);
static_assert(oversight::check(plan::policy, interception_maintenance_2026{}) == oversight::verdict_kind::deny);

// Only compliant entries can be signed off: a requires-clause over the policy.
template <class Entry>
  requires oversight::complies_with<Entry, plan::policy>
constexpr std::string_view sign_off() {
  return Entry::value.title;
}
static_assert(sign_off<interception_archive_2026>() == "interception archive storage");

// `require` makes a violation a compile error naming the rule. The compliant entries pass:
consteval bool plan_complies() {
  oversight::require(plan::policy, office_backup_2026{});
  oversight::require(plan::policy, interception_archive_2026{});
#ifdef OVERSIGHT_EXAMPLE_SHOW_VIOLATION
  // The denied entry does not compile (build with -DOVERSIGHT_EXAMPLE_SHOW_VIOLATION to see it).
  // GCC 12 names the rule (one line of its output, wrapped here, without its file and line):
  //   error: call to non-‘constexpr’ function ‘void
  //   oversight::v0::detail::policy_violated_by_rule() [with fixed_string<...auto...> RuleId =
  //   fixed_string<25>{"supplier.intelligence-law"}; char ...Spelled = {'s', 'u', 'p', 'p', 'l', 'i',
  //   'e', 'r', '.', 'i', 'n', 't', 'e', 'l', 'l', 'i', 'g', 'e', 'n', 'c', 'e', '-', 'l', 'a', 'w'}]’
  oversight::require(plan::policy, interception_maintenance_2026{});
#endif
  return true;
}
static_assert(plan_complies());

// --- the same policy at run time: the plan's report -----------------------------------------------
template <class Entry>
void report() {
  const plan::contract& c = Entry::value;
  const auto decision = oversight::explain(plan::policy, Entry{});
  std::printf("%s (%s, EUR %lld.%02lld): %s\n", std::string(c.title).c_str(), std::string(c.by->name).c_str(),
              static_cast<long long>(c.value_cents / 100), static_cast<long long>(c.value_cents % 100),
              std::string(to_string_view(decision.verdict.kind)).c_str());
  if (!decision.findings.empty()) std::printf("%s", oversight::to_text(decision).c_str());
  std::printf("\n");
}

int main() {
  std::printf("Storage procurement plan 2026, checked against policy %s\n\n",
              std::string(decltype(plan::policy)::id()).c_str());
  report<office_backup_2026>();
  report<interception_archive_2026>();
  report<interception_hardware_2026>();
  report<interception_maintenance_2026>();
}
