// ownership_view::make at run time sorts ids once and walks every control chain once; the
// constant evaluation compares every pair. Both must find the same first problem for any data:
// compared here on random graphs, and on the long chain that took seconds.
#include <oversight/oversight.hpp>

#include "oversight_catch.hpp"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

struct oversight::detail::ownership_view_access {
  static auto pairwise(const ownership_view& v) { return v.validated_pairwise(); }
};

namespace {
using oversight::holding;
using oversight::ownership_view;
using oversight::party;

std::string describe(const oversight::result<ownership_view, oversight::ownership_errc>& r) {
  if (r) return "ok";
  return std::string(oversight::describe(r.error().code).id) + " " + std::string(r.error().context.view());
}
}  // namespace

TEST_CASE("ownership_view::make: a chain of 2,000 parties, with and without a cycle", "[hostile][ownership]") {
  constexpr std::size_t n = 2'000;
  std::vector<std::string> ids(n);
  for (std::size_t i = 0; i < n; ++i) ids[i] = "P" + std::to_string(i);
  std::vector<holding> stakes(n);
  std::vector<party> parties(n);
  for (std::size_t i = 0; i < n; ++i) {
    parties[i].id = ids[i];
    if (i + 1 < n) {
      stakes[i] = holding{ids[i + 1], 10'000};
      parties[i].owners = {&stakes[i], 1};
    }
  }
  const auto view = ownership_view::make(parties);
  REQUIRE(view);
  const auto chain = view->ultimate_controller("P0");
  REQUIRE(chain);
  CHECK(chain->links == n - 1);
  CHECK(chain->ultimate.id == "P1999");

  // The last party owned by the thousandth: a cycle of a thousand links, named from P1000.
  stakes[n - 1] = holding{ids[1'000], 6'000};
  parties[n - 1].owners = {&stakes[n - 1], 1};
  const auto cycle = ownership_view::make(parties);
  REQUIRE_FALSE(cycle);
  CHECK(cycle.error().code == oversight::ownership_errc::ownership_cycle);
  CHECK(std::string(cycle.error().context.view()).starts_with("P1000 -> P1001 -> "));
}

TEST_CASE("ownership_view::make: the run-time checks agree with the pairwise ones on random data",
          "[hostile][ownership]") {
  std::mt19937 random(20261202);
  const std::vector<std::string> names = {"A", "B", "C", "D", "E", "F", "G", "H", "X"};
  for (int round = 0; round < 3'000; ++round) {
    const auto pick = [&](std::size_t k) { return static_cast<std::size_t>(random() % k); };
    const std::size_t n = 1 + pick(7);
    std::vector<party> parties(n);
    std::vector<std::vector<holding>> stakes(n);
    for (std::size_t i = 0; i < n; ++i) {
      parties[i].id = round % 4 == 0 ? names[pick(n + 1)] : names[i];  // duplicates now and then
      const std::size_t owners = pick(3);
      for (std::size_t k = 0; k < owners; ++k) {
        const std::uint16_t points = pick(10) == 0 ? std::uint16_t{10'001} : static_cast<std::uint16_t>(pick(4) * 2'500 + pick(2));
        stakes[i].push_back(holding{pick(12) == 0 ? names.back() : names[pick(n)], points});  // "X" names nobody
      }
      parties[i].owners = stakes[i];
      if (pick(8) == 0) parties[i].recorded = oversight::recorded_lists::activities;  // owners not recorded
    }
    const ownership_view unchecked(parties);
    INFO("round " << round);
    CHECK(describe(ownership_view::make(parties)) == describe(oversight::detail::ownership_view_access::pairwise(unchecked)));
  }
}
