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
#include <initializer_list>
#include <string>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE
namespace consent {

/// How member states are written: ISO 3166-1 codes (GR, GB) or the EU institutions' codes (EL, UK).
enum class code_style : std::uint8_t { iso, eu };

/// `part` as a percentage of `whole` with `decimals` decimals (0 to 4), rounded half up,
/// e.g. "35.1 %", computed exactly for every pair of 64-bit counts. A part above the whole is a
/// percentage above 100 ("300.0 %"); a zero whole prints as "0.0 %".
inline std::string format_share(std::uint64_t part, std::uint64_t whole, unsigned decimals = 1) {
  if (decimals > 4) decimals = 4;
  std::uint32_t tenths = 1;  // 10^decimals
  for (unsigned i = 0; i < decimals; ++i) tenths *= 10;
  const std::uint32_t scale = 100 * tenths;
  // part / whole = whole_times + rest / whole; the percentage is whole_times * 100 followed by
  // round(rest * scale / whole) in units of 1/tenths of a percent, which is below `scale`
  // before rounding and at most `scale` after (then it carries into whole_times).
  std::uint64_t whole_times = 0, units = 0;
  if (whole != 0) {
    whole_times = part / whole;
    const std::uint64_t rest = part % whole;
    // rest * scale < 2^96; divide by whole with a 96-by-64 long division in bits.
    const detail::wide n = detail::multiply(rest, scale);
    std::uint64_t q = 0, rem = 0;
    for (int bit = 127; bit >= 0; --bit) {
      const std::uint64_t word = bit >= 64 ? n.hi : n.lo;
      const std::uint64_t next = (word >> (bit % 64)) & 1u;
      const bool rem_overflow = (rem >> 63) != 0;
      rem = (rem << 1) | next;
      q <<= 1;
      if (rem_overflow || rem >= whole) {
        rem -= whole;
        q |= 1u;
      }
    }
    units = q + (rem >= whole - rem ? 1u : 0u);  // round half up
    if (units == scale) ++whole_times, units = 0;  // no overflow: whole_times < 2^64 - 1 here
  }
  // The integer percent is whole_times * 100 + units / tenths, written without multiplying.
  const std::uint64_t percent_low = units / tenths;  // 0..99
  std::string out;
  if (whole_times != 0) {
    out = std::to_string(whole_times);
    out += static_cast<char>('0' + percent_low / 10);
    out += static_cast<char>('0' + percent_low % 10);
  } else {
    out = std::to_string(percent_low);
  }
  if (decimals > 0) {
    const std::string digits = std::to_string(units % tenths);
    out.append(".").append(decimals - digits.size(), '0').append(digits);
  }
  out.append(" %");
  return out;
}

namespace detail {
// Concatenation by appending (GCC 12 reports a false -Wrestrict on `"literal" + std::string` at -O3).
inline std::string concat(std::initializer_list<std::string_view> parts) {
  std::size_t size = 0;
  for (auto p : parts) size += p.size();
  std::string out;
  out.reserve(size);
  for (auto p : parts) out.append(p);
  return out;
}
}  // namespace detail

/// The codes of `members`, heaviest first (slot order among equal weights), comma separated;
/// "none" for an empty set.
inline std::string member_codes(const electorate& voters, member_set members, code_style style = code_style::iso) {
  std::string out;
  for (std::size_t i = 0; i < voters.size(); ++i) {
    const std::size_t slot = voters.by_weight(i);
    if (!members.contains(slot)) continue;
    if (!out.empty()) out.append(", ");
    const country c = voters.member(slot);
    out.append(style == code_style::eu ? c.eu_code() : c.alpha2());
  }
  return out.empty() ? std::string("none") : out;
}

/// "1 member", "4 members".
inline std::string count_of_members(std::uint64_t n) {
  return detail::concat({std::to_string(n), n == 1 ? " member" : " members"});
}

/// One line: "adopted (thresholds met)", "blocked by DE, FR, IT, NL: 50.9 % of population
/// (too little population in favour)", "pending: awaiting DE, FR".
inline std::string summary(const electorate& voters, const outcome& o, code_style style = code_style::iso) {
  if (o.reason() == reason::not_all_members_take_part) {
    std::string out;
    for (const country c : voters.taken_out()) {
      out.append(out.empty() ? "" : ", ");
      out.append(style == code_style::eu ? c.eu_code() : c.alpha2());
    }
    return detail::concat({"not decided: ", to_string_view(o.reason()), " (taken out: ", out.empty() ? "none" : out, ")"});
  }
  switch (o.status()) {
    case status::adopted:
      return detail::concat({"adopted (", to_string_view(o.reason()), ")"});
    case status::not_adopted: {
      const std::string share = voters.weighted()
                                    ? detail::concat({": ", format_share(o.population_blocking(), o.population()), " of population"})
                                    : std::string();
      return detail::concat({"blocked by ", member_codes(voters, o.blocking(), style), share, " (",
                             to_string_view(o.reason()), ")"});
    }
    case status::pending:
      break;
  }
  return detail::concat({"pending: awaiting ", member_codes(voters, o.outstanding(), style)});
}

/// Several lines: the outcome, the counts and population shares, the members obliged to abstain
/// (with the ballots set aside), what the rule requires, the margins on both sides (short of or
/// above each threshold; when adopted, who did not vote yes), under constructive abstention the
/// formal abstainers' thresholds and how far they are from them, the blocking minority, and the
/// indispensable answers still awaited.
inline std::string explain(const electorate& voters, const outcome& o, code_style style = code_style::iso) {
  const bool weighted = voters.weighted();
  std::string out = summary(voters, o, style);
  out.append("\n  electorate: ").append(count_of_members(o.members()));
  if (weighted) out.append(", weights: ").append(voters.weights_name());
  out.append("\n");
  auto side = [&](std::string_view label, member_set s) {
    out.append("  ").append(label).append(": ").append(std::to_string(s.size()));
    if (weighted) out.append(" (").append(format_share(voters.weight_of(s), o.population())).append(")");
    if (!s.empty()) out.append(" ").append(member_codes(voters, s, style));
    out.append("\n");
  };
  side("yes", o.yes());
  side("no", o.no());
  side("abstain", o.abstained());
  if (!o.qualified_abstained().empty()) side("of which formal (qualified)", o.qualified_abstained());
  side("absent", o.absent());
  if (!o.outstanding().empty()) side("outstanding", o.outstanding());
  if (!o.obliged_to_abstain().empty()) {
    out.append("  obliged to abstain: ").append(member_codes(voters, o.obliged_to_abstain(), style));
    if (!o.set_aside().empty())
      out.append(" (counted as abstaining; ballot set aside: ").append(member_codes(voters, o.set_aside(), style)).append(")");
    out.append("\n");
  }
  auto requirement = [&](std::string_view label, std::uint64_t members, std::uint64_t people, std::string_view suffix) {
    if (members == 0 && people == 0) return;
    out.append("  ").append(label).append(":");
    if (members != 0) out.append(" ").append(count_of_members(members)).append(suffix);
    if (people != 0)
      out.append(members != 0 ? ", " : " ").append(format_share(people, o.population(), 2)).append(" of population");
    out.append("\n");
  };
  requirement("required", o.members_required(), o.population_required(), " in favour");
  requirement("short by", o.members_short(), o.population_short(), "");
  // Above a unanimity rule's single yes the margin says nothing: any one member can block.
  if (o.members_required() > 1 || o.population_required() != 0)
    requirement("above by", o.members_above(), o.population_above(), "");
  if (o.adopted()) {
    out.append("  not in favour: ").append(count_of_members(o.not_yes().size()));
    if (weighted) out.append(", ").append(format_share(o.population_not_yes(), o.population())).append(" of population");
    out.append("\n");
  }
  if (o.abstention_members_required() != 0) {
    out.append("  formal abstentions block at: ").append(count_of_members(o.abstention_members_required()));
    if (o.abstention_population_required() != 0)
      out.append(" comprising ").append(format_share(o.abstention_population_required(), o.population(), 2)).append(" of population");
    out.append("\n");
    requirement("formal abstentions short of blocking by", o.abstention_members_short(), o.abstention_population_short(), "");
    if (o.adopted() && !o.qualified_abstained().empty())
      out.append("  not obliged to apply the decision (Art. 31(1) TEU): ")
          .append(member_codes(voters, o.qualified_abstained(), style))
          .append("\n");
  }
  if (o.blocking_minority_size() == 1)
    out.append("  a single member can block\n");
  else if (o.blocking_minority_size() != 0 && o.blocking_minority_size() <= o.members())
    out.append("  a blocking minority needs at least ").append(count_of_members(o.blocking_minority_size())).append("\n");
  if (o.pending() && !o.required().empty())
    out.append("  indispensable yes votes: ").append(member_codes(voters, o.required(), style)).append("\n");
  return out;
}

}  // namespace consent
OVERSIGHT_END_NAMESPACE
