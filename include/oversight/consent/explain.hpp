// oversight::consent: text explanations of an outcome.
//
// Separate from the evaluation path because it allocates (std::string). Percentages are printed
// from exact integers (rounded half up), never through floating point:
//
//     blocked by DE, FR, IT, NL: 51.0 % of population
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/consent/electorate.hpp>
#include <oversight/consent/outcome.hpp>
#include <oversight/consent/fraction.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE
namespace consent {

/// How member states are written: ISO 3166-1 codes (GR, GB) or the EU institutions' codes (EL, UK).
enum class code_style : std::uint8_t { iso, eu };

/// `part` as a percentage of `whole` with `decimals` decimals (0 to 4), rounded half up,
/// e.g. "35.1 %". A zero whole prints as "0.0 %".
inline std::string format_share(std::uint64_t part, std::uint64_t whole, unsigned decimals = 1) {
  if (decimals > 4) decimals = 4;
  std::uint32_t scale = 100;
  for (unsigned i = 0; i < decimals; ++i) scale *= 10;
  // round(part * scale / whole) = floor((2 * part * scale + whole) / (2 * whole)), computed exactly.
  std::uint64_t units = 0;
  if (whole != 0) {
    // part * scale < 2^96; divide by whole with a 96-by-64 long division in bits.
    const detail::wide n = detail::multiply(part, scale);
    std::uint64_t q = 0, rem = 0;
    bool rem_overflow = false;
    for (int bit = 127; bit >= 0; --bit) {
      const std::uint64_t word = bit >= 64 ? n.hi : n.lo;
      const std::uint64_t next = (word >> (bit % 64)) & 1u;
      rem_overflow = (rem >> 63) != 0;
      rem = (rem << 1) | next;
      q <<= 1;
      if (rem_overflow || rem >= whole) {
        rem -= whole;
        q |= 1u;
      }
    }
    // Round half up: compare the remainder with whole - remainder.
    units = q + (rem >= whole - rem ? 1u : 0u);
  }
  std::string digits = std::to_string(units);
  if (decimals > 0) {
    if (digits.size() <= decimals) digits.insert(0, decimals + 1 - digits.size(), '0');
    digits.insert(digits.size() - decimals, 1, '.');
  }
  return digits + " %";
}

/// The codes of `members`, heaviest first (slot order among equal weights), comma separated.
inline std::string member_codes(const electorate& voters, member_set members, code_style style = code_style::iso) {
  std::string out;
  for (std::size_t i = 0; i < voters.size(); ++i) {
    const std::size_t slot = voters.by_weight(i);
    if (!members.contains(slot)) continue;
    if (!out.empty()) out += ", ";
    const country c = voters.member(slot);
    out += style == code_style::eu ? c.eu_code() : c.alpha2();
  }
  return out.empty() ? std::string("none") : out;
}

/// One line: "adopted (thresholds met)", "blocked by DE, FR, IT, NL: 51.0 % of population",
/// "pending: awaiting DE, FR".
inline std::string summary(const electorate& voters, const outcome& o, code_style style = code_style::iso) {
  switch (o.status()) {
    case status::adopted:
      return "adopted (" + std::string(to_string_view(o.reason())) + ")";
    case status::not_adopted: {
      std::string s = "blocked by " + member_codes(voters, o.blocking(), style);
      if (voters.weighted()) s += ": " + format_share(o.population_blocking(), o.population()) + " of population";
      return s + " (" + std::string(to_string_view(o.reason())) + ")";
    }
    case status::pending:
      break;
  }
  return "pending: awaiting " + member_codes(voters, o.outstanding(), style);
}

/// Several lines: the outcome, the counts and population shares, what the rule requires, the
/// margins, the blocking coalition or the answers still awaited.
inline std::string explain(const electorate& voters, const outcome& o, code_style style = code_style::iso) {
  const bool weighted = voters.weighted();
  auto side = [&](std::string_view label, member_set s) {
    std::string line = "  " + std::string(label) + ": " + std::to_string(s.size());
    if (weighted) line += " (" + format_share(voters.weight_of(s), o.population()) + ")";
    if (!s.empty()) line += " " + member_codes(voters, s, style);
    return line + "\n";
  };
  std::string out = summary(voters, o, style) + "\n";
  out += "  electorate: " + std::to_string(o.members()) + " members";
  if (weighted) out += ", weights: " + std::string(voters.weights_name());
  out += "\n";
  out += side("yes", o.yes());
  out += side("no", o.no());
  out += side("abstain", o.abstained());
  if (!o.qualified_abstained().empty()) out += side("of which formal (qualified)", o.qualified_abstained());
  out += side("absent", o.absent());
  if (!o.outstanding().empty()) out += side("outstanding", o.outstanding());
  if (o.members_required() != 0 || o.population_required() != 0) {
    out += "  required:";
    if (o.members_required() != 0) out += " " + std::to_string(o.members_required()) + " members in favour";
    if (o.population_required() != 0)
      out += std::string(o.members_required() != 0 ? "," : "") + " " +
             format_share(o.population_required(), o.population(), 2) + " of population";
    out += "\n";
  }
  if (o.members_short() != 0 || o.population_short() != 0) {
    out += "  short by:";
    if (o.members_short() != 0) out += " " + std::to_string(o.members_short()) + " members";
    if (o.population_short() != 0)
      out += std::string(o.members_short() != 0 ? "," : "") + " " +
             format_share(o.population_short(), o.population(), 2) + " of population";
    out += "\n";
  }
  if (o.blocking_minority_size() != 0 && o.blocking_minority_size() <= o.members())
    out += "  a blocking minority needs at least " + std::to_string(o.blocking_minority_size()) + " members\n";
  if (o.pending() && !o.required().empty())
    out += "  indispensable yes votes: " + member_codes(voters, o.required(), style) + "\n";
  return out;
}

}  // namespace consent
OVERSIGHT_END_NAMESPACE
