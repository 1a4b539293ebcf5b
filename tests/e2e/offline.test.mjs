// Offline anywhere: after one visit the app opens and works with no network (service
// worker), a new build replaces the old cache, the manifest names real icons, and the
// single-file build works opened straight from disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, serve, openApp, dist } from './harness.mjs';
import { before, after } from 'node:test';

const env = {};
before(async () => { env.browser = await launch(); });
after(async () => { await env.browser?.close(); });

async function setParameter(page, value) {
  const input = page.locator('[data-input="parameter"]');
  await input.fill(value);
  await input.press('Enter');
  await page.waitForFunction((v) => document.querySelector('[data-input="parameter"]').dataset.value === v, value.replace(',', '.'));
}

const projection = (page) => page.$$eval('table.years [data-field="projection"]', (cells) => cells.map((c) => Number(c.dataset.value)));

/** A copy of dist/ in its own folder, served on its own port (so it can be stopped). */
async function ownCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'bacyen-dist-'));
  cpSync(dist, dir, { recursive: true });
  return { dir, server: await serve(dir) };
}

async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

test('after one visit the app opens and works with no network', async () => {
  const { server } = await ownCopy();
  const context = await env.browser.newContext();
  const { page, errors } = await openApp(env.browser, server.url, { context });
  await controlled(page);
  // No network at all: the browser is offline and the server is gone.
  server.stop();
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-indicator]');
  assert.equal(await page.locator('[data-indicator]').count(), 37);
  await setParameter(page, '10');
  const values = await projection(page);
  values.forEach((v, k) => assert.ok(Math.abs(v - values[0] * 1.1 ** k) < 1e-9 * Math.max(1, v), `year ${k}`));
  // A new tab opens too.
  const second = await context.newPage();
  await second.goto(server.url);
  await second.waitForSelector('[data-indicator]');
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)), []);
  await context.close();
});

test('a new build gets its own cache and the old one is deleted', async () => {
  const { dir, server } = await ownCopy();
  const context = await env.browser.newContext();
  const { page } = await openApp(env.browser, server.url, { context });
  await controlled(page);
  const first = await page.evaluate(() => caches.keys());
  assert.equal(first.length, 1);
  assert.match(first[0], /^bacyen-[0-9a-f]{16}$/);
  // The next build: same app, a different version in sw.js.
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  writeFileSync(join(dir, 'sw.js'), sw.replace(/const VERSION = '[0-9a-f]+'/, "const VERSION = 'feedfacefeedface'"));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    return keys.length === 1 && keys[0] === 'bacyen-feedfacefeedface';
  }, null, { polling: 200, timeout: 15_000 });
  server.stop();
  await context.close();
});

test('the manifest names icons that exist, at their sizes', async () => {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './');
  for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
    const png = readFileSync(join(dist, icon.src));
    assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.equal(`${w}x${h}`, icon.sizes);
  }
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  assert.match(html, /rel="?manifest"?/);
});

test('the single file works from disk with nothing beside it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bacyen-usb-'));
  cpSync(join(dist, 'bac-yen-ke-hoach.html'), join(dir, 'bac-yen-ke-hoach.html'));
  assert.deepEqual(readdirSync(dir), ['bac-yen-ke-hoach.html']);
  const size = readFileSync(join(dir, 'bac-yen-ke-hoach.html')).length;
  console.log(`OFFLINE single file: ${size} bytes (${(size / 1048576).toFixed(2)} MiB)`);
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  const url = pathToFileURL(join(dir, 'bac-yen-ke-hoach.html')).href;
  await page.goto(url);
  await page.waitForSelector('[data-indicator]');
  assert.equal(await page.locator('[data-indicator]').count(), 37);
  // It says where storage lives.
  await page.waitForSelector('[data-file-note]');
  // A projection runs.
  await setParameter(page, '12,5');
  const values = await projection(page);
  values.forEach((v, k) => assert.ok(Math.abs(v - values[0] * 1.125 ** k) < 1e-9 * Math.max(1, v), `year ${k}`));
  // And is kept for this file across a reload.
  await page.waitForSelector('[data-save="saved"]');
  await page.reload();
  await page.waitForSelector('[data-indicator]');
  assert.equal(await page.getAttribute('[data-input="parameter"]', 'data-value'), '12.5');
  // A share link made here points at this computer: the app says so where the link is.
  await page.click('[data-action="share"]');
  await page.waitForSelector('[data-share-file-note]');
  // The engine runs from the file: every card has a verdict.
  const statuses = await page.$$eval('[data-indicator]', (cards) => cards.map((c) => c.dataset.status));
  assert.equal(statuses.length, 37);
  assert.ok(statuses.every((s) => s && s !== 'unassessable'), statuses.join(','));
  assert.deepEqual(errors, []);
  await context.close();
});
