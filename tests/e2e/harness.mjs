// Shared set-up for the browser tests: a static server on 127.0.0.1 for the release
// build, and Debian's Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
export const dist = process.env.DIST_DIR || join(root, 'dist');
export const artifacts = join(here, 'artifacts');
mkdirSync(artifacts, { recursive: true });

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not answer within ${ms} ms`);
}

/** Serves dist/ on 127.0.0.1; returns { url, stop }. */
export async function serve(directory = dist) {
  const port = await freePort();
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', directory], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  await waitFor(url, 10_000);
  return { url, stop: () => child.kill() };
}

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, timeout: 30_000 });
}

/** A page that records console errors and uncaught exceptions. */
export async function openApp(browser, url, options = {}) {
  const context = options.context || (await browser.newContext({ deviceScaleFactor: options.dpr || 1, viewport: options.viewport || { width: 1366, height: 900 } }));
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.setDefaultTimeout(15_000);
  await page.goto(url);
  await page.waitForSelector('[data-indicator]');
  return { page, context, errors };
}

/** For a test file: a server and a browser for all its tests, closed at the end. */
export function serverAndBrowser() {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.stop();
  });
  return env;
}

/** Opens an indicator in the indicator view by its card. */
export async function select(page, id) {
  await page.click(`[data-open="${id}"]`);
  await page.waitForSelector(`.indicator-view[data-selected="${id}"]`);
}

/** Types into a field and commits it with Enter. */
export async function typeInto(page, name, text) {
  const input = page.locator(`[data-input="${name}"]`);
  await input.fill(text);
  await input.press('Enter');
}
