# The two commands a newcomer needs: `make serve` and `make test`. Both install what is
# missing first (scripts/setup.sh), so they work on a fresh machine.
SHELL := /bin/bash
export PATH := $(CURDIR)/scripts/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve test dist bench setup fixtures fuzz lighthouse size-profile

## Build and serve the app on http://127.0.0.1:8080 (rebuilds on change).
serve:
	scripts/setup.sh build
	trunk serve --offline --release

## Run every test: format, lints, host tests, browser tests, benchmarks.
test:
	scripts/test.sh

## Build the release into dist/, with .gz and .br copies for hosts that serve them.
dist:
	scripts/setup.sh build
	trunk build --offline --release
	node scripts/compress.mjs dist

## Lighthouse 12 mobile (slow 4G, 4x CPU) on the release build served gzipped: RUNS runs
## (default 3), each figure and the median. A benchmark by hand, not a CI test.
lighthouse: dist
	cd tests/lighthouse && npm ci --no-audit --no-fund --silent && DIST_DIR=$(CURDIR)/dist node run.mjs

## Where the wasm's bytes go: twiggy's top 20 and the code by module (scripts/size_profile.sh).
size-profile:
	scripts/size_profile.sh

## Only the benchmarks (native and in the browser).
bench:
	scripts/setup.sh test
	trunk build --offline --release --features bench --dist dist-bench
	mkdir -p tests/e2e/artifacts
	cargo run --quiet --profile bench-native --example bench | tee tests/e2e/artifacts/bench-native.txt
	cd tests/e2e && DIST_DIR=$(CURDIR)/dist-bench node --test bench.test.mjs
	trunk build --offline --release
	cd tests/e2e && node arrival.mjs

setup:
	scripts/setup.sh test

## Capture the stored record the release build writes (tests/fixtures/storage/schema-1.json).
fixtures: dist
	scripts/setup.sh test
	cd tests/e2e && node capture-fixture.mjs

## Long decoder fuzzing, outside CI: FUZZ_CASES inputs per decoder (default 1.000.000).
fuzz:
	FUZZ_CASES=$${FUZZ_CASES:-1000000} cargo run --quiet --profile fuzz --example fuzz
