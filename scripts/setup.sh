#!/usr/bin/env bash
# Installs what the build and the tests need, from crates.io, npm and apt only.
# Idempotent: a second run checks versions and returns in seconds.
#   scripts/setup.sh build   - toolchain for building and serving
#   scripts/setup.sh test    - the above, plus Chromium, chromedriver and playwright-core
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-build}"
TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '[setup] %s\n' "$*"; }

# The wasm-bindgen in Cargo.lock decides the CLI version: they must match exactly.
if [ ! -f Cargo.lock ]; then cargo generate-lockfile; fi
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$WB_VERSION" ] || { echo "[setup] cannot read wasm-bindgen's version from Cargo.lock" >&2; exit 1; }
if ! grep -q "wasm_bindgen = \"$WB_VERSION\"" Trunk.toml; then
  echo "[setup] Trunk.toml must pin wasm_bindgen = \"$WB_VERSION\" (the version in Cargo.lock)" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ] \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WB_VERSION (a few minutes, once)"
  # Not --locked: its lock file names a webpki-roots the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 12 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# wasm-split-cli splits the app into its first module and the screens loaded when opened
# (scripts/post_build.py). Its version must read the split points of the
# wasm_split_helpers in Cargo.lock (0.2.x), so it is the same minor line, pinned.
SPLIT_VERSION=0.2.3
if ! command -v wasm-split-cli >/dev/null || [ "$(cat "$HOME/.cargo/.wasm-split-cli-version" 2>/dev/null)" != "$SPLIT_VERSION" ]; then
  say "installing wasm-split-cli $SPLIT_VERSION (about a minute, once)"
  cargo install wasm_split_cli_support --version "$SPLIT_VERSION" --features build-binary --locked --force
  echo "$SPLIT_VERSION" > "$HOME/.cargo/.wasm-split-cli-version"
fi

# npm's binaryen for wasm-opt: Debian's binaryen 108 produces wasm that crashes at start.
npm_install() {
  local dir="$1"
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
npm_install scripts

if [ "$what" = test ]; then
  # poppler-utils: pdftoppm renders the printed report's first page in a test.
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! command -v pdftoppm >/dev/null; then
    say "installing Debian's chromium, chromium-driver and poppler-utils"
    export DEBIAN_FRONTEND=noninteractive
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
  fi
  # LibreOffice (headless, no GUI) reads the Word and Excel documents in a test, with
  # Liberation Serif: the metric-compatible stand-in for Times New Roman on Debian.
  if ! command -v soffice >/dev/null || [ ! -d /usr/share/fonts/truetype/liberation ]; then
    say "installing LibreOffice (writer, calc; no GUI) and fonts-liberation"
    export DEBIAN_FRONTEND=noninteractive
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation >/dev/null
  fi
  npm_install tests/e2e
fi
say "ready ($what): trunk $TRUNK_VERSION, wasm-bindgen $WB_VERSION, wasm-opt $(scripts/node_modules/.bin/wasm-opt --version | awk '{print $3}')"
