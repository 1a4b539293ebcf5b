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
printf 'release size: wasm %s bytes raw, %s gzip; js %s gzip; css %s gzip\n' \
  "$(wc -c < "$wasm")" "$(gzip -9c "$wasm" | wc -c)" \
  "$(ls dist/*.js | grep -v /sw.js | xargs cat | gzip -9c | wc -c)" "$(cat dist/*.css | gzip -9c | wc -c)"

step "native benchmark"
mkdir -p tests/e2e/artifacts
cargo run --quiet --profile bench-native --example bench | tee tests/e2e/artifacts/bench-native.txt

step "end-to-end tests and browser benchmark (Playwright, headless Chromium)"
cd tests/e2e
node --test --test-concurrency=1 ./*.test.mjs
