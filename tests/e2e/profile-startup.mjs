// Startup CPU profile under Lighthouse's mobile CPU throttle (4x): where the main thread's
// time goes before the first screen settles. A diagnostic run by hand:
//   DIST_DIR=... node profile-startup.mjs
import { launch, serve, dist } from './harness.mjs';

const server = await serve(dist);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
const page = await context.newPage();
page.on('console', (m) => console.log('console:', m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror:', String(e).slice(0, 300)));
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.THROTTLE ?? 4) });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await page.addInitScript(() => {
  window.__long = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
});
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.goto(server.url);
await page.waitForSelector('[data-save="saved"]', { state: 'attached', timeout: 60_000 });
await page.waitForTimeout(3000);
const { profile } = await cdp.send('Profiler.stop');
console.log('settled after', Date.now() - t0, 'ms');
console.log('long tasks [start, ms]:', JSON.stringify(await page.evaluate(() => window.__long)));
const self = new Map();
const dt = profile.timeDeltas;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const name = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`;
  self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
});
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40));
for (const [name, ms] of top) console.log(ms.toFixed(1).padStart(8), name.slice(0, 200));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
// Inclusive time: every function on a sample's stack, once per sample.
const incl = new Map();
profile.samples.forEach((id, i) => {
  const seen = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) {
    const f = byId.get(n).callFrame;
    const name = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}`;
    if (!seen.has(name)) { seen.add(name); incl.set(name, (incl.get(name) ?? 0) + (dt[i] ?? 0) / 1000); }
  }
});
// Busy stretches (samples between idle ones) and what each spent its time in.
{
  let t = 0, block = null;
  const blocks = [];
  profile.samples.forEach((id, i) => {
    t += (dt[i] ?? 0) / 1000;
    const idle = byId.get(id).callFrame.functionName === '(idle)';
    if (idle) { if (block) { blocks.push(block); block = null; } return; }
    if (!block) block = { start: t, end: t, fns: new Map() };
    block.end = t;
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const f = byId.get(n).callFrame.functionName;
      if ((process.env.ALLFRAMES || f.includes('bac_yen_plan')) && !seen.has(f)) { seen.add(f); block.fns.set(f, (block.fns.get(f) ?? 0) + (dt[i] ?? 0) / 1000); }
    }
  });
  for (const b of blocks.filter((b) => b.end - b.start > 30)) {
    console.log(`busy ${b.start.toFixed(0)}..${b.end.toFixed(0)} (${(b.end - b.start).toFixed(0)} ms)`);
    for (const [f, ms] of [...b.fns.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PER_BLOCK ?? 6))) console.log('   ', ms.toFixed(0).padStart(5), f.replace(/\[[0-9a-f]+\]/g, '').slice(0, 160));
  }
}
console.log('--- inclusive');
for (const [name, ms] of [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40))) console.log(ms.toFixed(1).padStart(8), name.replace(/\[[0-9a-f]+\]/g, '').slice(0, 220));
await browser.close();
server.stop();
