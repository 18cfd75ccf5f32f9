"""Checks audit_ocds's --jsonl and --markdown outputs: check_audit_records.py RECORDS.jsonl REPORT.md N

Every line of RECORDS is one JSON object of schema oversight.decision/1 with the members the
audit adds ("process"; "supplier" in each finding), there are N lines (one per process), and
the report names every process that is not PERMIT."""
import json
import sys

records, report, expected = sys.argv[1], sys.argv[2], int(sys.argv[3])
verdicts = {"PERMIT", "REVIEW", "DENY", "INDETERMINATE"}
lines = open(records, encoding="utf-8").read().splitlines()
if len(lines) != expected:
    sys.exit(f"{records}: {len(lines)} records, expected {expected}")
text = open(report, encoding="utf-8").read()
for n, line in enumerate(lines, 1):
    d = json.loads(line)
    problems = []
    if d.get("schema") != "oversight.decision/1":
        problems.append("schema")
    if d.get("verdict") not in verdicts:
        problems.append("verdict")
    if not isinstance(d.get("findings"), list) or not all("supplier" in f and "rule" in f and "basis" in f for f in d["findings"]):
        problems.append("findings")
    p = d.get("process", {})
    if not p.get("ocid") or "source" not in p or not isinstance(p.get("warnings"), list):
        problems.append("process")
    if d.get("verdict") != "PERMIT" and ("### " + p.get("ocid", "?") + ":") not in text:
        problems.append("missing from the report")
    if problems:
        sys.exit(f"{records}:{n}: {', '.join(problems)}")
print(f"{len(lines)} decision records check out")
