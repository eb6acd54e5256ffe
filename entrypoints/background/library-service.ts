/**
 * What the background does, behind the message protocol: check a tab, save and remove articles,
 * list/search/export/import the library, export a checked tab's evidence, settings, samples, the
 * toolbar badge and automatic mode. entrypoints/background/index.ts only wires browser events to this class.
 *
 * State. IndexedDB (utils/storage/storage) is the source of truth. When the service worker wakes, the
 * first request loads the coverage index alone: from the cache if it is at the store's generation;
 * from the cache plus the articles written since (the store's change log) if it is behind; else
 * rebuilt from every article and re-cached. Every mutation goes through one queue, writes the
 * store first (bumping its generation in the same transaction), then updates the in-memory index.
 * Serializing the index costs seconds at 10,000 articles, so it is re-cached only once mutations
 * pause (CACHE_IDLE_MS, at most CACHE_MAX_WAIT_MS after the first unsaved change): if the worker
 * dies before that, the next wake catches the cache up from the change log, so nothing is lost.
 *
 * No article text is held for the library: a check plans its comparison on the index, reads
 * exactly the articles the plan names from IndexedDB (the most recent few hundred stay in an LRU),
 * then aligns. The library page's list and search read every article once per wake and keep
 * only summaries; its search matches names with a small MiniSearch of titles and outlets and
 * text with the coverage index's postings.
 */
import { browser, type Browser } from 'wxt/browser';
import { articleId } from '@/utils/article/article-id';
import { planComparison, runComparison, type Comparison } from '@/utils/report/compare-article';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { evidenceDocument, type EvidenceDocument } from '@/utils/evidence/evidence-document';
import type { EvidenceFormat } from '@/utils/evidence/evidence-formats';
import { buildEvidence } from '@/utils/evidence/evidence-model';
import { buildExportFile, planMerge, validateExport, type ExportedArticle } from '@/utils/storage/export-format';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { lexiconFor } from '@/utils/language/lexicons';
import {
  errorResponse, okResponse, parsePageReading, sendEvent, sendTabMessage,
  type ArticleSummary, type CheckReport, type ImportOutcome, type KindCounts, type PanelEvent, type Request, type RequestType, type ResponseData,
  type ResponseOf, type TabState,
} from '@/utils/protocol/messages';
import { LibrarySearch } from '@/utils/index/library-search';
import { LruMap } from '@/utils/text/lru-map';
import { extractMarkup } from '@/entrypoints/background/markup-extraction';
import { normalizeText } from '@/utils/text/normalize';
import { matchFlags, needsAttention } from '@/utils/report/order-quote-reports';
import { relatedCoverage, type RelatedArticle } from '@/utils/index/related-coverage';
import { sampleArticles } from '@/utils/index/sample-coverage';
import { hostMatches, type Settings } from '@/utils/storage/settings';
import { LibraryStore, type LibraryRecord } from '@/utils/storage/storage';
import { MalformedVarintsError } from '@/utils/index/varint-string';
import type { Article, ExtractResult, Quote, QuoteReport } from '@/utils/types';

/** Built by WXT from entrypoints/content.ts (`registration: 'runtime'`). */
export const CONTENT_SCRIPT = '/content-scripts/content.js';
const BADGE_COLOR = '#8a3b12';

export interface LibraryServiceOptions {
  openStore?: () => Promise<LibraryStore>;
  now?: () => number;
  samples?: () => Article[];
  /** Bytes the extension's storage uses; undefined when the browser cannot say. */
  estimateUsage?: () => Promise<number | undefined>;
  /** Re-cache the index once no mutation came for this long (ms; default CACHE_IDLE_MS). */
  cacheIdleMs?: number;
  /** Tells the side panel about checks and commands (default: broadcast with sendEvent). */
  notify?: (event: PanelEvent) => void;
}

/** The keyboard commands (manifest `commands`, wxt.config.ts), each run on the active tab. */
export const COMMANDS = ['check-page', 'next-quote', 'previous-quote', 'toggle-highlights', 'save-article'] as const;
export type Command = (typeof COMMANDS)[number];

/** Re-cache the index once no mutation came for this long… */
const CACHE_IDLE_MS = 3_000;
/** …or this long after the first change the cache lacks, whichever comes first. */
const CACHE_MAX_WAIT_MS = 20_000;
/** Saved articles kept in memory after a check read them (a few MB of text at most). */
const RECENT_RECORDS = 400;

interface State {
  store: LibraryStore;
  index: CoverageIndex;
  /** The store generation the in-memory index reflects, and the one the cached index does. */
  generation: number;
  cachedGeneration: number;
  /** Articles recently read from the store (kept in step with every change). */
  recent: LruMap<string, LibraryRecord>;
  /** Every article's summary: read on the first list, search or import, then kept in step. */
  summaries?: Map<string, ArticleSummary>;
  /** Titles and outlets: built on the first library search, then kept in step with every change. */
  search?: LibrarySearch;
}

/** The last check of a tab, so "Save" stores exactly what the reader saw without re-extracting. */
interface TabCheck {
  url: string | undefined;
  article: Article & { id: string };
  quotes: Quote[];
  comparison: Comparison;
}

/**
 * How the index was obtained on the last wake: from a current cache, from a cache caught up with
 * the articles written after it, or rebuilt from the store.
 */
export type IndexSource = 'cache' | 'caught-up' | 'rebuilt';

export class LibraryService {
  private ready: Promise<State> | null = null;
  private opened: Promise<LibraryStore> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private cacheTimer: ReturnType<typeof setTimeout> | undefined;
  /** When (Date.now) the in-memory index first got ahead of the cache; undefined when it is not. */
  private dirtySince: number | undefined;
  private checks = new Map<number, TabCheck>();
  /** What the side panel shows per tab: a check running, its last report, or its failure. */
  private tabStates = new Map<number, TabState>();
  private readonly notify: (event: PanelEvent) => void;
  private readonly openStore: () => Promise<LibraryStore>;
  private readonly now: () => number;
  private readonly samples: () => Article[];
  private readonly estimateUsage: () => Promise<number | undefined>;
  private readonly cacheIdleMs: number;
  /** For tests and diagnostics. */
  indexSource: IndexSource | null = null;

  constructor(opts: LibraryServiceOptions = {}) {
    this.openStore = opts.openStore ?? (() => LibraryStore.open());
    this.now = opts.now ?? Date.now;
    this.samples = opts.samples ?? sampleArticles;
    this.estimateUsage = opts.estimateUsage ?? estimateStorageUsage;
    this.cacheIdleMs = opts.cacheIdleMs ?? CACHE_IDLE_MS;
    this.notify = opts.notify ?? ((event) => void sendEvent(event));
  }

  /** Answers one validated request; failures come back as `{ ok: false, error }`. */
  async handle(req: Request): Promise<ResponseOf<RequestType>> {
    try {
      return okResponse(await this.dispatch(req));
    } catch (err) {
      let failure = err;
      if (err instanceof MalformedVarintsError) {
        // The index cache passed its load checks (shape only) but holds data that does not
        // decode: forget it and answer again from an index rebuilt from the articles, once.
        console.warn('library-service: the cached index is damaged; rebuilding it from the library', err);
        try {
          this.ready = null;
          await (await this.store()).deleteIndexCache();
          return okResponse(await this.dispatch(req));
        } catch (again) {
          failure = again;
        }
      }
      console.error('library-service:', failure);
      return errorResponse(readerMessage(failure));
    }
  }

  private dispatch(req: Request): Promise<ResponseData[RequestType]> {
    switch (req.type) {
      case 'check-tab': return this.checkTab(req.tabId);
      case 'save-article': return this.mutate(() => this.saveTab(req.tabId));
      case 'remove-article': return this.mutate(() => this.remove(req.id));
      case 'list-articles': return this.list();
      case 'search-library': return this.search(req.query);
      case 'export-library': return this.exportLibrary();
      case 'import-library': return this.mutate(() => this.importData(req.data));
      case 'library-stats': return this.stats();
      case 'load-samples': return this.mutate(async () => ({ added: (await this.importArticles(this.samplesToImport())).added }));
      case 'get-settings': return this.store().then((s) => s.getSettings());
      case 'set-settings': return this.setSettings(req.settings);
      case 'clear-library': return this.mutate(() => this.clear());
      case 'get-tab-state': return this.tabState(req.tabId);
      case 'export-evidence': return this.exportEvidence(req.tabId, req.format);
      case 'highlight-quotes':
      case 'focus-quote':
      case 'step-quote':
      case 'toggle-highlights':
        throw new Error(`library-service: ${req.type} is for the content script`);
      case 'extract-markup': throw new Error('library-service: extract-markup is for the offscreen document');
    }
  }

  private async setSettings(patch: Partial<Settings>): Promise<Settings> {
    const next = await (await this.store()).setSettings(patch);
    if (patch.highlights === false) {
      // Turned off: take the highlights out of the pages checked since the worker woke.
      await Promise.all([...this.checks.keys()].map((tabId) => sendTabMessage(tabId, { type: 'highlight-quotes', reports: [], enabled: false })));
    }
    return next;
  }

  // ---- state ----

  private state(): Promise<State> {
    this.ready ??= this.load().catch((err: unknown) => {
      this.ready = null; // try again on the next request
      throw err;
    });
    return this.ready;
  }

  /** The database alone: settings and automatic mode's first test need no index. */
  private store(): Promise<LibraryStore> {
    this.opened ??= this.openStore().catch((err: unknown) => {
      this.opened = null;
      throw err;
    });
    return this.opened;
  }

  private async load(): Promise<State> {
    const store = await this.store();
    const readStart = performance.now();
    const { cache, generation, changed } = await store.readIndexCache();
    const loadStart = measureSince('index-read', readStart);
    const usable = cache && cache.formatVersion === CoverageIndex.FORMAT_VERSION && changed ? cache : undefined;
    const cached = usable ? CoverageIndex.load(usable.json) : null;
    measureSince('index-load', loadStart);
    if (usable && cached && changed) {
      const state: State = { store, index: cached, generation, cachedGeneration: usable.generation, recent: new LruMap(RECENT_RECORDS) };
      // The worker stopped before re-caching: apply the articles written since (saved or gone).
      const records = await store.getMany(changed);
      changed.forEach((id, i) => {
        const record = records[i];
        if (record) cached.add(record);
        else cached.remove(id);
      });
      this.indexSource = changed.length > 0 ? 'caught-up' : 'cache';
      if (state.generation !== state.cachedGeneration) this.scheduleCacheWrite();
      return state;
    }
    const snapshot = await store.snapshot();
    const index = new CoverageIndex();
    for (const r of snapshot.records) index.add(r);
    const state: State = { store, index, generation: snapshot.generation, cachedGeneration: -1, recent: new LruMap(RECENT_RECORDS) };
    this.indexSource = 'rebuilt';
    // At once, not after a pause: a rebuild is the expensive thing the cache exists to avoid.
    await this.writeCache(state);
    return state;
  }

  private async writeCache(state: State): Promise<void> {
    const generation = state.generation;
    await state.store.saveIndexCache({ formatVersion: CoverageIndex.FORMAT_VERSION, generation, json: state.index.toJSON() });
    state.cachedGeneration = generation;
  }

  /**
   * Writes the index cache now if it lags the in-memory index (the idle timer calls this; tests
   * call it to see the cache current). Runs in the mutation queue, so it never serializes an
   * index halfway through a mutation.
   */
  flushIndexCache(): Promise<void> {
    clearTimeout(this.cacheTimer);
    this.cacheTimer = undefined;
    this.dirtySince = undefined;
    return this.enqueue(async () => {
      // A failed mutation dropped its state (it may hold a half-applied change): nothing to write.
      const state = await this.ready?.catch(() => null);
      if (state && state.cachedGeneration !== state.generation) await this.writeCache(state);
    });
  }

  private scheduleCacheWrite(): void {
    this.dirtySince ??= Date.now();
    clearTimeout(this.cacheTimer);
    const wait = Math.max(0, Math.min(this.cacheIdleMs, this.dirtySince + CACHE_MAX_WAIT_MS - Date.now()));
    this.cacheTimer = setTimeout(() => {
      this.flushIndexCache().catch((err: unknown) => console.error('library-service: could not cache the index', err));
    }, wait);
  }

  /**
   * A write to the store moved it to `generation`: the in-memory state now reflects it. A gap
   * means another writer changed the store meanwhile, so the state reloads on the next request.
   */
  private advance(state: State, generation: number): void {
    if (generation !== state.generation + 1) this.ready = null;
    state.generation = generation;
    this.scheduleCacheWrite();
  }

  /** Runs mutations one at a time; a failed one drops the in-memory state so it reloads from the store. */
  private mutate<T>(work: () => Promise<T>): Promise<T> {
    return this.enqueue(work).catch((err: unknown) => {
      this.ready = null;
      throw err;
    });
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => {});
    return run;
  }

  /** The stored articles with these ids (undefined where none), from the LRU or in one read. */
  private async records(state: State, ids: readonly string[]): Promise<Map<string, LibraryRecord | undefined>> {
    const out = new Map(ids.map((id) => [id, state.recent.get(id)]));
    const missing = ids.filter((id) => !out.get(id));
    const read = missing.length > 0 ? await state.store.getMany(missing) : [];
    missing.forEach((id, i) => {
      const record = read[i];
      out.set(id, record);
      if (record) state.recent.set(id, record);
    });
    return out;
  }

  /** Every article's summary, read from the store once per wake. */
  private async summaries(state: State): Promise<Map<string, ArticleSummary>> {
    if (state.summaries) return state.summaries;
    const generation = state.generation;
    const records = await state.store.getAll();
    // A mutation that finished during the read already updated what it touched: read again.
    if (generation !== state.generation) return this.summaries(state);
    state.summaries = new Map(records.map((r) => [r.id, summarize(r)]));
    return state.summaries;
  }

  /** Keeps the views beside the index in step with records just written to the store. */
  private wrote(state: State, records: readonly LibraryRecord[]): void {
    for (const r of records) {
      state.recent.set(r.id, r);
      state.summaries?.set(r.id, summarize(r));
      state.search?.add(r);
    }
  }

  // ---- checking a tab ----

  /** Checks a tab, telling the side panel that a check runs and then how it ended. */
  async checkTab(tabId: number): Promise<CheckReport> {
    this.setTabState(tabId, { state: 'checking' });
    try {
      const report = await this.check(tabId);
      this.setTabState(tabId, { state: 'checked', report });
      return report;
    } catch (err) {
      this.setTabState(tabId, { state: 'failed', error: readerMessage(err) });
      throw err;
    }
  }

  private setTabState(tabId: number, tab: TabState): void {
    if (tab.state === 'unchecked') this.tabStates.delete(tabId);
    else this.tabStates.set(tabId, tab);
    this.notify({ type: 'tab-state', tabId, tab });
  }

  /** The panel's view of a tab; a report whose page has gone elsewhere since no longer applies. */
  private async tabState(tabId: number): Promise<TabState> {
    const known = this.tabStates.get(tabId);
    const check = this.checks.get(tabId);
    if (known?.state === 'checked' && check) {
      const tab = await getTab(tabId);
      if (!tab || (tab.url !== undefined && tab.url !== check.url)) return { state: 'unchecked' };
    }
    return known ?? { state: 'unchecked' };
  }

  /**
   * The evidence document of a tab's last comparison: exactly the report the reader sees, with the
   * article's text and when the reader saved each article. Refused, with the reason in words, for a
   * tab with no report shown (never checked, failed, not an article) or whose page has moved on.
   */
  private async exportEvidence(tabId: number, format: EvidenceFormat): Promise<EvidenceDocument> {
    const shown = this.tabStates.get(tabId);
    const check = this.checks.get(tabId);
    if (shown?.state !== 'checked' || shown.report.status !== 'ok' || !check) {
      throw new Error(`library-service: ${NOTHING_TO_EXPORT}`);
    }
    const tab = await getTab(tabId);
    if (!tab || (tab.url !== undefined && tab.url !== check.url)) throw new Error(`library-service: ${PAGE_MOVED_ON}`);
    const { article, comparison } = check;
    const state = await this.state();
    const ids = new Set([article.id, ...comparison.quotes.flatMap((r) => r.matches.map((m) => m.articleId))]);
    const records = await this.records(state, [...ids]);
    const evidence = buildEvidence(article, comparison.quotes, {
      id: article.id,
      savedAt: (id) => records.get(id)?.savedAt,
      generatedAt: new Date(this.now()).toISOString(),
    });
    return evidenceDocument(evidence, format);
  }

  private async check(tabId: number): Promise<CheckReport> {
    performance.clearMeasures(); // only the latest check's phases are kept (see measureSince)
    const tab = await getTab(tabId);
    if (!tab) return { status: 'error', tabId, message: 'This tab is no longer open.' };
    if (tab.url !== undefined && isRestrictedUrl(tab.url)) {
      return { status: 'restricted', tabId, message: RESTRICTED };
    }
    // The library loads while the page is read: on a cold wake the two take about as long. Not
    // before the tab lookup: the index's arrival would hold the worker's one thread and delay it.
    const loading = this.state();
    loading.catch(() => {}); // awaited below unless the page is refused first
    const extracted = await this.extract(tabId);
    if ('restricted' in extracted) return { status: 'restricted', tabId, message: extracted.restricted };
    if (!extracted.ok) return { status: 'not-article', tabId, message: extracted.message };

    // Quotes need no library: found while the index may still be arriving from IndexedDB.
    let start = performance.now();
    const article = { ...extracted.article, id: articleId(extracted.article) };
    const quotes = findQuotes(article, lexiconFor(article));
    start = measureSince('find-quotes', start);
    const state = await loading;
    start = measureSince('index-wait', start);
    const plan = planComparison(article, quotes, state.index);
    start = measureSince('plan', start);
    const records = await this.records(state, [article.id, ...plan.ids]);
    start = measureSince('read-articles', start);
    const comparison = runComparison(plan, (id) => records.get(id));
    measureSince('compare', start);
    this.checks.set(tabId, { url: tab.url, article, quotes, comparison });

    const stored = records.get(article.id);
    const saved = !stored ? 'no' : normalizeText(stored.text) === normalizeText(article.text) ? 'yes' : 'outdated';
    const [settings] = await Promise.all([state.store.getSettings(), this.showBadge(tabId, comparison.quotes)]);
    if (settings.highlights) {
      // Not awaited: the report does not wait for the page to anchor its highlights (~10 ms, more
      // on a long page), and a page that cannot take messages still gets its report.
      void sendTabMessage(tabId, { type: 'highlight-quotes', reports: comparison.quotes, enabled: true });
    }
    return {
      status: 'ok',
      tabId,
      article: { id: article.id, url: article.url, outlet: article.outlet, title: article.title, date: article.date },
      reports: comparison.quotes,
      counts: countKinds(comparison.quotes),
      saved,
      libraryCount: state.index.size,
      wire: comparison.wire,
      related: comparison.related,
    };
  }

  private async extract(tabId: number): Promise<ExtractResult | { restricted: string }> {
    let results: { result?: unknown }[];
    try {
      results = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      if (/cannot access|cannot be scripted|permission|chrome:\/\/|extensions gallery/i.test(text)) {
        return { restricted: NO_ACCESS };
      }
      throw new Error(`library-service: could not read the page (${text})`);
    }
    const reading = parsePageReading(results[0]?.result);
    if (!reading) throw new Error('library-service: the page reader returned nothing; reload the page and try again.');
    // A very large page hands over its markup instead (utils/article/page-size): extracted off the page's
    // main thread in a native DOM (entrypoints/background/markup-extraction), with the same limits and messages.
    return reading.ok === 'markup' ? extractMarkup(reading) : reading;
  }

  private async showBadge(tabId: number, reports: readonly QuoteReport[]): Promise<void> {
    const n = reports.filter(needsAttention).length;
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    try {
      await action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' });
      if (n > 0) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    } catch {
      // The tab closed meanwhile: nothing to show.
    }
  }

  /** Automatic mode: a tab finished loading. Checks it if the reader allowed this site. */
  async onTabComplete(tabId: number, url: string | undefined): Promise<void> {
    try {
      await this.autoCheck(tabId, url);
    } catch (err) {
      console.error('library-service: automatic check failed', err);
    }
  }

  private async autoCheck(tabId: number, url: string | undefined): Promise<void> {
    this.checks.delete(tabId);
    // Without host permission the tab's URL is hidden: nothing to do, and nothing is loaded.
    if (!url || !/^https?:/.test(url)) return;
    const settings = await (await this.store()).getSettings();
    if (!automaticCovers(settings, url) || !(await hasHostPermission(url))) return;
    const report = await this.checkTab(tabId);
    if (report.status !== 'ok' || !settings.rememberRead || report.saved === 'yes') return;
    if (settings.excludedSites.some((site) => hostMatches(new URL(url).hostname, site))) return;
    await this.mutate(() => this.saveTab(tabId));
  }

  /** The tab went to another address: its check and badge no longer apply. */
  forgetTab(tabId: number): void {
    if (this.checks.delete(tabId)) void this.showBadge(tabId, []);
    if (this.tabStates.has(tabId)) this.setTabState(tabId, { state: 'unchecked' });
  }

  // ---- keyboard commands ----

  /**
   * Runs a keyboard command on a tab (the command is the reader's gesture that grants activeTab)
   * and announces what it did in the side panel, so no command ends in a silent nothing. Stepping
   * or toggling on a tab whose page holds no quotes of ours checks it first.
   */
  async runCommand(command: Command, tabId: number): Promise<void> {
    try {
      await this.command(command, tabId);
    } catch (err) {
      this.notify({ type: 'notice', tabId, message: readerMessage(err) });
    }
  }

  private async command(command: Command, tabId: number): Promise<void> {
    const say = (message: string) => this.notify({ type: 'notice', tabId, message });
    switch (command) {
      case 'check-page': {
        await this.checkTab(tabId);
        return;
      }
      case 'save-article': {
        const { saved } = await this.mutate(() => this.saveTab(tabId));
        return say(saved === 'new' ? 'Saved to your library.' : 'Saved copy updated.');
      }
      case 'next-quote':
      case 'previous-quote': {
        const step = command === 'next-quote' ? 1 : -1;
        let res = await sendTabMessage(tabId, { type: 'step-quote', step });
        if (!res.ok) {
          if (!(await this.checkedWithQuotes(tabId))) return;
          res = await sendTabMessage(tabId, { type: 'step-quote', step });
        }
        if (!res.ok) return say(`No quote to move to: ${res.error}`);
        return say(res.data ? `Quote ${res.data.position} of ${res.data.of}.` : 'No quote is highlighted in this page.');
      }
      case 'toggle-highlights': {
        const res = await sendTabMessage(tabId, { type: 'toggle-highlights' });
        if (!res.ok) {
          await this.checkedWithQuotes(tabId); // a page not checked yet: checking highlights it
          return;
        }
        return say(res.data.shown ? `Highlights shown (${res.data.quotes} quotes).` : 'Highlights hidden.');
      }
    }
  }

  /** Checks the tab; true when the page now holds highlighted quotes to act on. */
  private async checkedWithQuotes(tabId: number): Promise<boolean> {
    const report = await this.checkTab(tabId);
    return report.status === 'ok' && report.reports.length > 0;
  }

  // ---- library ----

  private async saveTab(tabId: number): Promise<{ saved: 'new' | 'updated'; id: string; libraryCount: number }> {
    const tab = await getTab(tabId);
    let check = this.checks.get(tabId);
    if (!check || (tab?.url !== undefined && tab.url !== check.url)) {
      const report = await this.checkTab(tabId);
      if (report.status !== 'ok') throw new Error(`library-service: ${report.message}`);
      check = this.checks.get(tabId)!;
    }
    const state = await this.state();
    const related = check.comparison.related[0]?.articleId;
    const known = await this.records(state, related ? [check.article.id, related] : [check.article.id]);
    const record: LibraryRecord = {
      ...check.article,
      quotes: check.quotes,
      savedAt: this.now(),
      storyKey: known.get(check.article.id)?.storyKey ?? (related && known.get(related)?.storyKey) ?? check.article.id,
    };
    const { saved, generation } = await state.store.put(record);
    state.index.add(record);
    this.wrote(state, [record]);
    this.advance(state, generation);
    const shown = this.tabStates.get(tabId);
    if (shown?.state === 'checked' && shown.report.status === 'ok') {
      // The panel's report says "saved" from now on, however the save was asked for.
      this.setTabState(tabId, { state: 'checked', report: { ...shown.report, saved: 'yes', libraryCount: state.index.size } });
    }
    return { saved, id: record.id, libraryCount: state.index.size };
  }

  private async remove(id: string): Promise<{ removed: boolean }> {
    const state = await this.state();
    const { removed, generation } = await state.store.delete(id);
    if (!removed) return { removed };
    state.index.remove(id);
    state.recent.delete(id);
    state.summaries?.delete(id);
    state.search?.remove(id);
    this.advance(state, generation);
    return { removed };
  }

  private async clear(): Promise<{ removed: number }> {
    const state = await this.state();
    const { removed, generation } = await state.store.clear();
    state.index = new CoverageIndex();
    state.recent.clear();
    state.summaries = new Map();
    state.search = new LibrarySearch();
    this.checks.clear();
    for (const tabId of [...this.tabStates.keys()]) this.setTabState(tabId, { state: 'unchecked' });
    this.advance(state, generation);
    return { removed };
  }

  async list(): Promise<ArticleSummary[]> {
    const summaries = await this.summaries(await this.state());
    return [...summaries.values()].sort((a, b) => b.savedAt - a.savedAt || a.id.localeCompare(b.id));
  }

  /**
   * Titles, outlets and URLs containing the query first, then titles and outlets matching its
   * words (prefixes, small typos), then articles whose text holds every word (the coverage index).
   */
  async search(query: string): Promise<ArticleSummary[]> {
    const q = normalizeText(query);
    if (!q) return this.list();
    const state = await this.state();
    const summaries = await this.summaries(state);
    if (!state.search) {
      state.search = new LibrarySearch();
      for (const a of summaries.values()) state.search.add(a);
    }
    const byMeta = [...summaries.values()].filter((a) => normalizeText(`${a.title} ${a.outlet} ${a.url}`).includes(q));
    const byWords = [...state.search.search(query), ...state.index.searchText(query)].flatMap((id) => summaries.get(id) ?? []);
    return [...new Set([...byMeta, ...byWords])];
  }

  private async exportLibrary() {
    const { store } = await this.state();
    return buildExportFile(await store.getAll(), new Date(this.now()));
  }

  private async importData(data: unknown): Promise<ImportOutcome> {
    const check = validateExport(data);
    if (!check.ok) throw new Error(`library-service: ${check.reason}`);
    return this.importArticles(check.file.articles);
  }

  private samplesToImport(): ExportedArticle[] {
    const at = this.now();
    return this.samples().map((a) => ({ ...a, id: articleId(a), savedAt: at }));
  }

  /** Merges articles (newer savedAt wins) in one transaction; quotes are found afresh. */
  private async importArticles(incoming: readonly ExportedArticle[]): Promise<ImportOutcome> {
    const state = await this.state();
    const summaries = await this.summaries(state);
    const existing = new Map([...summaries.values()].map((a) => [a.id, a.savedAt]));
    const plan = planMerge(incoming, existing);
    const records: LibraryRecord[] = [];
    // Index as we go so articles in one file group into stories with each other; if the write
    // below fails, mutate() drops this in-memory index and it is rebuilt from the store.
    // Oldest first, as they were saved, so each story keeps the key of its first article.
    for (const a of [...plan.write].sort((x, y) => x.savedAt - y.savedAt)) {
      const storyKey =
        summaries.get(a.id)?.storyKey ??
        storyKeyFrom(relatedCoverage(a, state.index, { limit: 1, includeSameOutlet: true }), summaries, records) ??
        a.id;
      const record: LibraryRecord = { ...a, quotes: findQuotes(a, lexiconFor(a)), storyKey };
      records.push(record);
      state.index.add(record);
    }
    if (records.length > 0) {
      const generation = await state.store.putMany(records);
      this.wrote(state, records);
      this.advance(state, generation);
    }
    return { added: plan.added, updated: plan.updated, skipped: plan.skipped };
  }

  private async stats(): Promise<{ articles: number; bytes: number }> {
    const { index, store } = await this.state();
    const estimate = await this.estimateUsage().catch(() => undefined);
    // Fallback: JavaScript strings are UTF-16, roughly what IndexedDB keeps of them.
    const bytes = estimate ?? (await store.getAll()).reduce((sum, a) => sum + JSON.stringify(a).length * 2, 0);
    return { articles: index.size, bytes };
  }
}

// ---- helpers ----

const RESTRICTED = 'Browsers do not let extensions read this page (browser pages and extension stores). Open a news article and try again.';
const NOTHING_TO_EXPORT = 'This page has no report to export: check it first.';
const PAGE_MOVED_ON = 'This page has changed since it was checked: check it again, then export.';
const NO_ACCESS = 'Verbatim may not read this page. Click the Verbatim button in the toolbar while the article is open, or turn on automatic mode for this site.';

function isRestrictedUrl(url: string): boolean {
  if (!/^(https?|file):/i.test(url)) return true;
  return /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i.test(url);
}

/**
 * Leaves a `verbatim:` user-timing measure from `start` to now and returns now: where a check's
 * time went, for the in-browser performance test (the page's content script does the same).
 */
function measureSince(phase: string, start: number): number {
  const end = performance.now();
  performance.measure(`verbatim:${phase}`, { start, end });
  return end;
}

async function getTab(tabId: number): Promise<Browser.tabs.Tab | undefined> {
  try {
    return await browser.tabs.get(tabId);
  } catch {
    return undefined;
  }
}

export function countKinds(reports: readonly QuoteReport[]): KindCounts {
  const counts: KindCounts = { verbatim: 0, partial: 0, altered: 0, paraphrase: 0, onlyHere: 0, speakerConflicts: 0, meaningChanges: 0 };
  for (const r of reports) {
    if (r.matches.length === 0) counts.onlyHere++;
    for (const kind of new Set(r.matches.map((m) => m.kind))) counts[kind]++;
    // Flags counted beside the kinds, from the same definition the popup's chips use.
    const flags = new Set(r.matches.flatMap(matchFlags));
    if (flags.has('speaker-conflict')) counts.speakerConflicts++;
    if (flags.has('meaning-change')) counts.meaningChanges++;
  }
  return counts;
}

/** The story of the most related saved article (or of one imported alongside), if any. */
function storyKeyFrom(
  related: readonly RelatedArticle[],
  articles: ReadonlyMap<string, { storyKey: string }>,
  pending: readonly LibraryRecord[] = [],
): string | undefined {
  const top = related[0];
  if (!top) return undefined;
  return articles.get(top.articleId)?.storyKey ?? pending.find((r) => r.id === top.articleId)?.storyKey;
}

function summarize(a: LibraryRecord): ArticleSummary {
  return {
    id: a.id, title: a.title, outlet: a.outlet, url: a.url, date: a.date, savedAt: a.savedAt,
    quoteCount: a.quotes.length, storyKey: a.storyKey,
  };
}

function automaticCovers(settings: Settings, url: string): boolean {
  if (!settings.automatic) return false;
  const host = new URL(url).hostname;
  return settings.sites.length === 0 || settings.sites.some((site) => hostMatches(host, site));
}

async function hasHostPermission(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] });
  } catch {
    return false;
  }
}

async function estimateStorageUsage(): Promise<number | undefined> {
  const estimate = await globalThis.navigator?.storage?.estimate?.();
  return estimate?.usage;
}

/** Errors carry their module name for developers; the reader sees the sentence after it. */
function readerMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/^[a-z-]+: /, '');
}

