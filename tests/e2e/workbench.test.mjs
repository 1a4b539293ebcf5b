// The what-if workbench: assumptions change the projection by the method's formula, bad
// input is refused with a message and changes nothing, the chart follows the slider,
// filters, keyboard, and screenshots at pixel ratios 1 and 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serverAndBrowser, openApp, artifacts, select, typeInto } from './harness.mjs';

const env = serverAndBrowser();

const close = (a, b, tol = 1e-9) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

async function projection(page) {
  return page.$$eval('table.years [data-field="projection"]', (cells) => cells.map((c) => Number(c.dataset.value)));
}

test('an assumption typed in either style projects by the compound formula', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await select(page, '1');
  await page.selectOption('[data-input="method"]', 'compound');
  // The plan's baseline is illustrative, and says so; the planner's own is not.
  const label = page.locator('[data-field="baseline"] label');
  assert.match(await label.innerText(), /minh họa/);
  await typeInto(page, 'baseline', '50');
  await page.waitForFunction(() => !document.querySelector('[data-field="baseline"] label').textContent.includes('minh họa'));
  assert.equal(await page.locator('[data-indicator="1"] .illustrative').count(), 0);
  await typeInto(page, 'parameter', '9,90'); // differs from the shown '9,9', so it commits
  await page.waitForFunction(() => document.querySelector('[data-input="parameter"]').dataset.value === '9.9');
  let values = await projection(page);
  values.forEach((v, k) => assert.ok(close(v, 50 * 1.099 ** k), `year ${k}: ${v}`));
  // English style reads the same number.
  await page.click('button[data-lang="en"]');
  await typeInto(page, 'parameter', '12.5');
  await page.waitForFunction(() => document.querySelector('[data-input="parameter"]').dataset.value === '12.5');
  values = await projection(page);
  values.forEach((v, k) => assert.ok(close(v, 50 * 1.125 ** k), `year ${k}: ${v}`));
  // The card shows the same outcome: average growth 12,5 %/yr.
  const outcome = Number(await page.getAttribute('[data-indicator="1"] [data-field="projected"]', 'data-value'));
  assert.ok(close(outcome, 12.5, 1e-9), `${outcome}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('percentage points, linear counts and the one-click required rate', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await select(page, '6'); // trained labour, 55 % in 2025, ceiling 100
  await page.selectOption('[data-input="method"]', 'points');
  await typeInto(page, 'parameter', '12');
  await page.waitForFunction(() => document.querySelector('[data-input="parameter"]').dataset.value === '12');
  let values = await projection(page);
  values.forEach((v, k) => assert.ok(close(v, Math.min(100, 55 + 12 * k)), `year ${k}: ${v}`));
  await select(page, '4'); // enterprises, whole numbers
  await page.selectOption('[data-input="method"]', 'linear');
  await typeInto(page, 'parameter', '1,3');
  await page.waitForFunction(() => document.querySelector('[data-input="parameter"]').dataset.value === '1.3');
  values = await projection(page);
  values.forEach((v, k) => assert.equal(v, Math.round(22 + 1.3 * k), `year ${k}`));
  // Use the required rate: the target is then met.
  const required = Number(await page.getAttribute('[data-required]', 'data-required'));
  assert.ok(close(required, (35 - 22) / 5), `${required}`);
  await page.click('[data-action="use-required"]');
  await page.waitForFunction(() => document.querySelector('[data-input="parameter"]').dataset.value === '2.6');
  const last = (await projection(page)).at(-1);
  assert.equal(last, 35);
  assert.deepEqual(errors, []);
  await context.close();
});

test('bad input shows a message and changes nothing', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await select(page, '4');
  const before = await projection(page);
  const cases = [
    ['parameter', 'abc', /số|number/i],
    ['parameter', '1e999', /số mũ|exponent/i],
    ['parameter', '5e2', /số mũ|exponent/i],
    // Marks that allow two readings are refused, showing both.
    ['parameter', '0.125', /0,125 hoặc 125/],
    ['parameter', '.500', /0,5 hoặc 500/],
    ['parameter', '1,2.5', /số|number/i],
    ['baseline', '9 9', /số|number/i],
    ['parameter', '', /số|number/i],
    ['baseline', '-5', /nhỏ hơn|below/i],
    ['baseline', '2,5', /nguyên|whole/i],
  ];
  for (const [field, text, message] of cases) {
    await typeInto(page, field, text);
    const shown = await page.locator(`[data-message="${field}"]`).innerText();
    assert.match(shown, message, `${field} '${text}' -> '${shown}'`);
    assert.deepEqual(await projection(page), before, `${field} '${text}' changed the projection`);
  }
  // A rate: 250 % is no baseline, and 1.000.000 %/yr no growth rate.
  await select(page, '1');
  const budget = await projection(page);
  await typeInto(page, 'parameter', '1000000');
  assert.match(await page.locator('[data-message="parameter"]').innerText(), /lớn hơn|above/i);
  assert.deepEqual(await projection(page), budget);
  await select(page, '6');
  const rate = await projection(page);
  await typeInto(page, 'baseline', '250');
  assert.match(await page.locator('[data-message="baseline"]').innerText(), /lớn hơn|above/i);
  assert.deepEqual(await projection(page), rate);
  // An actual value that makes no sense is refused too.
  await typeInto(page, 'actual-2027', 'xyz');
  assert.match(await page.locator('[data-message="actual-2027"]').innerText(), /số|number/i);
  assert.deepEqual(await projection(page), rate);
  // Escape puts back the value in force.
  await page.locator('[data-input="parameter"]').fill('oops');
  await page.locator('[data-input="parameter"]').press('Escape');
  assert.notEqual(await page.locator('[data-input="parameter"]').inputValue(), 'oops');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an actual value moves the start of the projection', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await select(page, '1');
  await page.selectOption('[data-input="method"]', 'compound');
  await typeInto(page, 'parameter', '10');
  await typeInto(page, 'actual-2027', '60');
  await page.waitForFunction(() => Number(document.querySelectorAll('table.years [data-field="projection"]')[2].dataset.value) === 60);
  const values = await projection(page);
  assert.ok(close(values[1], 50)); // 40 .. 60 interpolated
  assert.ok(close(values[3], 66), `${values[3]}`);
  assert.ok(close(values[5], 60 * 1.1 ** 3), `${values[5]}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the chart redraws as the slider moves; filters and keyboard work', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await select(page, '3a');
  const before = await page.$eval('canvas.chart', (c) => c.toDataURL());
  const slider = page.locator('[data-slider="parameter"]');
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction((b) => document.querySelector('canvas.chart').toDataURL() !== b, before);
  const p = Number(await page.getAttribute('[data-input="parameter"]', 'data-value'));
  assert.ok(close(p, 12.5, 1e-9), `slider moved the parameter to ${p}`);
  // Filter by status: only matching cards stay visible.
  await page.selectOption('[data-filter="status"]', 'on-track');
  const shown = await page.$$eval('.card:not(.hidden)', (cs) => cs.map((c) => c.dataset.status));
  assert.ok(shown.length > 0 && shown.every((s) => s === 'on-track'), JSON.stringify(shown));
  await page.selectOption('[data-filter="status"]', '');
  await page.selectOption('[data-filter="group"]', 'environment');
  const groups = await page.$$eval('.group:not(.hidden)', (gs) => gs.map((g) => g.dataset.group));
  assert.deepEqual(groups, ['environment']);
  await page.selectOption('[data-filter="group"]', '');
  // Keyboard: focus a card's button and press Enter.
  await page.focus('[data-open="19"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.indicator-view[data-selected="19"]');
  // Plan-wide pace: everything 50 % slower lowers the budget's projected growth.
  await select(page, '1');
  const full = Number(await page.getAttribute('[data-indicator="1"] [data-field="projected"]', 'data-value'));
  await typeInto(page, 'pace', '-50');
  await page.waitForFunction((f) => Number(document.querySelector('[data-indicator="1"] [data-field="projected"]').dataset.value) !== f, full);
  const slow = Number(await page.getAttribute('[data-indicator="1"] [data-field="projected"]', 'data-value'));
  assert.ok(close(slow, full / 2, 1e-9), `${full} -> ${slow}`);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const dpr of [1, 2]) {
  test(`screenshots at device pixel ratio ${dpr}`, async () => {
    const { page, context, errors } = await openApp(env.browser, env.server.url, { dpr, viewport: { width: 1440, height: 900 } });
    await select(page, '10');
    const { width, clientWidth } = await page.$eval('canvas.chart', (c) => ({ width: c.width, clientWidth: c.clientWidth }));
    assert.equal(width, clientWidth * dpr);
    await page.screenshot({ path: join(artifacts, `indicator-view-dpr${dpr}.png`) });
    await page.screenshot({ path: join(artifacts, `dashboard-full-dpr${dpr}.png`), fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
}
