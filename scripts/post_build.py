#!/usr/bin/env python3
"""Trunk post-build hook (Trunk.toml [[hooks]]): runs in Trunk's staging directory.

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
import subprocess
import sys
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
    # The single file is built from the glue as wasm-bindgen wrote it (its exports are
    # parsed below); the file served over the network is minified before it is hashed.
    glue = (staging / glue_name.group(1)).read_text(encoding="utf-8")
    minify(staging / glue_name.group(1))

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
        "<script type=\"module\">" + glue +
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
    print(f"post_build.py: sw.js version {version}, {len(listed)} files; {SINGLE} {len(single.encode())} bytes")


if __name__ == "__main__":
    main()
