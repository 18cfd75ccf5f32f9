// oversight: the audit trail as JSON lines, written and read back strictly.
//
// One record per line, one JSON object per record, every line ending in '\n', keys in this
// order (the reader accepts any order but requires exactly these keys):
//
//   {"seq":3,"workflow":"review","at":"2025-07-01T09:30:00","kind":"event","name":"cleared",
//    "actor":"ES-CCN","role":"crypto","reason":"...","from":"in_review","to":"approved",
//    "outcome":"applied","error":"","reasons":[{"id":"...","text":"..."}],
//    "obligations":[{"id":"...","text":"...","due":"2025-10-01"}],
//    "prev":"84d2c5e0b1a3f977","hash":"0f1e2d3c4b5a6978"}
//
// `due` is a date or null; `prev` and `hash` are 16 lower-case hex digits (64-bit values do not
// fit a JSON number portably). The reader is strict: RFC 8259 syntax with integers only (no
// fractions or exponents: the format has none), no duplicate keys, valid UTF-8, escapes
// including \uXXXX surrogate pairs, nothing after the object, no empty or unterminated line. A
// bad line is an error naming its number; nothing is skipped or repaired. Reading does not
// check the hash chain: `instance<...>::replay` does.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/error.hpp>
#include <oversight/workflow/errc.hpp>
#include <oversight/workflow/instance.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

OVERSIGHT_BEGIN_NAMESPACE
namespace workflow {

namespace detail {

inline void json_escape(std::string& out, std::string_view text) {
  out += '"';
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          constexpr char hex[] = "0123456789abcdef";
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 0xf];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

inline std::string hex64(std::uint64_t v) {
  constexpr char hex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (std::size_t i = 16; i-- > 0; v >>= 4) out[i] = hex[v & 0xf];
  return out;
}

// A parsed JSON value (the subset the trail needs: integers, no fractions).
struct json_value {
  enum class type : std::uint8_t { null, boolean, integer, string, array, object };
  type kind = type::null;
  bool boolean = false;
  std::int64_t integer = 0;
  std::string text;
  std::vector<json_value> items;      // array elements, or object values
  std::vector<std::string> keys;      // object keys, parallel to `items`

  [[nodiscard]] const json_value* find(std::string_view key) const {
    for (std::size_t i = 0; i != keys.size(); ++i)
      if (keys[i] == key) return &items[i];
    return nullptr;
  }
};

// A strict recursive-descent parser over one line. Nesting is limited (the trail needs 3).
class json_parser {
 public:
  explicit json_parser(std::string_view text) : text_(text) {}

  // The value, or nullptr-like failure (sets `error`).
  bool parse_document(json_value& out) {
    skip_space();
    if (!parse_value(out, 0)) return false;
    skip_space();
    if (pos_ != text_.size()) return fail("text after the JSON value");
    return true;
  }
  [[nodiscard]] std::string_view error() const noexcept { return error_; }

 private:
  static constexpr int max_depth = 8;

  bool fail(std::string_view why) {
    if (error_.empty()) error_ = why;
    return false;
  }
  void skip_space() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  }
  bool literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return fail("invalid literal");
    pos_ += word.size();
    return true;
  }

  bool parse_value(json_value& out, int depth) {
    if (depth > max_depth) return fail("nesting too deep");
    if (pos_ >= text_.size()) return fail("unexpected end of line");
    const char c = text_[pos_];
    if (c == '{') return parse_object(out, depth);
    if (c == '[') return parse_array(out, depth);
    if (c == '"') {
      out.kind = json_value::type::string;
      return parse_string(out.text);
    }
    if (c == 't') {
      out.kind = json_value::type::boolean;
      out.boolean = true;
      return literal("true");
    }
    if (c == 'f') {
      out.kind = json_value::type::boolean;
      return literal("false");
    }
    if (c == 'n') {
      out.kind = json_value::type::null;
      return literal("null");
    }
    if (c == '-' || (c >= '0' && c <= '9')) return parse_integer(out);
    return fail("unexpected character");
  }

  bool parse_integer(json_value& out) {
    const bool negative = text_[pos_] == '-';
    if (negative) ++pos_;
    if (pos_ >= text_.size() || text_[pos_] < '0' || text_[pos_] > '9') return fail("malformed number");
    if (text_[pos_] == '0' && pos_ + 1 < text_.size() && text_[pos_ + 1] >= '0' && text_[pos_ + 1] <= '9')
      return fail("leading zero");
    std::uint64_t magnitude = 0;
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
      const auto digit = static_cast<std::uint64_t>(text_[pos_] - '0');
      if (magnitude > (9223372036854775807ull - digit) / 10) return fail("integer out of range");
      magnitude = magnitude * 10 + digit;
      ++pos_;
    }
    if (pos_ < text_.size() && (text_[pos_] == '.' || text_[pos_] == 'e' || text_[pos_] == 'E'))
      return fail("only integers are allowed");
    out.kind = json_value::type::integer;
    out.integer = negative ? -static_cast<std::int64_t>(magnitude) : static_cast<std::int64_t>(magnitude);
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
  // Copies one UTF-8 encoded character starting at pos_, rejecting malformed sequences.
  bool utf8_char(std::string& out) {
    const auto lead = static_cast<unsigned char>(text_[pos_]);
    std::size_t length = 0;
    std::uint32_t cp = 0;
    if (lead < 0x80) length = 1, cp = lead;
    else if ((lead & 0xe0) == 0xc0) length = 2, cp = lead & 0x1f;
    else if ((lead & 0xf0) == 0xe0) length = 3, cp = lead & 0x0f;
    else if ((lead & 0xf8) == 0xf0) length = 4, cp = lead & 0x07;
    else return fail("invalid UTF-8");
    if (pos_ + length > text_.size()) return fail("truncated UTF-8");
    for (std::size_t i = 1; i < length; ++i) {
      const auto c = static_cast<unsigned char>(text_[pos_ + i]);
      if ((c & 0xc0) != 0x80) return fail("invalid UTF-8");
      cp = (cp << 6) | (c & 0x3f);
    }
    constexpr std::uint32_t min_for_length[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_for_length[length] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
      return fail("invalid UTF-8");
    out.append(text_.substr(pos_, length));
    pos_ += length;
    return true;
  }

  bool parse_string(std::string& out) {
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
        if (!utf8_char(out)) return false;
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

  bool parse_array(json_value& out, int depth) {
    out.kind = json_value::type::array;
    ++pos_;
    skip_space();
    if (pos_ < text_.size() && text_[pos_] == ']') {
      ++pos_;
      return true;
    }
    for (;;) {
      skip_space();
      json_value item;
      if (!parse_value(item, depth + 1)) return false;
      out.items.push_back(std::move(item));
      skip_space();
      if (pos_ >= text_.size()) return fail("unterminated array");
      if (text_[pos_] == ']') {
        ++pos_;
        return true;
      }
      if (text_[pos_++] != ',') return fail("expected ',' or ']'");
    }
  }

  bool parse_object(json_value& out, int depth) {
    out.kind = json_value::type::object;
    ++pos_;
    skip_space();
    if (pos_ < text_.size() && text_[pos_] == '}') {
      ++pos_;
      return true;
    }
    for (;;) {
      skip_space();
      if (pos_ >= text_.size() || text_[pos_] != '"') return fail("expected a key");
      std::string key;
      if (!parse_string(key)) return false;
      if (out.find(key)) return fail("duplicate key");
      skip_space();
      if (pos_ >= text_.size() || text_[pos_++] != ':') return fail("expected ':'");
      skip_space();
      json_value value;
      if (!parse_value(value, depth + 1)) return false;
      out.keys.push_back(std::move(key));
      out.items.push_back(std::move(value));
      skip_space();
      if (pos_ >= text_.size()) return fail("unterminated object");
      if (text_[pos_] == '}') {
        ++pos_;
        return true;
      }
      if (text_[pos_++] != ',') return fail("expected ',' or '}'");
    }
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::string_view error_;
};

inline std::optional<std::uint64_t> parse_hex64(std::string_view text) {
  if (text.size() != 16) return std::nullopt;
  std::uint64_t v = 0;
  for (char c : text) {
    v <<= 4;
    if (c >= '0' && c <= '9') v |= static_cast<std::uint64_t>(c - '0');
    else if (c >= 'a' && c <= 'f') v |= static_cast<std::uint64_t>(c - 'a' + 10);
    else return std::nullopt;
  }
  return v;
}

inline std::optional<record_kind> parse_kind(std::string_view s) {
  for (auto k : {record_kind::started, record_kind::event, record_kind::deadline, record_kind::fulfilled,
                 record_kind::breached, record_kind::waived})
    if (to_string(k) == s) return k;
  return std::nullopt;
}
inline std::optional<record_outcome> parse_outcome(std::string_view s) {
  for (auto o : {record_outcome::applied, record_outcome::approval_recorded, record_outcome::refused})
    if (to_string(o) == s) return o;
  return std::nullopt;
}

// Maps a parsed object to a record; returns the offending field's name on failure.
inline std::string_view to_record(const json_value& v, record& r) {
  static constexpr std::string_view keys[] = {"seq",  "workflow", "at", "kind",    "name",  "actor",
                                              "role", "reason",   "from", "to",    "outcome", "error",
                                              "reasons", "obligations", "prev", "hash"};
  if (v.kind != json_value::type::object) return "the line is not an object";
  for (const auto& m : v.keys) {
    bool known = false;
    for (auto k : keys) known = known || k == m;
    if (!known) return "unknown field";
  }
  for (auto k : keys)
    if (!v.find(k)) return k;
  auto text = [&](std::string_view key, std::string& out) {
    const json_value* f = v.find(key);
    if (f->kind != json_value::type::string) return false;
    out = f->text;
    return true;
  };
  const json_value* seq = v.find("seq");
  if (seq->kind != json_value::type::integer || seq->integer < 1) return "seq";
  r.seq = static_cast<std::uint64_t>(seq->integer);
  for (auto [key, field] : {std::pair<std::string_view, std::string*>{"workflow", &r.workflow},
                            {"name", &r.name}, {"actor", &r.actor}, {"role", &r.role},
                            {"reason", &r.reason}, {"from", &r.from}, {"to", &r.to}, {"error", &r.error}})
    if (!text(key, *field)) return key;
  std::string scratch;
  if (!text("at", scratch)) return "at";
  const auto at = instant::parse(scratch);
  if (!at) return "at";
  r.at = *at;
  if (!text("kind", scratch)) return "kind";
  const auto kind = parse_kind(scratch);
  if (!kind) return "kind";
  r.kind = *kind;
  if (!text("outcome", scratch)) return "outcome";
  const auto outcome = parse_outcome(scratch);
  if (!outcome) return "outcome";
  r.outcome = *outcome;
  for (auto [key, field] : {std::pair<std::string_view, std::uint64_t*>{"prev", &r.prev}, {"hash", &r.hash}}) {
    if (!text(key, scratch)) return key;
    const auto h = parse_hex64(scratch);
    if (!h) return key;
    *field = *h;
  }
  const json_value* reasons = v.find("reasons");
  if (reasons->kind != json_value::type::array) return "reasons";
  for (const auto& item : reasons->items) {
    if (item.kind != json_value::type::object || item.keys.size() != 2) return "reasons";
    const json_value* id = item.find("id");
    const json_value* what = item.find("text");
    if (!id || !what || id->kind != json_value::type::string || what->kind != json_value::type::string)
      return "reasons";
    r.reasons.push_back({id->text, what->text});
  }
  const json_value* obligations = v.find("obligations");
  if (obligations->kind != json_value::type::array) return "obligations";
  for (const auto& item : obligations->items) {
    if (item.kind != json_value::type::object || item.keys.size() != 3) return "obligations";
    const json_value* id = item.find("id");
    const json_value* what = item.find("text");
    const json_value* due = item.find("due");
    if (!id || !what || !due || id->kind != json_value::type::string || what->kind != json_value::type::string)
      return "obligations";
    trail_obligation o{id->text, what->text, std::nullopt};
    if (due->kind == json_value::type::string) {
      const auto d = oversight::date::parse(due->text);
      if (!d) return "obligations";
      o.due = *d;
    } else if (due->kind != json_value::type::null) {
      return "obligations";
    }
    r.obligations.push_back(std::move(o));
  }
  return {};
}

}  // namespace detail

/// One record as one JSON line, '\n' included.
inline std::string to_json_line(const record& r) {
  using detail::json_escape;
  std::string out = "{\"seq\":" + std::to_string(r.seq) + ",\"workflow\":";
  json_escape(out, r.workflow);
  const auto at = r.at.iso();
  out += ",\"at\":";
  json_escape(out, {at.data(), at.size()});
  out += ",\"kind\":";
  json_escape(out, to_string(r.kind));
  const std::pair<std::string_view, const std::string*> texts[] = {
      {"name", &r.name}, {"actor", &r.actor}, {"role", &r.role}, {"reason", &r.reason},
      {"from", &r.from}, {"to", &r.to}};
  for (const auto& [key, value] : texts) {
    out += ",\"";
    out += key;
    out += "\":";
    json_escape(out, *value);
  }
  out += ",\"outcome\":";
  json_escape(out, to_string(r.outcome));
  out += ",\"error\":";
  json_escape(out, r.error);
  out += ",\"reasons\":[";
  for (std::size_t i = 0; i != r.reasons.size(); ++i) {
    out += i ? ",{\"id\":" : "{\"id\":";
    json_escape(out, r.reasons[i].id);
    out += ",\"text\":";
    json_escape(out, r.reasons[i].text);
    out += '}';
  }
  out += "],\"obligations\":[";
  for (std::size_t i = 0; i != r.obligations.size(); ++i) {
    const auto& o = r.obligations[i];
    out += i ? ",{\"id\":" : "{\"id\":";
    json_escape(out, o.id);
    out += ",\"text\":";
    json_escape(out, o.text);
    out += ",\"due\":";
    if (o.due) {
      const auto d = o.due->iso();
      json_escape(out, {d.data(), d.size()});
    } else {
      out += "null";
    }
    out += '}';
  }
  out += "],\"prev\":\"" + detail::hex64(r.prev) + "\",\"hash\":\"" + detail::hex64(r.hash) + "\"}\n";
  return out;
}

/// The whole trail as JSON lines.
inline std::string write_trail(const std::vector<record>& trail) {
  std::string out;
  for (const auto& r : trail) out += to_json_line(r);
  return out;
}

/// Parses one JSON line (without its '\n') into a record.
inline result<record, errc> read_record(std::string_view line) {
  detail::json_parser parser(line);
  detail::json_value value;
  if (!parser.parse_document(value)) return oversight::error<errc>{errc::malformed_trail_line, parser.error()};
  record r;
  const std::string_view bad = detail::to_record(value, r);
  if (!bad.empty()) return oversight::error<errc>{errc::invalid_trail_record, bad};
  return r;
}

/// Reads a trail written by `write_trail`. Every line must end in '\n' (a last line without it
/// was cut short); an empty line is an error. Errors name the line number.
inline result<std::vector<record>, errc> read_trail(std::string_view text) {
  std::vector<record> out;
  std::size_t line_number = 0;
  while (!text.empty()) {
    ++line_number;
    const std::size_t end = text.find('\n');
    auto where = [&](std::string_view what) {
      error_context c("line ");
      c.append(std::to_string(line_number)).append(": ").append(what);
      return c;
    };
    if (end == std::string_view::npos)
      return oversight::error<errc>{errc::malformed_trail_line, where("no end of line (truncated)")};
    const std::string_view line = text.substr(0, end);
    text.remove_prefix(end + 1);
    if (line.empty()) return oversight::error<errc>{errc::malformed_trail_line, where("empty line")};
    auto r = read_record(line);
    if (!r) return oversight::error<errc>{r.error().code, where(r.error().context.view())};
    out.push_back(std::move(r).value());
  }
  return out;
}

}  // namespace workflow
OVERSIGHT_END_NAMESPACE
