// oversight: suppliers and the other parties of an ownership graph.
//
// A `party` is anyone who can own or be owned: a company, a state, a public body, an
// individual, a fund. It has a place of incorporation (for a state, the state itself; for an
// individual, the country of nationality), a headquarters, and its owners with their stakes in
// basis points (10000 = 100 %). A `supplier` is a party that tenders or delivers, with what the
// oversight rules read about it: designations (e.g. assessed as a high-risk supplier), facility
// security clearances, certifications, and whether it acts for a Russian person in the sense of
// the EU procurement sanctions (unknown when not recorded).
//
// Collections are `std::span<const T>` over storage the caller owns: constexpr arrays for values
// declared at compile time, containers at run time. No vocabulary type owns a container, so
// every one is a literal type usable in constant expressions.
//
// What a record does not say is unknown, never a default. The countries are `std::optional`
// (std::nullopt: not recorded). A record declared in code states its lists: an empty list of
// owners, designations, clearances or certifications means none. A record read from data that
// is silent on a list (an OCDS supplier says nothing of its owners or designations) clears that
// list's flag in `recorded`, and the facts that rest on it are unknown:
//
//     supplier s{.id = "...", .name = "...", .headquarters = country{"UA"}, .recorded = recorded_lists::none};
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/classification.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/rules/truth.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE

/// What kind of party an entity is.
enum class party_kind : std::uint8_t { company, state, public_body, individual, fund, other };

/// A share held by `owner` (a party id), in basis points: 5001 is 50.01 %.
struct holding {
  std::string_view owner;
  std::uint16_t basis_points;
  friend constexpr bool operator==(const holding&, const holding&) noexcept = default;
};

/// What a party does that some laws single out (a set of flags).
enum class activity : std::uint8_t {
  none = 0,
  network_operator = 1,               ///< owns or operates a network, or provides network services
  communication_service_provider = 2, ///< electronic communication or remote computing services
  telecom_operator = 4,               ///< licensed telecommunications operator
};
constexpr activity operator|(activity a, activity b) noexcept {
  return static_cast<activity>(static_cast<std::uint8_t>(a) | static_cast<std::uint8_t>(b));
}
/// Does `set` include every flag of `flags`?
constexpr bool has(activity set, activity flags) noexcept {
  return (static_cast<std::uint8_t>(set) & static_cast<std::uint8_t>(flags)) == static_cast<std::uint8_t>(flags);
}

/// Which lists of a party or supplier record are recorded (a set of flags). A list whose flag
/// is clear is not recorded: unknown, rather than empty.
enum class recorded_lists : std::uint8_t {
  none = 0,
  owners = 1,          ///< who holds stakes in the party
  activities = 2,      ///< what the party does (`activity`)
  designations = 4,    ///< formal assessments (high-risk supplier, sanctioned, ...)
  clearances = 8,      ///< facility security clearances
  certifications = 16, ///< certifications (cryptologic approval, ...)
  all = 31
};
constexpr recorded_lists operator|(recorded_lists a, recorded_lists b) noexcept {
  return static_cast<recorded_lists>(static_cast<std::uint8_t>(a) | static_cast<std::uint8_t>(b));
}
/// Does `set` include every flag of `flags`?
constexpr bool has(recorded_lists set, recorded_lists flags) noexcept {
  return (static_cast<std::uint8_t>(set) & static_cast<std::uint8_t>(flags)) == static_cast<std::uint8_t>(flags);
}

/// A node of the ownership graph. Countries are std::nullopt when not recorded; `recorded` says
/// whether the owners and activities are (by default they are: the lists given are the record).
struct party {
  std::string_view id;
  std::string_view name;
  party_kind kind = party_kind::company;
  std::optional<country> incorporated_in{};
  std::optional<country> headquarters{};
  std::span<const holding> owners{};
  activity activities = activity::none;
  recorded_lists recorded = recorded_lists::all;

  [[nodiscard]] constexpr bool owners_recorded() const noexcept { return has(recorded, recorded_lists::owners); }
  [[nodiscard]] constexpr bool activities_recorded() const noexcept {
    return has(recorded, recorded_lists::activities);
  }
};

/// What a designation says about a supplier.
enum class designation_kind : std::uint8_t { high_risk_supplier, sanctioned, excluded_from_procurement, other };

/// A formal assessment of a supplier by an authority, e.g. "high-risk supplier" (European
/// Commission communication of 15 June 2023 on Huawei and ZTE, facts sheet 6.4).
struct designation {
  designation_kind kind;
  std::string_view by;                 ///< the authority: "European Commission", "BSI", ...
  std::optional<country> by_state{};   ///< the state of a national authority, if one
  date on;                             ///< date of the designation
  std::string_view instrument{};       ///< the document: "C(2023) 4049", "COM(2020) 50", ...
};

/// What a certification attests.
enum class certification_kind : std::uint8_t { cryptologic_approval, security_evaluation, conformity_assessment, other };

/// A certification of a supplier or its product, e.g. a national cryptologic approval.
struct certification {
  certification_kind kind;
  std::string_view authority;   ///< "Centro Criptologico Nacional"
  country state;                ///< whose authority
  std::string_view scope;       ///< the product or service certified
  date on;                      ///< date of issue
  period valid = since(on);     ///< validity; open-ended unless stated
};

/// A supplier: a party with what oversight rules read about it. Countries are std::nullopt when
/// not recorded; `recorded` says which lists are (see the header comment).
struct supplier {
  std::string_view id;
  std::string_view name;
  std::optional<country> incorporated_in{};
  std::optional<country> headquarters{};
  std::span<const holding> owners{};
  activity activities = activity::none;
  std::span<const designation> designations{};
  std::span<const facility_clearance> clearances{};
  std::span<const certification> certifications{};
  /// Whether the supplier acts on behalf or at the direction of a Russian national, a person
  /// established in Russia, or one more than 50 % owned by such a person (Council Regulation
  /// (EU) No 833/2014, Art. 5k(1)(c)). std::nullopt: not recorded.
  std::optional<bool> acts_for_russian_person{};
  /// Which lists this record holds (see the header comment).
  recorded_lists recorded = recorded_lists::all;

  /// Does the record hold `list` (rather than leave it unknown)?
  [[nodiscard]] constexpr bool records(recorded_lists list) const noexcept { return has(recorded, list); }

  /// The supplier as a node of an ownership graph.
  [[nodiscard]] constexpr party as_party() const noexcept {
    return {id, name, party_kind::company, incorporated_in, headquarters, owners, activities, recorded};
  }
  /// Is the supplier designated `kind` on day `d` (a designation dated on or before `d`)?
  /// Unknown when designations are not recorded.
  [[nodiscard]] constexpr truth designated(designation_kind kind, date d) const noexcept {
    if (!records(recorded_lists::designations)) return truth::unknown;
    for (const auto& x : designations)
      if (x.kind == kind && x.on <= d) return truth::true_;
    return truth::false_;
  }
  /// The highest level of a facility clearance of `scheme` valid on day `d`, if any (none also
  /// when clearances are not recorded: `clearance_on` tells the two apart).
  [[nodiscard]] constexpr std::optional<classification> cleared_level(clearance_scheme scheme, date d) const noexcept {
    std::optional<classification> best;
    for (const auto& c : clearances)
      if (c.scheme == scheme && c.valid.contains(d) && (!best || *best < c.level)) best = c.level;
    return best;
  }
  /// The level a valid clearance of `scheme` gives on day `d` (`security_level::none` without
  /// one); std::nullopt: clearances are not recorded.
  [[nodiscard]] constexpr std::optional<security_level> clearance_on(clearance_scheme scheme, date d) const noexcept {
    if (!records(recorded_lists::clearances)) return std::nullopt;
    return security_level_of(cleared_level(scheme, d));
  }
  /// Does some certification of `kind` hold on day `d`? Unknown when certifications are not
  /// recorded.
  [[nodiscard]] constexpr truth certified(certification_kind kind, date d) const noexcept {
    if (!records(recorded_lists::certifications)) return truth::unknown;
    for (const auto& c : certifications)
      if (c.kind == kind && c.valid.contains(d)) return truth::true_;
    return truth::false_;
  }
};

/// A supplier of whom nothing is recorded (a process with no award yet): a screening of it
/// reads every supplier fact as unknown.
inline constexpr supplier no_supplier_recorded{.id = {}, .name = {}, .recorded = recorded_lists::none};

OVERSIGHT_END_NAMESPACE
