// oversight: Spain's Esquema Nacional de Seguridad (ENS), Real Decreto 311/2022, de 3 de mayo
// (BOE núm. 106, 4 May 2022, BOE-A-2022-7191): the category of an information system, and the
// conformity with the ENS that the category requires.
//
// The ENS applies to the information systems of the Spanish public sector (Ley 40/2015,
// Art. 156.2; RD 311/2022, Art. 2) and to the systems and services its suppliers provide for them.
// A system is judged in five security dimensions: confidentiality, integrity, traceability,
// authenticity and availability, each at level BAJO, MEDIO or ALTO, or not affected (Annex I).
// Its category is the highest level any dimension reaches (Art. 40, Annex I): ALTA if any
// dimension is ALTO; MEDIA if any is MEDIO and none ALTO; BÁSICA if any is BAJO and none higher.
// A system of category MEDIA or ALTA needs a certification of conformity; one of category BÁSICA
// needs at least a self-assessment, its declaration of conformity, and may be certified
// (Art. 38; guide CCN-STIC 809, which the CCN's conformity pages summarise).
//
// The subject is the system, `ens::information_system`, not a contract: the dimensions and the conformity are
// the system's. A dimension or a conformity not recorded is unknown, and so is the category
// unless a known dimension is ALTO (then the category is ALTA whatever the others). A system none
// of whose dimensions is affected has no category in Annex I: its category is unknown too.
//
// Confidence (facts sheet 8.3): H for the instrument, the five dimensions and the three
// categories; M for the highest-level rule and the split between certification and
// self-assessment, both confirmed by the CCN's conformity pages. Left out: the security measures
// of Annex II each category requires, the ENS profiles, and systems of classified information,
// which the rules on classified information govern (Ley 9/1968, de Secretos Oficiales), not the
// ENS alone (facts sheet 8.3.6).
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/enum_text.hpp>
#include <oversight/rules.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE
namespace policies::ens {

/// The level of one security dimension (RD 311/2022, Annex I): not affected, BAJO, MEDIO, ALTO.
enum class level : std::uint8_t { not_affected, bajo, medio, alto };
/// A system's category (Art. 40): BÁSICA, MEDIA, ALTA.
enum class category : std::uint8_t { basica, media, alta };
/// What shows the system's conformity with the ENS (Art. 38): nothing yet, a declaration of
/// conformity after a self-assessment, or a certification of conformity.
enum class conformity : std::uint8_t { none, declaration, certification };

/// "not affected", "BAJO", "MEDIO", "ALTO" ("(invalid)" outside the enumeration).
constexpr std::string_view to_string_view(level l) noexcept {
  constexpr std::string_view text[] = {"not affected", "BAJO", "MEDIO", "ALTO"};
  return oversight::detail::enum_text(text, l);
}
/// "BÁSICA", "MEDIA", "ALTA" ("(invalid)" outside the enumeration).
constexpr std::string_view to_string_view(category c) noexcept {
  constexpr std::string_view text[] = {"BÁSICA", "MEDIA", "ALTA"};
  return oversight::detail::enum_text(text, c);
}
/// "none", "declaration of conformity", "certification of conformity" ("(invalid)" outside).
constexpr std::string_view to_string_view(conformity c) noexcept {
  constexpr std::string_view text[] = {"none", "declaration of conformity", "certification of conformity"};
  return oversight::detail::enum_text(text, c);
}

/// An information system as the ENS judges it. std::nullopt: not recorded.
struct information_system {
  std::optional<level> confidentiality;
  std::optional<level> integrity;
  std::optional<level> traceability;
  std::optional<level> authenticity;
  std::optional<level> availability;
  std::optional<ens::conformity> shown_by;  ///< what shows its conformity
};

/// The category the dimensions give (Art. 40, Annex I): ALTA as soon as one dimension is ALTO;
/// otherwise the highest level, once every dimension is known; std::nullopt while it cannot be
/// told, and for a system none of whose dimensions is affected.
constexpr std::optional<category> category_of(const information_system& s) noexcept {
  const std::optional<level> dimensions[] = {s.confidentiality, s.integrity, s.traceability, s.authenticity,
                                             s.availability};
  bool unknown = false;
  level highest = level::not_affected;
  for (const auto& d : dimensions) {
    if (!d) {
      unknown = true;
    } else {
      if (*d == level::alto) return category::alta;
      if (*d > highest) highest = *d;
    }
  }
  if (unknown) return std::nullopt;
  switch (highest) {
    case level::medio: return category::media;
    case level::bajo: return category::basica;
    default: return std::nullopt;  // not_affected: no dimension is affected (alto returned above)
  }
}

namespace facts {
inline constexpr field<"ens.confidentiality", &information_system::confidentiality> confidentiality{};
inline constexpr field<"ens.integrity", &information_system::integrity> integrity{};
inline constexpr field<"ens.traceability", &information_system::traceability> traceability{};
inline constexpr field<"ens.authenticity", &information_system::authenticity> authenticity{};
inline constexpr field<"ens.availability", &information_system::availability> availability{};
inline constexpr field<"ens.conformity", &information_system::shown_by> conformity_shown{};
/// The category, from the dimensions (`category_of`).
inline constexpr fact<"ens.category", category> system_category{};
}  // namespace facts

}  // namespace policies::ens
OVERSIGHT_END_NAMESPACE

/// The system's category is computed from its dimensions; every other fact is a member (`field`).
template <>
struct oversight::fact_source<oversight::policies::ens::information_system> {
  static constexpr std::optional<oversight::policies::ens::category> get(
      decltype(oversight::policies::ens::facts::system_category), const oversight::policies::ens::information_system& s) noexcept {
    return oversight::policies::ens::category_of(s);
  }
};

OVERSIGHT_BEGIN_NAMESPACE
namespace policies::ens {

inline constexpr legal_basis rd_311_2022_art38{"Real Decreto 311/2022 (Esquema Nacional de Seguridad)",
                                               "Art. 38 (conformity) and Art. 40 with Annex I (categories)",
                                               "https://www.boe.es/eli/es/rd/2022/05/03/311"};
inline constexpr legal_basis ccn_stic_809{"Guide CCN-STIC 809", "declaration and certification of conformity with the ENS"};

/// DENY: a system of category MEDIA or ALTA without a certification of conformity.
inline constexpr auto certification_required =
    rule<"ens.certification">(effect::deny, facts::system_category.in(category::media, category::alta) &&
                                                facts::conformity_shown != conformity::certification)
        .cite(rd_311_2022_art38, ccn_stic_809)
        .message("an information system of category {} whose conformity with the ENS is shown by: {}",
                 facts::system_category, facts::conformity_shown);

/// DENY: a system of category BÁSICA with neither a declaration nor a certification of conformity.
inline constexpr auto declaration_required =
    rule<"ens.declaration">(effect::deny, facts::system_category == category::basica &&
                                              facts::conformity_shown == conformity::none)
        .cite(rd_311_2022_art38, ccn_stic_809)
        .message("an information system of category {} with no declaration of conformity with the ENS",
                 facts::system_category);

inline constexpr auto policy =
    oversight::policy<"ens-conformity", combining::deny_overrides>(certification_required, declaration_required);

/// What this policy promises for every system, proved by tests/static/analysis/shipped_promises.cpp:
/// a system of category ALTA is never permitted without a certification of conformity.
namespace promises {
inline constexpr auto alta_without_certification =
    facts::system_category == category::alta && facts::conformity_shown != conformity::certification;
}  // namespace promises

}  // namespace policies::ens
OVERSIGHT_END_NAMESPACE
