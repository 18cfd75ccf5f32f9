// A decision table's row index against its rows' tests evaluated one by one, on generated tables
// of one, two and three 64-bit words of rows, with inputs that hold more constants than an index
// holds, under the hit policies that read the rows differently (UNIQUE, FIRST; RULE ORDER and
// COLLECT, which give every hit in row order).
#include "oversight_catch.hpp"
#include "table_index_cases.hpp"

using oversight::hit_policy;
using table_index_cases::tables_agree;

TEST_CASE("a table's row index gives the rows its tests give, row by row", "[rules][decision-table]") {
  CHECK(tables_agree<hit_policy::unique, 6>(300, 200, 8));
  CHECK(tables_agree<hit_policy::first, 12>(200, 200, 10));
  CHECK(tables_agree<hit_policy::rule_order, 20>(200, 200, 10));
  CHECK(tables_agree<hit_policy::collect, 70>(60, 300, 12));     // two words of rows
  CHECK(tables_agree<hit_policy::first, 130>(30, 300, 16));      // three words
}

TEST_CASE("an input whose tests name more constants than its index holds is tested row by row",
          "[rules][decision-table]") {
  CHECK(tables_agree<hit_policy::rule_order, 40>(60, 300, 60));
  CHECK(tables_agree<hit_policy::unique, 3>(300, 100, 60));
  CHECK(tables_agree<hit_policy::first, 90>(30, 300, 80));
}

TEST_CASE("a table's row index at its edges: as many constants as it holds, one more, a second word",
          "[rules][decision-table]") {
  CHECK(table_index_cases::edges_agree());
}

TEST_CASE("a UNIQUE table's overlap check, narrowed by the index, finds the overlaps pairwise tests find",
          "[rules][decision-table]") {
  for (const auto& r : {table_index_cases::overlaps_agree<6>(400, 6), table_index_cases::overlaps_agree<20>(100, 10),
                        table_index_cases::overlaps_agree<70>(20, 12),
                        table_index_cases::overlaps_agree<40>(30, 60)}) {  // inputs past the index's capacity
    CHECK(r.agree);
    CHECK(r.overlapping > 0);
    CHECK(r.apart > 0);
  }
}
