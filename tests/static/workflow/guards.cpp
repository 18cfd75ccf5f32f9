// Static tests: guard results, compositions, actions and instants, evaluated at compile time.
#include <oversight/oversight.hpp>
#include <oversight/workflow.hpp>

namespace {
using namespace oversight::workflow;
using oversight::date;

struct ballot {
  int yes, no, pending;
};
inline constexpr auto no_objection =
    guard_if("no-objection", [](const ballot& b) { return b.no == 0; }, reason{"consent.objection", "a state objected"});
inline constexpr auto majority = guard_if("majority", [](const ballot& b) { return b.yes > b.no; });

// A guard that can be pending, like a consent outcome while the ballot is open.
struct ballot_closed_t {
  [[nodiscard]] constexpr std::string_view name() const noexcept { return "ballot-closed"; }
  [[nodiscard]] constexpr guard_result check(const ballot& b) const noexcept {
    if (b.pending > 0) return guard_result::pend({"consent.open", "votes outstanding"});
    return guard_result::allow().oblige({"publish", "publish the result", date{2025, 1, 31}});
  }
};
inline constexpr ballot_closed_t ballot_closed{};

static_assert(Guard<decltype(no_objection), ballot>);
static_assert(Guard<ballot_closed_t, ballot>);
static_assert(Guard<always_t, ballot>);
static_assert(!Guard<int, ballot>);
static_assert(Action<open_obligation, ballot> && Action<no_action, ballot>);

static_assert(always.check(ballot{}).allowed());
static_assert(no_objection.check(ballot{3, 0, 0}).allowed());
static_assert(no_objection.check(ballot{3, 1, 0}).refused());
static_assert(no_objection.check(ballot{3, 1, 0}).reasons[0] == reason{"consent.objection", "a state objected"});
static_assert(majority.check(ballot{0, 1, 0}).reasons[0] == reason{"majority", "condition not met"});

// all_of: refused if any refuses, else pending if any pends; reasons and obligations merged.
inline constexpr auto all = all_of(no_objection, majority, ballot_closed);
static_assert(all.name() == "all_of(no-objection, majority, ballot-closed)");
static_assert(all.check(ballot{3, 0, 0}).allowed() && all.check(ballot{3, 0, 0}).obligations.size() == 1);
static_assert(all.check(ballot{3, 0, 1}).pending());
static_assert(all.check(ballot{1, 1, 1}).refused() && all.check(ballot{1, 1, 1}).reasons.size() == 3);

// any_of: allowed if any allows, else pending if any pends, else refused.
inline constexpr auto any = any_of(no_objection, majority);
static_assert(any.check(ballot{0, 1, 0}).refused() && any.check(ballot{0, 1, 0}).reasons.size() == 2);
static_assert(any.check(ballot{2, 1, 0}).allowed() && any.check(ballot{2, 1, 0}).reasons.empty());
static_assert(any_of(no_objection, ballot_closed).check(ballot{0, 1, 1}).pending());

// unless: the opposite, pending stays pending.
static_assert(unless(no_objection).check(ballot{0, 1, 0}).allowed());
static_assert(unless(no_objection).check(ballot{0, 0, 0}).refused());
static_assert(unless(ballot_closed).check(ballot{0, 0, 1}).pending());

// Compositions nest, and a long name is cut, never overflows.
static_assert(all_of(any, unless(majority)).name() == "all_of(any_of(no-objection, majority), unless(majority))");
static_assert(all_of(all, all, all).name().size() == detail::composed_name::capacity);
static_assert(all_of(all, all, all).name().ends_with("..."));

// Same-guard decisions used by the ambiguity check.
static_assert(detail::same_guard(always, always));
static_assert(detail::same_guard(no_objection, no_objection));
static_assert(!detail::same_guard(no_objection, majority));

// bounded_list drops and counts what does not fit.
constexpr auto full_list = [] {
  bounded_list<int, 2> l;
  l.push_back(1);
  l.push_back(2);
  l.push_back(3);
  return l;
}();
static_assert(full_list.size() == 2 && full_list.dropped() == 1 && full_list[1] == 2);

// open_obligation: due `within` days after the firing day.
constexpr effect opened = open_obligation{"audit", "firmware audit", days{90}}.run(ballot{}, instant{date{2025, 10, 7}, 0});
static_assert(opened.obligations.size() == 1 && opened.obligations[0].due == date{2026, 1, 5});
static_assert(!open_obligation{"audit", "no due date"}.run(ballot{}, instant{}).obligations[0].due.has_value());

// Instants: parse, print, order.
static_assert(instant::parse("2025-07-16T09:30:05").value() == instant{date{2025, 7, 16}, 9 * 3600 + 30 * 60 + 5});
static_assert(!instant::parse("2025-07-16T24:00:00"));
static_assert(!instant::parse("2025-07-16 09:30:05"));
static_assert(!instant::parse("2025-02-30T09:30:05"));
static_assert(instant{date{2025, 7, 16}, 0} < instant{date{2025, 7, 16}, 1});
constexpr auto printed = instant{date{2025, 7, 16}, 9 * 3600 + 5}.iso();
static_assert(std::string_view(printed.data(), printed.size()) == "2025-07-16T09:00:05");
static_assert(fixed_clock{instant{date{2025, 1, 1}, 0}}.now().day == date{2025, 1, 1});
static_assert(Clock<fixed_clock> && !Clock<int>);

// Error catalogue: ids in the workflow range.
static_assert(oversight::ErrorCode<errc>);
static_assert(describe(errc::unknown_event).id == "OVS-E401");
static_assert(describe(errc::trail_of_another_workflow).id == "OVS-E425");
}  // namespace
