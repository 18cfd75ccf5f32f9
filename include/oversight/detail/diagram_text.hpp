// oversight: text in diagrams, shared by the workflow and policy pictures: words wrapped to a
// width, and Graphviz's quoted strings.
#pragma once

#include <oversight/detail/config.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

OVERSIGHT_BEGIN_NAMESPACE
namespace detail {

/// `text` broken at spaces into lines of at most `width` characters (a longer word, such as an
/// ELI URI, on a line of its own).
inline std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
  std::vector<std::string> out;
  std::string line;
  while (!text.empty()) {
    const std::size_t space = text.find(' ');
    const std::string_view word = text.substr(0, space);
    text = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      out.push_back(std::move(line));
      line.clear();
    }
    if (!line.empty()) line += ' ';
    line += word;
  }
  if (!line.empty()) out.push_back(std::move(line));
  return out;
}

/// `s` as a Graphviz quoted string: '"' and '\' escaped, a newline as a centred line break.
inline std::string dot_quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + '"';
}

}  // namespace detail
OVERSIGHT_END_NAMESPACE
