// RP-1 written by hand, without the rule engine: what a careful developer writes from the table
// in shared/bench/RP1.md, as plain if-chains over the same parsed `rp1::contract` records the
// library reads. The benchmark runs it beside `oversight::rp1::policy` and checks that the two
// agree on every contract.
#pragma once

#include <oversight/policies/rp1.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace rp1_baseline {

using oversight::country;
using oversight::country_set;
namespace rp1 = oversight::rp1;

enum class severity : std::uint8_t { review, deny };
enum class verdict : std::uint8_t { permit, review, deny };

/// The rules, in RP-1's order.
inline constexpr std::array<std::string_view, 10> rule_ids{
    "procurement.eu-tender",          "procurement.defence-directive",   "supplier.high-risk",
    "supplier.intelligence-law",      "supplier.extraterritorial-access", "security.firmware-audit",
    "security.remote-maintenance",    "security.crypto-certification",   "security.facility-clearance",
    "consent.collective-defence"};

struct finding {
  std::uint8_t rule;  ///< index into rule_ids
  severity level;
};

inline constexpr std::int64_t works_eur = 5'538'000, central_eur = 143'000, subcentral_eur = 221'000,
                              defence_eur = 443'000;

inline constexpr country_set eu27{country{"AT"}, country{"BE"}, country{"BG"}, country{"HR"}, country{"CY"},
                                  country{"CZ"}, country{"DK"}, country{"EE"}, country{"FI"}, country{"FR"},
                                  country{"DE"}, country{"GR"}, country{"HU"}, country{"IE"}, country{"IT"},
                                  country{"LV"}, country{"LT"}, country{"LU"}, country{"MT"}, country{"NL"},
                                  country{"PL"}, country{"PT"}, country{"RO"}, country{"SK"}, country{"SI"},
                                  country{"ES"}, country{"SE"}};
inline constexpr country_set eu27_no_is_li = eu27 | country_set{country{"NO"}, country{"IS"}, country{"LI"}};
inline constexpr country_set hostile{country{"CN"}, country{"RU"}, country{"IR"}, country{"KP"}};
inline constexpr country us{"US"};

inline bool sensitive(rp1::sector_kind s) {
  return s == rp1::sector_kind::lawful_interception || s == rp1::sector_kind::defence;
}

// One function per rule: whether it fires.
inline bool eu_tender(const rp1::contract& c) {
  if (c.sector == rp1::sector_kind::defence || c.eu_tendered) return false;
  const std::int64_t threshold = c.category == rp1::object_category::works        ? works_eur
                                 : c.authority == rp1::authority_level::central ? central_eur
                                                                                 : subcentral_eur;
  return c.value_cents >= threshold * 100;
}
inline bool defence_directive(const rp1::contract& c) {
  if (c.sector != rp1::sector_kind::defence || c.eu_tendered || c.art346) return false;
  const std::int64_t threshold = c.category == rp1::object_category::works ? works_eur : defence_eur;
  return c.value_cents >= threshold * 100;
}
inline bool high_risk(const rp1::contract& c) { return c.high_risk && c.sector != rp1::sector_kind::general; }
inline bool intelligence_law(const rp1::contract& c) {
  return c.data_access != rp1::access_level::none &&
         (hostile.contains(c.supplier_hq) || hostile.contains(c.supplier_parent));
}
inline bool extraterritorial(const rp1::contract& c) {
  return c.data_access == rp1::access_level::content && sensitive(c.sector) &&
         (c.supplier_hq == us || c.supplier_parent == us);
}
inline bool firmware(const rp1::contract& c) { return c.firmware_control && sensitive(c.sector); }
inline bool remote(const rp1::contract& c) {
  return c.remote_maintenance && c.sector != rp1::sector_kind::general && !eu27_no_is_li.contains(c.supplier_hq);
}
inline bool crypto(const rp1::contract& c) { return sensitive(c.sector) && !c.crypto_certified; }
inline bool clearance(const rp1::contract& c) {
  return c.classification >= rp1::security_level::confidential && c.clearance < c.classification;
}
// 0: nothing; 1: review (consent pending); 2: deny (an objection).
inline int consent(const rp1::contract& c) {
  if (!c.collective_defence) return 0;
  country_set electors = eu27;
  electors.erase(c.buyer);
  if ((c.consent_no & electors) != country_set{}) return 2;
  if (!electors.subset_of(c.consent_yes | c.consent_abstain)) return 1;
  return 0;
}

/// Findings mode: every rule evaluated, each finding written to `out` (room for 10). Returns
/// how many were written; `v` receives the verdict.
inline std::size_t evaluate(const rp1::contract& c, std::span<finding, 10> out, verdict& v) {
  std::size_t n = 0;
  bool deny = false, review = false;
  const auto add = [&](std::uint8_t rule, severity s) {
    out[n++] = finding{rule, s};
    (s == severity::deny ? deny : review) = true;
  };
  if (eu_tender(c)) add(0, severity::deny);
  if (defence_directive(c)) add(1, severity::deny);
  if (high_risk(c)) add(2, severity::deny);
  if (intelligence_law(c)) add(3, severity::deny);
  if (extraterritorial(c)) add(4, severity::review);
  if (firmware(c)) add(5, severity::review);
  if (remote(c)) add(6, severity::review);
  if (crypto(c)) add(7, severity::deny);
  if (clearance(c)) add(8, severity::deny);
  if (const int k = consent(c); k != 0) add(9, k == 2 ? severity::deny : severity::review);
  v = deny ? verdict::deny : review ? verdict::review : verdict::permit;
  return n;
}

/// Verdict mode: the rules in the same order, stopping at the first deny.
inline verdict check(const rp1::contract& c) {
  if (eu_tender(c) || defence_directive(c) || high_risk(c) || intelligence_law(c)) return verdict::deny;
  bool review = extraterritorial(c) || firmware(c) || remote(c);
  if (crypto(c) || clearance(c)) return verdict::deny;
  const int k = consent(c);
  if (k == 2) return verdict::deny;
  review = review || k == 1;
  return review ? verdict::review : verdict::permit;
}

// ---- branch-free -----------------------------------------------------------------------------
// The same rules as the fastest hand-written batch code evaluates them: every condition a 0/1
// value, combined with &, | and masks; no early return, so nothing is mispredicted on random data.

/// Bit k of `fired` for rule k of rule_ids that fired, of `deny` for those that fired as DENY.
struct masks {
  std::uint16_t fired = 0;
  std::uint16_t deny = 0;
};

[[gnu::always_inline]] inline masks evaluate_masks(const rp1::contract& c) {
  const bool general = c.sector == rp1::sector_kind::general;
  const bool defence = c.sector == rp1::sector_kind::defence;
  const bool sensitive = (c.sector == rp1::sector_kind::lawful_interception) | defence;
  const bool works = c.category == rp1::object_category::works;
  const bool central = c.authority == rp1::authority_level::central;
  // Thresholds selected (conditional moves, not branches).
  const std::int64_t civil = 100 * (works ? works_eur : central ? central_eur : subcentral_eur);
  const std::int64_t military = 100 * (works ? works_eur : defence_eur);
  const bool r0 = !defence & !c.eu_tendered & (c.value_cents >= civil);
  const bool r1 = defence & !c.eu_tendered & !c.art346 & (c.value_cents >= military);
  const bool r2 = c.high_risk & !general;
  const bool hostile_hq = hostile.contains(c.supplier_hq), hostile_parent = hostile.contains(c.supplier_parent);
  const bool us_hq = c.supplier_hq == us, us_parent = c.supplier_parent == us;
  const bool trusted_hq = eu27_no_is_li.contains(c.supplier_hq);
  const bool r3 = (c.data_access != rp1::access_level::none) & (hostile_hq | hostile_parent);
  const bool r4 = (c.data_access == rp1::access_level::content) & sensitive & (us_hq | us_parent);
  const bool r5 = c.firmware_control & sensitive;
  const bool r6 = c.remote_maintenance & !general & !trusted_hq;
  const bool r7 = sensitive & !c.crypto_certified;
  const bool r8 = (c.classification >= rp1::security_level::confidential) & (c.clearance < c.classification);
  // The electors are EU27 without the buyer; the buyer is left out of each word operation.
  const bool objects = eu27.intersects(c.consent_no, c.buyer);
  const bool pending = !eu27.subset_of(c.consent_yes | c.consent_abstain, c.buyer);
  const bool r9 = c.collective_defence & (objects | pending);
  const bool r9_deny = c.collective_defence & objects;
  masks m;
  m.fired = static_cast<std::uint16_t>(r0 | r1 << 1 | r2 << 2 | r3 << 3 | r4 << 4 | r5 << 5 | r6 << 6 | r7 << 7 |
                                       r8 << 8 | r9 << 9);
  m.deny = static_cast<std::uint16_t>(r0 | r1 << 1 | r2 << 2 | r3 << 3 | r7 << 7 | r8 << 8 | r9_deny << 9);
  return m;
}

/// The verdict from the masks: DENY if a DENY finding, else REVIEW if any, else PERMIT.
[[gnu::always_inline]] inline verdict verdict_of(masks m) {
  return static_cast<verdict>((m.fired != 0) + (m.deny != 0));
}

/// Batch forms, one loop each over all contracts (the contract's evaluation inlined into it), each
/// a function of its own as the library's check_all and findings_all are.
[[gnu::noinline]] inline void evaluate_all(std::span<const rp1::contract> contracts, std::span<masks> m, std::span<verdict> v) {
  for (std::size_t i = 0; i < contracts.size(); ++i) {
    m[i] = evaluate_masks(contracts[i]);
    v[i] = verdict_of(m[i]);
  }
}
[[gnu::noinline]] inline void check_all(std::span<const rp1::contract> contracts, std::span<verdict> v) {
  for (std::size_t i = 0; i < contracts.size(); ++i) v[i] = verdict_of(evaluate_masks(contracts[i]));
}

}  // namespace rp1_baseline
