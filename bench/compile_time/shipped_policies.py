#!/usr/bin/env python3
"""What a translation unit that uses a shipped policy costs to compile.

For each policy of include/oversight/policies/ this writes translation units that include the
policy's header and <oversight/oversight.hpp> and call, in one function over a screening:

  check      check(policy, s, ctx)                 (the by-reference verdict)
  check<>    check<policy>(s, ctx)                 (the template-argument form, flattened)
  explain    explain(policy, s, ctx) and to_text   (the full explanation, as text)
  empty      no call (the headers alone)

compiles each with every compiler given (-std=c++20 -O2), best of --repeat runs, and prints a
Markdown table of user CPU seconds (the time a build pays on one core) and peak memory.
Usage: python3 shipped_policies.py [--include DIR] [--compilers g++ clang++] [--repeat N]
       [--policies NAME...] [--forms check explain ...] [--define MACRO=VALUE]
Standard library only; needs /usr/bin/time (Debian/Ubuntu: apt-get install time).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_INCLUDE = os.path.normpath(os.path.join(HERE, "..", "..", "include"))

# name: (header, policy object)
POLICIES = {
    "thresholds": ("thresholds.hpp", "oversight::policies::thresholds::policy"),
    "dir_2009_81": ("dir_2009_81.hpp", "oversight::policies::dir_2009_81::policy"),
    "high_risk_suppliers": ("high_risk_suppliers.hpp", "oversight::policies::hrs::policy"),
    "foreign_access": ("foreign_access.hpp", "oversight::policies::foreign_access::policy"),
    "sanctions": ("sanctions.hpp", "oversight::policies::sanctions::policy"),
    "industrial_security": ("industrial_security.hpp", "oversight::policies::industrial_security::policy"),
    "collective_defence": ("collective_defence.hpp", "oversight::policies::collective_defence::policy"),
    "sitel": ("sitel.hpp", "oversight::policies::sitel::policy"),
}

CALLS = {
    "empty": "",
    "check": "  return static_cast<int>(oversight::check({p}, s, ctx).kind);\n",
    "check<>": "  return static_cast<int>(oversight::check<{p}>(s, ctx).kind);\n",
    "explain": "  const oversight::explanation e = oversight::explain({p}, s, ctx);\n"
               "  return static_cast<int>(oversight::to_text(e).size());\n",
}


def source(header, policy, form):
    body = CALLS[form].format(p=policy)
    return (f"#include <oversight/oversight.hpp>\n#include <oversight/policies/{header}>\n\n"
            f"int decide(const oversight::screening& s, const oversight::context& ctx) {{\n"
            f"{body if body else '  return s.on.year() + (ctx.as_of ? 1 : 0);'}\n}}\n")


def measure(compiler, include, defines, path, repeat):
    best_cpu, best_mem = None, None
    for _ in range(repeat):
        cmd = ["/usr/bin/time", "-f", "%U %S %M", compiler, "-std=c++20", "-O2", "-c", "-I", include] + \
              [f"-D{d}" for d in defines] + [path, "-o", os.devnull]
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"{compiler} failed on {path}:\n{r.stderr[-2000:]}")
        user, system, kb = r.stderr.strip().split("\n")[-1].split()
        cpu = float(user) + float(system)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
        best_mem = int(kb) if best_mem is None else min(best_mem, int(kb))
    return best_cpu, best_mem / 1024.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--include", default=DEFAULT_INCLUDE)
    ap.add_argument("--compilers", nargs="+", default=["g++", "clang++"])
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--policies", nargs="+", default=list(POLICIES))
    ap.add_argument("--forms", nargs="+", default=["empty", "check", "check<>", "explain"])
    ap.add_argument("--define", action="append", default=[])
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.policies:
            header, policy = POLICIES[name]
            for form in args.forms:
                path = os.path.join(tmp, f"{name}_{re.sub('[^a-z]', '_', form)}.cpp")
                with open(path, "w") as f:
                    f.write(source(header, policy, form))
                cells = []
                for cc in args.compilers:
                    cpu, mem = measure(cc, args.include, args.define, path, args.repeat)
                    cells.append(f"{cpu:.2f} s, {mem:.0f} MB")
                    print(f"{name} {form} {cc}: {cpu:.2f} s CPU, {mem:.0f} MB", file=sys.stderr)
                rows.append((name, form, cells))
    print("| policy | form | " + " | ".join(args.compilers) + " |")
    print("|---|---|" + "---:|" * len(args.compilers))
    for name, form, cells in rows:
        print(f"| {name} | `{form}` | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
