// Control chains, ownership errors, obligations inherited through control, sanctions, contracts
// and declared entities.
#include <oversight/domain.hpp>

#include <array>

#include "domain_fixtures.hpp"

namespace {
using namespace oversight;
using namespace oversight::literals;

constexpr party company(std::string_view id, std::span<const holding> owners = {}) {
  return {id, id, party_kind::company, country{"ES"}, country{"ES"}, owners};
}

// A chain of three: A <- 60 % B <- 60 % C <- 60 % D.
constexpr std::array<holding, 1> a_by_b{{{"B", 6000}}};
constexpr std::array<holding, 1> b_by_c{{{"C", 6000}}};
constexpr std::array<holding, 1> c_by_d{{{"D", 6000}}};
constexpr std::array<party, 4> chain3{{company("A", a_by_b), company("B", b_by_c), company("C", c_by_d), company("D")}};
constexpr ownership_view chain_view = ownership_view::checked(chain3);
static_assert(chain_view.ultimate_controller("A")->ultimate.id == "D");
static_assert(chain_view.ultimate_controller("A")->links == 3);
static_assert(chain_view.ultimate_controller("D")->links == 0);
static_assert(chain_view.controller_of("A").value()->id == "B");
static_assert(!chain_view.controller_of("D").value().has_value());
static_assert(chain_view.ultimate_controller("nobody").error().code == ownership_errc::unknown_party);
static_assert(chain_view.controller_of("A", {10000}).error().code == ownership_errc::invalid_control_threshold);
// A higher threshold breaks the chain at the first link.
static_assert(chain_view.ultimate_controller("A", {6000})->links == 0);

// 50 % is not control; 50.01 % is.
constexpr std::array<holding, 2> half{{{"B", 5000}, {"C", 5000}}};
constexpr std::array<holding, 2> just_over{{{"B", 5001}, {"C", 4999}}};
constexpr std::array<party, 3> halves{{company("A", half), company("B"), company("C")}};
constexpr std::array<party, 3> over{{company("A", just_over), company("B"), company("C")}};
static_assert(ownership_view::checked(halves).ultimate_controller("A")->links == 0);
static_assert(ownership_view::checked(over).ultimate_controller("A")->ultimate.id == "B");
// A caller's threshold below 50 %: two owners pass it.
static_assert(ownership_view::checked(halves).controller_of("A", {2500}).error().code == ownership_errc::ambiguous_control);

// A cycle is an error naming it, never a hang.
constexpr std::array<holding, 1> b_by_a{{{"A", 6000}}};
constexpr std::array<party, 2> cycle2{{company("A", a_by_b), company("B", b_by_a)}};
static_assert(ownership_view::make(cycle2).error().code == ownership_errc::ownership_cycle);
static_assert(ownership_view(cycle2).ultimate_controller("A").error().context.view() == "A -> B -> A");
// A chain that runs into a cycle further up: X <- A <- B <- A.
constexpr std::array<holding, 1> x_by_a{{{"A", 9000}}};
constexpr std::array<party, 3> tail{{company("X", x_by_a), company("A", a_by_b), company("B", b_by_a)}};
static_assert(ownership_view(tail).ultimate_controller("X").error().context.view() == "A -> B -> A");
static_assert(ownership_view(tail).ultimate_controller("X").error().id() == "OVS-E254");
// A cross-holding below control is no cycle of control.
constexpr std::array<holding, 1> a_10_by_b{{{"B", 1000}}};
constexpr std::array<holding, 1> b_10_by_a{{{"A", 1000}}};
static_assert(ownership_view::make(std::array<party, 2>{{company("A", a_10_by_b), company("B", b_10_by_a)}}).has_value());

// Bad stakes and ids.
constexpr std::array<holding, 2> too_much{{{"B", 6000}, {"C", 4001}}};
constexpr std::array<holding, 1> above_whole{{{"B", 10001}}};
constexpr std::array<holding, 1> ghost{{{"nobody", 100}}};
static_assert(ownership_view::make(std::array<party, 3>{{company("A", too_much), company("B"), company("C")}}).error().code ==
              ownership_errc::stakes_exceed_whole);
static_assert(ownership_view::make(std::array<party, 2>{{company("A", above_whole), company("B")}}).error().code ==
              ownership_errc::stake_out_of_range);
static_assert(ownership_view::make(std::array<party, 1>{{company("A", ghost)}}).error().code == ownership_errc::unknown_party);
static_assert(ownership_view::make(std::array<party, 2>{{company("A"), company("A")}}).error().code ==
              ownership_errc::duplicate_party);

// The worked example: obligations inherited through control from a state.
constexpr date when = date{2025, 7, 7};
constexpr auto bound = binding_obligations(law::obligations, fixture::owners, "example-storage-es", when);
static_assert(bound.has_value());
static_assert(bound->size() == 8);  // four obligations, each through the CN group and through the state
static_assert(bound->contains(obligation_kind::intelligence_cooperation_duty));
static_assert(bound->contains(obligation_kind::blocking_statute));
static_assert(!bound->contains(obligation_kind::compelled_disclosure));
static_assert(!bound->contains(law::obligations[2]));  // CSL Art. 28: no network operator in CN
static_assert((*bound)[0].duty == &law::obligations[0] && (*bound)[0].through == "example-group-cn");
static_assert((*bound)[0].depth == 2 && (*bound)[0].inherited() && (*bound)[0].how == nexus::incorporation);
static_assert((*bound)[4].through == "cn-state" && (*bound)[4].depth == 3);
// Before the National Intelligence Law was in force, only the older laws bind.
static_assert(binding_obligations(law::obligations, fixture::owners, "example-storage-es", date{2016, 1, 1})->size() == 2);
// At 50.00 % instead of 50.01 % nobody controls the Dutch holding: nothing is inherited.
static_assert(binding_obligations(law::obligations, fixture::owners, "example-storage-es", when, {5001})->empty());

// Sanctions: Art. 5k targets the Russian-owned supplier and binds Spanish, not Norwegian, buyers.
constexpr auto targeted = sanction_findings(law::obligations, fixture::owners, "russian-owned-de", when);
static_assert(targeted->size() == 1 && (*targeted)[0].through == "ru-parent" && (*targeted)[0].depth == 1);
static_assert(sanction_findings(law::obligations, fixture::owners, "russian-owned-de", date{2022, 4, 8})->empty());
static_assert(sanction_findings(law::obligations, fixture::owners, "example-storage-es", when)->empty());
static_assert(law::obligations[9].binds_authority_of("ES", when));
static_assert(!law::obligations[9].binds_authority_of("NO", when));
static_assert(law::obligations[9].target->subcontract_share_above == 1000);

// FISA s.702: status unknown after its 2026-04-20 sunset, never silently dropped or kept.
static_assert(us::fisa_section_702.status_on(date{2026, 4, 20}) == force_status::in_force);
static_assert(us::fisa_section_702.status_on(date{2026, 4, 21}) == force_status::unknown);
constexpr std::array<holding, 0> none{};
constexpr std::array<supplier, 1> us_cloud{{{"us-cloud", "Example Cloud Inc.", country{"US"}, country{"US"}, none,
                                             activity::communication_service_provider}}};
constexpr ownership_view us_view(std::span<const party>{}, us_cloud);
static_assert(binding_obligations(law::obligations, us_view, "us-cloud", date{2025, 1, 1})->size() == 2);
static_assert((*binding_obligations(law::obligations, us_view, "us-cloud", date{2026, 5, 1}))[1].status ==
              force_status::unknown);

// Supplier facts.
constexpr const supplier& storage = entity_of<fixture::example_storage_iberia>();
static_assert(storage.designated(designation_kind::high_risk_supplier, when) == truth::true_);
static_assert(storage.designated(designation_kind::high_risk_supplier, date{2023, 1, 1}) == truth::false_);
static_assert(storage.cleared_level(clearance_scheme::national, when) == classification::restricted);
static_assert(!storage.cleared_level(clearance_scheme::nato, when).has_value());
static_assert(storage.certified(certification_kind::cryptologic_approval, when) == truth::true_);

// Declared entities and values read the same way.
static_assert(DeclaredEntityOf<fixture::example_storage_iberia, supplier>);
static_assert(!DeclaredEntityOf<fixture::example_storage_iberia, contract>);
static_assert(!DeclaredEntityOf<supplier, supplier>);
static_assert(EntityOf<supplier, supplier> && EntityOf<fixture::example_storage_iberia, supplier>);
static_assert(&entity_of(fixture::example_storage_iberia{}) == &fixture::example_storage_iberia::value);
static_assert(&entity_of(fixture::storage_contract) == &fixture::storage_contract);

// Contracts.
static_assert(fixture::storage_contract.needs_facility_clearance());
static_assert(fixture::storage_contract.subcontracted_to("russian-owned-de").value() == 1'476'000_eur);
static_assert(fixture::storage_contract.subcontracted_to("nobody").value() == 0_eur);
constexpr std::array<option, 2> options{{{1'000'000_eur, 3}, {500'000_eur}}};
static_assert(estimate_value(10'000'000_eur, options).value() == 13'500'000_eur);
static_assert(estimate_value(money::minor(-1, "EUR"), options).error().code == contract_errc::negative_value);
constexpr std::array<option, 1> huge{{{money::minor(std::numeric_limits<std::int64_t>::max() / 2, "EUR"), 3}}};
static_assert(estimate_value(1_eur, huge).error().code == contract_errc::value_overflow);
constexpr std::array<option, 1> dollars{{{money::units(1, "USD").value()}}};
static_assert(estimate_value(1_eur, dollars).error().code == contract_errc::currency_mismatch);

constexpr contract with(contract c, std::span<const subcontract> subs) {
  c.subcontracts = subs;
  return c;
}
constexpr std::array<subcontract, 1> over_value{{{"x", share::amount(12'300'001_eur)}}};
constexpr std::array<subcontract, 2> over_in_total{{{"x", share::basis_points(6000)}, {"y", share::basis_points(5000)}}};
constexpr std::array<subcontract, 1> bad_bp{{{"x", share::basis_points(10001)}}};
constexpr std::array<subcontract, 1> negative{{{"x", share::amount(money::minor(-1, "EUR"))}}};
constexpr std::array<subcontract, 1> in_dollars{{{"x", share::amount(money::units(1, "USD").value())}}};
static_assert(validate(with(fixture::storage_contract, over_value)).error().code == contract_errc::subcontract_exceeds_value);
static_assert(validate(with(fixture::storage_contract, over_in_total)).error().code == contract_errc::subcontract_exceeds_value);
static_assert(validate(with(fixture::storage_contract, bad_bp)).error().code == contract_errc::share_out_of_range);
static_assert(validate(with(fixture::storage_contract, negative)).error().code == contract_errc::negative_value);
static_assert(validate(with(fixture::storage_contract, in_dollars)).error().code == contract_errc::currency_mismatch);
constexpr contract backdated = [] {
  contract c = fixture::storage_contract;
  c.signed_on = date{2025, 2, 1};
  return c;
}();
static_assert(validate(backdated).error().code == contract_errc::signed_before_launch);
constexpr contract negative_value = [] {
  contract c = fixture::storage_contract;
  c.estimated_value = money::minor(-1, "EUR");
  return c;
}();
static_assert(validate(negative_value).error().code == contract_errc::negative_value);
}  // namespace
