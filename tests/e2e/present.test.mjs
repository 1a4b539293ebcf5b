// Ready for the council chamber: presentation mode (keys, clicker, live slider, scenario
// switcher, summary, idle cursor, full screen refused without breaking), the printed A4
// report, and charts downloaded as PNG.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import { join } from 'node:path';
import { serverAndBrowser, openApp, artifacts } from './harness.mjs';

const env = serverAndBrowser();

/** Share of dark pixels in an 8-bit PNG (grey or colour, as pdftoppm writes it). */
function inkShare(png) {
  let at = 8;
  let width = 0;
  let height = 0;
  let bpp = 1;
  const data = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IHDR') {
      width = png.readUInt32BE(at + 8);
      height = png.readUInt32BE(at + 12);
      assert.equal(png[at + 16], 8, '8 bits a channel');
      bpp = { 0: 1, 2: 3, 4: 2, 6: 4 }[png[at + 17]];
      assert.ok(bpp, `colour type ${png[at + 17]}`);
    }
    if (type === 'IDAT') data.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(data));
  // Each row: a filter byte, then the bytes. Unfilter (PNG filters 0-4) row by row.
  const row = width * bpp;
  const out = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (row + 1)];
    for (let x = 0; x < row; x++) {
      const v = raw[y * (row + 1) + 1 + x];
      const a = x >= bpp ? out[y * row + x - bpp] : 0;
      const b = y > 0 ? out[(y - 1) * row + x] : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * row + x - bpp] : 0;
      let p = 0;
      if (f === 1) p = a;
      else if (f === 2) p = b;
      else if (f === 3) p = (a + b) >> 1;
      else if (f === 4) {
        const e = a + b - c;
        const pa = Math.abs(e - a);
        const pb = Math.abs(e - b);
        const pc = Math.abs(e - c);
        p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * row + x] = (v + p) & 255;
    }
  }
  let dark = 0;
  for (let i = 0; i < out.length; i += bpp) if (out[i] < 128) dark++;
  return dark / (width * height);
}

const slide = (page) => page.getAttribute('[data-present] .slide', 'data-slide');

async function slideIs(page, id) {
  await page.waitForFunction((want) => document.querySelector('[data-present] .slide')?.dataset.slide === want, id);
}

test('presentation: keys and a clicker move between slides, the slider stays live', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url, { viewport: { width: 1280, height: 800 } });
  const onTrack = await page.getAttribute('[data-summary] strong', 'data-value');
  await page.click('h1');
  await page.keyboard.press('f');
  await page.waitForSelector('[data-present]');
  assert.equal(await slide(page), 'summary');
  assert.equal(await page.getAttribute('[data-present] [data-summary] strong', 'data-value'), onTrack);
  assert.equal(await page.isVisible('.workbench'), false, 'the workbench is out of the way');
  await page.keyboard.press('ArrowRight');
  await slideIs(page, '1');
  await page.keyboard.press('PageDown'); // a presenter clicker's "next"
  await slideIs(page, '2a');
  await page.keyboard.press('PageUp');
  await slideIs(page, '1');
  await page.keyboard.press('End');
  await slideIs(page, 'P9');
  await page.keyboard.press('Home');
  await slideIs(page, 'summary');
  assert.equal(await page.innerText('[data-count]'), '1 / 38');

  // The slider on a slide is live: the projected outcome follows it.
  await page.keyboard.press('ArrowDown');
  await slideIs(page, '1');
  const before = await page.getAttribute('[data-field="slide-projected"]', 'data-value');
  const slider = page.locator('[data-slider="slide-parameter"]');
  await slider.focus();
  await slider.press('ArrowRight'); // arrows on a slider move the slider, not the slide
  await page.waitForFunction((b) => document.querySelector('[data-field="slide-projected"]').dataset.value !== b, before);
  assert.equal(await slide(page), '1');
  await slider.press('PageDown'); // the clicker still moves on
  await slideIs(page, '2a');
  await page.mouse.move(10, 10);
  await page.screenshot({ path: join(artifacts, 'present-slide.png') });

  // The scenario switcher on the slide.
  await page.selectOption('[data-input="slide-scenario"]', 'plan');
  await page.waitForFunction(() => document.querySelector('[data-input="scenario"]').value === 'plan');

  // One group per slide.
  // One group per slide, after the slides of what needs attention; a long group goes
  // on over several slides (readable.test.mjs checks each fits 1024×768).
  await page.check('[data-input="by-group"]');
  // (The plan itself is shown here: nothing lags, so no attention slides come first.)
  for (let k = 0; k < 20 && (await slide(page)) !== 'economy'; k++) await page.keyboard.press('PageDown');
  await slideIs(page, 'economy');
  assert.equal(await page.locator('[data-present] [data-slide-indicator]').count(), 4);
  await page.keyboard.press('PageDown');
  await slideIs(page, 'economy-2');

  // The cursor hides when idle, and comes back on a move.
  await page.waitForSelector('[data-present].idle', { timeout: 6000 });
  await page.mouse.move(200, 200);
  await page.waitForSelector('[data-present]:not(.idle)');

  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-present]', { state: 'detached' });
  assert.equal(await page.isVisible('.workbench'), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('presentation: a refused full screen leaves a clean window view, no errors', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
  });
  const { page, errors } = await openApp(env.browser, env.server.url, { context });
  await page.click('[data-action="present"]');
  await page.waitForSelector('[data-present]');
  await page.waitForSelector('.present-note');
  await page.keyboard.press('ArrowRight');
  await slideIs(page, '1');
  await page.click('[data-action="leave-present"]');
  await page.waitForSelector('[data-present]', { state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the printed report holds every indicator on A4 pages', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  const { page, errors } = await openApp(env.browser, env.server.url, { context });
  await page.fill('[data-input="scenario-name"]', 'Phương án trình HĐND');
  await page.press('[data-input="scenario-name"]', 'Enter');
  await page.click('[data-action="report"]');
  await page.waitForSelector('[data-report-view]');
  assert.equal(await page.locator('[data-report-indicator]').count(), 37);
  assert.equal(await page.innerText('[data-report-scenario]'), 'Phương án trình HĐND');
  // The cover, as a reference document would open: the resolution named in full, the
  // date as documents write it, the statement on illustrative figures.
  assert.equal(await page.innerText('[data-report-resolution]'), 'Nghị quyết số 32/NQ-HĐND ngày 19/12/2025 của HĐND xã Bắc Yên');
  const cover = await page.innerText('[data-report-cover]');
  assert.match(cover, /^Tài liệu tham khảo/);
  assert.match(cover, /Bắc Yên, ngày \d{2} tháng (0[12]|[3-9]|1[0-2]) năm \d{4}/);
  assert.match(cover, /không phải số liệu chính thức/);
  // Every report chart is drawn (not blank).
  const blank = await page.$$eval('[data-report-indicator] canvas', (cs) => cs.filter((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 0; i < d.length; i += 4) if (d[i] < 200) return false;
    return true;
  }).length);
  assert.equal(blank, 0);
  await page.click('[data-action="print"]');
  assert.equal(await page.evaluate(() => window.__printed), 1);
  // In print, only the report shows, with every indicator.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.workbench'), false);
  assert.equal(await page.isVisible('.report-actions'), false);
  const visible = await page.$$eval('[data-report-indicator]', (els) => els.filter((e) => e.getBoundingClientRect().height > 50).length);
  assert.equal(visible, 37);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(join(artifacts, 'report.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;
  console.log(`REPORT ${pages} A4 pages, ${pdf.length} bytes (tests/e2e/artifacts/report.pdf)`);
  // The summary table, a cover, then 37 indicators at two or three a page.
  assert.ok(pages >= 2 + Math.ceil(37 / 3) && pages <= 2 + 37, `${pages} pages`);
  // The first page is the annex table: all 37 rows fit one A4 page (267 mm of text
  // height at 96 px an inch), and the rendered page is not blank.
  // Measured at the page's text width (182 mm), as the PDF lays it out.
  await page.setViewportSize({ width: Math.round(182 / 25.4 * 96), height: 1000 });
  const table = await page.$eval('[data-report-summary]', (e) => e.getBoundingClientRect().height);
  await page.setViewportSize({ width: 1366, height: 900 });
  assert.ok(table <= 267 / 25.4 * 96, `summary table ${table}px high`);
  assert.equal(await page.locator('[data-summary-row]').count(), 37);
  assert.equal(await page.$eval('[data-report-view] > section', (e) => e.dataset.reportSummary), '');
  const firstPage = join(artifacts, 'report-page1');
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '50', '-gray', '-png', join(artifacts, 'report.pdf'), firstPage]);
  const png = readdirSync(artifacts).find((f) => f.startsWith('report-page1') && f.endsWith('.png'));
  const ink = inkShare(readFileSync(join(artifacts, png)));
  console.log(`REPORT page 1: ${png}, ${(ink * 100).toFixed(1)}% ink`);
  assert.ok(ink > 0.005, `the first page has the table on it (${ink})`);
  // Actual values are set apart from projections in the report, in both tables.
  assert.ok(await page.locator('[data-report-summary] td[data-kind="actual"]').count() >= 37);
  assert.ok(await page.locator('.report-years td[data-kind="actual"]').count() >= 37);
  assert.equal(await page.locator('[data-annex-illustrative]').count(), 1);
  await page.emulateMedia({ media: 'screen' });
  // Printing straight from the browser (Ctrl+P) opens the report by itself and closes it after.
  await page.click('[data-action="close-report-view"]');
  await page.evaluate(() => { dispatchEvent(new Event('beforeprint')); });
  await page.waitForSelector('[data-report-view]');
  await page.evaluate(() => { dispatchEvent(new Event('afterprint')); });
  await page.waitForSelector('[data-report-view]', { state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a chart downloads as a valid PNG of its full pixel size', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url, { dpr: 2 });
  await page.click('[data-open="21"]');
  await page.waitForSelector('.indicator-view[data-selected="21"]');
  await page.waitForTimeout(100);
  const [w, h] = await page.$eval('canvas[data-chart="main"]', (c) => [c.width, c.height]);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.indicator-view [data-action="png"]')]);
  assert.match(download.suggestedFilename(), /^bac-yen-21-.*\.png$/);
  const png = readFileSync(await download.path());
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [w, h]);
  assert.ok(w >= 600, `drawn at the pixel ratio: ${w}`);
  // The same image the page shows: decode it in the browser and compare a few pixels.
  const same = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.querySelector('canvas[data-chart="main"]');
    const o = new OffscreenCanvas(c.width, c.height);
    o.getContext('2d').drawImage(img, 0, 0);
    const a = o.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const b = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let diff = 0;
    for (let i = 0; i < a.length; i += 97) diff += Math.abs(a[i] - b[i]);
    return diff;
  }, png.toString('base64'));
  assert.equal(same, 0);
  assert.deepEqual(errors, []);
  await context.close();
});
