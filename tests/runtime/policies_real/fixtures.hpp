// Shared data for the tests of the real policy encodings: a storage contract for a
// lawful-interception system shaped like the SITEL case (facts sheet 8.1, 8.2), its supplier
// declared as a type, and a few other suppliers. Companies and holdings are invented; the laws,
// thresholds and dates are real. The static suite checks these constants; the runtime suite
// rebuilds the same data in std::vector and std::string and must reach the same results.
#pragma once

#include <oversight/domain.hpp>

#include <array>

namespace pr_fixture {

using namespace oversight;

// vendor-iberia (ES) <- 100 % vendor-group (CN); ru-owned-de (DE) <- 60 % ru-parent (RU, a
// telecom operator);
// cloud-ie (IE) <- 100 % cloud-us (US, a communication service provider).
inline constexpr std::array<holding, 1> iberia_owners{{{"vendor-group-cn", 10000}}};
inline constexpr std::array<holding, 1> ru_owned_owners{{{"ru-parent", 6000}}};
inline constexpr std::array<holding, 1> cloud_ie_owners{{{"cloud-us", 10000}}};
// Reg. 833/2014 Art. 5k(1)(b) at its boundary: ru-parent holds exactly 50 % of ru-half-de (not
// "more than 50 %") and 51 % of ru-51-de.
inline constexpr std::array<holding, 1> ru_half_owners{{{"ru-parent", 5000}}};
inline constexpr std::array<holding, 1> ru_51_owners{{{"ru-parent", 5100}}};

inline constexpr std::array<party, 3> parties{{
    {"vendor-group-cn", "Example Vendor Group Co., Ltd.", party_kind::company, country{"CN"}, country{"CN"}},
    {"ru-parent", "Example Russian Parent JSC", party_kind::company, country{"RU"}, country{"RU"}, {}, activity::telecom_operator},
    {"cloud-us", "Example Cloud Inc.", party_kind::company, country{"US"}, country{"US"}, {}, activity::communication_service_provider},
}};

/// Designated a high-risk supplier on 15 June 2023 (the day of the Commission's communication,
/// facts sheet 6.4).
inline constexpr std::array<designation, 1> iberia_designations{{
    {designation_kind::high_risk_supplier, "European Commission", std::nullopt, date{2023, 6, 15},
     "Communication on the implementation of the 5G cybersecurity Toolbox"},
}};
inline constexpr std::array<facility_clearance, 1> iberia_clearances{{
    {clearance_scheme::national, classification::restricted, "ES", {date{2023, 1, 1}, date{2027, 12, 31}}},
}};
inline constexpr std::array<certification, 1> iberia_certifications{{
    {certification_kind::cryptologic_approval, "Example cryptologic authority", "ES", "storage firmware", date{2024, 6, 1}},
}};

/// The main supplier, declared as a type.
struct vendor_iberia {
  static constexpr supplier value{"vendor-iberia", "Example Vendor Iberia S.L.", country{"ES"}, country{"ES"}, iberia_owners,
                                  activity::none,  iberia_designations,          iberia_clearances,
                                  iberia_certifications};
};

inline constexpr std::array<facility_clearance, 2> integrator_clearances{{
    {clearance_scheme::eu, classification::secret, "FR", {date{2022, 1, 1}, date{2026, 12, 31}}},
    {clearance_scheme::nato, classification::confidential, "FR", {date{2022, 1, 1}, date{2027, 12, 31}}},
}};

inline constexpr std::array<supplier, 8> suppliers{{
    vendor_iberia::value,
    {"ru-owned-de", "Example Russian-owned GmbH", country{"DE"}, country{"DE"}, ru_owned_owners},
    {"integrator-fr", "Example Integrator SAS", country{"FR"}, country{"FR"}, {}, activity::none, {}, integrator_clearances, {}, false},
    {"cloud-ie", "Example Cloud Ireland Ltd", country{"IE"}, country{"IE"}, cloud_ie_owners},
    {"medtech-cn", "Example Medical Devices Co., Ltd.", country{"CN"}, country{"CN"}},
    {"ru-half-de", "Example Half-Russian GmbH", country{"DE"}, country{"DE"}, ru_half_owners, activity::none, {}, {}, {}, false},
    {"ru-51-de", "Example Russian-majority GmbH", country{"DE"}, country{"DE"}, ru_51_owners, activity::none, {}, {}, {}, false},
    // Recorded as acting at the direction of a Russian person (Art. 5k(1)(c)); owned by no one.
    {"agent-it", "Example Agent S.r.l.", country{"IT"}, country{"IT"}, {}, activity::none, {}, {}, {}, true},
}};

inline constexpr ownership_view owners = ownership_view::checked(parties, suppliers);

inline constexpr std::array<cpv_code, 1> storage_cpv{{cpv_code{"30233000-1"}}};
inline constexpr std::array<subcontract, 2> storage_subcontracts{{
    {"ru-owned-de", share::basis_points(1001)},
    {"integrator-fr", share::amount(money::minor(300'000'00, "EUR"))},
}};

/// EUR 12.3 million of storage for a lawful-interception system (facts sheet 8.2.1), launched
/// in 2025, handling information classified CONFIDENTIAL.
inline constexpr contract storage_contract = contract_checked({
    .id = "li-storage-2025",
    .authority = {"Example Ministry of the Interior", country{"ES"}, authority_kind::central_government, false},
    .main_supplier = "vendor-iberia",
    .estimated_value = money::minor(12'300'000'00, "EUR"),
    .object = contract_object::supplies,
    .cpv = storage_cpv,
    .subcontracts = storage_subcontracts,
    .field = sector::justice_and_home_affairs,
    .aim = purpose::lawful_interception,
    .supplier_access = data_access::content,
    .firmware_and_updates = update_control::supplier,
    .remote_maintenance = true,
    .highest_classification = security_level::confidential,
    .collective_defence = false,
    .launched = date{2025, 3, 3},
});

/// The screening on the day the case was reported (7 July 2025), supplier read from its type.
inline constexpr screening storage_screening{
    .deal = storage_contract, .main_supplier = entity_of<vendor_iberia>(), .owners = owners, .on = date{2025, 7, 7}};

/// The same screening declared as a type (a compile-time plan).
struct storage_case {
  static constexpr screening value = storage_screening;
};

}  // namespace pr_fixture
