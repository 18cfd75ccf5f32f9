// A tour of the shipped policies: each rule decided on both sides of its boundary, at compile
// time (static_assert) and again at run time (the table this program prints). docs/policies.md
// quotes this file; every contract here is built with the library's own vocabulary.
#include <oversight/oversight.hpp>
#include <oversight/policies.hpp>

#include <array>
#include <cstdio>
#include <string_view>

namespace tour {

using namespace oversight;
namespace pol = oversight::policies;

// ---- the suppliers, and who owns them ------------------------------------------------------------

inline constexpr std::array<holding, 1> half_russian{{{"ru-parent", 5000}}};      // exactly 50 %
inline constexpr std::array<holding, 1> majority_russian{{{"ru-parent", 5100}}};  // 51 %
inline constexpr std::array<party, 1> parents{{
    {"ru-parent", "Example Russian Parent JSC", party_kind::company, country{"RU"}, country{"RU"}},
}};
inline constexpr std::array<supplier, 5> suppliers{{
    {.id = "integrator-fr", .name = "Example Integrator SAS", .incorporated_in = country{"FR"},
     .headquarters = country{"FR"}, .acts_for_russian_person = false},
    {.id = "ru-half-de", .name = "Example Half-Russian GmbH", .incorporated_in = country{"DE"},
     .headquarters = country{"DE"}, .owners = half_russian, .acts_for_russian_person = false},
    {.id = "ru-51-de", .name = "Example Russian-majority GmbH", .incorporated_in = country{"DE"},
     .headquarters = country{"DE"}, .owners = majority_russian, .acts_for_russian_person = false},
    {.id = "agent-it", .name = "Example Agent S.r.l.", .incorporated_in = country{"IT"},
     .headquarters = country{"IT"}, .acts_for_russian_person = true},
    // Whether it acts for a Russian person is not recorded.
    {.id = "cloud-ie", .name = "Example Cloud Ireland Ltd", .incorporated_in = country{"IE"},
     .headquarters = country{"IE"}},
}};
inline constexpr ownership_view owners = ownership_view::checked(parents, suppliers);

// ---- contracts -----------------------------------------------------------------------------------

/// What is known of every procedure of the tour, unless a case says otherwise: no EU-wide notice,
/// no Art. 346 TFEU measure, no 2009/81 exclusion.
inline constexpr procedure_record no_notice{.eu_wide_notice = false,
                                            .essential_security_interest_invoked = false,
                                            .excluded_under = exclusion_ground::none};

/// A contract of a Spanish central government authority outside the field of defence, for
/// general purposes, with everything the security rules read recorded as absent.
constexpr contract supplies(money value, date launched, std::span<const cpv_code> cpv = no_cpv_codes) {
  return contract{.id = "tour",
                  .authority = {"Example Ministry", country{"ES"}, authority_kind::central_government, false},
                  .main_supplier = "integrator-fr",
                  .estimated_value = value,
                  .object = contract_object::supplies,
                  .cpv = cpv,
                  .subcontracts = no_subcontracts,
                  .field = sector::general,
                  .aim = purpose::general,
                  .supplier_access = data_access::none,
                  .firmware_and_updates = update_control::contracting_authority,
                  .remote_maintenance = false,
                  .highest_classification = security_level::none,
                  .collective_defence = false,
                  .launched = launched,
                  .framework = not_a_call_off};
}

/// The verdict of `policy` on `c` with supplier `supplier_id`, judged on day `on`.
template <class Policy>
constexpr verdict_kind decide(const Policy& policy, const contract& c, std::string_view supplier_id = "integrator-fr",
                              date on = date{2026, 3, 1}, procedure_record procedure = no_notice) {
  const screening s{.deal = c,
                    .main_supplier = *owners.find_supplier(supplier_id),
                    .owners = owners,
                    .on = on,
                    .procedure = procedure};
  return check(policy, s, as_of(on)).kind;
}

constexpr money eur(std::int64_t cents) { return money::minor(cents, currency{"EUR"}); }
constexpr money sek(std::int64_t ore) { return money::minor(ore, currency{"SEK"}); }
using vk = verdict_kind;
namespace th = pol::thresholds;

// ---- thresholds ----------------------------------------------------------------------------------

// Equal to the threshold counts (2014/24 Art. 4: "equal to or greater than"), judged by the
// thresholds in force on the launch day.
static_assert(decide(th::policy, supplies(eur(143'000'00), date{2025, 3, 3})) == vk::deny);
static_assert(decide(th::policy, supplies(eur(142'999'99), date{2025, 3, 3})) == vk::permit);
static_assert(decide(th::policy, supplies(eur(140'000'00), date{2025, 12, 31})) == vk::permit);
static_assert(decide(th::policy, supplies(eur(140'000'00), date{2026, 1, 1})) == vk::deny);

/// Services of a health service, social and other specific services or not, or not recorded.
constexpr contract services(money value, date launched, std::optional<bool> social) {
  contract c = supplies(value, launched);
  c.object = contract_object::services;
  c.social_services = social;
  return c;
}
static_assert(decide(th::policy, services(eur(750'000'00), date{2026, 1, 1}, true)) == vk::deny);
static_assert(decide(th::policy, services(eur(749'999'99), date{2026, 1, 1}, true)) == vk::permit);
static_assert(decide(th::policy, services(eur(140'000'00), date{2026, 1, 1}, false)) == vk::deny);
// Not recorded: undecided only between the candidate figures, decided above and below both.
static_assert(decide(th::policy, services(eur(500'000'00), date{2026, 1, 1}, std::nullopt)) == vk::indeterminate);
static_assert(decide(th::policy, services(eur(750'000'00), date{2026, 1, 1}, std::nullopt)) == vk::deny);
static_assert(decide(th::policy, services(eur(139'999'99), date{2026, 1, 1}, std::nullopt)) == vk::permit);

// In a member state outside the euro area, its own currency's figure (SEK 1,546,202 for
// central government supplies in 2024-2025, notice C/2023/902).
constexpr contract swedish(money value, date launched) {
  contract c = supplies(value, launched);
  c.authority.state = country{"SE"};
  return c;
}
static_assert(decide(th::policy, swedish(sek(1'546'202'00), date{2024, 5, 1}), "integrator-fr", date{2024, 6, 1}) ==
              vk::deny);
static_assert(decide(th::policy, swedish(sek(1'546'201'99), date{2024, 5, 1}), "integrator-fr", date{2024, 6, 1}) ==
              vk::permit);
// A buyer outside the EU: the directives do not apply (procurement.outside-eu says so).
constexpr contract ukrainian(money value) {
  contract c = supplies(value, date{2025, 3, 3});
  c.authority.state = country{"UA"};
  return c;
}
static_assert(decide(th::policy, ukrainian(eur(10'000'000'00))) == vk::permit);

// ---- sanctions and the IPI measure ---------------------------------------------------------------

namespace sa = pol::sanctions;
// Art. 5k(1)(b): more than 50 % owned by a Russian person; (c): acting at its direction; not
// recorded whether it does: undecided.
static_assert(decide(sa::policy, supplies(eur(1'000'000'00), date{2025, 3, 3}), "ru-half-de") == vk::permit);
static_assert(decide(sa::policy, supplies(eur(1'000'000'00), date{2025, 3, 3}), "ru-51-de") == vk::deny);
static_assert(decide(sa::policy, supplies(eur(1'000'000'00), date{2025, 3, 3}), "agent-it") == vk::deny);
static_assert(decide(sa::policy, supplies(eur(1'000'000'00), date{2025, 3, 3}), "cloud-ie") == vk::indeterminate);

// The IPI measure on medical devices (CPV 33100000-1 to 33199000-1): PRC-origin products at most
// 50 % of a tender of EUR 5 million or more launched on or after 30 June 2025.
inline constexpr std::array<cpv_code, 1> medical_devices{{cpv_code{"33100000-1"}}};
constexpr contract medical(std::uint16_t prc_share_bp) {
  contract c = supplies(eur(6'000'000'00), date{2026, 2, 1}, medical_devices);
  c.prc_origin_share_bp = prc_share_bp;
  return c;
}
static_assert(decide(sa::policy, medical(5000)) == vk::permit);
static_assert(decide(sa::policy, medical(5001)) == vk::deny);
// A call-off is judged by its framework agreement's procedure (IPI Regulation Art. 8): one
// launched before 30 June 2025 is outside the measure, whatever the call-off's own launch.
inline constexpr framework_agreement imaging{.id = "FA-2025-031", .launched = date{2025, 3, 3},
                                             .estimated_value = eur(12'000'000'00)};
constexpr contract called_off(std::uint16_t prc_share_bp) {
  contract c = medical(prc_share_bp);
  c.framework = &imaging;
  return c;
}
static_assert(decide(sa::policy, called_off(9000)) == vk::permit);

// ---- Directive 2009/81/EC and Art. 346 TFEU ------------------------------------------------------

namespace d81 = pol::dir_2009_81;
/// Military equipment (a defence purpose), or storage for a lawful-interception system holding
/// CONFIDENTIAL information (sensitive, not military).
constexpr contract military() {
  contract c = supplies(eur(1'000'000'00), date{2025, 3, 3});
  c.aim = purpose::defence;
  return c;
}
constexpr contract sensitive() {
  contract c = supplies(eur(1'000'000'00), date{2025, 3, 3});
  c.aim = purpose::lawful_interception;
  c.highest_classification = security_level::confidential;
  return c;
}
inline constexpr procedure_record art346{.eu_wide_notice = false,
                                         .essential_security_interest_invoked = true,
                                         .excluded_under = exclusion_ground::none};
// Without a notice, both are denied; Art. 346 exempts the military contract, and its last clause
// reinstates the directive for the sensitive one.
static_assert(decide(d81::policy, military()) == vk::deny);
static_assert(decide(d81::policy, military(), "integrator-fr", date{2026, 3, 1}, art346) == vk::permit);
static_assert(decide(d81::policy, sensitive(), "integrator-fr", date{2026, 3, 1}, art346) == vk::deny);

// ---- the collective-defence consent (a proposal) -------------------------------------------------

namespace cd = pol::collective_defence;
enum class answer : std::uint8_t { none, yes, abstain, no };

/// ES signs a collective-defence contract; FR and DE, the other members, vote: FR yes, DE `de`.
template <class Policy>
constexpr verdict_kind collective_defence_vote(const Policy& policy, answer de) {
  constexpr std::array<consent::membership, 3> members{{{country{"ES"}, date{1986, 1, 1}},
                                                        {country{"FR"}, date{1958, 1, 1}},
                                                        {country{"DE"}, date{1958, 1, 1}}}};
  const auto all = consent::make_electorate(members, date{2025, 7, 1});
  const auto others = consent::all_other_members(*all, country{"ES"});
  consent::ballot_box box(*others, date{2025, 7, 1});
  (void)box.cast(country{"FR"}, consent::ballot::yes);
  if (de == answer::yes) (void)box.cast(country{"DE"}, consent::ballot::yes);
  if (de == answer::abstain) (void)box.cast(country{"DE"}, consent::ballot::abstain);
  if (de == answer::no) (void)box.cast(country{"DE"}, consent::ballot::no);
  contract c = supplies(eur(100'000'00), date{2025, 3, 3});
  c.collective_defence = true;
  const screening s{.deal = c,
                    .main_supplier = *owners.find_supplier("integrator-fr"),
                    .owners = owners,
                    .on = date{2025, 7, 7},
                    .procedure = no_notice,
                    .other_states_consent = &box};
  return check(policy, s).kind;  // on the screening's own day, s.on
}
// Abstention does not block (the default vote copies Art. 238(4) TFEU); no answer yet is a review;
// an objection, a deny.
static_assert(collective_defence_vote(cd::policy, answer::abstain) == vk::permit);
static_assert(collective_defence_vote(cd::policy, answer::none) == vk::review);
static_assert(collective_defence_vote(cd::policy, answer::no) == vk::deny);
static_assert(collective_defence_vote(cd::policy_with<consent::unanimity{consent::abstention::blocks}>,
                                      answer::abstain) != vk::permit);

}  // namespace tour

int main() {
  using namespace tour;
  struct row {
    std::string_view what;
    verdict_kind verdict;
  };
  const row rows[] = {
      {"EUR 143,000.00 of supplies, launched 2025-03-03", decide(th::policy, supplies(eur(143'000'00), date{2025, 3, 3}))},
      {"EUR 142,999.99 of supplies, launched 2025-03-03", decide(th::policy, supplies(eur(142'999'99), date{2025, 3, 3}))},
      {"EUR 140,000.00 of supplies, launched 2026-01-01", decide(th::policy, supplies(eur(140'000'00), date{2026, 1, 1}))},
      {"EUR 500,000.00 of services, social or not: not recorded",
       decide(th::policy, services(eur(500'000'00), date{2026, 1, 1}, std::nullopt))},
      {"SEK 1,546,202.00 of supplies in Sweden, 2024",
       decide(th::policy, swedish(sek(1'546'202'00), date{2024, 5, 1}), "integrator-fr", date{2024, 6, 1})},
      {"EUR 10 million of supplies in Ukraine", decide(th::policy, ukrainian(eur(10'000'000'00)))},
      {"sanctions: a supplier 50 % Russian-owned",
       decide(pol::sanctions::policy, supplies(eur(1'000'000'00), date{2025, 3, 3}), "ru-half-de")},
      {"sanctions: a supplier 51 % Russian-owned",
       decide(pol::sanctions::policy, supplies(eur(1'000'000'00), date{2025, 3, 3}), "ru-51-de")},
      {"sanctions: not recorded whether it acts for a Russian person",
       decide(pol::sanctions::policy, supplies(eur(1'000'000'00), date{2025, 3, 3}), "cloud-ie")},
      {"IPI: 50.01 % PRC-origin medical devices", decide(pol::sanctions::policy, medical(5001))},
      {"2009/81: military equipment under Art. 346",
       decide(pol::dir_2009_81::policy, military(), "integrator-fr", date{2026, 3, 1}, art346)},
      {"2009/81: sensitive storage under Art. 346",
       decide(pol::dir_2009_81::policy, sensitive(), "integrator-fr", date{2026, 3, 1}, art346)},
      {"collective defence: DE abstains", collective_defence_vote(pol::collective_defence::policy, answer::abstain)},
      {"collective defence: DE has not answered", collective_defence_vote(pol::collective_defence::policy, answer::none)},
  };
  for (const row& r : rows)
    std::printf("%-62s %s\n", std::string(r.what).c_str(), std::string(oversight::to_string_view(r.verdict)).c_str());
}
