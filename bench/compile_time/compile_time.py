#!/usr/bin/env python3
"""Compile-time cost of oversight policies as they grow.

Generates policies of 25, 50, 100, 200 and 400 rules of the kinds RP-1 uses (thresholds,
membership, yes/no facts, conjunctions of them) over one record type, compiles each with every
compiler given (-std=c++20 -O2 against the include directory) under /usr/bin/time -v, and
records wall time and peak memory:

  runtime   the policy evaluated at run time (check and evaluate_into in a function);
  static    the same, plus the policy checked in a static_assert (constant-evaluation cost);
  empty     the same translation unit without any policy (the fixed cost of the headers).

The growth exponent is the slope of a least-squares fit of log(time) on log(rules) from the
smallest to the largest size, for the whole translation unit and for the cost the policy adds
(time minus the empty unit's time). Writes a Markdown table to stdout or --out.

Usage: python3 compile_time.py [--include DIR] [--compilers g++ clang++] [--sizes 25 50 ...]
                               [--repeat N] [--out FILE]
Standard library only. Needs /usr/bin/time (Debian/Ubuntu: apt-get install time).
"""
import argparse
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_INCLUDE = os.path.normpath(os.path.join(HERE, "..", "..", "include"))

PRELUDE = """#include <oversight/rules.hpp>
#include <cstdint>

namespace gen {
enum class sector : std::uint8_t { general, critical, interception, defence };
struct record {
  std::int64_t value;
  sector area;
  bool flag_a, flag_b, flag_c;
  std::uint8_t level;
};
inline constexpr oversight::fact<"value", std::int64_t> value{};
inline constexpr oversight::fact<"area", sector> area{};
inline constexpr oversight::fact<"flag_a", bool> flag_a{};
inline constexpr oversight::fact<"flag_b", bool> flag_b{};
inline constexpr oversight::fact<"flag_c", bool> flag_c{};
inline constexpr oversight::fact<"level", std::uint8_t> level{};
}  // namespace gen

template <>
struct oversight::fact_source<gen::record> {
  static constexpr std::int64_t get(decltype(gen::value), const gen::record& r) { return r.value; }
  static constexpr gen::sector get(decltype(gen::area), const gen::record& r) { return r.area; }
  static constexpr bool get(decltype(gen::flag_a), const gen::record& r) { return r.flag_a; }
  static constexpr bool get(decltype(gen::flag_b), const gen::record& r) { return r.flag_b; }
  static constexpr bool get(decltype(gen::flag_c), const gen::record& r) { return r.flag_c; }
  static constexpr std::uint8_t get(decltype(gen::level), const gen::record& r) { return r.level; }
};
"""

CONDITIONS = [
    # threshold
    "gen::value >= std::int64_t{{{k}}}",
    # membership
    "gen::area.in(gen::sector::interception, gen::sector::defence)",
    # yes/no fact, negated fact
    "gen::flag_a && !gen::flag_b",
    # conjunction of the three kinds
    "gen::flag_c && gen::area != gen::sector::general && gen::value >= std::int64_t{{{k}}}",
    # comparison with a small integer
    "gen::level >= std::uint8_t{{{small}}} && gen::flag_a",
]


def source(rules, with_static_assert, with_policy=True):
    out = [PRELUDE]
    if with_policy:
        names = []
        for i in range(rules):
            cond = CONDITIONS[i % len(CONDITIONS)].format(k=1000 * (i + 1), small=i % 4)
            effect = "deny" if i % 3 else "review"
            names.append(f"r{i}")
            out.append(f'inline constexpr auto r{i} = oversight::rule<"gen.rule-{i}">(oversight::effect::{effect}, '
                       f'{cond});')
        out.append('inline constexpr auto p = oversight::policy<"gen", oversight::combining::deny_overrides>(')
        out.append("    " + ", ".join(names) + ");")
        out.append("constexpr gen::record quiet{0, gen::sector::general, false, false, false, 0};")
        if with_static_assert:
            out.append("static_assert(oversight::check(p, quiet));")
        out.append("oversight::verdict run_check(const gen::record& r) { return oversight::check(p, r); }")
        out.append("std::size_t run_findings(const gen::record& r, std::span<oversight::finding> out) {")
        out.append("  return oversight::evaluate_into(p, r, {}, out).total;")
        out.append("}")
    out.append("int main() { return 0; }")
    return "\n".join(out) + "\n"


def measure(compiler, include, path, repeat):
    """Best wall time (s) and peak memory (MiB) of `repeat` compilations."""
    best_t, best_m = math.inf, math.inf
    for _ in range(repeat):
        cmd = ["/usr/bin/time", "-v", compiler, "-std=c++20", "-O2", "-I", include, "-c", path, "-o", os.devnull]
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit(f"compile_time: {compiler} failed on {path}:\n{p.stderr[-4000:]}")
        wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", p.stderr)
        rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
        if not wall or not rss:
            sys.exit("compile_time: could not read /usr/bin/time -v output")
        h, m, s = wall.groups()
        t = int(h or 0) * 3600 + int(m) * 60 + float(s)
        best_t, best_m = min(best_t, t), min(best_m, int(rss.group(1)) / 1024)
    return best_t, best_m


def slope(xs, ys):
    lx = [math.log(x) for x in xs]
    ly = [math.log(max(y, 1e-3)) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / sum((a - mx) ** 2 for a in lx)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--include", default=DEFAULT_INCLUDE)
    ap.add_argument("--compilers", nargs="+", default=["g++", "clang++"])
    ap.add_argument("--sizes", nargs="+", type=int, default=[25, 50, 100, 200, 400])
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--out")
    args = ap.parse_args()
    if not os.path.exists("/usr/bin/time"):
        sys.exit("compile_time: /usr/bin/time is missing; install it (Debian/Ubuntu: apt-get install time)")
    for c in args.compilers:
        if not shutil.which(c):
            sys.exit(f"compile_time: compiler {c} not found")

    lines = ["| compiler | rules | run-time use: wall s | peak MiB | + static_assert: wall s | peak MiB |",
             "|---|---:|---:|---:|---:|---:|"]
    summary = []
    with tempfile.TemporaryDirectory() as tmp:
        for compiler in args.compilers:
            version = subprocess.run([compiler, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
            empty = os.path.join(tmp, "empty.cpp")
            with open(empty, "w") as f:
                f.write(source(0, False, with_policy=False))
            t0, m0 = measure(compiler, args.include, empty, args.repeat)
            times, stimes = [], []
            for n in args.sizes:
                row = []
                for static in (False, True):
                    path = os.path.join(tmp, f"p{n}_{int(static)}.cpp")
                    with open(path, "w") as f:
                        f.write(source(n, static))
                    row.append(measure(compiler, args.include, path, args.repeat))
                    print(f"{compiler} {n} rules{' + static_assert' if static else ''}: "
                          f"{row[-1][0]:.2f} s, {row[-1][1]:.0f} MiB", file=sys.stderr)
                times.append(row[0][0])
                stimes.append(row[1][0])
                lines.append(f"| {compiler} | {n} | {row[0][0]:.2f} | {row[0][1]:.0f} | {row[1][0]:.2f} | "
                             f"{row[1][1]:.0f} |")
            added = [max(t - t0, 1e-3) for t in times]
            cost100 = None
            if 100 in args.sizes:
                cost100 = times[args.sizes.index(100)] - t0
            summary.append((compiler, version, t0, m0, slope(args.sizes, times), slope(args.sizes, added),
                            slope(args.sizes, stimes), cost100))

    out = ["## Compile time as the policy grows", "",
           f"`-std=c++20 -O2`, sizes {', '.join(map(str, args.sizes))} rules, best of {args.repeat}.", ""]
    out += lines
    out += ["", "| compiler | version | no policy: s | MiB | exponent (TU) | exponent (policy's share) | "
                "exponent (with static_assert) | 100 rules add (s) |",
            "|---|---|---:|---:|---:|---:|---:|---:|"]
    for c, v, t0, m0, e, ea, es, cost in summary:
        out.append(f"| {c} | {v} | {t0:.2f} | {m0:.0f} | {e:.2f} | {ea:.2f} | {es:.2f} | "
                   f"{'n/a' if cost is None else f'{cost:.2f}'} |")
    text = "\n".join(out) + "\n"
    if args.out:
        with open(args.out, "w") as f:
            f.write(text)
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
