// The commune's figures are entered once: every scenario (the plan's own reference too)
// uses them; a scenario may keep its own figures for an indicator, marked wherever shown;
// the header counts the figures still illustrative.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, openApp, select, typeInto } from './harness.mjs';

const env = serverAndBrowser();

const baselineOf = (page, id) => page.getAttribute(`[data-indicator="${id}"] [data-field="baseline"]`, 'data-value');
const count = (page) => page.getAttribute('[data-summary-illustrative]', 'data-illustrative-count');

test('a figure entered once is every scenario\'s, the reference\'s too; a scenario may keep its own, marked', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  const before = Number(await count(page));
  assert.equal(before, 37, 'every baseline is illustrative at first');
  await select(page, '3b');
  await typeInto(page, 'baseline', '41,5');
  await page.waitForFunction(() => document.querySelector('[data-indicator="3b"] [data-field="baseline"]').dataset.value === '41.5');
  assert.equal(Number(await count(page)), 36, 'one figure fewer is illustrative');
  // One source line, the commune's, with the date it was entered.
  assert.match(await page.innerText('.indicator-view [data-source]'), /^Năm 2025: 41,5 tỷ đồng\. Số liệu của xã, nhập ngày \d\d\/\d\d\/20\d\d\.$/);
  // A second scenario, new: the commune's figure is there.
  await page.click('[data-action="new"]');
  await page.waitForFunction(() => document.querySelector('[data-input="scenario"]').selectedOptions[0].textContent.startsWith('Kịch bản mới'));
  assert.equal(await baselineOf(page, '3b'), '41.5');
  // The plan's own reference starts from it as well, without making a copy.
  const scenarios = await page.locator('[data-input="scenario"] option').count();
  await page.selectOption('[data-input="scenario"]', 'plan');
  await page.waitForFunction(() => document.querySelector('[data-indicator="3b"] [data-field="baseline"]').dataset.value === '41.5');
  await typeInto(page, 'baseline', '42');
  await page.waitForFunction(() => document.querySelector('[data-indicator="3b"] [data-field="baseline"]').dataset.value === '42');
  assert.equal(await page.locator('[data-input="scenario"] option').count(), scenarios, 'no copy of the reference for a figure');
  assert.equal(await page.inputValue('[data-input="scenario"]'), 'plan');

  // One scenario keeps its own figure for 3b: marked there, the others keep the commune's.
  await page.selectOption('[data-input="scenario"]', { index: 1 });
  await page.check('[data-input="own-figures"]');
  await typeInto(page, 'baseline', '45');
  await page.waitForFunction(() => document.querySelector('[data-indicator="3b"] [data-field="baseline"]').dataset.value === '45');
  assert.equal(await page.locator('[data-indicator="3b"] [data-own-figures]').count(), 1);
  assert.equal(await page.getAttribute('.indicator-view [data-source]', 'data-source'), 'scenario');
  // The report says the same, once: the assumption line no longer repeats the figure.
  await page.click('[data-action="report"]');
  const source = await page.innerText('[data-report-indicator="3b"] [data-report-source]');
  assert.match(source, /^Năm 2025: 45 tỷ đồng\. Số liệu riêng của kịch bản này\.$/);
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-report-view]', { state: 'detached' });
  await page.selectOption('[data-input="scenario"]', { index: 2 });
  await page.waitForFunction(() => document.querySelector('[data-indicator="3b"] [data-field="baseline"]').dataset.value === '42');
  assert.equal(await page.locator('[data-indicator="3b"] [data-own-figures]').count(), 0);

  // All of it survives a reload.
  await page.waitForSelector('[data-save="saved"]');
  await page.reload();
  await page.waitForSelector('[data-indicator]:not(.folded)');
  assert.equal(await baselineOf(page, '3b'), '42');
  await page.selectOption('[data-input="scenario"]', { index: 1 });
  await page.waitForFunction(() => document.querySelector('[data-indicator="3b"] [data-field="baseline"]').dataset.value === '45');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the commune\'s sheet: typed in place, pasted from a spreadsheet with a preview, one undo for the paste', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await page.click('[data-action="facts-sheet"]');
  await page.waitForSelector('[data-facts-sheet] [data-fact="2a"][data-year="2025"]');
  // Typed in place, then Tab to the next field: the figure is the commune's at once. The
  // commune's figure may equal the plan's illustrative one: it is still the commune's.
  assert.equal(await page.locator('[data-indicator="2a"] .illustrative').count(), 1);
  await page.fill('[data-fact="2a"][data-year="2025"]', '4300');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => !document.querySelector('[data-indicator="2a"] .illustrative'));
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.year), '2026', 'Tab moved on');
  await page.fill('[data-fact="2a"][data-year="2025"]', '4310');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.querySelector('[data-indicator="2a"] [data-field="baseline"]').dataset.value === '4310');
  assert.equal(await page.inputValue('[data-fact="2a"][data-year="2025"]'), '4.310');
  // A bad figure is refused with a message; nothing changes.
  await page.fill('[data-fact="2a"][data-year="2026"]', '-5');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.querySelector('[data-facts-message]').textContent.includes('2a 2026'));
  // Rows copied from Excel: a header of years, codes and names, Vietnamese style.
  const rows = 'Mã\tChỉ tiêu\t2025\t2026\n3a\tTổng lượt khách du lịch\t61.250\t67.400\n3b\tx\t41,5\t\nzz\tkhông có\t1\n';
  await page.fill('[data-input="facts-paste"]', rows);
  await page.click('[data-action="paste-preview"]');
  await page.waitForSelector('[data-paste-preview]');
  assert.equal(await page.locator('[data-paste-change]').count(), 3);
  assert.equal(await page.locator('[data-paste-problem]').count(), 1);
  assert.equal(await page.getAttribute('[data-indicator="3a"] [data-field="baseline"]', 'data-value'), '60000', 'nothing applied before Apply');
  await page.click('[data-action="paste-apply"]');
  await page.waitForFunction(() => document.querySelector('[data-indicator="3a"] [data-field="baseline"]').dataset.value === '61250');
  assert.equal(await page.getAttribute('[data-indicator="3b"] [data-field="baseline"]', 'data-value'), '41.5');
  assert.equal(await page.inputValue('[data-fact="3a"][data-year="2026"]'), '67.400');
  // One undo takes the whole paste back, and the sheet shows it.
  await page.click('[data-action="undo"]');
  await page.waitForFunction(() => document.querySelector('[data-indicator="3a"] [data-field="baseline"]').dataset.value === '60000');
  assert.equal(await page.getAttribute('[data-indicator="3b"] [data-field="baseline"]', 'data-value'), '35');
  assert.equal(await page.inputValue('[data-fact="3a"][data-year="2025"]'), '');
  assert.equal(await page.getAttribute('[data-indicator="2a"] [data-field="baseline"]', 'data-value'), '4310', 'the typed figure stays');
  assert.deepEqual(errors, []);
  await context.close();
});
