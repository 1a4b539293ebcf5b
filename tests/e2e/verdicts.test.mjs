// Verdicts a council can trust, in the browser: four indicators driven into achieved,
// missed, on track and acceleration needed, each with its reason sentence in both
// languages; the band holds the projection for every indicator of the default and the
// reference scenario; the plan-wide pace is shown where it changes a number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serverAndBrowser, openApp, artifacts, select, typeInto } from './harness.mjs';

const env = serverAndBrowser();

async function statusOf(page, id, want) {
  await page.waitForFunction(([i, w]) => document.querySelector(`[data-indicator="${i}"]`).dataset.status === w, [id, want]);
  return page.getAttribute(`[data-indicator="${id}"]`, 'data-status');
}

const reason = (page, id) => page.innerText(`[data-indicator="${id}"] [data-reason]`);

async function setLang(page, lang) {
  await page.click(`button[data-lang="${lang}"]`);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

test('four indicators reach achieved, missed, on track and acceleration, each with its reason', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  // 19 (clean water, at least 50 % in 2030): a 2025 figure of 55 % already meets it.
  await select(page, '19');
  await typeInto(page, 'baseline', '55');
  assert.equal(await statusOf(page, '19', 'achieved'), 'achieved');
  assert.equal(await reason(page, '19'), 'Năm 2025: 55% ≥ chỉ tiêu 50%: đã đạt.');
  // 11 (10 new-countryside villages by 2030): an actual of 8 for 2030 settles it as missed.
  await select(page, '11');
  await typeInto(page, 'actual-2030', '8');
  assert.equal(await statusOf(page, '11', 'missed'), 'missed');
  assert.match(await reason(page, '11'), /^Năm 2030: 8 bản < chỉ tiêu 10 bản: không đạt\.$/);
  // 2c (1.500 tonnes by 2030): the one-click required rate puts it on track.
  await select(page, '2c');
  assert.equal(await page.getAttribute('[data-indicator="2c"]', 'data-status'), 'accelerate');
  await page.click('[data-action="use-required"]');
  assert.equal(await statusOf(page, '2c', 'on-track'), 'on-track');
  assert.match(await reason(page, '2c'), /^Dự báo năm 2030: 1\.500 tấn ≥ chỉ tiêu 1\.500 tấn\.$/);
  assert.match(await page.innerText('[data-notice]'), /Đã ghi vào ô giả định: tăng 6,4%\/năm/);
  // 15 (37 % by 2030) at the default +2 points a year: 35 % < 37 %, R = 0,85.
  assert.equal(await statusOf(page, '15', 'accelerate'), 'accelerate');
  assert.match(await reason(page, '15'), /^Dự báo năm 2030: 35% < chỉ tiêu 37%; cần 2,4 điểm phần trăm\/năm từ 2026 đến 2030\.$/);
  // The same four in English.
  await setLang(page, 'en');
  assert.equal(await reason(page, '19'), 'In 2025: 55% ≥ target 50%: achieved.');
  assert.equal(await reason(page, '11'), 'In 2030: 8 villages < target 10 villages: missed.');
  assert.match(await reason(page, '2c'), /^Forecast for 2030: 1,500 tonnes ≥ target 1,500 tonnes\.$/);
  assert.match(await reason(page, '15'), /^Forecast for 2030: 35% < target 37%; needs 2\.4 pp\/yr from 2026 to 2030\.$/);
  // The indicator view says it too, beside the verdict.
  await select(page, '11');
  assert.equal(await page.innerText('.indicator-view [data-reason]'), 'In 2030: 8 villages < target 10 villages: missed.');
  await page.screenshot({ path: join(artifacts, 'verdicts-en.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

/** For every indicator: the 2025-2030 projection, P10 and P90 from the year table. */
async function bandsOf(page) {
  const ids = await page.$$eval('[data-indicator]', (cards) => cards.map((c) => c.dataset.indicator));
  const out = [];
  for (const id of ids) {
    await select(page, id);
    await page.waitForFunction(() => document.querySelector('tr[data-year="2030"] [data-field="p90"]').dataset.value !== '');
    const read = (field) => page.$$eval(`table.years [data-field="${field}"]`, (cells) => cells.map((c) => Number(c.dataset.value)));
    out.push({ id, projection: await read('projection'), p10: await read('p10'), p90: await read('p90') });
  }
  return out;
}

function assertInside(bands, scenario) {
  assert.equal(bands.length, 37);
  for (const { id, projection, p10, p90 } of bands) {
    projection.forEach((v, k) => {
      const tol = 1e-9 * Math.max(1, Math.abs(v));
      assert.ok(p10[k] - tol <= v && v <= p90[k] + tol, `${scenario} ${id} year ${2025 + k}: ${v} outside ${p10[k]}..${p90[k]}`);
    });
  }
}

test('the uncertainty band holds the projection for every indicator, default and reference', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  assertInside(await bandsOf(page), 'default');
  await page.selectOption('[data-input="scenario"]', 'plan');
  assertInside(await bandsOf(page), 'reference');
  // In the reference every target is met or settled, so the probability reads at least
  // about a half (the median draw is the projection itself), never 0 %.
  for (const id of ['3a', '3b', 'P9']) {
    await select(page, id);
    const p = Number(await page.getAttribute('[data-probability]', 'data-probability'));
    assert.ok(p >= 0.45, `${id}: probability ${p}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a plan-wide pace is shown beside what is typed, and the required value allows for it', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await typeInto(page, 'pace', '-30');
  await select(page, '1');
  await typeInto(page, 'parameter', '5');
  await page.waitForSelector('[data-in-force="parameter"]');
  assert.equal(await page.innerText('[data-in-force="parameter"]'), '5%/năm → 3,5%/năm với hệ số điều chỉnh chung -30%');
  // What "Dùng mức cần đạt" will write is the typed value that meets the target at -30 %.
  const typed = Number(await page.getAttribute('[data-required]', 'data-required'));
  const inForce = Number(await page.getAttribute('[data-required]', 'data-required-in-force'));
  assert.ok(Math.abs(typed * 0.7 - inForce) < 0.002, `${typed} * 0,7 vs ${inForce}`);
  await page.click('[data-action="use-required"]');
  await page.waitForFunction((v) => document.querySelector('[data-input="parameter"]').dataset.value === String(v), typed);
  assert.equal(await statusOf(page, '1', 'on-track'), 'on-track');
  assert.match(await page.innerText('[data-notice]'), /Đã ghi vào ô giả định: tăng 14,143%\/năm/);
  // The report cover and the CSV carry the pace.
  await page.click('[data-action="report"]');
  await page.waitForSelector('[data-report-pace]');
  assert.match(await page.innerText('[data-report-pace]'), /-30%/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an ambiguous target shows both readings with their verdicts, and the planner can switch', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  // 3a: 280.000 visits, the 2030 figure or a 2026-2030 total.
  await select(page, '3a');
  const both = () => page.$$eval('[data-reading]', (li) => li.map((l) => [l.dataset.reading, l.dataset.status]));
  const shown = Object.fromEntries(await both());
  assert.deepEqual(Object.keys(shown), ['plan', 'total']);
  assert.notEqual(shown.plan, shown.total);
  assert.equal(await page.getAttribute('[data-indicator="3a"]', 'data-status'), shown.plan);
  await page.selectOption('[data-input="reading"]', 'total');
  assert.equal(await statusOf(page, '3a', shown.total), shown.total);
  assert.match(await page.innerText('[data-indicator="3a"] [data-field="target"]'), /lũy kế 2026-2030/);
  // The choice is the scenario's: it survives a reload.
  await page.waitForSelector('[data-save="saved"]');
  await page.reload();
  await page.waitForSelector('[data-indicator]');
  assert.equal(await page.getAttribute('[data-indicator="3a"]', 'data-status'), shown.total);
  // P1: counting 2025 makes the 2025 field matter.
  await select(page, 'P1');
  await page.selectOption('[data-input="reading"]', 'from_2025');
  await page.waitForFunction(() => document.querySelector('[data-indicator="P1"] [data-field="projected"]').dataset.value === '2400');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an actual reads against the year before, in the council\'s words', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await select(page, '19');
  await typeInto(page, 'baseline', '38');
  await typeInto(page, 'actual-2026', '40,5');
  await page.waitForFunction(() => document.querySelector('[data-same-period="2026"]')?.textContent.includes('so với cùng kỳ'));
  assert.equal(await page.innerText('[data-same-period="2026"]'), '+2,5 điểm phần trăm so với cùng kỳ');
  // No actual, nothing to compare.
  assert.equal(await page.innerText('[data-same-period="2027"]'), '');
  // The outcome as officials write it: a share of the plan's figure (50% for 19).
  assert.match(await page.innerText('[data-share-of-plan]'), /^Ước đạt \d+(,\d)?% KH$/);
  assert.deepEqual(errors, []);
  await context.close();
});
