// explain() over a fact whose values have no text: the error names the fact (OVS-E103), at the
// call, before anything is written.
#include <oversight/rules.hpp>
#include <oversight/rules/explain.hpp>

#include <string_view>

struct grade {
  int level = 0;
  friend constexpr bool operator==(grade, grade) = default;
};
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
constexpr std::string_view to_string_view(grade g) { return g.level == 1 ? "low" : "other"; }
#endif
struct graded {
  grade g;
};
inline constexpr oversight::fact<"supplier.grade", grade> supplier_grade{};
template <>
struct oversight::fact_source<graded> {
  static constexpr grade get(decltype(supplier_grade), const graded& s) { return s.g; }
};

inline constexpr auto p = oversight::policy<"p", oversight::combining::deny_overrides>(
    oversight::rule<"supplier.low-grade">(oversight::effect::deny, supplier_grade == grade{1}));

int main() { return oversight::explain(p, graded{}).findings.empty() ? 0 : 1; }
