// Browser benchmark of the engine, compiled to wasm (release build) and timed with
// performance.now() in headless Chromium. Prints figures; it checks the results, never the
// time (budgets: project all < 50 µs; 10.000 draws < 50 ms and <= 2x native).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverAndBrowser, openApp, root, artifacts } from './harness.mjs';

const env = serverAndBrowser();

test('engine speed in the browser', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await page.waitForFunction(() => window.wasmBindings && window.wasmBindings.bench_engine);
  // The first run also pays for Chromium's tier-up from its baseline wasm compiler; a
  // slider in use runs hot code, so the second run is the figure (both are printed).
  const cold = JSON.parse(await page.evaluate(() => window.wasmBindings.bench_engine()));
  const report = JSON.parse(await page.evaluate(() => window.wasmBindings.bench_engine()));
  console.log(`browser, first run: project all ${cold.project_all_us.toFixed(2)} µs; Monte Carlo ${cold.monte_carlo_ms.toFixed(2)} ms`);
  const pinned = Number(readFileSync(join(root, 'tests', 'fixtures', 'monte_carlo_checksum.txt'), 'utf8'));
  const small = await page.evaluate(() => window.wasmBindings.monte_carlo_checksum(1000, 42));
  assert.equal(small, pinned, 'the release wasm gives the host numbers');
  assert.equal(report.indicators, 37);
  assert.ok(report.project_all_us > 0 && report.monte_carlo_ms > 0);
  console.log(`BENCH_BROWSER ${JSON.stringify(report)}`);
  console.log(`browser: project all ${report.indicators} indicators: ${report.project_all_us.toFixed(2)} µs (budget 50 µs); ` +
    `${report.draws} Monte Carlo draws over all: ${report.monte_carlo_ms.toFixed(2)} ms (budget 50 ms)`);
  writeFileSync(join(artifacts, 'bench-browser.json'), JSON.stringify(report));
  // The native run (make test and make bench run it first): without it the check that
  // the browser gives the native numbers cannot run, and that is a failure, not a skip.
  const nativeFile = join(artifacts, 'bench-native.txt');
  assert.ok(existsSync(nativeFile), `${nativeFile} is missing: run \`cargo run --profile bench-native --example bench\` first`);
  const line = readFileSync(nativeFile, 'utf8').split('\n').find((l) => l.startsWith('BENCH_NATIVE '));
  assert.ok(line, 'the native benchmark printed no BENCH_NATIVE line');
  const native = JSON.parse(line.slice('BENCH_NATIVE '.length));
  console.log(`browser/native: project all ${(report.project_all_us / native.project_all_us).toFixed(2)}x; ` +
    `Monte Carlo ${(report.monte_carlo_ms / native.monte_carlo_ms).toFixed(2)}x (budget 2x)`);
  assert.equal(report.checksum, native.checksum, 'browser and native give the same numbers');
  assert.deepEqual(errors, []);
  await context.close();
});
