/**
 * Timing a check in real Chromium, shared by the in-browser performance tests (performance.test.ts
 * at 10k, cold-check-100k.test.ts at 100k): a local page server, the extension pages' and the
 * service worker's instrumentation, worker restarts, cold popups and cold side panels, and the
 * direct writes of saved records into the extension's IndexedDB.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { seedPageHtml } from '../../bin/cli/seed-pages';
import type { Article } from '@/utils/types';
import { E2E_EXTENSION_DIR, launchExtension, workerSwitch, type LoadedExtension, type PageGlobals } from '../../bin/browser/launch-extension';

/** A report in the popup or the panel: its quote cards rendered (components/popup, components/panel). */
export const REPORT_SELECTOR = '[data-testid="popup"][data-state="report"] [data-testid="quote-card"]';
export const PANEL_REPORT_SELECTOR = '[data-testid="panel"][data-state="report"] [data-testid="quote-card"]';
// A hang guard, not a target: a cold check at 100k loads a 300 MB index before it answers.
const REPORT_TIMEOUT_MS = 180_000;

/** The article under test, the long page and the library file, served from 127.0.0.1. */
export function servePages(pages: Map<string, string>): Promise<Server> {
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

export const pageHtml = (a: Article) => seedPageHtml({ outlet: a.outlet, title: a.title, date: a.date }, a.paragraphs.map((p) => a.text.slice(p.start, p.end)).join('\n\n'));
export const ms = (x: number) => `${Math.round(x)} ms`;

/** A request to the background sent from an extension page, with its round trip in ms. */
export function timedRequest(page: Page): (req: unknown) => Promise<{ res: { ok?: boolean; data?: unknown } | undefined; ms: number }> {
  return (req) =>
    page.evaluate(async (r) => {
      const start = performance.now();
      const res = await (globalThis as unknown as PageGlobals).chrome.runtime.sendMessage(r);
      return { res, ms: performance.now() - start };
    }, req);
}
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];


/**
 * Runs in the popup (or another extension page) before its own script: marks when `check-tab` is
 * sent and answered, and when `selector` (the report's quote cards, a library route's content) is
 * in the DOM as `verbatim:report-shown` (times are ms since navigation start).
 */
export function instrumentPopup(selector: string) {
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
export function instrumentWorker() {
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
export async function workerPhases(ext: LoadedExtension): Promise<{ phases: Record<string, number>; writes: string[] }> {
  const { log, measures } = await extensionWorker(ext)!.evaluate(() => ({
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
export function wallTime(entries: readonly { start: number; end: number }[]): number {
  let total = 0;
  let reach = -Infinity;
  for (const e of [...entries].sort((a, b) => a.start - b.start)) {
    if (e.end > reach) total += e.end - Math.max(e.start, reach);
    reach = Math.max(reach, e.end);
  }
  return total;
}

export interface PopupTiming {
  shown: number;
  sent: number;
  answered: number;
  cards: number;
  /** Cards whose quote another saved article also carries (any verdict but only-here). */
  matched: number;
}

export async function openPopup(ext: LoadedExtension, tabId: number, reportTimeoutMs = REPORT_TIMEOUT_MS): Promise<PopupTiming> {
  const p = await ext.context.newPage();
  await p.setViewportSize({ width: 380, height: 720 });
  await p.addInitScript(instrumentPopup, REPORT_SELECTOR);
  await p.goto(`chrome-extension://${ext.id}/popup.html?tabId=${tabId}`);
  await waitForReport(p, REPORT_SELECTOR, 'popup', reportTimeoutMs);
  const marks = await p.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
  const cards = await p.locator('[data-testid="quote-card"]').count();
  const matched = await p.locator('[data-testid="quote-card"]:not([data-verdict="only-here"])').count();
  await p.close();
  return { shown: marks['verbatim:report-shown'], sent: marks['verbatim:check-sent'], answered: marks['verbatim:check-answered'], cards, matched };
}

/**
 * Waits for a report's quote cards in the popup or the panel; past `timeoutMs`, fails saying where
 * the page stopped (its data-state and what it says), not with the test's own timeout.
 */
async function waitForReport(p: Page, selector: string, root: 'popup' | 'panel', timeoutMs: number): Promise<void> {
  await p.locator(selector).first().waitFor({ timeout: timeoutMs }).catch(async (err: unknown) => {
    const state = await p.getAttribute(`[data-testid="${root}"]`, 'data-state', { timeout: 1_000 }).catch(() => 'unknown');
    // The panel's live region, or the popup's own text (it has no announcer).
    const said = await p.locator(root === 'panel' ? '[data-testid="announcer"]' : '[data-testid="popup"]').first().textContent({ timeout: 1_000 }).catch(() => '');
    throw new Error(`no report in the ${root} within ${timeoutMs} ms: state ${state}, saying "${(said ?? '').slice(0, 200)}" (${String(err).slice(0, 200)})`);
  });
}

/** Stops the extension's service worker (as Chrome does after 30 s idle); the next message restarts it. */
export async function stopServiceWorker(ext: LoadedExtension): Promise<void> {
  const worker = await workerSwitch(ext);
  await worker.stop();
  await worker.detach();
}

export const extensionWorker = (ext: LoadedExtension) => ext.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${ext.id}/`));

/** A restarted worker: its wake (ms), then what the article's load started in it: the engine's warm-up and the index cache's read ahead (ms each, from that load). */
export interface WokenWorker {
  woke: number;
  warmUp: number;
  preload: number;
}

/** How a woken worker's time went, for the figure tables. */
export const wokenLine = (w: WokenWorker) => `worker wake ${Math.round(w.woke)} ms, then its engine warm-up ${Math.round(w.warmUp)} ms and its index read ahead ${Math.round(w.preload)} ms`;

/**
 * Restarts the service worker and wakes it with a request that needs no library (settings), timed
 * on its own, and instruments it; then reloads the article's tab, as a reader opens the page
 * before checking it: the page's load warms the woken worker's engine (utils/report/engine-warm-up)
 * and reads its index cache ahead (Library.preloadIndex), and the check to be measured starts once
 * both are done, so every cold figure starts from the same state (the index read but none of its
 * parts, the article never checked). Their times are returned beside the wake's.
 */
export async function restartAndInstrumentWorker(ext: LoadedExtension, lib: Page, tabId: number): Promise<WokenWorker> {
  await stopServiceWorker(ext);
  const woke = await lib.evaluate(async () => {
    const start = performance.now();
    await (globalThis as unknown as PageGlobals).chrome.runtime.sendMessage({ type: 'get-settings' });
    return performance.now() - start;
  });
  await expect.poll(() => extensionWorker(ext) !== undefined).toBe(true);
  const worker = extensionWorker(ext)!;
  await worker.evaluate(instrumentWorker);
  // The reload's own load: a 'complete' counts only after its 'loading' (a late 'complete' of the
  // page's previous load must not start the click while the reload is still to come).
  const reloaded = await worker.evaluate((id) => new Promise<boolean>((resolve) => {
    const chrome = (globalThis as unknown as PageGlobals).chrome;
    let loading = false;
    const done = (ok: boolean) => {
      chrome.tabs.onUpdated.removeListener(loaded);
      clearTimeout(timer);
      resolve(ok);
    };
    const loaded = (tab: number, change: { status?: string }) => {
      if (tab !== id) return;
      if (change.status === 'loading') loading = true;
      else if (change.status === 'complete' && loading) done(true);
    };
    const timer = setTimeout(() => done(false), 30_000);
    chrome.tabs.onUpdated.addListener(loaded);
    void chrome.tabs.reload(id);
  }), tabId);
  expect(reloaded, 'the article tab reloaded within 30 s').toBe(true);
  const tookOf = (name: string) => () => worker.evaluate((n) => performance.getEntriesByName(`verbatim:${n}`)[0]?.duration ?? -1, name);
  await expect.poll(tookOf('engine-warm-up'), { timeout: 10_000 }).toBeGreaterThanOrEqual(0);
  await expect.poll(tookOf('index-preload'), { timeout: 10_000 }).toBeGreaterThanOrEqual(0);
  return { woke, warmUp: await tookOf('engine-warm-up')(), preload: await tookOf('index-preload')() };
}

/**
 * A popup opened right after a service-worker restart and the article's reload. The worker is
 * woken by a request that needs no library (settings) so it can be instrumented before the popup's
 * check; that wake and the engine's warm-up on the page's load are timed on their own.
 */
export async function coldPopup(ext: LoadedExtension, lib: Page, tabId: number, reportTimeoutMs = REPORT_TIMEOUT_MS): Promise<WokenWorker & { timing: PopupTiming; phases: Record<string, number>; writes: string[] }> {
  const woken = await restartAndInstrumentWorker(ext, lib, tabId);
  const timing = await openPopup(ext, tabId, reportTimeoutMs);
  return { ...woken, timing, ...(await workerPhases(ext)) };
}

export interface PanelTiming {
  /** Toolbar click → the full report in the panel, and the panel page's navigation start → that report (ms; with the panel open before the click, from its opening). */
  fromClick: number;
  fromNavigation: number;
  cards: number;
  matched: number;
}

type E2EHooks = { verbatimE2E: { actionClicked(tab: { id: number; windowId: number }): void } };

/**
 * A toolbar click right after a service-worker restart (woken, as for the cold popup, by a request
 * that needs no library, then instrumented, and the article reloaded): the background's click handler opens the panel (a
 * no-op without a real gesture) and starts the check; the panel page is opened at once, as the
 * browser opens the side panel on that click. With `panelOpen`, the panel is open already (the
 * reader kept it open while moving to this page: it shows "Check this page" for the tab) and the
 * click only checks. Times are compared on the shared wall clock (performance.timeOrigin + now) of
 * the worker and the page.
 */
export async function coldPanel(
  ext: LoadedExtension,
  lib: Page,
  tab: { id: number; windowId: number },
  reportTimeoutMs = REPORT_TIMEOUT_MS,
  panelOpen = false,
): Promise<WokenWorker & { timing: PanelTiming; phases: Record<string, number>; writes: string[] }> {
  const woken = await restartAndInstrumentWorker(ext, lib, tab.id);
  const p = await ext.context.newPage();
  await p.setViewportSize({ width: 400, height: 720 });
  await p.addInitScript(instrumentPopup, PANEL_REPORT_SELECTOR);
  const panelUrl = `chrome-extension://${ext.id}/sidepanel.html?tabId=${tab.id}`;
  if (panelOpen) {
    await p.goto(panelUrl);
    await p.locator('[data-testid="panel"][data-state="unchecked"]').waitFor({ timeout: reportTimeoutMs });
  }
  const clickedAt = await extensionWorker(ext)!.evaluate((t) => {
    const at = performance.timeOrigin + performance.now();
    (globalThis as unknown as E2EHooks).verbatimE2E.actionClicked(t);
    return at;
  }, tab);
  if (!panelOpen) await p.goto(panelUrl);
  await waitForReport(p, PANEL_REPORT_SELECTOR, 'panel', reportTimeoutMs);
  const shown = await p.evaluate(() => {
    const mark = performance.getEntriesByName('verbatim:report-shown')[0];
    return { at: performance.timeOrigin + mark.startTime, sinceNavigation: mark.startTime };
  });
  const cards = await p.locator('[data-testid="quote-card"]').count();
  const matched = await p.locator('[data-testid="quote-card"]:not([data-verdict="only-here"])').count();
  await p.close();
  return { ...woken, timing: { fromClick: shown.at - clickedAt, fromNavigation: shown.sinceNavigation, cards, matched }, ...(await workerPhases(ext)) };
}

/**
 * Writes saved records (utils/storage/storage LibraryRecord) straight into the database the
 * background owns, from an extension page: each URL's JSON array in a transaction of its own.
 * A writer other than the background's LibraryStore bumps the generation and logs no change, so
 * no index cache (not even one the worker writes later) can be caught up: the next wake rebuilds
 * (utils/storage/storage). Returns how many records were written and how long that took (ms).
 */
export async function writeRecords(extPage: Page, urls: readonly string[], db: string): Promise<{ count: number; ms: number }> {
  let count = 0;
  let ms = 0;
  for (const url of urls) {
    const written = await extPage.evaluate(async ({ url, db }) => {
      const records: unknown[] = await (await fetch(url)).json();
      const start = performance.now();
      const conn = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(db);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
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
    }, { url, db });
    count += written.count;
    ms += written.ms;
  }
  return { count, ms };
}

/** The e2e build copied to a folder of its own and launched: other e2e runs on this machine rebuild .output/ while a long test runs. */
export async function launchPrivateCopy(prefix: string): Promise<{ ext: LoadedExtension; dir: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  await cp(E2E_EXTENSION_DIR, dir, { recursive: true });
  return { ext: await launchExtension(dir), dir };
}

/** A long run's figures as the table it prints at its end. */
export function figureTable(title: string, rows: readonly { figure: string; value: string; target: string }[], widths: [number, number] = [96, 12]): string {
  return `\n${title}\n` + [['figure', 'measured', 'target'], ...rows.map((r) => [r.figure, r.value, r.target])]
    .map(([a, b, c]) => `${a.padEnd(widths[0])} ${b.padStart(widths[1])}  ${c}`)
    .join('\n');
}

/**
 * After records were written straight into IndexedDB: restarts the worker (its index is stale) and
 * times the request that rebuilds the index from every record and caches it, an article's history
 * (the article count is read from the store while no index is loaded); checks the article count.
 */
export async function indexRebuiltOnWake(ext: LoadedExtension, lib: Page, articles: number): Promise<number> {
  await stopServiceWorker(ext);
  const send = timedRequest(lib);
  const rebuilt = await send({ type: 'article-history', id: 'https://nowhere.example/' });
  expect(rebuilt.res).toMatchObject({ ok: true, data: null });
  expect((await send({ type: 'library-stats' })).res).toMatchObject({ ok: true, data: { articles } });
  return rebuilt.ms;
}
