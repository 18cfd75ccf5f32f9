// oversight: legal instruments and the obligations they impose.
//
// An `instrument` is a law, regulation or decision: its short and full citation, its European
// Legislation Identifier (ELI) where one exists, the jurisdiction that enacted it (a state, or a
// bloc such as the EU), and the period it is in force. Where the status after some day is not
// known (a sunset clause whose renewal could not be verified), `unverified_after` says so and
// `status_on` answers `unknown` instead of guessing.
//
// A `legal_obligation` is one duty an instrument imposes, typed by what it does in law, never one
// "risky country" flag (facts sheet section 7, modelling note):
//   - intelligence_cooperation_duty: a duty to support and cooperate with state intelligence or
//     security work (PRC National Intelligence Law Arts 7 and 14, Cybersecurity Law Art 28,
//     National Security Law Art 77);
//   - compelled_disclosure: a provider under the state's jurisdiction can be compelled to
//     disclose data it controls, wherever stored (US CLOUD Act, FISA s.702);
//   - blocking_statute: a prohibition on giving data to foreign authorities without approval
//     (PRC Data Security Law Art 36);
//   - built_in_state_access: equipment giving the state direct interception access (Russian
//     SORM);
//   - procurement_sanction: a prohibition binding contracting authorities about suppliers with
//     a nexus to a targeted state (EU Reg. 833/2014 Art 5k).
// Each names whom it binds (`addressee`) and, for a sanction, whom it targets (`target`).
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/bloc.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/domain/supplier.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE

/// A state or a bloc whose law applies to a territory.
struct jurisdiction {
  std::string_view name;                ///< "People's Republic of China", "European Union"
  std::optional<country> state{};       ///< the state, for a national jurisdiction
  const bloc* organisation = nullptr;   ///< the bloc, for a supranational one

  /// A national jurisdiction.
  static constexpr jurisdiction of_state(std::string_view name, country c) noexcept { return {name, c, nullptr}; }
  /// The jurisdiction of a bloc: its members on the day asked.
  static constexpr jurisdiction of_bloc(std::string_view name, const bloc& b) noexcept { return {name, std::nullopt, &b}; }

  /// Does this jurisdiction's law reach country `c` on day `d`?
  [[nodiscard]] constexpr bool covers(country c, date d) const noexcept {
    if (state) return *state == c;
    return organisation != nullptr && organisation->is_member(c, d);
  }
};

/// Whether an instrument is in force on a day.
enum class force_status : std::uint8_t { in_force, not_in_force, unknown };

/// A legal instrument.
struct instrument {
  std::string_view short_citation;       ///< "PRC National Intelligence Law"
  std::string_view full_citation;        ///< the title and date of adoption
  std::string_view eli{};                ///< ELI URI, empty where none exists
  jurisdiction enacted_by;
  period in_force;                       ///< first and last day in force (open-ended if still in force)
  std::optional<date> unverified_after{};  ///< status after this day could not be verified

  [[nodiscard]] constexpr force_status status_on(date d) const noexcept {
    if (unverified_after && *unverified_after < d) return force_status::unknown;
    return in_force.contains(d) ? force_status::in_force : force_status::not_in_force;
  }
};

/// What an legal_obligation does in law (see the header comment).
enum class obligation_kind : std::uint8_t {
  intelligence_cooperation_duty,
  compelled_disclosure,
  blocking_statute,
  built_in_state_access,
  procurement_sanction
};

/// Whom an legal_obligation binds.
enum class addressee : std::uint8_t {
  organisations_and_citizens,      ///< every organisation and individual in the jurisdiction
  network_operators,               ///< parties with activity::network_operator
  communication_service_providers, ///< parties with activity::communication_service_provider
  telecom_operators,               ///< parties with activity::telecom_operator
  contracting_authorities          ///< public buyers of the jurisdiction (not suppliers)
};

/// For a procurement sanction: the suppliers it is about. A supplier is targeted when it, or a
/// party owning more than `ownership_above` of it directly or up a chain of majorities, is
/// incorporated in, headquartered in, or is `state` (or one of its nationals). Subcontractors,
/// suppliers and entities relied on are targeted when they account for more than
/// `subcontract_share_above` of the contract value.
struct sanction_target {
  country state;
  std::uint16_t ownership_above = 5000;          ///< basis points
  std::uint16_t subcontract_share_above = 10000; ///< basis points; 10000: subcontractors not covered
};

/// One duty imposed by an instrument.
struct legal_obligation {
  obligation_kind kind;
  const instrument* source;
  std::string_view article;   ///< "Art. 7"
  std::string_view summary;   ///< one line, paraphrased
  addressee binds;
  std::optional<sanction_target> target{};

  /// Does this obligation's addressee class include party `p`? (Contracting authorities are
  /// not parties of an ownership graph: never.) std::nullopt: the obligation binds by activity
  /// and the party's activities are not recorded.
  [[nodiscard]] constexpr std::optional<bool> addresses(const party& p) const noexcept {
    const auto by_activity = [&](activity a) -> std::optional<bool> {
      if (!p.activities_recorded()) return std::nullopt;
      return has(p.activities, a);
    };
    switch (binds) {
      case addressee::organisations_and_citizens: return true;
      case addressee::network_operators: return by_activity(activity::network_operator);
      case addressee::communication_service_providers: return by_activity(activity::communication_service_provider);
      case addressee::telecom_operators: return by_activity(activity::telecom_operator);
      case addressee::contracting_authorities: return false;
    }
    return false;
  }
  /// Does it bind the contracting authorities of state `authority_state` on day `d`?
  [[nodiscard]] constexpr bool binds_authority_of(country authority_state, date d) const noexcept {
    return binds == addressee::contracting_authorities && source != nullptr &&
           source->enacted_by.covers(authority_state, d) && source->status_on(d) != force_status::not_in_force;
  }
};

OVERSIGHT_END_NAMESPACE
