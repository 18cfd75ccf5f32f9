// Runtime tests: Mermaid and Graphviz exports against golden files, the direction option, state
// labels in words and the DOT legend.
#include <oversight/oversight.hpp>
#include <oversight/workflow.hpp>

#include "oversight_catch.hpp"
#include "sample_workflow.hpp"

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

using namespace sample;

namespace {
std::string golden(const char* name) {
  std::ifstream in(std::string(OVERSIGHT_WORKFLOW_GOLDEN_DIR) + "/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}
run sample_run() {
  const file f;
  run r(on(2, 1));
  (void)r.apply(f, "submitted", {on(2, 1), buyer, ""});
  (void)r.apply(f, "cleared", {on(2, 2), mod, ""});
  (void)r.advance(f, fixed_clock{on(3, 10)});  // escalated after 30 days
  (void)r.apply(f, "cleared", {on(3, 11), {"PM", "minister"}, ""});
  return r;
}
std::string replaced(std::string text, std::string_view from, std::string_view to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}
bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }
}  // namespace

// A workflow whose states are several words, without guards, actions, approvers or deadlines.
inline constexpr auto consent_flow =
    make_workflow<"consent_flow">(initial<"awaiting_consent">, terminal<"consent_given">,
                                  state<"awaiting_consent"> + event<"consented"> = state<"consent_given">);

// A guard and a list of approvers too long for one line of a label.
inline constexpr auto written_consent =
    guard_if("the other member states consented in writing", [](const file&) { return true; });
inline constexpr auto long_labels = make_workflow<"long_labels">(
    initial<"draft">, terminal<"signed">,
    state<"draft"> + event<"signed"> [written_consent] % by_all<"ministry-of-interior", "ministry-of-defence"> =
        state<"signed">);

// The golden files are drawn left to right without a legend: the default adds the legend and runs
// top to bottom, and is otherwise the same text.
inline constexpr diagram_options golden_layout{.direction = direction::left_to_right, .legend = false};

TEST_CASE("a workflow exports as Mermaid stateDiagram-v2", "[workflow][diagram]") {
  CHECK(to_mermaid(review, {.legend = false}) == golden("review.mmd"));
}

TEST_CASE("a workflow exports as Graphviz DOT", "[workflow][diagram]") {
  CHECK(to_dot(review, golden_layout) == golden("review.dot"));
}

TEST_CASE("an instance exports with its current state and history highlighted", "[workflow][diagram]") {
  const run r = sample_run();
  REQUIRE(r.current() == "crypto");
  CHECK(to_mermaid(r, {.legend = false}) == golden("review_run.mmd"));
  CHECK(to_dot(r, golden_layout) == golden("review_run.dot"));
}

TEST_CASE("diagrams run top to bottom unless asked to run left to right", "[workflow][diagram]") {
  CHECK(to_dot(review, {.legend = false}) == replaced(golden("review.dot"), "rankdir=LR;", "rankdir=TB;"));
  CHECK(to_dot(review, {.direction = direction::top_to_bottom, .legend = false}) ==
        to_dot(review, {.legend = false}));
  CHECK(has(to_dot(review), "  rankdir=TB;\n"));
  CHECK(has(to_dot(review, {.direction = direction::left_to_right}), "  rankdir=LR;\n"));
  // Mermaid's state diagrams run top to bottom by default; left to right is a `direction` line.
  CHECK(to_mermaid(review, {.direction = direction::left_to_right, .legend = false}) ==
        replaced(golden("review.mmd"), "stateDiagram-v2\n", "stateDiagram-v2\n    direction LR\n"));
  const run r = sample_run();
  CHECK(to_mermaid(r, {.direction = direction::left_to_right, .legend = false}) ==
        replaced(golden("review_run.mmd"), "stateDiagram-v2\n", "stateDiagram-v2\n    direction LR\n"));
}

TEST_CASE("states are labelled in words and named by their ids", "[workflow][diagram]") {
  const std::string dot = to_dot(consent_flow);
  CHECK(has(dot, "  awaiting_consent [label=\"awaiting consent\"];\n"));
  CHECK(has(dot, "  consent_given [label=\"consent given\", peripheries=2];\n"));
  CHECK(has(dot, "  __start -> awaiting_consent;\n"));
  CHECK(has(dot, "  awaiting_consent -> consent_given [label=\"consented\"];\n"));
  CHECK(to_mermaid(consent_flow) ==
        "stateDiagram-v2\n"
        "    state \"awaiting consent\" as awaiting_consent\n"
        "    state \"consent given\" as consent_given\n"
        "    [*] --> awaiting_consent\n"
        "    awaiting_consent --> consent_given : consented\n"
        "    consent_given --> [*]\n"
        "    note right of awaiting_consent\n"
        "        legend\n"
        "        --> [*] terminal state\n"
        "    end note\n");
}

TEST_CASE("a DOT diagram ends with a legend of the conventions it uses", "[workflow][diagram]") {
  const std::string wf = to_dot(review);
  REQUIRE(has(wf, "  __legend [shape=plaintext"));
  CHECK(has(wf, "  { rank=sink; __legend; }\n}\n"));
  for (std::string_view row : {"<b>legend</b>", ">double border<", ">terminal state<", ">dashed arrow<",
                               ">deadline: after N days in the state<", ">[text]<", ">guard: the transition needs it to hold<",
                               ">/ text<", ">action taken by the transition<", ">(by a, b)<",
                               ">who may fire it (by all of: each of them)<"})
    CHECK(has(wf, row));
  CHECK_FALSE(has(wf, "state visited"));  // an instance's conventions only with an instance

  const run r = sample_run();
  const std::string instance = to_dot(r);
  CHECK(has(instance, "<td align=\"left\" bgcolor=\"#dbe8f7\">shaded</td><td align=\"left\">state visited</td>"));
  CHECK(has(instance, "<td align=\"left\" bgcolor=\"#ffd966\">yellow, bold</td><td align=\"left\">current state</td>"));
  CHECK(has(instance, "<b>blue, #n</b></font></td><td align=\"left\">transition taken, trail record n</td>"));

  // Only what the diagram uses: no deadlines, guards, actions or approvers here.
  const std::string plain = to_dot(consent_flow);
  CHECK(has(plain, ">terminal state<"));
  for (std::string_view absent : {"deadline", "guard", "action", "who may fire it", "state visited"})
    CHECK_FALSE(has(plain, absent));

  CHECK_FALSE(has(to_dot(review, {.legend = false}), "__legend"));
}

TEST_CASE("a Mermaid diagram ends with the same legend as a note", "[workflow][diagram]") {
  const std::string wf = to_mermaid(review);
  REQUIRE(has(wf, "    note right of draft\n        legend\n"));
  CHECK(wf.ends_with("    end note\n"));
  for (std::string_view row : {"        --> [*] terminal state\n", "        after N days - deadline, N days in the state\n",
                               "        [text] - guard, the transition needs it to hold\n",
                               "        / text - action taken by the transition\n",
                               "        (by a, b) - who may fire it (by all of - each of them)\n"})
    CHECK(has(wf, row));
  CHECK_FALSE(has(wf, "state visited"));
  // Mermaid ends a line of a note at ';' and reads ':' specially: the legend has neither.
  const std::string note = wf.substr(wf.find("    note right of"));
  CHECK(note.find_first_of(";:#") == std::string::npos);

  const run r = sample_run();
  CHECK(has(to_mermaid(r), "        blue - state visited\n        yellow - current state\n    end note\n"));
  CHECK_FALSE(has(to_mermaid(review, {.legend = false}), "legend"));
  CHECK_FALSE(has(to_mermaid(consent_flow), "deadline"));
}

TEST_CASE("long edge labels are broken into lines in DOT", "[workflow][diagram]") {
  const std::string dot = to_dot(long_labels);
  CHECK(has(dot, "  draft -> signed [label=\"signed\\n[the other member states\\nconsented in writing]\\n"
                 "(by all of ministry-of-interior,\\nministry-of-defence)\"];\n"));
  // Mermaid keeps a label on one line.
  CHECK(has(to_mermaid(long_labels), "    draft --> signed : signed [the other member states consented in writing] "
                                     "(by all of ministry-of-interior, ministry-of-defence)\n"));
}
