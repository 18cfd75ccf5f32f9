// oversight: the audit trail as JSON lines, written and read back strictly.
//
// One record per line, one JSON object per record, every line ending in '\n', keys in this
// order (the reader accepts any order but requires exactly these keys):
//
//   {"seq":3,"workflow":"review","at":"2025-07-01T09:30:00","kind":"event","name":"cleared",
//    "actor":"ES-CCN","role":"crypto","reason":"...","from":"in_review","to":"approved",
//    "outcome":"applied","error":"","reasons":[{"id":"...","text":"..."}],
//    "obligations":[{"id":"...","text":"...","due":"2025-10-01"}],
//    "prev":"9f86d081884c7d65...","hash":"2c26b46b68ffc68f..."}
//
// `due` is a date or null; `prev` and `hash` are SHA-256 digests, 64 lower-case hex digits. The reader is strict: RFC 8259 syntax with integers only (no
// fractions or exponents: the format has none), no duplicate keys, valid UTF-8, escapes
// including \uXXXX surrogate pairs, nothing after the object, no empty or unterminated line,
// no carriage return (the JSON is read by `report::read_json`, nesting at most 8 deep). A bad
// line is an error naming its number and what is wrong; nothing is skipped or repaired. Reading does not
// check the hash chain: `verify(trail)` and `instance<...>::replay` do.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/error.hpp>
#include <oversight/report/json.hpp>
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

inline std::string hex_digest(const report::sha256_digest& d) {
  const auto text = report::to_hex(d);
  return std::string(text.view());
}

inline std::optional<report::sha256_digest> parse_digest(std::string_view text) {
  if (text.size() != 64) return std::nullopt;
  const auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  report::sha256_digest d{};
  for (std::size_t i = 0; i != d.size(); ++i) {
    const int hi = nibble(text[2 * i]), lo = nibble(text[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    d[i] = static_cast<std::uint8_t>(hi << 4 | lo);
  }
  return d;
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
inline std::string_view to_record(const report::json& v, record& r) {
  using kind_t = report::json::kind;
  static constexpr std::string_view keys[] = {"seq",  "workflow", "at", "kind",    "name",  "actor",
                                              "role", "reason",   "from", "to",    "outcome", "error",
                                              "reasons", "obligations", "prev", "hash"};
  if (v.type() != kind_t::object) return "the line is not an object";
  for (const auto& m : v.members()) {
    bool known = false;
    for (auto k : keys) known = known || k == m.key();
    if (!known) return "unknown field";
  }
  for (auto k : keys)
    if (!v.find(k)) return k;
  const auto is_text = [](const report::json* f) { return f != nullptr && f->type() == kind_t::string; };
  auto text = [&](std::string_view key, std::string& out) {
    const report::json* f = v.find(key);
    if (!is_text(f)) return false;
    out = f->as_string();
    return true;
  };
  const report::json* seq = v.find("seq");
  if (seq->type() != kind_t::integer || seq->as_integer() < 1) return "seq";
  r.seq = static_cast<std::uint64_t>(seq->as_integer());
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
  for (auto [key, field] : {std::pair<std::string_view, report::sha256_digest*>{"prev", &r.prev}, {"hash", &r.hash}}) {
    if (!text(key, scratch)) return key;
    const auto h = parse_digest(scratch);
    if (!h) return key;
    *field = *h;
  }
  const report::json* reasons = v.find("reasons");
  if (reasons->type() != kind_t::array) return "reasons";
  for (const auto& item : reasons->items()) {
    if (item.type() != kind_t::object || item.members().size() != 2) return "reasons";
    const report::json* id = item.find("id");
    const report::json* what = item.find("text");
    if (!is_text(id) || !is_text(what)) return "reasons";
    r.reasons.push_back({std::string(id->as_string()), std::string(what->as_string())});
  }
  const report::json* obligations = v.find("obligations");
  if (obligations->type() != kind_t::array) return "obligations";
  for (const auto& item : obligations->items()) {
    if (item.type() != kind_t::object || item.members().size() != 3) return "obligations";
    const report::json* id = item.find("id");
    const report::json* what = item.find("text");
    const report::json* due = item.find("due");
    if (!is_text(id) || !is_text(what) || due == nullptr) return "obligations";
    trail_obligation o{std::string(id->as_string()), std::string(what->as_string()), std::nullopt};
    if (due->type() == kind_t::string) {
      const auto d = oversight::date::parse(due->as_string());
      if (!d) return "obligations";
      o.due = *d;
    } else if (due->type() != kind_t::null) {
      return "obligations";
    }
    r.obligations.push_back(std::move(o));
  }
  return {};
}

}  // namespace detail

/// One record as one JSON line, '\n' included.
inline std::string to_json_line(const record& r) {
  std::string out = "{\"seq\":" + std::to_string(r.seq) + ",\"workflow\":";
  report::append_json_string(out, r.workflow);
  const auto at = r.at.iso();
  out += ",\"at\":";
  report::append_json_string(out, {at.data(), at.size()});
  out += ",\"kind\":";
  report::append_json_string(out, to_string(r.kind));
  const std::pair<std::string_view, const std::string*> texts[] = {
      {"name", &r.name}, {"actor", &r.actor}, {"role", &r.role}, {"reason", &r.reason},
      {"from", &r.from}, {"to", &r.to}};
  for (const auto& [key, value] : texts) {
    out += ",\"";
    out += key;
    out += "\":";
    report::append_json_string(out, *value);
  }
  out += ",\"outcome\":";
  report::append_json_string(out, to_string(r.outcome));
  out += ",\"error\":";
  report::append_json_string(out, r.error);
  out += ",\"reasons\":[";
  for (std::size_t i = 0; i != r.reasons.size(); ++i) {
    out += i ? ",{\"id\":" : "{\"id\":";
    report::append_json_string(out, r.reasons[i].id);
    out += ",\"text\":";
    report::append_json_string(out, r.reasons[i].text);
    out += '}';
  }
  out += "],\"obligations\":[";
  for (std::size_t i = 0; i != r.obligations.size(); ++i) {
    const auto& o = r.obligations[i];
    out += i ? ",{\"id\":" : "{\"id\":";
    report::append_json_string(out, o.id);
    out += ",\"text\":";
    report::append_json_string(out, o.text);
    out += ",\"due\":";
    if (o.due) {
      const auto d = o.due->iso();
      report::append_json_string(out, {d.data(), d.size()});
    } else {
      out += "null";
    }
    out += '}';
  }
  out += "],\"prev\":\"" + detail::hex_digest(r.prev) + "\",\"hash\":\"" + detail::hex_digest(r.hash) + "\"}\n";
  return out;
}

/// The whole trail as JSON lines.
inline std::string write_trail(const std::vector<record>& trail) {
  std::string out;
  for (const auto& r : trail) out += to_json_line(r);
  return out;
}

/// How deep a trail line may nest (it needs 3).
inline constexpr int max_trail_depth = 8;

/// Parses one JSON line (without its '\n') into a record.
inline result<record, errc> read_record(std::string_view line) {
  // A line holds one object and nothing else: JSON's other whitespace (line breaks) has no place
  // in it, and a carriage return left from a CRLF file is an error, not a line end.
  if (line.find_first_of("\r\n") != std::string_view::npos)
    return oversight::error<errc>{errc::malformed_trail_line, "line break inside a line"};
  auto value = report::read_json(line, max_trail_depth);
  if (!value) return oversight::error<errc>{errc::malformed_trail_line, value.error().context};
  record r;
  const std::string_view bad = detail::to_record(*value, r);
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
