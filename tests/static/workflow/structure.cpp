// Static tests: the structure the compiler computes for a workflow, and the path property.
#include <oversight/oversight.hpp>
#include <oversight/workflow.hpp>

namespace {
using namespace oversight::workflow;
using namespace oversight::workflow::literals;

struct file {
  bool cleared;
};
inline constexpr auto cleared = guard_if("cleared", [](const file& f) { return f.cleared; });

inline constexpr auto review = make_workflow<"review">(
    initial<"draft">, terminal<"approved", "rejected">,
    state<"draft"> + event<"submitted"> % by<"buyer"> = state<"in_review">,
    state<"in_review"> + event<"decided"> [cleared] = state<"consent">,
    state<"in_review"> + event<"decided"> [unless(cleared)] = state<"rejected">,
    state<"in_review"> + after(days{30}) = state<"escalated">,
    state<"escalated"> + event<"decided"> % by<"minister"> = state<"consent">,
    state<"consent"> + after<"silence_ended">(days{10}) = state<"approved">,
    state<"consent"> + event<"objected"> = state<"rejected">,
    // a loop back is fine as long as a terminal state stays reachable
    state<"consent"> + event<"returned"> = state<"in_review">);

constexpr const auto& g = decltype(review)::structure;
static_assert(review.name() == "review");
static_assert(review.initial_state() == "draft");
static_assert(decltype(review)::transition_count == 8);
static_assert(g.state_count == 6);
static_assert(g.states[g.initial] == "draft");
static_assert(g.event_count == 6);  // submitted, decided, deadline_passed, silence_ended, objected, returned
static_assert(g.state_index("escalated") != g.npos && g.state_index("nowhere") == g.npos);
static_assert(g.terminal[g.state_index("approved")] && !g.terminal[g.state_index("consent")]);
static_assert(g.reachable[g.state_index("escalated")] && g.can_terminate[g.state_index("draft")]);
static_assert(review.is_terminal("rejected") && !review.is_terminal("draft"));

// Every path to "approved" passes through "consent" (and through "in_review"); not every path
// to "rejected" passes through "consent" (in_review rejects directly).
static_assert(every_path_passes_through(review, state<"approved">, state<"consent">));
static_assert(every_path_passes_through(review, state<"approved">, state<"in_review">));
static_assert(!every_path_passes_through(review, state<"rejected">, state<"consent">));
static_assert(!every_path_passes_through(review, state<"consent">, state<"escalated">));
static_assert(every_path_passes_through(review, state<"draft">, state<"draft">));
static_assert(require_every_path_passes_through(review, state<"approved">, state<"consent">));

// Rows keep their guards, actions, approvers and deadlines.
static_assert(review.row<0>().from() == "draft" && review.row<0>().to() == "in_review");
static_assert(std::remove_cvref_t<decltype(review.row<0>())>::approvers_type::restricted);
static_assert(std::remove_cvref_t<decltype(review.row<0>())>::approvers()[0] == "buyer");
static_assert(review.row<1>().guard.name() == "cleared");
static_assert(review.row<2>().guard.name() == "unless(cleared)");
static_assert(review.row<3>().event.delay() == days{30} && std::remove_cvref_t<decltype(review.row<3>())>::timed);
static_assert(review.row<5>().event.name() == "silence_ended");
static_assert(review.row<1>().guard.check(file{true}).allowed() && review.row<2>().guard.check(file{true}).refused());

// The same row in the literal form.
inline constexpr auto literal_row = transition{"draft"_s, "submitted"_e, "in_review"_s, cleared};
static_assert(literal_row.from() == "draft" && literal_row.event_name() == "submitted" && literal_row.to() == "in_review");
static_assert(literal_row.guard.name() == "cleared");
inline constexpr auto small = make_workflow<"small">(initial<"draft">, terminal<"in_review">, literal_row);
static_assert(decltype(small)::structure.state_count == 2);

// Two rows on one event with different guards of different types: not decidably overlapping.
inline constexpr auto other = guard_if("other", [](const file& f) { return !f.cleared; });
inline constexpr auto two_guards = make_workflow<"two_guards">(
    initial<"a">, terminal<"b", "c">,
    state<"a"> + event<"e"> [cleared] = state<"b">,
    state<"a"> + event<"e"> [other] = state<"c">);
static_assert(decltype(two_guards)::structure.state_count == 3);

// Parallel approval: by_all carries its approvers and its mode.
inline constexpr auto parallel = make_workflow<"parallel">(
    initial<"review">, terminal<"done">,
    state<"review"> + event<"approved"> % by_all<"mod", "moi"> = state<"done">);
using parallel_row = std::remove_cvref_t<decltype(parallel.row<0>())>;
static_assert(parallel_row::approvers_type::mode == approval::all && parallel_row::approvers().size() == 2);

// Names are checked: a state name must be an identifier (it becomes a diagram node id).
template <oversight::workflow::detail::fixed_string Name>
concept valid_state_name = requires { typename state_t<Name>; };
static_assert(valid_state_name<"security_review">);
static_assert(!valid_state_name<"security review">);
static_assert(!valid_state_name<"">);

// Diagnostic spelling of names.
static_assert(std::is_same_v<oversight::workflow::detail::spell_t<"ab">, oversight::workflow::detail::spelled<'a', 'b'>>);
}  // namespace
