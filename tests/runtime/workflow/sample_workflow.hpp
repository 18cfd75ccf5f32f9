// The workflow the runtime tests run: a review with a parallel approval, an escalation
// deadline, a silence procedure, guards that can be pending, and an obligation on signature.
#pragma once

#include <oversight/oversight.hpp>
#include <oversight/workflow.hpp>

#include <cstddef>
#include <vector>

namespace sample {
using namespace oversight::workflow;
using oversight::date;

struct file {
  bool product_approved = true;
  int votes_missing = 0;
  int votes_against = 0;
};

inline constexpr auto product_approved = guard_if(
    "crypto.product-approved", [](const file& f) { return f.product_approved; },
    reason{"crypto.product-approved", "the product is not an approved security product"});

struct ballot_t {  // a guard that can be pending
  [[nodiscard]] constexpr std::string_view name() const noexcept { return "ballot"; }
  [[nodiscard]] constexpr guard_result check(const file& f) const noexcept {
    if (f.votes_missing > 0) return guard_result::pend({"consent.open", "votes outstanding"});
    if (f.votes_against > 0) return guard_result::refuse({"consent.objection", "a member state voted no"});
    return guard_result::allow().oblige({"notify", "notify the allies", std::nullopt});
  }
};
inline constexpr ballot_t ballot{};

inline constexpr auto review = make_workflow<"review">(
    initial<"draft">, terminal<"done", "refused">,
    state<"draft"> + event<"submitted"> % by<"buyer"> = state<"security">,
    state<"security"> + event<"cleared"> % by_all<"mod", "moi"> = state<"crypto">,
    state<"security"> + after_days<30, "overdue"> = state<"escalated">,
    state<"escalated"> + event<"cleared"> % by<"minister"> = state<"crypto">,
    state<"crypto"> + event<"certified"> [product_approved] = state<"silence">,
    state<"crypto"> + event<"rejected"> = state<"refused">,
    state<"silence"> + event<"objected"> = state<"vote">,
    state<"silence"> + after_days<10, "silence_ended"> = state<"consent">,
    state<"vote"> + event<"closed"> [ballot] = state<"consent">,
    state<"vote"> + event<"closed"> [unless(ballot)] = state<"refused">,
    state<"consent"> + event<"signed"> / open_obligation{"audit", "firmware audit", days{30}} = state<"signed">,
    state<"signed"> + event<"live"> = state<"done">);

using run = instance<review, file>;

inline constexpr actor buyer{"ES-MoI", "buyer"};
inline constexpr actor mod{"ES-MoD", "mod"};
inline constexpr actor moi{"ES-MoI-sec", "moi"};
inline constexpr actor anyone{"someone", "clerk"};

// Renumbers the records and recomputes every digest after a test edits them, as a forger who
// can rewrite the whole trail would: only what the chain cannot see is left to object.
inline void rechain(std::vector<record>& trail) {
  oversight::report::sha256_digest prev{};
  for (std::size_t i = 0; i != trail.size(); ++i) {
    trail[i].seq = i + 1;
    trail[i].prev = prev;
    trail[i].hash = oversight::workflow::detail::record_digest(trail[i]);
    prev = trail[i].hash;
  }
}

// 09:00 on a day of 2025.
inline oversight::workflow::instant on(unsigned month, unsigned day, int hour = 9) {
  return {date::from_ymd(2025, month, day).value(), hour * 3600};
}
}  // namespace sample
