// Spain's ENS (Real Decreto 311/2022): the category from the levels of the five dimensions
// (Art. 40, Annex I), and the conformity each category requires (Art. 38), on both sides of
// each condition. Includes only the umbrella header and the policy's own, as a user would.
#include <oversight/oversight.hpp>
#include <oversight/policies/ens.hpp>

#include <optional>

namespace {

namespace ens = oversight::policies::ens;
using ens::category;
using ens::category_of;
using ens::conformity;
using ens::level;
using oversight::check;
using oversight::verdict_kind;

constexpr std::optional<level> unknown = std::nullopt;

constexpr ens::information_system with(level c, level i, level t, level a, level d,
                                       std::optional<conformity> shown = std::nullopt) {
  return {c, i, t, a, d, shown};
}

// Annex I: the highest level of any dimension decides; any one dimension can raise it.
static_assert(category_of(with(level::bajo, level::bajo, level::bajo, level::bajo, level::bajo)) == category::basica);
static_assert(category_of(with(level::medio, level::bajo, level::bajo, level::bajo, level::bajo)) == category::media);
static_assert(category_of(with(level::bajo, level::bajo, level::bajo, level::bajo, level::medio)) == category::media);
static_assert(category_of(with(level::bajo, level::alto, level::bajo, level::bajo, level::bajo)) == category::alta);
static_assert(category_of(with(level::medio, level::medio, level::medio, level::medio, level::alto)) == category::alta);
// A dimension not affected does not lower the category, nor raise it.
static_assert(category_of(with(level::not_affected, level::not_affected, level::bajo, level::not_affected,
                               level::not_affected)) == category::basica);
static_assert(category_of(with(level::not_affected, level::medio, level::not_affected, level::not_affected,
                               level::not_affected)) == category::media);
// No dimension affected: Annex I gives no category.
static_assert(!category_of(with(level::not_affected, level::not_affected, level::not_affected, level::not_affected,
                                level::not_affected)));
// A dimension not recorded leaves the category unknown, unless a known one is ALTO.
static_assert(!category_of({level::bajo, level::bajo, unknown, level::bajo, level::bajo, std::nullopt}));
static_assert(!category_of({level::medio, unknown, unknown, unknown, unknown, std::nullopt}));
static_assert(category_of({unknown, level::alto, unknown, unknown, unknown, std::nullopt}) == category::alta);

// Art. 38: MEDIA and ALTA need a certification; a declaration is not enough.
constexpr auto media = with(level::medio, level::bajo, level::bajo, level::bajo, level::bajo, conformity::declaration);
static_assert(check(ens::policy, media) == verdict_kind::deny);
static_assert(check(ens::policy, with(level::medio, level::bajo, level::bajo, level::bajo, level::bajo,
                                      conformity::certification)) == verdict_kind::permit);
static_assert(check(ens::policy, with(level::alto, level::bajo, level::bajo, level::bajo, level::bajo,
                                      conformity::none)) == verdict_kind::deny);
static_assert(check(ens::policy, with(level::alto, level::alto, level::alto, level::alto, level::alto,
                                      conformity::certification)) == verdict_kind::permit);
// BÁSICA: a declaration (self-assessment) is enough, a certification too; nothing is not.
static_assert(check(ens::policy, with(level::bajo, level::bajo, level::bajo, level::bajo, level::bajo,
                                      conformity::declaration)) == verdict_kind::permit);
static_assert(check(ens::policy, with(level::bajo, level::bajo, level::bajo, level::bajo, level::bajo,
                                      conformity::certification)) == verdict_kind::permit);
static_assert(check(ens::policy, with(level::bajo, level::bajo, level::bajo, level::bajo, level::bajo,
                                      conformity::none)) == verdict_kind::deny);

// Unknown is never a pass: what shows conformity not recorded, for a system that needs one.
static_assert(check(ens::policy, with(level::alto, level::bajo, level::bajo, level::bajo, level::bajo)) ==
              verdict_kind::indeterminate);
static_assert(check(ens::policy, with(level::bajo, level::bajo, level::bajo, level::bajo, level::bajo)) ==
              verdict_kind::indeterminate);
// ... but a certification satisfies every category, so an unknown category does not matter.
static_assert(check(ens::policy, ens::information_system{unknown, unknown, unknown, unknown, unknown,
                                                         conformity::certification}) == verdict_kind::permit);
// A declaration is enough only if the category is BÁSICA: with the category unknown, undecided.
static_assert(check(ens::policy, ens::information_system{level::bajo, unknown, level::bajo, level::bajo, level::bajo,
                                                         conformity::declaration}) == verdict_kind::indeterminate);

}  // namespace
