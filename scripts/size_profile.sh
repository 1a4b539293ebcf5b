#!/usr/bin/env bash
# `make size-profile`: where the wasm's bytes go. Builds the release with symbol names
# kept (v0 mangling names generic instances by their type arguments, so Leptos's view
# code shows up under the component that made it), optimises it as the shipped build is
# (wasm-opt -O3, names kept), and prints twiggy's top 20 and the code grouped by module.
# Writes target/size-profile/pkg/ (JS glue and named wasm) for CPU profiles with names.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/scripts/node_modules/.bin:$HOME/.cargo/bin:$PATH"
scripts/setup.sh build
command -v twiggy >/dev/null || cargo install --locked twiggy --version 0.8.0
out=target/size-profile
RUSTFLAGS="--cfg erase_components -C symbol-mangling-version=v0" CARGO_TARGET_DIR="$out" \
  cargo build --quiet --release --target wasm32-unknown-unknown --bin bac-yen-plan
rm -rf "$out/pkg"
wasm-bindgen --target web --no-typescript --out-dir "$out/pkg" "$out/wasm32-unknown-unknown/release/bac-yen-plan.wasm"
wasm-opt -O3 -g --enable-bulk-memory --enable-nontrapping-float-to-int \
  "$out/pkg/bac-yen-plan_bg.wasm" -o "$out/pkg/named.wasm"
mv "$out/pkg/named.wasm" "$out/pkg/bac-yen-plan_bg.wasm"
twiggy top -n 100000 -f csv "$out/pkg/bac-yen-plan_bg.wasm" > "$out/top.csv"
python3 scripts/size_report.py "$out/top.csv"
