// oversight: security classification levels of the EU and NATO, and their equivalence.
//
// `classification` is the ordered level (restricted < confidential < secret < top_secret) that
// rules compare: "the facility clearance is at least the highest classification handled" is
// `clearance.level >= handled`. The markings are what documents carry:
//  - EU, Council Decision 2013/488/EU on the security rules for protecting EU classified
//    information, Art. 2(2) (http://data.europa.eu/eli/dec/2013/488/oj): TRÈS SECRET UE/EU TOP
//    SECRET, SECRET UE/EU SECRET, CONFIDENTIEL UE/EU CONFIDENTIAL, RESTREINT UE/EU RESTRICTED.
//    The markings are printed as the Official Journal spells them, with the accent (UTF-8), as in
//    Council Decision (EU) 2021/1075, recital 3 (OJ L 233, 1.7.2021, p. 1); the parser also
//    reads the accent decomposed (NFD) and "TRES", the spelling of systems that strip accents.
//  - NATO, security policy C-M(2002)49 and nato.int "What's in a security classification?":
//    COSMIC TOP SECRET, NATO SECRET, NATO CONFIDENTIAL, NATO RESTRICTED. NATO UNCLASSIFIED is a
//    marking for NATO-owned official information, not a classification level: it maps to no
//    `classification` (an empty optional), and so never satisfies or requires a clearance.
// Equivalence is level for level (the EU and NATO security agreements treat the four levels as
// corresponding); COSMIC is an ownership and handling marking on top of TOP SECRET.
//
// Facility security clearance (FSC): required for contracts that involve CONFIDENTIAL or higher
// information; RESTRICTED is handled under contractual security clauses (EU: Commission
// Decision 2015/444 ch. 6 and its implementing rules 2019/1963; Council industrial security
// guidelines 15643/16; NATO: AC/35-D/2003). Confidence M (facts sheet 10.5 and 10.9): national
// rules may require more.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/error.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE

/// Errors about classification markings.
enum class classification_errc : std::uint16_t {
  unknown_marking = 240  ///< text that is not one of the EU or NATO markings
};

constexpr error_info describe(classification_errc e) noexcept {
  switch (e) {
    case classification_errc::unknown_marking:
      return {"OVS-E240", "not an EU or NATO classification marking"};
  }
  return {"OVS-E299", "unknown domain error"};
}

/// An ordered classification level: compare with <, >=.
enum class classification : std::uint8_t { restricted = 1, confidential = 2, secret = 3, top_secret = 4 };

/// A classification level handled or cleared, with "none": the contract handles no classified
/// information, or the supplier holds no valid clearance. Ordered, and numbered as
/// `classification` from restricted up, so `facts::supplier_clearance < facts::classification_level`
/// reads as it should.
enum class security_level : std::uint8_t { none = 0, restricted = 1, confidential = 2, secret = 3, top_secret = 4 };

/// The level of an optional classification: `none` for no classified information.
constexpr security_level security_level_of(std::optional<classification> c) noexcept {
  return c ? static_cast<security_level>(*c) : security_level::none;
}
/// The level of a classification.
constexpr security_level security_level_of(classification c) noexcept { return static_cast<security_level>(c); }
/// "none", "restricted", "confidential", "secret", "top secret" ("(invalid)" for a value outside
/// the enumeration).
constexpr std::string_view to_string_view(security_level l) noexcept {
  switch (l) {
    case security_level::none: return "none";
    case security_level::restricted: return "restricted";
    case security_level::confidential: return "confidential";
    case security_level::secret: return "secret";
    case security_level::top_secret: return "top secret";
  }
  return "(invalid)";
}

/// EU classification markings (Council Decision 2013/488/EU, Art. 2(2)).
enum class eu_marking : std::uint8_t { restreint_ue = 1, confidentiel_ue = 2, secret_ue = 3, tres_secret_ue = 4 };

/// NATO markings. `nato_unclassified` is a marking without a classification level.
enum class nato_marking : std::uint8_t {
  nato_unclassified = 0,
  nato_restricted = 1,
  nato_confidential = 2,
  nato_secret = 3,
  cosmic_top_secret = 4
};

/// The level of an EU marking.
constexpr classification level_of(eu_marking m) noexcept { return static_cast<classification>(m); }
/// The level of a NATO marking; none for NATO UNCLASSIFIED.
constexpr std::optional<classification> level_of(nato_marking m) noexcept {
  if (m == nato_marking::nato_unclassified) return std::nullopt;
  return static_cast<classification>(m);
}
/// The EU marking of a level, and the NATO one.
constexpr eu_marking eu_marking_for(classification c) noexcept { return static_cast<eu_marking>(c); }
constexpr nato_marking nato_marking_for(classification c) noexcept { return static_cast<nato_marking>(c); }
/// The equivalent EU marking of a NATO marking; none for NATO UNCLASSIFIED.
constexpr std::optional<eu_marking> eu_equivalent(nato_marking m) noexcept {
  const auto level = level_of(m);
  if (!level) return std::nullopt;
  return eu_marking_for(*level);
}
/// The equivalent NATO marking of an EU marking.
constexpr nato_marking nato_equivalent(eu_marking m) noexcept { return nato_marking_for(level_of(m)); }

/// Does handling information at level `c` need a facility security clearance? (CONFIDENTIAL
/// and above; confidence M, see the header comment.)
constexpr bool requires_facility_clearance(classification c) noexcept { return c >= classification::confidential; }

/// The marking as printed on documents ("CONFIDENTIEL UE/EU CONFIDENTIAL", "NATO SECRET").
constexpr std::string_view name(eu_marking m) noexcept {
  switch (m) {
    case eu_marking::restreint_ue: return "RESTREINT UE/EU RESTRICTED";
    case eu_marking::confidentiel_ue: return "CONFIDENTIEL UE/EU CONFIDENTIAL";
    case eu_marking::secret_ue: return "SECRET UE/EU SECRET";
    case eu_marking::tres_secret_ue: return "TR\xC3\x88S SECRET UE/EU TOP SECRET";  // TRÈS, in UTF-8 bytes
  }
  return "(invalid)";
}
constexpr std::string_view name(nato_marking m) noexcept {
  switch (m) {
    case nato_marking::nato_unclassified: return "NATO UNCLASSIFIED";
    case nato_marking::nato_restricted: return "NATO RESTRICTED";
    case nato_marking::nato_confidential: return "NATO CONFIDENTIAL";
    case nato_marking::nato_secret: return "NATO SECRET";
    case nato_marking::cosmic_top_secret: return "COSMIC TOP SECRET";
  }
  return "(invalid)";
}
/// "restricted", "confidential", "secret", "top secret".
constexpr std::string_view name(classification c) noexcept {
  switch (c) {
    case classification::restricted: return "restricted";
    case classification::confidential: return "confidential";
    case classification::secret: return "secret";
    case classification::top_secret: return "top secret";
  }
  return "(invalid)";
}

/// Parses an EU marking: the full bilingual form or either half ("SECRET UE", "EU SECRET").
/// "TRÈS SECRET UE" is read with its accent (UTF-8, È precomposed as printed, or decomposed) or
/// without it ("TRES").
constexpr result<eu_marking, classification_errc> parse_eu_marking(std::string_view text) noexcept {
  constexpr std::string_view accented = "TR\xC3\x88S ";  // È in UTF-8 bytes, whatever the execution character set
  constexpr std::string_view plain = "TRES ";
  for (auto m : {eu_marking::restreint_ue, eu_marking::confidentiel_ue, eu_marking::secret_ue, eu_marking::tres_secret_ue}) {
    const std::string_view full = name(m);
    const auto slash = full.find('/');
    if (text == full || text == full.substr(0, slash) || text == full.substr(slash + 1)) return m;
  }
  constexpr std::string_view decomposed = "TRE\xCC\x80S ";  // E and a combining grave accent (U+0300), in UTF-8 bytes
  for (const std::string_view head : {plain, decomposed}) {
    if (!text.starts_with(head)) continue;
    // The same marking spelled without the accent, or with it decomposed (Unicode NFD).
    const std::string_view rest = text.substr(head.size());
    const std::string_view full = name(eu_marking::tres_secret_ue).substr(accented.size());
    if (rest == full || rest == full.substr(0, full.find('/'))) return eu_marking::tres_secret_ue;
  }
  return error{classification_errc::unknown_marking, error_context(text)};
}
/// Parses a NATO marking ("NATO SECRET", "COSMIC TOP SECRET", "NATO UNCLASSIFIED").
constexpr result<nato_marking, classification_errc> parse_nato_marking(std::string_view text) noexcept {
  for (auto m : {nato_marking::nato_unclassified, nato_marking::nato_restricted, nato_marking::nato_confidential,
                 nato_marking::nato_secret, nato_marking::cosmic_top_secret})
    if (text == name(m)) return m;
  return error{classification_errc::unknown_marking, error_context(text)};
}

/// Who issued a security clearance, and under which rules.
enum class clearance_scheme : std::uint8_t { eu, nato, national };

/// A facility security clearance: a company site cleared to hold information up to `level`,
/// issued by the national security authority of `issued_by`, valid during `valid`.
struct facility_clearance {
  clearance_scheme scheme;
  classification level;
  country issued_by;
  period valid;

  /// Does this clearance cover information at `handled` on day `d`?
  [[nodiscard]] constexpr bool covers(classification handled, date d) const noexcept {
    return valid.contains(d) && level >= handled;
  }
  friend constexpr bool operator==(const facility_clearance&, const facility_clearance&) noexcept = default;
};

OVERSIGHT_END_NAMESPACE
