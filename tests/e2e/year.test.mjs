// The council's year in the browser: a figure's kind (estimate, then confirmed), the
// year's target typed and proposed, the year-end annex with its evaluation and
// comparisons, the six-month bands, the CSV and the printed report, in both languages;
// undo, reload and the stored record keep it all. Injections wait for the saved state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serverAndBrowser, openApp, select, typeInto } from './harness.mjs';

const env = serverAndBrowser();

const saved = (page) => page.waitForSelector('[data-save="saved"]');
const row = (id) => `[data-annex-row="${id}"]`;
const attr = (page, sel, name) => page.getAttribute(sel, name);
const until = (page, sel, name, value) =>
  page.waitForFunction(([s, n, v]) => document.querySelector(s)?.getAttribute(n) === v, [sel, name, value]);

async function downloadOf(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(click)]);
  const bytes = readFileSync(await download.path());
  return { name: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

test('Vietnamese: estimate then confirmed figure, the year\'s target, the year-end annex, bands, CSV and report', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await saved(page);
  await select(page, '1');
  // A figure for the year not yet closed is an estimate unless said otherwise.
  await page.waitForSelector('[data-input="actual-kind-2026"]');
  assert.equal(await page.inputValue('[data-input="actual-kind-2026"]'), 'estimate');
  await typeInto(page, 'actual-2026', '52');
  await typeInto(page, 'annual-target-2026', '50');
  await until(page, '[data-input="annual-target-2026"]', 'data-value', '50');
  await until(page, '[data-figure-kind="2026"]', 'data-kind', 'estimate');
  assert.match(await page.innerText('[data-figure-kind="2026"]'), /Ước TH/);
  // The figure the projection starts from, saying which it is.
  assert.equal(await page.innerText('[data-latest-figure]'), 'Ước TH năm 2026: 52 tỷ đồng');
  // Next year's target is proposed from the path until one is typed.
  const proposed = Number(await attr(page, '[data-input="annual-target-2027"] ~ [data-proposed]', 'data-proposed'));
  assert.ok(proposed > 52, `proposed ${proposed}`);

  await page.click('[data-action="year-end"]');
  await page.waitForSelector('[data-input="report-year"]');
  await page.selectOption('[data-input="report-year"]', '2026');
  await until(page, row('1'), 'data-eval', 'exceeded');
  assert.equal(Number(await attr(page, row('1'), 'data-pct-plan')), 104);
  const baseline = Number(await attr(page, '[data-input="baseline"]', 'data-value'));
  assert.ok(Math.abs(Number(await attr(page, row('1'), 'data-pct-last-year')) - (52 / baseline) * 100) < 0.01);
  assert.equal(Number(await attr(page, row('1'), 'data-next-target')), proposed);
  assert.equal(await attr(page, row('10'), 'data-eval'), '', 'no target for that year');
  assert.match(await page.innerText('[data-year-summary]'), /1\/1 chỉ tiêu đạt và vượt kế hoạch/);
  assert.match(await page.innerText('[data-annex="year-end"] thead'), /TH năm 2025[\s\S]*KH năm 2026[\s\S]*Ước TH năm 2026[\s\S]*KH năm 2027[\s\S]*với KH\tvới cùng kỳ/);
  assert.match(await page.innerText('[data-annex="year-end"] tr.numbering'), /\(1\)[\s\S]*\(11\)/);

  // The confirmed figure arrives: it replaces the estimate, which stays visible.
  await page.selectOption('[data-input="actual-kind-2026"]', 'confirmed');
  await typeInto(page, 'actual-2026', '49');
  await until(page, row('1'), 'data-eval', 'missed');
  assert.equal(await attr(page, row('1'), 'data-figure-kind'), 'confirmed');
  assert.match(await page.innerText('[data-figure-kind="2026"]'), /TH[\s\S]*Ước TH 52/);
  // One undo brings the confirmed figure back to the estimate's value.
  await page.click('h1');
  await page.keyboard.press('Control+z');
  await until(page, row('1'), 'data-eval', 'exceeded');

  // A typed target for next year says whether 2030 stays reachable, and the annex shows it.
  await typeInto(page, 'annual-target-2027', '53');
  await until(page, row('1'), 'data-next-target', '53');
  assert.match(await page.innerText('[data-reach="2027"]'), /mục tiêu năm 2030/);
  // The year's target is undone and redone like any other change.
  await page.click('h1');
  await page.keyboard.press('Control+z');
  await until(page, row('1'), 'data-next-target', String(proposed));
  await page.keyboard.press('Control+y');
  await until(page, row('1'), 'data-next-target', '53');

  // Six months: 30 of a year's 50 is in the band from 50 to under 70 %.
  await typeInto(page, 'midyear-1', '30');
  await until(page, '[data-midyear-row="1"]', 'data-band', '50');
  assert.match(await page.innerText('[data-midyear-summary]'), /1\/1 chỉ tiêu từ 50 đến dưới 70%/);
  await typeInto(page, 'midyear-1', 'abc');
  assert.match(await page.innerText('[data-message="midyear"]'), /số/);
  assert.equal(await attr(page, '[data-midyear-row="1"]', 'data-band'), '50', 'a bad entry changes nothing');

  // CSV: headers, the numbering row, the evaluation in words.
  const csv = await downloadOf(page, '[data-action="year-end-csv"]');
  assert.match(csv.name, /^year-end-2026-vi\.csv$/);
  assert.ok(csv.text.startsWith('\ufeff'));
  assert.match(csv.text, /STT;Chỉ tiêu;ĐVT;TH năm 2025;KH năm 2026;Ước TH năm 2026;So sánh \(%\);;Đánh giá;KH năm 2027;Ghi chú/);
  assert.match(csv.text, /\(1\);\(2\);\(3\)/);
  // The figure in force is the confirmed one now (the estimate was confirmed as it stood).
  assert.match(csv.text, /;tỷ đồng;40;50;52;104;130;Vượt;53;"TH; Với KH năm 2027 này, mục tiêu năm 2030/);
  const mid = await downloadOf(page, '[data-action="mid-year-csv"]');
  assert.match(mid.text, /KH năm 2026;TH 6 tháng;So với KH năm \(%\);So với cùng kỳ \(%\);Ước cả năm/);

  // The documents they file: a small form, then a Word report and an Excel workbook.
  await page.click('[data-action="export-docx"]');
  await page.waitForSelector('[data-documents-form]');
  await page.fill('[data-input="doc-number"]', '5');
  await page.fill('[data-input="doc-signer"]', 'Nguyễn Văn A');
  await page.fill('[data-input="doc-date"]', '31/2/2026x');
  await page.click('[data-action="download-document"]');
  assert.match(await page.innerText('[data-message="documents"]'), /Ngày không hợp lệ/);
  await page.fill('[data-input="doc-date"]', '09/12/2026');
  const docx = await downloadOf(page, '[data-action="download-document"]');
  assert.equal(docx.name, 'bao-cao-danh-gia-2026-xa-bac-yen.docx');
  assert.ok(docx.bytes.subarray(0, 2).toString() === 'PK', 'a zip package');
  await page.click('[data-action="export-xlsx"]');
  const xlsx = await downloadOf(page, '[data-action="download-document"]');
  assert.equal(xlsx.name, 'phu-luc-2026-xa-bac-yen.xlsx');
  assert.ok(xlsx.bytes.length > 4000);
  await page.click('[data-action="close-documents"]');

  // The printed report carries both annexes after the five-year one.
  await page.click('[data-action="year-end-print"]');
  await page.waitForSelector('[data-report-year-annexes] [data-annex-row="1"][data-eval="exceeded"]');
  await page.waitForSelector('[data-report-year-annexes] [data-midyear-row="1"][data-band="50"]');
  // The documents from the report view too: its buttons stand for the year-end screen's
  // while it is open (one of each on the page), and the form opens in the view.
  assert.equal(await page.locator('[data-action="export-docx"]').count(), 1);
  assert.equal(await page.locator('[data-report-view] [data-action="export-xlsx"]').count(), 1);
  await page.click('[data-report-view] [data-action="export-docx"]');
  await page.waitForSelector('[data-report-view] [data-documents-form]');
  assert.equal(await page.locator('[data-documents-form]').count(), 1);
  const fromReport = await downloadOf(page, '[data-action="download-document"]');
  assert.equal(fromReport.name, 'bao-cao-danh-gia-2026-xa-bac-yen.docx');
  assert.ok(fromReport.bytes.length > docx.bytes.length / 2, 'a whole report');
  await page.click('[data-action="close-report-view"]');
  assert.equal(await page.locator('[data-action="export-docx"]').count(), 1, 'the year-end screen has its own again');

  // Stored per plan, and back after a reload.
  await saved(page);
  const record = JSON.parse(await page.evaluate(() => localStorage.getItem('bacyen.record')));
  const f = record.workspace.facts['1'];
  assert.equal(f.annual_targets['2026'], 50);
  assert.equal(f.estimates['2026'], 52);
  assert.equal(f.confirmed['2026'], 52, 'the estimate confirmed as it stood');
  assert.equal(f.half_year['2026'], 30);
  await page.reload();
  await page.waitForSelector('[data-indicator]');
  await select(page, '1');
  await until(page, '[data-input="annual-target-2027"]', 'data-value', '53');
  assert.equal(await page.inputValue('[data-input="actual-kind-2026"]'), 'confirmed');
  assert.deepEqual(errors, []);
  await context.close();
});

test('English: a rate compares in points, lower is better, a direction-only target, summary lines', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await saved(page);
  await page.click('button[data-lang="en"]');
  await select(page, '10');
  await typeInto(page, 'actual-2026', '97.5');
  await typeInto(page, 'annual-target-2026', '98');
  await select(page, 'P7');
  await typeInto(page, 'actual-2026', '10');
  await typeInto(page, 'annual-target-2026', '10.5');
  await select(page, '4');
  await typeInto(page, 'actual-2026', '30');
  await typeInto(page, 'annual-target-2026', 'increase');
  await until(page, '[data-input="annual-target-2026"]', 'data-value', 'up');
  // A verdict a known year decides says, beside its reason, which figure it rests on.
  await select(page, '10');
  await typeInto(page, 'actual-2030', '99');
  await page.waitForFunction(() => document.querySelector('[data-indicator="10"] [data-figure-line]')?.innerText === 'Estimate 2030: 99 % of population');
  assert.match(await page.innerText('[data-indicator="10"] [data-reason]'), /^In 2030: /);
  await page.selectOption('[data-input="actual-kind-2030"]', 'confirmed');
  await page.waitForFunction(() => /^Actual 2030: 99/.test(document.querySelector('[data-indicator="10"] [data-figure-line]')?.innerText));
  await select(page, '4');
  await select(page, '4');
  await typeInto(page, 'annual-target-2027', 'lots');
  assert.match(await page.innerText('[data-message="annual-target-2027"]'), /number/i);
  await page.click('[data-action="year-end"]');
  await page.selectOption('[data-input="report-year"]', '2026');
  await until(page, row('10'), 'data-eval', 'missed');
  assert.equal(await attr(page, row('10'), 'data-compare'), 'points');
  assert.equal(Number(await attr(page, row('10'), 'data-pct-plan')), -0.5);
  await until(page, row('P7'), 'data-eval', 'exceeded');
  const firms = Number(await attr(page, '[data-annex-row="4"]', 'data-eval') === 'direction');
  assert.equal(firms, 1, 'the firms moved the way the target asks');
  assert.equal(await attr(page, row('4'), 'data-pct-plan'), '');
  assert.match(await page.innerText('[data-year-summary]'), /2\/3 indicators met or exceeded the plan \(1 exceeded, 1 on course\); 1 missed\./);
  assert.match(await page.innerText('[data-annex="year-end"] thead'), /Actual 2025[\s\S]*Target 2026[\s\S]*Estimate 2026[\s\S]*Target 2027[\s\S]*with plan\twith last year/);
  assert.match(await page.innerText('[data-annex="mid-year"] thead'), /First 6 months[\s\S]*Full-year estimate/);
  assert.match(await page.innerText('[data-annex="year-end"] tr[data-annex-row="10"]'), /-0\.5 pp/);
  // 2030's annex has no next year.
  await page.selectOption('[data-input="report-year"]', '2030');
  await until(page, row('1'), 'data-next-target', '');
  assert.deepEqual(errors, []);
  await context.close();
});
