#!/usr/bin/env python3
"""Checks the shape of src/ (issue 26), printing what it finds and exiting 1 on a breach.

- no import cycle between files: a file that uses another which, directly or through
  others, uses it back (a path through a `pub use` is followed to where the item lives);
- no file over 450 lines;
- every folder's mod.rs opens with `//!` lines saying what it is for, and one line
  `//! Imports: a, b` (or `nothing`) naming the sibling folders its files may use; a use
  of any other sibling folder is a breach, so the layers can only point one way;
- every folder under src/ is named in the README's map, and every src/ path the README
  names exists.

`python3 scripts/house_check.py [--tree]`: --tree prints the folders and their lines.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
MAX_LINES = 450


def strip(code: str) -> str:
    """Code without comments, strings or char literals (lifetimes kept)."""
    out, i, n = [], 0, len(code)
    while i < n:
        c = code[i]
        if code.startswith("//", i):
            j = code.find("\n", i)
            i = n if j < 0 else j
        elif code.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if code.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif code.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
        elif c == "r" and re.match(r'r#*"', code[i:i + 10]) and not (i and (code[i - 1].isalnum() or code[i - 1] == "_")):
            hashes = re.match(r'r(#*)"', code[i:]).group(1)
            end = code.find('"' + hashes, i + 2 + len(hashes))
            out.append('""')
            i = n if end < 0 else end + 1 + len(hashes)
        elif c == '"':
            i += 1
            while i < n and code[i] != '"':
                i += 2 if code[i] == "\\" else 1
            out.append('""')
            i += 1
        elif c == "'":
            m = re.match(r"'(\\.[^']*|[^\\'])'", code[i:])
            if m:
                out.append("' '")
                i += m.end()
            else:
                out.append(c)
                i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def module_of(path: Path) -> tuple:
    rel = path.relative_to(SRC).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return tuple(parts)


def expand_use(tree: str) -> list:
    """`a::{b, c::{d, e}}` -> ['a::b', 'a::c::d', 'a::c::e']."""
    tree = re.sub(r"\s+", "", re.sub(r"\s+as\s+", "@", tree))

    def parse(s, prefix):
        out, depth, start = [], 0, 0
        items = []
        for k, ch in enumerate(s):
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            elif ch == "," and depth == 0:
                items.append(s[start:k])
                start = k + 1
        items.append(s[start:])
        for item in items:
            if not item:
                continue
            b = item.find("{")
            if b >= 0:
                out += parse(item[b + 1:item.rfind("}")], prefix + item[:b])
            else:
                out.append(prefix + item)
        return out

    return parse(tree, "")


def main():
    files = sorted(p for p in SRC.rglob("*.rs"))
    # main.rs is a crate of its own (the binary); the library's root is lib.rs.
    mods = {module_of(p): p for p in files if p != SRC / "main.rs"}
    code = {p: strip(p.read_text(encoding="utf-8")) for p in files}
    problems = []

    # Items each file defines, and names it re-exports (name -> absolute path).
    defines, reexports = {}, {}
    for p in files:
        defines[p] = set(re.findall(r"\b(?:fn|struct|enum|const|static|type|trait|mod|union)\s+([A-Za-z_]\w*)", code[p]))
        defines[p] |= set(re.findall(r"macro_rules!\s+(\w+)", code[p]))

    def absolute(segs, here):
        """A path's segments made absolute from module `here`, or None if outside the crate."""
        segs = list(segs)
        if not segs:
            return None
        if segs[0] == "crate":
            return segs[1:]
        if segs[0] in ("self", "super"):
            base = list(here)
            while segs and segs[0] in ("self", "super"):
                if segs.pop(0) == "super":
                    if not base:
                        return None
                    base.pop()
            return base + segs
        if tuple(here) + (segs[0],) in mods:
            return list(here) + segs
        if segs[0] == "bac_yen_plan":
            return segs[1:]
        return None

    for p in files:
        here = module_of(p)
        table = {}
        for m in re.finditer(r"\bpub(?:\([\w:]+\))?\s+use\s+([^;]+);", code[p]):
            for full in expand_use(m.group(1)):
                full, _, alias = full.partition("@")
                segs = full.split("::")
                target = absolute(segs, here)
                if target is None:
                    continue
                if segs[-1] == "*":
                    table.setdefault("*", []).append(target[:-1])
                else:
                    table[alias or segs[-1]] = target
        reexports[p] = table

    def resolve(segs, depth=0):
        """The file where an absolute path's item lives."""
        for k in range(len(segs), -1, -1):
            m = tuple(segs[:k])
            if m in mods:
                f = mods[m]
                rest = segs[k:]
                if rest and depth < 8 and rest[0] not in defines[f]:
                    t = reexports[f].get(rest[0])
                    if t is not None:
                        return resolve(list(t) + rest[1:], depth + 1)
                    for glob in reexports[f].get("*", []):
                        g = resolve(list(glob) + rest, depth + 1)
                        if g is not None and g != mods.get(tuple(glob)):
                            return g
                return f
        return None

    def inline_mods(text):
        """(start, end, name) of each `mod name { ... }` written inside a file."""
        spans = []
        for m in re.finditer(r"\bmod\s+(\w+)\s*\{", text):
            depth, k = 0, m.end() - 1
            while k < len(text):
                depth += {"{": 1, "}": -1}.get(text[k], 0)
                if depth == 0:
                    break
                k += 1
            spans.append((m.start(), k, m.group(1)))
        return spans

    edges = {p: set() for p in files}
    for p in files:
        spans = inline_mods(code[p])

        def here_at(pos, base=module_of(p)):
            # A path inside `mod tests { .. }` is relative to that inner module.
            return tuple(base) + tuple(n for a, b, n in spans if a <= pos <= b)

        paths = []
        for m in re.finditer(r"\buse\s+([^;]+);", code[p]):
            for full in expand_use(m.group(1)):
                full = full.partition("@")[0]
                segs = [s for s in full.split("::") if s and s not in ("*", "self")] or ["self"]
                paths.append((segs, here_at(m.start())))
        for m in re.finditer(r"(?<![\w:])((?:[A-Za-z_]\w*::)+[A-Za-z_]\w*)", code[p]):
            paths.append((m.group(1).split("::"), here_at(m.start())))
        for segs, here in paths:
            target = absolute(segs, here)
            if target is None:
                continue
            f = resolve(target)
            if f is not None and f != p:
                edges[p].add(f)

    # Cycles: strongly connected components of more than one file (Tarjan).
    index, low, stack, on, sccs, counter = {}, {}, [], set(), [], [0]
    sys.setrecursionlimit(10000)

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                sccs.append(comp)

    for v in files:
        if v not in index:
            visit(v)
    for comp in sccs:
        names = sorted(str(c.relative_to(ROOT)) for c in comp)
        problems.append("import cycle: " + " <-> ".join(names))

    for p in files:
        n = p.read_text(encoding="utf-8").count("\n")
        if n > MAX_LINES:
            problems.append(f"{p.relative_to(ROOT)}: {n} lines (most {MAX_LINES})")

    # Folders: purpose lines and the sibling folders each may use.
    folders = sorted({p.parent for p in files if p.parent != SRC})
    allowed = {}
    for d in folders:
        head = d / "mod.rs"
        if not head.exists():
            problems.append(f"{d.relative_to(ROOT)}: no mod.rs")
            continue
        lines = head.read_text(encoding="utf-8").splitlines()
        doc = []
        for line in lines:
            if not line.startswith("//!"):
                break
            doc.append(line[3:].strip())
        if not doc or not doc[0]:
            problems.append(f"{head.relative_to(ROOT)}: does not open with //! lines saying what the folder is for")
        imports = [l for l in doc if l.startswith("Imports:")]
        if len(imports) != 1:
            problems.append(f"{head.relative_to(ROOT)}: needs one '//! Imports: ...' line (sibling folders it may use, or 'nothing')")
            continue
        names = {w for w in re.split(r"[,\s.]+", imports[0][len("Imports:"):]) if w and w != "nothing"}
        siblings = {s.name for s in d.parent.iterdir() if s.is_dir()}
        for w in names - siblings:
            problems.append(f"{head.relative_to(ROOT)}: Imports names '{w}', not a folder beside it")
        allowed[d] = names
    for p in files:
        for f in edges[p]:
            for d in folders:
                if d not in allowed or d not in p.parents:
                    continue
                # The folder of `f` beside `d` (same parent), if any.
                for s in f.parents:
                    if s.parent == d.parent and s != d and s.is_dir() and s in folders:
                        if s.name not in allowed[d]:
                            problems.append(f"{p.relative_to(ROOT)} uses {f.relative_to(ROOT)}: {d.relative_to(SRC)}/ may not use {s.relative_to(SRC)}/ (its mod.rs: Imports)")

    # The README's map.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(src/[\w/.-]*)`", readme))
    for n in sorted(named):
        if not (ROOT / n.rstrip("/")).exists():
            problems.append(f"README names {n}, which does not exist")
    for d in folders:
        rel = str(d.relative_to(ROOT)) + "/"
        if rel not in named:
            problems.append(f"README's map does not name the folder `{rel}`")

    total_edges = sum(len(e) for e in edges.values())
    print(f"HOUSE {len(files)} files in {len(folders) + 1} folders, {total_edges} imports between files, "
          f"{len(sccs)} cycles, longest file {max(p.read_text(encoding='utf-8').count(chr(10)) for p in files)} lines")
    if "--tree" in sys.argv:
        for d in [SRC] + folders:
            here = [p for p in files if p.parent == d]
            lines = sum(p.read_text(encoding="utf-8").count("\n") for p in here)
            print(f"  {str(d.relative_to(ROOT)) + '/':32} {len(here):3} files {lines:6} lines")
    if "--edges" in sys.argv:
        for p in files:
            for f in sorted(edges[p]):
                print(f"  {p.relative_to(SRC)} -> {f.relative_to(SRC)}")
    for pr in problems:
        print("HOUSE problem:", pr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
