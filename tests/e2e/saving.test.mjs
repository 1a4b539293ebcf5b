// No work lost, no number misread, in the browser: text still being typed is saved on
// leaving; year cells follow undo; Ctrl+Z in a field is the field's; a repaired record's
// original imports back; a newer app version's record is left alone; a huge bad import
// lists 20 problems and counts the rest. Every injection waits for the app's saved state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serverAndBrowser, openApp, select, typeInto } from './harness.mjs';

const env = serverAndBrowser();

const saved = (page) => page.waitForSelector('[data-save="saved"]');
const stored = (page) => page.evaluate(() => localStorage.getItem('bacyen.record'));
const parameter = (page) => page.getAttribute('[data-input="parameter"]', 'data-value');

async function downloadOf(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(click)]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

test('text still being typed is committed and saved when the page goes away', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await saved(page);
  // Typed, never confirmed with Enter or by leaving the field.
  await page.fill('[data-input="parameter"]', '13,5');
  await page.reload();
  await page.waitForSelector('[data-indicator]');
  assert.equal(await parameter(page), '13.5');
  await saved(page);
  await page.fill('[data-input="scenario-name"]', 'Đang gõ dở');
  await page.reload();
  await page.waitForSelector('[data-indicator]');
  assert.equal(await page.inputValue('[data-input="scenario-name"]'), 'Đang gõ dở');
  assert.deepEqual(errors, []);
  await context.close();
});

test('year cells follow undo, redo and the language; Ctrl+Z in a field is the field\'s own', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await page.click('[data-open="3a"]');
  await page.waitForSelector('.indicator-view[data-selected="3a"]');
  await typeInto(page, 'actual-2027', '75000');
  // Shown as the app writes numbers once committed.
  await page.waitForFunction(() => document.querySelector('[data-input="actual-2027"]').value === '75.000');
  await page.click('h1');
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('[data-input="actual-2027"]').value === '');
  await page.keyboard.press('Control+y');
  await page.waitForFunction(() => document.querySelector('[data-input="actual-2027"]').value === '75.000');
  await page.click('button[data-lang="en"]');
  await page.waitForFunction(() => document.querySelector('[data-input="actual-2027"]').value === '75,000');
  // Inside a number field, Ctrl+Z belongs to the field: the app's undo does not run.
  await typeInto(page, 'parameter', '9');
  await page.waitForFunction(() => document.querySelector('[data-input="parameter"]').dataset.value === '9');
  await page.focus('[data-input="parameter"]');
  await page.keyboard.press('Control+z');
  assert.equal(await parameter(page), '9');
  assert.equal(await page.inputValue('[data-input="actual-2027"]'), '75,000');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a repaired record: one banner, the original kept, and it imports back as scenarios', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await saved(page);
  const record = JSON.parse(await stored(page));
  const s = record.workspace.scenarios[0];
  s.name = 'Có một số hỏng';
  s.assumptions = { 1: { method: { compound: { rate_pct: 8 } }, baseline: -4, actuals: { 2026: 44 } } };
  const raw = JSON.stringify(record);
  await page.evaluate((c) => localStorage.setItem('bacyen.record', c), raw);
  await page.reload();
  await page.waitForSelector('[data-banner="stored"]');
  // Only the bad baseline went; the rate and the actual stayed.
  assert.equal(await parameter(page), '8');
  await page.click('[data-open="1"]');
  assert.equal(await page.getAttribute('[data-input="actual-2026"]', 'data-value'), '44');
  await saved(page);
  assert.equal(await page.locator('[data-banner="stored"]').count(), 1);
  assert.equal(await page.evaluate(() => localStorage.getItem('bacyen.quarantine')), raw);
  const { bytes } = await downloadOf(page, '[data-action="download-raw"]');
  await page.locator('[data-input="import"]').setInputFiles({ name: 'goc.txt', mimeType: 'text/plain', buffer: bytes });
  await page.waitForSelector('[data-report="ok"]');
  const names = await page.$$eval('[data-input="scenario"] option', (os) => os.map((o) => o.textContent));
  assert.ok(names.includes('Có một số hỏng (2)'), names.join(', '));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a record written by a newer app version is left alone', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await saved(page);
  const record = JSON.parse(await stored(page));
  record.app_version = '9.0.0';
  record.workspace.scenarios[0].future_field = { kept: true };
  const raw = JSON.stringify(record);
  await page.evaluate((c) => localStorage.setItem('bacyen.record', c), raw);
  await page.reload();
  await page.waitForSelector('[data-save="not-saved"][data-why="newer-app"]');
  await typeInto(page, 'parameter', '12');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.equal(await stored(page), raw);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an import with 100.000 unknown indicators lists 20 problems and counts the rest', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  const assumptions = {};
  for (let i = 0; i < 100_000; i++) assumptions[`x${i}`] = {};
  const file = { type: 'bac-yen-plan/scenarios', version: 1, scenarios: [{ id: 'a', name: 'Lớn', assumptions }] };
  await page.locator('[data-input="import"]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.waitForSelector('[data-report]');
  const items = await page.$$eval('[data-report] li', (li) => li.map((l) => l.textContent));
  assert.equal(items.length, 21, `${items.length} lines`);
  assert.match(items.at(-1), /99\.980 vấn đề khác/);
  assert.deepEqual(errors, []);
  await context.close();
});
