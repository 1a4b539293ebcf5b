// The release build in headless Chromium: every indicator shown, the language switch,
// the chart, no console errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverAndBrowser, openApp, root, artifacts } from './harness.mjs';

const plan = JSON.parse(readFileSync(join(root, 'seeds', 'plan.json'), 'utf8'));
const env = serverAndBrowser();

test('every indicator of the plan is listed with its target and baseline', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  const ids = await page.$$eval('[data-indicator]', (rows) => rows.map((r) => r.dataset.indicator));
  assert.deepEqual(ids, plan.indicators.map((i) => i.id));
  for (const ind of plan.indicators) {
    const row = page.locator(`[data-indicator="${ind.id}"]`);
    assert.equal(Number(await row.locator('[data-field="target"]').getAttribute('data-value')), ind.target.value, ind.id);
    assert.equal(Number(await row.locator('[data-field="baseline"]').getAttribute('data-value')), ind.baseline.value, ind.id);
    if (ind.baseline.illustrative) {
      assert.equal(await row.locator('.illustrative').count(), 1, `${ind.id} lacks the illustrative mark`);
    }
    const projected = await row.locator('[data-field="projected"]').getAttribute('data-value');
    assert.ok(Number.isFinite(Number(projected)) && projected !== '', `${ind.id} projected ${projected}`);
  }
  const total = await page.getAttribute('[data-summary] [data-total]', 'data-total');
  assert.equal(Number(total), plan.indicators.length);
  assert.deepEqual(errors, []);
  await context.close();
});

test('numbers follow the language, and the choice survives a reload', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  const cell = page.locator('[data-indicator="3a"] [data-field="target"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  assert.match(await cell.innerText(), /280\.000/);
  assert.match(await page.locator('[data-indicator="1"] [data-field="target"]').innerText(), /9,9/);
  await page.click('button[data-lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await cell.innerText(), /280,000/);
  assert.match(await page.locator('[data-indicator="1"] [data-field="target"]').innerText(), /9\.9/);
  assert.match(await page.locator('.indicator-view').innerText(), /Target/);
  await page.reload();
  await page.waitForSelector('[data-indicator]');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.locator('[data-indicator="3a"] [data-field="target"]').innerText(), /280,000/);
  await page.click('button[data-lang="vi"]');
  await page.waitForFunction(() => document.documentElement.lang === 'vi');
  assert.match(await page.locator('[data-indicator="3a"] [data-field="target"]').innerText(), /280\.000/);
  assert.deepEqual(errors, []);
  await context.close();
});

async function inkedPixels(page) {
  return page.$eval('canvas.chart', (c) => {
    const ctx = c.getContext('2d');
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) n++;
    }
    return { n, width: c.width, height: c.height };
  });
}

test('the chart is drawn, and follows the selected indicator', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url, { dpr: 2 });
  await page.waitForFunction(() => {
    const c = document.querySelector('canvas.chart');
    return c && c.width > 0;
  });
  const first = await inkedPixels(page);
  assert.ok(first.n > 2000, `only ${first.n} inked pixels`);
  // Backing store at CSS size x device pixel ratio.
  const css = await page.$eval('canvas.chart', (c) => c.clientWidth);
  assert.equal(first.width, css * 2);
  const before = await page.$eval('canvas.chart', (c) => c.toDataURL());
  await page.click('[data-open="10"]');
  await page.waitForSelector('[data-selected="10"]');
  await page.waitForFunction((b) => document.querySelector('canvas.chart').toDataURL() !== b, before);
  assert.match(await page.getAttribute('canvas.chart', 'aria-label'), /10/);
  await page.screenshot({ path: join(artifacts, 'dashboard-dpr2.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
