// Golden files for the report tests: the expected output lives in tests/runtime/report/golden/;
// on a mismatch the actual output is written to the working directory for inspection.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace golden {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The content of golden file `name`; writes `actual` to ./<name>.actual when they differ.
inline std::string expected(const std::string& name, const std::string& actual) {
  std::string want = read_file(std::string(OVERSIGHT_REPORT_GOLDEN_DIR) + "/" + name);
  if (want != actual) std::ofstream(name + ".actual", std::ios::binary) << actual;
  return want;
}

}  // namespace golden
