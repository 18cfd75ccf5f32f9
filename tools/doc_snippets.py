#!/usr/bin/env python3
"""Checks every C++ block of README.md and docs/*.md against the code.

Usage: python3 tools/doc_snippets.py --check --compiler CXX [--flag FLAG ...]
       python3 tools/doc_snippets.py --list

A ```cpp block is one of two kinds:

- complete: it compiles on its own against the headers (`CXX -std=c++20 -fsyntax-only
  -I include FLAG...`), as a translation unit a reader can paste into a file;
- a fragment of a named, complete file: the block is preceded by the line
  `<!-- fragment of PATH -->` (PATH relative to the repository), and every line of the block,
  without its leading and trailing blanks, is a line of PATH, in the same order (lines that are
  only a comment, or that start with "...", are skipped). PATH is a compiled example or test, so the
  fragment is code that compiles where it comes from. A line that starts with "..." stands for
  what is left out.

A block of neither kind fails the check, naming the file and line where it starts.

A block of any language preceded by `<!-- output of PATH -->` shows what a program prints: every
line of it is a line of PATH (an example's golden file, which CTest compares with what the
program prints), in the same order, so a changed output cannot leave a stale copy in the docs.

The check runs as the CTest entry docs.snippets.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FRAGMENT = re.compile(r"<!--\s*fragment of\s+(\S+)\s*-->")
OUTPUT = re.compile(r"<!--\s*output of\s+(\S+)\s*-->")


def documents():
    yield os.path.join(ROOT, "README.md")
    docs = os.path.join(ROOT, "docs")
    for name in sorted(os.listdir(docs)):
        if name.endswith(".md"):
            yield os.path.join(docs, name)


def blocks(path):
    """(line number, fragment source or None, code) for each ```cpp block of path."""
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        if lines[i].strip() == "```cpp":
            start = i + 1
            source = None
            k = i - 1
            while k >= 0 and not lines[k].strip():
                k -= 1
            if k >= 0:
                m = FRAGMENT.search(lines[k])
                if m:
                    source = m.group(1)
            end = start
            while end < len(lines) and lines[end].strip() != "```":
                end += 1
            yield start, source, "\n".join(lines[start:end]) + "\n"
            i = end + 1
        else:
            i += 1


def outputs(path):
    """(line number, golden file, text) for each block of path marked as a program's output."""
    lines = open(path, encoding="utf-8").read().split("\n")
    for i, line in enumerate(lines):
        m = OUTPUT.search(line)
        if not m:
            continue
        k = i + 1
        while k < len(lines) and not lines[k].strip():
            k += 1
        if k == len(lines) or not lines[k].strip().startswith("```"):
            yield i + 1, m.group(1), None
            continue
        end = k + 1
        while end < len(lines) and lines[end].strip() != "```":
            end += 1
        yield k + 2, m.group(1), lines[k + 1:end]


def check_output(text, source):
    if text is None:
        return "the output marker is not followed by a block"
    path = os.path.join(ROOT, source)
    if not os.path.isfile(path):
        return f"the output's source {source} does not exist"
    have = open(path, encoding="utf-8").read().split("\n")
    at = 0
    for want in text:
        if want.strip().startswith("..."):
            continue
        while at < len(have) and have[at].rstrip() != want.rstrip():
            at += 1
        if at == len(have):
            return f"line not found in {source} (in this order): {want.strip()}"
        at += 1
    return None


def significant(line):
    s = line.strip()
    return s and not s.startswith("...") and not s.startswith("//")


def check_fragment(code, source):
    path = os.path.join(ROOT, source)
    if not os.path.isfile(path):
        return f"the fragment's source {source} does not exist"
    have = [l.strip() for l in open(path, encoding="utf-8").read().split("\n")]
    at = 0
    for line in code.split("\n"):
        if not significant(line):
            continue
        want = line.strip()
        while at < len(have) and have[at] != want:
            at += 1
        if at == len(have):
            return f"line not found in {source} (in this order): {want}"
        at += 1
    return None


def check_complete(code, compiler, flags):
    with tempfile.NamedTemporaryFile("w", suffix=".cpp", delete=False, encoding="utf-8") as f:
        f.write(code)
        name = f.name
    try:
        cmd = [compiler, "-std=c++20", "-fsyntax-only", "-fno-diagnostics-color", "-I",
               os.path.join(ROOT, "include")] + flags + [name]
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            first = [l for l in r.stderr.split("\n") if "error" in l][:3]
            return "does not compile:\n      " + "\n      ".join(first or r.stderr.split("\n")[:3])
        return None
    finally:
        os.unlink(name)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--compiler", default="c++")
    ap.add_argument("--flag", action="append", default=[])
    args = ap.parse_args()
    failures = 0
    count = 0
    for doc in documents():
        rel = os.path.relpath(doc, ROOT)
        for line, source, code in blocks(doc):
            count += 1
            kind = f"fragment of {source}" if source else "complete"
            if args.list:
                print(f"{rel}:{line}: {kind}")
                continue
            problem = check_fragment(code, source) if source else check_complete(code, args.compiler, args.flag)
            if problem:
                failures += 1
                print(f"{rel}:{line}: {kind}: {problem}")
        for line, source, text in outputs(doc):
            count += 1
            if args.list:
                print(f"{rel}:{line}: output of {source}")
                continue
            problem = check_output(text, source)
            if problem:
                failures += 1
                print(f"{rel}:{line}: output of {source}: {problem}")
    if args.check:
        print(f"{count} blocks (C++ and program output), {failures} failing")
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
