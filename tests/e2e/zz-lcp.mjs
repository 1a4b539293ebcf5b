import { launch, serve, dist } from './harness.mjs';
const server = await serve(dist);
const browser = await launch();
for (let run = 0; run < 6; run++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__lcp = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) { const el = e.element; window.__lcp.push(`${Math.round(e.startTime)}ms size=${e.size} ${el ? el.tagName + '.' + el.className + (el.closest('#skeleton') ? ' [skeleton]' : '') + ' "' + (el.textContent || '').slice(0, 50) + '"' : '(removed)'}`); } }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(server.url);
  await page.waitForSelector('[data-save="saved"]', { state: 'attached', timeout: 60_000 });
  await page.waitForTimeout(1500);
  console.log(run, JSON.stringify(await page.evaluate(() => window.__lcp)));
  await context.close();
}
await browser.close(); server.stop();
