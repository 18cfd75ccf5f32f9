// The library's facts over its own vocabulary, read from a screening and from its
// subcontracts, on both sides of each boundary.
#include <oversight/domain.hpp>
#include <type_traits>

#include "../../runtime/policies_real/fixtures.hpp"

namespace {
using namespace oversight;
using pr_fixture::storage_screening;
constexpr context on_day = as_of(date{2025, 7, 7});

template <class F, class S>
constexpr auto value(F f, const S& s) { return read(f, s); }

static_assert(value(facts::contract_value, storage_screening) == money::minor(12'300'000'00, "EUR"));
static_assert(value(facts::buyer_state, storage_screening) == country{"ES"});
static_assert(value(facts::classification_level, storage_screening) == security_level::confidential);
static_assert(value(facts::supplier_hq, storage_screening) == country{"ES"});
static_assert(value(facts::controller_state, storage_screening) == country{"CN"});
static_assert(value(facts::contract_scope, storage_screening) == defence_scope::sensitive);
static_assert(value(facts::regime, storage_screening) == procurement_regime::defence_and_security);
static_assert(value(facts::supplier_clearance, storage_screening) == security_level::none);  // national only
static_assert(*value(facts::supplier_designated_high_risk, storage_screening));
static_assert(*value(facts::supplier_crypto_certified, storage_screening));
static_assert(value(facts::supplier_bound_by, storage_screening)->binds(obligation_kind::intelligence_cooperation_duty) ==
              truth::true_);
static_assert(value(facts::supplier_bound_by, storage_screening)->binds(obligation_kind::compelled_disclosure) ==
              truth::false_);
static_assert(!value(facts::eu_wide_notice, storage_screening).has_value());

// The day of the check decides designations, certifications and clearances.
constexpr screening before_designation{.deal = pr_fixture::storage_contract,
                                       .main_supplier = pr_fixture::vendor_iberia::value,
                                       .owners = pr_fixture::owners,
                                       .on = date{2023, 6, 14}};
static_assert(!*value(facts::supplier_designated_high_risk, before_designation));
static_assert(!*value(facts::supplier_crypto_certified, before_designation));
constexpr screening designation_day{.deal = pr_fixture::storage_contract,
                                    .main_supplier = pr_fixture::vendor_iberia::value,
                                    .owners = pr_fixture::owners,
                                    .on = date{2023, 6, 15}};
static_assert(*value(facts::supplier_designated_high_risk, designation_day));

// A broken registry makes control unknown, not "uncontrolled".
constexpr std::array<party, 0> no_parties{};
constexpr ownership_view broken{no_parties, pr_fixture::suppliers};
constexpr screening unresolved{.deal = pr_fixture::storage_contract,
                               .main_supplier = pr_fixture::vendor_iberia::value,
                               .owners = broken,
                               .on = date{2025, 7, 7}};
static_assert(!value(facts::controller_state, unresolved).has_value());
static_assert(!value(facts::supplier_bound_by, unresolved).has_value());
static_assert(facts::bound_by(obligation_kind::intelligence_cooperation_duty).test(unresolved, on_day) ==
              truth::unknown);
static_assert(facts::bound_by(obligation_kind::intelligence_cooperation_duty).test(storage_screening, on_day) ==
              truth::true_);
static_assert(facts::bound_by(obligation_kind::built_in_state_access).test(storage_screening, on_day) ==
              truth::false_);

// Subcontracts: shares in basis points (an amount is converted, rounded down) and the
// subcontractor's own facts.
constexpr auto ru_majority = facts::controller_state == country{"RU"};
static_assert(any(facts::subcontractors, ru_majority).test(storage_screening, on_day) == truth::true_);
static_assert(any(facts::subcontractors, facts::subcontract_share > 1000 && ru_majority).test(storage_screening, on_day) ==
              truth::true_);
static_assert(any(facts::subcontractors, facts::subcontract_share > 1001 && ru_majority).test(storage_screening, on_day) ==
              truth::false_);
// EUR 300,000 of EUR 12,300,000 is 243.9 basis points: 243.
static_assert(any(facts::subcontractors, facts::subcontract_share == std::int64_t{243}).test(storage_screening, on_day) ==
              truth::true_);
static_assert(any(facts::subcontractors, facts::supplier_clearance >= security_level::secret).test(storage_screening, on_day) ==
              truth::true_);

// The supplier declared as a type and the screening declared as a type read the same.
static_assert(read(facts::controller_state, pr_fixture::storage_case{}) == country{"CN"});
static_assert(facts::cpv_within(cpv_range{"storage", cpv_code{"30233000-1"}, cpv_code{"30233999"}})
                  .test(storage_screening, on_day) == truth::true_);
static_assert(facts::cpv_within(cpv_range{"storage", cpv_code{"30233100"}, cpv_code{"30233999"}})
                  .test(storage_screening, on_day) == truth::false_);

// The names of 0.1 are the same facts (kept, deprecated, for one release).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
static_assert(std::is_same_v<decltype(facts::procurement_regime), decltype(facts::regime)>);
static_assert(std::is_same_v<decltype(facts::classification), decltype(facts::classification_level)>);
static_assert(std::is_same_v<decltype(facts::authority_kind), decltype(facts::buyer_kind)>);
static_assert(std::is_same_v<decltype(facts::defence_scope), decltype(facts::contract_scope)>);
static_assert(std::is_same_v<decltype(facts::contract_object), decltype(facts::contract_type)>);
#pragma GCC diagnostic pop

}  // namespace
