// The app in pieces (issue 24): the first screen fetches only the first module (and the
// year table's piece once it has settled); every
// other screen's module is fetched the first time it is opened, and opens online, offline
// after one visit (screens never opened online included) and from the single file. A
// module that does not arrive shows a plain message with a retry button; nothing typed
// is lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, serve, openApp, dist } from './harness.mjs';

const env = {};
before(async () => { env.browser = await launch(); });
after(async () => { await env.browser?.close(); });

const isSplit = (url) => /\/split_[a-z_]+-[0-9a-f]{16}\.wasm$/.test(url);
const moduleOf = (url) => url.match(/\/split_([a-z_]+)-[0-9a-f]{16}\.wasm$/)?.[1];

/** Every lazily loaded screen: how to open it, what shows once open, how to leave it. */
const SCREENS = [
  { module: 'plan_bar', open: '[data-action="plans"]', shows: '[data-plan-bar]' },
  { module: 'plan_editor', open: '[data-action="edit-plan"]', shows: '[data-plan-editor]', close: '[data-action="close-plan-editor"]' },
  { module: 'plan_from_text_screen', open: '[data-action="plan-from-text"]', shows: '[data-plan-from-text]', close: '[data-action="close-plan-from-text"]' },
  { module: 'facts_sheet_screen', open: '[data-action="facts-sheet"]', shows: '[data-facts-sheet]', close: '[data-action="facts-sheet"]' },
  { module: 'compare_screen', before: ['[data-action="new"]', '.compare-pick summary'], open: '[data-compare="plan"]', shows: '[data-compare-table]', close: '[data-compare="plan"]' },
  { module: 'present_screen', open: '[data-action="present"]', shows: '[data-present]', focus: '[data-present]', key: 'Escape' },
  { module: 'report_screen', open: '[data-action="report"]', shows: '[data-report-view]', focus: '[data-report-view] [data-action="print"]', close: '[data-action="close-report-view"]' },
  { module: 'year_end_screen', open: '[data-action="year-end"]', shows: '[data-screen="year-end"]', close: '[data-action="close-year-end"]' },
  { module: 'documents_screen', before: ['[data-action="year-end"]'], open: '[data-action="export-docx"]', shows: '[data-documents-form]', close: '[data-action="close-year-end"]' },
  { module: 'exports', open: '[data-action="share"]', shows: '[data-share]' },
];

/** The one piece the first screen fetches itself, once it has settled: the year table. */
const SETTLED = 'year_table_piece';

/** Opens every screen in turn on a page showing the app; returns the modules fetched for each. */
async function openEvery(page, fetched) {
  const seen = {};
  for (const s of SCREENS) {
    for (const b of s.before ?? []) await page.click(b);
    const was = new Set(fetched);
    await page.click(s.open);
    await page.waitForSelector(s.shows, { timeout: 20_000 });
    seen[s.module] = [...fetched].filter((m) => !was.has(m));
    // The keyboard goes into a dialog once it is made, however late its module came.
    if (s.focus) await page.waitForFunction((sel) => document.activeElement?.matches(sel), s.focus, { timeout: 5_000 });
    if (s.key) await page.keyboard.press(s.key);
    if (s.close) await page.click(s.close);
  }
  // The CSV comes from the exports module too, as a real download.
  const download = page.waitForEvent('download');
  await page.click('[data-action="csv"]');
  assert.match((await download).suggestedFilename(), /\.csv$/);
  return seen;
}

function watchModules(page) {
  const fetched = [];
  page.on('request', (r) => { if (isSplit(r.url())) fetched.push(moduleOf(r.url())); });
  return fetched;
}

test('the first screen fetches no screen module; each screen fetches its own when opened', async () => {
  const server = await serve();
  const context = await env.browser.newContext({ viewport: { width: 1366, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const fetched = watchModules(page);
  await page.goto(server.url);
  await page.waitForSelector('[data-indicator]');
  await page.waitForSelector('[data-save="saved"]', { state: 'attached' });
  await page.waitForSelector('[data-table="years"]');
  assert.deepEqual(fetched, [SETTLED], 'the first screen fetches no screen module, and the year table once it has settled');
  const seen = await openEvery(page, fetched);
  for (const s of SCREENS) {
    assert.ok(seen[s.module].includes(s.module), `${s.module} is fetched when its screen first opens (fetched: ${seen[s.module]})`);
  }
  // Opened again: nothing fetched a second time.
  const count = fetched.length;
  await page.click('[data-action="report"]');
  await page.waitForSelector('[data-report-view]');
  assert.equal(fetched.length, count);
  assert.deepEqual(errors, []);
  await context.close();
  server.stop();
});

test('offline after one visit, every screen opens, also those never opened online', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bacyen-lazy-'));
  cpSync(dist, dir, { recursive: true });
  const server = await serve(dir);
  const context = await env.browser.newContext({ viewport: { width: 1366, height: 900 } });
  const { page } = await openApp(env.browser, server.url, { context });
  // The service worker is registered once the first screen is up, and has cached every module.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const c = await caches.open(keys[0]);
    return (await c.keys()).map((r) => r.url);
  });
  assert.ok(cached.filter(isSplit).length >= SCREENS.length, `every module is cached: ${cached.filter(isSplit).length}`);
  server.stop();
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-indicator]');
  await openEvery(page, watchModules(page));
  await context.close();
});

test('from the single file on disk, every screen opens', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bacyen-usb-lazy-'));
  cpSync(join(dist, 'bac-yen-ke-hoach.html'), join(dir, 'bac-yen-ke-hoach.html'));
  const context = await env.browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) requests.push(r.url()); });
  await page.goto(pathToFileURL(join(dir, 'bac-yen-ke-hoach.html')).href);
  await page.waitForSelector('[data-indicator]');
  await openEvery(page, []);
  assert.deepEqual(requests, [], 'nothing is fetched from anywhere');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a module that does not arrive shows a message and a retry; nothing typed is lost', async () => {
  const server = await serve();
  const context = await env.browser.newContext({ viewport: { width: 1366, height: 900 }, serviceWorkers: 'block' });
  const { page, errors } = await openApp(env.browser, server.url, { context });
  await page.waitForSelector('[data-save="saved"]', { state: 'attached' });
  // The year table's piece arrives by itself once the first screen has settled.
  await page.waitForSelector('[data-table="years"]');
  // Something typed first: a new scenario's note.
  await page.click('[data-action="new"]');
  await page.fill('[data-input="scenario-note"]', 'ghi chú đang gõ');
  await page.locator('[data-input="scenario-note"]').dispatchEvent('change');
  let down = true;
  await page.route(isSplit, (route) => (down ? route.abort('internetdisconnected') : route.continue()));
  await page.click('[data-action="report"]');
  await page.waitForSelector('[data-part="failed"]');
  assert.match(await page.locator('[data-part="failed"]').innerText(), /Không tải được/);
  assert.equal(await page.locator('[data-report-view]').count(), 0);
  // The connection is back: one tap on retry opens the screen.
  down = false;
  await page.click('[data-action="retry-part"]');
  await page.waitForSelector('[data-report-view]');
  assert.equal(await page.locator('[data-part]').count(), 0, 'the message is gone');
  await page.click('[data-action="close-report-view"]');
  assert.equal(await page.inputValue('[data-input="scenario-note"]'), 'ghi chú đang gõ');
  // An export whose module does not arrive says so in a notice, and the page goes on.
  down = true;
  await page.click('[data-action="share"]');
  await page.waitForSelector('[data-notice]');
  assert.match(await page.locator('[data-notice]').innerText(), /Không tải được/);
  assert.equal(await page.locator('[data-indicator]').count(), 37);
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|failed to load split module/.test(e)), []);
  await context.close();
  server.stop();
});
