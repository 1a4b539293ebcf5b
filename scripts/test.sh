#!/usr/bin/env bash
# Every test of the project, in order of speed; stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/scripts/node_modules/.bin:$HOME/.cargo/bin:$PATH"
started=$SECONDS
step() { printf '\n=== %s (%ss)\n' "$*" "$((SECONDS - started))"; }

step "setup"
scripts/setup.sh test

step "format and lints"
cargo fmt --all -- --check
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --features bench -- -D warnings

step "host tests (cargo test)"
cargo test
# The share link's length for a scenario that changes every indicator (a chat message).
cargo test --quiet --test scenarios share_link -- --nocapture | grep '^LINK'

step "browser tests of the wasm (wasm-bindgen-test in headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --target wasm32-unknown-unknown --test web

step "release build"
trunk build --offline --release
wasm=$(ls dist/*.wasm)
wasm_gz=$(gzip -9c "$wasm" | wc -c)
js_gz=$(ls dist/*.js | grep -v /sw.js | xargs cat | gzip -9c | wc -c)
css_gz=$(cat dist/*.css | gzip -9c | wc -c)
total=$((wasm_gz + js_gz + css_gz))
# gzip -9 is deterministic, so the download size is asserted, not just printed. The
# wasm itself varies with the folder the project is built in (cargo hashes a path
# package's location into its symbol names, which moves LTO's inlining): measured 549,110
# to 549,949 bytes gzip for the same commit in three folders, so the limit keeps about
# 2 KB above the largest. The
# product's budget is 250 KB (issue 13); the build is over it, so this ratchet refuses
# any growth past today's size. It was 425.000 after the trust work (issues 10, 11); the
# first screen in steps (issue 13: TBT 1.5 s -> about 0.2-0.4 s) costs about 8 kB of it,
# the council's wording and unit precision (issue 17) about 2 kB; readable everywhere
# (issue 14: phone, slides, annex, comparison, first-use panel) about 27.5 kB; the
# commune's figures shared by every scenario (issue 15, schema 2) about 13 kB and their
# sheet with paste from a spreadsheet about 12.5 kB; the planner's own plans (issue 15:
# plan bar, plan editor, plan files, every field checked, schema 3) about 44 kB, of which
# the plan's serializer (to store and export a plan) is about 15 kB; targets that ask for
# a window (about, a range) about 3 kB; a plan from its text (issue 16: the reader and its
# screen) about 25 kB, after keeping the standard library's float parser and Unicode
# case tables out of it (-17 kB). The JS glue minified by terser: -2.2 kB (564,944 ->
# 562,621 here; the limit 564,600 keeps 2 KB above it for the build folder).
budget=${SIZE_BUDGET_BYTES:-564600}
printf 'SIZE release: wasm %s bytes raw, %s gzip; js %s gzip; css %s gzip; total %s bytes gzip -9 (limit %s; target 250000)\n' \
  "$(wc -c < "$wasm")" "$wasm_gz" "$js_gz" "$css_gz" "$total" "$budget"
if [ "$total" -gt "$budget" ]; then
  echo "FAIL: the release download is $total bytes gzip -9, over the limit of $budget" >&2
  exit 1
fi
# Each file gzip -9 and brotli, as `make dist` writes them for hosts that serve them.
node scripts/compress.mjs dist

step "release build with the benchmark hook (the browser benchmark only)"
trunk build --offline --release --features bench --dist dist-bench

step "native benchmark"
mkdir -p tests/e2e/artifacts
cargo run --quiet --profile bench-native --example bench | tee tests/e2e/artifacts/bench-native.txt
# The plan-text reader (issue 16): the bundled resolution, the test texts in
# tests/fixtures/plans/ (recall, precision, kind and direction agreement) and 1 MB of
# random text, optimised as the benchmark is.
cargo test --quiet --profile bench-native --test extract -- --nocapture --test-threads=1 | grep -o 'EXTRACT.*'

step "end-to-end tests and browser benchmark (Playwright, headless Chromium)"
cd tests/e2e
# The shipped build for every test, the benchmark build for the benchmark.
node --test --test-concurrency=1 $(ls ./*.test.mjs | grep -v '/bench.test.mjs')
DIST_DIR="$PWD/../../dist-bench" node --test bench.test.mjs
