/**
 * Issue 5's in-browser figures, in real Chromium with the e2e build:
 * - the content script's work (extraction, then quote highlighting) on the seed pages, a 100 kB
 *   long read and a ~1 MB live blog, from the `verbatim:` performance measures it leaves in the page
 *   (the live blog is too large to extract in the page: it is serialized for the background,
 *   utils/article/page-size), and each first check's round trip;
 * - a synthetic library of 10,000 articles: the first 500 imported through `import-library` (how
 *   long that took; importing all 10k that way takes far too long: each imported article is
 *   grouped into a story by a search over everything imported before it), the rest written straight
 *   into the extension's IndexedDB as saved records, then the index rebuilt by the background on
 *   its next wake (how long that took);
 * - the side panel, cold (median of 3 worker restarts): from the toolbar click (the background's
 *   click handler, called in the worker: the e2e build exposes it) to the full report in the panel
 *   page, opened beside it as the browser opens its side panel; then the same with the panel open
 *   already (the reader kept it open while moving to the page); cold popups alternate with these
 *   runs, so the figures compare under the same load;
 * - the popup (`popup.html?tabId=N`) from navigation start to the full report in the DOM, first
 *   after a service-worker restart (cold: the index loads from its IndexedDB cache, the check
 *   reads only the articles its plan names) and then warm (median of 5), with where the time went;
 * - saving at 10k, three rounds of: 5 `save-article` round trips (new articles), a cold popup with
 *   the index cache missing those saves (the worker was stopped before its idle re-cache, so the
 *   wake catches the cache up from the store's change log), the background re-cache once the
 *   saves pause, and a cold popup again with the cache current; medians;
 * - the library's speakers list, a speaker's page and a family page (issue 15: ≤ 300 ms), each opened
 *   in a new tab from navigation start to its content in the DOM: the families are first built from
 *   scratch in slices (the direct writes stored none; timed to the page's "built" note), then each
 *   page is opened first after a worker restart (families read from their store), then again,
 *   median of 3 (test/e2e/page-opens; the same on the AllSides 10k: page-open-allsides.test.ts).
 * Targets (≤ 300 ms popup and panel, ≤ 150 ms content script) are printed beside the figures; only generous
 * guards are asserted: the machine has 2 cores and is shared. VERBATIM_PERF_ARTICLES=N changes the
 * library size, VERBATIM_PERF_IMPORT=M how many of them go through import-library.
 */
import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serveSeedPages, type SeedServer } from '../../bin/cli/seed-pages';
import { buildExportFile } from '@/utils/storage/export-format';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { DB_NAME } from '@/utils/storage/storage';
import type { LibraryRecord } from '@/utils/storage/library-storage';
import type { Article } from '@/utils/types';
import { tabIdOf, type LoadedExtension, type PageGlobals } from '../../bin/browser/launch-extension';
import { coldPanel, coldPopup, extensionWorker, figureTable, indexRebuiltOnWake, launchPrivateCopy, median, ms, openPopup, pageHtml, servePages, stopServiceWorker, timedRequest, wokenLine, workerPhases, writeRecords, wallTime, type PopupTiming } from './cold-check';
import { libraryGenerations } from './library-generations';
import { measurePageOpens, PAGE_OPEN_TIMEOUT_MS } from './page-opens';
import { createStory, largeArticle, storyArticle, syntheticLibrary } from './synthetic-library';

const LIBRARY_SIZE = Number(process.env.VERBATIM_PERF_ARTICLES ?? 10_000);
const IMPORT_SIZE = Math.min(LIBRARY_SIZE, Number(process.env.VERBATIM_PERF_IMPORT ?? 500));
const POPUP_OPENS = 5;
const PANEL_COLD_OPENS = 3;
const SAVES = 5;
const COLD_ROUNDS = 3;
const PAGE_REOPENS = 3;
// Well under the test's own limit, so a panel or popup that never shows its report fails with its state.
const PANEL_REPORT_TIMEOUT_MS = 30_000;
const TARGET = { popupMs: 300, contentMs: 150 };
// Guards catch breakage (a hang, a lost cache), not slowness: this test prints the figures and the
// targets; the guards sit far above them so a loaded 2-core machine does not fail the suite.
// The 1 MB page is no exception: it is not extracted in the page (utils/article/page-size), only serialized.
const GUARD = { popupMs: 15_000, contentMs: 5_000 };
let ext: LoadedExtension;
let buildCopy = '';
let seeds: SeedServer;
let server: Server;
let origin = '';
const rows: { figure: string; value: string; target: string }[] = [];
/** Path → HTML the local server answers with; tests may add pages. */
const servedPages = new Map<string, string>();

/** The `verbatim:` measures in a page's timeline, summed by name. */
async function contentMeasures(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const e of performance.getEntriesByType('measure')) if (e.name.startsWith('verbatim:')) out[e.name] = (out[e.name] ?? 0) + e.duration;
    return out;
  });
}

async function clearMeasures(page: Page): Promise<void> {
  await page.evaluate(() => performance.clearMeasures());
}

/** Asks the background to check a tab, from an extension page; the number of quotes reported and the round trip in ms. */
async function checkTab(extPage: Page, tabId: number): Promise<{ quotes: number; ms: number }> {
  return extPage.evaluate(async (id) => {
    const start = performance.now();
    const res = await (globalThis as unknown as PageGlobals).chrome.runtime.sendMessage({ type: 'check-tab', tabId: id });
    if (!res?.ok || res.data.status !== 'ok') throw new Error(`check-tab failed: ${JSON.stringify(res).slice(0, 300)}`);
    return { quotes: res.data.reports.length as number, ms: performance.now() - start };
  }, tabId);
}

/** Waits for the page's `verbatim:highlight` measure: a check's report comes before its highlights. */
async function highlighted(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('verbatim:highlight').length > 0, undefined, { timeout: 10_000 });
}

/** Ranges in the page's verbatim CSS highlights (what the reader sees marked). */
async function highlightedRanges(page: Page): Promise<number> {
  return page.evaluate(() => [...CSS.highlights.entries()].filter(([name]) => name.startsWith('verbatim-')).reduce((n, [, h]) => n + h.size, 0));
}

const at = (t: PopupTiming) => `${ms(t.shown)} (boot ${ms(t.sent)}, check ${ms(t.answered - t.sent)}, render ${ms(t.shown - t.answered)})`;

function coldRows(label: string, cold: Awaited<ReturnType<typeof coldPopup>>): void {
  rows.push({ figure: label, value: ms(cold.timing.shown), target: `≤ ${TARGET.popupMs} ms` });
  rows.push({ figure: `  ${at(cold.timing)}; ${wokenLine(cold)}`, value: '', target: '' });
  for (const [phase, value] of Object.entries(cold.phases)) rows.push({ figure: `    ${phase}`, value: ms(value), target: '' });
}

const story = createStory(2026);
let underTest: Article;
let long: Article;
let large: Article;

beforeAll(async () => {
  seeds = await serveSeedPages();
  const pages = servedPages;
  server = await servePages(pages);
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  underTest = storyArticle(story, `${origin}/story.html`);
  long = largeArticle(100_000, `${origin}/long-read.html`, 11);
  large = largeArticle(1_000_000, `${origin}/live-blog.html`);
  const library = syntheticLibrary({ count: LIBRARY_SIZE, seed: 5, story, coverage: 30 });
  pages.set('/story.html', pageHtml(underTest));
  pages.set('/long-read.html', pageHtml(long));
  pages.set('/live-blog.html', pageHtml(large));
  pages.set('/import.json', JSON.stringify(buildExportFile(library.slice(0, IMPORT_SIZE))));
  // What a save stores (utils/storage/storage LibraryRecord): the article, its quotes, its story.
  const records: LibraryRecord[] = library.slice(IMPORT_SIZE).map((a) => ({ ...a, quotes: findQuotes(a), storyKey: a.id }));
  pages.set('/records.json', JSON.stringify(records));
  ({ ext, dir: buildCopy } = await launchPrivateCopy('verbatim-perf-build-'));
});

afterAll(async () => {
  console.log(figureTable(`Verbatim in Chromium: performance (${LIBRARY_SIZE} saved articles)`, rows, [72, 14]));
  await ext?.close();
  if (buildCopy) await rm(buildCopy, { recursive: true, force: true });
  await seeds?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe('Verbatim performance in Chromium', () => {
  test('content script: extraction + highlighting on the seed pages, a 100 kB and a ~1 MB page', async () => {
    const lib = await ext.context.newPage();
    // readIn: where the page's article is extracted (utils/article/page-size): in the page, or, for a page
    // too large for that, in the background from the markup the content script serializes.
    const targets: { name: string; url: string; readIn: 'page' | 'background' }[] = [
      ...seeds.pages.map((p) => ({ name: `seed ${p.outlet}`, url: p.url, readIn: 'page' as const })),
      { name: `long read (${Math.round(long.text.length / 1e3)} kB text)`, url: long.url, readIn: 'page' },
      { name: `live blog (${(large.text.length / 1e6).toFixed(2)} MB text)`, url: large.url, readIn: 'background' },
    ];
    for (const { name, url, readIn } of targets) {
      const page = await ext.context.newPage();
      await page.goto(url);
      const tabId = await tabIdOf(ext.id, lib, url);
      const check = await checkTab(lib, tabId); // first check: extract (or serialize) + highlight
      await highlighted(page); // the highlights are sent after the report (entrypoints/background/tab-checks)
      const first = await contentMeasures(page);
      const ranges = await highlightedRanges(page);
      await clearMeasures(page);
      await checkTab(lib, tabId); // second check: the new injection also re-applies the last highlights
      await highlighted(page);
      const again = await contentMeasures(page);
      const step = readIn === 'page' ? 'verbatim:extract' : 'verbatim:serialize';
      const total = (first[step] ?? NaN) + (first['verbatim:highlight'] ?? NaN);
      const totalAgain = Object.values(again).reduce((a, b) => a + b, 0);
      rows.push({
        figure: `content script, ${name}, ${check.quotes} quotes (${readIn === 'page' ? 'extract' : 'serialize for the background'} + highlight)`,
        value: `${ms(first[step])} + ${ms(first['verbatim:highlight'])}`,
        target: '',
      });
      rows.push({ figure: `  total first check / re-check`, value: `${ms(total)} / ${ms(totalAgain)}`, target: `≤ ${TARGET.contentMs} ms` });
      rows.push({ figure: `  check-tab round trip, first check (report ready)`, value: ms(check.ms), target: '' });
      expect(Object.keys(first).filter((k) => k === 'verbatim:extract' || k === 'verbatim:serialize')).toEqual([step]);
      expect(check.quotes).toBeGreaterThan(0);
      expect(ranges).toBeGreaterThan(0); // the quotes are highlighted in the page
      expect(total).toBeLessThan(GUARD.contentMs);
      await page.close();
    }
    await lib.close();
  }, 120_000);

  test(`library of ${LIBRARY_SIZE}: import ${IMPORT_SIZE}, store the rest, index rebuilt on wake`, async () => {
    const lib = await ext.context.newPage();
    await lib.goto(`chrome-extension://${ext.id}/library.html`);
    const imported = await lib.evaluate(async (url) => {
      const data = await (await fetch(url)).json();
      const start = performance.now();
      const res = await (globalThis as unknown as PageGlobals).chrome.runtime.sendMessage({ type: 'import-library', data });
      return { res, ms: performance.now() - start };
    }, `${origin}/import.json`);
    expect(imported.res).toMatchObject({ ok: true, data: { added: IMPORT_SIZE } });
    rows.push({ figure: `import-library, ${IMPORT_SIZE} articles (find quotes, group, index, store)`, value: ms(imported.ms), target: '' });

    // The rest as saved records, straight into the database the background owns.
    const written = await writeRecords(lib, [`${origin}/records.json`], DB_NAME);
    expect(written.count).toBe(LIBRARY_SIZE - IMPORT_SIZE);

    // The worker's next request finds the cache behind with no change log to catch up from: it rebuilds the index from all records.
    const rebuiltMs = await indexRebuiltOnWake(ext, lib, LIBRARY_SIZE);
    rows.push({ figure: `index rebuilt from ${LIBRARY_SIZE} stored articles on wake (+ cached)`, value: ms(rebuiltMs), target: '' });
    await lib.close();
  }, 300_000);

  test('popup: navigation start → full report, cold then warm', async () => {
    const article = await ext.context.newPage();
    await article.goto(underTest.url);
    const lib = await ext.context.newPage();
    const tabId = await tabIdOf(ext.id, lib, underTest.url);
    // Cold: the first open after a restart loads the cached index from IndexedDB.
    const coldRun = await coldPopup(ext, lib, tabId);
    const cold = coldRun.timing;
    const warm: PopupTiming[] = [];
    const warmPhases: Record<string, number>[] = [];
    for (let i = 0; i < POPUP_OPENS; i++) {
      warm.push(await openPopup(ext, tabId));
      warmPhases.push((await workerPhases(ext)).phases);
    }
    expect(cold.cards).toBe(story.quotes.length);
    expect(cold.matched).toBeGreaterThan(0); // the report has real matches to show

    const content = await contentMeasures(article);
    const perCheck = (name: string) => (content[name] ?? 0) / (POPUP_OPENS + 1);
    const warmShown = median(warm.map((t) => t.shown));
    rows.push({ figure: 'service worker restart (a settings request wakes it)', value: ms(coldRun.woke), target: '' });
    rows.push({ figure: `popup: ${cold.cards} quote cards, ${cold.matched} with matches in the library`, value: '', target: '' });
    coldRows('popup cold (first check after restart: index from its cache)', coldRun);
    rows.push({ figure: `popup warm, median of ${POPUP_OPENS}`, value: ms(warmShown), target: `≤ ${TARGET.popupMs} ms` });
    rows.push({ figure: `  each: ${warm.map((t) => ms(t.shown)).join(', ')}`, value: '', target: '' });
    rows.push({
      figure: `  median boot (navigation → check sent) / check round trip / render`,
      value: [median(warm.map((t) => t.sent)), median(warm.map((t) => t.answered - t.sent)), median(warm.map((t) => t.shown - t.answered))].map(ms).join(' / '),
      target: '',
    });
    for (const phase of Object.keys(warmPhases[0])) {
      rows.push({ figure: `    ${phase}, median`, value: ms(median(warmPhases.map((p) => p[phase] ?? NaN))), target: '' });
    }
    rows.push({
      figure: `    in the page, per check: extract / re-apply / highlight`,
      value: `${ms(perCheck('verbatim:extract'))} / ${ms(perCheck('verbatim:reapply'))} / ${ms(perCheck('verbatim:highlight'))}`,
      target: '',
    });
    // Cold time swings with the machine's load; what must hold is that the cached index was
    // used: a rebuild would write the cache again (meta.put) during the check.
    expect(coldRun.writes).not.toContain('idb meta.put');
    expect(warmShown).toBeLessThan(GUARD.popupMs);
    await Promise.all([article.close(), lib.close()]);
  }, 180_000);

  test(`saving at ${LIBRARY_SIZE}: save round trip, cold popup with the cache behind, re-cache, cold popup with it current`, async () => {
    const lib = await ext.context.newPage();
    await lib.goto(`chrome-extension://${ext.id}/library.html`);
    const timed = timedRequest(lib);
    const send = async (req: unknown) => {
      const { res, ms } = await timed(req);
      if (!res?.ok) throw new Error(`request failed: ${JSON.stringify(res).slice(0, 300)}`);
      return { data: res.data, ms };
    };
    const article = await ext.context.newPage(); // the page the popups below report on
    await article.goto(underTest.url);
    const pages: Page[] = [article];
    const tabId = await tabIdOf(ext.id, lib, underTest.url);
    const saveMs: number[] = [];
    const stale: Awaited<ReturnType<typeof coldPopup>>[] = [];
    const current: Awaited<ReturnType<typeof coldPopup>>[] = [];
    const recacheMs: number[] = [];
    let saved = 0;
    for (let round = 0; round < COLD_ROUNDS; round++) {
      // More reports of the story, each on its own page, all opened and checked first: the saves
      // then follow one another with nothing between, so the library's idle re-cache (3 s without a
      // request, or 20 s after the first save) cannot run among them on a loaded host (a check's
      // extraction in the page, outside any library request, took longer than that in CI).
      const tabs: number[] = [];
      for (let i = 0; i < SAVES; i++) {
        const url = `${origin}/retelling-${round}-${i}.html`;
        servedPages.set(new URL(url).pathname, pageHtml(storyArticle(story, url, 100 + round * SAVES + i)));
        const page = await ext.context.newPage();
        await page.goto(url);
        pages.push(page);
        tabs.push(await tabIdOf(ext.id, lib, url));
      }
      // Each checked first, so a save stores what the check saw (as the popup's Save button does), then saved and timed.
      for (const pageTab of tabs) await send({ type: 'check-tab', tabId: pageTab });
      for (const pageTab of tabs) {
        const res = await send({ type: 'save-article', tabId: pageTab });
        expect(res.data).toMatchObject({ saved: 'new', libraryCount: LIBRARY_SIZE + ++saved });
        saveMs.push(res.ms);
      }
      // Stopped before the idle re-cache: the cache lacks the saves, the wake catches it up.
      const behind = await libraryGenerations(lib);
      expect(behind.cache).not.toBeNull();
      expect(behind.store - behind.cache!).toBe(SAVES);
      const run = await coldPopup(ext, lib, tabId);
      expect(run.writes).not.toContain('idb meta.put'); // caught up, not rebuilt (a rebuild re-caches at once)
      expect(run.timing.matched).toBeGreaterThan(0);
      stale.push(run);
      // The woken worker re-caches once nothing changes for a few seconds.
      await expect.poll(async () => { const g = await libraryGenerations(lib); return g.cache === g.store; }, { timeout: 30_000, interval: 100 }).toBe(true);
      const puts = await extensionWorker(ext)!.evaluate(() =>
        (globalThis as unknown as { __verbatimPerf: { name: string; start: number; end: number }[] }).__verbatimPerf.filter((e) => e.name === 'idb meta.put'),
      );
      // The cache and its parts are many puts in one transaction: the time they cover.
      recacheMs.push(wallTime(puts));
      const again = await coldPopup(ext, lib, tabId);
      expect(again.writes).not.toContain('idb meta.put');
      current.push(again);
    }

    rows.push({ figure: `save-article round trip at ${LIBRARY_SIZE} (after a check), median of ${saveMs.length}`, value: ms(median(saveMs)), target: '≤ 20 ms' });
    rows.push({ figure: `  each: ${saveMs.map(ms).join(', ')}`, value: '', target: '' });
    const coldMedian = (label: string, runs: Awaited<ReturnType<typeof coldPopup>>[]) => {
      const mid = [...runs].sort((a, b) => a.timing.shown - b.timing.shown)[Math.floor(runs.length / 2)];
      coldRows(`${label}, median of ${runs.length}`, mid);
      rows.push({ figure: `  each: ${runs.map((r) => ms(r.timing.shown)).join(', ')}`, value: '', target: '' });
    };
    coldMedian(`popup cold, index cache missing the last ${SAVES} saves (caught up on wake)`, stale);
    rows.push({ figure: 'index re-cached in the background after the saves pause (its meta.puts, the cache and its parts)', value: ms(median(recacheMs)), target: '' });
    coldMedian('popup cold, index cache current', current);
    expect(median(current.map((r) => r.timing.shown))).toBeLessThan(GUARD.popupMs);
    for (const p of pages) await p.close();
    await lib.close();
  }, 300_000);
  test(`side panel at ${LIBRARY_SIZE}: toolbar click → full report in the panel, cold, median of ${PANEL_COLD_OPENS}`, async () => {
    const article = await ext.context.newPage();
    await article.goto(underTest.url);
    const lib = await ext.context.newPage();
    const tabId = await tabIdOf(ext.id, lib, underTest.url);
    const windowId = await lib.evaluate(async (id) => (await (globalThis as unknown as PageGlobals).chrome.tabs.get(id)).windowId, tabId);
    // Cold means the index comes from a current cache: wait out any re-cache still pending.
    await expect.poll(async () => { const g = await libraryGenerations(lib); return g.cache === g.store; }, { timeout: 30_000, interval: 100 }).toBe(true);
    // Cold popups alternate with the panel's (first one, then the other), so the two compare under
    // the same load on this shared machine.
    const runs: Awaited<ReturnType<typeof coldPanel>>[] = [];
    const open: Awaited<ReturnType<typeof coldPanel>>[] = [];
    const popups: Awaited<ReturnType<typeof coldPopup>>[] = [];
    for (let i = 0; i < PANEL_COLD_OPENS; i++) {
      if (i % 2 === 1) popups.push(await coldPopup(ext, lib, tabId, PANEL_REPORT_TIMEOUT_MS));
      runs.push(await coldPanel(ext, lib, { id: tabId, windowId }, PANEL_REPORT_TIMEOUT_MS));
      open.push(await coldPanel(ext, lib, { id: tabId, windowId }, PANEL_REPORT_TIMEOUT_MS, true));
      if (i % 2 === 0) popups.push(await coldPopup(ext, lib, tabId, PANEL_REPORT_TIMEOUT_MS));
    }
    for (const run of [...runs, ...open]) {
      expect(run.timing.cards).toBe(story.quotes.length);
      expect(run.timing.matched).toBeGreaterThan(0); // the report has real matches to show
      expect(run.writes).not.toContain('idb meta.put'); // the cached index was used, not rebuilt
    }
    const mid = [...runs].sort((a, b) => a.timing.fromClick - b.timing.fromClick)[Math.floor(runs.length / 2)];
    rows.push({ figure: `side panel cold: toolbar click → full report in the panel, median of ${runs.length}`, value: ms(mid.timing.fromClick), target: `≤ ${TARGET.popupMs} ms` });
    rows.push({ figure: `  each: ${runs.map((r) => ms(r.timing.fromClick)).join(', ')}; panel page navigation → report ${runs.map((r) => ms(r.timing.fromNavigation)).join(', ')}`, value: '', target: '' });
    rows.push({
      figure: `  popup cold in the same rounds (alternating), median of ${popups.length}: each ${popups.map((r) => ms(r.timing.shown)).join(', ')}`,
      value: ms(median(popups.map((r) => r.timing.shown))),
      target: '',
    });
    rows.push({ figure: `  median run: ${wokenLine(mid)}; ${mid.timing.cards} quote cards, ${mid.timing.matched} with matches`, value: '', target: '' });
    for (const [phase, value] of Object.entries(mid.phases)) rows.push({ figure: `    ${phase}`, value: ms(value), target: '' });
    // The reading companion's usual case: the panel stayed open and the reader clicks on a new page.
    const midOpen = [...open].sort((a, b) => a.timing.fromClick - b.timing.fromClick)[Math.floor(open.length / 2)];
    rows.push({ figure: `side panel open already: toolbar click → full report, cold, median of ${open.length}`, value: ms(midOpen.timing.fromClick), target: `≤ ${TARGET.popupMs} ms` });
    rows.push({ figure: `  each: ${open.map((r) => ms(r.timing.fromClick)).join(', ')}; median run: ${wokenLine(midOpen)}`, value: '', target: '' });
    for (const [phase, value] of Object.entries(midOpen.phases)) rows.push({ figure: `    ${phase}`, value: ms(value), target: '' });
    // As for the popup: the figure and its target are printed; only a guard against a hang is asserted.
    expect(mid.timing.fromClick).toBeLessThan(GUARD.popupMs);
    await Promise.all([article.close(), lib.close()]);
  }, 180_000);

  test(`library page at ${LIBRARY_SIZE}: list, search, export (the first list or search of a wake reads every article)`, async () => {
    const lib = await ext.context.newPage();
    await lib.goto(`chrome-extension://${ext.id}/library.html`);
    await stopServiceWorker(ext);
    const timed = (req: unknown) =>
      lib.evaluate(async (r) => {
        const start = performance.now();
        const res = await (globalThis as unknown as PageGlobals).chrome.runtime.sendMessage(r);
        if (!res?.ok) throw new Error(`request failed: ${JSON.stringify(res).slice(0, 300)}`);
        return { n: Array.isArray(res.data) ? res.data.length : (res.data.articles?.length ?? 0), ms: performance.now() - start };
      }, req);
    const word = story.place.toLowerCase();
    const steps: [string, unknown][] = [
      ['list-articles, first after a restart (index from cache + every article read for summaries)', { type: 'list-articles' }],
      ['list-articles again', { type: 'list-articles' }],
      [`search-library "${word}", first (titles and outlets indexed; text through the coverage index)`, { type: 'search-library', query: word }],
      [`search-library "${word}" again`, { type: 'search-library', query: word }],
      [`search-library "${word.slice(0, 4)}" (a word being typed)`, { type: 'search-library', query: word.slice(0, 4) }],
      ['export-library (every article read)', { type: 'export-library' }],
    ];
    for (const [figure, req] of steps) {
      const { n, ms: t } = await timed(req);
      expect(n).toBeGreaterThan(0);
      rows.push({ figure: `${figure}: ${n}`, value: ms(t), target: '' });
    }
    await lib.close();
  }, 300_000);

  // A measurement of about ten minutes (the families are built once, from scratch): run on demand, not on every npm test.
  test.runIf(process.env.VERBATIM_PAGE_OPEN === '1')(`family and speaker pages at ${LIBRARY_SIZE}: the families built once in slices, then navigation → content after a worker restart (families read from their store) and median of ${PAGE_REOPENS}`, async () => {
    // The story's speaker: quoted in several saved articles; their quotes' family with the most versions.
    rows.push(...await measurePageOpens(ext, { speaker: story.quotes[0].speaker.name, family: 'speaker', reopens: PAGE_REOPENS }));
  }, PAGE_OPEN_TIMEOUT_MS);
});
