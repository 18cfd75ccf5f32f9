// A subject for the EU threshold table that states its inputs directly (a `contract` cannot say
// "concession"): the static tests of the thresholds and the table benchmark use it.
#pragma once

#include <oversight/screening/facts.hpp>

#include <optional>

namespace pr_fixture {

struct tender {
  oversight::procurement_regime regime;
  oversight::contract_object object;
  oversight::authority_kind authority;
  std::optional<oversight::date> launched;
  std::optional<bool> social = false;         // social and other specific services
  std::optional<bool> defence_field = false;  // the buyer operates in the field of defence
  std::optional<bool> annex_iii = false;      // every product is in 2014/24 Annex III
};

}  // namespace pr_fixture

template <>
struct oversight::fact_source<pr_fixture::tender> {
  using tender = pr_fixture::tender;
  static constexpr procurement_regime get(decltype(facts::regime), const tender& t) { return t.regime; }
  static constexpr contract_object get(decltype(facts::contract_type), const tender& t) { return t.object; }
  static constexpr authority_kind get(decltype(facts::buyer_kind), const tender& t) { return t.authority; }
  static constexpr std::optional<date> get(decltype(facts::procedure_launched), const tender& t) { return t.launched; }
  static constexpr std::optional<bool> get(decltype(facts::social_services), const tender& t) { return t.social; }
  static constexpr std::optional<bool> get(decltype(facts::buyer_defence_field), const tender& t) {
    return t.defence_field;
  }
  static constexpr std::optional<bool> get(decltype(facts::annex_iii_products), const tender& t) { return t.annex_iii; }
};
