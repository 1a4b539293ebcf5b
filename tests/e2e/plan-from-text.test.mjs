// A plan from its text: the bundled resolution pasted (in the Vietnamese and the English
// interface), every proposed target a row with its value, kind, direction, year and unit
// and its source words marked; confirmed, it becomes a plan whose targets carry every
// value of the built-in plan's 37.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverAndBrowser, openApp, root } from './harness.mjs';

const env = serverAndBrowser();
const resolution = readFileSync(join(root, 'seeds', 'resolution-32-NQ-HDND-2025.txt'), 'utf8');
const builtIn = JSON.parse(readFileSync(join(root, 'seeds', 'plan.json'), 'utf8'));

async function fromText(page, planName) {
  await page.click('[data-action="plans"]').catch(() => {});
  if (!(await page.locator('[data-plan-from-text]').count())) await page.click('[data-action="plan-from-text"]');
  await page.waitForSelector('[data-plan-from-text]');
  await page.fill('[data-input="plan-text"]', resolution);
  const t0 = Date.now();
  await page.click('[data-action="extract"]');
  await page.waitForSelector('[data-draft]');
  const ms = Date.now() - t0;
  const rows = await page.$$eval('[data-draft]', (r) => r.map((e) => ({ ...e.dataset })));
  // Every row's source words are marked in the pasted text.
  assert.equal(await page.locator('[data-source-preview] mark').count(), rows.length);
  assert.equal(Number(await page.getAttribute('[data-drafts-found]', 'data-drafts-found')), rows.length);
  // A likely restatement of an earlier row is offered unchecked; the rest are kept.
  const kept = await page.locator('[data-draft-field="keep"]:checked').count();
  assert.equal(kept, rows.length - (await page.locator('[data-draft] [data-restates]').count()));
  await page.fill('[data-input="draft-plan-name"]', planName);
  const before = await page.locator('[data-input="plan"] option').count();
  await page.click('[data-action="create-plan-from-text"]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-input="plan"] option').length === n + 1, before);
  await page.waitForFunction((n) => document.querySelectorAll('[data-indicator]').length === n, kept);
  return { rows, ms, kept };
}

function valuesCovered(rows) {
  const left = rows.map((r) => Number(r.value));
  const missing = [];
  for (const ind of builtIn.indicators) {
    const k = left.findIndex((v) => Math.abs(v - ind.target.value) < 1e-9);
    if (k < 0) missing.push(ind.id); else left.splice(k, 1);
  }
  return { missing, extra: left };
}

test('the bundled resolution pasted in both languages makes a plan with the built-in plan\'s targets', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  const vi = await fromText(page, 'NQ 32 đọc từ văn bản');
  const cover = valuesCovered(vi.rows);
  console.log(`PLAN-FROM-TEXT ${vi.rows.length} rows in ${vi.ms} ms (click to rows); built-in targets without a row: ${cover.missing.length}; rows beyond them: ${cover.extra.length}`);
  assert.deepEqual(cover.missing, []);
  // Confirmed as offered, the rows make one indicator for each of the built-in plan's 37.
  assert.equal(vi.kept, builtIn.indicators.length);
  // The words decide kind and direction: 9,9 %/yr is growth, "xuống dưới 55%" below.
  const row = (v) => vi.rows.find((r) => Number(r.value) === v);
  assert.equal(row(9.9).kind, 'growth');
  assert.equal(row(55).direction, 'below');
  assert.equal(row(2145).kind, 'cumulative');
  assert.equal(row(4500).unit, 'ha');
  assert.equal(row(9.9).year, '2030');
  assert.match(await page.innerText('[data-plan-name]'), /NQ 32 đọc từ văn bản/);
  // The new plan is the planner's own: it is saved with the rest.
  await page.waitForSelector('[data-save="saved"]');

  // The English interface reads the same text the same way.
  await page.click('[data-lang="en"]');
  await page.click('[data-action="plan-from-text"]');
  const en = await fromText(page, 'Resolution 32 from its text');
  assert.deepEqual(en.rows, vi.rows);
  // A bad value in a row is marked and said, the row keeps its number.
  await page.click('[data-action="plan-from-text"]');
  await page.fill('[data-input="plan-text"]', '(1) Tỷ lệ hộ nghèo giảm còn dưới 2%.');
  await page.click('[data-action="extract"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-draft]').length === 1);
  const cell = page.locator('[data-draft-field="value"][data-row="0"]');
  await cell.fill('2,5,0');
  await cell.press('Tab');
  assert.equal(await cell.getAttribute('aria-invalid'), 'true');
  assert.notEqual(await page.innerText('[data-draft-message]'), '');
  assert.equal(await page.getAttribute('[data-draft]', 'data-value'), '2');
  await cell.fill('2.5');
  await cell.press('Tab');
  assert.equal(await page.getAttribute('[data-draft]', 'data-value'), '2.5');
  assert.deepEqual(errors, []);
  await context.close();
});
