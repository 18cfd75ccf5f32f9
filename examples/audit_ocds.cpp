// audit_ocds: screen every contracting process of published OCDS data against the shipped
// policies, and report what was found.
//
//     audit_ocds [--policy NAME] [--as-of YYYY-MM-DD] [--assume KEY=VALUE,...] [--jobs N]
//                [--summary-only] [--jsonl OUT] [--markdown OUT] FILE... | -
//
// Every file given (or standard input, `-`) is read with the OCDS adapter, as a stream; each
// process is screened once per supplier it awards to (once with no supplier before an award), on
// its own day (its release date) unless --as-of says otherwise, and decided by the policy's
// combining algorithm; a process with several suppliers takes the deny-overrides combination of
// their decisions. The program prints a summary (inputs, verdicts, findings per rule, the facts
// the rules needed that the data did not say, warnings per kind, publishers), then, unless
// --summary-only, the findings of every process that is not PERMIT, with their legal basis.
// --jsonl writes one decision record per process (schema oversight.decision/1, with the
// members "process" and, in each finding, "supplier" added); --markdown writes a report for a
// compliance officer. --assume supplies what OCDS does not say, for every process: purpose,
// sector, access, firmware, remote-maintenance, classification, collective-defence, buyer-kind,
// eu-notice (e.g. --assume purpose=general,access=none). Files are read in parallel (--jobs,
// default: every core); progress goes to standard error once a run takes more than a second.
//
// Exit status: 0 when every input was read, 2 when some could not be (each is named in the
// summary), 1 for a usage error or an output that cannot be written. Findings never change it.
#include <oversight/adapt/ocds.hpp>
#include <oversight/domain/money_text.hpp>
#include <oversight/oversight.hpp>
#include <oversight/policies/sitel.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using namespace oversight;
namespace oc = oversight::ocds;
namespace pol = oversight::policies;

// ---- the policies one can audit against -------------------------------------------------------

struct policy_entry {
  std::string_view name;
  std::string_view what;
  explanation (*explain)(const screening&, const context&);
};

template <const auto& P>
constexpr policy_entry entry(std::string_view name, std::string_view what) {
  return {name, what, [](const screening& s, const context& c) { return oversight::explain(P, s, c); }};
}

const policy_entry policies_available[] = {
    entry<pol::sitel::policy>("all", "every shipped policy, deny-overrides (the SITEL combination)"),
    entry<pol::thresholds::policy>("thresholds", "the EU tendering duty (2014/23, 2014/24, 2014/25)"),
    entry<pol::dir_2009_81::policy>("defence", "Directive 2009/81/EC"),
    entry<pol::hrs::policy>("high-risk-suppliers", "the 5G Toolbox, the 2023 communication, NIS2"),
    entry<pol::foreign_access::policy>("foreign-access", "foreign states' legal reach into a supplier"),
    entry<pol::sanctions::policy>("sanctions", "Reg. 833/2014 Art. 5k and the IPI measure"),
};

// ---- options ------------------------------------------------------------------------------------

struct options {
  const policy_entry* policy = &policies_available[0];
  std::optional<date> as_of;
  oc::supplement assumed;
  unsigned jobs = 0;
  bool summary_only = false;
  std::string jsonl, markdown;
  std::vector<std::string> inputs;
};

template <class E, std::size_t N>
bool pick(std::string_view text, const std::pair<std::string_view, E> (&table)[N], std::optional<E>& out) {
  for (const auto& [name, value] : table)
    if (text == name) {
      out = value;
      return true;
    }
  return false;
}

bool assume(std::string_view pair, oc::supplement& s) {
  const auto eq = pair.find('=');
  if (eq == std::string_view::npos) return false;
  const std::string_view key = pair.substr(0, eq), value = pair.substr(eq + 1);
  static constexpr std::pair<std::string_view, purpose> purposes[] = {
      {"general", purpose::general}, {"critical-infrastructure", purpose::critical_infrastructure},
      {"lawful-interception", purpose::lawful_interception}, {"public-security", purpose::public_security},
      {"defence", purpose::defence}, {"intelligence", purpose::intelligence_activity}};
  static constexpr std::pair<std::string_view, sector> sectors[] = {
      {"general", sector::general},         {"telecommunications", sector::telecommunications},
      {"energy", sector::energy},           {"transport", sector::transport},
      {"health", sector::health},           {"finance", sector::finance},
      {"public-administration", sector::public_administration},
      {"justice-and-home-affairs", sector::justice_and_home_affairs}, {"defence", sector::defence}};
  static constexpr std::pair<std::string_view, data_access> accesses[] = {
      {"none", data_access::none}, {"metadata", data_access::metadata}, {"content", data_access::content}};
  static constexpr std::pair<std::string_view, update_control> controls[] = {
      {"authority", update_control::contracting_authority}, {"integrator", update_control::national_integrator},
      {"supplier", update_control::supplier}, {"third-party", update_control::third_party}};
  static constexpr std::pair<std::string_view, security_level> levels[] = {
      {"none", security_level::none}, {"restricted", security_level::restricted},
      {"confidential", security_level::confidential}, {"secret", security_level::secret},
      {"top-secret", security_level::top_secret}};
  static constexpr std::pair<std::string_view, authority_kind> kinds[] = {
      {"central", authority_kind::central_government}, {"sub-central", authority_kind::sub_central},
      {"utility", authority_kind::utility}, {"other", authority_kind::other}};
  static constexpr std::pair<std::string_view, bool> booleans[] = {{"yes", true}, {"no", false}};
  if (key == "purpose") return pick(value, purposes, s.aim);
  if (key == "sector") return pick(value, sectors, s.field);
  if (key == "access") return pick(value, accesses, s.supplier_access);
  if (key == "firmware") return pick(value, controls, s.firmware_and_updates);
  if (key == "remote-maintenance") return pick(value, booleans, s.remote_maintenance);
  if (key == "classification") return pick(value, levels, s.highest_classification);
  if (key == "collective-defence") return pick(value, booleans, s.collective_defence);
  if (key == "buyer-kind") return pick(value, kinds, s.buyer_kind);
  if (key == "eu-notice") return pick(value, booleans, s.eu_wide_notice);
  return false;
}

void usage(std::FILE* to) {
  std::fprintf(to,
               "usage: audit_ocds [--policy NAME] [--as-of YYYY-MM-DD] [--assume KEY=VALUE,...] [--jobs N]\n"
               "                  [--summary-only] [--jsonl OUT] [--markdown OUT] FILE... | -\n"
               "policies:\n");
  for (const auto& p : policies_available)
    std::fprintf(to, "  %-20s %s\n", std::string(p.name).c_str(), std::string(p.what).c_str());
  std::fprintf(to,
               "--assume keys: purpose, sector, access, firmware, remote-maintenance, classification,\n"
               "               collective-defence, buyer-kind, eu-notice (see docs/ocds.md)\n");
}

std::optional<options> parse_options(int argc, char** argv) {
  options o;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    auto value = [&]() -> std::optional<std::string_view> {
      if (i + 1 >= argc) return std::nullopt;
      return std::string_view(argv[++i]);
    };
    if (a == "--help" || a == "-h") {
      usage(stdout);
      std::exit(0);
    } else if (a == "--policy") {
      const auto v = value();
      o.policy = nullptr;
      for (const auto& p : policies_available)
        if (v && *v == p.name) o.policy = &p;
      if (!o.policy) return std::nullopt;
    } else if (a == "--as-of") {
      const auto v = value();
      const auto d = v ? date::parse(*v) : result<date, date_errc>(date_errc::malformed_date);
      if (!d) return std::nullopt;
      o.as_of = *d;
    } else if (a == "--assume") {
      const auto v = value();
      if (!v) return std::nullopt;
      std::string_view rest = *v;
      while (!rest.empty()) {
        const auto comma = rest.find(',');
        if (!assume(rest.substr(0, comma), o.assumed)) return std::nullopt;
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
      }
    } else if (a == "--jobs") {
      const auto v = value();
      if (!v) return std::nullopt;
      o.jobs = static_cast<unsigned>(std::strtoul(std::string(*v).c_str(), nullptr, 10));
      if (o.jobs == 0) return std::nullopt;
    } else if (a == "--summary-only") {
      o.summary_only = true;
    } else if (a == "--jsonl" || a == "--markdown") {
      const auto v = value();
      if (!v) return std::nullopt;
      (a == "--jsonl" ? o.jsonl : o.markdown) = std::string(*v);
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return std::nullopt;
    } else {
      o.inputs.emplace_back(a);
    }
  }
  if (o.inputs.empty()) return std::nullopt;
  return o;
}

// ---- what one process came to ---------------------------------------------------------------

std::string money_text(const std::optional<money>& m) { return m ? oversight::to_string(*m) : "not recorded"; }
std::string day_text(const std::optional<date>& d) {
  if (!d) return "not recorded";
  const auto a = d->iso();
  return std::string(a.data(), a.size());
}
std::string country_text(const std::optional<country>& c) { return c ? std::string(c->alpha2()) : "?"; }

/// The facts a finding's trace read as unknown, in order, once each.
void unknown_facts(const clause& c, std::vector<std::string>& out) {
  for (const fact_reading& f : c.facts)
    if (!f.value && f.name != evaluation_date_fact && std::find(out.begin(), out.end(), f.name) == out.end())
      out.push_back(f.name);
  for (const clause& child : c.children) unknown_facts(child, out);
}

struct screened {
  std::string supplier;  ///< the supplier's name (empty: none recorded)
  explanation decision;
};

struct process_outcome {
  std::string ocid, source, publisher, publisher_name;
  verdict combined{};
  std::vector<screened> screenings;
  std::vector<oc::warning> warnings;
  std::string buyer, buyer_state, value, launched;
};

verdict combine(const std::vector<screened>& all) {
  combiner<combining::deny_overrides> c;
  for (const auto& s : all) c.add({s.decision.verdict.xacml, s.decision.verdict.kind == verdict_kind::deny});
  return to_verdict(c.result());
}

/// The publisher a process is counted under: its ocid prefix ("ocds-" and the six characters
/// registered to the publisher), which every release of a publisher shares.
std::string publisher_of(const oc::process& p) {
  const std::string& id = p.ocid();
  const auto second = id.find('-', id.find('-') + 1);
  return second == std::string::npos ? (id.empty() ? "(no ocid)" : id) : id.substr(0, second);
}

process_outcome screen(const oc::process& p, const options& o) {
  process_outcome out;
  out.ocid = p.ocid().empty() ? "(no ocid)" : p.ocid();
  out.source = p.record().source;
  out.publisher = publisher_of(p);
  out.publisher_name = p.record().publisher;
  out.warnings.assign(p.warnings().begin(), p.warnings().end());
  out.buyer = p.record().buyer ? p.record().buyer->name : "not recorded";
  out.buyer_state = country_text(p.deal().authority.state);
  out.value = money_text(p.deal().estimated_value);
  out.launched = day_text(p.deal().launched);
  const date day = o.as_of ? *o.as_of : p.natural_day().value_or(date{2026, 1, 1});
  const context ctx = as_of(day);
  auto one = [&](std::optional<std::size_t> i, std::string name) {
    const screening s = p.screening_of(i, day);
    out.screenings.push_back({std::move(name), o.policy->explain(s, ctx)});
  };
  if (p.suppliers().empty()) one(std::nullopt, "");
  for (std::size_t i = 0; i < p.suppliers().size(); ++i) {
    const supplier& s = p.suppliers()[i];
    one(i, std::string(s.name.empty() ? s.id : s.name) + " (" + country_text(s.headquarters ? s.headquarters : s.incorporated_in) + ")");
  }
  out.combined = combine(out.screenings);
  return out;
}

// ---- the report ----------------------------------------------------------------------------

struct rule_count {
  effect e = effect::deny;
  std::size_t fired = 0, undecided = 0;
};
struct publisher_count {
  std::string name;  // the publisher's name, from the first package that gives one
  std::size_t processes = 0, warnings = 0;
  std::array<std::size_t, 4> verdicts{};
};

struct totals {
  std::size_t files = 0, unreadable = 0, values = 0, releases = 0, records = 0, packages = 0, processes = 0, bytes = 0;
  std::array<std::size_t, 4> verdicts{};
  std::vector<std::string> order;  // rules in first-seen order
  std::map<std::string, rule_count> rules;
  std::map<std::string, std::size_t> unknown;
  std::map<std::string, std::size_t> warnings;
  std::map<std::string, publisher_count> publishers;
  std::vector<std::string> errors;
};

void count(totals& t, const process_outcome& p) {
  ++t.processes;
  ++t.verdicts[static_cast<std::size_t>(p.combined.kind)];
  auto& pub = t.publishers[p.publisher];
  if (pub.name.empty()) pub.name = p.publisher_name;
  ++pub.processes;
  ++pub.verdicts[static_cast<std::size_t>(p.combined.kind)];
  pub.warnings += p.warnings.size();
  for (const auto& w : p.warnings) ++t.warnings[std::string(to_string_view(w.kind))];
  std::set<std::string> fired, undecided, missing;
  for (const auto& s : p.screenings)
    for (const auto& f : s.decision.findings) {
      if (!t.rules.count(f.rule_id)) t.order.push_back(f.rule_id);
      t.rules[f.rule_id].e = f.rule_effect;
      (f.condition == truth::unknown ? undecided : fired).insert(f.rule_id);
      if (f.condition == truth::unknown) {
        std::vector<std::string> names;
        unknown_facts(f.trace, names);
        missing.insert(names.begin(), names.end());
      }
    }
  for (const auto& r : fired) ++t.rules[r].fired;
  for (const auto& r : undecided)
    if (!fired.count(r)) ++t.rules[r].undecided;
  for (const auto& m : missing) ++t.unknown[m];
}

void print_details(std::string& out, const process_outcome& p) {
  if (p.combined.kind == verdict_kind::permit) return;
  out += p.ocid + "  " + std::string(to_string_view(p.combined.kind)) + "  (" + p.source + ")\n";
  out += "  buyer: " + p.buyer + " (" + p.buyer_state + "); value: " + p.value + "; launched: " + p.launched + "\n";
  for (const auto& s : p.screenings) {
    out += "  supplier: " + (s.supplier.empty() ? std::string("none recorded") : s.supplier) + ": " +
           std::string(to_string_view(s.decision.verdict.kind)) + "\n";
    for (const auto& f : s.decision.findings) {
      out += "  - " + f.rule_id + " [" + std::string(finding_label(f)) + "]: " + f.message + "\n";
      for (const auto& b : f.basis) {
        out += "      basis: " + std::string(b.instrument);
        if (!b.article.empty()) out += ", " + std::string(b.article);
        out += "\n";
      }
      if (f.condition == truth::unknown) {
        std::vector<std::string> names;
        unknown_facts(f.trace, names);
        if (!names.empty()) {
          out += "      not recorded:";
          for (std::size_t i = 0; i < names.size(); ++i) out += (i ? ", " : " ") + names[i];
          out += "\n";
        }
      }
    }
  }
  for (const auto& w : p.warnings)
    out += "  warning: " + std::string(to_string_view(w.kind)) + " at " + w.where + (w.value.empty() ? "" : " (\"" + w.value + "\")") + "\n";
}

std::string jsonl_line(const process_outcome& p) {
  report::json findings = report::json::array();
  report::json doc = report::to_json(p.screenings.front().decision);
  for (const auto& s : p.screenings) {
    const report::json one = report::to_json(s.decision);
    for (const auto& f : one.find("findings")->items()) {
      report::json copy = f;
      copy.set("supplier", s.supplier.empty() ? report::json() : report::json(s.supplier));
      findings.push(std::move(copy));
    }
  }
  report::json warnings = report::json::array();
  for (const auto& w : p.warnings) {
    report::json j = report::json::object();
    j.set("kind", to_string_view(w.kind)).set("where", w.where).set("value", w.value);
    warnings.push(std::move(j));
  }
  report::json process = report::json::object();
  process.set("ocid", p.ocid).set("source", p.source).set("publisher", p.publisher_name).set("buyer", p.buyer);
  process.set("warnings", std::move(warnings));
  doc.set("verdict", to_string_view(p.combined.kind)).set("xacml", to_string_view(p.combined.xacml));
  doc.set("findings", std::move(findings)).set("process", std::move(process));
  return report::write(doc, report::json_style::canonical) + "\n";
}

std::string markdown_section(const process_outcome& p) {
  if (p.combined.kind == verdict_kind::permit) return {};
  std::string out = "### " + p.ocid + ": " + std::string(to_string_view(p.combined.kind)) + "\n\n";
  out += "- Buyer: " + p.buyer + " (" + p.buyer_state + "); value " + p.value + "; launched " + p.launched + "\n";
  out += "- Source: `" + p.source + "`\n\n";
  out += "| supplier | rule | effect | outcome | message | legal basis |\n|---|---|---|---|---|---|\n";
  for (const auto& s : p.screenings)
    for (const auto& f : s.decision.findings) {
      std::string basis;
      for (const auto& b : f.basis) basis += (basis.empty() ? "" : "; ") + std::string(b.instrument) + (b.article.empty() ? "" : ", " + std::string(b.article));
      std::string message = f.message;
      std::replace(message.begin(), message.end(), '|', '/');
      out += "| " + (s.supplier.empty() ? std::string("none recorded") : s.supplier) + " | `" + f.rule_id + "` | " +
             std::string(to_string_view(f.rule_effect)) + " | " +
             (f.condition == truth::unknown ? std::string("undecided") : std::string("fired")) + " | " + message +
             " | " + basis + " |\n";
    }
  return out + "\n";
}

struct file_result {
  std::optional<oc::read_summary> summary;
  std::string error;
  std::vector<process_outcome> processes;
  std::string details, jsonl, markdown;
};

void print_summary(std::string& out, const totals& t, const options& o) {
  char line[256];
  auto row = [&](const char* fmt, auto... args) {
    std::snprintf(line, sizeof line, fmt, args...);
    out += line;
  };
  row("oversight OCDS audit: policy \"%s\" (%s)\n", std::string(o.policy->name).c_str(), std::string(o.policy->what).c_str());
  row("judged on %s\n\n", o.as_of ? ("the day " + day_text(o.as_of)).c_str() : "each process's own day (its release date)");
  out += "== Inputs\n";
  row("  files            %zu (%zu could not be read)\n", t.files, t.unreadable);
  row("  JSON values      %zu\n", t.values);
  row("  packages         %zu\n", t.packages);
  row("  releases         %zu\n", t.releases);
  row("  records          %zu\n", t.records);
  row("  processes        %zu\n", t.processes);
  for (const auto& e : t.errors) out += "  not read: " + e + "\n";
  out += "\n== Verdicts (processes)\n";
  for (std::size_t k = 0; k < 4; ++k)
    row("  %-15s %zu\n", std::string(to_string_view(static_cast<verdict_kind>(k))).c_str(), t.verdicts[k]);
  out += "\n== Findings per rule (processes where the rule fired / could not be decided)\n";
  row("  %-42s %-7s %7s %10s\n", "rule", "effect", "fired", "undecided");
  for (const auto& r : t.order) {
    const auto& c = t.rules.at(r);
    row("  %-42s %-7s %7zu %10zu\n", r.c_str(), std::string(to_string_view(c.e)).c_str(), c.fired, c.undecided);
  }
  out += "\n== What the undecided rules needed and the data did not say (processes)\n";
  std::vector<std::pair<std::string, std::size_t>> unknown(t.unknown.begin(), t.unknown.end());
  std::stable_sort(unknown.begin(), unknown.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const auto& [name, n] : unknown) row("  %-42s %7zu\n", name.c_str(), n);
  out += "\n== Warnings per kind\n";
  if (t.warnings.empty()) out += "  none\n";
  for (const auto& [kind, n] : t.warnings) row("  %-42s %7zu\n", kind.c_str(), n);
  out += "\n== Per publisher (by ocid prefix)\n";
  row("  %-14s %-26s %9s %6s %6s %5s %13s %8s\n", "ocid prefix", "name", "processes", "PERMIT", "REVIEW", "DENY",
      "INDETERMINATE", "warnings");
  for (const auto& [prefix, c] : t.publishers)
    row("  %-14s %-26.26s %9zu %6zu %6zu %5zu %13zu %8zu\n", prefix.c_str(), c.name.empty() ? "-" : c.name.c_str(),
        c.processes, c.verdicts[0], c.verdicts[1], c.verdicts[2], c.verdicts[3], c.warnings);
}

}  // namespace

int main(int argc, char** argv) {
  const auto parsed = parse_options(argc, argv);
  if (!parsed) {
    usage(stderr);
    return 1;
  }
  const options& o = *parsed;
  oc::supplements supply;
  bool any_assumption = false;
  {
    oc::supplement probe;
    probe.fill_from(o.assumed);
    any_assumption = probe.aim || probe.field || probe.supplier_access || probe.firmware_and_updates ||
                     probe.remote_maintenance || probe.highest_classification || probe.collective_defence ||
                     probe.buyer_kind || probe.eu_wide_notice;
  }
  if (any_assumption) supply.for_every_process(o.assumed);

  std::vector<file_result> results(o.inputs.size());
  std::atomic<std::size_t> next{0}, done_files{0}, done_processes{0};
  const auto started = std::chrono::steady_clock::now();
  auto work = [&] {
    for (std::size_t i = next++; i < o.inputs.size(); i = next++) {
      file_result& fr = results[i];
      auto on_process = [&](oc::process&& p) {
        process_outcome po = screen(p, o);
        if (!o.summary_only) print_details(fr.details, po);
        if (!o.jsonl.empty()) fr.jsonl += jsonl_line(po);
        if (!o.markdown.empty()) fr.markdown += markdown_section(po);
        // Keep what the summary needs, not the explanations.
        for (auto& s : po.screenings) {
          for (auto& f : s.decision.findings) f.remedies.clear();
          s.decision.obligations.clear();
        }
        fr.processes.push_back(std::move(po));
        ++done_processes;
      };
      const oc::read_options ro{.supply = any_assumption ? &supply : nullptr};
      result<oc::read_summary, oc::ocds_errc> r =
          o.inputs[i] == "-" ? oc::read_stream(std::cin, "(standard input)", on_process, ro)
                             : oc::read_file(o.inputs[i], on_process, ro);
      if (r) fr.summary = std::move(*r);
      else fr.error = std::string(r.error().id()) + " " + std::string(r.error().what()) + ": " + std::string(r.error().context.view());
      ++done_files;
    }
  };

  const unsigned jobs = std::max(1u, std::min<unsigned>(o.jobs ? o.jobs : std::thread::hardware_concurrency(),
                                                        static_cast<unsigned>(o.inputs.size())));
  std::vector<std::thread> workers;
  for (unsigned k = 1; k < jobs; ++k) workers.emplace_back(work);
  std::atomic<bool> finished{false};
  std::thread progress([&] {
    auto last = started;
    while (!finished) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      const auto now = std::chrono::steady_clock::now();
      if (now - started > std::chrono::seconds(1) && now - last >= std::chrono::seconds(1)) {
        last = now;
        std::fprintf(stderr, "audit_ocds: %zu of %zu files, %zu processes, %.0f s\n", done_files.load(), o.inputs.size(),
                     done_processes.load(), std::chrono::duration<double>(now - started).count());
      }
    }
  });
  work();
  for (auto& w : workers) w.join();
  finished = true;
  progress.join();

  totals t;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const file_result& fr = results[i];
    ++t.files;
    if (!fr.summary) {
      ++t.unreadable;
      t.errors.push_back(fr.error);
      continue;
    }
    const auto& s = *fr.summary;
    t.values += s.values;
    t.releases += s.releases;
    t.records += s.records;
    t.packages += s.packages;
    t.bytes += s.bytes;
    for (const auto& w : s.warnings) ++t.warnings[std::string(to_string_view(w.kind))];
    for (const auto& e : s.line_errors)
      t.errors.push_back(o.inputs[i] + ": " + std::string(e.id()) + " " + std::string(e.what()) + ": " + std::string(e.context.view()));
    for (const auto& p : fr.processes) count(t, p);
  }
  std::string out;
  print_summary(out, t, o);
  if (!o.summary_only) {
    out += "\n== Processes that are not PERMIT\n";
    for (const auto& fr : results) out += fr.details;
  }
  std::fwrite(out.data(), 1, out.size(), stdout);

  if (!o.jsonl.empty()) {
    std::ofstream f(o.jsonl, std::ios::binary);
    for (const auto& fr : results) f << fr.jsonl;
    if (!f) {
      std::fprintf(stderr, "audit_ocds: cannot write %s\n", o.jsonl.c_str());
      return 1;
    }
  }
  if (!o.markdown.empty()) {
    std::ofstream f(o.markdown, std::ios::binary);
    std::string head;
    print_summary(head, t, o);
    f << "# OCDS audit\n\n```text\n" << head << "```\n\n## Processes that are not PERMIT\n\n";
    for (const auto& fr : results) f << fr.markdown;
    if (!f) {
      std::fprintf(stderr, "audit_ocds: cannot write %s\n", o.markdown.c_str());
      return 1;
    }
  }
  return t.unreadable > 0 || !t.errors.empty() ? 2 : 0;
}
