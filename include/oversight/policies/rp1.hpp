// oversight: RP-1, the reference procurement-screening workload, as an oversight policy.
//
// RP-1 (shared/bench/RP1.md) is a BENCHMARK policy: ten fixed rules over a generated data set
// of contracts, so that this library, other policy engines and hand-written code can be run on
// exactly the same work and cross-checked by their counts. It borrows real instruments (the EU
// procurement thresholds in force for 2024-2025, Directive 2009/81/EC, Art. 346 TFEU, the 5G
// Toolbox, the PRC National Intelligence Law, the US CLOUD Act, the EU classified-information
// rules) but simplifies each of them to one line; it is not the full law, and its thresholds are
// kept exactly as RP-1 states them (2024-2025, not those in force today).
//
// What is here:
// - `rp1::contract`, a literal record with one member per CSV column; the three consent lists
//   are `country_set` bitsets, so a contract is a fixed-size value and nothing allocates;
// - one fact per column (`rp1::buyer`, `rp1::value_cents`, ...), named like the column, and
//   the `fact_source<rp1::contract>` specialization that reads them;
// - the ten rules with RP-1's ids and severities, each citing its basis where one exists, and
//   `rp1::policy`, which combines them with deny-overrides.
//
// The CSV reader is in <oversight/policies/rp1_csv.hpp> (it allocates; this header does not).
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/enum_text.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/country_set.hpp>
#include <oversight/rules.hpp>

#include <cstdint>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE

namespace rp1 {

// ---- value types of the columns -----------------------------------------------------------------

/// Level of the contracting authority (column `authority`).
enum class authority_level : std::uint8_t { central, subcentral };
/// Object of the contract (column `category`).
enum class object_category : std::uint8_t { supplies, services, works };
/// What the contract touches (column `sector`).
enum class sector_kind : std::uint8_t { general, critical_infrastructure, lawful_interception, defence };
/// What the supplier's staff or systems can reach (column `data_access`).
enum class access_level : std::uint8_t { none, metadata, content };
/// A classification level, or a facility security clearance for it (columns `classification`
/// and `clearance`, 0..3). 1..3 are numbered as `oversight::classification`.
enum class security_level : std::uint8_t { none = 0, restricted = 1, confidential = 2, secret = 3 };

constexpr std::string_view to_string_view(authority_level a) noexcept {
  constexpr std::string_view text[] = {"central", "subcentral"};
  return detail::enum_text(text, a);
}
constexpr std::string_view to_string_view(object_category c) noexcept {
  constexpr std::string_view text[] = {"supplies", "services", "works"};
  return detail::enum_text(text, c);
}
constexpr std::string_view to_string_view(sector_kind s) noexcept {
  constexpr std::string_view text[] = {"general", "critical_infrastructure", "lawful_interception", "defence"};
  return detail::enum_text(text, s);
}
constexpr std::string_view to_string_view(access_level a) noexcept {
  constexpr std::string_view text[] = {"none", "metadata", "content"};
  return detail::enum_text(text, a);
}
constexpr std::string_view to_string_view(security_level l) noexcept {
  constexpr std::string_view text[] = {"none", "restricted", "confidential", "secret"};
  return detail::enum_text(text, l);
}

/// A set of countries with a name, for `fact.in(set)` (the name is what a rule prints).
struct country_group {
  std::string_view label;
  country_set members;
  [[nodiscard]] constexpr bool contains(country c) const noexcept { return members.contains(c); }
  [[nodiscard]] constexpr std::string_view name() const noexcept { return label; }
};

/// EU27 as RP-1 lists it (Greece as GR). tests/static/policies/rp1.cpp checks it against
/// `eu::member_states` on 2024-01-01.
inline constexpr country_group eu27{
    "EU27",
    {country{"AT"}, country{"BE"}, country{"BG"}, country{"HR"}, country{"CY"}, country{"CZ"}, country{"DK"},
     country{"EE"}, country{"FI"}, country{"FR"}, country{"DE"}, country{"GR"}, country{"HU"}, country{"IE"},
     country{"IT"}, country{"LV"}, country{"LT"}, country{"LU"}, country{"MT"}, country{"NL"}, country{"PL"},
     country{"PT"}, country{"RO"}, country{"SK"}, country{"SI"}, country{"ES"}, country{"SE"}}};
/// EU27 with NO, IS and LI: where a supplier may maintain a system remotely without review.
inline constexpr country_group eu27_no_is_li{
    "EU27+NO+IS+LI", eu27.members | country_set{country{"NO"}, country{"IS"}, country{"LI"}}};
/// The states whose suppliers RP-1 treats as bound to cooperate with state intelligence work.
inline constexpr country_group intelligence_law_states{
    "{CN, RU, IR, KP}", {country{"CN"}, country{"RU"}, country{"IR"}, country{"KP"}}};

// ---- the contract record ---------------------------------------------------------------------

/// One RP-1 contract: a member per CSV column, in column order.
struct contract {
  std::uint64_t id;
  country buyer;
  authority_level authority;
  country supplier_hq;
  country supplier_parent;
  bool high_risk;
  security_level clearance;
  object_category category;
  sector_kind sector;
  std::int64_t value_cents;  ///< estimated value in euro cents, net of VAT
  bool eu_tendered;
  bool art346;
  bool firmware_control;
  bool remote_maintenance;
  access_level data_access;
  security_level classification;
  bool crypto_certified;
  bool collective_defence;
  country_set consent_yes;
  country_set consent_abstain;
  country_set consent_no;
};

// ---- facts: one per column, named like it ------------------------------------------------------

inline constexpr fact<"id", std::uint64_t> id{};
inline constexpr fact<"buyer", country> buyer{};
inline constexpr fact<"authority", authority_level> authority{};
inline constexpr fact<"supplier_hq", country> supplier_hq{};
inline constexpr fact<"supplier_parent", country> supplier_parent{};
inline constexpr fact<"high_risk", bool> high_risk{};
inline constexpr fact<"clearance", security_level> clearance{};
inline constexpr fact<"category", object_category> category{};
inline constexpr fact<"sector", sector_kind> sector{};
inline constexpr fact<"value_cents", std::int64_t> value_cents{};
inline constexpr fact<"eu_tendered", bool> eu_tendered{};
inline constexpr fact<"art346", bool> art346{};
inline constexpr fact<"firmware_control", bool> firmware_control{};
inline constexpr fact<"remote_maintenance", bool> remote_maintenance{};
inline constexpr fact<"data_access", access_level> data_access{};
inline constexpr fact<"classification", security_level> classification{};
inline constexpr fact<"crypto_certified", bool> crypto_certified{};
inline constexpr fact<"collective_defence", bool> collective_defence{};
inline constexpr fact<"consent_yes", country_set> consent_yes{};
inline constexpr fact<"consent_abstain", country_set> consent_abstain{};
inline constexpr fact<"consent_no", country_set> consent_no{};

}  // namespace rp1

/// Every column of an RP-1 contract is known: each fact is returned as is.
template <>
struct fact_source<rp1::contract> {
  using c = rp1::contract;
  static constexpr std::uint64_t get(decltype(rp1::id), const c& x) noexcept { return x.id; }
  static constexpr country get(decltype(rp1::buyer), const c& x) noexcept { return x.buyer; }
  static constexpr rp1::authority_level get(decltype(rp1::authority), const c& x) noexcept { return x.authority; }
  static constexpr country get(decltype(rp1::supplier_hq), const c& x) noexcept { return x.supplier_hq; }
  static constexpr country get(decltype(rp1::supplier_parent), const c& x) noexcept { return x.supplier_parent; }
  static constexpr bool get(decltype(rp1::high_risk), const c& x) noexcept { return x.high_risk; }
  static constexpr rp1::security_level get(decltype(rp1::clearance), const c& x) noexcept { return x.clearance; }
  static constexpr rp1::object_category get(decltype(rp1::category), const c& x) noexcept { return x.category; }
  static constexpr rp1::sector_kind get(decltype(rp1::sector), const c& x) noexcept { return x.sector; }
  static constexpr std::int64_t get(decltype(rp1::value_cents), const c& x) noexcept { return x.value_cents; }
  static constexpr bool get(decltype(rp1::eu_tendered), const c& x) noexcept { return x.eu_tendered; }
  static constexpr bool get(decltype(rp1::art346), const c& x) noexcept { return x.art346; }
  static constexpr bool get(decltype(rp1::firmware_control), const c& x) noexcept { return x.firmware_control; }
  static constexpr bool get(decltype(rp1::remote_maintenance), const c& x) noexcept { return x.remote_maintenance; }
  static constexpr rp1::access_level get(decltype(rp1::data_access), const c& x) noexcept { return x.data_access; }
  static constexpr rp1::security_level get(decltype(rp1::classification), const c& x) noexcept {
    return x.classification;
  }
  static constexpr bool get(decltype(rp1::crypto_certified), const c& x) noexcept { return x.crypto_certified; }
  static constexpr bool get(decltype(rp1::collective_defence), const c& x) noexcept { return x.collective_defence; }
  static constexpr const country_set& get(decltype(rp1::consent_yes), const c& x) noexcept { return x.consent_yes; }
  static constexpr const country_set& get(decltype(rp1::consent_abstain), const c& x) noexcept {
    return x.consent_abstain;
  }
  static constexpr const country_set& get(decltype(rp1::consent_no), const c& x) noexcept { return x.consent_no; }
};

namespace rp1 {

// ---- the collective-defence electorate ---------------------------------------------------------

/// The electors of a collective-defence contract: EU27 without the buyer.
constexpr country_set electorate_of(country buyer_state) noexcept {
  country_set electors = eu27.members;
  electors.erase(buyer_state);
  return electors;
}

namespace detail {
enum class elector_test : std::uint8_t {
  objects,  ///< some elector is in consent_no
  pending,  ///< some elector is in neither consent_yes nor consent_abstain
};
}  // namespace detail

/// A condition over the consent lists as seen by the electorate (EU27 without the buyer):
/// entries that are not electors (the buyer itself, a state outside the EU) are ignored.
/// Reads `buyer` and the consent lists through the subject's fact_source, so any subject
/// providing those facts can be checked.
template <detail::elector_test Test>
struct elector_condition : oversight::detail::expr_tag {
  /// The electors this condition is about for `s`: objecting, or pending; unknown when a fact is.
  template <class S>
  constexpr std::optional<country_set> electors_concerned(const S& s) const {
    const auto b = read(buyer, s);
    if (!b) return std::nullopt;
    const country_set electors = electorate_of(*b);
    if constexpr (Test == detail::elector_test::objects) {
      const auto no = read(consent_no, s);
      if (!no) return std::nullopt;
      return *no & electors;
    } else {
      const auto yes = read(consent_yes, s);
      const auto abstain = read(consent_abstain, s);
      if (!yes || !abstain) return std::nullopt;
      return electors - (*yes | *abstain);
    }
  }

  template <class S>
  constexpr truth test(const S& s, const context&) const {
    // Whether `electors_concerned(s)` is non-empty, asked as word operations on the sets with the
    // buyer left out: no set is built (so nothing goes through memory in a hot loop) and none is
    // compared with the empty set (a memcmp call at -O3).
    const auto b = read(buyer, s);
    if (!b) return truth::unknown;
    if constexpr (Test == detail::elector_test::objects) {
      const auto no = read(consent_no, s);
      if (!no) return truth::unknown;
      return to_truth(eu27.members.intersects(*no, *b));
    } else {
      const auto yes = read(consent_yes, s);
      const auto abstain = read(consent_abstain, s);
      if (!yes || !abstain) return truth::unknown;
      return to_truth(!eu27.members.subset_of(*yes | *abstain, *b));
    }
  }
  template <class Out>
  constexpr void describe(Out& out) const {
    if constexpr (Test == detail::elector_test::objects) {
      out.text("an elector (EU27 without the buyer) is in ");
      out.fact(consent_no.name());
    } else {
      out.text("an elector (EU27 without the buyer) is in neither ");
      out.fact(consent_yes.name());
      out.text(" nor ");
      out.fact(consent_abstain.name());
    }
  }
  template <class S, class Tracer>
  constexpr truth trace(const S& s, const context& ctx, Tracer& tr) const {
    const truth t = test(s, ctx);
    tr.leaf(*this, t, [&](auto& out) {
      const auto b = read(buyer, s);
      if (b) out.actual(buyer.name(), *b);
      else out.actual_unknown(buyer.name());
      if (const auto concerned = electors_concerned(s))
        for (country c : *concerned) out.actual(label(), c);
    });
    return t;
  }
  /// To stop an objection: the objecting electors leave consent_no. To end a pending consent:
  /// the pending electors answer yes or abstain.
  template <class S, class Remedy>
  constexpr auto remedy(const S& s, const context& ctx, Remedy& r, bool want) const {
    if (test(s, ctx) == to_truth(want)) return r.nothing_to_change();
    const auto concerned = electors_concerned(s);
    if (!concerned) return r.impossible();
    return r.change(*this, [&](auto& out) {
      if (want) {
        describe(out);
        return;
      }
      if constexpr (Test == detail::elector_test::objects) {
        out.fact(consent_no.name());
        out.text(" without ");
      } else {
        out.fact(consent_yes.name());
        out.text(" or ");
        out.fact(consent_abstain.name());
        out.text(" with ");
      }
      bool first = true;
      for (country c : *concerned) {
        if (!first) out.text(", ");
        first = false;
        out.value(c);
      }
    });
  }
  template <class Visitor>
  constexpr void visit_facts(Visitor& v) const {
    v(buyer);
    if constexpr (Test == detail::elector_test::objects) {
      v(consent_no);
    } else {
      v(consent_yes);
      v(consent_abstain);
    }
  }

 private:
  static constexpr std::string_view label() noexcept {
    return Test == detail::elector_test::objects ? "objecting elector" : "pending elector";
  }
};

/// Some elector objects (is in consent_no).
inline constexpr elector_condition<detail::elector_test::objects> elector_objects{};
/// Some elector has not answered (is in neither consent_yes nor consent_abstain).
inline constexpr elector_condition<detail::elector_test::pending> consent_pending{};

// ---- thresholds (euro cents, net of VAT, 2024-2025) ------------------------------------------

/// Directive 2014/24/EU Art. 4 as amended by Del. Reg. (EU) 2023/2495, and Directive
/// 2009/81/EC Art. 8 as amended by Del. Reg. (EU) 2023/2510: "equal to or greater than".
inline constexpr std::int64_t works_threshold_cents = 5'538'000'00;
inline constexpr std::int64_t central_threshold_cents = 143'000'00;
inline constexpr std::int64_t subcentral_threshold_cents = 221'000'00;
inline constexpr std::int64_t defence_threshold_cents = 443'000'00;

// ---- legal bases -------------------------------------------------------------------------------

inline constexpr legal_basis directive_2014_24{"Directive 2014/24/EU", "Art. 4 (thresholds)",
                                                "http://data.europa.eu/eli/dir/2014/24/oj"};
inline constexpr legal_basis thresholds_2023_2495{"Commission Delegated Regulation (EU) 2023/2495",
                                                  "thresholds applicable from 1 January 2024",
                                                  "http://data.europa.eu/eli/reg_del/2023/2495/oj"};
inline constexpr legal_basis directive_2009_81{"Directive 2009/81/EC", "Art. 8 (thresholds)",
                                               "http://data.europa.eu/eli/dir/2009/81/oj"};
inline constexpr legal_basis thresholds_2023_2510{"Commission Delegated Regulation (EU) 2023/2510",
                                                  "thresholds applicable from 1 January 2024",
                                                  "http://data.europa.eu/eli/reg_del/2023/2510/oj"};
inline constexpr legal_basis art346_tfeu{"Treaty on the Functioning of the European Union", "Art. 346(1)"};
inline constexpr legal_basis toolbox_sm03{"EU Toolbox of risk-mitigating measures (NIS Cooperation Group, 2020)",
                                          "strategic measure SM03 (restrictions on high-risk suppliers)"};
inline constexpr legal_basis toolbox_sm04{"EU Toolbox of risk-mitigating measures (NIS Cooperation Group, 2020)",
                                          "strategic measure SM04 (managed service providers and third-line support)"};
inline constexpr legal_basis toolbox_2023{"Commission Communication on the implementation of the 5G cybersecurity "
                                          "Toolbox (15 June 2023)",
                                          ""};
inline constexpr legal_basis prc_intelligence_law{"PRC National Intelligence Law (2017, amended 2018)",
                                                  "Arts 7 and 14"};
inline constexpr legal_basis cloud_act{"US CLOUD Act (2018)", "18 U.S.C. 2713"};
inline constexpr legal_basis directive_2009_81_security{"Directive 2009/81/EC", "Art. 22 (security of information)",
                                                        "http://data.europa.eu/eli/dir/2009/81/oj"};
inline constexpr legal_basis council_decision_2013_488{"Council Decision 2013/488/EU",
                                                       "security rules for protecting EU classified information",
                                                       "http://data.europa.eu/eli/dec/2013/488/oj"};

// ---- the ten rules -----------------------------------------------------------------------------

/// DENY: above the Directive 2014/24/EU threshold for its category and authority, outside
/// defence, without an EU-wide notice.
inline constexpr auto eu_tender =
    rule<"procurement.eu-tender">(
        effect::deny, sector != sector_kind::defence && !eu_tendered &&
                          ((category == object_category::works && value_cents >= works_threshold_cents) ||
                           (category != object_category::works && authority == authority_level::central &&
                            value_cents >= central_threshold_cents) ||
                           (category != object_category::works && authority == authority_level::subcentral &&
                            value_cents >= subcentral_threshold_cents)))
        .cite(directive_2014_24, thresholds_2023_2495)
        .message("{} contract of {} cents by a {} authority, not tendered EU-wide", category, value_cents, authority);

/// DENY: a defence contract above the Directive 2009/81/EC threshold without an EU-wide notice
/// (unless Art. 346 TFEU is invoked: see `art346_exemption`).
inline constexpr auto defence_directive =
    rule<"procurement.defence-directive">(
        effect::deny, sector == sector_kind::defence && !eu_tendered &&
                          ((category == object_category::works && value_cents >= works_threshold_cents) ||
                           (category != object_category::works && value_cents >= defence_threshold_cents)))
        .cite(directive_2009_81, thresholds_2023_2510)
        .message("defence {} contract of {} cents, not tendered EU-wide", category, value_cents);

/// The essential-security-interest exemption: Directive 2009/81/EC does not bind a contract for
/// which Art. 346 TFEU is invoked.
inline constexpr auto art346_exemption =
    exception<"exemption.art346", "procurement.defence-directive">(art346).cite(art346_tfeu);

/// DENY: a high-risk supplier in critical infrastructure, lawful interception or defence.
inline constexpr auto high_risk_supplier =
    rule<"supplier.high-risk">(effect::deny,
                               high_risk && sector.in(sector_kind::critical_infrastructure,
                                                      sector_kind::lawful_interception, sector_kind::defence))
        .cite(toolbox_sm03, toolbox_2023)
        .message("a high-risk supplier in {}", sector);

/// DENY: a supplier headquartered or controlled in CN, RU, IR or KP with access to data. Only
/// the PRC law is cited; RP-1 lists the other three states without naming their laws.
inline constexpr auto intelligence_law =
    rule<"supplier.intelligence-law">(effect::deny, (supplier_hq.in(intelligence_law_states) ||
                                                     supplier_parent.in(intelligence_law_states)) &&
                                                        data_access != access_level::none)
        .cite(prc_intelligence_law)
        .message("supplier in {} (parent in {}) with {} access", supplier_hq, supplier_parent, data_access);

/// REVIEW: a US supplier (or parent) with access to content in lawful interception or defence.
inline constexpr auto extraterritorial_access =
    rule<"supplier.extraterritorial-access">(
        effect::review, (supplier_hq == country{"US"} || supplier_parent == country{"US"}) &&
                            data_access == access_level::content &&
                            sector.in(sector_kind::lawful_interception, sector_kind::defence))
        .cite(cloud_act)
        .message("supplier in {} (parent in {}) with access to content", supplier_hq, supplier_parent);

/// REVIEW: the supplier controls firmware or software layers of a lawful-interception or
/// defence system. RP-1 names no legal basis.
inline constexpr auto firmware_audit =
    rule<"security.firmware-audit">(effect::review,
                                    firmware_control && sector.in(sector_kind::lawful_interception,
                                                                  sector_kind::defence))
        .message("the supplier controls firmware in {}", sector);

/// REVIEW: remote maintenance of a non-general system by a supplier outside EU27, NO, IS, LI.
inline constexpr auto remote_maintenance_rule =
    rule<"security.remote-maintenance">(effect::review, remote_maintenance && sector != sector_kind::general &&
                                                            !supplier_hq.in(eu27_no_is_li))
        .cite(toolbox_sm04)
        .message("remote maintenance of a {} system from {}", sector, supplier_hq);

/// DENY: lawful interception or defence without approval by the national cryptologic
/// authority. RP-1 names no legal basis (the approval is a national requirement).
inline constexpr auto crypto_certification =
    rule<"security.crypto-certification">(
        effect::deny,
        sector.in(sector_kind::lawful_interception, sector_kind::defence) && !crypto_certified)
        .message("{} system not approved by the national cryptologic authority", sector);

/// DENY: information classified confidential or above, handled by a supplier whose facility
/// clearance is lower.
inline constexpr auto facility_clearance =
    rule<"security.facility-clearance">(effect::deny, classification >= security_level::confidential &&
                                                          clearance < classification)
        .cite(directive_2009_81_security, council_decision_2013_488)
        .message("{} information, facility clearance {}", classification, clearance);

/// REVIEW while the consent of the other member states is pending; DENY on an objection.
/// Unanimity in which abstention does not block. The consent requirement is RP-1's (a proposal
/// for collective-defence contracts, not law in force), hence no citation.
inline constexpr auto collective_defence_consent =
    rule<"consent.collective-defence">(effect::review,
                                       collective_defence && (elector_objects || consent_pending))
        .escalate_to_deny_when(elector_objects)
        .message("collective-defence contract of {}: the other member states' consent is missing", buyer);

/// RP-1: the ten rules (and the Art. 346 exemption), deny-overrides, in RP-1's order.
inline constexpr auto policy = oversight::policy<"rp1", combining::deny_overrides>(
    eu_tender, defence_directive, art346_exemption, high_risk_supplier, intelligence_law, extraterritorial_access,
    firmware_audit, remote_maintenance_rule, crypto_certification, facility_clearance, collective_defence_consent);

/// What RP-1 promises for every subject, proved by tests/static/analysis/shipped_promises.cpp
/// (docs/analysis.md): a high-risk supplier in lawful interception or defence is denied, whatever
/// the consent of the other member states.
namespace promises {
inline constexpr auto high_risk_in_li_or_defence =
    high_risk && sector.in(sector_kind::lawful_interception, sector_kind::defence);
}  // namespace promises

}  // namespace rp1

OVERSIGHT_END_NAMESPACE
