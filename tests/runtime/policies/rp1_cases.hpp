// RP-1 cases on both sides of every rule's condition, shared by the static_assert suite
// (tests/static/policies/rp1.cpp) and the Catch2 suite (tests/runtime/policies/rp1.cpp).
//
// Each case starts from `clean`, a contract no rule fires on, changes a few columns, and states
// the findings RP-1 (shared/bench/RP1.md) gives: which rules fire and which of them with DENY.
#pragma once

#include <oversight/policies/rp1.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace rp1_cases {

namespace rp1 = oversight::rp1;
using oversight::country;
using oversight::country_set;

// Rule indices, in RP-1's order (the policy's depth-first order).
enum rule : std::uint32_t {
  eu_tender = 1u << 0,
  defence_directive = 1u << 1,
  high_risk = 1u << 2,
  intelligence_law = 1u << 3,
  extraterritorial = 1u << 4,
  firmware = 1u << 5,
  remote = 1u << 6,
  crypto = 1u << 7,
  clearance = 1u << 8,
  consent = 1u << 9,
};

/// A general-sector supplies contract by a central Spanish authority from a German supplier,
/// below every threshold: nothing fires.
inline constexpr rp1::contract clean{
    1,
    country{"ES"},
    rp1::authority_level::central,
    country{"DE"},
    country{"DE"},
    false,
    rp1::security_level::none,
    rp1::object_category::supplies,
    rp1::sector_kind::general,
    100'000'00,
    false,
    false,
    false,
    false,
    rp1::access_level::none,
    rp1::security_level::none,
    true,
    false,
    {},
    {},
    {},
};

/// EU27 without Spain, answering yes.
inline constexpr country_set all_but_es = rp1::eu27.members - country_set{country{"ES"}};

struct rp1_case {
  std::string_view name;
  rp1::contract contract;
  std::uint32_t fired;  ///< rules that fire
  std::uint32_t deny;   ///< those of them that fire with DENY
};

template <class Change>
constexpr rp1::contract with(Change change) {
  rp1::contract c = clean;
  change(c);
  return c;
}

using rp1::access_level;
using rp1::authority_level;
using rp1::object_category;
using rp1::sector_kind;
using rp1::security_level;

inline constexpr std::array cases{
    rp1_case{"clean contract", clean, 0, 0},
    // procurement.eu-tender: on and one cent below each threshold.
    rp1_case{"central supplies on 143,000", with([](auto& c) { c.value_cents = 143'000'00; }), eu_tender, eu_tender},
    rp1_case{"central supplies one cent below", with([](auto& c) { c.value_cents = 142'999'99; }), 0, 0},
    rp1_case{"central services on 143,000", with([](auto& c) {
               c.category = object_category::services;
               c.value_cents = 143'000'00;
             }),
             eu_tender, eu_tender},
    rp1_case{"sub-central supplies on 221,000", with([](auto& c) {
               c.authority = authority_level::subcentral;
               c.value_cents = 221'000'00;
             }),
             eu_tender, eu_tender},
    rp1_case{"sub-central supplies one cent below", with([](auto& c) {
               c.authority = authority_level::subcentral;
               c.value_cents = 220'999'99;
             }),
             0, 0},
    rp1_case{"works on 5,538,000", with([](auto& c) {
               c.category = object_category::works;
               c.value_cents = 5'538'000'00;
             }),
             eu_tender, eu_tender},
    rp1_case{"works one cent below (central)", with([](auto& c) {
               c.category = object_category::works;
               c.value_cents = 5'537'999'99;
             }),
             0, 0},
    rp1_case{"above the threshold but tendered EU-wide", with([](auto& c) {
               c.value_cents = 1'000'000'00;
               c.eu_tendered = true;
             }),
             0, 0},
    // procurement.defence-directive, and the Art. 346 exemption.
    rp1_case{"defence supplies on 443,000", with([](auto& c) {
               c.sector = sector_kind::defence;
               c.crypto_certified = true;
               c.value_cents = 443'000'00;
             }),
             defence_directive, defence_directive},
    rp1_case{"defence supplies one cent below", with([](auto& c) {
               c.sector = sector_kind::defence;
               c.value_cents = 442'999'99;
             }),
             0, 0},
    rp1_case{"defence works on 5,538,000", with([](auto& c) {
               c.sector = sector_kind::defence;
               c.category = object_category::works;
               c.value_cents = 5'538'000'00;
             }),
             defence_directive, defence_directive},
    rp1_case{"defence works one cent below", with([](auto& c) {
               c.sector = sector_kind::defence;
               c.category = object_category::works;
               c.value_cents = 5'537'999'99;
             }),
             0, 0},
    rp1_case{"defence above the threshold under Art. 346", with([](auto& c) {
               c.sector = sector_kind::defence;
               c.value_cents = 1'000'000'00;
               c.art346 = true;
             }),
             0, 0},
    rp1_case{"defence above the threshold, tendered", with([](auto& c) {
               c.sector = sector_kind::defence;
               c.value_cents = 1'000'000'00;
               c.eu_tendered = true;
             }),
             0, 0},
    rp1_case{"non-defence on 443,000: the defence rule does not apply", with([](auto& c) {
               c.authority = authority_level::subcentral;
               c.sector = sector_kind::critical_infrastructure;
               c.value_cents = 443'000'00;
               c.eu_tendered = true;
             }),
             0, 0},
    // supplier.high-risk
    rp1_case{"high-risk in critical infrastructure", with([](auto& c) {
               c.high_risk = true;
               c.sector = sector_kind::critical_infrastructure;
             }),
             high_risk, high_risk},
    rp1_case{"high-risk in lawful interception", with([](auto& c) {
               c.high_risk = true;
               c.sector = sector_kind::lawful_interception;
             }),
             high_risk, high_risk},
    rp1_case{"high-risk in general", with([](auto& c) { c.high_risk = true; }), 0, 0},
    rp1_case{"not high-risk in critical infrastructure",
             with([](auto& c) { c.sector = sector_kind::critical_infrastructure; }), 0, 0},
    // supplier.intelligence-law: supplier_hq vs supplier_parent.
    rp1_case{"CN headquarters with metadata access", with([](auto& c) {
               c.supplier_hq = country{"CN"};
               c.supplier_parent = country{"CN"};
               c.data_access = access_level::metadata;
             }),
             intelligence_law, intelligence_law},
    rp1_case{"EU headquarters, RU parent, content access", with([](auto& c) {
               c.supplier_parent = country{"RU"};
               c.data_access = access_level::content;
             }),
             intelligence_law, intelligence_law},
    rp1_case{"KP headquarters without data access", with([](auto& c) { c.supplier_hq = country{"KP"}; }), 0, 0},
    rp1_case{"IR parent without data access", with([](auto& c) { c.supplier_parent = country{"IR"}; }), 0, 0},
    // supplier.extraterritorial-access: REVIEW.
    rp1_case{"US headquarters, content, lawful interception", with([](auto& c) {
               c.supplier_hq = country{"US"};
               c.data_access = access_level::content;
               c.sector = sector_kind::lawful_interception;
             }),
             extraterritorial, 0},
    rp1_case{"US parent, content, defence", with([](auto& c) {
               c.supplier_parent = country{"US"};
               c.data_access = access_level::content;
               c.sector = sector_kind::defence;
             }),
             extraterritorial, 0},
    rp1_case{"US headquarters, metadata only", with([](auto& c) {
               c.supplier_hq = country{"US"};
               c.data_access = access_level::metadata;
               c.sector = sector_kind::lawful_interception;
             }),
             0, 0},
    rp1_case{"US headquarters, content, critical infrastructure", with([](auto& c) {
               c.supplier_hq = country{"US"};
               c.data_access = access_level::content;
               c.sector = sector_kind::critical_infrastructure;
             }),
             0, 0},
    // security.firmware-audit: REVIEW.
    rp1_case{"firmware control in defence", with([](auto& c) {
               c.firmware_control = true;
               c.sector = sector_kind::defence;
             }),
             firmware, 0},
    rp1_case{"firmware control in critical infrastructure", with([](auto& c) {
               c.firmware_control = true;
               c.sector = sector_kind::critical_infrastructure;
             }),
             0, 0},
    // security.remote-maintenance: EU27 + NO, IS, LI.
    rp1_case{"remote maintenance from CN", with([](auto& c) {
               c.remote_maintenance = true;
               c.sector = sector_kind::critical_infrastructure;
               c.supplier_hq = country{"CN"};
               c.supplier_parent = country{"CN"};
             }),
             remote, 0},
    rp1_case{"remote maintenance from GB", with([](auto& c) {
               c.remote_maintenance = true;
               c.sector = sector_kind::critical_infrastructure;
               c.supplier_hq = country{"GB"};
             }),
             remote, 0},
    rp1_case{"remote maintenance from NO", with([](auto& c) {
               c.remote_maintenance = true;
               c.sector = sector_kind::critical_infrastructure;
               c.supplier_hq = country{"NO"};
             }),
             0, 0},
    rp1_case{"remote maintenance from IS", with([](auto& c) {
               c.remote_maintenance = true;
               c.sector = sector_kind::critical_infrastructure;
               c.supplier_hq = country{"IS"};
             }),
             0, 0},
    rp1_case{"remote maintenance from LI", with([](auto& c) {
               c.remote_maintenance = true;
               c.sector = sector_kind::critical_infrastructure;
               c.supplier_hq = country{"LI"};
             }),
             0, 0},
    rp1_case{"remote maintenance from GR (EU27)", with([](auto& c) {
               c.remote_maintenance = true;
               c.sector = sector_kind::critical_infrastructure;
               c.supplier_hq = country{"GR"};
             }),
             0, 0},
    rp1_case{"remote maintenance from US of a general system", with([](auto& c) {
               c.remote_maintenance = true;
               c.supplier_hq = country{"US"};
             }),
             0, 0},
    rp1_case{"EU supplier, US parent, remote maintenance (only the headquarters counts)", with([](auto& c) {
               c.remote_maintenance = true;
               c.sector = sector_kind::critical_infrastructure;
               c.supplier_parent = country{"US"};
             }),
             0, 0},
    // security.crypto-certification
    rp1_case{"lawful interception without approval", with([](auto& c) {
               c.sector = sector_kind::lawful_interception;
               c.crypto_certified = false;
             }),
             crypto, crypto},
    rp1_case{"general without approval", with([](auto& c) { c.crypto_certified = false; }), 0, 0},
    // security.facility-clearance
    rp1_case{"confidential handled with a restricted clearance", with([](auto& c) {
               c.classification = security_level::confidential;
               c.clearance = security_level::restricted;
             }),
             clearance, clearance},
    rp1_case{"confidential handled with a confidential clearance", with([](auto& c) {
               c.classification = security_level::confidential;
               c.clearance = security_level::confidential;
             }),
             0, 0},
    rp1_case{"secret handled with a confidential clearance", with([](auto& c) {
               c.classification = security_level::secret;
               c.clearance = security_level::confidential;
             }),
             clearance, clearance},
    rp1_case{"restricted handled without clearance", with([](auto& c) {
               c.classification = security_level::restricted;
               c.clearance = security_level::none;
             }),
             0, 0},
    // consent.collective-defence
    rp1_case{"unanimous consent", with([](auto& c) {
               c.collective_defence = true;
               c.consent_yes = all_but_es;
             }),
             0, 0},
    rp1_case{"unanimous with abstentions", with([](auto& c) {
               c.collective_defence = true;
               c.consent_yes = all_but_es - country_set{country{"FR"}, country{"IE"}};
               c.consent_abstain = {country{"FR"}, country{"IE"}};
             }),
             0, 0},
    rp1_case{"the buyer's own objection is ignored", with([](auto& c) {
               c.collective_defence = true;
               c.consent_yes = all_but_es;
               c.consent_no = {country{"ES"}};
             }),
             0, 0},
    rp1_case{"a non-member's objection is ignored", with([](auto& c) {
               c.collective_defence = true;
               c.consent_yes = all_but_es;
               c.consent_no = {country{"GB"}};
             }),
             0, 0},
    rp1_case{"the buyer's yes does not replace a missing elector", with([](auto& c) {
               c.collective_defence = true;
               c.consent_yes = (all_but_es - country_set{country{"PT"}}) | country_set{country{"ES"}};
             }),
             consent, 0},
    rp1_case{"consent pending", with([](auto& c) {
               c.collective_defence = true;
               c.consent_yes = all_but_es - country_set{country{"PT"}};
             }),
             consent, 0},
    rp1_case{"an objection", with([](auto& c) {
               c.collective_defence = true;
               c.consent_yes = all_but_es - country_set{country{"DE"}};
               c.consent_no = {country{"DE"}};
             }),
             consent, consent},
    rp1_case{"an objection while consent is pending: one finding, DENY", with([](auto& c) {
               c.collective_defence = true;
               c.consent_yes = all_but_es - country_set{country{"DE"}, country{"PT"}};
               c.consent_no = {country{"DE"}};
             }),
             consent, consent},
    rp1_case{"stray consent data on a contract that is not collective defence", with([](auto& c) {
               c.consent_no = {country{"DE"}, country{"FR"}};
               c.consent_abstain = {country{"IT"}};
             }),
             0, 0},
    rp1_case{"a non-EU buyer: all of EU27 vote", with([](auto& c) {
               c.buyer = country{"US"};
               c.collective_defence = true;
               c.consent_yes = all_but_es;
             }),
             consent, 0},
    rp1_case{"a non-EU buyer with all of EU27 in favour", with([](auto& c) {
               c.buyer = country{"NO"};
               c.collective_defence = true;
               c.consent_yes = rp1::eu27.members;
             }),
             0, 0},
    // Several at once: DENY beats REVIEW.
    rp1_case{"the SITEL-like case", with([](auto& c) {
               c.supplier_hq = country{"CN"};
               c.supplier_parent = country{"CN"};
               c.high_risk = true;
               c.sector = sector_kind::lawful_interception;
               c.value_cents = 12'300'000'00;
               c.eu_tendered = true;
               c.firmware_control = true;
               c.remote_maintenance = true;
               c.data_access = access_level::content;
               c.classification = security_level::secret;
               c.clearance = security_level::secret;
               c.crypto_certified = true;
             }),
             high_risk | intelligence_law | firmware | remote, high_risk | intelligence_law},
};

/// The findings of `c` as a (fired, deny) pair of rule masks; the verdict kind alongside.
struct observed {
  std::uint32_t fired = 0;
  std::uint32_t deny = 0;
  oversight::verdict_kind verdict = oversight::verdict_kind::permit;
  oversight::verdict_kind checked = oversight::verdict_kind::permit;
  bool forms_agree = true;  ///< check<rp1::policy> and evaluate_into<rp1::policy> give the same
};

constexpr observed observe(const rp1::contract& c) {
  oversight::findings_buffer<decltype(rp1::policy)> buffer{};
  const auto e = oversight::evaluate_into(rp1::policy, c, {}, buffer);
  observed o;
  for (std::size_t i = 0; i < e.stored; ++i) {
    o.fired |= 1u << buffer[i].rule_index;
    if (buffer[i].rule_effect == oversight::effect::deny) o.deny |= 1u << buffer[i].rule_index;
  }
  o.verdict = e.verdict.kind;
  o.checked = oversight::check(rp1::policy, c).kind;
  oversight::findings_buffer<decltype(rp1::policy)> buffer_t{};
  const auto e_t = oversight::evaluate_into<rp1::policy>(c, {}, buffer_t);
  o.forms_agree = oversight::check<rp1::policy>(c) == oversight::check(rp1::policy, c) && e_t.verdict == e.verdict &&
                  e_t.stored == e.stored;
  for (std::size_t i = 0; i < e.stored && o.forms_agree; ++i) o.forms_agree = buffer_t[i] == buffer[i];
  return o;
}

constexpr oversight::verdict_kind expected_verdict(const rp1_case& k) {
  return k.deny != 0 ? oversight::verdict_kind::deny
         : k.fired != 0 ? oversight::verdict_kind::review
                        : oversight::verdict_kind::permit;
}

/// The case gives exactly the stated findings, and check() the same verdict as evaluate_into().
constexpr bool passes(const rp1_case& k) {
  const observed o = observe(k.contract);
  return o.fired == k.fired && o.deny == k.deny && o.verdict == expected_verdict(k) && o.checked == o.verdict &&
         o.forms_agree;
}

}  // namespace rp1_cases
