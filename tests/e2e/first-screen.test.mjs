// The first screen on a slow phone (issue 13): index.html's skeleton paints before the
// wasm arrives and is the app's own header; the app then builds its parts one per task
// while hidden and shows them without moving anything (no layout shift); a visible card
// means all 37 are there with their numbers. Prints FIRSTSCREEN figures under 4x CPU
// throttling (time to the first card, longest main-thread task); checks results, not times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './harness.mjs';

const env = serverAndBrowser();

test('the skeleton paints before the wasm and is the app header, then gives way to it', async () => {
  const context = await env.browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Hold the wasm back: what shows without it is the skeleton alone.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(env.server.url);
  const skeletonTitle = await page.locator('#skeleton h1').innerText();
  const skeletonSubtitle = await page.locator('#skeleton .subtitle').innerText();
  assert.ok(await page.locator('#skeleton h1').isVisible());
  assert.equal(await page.locator('[data-indicator]').count(), 0);
  release();
  await page.waitForSelector('[data-indicator]');
  // Every card exists once one is visible, each with its numbers.
  assert.equal(await page.locator('[data-indicator]').count(), 37);
  const projected = await page.$$eval('[data-indicator] [data-field="projected"]', (els) => els.map((e) => e.dataset.value));
  assert.equal(projected.length, 37);
  assert.ok(projected.every((v) => v !== '' && Number.isFinite(Number(v))), `every card has its projection: ${projected}`);
  assert.equal(await page.locator('#skeleton').count(), 0, 'the skeleton is gone once the app is up');
  assert.equal(await page.locator('header.top h1').innerText(), skeletonTitle, 'the skeleton shows the app\'s own title');
  assert.equal(await page.locator('header.top .subtitle').innerText(), skeletonSubtitle, 'and its own subtitle');
  await page.waitForFunction(() => document.querySelectorAll('[data-indicator].folded').length === 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the first screen builds in short tasks and moves nothing', async () => {
  const context = await env.browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__tasks = [];
    window.__shift = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
  });
  const started = Date.now();
  await page.goto(env.server.url);
  await page.waitForSelector('[data-indicator]');
  const firstCard = Date.now() - started;
  await page.waitForFunction(() => document.querySelectorAll('[data-indicator].folded').length === 0, null, { timeout: 60_000 });
  const all = Date.now() - started;
  // Let the last charts draw, then read what the page measured.
  await page.waitForSelector('[data-save="saved"]', { state: 'attached' });
  const { tasks, shift } = await page.evaluate(() => ({ tasks: window.__tasks, shift: window.__shift }));
  const longest = Math.max(0, ...tasks);
  const blocking = tasks.reduce((s, d) => s + Math.max(0, d - 50), 0);
  console.log(`FIRSTSCREEN 4x CPU: first card ${firstCard} ms, all 37 unfolded ${all} ms; ` +
    `${tasks.length} tasks over 50 ms, longest ${longest.toFixed(0)} ms, blocking ${blocking.toFixed(0)} ms; layout shift ${shift.toFixed(3)}`);
  assert.ok(shift < 0.001, `nothing moves while the first screen unfolds (layout shift ${shift})`);
  await context.close();
});
