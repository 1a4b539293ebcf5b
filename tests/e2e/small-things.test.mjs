// Small things a user sees (issue 25): no space between a number and "%" in what the
// dashboard, the indicator view, the slides and the report print; messages worded in the
// language shown, also after a switch; a phone's first screen shows the count and the
// first cards, its tools behind one button; names read from a Vietnamese text marked as
// untranslated in the English interface.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverAndBrowser, openApp, root } from './harness.mjs';

const env = serverAndBrowser();

/** Every place in the visible text of `selector` where a number and "%" are spaced. */
async function spacedPercents(page, selector) {
  return page.$$eval(selector, (els) => els.flatMap((e) => e.innerText.match(/.{0,20}\d[\s\u00a0\u202f]+[%‰].{0,8}/g) ?? []));
}

test('no space before the per-cent sign: dashboard, indicator view, slides, report', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url, { viewport: { width: 1366, height: 900 } });
  await page.click('[data-open="9"]');
  await page.waitForSelector('.indicator-view[data-selected="9"]');
  const cards = await spacedPercents(page, '[data-indicator]');
  const view = await spacedPercents(page, '.indicator-view');
  assert.deepEqual([...cards, ...view], [], 'dashboard and indicator view');
  // The unit reads as the council writes it: "12% hộ", "67,5%".
  assert.match(await page.innerText('[data-indicator="9"] [data-field="baseline"]'), /\d% hộ/);
  assert.match(await page.innerText('[data-indicator="6"] [data-field="projected"]'), /\d%$/);
  await page.click('[data-action="present"]');
  await page.waitForSelector('[data-present] .slide');
  const slides = [];
  for (let k = 0; k < 6; k++) {
    slides.push(...(await spacedPercents(page, '[data-present]')));
    await page.keyboard.press('PageDown');
  }
  assert.deepEqual(slides, [], 'slides');
  await page.keyboard.press('Escape');
  await page.click('[data-action="report"]');
  await page.waitForSelector('[data-report-view]');
  assert.deepEqual(await spacedPercents(page, '[data-report-view]'), [], 'report');
  await page.click('[data-action="close-report-view"]');
  // English writes "67.5%" as well.
  await page.click('[data-lang="en"]');
  assert.deepEqual(await spacedPercents(page, '[data-indicator], .indicator-view'), [], 'English');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a refused file reports in the language shown, and follows the switch', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await page.waitForSelector('[data-save="saved"]', { state: 'attached' });
  // A plan file that is not one.
  await page.click('[data-action="plans"]');
  await page.waitForSelector('[data-plan-bar]');
  await page.locator('[data-input="plan-file"]').setInputFiles({ name: 'hỏng.plan.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "nothing"') });
  await page.waitForSelector('[data-report="failed"]');
  const vi = await page.innerText('[data-report="failed"]');
  assert.match(vi, /Không nhập được/);
  assert.match(vi, /hỏng\.plan\.json/);
  await page.click('[data-lang="en"]');
  await page.waitForFunction(() => !/Không/.test(document.querySelector('[data-report="failed"]').innerText));
  const en = await page.innerText('[data-report="failed"]');
  assert.match(en, /hỏng\.plan\.json/);
  assert.doesNotMatch(en.replace('hỏng.plan.json', ''), /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i, `English words: ${en}`);
  await page.click('[data-action="close-report"]');
  // A scenario file refused in English reads in Vietnamese after switching back.
  await page.locator('[data-input="import"]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2') });
  await page.waitForSelector('[data-report="failed"]');
  assert.doesNotMatch(await page.innerText('[data-report="failed"]'), /Không/);
  await page.click('[data-lang="vi"]');
  await page.waitForFunction(() => /Không/.test(document.querySelector('[data-report="failed"]').innerText));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a phone: the count and the first cards on the first screen, the tools behind one button', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const { page, errors } = await openApp(env.browser, env.server.url, { context });
  await page.waitForSelector('[data-indicator]:not(.folded)');
  assert.ok(await page.isVisible('[data-summary]'), 'the count');
  const first = await page.locator('[data-indicator]').first().boundingBox();
  assert.ok(first.y + 120 < 844, `the first card starts on the first screen: ${first.y}`);
  // Folded away: not on the first screen (below the cards, or closed), every hook still there.
  const onFirstScreen = (sel) => page.$eval(sel, (e) => {
    const r = e.getBoundingClientRect();
    return r.height > 0 && r.bottom > 0 && r.top < window.innerHeight;
  });
  for (const hidden of ['[data-input="pace"]', '[data-action="present"]', '[data-lang="en"]', '[data-input="scenario"]', '[data-action="start-figures"]']) {
    assert.equal(await onFirstScreen(hidden), false, `${hidden} folded away`);
  }
  for (const below of ['[data-input="pace"]', '[data-action="present"]', '[data-input="scenario"]']) {
    const y = (await page.locator(below).boundingBox()).y;
    const lastCard = await page.locator('[data-indicator]').last().boundingBox();
    assert.ok(y > lastCard.y, `${below} below the cards, still reachable`);
  }
  // The first-use panel is one line that opens.
  const line = await page.locator('[data-action="welcome-more"]').boundingBox();
  assert.ok(line.height < 90, `one line: ${line.height}`);
  await page.tap('[data-action="welcome-more"]');
  assert.ok(await page.isVisible('[data-action="start-figures"]'));
  // One button opens the tools, every one of them.
  await page.tap('[data-action="menu"]');
  for (const shown of ['[data-input="pace"]', '[data-action="present"]', '[data-action="report"]', '[data-action="facts-sheet"]', '[data-action="plans"]', '[data-lang="en"]', '[data-input="scenario"]']) {
    assert.ok(await onFirstScreen(shown), `${shown} in the menu, on the first screen`);
  }
  await page.tap('[data-lang="en"]');
  assert.match(await page.innerText('[data-action="menu"]'), /Tools/);
  await page.tap('[data-action="menu"]');
  assert.equal(await onFirstScreen('[data-input="pace"]'), false);
  assert.deepEqual(errors, []);
  await context.close();
  // Wider screens are as they were: no menu button, the tools and the whole panel shown.
  for (const viewport of [{ width: 1366, height: 768 }, { width: 1024, height: 768 }]) {
    const { page: wide, context: c } = await openApp(env.browser, env.server.url, { viewport });
    assert.equal(await wide.isVisible('[data-action="menu"]'), false);
    assert.equal(await wide.isVisible('[data-action="welcome-more"]'), false);
    for (const shown of ['[data-input="pace"]', '[data-action="present"]', '[data-lang="en"]', '[data-input="scenario"]', '[data-action="start-figures"]']) {
      assert.ok(await wide.isVisible(shown), `${shown} at ${viewport.width}`);
    }
    await c.close();
  }
});

test('names read from a Vietnamese text are marked untranslated in English', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  const text = readFileSync(join(root, 'seeds', 'resolution-32-NQ-HDND-2025.txt'), 'utf8');
  await page.click('[data-action="plans"]');
  await page.click('[data-action="plan-from-text"]');
  await page.waitForSelector('[data-plan-from-text]');
  await page.fill('[data-input="plan-text"]', text);
  await page.click('[data-action="extract"]');
  await page.waitForSelector('[data-draft]');
  await page.fill('[data-input="draft-plan-name"]', 'Đọc từ văn bản');
  await page.click('[data-action="create-plan-from-text"]');
  await page.waitForSelector('[data-plan-from-text]', { state: 'detached' });
  await page.waitForSelector('[data-indicator="1"]');
  // In Vietnamese nothing is marked; in English every name is, and still shown.
  assert.equal(await page.locator('[data-untranslated]:visible').count(), 0);
  await page.click('[data-lang="en"]');
  const cards = await page.locator('[data-indicator]').count();
  assert.equal(await page.locator('[data-indicator] [data-untranslated]').count(), cards);
  assert.match(await page.innerText('[data-indicator="1"] .card-open'), /[ăâđêôơư]|[\u1EA0-\u1EF9]/i);
  assert.match(await page.innerText('[data-indicator="1"] [data-untranslated]'), /not translated/);
  assert.equal(await page.locator('[data-untranslated="plan"]').count(), 1);
  // The built-in plan has its English names: nothing marked.
  await page.selectOption('[data-input="plan"]', { index: 0 });
  await page.waitForFunction(() => document.querySelectorAll('[data-indicator]').length === 37);
  assert.equal(await page.locator('[data-untranslated]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
