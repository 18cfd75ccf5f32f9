// Spain, July 2025: storage for SITEL, the national lawful-interception system, bought from
// Huawei, decided against the library's shipped policies.
//
// On 7 July 2025 The Objective reported that Spain's Ministry of the Interior had awarded
// contracts worth EUR 12.3 million to Huawei for managing the storage of court-ordered
// interceptions (facts sheet 8.2.1). This program states the facts it assumes (each with its
// source and confidence), decides the case with `policies::sitel::policy` (every shipped
// encoding, combined with deny-overrides), prints each finding with its legal basis, the
// obligations and the remedies, shows where the case stands in an approval workflow whose
// guards are the same policy, the national cryptologic approval and the consent of the other
// member states, and decides it again under each reading where reports disagree:
// - a certification by the national cryptologic authority (CCN) vs a claimed compliance with CCN
//   guides (facts sheet 8.2.3, 8.2.4);
// - one contract with Huawei vs several hardware purchases through Spanish resellers (8.2.5).
// It also judges the SITEL system itself under Spain's ENS (Real Decreto 311/2022), whose
// category and conformity the reports do not give: as reported, with a declaration, certified.
//
// The consent of the other member states for collective-defence contracts is a PROPOSAL, not
// law in force (facts sheet 8.2.11); the example applies it to show what it would ask.
#include <oversight/domain.hpp>
#include <oversight/domain/designations.hpp>
#include <oversight/domain/money_text.hpp>
#include <oversight/oversight.hpp>
#include <oversight/policies/collective_defence.hpp>
#include <oversight/policies/ens.hpp>
#include <oversight/policies/sitel.hpp>
#include <oversight/workflow/rules_guard.hpp>

#include <array>
#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sitel_case {

using namespace oversight;
namespace wf = oversight::workflow;

// ---- the facts assumed, with their sources ------------------------------------------------------

struct assumption {
  std::string_view fact;
  std::string_view source;  // facts sheet item and the source it records
  std::string_view confidence;
};

inline constexpr std::array<assumption, 14> assumptions{{
    {"buyer: Spain's Ministry of the Interior (central government)", "8.2.1 The Objective, 7 Jul 2025", "H"},
    {"value: EUR 12.3 million in total (centralised contracts 2021-2025)", "8.2.1 The Objective, 7 Jul 2025", "H"},
    {"purpose: storage of SITEL's lawful-interception data", "8.1.1, 8.2.1", "H"},
    {"supplier: Huawei, incorporated and headquartered in China", "8.2.1; company registration", "H"},
    {"the Commission considers Huawei a high-risk supplier (15 Jun 2023)", "6.4 Commission communication", "H"},
    {"the supplier manages the storage: access to content, firmware and remote support",
     "8.2.1 (manage the storage); assumed from the reports' objections", "L"},
    {"no classified information is recorded for the contract: treated as unclassified", "not reported; assumed", "L"},
    {"no subcontractor is reported, nor an Art. 346 TFEU measure or a 2009/81 exclusion", "none reported; assumed",
     "L"},
    {"CPV: IT services 72000000-5 (managing the storage); media storage 30233000-1 (resellers)",
     "not reported; assumed from the object", "L"},
    {"no contractor acts for a Russian person (Reg. 833/2014 Art. 5k(1)(c))", "none reported; assumed", "L"},
    {"whether a notice was published EU-wide, and the launch date: not known",
     "8.2.1 (national platform only); dates unverified", "-"},
    {"collective defence: treated as such, to apply the consent PROPOSAL", "8.2.11 (unverified proposal)", "-"},
    {"resellers reading: hardware only, no data access; per-purchase values not reported, the total is used",
     "8.2.5 elplural.com, newsn24.de", "M"},
    {"SITEL under the ENS: confidentiality ALTO (court-ordered interceptions), the other dimensions MEDIO; "
     "its ENS conformity not public",
     "8.2.3 (compliance claimed), 8.3; the levels assumed", "L"},
}};

// The SITEL system as the ENS judges it (Real Decreto 311/2022): the levels are the example's
// assumption; whether a declaration or a certification of conformity exists is not reported.
inline constexpr policies::ens::information_system sitel_system{
    policies::ens::level::alto,  policies::ens::level::medio, policies::ens::level::medio,
    policies::ens::level::medio, policies::ens::level::medio, std::nullopt};

// ---- the supplier, as each reading describes it -------------------------------------------------

// Huawei's designation as a high-risk supplier (the Commission, 15 June 2023), as the library
// ships it (oversight/domain/designations.hpp): dated, so it counts from that day only.
inline constexpr std::span<const designation> huawei_designations =
    designations::published_for("Huawei Technologies Co., Ltd.");
// Reading "certified": a CCN approval of the storage. No date is reported; the report's date is used.
inline constexpr std::array<certification, 1> ccn_approval{{
    {certification_kind::cryptologic_approval, "Centro Criptologico Nacional", country{"ES"}, "SITEL storage",
     date{2025, 7, 7}},
}};

inline constexpr supplier huawei{.id = "huawei",
                                 .name = "Huawei Technologies Co., Ltd.",
                                 .incorporated_in = country{"CN"},
                                 .headquarters = country{"CN"},
                                 .designations = huawei_designations,
                                 .acts_for_russian_person = false};
inline constexpr supplier huawei_ccn_certified{.id = "huawei",
                                               .name = "Huawei Technologies Co., Ltd.",
                                               .incorporated_in = country{"CN"},
                                               .headquarters = country{"CN"},
                                               .designations = huawei_designations,
                                               .certifications = ccn_approval,
                                               .acts_for_russian_person = false};
// Reading "resellers": the contractor is a Spanish reseller of Huawei, Dell and IBM hardware.
inline constexpr supplier reseller{.id = "es-reseller",
                                   .name = "a Spanish reseller (not named in the reports)",
                                   .incorporated_in = country{"ES"},
                                   .headquarters = country{"ES"},
                                   .acts_for_russian_person = false};

inline constexpr std::array<supplier, 2> registry{{huawei, reseller}};
inline constexpr ownership_view owners = ownership_view::checked({}, registry);

inline constexpr std::array<cpv_code, 1> it_services{{cpv_code{"72000000-5"}}};
inline constexpr std::array<cpv_code, 1> storage_devices{{cpv_code{"30233000-1"}}};

inline constexpr contracting_authority ministry{"Ministerio del Interior", country{"ES"}, authority_kind::central_government};

/// The contract as The Objective reported it: the supplier manages the storage.
inline constexpr contract huawei_contract = contract_checked({
    .id = "sitel-storage",
    .authority = ministry,
    .main_supplier = "huawei",
    .estimated_value = money::minor(12'300'000'00, "EUR"),
    .object = contract_object::services,
    .cpv = it_services,
    .subcontracts = no_subcontracts,
    .field = sector::justice_and_home_affairs,
    .aim = purpose::lawful_interception,
    .supplier_access = data_access::content,
    .firmware_and_updates = update_control::supplier,
    .remote_maintenance = true,
    .highest_classification = security_level::none,
    .collective_defence = true,
});

/// The counter-reading: hardware bought through a reseller; the manufacturer keeps the firmware.
inline constexpr contract reseller_purchases = contract_checked({
    .id = "sitel-storage-hardware",
    .authority = ministry,
    .main_supplier = "es-reseller",
    .estimated_value = money::minor(12'300'000'00, "EUR"),
    .object = contract_object::supplies,
    .cpv = storage_devices,
    .subcontracts = no_subcontracts,
    .field = sector::justice_and_home_affairs,
    .aim = purpose::lawful_interception,
    .supplier_access = data_access::none,
    .firmware_and_updates = update_control::third_party,
    .remote_maintenance = false,
    .highest_classification = security_level::none,
    .collective_defence = true,
});

inline constexpr date reported{2025, 7, 7};

/// What is known of the procedure: no notice is reported beyond the national platform (whether
/// one was published EU-wide stays unknown), and no Art. 346 TFEU measure or 2009/81 exclusion.
inline constexpr procedure_record procedure{.eu_wide_notice = std::nullopt,
                                            .essential_security_interest_invoked = false,
                                            .excluded_under = exclusion_ground::none};

// ---- the approval workflow: the same policies, the cryptologic approval, the consent -------------

// The shipped policies without the consent proposal, for the first step; the whole SITEL policy
// (which holds the proposal too) guards the signature, once the other member states have voted.
inline constexpr auto screening_policy = oversight::policy<"sitel.screening", combining::deny_overrides>(
    policies::thresholds::policy, policies::dir_2009_81::policy, policies::hrs::policy,
    policies::foreign_access::policy, policies::sanctions::policy, policies::industrial_security::policy);

constexpr context on_the_day(const screening& s) { return as_of(s.on); }
inline constexpr auto screened = wf::guard_by(screening_policy, "the shipped policies", &on_the_day);
inline constexpr auto crypto_approved = wf::guard_if(
    "crypto.approved",
    [](const screening& s) {
      for (const auto& c : s.main_supplier->certifications)
        if (c.kind == certification_kind::cryptologic_approval && c.valid.contains(s.on)) return true;
      return false;
    },
    wf::reason{"crypto.approved", "no cryptologic approval of the product is recorded"});
// The vote of the proposal's default consent rule: unanimity in which abstention does not block.
inline constexpr consent::unanimity consent_vote{consent::abstention::does_not_block};
constexpr const consent::ballot_box& ballots_of(const screening& s) { return *s.other_states_consent; }
inline constexpr auto consented = wf::guard_by(consent_vote, "consent of the other member states", &ballots_of);
inline constexpr auto signable = wf::guard_by(policies::sitel::policy, "every shipped policy", &on_the_day);

inline constexpr auto approval = wf::make_workflow<"sitel_storage_approval">(
    wf::initial<"proposed">, wf::terminal<"signed", "refused">,
    wf::state<"proposed"> + wf::event<"screen"> [screened] = wf::state<"crypto_review">,
    wf::state<"crypto_review"> + wf::event<"approve"> [crypto_approved] = wf::state<"consent">,
    wf::state<"consent"> + wf::event<"close_vote"> [consented] = wf::state<"signature">,
    wf::state<"consent"> + wf::event<"close_vote"> [wf::unless(consented)] = wf::state<"refused">,
    wf::state<"signature"> + wf::event<"sign"> [signable] = wf::state<"signed">);

// No signature without the screening, the cryptologic approval and the other states' consent.
static_assert(wf::every_path_passes_through(approval, wf::state<"signed">, wf::state<"consent">));
static_assert(wf::every_path_passes_through(approval, wf::state<"signed">, wf::state<"crypto_review">));

// ---- printing -----------------------------------------------------------------------------------

void print_assumptions() {
  std::printf("Facts assumed (facts sheet item, source; confidence H/M/L):\n");
  for (const auto& a : assumptions)
    std::printf("  - %.*s\n      [%.*s; %.*s]\n", static_cast<int>(a.fact.size()), a.fact.data(),
                static_cast<int>(a.source.size()), a.source.data(), static_cast<int>(a.confidence.size()),
                a.confidence.data());
  std::printf("\n");
}

// The guard's reasons: rule ids for a policy, the guard's own text otherwise.
void print_reasons(const wf::guard_result& g) {
  const char* what = g.pending() ? "pending" : g.refused() ? "refused by" : "allowed";
  std::printf(" (%s", what);
  for (std::size_t i = 0; i < g.reasons.size(); ++i)
    std::printf("%s %.*s", i == 0 ? ":" : ",", static_cast<int>(g.reasons[i].id.size()), g.reasons[i].id.data());
  if (g.pending() && !g.reasons.empty())
    std::printf(": %.*s", static_cast<int>(g.reasons[0].text.view().size()), g.reasons[0].text.view().data());
  std::printf(")\n");
}

void print_workflow(const screening& s) {
  const wf::instant start{s.on, 9 * 3600};
  wf::instance<approval, screening> run(start);
  const wf::actor ministry_actor{"ES-MoI", "contracting-authority"};
  for (const std::string_view event : {"screen", "approve", "close_vote", "sign"}) {
    const auto step = run.apply(s, event, {start, ministry_actor, ""});
    const std::string_view state = step.state();
    std::printf("  %.*s: %s %.*s", static_cast<int>(event.size()), event.data(), step ? "now in" : "stays in",
                static_cast<int>(state.size()), state.data());
    if (step) {
      std::printf("\n");
      continue;
    }
    print_reasons(step.guard());
    break;
  }
}

void print_findings_briefly(const explanation& e) {
  for (const auto& f : e.findings)
    std::printf("    %s [%s]: %s\n", f.rule_id.c_str(), finding_label(f).data(), f.message.c_str());
}

void print_ens(std::string_view reading, std::optional<policies::ens::conformity> shown) {
  policies::ens::information_system system = sitel_system;
  system.shown_by = shown;
  const explanation e = explain(policies::ens::policy, system);
  std::printf("  %-46.*s %s\n", static_cast<int>(reading.size()), reading.data(), to_string_view(e.verdict.kind).data());
  print_findings_briefly(e);
}

void print_verdict(std::string_view reading, const screening& s) {
  const verdict v = check(policies::sitel::policy, s);  // judged on the screening's own day
  std::printf("  %-46.*s %s\n", static_cast<int>(reading.size()), reading.data(), to_string_view(v.kind).data());
}

}  // namespace sitel_case

int main() {
  using namespace sitel_case;
  std::printf("SITEL storage (Spain, reported 7 July 2025) against policy %s\n\n",
              std::string(decltype(oversight::policies::sitel::policy)::id()).c_str());
  print_assumptions();

  // The proposal's vote of the other member states: opened on the day, nobody has answered yet.
  static const oversight::consent::electorate others =
      oversight::consent::all_other_members(
          oversight::consent::make_electorate(oversight::consent::presets::eu_members, reported).value(),
          oversight::country{"ES"})
          .value();
  const oversight::consent::ballot_box vote(others, reported);

  // ---- the case as reported: the decision, every finding with its basis, trace and remedies ----
  const screening as_reported{.deal = huawei_contract, .main_supplier = huawei, .owners = owners, .on = reported,
                              .procedure = procedure, .other_states_consent = &vote};
  const oversight::explanation decision = oversight::explain(oversight::policies::sitel::policy, as_reported,
                                                             oversight::as_of(reported));
  std::printf("== The decision, as reported\n%s", oversight::to_text(decision).c_str());
  if (decision.obligations.empty()) std::printf("obligations: none (no finding that decided carries one)\n");
  std::printf("\n== Where the case stands in the approval workflow\n");
  print_workflow(as_reported);

  // ---- where reports disagree, the decision under each reading ----------------------------------
  std::printf("\n== Certified by the CCN, or compliance with CCN guides claimed (facts sheet 8.2.3, 8.2.4)\n");
  const screening certified{.deal = huawei_contract, .main_supplier = huawei_ccn_certified, .owners = owners,
                            .on = reported, .procedure = procedure, .other_states_consent = &vote};
  print_verdict("compliance with CCN guides claimed", as_reported);
  print_verdict("certified by the CCN", certified);
  std::printf("  No shipped rule reads a cryptologic certification: it is a step of the workflow.\n");
  std::printf("  the cryptologic step, compliance claimed");
  print_reasons(crypto_approved.check(as_reported));
  std::printf("  the cryptologic step, certified");
  print_reasons(crypto_approved.check(certified));

  std::printf("\n== The SITEL system under the ENS, Real Decreto 311/2022 (facts sheet 8.2.3, 8.3)\n");
  std::printf("  category from the dimensions assumed: %s\n",
              std::string(to_string_view(*policies::ens::category_of(sitel_system))).c_str());
  print_ens("conformity not reported (as reported)", std::nullopt);
  print_ens("a declaration of conformity only", policies::ens::conformity::declaration);
  print_ens("certified under the ENS", policies::ens::conformity::certification);

  std::printf("\n== One contract with Huawei, or purchases through Spanish resellers (facts sheet 8.2.5)\n");
  const screening resellers{.deal = reseller_purchases, .main_supplier = reseller, .owners = owners, .on = reported,
                            .procedure = procedure, .other_states_consent = &vote};
  print_verdict("one contract with Huawei", as_reported);
  print_verdict("hardware through Spanish resellers", resellers);
  print_findings_briefly(oversight::explain(oversight::policies::sitel::policy, resellers, oversight::as_of(reported)));
  print_workflow(resellers);
}
