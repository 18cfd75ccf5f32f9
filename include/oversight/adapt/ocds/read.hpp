// oversight::ocds: reading OCDS releases, records, packages and JSON Lines, as a stream.
//
//     ocds::supplements supply;   // what the caller knows that the data does not say
//     auto summary = ocds::read_file("releases.json", [&](ocds::process&& p) { ... }, {.supply = &supply});
//     if (!summary) std::fprintf(stderr, "%s %s\n", summary.error().id().data(), summary.error().context.c_str());
//
// What is read: a release; a release package (its `releases`); a record (its `compiledRelease`,
// or its embedded `releases` merged in date order as the OCDS merge routine does when no compiled
// release is given); a record package (its `records`); and JSON Lines, or several JSON values one
// after another, of any of these. A file is read as a stream: a package's releases or records
// are handed over one at a time as they are parsed, so memory holds one release or record, not
// the file. Each becomes one `process` (process.hpp), passed to the callback.
//
// Errors (`ocds_errc`, OVS-E590 to OVS-E597): a file that cannot be opened, an empty input (the
// error names the file), text that is not JSON (with the byte offset), JSON that is not OCDS, a
// document that is a package and a record at once, nesting deeper than `max_depth`. In JSON Lines
// a bad line is reported in the summary (`line_errors`) and the other lines are read. What is
// wrong inside a release is a warning of the process (process.hpp), and what is wrong in a
// package outside its releases (a linked release) is a warning of the summary.
#pragma once

#include <oversight/detail/config.hpp>
#include <oversight/adapt/ocds/json_dom.hpp>
#include <oversight/adapt/ocds/map.hpp>
#include <oversight/adapt/ocds/process.hpp>
#include <oversight/error.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <istream>
#include <memory>
#include <optional>
#include <streambuf>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

OVERSIGHT_BEGIN_NAMESPACE
namespace ocds {

/// Errors that stop reading an input (or, in JSON Lines, one line).
enum class ocds_errc : std::uint16_t {
  cannot_open = 590,      ///< the file cannot be opened or read
  empty_input = 591,      ///< the input holds no JSON value at all
  not_json = 592,         ///< the text is not JSON (the context has the byte offset)
  not_ocds = 593,         ///< JSON, but not a release, record, release package or record package
  mixed_document = 594,   ///< a record's members after releases already read as a package's
  too_deep = 595          ///< nesting deeper than read_options::max_depth
};

constexpr error_info describe(ocds_errc e) noexcept {
  switch (e) {
    case ocds_errc::cannot_open: return {"OVS-E590", "the OCDS input cannot be opened or read"};
    case ocds_errc::empty_input: return {"OVS-E591", "the OCDS input is empty: it holds no JSON value"};
    case ocds_errc::not_json: return {"OVS-E592", "the OCDS input is not JSON"};
    case ocds_errc::not_ocds:
      return {"OVS-E593", "the JSON is not an OCDS release, record, release package or record package"};
    case ocds_errc::mixed_document:
      return {"OVS-E594", "the document has record members after more than 64 releases read as a package's"};
    case ocds_errc::too_deep: return {"OVS-E595", "the JSON nests deeper than read_options::max_depth"};
  }
  return {"OVS-E599", "unknown OCDS adapter error"};
}

/// How an input is laid out.
enum class input_format : std::uint8_t {
  automatic,   ///< one JSON value, or several one after another (JSON Lines)
  json_lines,  ///< one JSON value per line; a bad line is reported and skipped
};

/// Options of a read.
struct read_options {
  const supplements* supply = nullptr;  ///< what the caller adds to every process (may be null)
  std::size_t max_depth = 128;          ///< deepest nesting accepted (OCDS needs under 10)
  input_format format = input_format::automatic;
};

/// What a read found besides the processes it handed over.
struct read_summary {
  std::string input;                 ///< the name of the input (the file, or what the caller named it)
  std::size_t bytes = 0;             ///< bytes read
  std::size_t values = 0;            ///< top-level JSON values (lines, in JSON Lines)
  std::size_t releases = 0;          ///< releases read (each a process)
  std::size_t records = 0;           ///< records read (each a process)
  std::size_t packages = 0;          ///< release and record packages read
  std::size_t processes = 0;         ///< processes handed to the callback
  std::vector<warning> warnings;     ///< about the input outside its releases (linked releases, ...)
  std::vector<error<ocds_errc>> line_errors;  ///< JSON Lines: the lines that could not be read
};

namespace detail {

/// Where processes go: a non-owning callback.
struct process_sink {
  void* target;
  void (*call)(void*, process&&);
  void operator()(process&& p) const { call(target, std::move(p)); }
};

inline bool is_record_key(std::string_view k) { return k == "ocid" || k == "compiledRelease" || k == "versionedRelease"; }

/// The date of a release, for ordering releases before a merge (text order of ISO dates, which
/// is time order within one time zone; releases without a date come first).
inline std::string_view release_date_text(const json& r) { return member_text(r, "date"); }

/// OCDS merge of `source` into `target`: objects member by member, arrays of objects that all
/// have an `id` element by element by id, anything else replaced; null removes.
inline void merge_into(json& target, const json& source, bool top) {
  if (!target.is_object()) target = json::object();
  for (auto it = source.begin(); it != source.end(); ++it) {
    const std::string& k = it.key();
    if (top && (k == "id" || k == "date" || k == "tag")) continue;
    const json& v = it.value();
    if (v.is_null()) {
      target.erase(k);
    } else if (v.is_object()) {
      merge_into(target[k], v, false);
    } else if (v.is_array() && !v.empty() &&
               std::all_of(v.begin(), v.end(), [](const json& e) { return e.is_object() && member(e, "id"); })) {
      json& list = target[k];
      if (!list.is_array()) list = json::array();
      for (const json& e : v) {
        const std::string_view id = member_text(e, "id");
        auto same = std::find_if(list.begin(), list.end(), [&](const json& x) { return x.is_object() && member_text(x, "id") == id; });
        if (same == list.end()) list.push_back(e);
        else merge_into(*same, e, false);
      }
    } else {
      target[k] = v;
    }
  }
}

/// The compiled release of embedded releases, merged in date order.
inline json merge_releases(std::vector<const json*> releases) {
  std::stable_sort(releases.begin(), releases.end(),
                   [](const json* a, const json* b) { return release_date_text(*a) < release_date_text(*b); });
  json compiled = json::object();
  for (const json* r : releases) merge_into(compiled, *r, true);
  if (!releases.empty()) {
    const json& last = *releases.back();
    if (const json* d = member(last, "date")) compiled["date"] = *d;
    compiled["id"] = std::string(member_text(compiled, "ocid")) + "-" + std::string(release_date_text(last));
  }
  compiled["tag"] = json::array({"compiled"});
  return compiled;
}

/// One top-level JSON value of an input, read from SAX events (see the header comment).
class document_reader {
 public:
  document_reader(process_sink sink, const read_options& options, read_summary& summary, std::string source_prefix,
                  std::string pointer_prefix)
      : sink_(sink),
        options_(options),
        summary_(summary),
        source_prefix_(std::move(source_prefix)),
        pointer_prefix_(std::move(pointer_prefix)) {}

  /// The error that stopped the document, if any.
  [[nodiscard]] const std::optional<error<ocds_errc>>& failure() const noexcept { return failure_; }
  /// Whether a whole top-level value was read.
  [[nodiscard]] bool finished() const noexcept { return finished_; }
  /// Whether the parser saw anything at all.
  [[nodiscard]] bool started() const noexcept { return level_ != level::outside || finished_; }

  // ---- the nlohmann/json SAX interface ---------------------------------------------------------
  bool null() { return scalar([](dom_builder& b) { b.null(); }); }
  bool boolean(bool v) { return scalar([&](dom_builder& b) { b.boolean(v); }); }
  bool number_integer(json::number_integer_t v) { return scalar([&](dom_builder& b) { b.number(std::to_string(v)); }); }
  bool number_unsigned(json::number_unsigned_t v) { return scalar([&](dom_builder& b) { b.number(std::to_string(v)); }); }
  bool number_float(json::number_float_t, const std::string& text) {
    return scalar([&](dom_builder& b) { b.number(text); });
  }
  bool string(std::string& v) { return scalar([&](dom_builder& b) { b.string(v); }); }
  bool binary(json::binary_t&) { return fail(ocds_errc::not_json, "binary value"); }
  bool start_object(std::size_t) {
    if (level_ == level::outside && !building_) {
      level_ = level::top;
      return true;
    }
    if (level_ == level::top && !building_ && key_is_stream_) {
      // "releases": {...} or "records": {...}: not an array; kept as an ordinary member.
      note(warning_kind::top_level_ignored, pointer_prefix_ + "/" + key_, "not an array");
    }
    return open([](dom_builder& b) { b.start_object(); });
  }
  bool key(std::string& k) {
    if (building_) {
      builder_.key(k);
      return true;
    }
    key_ = k;
    key_is_stream_ = k == "releases" || k == "records";
    if (is_record_key(k)) {
      saw_record_key_ = true;
      if (committed_package_) return fail(ocds_errc::mixed_document, "\"" + k + "\" after the releases");
    }
    return true;
  }
  bool end_object() {
    if (building_) return close();
    if (level_ == level::top) {
      level_ = level::outside;
      return finish();
    }
    return true;
  }
  bool start_array(std::size_t) {
    if (level_ == level::outside && !building_) return fail(ocds_errc::not_ocds, "a JSON array at the top level");
    if (level_ == level::top && !building_ && key_is_stream_) {
      level_ = level::stream;
      stream_key_ = key_;
      index_ = 0;
      return true;
    }
    return open([](dom_builder& b) { b.start_array(); });
  }
  bool end_array() {
    if (building_) return close();
    if (level_ == level::stream) {
      level_ = level::top;
      if (stream_key_ == "releases") have_releases_ = true;
      if (stream_key_ == "records") have_records_ = true;
    }
    return true;
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) {
    std::string what = "byte " + std::to_string(position);
    const std::string message = e.what();
    if (const auto at = message.find("syntax error"); at != std::string::npos) what += ": " + message.substr(at);
    if (!failure_) failure_ = error<ocds_errc>{ocds_errc::not_json, error_context(what)};
    return false;
  }

 private:
  enum class level : std::uint8_t { outside, top, stream };

  // A warning about the input outside a release, named by its source and pointer.
  void note(warning_kind kind, const std::string& pointer, std::string_view value) {
    summary_.warnings.push_back(warning{kind, source_prefix_ + "#" + pointer, std::string(value.substr(0, 80))});
  }
  bool fail(ocds_errc code, std::string_view what) {
    if (!failure_) failure_ = error<ocds_errc>{code, error_context(what)};
    return false;
  }
  std::size_t depth() const { return (level_ == level::stream ? 2 : level_ == level::top ? 1 : 0) + builder_.depth(); }

  template <class Event>
  bool scalar(Event e) {
    if (level_ == level::outside && !building_) return fail(ocds_errc::not_ocds, "a JSON scalar at the top level");
    if (!building_) building_ = true;
    e(builder_);
    return settle();
  }
  template <class Event>
  bool open(Event e) {
    if (depth() + 1 > options_.max_depth) return fail(ocds_errc::too_deep, "depth " + std::to_string(depth() + 1));
    building_ = true;
    e(builder_);
    return true;
  }
  bool close() {
    builder_.end();
    return settle();
  }
  // A member or element complete: keep it or hand it on.
  bool settle() {
    if (!builder_.done()) return true;
    building_ = false;
    json v = builder_.take();
    if (level_ == level::stream) return element(std::move(v));
    members_[key_] = std::move(v);
    return true;
  }

  std::string package_pointer(std::string_view key, std::size_t i) const {
    return pointer_prefix_ + "/" + std::string(key) + "/" + std::to_string(i);
  }

  bool element(json&& v) {
    const std::size_t i = index_++;
    if (stream_key_ == "records") {
      record(v, package_pointer("records", i));
      return true;
    }
    if (committed_package_) {
      release(v, package_pointer("releases", i));
      return true;
    }
    buffered_.push_back(std::move(v));
    // Many releases and no member of a record yet: a package. Hand them over as they come.
    if (!saw_record_key_ && buffered_.size() > 64) {
      committed_package_ = true;
      flush_as_package();
    }
    return true;
  }
  void flush_as_package() {
    for (std::size_t i = 0; i < buffered_.size(); ++i) release(buffered_[i], package_pointer("releases", i));
    buffered_.clear();
    buffered_.shrink_to_fit();
  }

  std::string publisher() const {
    if (const json* p = member(members_, "publisher")) return std::string(member_text(*p, "name"));
    return {};
  }
  void deliver(process_record&& r) {
    if (r.publisher.empty()) r.publisher = publisher();
    if (r.version.empty()) r.version = std::string(member_text(members_, "version"));
    ++summary_.processes;
    sink_(process(std::move(r), options_.supply));
  }

  void release(const json& r, const std::string& pointer) {
    if (!r.is_object() || (member(r, "url") && !member(r, "id") && !member(r, "ocid"))) {
      note(warning_kind::release_not_embedded, pointer, r.is_object() ? member_text(r, "url") : text_of(r));
      return;
    }
    ++summary_.releases;
    deliver(map_release(r, source_prefix_ + "#" + pointer, pointer));
  }

  void record(const json& rec, const std::string& pointer) {
    if (!rec.is_object()) {
      note(warning_kind::release_not_embedded, pointer, "not an object");
      return;
    }
    ++summary_.records;
    const std::string_view ocid = member_text(rec, "ocid");
    process_record out;
    if (const json* compiled = member(rec, "compiledRelease"); compiled && compiled->is_object()) {
      out = map_release(*compiled, source_prefix_ + "#" + pointer, pointer + "/compiledRelease");
    } else {
      std::vector<const json*> embedded;
      bool linked = false;
      // A release is embedded (an object with an id or ocid) or linked (a string, or an object
      // with its url, date and tag only).
      if (const json* rs = member(rec, "releases"); rs && rs->is_array())
        for (const json& r : *rs) {
          if (r.is_object() && (member(r, "id") || member(r, "ocid"))) embedded.push_back(&r);
          else linked = true;
        }
      if (embedded.empty()) {
        --summary_.records;
        note(warning_kind::release_not_embedded, pointer + "/releases",
             linked ? "linked releases, no compiledRelease" : "no releases");
        return;
      }
      out = map_release(merge_releases(std::move(embedded)), source_prefix_ + "#" + pointer,
                        pointer + "/releases (merged)");
      if (linked)
        out.warnings.push_back(warning{warning_kind::release_not_embedded, pointer + "/releases",
                                       "some releases are links: merged from the embedded ones"});
    }
    out.from_record = true;
    if (out.ocid.empty() && !ocid.empty()) {
      out.ocid = std::string(ocid);
      std::erase_if(out.warnings, [](const warning& w) { return w.kind == warning_kind::ocid_missing; });
    }
    deliver(std::move(out));
  }

  bool finish() {
    finished_ = true;
    if (have_records_) {
      ++summary_.packages;
      return true;
    }
    if (have_releases_) {
      if (saw_record_key_ && !committed_package_) {
        // A record: its releases are the buffered elements.
        json rec = std::move(members_);
        json list = json::array();
        for (json& r : buffered_) list.push_back(std::move(r));
        buffered_.clear();
        rec["releases"] = std::move(list);
        record(rec, pointer_prefix_);
        members_ = json::object();
        return true;
      }
      ++summary_.packages;
      if (!committed_package_) flush_as_package();
      return true;
    }
    if (member(members_, "ocid") || member(members_, "tag") || member(members_, "tender") || member(members_, "awards")) {
      release(members_, pointer_prefix_);
      return true;
    }
    return fail(ocds_errc::not_ocds, "an object without ocid, releases or records");
  }

  process_sink sink_;
  const read_options& options_;
  read_summary& summary_;
  std::string source_prefix_, pointer_prefix_;
  level level_ = level::outside;
  dom_builder builder_;
  bool building_ = false;
  json members_ = json::object();
  std::string key_, stream_key_;
  bool key_is_stream_ = false;
  std::size_t index_ = 0;
  std::vector<json> buffered_;
  bool saw_record_key_ = false, committed_package_ = false, have_releases_ = false, have_records_ = false;
  bool finished_ = false;
  std::optional<error<ocds_errc>> failure_;
};

/// A stream buffer over an `std::istream`'s buffer that knows how many line breaks it has
/// passed, so a value in JSON Lines can be named by its line.
class counting_buffer : public std::streambuf {
 public:
  explicit counting_buffer(std::istream& in) : in_(in), chunk_(1 << 16) {}
  /// The number of the line the next character is on (1 for the first). Each byte is counted
  /// once, however often this is asked.
  [[nodiscard]] std::size_t line() {
    const char* from = counted_ < eback() || counted_ > gptr() ? eback() : counted_;
    lines_ += static_cast<std::size_t>(std::count(from, static_cast<const char*>(gptr()), '\n'));
    counted_ = gptr();
    return lines_ + 1;
  }
  [[nodiscard]] std::size_t bytes_read() const { return total_ - static_cast<std::size_t>(egptr() - gptr()); }
  [[nodiscard]] bool failed() const { return in_.bad(); }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    const char* from = counted_ < eback() || counted_ > egptr() ? eback() : counted_;
    lines_ += static_cast<std::size_t>(std::count(from, static_cast<const char*>(egptr()), '\n'));
    counted_ = nullptr;
    in_.read(chunk_.data(), static_cast<std::streamsize>(chunk_.size()));
    const auto got = static_cast<std::size_t>(in_.gcount());
    total_ += got;
    setg(chunk_.data(), chunk_.data(), chunk_.data() + got);
    if (got == 0) return traits_type::eof();
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::istream& in_;
  std::vector<char> chunk_;
  std::size_t lines_ = 0;
  const char* counted_ = nullptr;
  std::size_t total_ = 0;
};

/// Skips white space; true when a value follows.
inline bool value_follows(std::istream& in) {
  for (;;) {
    const int c = in.peek();
    if (c == std::char_traits<char>::eof()) return false;
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return true;
    in.get();
  }
}

inline void skip_line(std::istream& in) {
  for (int c = in.get(); c != std::char_traits<char>::eof() && c != '\n'; c = in.get()) {
  }
}

/// Reads every value of `in` (see the header comment).
inline result<read_summary, ocds_errc> read_values(std::istream& source, std::string name, process_sink sink,
                                                   const read_options& options) {
  read_summary summary;
  summary.input = name;
  counting_buffer buffer(source);
  std::istream in(&buffer);
  std::size_t value_index = 0;
  bool several = options.format == input_format::json_lines;
  while (value_follows(in)) {
    const std::size_t line = buffer.line();
    const std::size_t start = buffer.bytes_read();
    ++value_index;
    ++summary.values;
    // The first value is the whole input unless another follows (JSON Lines); every value after
    // it is named by its line ("file.jsonl:12").
    document_reader doc(sink, options, summary, several ? name + ":" + std::to_string(line) : name, "");
    const bool ok = nlohmann::json::sax_parse(in, &doc, nlohmann::json::input_format_t::json, false);
    if (!ok || !doc.finished()) {
      error<ocds_errc> e = doc.failure().value_or(error<ocds_errc>{ocds_errc::not_json, error_context("truncated")});
      if (e.code == ocds_errc::not_json) {
        // Offsets from nlohmann/json are relative to the value; make them the input's.
        e.context = error_context("byte ").append(std::to_string(start + 1)).append(", ").append(e.context.view());
      }
      // With the automatic format an input whose first value fails is not read at all; in JSON
      // Lines (given, or found from a second value) a bad line is skipped.
      if (!several) return error<ocds_errc>{e.code, error_context(name).append(": ").append(e.context.view())};
      e.context = error_context("line ").append(std::to_string(line)).append(": ").append(e.context.view());
      summary.line_errors.push_back(e);
      in.clear();
      skip_line(in);
      continue;
    }
    if (value_index == 1 && value_follows(in)) several = true;
  }
  summary.bytes = buffer.bytes_read();
  if (buffer.failed()) return error<ocds_errc>{ocds_errc::cannot_open, error_context(name)};
  if (summary.values == 0) return error<ocds_errc>{ocds_errc::empty_input, error_context(name)};
  return summary;
}

template <class OnProcess>
process_sink make_sink(OnProcess& f) {
  return process_sink{&f, [](void* target, process&& p) { (*static_cast<OnProcess*>(target))(std::move(p)); }};
}

}  // namespace detail

/// Reads every release and record of `in` (named `name` in errors, warnings and sources) and
/// calls `on_process(process&&)` for each, as it is read.
template <class OnProcess>
result<read_summary, ocds_errc> read_stream(std::istream& in, std::string name, OnProcess&& on_process,
                                            const read_options& options = {}) {
  return detail::read_values(in, std::move(name), detail::make_sink(on_process), options);
}

/// Reads the file at `path` (see read_stream). A file that cannot be opened is `cannot_open`,
/// an empty one `empty_input`, both naming the file.
template <class OnProcess>
result<read_summary, ocds_errc> read_file(const std::string& path, OnProcess&& on_process,
                                          const read_options& options = {}) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return error<ocds_errc>{ocds_errc::cannot_open, error_context(path)};
  return detail::read_values(file, path, detail::make_sink(on_process), options);
}

/// Everything a read gave: the processes, in order, and the summary.
struct read_result {
  std::vector<process> processes;
  read_summary summary;
};

/// Reads OCDS text held in memory (named `name`), all at once.
inline result<read_result, ocds_errc> read(std::string_view text, std::string name = "(memory)",
                                           const read_options& options = {}) {
  struct view_buffer : std::streambuf {
    explicit view_buffer(std::string_view t) {
      char* p = const_cast<char*>(t.data());  // read only: the buffer is never written
      setg(p, p, p + t.size());
    }
  } buffer(text);
  std::istream in(&buffer);
  read_result out;
  auto collect = [&](process&& p) { out.processes.push_back(std::move(p)); };
  auto summary = detail::read_values(in, std::move(name), detail::make_sink(collect), options);
  if (!summary) return summary.error();
  out.summary = std::move(*summary);
  return out;
}

}  // namespace ocds
OVERSIGHT_END_NAMESPACE
