// Readable everywhere: the projector at 1024×768 (no slide scrolls, no text under 24 px,
// the illustrative mark, the summary a chair wants, a comparison slide), the phone at
// 390×844 (cards first, each opened by a tap and closed again), the office laptop at
// 1366×768, the keyboard, and the comparison read at a glance. Screenshots of each
// viewport go to tests/e2e/artifacts/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serverAndBrowser, openApp, artifacts, select, typeInto } from './harness.mjs';

const env = serverAndBrowser();

/** What is wrong with the slide on screen: scrolling, and text under 24 px. */
function slideProblems() {
  const present = document.querySelector('[data-present]');
  const slide = present.querySelector('.slide');
  const problems = [];
  for (const box of [present, slide]) {
    if (box.scrollHeight > box.clientHeight + 1) problems.push(`${box.className} scrolls: ${box.scrollHeight} > ${box.clientHeight}`);
    if (box.scrollWidth > box.clientWidth + 1) problems.push(`${box.className} scrolls sideways: ${box.scrollWidth} > ${box.clientWidth}`);
  }
  for (const el of present.querySelectorAll('*')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    const r = el.getBoundingClientRect();
    if (!own || r.width === 0 || r.height === 0) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < 24) problems.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" is ${size}px`);
    if (r.bottom > innerHeight + 1 || r.right > innerWidth + 1) problems.push(`"${el.textContent.trim().slice(0, 30)}" is off the screen`);
  }
  return problems;
}

async function everySlide(page, visit) {
  const count = async () => (await page.innerText('[data-count]')).split('/').map((s) => Number(s.trim()));
  await page.keyboard.press('Home');
  for (;;) {
    const [at, of] = await count();
    const id = await page.getAttribute('[data-present] .slide', 'data-slide');
    await visit(id, at);
    if (at >= of) return of;
    await page.keyboard.press('PageDown');
    await page.waitForFunction((n) => document.querySelector('[data-count]').innerText.startsWith(`${n} /`), at + 1);
  }
}

test('projector 1024×768: every slide fits, no text under 24 px, the illustrative mark, the summary a chair wants', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url, { viewport: { width: 1024, height: 768 } });
  const lagging = await page.$$eval('[data-indicator]', (cards) => cards
    .filter((c) => ['missed', 'deteriorating', 'limited', 'accelerate'].includes(c.dataset.status))
    .map((c) => c.dataset.indicator));
  assert.ok(lagging.length > 0, 'the illustrative plan has lagging indicators');
  // Indicator 2a gets the commune's own baseline: its slide loses the mark, no other does.
  await select(page, '2a');
  await typeInto(page, 'baseline', '4310');
  await page.waitForFunction(() => !document.querySelector('[data-indicator="2a"] .illustrative'));
  await page.click('[data-action="present"]');
  await page.waitForSelector('[data-present]');
  // Focus goes with the slides, and keys move them.
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.present !== undefined), true);

  // The summary: the count, the lagging indicators worst first with their gap, the mark.
  const listed = await page.$$eval('[data-attention-list] [data-slide-indicator]', (r) => r.map((e) => e.dataset.slideIndicator));
  assert.ok(listed.length > 0 && listed.length <= 3);
  for (const id of listed) assert.ok(lagging.includes(id), `${id} is lagging`);
  assert.match(await page.innerText('[data-attention-list]'), /Chênh lệch: [+-]/);
  assert.equal(await page.locator('[data-present] [data-slide-illustrative]').count(), 1);
  await page.screenshot({ path: join(artifacts, 'readable-1024-summary.png') });

  // One indicator a slide, then one group a slide: every slide fits and is large.
  for (const byGroup of [false, true]) {
    if (byGroup) await page.check('[data-input="by-group"]');
    const seen = [];
    await everySlide(page, async (id) => {
      seen.push(id);
      const problems = await page.evaluate(slideProblems);
      assert.deepEqual(problems, [], `slide ${id}`);
      // Every other slide here rests on illustrative baselines: each says so.
      const marks = await page.locator('[data-present] [data-slide-illustrative]').count();
      assert.equal(marks, id === '2a' ? 0 : 1, `mark on ${id}`);
      // The commune's figure says whose it is on its slide.
      if (id === '2a') assert.match(await page.innerText('[data-present] [data-slide-source]'), /Số liệu của xã, nhập ngày/);
      if (id === '1') {
        assert.match(await page.innerText('[data-present] [data-axis-unit]'), /tỷ đồng/);
        assert.ok(await page.locator('[data-present] .legend li').count() >= 5);
        await page.screenshot({ path: join(artifacts, 'readable-1024-indicator.png') });
      }
      if (id === 'society') await page.screenshot({ path: join(artifacts, 'readable-1024-group.png') });
    });
    if (byGroup) {
      assert.ok(seen.includes('attention-1') && seen.includes('economy-2') && seen.includes('society'), seen.join(' '));
      // Every lagging indicator is on an attention slide.
    } else {
      assert.equal(seen.length, 38);
    }
  }
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-present]', { state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.dataset.action === 'present');
  assert.deepEqual(errors, []);
  await context.close();
});

test('comparison at a glance: units, precision, better or worse in the target direction, a slide of its own', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url, { viewport: { width: 1024, height: 768 } });
  await select(page, '9'); // poverty: less is better
  await typeInto(page, 'parameter', '5');
  await page.click('[data-action="duplicate"]');
  await typeInto(page, 'parameter', '20');
  await page.click('.compare-pick summary');
  const first = await page.$eval('[data-input="scenario"] option:nth-child(2)', (o) => o.value);
  await page.check(`[data-compare="${first}"]`);
  const row = page.locator('[data-compare-table] tr[data-row="9"]');
  await row.waitFor();
  // The compared one declines poverty slower (5 % against 20 % a year): worse, in red, marked ▼.
  const diff = row.locator('[data-diff]');
  assert.equal(await diff.getAttribute('data-better'), 'worse');
  assert.match(await diff.innerText(), /^▼ \+\d+(,\d)?% hộ$/);
  assert.match(await row.locator('td[data-value]').first().innerText(), /% hộ$/);
  assert.match(await page.innerText('[data-compare-table] [data-against]'), /^so với /);
  // A column for it in the year table, and a marker in the legend.
  assert.equal(await page.locator('table.years [data-compared-column]').count(), 1);
  assert.equal(await page.locator('table.years [data-field="compared-0"]').count(), 6);
  assert.match(await page.innerText('.indicator-view .legend [data-legend]'), /□/);
  await page.screenshot({ path: join(artifacts, 'readable-1024-compare.png'), fullPage: false });

  // The comparison slide: side by side, fitting the projector.
  await page.click('[data-action="present"]');
  await page.keyboard.press('PageDown');
  await page.waitForFunction(() => document.querySelector('[data-present] .slide')?.dataset.slide === 'compare-1');
  assert.ok(await page.locator('[data-present] [data-slide-indicator="9"]').count() === 1);
  assert.deepEqual(await page.evaluate(slideProblems), []);
  await page.screenshot({ path: join(artifacts, 'readable-1024-compare-slide.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('phone 390×844: cards first, every card opens by a tap as its own screen and closes again', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const { page, errors } = await openApp(env.browser, env.server.url, { context });
  await page.waitForSelector('[data-indicator]:not(.folded)');
  // The indicator view does not cover the cards until one is opened.
  assert.equal(await page.isVisible('.indicator-view'), false);
  await page.screenshot({ path: join(artifacts, 'readable-390-cards.png') });
  const ids = await page.$$eval('[data-indicator]', (cards) => cards.map((c) => c.dataset.indicator));
  assert.equal(ids.length, 37);
  for (const id of ids) {
    await page.tap(`[data-open="${id}"]`);
    await page.waitForSelector(`.indicator-view.open[data-selected="${id}"]`);
    const chart = await page.locator('canvas[data-chart="main"]').boundingBox();
    assert.ok(chart.width > 300 && chart.x >= 0 && chart.x + chart.width <= 390, `chart fits the phone for ${id}: ${JSON.stringify(chart)}`);
    assert.ok(chart.y < 844, `chart on the first screen for ${id}`);
    if (id === '3a') await page.screenshot({ path: join(artifacts, 'readable-390-indicator.png') });
    await page.tap('[data-action="close-indicator"]');
    await page.waitForSelector('.indicator-view', { state: 'hidden' });
  }
  // Touch targets: every visible button, select and text field is at least 44 px high.
  const small = await page.$$eval('button, select, input[type="text"], .card-open', (els) => els
    .filter((e) => e.getBoundingClientRect().height > 0)
    .filter((e) => e.getBoundingClientRect().height < 44)
    .map((e) => `${e.tagName} ${e.dataset.action || e.dataset.input || e.dataset.open || e.textContent.trim().slice(0, 20)}: ${e.getBoundingClientRect().height}`));
  assert.deepEqual(small, []);

  // The comparison table scrolls sideways instead of wrapping a word a line.
  await page.tap('[data-action="duplicate"]');
  await page.tap('[data-action="scenario-tools"]');
  await page.click('.compare-pick summary');
  await page.check('[data-compare="plan"]');
  await page.waitForSelector('[data-compare-table] tbody tr');
  // A cell's own text on one line (the row may be taller for the indicator's name).
  const wrapped = await page.$$eval('[data-compare-table] td', (cells) => cells.filter((c) => {
    const r = document.createRange();
    r.selectNodeContents(c);
    return r.getBoundingClientRect().height > 40;
  }).map((c) => c.textContent));
  assert.deepEqual(wrapped, [], 'no cell of the comparison wraps');
  const scroller = await page.$eval('[data-compare-table] .table-scroll', (s) => [s.scrollWidth, s.clientWidth]);
  assert.ok(scroller[0] > scroller[1], 'the table scrolls sideways');

  // Presenting on a phone: the chart keeps a readable height.
  await page.tap('[data-action="present"]');
  await page.keyboard.press('End'); // the last indicator's slide
  await page.waitForSelector('[data-present] canvas[data-chart="slide"]');
  const slideChart = await page.locator('[data-present] canvas[data-chart="slide"]').boundingBox();
  assert.ok(slideChart.height >= 200, `slide chart ${slideChart.height}px high`);
  await page.screenshot({ path: join(artifacts, 'readable-390-slide.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('office laptop 1366×768: one first-use panel, the chart above the fold', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url, { viewport: { width: 1366, height: 768 } });
  await page.waitForSelector('[data-welcome]');
  assert.match(await page.innerText('[data-welcome]'), /minh họa/);
  assert.equal(await page.locator('[data-summary-illustrative]').count(), 1, 'the big count says it is illustrative');
  const chart = await page.locator('canvas[data-chart="main"]').boundingBox();
  assert.ok(chart.y + chart.height <= 768, `the chart ends at ${chart.y + chart.height}, above the fold`);
  await page.screenshot({ path: join(artifacts, 'readable-1366.png') });
  // "Enter the first figure" opens an illustrative indicator at its baseline field.
  await page.click('[data-action="start-figures"]');
  await page.waitForFunction(() => document.activeElement?.dataset.input === 'baseline');
  await page.click('[data-action="dismiss-welcome"]');
  await page.waitForSelector('[data-welcome]', { state: 'detached' });
  await page.waitForSelector('[data-save="saved"]');
  await page.reload();
  await page.waitForSelector('[data-indicator]:not(.folded)');
  assert.equal(await page.locator('[data-welcome]').count(), 0, 'dismissed stays dismissed');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard and language: Enter on a card goes to its first field, Esc closes the report, names and numbers follow the language', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await page.focus('[data-open="3a"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.indicator-view[data-selected="3a"]');
  await page.waitForFunction(() => document.activeElement?.dataset.input === 'method');

  await page.click('[data-action="report"]');
  await page.waitForSelector('[data-report-view]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-report-view]', { state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.dataset.action === 'report');

  // A committed number shows the language's grouping.
  await typeInto(page, 'baseline', '120000');
  await page.waitForFunction(() => document.querySelector('[data-input="baseline"]').value === '120.000');
  await typeInto(page, 'actual-2026', '150000');
  await page.waitForFunction(() => document.querySelector('[data-input="actual-2026"]').value === '150.000');

  // A scenario the app named follows the language; one the planner named does not.
  await page.click('[data-action="new"]');
  const optionText = () => page.$eval('[data-input="scenario"]', (s) => s.selectedOptions[0].textContent);
  assert.equal(await optionText(), 'Kịch bản mới');
  await page.click('[data-lang="en"]');
  await page.waitForFunction(() => document.querySelector('[data-input="scenario"]').selectedOptions[0].textContent === 'New scenario');
  await page.click('[data-lang="vi"]');
  await typeInto(page, 'scenario-name', 'Phương án cao');
  await page.click('[data-lang="en"]');
  await page.waitForFunction(() => document.querySelector('[data-input="scenario"]').selectedOptions[0].textContent === 'Phương án cao');
  assert.deepEqual(errors, []);
  await context.close();
});
