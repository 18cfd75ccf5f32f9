// Checking a tool's own contract type, without converting it.
//
// A procurement portal has its own record for a tender. It specializes
// oversight::fact_source for that record (next to the record's definition), and the same
// policy object is then checked in a static_assert over a planned contract and at run time
// over records the portal loaded.
//
// The rule: a supplier headquartered in a state whose law obliges organisations to cooperate
// with state intelligence work (PRC National Intelligence Law 2017, Arts 7 and 14) may not
// have access to the content of a lawful-interception system.
#include <oversight/domain/country.hpp>
#include <oversight/oversight.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

// --- the portal's own types -------------------------------------------------------------------
namespace portal {

enum class access { none, metadata, content };

constexpr std::string_view to_string_view(access a) {
  return a == access::none ? "none" : a == access::metadata ? "metadata" : "content";
}

struct tender_record {
  std::string title;
  oversight::country supplier_hq;
  bool lawful_interception = false;
  std::optional<access> supplier_access;  // not always recorded
};

}  // namespace portal

// --- the facts the policy reads -----------------------------------------------------------------
namespace portal_facts {
inline constexpr oversight::fact<"supplier.hq", oversight::country> supplier_hq{};
inline constexpr oversight::fact<"contract.lawful-interception", bool> lawful_interception{};
inline constexpr oversight::fact<"contract.supplier-access", portal::access> supplier_access{};
}  // namespace portal_facts

// --- the customization point, next to the portal's type ------------------------------------------
template <>
struct oversight::fact_source<portal::tender_record> {
  static constexpr oversight::country get(decltype(portal_facts::supplier_hq), const portal::tender_record& t) {
    return t.supplier_hq;
  }
  static constexpr bool get(decltype(portal_facts::lawful_interception), const portal::tender_record& t) {
    return t.lawful_interception;
  }
  static constexpr std::optional<portal::access> get(decltype(portal_facts::supplier_access),
                                                     const portal::tender_record& t) {
    return t.supplier_access;
  }
};

// --- the policy ---------------------------------------------------------------------------------
using oversight::country;

inline constexpr auto intelligence_law =
    oversight::rule<"supplier.intelligence-law">(
        oversight::effect::deny, portal_facts::supplier_hq.in(country{"CN"}) && portal_facts::lawful_interception &&
                                     portal_facts::supplier_access == portal::access::content)
        .cite(oversight::legal_basis{"PRC National Intelligence Law (2017)", "Arts 7 and 14"})
        .message("the supplier is headquartered in {}, whose law obliges cooperation with state intelligence work",
                 portal_facts::supplier_hq);

inline constexpr auto screening =
    oversight::policy<"portal.screening", oversight::combining::deny_overrides>(intelligence_law);

// --- a planned contract, checked at compile time ------------------------------------------------
struct planned_storage_contract {
  // A literal type for the compile-time plan (the portal's record holds a std::string).
  struct record {
    country supplier_hq;
    bool lawful_interception;
    portal::access supplier_access;
  };
  static constexpr record value{country{"DE"}, true, portal::access::content};
};

template <>
struct oversight::fact_source<planned_storage_contract::record> {
  using R = planned_storage_contract::record;
  static constexpr country get(decltype(portal_facts::supplier_hq), const R& r) { return r.supplier_hq; }
  static constexpr bool get(decltype(portal_facts::lawful_interception), const R& r) { return r.lawful_interception; }
  static constexpr portal::access get(decltype(portal_facts::supplier_access), const R& r) { return r.supplier_access; }
};

static_assert(oversight::check(screening, planned_storage_contract{}));
// A plan with a supplier from CN would not compile with require():
//   oversight::require(screening, planned_cn_contract{});
//   error: call to non-'constexpr' function 'void oversight::v0::detail::policy_violated_by_rule()
//          [with ... RuleId = fixed_string<25>{"supplier.intelligence-law"}; ...]'   (GCC 12)

int main() {
  // Records as the portal loads them at run time.
  const std::vector<portal::tender_record> records{
      {"SITEL interception data storage", country::parse("CN").value(), true, portal::access::content},
      {"Storage maintenance, metadata only", country::parse("CN").value(), true, portal::access::metadata},
      {"SITEL storage, access not recorded", country::parse("CN").value(), true, std::nullopt},
      {"Storage from an EU supplier", country::parse("DE").value(), true, portal::access::content},
  };
  for (const auto& r : records) {
    const auto decision = oversight::explain(screening, r);
    std::printf("%s\n%s\n", r.title.c_str(), oversight::to_text(decision).c_str());
  }
}
