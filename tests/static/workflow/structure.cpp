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
    state<"in_review"> + after_days<30> = state<"escalated">,
    state<"escalated"> + event<"decided"> % by<"minister"> = state<"consent">,
    state<"consent"> + after_days<10, "silence_ended"> = state<"approved">,
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

// What the rows' types decide, asked of a workflow type that is never built (make_workflow would
// refuse it): a deadline's length is in its type, and a guard over a predicate without state is
// the same condition whatever its name.
template <class... Rows>
using pending_workflow = workflow<"pending", "a", terminal_t<"b", "c">, Rows...>;
template <class... Rows>
inline constexpr auto problem_of = pending_workflow<Rows...>::structural_problem.misuse;
using misuse = oversight::workflow::detail::workflow_misuse;
template <auto& Row>
using row_t = std::remove_cvref_t<decltype(Row)>;

inline constexpr auto cleared_pred = [](const file& f) { return f.cleared; };
inline constexpr auto named_a = guard_if("a", cleared_pred);
inline constexpr auto named_b = guard_if("b", cleared_pred);
inline constexpr auto a_to_b_named_a = (state<"a"> + event<"e"> [named_a] = state<"b">);
inline constexpr auto a_to_c_named_b = (state<"a"> + event<"e"> [named_b] = state<"c">);
inline constexpr auto a_to_c_other = (state<"a"> + event<"e"> [other] = state<"c">);
inline constexpr auto a_to_b_all = (state<"a"> + event<"e"> [all_of(cleared, other)] = state<"b">);
inline constexpr auto a_to_c_all = (state<"a"> + event<"e"> [all_of(cleared, other)] = state<"c">);
inline constexpr auto a_to_c_unless = (state<"a"> + event<"e"> [unless(named_a)] = state<"c">);
inline constexpr auto a_to_b_on_f = (state<"a"> + event<"f"> [named_a] = state<"b">);
static_assert(row_t<a_to_b_named_a>::guard_fixed_by_type && std::is_same_v<row_t<a_to_b_named_a>::guard_type,
                                                                            row_t<a_to_c_named_b>::guard_type>);
static_assert(problem_of<row_t<a_to_b_named_a>, row_t<a_to_c_named_b>> == misuse::same_guard);
static_assert(problem_of<row_t<a_to_b_all>, row_t<a_to_c_all>> == misuse::same_guard);
static_assert(problem_of<row_t<a_to_b_named_a>, row_t<a_to_c_other>> == misuse::none);
static_assert(problem_of<row_t<a_to_b_named_a>, row_t<a_to_c_unless>> == misuse::none);
static_assert(problem_of<row_t<a_to_b_on_f>, row_t<a_to_c_named_b>> == misuse::none);  // another event

inline constexpr auto a_after_14 = (state<"a"> + after_days<14> [cleared] = state<"b">);
inline constexpr auto a_after_21 = (state<"a"> + after_days<21> [other] = state<"c">);
inline constexpr auto a_after_14_named = (state<"a"> + after_days<14, "silence_ended"> [other] = state<"c">);
inline constexpr auto a_after_21_named = (state<"a"> + after_days<21, "silence_ended"> [other] = state<"c">);
static_assert(row_t<a_after_14>::length_in_type == 14 && a_after_14.event.delay() == days{14});
static_assert(a_after_14.event.name() == "deadline_passed" && a_after_14_named.event.name() == "silence_ended");
static_assert(problem_of<row_t<a_after_14>, row_t<a_after_21>> == misuse::conflicting_deadlines);
static_assert(problem_of<row_t<a_after_14>, row_t<a_after_21_named>> == misuse::conflicting_deadlines);
static_assert(problem_of<row_t<a_after_14>, row_t<a_after_14_named>> == misuse::none);
static_assert(row_t<a_to_b_named_a>::length_in_type == -1);

// A guard whose predicate has state is compared by value, when the workflow is built.
struct at_least {
  int score;
  constexpr bool operator()(const file& f) const { return f.cleared && score > 0; }
};
inline constexpr auto five = guard_if("five", at_least{5});
inline constexpr auto eight = guard_if("eight", at_least{8});
inline constexpr auto stateful = make_workflow<"stateful">(
    initial<"a">, terminal<"b", "c">,
    state<"a"> + event<"e"> [five] = state<"b">,
    state<"a"> + event<"e"> [eight] = state<"c">);
static_assert(!std::remove_cvref_t<decltype(stateful.row<0>())>::guard_fixed_by_type);

// The deprecated spelling of a deadline still builds one, its length a value.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
inline constexpr auto old_deadline = after<"silence_ended">(days{10});
#pragma GCC diagnostic pop
static_assert(old_deadline.delay() == days{10} && old_deadline.name() == "silence_ended");
static_assert(decltype(old_deadline)::length_in_type == -1);
inline constexpr auto with_old_deadline = make_workflow<"old_deadline">(
    initial<"a">, terminal<"b">, state<"a"> + old_deadline = state<"b">);
static_assert(with_old_deadline.row<0>().event.delay() == days{10});

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
