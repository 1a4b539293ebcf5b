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

step "the house: no import cycle, no file over 450 lines, each folder's purpose and Imports, the README's map"
python3 scripts/house_check.py --tree
# The docs build clean in both builds (ui and edge are only in the browser's).
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet --target wasm32-unknown-unknown

step "host tests (cargo test)"
cargo test
# The share link's length for a scenario that changes every indicator (a chat message).
cargo test --quiet --test scenarios share_link -- --nocapture | grep '^LINK'

step "documents read by real readers (LibreOffice, poppler)"
# tests/documents.rs (in cargo test above) wrote the Word report and Excel annexes.
python3 scripts/documents_check.py

step "browser tests of the wasm (wasm-bindgen-test in headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --target wasm32-unknown-unknown --test web --features whole

step "release build"
trunk build --offline --release
python3 scripts/size_report_first.py dist
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
# Issue 24's arrival figures (first and return visit under Lighthouse's mobile throttling,
# median of 3): printed, not asserted; the first-load size is asserted above.
node arrival.mjs
