// The contract of a process read from OCDS lives in the process: asking a temporary process for
// it (which would dangle at the end of the statement) does not compile.
#include <oversight/adapt/ocds.hpp>

int main() {
  auto read = oversight::ocds::read(R"({"ocid": "ocds-a-1", "id": "1", "tag": ["tender"]})");
  if (!read) return 1;
#ifdef OVERSIGHT_COMPILE_FAIL_CONTROL
  const oversight::ocds::process& kept = read->processes.front();
  const oversight::contract& deal = kept.deal();
#else
  const oversight::contract& deal = std::move(read->processes.front()).deal();
#endif
  return deal.id.empty() ? 1 : 0;
}
