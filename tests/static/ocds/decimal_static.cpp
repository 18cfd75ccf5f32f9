// The OCDS adapter's exact decimal amounts: text to minor units, never through a double.
#include <oversight/adapt/ocds/decimal.hpp>

namespace {
using namespace oversight;
using ocds::amount_problem;
using ocds::read_amount;

constexpr std::int64_t minor(std::string_view text, currency c) { return read_amount(text, c).value->minor_units(); }
constexpr amount_problem problem(std::string_view text, currency c) { return read_amount(text, c).problem; }

constexpr currency eur{"EUR"};
constexpr currency pyg{"PYG"};  // no minor unit
constexpr currency kwd{"KWD"};  // three decimals

static_assert(minor("12300000", eur) == 12'300'000'00);
static_assert(minor("12300000.5", eur) == 12'300'000'50);
static_assert(minor("12300000.50", eur) == 12'300'000'50);
static_assert(minor("0.1", eur) == 10);  // exactly ten cents: no double in between
static_assert(minor("1.5e3", eur) == 1'500'00);
static_assert(minor("1.5E+3", eur) == 1'500'00);
static_assert(minor("12345e-2", eur) == 123'45);
static_assert(minor("12.340", eur) == 12'34);  // trailing zeros beyond the minor unit are fine
static_assert(minor("2809999872.0", pyg) == 2'809'999'872);
static_assert(minor("0.125", kwd) == 125);
static_assert(minor("-0", eur) == 0);
static_assert(minor("0", eur) == 0);
static_assert(minor("92233720368547758.07", eur) == 9'223'372'036'854'775'807);

static_assert(problem("12.345", eur) == amount_problem::too_precise);
static_assert(problem("1.5", pyg) == amount_problem::too_precise);
static_assert(problem("1e-3", eur) == amount_problem::too_precise);
static_assert(problem("", eur) == amount_problem::not_a_number);
static_assert(problem("abc", eur) == amount_problem::not_a_number);
static_assert(problem("1,000", eur) == amount_problem::not_a_number);
static_assert(problem("1.", eur) == amount_problem::not_a_number);
static_assert(problem(".", eur) == amount_problem::not_a_number);
static_assert(problem("1e", eur) == amount_problem::not_a_number);
static_assert(problem(" 1", eur) == amount_problem::not_a_number);
static_assert(problem("-5", eur) == amount_problem::negative);
static_assert(problem("92233720368547758.08", eur) == amount_problem::overflow);
static_assert(problem("1e30", eur) == amount_problem::overflow);
static_assert(problem("1e99999999999", eur) == amount_problem::overflow);
static_assert(minor("0e99999999999", eur) == 0);
static_assert(minor(".5", eur) == 50);

}  // namespace
