// oversight: the public designations of suppliers that the shipped policies read, as dated,
// cited data.
//
// A `supplier` carries its designations (`supplier::designations`), and `designated(kind, d)`
// counts only those dated on or before the day `d` a screening is judged on. This header ships
// the designations that have been published, so that a record can take them from here rather
// than set them by hand:
//
//     const supplier s{.id = "...", .name = "Huawei Technologies Co., Ltd.",
//                      .designations = designations::published_for("Huawei Technologies Co., Ltd.")};
//
// Sources (facts sheet section 6):
//  - Communication from the Commission on the implementation of the 5G cybersecurity Toolbox,
//    and the second progress report on it, 15 June 2023 (6.4, H): the Commission considers Huawei
//    and ZTE to present materially higher risks than other 5G suppliers, and member states'
//    decisions to restrict or exclude them justified and compliant with the Toolbox.
// Not shipped: the member states' own restrictions (the facts sheet records that ten member
// states had restricted or excluded high-risk suppliers by June 2023, not which suppliers, by
// which act, or when).
//
// A supplier is matched by its name: the published name is the first word of the supplier's
// name, compared without regard to case ("Huawei Technologies España, S.L." is Huawei;
// "Huaweii Ltd" and "AZTEC" are not). A group's companies trade under its name; a company that
// does not, or a record without a name, is not matched, and its designations stay as the record
// states them.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/domain/supplier.hpp>

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE
namespace detail {
constexpr char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
// Whether `c` ends a word: not an ASCII letter or digit, nor a byte of a UTF-8 sequence.
constexpr bool ends_word(char c) noexcept {
  return !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80);
}
}  // namespace detail

namespace designations {

/// The Commission's communication of 15 June 2023 (facts sheet 6.4).
inline constexpr std::string_view toolbox_communication_2023 =
    "Communication from the Commission on the implementation of the 5G cybersecurity Toolbox (15 June 2023)";

/// A published designation of the suppliers trading under one name.
struct listing {
  std::string_view name;               ///< the name the designation gives: "Huawei", "ZTE"
  std::array<designation, 1> entries;  ///< what was designated, by whom, when, in which document
};

/// Every designation this library ships, in the order published.
inline constexpr std::array<listing, 2> published{{
    {"Huawei",
     {{{designation_kind::high_risk_supplier, "European Commission", std::nullopt, date{2023, 6, 15},
        toolbox_communication_2023}}}},
    {"ZTE",
     {{{designation_kind::high_risk_supplier, "European Commission", std::nullopt, date{2023, 6, 15},
        toolbox_communication_2023}}}},
}};

/// Whether `supplier_name` begins with the word `listed`, without regard to case.
constexpr bool names(std::string_view listed, std::string_view supplier_name) noexcept {
  if (listed.empty() || supplier_name.size() < listed.size()) return false;
  for (std::size_t i = 0; i < listed.size(); ++i)
    if (detail::ascii_lower(listed[i]) != detail::ascii_lower(supplier_name[i])) return false;
  return supplier_name.size() == listed.size() || detail::ends_word(supplier_name[listed.size()]);
}

/// The published designations of the supplier called `supplier_name` (empty when none names it).
/// They point into this header's data: valid for the whole program.
constexpr std::span<const designation> published_for(std::string_view supplier_name) noexcept {
  for (const auto& l : published)
    if (names(l.name, supplier_name)) return l.entries;
  return {};
}

}  // namespace designations
OVERSIGHT_END_NAMESPACE
