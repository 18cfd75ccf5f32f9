// oversight::ocds (detail): the JSON values the reader builds, one release or record at a time.
//
// The reader parses with nlohmann/json's SAX interface and builds an `nlohmann::json` value for
// one release or record at a time, never for a whole package. Numbers are kept as the text the
// input wrote ("12300000.50", "1.5e3", "45233130"), stored as JSON strings: an amount is then
// read exactly (decimal.hpp), never through a `double`, and an identifier written as a number
// reads as the same identifier written as a string.
#pragma once

#include <oversight/detail/config.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

OVERSIGHT_BEGIN_NAMESPACE
namespace ocds::detail {

using json = nlohmann::json;

/// Builds one JSON value from SAX events (numbers as their text, see the header comment).
class dom_builder {
 public:
  /// True once a whole value has been built (and not yet taken).
  [[nodiscard]] bool done() const noexcept { return done_; }
  /// Nesting depth of the value being built (0 when none is open).
  [[nodiscard]] std::size_t depth() const noexcept { return stack_.size(); }
  /// The value built; the builder is empty afterwards.
  json take() {
    done_ = false;
    return std::move(root_);
  }

  void null() { add(json(nullptr)); }
  void boolean(bool b) { add(json(b)); }
  void number(std::string text) { add(json(std::move(text))); }
  void string(std::string& s) { add(json(std::move(s))); }
  void start_object() { open(json::object()); }
  void start_array() { open(json::array()); }
  void key(std::string& k) {
    json& object = *stack_.back();
    // A repeated key: the last value wins (as in nlohmann/json's own parser).
    slot_ = &object[std::move(k)];
  }
  void end() {
    stack_.pop_back();
    if (stack_.empty()) done_ = true;
  }

 private:
  json* place(json&& v) {
    if (stack_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    json& parent = *stack_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(v));
      return &parent.back();
    }
    *slot_ = std::move(v);
    return slot_;
  }
  void add(json&& v) {
    place(std::move(v));
    if (stack_.empty()) done_ = true;
  }
  void open(json&& v) { stack_.push_back(place(std::move(v))); }

  json root_;
  std::vector<json*> stack_;
  json* slot_ = nullptr;
  bool done_ = false;
};

}  // namespace ocds::detail
OVERSIGHT_END_NAMESPACE
