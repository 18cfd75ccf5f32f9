// ocds_throughput: how fast, in how much memory and on how many cores the OCDS adapter reads,
// maps and screens published data, beside nlohmann/json alone parsing the same bytes.
//
//     ocds_throughput [--data DIR] [--work DIR] [--mb N] [--passes N] [--mode speed|memory|scaling]
//
// The corpus: every release and record of the files under DIR (../shared/data/ocds), one per
// line, repeated until the JSON Lines file holds at least N MB (default 200).
//   speed    (default) best of --passes runs (3) of: nlohmann/json parsing each line into its DOM
//            (the floor: the same bytes, read the same way), and the adapter reading, mapping
//            and screening every process against the whole SITEL policy (`check`, once per
//            supplier); prints MB/s, releases/s and the ratio.
//   memory   streams a release package of N MB (run it alone, e.g. --mb 1024: the peak resident
//            set of the process is what is reported).
//   scaling  the corpus split into as many files as cores, read one after another on one core,
//            then on every core at once; prints the speed-up and the efficiency (speed-up / cores).
// A measurement, not a test: nothing fails on a slow machine (bench/README.md has the figures).
#include <oversight/adapt/ocds.hpp>
#include <oversight/policies/sitel.hpp>

#include <nlohmann/json.hpp>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;
namespace oc = oversight::ocds;
using clock_type = std::chrono::steady_clock;

double seconds_since(clock_type::time_point t) { return std::chrono::duration<double>(clock_type::now() - t).count(); }
double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

/// Every release and record of the published files, one compact JSON text each.
std::vector<std::string> units_of(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<std::string> units;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    const nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) continue;
    auto add_all = [&](const char* key) {
      for (const auto& r : doc[key])
        if (r.is_object()) units.push_back(r.dump());
    };
    if (doc.contains("records") && doc["records"].is_array()) add_all("records");
    else if (doc.contains("releases") && doc["releases"].is_array() && !doc.contains("compiledRelease") &&
             !doc.contains("versionedRelease"))
      add_all("releases");
    else units.push_back(doc.dump());
  }
  return units;
}

/// Writes the units, repeated, until `bytes` are written: as JSON Lines, or as one release
/// package (`{"releases": [...]}`, records left out).
std::size_t write_corpus(const fs::path& to, const std::vector<std::string>& units, std::size_t bytes, bool package) {
  std::ofstream out(to, std::ios::binary);
  std::size_t written = 0, count = 0;
  if (package) out << R"({"uri": "bench", "publisher": {"name": "bench"}, "version": "1.1", "releases": [)";
  for (std::size_t i = 0; written < bytes; i = (i + 1) % units.size()) {
    const std::string& u = units[i];
    if (package && u.find("\"compiledRelease\"") != std::string::npos) continue;
    if (package && count > 0) out << ",\n";
    out << u;
    if (!package) out << '\n';
    written += u.size() + 1;
    ++count;
  }
  if (package) out << "]}\n";
  return count;
}

struct run {
  double seconds = 0;
  std::size_t units = 0;
};

/// nlohmann/json alone: each line parsed into its DOM.
run baseline(const fs::path& corpus) {
  const auto t = clock_type::now();
  std::ifstream in(corpus, std::ios::binary);
  std::string line;
  run r;
  std::size_t members = 0;
  while (std::getline(in, line)) {
    const nlohmann::json j = nlohmann::json::parse(line);
    members += j.size();
    ++r.units;
  }
  r.seconds = seconds_since(t);
  if (members == 0) std::fprintf(stderr, "empty corpus\n");
  return r;
}

/// The adapter: read, map and screen every process against the SITEL policy.
run adapter(const fs::path& corpus, std::size_t& decisions) {
  const auto t = clock_type::now();
  run r;
  std::size_t decided = 0;
  const auto summary = oc::read_file(corpus.string(), [&](oc::process&& p) {
    ++r.units;
    const oversight::date day = p.natural_day().value_or(oversight::date{2026, 1, 1});
    const oversight::context ctx = oversight::as_of(day);
    auto screen = [&](std::optional<std::size_t> i) {
      const oversight::verdict v = oversight::check(oversight::policies::sitel::policy, p.screening_of(i, day), ctx);
      decided += v.kind == oversight::verdict_kind::permit ? 0 : 1;
    };
    if (p.suppliers().empty()) screen(std::nullopt);
    for (std::size_t i = 0; i < p.suppliers().size(); ++i) screen(i);
  });
  r.seconds = seconds_since(t);
  if (!summary) std::fprintf(stderr, "read failed: %s\n", std::string(summary.error().context.view()).c_str());
  decisions = decided;
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path data = OVERSIGHT_OCDS_DATA, work = fs::temp_directory_path();
  std::size_t mb = 200, passes = 3;
  std::string mode = "speed";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--data") data = argv[i + 1];
    else if (a == "--work") work = argv[i + 1];
    else if (a == "--mb") mb = std::stoul(argv[i + 1]);
    else if (a == "--passes") passes = std::stoul(argv[i + 1]);
    else if (a == "--mode") mode = argv[i + 1];
    else {
      std::fprintf(stderr, "usage: ocds_throughput [--data DIR] [--work DIR] [--mb N] [--passes N] [--mode speed|memory|scaling]\n");
      return 1;
    }
  }
  const std::vector<std::string> units = units_of(data);
  if (units.empty()) {
    std::fprintf(stderr, "no OCDS data under %s\n", data.string().c_str());
    return 1;
  }
  const std::size_t bytes = mb << 20;

  if (mode == "memory") {
    const fs::path corpus = work / "oversight-ocds-package.json";
    write_corpus(corpus, units, bytes, true);
    const double before = peak_rss_mb();
    std::size_t decisions = 0;
    const run r = adapter(corpus, decisions);
    const auto size = static_cast<double>(fs::file_size(corpus)) / (1 << 20);
    fs::remove(corpus);
    std::printf("{\"mode\": \"memory\", \"package_mb\": %.1f, \"releases\": %zu, \"seconds\": %.2f, "
                "\"peak_rss_mb_before\": %.1f, \"peak_rss_mb\": %.1f}\n",
                size, r.units, r.seconds, before, peak_rss_mb());
    return 0;
  }

  const fs::path corpus = work / "oversight-ocds-corpus.jsonl";
  const std::size_t lines = write_corpus(corpus, units, bytes, false);
  const double size_mb = static_cast<double>(fs::file_size(corpus)) / (1 << 20);

  if (mode == "scaling") {
    const unsigned cores = std::max(2u, std::thread::hardware_concurrency());
    std::vector<fs::path> parts;
    {
      std::ifstream in(corpus, std::ios::binary);
      std::vector<std::ofstream> outs;
      for (unsigned k = 0; k < cores; ++k) {
        parts.push_back(work / ("oversight-ocds-part-" + std::to_string(k) + ".jsonl"));
        outs.emplace_back(parts.back(), std::ios::binary);
      }
      std::string line;
      for (std::size_t n = 0; std::getline(in, line); ++n) outs[n % cores] << line << '\n';
    }
    fs::remove(corpus);
    auto timed = [&](unsigned threads) {
      const auto t = clock_type::now();
      std::atomic<std::size_t> next{0};
      auto work_on = [&] {
        for (std::size_t k = next++; k < parts.size(); k = next++) {
          std::size_t d = 0;
          adapter(parts[k], d);
        }
      };
      std::vector<std::thread> pool;
      for (unsigned k = 1; k < threads; ++k) pool.emplace_back(work_on);
      work_on();
      for (auto& th : pool) th.join();
      return seconds_since(t);
    };
    double one = 1e300, all = 1e300;
    for (std::size_t p = 0; p < passes; ++p) {
      one = std::min(one, timed(1));
      all = std::min(all, timed(cores));
    }
    for (const auto& p : parts) fs::remove(p);
    std::printf("{\"mode\": \"scaling\", \"mb\": %.1f, \"files\": %u, \"cores\": %u, \"one_core_s\": %.3f, "
                "\"all_cores_s\": %.3f, \"speedup\": %.2f, \"efficiency\": %.2f}\n",
                size_mb, cores, cores, one, all, one / all, one / all / cores);
    return 0;
  }

  run best_base{1e300, 0}, best_ours{1e300, 0};
  std::size_t decisions = 0;
  for (std::size_t p = 0; p < passes; ++p) {
    const run b = baseline(corpus);
    if (b.seconds < best_base.seconds) best_base = b;
    const run o = adapter(corpus, decisions);
    if (o.seconds < best_ours.seconds) best_ours = o;
  }
  fs::remove(corpus);
  std::printf("{\"mode\": \"speed\", \"mb\": %.1f, \"lines\": %zu, \"processes\": %zu, \"not_permit\": %zu,\n"
              " \"nlohmann_parse_s\": %.3f, \"nlohmann_mb_per_s\": %.1f,\n"
              " \"adapter_s\": %.3f, \"adapter_mb_per_s\": %.1f, \"adapter_releases_per_s\": %.0f,\n"
              " \"ratio_adapter_to_parse\": %.2f, \"peak_rss_mb\": %.1f}\n",
              size_mb, lines, best_ours.units, decisions, best_base.seconds, size_mb / best_base.seconds,
              best_ours.seconds, size_mb / best_ours.seconds, static_cast<double>(best_ours.units) / best_ours.seconds,
              best_ours.seconds / best_base.seconds, peak_rss_mb());
  return 0;
}
