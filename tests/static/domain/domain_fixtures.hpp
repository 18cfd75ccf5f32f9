// Shared test data for the domain part: a fictional supplier controlled through a chain of
// majorities from a state (the worked example of docs/domain.md), and a Russian-owned one.
// The companies are invented; only the laws in the catalogue are real.
#pragma once

#include <oversight/domain.hpp>

#include <array>

namespace fixture {

using namespace oversight;

// example-storage-es (ES) <- 100 % example-holdings-nl (NL) <- 50.01 % example-group-cn (CN)
//                                                            <- 49.99 % pension-fund-no (NO)
// example-group-cn <- 75 % cn-state (the PRC state)
inline constexpr std::array<holding, 1> storage_owners{{{"example-holdings-nl", 10000}}};
inline constexpr std::array<holding, 2> holdings_owners{{{"example-group-cn", 5001}, {"pension-fund-no", 4999}}};
inline constexpr std::array<holding, 1> group_owners{{{"cn-state", 7500}}};
// russian-owned-de (DE) <- 60 % ru-parent (RU)
inline constexpr std::array<holding, 1> ru_sub_owners{{{"ru-parent", 6000}}};

inline constexpr std::array<party, 5> parties{{
    {"example-holdings-nl", "Example Holdings B.V.", party_kind::company, country{"NL"}, country{"NL"}, holdings_owners},
    {"example-group-cn", "Example Group Co., Ltd.", party_kind::company, country{"CN"}, country{"CN"}, group_owners},
    {"cn-state", "People's Republic of China", party_kind::state, country{"CN"}, country{"CN"}},
    {"pension-fund-no", "Example Pension Fund", party_kind::fund, country{"NO"}, country{"NO"}},
    {"ru-parent", "Example Russian Parent JSC", party_kind::company, country{"RU"}, country{"RU"}},
}};

inline constexpr std::array<designation, 1> storage_designations{{
    {designation_kind::high_risk_supplier, "Example national cybersecurity authority", country{"ES"}, date{2024, 1, 15},
     "Example risk assessment 1/2024"},
}};
inline constexpr std::array<facility_clearance, 1> storage_clearances{{
    {clearance_scheme::national, classification::restricted, "ES", {date{2023, 1, 1}, date{2027, 12, 31}}},
}};
inline constexpr std::array<certification, 1> storage_certifications{{
    {certification_kind::cryptologic_approval, "Example cryptologic authority", "ES", "storage array firmware 5.1",
     date{2024, 6, 1}},
}};

/// The supplier of the worked example, declared as a type.
struct example_storage_iberia {
  static constexpr supplier value{"example-storage-es",
                                  "Example Storage Iberia S.L.",
                                  country{"ES"},
                                  country{"ES"},
                                  storage_owners,
                                  activity::network_operator,
                                  storage_designations,
                                  storage_clearances,
                                  storage_certifications};
};

inline constexpr std::array<supplier, 2> suppliers{{
    example_storage_iberia::value,
    {"russian-owned-de", "Example Russian-owned GmbH", country{"DE"}, country{"DE"}, ru_sub_owners},
}};

inline constexpr ownership_view owners = ownership_view::checked(parties, suppliers);

inline constexpr std::array<cpv_code, 2> storage_cpv{{cpv_code{"30233000-1"}, cpv_code{"50312000-5"}}};
inline constexpr std::array<subcontract, 1> storage_subcontracts{{{"russian-owned-de", share::basis_points(1200)}}};

/// A contract for storage in a lawful-interception system.
inline constexpr contract storage_contract = contract_checked({
    .id = "example-2025-001",
    .authority = {"Example Ministry of the Interior", country{"ES"}, authority_kind::central_government},
    .main_supplier = "example-storage-es",
    .estimated_value = money::minor(1'230'000'000, "EUR"),
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
    .launched = date{2025, 3, 1},
    .signed_on = date{2025, 7, 1},
});

}  // namespace fixture
