// Issue 24's benchmark: how fast the release build arrives on a phone over slow 4G.
// Lighthouse's mobile settings (150 ms round trip, 1,6 Mbit/s down, 750 kbit/s up, 4x CPU
// slowdown, 412×823), the build served gzipped (tests/lighthouse/serve.mjs). Three runs;
// each prints, and the median of each figure is printed last as ARRIVAL lines:
// - first visit (nothing cached): when the cards show their verdicts, and when a tap on
//   the first card, made as soon as it exists, has opened its view;
// - return visit (the service worker warm): the same two figures;
// - the bytes on the wire (gzip, headers included) before the numbers show.
// A benchmark, not a test: nothing here asserts a time. Every wait has a timeout.
import { launch, dist } from './harness.mjs';
import { serve } from '../lighthouse/serve.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6384e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// In the page from its first script: the moment the first card shows a verdict and the
// moment the indicator view opens, on the page's own clock (navigation start = 0).
const WATCH = () => {
  window.__arrival = {};
  const look = () => {
    const a = window.__arrival;
    if (a.numbers === undefined && document.querySelector('[data-indicator][data-status]:not([data-status=""])')) a.numbers = performance.now();
    if (a.opened === undefined && document.querySelector('.indicator-view')) a.opened = performance.now();
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true });
  addEventListener('pointerdown', () => { window.__arrival.tap ??= performance.now(); }, true);
};

async function visit(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  let counting = true;
  cdp.on('Network.loadingFinished', (e) => { if (counting) bytes += e.encodedDataLength; });
  await page.addInitScript(WATCH);
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
  await page.click('[data-open]', { timeout: 60_000 });
  await page.waitForFunction(() => window.__arrival.numbers !== undefined, null, { timeout: 60_000 });
  counting = false;
  await page.waitForSelector('.indicator-view', { timeout: 60_000 });
  const a = await page.evaluate(() => window.__arrival);
  return { page, numbers: a.numbers, opened: a.opened, bytes };
}

const server = await serve(dist);
const browser = await launch();
const runs = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const first = await visit(context, server.url);
    // The service worker takes over once the first screen is interactive.
    await first.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      }
    });
    await first.page.waitForSelector('[data-save="saved"]', { state: 'attached', timeout: 60_000 });
    await first.page.close();
    const again = await visit(context, server.url);
    await context.close();
    const r = { first: first.numbers, firstTap: first.opened, back: again.numbers, backTap: again.opened, bytes: first.bytes };
    runs.push(r);
    console.log(`run ${run + 1}: first visit numbers ${r.first.toFixed(0)} ms, tap works ${r.firstTap.toFixed(0)} ms; ` +
      `return visit numbers ${r.back.toFixed(0)} ms, tap works ${r.backTap.toFixed(0)} ms; ${r.bytes} bytes before the numbers`);
  }
} finally {
  await browser.close();
  server.close();
}
const m = (k) => median(runs.map((r) => r[k]));
const s = (ms) => `${(ms / 1000).toFixed(2).replace('.', ',')} s`;
console.log(`ARRIVAL median of ${RUNS} (150 ms RTT, 1,6 Mbit/s, 4x CPU, 412×823):`);
console.log(`ARRIVAL first visit: numbers ${s(m('first'))} (goal ≤ 2,5 s), a tap on a card opens it ${s(m('firstTap'))} (goal ≤ 3,5 s)`);
console.log(`ARRIVAL return visit: numbers ${s(m('back'))} (goal ≤ 0,8 s), a tap works ${s(m('backTap'))} (goal ≤ 1,5 s)`);
console.log(`ARRIVAL bytes on the wire before the numbers: ${m('bytes')} (goal ≤ 300.000)`);
