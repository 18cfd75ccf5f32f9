// Spain's ENS at run time: a system read from data, its explanation naming what was not
// recorded, and the category as the decision quotes it.
#include <oversight/oversight.hpp>
#include <oversight/policies/ens.hpp>

#include "oversight_catch.hpp"

#include <string>

namespace ens = oversight::policies::ens;
using ens::level;
using oversight::explain;
using oversight::to_text;

namespace {
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("an ENS system of category ALTA whose conformity is not recorded is undecided, and says why", "[ens]") {
  const ens::information_system s{level::alto, level::medio, level::medio, level::bajo, level::bajo, std::nullopt};
  const std::string text = to_text(explain(ens::policy, s));
  CHECK(has(text, "Policy ens-conformity: INDETERMINATE"));
  CHECK(has(text, "- ens.certification [deny, undecided]"));
  CHECK(has(text, "(ens.category = ALTA)"));
  CHECK(has(text, "(ens.conformity unknown)"));
  CHECK(has(text, "basis: Real Decreto 311/2022 (Esquema Nacional de Seguridad), Art. 38"));
  // The BÁSICA rule does not fire for an ALTA system, whatever its conformity.
  CHECK_FALSE(has(text, "ens.declaration ["));
}

TEST_CASE("an ENS system of category BÁSICA with a declaration of conformity is permitted", "[ens]") {
  const ens::information_system s{level::bajo, level::bajo, level::not_affected, level::bajo, level::bajo,
                                  ens::conformity::declaration};
  CHECK(oversight::check(ens::policy, s) == oversight::verdict_kind::permit);
  const ens::information_system none{level::bajo, level::bajo, level::not_affected, level::bajo, level::bajo,
                                     ens::conformity::none};
  const std::string text = to_text(explain(ens::policy, none));
  CHECK(has(text, "- ens.declaration [deny]: an information system of category BÁSICA with no declaration of "
                  "conformity with the ENS"));
}
