// CPV codes and classification levels.
#include <oversight/domain.hpp>

namespace {
using namespace oversight;

// Every known-valid code of the facts sheet parses with its check digit.
static_assert(cpv_code::parse("48000000-8") && cpv_code::parse("72000000-5") && cpv_code::parse("30233000-1") &&
              cpv_code::parse("45000000-7") && cpv_code::parse("09110000-3") && cpv_code::parse("33100000-1") &&
              cpv_code::parse("80000000-4") && cpv_code::parse("50312000-5") && cpv_code::parse("79710000-4") &&
              cpv_code::parse("35000000-4") && cpv_code::parse("32000000-3") && cpv_code::parse("32500000-8") &&
              cpv_code::parse("72250000-2") && cpv_code::parse("48820000-2"));
static_assert(cpv_code::parse("48000000-8")->check_digit_verified());
static_assert(!cpv_code::parse("48000000")->check_digit_verified());
static_assert(!cpv_code::parse("48000000")->check_digit().has_value());
static_assert(!cpv_code::parse("71356200-0")->check_digit_verified());  // not in the excerpt: recorded only
static_assert(cpv_code::parse("48000000-9").error().code == cpv_errc::wrong_cpv_check_digit);
static_assert(cpv_code::parse("4800000-8").error().code == cpv_errc::malformed_cpv_code);
static_assert(cpv_code::parse("48000000_8").error().code == cpv_errc::malformed_cpv_code);
static_assert(cpv_code::parse("4800000A").error().code == cpv_errc::malformed_cpv_code);
static_assert(cpv_code::parse("48000000-X").error().code == cpv_errc::malformed_cpv_code);
static_assert(cpv_code::parse("01000000").error().code == cpv_errc::unknown_cpv_division);
static_assert(cpv_code::parse("99000000").error().code == cpv_errc::unknown_cpv_division);
static_assert(cpv_code::parse("48000000-9").error().id() == "OVS-E247");

// Divisions and kinds.
static_assert(cpv_code{"48000000-8"}.division() == 48 && cpv_code{"48000000-8"}.kind() == cpv_kind::supplies);
static_assert(cpv_code{"09110000-3"}.division() == 9 && cpv_code{"09110000-3"}.kind() == cpv_kind::supplies);
static_assert(cpv_code{"45000000-7"}.kind() == cpv_kind::works);
static_assert(cpv_code{"50312000-5"}.kind() == cpv_kind::services);
static_assert(cpv_code{"79710000-4"}.kind() == cpv_kind::services);
static_assert(cpv_code{"48820000-2"}.within(cpv_code{"48000000-8"}));
static_assert(!cpv_code{"72250000-2"}.within(cpv_code{"48000000-8"}));
static_assert(cpv_code{"30233100-2"}.within(cpv_code{"30233000-1"}));
static_assert(cpv_code{"48000000"} == cpv_code{"48000000-8"});
static_assert(cpv_code{"72000000-5"}.text().view() == "72000000-5");
static_assert(cpv_code{"09110000"}.text().view() == "09110000");

// Classification: order, EU/NATO equivalence, NATO UNCLASSIFIED is no level.
static_assert(classification::restricted < classification::confidential);
static_assert(classification::secret >= classification::confidential);
static_assert(level_of(eu_marking::confidentiel_ue) == level_of(nato_marking::nato_confidential));
static_assert(nato_equivalent(eu_marking::tres_secret_ue) == nato_marking::cosmic_top_secret);
static_assert(nato_equivalent(eu_marking::restreint_ue) == nato_marking::nato_restricted);
static_assert(eu_equivalent(nato_marking::nato_secret) == eu_marking::secret_ue);
static_assert(!eu_equivalent(nato_marking::nato_unclassified).has_value());
static_assert(!level_of(nato_marking::nato_unclassified).has_value());
static_assert(name(eu_marking::confidentiel_ue) == "CONFIDENTIEL UE/EU CONFIDENTIAL");
static_assert(parse_eu_marking("SECRET UE").value() == eu_marking::secret_ue);
static_assert(parse_eu_marking("EU TOP SECRET").value() == eu_marking::tres_secret_ue);
// The Official Journal's spelling, with the accent (Council Decision (EU) 2021/1075, recital 3),
// printed and read; the spelling without it or with it decomposed is read too, nothing else near it.
static_assert(name(eu_marking::tres_secret_ue) == "TR\xC3\x88S SECRET UE/EU TOP SECRET");
static_assert(parse_eu_marking("TR\xC3\x88S SECRET UE/EU TOP SECRET").value() == eu_marking::tres_secret_ue);
static_assert(parse_eu_marking("TR\xC3\x88S SECRET UE").value() == eu_marking::tres_secret_ue);
static_assert(parse_eu_marking("TRES SECRET UE/EU TOP SECRET").value() == eu_marking::tres_secret_ue);
static_assert(parse_eu_marking("TRES SECRET UE").value() == eu_marking::tres_secret_ue);
static_assert(parse_eu_marking("TRES SECRET").error().code == classification_errc::unknown_marking);
static_assert(parse_eu_marking("TRES EU TOP SECRET").error().code == classification_errc::unknown_marking);
static_assert(parse_eu_marking("TR\xC3\x88S").error().code == classification_errc::unknown_marking);
static_assert(parse_eu_marking("TRE\xCC\x80S SECRET UE").value() == eu_marking::tres_secret_ue);  // NFD
static_assert(parse_eu_marking("TRE\xCC\x80S UE").error().code == classification_errc::unknown_marking);
static_assert(parse_nato_marking("COSMIC TOP SECRET").value() == nato_marking::cosmic_top_secret);
static_assert(parse_nato_marking("NATO SECRETISH").error().code == classification_errc::unknown_marking);
static_assert(!requires_facility_clearance(classification::restricted));
static_assert(requires_facility_clearance(classification::confidential));

constexpr facility_clearance fsc{clearance_scheme::nato, classification::secret, "ES", {date{2024, 1, 1}, date{2028, 12, 31}}};
static_assert(fsc.covers(classification::confidential, date{2025, 7, 1}));
static_assert(!fsc.covers(classification::top_secret, date{2025, 7, 1}));
static_assert(!fsc.covers(classification::restricted, date{2029, 1, 1}));
}  // namespace
