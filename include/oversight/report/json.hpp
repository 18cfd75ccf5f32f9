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
#include <bit>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <new>
#include <optional>
#include <span>
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
///
/// A value takes 16 bytes: a string of up to 8 bytes is held in it, a longer one and the
/// elements of an array or object in one allocation of their own (exactly their size when read
/// by `read_json`). Strings, arrays and objects hold at most 2^32 - 1 bytes or elements: a
/// longer string is cut there, and `push` or `set` on a full array or object does nothing.
class json {
 public:
  enum class kind : std::uint8_t { null, boolean, integer, string, array, object };

  // Implicit conversions from the literals, so `j.set("id", "x")` reads like the JSON it makes.
  json() noexcept = default;
  json(std::nullptr_t) noexcept {}  // NOLINT: JSON literal
  /// Exactly a bool: a pointer or a wide integer never becomes a JSON boolean by conversion.
  template <std::same_as<bool> B>
  json(B b) noexcept : kind_(kind::boolean), boolean_(b) {}  // NOLINT: JSON literal
  /// Any integer that fits in 64 signed bits: signed types, and unsigned types narrower than 64
  /// bits (a 64-bit unsigned value could wrap, so it must be converted by the caller).
  template <std::integral I>
    requires(!std::same_as<I, bool> && (std::is_signed_v<I> || sizeof(I) < sizeof(std::int64_t)))
  json(I i) noexcept : kind_(kind::integer) {  // NOLINT: JSON literal
    u_.integer = static_cast<std::int64_t>(i);
  }
  json(std::string_view s);         // NOLINT: JSON literal
  json(const std::string& s) : json(std::string_view(s)) {}  // NOLINT: JSON literal
  json(const char* s) : json(std::string_view(s)) {}        // NOLINT: JSON literal

  json(const json& other);
  json(json&& other) noexcept : kind_(other.kind_), boolean_(other.boolean_), exact_(other.exact_), count_(other.count_), u_(other.u_) {
    other.forget();
  }
  json& operator=(const json& other) {
    if (this != &other) *this = json(other);
    return *this;
  }
  json& operator=(json&& other) noexcept {
    if (this != &other) {
      release();
      kind_ = other.kind_, boolean_ = other.boolean_, exact_ = other.exact_, count_ = other.count_, u_ = other.u_;
      other.forget();
    }
    return *this;
  }
  ~json() { release(); }

  /// An empty array.
  static json array() noexcept {
    json j;
    j.kind_ = kind::array;
    return j;
  }
  /// An empty object.
  static json object() noexcept {
    json j;
    j.kind_ = kind::object;
    return j;
  }

  [[nodiscard]] kind type() const noexcept { return kind_; }
  [[nodiscard]] bool is_null() const noexcept { return kind_ == kind::null; }
  [[nodiscard]] bool as_bool() const noexcept { return boolean_; }
  [[nodiscard]] std::int64_t as_integer() const noexcept { return kind_ == kind::integer ? u_.integer : 0; }
  /// The text of a string ("" for another kind).
  [[nodiscard]] std::string_view as_string() const noexcept {
    if (kind_ != kind::string) return {};
    return count_ <= small_string ? std::string_view(u_.small, count_) : std::string_view(u_.chars, count_);
  }
  /// The elements of an array (none for another kind).
  [[nodiscard]] std::span<const json> items() const noexcept {
    return kind_ == kind::array && count_ != 0 ? std::span<const json>(u_.items, count_) : std::span<const json>();
  }
  /// The members of an object, in insertion order (none for another kind).
  [[nodiscard]] std::span<const json_member> members() const noexcept;

  /// Appends to an array (a null value becomes an array first).
  json& push(json v);
  /// Sets an object member (a null value becomes an object first); replaces an existing key.
  json& set(std::string_view key, json v);
  /// The member `key` of an object, or nullptr.
  [[nodiscard]] const json* find(std::string_view key) const noexcept;

  friend bool operator==(const json& a, const json& b) noexcept;

 private:
  friend class detail::json_reader;  // fills arrays and objects it has sized exactly

  static constexpr std::uint32_t small_string = 8;
  static constexpr std::uint32_t max_elements = 0xFFFF'FFFFu;
  union payload {
    std::int64_t integer;
    char small[small_string];
    char* chars;
    json* items;
    json_member* members;
  };

  // Room for the elements of an array or object: exactly count_ when exact_, else a power of
  // two of at least 4 (none while empty).
  [[nodiscard]] std::uint32_t capacity() const noexcept {
    if (exact_ || count_ == 0) return count_;
    if (count_ > 0x8000'0000u) return max_elements;
    return std::max<std::uint32_t>(4, std::bit_ceil(count_));
  }
  template <class T>
  static T* allocate(std::size_t n) {
    return static_cast<T*>(::operator new(n * sizeof(T)));
  }
  template <class T>
  static void destroy(T* p, std::uint32_t n) noexcept {
    for (std::uint32_t i = 0; i != n; ++i) p[i].~T();
    ::operator delete(p);
  }
  // Makes room for one more element in `data` (of count_ elements).
  template <class T>
  void reserve_one(T*& data) {
    if (count_ < capacity()) return;
    // A power of two, or all that a count can say.
    const std::uint32_t room =
        count_ >= 0x8000'0000u ? max_elements : std::max<std::uint32_t>(4, std::bit_ceil(count_ + 1));
    T* bigger = allocate<T>(room);
    for (std::uint32_t i = 0; i != count_; ++i) {
      ::new (static_cast<void*>(bigger + i)) T(std::move(data[i]));
    }
    if (data != nullptr) destroy(data, count_);
    data = bigger;
    exact_ = false;
  }
  void forget() noexcept {
    kind_ = kind::null, boolean_ = false, exact_ = false, count_ = 0;
    u_.integer = 0;
  }
  void release() noexcept;

  kind kind_ = kind::null;
  bool boolean_ = false;
  bool exact_ = false;
  std::uint32_t count_ = 0;  // the length of a string, the elements of an array or object
  payload u_{.integer = 0};
};
static_assert(sizeof(json) == 16);

/// One member of a JSON object: its key (a string value) and its value.
struct json_member {
  json key_text;
  json value;
  [[nodiscard]] std::string_view key() const noexcept { return key_text.as_string(); }
  friend bool operator==(const json_member& a, const json_member& b) noexcept {
    return a.key_text == b.key_text && a.value == b.value;
  }
};

inline json::json(std::string_view s) : kind_(kind::string) {
  if (s.size() > 0xFFFF'FFFFu) s = s.substr(0, 0xFFFF'FFFFu);  // the documented limit: 2^32 - 1 bytes
  count_ = static_cast<std::uint32_t>(s.size());
  if (count_ <= small_string) {
    u_.integer = 0;
    std::copy(s.begin(), s.end(), u_.small);
  } else {
    u_.chars = allocate<char>(count_);
    std::copy(s.begin(), s.end(), u_.chars);
  }
}

inline json::json(const json& other)
    : kind_(other.kind_), boolean_(other.boolean_), exact_(true), count_(other.count_), u_(other.u_) {
  if (kind_ == kind::string && count_ > small_string) {
    u_.chars = allocate<char>(count_);
    std::copy(other.u_.chars, other.u_.chars + count_, u_.chars);
  } else if ((kind_ == kind::array || kind_ == kind::object) && count_ == 0) {
    u_.integer = 0;
  } else if (kind_ == kind::array) {
    u_.items = allocate<json>(count_);
    for (std::uint32_t i = 0; i != count_; ++i) ::new (static_cast<void*>(u_.items + i)) json(other.u_.items[i]);
  } else if (kind_ == kind::object) {
    u_.members = allocate<json_member>(count_);
    for (std::uint32_t i = 0; i != count_; ++i) ::new (static_cast<void*>(u_.members + i)) json_member(other.u_.members[i]);
  }
}

inline void json::release() noexcept {
  if (kind_ == kind::string && count_ > small_string) ::operator delete(u_.chars);
  else if (kind_ == kind::array && u_.items != nullptr) destroy(u_.items, count_);
  else if (kind_ == kind::object && u_.members != nullptr) destroy(u_.members, count_);
  forget();
}

inline std::span<const json_member> json::members() const noexcept {
  return kind_ == kind::object && count_ != 0 ? std::span<const json_member>(u_.members, count_)
                                              : std::span<const json_member>();
}

inline json& json::push(json v) {
  if (kind_ == kind::null) kind_ = kind::array;
  if (kind_ != kind::array || count_ == max_elements) return *this;
  if (count_ == 0 && capacity() == 0) u_.items = nullptr;
  reserve_one(u_.items);
  ::new (static_cast<void*>(u_.items + count_)) json(std::move(v));
  ++count_;
  return *this;
}

inline json& json::set(std::string_view key, json v) {
  if (kind_ == kind::null) kind_ = kind::object;
  if (kind_ != kind::object) return *this;
  for (std::uint32_t i = 0; i != count_; ++i)
    if (u_.members[i].key() == key) {
      u_.members[i].value = std::move(v);
      return *this;
    }
  if (count_ == max_elements) return *this;
  if (count_ == 0 && capacity() == 0) u_.members = nullptr;
  reserve_one(u_.members);
  ::new (static_cast<void*>(u_.members + count_)) json_member{json(key), std::move(v)};
  ++count_;
  return *this;
}

inline const json* json::find(std::string_view key) const noexcept {
  for (const auto& m : members())
    if (m.key() == key) return &m.value;
  return nullptr;
}

inline bool operator==(const json& a, const json& b) noexcept {
  if (a.kind_ != b.kind_) return false;
  switch (a.kind_) {
    case json::kind::null: return true;
    case json::kind::boolean: return a.boolean_ == b.boolean_;
    case json::kind::integer: return a.u_.integer == b.u_.integer;
    case json::kind::string: return a.as_string() == b.as_string();
    case json::kind::array: return std::ranges::equal(a.items(), b.items());
    case json::kind::object: return std::ranges::equal(a.members(), b.members());
  }
  return false;
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
        for (const auto* m : order) all_utf8 = all_utf8 && oversight::detail::is_utf8(m->key());
        if (all_utf8) {
          std::sort(order.begin(), order.end(), [](const json_member* a, const json_member* b) { return a->key() < b->key(); });
        } else {
          std::vector<std::pair<std::string, const json_member*>> keyed;
          keyed.reserve(order.size());
          for (const auto* m : order) keyed.emplace_back(oversight::detail::to_utf8(m->key()), m);
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
        append_json_string(out, m->key());
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

// A strict recursive-descent reader; see read_json. It reads the text twice: the first pass
// checks the syntax and counts the elements of every array and object of more than
// `local_elements`, the second builds the value with each such container allocated exactly
// once at its size (smaller ones are gathered on the stack first). So the value is nearly all
// the memory it takes: no growth slack, and the counts are freed as they are used.
class json_reader {
 public:
  json_reader(std::string_view text, int max_depth) : text_(text), max_depth_(max_depth) {}

  std::optional<json> document() {
    if (text_.size() > json_text_limit) return fail("text longer than 4 GiB - 1 bytes"), std::nullopt;
    json out;
    for (const bool build : {false, true}) {
      building_ = build;
      pos_ = 0;
      skip_space();
      if (!value(out, 0)) return std::nullopt;
      skip_space();
      if (pos_ != text_.size()) return fail("text after the JSON value"), std::nullopt;
    }
    return out;
  }
  [[nodiscard]] std::string_view error() const noexcept { return error_; }
  [[nodiscard]] std::size_t error_offset() const noexcept { return error_offset_; }

  static constexpr std::size_t json_text_limit = 0xFFFF'FFFFu;

 private:
  static constexpr std::uint32_t local_elements = 8;

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
      if (!string()) return false;
      if (building_) out = json(std::string_view(scratch_));
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
  void put(char c) {
    if (building_) scratch_ += c;
  }
  void put_utf8(std::uint32_t cp) {
    if (cp < 0x80) {
      put(static_cast<char>(cp));
    } else if (cp < 0x800) {
      put(static_cast<char>(0xc0 | (cp >> 6)));
      put(static_cast<char>(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
      put(static_cast<char>(0xe0 | (cp >> 12)));
      put(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
      put(static_cast<char>(0x80 | (cp & 0x3f)));
    } else {
      put(static_cast<char>(0xf0 | (cp >> 18)));
      put(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
      put(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
      put(static_cast<char>(0x80 | (cp & 0x3f)));
    }
  }

  // A string into scratch_ (when building); one buffer for the whole read.
  bool string() {
    scratch_.clear();
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
        if (building_) scratch_.append(text_.substr(pos_, n));
        pos_ += n;
        continue;
      }
      if (++pos_ >= text_.size()) return fail("unterminated escape");
      const char e = text_[pos_++];
      switch (e) {
        case '"': put('"'); break;
        case '\\': put('\\'); break;
        case '/': put('/'); break;
        case 'b': put('\b'); break;
        case 'f': put('\f'); break;
        case 'n': put('\n'); break;
        case 'r': put('\r'); break;
        case 't': put('\t'); break;
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
          put_utf8(cp);
          break;
        }
        default: return fail("unknown escape");
      }
    }
  }

  // The elements of one array or object while it is read: the first `local_elements` on the
  // stack, then (a container the first pass found larger) in its exact allocation.
  template <class Element>
  struct gathering {
    Element local[local_elements];
    Element* exact = nullptr;
    std::uint32_t count = 0;
    std::size_t count_slot = ~std::size_t{0};  // first pass: where this container's size goes
  };

  // Where the next element goes (after the count of elements so far).
  template <class Element>
  Element* slot(gathering<Element>& g) {
    if (!building_) {
      // A container larger than the stack's room: its size is counted for the second pass,
      // in the order the second pass will ask for it (the order its elements overflow).
      if (g.count == local_elements) g.count_slot = sizes_.reserve_next();
      return nullptr;
    }
    if (g.count < local_elements) return &g.local[g.count];
    if (g.count == local_elements) {
      const std::uint32_t size = sizes_.take_next();
      g.exact = json::allocate<Element>(size);
      for (std::uint32_t i = 0; i != local_elements; ++i) ::new (static_cast<void*>(g.exact + i)) Element(std::move(g.local[i]));
    }
    ::new (static_cast<void*>(g.exact + g.count)) Element();
    return &g.exact[g.count];
  }

  // Hands the gathered elements to `out` (of kind K), allocated exactly.
  template <class Element, class Store>
  void finish(gathering<Element>& g, json& out, Store store) {
    if (!building_) {
      if (g.count_slot != ~std::size_t{0}) sizes_.set(g.count_slot, g.count);
      return;
    }
    Element* data = g.exact;
    if (data == nullptr && g.count != 0) {
      data = json::allocate<Element>(g.count);
      for (std::uint32_t i = 0; i != g.count; ++i) ::new (static_cast<void*>(data + i)) Element(std::move(g.local[i]));
    }
    out.exact_ = true;
    out.count_ = g.count;
    store(out, data);
  }

  bool too_many(std::uint32_t count) { return count == 0xFFFF'FFFFu && fail("more than 2^32 - 1 elements"); }

  bool array(json& out, int depth) {
    out = json::array();
    ++pos_;
    skip_space();
    gathering<json> g;
    bool ok = true;
    if (pos_ < text_.size() && text_[pos_] == ']') {
      ++pos_;
    } else {
      for (;;) {
        skip_space();
        if (too_many(g.count)) {
          ok = false;
          break;
        }
        json* into = slot(g);
        json item;
        if (!value(building_ ? *into : item, depth + 1)) {
          ok = false;
          if (building_ && g.count >= local_elements) ++g.count;  // constructed: destroyed below
          break;
        }
        ++g.count;
        skip_space();
        if (pos_ >= text_.size()) {
          ok = fail("unterminated array");
          break;
        }
        if (text_[pos_] == ']') {
          ++pos_;
          break;
        }
        if (text_[pos_++] != ',') {
          ok = fail("expected ',' or ']'");
          break;
        }
      }
    }
    if (!ok) {
      if (g.exact != nullptr) json::destroy(g.exact, g.count);
      return false;
    }
    finish(g, out, [](json& o, json* data) { o.u_.items = data; });
    return true;
  }

  bool object(json& out, int depth) {
    out = json::object();
    ++pos_;
    skip_space();
    gathering<json_member> g;
    const std::size_t first_key = key_ends_.size();
    bool ok = true;
    if (pos_ < text_.size() && text_[pos_] == '}') {
      ++pos_;
    } else {
      for (;;) {
        skip_space();
        if (pos_ >= text_.size() || text_[pos_] != '"') {
          ok = fail("expected a key");
          break;
        }
        if (too_many(g.count)) {
          ok = false;
          break;
        }
        if (!string()) {
          ok = false;
          break;
        }
        json_member* into = slot(g);
        if (building_) {
          into->key_text = json(std::string_view(scratch_));
          key_ends_.push_back(static_cast<std::uint32_t>(pos_));
          // The first members are checked as they are read; a larger object once more, sorted,
          // at its end.
          if (g.count < local_elements) {
            for (std::uint32_t i = 0; i != g.count; ++i)
              if (g.local[i].key() == into->key()) ok = false;
            if (!ok) {
              fail("duplicate key");
              break;
            }
          }
        }
        skip_space();
        if (pos_ >= text_.size() || text_[pos_++] != ':') {
          ok = fail("expected ':'");
          if (building_ && g.count >= local_elements) ++g.count;
          break;
        }
        skip_space();
        json ignored;
        if (!value(building_ ? into->value : ignored, depth + 1)) {
          ok = false;
          if (building_ && g.count >= local_elements) ++g.count;
          break;
        }
        ++g.count;
        skip_space();
        if (pos_ >= text_.size()) {
          ok = fail("unterminated object");
          break;
        }
        if (text_[pos_] == '}') {
          ++pos_;
          break;
        }
        if (text_[pos_++] != ',') {
          ok = fail("expected ',' or '}'");
          break;
        }
      }
    }
    if (ok && building_ && g.count > local_elements) ok = unique_keys(g.exact, g.count, first_key);
    if (building_) key_ends_.resize(first_key);
    if (!ok) {
      if (g.exact != nullptr) json::destroy(g.exact, g.count);
      return false;
    }
    finish(g, out, [](json& o, json_member* data) { o.u_.members = data; });
    return true;
  }

  // O(n log n): the members sorted by key; of the keys that repeat, the error names the
  // earliest second occurrence, as a check while reading would have.
  bool unique_keys(const json_member* members, std::uint32_t count, std::size_t first_key) {
    std::vector<std::uint32_t> order(count);
    for (std::uint32_t i = 0; i != count; ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      return members[a].key() != members[b].key() ? members[a].key() < members[b].key() : a < b;
    });
    std::uint32_t first_repeat = count;
    for (std::uint32_t k = 1; k < count; ++k)
      if (members[order[k]].key() == members[order[k - 1]].key()) first_repeat = std::min(first_repeat, order[k]);
    if (first_repeat == count) return true;
    const std::size_t end = pos_;
    pos_ = key_ends_[first_key + first_repeat];
    fail("duplicate key");
    pos_ = end;
    return false;
  }

  std::string_view text_;
  int max_depth_;
  bool building_ = false;
  std::size_t pos_ = 0;
  // The sizes of the containers larger than the stack's room, in the order the second pass asks
  // for them, in blocks of 1024 that the second pass frees as it goes: beside the value being
  // built they take at most one block (and a pointer per block).
  class size_queue {
   public:
    std::size_t reserve_next() {
      if (count_ % block == 0) blocks_.push_back(std::make_unique<std::uint32_t[]>(block));
      return count_++;
    }
    void set(std::size_t i, std::uint32_t size) noexcept { blocks_[i / block][i % block] = size; }
    std::uint32_t take_next() noexcept {
      const std::uint32_t size = blocks_[next_ / block][next_ % block];
      if (++next_ % block == 0) blocks_[next_ / block - 1].reset();
      return size;
    }

   private:
    static constexpr std::size_t block = 1024;
    std::vector<std::unique_ptr<std::uint32_t[]>> blocks_;
    std::size_t count_ = 0, next_ = 0;
  };
  size_queue sizes_;
  std::vector<std::uint32_t> key_ends_;    // second pass: where the keys of open objects end
  std::string scratch_;                    // the string being read
  std::string_view error_;
  std::size_t error_offset_ = 0;
};

}  // namespace detail

/// The longest text `read_json` accepts: 2^32 - 1 bytes (4 GiB), so that no string, array or
/// object it reads can exceed what a `json` holds.
inline constexpr std::size_t json_text_limit = detail::json_reader::json_text_limit;

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
        const bool key_ok = oversight::detail::is_utf8(m.key());
        path += "/" + (key_ok ? pointer_token(m.key()) : pointer_token(oversight::detail::to_utf8(m.key())));
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
