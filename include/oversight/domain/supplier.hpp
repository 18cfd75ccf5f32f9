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
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/classification.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/date.hpp>

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

/// A node of the ownership graph.
struct party {
  std::string_view id;
  std::string_view name;
  party_kind kind = party_kind::company;
  country incorporated_in;
  country headquarters;
  std::span<const holding> owners{};
  activity activities = activity::none;
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

/// A supplier: a party with what oversight rules read about it.
struct supplier {
  std::string_view id;
  std::string_view name;
  country incorporated_in;
  country headquarters;
  std::span<const holding> owners{};
  activity activities = activity::none;
  std::span<const designation> designations{};
  std::span<const facility_clearance> clearances{};
  std::span<const certification> certifications{};
  /// Whether the supplier acts on behalf or at the direction of a Russian national, a person
  /// established in Russia, or one more than 50 % owned by such a person (Council Regulation
  /// (EU) No 833/2014, Art. 5k(1)(c)). std::nullopt: not recorded.
  std::optional<bool> acts_for_russian_person{};

  /// The supplier as a node of an ownership graph.
  [[nodiscard]] constexpr party as_party() const noexcept {
    return {id, name, party_kind::company, incorporated_in, headquarters, owners, activities};
  }
  /// Is the supplier designated `kind` on day `d` (a designation dated on or before `d`)?
  [[nodiscard]] constexpr bool designated(designation_kind kind, date d) const noexcept {
    for (const auto& x : designations)
      if (x.kind == kind && x.on <= d) return true;
    return false;
  }
  /// The highest level of a facility clearance of `scheme` valid on day `d`, if any.
  [[nodiscard]] constexpr std::optional<classification> cleared_level(clearance_scheme scheme, date d) const noexcept {
    std::optional<classification> best;
    for (const auto& c : clearances)
      if (c.scheme == scheme && c.valid.contains(d) && (!best || *best < c.level)) best = c.level;
    return best;
  }
  /// Does some certification of `kind` hold on day `d`?
  [[nodiscard]] constexpr bool certified(certification_kind kind, date d) const noexcept {
    for (const auto& c : certifications)
      if (c.kind == kind && c.valid.contains(d)) return true;
    return false;
  }
};

OVERSIGHT_END_NAMESPACE
