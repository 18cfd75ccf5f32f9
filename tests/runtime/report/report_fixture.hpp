// A fixed decision for the report tests: a tender record of the tests' own and a policy with a
// deny rule (two legal bases, one with an ELI URI, and an obligation with a deadline), a dated
// review rule over the subcontractors, an advice rule and a rule over a fact that may be unknown.
// The supplier's name has quotes, a backslash and non-ASCII letters, to exercise escaping.
#pragma once

#include <oversight/domain/country.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/rules.hpp>

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace report_fixture {

using namespace oversight;

enum class access { none, metadata, content };
constexpr std::string_view to_string_view(access a) {
  return a == access::none ? "none" : a == access::metadata ? "metadata" : "content";
}

struct subcontractor {
  country hq;
};

struct tender {
  std::string_view supplier;
  country supplier_hq;
  long long value_cents = 0;
  bool lawful_interception = false;
  std::optional<access> supplier_access;
  std::vector<subcontractor> subcontractors;
};

inline constexpr fact<"supplier.name", std::string_view> supplier{};
inline constexpr fact<"supplier.hq", country> hq{};
inline constexpr fact<"contract.value-cents", long long> value{};
inline constexpr fact<"contract.lawful-interception", bool> lawful_interception{};
inline constexpr fact<"contract.supplier-access", access> supplier_access{};
inline constexpr collection<"contract.subcontractors"> subcontractors{};

}  // namespace report_fixture

template <>
struct oversight::fact_source<report_fixture::tender> {
  using T = report_fixture::tender;
  static std::string_view get(decltype(report_fixture::supplier), const T& t) { return t.supplier; }
  static oversight::country get(decltype(report_fixture::hq), const T& t) { return t.supplier_hq; }
  static long long get(decltype(report_fixture::value), const T& t) { return t.value_cents; }
  static bool get(decltype(report_fixture::lawful_interception), const T& t) { return t.lawful_interception; }
  static std::optional<report_fixture::access> get(decltype(report_fixture::supplier_access), const T& t) {
    return t.supplier_access;
  }
  static std::span<const report_fixture::subcontractor> get(decltype(report_fixture::subcontractors), const T& t) {
    return t.subcontractors;
  }
};

template <>
struct oversight::fact_source<report_fixture::subcontractor> {
  static oversight::country get(decltype(report_fixture::hq), const report_fixture::subcontractor& s) { return s.hq; }
};

namespace report_fixture {

inline constexpr auto report_policy = oversight::policy<"report.fixture", combining::deny_overrides>(
    rule<"supplier.intelligence-law">(effect::deny, hq.in(country{"CN"}) && lawful_interception &&
                                                        supplier_access == access::content)
        .cite(legal_basis{"PRC National Intelligence Law (2017)", "Arts 7 and 14"},
              legal_basis{"Directive (EU) 2022/2555 (NIS2)", "Art. 21(2)(d)", "http://data.europa.eu/eli/dir/2022/2555/oj"})
        .message("{} is headquartered in {}, whose law obliges cooperation with state intelligence work", supplier,
                 hq)
        .with_obligation(obligation{"firmware-audit", "independent audit of the storage firmware", 90, "signature"}),
    rule<"subcontractor.high-risk">(effect::review, any(subcontractors, hq.in(country{"CN"}, country{"RU"})))
        .in_force_during(period{date{2020, 1, 1}, date{2030, 12, 31}})
        .message("a subcontractor is headquartered in a state of concern"),
    rule<"contract.large">(effect::advice, value >= 1'000'000'000)
        .message("the contract's value is {} cents", value));

/// The decision the golden files show: everything fires, the subcontractor rule on element 1.
inline tender sitel_like() {
  return tender{"Huawei \"Técnica\" España \\ Ibérica", country::parse("CN").value(), 1'230'000'000, true,
                access::content, {{country::parse("ES").value()}, {country::parse("CN").value()}}};
}

inline const oversight::context on_award = as_of(date{2025, 7, 7});

}  // namespace report_fixture
