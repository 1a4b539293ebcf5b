// Scenarios that are never lost: persistence across reloads, undo and redo, corrupt and
// newer stored data, a full store, storage refused, two tabs, files in and out, share
// links in a fresh profile, CSV for Excel, comparison, and names that stay text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serverAndBrowser, openApp } from './harness.mjs';

const env = serverAndBrowser();

async function typeInto(page, name, text) {
  const input = page.locator(`[data-input="${name}"]`);
  await input.fill(text);
  await input.press('Enter');
}

async function setParameter(page, value) {
  await typeInto(page, 'parameter', value);
  const want = value.replace(',', '.');
  await page.waitForFunction((v) => document.querySelector('[data-input="parameter"]').dataset.value === v, want);
}

const parameter = (page) => page.getAttribute('[data-input="parameter"]', 'data-value');
const saved = (page) => page.waitForSelector('[data-save="saved"]');
const stored = (page) => page.evaluate(() => localStorage.getItem('bacyen.record'));
const scenarioNames = (page) => page.$$eval('[data-input="scenario"] option', (os) => os.map((o) => o.textContent));
const activeName = (page) => page.$eval('[data-input="scenario"]', (s) => s.options[s.selectedIndex].textContent);

async function rename(page, name) {
  await page.fill('[data-input="scenario-name"]', name);
  await page.press('[data-input="scenario-name"]', 'Enter');
  await page.waitForFunction((n) => {
    const s = document.querySelector('[data-input="scenario"]');
    return s.options[s.selectedIndex].textContent === n;
  }, name);
}

async function downloadOf(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(click)]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

test('work persists across a reload; undo and redo by keys and buttons; delete can be undone', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  assert.deepEqual(await scenarioNames(page), ['Kế hoạch theo Nghị quyết 32', 'Kịch bản 1']);
  await setParameter(page, '12,5');
  await page.click('[data-action="new"]');
  await rename(page, 'Thu ngân sách nhanh');
  await setParameter(page, '15');
  assert.match(await page.innerText('[data-times]'), /^Tạo \d\d\/\d\d\/20\d\d \d\d:\d\d · sửa \d\d\/\d\d\/20\d\d \d\d:\d\d$/);
  // How long after the last change the save lands (the delay is 300 ms), read back and all.
  const lag = await page.evaluate(() => new Promise((resolve) => {
    const t0 = performance.now();
    const look = () => (document.querySelector('[data-save="saved"]') ? resolve(performance.now() - t0) : requestAnimationFrame(look));
    look();
  }));
  console.log(`SAVE stored ${lag.toFixed(0)} ms after the last change (delay 300 ms, then write and read-back)`);
  await saved(page);
  const record = JSON.parse(await stored(page));
  assert.equal(record.schema, 3);
  assert.equal(record.workspace.scenarios.length, 2);

  await page.reload();
  await page.waitForSelector('[data-indicator]');
  assert.equal(await activeName(page), 'Thu ngân sách nhanh');
  assert.equal(await parameter(page), '15');
  await page.selectOption('[data-input="scenario"]', { label: 'Kịch bản 1' });
  assert.equal(await parameter(page), '12.5');

  // Undo: Ctrl+Z on the page (not in a text field), redo with Ctrl+Shift+Z and Ctrl+Y.
  await setParameter(page, '3');
  await page.click('h1');
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('[data-input="parameter"]').dataset.value === '12.5');
  await page.keyboard.press('Control+Shift+z');
  await page.waitForFunction(() => document.querySelector('[data-input="parameter"]').dataset.value === '3');
  await page.click('[data-action="undo"]');
  await page.waitForFunction(() => document.querySelector('[data-input="parameter"]').dataset.value === '12.5');
  await page.keyboard.press('Control+y');
  await page.waitForFunction(() => document.querySelector('[data-input="parameter"]').dataset.value === '3');

  // Delete, then take it back from the notice; it survives a reload.
  await page.click('[data-action="delete"]');
  await page.waitForSelector('[data-notice]');
  assert.deepEqual(await scenarioNames(page), ['Kế hoạch theo Nghị quyết 32', 'Thu ngân sách nhanh']);
  await page.click('[data-action="notice-undo"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-input="scenario"] option').length === 3);
  await saved(page);
  await page.reload();
  await page.waitForSelector('[data-indicator]');
  assert.deepEqual(await scenarioNames(page), ['Kế hoạch theo Nghị quyết 32', 'Kịch bản 1', 'Thu ngân sách nhanh']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the reference plan cannot be deleted or edited: an edit makes a copy', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await page.selectOption('[data-input="scenario"]', 'plan');
  assert.equal(await page.isDisabled('[data-action="delete"]'), true);
  // Exported, it carries its name in words, and comes back as an ordinary copy.
  const { bytes } = await downloadOf(page, '[data-action="export-one"]');
  const file = JSON.parse(bytes.toString('utf8'));
  assert.equal(file.scenarios[0].name, 'Kế hoạch theo Nghị quyết 32');
  // On the plan's own path the budget meets its target: the required rate is in force.
  const required = Number(await page.getAttribute('[data-required]', 'data-required'));
  assert.ok(Math.abs(Number(await parameter(page)) - required) < 1e-9);
  await setParameter(page, '4');
  assert.equal(await activeName(page), 'Thử từ kế hoạch gốc');
  await page.waitForSelector('[data-notice]');
  await page.selectOption('[data-input="scenario"]', 'plan');
  assert.ok(Math.abs(Number(await parameter(page)) - required) < 1e-9, 'the plan itself is unchanged');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a name with markup shows as those characters and runs nothing', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  const evil = '<img src=x onerror=alert(1)>';
  await rename(page, evil);
  await page.click('.compare-pick summary');
  assert.equal(await activeName(page), evil);
  assert.equal(await page.locator('.scenarios img').count(), 0);
  assert.equal(await page.locator(`.compare-option:has-text("${evil}")`).count(), 1);
  await page.waitForTimeout(300);
  assert.equal(dialogs, 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('corrupt stored data: a banner, nothing lost, the original downloads', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  const corrupt = '{"schema":1,"workspace":{"scenarios":[{"id":"x","name":"Công việc cũ"';
  // The first page's own first save must have landed, or it would find the injected
  // text and set it aside itself.
  await saved(page);
  await page.evaluate((c) => localStorage.setItem('bacyen.record', c), corrupt);
  await page.reload();
  await page.waitForSelector('[data-banner="stored"]');
  assert.match(await page.innerText('[data-banner="stored"]'), /không đọc được/);
  assert.equal(await page.evaluate(() => localStorage.getItem('bacyen.quarantine')), corrupt);
  const { bytes } = await downloadOf(page, '[data-action="download-raw"]');
  assert.equal(bytes.toString('utf8'), corrupt);
  // The app goes on and saves again; the set-aside copy stays.
  await setParameter(page, '11');
  await saved(page);
  assert.equal(JSON.parse(await stored(page)).schema, 3);
  assert.equal(await page.evaluate(() => localStorage.getItem('bacyen.quarantine')), corrupt);
  // One banner, not one from the start and another from the first save.
  assert.equal(await page.locator('[data-banner="stored"]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('data from a newer version is not overwritten', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  const newer = JSON.stringify({ schema: 99, workspace: { future: true } });
  await saved(page);
  await page.evaluate((c) => localStorage.setItem('bacyen.record', c), newer);
  await page.reload();
  await page.waitForSelector('[data-save="not-saved"][data-why="newer"]');
  await setParameter(page, '13');
  // Leaving the page is when a save would happen at once: none does.
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.equal(await stored(page), newer);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [label, thrower] of [
  ['Chrome QuotaExceededError', "throw new DOMException('full', 'QuotaExceededError')"],
  ['Firefox NS_ERROR_DOM_QUOTA_REACHED', "throw Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 })"],
]) {
  test(`a full store (${label}) leaves the app working with a warning and an export`, async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(`{
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) { if (k === 'bacyen.record') { ${thrower}; } return set.call(this, k, v); };
    }`);
    const { page, errors } = await openApp(env.browser, env.server.url, { context });
    await setParameter(page, '14');
    await page.waitForSelector('[data-save="not-saved"][data-why="full"]');
    assert.match(await page.innerText('[data-save="not-saved"]'), /đầy/);
    // Still working from memory.
    await setParameter(page, '7');
    const { name, bytes } = await downloadOf(page, '[data-action="export-all-now"]');
    assert.match(name, /\.json$/);
    const file = JSON.parse(bytes.toString('utf8'));
    assert.equal(file.type, 'bac-yen-plan/scenarios');
    assert.equal(file.scenarios[0].assumptions['1'].method.compound.rate_pct, 7);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a change is saved at once when the page goes away, and persistence is asked for', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.__persistAsked = 0;
    const persist = navigator.storage.persist.bind(navigator.storage);
    navigator.storage.persist = () => { window.__persistAsked += 1; return persist(); };
  });
  const { page, errors } = await openApp(env.browser, env.server.url, { context });
  await saved(page);
  assert.ok(await page.evaluate(() => window.__persistAsked) >= 1, 'navigator.storage.persist() called');
  await setParameter(page, '17');
  // No wait for the delayed save: leaving the page must write it.
  await page.reload();
  await page.waitForSelector('[data-indicator]');
  assert.equal(await parameter(page), '17');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a save that reads back differently is reported', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    const get = Storage.prototype.getItem;
    Storage.prototype.getItem = function (k) {
      const v = get.call(this, k);
      return k === 'bacyen.record' && window.__corruptReads && v ? v.slice(0, -1) : v;
    };
  });
  const { page, errors } = await openApp(env.browser, env.server.url, { context });
  await saved(page);
  await page.evaluate(() => { window.__corruptReads = true; });
  await setParameter(page, '18');
  await page.waitForSelector('[data-save="not-saved"][data-why="mismatch"]');
  assert.match(await page.innerText('[data-save="not-saved"]'), /đọc lại không khớp/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('storage refused (private mode): the app works from memory and says so', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const { page, errors } = await openApp(env.browser, env.server.url, { context });
  await page.waitForSelector('[data-save="not-saved"][data-why="refused"]');
  await setParameter(page, '8');
  await page.click('[data-action="new"]');
  assert.equal(await activeName(page), 'Kịch bản mới');
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs: each sees the other\'s changes and neither overwrites the other', async () => {
  const context = await env.browser.newContext();
  const a = await openApp(env.browser, env.server.url, { context });
  await saved(a.page);
  const b = await openApp(env.browser, env.server.url, { context });
  await saved(b.page);
  // A adds a scenario; B hears of it.
  await a.page.click('[data-action="new"]');
  await rename(a.page, 'Từ thẻ A');
  await saved(a.page);
  await b.page.waitForFunction(() => [...document.querySelectorAll('[data-input="scenario"] option')].some((o) => o.textContent === 'Từ thẻ A'));
  await b.page.waitForSelector('[data-notice]');
  // B changes its own scenario at the same time as A changes another.
  await setParameter(b.page, '6');
  await setParameter(a.page, '16');
  // Both tabs converge on a record holding both changes (each merges the other's save
  // before its own); wait for that state, not for a fixed time.
  await a.page.waitForFunction(() => {
    const r = JSON.parse(localStorage.getItem('bacyen.record') || '{}');
    const by = Object.fromEntries((r.workspace?.scenarios || []).map((s) => [s.name, s]));
    const rate = (n) => by[n]?.assumptions?.['1']?.method?.compound?.rate_pct;
    return rate('Kịch bản 1') === 6 && rate('Từ thẻ A') === 16;
  });
  const record = JSON.parse(await stored(a.page));
  const byName = Object.fromEntries(record.workspace.scenarios.map((s) => [s.name, s]));
  assert.equal(byName['Kịch bản 1'].assumptions['1'].method.compound.rate_pct, 6);
  assert.equal(byName['Từ thẻ A'].assumptions['1'].method.compound.rate_pct, 16);
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

test('export and import: a copy is added, bad files are explained, nothing is replaced', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await setParameter(page, '10,5');
  await rename(page, 'Kịch bản xuất');
  const { name, bytes } = await downloadOf(page, '[data-action="export-one"]');
  assert.equal(name, 'Kịch-bản-xuất.json');
  const input = page.locator('[data-input="import"]');
  await input.setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: bytes });
  await page.waitForSelector('[data-report="ok"]');
  assert.deepEqual(await scenarioNames(page), ['Kế hoạch theo Nghị quyết 32', 'Kịch bản xuất', 'Kịch bản xuất (2)']);
  assert.equal(await activeName(page), 'Kịch bản xuất (2)');
  assert.equal(await parameter(page), '10.5');
  await page.click('[data-action="close-report"]');

  const cases = [
    ['not JSON', Buffer.from('Tôi không phải JSON'), /dòng 1/],
    ['cut off', bytes.subarray(0, 60), /bị cắt|cấu trúc/],
    ['another app', Buffer.from('{"type":"excalidraw","version":2,"elements":[]}'), /excalidraw/],
    ['newer', Buffer.from('{"type":"bac-yen-plan/scenarios","version":5,"scenarios":[]}'), /phiên bản mới hơn/],
    ['too large', Buffer.alloc(2_000_001, 32), /Quá lớn/],
  ];
  for (const [label, buffer, message] of cases) {
    await input.setInputFiles({ name: `${label}.json`, mimeType: 'application/json', buffer });
    await page.waitForSelector('[data-report="failed"]');
    assert.match(await page.innerText('[data-report="failed"]'), message, label);
    await page.click('[data-action="close-report"]');
  }
  // One bad value: the scenario is added, the value named and left at the default.
  const file = JSON.parse(bytes.toString('utf8'));
  file.scenarios[0].assumptions['1'].baseline = -3;
  file.scenarios[0].assumptions['zz'] = file.scenarios[0].assumptions['1'];
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.waitForSelector('[data-report="ok"]');
  const report = await page.innerText('[data-report="ok"]');
  assert.match(report, /“zz” không có trong kế hoạch/);
  assert.match(report, /chỉ tiêu 1 .*nhỏ hơn 0/);
  assert.equal((await scenarioNames(page)).length, 4, 'three of ours plus the copy; nothing replaced');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a share link opens in a fresh profile and adds the scenario as a copy', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await rename(page, 'Chia sẻ cho xã');
  await setParameter(page, '9,9');
  await page.click('[data-open="6"]');
  await setParameter(page, '4,5');
  await page.click('[data-action="share"]');
  const url = await page.inputValue('[data-field="share-link"]');
  const fragment = url.split('#')[1];
  console.log(`LINK share link: ${url.length} characters in all, fragment ${fragment.length} (scenario with 2 changed indicators)`);
  assert.match(fragment, /^s1\.[A-Za-z0-9_-]+$/);
  await context.close();

  const fresh = await env.browser.newContext(); // a new profile: nothing stored
  const other = await fresh.newPage();
  await other.goto(url);
  await other.waitForSelector('[data-dialog="link"]');
  assert.match(await other.innerText('[data-dialog="link"]'), /Chia sẻ cho xã/);
  await other.click('[data-action="accept-link"]');
  assert.equal(await activeName(other), 'Chia sẻ cho xã');
  assert.equal(await parameter(other), '9.9');
  await other.click('[data-open="6"]');
  assert.equal(await parameter(other), '4.5');
  assert.ok(!(await other.evaluate(() => location.hash)), 'the fragment is cleared, a reload does not offer it again');
  // A damaged link is explained, and nothing is added.
  await other.goto(`${url.slice(0, url.length - 40)}`);
  await other.reload();
  await other.waitForSelector('[data-report="failed"]');
  assert.match(await other.innerText('[data-report="failed"]'), /bị hỏng/);
  assert.deepEqual(errors, []);
  await fresh.close();
});

test('the projection table downloads as CSV that Excel reads with Vietnamese intact', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await rename(page, 'Bảng; "thử"');
  const { name, bytes } = await downloadOf(page, '[data-action="csv"]');
  // The language in the name: the Vietnamese and English tables sit in one folder.
  assert.match(name, /-vi\.csv$/);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  assert.equal(lines[0], 'Kịch bản;Mã;Chỉ tiêu;Đơn vị tính;Năm;Giá trị;Loại;Lộ trình cần đạt;Khoảng dao động: thấp;Khoảng dao động: cao;Chỉ tiêu NQ;Đơn vị tính của chỉ tiêu;Đánh giá;Giả định;Hệ số điều chỉnh chung (%);Nguồn số liệu');
  assert.equal(lines.length, 1 + 37 * 6);
  assert.ok(lines[1].startsWith('"Bảng; ""thử""";1;Tốc độ tăng'), lines[1]);
  assert.match(lines.find((l) => l.includes(';21;')), /Tỷ lệ che phủ rừng/);
  // The illustrative baseline is said to be one; projections carry the band around them.
  const cells = lines[1].split(';');
  assert.equal(cells.at(-10), 'minh họa');
  // The 2025 figure's source line closes every row.
  assert.match(cells.at(-1), /^Năm 2025: 40 tỷ đồng\. Giá trị minh họa/);
  const later = lines[3].split(';');
  assert.equal(later.at(-10), 'dự báo');
  const [value, p10, p90] = [later.at(-11), later.at(-8), later.at(-7)].map((v) => Number(v.replace(',', '.')));
  assert.ok(p10 <= value && value <= p90, `${p10} <= ${value} <= ${p90}`);
  assert.match(later.at(-3), /Tăng trưởng bình quân/);
  await page.click('[data-lang="en"]');
  const english = await downloadOf(page, '[data-action="csv"]');
  assert.match(english.name, /-en\.csv$/);
  assert.match(english.bytes.toString('utf8').split('\r\n')[1], /,illustrative,/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two to four scenarios compared: overlaid in the charts and side by side', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  await setParameter(page, '5');
  await page.click('[data-action="duplicate"]');
  await setParameter(page, '12');
  await page.click('.compare-pick summary');
  await page.check('[data-compare="plan"]');
  const first = await page.$eval('[data-input="scenario"] option:nth-child(2)', (o) => o.value);
  await page.check(`[data-compare="${first}"]`);
  await page.waitForSelector('[data-compare-table] tbody tr');
  assert.equal(await page.locator('[data-compare-table] tbody tr').count(), 37);
  const row = page.locator('[data-compare-table] tr[data-row="1"]');
  const diffs = await row.locator('[data-diff]').evaluateAll((cells) => cells.map((c) => Number(c.dataset.diff)));
  assert.equal(diffs.length, 2);
  assert.ok(Math.abs(diffs[1] - (5 - 12)) < 1e-9, `5 %/yr against 12 %/yr: ${diffs[1]}`);
  assert.equal(await page.locator('.legend [data-legend]').count(), 2);
  // The chart draws the compared lines: its pixels change when comparison is switched off.
  const before = await page.$eval('canvas[data-chart="main"]', (c) => c.toDataURL());
  await page.uncheck('[data-compare="plan"]');
  await page.uncheck(`[data-compare="${first}"]`);
  await page.waitForSelector('[data-compare-table]', { state: 'detached' });
  await page.waitForFunction((b) => document.querySelector('canvas[data-chart="main"]').toDataURL() !== b, before);
  assert.deepEqual(errors, []);
  await context.close();
});
