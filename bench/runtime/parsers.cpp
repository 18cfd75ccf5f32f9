// The library's own parsers on inputs of 1, 10 and 100 MB: report::read_json (an array of
// records of strings, integers, arrays and objects), workflow::read_trail (JSON lines) and
// rp1::parse_csv. Each is linear in its input: the bytes per second a run reports stays flat
// from 1 MB to 100 MB (bench/README.md, "Parsers").
#include <benchmark/benchmark.h>

#include <oversight/oversight.hpp>
#include <oversight/policies/rp1_csv.hpp>
#include <oversight/report.hpp>
#include <oversight/workflow.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace {

constexpr std::size_t megabyte = 1'000'000;

// Inputs are made once per size and kept: making them is not what is measured.
template <class Make>
const std::string& input(std::map<std::size_t, std::string>& cache, std::size_t bytes, Make make) {
  auto& text = cache[bytes];
  if (text.empty()) text = make(bytes);
  return text;
}

std::string json_text(std::size_t bytes) {
  std::string out = "[";
  for (std::uint64_t i = 0; out.size() < bytes; ++i) {
    if (i) out += ",\n";
    out += R"({"id":)" + std::to_string(i) + R"(,"supplier":"vendor-)" + std::to_string(i % 997) +
           R"(","country":"ES","value":)" + std::to_string(i * 12'345 % 99'999'999) +
           R"(,"cpv":["30233000-1","72000000-5"],"flags":{"high_risk":)" + (i % 7 ? "false" : "true") +
           R"(,"reason":"tender closed \u00e9 \"quoted\""}})";
  }
  return out + "]";
}

std::string trail_text(std::size_t bytes) {
  std::string out;
  for (std::uint64_t seq = 1; out.size() < bytes; ++seq)
    out += R"({"seq":)" + std::to_string(seq) +
           R"(,"workflow":"review","at":"2025-07-01T09:30:00","kind":"event","name":"cleared","actor":"ES-CCN",)"
           R"("role":"crypto","reason":"product approved","from":"in_review","to":"approved","outcome":"applied",)"
           R"("error":"","reasons":[{"id":"crypto.product-approved","text":"approved"}],"obligations":[],)"
           R"("prev":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",)"
           R"("hash":"2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"})"
           "\n";
  return out;
}

std::string csv_text(std::size_t bytes) {
  std::string out =
      "id,buyer,authority,supplier_hq,supplier_parent,high_risk,clearance,category,sector,value_cents,eu_tendered,"
      "art346,firmware_control,remote_maintenance,data_access,classification,crypto_certified,collective_defence,"
      "consent_yes,consent_abstain,consent_no\n";
  for (std::uint64_t id = 1; out.size() < bytes; ++id)
    out += std::to_string(id) + ",ES,central,CN,CN," + (id % 2 ? "1" : "0") +
           ",0,supplies,lawful_interception,1230000000,1,0,1,1,content,3,1,1,DE;FR,IT,PL;ES\n";
  return out;
}

// One parser on inputs of state.range(0) MB made by `make`, reporting bytes per second.
template <auto Make, auto Parse>
void parse(benchmark::State& state) {
  static std::map<std::size_t, std::string> cache;
  const std::string& text = input(cache, static_cast<std::size_t>(state.range(0)) * megabyte, Make);
  for (auto _ : state) {
    auto parsed = Parse(text);
    if (!parsed) state.SkipWithError("the input does not read");
    benchmark::DoNotOptimize(parsed);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

auto json_value(std::string_view t) { return oversight::report::read_json(t); }
auto trail_records(std::string_view t) { return oversight::workflow::read_trail(t); }
auto rp1_contracts(std::string_view t) { return oversight::rp1::parse_csv(t); }

void read_json(benchmark::State& state) { parse<json_text, json_value>(state); }
void read_trail(benchmark::State& state) { parse<trail_text, trail_records>(state); }
void parse_rp1_csv(benchmark::State& state) { parse<csv_text, rp1_contracts>(state); }

}  // namespace

BENCHMARK(read_json)->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(read_trail)->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(parse_rp1_csv)->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);
