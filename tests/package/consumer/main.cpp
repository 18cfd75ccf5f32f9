// Returns 0 only if the oversight it was built against has the expected version.
#include <cstdio>
#include <oversight/oversight.hpp>

int main() {
  constexpr int expected = EXPECTED_MAJOR * 10000 + EXPECTED_MINOR * 100 + EXPECTED_PATCH;
  if (OVERSIGHT_VERSION != expected) {
    std::printf("oversight version %d, expected %d\n", OVERSIGHT_VERSION, expected);
    return 1;
  }
  std::printf("oversight %d.%d.%d found\n", OVERSIGHT_VERSION_MAJOR, OVERSIGHT_VERSION_MINOR,
              OVERSIGHT_VERSION_PATCH);
  return 0;
}
