// oversight: country names and ISO 3166-1 alpha-3 codes as OCDS publishers write them, mapped
// to the ISO 3166-1 alpha-2 codes of <oversight/domain/country.hpp>.
//
// OCDS gives a party's country as free text in `address.countryName` ("United Kingdom",
// "Україна", "México") and, in some extensions and national profiles, as an alpha-3 code. The
// adapter turns both into a `country` through the two tables below.
//
// Sources:
//  - ISO 3166-1 (Codes for the representation of names of countries and their subdivisions,
//    part 1: country codes), as published on the ISO Online Browsing Platform: the 249
//    officially assigned codes, each with its English short name and its alpha-3 code.
//  - For each code the table holds the English short name in both the forms ISO has used: the
//    current one, with parenthesised qualifiers ("korea (the republic of)", "bahamas (the)",
//    "netherlands (kingdom of the)"), and the inverted one of the older lists and of many
//    libraries ("korea, republic of", "moldova, republic of", "taiwan, province of china"),
//    plus both without the trailing "(the)" where ISO has one.
//  - The everyday English forms publishers use ("united kingdom", "uk", "south korea",
//    "russia", "czech republic", "ivory coast", "vietnam", ...), former short names still seen
//    in data ("swaziland", "macedonia", "cape verde", "turkey", "burma"), and native names
//    of the countries that publish OCDS data and of their main suppliers' countries ("україна",
//    "украина", "españa", "méxico", "brasil", "deutschland", "polska", ...).
// The tables were written for this adapter from the standard; they are not copied from a
// library or data set.
//
// Deliberately absent: names of parts of a country ("holland", "england", "scotland"), names
// that leave the country ambiguous ("korea", "virgin islands", "the congo"), and Kosovo (name
// "kosovo", code XKX), which has no assigned ISO 3166-1 code.
//
// Normalisation, done by the CALLER before `alpha2_of_name`: trim leading and trailing white
// space, collapse every run of white space to one space, and lower-case the ASCII letters A-Z;
// every other byte (UTF-8 sequences included) stays as it is. Lower-casing non-ASCII letters
// would need Unicode tables, so the table instead holds, for each name with non-ASCII letters,
// what its capitalised, title-case and all-capital spellings normalise to: "Україна", "УКРАЇНА"
// and "україна" are all found, as are "Österreich" and "österreich", "MÉXICO" (normalised
// "mÉxico") and "México" (normalised "méxico"). A name with a typographic apostrophe (U+2019,
// "côte d’ivoire") is stored as well as the one with "'".
// Non-ASCII names are written as octal escapes of their UTF-8 bytes, each with the name in a
// comment: the header then means the same bytes whatever source character set a compiler
// assumes (MSVC without /utf-8 would otherwise read the file in the local code page).
//
// `alpha2_of_alpha3` takes the code as written in the standard, three upper-case letters.
// Both lookups are binary searches; both give an empty view when the name or code is unknown.
#pragma once

#include <oversight/detail/config.hpp>

#include <array>
#include <cstddef>
#include <string_view>

OVERSIGHT_BEGIN_NAMESPACE

namespace ocds::detail {

struct country_name_entry {
  std::string_view name;    ///< normalised (see the header comment)
  std::string_view alpha2;  ///< an assigned ISO 3166-1 alpha-2 code
};

// Country names, normalised, sorted by `name` in byte order (std::string_view's order, which
// compares chars as unsigned char, so UTF-8 sorts after ASCII).
inline constexpr std::array<country_name_entry, 548> country_names{{
    {"afghanistan", "AF"}, {"aland islands", "AX"}, {"albania", "AL"}, {"algeria", "DZ"},
    {"american samoa", "AS"}, {"andorra", "AD"}, {"angola", "AO"}, {"anguilla", "AI"},
    {"antarctica", "AQ"}, {"antigua & barbuda", "AG"}, {"antigua and barbuda", "AG"},
    {"argentina", "AR"}, {"armenia", "AM"}, {"aruba", "AW"}, {"australia", "AU"}, {"austria", "AT"},
    {"azerbaijan", "AZ"}, {"bahamas", "BS"}, {"bahamas (the)", "BS"}, {"bahrain", "BH"},
    {"bangladesh", "BD"}, {"barbados", "BB"}, {"belarus", "BY"}, {"belgien", "BE"},
    {"belgique", "BE"}, {"belgium", "BE"},
    {"belgi\303\213", "BE"},  // belgiË
    {"belgi\303\253", "BE"},  // belgië
    {"belize", "BZ"}, {"benin", "BJ"}, {"bermuda", "BM"}, {"bhutan", "BT"},
    {"bolivarian republic of venezuela", "VE"}, {"bolivia", "BO"},
    {"bolivia (plurinational state of)", "BO"}, {"bolivia, plurinational state of", "BO"},
    {"bonaire, sint eustatius and saba", "BQ"}, {"bosna i hercegovina", "BA"},
    {"bosnia & herzegovina", "BA"}, {"bosnia and herzegovina", "BA"}, {"bosnia-herzegovina", "BA"},
    {"botswana", "BW"}, {"bouvet island", "BV"}, {"brasil", "BR"}, {"brazil", "BR"},
    {"britain", "GB"}, {"british indian ocean territory", "IO"},
    {"british indian ocean territory (the)", "IO"}, {"british virgin islands", "VG"},
    {"brunei", "BN"}, {"brunei darussalam", "BN"}, {"bulgaria", "BG"},
    {"bundesrepublik deutschland", "DE"}, {"burkina faso", "BF"}, {"burma", "MM"},
    {"burundi", "BI"}, {"cabo verde", "CV"}, {"cambodia", "KH"}, {"cameroon", "CM"},
    {"canada", "CA"},
    {"canad\303\201", "CA"},  // canadÁ
    {"canad\303\241", "CA"},  // canadá
    {"cape verde", "CV"}, {"caribbean netherlands", "BQ"}, {"cayman islands", "KY"},
    {"cayman islands (the)", "KY"}, {"central african republic", "CF"},
    {"central african republic (the)", "CF"}, {"chad", "TD"}, {"chile", "CL"}, {"china", "CN"},
    {"christmas island", "CX"}, {"cocos (keeling) islands", "CC"},
    {"cocos (keeling) islands (the)", "CC"}, {"cocos islands", "CC"}, {"colombia", "CO"},
    {"comoros", "KM"}, {"comoros (the)", "KM"}, {"congo", "CG"},
    {"congo (the democratic republic of the)", "CD"}, {"congo (the)", "CG"},
    {"congo, the democratic republic of the", "CD"}, {"congo-brazzaville", "CG"},
    {"congo-kinshasa", "CD"}, {"cook islands", "CK"}, {"cook islands (the)", "CK"},
    {"costa rica", "CR"}, {"cote d'ivoire", "CI"},
    {"cote d\342\200\231ivoire", "CI"},  // cote d’ivoire
    {"crna gora", "ME"}, {"croatia", "HR"}, {"cuba", "CU"}, {"curacao", "CW"},
    {"cura\303\207ao", "CW"},  // curaÇao
    {"cura\303\247ao", "CW"},  // curaçao
    {"cyprus", "CY"}, {"czech republic", "CZ"}, {"czechia", "CZ"},
    {"c\303\224te d'ivoire", "CI"},  // cÔte d'ivoire
    {"c\303\224te d\342\200\231ivoire", "CI"},  // cÔte d’ivoire
    {"c\303\264te d'ivoire", "CI"},  // côte d'ivoire
    {"c\303\264te d\342\200\231ivoire", "CI"},  // côte d’ivoire
    {"danmark", "DK"}, {"democratic people's republic of korea", "KP"},
    // democratic people’s republic of korea
    {"democratic people\342\200\231s republic of korea", "KP"},
    {"democratic republic of congo", "CD"}, {"democratic republic of the congo", "CD"},
    {"denmark", "DK"}, {"deutschland", "DE"}, {"djibouti", "DJ"}, {"dominica", "DM"},
    {"dominican republic", "DO"}, {"dominican republic (the)", "DO"}, {"dr congo", "CD"},
    {"drc", "CD"}, {"east timor", "TL"}, {"ecuador", "EC"}, {"eesti", "EE"}, {"egypt", "EG"},
    {"el salvador", "SV"}, {"equatorial guinea", "GQ"}, {"eritrea", "ER"}, {"espana", "ES"},
    {"espa\303\221a", "ES"},  // espaÑa
    {"espa\303\261a", "ES"},  // españa
    {"estado plurinacional de bolivia", "BO"}, {"estados unidos", "US"},
    {"estados unidos de am\303\211rica", "US"},  // estados unidos de amÉrica
    {"estados unidos de am\303\251rica", "US"},  // estados unidos de américa
    {"estados unidos mexicanos", "MX"}, {"estonia", "EE"}, {"eswatini", "SZ"}, {"ethiopia", "ET"},
    {"falkland islands", "FK"}, {"falkland islands (malvinas)", "FK"},
    {"falkland islands (the) [malvinas]", "FK"}, {"faroe islands", "FO"},
    {"faroe islands (the)", "FO"}, {"faroes", "FO"}, {"federal republic of germany", "DE"},
    {"federated states of micronesia", "FM"}, {"fiji", "FJ"}, {"finland", "FI"}, {"france", "FR"},
    {"french guiana", "GF"}, {"french polynesia", "PF"}, {"french republic", "FR"},
    {"french southern territories", "TF"}, {"french southern territories (the)", "TF"},
    {"gabon", "GA"}, {"gambia", "GM"}, {"gambia (the)", "GM"}, {"georgia", "GE"}, {"germany", "DE"},
    {"ghana", "GH"}, {"gibraltar", "GI"}, {"great britain", "GB"}, {"greece", "GR"},
    {"greenland", "GL"}, {"grenada", "GD"}, {"guadeloupe", "GP"}, {"guam", "GU"},
    {"guatemala", "GT"}, {"guernsey", "GG"}, {"guinea", "GN"}, {"guinea bissau", "GW"},
    {"guinea-bissau", "GW"}, {"guyana", "GY"}, {"haiti", "HT"},
    {"heard island and mcdonald islands", "HM"}, {"hellenic republic", "GR"}, {"holy see", "VA"},
    {"holy see (the)", "VA"}, {"holy see (vatican city state)", "VA"}, {"honduras", "HN"},
    {"hong kong", "HK"}, {"hong kong sar", "HK"}, {"hrvatska", "HR"}, {"hungary", "HU"},
    {"iceland", "IS"}, {"india", "IN"}, {"indonesia", "ID"}, {"iran", "IR"},
    {"iran (islamic republic of)", "IR"}, {"iran, islamic republic of", "IR"}, {"iraq", "IQ"},
    {"ireland", "IE"}, {"islamic republic of iran", "IR"}, {"isle of man", "IM"}, {"israel", "IL"},
    {"italia", "IT"}, {"italy", "IT"}, {"ivory coast", "CI"}, {"jamaica", "JM"}, {"japan", "JP"},
    {"jersey", "JE"}, {"jordan", "JO"}, {"kazakhstan", "KZ"}, {"kenya", "KE"},
    {"kingdom of eswatini", "SZ"}, {"kingdom of spain", "ES"}, {"kingdom of the netherlands", "NL"},
    {"kiribati", "KI"}, {"korea (the democratic people's republic of)", "KP"},
    // korea (the democratic people’s republic of)
    {"korea (the democratic people\342\200\231s republic of)", "KP"},
    {"korea (the republic of)", "KR"}, {"korea, democratic people's republic of", "KP"},
    // korea, democratic people’s republic of
    {"korea, democratic people\342\200\231s republic of", "KP"},
    {"korea, republic of", "KR"}, {"kuwait", "KW"}, {"kyrgyz republic", "KG"}, {"kyrgyzstan", "KG"},
    {"lao pdr", "LA"}, {"lao people's democratic republic", "LA"},
    {"lao people's democratic republic (the)", "LA"},
    {"lao people\342\200\231s democratic republic", "LA"},  // lao people’s democratic republic
    // lao people’s democratic republic (the)
    {"lao people\342\200\231s democratic republic (the)", "LA"},
    {"laos", "LA"}, {"latvia", "LV"}, {"latvija", "LV"}, {"lebanon", "LB"}, {"lesotho", "LS"},
    {"liberia", "LR"}, {"libya", "LY"}, {"liechtenstein", "LI"}, {"lietuva", "LT"},
    {"lithuania", "LT"}, {"luxembourg", "LU"}, {"luxemburg", "LU"}, {"macao", "MO"},
    {"macau", "MO"}, {"macedonia", "MK"}, {"macedonia, the former yugoslav republic of", "MK"},
    {"madagascar", "MG"},
    {"magyarorsz\303\201g", "HU"},  // magyarorszÁg
    {"magyarorsz\303\241g", "HU"},  // magyarország
    {"malawi", "MW"}, {"malaysia", "MY"}, {"maldives", "MV"}, {"mali", "ML"}, {"malta", "MT"},
    {"marshall islands", "MH"}, {"marshall islands (the)", "MH"}, {"martinique", "MQ"},
    {"mauritania", "MR"}, {"mauritius", "MU"}, {"mayotte", "YT"}, {"mexico", "MX"},
    {"micronesia", "FM"}, {"micronesia (federated states of)", "FM"},
    {"micronesia, federated states of", "FM"}, {"moldova", "MD"},
    {"moldova (the republic of)", "MD"}, {"moldova, republic of", "MD"}, {"monaco", "MC"},
    {"mongolia", "MN"}, {"montenegro", "ME"}, {"montserrat", "MS"}, {"morocco", "MA"},
    {"mozambique", "MZ"}, {"myanmar", "MM"},
    {"m\303\211xico", "MX"},  // mÉxico
    {"m\303\251xico", "MX"},  // méxico
    {"namibia", "NA"}, {"nauru", "NR"}, {"nederland", "NL"}, {"nepal", "NP"}, {"netherlands", "NL"},
    {"netherlands (kingdom of the)", "NL"}, {"netherlands (the)", "NL"}, {"new caledonia", "NC"},
    {"new zealand", "NZ"}, {"nicaragua", "NI"}, {"niger", "NE"}, {"niger (the)", "NE"},
    {"nigeria", "NG"}, {"niue", "NU"}, {"norfolk island", "NF"}, {"norge", "NO"},
    {"north korea", "KP"}, {"north macedonia", "MK"}, {"northern mariana islands", "MP"},
    {"northern mariana islands (the)", "MP"}, {"norway", "NO"}, {"oman", "OM"}, {"pakistan", "PK"},
    {"palau", "PW"}, {"palestine", "PS"}, {"palestine, state of", "PS"}, {"panama", "PA"},
    {"panam\303\201", "PA"},  // panamÁ
    {"panam\303\241", "PA"},  // panamá
    {"papua new guinea", "PG"}, {"paraguay", "PY"}, {"people's republic of china", "CN"},
    {"people\342\200\231s republic of china", "CN"},  // people’s republic of china
    {"peru", "PE"},
    {"per\303\232", "PE"},  // perÚ
    {"per\303\272", "PE"},  // perú
    {"philippines", "PH"}, {"philippines (the)", "PH"}, {"pitcairn", "PN"},
    {"pitcairn islands", "PN"}, {"plurinational state of bolivia", "BO"}, {"poland", "PL"},
    {"polska", "PL"}, {"portugal", "PT"}, {"puerto rico", "PR"}, {"qatar", "QA"},
    {"republic of congo", "CG"}, {"republic of ireland", "IE"}, {"republic of korea", "KR"},
    {"republic of moldova", "MD"}, {"republic of north macedonia", "MK"},
    {"republic of serbia", "RS"}, {"republic of the congo", "CG"},
    {"republic of t\303\234rkiye", "TR"},  // republic of tÜrkiye
    {"republic of t\303\274rkiye", "TR"},  // republic of türkiye
    {"republica moldova", "MD"},
    {"rep\303\232blica argentina", "AR"},  // repÚblica argentina
    {"rep\303\232blica bolivariana de venezuela", "VE"},  // repÚblica bolivariana de venezuela
    {"rep\303\232blica de colombia", "CO"},  // repÚblica de colombia
    {"rep\303\232blica de panam\303\201", "PA"},  // repÚblica de panamÁ
    {"rep\303\232blica dominicana", "DO"},  // repÚblica dominicana
    {"rep\303\272blica argentina", "AR"},  // república argentina
    {"rep\303\272blica bolivariana de venezuela", "VE"},  // república bolivariana de venezuela
    {"rep\303\272blica de colombia", "CO"},  // república de colombia
    {"rep\303\272blica de panam\303\241", "PA"},  // república de panamá
    {"rep\303\272blica dominicana", "DO"},  // república dominicana
    {"reunion", "RE"}, {"romania", "RO"},
    {"rom\303\202nia", "RO"},  // romÂnia
    {"rom\303\242nia", "RO"},  // românia
    {"russia", "RU"}, {"russian federation", "RU"}, {"russian federation (the)", "RU"},
    {"rwanda", "RW"},
    {"r\303\211publique d\303\211mocratique du congo", "CD"},  // rÉpublique dÉmocratique du congo
    {"r\303\211union", "RE"},  // rÉunion
    {"r\303\251publique d\303\251mocratique du congo", "CD"},  // république démocratique du congo
    {"r\303\251union", "RE"},  // réunion
    {"saint barthelemy", "BL"},
    {"saint barth\303\211lemy", "BL"},  // saint barthÉlemy
    {"saint barth\303\251lemy", "BL"},  // saint barthélemy
    {"saint helena", "SH"}, {"saint helena, ascension and tristan da cunha", "SH"},
    {"saint kitts and nevis", "KN"}, {"saint lucia", "LC"}, {"saint martin (french part)", "MF"},
    {"saint pierre and miquelon", "PM"}, {"saint vincent and the grenadines", "VC"},
    {"samoa", "WS"}, {"san marino", "SM"}, {"sao tome and principe", "ST"}, {"saudi arabia", "SA"},
    {"schweiz", "CH"}, {"senegal", "SN"}, {"serbia", "RS"}, {"seychelles", "SC"},
    {"shqip\303\213ri", "AL"},  // shqipËri
    {"shqip\303\213ria", "AL"},  // shqipËria
    {"shqip\303\253ri", "AL"},  // shqipëri
    {"shqip\303\253ria", "AL"},  // shqipëria
    {"sierra leone", "SL"}, {"singapore", "SG"}, {"sint maarten", "SX"},
    {"sint maarten (dutch part)", "SX"}, {"slovak republic", "SK"}, {"slovakia", "SK"},
    {"slovenia", "SI"}, {"slovenija", "SI"}, {"slovensko", "SK"}, {"solomon islands", "SB"},
    {"somalia", "SO"}, {"south africa", "ZA"},
    {"south georgia and the south sandwich islands", "GS"}, {"south korea", "KR"},
    {"south sudan", "SS"}, {"spain", "ES"}, {"srbija", "RS"}, {"sri lanka", "LK"},
    {"st. kitts and nevis", "KN"}, {"st. lucia", "LC"}, {"st. vincent and the grenadines", "VC"},
    {"state of palestine", "PS"}, {"sudan", "SD"}, {"sudan (the)", "SD"}, {"suisse", "CH"},
    {"suomi", "FI"}, {"suriname", "SR"}, {"svalbard and jan mayen", "SJ"}, {"sverige", "SE"},
    {"svizzera", "CH"}, {"swaziland", "SZ"}, {"sweden", "SE"}, {"swiss confederation", "CH"},
    {"switzerland", "CH"}, {"syria", "SY"}, {"syrian arab republic", "SY"},
    {"syrian arab republic (the)", "SY"},
    {"s\303\203o tom\303\211 and pr\303\215ncipe", "ST"},  // sÃo tomÉ and prÍncipe
    {"s\303\243o tom\303\251 and pr\303\255ncipe", "ST"},  // são tomé and príncipe
    {"taiwan", "TW"}, {"taiwan (province of china)", "TW"}, {"taiwan, province of china", "TW"},
    {"tajikistan", "TJ"}, {"tanzania", "TZ"}, {"tanzania, the united republic of", "TZ"},
    {"tanzania, united republic of", "TZ"}, {"thailand", "TH"}, {"the bahamas", "BS"},
    {"the cayman islands", "KY"}, {"the central african republic", "CF"},
    {"the cocos (keeling) islands", "CC"}, {"the comoros", "KM"}, {"the cook islands", "CK"},
    {"the czech republic", "CZ"}, {"the democratic republic of the congo", "CD"},
    {"the dominican republic", "DO"}, {"the faroe islands", "FO"},
    {"the former yugoslav republic of macedonia", "MK"}, {"the french southern territories", "TF"},
    {"the gambia", "GM"}, {"the holy see", "VA"}, {"the marshall islands", "MH"},
    {"the netherlands", "NL"}, {"the northern mariana islands", "MP"}, {"the philippines", "PH"},
    {"the republic of moldova", "MD"}, {"the russian federation", "RU"}, {"the sudan", "SD"},
    {"the syrian arab republic", "SY"}, {"the turks and caicos islands", "TC"},
    {"the united arab emirates", "AE"}, {"the united kingdom", "GB"},
    {"the united kingdom of great britain and northern ireland", "GB"},
    {"the united republic of tanzania", "TZ"}, {"the united states", "US"},
    {"the united states minor outlying islands", "UM"}, {"the united states of america", "US"},
    {"timor leste", "TL"}, {"timor-leste", "TL"}, {"togo", "TG"}, {"tokelau", "TK"},
    {"tonga", "TO"}, {"trinidad & tobago", "TT"}, {"trinidad and tobago", "TT"}, {"tunisia", "TN"},
    {"turkey", "TR"}, {"turkiye", "TR"}, {"turkmenistan", "TM"}, {"turks and caicos islands", "TC"},
    {"turks and caicos islands (the)", "TC"}, {"tuvalu", "TV"},
    {"t\303\234rkiye", "TR"},  // tÜrkiye
    {"t\303\234rk\304\260ye", "TR"},  // tÜrkİye
    {"t\303\274rkiye", "TR"},  // türkiye
    {"u.a.e.", "AE"}, {"u.k.", "GB"}, {"u.s.", "US"}, {"u.s. virgin islands", "VI"},
    {"u.s.a.", "US"}, {"uae", "AE"}, {"uganda", "UG"}, {"uk", "GB"}, {"ukraine", "UA"},
    {"united arab emirates", "AE"}, {"united arab emirates (the)", "AE"}, {"united kingdom", "GB"},
    {"united kingdom of great britain and northern ireland", "GB"},
    {"united kingdom of great britain and northern ireland (the)", "GB"},
    {"united mexican states", "MX"}, {"united republic of tanzania", "TZ"}, {"united states", "US"},
    {"united states minor outlying islands", "UM"},
    {"united states minor outlying islands (the)", "UM"}, {"united states of america", "US"},
    {"united states of america (the)", "US"}, {"united states virgin islands", "VI"},
    {"uruguay", "UY"}, {"us virgin islands", "VI"}, {"usa", "US"}, {"uzbekistan", "UZ"},
    {"vanuatu", "VU"}, {"vatican city", "VA"}, {"vatican city state", "VA"}, {"venezuela", "VE"},
    {"venezuela (bolivarian republic of)", "VE"}, {"venezuela, bolivarian republic of", "VE"},
    {"viet nam", "VN"}, {"vietnam", "VN"}, {"virgin islands (british)", "VG"},
    {"virgin islands (u.s.)", "VI"}, {"virgin islands, british", "VG"},
    {"virgin islands, u.s.", "VI"}, {"wallis and futuna", "WF"}, {"western sahara", "EH"},
    {"yemen", "YE"}, {"zambia", "ZM"}, {"zimbabwe", "ZW"},
    {"\303\205land", "AX"},  // Åland
    {"\303\205land islands", "AX"},  // Åland islands
    {"\303\211ire", "IE"},  // Éire
    {"\303\215sland", "IS"},  // Ísland
    {"\303\226sterreich", "AT"},  // Österreich
    {"\303\245land", "AX"},  // åland
    {"\303\245land islands", "AX"},  // åland islands
    {"\303\251ire", "IE"},  // éire
    {"\303\255sland", "IS"},  // ísland
    {"\303\266sterreich", "AT"},  // österreich
    {"\304\214esko", "CZ"},  // Česko
    {"\304\214esk\303\201 republika", "CZ"},  // ČeskÁ republika
    {"\304\214esk\303\241 republika", "CZ"},  // Česká republika
    {"\304\215esko", "CZ"},  // česko
    {"\304\215esk\303\241 republika", "CZ"},  // česká republika
    {"\316\225\316\233\316\233\316\221\316\224\316\221", "GR"},  // ΕΛΛΑΔΑ
    {"\316\225\316\273\316\273\316\254\316\264\316\261", "GR"},  // Ελλάδα
    {"\316\265\316\273\316\273\316\254\316\264\316\261", "GR"},  // ελλάδα
    {"\320\221\320\225\320\233\320\220\320\240\320\243\320\241\320\254", "BY"},  // БЕЛАРУСЬ
    {"\320\221\320\252\320\233\320\223\320\220\320\240\320\230\320\257", "BG"},  // БЪЛГАРИЯ
    {"\320\221\320\265\320\273\320\260\321\200\321\203\321\201\321\214", "BY"},  // Беларусь
    {"\320\221\321\212\320\273\320\263\320\260\321\200\320\270\321\217", "BG"},  // България
    // РЕСПУБЛИКА БЕЛАРУСЬ
    {"\320\240\320\225\320\241\320\237\320\243\320\221\320\233\320\230\320\232\320\220 "
     "\320\221\320\225\320\233\320\220\320\240\320\243\320\241\320\254", "BY"},
    // РОССИЙСКАЯ ФЕДЕРАЦИЯ
    {"\320\240\320\236\320\241\320\241\320\230\320\231\320\241\320\232\320\220\320\257 "
     "\320\244\320\225\320\224\320\225\320\240\320\220\320\246\320\230\320\257", "RU"},
    {"\320\240\320\236\320\241\320\241\320\230\320\257", "RU"},  // РОССИЯ
    // Республика Беларусь
    {"\320\240\320\265\321\201\320\277\321\203\320\261\320\273\320\270\320\272\320\260 "
     "\320\221\320\265\320\273\320\260\321\200\321\203\321\201\321\214", "BY"},
    // Республика беларусь
    {"\320\240\320\265\321\201\320\277\321\203\320\261\320\273\320\270\320\272\320\260 "
     "\320\261\320\265\320\273\320\260\321\200\321\203\321\201\321\214", "BY"},
    // Российская Федерация
    {"\320\240\320\276\321\201\321\201\320\270\320\271\321\201\320\272\320\260\321\217 "
     "\320\244\320\265\320\264\320\265\321\200\320\260\321\206\320\270\321\217", "RU"},
    // Российская федерация
    {"\320\240\320\276\321\201\321\201\320\270\320\271\321\201\320\272\320\260\321\217 "
     "\321\204\320\265\320\264\320\265\321\200\320\260\321\206\320\270\321\217", "RU"},
    {"\320\240\320\276\321\201\321\201\320\270\321\217", "RU"},  // Россия
    {"\320\241\320\240\320\221\320\230\320\210\320\220", "RS"},  // СРБИЈА
    {"\320\241\321\200\320\261\320\270\321\230\320\260", "RS"},  // Србија
    {"\320\243\320\232\320\240\320\220\320\207\320\235\320\220", "UA"},  // УКРАЇНА
    {"\320\243\320\232\320\240\320\220\320\230\320\235\320\220", "UA"},  // УКРАИНА
    {"\320\243\320\272\321\200\320\260\320\270\320\275\320\260", "UA"},  // Украина
    {"\320\243\320\272\321\200\320\260\321\227\320\275\320\260", "UA"},  // Україна
    {"\320\261\320\265\320\273\320\260\321\200\321\203\321\201\321\214", "BY"},  // беларусь
    {"\320\261\321\212\320\273\320\263\320\260\321\200\320\270\321\217", "BG"},  // българия
    // республика беларусь
    {"\321\200\320\265\321\201\320\277\321\203\320\261\320\273\320\270\320\272\320\260 "
     "\320\261\320\265\320\273\320\260\321\200\321\203\321\201\321\214", "BY"},
    // российская федерация
    {"\321\200\320\276\321\201\321\201\320\270\320\271\321\201\320\272\320\260\321\217 "
     "\321\204\320\265\320\264\320\265\321\200\320\260\321\206\320\270\321\217", "RU"},
    {"\321\200\320\276\321\201\321\201\320\270\321\217", "RU"},  // россия
    {"\321\201\321\200\320\261\320\270\321\230\320\260", "RS"},  // србија
    {"\321\203\320\272\321\200\320\260\320\270\320\275\320\260", "UA"},  // украина
    {"\321\203\320\272\321\200\320\260\321\227\320\275\320\260", "UA"},  // україна
    {"\325\200\324\261\325\205\324\261\325\215\325\217\324\261\325\206", "AM"},  // ՀԱՅԱՍՏԱՆ
    {"\325\200\325\241\325\265\325\241\325\275\325\277\325\241\325\266", "AM"},  // Հայաստան
    {"\325\260\325\241\325\265\325\241\325\275\325\277\325\241\325\266", "AM"},  // հայաստան
    // საქართველო
    {"\341\203\241\341\203\220\341\203\245\341\203\220\341\203\240\341\203\227\341\203\225"
     "\341\203\224\341\203\232\341\203\235", "GE"},
}};

struct alpha3_entry {
  std::string_view alpha3;  ///< ISO 3166-1 alpha-3 code
  std::string_view alpha2;  ///< the alpha-2 code of the same country
};

// ISO 3166-1 alpha-3, every officially assigned code with its alpha-2 code, sorted by alpha-3.
inline constexpr std::array<alpha3_entry, 249> iso3166_alpha3{{
    {"ABW", "AW"}, {"AFG", "AF"}, {"AGO", "AO"}, {"AIA", "AI"}, {"ALA", "AX"}, {"ALB", "AL"},
    {"AND", "AD"}, {"ARE", "AE"}, {"ARG", "AR"}, {"ARM", "AM"}, {"ASM", "AS"}, {"ATA", "AQ"},
    {"ATF", "TF"}, {"ATG", "AG"}, {"AUS", "AU"}, {"AUT", "AT"}, {"AZE", "AZ"}, {"BDI", "BI"},
    {"BEL", "BE"}, {"BEN", "BJ"}, {"BES", "BQ"}, {"BFA", "BF"}, {"BGD", "BD"}, {"BGR", "BG"},
    {"BHR", "BH"}, {"BHS", "BS"}, {"BIH", "BA"}, {"BLM", "BL"}, {"BLR", "BY"}, {"BLZ", "BZ"},
    {"BMU", "BM"}, {"BOL", "BO"}, {"BRA", "BR"}, {"BRB", "BB"}, {"BRN", "BN"}, {"BTN", "BT"},
    {"BVT", "BV"}, {"BWA", "BW"}, {"CAF", "CF"}, {"CAN", "CA"}, {"CCK", "CC"}, {"CHE", "CH"},
    {"CHL", "CL"}, {"CHN", "CN"}, {"CIV", "CI"}, {"CMR", "CM"}, {"COD", "CD"}, {"COG", "CG"},
    {"COK", "CK"}, {"COL", "CO"}, {"COM", "KM"}, {"CPV", "CV"}, {"CRI", "CR"}, {"CUB", "CU"},
    {"CUW", "CW"}, {"CXR", "CX"}, {"CYM", "KY"}, {"CYP", "CY"}, {"CZE", "CZ"}, {"DEU", "DE"},
    {"DJI", "DJ"}, {"DMA", "DM"}, {"DNK", "DK"}, {"DOM", "DO"}, {"DZA", "DZ"}, {"ECU", "EC"},
    {"EGY", "EG"}, {"ERI", "ER"}, {"ESH", "EH"}, {"ESP", "ES"}, {"EST", "EE"}, {"ETH", "ET"},
    {"FIN", "FI"}, {"FJI", "FJ"}, {"FLK", "FK"}, {"FRA", "FR"}, {"FRO", "FO"}, {"FSM", "FM"},
    {"GAB", "GA"}, {"GBR", "GB"}, {"GEO", "GE"}, {"GGY", "GG"}, {"GHA", "GH"}, {"GIB", "GI"},
    {"GIN", "GN"}, {"GLP", "GP"}, {"GMB", "GM"}, {"GNB", "GW"}, {"GNQ", "GQ"}, {"GRC", "GR"},
    {"GRD", "GD"}, {"GRL", "GL"}, {"GTM", "GT"}, {"GUF", "GF"}, {"GUM", "GU"}, {"GUY", "GY"},
    {"HKG", "HK"}, {"HMD", "HM"}, {"HND", "HN"}, {"HRV", "HR"}, {"HTI", "HT"}, {"HUN", "HU"},
    {"IDN", "ID"}, {"IMN", "IM"}, {"IND", "IN"}, {"IOT", "IO"}, {"IRL", "IE"}, {"IRN", "IR"},
    {"IRQ", "IQ"}, {"ISL", "IS"}, {"ISR", "IL"}, {"ITA", "IT"}, {"JAM", "JM"}, {"JEY", "JE"},
    {"JOR", "JO"}, {"JPN", "JP"}, {"KAZ", "KZ"}, {"KEN", "KE"}, {"KGZ", "KG"}, {"KHM", "KH"},
    {"KIR", "KI"}, {"KNA", "KN"}, {"KOR", "KR"}, {"KWT", "KW"}, {"LAO", "LA"}, {"LBN", "LB"},
    {"LBR", "LR"}, {"LBY", "LY"}, {"LCA", "LC"}, {"LIE", "LI"}, {"LKA", "LK"}, {"LSO", "LS"},
    {"LTU", "LT"}, {"LUX", "LU"}, {"LVA", "LV"}, {"MAC", "MO"}, {"MAF", "MF"}, {"MAR", "MA"},
    {"MCO", "MC"}, {"MDA", "MD"}, {"MDG", "MG"}, {"MDV", "MV"}, {"MEX", "MX"}, {"MHL", "MH"},
    {"MKD", "MK"}, {"MLI", "ML"}, {"MLT", "MT"}, {"MMR", "MM"}, {"MNE", "ME"}, {"MNG", "MN"},
    {"MNP", "MP"}, {"MOZ", "MZ"}, {"MRT", "MR"}, {"MSR", "MS"}, {"MTQ", "MQ"}, {"MUS", "MU"},
    {"MWI", "MW"}, {"MYS", "MY"}, {"MYT", "YT"}, {"NAM", "NA"}, {"NCL", "NC"}, {"NER", "NE"},
    {"NFK", "NF"}, {"NGA", "NG"}, {"NIC", "NI"}, {"NIU", "NU"}, {"NLD", "NL"}, {"NOR", "NO"},
    {"NPL", "NP"}, {"NRU", "NR"}, {"NZL", "NZ"}, {"OMN", "OM"}, {"PAK", "PK"}, {"PAN", "PA"},
    {"PCN", "PN"}, {"PER", "PE"}, {"PHL", "PH"}, {"PLW", "PW"}, {"PNG", "PG"}, {"POL", "PL"},
    {"PRI", "PR"}, {"PRK", "KP"}, {"PRT", "PT"}, {"PRY", "PY"}, {"PSE", "PS"}, {"PYF", "PF"},
    {"QAT", "QA"}, {"REU", "RE"}, {"ROU", "RO"}, {"RUS", "RU"}, {"RWA", "RW"}, {"SAU", "SA"},
    {"SDN", "SD"}, {"SEN", "SN"}, {"SGP", "SG"}, {"SGS", "GS"}, {"SHN", "SH"}, {"SJM", "SJ"},
    {"SLB", "SB"}, {"SLE", "SL"}, {"SLV", "SV"}, {"SMR", "SM"}, {"SOM", "SO"}, {"SPM", "PM"},
    {"SRB", "RS"}, {"SSD", "SS"}, {"STP", "ST"}, {"SUR", "SR"}, {"SVK", "SK"}, {"SVN", "SI"},
    {"SWE", "SE"}, {"SWZ", "SZ"}, {"SXM", "SX"}, {"SYC", "SC"}, {"SYR", "SY"}, {"TCA", "TC"},
    {"TCD", "TD"}, {"TGO", "TG"}, {"THA", "TH"}, {"TJK", "TJ"}, {"TKL", "TK"}, {"TKM", "TM"},
    {"TLS", "TL"}, {"TON", "TO"}, {"TTO", "TT"}, {"TUN", "TN"}, {"TUR", "TR"}, {"TUV", "TV"},
    {"TWN", "TW"}, {"TZA", "TZ"}, {"UGA", "UG"}, {"UKR", "UA"}, {"UMI", "UM"}, {"URY", "UY"},
    {"USA", "US"}, {"UZB", "UZ"}, {"VAT", "VA"}, {"VCT", "VC"}, {"VEN", "VE"}, {"VGB", "VG"},
    {"VIR", "VI"}, {"VNM", "VN"}, {"VUT", "VU"}, {"WLF", "WF"}, {"WSM", "WS"}, {"YEM", "YE"},
    {"ZAF", "ZA"}, {"ZMB", "ZM"}, {"ZWE", "ZW"},
}};

/// The alpha-2 code of a country name already normalised by the caller (trimmed, single
/// spaces, ASCII A-Z lower-cased), or an empty view when the name is not in the table.
constexpr std::string_view alpha2_of_name(std::string_view normalised_name) noexcept {
  std::size_t lo = 0, hi = country_names.size();
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    const auto& e = country_names[mid];
    if (e.name == normalised_name) return e.alpha2;
    if (e.name < normalised_name) lo = mid + 1;
    else hi = mid;
  }
  return {};
}

/// The alpha-2 code of an assigned ISO 3166-1 alpha-3 code ("UKR" -> "UA"), or an empty view.
constexpr std::string_view alpha2_of_alpha3(std::string_view code) noexcept {
  std::size_t lo = 0, hi = iso3166_alpha3.size();
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    const auto& e = iso3166_alpha3[mid];
    if (e.alpha3 == code) return e.alpha2;
    if (e.alpha3 < code) lo = mid + 1;
    else hi = mid;
  }
  return {};
}

}  // namespace ocds::detail

OVERSIGHT_END_NAMESPACE
