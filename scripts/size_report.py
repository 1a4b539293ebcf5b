#!/usr/bin/env python3
"""Summarises twiggy's CSV for `make size-profile`: the top 20 items (names and their
subsection left out: the shipped build has none) and code grouped by the app module or
crate that caused it (the first module of this crate named in a generic instance)."""
import collections
import csv
import re
import sys

rows = list(csv.DictReader(open(sys.argv[1])))
items = [r for r in rows if "subsection" not in r["Name"]]
total = sum(int(r["ShallowSize"]) for r in items)


def short(name):
    return re.sub(r"\[[0-9a-f]+\]", "", name)


def group(name):
    if name.startswith("data segment"):
        return "data (plan.json, texts, tables)"
    m = re.search(r"bac_yen_plan\[[0-9a-f]+\]::(\w+)(?:::(\w+))?", name)
    if m:
        head, sub = m.group(1), m.group(2)
        return "app " + head + ("::" + sub if sub and head in ("ui", "model", "edge") else "")
    m = re.match(r"^[<&\s]*(?:mut\s+)?(?:dyn\s+)?([A-Za-z_]\w*)", name)
    return "crate " + (m.group(1) if m else "?")


print(f"TWIGGY top 20 of {total} bytes (names section excluded)")
for r in sorted(items, key=lambda r: -int(r["ShallowSize"]))[:20]:
    print(f"{int(r['ShallowSize']):>9}  {short(r['Name'])[:150]}")
sizes = collections.Counter()
for r in items:
    sizes[group(r["Name"])] += int(r["ShallowSize"])
print("\nBY MODULE (bytes, share)")
for name, size in sizes.most_common(40):
    print(f"{size:>9}  {100 * size / total:5.1f}%  {name}")
