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
 *   page, opened beside it as the browser opens its side panel; cold popups alternate with these
 *   runs, so the two figures compare under the same load;
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
 *   median of 3.
 * Targets (≤ 300 ms popup and panel, ≤ 150 ms content script) are printed beside the figures; only generous
 * guards are asserted: the machine has 2 cores and is shared. VERBATIM_PERF_ARTICLES=N changes the
 * library size, VERBATIM_PERF_IMPORT=M how many of them go through import-library.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serveSeedPages, seedPageHtml, type SeedServer } from '../../bin/cli/seed-pages';
import { buildExportFile } from '@/utils/storage/export-format';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { DB_NAME } from '@/utils/storage/storage';
import type { LibraryRecord } from '@/utils/storage/library-storage';
import type { Article } from '@/utils/types';
import { E2E_EXTENSION_DIR, launchExtension, tabIdOf, workerSwitch, type LoadedExtension, type PageGlobals } from '../../bin/browser/launch-extension';
import { libraryGenerations } from './library-generations';
import { createStory, largeArticle, storyArticle, syntheticLibrary } from './synthetic-library';

const LIBRARY_SIZE = Number(process.env.VERBATIM_PERF_ARTICLES ?? 10_000);
const IMPORT_SIZE = Math.min(LIBRARY_SIZE, Number(process.env.VERBATIM_PERF_IMPORT ?? 500));
const POPUP_OPENS = 5;
const PANEL_COLD_OPENS = 3;
const SAVES = 5;
const COLD_ROUNDS = 3;
const PAGE_REOPENS = 3;
// The families' first build reads and aligns every saved quote: minutes at 10k (README "Performance").
const PAGE_OPEN_TIMEOUT_MS = 40 * 60_000;
const TARGET = { popupMs: 300, contentMs: 150 };
// Guards catch breakage (a hang, a lost cache), not slowness: this test prints the figures and the
// targets; the guards sit far above them so a loaded 2-core machine does not fail the suite.
// The 1 MB page is no exception: it is not extracted in the page (utils/article/page-size), only serialized.
const GUARD = { popupMs: 15_000, contentMs: 5_000 };
const REPORT_SELECTOR = '[data-testid="popup"][data-state="report"] [data-testid="quote-card"]';
const PANEL_REPORT_SELECTOR = '[data-testid="panel"][data-state="report"] [data-testid="quote-card"]';
/** A library route's content, rendered (components/library/SpeakersView, SpeakerPage, FamilyPage). */
const PAGE_SELECTOR = {
  speakers: '[data-testid="speakers-view"] [data-testid="speaker-item"]',
  speaker: '[data-testid="speaker-page"] [data-testid="speaker-quote"]',
  family: '[data-testid="family-page"] [data-testid="family-version"]',
};

let ext: LoadedExtension;
let buildCopy = '';
let seeds: SeedServer;
let server: Server;
let origin = '';
const rows: { figure: string; value: string; target: string }[] = [];
/** Path → HTML the local server answers with; tests may add pages. */
const servedPages = new Map<string, string>();

/** The article under test, the long page and the library file, served from 127.0.0.1. */
function servePages(pages: Map<string, string>): Promise<Server> {
  const s = createServer((req, res) => {
    const body = pages.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const type = req.url?.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8';
    res.writeHead(body ? 200 : 404, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body ?? 'Not found');
  });
  return new Promise((resolve, reject) => {
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
}

const pageHtml = (a: Article) => seedPageHtml({ outlet: a.outlet, title: a.title, date: a.date }, a.paragraphs.map((p) => a.text.slice(p.start, p.end)).join('\n\n'));
const ms = (x: number) => `${Math.round(x)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

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

/** Ranges in the page's verbatim CSS highlights (what the reader sees marked). */
async function highlightedRanges(page: Page): Promise<number> {
  return page.evaluate(() => [...CSS.highlights.entries()].filter(([name]) => name.startsWith('verbatim-')).reduce((n, [, h]) => n + h.size, 0));
}

/**
 * Runs in the popup (or another extension page) before its own script: marks when `check-tab` is
 * sent and answered, and when `selector` (the report's quote cards, a library route's content) is
 * in the DOM as `verbatim:report-shown` (times are ms since navigation start).
 */
function instrumentPopup(selector: string) {
  const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime;
  const send = runtime.sendMessage.bind(runtime);
  runtime.sendMessage = (m: unknown) => {
    const isCheck = (m as { type?: string })?.type === 'check-tab';
    if (isCheck) performance.mark('verbatim:check-sent');
    return send(m).then((r) => {
      if (isCheck) performance.mark('verbatim:check-answered');
      return r;
    });
  };
  new MutationObserver((_, observer) => {
    if (!document.querySelector(selector)) return;
    performance.mark('verbatim:report-shown');
    observer.disconnect();
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/**
 * Runs in the service worker (through Playwright): records when the background's browser calls
 * and IndexedDB requests start and finish, so a check's time splits into extraction (executeScript),
 * reading the library (IndexedDB), engine work (the gap until the badge is set: index load, quote
 * finding, comparison) and highlighting (tabs.sendMessage). Wrapping only observes; it changes no result.
 */
function instrumentWorker() {
  type Log = { name: string; start: number; end: number }[];
  const g = globalThis as unknown as { __verbatimPerf?: Log; chrome: Record<string, Record<string, unknown>> };
  if (g.__verbatimPerf) return;
  const log: Log = (g.__verbatimPerf = []);
  const wrapAsync = (obj: Record<string, unknown>, key: string, name: string) => {
    const orig = obj[key] as (...a: unknown[]) => Promise<unknown>;
    obj[key] = function (this: unknown, ...args: unknown[]) {
      const entry = { name, start: performance.now(), end: NaN };
      log.push(entry);
      return orig.apply(this, args).finally(() => (entry.end = performance.now()));
    };
  };
  wrapAsync(g.chrome.tabs, 'get', 'tab lookup (tabs.get)'); // the first thing a check does
  wrapAsync(g.chrome.scripting, 'executeScript', 'extract (executeScript)');
  wrapAsync(g.chrome.tabs, 'sendMessage', 'highlight (tabs.sendMessage)');
  wrapAsync(g.chrome.action, 'setBadgeText', 'badge');
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Record<string, unknown>[]) {
    // The check's reads overlap (one getMany is many gets at once): phases sum wall time, not requests.
    for (const key of ['get', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count', 'put']) {
      const orig = proto[key] as (...a: unknown[]) => IDBRequest;
      proto[key] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
        const store = 'objectStore' in this ? this.objectStore.name : this.name;
        const entry = { name: `idb ${store}.${key}`, start: performance.now(), end: NaN };
        log.push(entry);
        const req = orig.apply(this, args);
        req.addEventListener('success', () => (entry.end = performance.now()));
        return req;
      };
    }
  }
}

/** The worker's log since instrumentWorker, as phases of one check, in ms; `writes` lists IndexedDB puts. */
async function workerPhases(): Promise<{ phases: Record<string, number>; writes: string[] }> {
  const worker = ext.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${ext.id}/`));
  const { log, measures } = await worker!.evaluate(() => ({
    log: (globalThis as unknown as { __verbatimPerf: { name: string; start: number; end: number }[] }).__verbatimPerf.splice(0),
    // The check's own phases (utils/library/check-timing measureSince).
    measures: performance.getEntriesByType('measure').filter((m) => m.name.startsWith('verbatim:')).map((m) => [m.name.slice(9), m.duration] as const),
  }));
  const first = (name: string) => log.find((e) => e.name === name);
  const extract = first('extract (executeScript)');
  const badge = first('badge');
  const highlight = first('highlight (tabs.sendMessage)');
  const idb = log.filter((e) => e.name.startsWith('idb ') && !e.name.endsWith('.put') && extract && e.start >= extract.end && (!badge || e.end <= badge.start));
  const idbMs = wallTime(idb);
  const out: Record<string, number> = {};
  const lookup = first('tab lookup (tabs.get)');
  if (lookup && extract) out['from the check reaching the worker to extraction (tabs.get …)'] = extract.start - lookup.start;
  if (extract) out['extract (executeScript round trip)'] = extract.end - extract.start;
  if (extract && badge) {
    out["IndexedDB reads (index cache, the plan's articles)"] = idbMs;
    for (const name of new Set(idb.map((e) => e.name))) {
      const t = wallTime(idb.filter((e) => e.name === name));
      if (t >= 20) out[`  ${name}`] = t;
    }
    out['engine: index load + find quotes + compare'] = badge.start - extract.end - idbMs;
  }
  for (const [phase, duration] of measures) out[`  ${phase}`] = duration;
  if (highlight) out['highlight (tabs.sendMessage round trip)'] = highlight.end - highlight.start;
  if (lookup && highlight) out['in the worker: check start → highlight answered'] = highlight.end - lookup.start;
  return { phases: out, writes: log.filter((e) => e.name.endsWith('.put')).map((e) => e.name) };
}

/** Wall time covered by possibly overlapping intervals. */
function wallTime(entries: readonly { start: number; end: number }[]): number {
  let total = 0;
  let reach = -Infinity;
  for (const e of [...entries].sort((a, b) => a.start - b.start)) {
    if (e.end > reach) total += e.end - Math.max(e.start, reach);
    reach = Math.max(reach, e.end);
  }
  return total;
}

interface PopupTiming {
  shown: number;
  sent: number;
  answered: number;
  cards: number;
  /** Cards whose quote another saved article also carries (any verdict but only-here). */
  matched: number;
}

async function openPopup(tabId: number): Promise<PopupTiming> {
  const p = await ext.context.newPage();
  await p.setViewportSize({ width: 380, height: 720 });
  await p.addInitScript(instrumentPopup, REPORT_SELECTOR);
  await p.goto(`chrome-extension://${ext.id}/popup.html?tabId=${tabId}`);
  await p.locator(REPORT_SELECTOR).first().waitFor({ timeout: 60_000 });
  const marks = await p.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
  const cards = await p.locator('[data-testid="quote-card"]').count();
  const matched = await p.locator('[data-testid="quote-card"]:not([data-verdict="only-here"])').count();
  await p.close();
  return { shown: marks['verbatim:report-shown'], sent: marks['verbatim:check-sent'], answered: marks['verbatim:check-answered'], cards, matched };
}

interface LibraryOpen {
  /** Navigation start → the route's content in the DOM (ms). */
  shown: number;
  /** How many of the content's items are shown. */
  items: number;
  /** On a speaker page: the link to the family with the most versions among the person's quotes. */
  familyHash: string | null;
  /** 1-minute load average when the page was shown. */
  load: string;
}

/** Opens `library.html<hash>` in a new tab, as a link from the panel does, and times it to `selector` in the DOM. */
async function openLibraryRoute(hash: string, selector: string): Promise<LibraryOpen> {
  const p = await ext.context.newPage();
  await p.setViewportSize({ width: 900, height: 900 });
  await p.addInitScript(instrumentPopup, selector);
  await p.goto(`chrome-extension://${ext.id}/library.html${hash}`);
  await p.locator(selector).first().waitFor({ timeout: PAGE_OPEN_TIMEOUT_MS });
  const shown = await p.evaluate(() => performance.getEntriesByName('verbatim:report-shown')[0].startTime);
  const items = await p.locator(selector).count();
  const familyHash = await p.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-testid="speaker-quote-family"]')];
    const versions = (a: HTMLAnchorElement) => Number(/\d+/.exec(a.textContent ?? '')?.[0] ?? 0);
    return links.sort((a, b) => versions(b) - versions(a))[0]?.getAttribute('href') ?? null;
  });
  await p.close();
  return { shown, items, familyHash, load: loadavg()[0].toFixed(1) };
}

/** Stops the extension's service worker (as Chrome does after 30 s idle); the next message restarts it. */
async function stopServiceWorker(): Promise<void> {
  const worker = await workerSwitch(ext);
  await worker.stop();
  await worker.detach();
}

const extensionWorker = () => ext.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${ext.id}/`));

/**
 * Restarts the service worker and wakes it with a request that needs no library (settings), timed
 * on its own, then instruments it before the check to be measured.
 */
async function restartAndInstrumentWorker(lib: Page): Promise<number> {
  await stopServiceWorker();
  const woke = await lib.evaluate(async () => {
    const start = performance.now();
    await (globalThis as unknown as PageGlobals).chrome.runtime.sendMessage({ type: 'get-settings' });
    return performance.now() - start;
  });
  await expect.poll(() => extensionWorker() !== undefined).toBe(true);
  await extensionWorker()!.evaluate(instrumentWorker);
  return woke;
}

/**
 * A popup opened right after a service-worker restart. The worker is woken by a request that
 * needs no library (settings) so it can be instrumented before the popup's check; that wake is
 * timed on its own.
 */
async function coldPopup(lib: Page, tabId: number): Promise<{ woke: number; timing: PopupTiming; phases: Record<string, number>; writes: string[] }> {
  const woke = await restartAndInstrumentWorker(lib);
  const timing = await openPopup(tabId);
  return { woke, timing, ...(await workerPhases()) };
}

interface PanelTiming {
  /** Toolbar click → the full report in the panel, and the panel page's navigation start → that report (ms). */
  fromClick: number;
  fromNavigation: number;
  cards: number;
  matched: number;
}

type E2EHooks = { verbatimE2E: { actionClicked(tab: { id: number; windowId: number }): void } };

/**
 * A toolbar click right after a service-worker restart (woken, as for the cold popup, by a request
 * that needs no library, then instrumented): the background's click handler opens the panel (a
 * no-op without a real gesture) and starts the check; the panel page is opened at once, as the
 * browser opens the side panel on that click. Times are compared on the shared wall clock
 * (performance.timeOrigin + now) of the worker and the page.
 */
async function coldPanel(lib: Page, tab: { id: number; windowId: number }): Promise<{ woke: number; timing: PanelTiming; phases: Record<string, number>; writes: string[] }> {
  const woke = await restartAndInstrumentWorker(lib);
  const p = await ext.context.newPage();
  await p.setViewportSize({ width: 400, height: 720 });
  await p.addInitScript(instrumentPopup, PANEL_REPORT_SELECTOR);
  const clickedAt = await extensionWorker()!.evaluate((t) => {
    const at = performance.timeOrigin + performance.now();
    (globalThis as unknown as E2EHooks).verbatimE2E.actionClicked(t);
    return at;
  }, tab);
  await p.goto(`chrome-extension://${ext.id}/sidepanel.html?tabId=${tab.id}`);
  await p.locator(PANEL_REPORT_SELECTOR).first().waitFor({ timeout: 60_000 });
  const shown = await p.evaluate(() => {
    const mark = performance.getEntriesByName('verbatim:report-shown')[0];
    return { at: performance.timeOrigin + mark.startTime, sinceNavigation: mark.startTime };
  });
  const cards = await p.locator('[data-testid="quote-card"]').count();
  const matched = await p.locator('[data-testid="quote-card"]:not([data-verdict="only-here"])').count();
  await p.close();
  return { woke, timing: { fromClick: shown.at - clickedAt, fromNavigation: shown.sinceNavigation, cards, matched }, ...(await workerPhases()) };
}

const at = (t: PopupTiming) => `${ms(t.shown)} (boot ${ms(t.sent)}, check ${ms(t.answered - t.sent)}, render ${ms(t.shown - t.answered)})`;

function coldRows(label: string, cold: Awaited<ReturnType<typeof coldPopup>>): void {
  rows.push({ figure: label, value: ms(cold.timing.shown), target: `≤ ${TARGET.popupMs} ms` });
  rows.push({ figure: `  ${at(cold.timing)}; worker wake ${ms(cold.woke)}`, value: '', target: '' });
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
  // A private copy: other e2e runs on this machine rebuild .output/ while this long test runs.
  buildCopy = await mkdtemp(path.join(tmpdir(), 'verbatim-perf-build-'));
  await cp(E2E_EXTENSION_DIR, buildCopy, { recursive: true });
  ext = await launchExtension(buildCopy);
});

afterAll(async () => {
  console.log(
    `\nVerbatim in Chromium: performance (${LIBRARY_SIZE} saved articles)\n` +
      [['figure', 'measured', 'target'], ...rows.map((r) => [r.figure, r.value, r.target])]
        .map(([a, b, c]) => `${a.padEnd(72)} ${b.padStart(14)}  ${c}`)
        .join('\n'),
  );
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
      const first = await contentMeasures(page);
      const ranges = await highlightedRanges(page);
      await clearMeasures(page);
      await checkTab(lib, tabId); // second check: the new injection also re-applies the last highlights
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
    const written = await lib.evaluate(async ({ url, db }) => {
      const records: unknown[] = await (await fetch(url)).json();
      const start = performance.now();
      const conn = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(db);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        // A writer other than the background's LibraryStore bumps the generation and logs no
        // change, so no index cache (not even one the worker writes later) can be caught up: the
        // next wake rebuilds (utils/storage/storage).
        const tx = conn.transaction(['articles', 'meta'], 'readwrite');
        for (const r of records) tx.objectStore('articles').put(r);
        const meta = tx.objectStore('meta');
        const gen = meta.get('generation');
        gen.onsuccess = () => meta.put(((gen.result as number | undefined) ?? 0) + 1, 'generation');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      conn.close();
      return { count: records.length, ms: performance.now() - start };
    }, { url: `${origin}/records.json`, db: DB_NAME });
    expect(written.count).toBe(LIBRARY_SIZE - IMPORT_SIZE);

    // The background's in-memory index is now stale: restart it; its next request finds the cache
    // behind with no change log to catch up from, rebuilds the index from all records, caches it.
    await stopServiceWorker();
    const rebuilt = await lib.evaluate(async () => {
      const start = performance.now();
      // A request that loads the index: an article's history (the article count is read from the store while no index is loaded).
      const res = await (globalThis as unknown as PageGlobals).chrome.runtime.sendMessage({ type: 'article-history', id: 'https://nowhere.example/' });
      return { res, ms: performance.now() - start };
    });
    expect(rebuilt.res).toMatchObject({ ok: true, data: null });
    expect(await lib.evaluate(() => (globalThis as unknown as PageGlobals).chrome.runtime.sendMessage({ type: 'library-stats' }))).toMatchObject({ ok: true, data: { articles: LIBRARY_SIZE } });
    rows.push({ figure: `index rebuilt from ${LIBRARY_SIZE} stored articles on wake (+ cached)`, value: ms(rebuilt.ms), target: '' });
    await lib.close();
  }, 300_000);

  test('popup: navigation start → full report, cold then warm', async () => {
    const article = await ext.context.newPage();
    await article.goto(underTest.url);
    const lib = await ext.context.newPage();
    const tabId = await tabIdOf(ext.id, lib, underTest.url);
    // Cold: the first open after a restart loads the cached index from IndexedDB.
    const coldRun = await coldPopup(lib, tabId);
    const cold = coldRun.timing;
    const warm: PopupTiming[] = [];
    const warmPhases: Record<string, number>[] = [];
    for (let i = 0; i < POPUP_OPENS; i++) {
      warm.push(await openPopup(tabId));
      warmPhases.push((await workerPhases()).phases);
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
    const send = (req: unknown) =>
      lib.evaluate(async (r) => {
        const start = performance.now();
        const res = await (globalThis as unknown as PageGlobals).chrome.runtime.sendMessage(r);
        if (!res?.ok) throw new Error(`request failed: ${JSON.stringify(res).slice(0, 300)}`);
        return { data: res.data, ms: performance.now() - start };
      }, req);
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
      // More reports of the story, each on its own page: checked first, so a save stores what the
      // check saw (as the popup's Save button does), then saved and timed.
      for (let i = 0; i < SAVES; i++) {
        const url = `${origin}/retelling-${round}-${i}.html`;
        servedPages.set(new URL(url).pathname, pageHtml(storyArticle(story, url, 100 + round * SAVES + i)));
        const page = await ext.context.newPage();
        await page.goto(url);
        pages.push(page);
        const pageTab = await tabIdOf(ext.id, lib, url);
        await send({ type: 'check-tab', tabId: pageTab });
        const res = await send({ type: 'save-article', tabId: pageTab });
        expect(res.data).toMatchObject({ saved: 'new', libraryCount: LIBRARY_SIZE + ++saved });
        saveMs.push(res.ms);
      }
      // Stopped before the idle re-cache: the cache lacks the saves, the wake catches it up.
      const behind = await libraryGenerations(lib);
      expect(behind.cache).not.toBeNull();
      expect(behind.store - behind.cache!).toBe(SAVES);
      const run = await coldPopup(lib, tabId);
      expect(run.writes).not.toContain('idb meta.put'); // caught up, not rebuilt (a rebuild re-caches at once)
      expect(run.timing.matched).toBeGreaterThan(0);
      stale.push(run);
      // The woken worker re-caches once nothing changes for a few seconds.
      await expect.poll(async () => { const g = await libraryGenerations(lib); return g.cache === g.store; }, { timeout: 30_000, interval: 100 }).toBe(true);
      const puts = await extensionWorker()!.evaluate(() =>
        (globalThis as unknown as { __verbatimPerf: { name: string; start: number; end: number }[] }).__verbatimPerf.filter((e) => e.name === 'idb meta.put').map((e) => e.end - e.start),
      );
      recacheMs.push(...puts);
      const again = await coldPopup(lib, tabId);
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
    rows.push({ figure: 'index re-cached in the background after the saves pause (meta.put only)', value: ms(median(recacheMs)), target: '' });
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
    const popups: Awaited<ReturnType<typeof coldPopup>>[] = [];
    for (let i = 0; i < PANEL_COLD_OPENS; i++) {
      if (i % 2 === 1) popups.push(await coldPopup(lib, tabId));
      runs.push(await coldPanel(lib, { id: tabId, windowId }));
      if (i % 2 === 0) popups.push(await coldPopup(lib, tabId));
    }
    for (const run of runs) {
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
    rows.push({ figure: `  median run: worker wake ${ms(mid.woke)}; ${mid.timing.cards} quote cards, ${mid.timing.matched} with matches`, value: '', target: '' });
    for (const [phase, value] of Object.entries(mid.phases)) rows.push({ figure: `    ${phase}`, value: ms(value), target: '' });
    // As for the popup: the figure and its target are printed; only a guard against a hang is asserted.
    expect(mid.timing.fromClick).toBeLessThan(GUARD.popupMs);
    await Promise.all([article.close(), lib.close()]);
  }, 180_000);

  test(`library page at ${LIBRARY_SIZE}: list, search, export (the first list or search of a wake reads every article)`, async () => {
    const lib = await ext.context.newPage();
    await lib.goto(`chrome-extension://${ext.id}/library.html`);
    await stopServiceWorker();
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
    await stopServiceWorker();
    const name = story.quotes[0].speaker.name; // the story's speaker: quoted in several saved articles
    // The speakers list first: the records written straight into IndexedDB left the quotes store behind, so this open derives it.
    const derived = await openLibraryRoute('#speakers', PAGE_SELECTOR.speakers);
    // No families are stored (the direct writes bypassed them): the speaker page starts their build
    // and shows its progress; the page's progress asks keep the worker awake until it is done.
    const build = await ext.context.newPage();
    const navigated = Date.now();
    await build.goto(`chrome-extension://${ext.id}/library.html#speaker/${encodeURIComponent(name)}`);
    await build.locator('[data-testid="families-progress"]').waitFor({ timeout: 120_000 });
    const progressShown = Date.now() - navigated;
    const firstProgress = await build.getAttribute('[data-testid="families-progress"]', 'data-done');
    await build.locator('[data-testid="families-built"]').waitFor({ timeout: PAGE_OPEN_TIMEOUT_MS });
    const built = Date.now() - navigated;
    await build.close();
    // A defined start: a fresh worker; the families are read from their store on the first ask.
    await stopServiceWorker();
    const first = {
      speakers: await openLibraryRoute('#speakers', PAGE_SELECTOR.speakers),
      speaker: await openLibraryRoute(`#speaker/${encodeURIComponent(name)}`, PAGE_SELECTOR.speaker),
      family: undefined as LibraryOpen | undefined,
    };
    // The family with the most versions among this person's quotes (its link, as the page shows it).
    const familyHash = first.speaker.familyHash;
    expect(familyHash).toMatch(/^#family\//);
    await stopServiceWorker();
    first.family = await openLibraryRoute(familyHash!, PAGE_SELECTOR.family);
    const again = { speakers: [] as LibraryOpen[], speaker: [] as LibraryOpen[], family: [] as LibraryOpen[] };
    for (let i = 0; i < PAGE_REOPENS; i++) {
      again.speakers.push(await openLibraryRoute('#speakers', PAGE_SELECTOR.speakers));
      again.speaker.push(await openLibraryRoute(`#speaker/${encodeURIComponent(name)}`, PAGE_SELECTOR.speaker));
      again.family.push(await openLibraryRoute(familyHash!, PAGE_SELECTOR.family));
    }
    // Each page shows its content: people, this person's quotes, a family of several versions.
    for (const o of [derived, first.speakers, ...again.speakers]) expect(o.items).toBeGreaterThan(1);
    for (const o of [first.speaker, ...again.speaker]) expect(o.items).toBeGreaterThan(1);
    for (const o of [first.family, ...again.family]) expect(o.items).toBeGreaterThan(1);

    rows.push({ figure: `speakers list, first open after the direct writes (quotes store derived from every article) (load ${derived.load})`, value: ms(derived.shown), target: '' });
    rows.push({ figure: `families built from scratch in slices (none stored): progress shown after ${ms(progressShown)} (${firstProgress} articles done), build done (load ${loadavg()[0].toFixed(1)})`, value: ms(built), target: '' });
    const label = { speakers: `speakers list (#speakers), ${first.speakers.items} people shown`, speaker: `speaker page (#speaker/${name}), ${first.speaker.items} quotes`, family: `family page (#family/…), ${first.family.items} versions` };
    const firstNote = { speakers: 'first open after a worker restart (quotes store)', speaker: 'first open after a worker restart (families read from their store)', family: 'first open after a worker restart (families read from their store)' };
    for (const key of ['speakers', 'speaker', 'family'] as const) {
      const o = first[key]!;
      rows.push({ figure: `${label[key]}: ${firstNote[key]} (load ${o.load})`, value: ms(o.shown), target: key === 'speakers' ? '' : `≤ ${TARGET.popupMs} ms` });
      const runs = again[key];
      rows.push({
        figure: `  again, median of ${runs.length}: each ${runs.map((r) => ms(r.shown)).join(', ')} (load ${runs.map((r) => r.load).join(', ')})`,
        value: ms(median(runs.map((r) => r.shown))),
        target: key === 'speakers' ? '' : `≤ ${TARGET.popupMs} ms`,
      });
    }
  }, PAGE_OPEN_TIMEOUT_MS);
});
