// oversight::report: a small JSON value, its writer and its reader (RFC 8259).
//
// Decisions and decision records are built as a `json` value and written in one of two styles:
//
// - `json_style::pretty`: two-space indentation, members in the order they were added, for
//   people and for golden files;
// - `json_style::canonical`: no whitespace, the members of every object sorted by key (byte
//   order of the UTF-8 text), so the same value always gives the same bytes. The decision
//   record hashes this form.
//
// Strings are escaped per RFC 8259, section 7: `"` and `\` with a backslash, the control
// characters U+0000..U+001F as `\b \f \n \r \t` or `\u00XX`; everything else, including
// non-ASCII UTF-8, is written as is. `write` replaces a byte sequence that is not well-formed
// UTF-8 by U+FFFD, so its output is always valid JSON text (which RFC 8259, section 8.1, requires
// to be UTF-8), and sorts canonical members by their keys as written, so that
// canonical(read(canonical(x))) == canonical(x); `write_strict` refuses such text instead
// (`json_errc::not_utf8`, naming where it is), so that what it writes reads back as the value
// itself. Numbers are integers only (the library has no floating point).
//
// `read_json(text)` reads a value back, strictly: RFC 8259 syntax, integers only (a fraction or
// an exponent is an error, as is an integer outside 64 signed bits), no duplicate keys in an
// object, well-formed UTF-8, escapes including \uXXXX surrogate pairs, nesting at most
// `max_depth` deep (at most `json_depth_limit`, whatever the caller asks: the reader recurses once
// per level), nothing after the value. An error names what is wrong and the byte offset
// where it was found; nothing is skipped or repaired. The audit trail of the workflow part reads
// its JSON lines with it.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/detail/utf8.hpp>
#include <oversight/error.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

OVERSIGHT_BEGIN_NAMESPACE
namespace report {

struct json_member;
namespace detail {
class json_reader;
}

/// A JSON value: null, a boolean, an integer, a string, an array or an object. An object keeps
/// its members in insertion order; keys are unique (`set` replaces).
class json {
 public:
  enum class kind : std::uint8_t { null, boolean, integer, string, array, object };

  // Implicit conversions from the literals, so `j.set("id", "x")` reads like the JSON it makes.
  // Defined below, where json_member is complete.
  json() noexcept;
  json(std::nullptr_t) noexcept;     // NOLINT: JSON literal
  /// Exactly a bool: a pointer or a wide integer never becomes a JSON boolean by conversion.
  template <std::same_as<bool> B>
  json(B b) noexcept : kind_(kind::boolean), boolean_(b) {}  // NOLINT: JSON literal
  /// Any integer that fits in 64 signed bits: signed types, and unsigned types narrower than 64
  /// bits (a 64-bit unsigned value could wrap, so it must be converted by the caller).
  template <std::integral I>
    requires(!std::same_as<I, bool> && (std::is_signed_v<I> || sizeof(I) < sizeof(std::int64_t)))
  json(I i) noexcept : kind_(kind::integer), integer_(static_cast<std::int64_t>(i)) {}  // NOLINT: JSON literal
  json(std::string s);               // NOLINT: JSON literal
  json(std::string_view s);          // NOLINT: JSON literal
  json(const char* s);               // NOLINT: JSON literal

  /// An empty array.
  static json array();
  /// An empty object.
  static json object();

  [[nodiscard]] kind type() const noexcept { return kind_; }
  [[nodiscard]] bool is_null() const noexcept { return kind_ == kind::null; }
  [[nodiscard]] bool as_bool() const noexcept { return boolean_; }
  [[nodiscard]] std::int64_t as_integer() const noexcept { return integer_; }
  [[nodiscard]] const std::string& as_string() const noexcept { return string_; }
  [[nodiscard]] const std::vector<json>& items() const noexcept { return items_; }
  [[nodiscard]] const std::vector<json_member>& members() const noexcept { return members_; }

  /// Appends to an array (a null value becomes an array first).
  json& push(json v);
  /// Sets an object member (a null value becomes an object first); replaces an existing key.
  json& set(std::string_view key, json v);
  /// The member `key` of an object, or nullptr.
  [[nodiscard]] const json* find(std::string_view key) const noexcept;

  friend bool operator==(const json& a, const json& b);

 private:
  friend class detail::json_reader;  // appends the members it has checked, without `set`'s search

  kind kind_ = kind::null;
  bool boolean_ = false;
  std::int64_t integer_ = 0;
  std::string string_;
  std::vector<json> items_;
  std::vector<json_member> members_;
};

/// One member of a JSON object.
struct json_member {
  std::string key;
  json value;
  friend bool operator==(const json_member&, const json_member&) = default;
};

inline json::json() noexcept = default;
inline json::json(std::nullptr_t) noexcept {}
inline json::json(std::string s) : kind_(kind::string), string_(std::move(s)) {}
inline json::json(std::string_view s) : json(std::string(s)) {}
inline json::json(const char* s) : json(std::string(s)) {}

inline json json::array() {
  json j;
  j.kind_ = kind::array;
  return j;
}

inline json json::object() {
  json j;
  j.kind_ = kind::object;
  return j;
}

inline json& json::push(json v) {
  if (kind_ == kind::null) kind_ = kind::array;
  items_.push_back(std::move(v));
  return *this;
}

inline json& json::set(std::string_view key, json v) {
  if (kind_ == kind::null) kind_ = kind::object;
  for (auto& m : members_)
    if (m.key == key) {
      m.value = std::move(v);
      return *this;
    }
  members_.push_back(json_member{std::string(key), std::move(v)});
  return *this;
}

inline const json* json::find(std::string_view key) const noexcept {
  for (const auto& m : members_)
    if (m.key == key) return &m.value;
  return nullptr;
}

inline bool operator==(const json& a, const json& b) {
  return a.kind_ == b.kind_ && a.boolean_ == b.boolean_ && a.integer_ == b.integer_ && a.string_ == b.string_ &&
         a.items_ == b.items_ && a.members_ == b.members_;
}

/// How `write` lays out a value.
enum class json_style : std::uint8_t {
  pretty,     ///< two-space indentation, members in insertion order
  canonical,  ///< no whitespace, members sorted by key: the same value always gives the same bytes
};

namespace detail {

using oversight::detail::utf8_sequence_length;

}  // namespace detail

/// Appends `text` as a JSON string literal (quotes included), escaped per RFC 8259.
inline void append_json_string(std::string& out, std::string_view text) {
  constexpr std::string_view hex = "0123456789abcdef";
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const std::size_t n = detail::utf8_sequence_length(text, i);
      if (n == 0) {
        out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER for an ill-formed byte
        ++i;
      } else {
        out.append(text, i, n);
        i += n;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 0x0f];
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  out += '"';
}

/// `text` as a JSON string literal.
[[nodiscard]] inline std::string json_string(std::string_view text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

namespace detail {
inline void write_json(std::string& out, const json& v, json_style style, std::size_t depth) {
  const bool pretty = style == json_style::pretty;
  const auto newline = [&](std::size_t d) {
    if (pretty) {
      out += '\n';
      out.append(2 * d, ' ');
    }
  };
  switch (v.type()) {
    case json::kind::null: out += "null"; break;
    case json::kind::boolean: out += v.as_bool() ? "true" : "false"; break;
    case json::kind::integer: out += std::to_string(v.as_integer()); break;
    case json::kind::string: append_json_string(out, v.as_string()); break;
    case json::kind::array: {
      if (v.items().empty()) {
        out += "[]";
        break;
      }
      out += '[';
      bool first = true;
      for (const auto& item : v.items()) {
        if (!first) out += ',';
        first = false;
        newline(depth + 1);
        write_json(out, item, style, depth + 1);
      }
      newline(depth);
      out += ']';
      break;
    }
    case json::kind::object: {
      if (v.members().empty()) {
        out += "{}";
        break;
      }
      std::vector<const json_member*> order;
      order.reserve(v.members().size());
      for (const auto& m : v.members()) order.push_back(&m);
      if (!pretty) {
        // By the keys as written (an ill-formed byte as U+FFFD), so that what is read back
        // sorts the same way and writes the same bytes.
        bool all_utf8 = true;
        for (const auto* m : order) all_utf8 = all_utf8 && oversight::detail::is_utf8(m->key);
        if (all_utf8) {
          std::sort(order.begin(), order.end(), [](const json_member* a, const json_member* b) { return a->key < b->key; });
        } else {
          std::vector<std::pair<std::string, const json_member*>> keyed;
          keyed.reserve(order.size());
          for (const auto* m : order) keyed.emplace_back(oversight::detail::to_utf8(m->key), m);
          std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
          for (std::size_t i = 0; i != keyed.size(); ++i) order[i] = keyed[i].second;
        }
      }
      out += '{';
      bool first = true;
      for (const json_member* m : order) {
        if (!first) out += ',';
        first = false;
        newline(depth + 1);
        append_json_string(out, m->key);
        out += pretty ? ": " : ":";
        write_json(out, m->value, style, depth + 1);
      }
      newline(depth);
      out += '}';
      break;
    }
  }
}
}  // namespace detail

/// `v` as JSON text in `style` (pretty output ends with a newline; canonical output does not).
/// Never fails: a byte of a string or key that begins no well-formed UTF-8 sequence is written
/// as U+FFFD. Where the text must read back as the value it came from, use `write_strict`.
[[nodiscard]] inline std::string write(const json& v, json_style style = json_style::pretty) {
  std::string out;
  detail::write_json(out, v, style, 0);
  if (style == json_style::pretty) out += '\n';
  return out;
}


/// Errors of `read_json`.
enum class json_errc : std::uint16_t {
  malformed_json = 560,  ///< not strict JSON text (RFC 8259, integers only)
  not_utf8 = 561,        ///< a string or key to write is not well-formed UTF-8
};

constexpr error_info describe(json_errc e) noexcept {
  switch (e) {
    case json_errc::malformed_json:
      return {"OVS-E560", "the text is not strict JSON (RFC 8259, integers only, unique keys, UTF-8)"};
    case json_errc::not_utf8:
      return {"OVS-E561", "a string or key is not well-formed UTF-8, so JSON text cannot carry it"};
  }
  return {"OVS-E579", "unknown report error"};
}

namespace detail {

// A strict recursive-descent reader; see read_json.
class json_reader {
 public:
  json_reader(std::string_view text, int max_depth) : text_(text), max_depth_(max_depth) {}

  std::optional<json> document() {
    json out;
    skip_space();
    if (!value(out, 0)) return std::nullopt;
    skip_space();
    if (pos_ != text_.size()) return fail("text after the JSON value"), std::nullopt;
    return out;
  }
  [[nodiscard]] std::string_view error() const noexcept { return error_; }
  [[nodiscard]] std::size_t error_offset() const noexcept { return error_offset_; }

 private:
  bool fail(std::string_view why) {
    if (error_.empty()) {
      error_ = why;
      error_offset_ = pos_;
    }
    return false;
  }
  void skip_space() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r'))
      ++pos_;
  }
  bool literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return fail("invalid literal");
    pos_ += word.size();
    return true;
  }

  bool value(json& out, int depth) {
    if (depth > max_depth_) return fail("nesting too deep");
    if (pos_ >= text_.size()) return fail("unexpected end of text");
    const char c = text_[pos_];
    if (c == '{') return object(out, depth);
    if (c == '[') return array(out, depth);
    if (c == '"') {
      std::string text;
      if (!string(text)) return false;
      out = json(std::move(text));
      return true;
    }
    if (c == 't') return out = json(true), literal("true");
    if (c == 'f') return out = json(false), literal("false");
    if (c == 'n') return out = json(nullptr), literal("null");
    if (c == '-' || (c >= '0' && c <= '9')) return integer(out);
    return fail("unexpected character");
  }

  bool integer(json& out) {
    const bool negative = text_[pos_] == '-';
    if (negative) ++pos_;
    if (pos_ >= text_.size() || text_[pos_] < '0' || text_[pos_] > '9') return fail("malformed number");
    if (text_[pos_] == '0' && pos_ + 1 < text_.size() && text_[pos_ + 1] >= '0' && text_[pos_ + 1] <= '9')
      return fail("leading zero");
    // Up to 2^63 for a negative number, 2^63 - 1 otherwise.
    const std::uint64_t limit = negative ? 9223372036854775808ull : 9223372036854775807ull;
    std::uint64_t magnitude = 0;
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
      const auto digit = static_cast<std::uint64_t>(text_[pos_] - '0');
      if (magnitude > (limit - digit) / 10) return fail("integer out of range");
      magnitude = magnitude * 10 + digit;
      ++pos_;
    }
    if (pos_ < text_.size() && (text_[pos_] == '.' || text_[pos_] == 'e' || text_[pos_] == 'E'))
      return fail("only integers are allowed");
    out = json(negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude));
    return true;
  }

  bool hex4(std::uint32_t& out) {
    if (pos_ + 4 > text_.size()) return fail("short \\u escape");
    out = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = text_[pos_++];
      out <<= 4;
      if (c >= '0' && c <= '9') out |= static_cast<std::uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') out |= static_cast<std::uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') out |= static_cast<std::uint32_t>(c - 'A' + 10);
      else return fail("bad hex digit in \\u escape");
    }
    return true;
  }
  static void put_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xc0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xe0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
      out += static_cast<char>(0xf0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    }
  }

  bool string(std::string& out) {
    ++pos_;  // opening quote
    for (;;) {
      if (pos_ >= text_.size()) return fail("unterminated string");
      const char c = text_[pos_];
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20) return fail("control character in string");
      if (c != '\\') {
        const std::size_t n = utf8_sequence_length(text_, pos_);
        if (n == 0) return fail("invalid UTF-8");
        out.append(text_.substr(pos_, n));
        pos_ += n;
        continue;
      }
      if (++pos_ >= text_.size()) return fail("unterminated escape");
      const char e = text_[pos_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          std::uint32_t cp = 0;
          if (!hex4(cp)) return false;
          if (cp >= 0xdc00 && cp <= 0xdfff) return fail("lone low surrogate");
          if (cp >= 0xd800 && cp <= 0xdbff) {
            std::uint32_t low = 0;
            if (text_.substr(pos_, 2) != "\\u") return fail("lone high surrogate");
            pos_ += 2;
            if (!hex4(low)) return false;
            if (low < 0xdc00 || low > 0xdfff) return fail("bad surrogate pair");
            cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
          }
          put_utf8(out, cp);
          break;
        }
        default: return fail("unknown escape");
      }
    }
  }

  bool array(json& out, int depth) {
    out = json::array();
    ++pos_;
    skip_space();
    if (pos_ < text_.size() && text_[pos_] == ']') {
      ++pos_;
      return true;
    }
    for (;;) {
      skip_space();
      json item;
      if (!value(item, depth + 1)) return false;
      out.push(std::move(item));
      skip_space();
      if (pos_ >= text_.size()) return fail("unterminated array");
      if (text_[pos_] == ']') {
        ++pos_;
        return true;
      }
      if (text_[pos_++] != ',') return fail("expected ',' or ']'");
    }
  }

  bool object(json& out, int depth) {
    out = json::object();
    ++pos_;
    skip_space();
    if (pos_ < text_.size() && text_[pos_] == '}') {
      ++pos_;
      return true;
    }
    // Where each key ends, for the duplicate check at the end of the object.
    std::vector<std::size_t> key_offsets;
    for (;;) {
      skip_space();
      if (pos_ >= text_.size() || text_[pos_] != '"') return fail("expected a key");
      std::string key;
      if (!string(key)) return false;
      key_offsets.push_back(pos_);
      // A small object is checked as it is read; a larger one once, sorted, at its end.
      if (key_offsets.size() <= small_object && out.find(key)) return fail("duplicate key");
      skip_space();
      if (pos_ >= text_.size() || text_[pos_++] != ':') return fail("expected ':'");
      skip_space();
      json member;
      if (!value(member, depth + 1)) return false;
      out.members_.push_back(json_member{std::move(key), std::move(member)});
      skip_space();
      if (pos_ >= text_.size()) return fail("unterminated object");
      if (text_[pos_] == '}') {
        ++pos_;
        return key_offsets.size() <= small_object || unique_keys(out, key_offsets);
      }
      if (text_[pos_++] != ',') return fail("expected ',' or '}'");
    }
  }

  // O(n log n): the members sorted by key; of the keys that repeat, the error names the
  // earliest second occurrence, as a check while reading would have.
  bool unique_keys(const json& object, const std::vector<std::size_t>& key_offsets) {
    const auto& members = object.members_;
    std::vector<std::size_t> order(members.size());
    for (std::size_t i = 0; i != order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return members[a].key != members[b].key ? members[a].key < members[b].key : a < b;
    });
    std::size_t first_repeat = members.size();
    for (std::size_t k = 1; k < order.size(); ++k)
      if (members[order[k]].key == members[order[k - 1]].key) first_repeat = std::min(first_repeat, order[k]);
    if (first_repeat == members.size()) return true;
    const std::size_t end = pos_;
    pos_ = key_offsets[first_repeat];
    fail("duplicate key");
    pos_ = end;
    return false;
  }

  static constexpr std::size_t small_object = 8;

  std::string_view text_;
  int max_depth_;
  std::size_t pos_ = 0;
  std::string_view error_;
  std::size_t error_offset_ = 0;
};

}  // namespace detail

/// The deepest nesting `read_json` accepts, whatever its `max_depth` says: the reader recurses
/// once per level, and 256 levels stay within a small thread's stack (a few hundred bytes each).
inline constexpr int json_depth_limit = 256;

/// Reads one JSON value from `text` (see the header comment for how strictly), nested at most
/// `max_depth` deep (clamped to 0..json_depth_limit). Duplicate keys are found in O(n log n) in
/// the size of an object. The error's context says what is wrong and at which byte offset
/// ("duplicate key at 17").
[[nodiscard]] inline result<json, json_errc> read_json(std::string_view text, int max_depth = 64) {
  detail::json_reader reader(text, std::clamp(max_depth, 0, json_depth_limit));
  auto value = reader.document();
  if (value) return std::move(*value);
  error_context context(reader.error());
  context.append(" at ").append(std::to_string(reader.error_offset()));
  return error<json_errc>{json_errc::malformed_json, context};
}

namespace detail {
// The first string or key of `v` that JSON text cannot carry as it is; `path` is where it is,
// as a JSON Pointer (RFC 6901), with each ill-formed byte of a key shown as U+FFFD.
inline std::optional<error<json_errc>> unwritable(const json& v, std::string& path) {
  const auto at = [&](json_errc code) {
    error_context c(path.empty() ? std::string_view("/") : std::string_view(path));
    return std::optional<error<json_errc>>{error<json_errc>{code, c}};
  };
  const auto pointer_token = [](std::string_view key) {
    std::string t;
    for (char c : key) t += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
    return t;
  };
  switch (v.type()) {
    case json::kind::string:
      if (!oversight::detail::is_utf8(v.as_string())) return at(json_errc::not_utf8);
      return std::nullopt;
    case json::kind::array:
      for (std::size_t i = 0; i != v.items().size(); ++i) {
        const std::size_t size = path.size();
        path += "/" + std::to_string(i);
        if (auto e = unwritable(v.items()[i], path)) return e;
        path.resize(size);
      }
      return std::nullopt;
    case json::kind::object:
      for (const auto& m : v.members()) {
        const std::size_t size = path.size();
        const bool key_ok = oversight::detail::is_utf8(m.key);
        path += "/" + (key_ok ? pointer_token(m.key) : pointer_token(oversight::detail::to_utf8(m.key)));
        if (!key_ok) return at(json_errc::not_utf8);
        if (auto e = unwritable(m.value, path)) return e;
        path.resize(size);
      }
      return std::nullopt;
    default: return std::nullopt;
  }
}
}  // namespace detail

/// `v` as JSON text in `style`, or `not_utf8` naming (as a JSON Pointer, e.g. "/reasons/2/text")
/// the first string or key that is not well-formed UTF-8. What it writes reads back with
/// `read_json` as `v`, and for the canonical style writing that again gives the same bytes.
[[nodiscard]] inline result<std::string, json_errc> write_strict(const json& v, json_style style = json_style::pretty) {
  std::string path;
  if (auto e = detail::unwritable(v, path)) return *e;
  return write(v, style);
}

}  // namespace report
OVERSIGHT_END_NAMESPACE
