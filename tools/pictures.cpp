// Prints the Graphviz sources of the pictures in docs/images/, drawn by the library from the
// objects it checks with:
//
//   collective_defence_workflow   the workflow of examples/collective_defence_workflow.cpp after
//                                 that example's first run (approval by silence procedure)
//   high_risk_suppliers           the policy of <oversight/policies/high_risk_suppliers.hpp>
//
// `pictures NAME` prints the DOT of one picture; `pictures` alone lists the names. The CTest entry
// docs.pictures compares the output with docs/images/NAME.dot and, where Graphviz is installed,
// its rendering with docs/images/NAME.svg (cmake/oversightPictures.cmake). To regenerate both
// after a change to the diagrams:
//
//     cmake --build <build dir> --target update_pictures
#include <oversight/consent.hpp>
#include <oversight/domain/country.hpp>
#include <oversight/domain/date.hpp>
#include <oversight/policies/high_risk_suppliers.hpp>
#include <oversight/rules/diagram.hpp>
#include <oversight/workflow.hpp>

#include <array>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>

// The workflow, its guards and its case file are the example's: its source is included, with its
// `main` renamed (and, as it is no longer `main`, not warned about for returning nothing; it is
// never called), so that the picture cannot drift from the workflow the example runs. Every header
// it includes is included above, so that the renaming reaches its own code only.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wreturn-type"
#endif
#define main collective_defence_workflow_example
#include "../examples/collective_defence_workflow.cpp"
#undef main
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

namespace {

// The example's first run, step by step (its refusals too, so that the trail's numbers are the
// ones the example prints).
std::string workflow_after_first_run() {
  contract_file file;
  file.product_approved = true;
  case_file run(at(2025, 9, 1));
  (void)run.apply(file, "submitted", {at(2025, 9, 1), {"ES-MoI-procurement", "contracting-authority"}, "award proposed"});
  (void)run.apply(file, "cleared", {at(2025, 9, 5), {"ES-MoI", "ministry-of-interior"}, "no objection"});
  (void)run.apply(file, "cleared", {at(2025, 9, 8), {"ES-MoD", "ministry-of-defence"}, "no objection"});
  (void)run.apply(file, "certified", {at(2025, 9, 20), {"ES-CCN", "cryptologic-authority"}, "product approved"});
  (void)run.advance(file, fixed_clock{at(2025, 10, 6)});
  (void)run.apply(file, "signed", {at(2025, 10, 7), {"ES-MoI-procurement", "contracting-authority"}, "contract signed"});
  (void)run.apply(file, "went_live", {at(2025, 11, 3), {"ES-MoI-procurement", "contracting-authority"}, "go-live"});
  file.firmware_audit_passed = true;
  (void)run.fulfil(file, "firmware-audit", {at(2025, 12, 1), {"audit-lab", "auditor"}, "report delivered"});
  (void)run.apply(file, "went_live", {at(2025, 12, 2), {"ES-MoI-procurement", "contracting-authority"}, "go-live"});
  (void)run.apply(file, "signed", {at(2025, 12, 3), {"ES-MoI-procurement", "contracting-authority"}, "duplicate"});
  return to_dot(run);
}

struct picture {
  std::string_view name;
  std::string (*dot)();
};

constexpr std::array pictures{
    picture{"collective_defence_workflow", workflow_after_first_run},
    picture{"high_risk_suppliers", [] { return oversight::to_dot(oversight::policies::hrs::policy); }},
};

bool print(const std::string& text) { return std::fwrite(text.data(), 1, text.size(), stdout) == text.size(); }

}  // namespace

int main(int argc, char** argv) {
  if (argc == 1) {
    std::string names;
    for (const auto& p : pictures) (names += p.name) += '\n';
    return print(names) ? 0 : 1;
  }
  const std::string_view wanted = argc == 2 ? argv[1] : "";
  for (const auto& p : pictures)
    if (p.name == wanted) return print(p.dot()) ? 0 : 1;
  std::cerr << "usage: pictures [NAME]; without NAME, lists the pictures\n";
  return 2;
}
