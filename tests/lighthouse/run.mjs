// `make lighthouse`: Lighthouse 12 with its mobile defaults (slow 4G, 4x CPU) against the
// release build in dist/, served gzipped, in Debian's Chromium. RUNS runs (default 3);
// prints each run and the median of each figure. A benchmark run by hand, not a CI test.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { resolve } from 'node:path';
import { serve } from './serve.mjs';

const dist = resolve(process.env.DIST_DIR ?? '../../dist');
const runs = Number(process.env.RUNS ?? 3);
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const server = await serve(dist);
const results = [];
try {
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: FLAGS });
    try {
      const { lhr } = await lighthouse(server.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const r = {
        performance: lhr.categories.performance.score,
        accessibility: lhr.categories.accessibility.score,
        bestPractices: lhr.categories['best-practices'].score,
        fcp: lhr.audits['first-contentful-paint'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        si: lhr.audits['speed-index'].numericValue,
        // Lighthouse's measure of this machine's speed at the time: simulated 4x CPU
        // multiplies what it observed, so a busy or slow moment raises TBT with it.
        bench: lhr.environment.benchmarkIndex,
      };
      results.push(r);
      if (process.env.VERBOSE) {
        const node = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
        console.log('  LCP element:', node?.selector, '·', node?.nodeLabel?.slice(0, 80));
        if (!node) console.log('  LCP element audit:', JSON.stringify(lhr.audits['largest-contentful-paint-element']).slice(300, 1200));
        for (const t of lhr.audits['long-tasks']?.details?.items ?? []) console.log('  long task', Math.round(t.startTime), Math.round(t.duration), t.url);
        for (const t of (lhr.audits['bootup-time']?.details?.items ?? []).slice(0, 5)) console.log('  bootup', t.url, Math.round(t.total), Math.round(t.scripting));
        for (const t of lhr.audits['mainthread-work-breakdown']?.details?.items ?? []) console.log('  main thread', t.groupLabel, Math.round(t.duration));
      }
      const fails = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && ['accessibility', 'best-practices'].some((c) => lhr.categories[c].auditRefs.some((ref) => ref.id === a.id && ref.weight > 0)))
        .map((a) => a.id);
      console.log(`run ${i + 1}: performance ${r.performance} · FCP ${r.fcp.toFixed(0)} ms · LCP ${r.lcp.toFixed(0)} ms · TBT ${r.tbt.toFixed(0)} ms · CLS ${r.cls.toFixed(3)} · SI ${r.si.toFixed(0)} ms · accessibility ${r.accessibility} · best practices ${r.bestPractices} · machine benchmark ${Math.round(r.bench)}${fails.length ? ' · failing: ' + fails.join(', ') : ''}`);
    } finally {
      await chrome.kill();
    }
  }
} finally {
  server.close();
}
const m = (k) => median(results.map((r) => r[k]));
console.log(
  `LIGHTHOUSE median of ${runs}: performance ${m('performance')} · LCP ${m('lcp').toFixed(0)} ms · TBT ${m('tbt').toFixed(0)} ms · FCP ${m('fcp').toFixed(0)} ms · CLS ${m('cls').toFixed(3)} · accessibility ${m('accessibility')} · best practices ${m('bestPractices')} · machine benchmark ${Math.round(m('bench'))}`,
);
