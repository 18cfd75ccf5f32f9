// The national acts transposing the procurement directives: by state, regime and the day a
// procedure was launched, on both sides of each day an act starts to apply.
#include <oversight/policies/transpositions.hpp>

namespace {
using namespace oversight;
namespace tr = oversight::policies::transpositions;
using r = procurement_regime;

constexpr bool cites(country state, r regime, date d, const legal_basis& expected) {
  const auto act = tr::act_for(state, regime, d);
  return act && *act == expected;
}
constexpr bool none(country state, r regime, date d) { return !tr::act_for(state, regime, d).has_value(); }

// Spain: Ley 9/2017 from 9 March 2018, Ley 24/2011 for Directive 2009/81/EC; utilities not recorded.
static_assert(none(country{"ES"}, r::classic, date{2018, 3, 8}));
static_assert(cites(country{"ES"}, r::classic, date{2018, 3, 9}, tr::es_lcsp));
static_assert(cites(country{"ES"}, r::concessions, date{2025, 1, 1}, tr::es_lcsp));
static_assert(cites(country{"ES"}, r::defence_and_security, date{2025, 7, 7}, tr::es_defensa));
static_assert(none(country{"ES"}, r::utilities, date{2025, 1, 1}));
// France: the Code de la commande publique for procedures from 1 April 2019, every regime.
static_assert(none(country{"FR"}, r::classic, date{2019, 3, 31}));
static_assert(cites(country{"FR"}, r::classic, date{2019, 4, 1}, tr::fr_ccp));
static_assert(cites(country{"FR"}, r::defence_and_security, date{2024, 1, 1}, tr::fr_ccp));
// Germany: GWB Part 4 as recast from 18 April 2016; the VSVgV for defence and security.
static_assert(none(country{"DE"}, r::utilities, date{2016, 4, 17}));
static_assert(cites(country{"DE"}, r::utilities, date{2016, 4, 18}, tr::de_gwb));
static_assert(cites(country{"DE"}, r::defence_and_security, date{2020, 1, 1}, tr::de_vsvgv));
// Italy: d.lgs. 50/2016 up to 30 June 2023, d.lgs. 36/2023 from 1 July 2023.
static_assert(none(country{"IT"}, r::classic, date{2016, 4, 18}));
static_assert(cites(country{"IT"}, r::classic, date{2016, 4, 19}, tr::it_codice_2016));
static_assert(cites(country{"IT"}, r::utilities, date{2023, 6, 30}, tr::it_codice_2016));
static_assert(cites(country{"IT"}, r::utilities, date{2023, 7, 1}, tr::it_codice_2023));
static_assert(none(country{"IT"}, r::defence_and_security, date{2023, 6, 30}));
static_assert(cites(country{"IT"}, r::defence_and_security, date{2023, 7, 1}, tr::it_difesa));
// Poland: Pzp 2019 from 1 January 2021; the concessions act.
static_assert(none(country{"PL"}, r::classic, date{2020, 12, 31}));
static_assert(cites(country{"PL"}, r::classic, date{2021, 1, 1}, tr::pl_pzp));
static_assert(cites(country{"PL"}, r::concessions, date{2021, 1, 1}, tr::pl_koncesje));
// Any other state: not recorded.
static_assert(none(country{"AT"}, r::classic, date{2025, 1, 1}));
static_assert(none(country{"GB"}, r::classic, date{2019, 1, 1}));

// At most one act for a state, regime and day: the periods of one state and regime do not meet.
static_assert([] {
  for (const auto& a : tr::acts)
    for (const auto& b : tr::acts)
      if (&a != &b && a.state == b.state && a.regime == b.regime && a.applies.from <= b.applies.until &&
          b.applies.from <= a.applies.until)
        return false;
  return true;
}());

}  // namespace
