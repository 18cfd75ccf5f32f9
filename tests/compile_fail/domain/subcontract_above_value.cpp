// A constant contract whose subcontractor share exceeds its value does not compile.
#include <oversight/domain.hpp>

#include <array>

using namespace oversight;
using namespace oversight::literals;

#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
constexpr std::array<subcontract, 1> subs{{{"sub", share::amount(1'000'000_eur)}}};
#else
constexpr std::array<subcontract, 1> subs{{{"sub", share::amount(1'000'001_eur)}}};
#endif
constexpr contract c = contract_checked({.id = "c",
                                         .authority = {"Ministry", country{"ES"}, authority_kind::central_government},
                                         .main_supplier = "main",
                                         .estimated_value = 1'000'000_eur,
                                         .object = contract_object::services,
                                         .subcontracts = subs});

int main() { return c.recorded_subcontracts().size() == 1 ? 0 : 1; }
