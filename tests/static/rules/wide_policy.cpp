// A policy of 300 rules: more children than Clang accepts in one fold expression (256, its
// -fbracket-depth), so nothing that walks a policy's children may be a fold. The policy is built,
// checked at compile time in both forms, and its findings are counted, with 300 distinct ids.
#include <oversight/rules.hpp>

#include <cstddef>
#include <cstdint>
#include <utility>

namespace {

using namespace oversight;

struct tally {
  std::int64_t value = 0;
};
inline constexpr fact<"tally.value", std::int64_t> value{};

}  // namespace

template <>
struct oversight::fact_source<tally> {
  static constexpr std::int64_t get(decltype(value), const tally& t) { return t.value; }
};

namespace {

constexpr std::size_t width = 300;

// "wide.000" .. "wide.299"
template <std::size_t I>
constexpr auto wide_id() {
  detail::fixed_string<8> id{};
  const char text[] = "wide.";
  for (std::size_t k = 0; k < 5; ++k) id.data[k] = text[k];
  id.data[5] = static_cast<char>('0' + I / 100);
  id.data[6] = static_cast<char>('0' + I / 10 % 10);
  id.data[7] = static_cast<char>('0' + I % 10);
  return id;
}

// Rule I fires from a value of I + 1; every tenth denies, the others review.
template <std::size_t... I>
consteval auto make_wide(std::index_sequence<I...>) {
  return policy<"wide", combining::deny_overrides>(
      rule<wide_id<I>()>(I % 10 == 9 ? effect::deny : effect::review, value >= static_cast<std::int64_t>(I + 1))...);
}
inline constexpr auto wide = make_wide(std::make_index_sequence<width>{});

static_assert(decltype(wide)::rule_count == width);
static_assert(check(wide, tally{0}).kind == verdict_kind::permit);
static_assert(check(wide, tally{1}).kind == verdict_kind::review);
static_assert(check(wide, tally{9}).kind == verdict_kind::review);
static_assert(check(wide, tally{10}).kind == verdict_kind::deny);
static_assert(check<wide>(tally{10}).kind == verdict_kind::deny);

constexpr bool findings_name_their_rules() {
  findings_buffer<decltype(wide)> buffer{};
  const evaluation e = evaluate_into(wide, tally{300}, {}, buffer);
  if (e.total != width || !e.complete() || e.verdict.kind != verdict_kind::deny) return false;
  for (std::size_t i = 0; i < width; ++i) {
    const finding& f = buffer[i];
    const char last[] = {static_cast<char>('0' + i / 100), static_cast<char>('0' + i / 10 % 10),
                         static_cast<char>('0' + i % 10)};
    if (f.rule_index != i || f.rule_id.substr(0, 5) != "wide." || f.rule_id.substr(5) != std::string_view(last, 3))
      return false;
  }
  return evaluate_into(wide, tally{150}, {}, buffer).total == 150;
}
static_assert(findings_name_their_rules());

}  // namespace
