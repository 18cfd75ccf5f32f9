#!/usr/bin/env python3
"""Writes docs/errors.md, the catalogue of oversight's error ids, from the headers themselves.

Every `describe(errc)` in include/ returns {"OVS-Ennn", "what went wrong"}; every compile-time
diagnostic with an id says "[OVS-Ennn]" in its message. The catalogue lists each id once with its
meaning, the header that defines it, and the compile-fail cases (tests/compile_fail/) whose
expected diagnostic mentions it.

Usage: python3 tools/error_catalogue.py            # print the catalogue
       python3 tools/error_catalogue.py --check F  # exit 1 if F differs from what would be printed
"""
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
PARTS = [(100, 199, "rules"), (200, 299, "domain"), (300, 399, "consent"), (400, 499, "workflow"),
         (500, 599, "policies and reports")]
RUNTIME = re.compile(r'\{\s*"(OVS-E(\d+))"\s*,\s*"((?:[^"\\]|\\.)*)"', re.S)
STATIC = re.compile(r'"oversight: ((?:[^"\\]|\\.)*?)"\s*(?:\n\s*"((?:[^"\\]|\\.)*?)")*\s*\[?(OVS-E(\d+))\]', re.S)


def headers():
    for base, _, files in os.walk(os.path.join(ROOT, "include")):
        for f in sorted(files):
            if f.endswith(".hpp"):
                yield os.path.join(base, f)


def collect():
    ids = {}
    # rules/ first: the engine's own wording of a compile-time id comes before a part's reuse of it
    for path in sorted(headers(), key=lambda p: ("/rules/" not in p, p)):
        rel = os.path.relpath(path, ROOT)
        text = open(path, encoding="utf-8").read()
        for m in RUNTIME.finditer(text):
            ids.setdefault(m.group(1), (int(m.group(2)), m.group(3), rel, "run time"))
        for m in re.finditer(r'\[(OVS-E(\d+))\]', text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line = text[line_start:text.find("\n", m.end())]
            comment = line.find("//")
            if 0 <= comment < m.start() - line_start:
                # `void name();  // [OVS-Ennn] what to do`: a diagnostic named by a function
                declared = re.search(r"(\w+)\(\)", line[:comment])
                sentence = line[m.end() - line_start:].strip()
                if declared:
                    sentence = f"`{declared.group(1)}<...>`: {sentence}"
            else:
                # the sentence before the id, within its string literal(s)
                start = text.rfind('"oversight: ', 0, m.start())
                sentence = text[start + 1:m.start()] if start >= 0 else ""
                sentence = re.sub(r'"\s*"', "", sentence).replace("\n", " ")
                sentence = re.sub(r"\s+", " ", sentence).strip().removeprefix("oversight:").strip()
            num, sentences, files, when = ids.get(m.group(1), (int(m.group(2)), [], [], "compile time"))
            if when != "compile time":
                # a run-time error that a check on constants also raises while compiling
                ids[m.group(1)] = (num, sentences, files, "run time; compile time for constants")
                continue
            if sentence not in sentences:
                sentences.append(sentence)
            if rel not in files:
                files.append(rel)
            ids[m.group(1)] = (num, sentences, files, when)
    # A compile-time id may be raised in several places: list every message and header.
    return {k: (v[0], "<br>".join(v[1]), ", ".join(f"`{f}`" for f in v[2]), v[3]) if isinstance(v[1], list)
            else (v[0], v[1], f"`{v[2]}`", v[3]) for k, v in ids.items()}


def compile_fail_cases():
    cases = {}
    for base, _, files in os.walk(os.path.join(ROOT, "tests", "compile_fail")):
        if "CMakeLists.txt" in files:
            text = open(os.path.join(base, "CMakeLists.txt"), encoding="utf-8").read()
            for m in re.finditer(r"oversight_add_compile_fail\(\s*([\w.\-]+).*?EXPECT\s+\"([^\"]*)\"", text, re.S):
                for ident in dict.fromkeys(re.findall(r"OVS-E\d+", m.group(2))):
                    cases.setdefault(ident, []).append(m.group(1))
    return cases


def render():
    ids = collect()
    cases = compile_fail_cases()
    out = ["# Error catalogue", "",
           "Every error oversight reports has a stable id. Run-time errors are `error<errc>` values",
           "(`e.id()`, `e.what()`, `e.context`); compile-time errors carry the id in their message.",
           "This page is generated from the headers by `python3 tools/error_catalogue.py`; a test",
           "fails when it is out of date. A diagnostic named by a function (`policy_violated_by_rule<...>`)",
           "is listed with what to do; the function's template arguments name the rule or fact. The",
           "diagnostics that have no id (`unknown_country_code_in_constant_expression`, ...) are listed",
           "with their compile-fail cases in docs/rules.md and in each part's page.", ""]
    for lo, hi, part in PARTS:
        rows = sorted((v for k, v in ids.items() if lo <= v[0] <= hi), key=lambda v: v[0])
        if not rows:
            continue
        out += [f"## {part.capitalize()} (OVS-E{lo}-E{hi})", "", "| id | when | meaning | defined in | compile-fail case |",
                "|---|---|---|---|---|"]
        for num, what, rel, when in rows:
            ident = f"OVS-E{num}"
            tests = ", ".join(f"`{c}`" for c in cases.get(ident, [])) or ""
            what = what.replace("|", "\\|")
            out.append(f"| {ident} | {when} | {what} | {rel} | {tests} |")
        out.append("")
    return "\n".join(out)


def main():
    text = render()
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        current = open(sys.argv[2], encoding="utf-8").read()
        if current != text:
            sys.stderr.write(f"{sys.argv[2]} is out of date: run python3 tools/error_catalogue.py > {sys.argv[2]}\n")
            return 1
        print(f"{sys.argv[2]} is up to date ({text.count('| OVS-E')} ids)")
        return 0
    if len(sys.argv) != 1:
        sys.stderr.write(__doc__)
        return 2
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
