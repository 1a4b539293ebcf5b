#!/usr/bin/env python3
"""Trunk post-build hook (Trunk.toml [[hooks]]): runs in Trunk's staging directory.

0. Splits the app (Trunk 0.21 cannot): the raw cargo artifact, linked with its
   relocations, is split by wasm-split-cli at every `#[wasm_split]` point into the first
   module and one module per screen; wasm-bindgen and wasm-opt run on the pieces, and
   they replace the glue and wasm Trunk built from the whole. Every piece is named by a
   hash of its content, so a new release never mixes with an old one's pieces.
1. Writes this build's version (a hash of every file) and file list into sw.js, so the
   service worker caches exactly this build and deletes older caches.
2. Minifies the JS glue served over the network with npm's terser (Trunk's own minifier
   fails on wasm-bindgen's glue and ships it whole): about 2 KB less gzip.
3. Writes bac-yen-ke-hoach.html: the whole app in one file (wasm as base64, the JS glue,
   CSS and icon inlined) that works opened straight from disk (file://), for a USB stick.
Fails loudly when the build's shape is not what it expects, rather than writing a file
that would not work."""
import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SINGLE = "bac-yen-ke-hoach.html"
SKIP = {"sw.js", SINGLE}


def fail(message):
    sys.exit(f"post_build.py: {message}")


def attrs(tag):
    return {m.group(1): (m.group(2) or "").strip("\"'") for m in
            re.finditer(r"([\w-]+)(?:=(\"[^\"]*\"|'[^']*'|[^\s>]+))?", tag[5:])}


def minify(path):
    """The glue, minified in place by terser (scripts/setup.sh installs it from npm)."""
    terser = Path(__file__).resolve().parent / "node_modules" / ".bin" / "terser"
    if not terser.exists():
        fail("terser is not installed: run scripts/setup.sh build")
    done = subprocess.run([str(terser), str(path), "--module", "--compress", "--mangle", "-o", str(path)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        fail(f"terser could not minify {path.name}: {done.stderr.strip()[:500]}")


def tool(name):
    here = Path(__file__).resolve().parent
    for candidate in (here / "node_modules" / ".bin" / name, Path.home() / ".cargo" / "bin" / name):
        if candidate.exists():
            return str(candidate)
    fail(f"{name} is not installed: run scripts/setup.sh build")


def run(*args):
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    if done.returncode != 0:
        fail(f"{Path(str(args[0])).name} failed: {(done.stderr or done.stdout).strip()[:1500]}")


def short_hash(data, length=16):
    return hashlib.sha256(data).hexdigest()[:length]


def split(staging, glue_file, wasm_file):
    """Replaces Trunk's glue and wasm by the split build; returns the loader's file name
    and the split modules' names (first module excluded)."""
    release = os.environ.get("TRUNK_PROFILE") == "release"
    target = Path(os.environ.get("CARGO_TARGET_DIR") or Path(os.environ.get("TRUNK_SOURCE_DIR", ".")) / "target")
    raw = target / "wasm32-unknown-unknown" / ("release" if release else "debug") / "bac-yen-plan.wasm"
    if not raw.exists():
        fail(f"the raw cargo artifact {raw} is missing")
    stem = glue_file[:-3]
    if wasm_file != f"{stem}_bg.wasm":
        fail(f"Trunk's wasm {wasm_file} is not named after its glue {glue_file}")
    work = Path(tempfile.mkdtemp(prefix="split-"))
    try:
        run(tool("wasm-split-cli"), raw, work / "split", "--target", "web", "--out-name", stem)
        run(tool("wasm-bindgen"), work / "split" / f"{stem}.wasm", "--target", "web", "--out-dir", work / "bound",
            "--out-name", stem, "--keep-lld-exports", "--no-typescript")
        pieces = sorted(p for p in (work / "split").glob("*.wasm") if p.name != f"{stem}.wasm")
        loader = (work / "split" / "__wasm_split.js").read_text(encoding="utf-8")
        names = {}
        for piece in pieces:
            if release:
                # -O3 as index.html asks of the whole (see there why not -Oz).
                run(tool("wasm-opt"), "-O3", piece, "-o", piece)
            data = piece.read_bytes()
            # The first screen's loader names every piece, and a hash is what gzip cannot
            # shrink: the many shared chunks carry 8 hex digits (enough to tell one
            # release's chunk from another's), the named modules 16.
            length = 8 if piece.stem.startswith("chunk_") else 16
            names[piece.name] = f"{piece.stem}-{short_hash(data, length)}.wasm"
            (staging / names[piece.name]).write_bytes(data)
            if f'"./{piece.name}"' not in loader:
                fail(f"the split loader does not name {piece.name}")
            loader = loader.replace(f'"./{piece.name}"', f'"./{names[piece.name]}"')
        main_wasm = work / "bound" / f"{stem}_bg.wasm"
        if release:
            run(tool("wasm-opt"), "-O3", main_wasm, "-o", main_wasm)
        (staging / wasm_file).write_bytes(main_wasm.read_bytes())
        loader_name = f"split-{short_hash(loader.encode())}.js"
        (staging / loader_name).write_text(loader, encoding="utf-8")
        glue = (work / "bound" / f"{stem}.js").read_text(encoding="utf-8")
        # Only the import statements: the wasm's own import module keeps its name.
        glue, n = re.subn(r'^(import \* as \w+) from "\./__wasm_split\.js";?$', f'\\1 from "./{loader_name}";', glue, flags=re.M)
        if n < 1:
            fail("the glue does not import the split loader")
        (staging / glue_file).write_text(glue, encoding="utf-8")
        return loader_name, sorted(names.values())
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    staging = Path(os.environ.get("TRUNK_STAGING_DIR") or fail("TRUNK_STAGING_DIR is not set"))
    html = (staging / "index.html").read_text(encoding="utf-8")
    scripts = re.findall(r"<script type=\"?module\"?>(.*?)</script>", html, re.S)
    if len(scripts) != 1:
        fail(f"expected one module script in index.html, found {len(scripts)}")
    glue_name = re.search(r"from '\.?/?([^']+\.js)'", scripts[0])
    wasm_name = re.search(r"module_or_path: '\.?/?([^']+\.wasm)'", scripts[0])
    if not glue_name or not wasm_name:
        fail("index.html's start script does not name the glue and the wasm")
    loader_name, modules = split(staging, glue_name.group(1), wasm_name.group(1))
    # The single file is built from the glue and loader as written (their exports are
    # parsed below); the files served over the network are minified before they are hashed.
    glue = (staging / glue_name.group(1)).read_text(encoding="utf-8")
    loader = (staging / loader_name).read_text(encoding="utf-8")
    minify(staging / glue_name.group(1))
    minify(staging / loader_name)

    files = sorted(p for p in staging.iterdir() if p.is_file() and p.name not in SKIP)
    digest = hashlib.sha256()
    for p in files:
        digest.update(p.name.encode())
        digest.update(p.read_bytes())
    version = digest.hexdigest()[:16]

    sw = staging / "sw.js"
    if not sw.exists():
        fail("sw.js was not copied into the build (index.html's copy-file link)")
    text = sw.read_text(encoding="utf-8")
    if "__BUILD_VERSION__" not in text or "__BUILD_FILES__" not in text:
        fail("sw.js has no placeholders to fill")
    listed = ["./"] + [p.name for p in files]
    sw.write_text(text.replace("__BUILD_VERSION__", version).replace("__BUILD_FILES__", json.dumps(listed)), encoding="utf-8")

    # One module script: the loader (its modules read from the page instead of fetched),
    # then the glue, which imports the loader's functions by one name.
    aliases = re.findall(r'^import \* as (\w+) from "\./' + re.escape(loader_name) + '";$', glue, re.M)
    glue, n = re.subn(r'^import \* as \w+ from "\./' + re.escape(loader_name) + '";$', "", glue, flags=re.M)
    if not aliases or n != len(aliases):
        fail("the glue does not import the split loader as this hook expects")
    loader, n = re.subn(r'^import \{ initSync \} from "[^"]+";?\s*$', "", loader, flags=re.M)
    if n != 1:
        fail("the split loader does not import initSync as this hook expects")
    loader, n = re.subn(r'fetch\(new URL\(("[^"]+"), import\.meta\.url\)\)', r"__piece(\1)", loader)
    if n != len(modules):
        fail(f"the split loader fetches {n} modules, the build has {len(modules)}")
    loads = re.findall(r"^export const (\w+) =", loader, re.M)
    loader = re.sub(r"^export const ", "const ", loader, flags=re.M)
    if re.search(r"^\s*(import|export)\b", loader, re.M):
        fail("the split loader imports or exports in a way this hook does not know")
    pieces = {m: base64.b64encode((staging / m).read_bytes()).decode() for m in modules}
    loader = (
        "const __pieces = " + json.dumps(pieces) + ";"
        "\nconst __piece = (name) => Promise.resolve(new Response("
        "Uint8Array.from(atob(__pieces[name.slice(2)]), (c) => c.charCodeAt(0)), { headers: { 'Content-Type': 'application/wasm' } }));\n"
        + loader + "\nconst __loads = { " + ", ".join(loads) + " };\n"
        + "".join(f"const {a} = __loads;\n" for a in aliases)
    )
    if re.search(r"^\s*import\b", glue, re.M) or "snippets/" in glue:
        fail("the JS glue imports other files (snippets); inline them too before shipping a single file")
    exported = re.findall(r"^export (?:async )?(?:function|class) (\w+)", glue, re.M)
    glue = re.sub(r"^export (?=(async )?(function|class) )", "", glue, flags=re.M)
    glue, n = re.subn(r"^export \{[^}]*\};?\s*$", "", glue, flags=re.M)
    if n != 1 or re.search(r"^export\b", glue, re.M):
        fail("the JS glue exports in a way this hook does not know")
    wasm = base64.b64encode((staging / wasm_name.group(1)).read_bytes()).decode()
    start = (
        "<script type=\"application/octet-stream\" id=\"wasm-base64\">" + wasm + "</script>"
        "<script type=\"module\">" + loader + glue +
        # Names the glue itself does not use (it has its own `wasm`).
        "\nconst __bytes = Uint8Array.from(atob(document.getElementById('wasm-base64').textContent), (c) => c.charCodeAt(0));"
        "\nconst __instance = await __wbg_init({ module_or_path: __bytes });"
        "\nwindow.wasmBindings = { " + ", ".join(exported) + " };"
        "\ndispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: __instance } }));"
        "</script>"
    )

    def link(m):
        a = attrs(m.group(0))
        rel, href = a.get("rel", ""), a.get("href", "").lstrip("./")
        if rel == "stylesheet":
            return "<style>" + (staging / href).read_text(encoding="utf-8") + "</style>"
        if rel == "icon":
            data = base64.b64encode((staging / href).read_bytes()).decode()
            return f"<link rel=icon href=\"data:image/svg+xml;base64,{data}\">"
        # Preloads, the manifest: nothing to fetch from a file on disk.
        return ""

    single = re.sub(r"<link\b[^>]*>", link, html)
    single = re.sub(r"<script type=\"?module\"?>.*?</script>", lambda _: start, single, flags=re.S)
    if re.search(r"<link\b(?![^>]*href=\"data:)", single) or "wasm-base64" not in single:
        fail("single file still refers to other files")
    (staging / SINGLE).write_text(single, encoding="utf-8")
    print(f"post_build.py: {len(modules)} modules split off; sw.js version {version}, {len(listed)} files; "
          f"{SINGLE} {len(single.encode())} bytes")


if __name__ == "__main__":
    main()
