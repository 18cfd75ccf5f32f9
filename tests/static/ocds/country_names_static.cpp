// The OCDS adapter's country tables: names and alpha-3 codes to ISO 3166-1 alpha-2.
#include <oversight/adapt/ocds/country_names.hpp>
#include <oversight/domain/country.hpp>

#include <array>
#include <cstddef>
#include <string_view>

namespace {
using namespace oversight;
using ocds::detail::alpha2_of_alpha3;
using ocds::detail::alpha2_of_name;
using ocds::detail::country_names;
using ocds::detail::iso3166_alpha3;

// An assigned ISO code, not one of the EU aliases EL and UK that `country::parse` also accepts.
constexpr bool assigned(std::string_view alpha2) {
  const auto c = country::parse(alpha2);
  return c.has_value() && c->alpha2() == alpha2;
}

// Both tables strictly sorted: the lookups are binary searches.
constexpr bool names_strictly_sorted() {
  for (std::size_t i = 1; i < country_names.size(); ++i)
    if (!(country_names[i - 1].name < country_names[i].name)) return false;
  return true;
}
static_assert(names_strictly_sorted());

constexpr bool alpha3_strictly_sorted() {
  for (std::size_t i = 1; i < iso3166_alpha3.size(); ++i)
    if (!(iso3166_alpha3[i - 1].alpha3 < iso3166_alpha3[i].alpha3)) return false;
  return true;
}
static_assert(alpha3_strictly_sorted());

// Names are normalised: no A-Z, no leading, trailing or double space.
constexpr bool names_normalised() {
  for (const auto& e : country_names) {
    const auto n = e.name;
    if (n.empty() || n.front() == ' ' || n.back() == ' ') return false;
    for (std::size_t i = 0; i < n.size(); ++i) {
      if (n[i] >= 'A' && n[i] <= 'Z') return false;
      if (n[i] == ' ' && n[i + 1] == ' ') return false;
    }
  }
  return true;
}
static_assert(names_normalised());

// Every alpha-2 value of both tables is an assigned code.
constexpr bool names_give_assigned_codes() {
  for (const auto& e : country_names)
    if (!assigned(e.alpha2)) return false;
  return true;
}
static_assert(names_give_assigned_codes());

constexpr bool alpha3_gives_assigned_codes() {
  for (const auto& e : iso3166_alpha3) {
    if (!assigned(e.alpha2)) return false;
    if (e.alpha3.size() != 3) return false;
    for (char c : e.alpha3)
      if (c < 'A' || c > 'Z') return false;
  }
  return true;
}
static_assert(alpha3_gives_assigned_codes());

// The alpha-3 table is one-to-one with the assigned alpha-2 codes: 249 entries, distinct
// alpha-2 values, every code of the country table present.
static_assert(iso3166_alpha3.size() == 249);
static_assert(iso3166_alpha3.size() == oversight::detail::iso3166_alpha2.size());

// Linear, with a mark per country index: quadratic loops exceed Clang's constexpr step limit.
constexpr bool alpha3_alpha2_distinct() {
  std::array<bool, country::count> seen{};
  for (const auto& e : iso3166_alpha3) {
    const auto i = country::parse(e.alpha2)->index();
    if (seen[i]) return false;
    seen[i] = true;
  }
  return true;
}
static_assert(alpha3_alpha2_distinct());

constexpr bool alpha3_covers_every_code() {
  std::array<bool, country::count> seen{};
  for (const auto& e : iso3166_alpha3) seen[country::parse(e.alpha2)->index()] = true;
  for (std::size_t i = 0; i < country::count; ++i)
    if (!seen[i] || country::from_index(i)->alpha2() != oversight::detail::iso3166_alpha2[i])
      return false;
  return true;
}
static_assert(alpha3_covers_every_code());

// Every assigned code has at least one name.
constexpr bool names_cover_every_code() {
  std::array<bool, country::count> seen{};
  for (const auto& e : country_names) seen[country::parse(e.alpha2)->index()] = true;
  for (bool s : seen)
    if (!s) return false;
  return true;
}
static_assert(names_cover_every_code());

// Lookups by name (already normalised by the caller). Non-ASCII names are written as octal
// escapes of their UTF-8 bytes, as in the header, with the name in a comment.
static_assert(alpha2_of_name("ukraine") == "UA");
// україна
static_assert(alpha2_of_name("\321\203\320\272\321\200\320\260\321\227\320\275\320\260") == "UA");
// Україна
static_assert(alpha2_of_name("\320\243\320\272\321\200\320\260\321\227\320\275\320\260") == "UA");
// украина
static_assert(alpha2_of_name("\321\203\320\272\321\200\320\260\320\270\320\275\320\260") == "UA");
// Украина
static_assert(alpha2_of_name("\320\243\320\272\321\200\320\260\320\270\320\275\320\260") == "UA");
static_assert(alpha2_of_name("canada") == "CA");
static_assert(alpha2_of_name("paraguay") == "PY");
static_assert(alpha2_of_name("nigeria") == "NG");
static_assert(alpha2_of_name("uganda") == "UG");
static_assert(alpha2_of_name("colombia") == "CO");
static_assert(alpha2_of_name("armenia") == "AM");
static_assert(alpha2_of_name("united kingdom") == "GB");
static_assert(alpha2_of_name("united kingdom of great britain and northern ireland") == "GB");
static_assert(alpha2_of_name("korea, republic of") == "KR");
static_assert(alpha2_of_name("moldova, republic of") == "MD");
static_assert(alpha2_of_name("taiwan, province of china") == "TW");
static_assert(alpha2_of_name("t\303\274rkiye") == "TR");  // türkiye
static_assert(alpha2_of_name("c\303\264te d'ivoire") == "CI");  // côte d'ivoire
static_assert(alpha2_of_name("m\303\251xico") == "MX");  // méxico
static_assert(alpha2_of_name("espa\303\261a") == "ES");  // españa
static_assert(alpha2_of_name("the netherlands") == "NL");
static_assert(alpha2_of_name("holland").empty());
static_assert(alpha2_of_name("kosovo").empty());
static_assert(alpha2_of_name("Ukraine").empty());  // the caller lower-cases ASCII first
static_assert(alpha2_of_name("").empty());

// Lookups by alpha-3 code.
static_assert(alpha2_of_alpha3("NGA") == "NG");
static_assert(alpha2_of_alpha3("UKR") == "UA");
static_assert(alpha2_of_alpha3("GBR") == "GB");
static_assert(alpha2_of_alpha3("XKX").empty());  // Kosovo: not an assigned code
static_assert(alpha2_of_alpha3("").empty());

}  // namespace
