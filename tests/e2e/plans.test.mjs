// The plan is the planner's data: a plan built from scratch in the editor (in English),
// presented and printed; plan files exported and imported into a fresh profile; links
// for a plan of one's own; the built-in plan stays read-only; deleting a plan is undone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serverAndBrowser, openApp } from './harness.mjs';

const env = serverAndBrowser();

/** Types into one editor field and leaves it (the editor reads a field on change). */
async function setField(page, field, row, value) {
  const sel = row === null ? `[data-plan-editor] [data-plan-field="${field}"]:not([data-row])` : `[data-plan-editor] [data-plan-field="${field}"][data-row="${row}"]`;
  const el = page.locator(sel);
  const tag = await el.evaluate((e) => e.tagName);
  if (tag === 'SELECT') await el.selectOption(value);
  else { await el.fill(value); await el.press('Tab'); }
  // A select or a box redraws the form (other fields may follow it): the message says
  // whether the value was taken.
  assert.equal(await page.innerText('[data-plan-message]'), '', `${field} ${row}`);
  assert.notEqual(await page.locator(sel).getAttribute('aria-invalid'), 'true', `${field} ${row}`);
}

async function downloadOf(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(click)]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

const cardNames = (page) => page.$$eval('[data-indicator] h3', (h) => h.map((e) => e.textContent.trim()));

test('a plan of 3 indicators built from scratch in English, presented, printed, kept', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await page.click('[data-lang="en"]');
  await page.click('[data-action="plans"]');
  await page.click('[data-action="new-plan"]');
  await page.waitForSelector('[data-plan-editor]');
  await page.waitForFunction(() => document.querySelectorAll('[data-indicator]').length === 1);
  assert.equal(await page.inputValue('[data-input="plan"]') !== '', true, 'the new plan is shown');
  await setField(page, 'title_en', null, 'Ta Xua commune plan 2026');
  await setField(page, 'title_vi', null, 'Kế hoạch năm 2026 xã Tà Xùa');
  await page.waitForFunction(() => document.querySelector('[data-plan-name]').textContent.includes('Ta Xua'));
  // Indicator 1: income, a level.
  await setField(page, 'name_en', 0, 'Average income per person');
  await setField(page, 'unit_en', 0, 'million VND');
  await setField(page, 'baseline', 0, '48');
  await setField(page, 'value', 0, '60');
  // Indicator 2: a share held above a floor.
  await page.click('[data-action="add-indicator"]');
  await page.waitForSelector('[data-plan-field="name_en"][data-row="1"]');
  await setField(page, 'name_en', 1, 'Health insurance coverage');
  await setField(page, 'value', 1, '95');
  await setField(page, 'kind', 1, 'rate');
  await setField(page, 'unit_en', 1, '%');
  await setField(page, 'baseline', 1, '90');
  await setField(page, 'group', 1, 'society');
  // Indicator 3: average growth, strictly above.
  await page.click('[data-action="add-indicator"]');
  await page.waitForSelector('[data-plan-field="name_en"][data-row="2"]');
  await setField(page, 'name_en', 2, 'Budget revenue');
  await setField(page, 'kind', 2, 'growth');
  await setField(page, 'value', 2, '8.5');
  await setField(page, 'direction', 2, 'above');
  await setField(page, 'baseline', 2, '1,250');
  // The first is a range: 60 to 65.
  await setField(page, 'direction', 0, 'range');
  await setField(page, 'high', 0, '65');
  // A bad value is marked, said why, and changes nothing.
  const bad = page.locator('[data-plan-field="year"][data-row="2"]');
  await bad.fill('2040');
  await bad.press('Tab');
  assert.equal(await bad.getAttribute('aria-invalid'), 'true');
  assert.match(await page.innerText('[data-plan-message]'), /target year must fall within the plan's years/);

  await page.waitForFunction(() => document.querySelectorAll('[data-indicator]').length === 3);
  const names = (await cardNames(page)).join(' | ');
  for (const n of ['Average income per person', 'Health insurance coverage', 'Budget revenue']) assert.ok(names.includes(n), `${n} in ${names}`);
  // Each card has a verdict, and the header counts 3.
  assert.equal(await page.locator('[data-indicator][data-status]').count(), 3);
  assert.match(await page.innerText('[data-summary]'), /\/3\b|of 3/);
  await page.click('[data-open="1"]');
  await page.waitForSelector('.indicator-view[data-selected="1"]');
  assert.match(await page.innerText('.indicator-view'), /60[–-]65 million VND/);
  // The growth target reads as strictly above.
  await page.click('[data-open="3"]');
  await page.waitForSelector('.indicator-view[data-selected="3"]');
  assert.match(await page.innerText('.indicator-view'), /> 8\.5 ?%\/yr/);

  // Presented: a summary and one slide per indicator.
  await page.click('[data-action="present"]');
  await page.waitForSelector('[data-present] [data-slide="summary"]');
  assert.match(await page.getAttribute('[data-present] [data-count]', 'data-count'), /^1 \/ 4$/);
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('[data-present] [data-slide="1"]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-present]', { state: 'detached' });
  // Printed: the report lists the three.
  await page.click('[data-action="report"]');
  await page.waitForSelector('[data-report-view]');
  assert.equal(await page.locator('[data-report-indicator]').count(), 3);
  assert.match(await page.innerText('[data-report-view]'), /Ta Xua commune plan 2026/);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000, `a PDF of ${pdf.length} bytes`);
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-report-view]', { state: 'detached' });

  // Kept: after a reload the plan is there and shown.
  await page.waitForSelector('[data-save="saved"]');
  await page.reload();
  await page.waitForSelector('[data-indicator]:not(.folded)');
  assert.equal(await page.locator('[data-indicator]').count(), 3);
  assert.match(await page.innerText('[data-plan-name]'), /Ta Xua commune plan 2026/);
  // The built-in plan is one choice away, with its 37 indicators.
  await page.selectOption('[data-input="plan"]', '');
  await page.waitForFunction(() => document.querySelectorAll('[data-indicator]').length === 37);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the built-in plan stays read-only: an edit makes a copy, with the figures and scenarios', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  // The plans are one button away in the header.
  assert.equal(await page.locator('[data-plan-bar]').count(), 0);
  await page.click('[data-action="plans"]');
  await page.click('[data-action="edit-plan"]');
  await page.waitForSelector('[data-plan-editor]');
  await page.locator('[data-edit-indicator="1"] summary').click();
  await setField(page, 'value', 0, '10,5');
  // Now on a copy: two plans to choose from, the copy shown and named apart.
  await page.waitForFunction(() => document.querySelectorAll('[data-input="plan"] option').length === 2);
  assert.match(await page.innerText('[data-plan-name]'), /bản sao/);
  assert.equal(await page.locator('[data-indicator]').count(), 37);
  assert.match(await page.innerText('[data-indicator="1"]'), /10,5/);
  // The resolution's plan is unchanged.
  await page.selectOption('[data-input="plan"]', '');
  await page.waitForFunction(() => !document.querySelector('[data-plan-name]').textContent.includes('bản sao'));
  assert.match(await page.innerText('[data-indicator="1"]'), /9,9/);
  // Deleting the copy is undone in one step.
  await page.selectOption('[data-input="plan"]', { index: 1 });
  await page.waitForFunction(() => document.querySelector('[data-plan-name]').textContent.includes('bản sao'));
  await page.click('[data-action="delete-plan"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-input="plan"] option').length === 1);
  await page.click('[data-action="undo"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-input="plan"] option').length === 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a plan file exported here opens in a fresh profile, figures and all; its link says what to send', async () => {
  const a = await openApp(env.browser, env.server.url);
  await a.page.click('[data-action="plans"]');
  await a.page.click('[data-action="new-plan"]');
  await a.page.waitForSelector('[data-plan-editor]');
  await setField(a.page, 'title_vi', null, 'Kế hoạch thử nhập');
  await setField(a.page, 'name_vi', 0, 'Sản lượng lương thực');
  await setField(a.page, 'unit_vi', 0, 'tấn');
  // A figure in the commune's sheet travels with the plan.
  await a.page.click('[data-action="facts-sheet"]');
  const cell = a.page.locator('[data-fact="1"][data-year="2025"]');
  await cell.fill('4.500');
  await cell.press('Tab');
  await a.page.waitForFunction(() => document.querySelector('[data-indicator="1"] [data-field="baseline"]').dataset.value === '4500');
  const { name, bytes } = await downloadOf(a.page, '[data-action="export-plan"]');
  assert.match(name, /\.plan\.json$/);
  const file = JSON.parse(bytes.toString('utf8'));
  assert.equal(file.type, 'bac-yen-plan/plan');
  // The share link of a scenario on this plan says the plan file must go with it.
  await a.page.click('[data-action="new"]');
  await a.page.click('[data-action="scenario-tools"]').catch(() => {});
  await a.page.click('[data-action="share"]');
  await a.page.waitForSelector('[data-share-plan-note]');
  const link = await a.page.inputValue('[data-field="share-link"]');
  await a.context.close();

  // A fresh profile: the link alone is refused, saying why; the plan file opens.
  const b = await openApp(env.browser, link);
  await b.page.waitForSelector('[data-report="failed"]');
  assert.match(await b.page.innerText('[data-report="failed"]'), /kế hoạch riêng của người gửi/);
  await b.page.click('[data-action="close-report"]');
  await b.page.click('[data-action="plans"]');
  await b.page.locator('[data-input="plan-file"]').setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
  await b.page.waitForSelector('[data-report="ok"]');
  await b.page.waitForFunction(() => document.querySelectorAll('[data-indicator]').length === 1);
  assert.match(await b.page.innerText('[data-indicator="1"]'), /Sản lượng lương thực/);
  assert.equal(await b.page.getAttribute('[data-indicator="1"] [data-field="baseline"]', 'data-value'), '4500');
  // Every part works on a plan of one indicator and no group: the uncertainty run, the
  // comparison, the CSV, the slides and the report.
  await b.page.click('[data-open="1"]');
  await b.page.waitForSelector('.indicator-view[data-selected="1"]');
  await b.page.waitForFunction(() => document.querySelector('[data-probability]')?.dataset.probability !== '');
  const p = Number(await b.page.getAttribute('[data-probability]', 'data-probability'));
  assert.ok(p >= 0 && p <= 1, `a probability: ${p}`);
  await b.page.click('[data-action="new"]');
  await b.page.click('[data-action="scenario-tools"]').catch(() => {});
  await b.page.locator('.compare-pick summary').click();
  await b.page.check('[data-compare="plan"]');
  await b.page.waitForSelector('[data-compare-table]');
  assert.match(await b.page.innerText('[data-compare-table]'), /Sản lượng lương thực/);
  const csv = await downloadOf(b.page, '[data-action="csv"]');
  const rows = csv.bytes.toString('utf8').trim().split('\n');
  assert.ok(rows.some((r) => r.includes('Sản lượng lương thực')), 'the indicator is in the CSV');
  await b.page.click('[data-action="present"]');
  await b.page.waitForSelector('[data-present] [data-slide="summary"]');
  assert.match(await b.page.getAttribute('[data-present] [data-count]', 'data-count'), /^1 \/ \d+$/);
  assert.match(await b.page.innerText('[data-present] [data-slide="summary"] h1'), /Kế hoạch thử nhập/);
  await b.page.keyboard.press('Escape');
  await b.page.waitForSelector('[data-present]', { state: 'detached' });
  await b.page.click('[data-action="report"]');
  await b.page.waitForSelector('[data-report-view]');
  assert.equal(await b.page.locator('[data-report-indicator]').count(), 1);
  await b.page.keyboard.press('Escape');
  await b.page.waitForSelector('[data-report-view]', { state: 'detached' });
  // Now the link opens into that plan.
  await b.page.waitForSelector('[data-save="saved"]');
  await b.page.goto('about:blank');
  await b.page.goto(link);
  await b.page.waitForSelector('[data-dialog="link"], [data-report="failed"]');
  assert.equal(await b.page.locator('[data-report="failed"]').count(), 0, await b.page.locator('[data-report]').allInnerTexts().then(String));
  const before = await b.page.locator('[data-input="scenario"] option').count();
  await b.page.click('[data-action="accept-link"]');
  await b.page.waitForFunction((n) => document.querySelectorAll('[data-input="scenario"] option').length === n + 1, before);
  // A damaged plan file is refused whole, with the reason.
  const broken = Buffer.from(bytes.toString('utf8').replace('"year":2030', '"year":2090'));
  await b.page.locator('[data-input="plan-file"]').setInputFiles({ name: 'x.plan.json', mimeType: 'application/json', buffer: broken });
  await b.page.waitForSelector('[data-report="failed"]');
  assert.match(await b.page.innerText('[data-report="failed"]'), /năm đạt chỉ tiêu phải nằm trong kỳ kế hoạch/);
  assert.equal(await b.page.locator('[data-input="plan"] option').count(), 2);
  assert.deepEqual(b.errors, []);
  await b.context.close();
});
