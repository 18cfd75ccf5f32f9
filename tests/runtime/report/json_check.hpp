// Test support for the report part: JSON text read back with the library's strict reader, and a
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
#include <utility>
#include <vector>

namespace json_check {

using oversight::report::json;

/// Parses `text` as one JSON document (integers only), or nothing if it is not valid JSON.
/// (The library's strict reader, `report::read_json`.)
inline std::optional<json> parse(std::string_view text) {
  auto r = oversight::report::read_json(text);
  if (!r) return std::nullopt;
  return std::move(r).value();
}

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
    const std::string k(m.key());
    const json& s = m.value;
    if (k == "$schema" || k == "$id" || k == "$defs" || k == "title" || k == "description") continue;
    if (k == "$ref") {
      constexpr std::string_view prefix = "#/$defs/";
      const std::string ref(s.as_string());
      const json* defs = root.find("$defs");
      const json* target = ref.rfind(prefix, 0) == 0 && defs ? defs->find(ref.substr(prefix.size())) : nullptr;
      if (!target) errors.push_back(path + ": unresolved $ref " + ref);
      else validate(*target, value, root, path, errors);
    } else if (k == "type") {
      bool ok = false;
      const auto matches = [&](std::string_view t) { return t == type_name(value); };
      if (s.type() == json::kind::string) ok = matches(s.as_string());
      for (const auto& t : s.items()) ok = ok || matches(t.as_string());
      if (!ok) errors.push_back(path + ": has type " + std::string(type_name(value)));
    } else if (k == "required") {
      for (const auto& name : s.items())
        if (value.type() == json::kind::object && !value.find(name.as_string()))
          errors.push_back(path + ": lacks required member " + std::string(name.as_string()));
    } else if (k == "properties") {
      if (value.type() != json::kind::object) continue;
      for (const auto& p : s.members())
        if (const json* member = value.find(p.key())) validate(p.value, *member, root, path + "." + std::string(p.key()), errors);
    } else if (k == "additionalProperties") {
      if (value.type() != json::kind::object || s.type() != json::kind::boolean || s.as_bool()) continue;
      const json* props = schema.find("properties");
      for (const auto& member : value.members())
        if (!props || !props->find(member.key())) errors.push_back(path + ": unexpected member " + std::string(member.key()));
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
      const std::string pattern(s.as_string());
      const std::size_t open = pattern.find("[0-9a-f]{");
      if (pattern.front() != '^' || pattern.back() != '$' || open == std::string::npos) {
        errors.push_back(path + ": pattern " + pattern + " is not supported by this checker");
        continue;
      }
      const std::string prefix = pattern.substr(1, open - 1);
      const std::size_t count = std::stoul(pattern.substr(open + 9));
      const std::string text(value.as_string());
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
