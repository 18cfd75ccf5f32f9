// The approval workflow for a collective-defence contract, run through an approval and a refusal.
//
// The case: in July 2025 Spain's Ministry of the Interior awarded the storage for SITEL, its
// lawful-interception system, to a supplier its allies consider high-risk; allies threatened to
// review intelligence sharing. The rule encoded here is the PROPOSED one, that a member state
// may not sign a collective-defence contract without the consent of the other member states.
// No adopted instrument lays this down: it is a design hypothesis of this library (see
// docs/workflow.md), and the workflow shows what such a rule would look like as a procedure:
//
//   national security review (parallel: both ministries clear; escalation after 30 days)
//   -> cryptologic approval (the storage product must be an approved security product)
//   -> consent of the other member states, by a silence procedure with a 14-day deadline
//      (no objection by the deadline means consent; NATO's practice, CRS report RS21510) and,
//      if silence is broken, a ballot decided by unanimity where abstention does not block
//      (as in the EU Council, Art. 238(4) TFEU)
//   -> signature, which opens an obligation: an independent firmware audit before go-live.
//
// The consent step's guards are the consent part's: the Council's unanimity rule (abstention
// does not block) over a ballot box whose electorate is every other EU member state.
#include <oversight/consent.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/workflow.hpp>

#include <array>
#include <cstdint>
#include <iostream>
#include <string>
#include <string_view>

namespace wf = oversight::workflow;
using namespace wf;
using oversight::country;
using oversight::date;

namespace consent = oversight::consent;
using namespace oversight::literals;

// The other member states asked for consent: the EU-27 of the day without the buyer (ES), with
// Eurostat's 1 January 2025 population figures.
inline const consent::electorate other_states =
    consent::all_other_members(
        consent::make_electorate(consent::presets::eu_members, date{2025, 9, 1}, consent::presets::eurostat_2025)
            .value(),
        "ES"_country)
        .value();

// The file the workflow's guards read: the cryptologic authority's finding, the ballot box of
// the other member states, and the firmware audit's result.
struct contract_file {
  bool product_approved = false;  // the storage product is an approved security product
  consent::ballot_box ballots{other_states, date{2025, 9, 1}};
  bool firmware_audit_passed = false;  // an independent audit of the storage firmware
};

constexpr const consent::ballot_box& ballots_of(const contract_file& c) { return c.ballots; }

// Unanimity where abstention does not block (Art. 238(4) TFEU for the EU Council; here applied
// to the proposed consent): pending while a state has not voted. Its complement allows the
// refusal transition when a state voted no.
inline constexpr auto unanimity =
    guard_by(consent::presets::eu_council_unanimity, "unanimity of the other member states", &ballots_of);
inline constexpr auto objection = unless(unanimity);


inline constexpr auto product_approved =
    guard_if("crypto.product-approved", [](const contract_file& c) { return c.product_approved; },
             reason{"crypto.product-approved", "the product is not an approved security product"});
inline constexpr auto firmware_audited =
    guard_if("firmware-audit-passed", [](const contract_file& c) { return c.firmware_audit_passed; });

inline constexpr auto collective_defence = make_workflow<"collective_defence_contract">(
    initial<"draft">, terminal<"in_service", "refused">,
    state<"draft"> + event<"submitted"> % by<"contracting-authority"> = state<"security_review">,
    state<"security_review"> + event<"cleared"> % by_all<"ministry-of-interior", "ministry-of-defence"> =
        state<"crypto_review">,
    state<"security_review"> + event<"rejected"> % by<"ministry-of-interior", "ministry-of-defence"> =
        state<"refused">,
    state<"security_review"> + after_days<30, "review_overdue"> = state<"escalated">,
    state<"escalated"> + event<"cleared"> % by<"council-of-ministers"> = state<"crypto_review">,
    state<"escalated"> + event<"rejected"> % by<"council-of-ministers"> = state<"refused">,
    state<"crypto_review"> + event<"certified"> [product_approved] % by<"cryptologic-authority"> =
        state<"silence_procedure">,
    state<"crypto_review"> + event<"rejected"> % by<"cryptologic-authority"> = state<"refused">,
    state<"silence_procedure"> + event<"silence_broken"> % by<"member-state"> = state<"consent_vote">,
    state<"silence_procedure"> + after_days<14, "silence_ended"> = state<"consent_obtained">,
    state<"consent_vote"> + event<"ballot_closed"> [unanimity] = state<"consent_obtained">,
    state<"consent_vote"> + event<"ballot_closed"> [objection] = state<"refused">,
    state<"consent_obtained"> + event<"signed"> /
            open_obligation{"firmware-audit", "independent audit of the storage firmware before go-live", days{90}} %
            by<"contracting-authority"> = state<"signed">,
    state<"signed"> + event<"went_live"> [firmware_audited] % by<"contracting-authority"> = state<"in_service">);

// The property the proposed rule is about, checked while compiling: no signature without consent.
static_assert(require_every_path_passes_through(collective_defence, state<"signed">, state<"consent_obtained">));
static_assert(require_every_path_passes_through(collective_defence, state<"signed">, state<"crypto_review">));
static_assert(!every_path_passes_through(collective_defence, state<"refused">, state<"consent_vote">));

using case_file = instance<collective_defence, contract_file>;

constexpr instant at(int y, unsigned m, unsigned d, int hour = 9) {
  return {date::from_ymd(y, m, d).value(), hour * 3600};
}

void show(std::string_view what, const step& s) {
  std::cout << "  " << what << " -> ";
  if (s) {
    std::cout << (s.outcome() == record_outcome::approval_recorded ? "approval recorded, still in " : "now in ")
              << s.state();
  } else {
    std::cout << "refused " << s.error().id() << " (" << s.error().what() << ": " << s.error().context.view() << ")";
  }
  for (const auto& r : s.guard().reasons) std::cout << "\n      reason " << r.id << ": " << r.text.view();
  std::cout << '\n';
}

void show_trail(const case_file& run) {
  for (const auto& r : run.trail()) {
    const auto when = r.at.iso();
    std::cout << "  #" << r.seq << ' ' << std::string_view(when.data(), when.size()) << ' ' << to_string(r.kind) << ' '
              << (r.name.empty() ? "-" : r.name) << " by " << r.actor << ": " << (r.from.empty() ? "*" : r.from)
              << " -> " << r.to << ' ' << to_string(r.outcome) << (r.error.empty() ? "" : " " + r.error) << '\n';
  }
}

void check_replay(const case_file& run) {
  const std::string text = write_trail(run.trail());
  auto lines = read_trail(text);
  if (!lines) {
    std::cout << "  trail unreadable: " << lines.error().id() << '\n';
    return;
  }
  auto again = case_file::replay(*lines);
  std::cout << "  trail: " << lines->size() << " JSON lines, " << text.size() << " bytes; replay "
            << (again && again->current() == run.current() && again->trail() == run.trail() ? "reproduces" : "DIFFERS")
            << " state " << run.current() << '\n';
}

int main() {
  std::cout << "Collective-defence contract workflow (" << collective_defence.name() << ")\n\n";
  std::cout << "== Mermaid\n" << to_mermaid(collective_defence) << '\n';

  // ---- An approval: both ministries clear, the product is approved, silence is kept --------
  std::cout << "== Run 1: approval by silence procedure\n";
  contract_file file;
  file.product_approved = true;
  case_file run(at(2025, 9, 1));
  show("submitted", run.apply(file, "submitted", {at(2025, 9, 1), {"ES-MoI-procurement", "contracting-authority"}, "award proposed"}));
  show("cleared by interior", run.apply(file, "cleared", {at(2025, 9, 5), {"ES-MoI", "ministry-of-interior"}, "no objection"}));
  show("cleared by defence", run.apply(file, "cleared", {at(2025, 9, 8), {"ES-MoD", "ministry-of-defence"}, "no objection"}));
  show("certified", run.apply(file, "certified", {at(2025, 9, 20), {"ES-CCN", "cryptologic-authority"}, "product approved"}));
  std::cout << "  silence deadline passes at " << std::string_view(run.next_deadline()->iso().data(), 19) << '\n';
  std::cout << "  clock at 2025-10-06: " << run.advance(file, fixed_clock{at(2025, 10, 6)}) << " record(s) added, state "
            << run.current() << '\n';
  show("signed", run.apply(file, "signed", {at(2025, 10, 7), {"ES-MoI-procurement", "contracting-authority"}, "contract signed"}));
  for (const auto& o : run.obligations())
    std::cout << "  obligation " << o.id << " due " << std::string_view(o.due->iso().data(), 10) << ": "
              << to_string(o.status) << '\n';
  show("went_live (audit not passed)", run.apply(file, "went_live", {at(2025, 11, 3), {"ES-MoI-procurement", "contracting-authority"}, "go-live"}));
  file.firmware_audit_passed = true;
  show("firmware audit fulfilled", run.fulfil(file, "firmware-audit", {at(2025, 12, 1), {"audit-lab", "auditor"}, "report delivered"}));
  show("went_live", run.apply(file, "went_live", {at(2025, 12, 2), {"ES-MoI-procurement", "contracting-authority"}, "go-live"}));
  show("signed again", run.apply(file, "signed", {at(2025, 12, 3), {"ES-MoI-procurement", "contracting-authority"}, "duplicate"}));
  show_trail(run);
  check_replay(run);
  std::cout << "\n== Run 1 as Graphviz\n" << to_dot(run) << '\n';

  // ---- A refusal: an objection breaks silence and the ballot has a "no" ---------------------
  std::cout << "== Run 2: refusal after an objection\n";
  contract_file second;
  case_file refusal(at(2025, 9, 1));
  show("submitted", refusal.apply(second, "submitted", {at(2025, 9, 1), {"ES-MoI-procurement", "contracting-authority"}, "award proposed"}));
  show("cleared by the supplier", refusal.apply(second, "cleared", {at(2025, 9, 2), {"supplier", "supplier"}, "self-assessed"}));
  show("cleared by interior", refusal.apply(second, "cleared", {at(2025, 9, 5), {"ES-MoI", "ministry-of-interior"}, "no objection"}));
  show("cleared by interior again", refusal.apply(second, "cleared", {at(2025, 9, 6), {"ES-MoI", "ministry-of-interior"}, "reminder"}));
  show("cleared by defence", refusal.apply(second, "cleared", {at(2025, 9, 8), {"ES-MoD", "ministry-of-defence"}, "no objection"}));
  show("certified", refusal.apply(second, "certified", {at(2025, 9, 20), {"ES-CCN", "cryptologic-authority"}, "compliance claimed"}));
  second.product_approved = true;
  show("certified", refusal.apply(second, "certified", {at(2025, 9, 22), {"ES-CCN", "cryptologic-authority"}, "product approved"}));
  show("unknown event", refusal.apply(second, "appealed", {at(2025, 9, 23), {"supplier", "supplier"}, "appeal"}));
  show("silence_broken", refusal.apply(second, "silence_broken", {at(2025, 9, 30), {"NL", "member-state"}, "high-risk supplier"}));
  show("ballot_closed", refusal.apply(second, "ballot_closed", {at(2025, 10, 10), {"council-secretariat", "secretariat"}, "ballot closed"}));
  // An illustrative ballot: Germany abstains, the Netherlands votes no, every other state yes.
  for (std::size_t i = 0; i != other_states.size(); ++i) {
    const country state = other_states.member(i);
    (void)second.ballots.cast(state, state == "NL"_country   ? consent::ballot::no
                                     : state == "DE"_country ? consent::ballot::abstain
                                                             : consent::ballot::yes);
  }
  show("ballot_closed", refusal.apply(second, "ballot_closed", {at(2025, 10, 20), {"council-secretariat", "secretariat"}, "ballot closed"}));
  show("signed", refusal.apply(second, "signed", {at(2025, 10, 21), {"ES-MoI-procurement", "contracting-authority"}, "signed anyway"}));
  show("late objection", refusal.apply(second, "silence_broken", {at(2025, 10, 1), {"FR", "member-state"}, "back-dated"}));
  show_trail(refusal);
  check_replay(refusal);

  // Tampering: change who broke silence in the JSON text; the hash chain no longer holds.
  std::string text = write_trail(refusal.trail());
  text.replace(text.find("\"actor\":\"NL\""), 12, "\"actor\":\"DK\"");
  auto tampered = read_trail(text);
  auto replayed = case_file::replay(*tampered);
  std::cout << "  tampered trail: " << replayed.error().id() << " (" << replayed.error().what() << ": "
            << replayed.error().context.view() << ")\n";
  auto cut = read_trail(std::string_view(text).substr(0, text.size() - 40));
  std::cout << "  truncated trail: " << cut.error().id() << " (" << cut.error().context.view() << ")\n";
}
