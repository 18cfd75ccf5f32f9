// oversight: the EU procurement regimes, the defence and security scope of a contract, and the
// grounds on which Directive 2009/81/EC does not apply.
//
// These are the vocabulary of the threshold and defence policies: which directive a contract
// falls under (`procurement_regime`), whether it is military or sensitive in the sense of
// Directive 2009/81/EC (`defence_scope`), and the exclusion relied on (`exclusion_ground`).
// The bridge from a contract to them (`facts::regime`, `facts::contract_scope`) is
// in screening/facts.hpp.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/enum_text.hpp>

#include <cstdint>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE

/// Whether a contract falls within the scope of Directive 2009/81/EC, Art. 2
/// (http://data.europa.eu/eli/dir/2009/81/oj): military equipment and works or services for
/// specifically military purposes (Art. 2(a), (c), (d)), or sensitive equipment, works and
/// services, i.e. for security purposes and involving classified information (Art. 1(7),
/// Art. 2(b), (c), (d)).
enum class defence_scope : std::uint8_t { none, military, sensitive };
constexpr std::string_view to_string_view(defence_scope s) noexcept {
  constexpr std::string_view text[] = {"none", "military", "sensitive"};
  return detail::enum_text(text, s);
}

/// The EU procurement regime a contract is awarded under.
enum class procurement_regime : std::uint8_t {
  classic,              ///< Directive 2014/24/EU
  utilities,            ///< Directive 2014/25/EU
  concessions,          ///< Directive 2014/23/EU
  defence_and_security  ///< Directive 2009/81/EC
};
constexpr std::string_view to_string_view(procurement_regime r) noexcept {
  constexpr std::string_view text[] = {"Directive 2014/24/EU", "Directive 2014/25/EU", "Directive 2014/23/EU",
                                       "Directive 2009/81/EC"};
  return detail::enum_text(text, r);
}

/// A ground on which Directive 2009/81/EC does not apply: Art. 12 (contracts governed by
/// international rules) and Art. 13 (specific exclusions), by point.
enum class exclusion_ground : std::uint8_t {
  none,
  art12_a_international_agreement,   ///< Art. 12(a): agreement with third countries
  art12_b_stationing_of_troops,      ///< Art. 12(b): stationing of troops
  art12_c_international_organisation,///< Art. 12(c): procedure of an international organisation
  art13_a_security_information,      ///< Art. 13(a): information contrary to essential security interests
  art13_b_intelligence,              ///< Art. 13(b): intelligence activities
  art13_c_cooperative_programme,     ///< Art. 13(c): cooperative R&D programme of two or more member states
  art13_d_third_country_deployment,  ///< Art. 13(d): awarded in a third country for deployed forces
  art13_e_immovable_property,        ///< Art. 13(e): land, buildings, immovable property
  art13_f_government_to_government,  ///< Art. 13(f): sales by one government to another
  art13_g_arbitration,               ///< Art. 13(g): arbitration and conciliation services
  art13_h_financial_services,        ///< Art. 13(h): financial services other than insurance
  art13_i_employment,                ///< Art. 13(i): employment contracts
  art13_j_research_services          ///< Art. 13(j): research and development services (most)
};
constexpr std::string_view to_string_view(exclusion_ground g) noexcept {
  constexpr std::string_view text[] = {"none",       "Art. 12(a)", "Art. 12(b)", "Art. 12(c)", "Art. 13(a)",
                                       "Art. 13(b)", "Art. 13(c)", "Art. 13(d)", "Art. 13(e)", "Art. 13(f)",
                                       "Art. 13(g)", "Art. 13(h)", "Art. 13(i)", "Art. 13(j)"};
  return detail::enum_text(text, g);
}

OVERSIGHT_END_NAMESPACE
