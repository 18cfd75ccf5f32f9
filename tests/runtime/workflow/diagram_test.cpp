// Runtime tests: Mermaid and Graphviz exports against golden files.
#include <oversight/oversight.hpp>
#include <oversight/workflow.hpp>

#include "oversight_catch.hpp"
#include "sample_workflow.hpp"

#include <fstream>
#include <sstream>
#include <string>

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
}  // namespace

TEST_CASE("a workflow exports as Mermaid stateDiagram-v2", "[workflow][diagram]") {
  CHECK(to_mermaid(review) == golden("review.mmd"));
}

TEST_CASE("a workflow exports as Graphviz DOT", "[workflow][diagram]") {
  CHECK(to_dot(review) == golden("review.dot"));
}

TEST_CASE("an instance exports with its current state and history highlighted", "[workflow][diagram]") {
  const run r = sample_run();
  REQUIRE(r.current() == "crypto");
  CHECK(to_mermaid(r) == golden("review_run.mmd"));
  CHECK(to_dot(r) == golden("review_run.dot"));
}
