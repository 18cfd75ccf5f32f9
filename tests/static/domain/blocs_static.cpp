// Dated bloc_membership at the boundary days, and set algebra over blocs.
#include <oversight/domain.hpp>

#include <array>

namespace {
using namespace oversight;
using namespace oversight::literals;

constexpr date in_2026{2026, 1, 1};
constexpr country_set eu_2026 = eu::member_states.members_on(in_2026);
constexpr country_set nato_2026 = nato::allies.members_on(in_2026);

// Boundary days.
static_assert(!nato::allies.is_member("FI", date{2023, 4, 3}));
static_assert(nato::allies.is_member("FI", date{2023, 4, 4}));
static_assert(!nato::allies.is_member("SE", date{2024, 3, 6}));
static_assert(nato::allies.is_member("SE", date{2024, 3, 7}));
static_assert(eu::member_states.is_member("GB", date{2020, 1, 31}));
static_assert(!eu::member_states.is_member("GB", date{2020, 2, 1}));
static_assert(!eu::member_states.is_member("HR", date{2013, 6, 30}));
static_assert(eu::member_states.is_member("HR", date{2013, 7, 1}));
static_assert(eu::eea.is_member("GB", date{2020, 12, 31}) && !eu::eea.is_member("GB", date{2021, 1, 1}));
static_assert(!eu::eea.is_member("HR", date{2014, 4, 11}) && eu::eea.is_member("HR", date{2014, 4, 12}));
static_assert(eu::eea.is_member("AT", date{1994, 1, 1}) && !eu::member_states.is_member("AT", date{1994, 1, 1}));
static_assert(!eu::eea.is_member("LI", date{1995, 4, 30}) && eu::eea.is_member("LI", date{1995, 5, 1}));
static_assert(nato::allies.is_member("FR", date{1970, 1, 1}));  // military-command withdrawal is not leaving
static_assert(eu::member_states.is_member("EL"_country, in_2026));  // EU code alias of GR

// joined / left.
static_assert(eu::member_states.joined("GB") == date{1973, 1, 1});
static_assert(eu::member_states.left("GB") == date{2020, 1, 31});
static_assert(!eu::member_states.left("FR").has_value());
static_assert(!nato::allies.joined("AT").has_value());
static_assert(nato::allies.joined("DE") == date{1955, 5, 6});

// Set algebra (facts sheet 2.8-2.11).
static_assert(eu_2026.size() == 27);
static_assert(nato_2026.size() == 32);
static_assert((eu_2026 & nato_2026).size() == 23);
// PESCO: 25 from 11 December 2017 (Decision (CFSP) 2017/2315), Denmark from 23 May 2023
// (Decision (CFSP) 2023/1015); every EU member but Malta, and only EU members.
static_assert(eu::pesco.members_on(date{2017, 12, 10}).empty());
static_assert(eu::pesco.members_on(date{2017, 12, 11}).size() == 25);
static_assert(!eu::pesco.is_member("DK", date{2023, 5, 22}) && eu::pesco.is_member("DK", date{2023, 5, 23}));
static_assert(eu_2026 - eu::pesco.members_on(in_2026) == country_set{"MT"});
static_assert(eu::pesco.ever_members().subset_of(eu::member_states.members_on(in_2026)));
static_assert((eu_2026 - nato_2026) == country_set{"AT", "CY", "IE", "MT"});
static_assert((nato_2026 - eu_2026) == country_set{"AL", "CA", "GB", "IS", "ME", "MK", "NO", "TR", "US"});
static_assert((eu_2026 | nato_2026).size() == 36);
static_assert(eu::eea.members_on(in_2026) == (eu_2026 | country_set{"IS", "LI", "NO"}));
static_assert(eu_2026.subset_of(eu::eea.members_on(in_2026)));
static_assert(eu::member_states.members_on(date{2020, 1, 31}).size() == 28);
static_assert(nato::allies.members_on(date{2023, 4, 4}).size() == 31);
static_assert(country_set::all().size() == country::count);
static_assert(!eu_2026.subset_of(nato_2026) && (eu_2026 & nato_2026).subset_of(nato_2026));
static_assert(eu_2026.intersects(nato_2026) && !(eu_2026 - nato_2026).intersects(nato_2026));
// The same with one member left out, as if erased first (every word of the set: "AD" is in the
// first, "ZW" in the last).
static_assert(country_set{"AT", "ZW"}.subset_of(country_set{"ZW"}, country{"AT"}));
static_assert(!country_set{"AT", "ZW"}.subset_of(country_set{"ZW"}, country{"ZW"}));
static_assert(country_set{"AD", "ZW"}.subset_of(country_set{"AD"}, country{"ZW"}));
static_assert(!country_set{"AD"}.intersects(country_set{"AD", "ZW"}, country{"AD"}));
static_assert(country_set{"AD", "ZW"}.intersects(country_set{"AD", "ZW"}, country{"AD"}));
static_assert(!country_set{"ZW"}.intersects(country_set{"ZW"}, country{"ZW"}));
static_assert(country_set{}.subset_of(country_set{}, country{"FR"}) && !country_set{}.intersects(eu_2026, country{"FR"}));

// Iteration is in code order.
constexpr auto first_two = [] {
  std::array<country, 2> out{country{"ZW"}, country{"ZW"}};
  std::size_t i = 0;
  for (country c : eu_2026 - nato_2026) {
    if (i < 2) out[i] = c;
    ++i;
  }
  return out;
}();
static_assert(first_two[0] == country{"AT"} && first_two[1] == country{"CY"});

// A user-defined bloc, checked.
constexpr std::array<bloc_membership, 2> rejoined{{{"NZ", {date{1951, 9, 1}, date{1986, 8, 11}}}, {"NZ", since(date{2000, 1, 1})}}};
constexpr std::array<bloc_membership, 2> overlapping{{{"NZ", since(date{1951, 9, 1})}, {"NZ", since(date{2000, 1, 1})}}};
constexpr std::array<bloc_membership, 1> backwards{{{"AU", {date{2000, 1, 1}, date{1999, 1, 1}}}}};
static_assert(bloc::make("example", rejoined).has_value());
static_assert(bloc::make("example", rejoined)->left("NZ") == std::nullopt);
static_assert(!bloc::make("example", rejoined)->is_member("NZ", date{1990, 1, 1}));
static_assert(bloc::make("example", overlapping).error().code == bloc_errc::overlapping_membership);
static_assert(bloc::make("example", backwards).error().code == bloc_errc::membership_ends_before_it_starts);
static_assert(bloc::make("example", backwards).error().id() == "OVS-E220");
}  // namespace
