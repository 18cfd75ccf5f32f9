// Prints the version of the oversight headers it was compiled with.
#include <cstdio>
#include <oversight/oversight.hpp>

int main() {
  std::printf("oversight %d.%d.%d\n", OVERSIGHT_VERSION_MAJOR, OVERSIGHT_VERSION_MINOR,
              OVERSIGHT_VERSION_PATCH);
}
