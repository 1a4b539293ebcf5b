// Captures what the release build really stores, for the host test that every released
// schema keeps loading: `make fixtures` (after `make dist`). It drives the app as a
// planner would and copies the stored record into tests/fixtures/storage/schema-N.json
// (N the schema written; older schemas' files stay as they were captured).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, openApp, root } from './harness.mjs';

const server = await serve();
const browser = await launch();
try {
  const { page, errors } = await openApp(browser, server.url);
  const type = async (name, text) => {
    await page.fill(`[data-input="${name}"]`, text);
    await page.press(`[data-input="${name}"]`, 'Enter');
  };
  await page.waitForSelector('[data-save="saved"]');
  // A second scenario with a name, a note, a pace, a rate, a baseline, an actual, a
  // spread, a reading and a deleted third scenario: every field the record can hold.
  await page.click('[data-action="new"]');
  await page.fill('[data-input="scenario-name"]', 'Thu ngân sách 12%');
  await page.press('[data-input="scenario-name"]', 'Tab');
  await page.fill('[data-input="scenario-note"]', 'Giả định lạc quan');
  await page.press('[data-input="scenario-note"]', 'Tab');
  await type('pace', '-10');
  await type('parameter', '12');
  await page.click('[data-open="6"]');
  await page.waitForSelector('.indicator-view[data-selected="6"]');
  await type('baseline', '57');
  await type('actual-2026', '59,5');
  await type('spread', '1,5');
  await page.click('[data-open="P1"]');
  await page.waitForSelector('.indicator-view[data-selected="P1"]');
  await page.selectOption('[data-input="reading"]', 'from_2025');
  // Schema 2: figures of this scenario's own for one indicator, beside the commune's.
  await page.click('[data-open="3b"]');
  await page.waitForSelector('.indicator-view[data-selected="3b"]');
  await page.check('[data-input="own-figures"]');
  await type('baseline', '45');
  await page.click('[data-action="duplicate"]');
  await page.click('[data-action="delete"]');
  // Schema 3: a plan of the planner's own (a copy of the built-in one, edited: one
  // indicator removed with a scenario's assumption kept aside, one target changed), a
  // figure of its own, and the built-in plan shown again.
  await page.click('[data-action="plans"]');
  await page.click('[data-action="edit-plan"]');
  await page.waitForSelector('[data-plan-editor]');
  await page.locator('[data-edit-indicator="1"] summary').click();
  await page.fill('[data-plan-field="value"][data-row="0"]', '10,5');
  await page.press('[data-plan-field="value"][data-row="0"]', 'Tab');
  await page.waitForFunction(() => document.querySelectorAll('[data-input="plan"] option').length === 2);
  await page.locator('[data-edit-indicator="1"] [data-action="remove-indicator"]').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-indicator]').length === 36);
  await page.click('[data-action="close-plan-editor"]');
  await page.click('[data-open="6"]');
  await page.waitForSelector('.indicator-view[data-selected="6"]');
  await type('baseline', '61');
  await page.selectOption('[data-input="plan"]', '');
  await page.waitForFunction(() => document.querySelectorAll('[data-indicator]').length === 37);
  await page.waitForSelector('[data-save="saved"]');
  const record = await page.evaluate(() => localStorage.getItem('bacyen.record'));
  if (errors.length) throw new Error(errors.join('\n'));
  const file = join(root, 'tests', 'fixtures', 'storage', `schema-${JSON.parse(record).schema}.json`);
  writeFileSync(file, `${JSON.stringify({ 'bacyen.record': record }, null, 1)}\n`);
  console.log(`wrote ${file} (${record.length} characters, app_version ${JSON.parse(record).app_version})`);
} finally {
  await browser.close();
  server.stop();
}
