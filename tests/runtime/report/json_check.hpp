// Test support for the report part: a strict JSON reader (RFC 8259) into report::json, and a
// structural validator for the subset of JSON Schema (draft 2020-12) that docs/schema/ uses:
// "type" (a name or a list), "required", "properties", "additionalProperties": false, "items",
// "enum", "const", "minLength", "minimum", "pattern" of the form ^<literal>[0-9a-f]{N}$, and "$ref"
// to "#/$defs/<name>". A keyword it does not support is reported as an error, so a schema cannot
// silently check less than it says.
#pragma once

#include <oversight/report/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace json_check {

using oversight::report::json;

class reader {
 public:
  explicit reader(std::string_view text) : s_(text) {}

  std::optional<json> document() {
    auto v = value();
    space();
    if (!v || i_ != s_.size()) return std::nullopt;
    return v;
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;

  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) ++i_;
  }
  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }
  std::optional<json> value() {
    space();
    if (i_ >= s_.size()) return std::nullopt;
    const char c = s_[i_];
    if (c == '{') return object();
    if (c == '[') return array();
    if (c == '"') {
      auto str = string();
      if (!str) return std::nullopt;
      return json(std::move(*str));
    }
    if (literal("null")) return json(nullptr);
    if (literal("true")) return json(true);
    if (literal("false")) return json(false);
    return integer();
  }
  std::optional<json> integer() {
    const std::size_t start = i_;
    if (i_ < s_.size() && s_[i_] == '-') ++i_;
    if (i_ >= s_.size() || s_[i_] < '0' || s_[i_] > '9') return std::nullopt;
    if (s_[i_] == '0' && i_ + 1 < s_.size() && s_[i_ + 1] >= '0' && s_[i_ + 1] <= '9') return std::nullopt;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    if (i_ < s_.size() && (s_[i_] == '.' || s_[i_] == 'e' || s_[i_] == 'E')) return std::nullopt;  // integers only
    return json(static_cast<std::int64_t>(std::stoll(std::string(s_.substr(start, i_ - start)))));
  }
  static void put_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  std::optional<std::uint32_t> hex4() {
    if (i_ + 4 > s_.size()) return std::nullopt;
    std::uint32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      const char h = s_[i_++];
      v <<= 4;
      if (h >= '0' && h <= '9') v |= static_cast<std::uint32_t>(h - '0');
      else if (h >= 'a' && h <= 'f') v |= static_cast<std::uint32_t>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F') v |= static_cast<std::uint32_t>(h - 'A' + 10);
      else return std::nullopt;
    }
    return v;
  }
  std::optional<std::string> string() {
    ++i_;  // opening quote
    std::string out;
    while (i_ < s_.size()) {
      const auto c = static_cast<unsigned char>(s_[i_++]);
      if (c == '"') return out;
      if (c < 0x20) return std::nullopt;  // a raw control character is not allowed (RFC 8259, 7)
      if (c != '\\') {
        out += static_cast<char>(c);
        continue;
      }
      if (i_ >= s_.size()) return std::nullopt;
      const char e = s_[i_++];
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
          auto cp = hex4();
          if (!cp) return std::nullopt;
          if (*cp >= 0xD800 && *cp <= 0xDBFF) {
            if (!literal("\\u")) return std::nullopt;
            auto low = hex4();
            if (!low || *low < 0xDC00 || *low > 0xDFFF) return std::nullopt;
            *cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
          }
          put_utf8(out, *cp);
          break;
        }
        default: return std::nullopt;
      }
    }
    return std::nullopt;
  }
  std::optional<json> array() {
    ++i_;
    json a = json::array();
    space();
    if (literal("]")) return a;
    for (;;) {
      auto v = value();
      if (!v) return std::nullopt;
      a.push(std::move(*v));
      space();
      if (literal("]")) return a;
      if (!literal(",")) return std::nullopt;
    }
  }
  std::optional<json> object() {
    ++i_;
    json o = json::object();
    space();
    if (literal("}")) return o;
    for (;;) {
      space();
      if (i_ >= s_.size() || s_[i_] != '"') return std::nullopt;
      auto key = string();
      if (!key || o.find(*key)) return std::nullopt;  // duplicate keys are rejected
      space();
      if (!literal(":")) return std::nullopt;
      auto v = value();
      if (!v) return std::nullopt;
      o.set(*key, std::move(*v));
      space();
      if (literal("}")) return o;
      if (!literal(",")) return std::nullopt;
    }
  }
};

/// Parses `text` as one JSON document (integers only), or nothing if it is not valid JSON.
inline std::optional<json> parse(std::string_view text) { return reader(text).document(); }

inline std::string_view type_name(const json& v) {
  switch (v.type()) {
    case json::kind::null: return "null";
    case json::kind::boolean: return "boolean";
    case json::kind::integer: return "integer";
    case json::kind::string: return "string";
    case json::kind::array: return "array";
    case json::kind::object: return "object";
  }
  return "?";
}

/// Checks `value` against `schema`; `root` resolves "$ref": "#/$defs/<name>". Returns the
/// errors, each with the JSON path where it was found.
inline void validate(const json& schema, const json& value, const json& root, const std::string& path,
                     std::vector<std::string>& errors) {
  for (const auto& m : schema.members()) {
    const std::string& k = m.key;
    const json& s = m.value;
    if (k == "$schema" || k == "$id" || k == "$defs" || k == "title" || k == "description") continue;
    if (k == "$ref") {
      constexpr std::string_view prefix = "#/$defs/";
      const std::string& ref = s.as_string();
      const json* defs = root.find("$defs");
      const json* target = ref.rfind(prefix, 0) == 0 && defs ? defs->find(ref.substr(prefix.size())) : nullptr;
      if (!target) errors.push_back(path + ": unresolved $ref " + ref);
      else validate(*target, value, root, path, errors);
    } else if (k == "type") {
      bool ok = false;
      const auto matches = [&](const std::string& t) { return t == type_name(value); };
      if (s.type() == json::kind::string) ok = matches(s.as_string());
      for (const auto& t : s.items()) ok = ok || matches(t.as_string());
      if (!ok) errors.push_back(path + ": has type " + std::string(type_name(value)));
    } else if (k == "required") {
      for (const auto& name : s.items())
        if (value.type() == json::kind::object && !value.find(name.as_string()))
          errors.push_back(path + ": lacks required member " + name.as_string());
    } else if (k == "properties") {
      if (value.type() != json::kind::object) continue;
      for (const auto& p : s.members())
        if (const json* member = value.find(p.key)) validate(p.value, *member, root, path + "." + p.key, errors);
    } else if (k == "additionalProperties") {
      if (value.type() != json::kind::object || s.type() != json::kind::boolean || s.as_bool()) continue;
      const json* props = schema.find("properties");
      for (const auto& member : value.members())
        if (!props || !props->find(member.key)) errors.push_back(path + ": unexpected member " + member.key);
    } else if (k == "items") {
      std::size_t i = 0;
      for (const auto& item : value.items()) validate(s, item, root, path + "[" + std::to_string(i++) + "]", errors);
    } else if (k == "enum") {
      bool found = false;
      for (const auto& option : s.items()) found = found || option == value;
      if (!found) errors.push_back(path + ": not one of the enumerated values");
    } else if (k == "const") {
      if (!(s == value)) errors.push_back(path + ": differs from the constant");
    } else if (k == "minLength") {
      if (value.type() == json::kind::string && value.as_string().size() < static_cast<std::size_t>(s.as_integer()))
        errors.push_back(path + ": shorter than " + std::to_string(s.as_integer()));
    } else if (k == "pattern") {
      // Only the form the schemas use: a literal prefix, then [0-9a-f]{N}, anchored at both ends.
      const std::string& pattern = s.as_string();
      const std::size_t open = pattern.find("[0-9a-f]{");
      if (pattern.front() != '^' || pattern.back() != '$' || open == std::string::npos) {
        errors.push_back(path + ": pattern " + pattern + " is not supported by this checker");
        continue;
      }
      const std::string prefix = pattern.substr(1, open - 1);
      const std::size_t count = std::stoul(pattern.substr(open + 9));
      const std::string& text = value.as_string();
      bool ok = value.type() == json::kind::string && text.size() == prefix.size() + count && text.rfind(prefix, 0) == 0;
      for (std::size_t i = prefix.size(); ok && i < text.size(); ++i)
        ok = (text[i] >= '0' && text[i] <= '9') || (text[i] >= 'a' && text[i] <= 'f');
      if (!ok) errors.push_back(path + ": does not match " + pattern);
    } else if (k == "minimum") {
      if (value.type() == json::kind::integer && value.as_integer() < s.as_integer())
        errors.push_back(path + ": below " + std::to_string(s.as_integer()));
    } else {
      errors.push_back(path + ": schema keyword " + k + " is not supported by this checker");
    }
  }
}

/// The errors of `value` against the schema document `schema`.
inline std::vector<std::string> validate(const json& schema, const json& value) {
  std::vector<std::string> errors;
  validate(schema, value, schema, "$", errors);
  return errors;
}

}  // namespace json_check
