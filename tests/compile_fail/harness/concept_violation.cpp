// Sanity case of the compile-fail harness: a constrained template called with a type that does
// not satisfy its concept. The diagnostic must name the concept (HarnessCountable).
#include <concepts>
#include <oversight/oversight.hpp>

template <class Value>
concept HarnessCountable = std::integral<Value>;

template <HarnessCountable Count>
constexpr Count twice(Count count) {
  return count + count;
}

int main() {
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
  return twice(0);
#else
  return static_cast<int>(twice(0.5));
#endif
}
