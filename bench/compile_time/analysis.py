#!/usr/bin/env python3
"""What policy analysis costs, at run time and at compile time (issue 18).

For the generated policies of compile_time.py (25 to 400 rules over six facts) and for the
shipped policies, measures:

  run time      a program built at -O2 times `analyse(p)` (rule by rule), `verdicts(p)` (every
                fact at once) and a property (`never_permits_when`), best of --runs, and prints
                the cells each tried: the largest rule's group and the sum over rules for
                `analyse`, the whole space for `verdicts`;
  compile time  the CPU seconds (user + system, best of --repeat) a `static_assert` of each
                question adds to a translation unit that defines the same policy without it
                (`-std=c++20 -fsyntax-only`: constant evaluation happens in the front end), with
                every compiler given; a question that exceeds the compiler's constant-evaluation
                limit (or --timeout) is reported as such.

Writes a Markdown report to stdout or --out.

Usage: python3 analysis.py [--include DIR] [--compilers g++ clang++] [--sizes 25 50 ...]
                           [--repeat N] [--runs N] [--timeout S] [--out FILE] [--no-shipped]
Standard library only. Needs /usr/bin/time (Debian/Ubuntu: apt-get install time).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import compile_time  # noqa: E402  (the generated policies: PRELUDE and CONDITIONS)

DEFAULT_INCLUDE = os.path.normpath(os.path.join(HERE, "..", "..", "include"))

# A promise of the generated policies: rule 2 (flag_a && !flag_b, deny) keeps it by itself.
GEN_PROPERTY = "an::never_permits_when(p, gen::flag_a && !gen::flag_b)"

# Questions asked of each generated policy at compile time.
GEN_QUESTIONS = {
    "analyse": "static_assert(an::analyse(p).all_live());",
    "property": f"static_assert({GEN_PROPERTY});",
    "verdicts": "static_assert(an::verdicts(p).can(oversight::verdict_kind::deny));",
}

# The shipped policies: the header, the policy, and a promise (condition and options) it makes.
SHIPPED = [
    ("rp1", "<oversight/policies/rp1.hpp>", "oversight::rp1::policy",
     "oversight::rp1::promises::high_risk_in_li_or_defence", "{}"),
    ("high_risk_suppliers", "<oversight/policies.hpp>", "pol::hrs::policy",
     "pol::hrs::promises::high_risk_on_lawful_interception", "{}"),
    ("industrial_security", "<oversight/policies.hpp>", "pol::industrial_security::policy",
     "pol::industrial_security::promises::clearance_below_classification", "{}"),
    ("sanctions", "<oversight/policies.hpp>", "pol::sanctions::policy",
     "pol::sanctions::promises::russian_supplier_within_art5k",
     "an::options{.during = oversight::since(pol::sanctions::art5k_from)}"),
    ("sitel", "<oversight/policies.hpp>", "pol::sitel::policy",
     "pol::sitel::promises::high_risk_on_lawful_interception", "{}"),
    ("dir_2009_81", "<oversight/policies.hpp>", "pol::dir_2009_81::policy", None, None),
    ("thresholds", "<oversight/policies.hpp>", "pol::thresholds::policy", None, None),
]

# --raise-limits: constant evaluation limited by time only (-fconstexpr-ops-limit / -fconstexpr-steps
# at 2^31 - 1), to see what a question costs past the compilers' default limits.
RAISE_LIMITS = False

TIMER = r"""
#include <algorithm>
#include <chrono>
#include <cstdio>

template <class F>
double best_ms(int runs, F f) {
  double best = 1e300;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    f();
    const auto t1 = std::chrono::steady_clock::now();
    best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  return best;
}

template <class Report>
void print_analyse(const Report& r, double ms) {
  std::size_t largest = 0, sum = 0, tried = 0;
  for (const auto& f : r.rules) {
    largest = std::max(largest, f.cells.total);
    sum += f.cells.total;
    tried += f.cells.cells;
  }
  for (const auto& f : r.exceptions) {
    largest = std::max(largest, f.cells.total);
    sum += f.cells.total;
    tried += f.cells.cells;
  }
  std::printf("analyse %zu %zu %zu %zu %zu %.3f\n", r.rules.size(), r.count(oversight::analysis::rule_status::not_analysed),
              largest, sum, tried, ms);
}
"""


def gen_policy(rules):
    """The generated policy `p` of compile_time.py, without its entry points."""
    out = [compile_time.PRELUDE, "#include <oversight/analysis.hpp>", "namespace an = oversight::analysis;",
           # the analysis takes an enumeration's values from its text, as the library's own enums give it
           "namespace gen {",
           "constexpr std::string_view to_string_view(sector s) noexcept {",
           '  constexpr std::string_view text[] = {"general", "critical", "interception", "defence"};',
           "  return oversight::detail::enum_text(text, s);",
           "}",
           "}  // namespace gen"]
    names = []
    for i in range(rules):
        cond = compile_time.CONDITIONS[i % len(compile_time.CONDITIONS)].format(k=1000 * (i + 1), small=i % 4)
        effect = "deny" if i % 3 else "review"
        names.append(f"r{i}")
        out.append(f'inline constexpr auto r{i} = oversight::rule<"gen.rule-{i}">(oversight::effect::{effect}, {cond});')
    out.append('inline constexpr auto p = oversight::policy<"gen", oversight::combining::deny_overrides>(')
    out.append("    " + ", ".join(names) + ");")
    return "\n".join(out) + "\n"


def gen_runtime(rules, runs):
    return gen_policy(rules) + TIMER + f"""
int main() {{
  an::policy_report r;
  const double a = best_ms({runs}, [&] {{ r = an::analyse(p); }});
  print_analyse(r, a);
  std::size_t cells = 0, total = 0;
  bool complete = false;
  const double v = best_ms({runs}, [&] {{
    const auto x = an::verdicts(p);
    cells = x.cells.cells; total = x.cells.total; complete = x.cells.complete;
  }});
  std::printf("verdicts %zu %zu %d %.3f\\n", cells, total, complete ? 1 : 0, v);
  bool proved = false;
  const double q = best_ms({runs}, [&] {{
    const auto x = {GEN_PROPERTY};
    proved = static_cast<bool>(x); cells = x.cells.cells;
  }});
  std::printf("property %d %zu %.3f\\n", proved ? 1 : 0, cells, q);
}}
"""


def policies_alias(header):
    """`pol` for oversight::policies where the header declares it (rp1.hpp does not)."""
    return "namespace pol = oversight::policies;" if header == "<oversight/policies.hpp>" else ""


def shipped_runtime(header, policy, promise, opts, runs):
    src = [f"#include {header}", "#include <oversight/analysis.hpp>", "namespace an = oversight::analysis;",
           policies_alias(header), TIMER, "int main() {", "  an::policy_report r;",
           f"  const double a = best_ms({runs}, [&] {{ r = an::analyse({policy}); }});", "  print_analyse(r, a);"]
    if promise:
        src += ["  bool proved = false; std::size_t cells = 0;",
                f"  const double q = best_ms({runs}, [&] {{ const auto x = an::always_denies_when({policy}, {promise}, "
                f"an::options({opts})); proved = static_cast<bool>(x); cells = x.cells.cells; }});",
                '  std::printf("property %d %zu %.3f\\n", proved ? 1 : 0, cells, q);']
    src.append("}")
    return "\n".join(src) + "\n"


def shipped_static(header, policy, promise, opts, question):
    src = [f"#include {header}", "#include <oversight/analysis.hpp>", "namespace an = oversight::analysis;",
           policies_alias(header)]
    if question == "analyse":
        src.append(f"static_assert(an::analyse({policy}).rules.size() > 0);")
    elif question == "property":
        src.append(f"static_assert(an::always_denies_when({policy}, {promise}, an::options({opts})));")
    src.append("int main() { return 0; }")
    return "\n".join(src) + "\n"


def run(cmd, timeout):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None


def cpu_seconds(compiler, include, path, repeat, timeout):
    """Best user + system seconds and peak MiB of `repeat` syntax checks, or an error text."""
    best = None
    for _ in range(repeat):
        cmd = ["/usr/bin/time", "-f", "%U %S %M", compiler, "-std=c++20", "-fsyntax-only", "-I", include, path]
        if RAISE_LIMITS:
            cmd += ["-fconstexpr-steps=2147483647"] if "clang" in compiler else ["-fconstexpr-ops-limit=2147483647"]
        p = run(cmd, timeout)
        if p is None:
            return f"over {timeout} s"
        if p.returncode != 0:
            first = next((line for line in p.stderr.splitlines() if "error" in line), "error")
            if "constexpr" in first or "constant" in first or "static assertion" in first:
                if ("operations" in p.stderr or "step limit" in p.stderr or "steps" in p.stderr
                        or "-fconstexpr" in p.stderr):
                    return "exceeds the constant-evaluation limit"
            return "fails: " + re.sub(r"^.*?error: ", "", first)[:120]
        u, s, m = p.stderr.strip().splitlines()[-1].split()
        t = float(u) + float(s)
        if best is None or t < best[0]:
            best = (t, int(m) / 1024)
    return best


def build_and_run(include, path, exe, timeout):
    """Builds (g++ -O2) and runs a timing program: its lines by key, and the build's CPU seconds and
    peak MiB (key "build"); None when the build takes longer than `timeout`."""
    p = run(["/usr/bin/time", "-f", "%U %S %M", "g++", "-std=c++20", "-O2", "-DNDEBUG", "-I", include, path, "-o", exe],
            timeout)
    if p is None:
        return None
    if p.returncode != 0:
        sys.exit(f"analysis: could not build {path}:\n{p.stderr[-3000:]}")
    u, s, m = p.stderr.strip().splitlines()[-1].split()
    build = (float(u) + float(s), int(m) / 1024)
    p = run([exe], timeout)
    if p is None or p.returncode != 0:
        sys.exit(f"analysis: {exe} failed or took longer than {timeout} s")
    rows = {"build": build}
    for line in p.stdout.splitlines():
        key, *vals = line.split()
        rows[key] = vals
    return rows


def fmt_cost(x, base):
    if isinstance(x, str):
        return x
    if isinstance(base, str):
        return f"{x[0]:.2f} s"
    return f"+{max(x[0] - base[0], 0):.2f} s ({x[1]:.0f} MiB)"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--include", default=DEFAULT_INCLUDE)
    ap.add_argument("--compilers", nargs="+", default=["g++", "clang++"])
    ap.add_argument("--sizes", nargs="+", type=int, default=[25, 50, 100, 200, 400])
    ap.add_argument("--repeat", type=int, default=1, help="compilations per measurement (best is kept)")
    ap.add_argument("--runs", type=int, default=3, help="runs of each question in the run-time program")
    ap.add_argument("--timeout", type=int, default=300, help="seconds before a compilation is given up")
    ap.add_argument("--no-shipped", action="store_true", help="only the generated policies")
    ap.add_argument("--no-generated", action="store_true", help="only the shipped policies")
    ap.add_argument("--raise-limits", action="store_true",
                    help="compile with the constant-evaluation limits at 2^31 - 1 (time is the only limit)")
    ap.add_argument("--out")
    args = ap.parse_args()
    if not os.path.exists("/usr/bin/time"):
        sys.exit("analysis: /usr/bin/time is missing; install it (Debian/Ubuntu: apt-get install time)")
    for c in args.compilers + ["g++"]:
        if not shutil.which(c):
            sys.exit(f"analysis: compiler {c} not found")

    global RAISE_LIMITS
    RAISE_LIMITS = args.raise_limits
    out = ["## Policy analysis: cells, run time, compile time", ""]
    if RAISE_LIMITS:
        out += ["Constant-evaluation limits raised to 2^31 - 1 (`-fconstexpr-ops-limit`, `-fconstexpr-steps`).", ""]
    with tempfile.TemporaryDirectory() as tmp:
        if not args.no_generated:
            # ---- generated policies, run time
            out += ["Generated policies (bench/compile_time/compile_time.py's rules), run time, g++ -O2, "
                    f"best of {args.runs}:", "",
                    "| rules | build: CPU s, MiB | `analyse`: largest group, cells | all groups, cells | tried | "
                    "time ms | `verdicts`: cells | complete | time ms | property: proved | cells | time ms |",
                    "|---:|---:|---:|---:|---:|---:|---:|---|---:|---|---:|---:|"]
            for n in args.sizes:
                path = os.path.join(tmp, f"rt{n}.cpp")
                with open(path, "w") as f:
                    f.write(gen_runtime(n, args.runs))
                r = build_and_run(args.include, path, os.path.join(tmp, f"rt{n}"), args.timeout)
                if r is None:
                    out.append(f"| {n} | over {args.timeout} s | | | | | | | | | | |")
                    print(f"run time, {n} rules: build over {args.timeout} s", file=sys.stderr)
                    continue
                a, v, q = r["analyse"], r["verdicts"], r["property"]
                out.append(f"| {n} | {r['build'][0]:.1f}, {r['build'][1]:.0f} | {a[2]} | {a[3]} | {a[4]} | "
                           f"{float(a[5]):.2f} | {v[0]} of {v[1]} | "
                           f"{'yes' if v[2] == '1' else 'cut short'} | {float(v[3]):.1f} | "
                           f"{'yes' if q[0] == '1' else 'no'} | {q[1]} | {float(q[2]):.3f} |")
                print(f"run time, {n} rules: {a} {v} {q}", file=sys.stderr)

            # ---- generated policies, compile time
            out += ["", "Generated policies, compile time: CPU seconds a `static_assert` adds to the unit that "
                    f"defines the policy (`-fsyntax-only`, best of {args.repeat}):", "",
                    "| compiler | rules | policy alone | " + " | ".join(f"`{q}`" for q in GEN_QUESTIONS) + " |",
                    "|---|---:|---:|" + "---:|" * len(GEN_QUESTIONS)]
            for compiler in args.compilers:
                for n in args.sizes:
                    base_path = os.path.join(tmp, f"base{n}.cpp")
                    with open(base_path, "w") as f:
                        f.write(gen_policy(n) + "int main() { return 0; }\n")
                    base = cpu_seconds(compiler, args.include, base_path, args.repeat, args.timeout)
                    cells = []
                    for q, text in GEN_QUESTIONS.items():
                        path = os.path.join(tmp, f"q{n}_{q}.cpp")
                        with open(path, "w") as f:
                            f.write(gen_policy(n) + text + "\nint main() { return 0; }\n")
                        cells.append(fmt_cost(cpu_seconds(compiler, args.include, path, args.repeat, args.timeout), base))
                        print(f"{compiler} {n} rules {q}: {cells[-1]}", file=sys.stderr)
                    base_text = base if isinstance(base, str) else f"{base[0]:.2f} s"
                    out.append(f"| {compiler} | {n} | {base_text} | " + " | ".join(cells) + " |")

        if not args.no_shipped:
            out += ["", f"Shipped policies, run time (g++ -O2, best of {args.runs}) and the compile-time cost of "
                    "a `static_assert` (CPU seconds over the unit that includes the same headers):", "",
                    "| policy | rules | not analysed | largest group, cells | all groups | `analyse` ms | "
                    "promise: proved | cells | ms | " + " | ".join(f"{c} `analyse` | {c} promise"
                                                                for c in args.compilers) + " |",
                    "|---|---:|---:|---:|---:|---:|---|---:|---:|" + "---:|---:|" * len(args.compilers)]
            for name, header, policy, promise, opts in SHIPPED:
                path = os.path.join(tmp, f"shipped_{name}.cpp")
                with open(path, "w") as f:
                    f.write(shipped_runtime(header, policy, promise, opts, args.runs))
                r = build_and_run(args.include, path, os.path.join(tmp, f"shipped_{name}"), args.timeout)
                if r is None:
                    out.append(f"| {name} | build over {args.timeout} s |")
                    continue
                a = r["analyse"]
                q = r.get("property")
                row = (f"| {name} | {a[0]} | {a[1]} | {a[2]} | {a[3]} | {float(a[5]):.2f} | "
                       + (f"{'yes' if q[0] == '1' else 'no'} | {q[1]} | {float(q[2]):.3f} | " if q else "- | - | - | "))
                for compiler in args.compilers:
                    base_path = os.path.join(tmp, f"sb_{name}.cpp")
                    with open(base_path, "w") as f:
                        f.write(shipped_static(header, policy, promise, opts, None))
                    base = cpu_seconds(compiler, args.include, base_path, args.repeat, args.timeout)
                    for question in ("analyse", "property"):
                        if question == "property" and not promise:
                            row += "- | "
                            continue
                        qpath = os.path.join(tmp, f"sq_{name}_{question}.cpp")
                        with open(qpath, "w") as f:
                            f.write(shipped_static(header, policy, promise, opts, question))
                        row += fmt_cost(cpu_seconds(compiler, args.include, qpath, args.repeat, args.timeout), base) + " | "
                out.append(row.rstrip())
                print(row, file=sys.stderr)
    text = "\n".join(out) + "\n"
    if args.out:
        with open(args.out, "w") as f:
            f.write(text)
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
