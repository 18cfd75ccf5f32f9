// Not recorded is unknown, never a default: cases for the contract and supplier fields that a
// record may leave out, the facts derived from them, the EU-law scope of the buyer and the
// thresholds in national currencies. The static suite checks every case in static_assert and
// the runtime suite calls the same functions at run time.
#pragma once

#include <oversight/policies.hpp>

#include "cases.hpp"
#include "fixtures.hpp"

#include <array>

namespace pr_unrecorded {

using namespace oversight;
namespace pol = oversight::policies;
using pr_cases::decide;
using pr_cases::eur_cents;
using pr_cases::fires;
using pr_cases::plain;

/// A contract that records only its id, buyer, supplier, value, object and launch day: what an
/// open-data record of a tender typically says.
constexpr contract sparse(money value = eur_cents(12'300'000'00)) {
  return contract{.id = "sparse",
                  .authority = {"Example Ministry of the Interior", country{"ES"}, authority_kind::central_government},
                  .main_supplier = "vendor-iberia",
                  .estimated_value = value,
                  .object = contract_object::services,
                  .launched = date{2025, 3, 3}};
}

/// A fact of a screening of `c` with the fixture's supplier `supplier_id`.
template <class F>
constexpr auto fact_of(F f, const contract& c, std::string_view supplier_id = "vendor-iberia") {
  const screening s{.deal = c,
                    .main_supplier = pr_cases::supplier_named(supplier_id),
                    .owners = pr_fixture::owners,
                    .subcontractors = pr_fixture::suppliers,
                    .on = date{2025, 7, 7}};
  return read(f, s);
}

/// A supplier of whom the data records only a name and a country (an OCDS supplier).
inline constexpr supplier from_data{.id = "from-data",
                                    .name = "A supplier read from data",
                                    .headquarters = country{"ES"},
                                    .recorded = recorded_lists::none};
inline constexpr std::array<supplier, 1> from_data_registry{{from_data}};
inline constexpr ownership_view from_data_owners = ownership_view::checked({}, from_data_registry);

template <class F>
constexpr auto supplier_fact(F f, const supplier& who, const ownership_view& owners) {
  const contract c = plain(eur_cents(100'000'00));
  const screening s{.deal = c, .main_supplier = who, .owners = owners, .on = date{2025, 7, 7}};
  return read(f, s);
}

template <class Policy>
constexpr verdict_kind decide_with(const Policy& p, const contract& c, const supplier& who,
                                   const ownership_view& owners) {
  const screening s{.deal = c,
                    .main_supplier = who,
                    .owners = owners,
                    .on = date{2025, 7, 7},
                    .procedure = {.eu_wide_notice = true,
                                  .essential_security_interest_invoked = false,
                                  .excluded_under = exclusion_ground::none}};
  return check(p, s, as_of(s.on)).kind;
}

/// A contract of `value` with a buyer of `state`, launched on `launched`, otherwise as `plain`.
constexpr contract bought_in(country state, money value, date launched) {
  contract c = plain(value, launched);
  c.authority.state = state;
  return c;
}

/// Whether the EU tender rule fires for `c` (screened on its launch day).
constexpr truth tender_rule(const contract& c) {
  return fires(pol::thresholds::eu_tender, c, {.on = *c.launched});
}

}  // namespace pr_unrecorded
