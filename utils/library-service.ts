/**
 * What the background does, behind the message protocol: check a tab, save and remove articles,
 * list/search/export/import the library, settings, samples, the toolbar badge and automatic
 * mode. entrypoints/background.ts only wires browser events to this class.
 *
 * State. IndexedDB (utils/storage) is the source of truth. When the service worker wakes, the
 * first request loads the saved articles and the coverage index: from the cached index if its
 * format version and checksum match the store, else rebuilt from the articles and re-cached.
 * Every mutation goes through one queue, writes the store first, then updates the in-memory
 * index and re-caches it; if the worker dies in between, the stale cache fails its checksum on
 * the next wake and is rebuilt, so nothing is lost.
 *
 * The saved articles are kept in memory beside the index because `compareArticle` resolves
 * candidate ids synchronously (a library of 1,000 articles is a few MB of text).
 */
import { browser, type Browser } from 'wxt/browser';
import { articleId } from '@/utils/article-id';
import { compareArticle, type Comparison } from '@/utils/compare-article';
import { CoverageIndex } from '@/utils/coverage-index';
import { buildExportFile, planMerge, validateExport, type ExportedArticle } from '@/utils/export-format';
import { findQuotes } from '@/utils/find-quotes';
import {
  errorResponse, okResponse, sendTabMessage,
  type ArticleSummary, type CheckReport, type ImportOutcome, type KindCounts, type Request, type RequestType, type ResponseData, type ResponseOf,
} from '@/utils/messages';
import { LibrarySearch } from '@/utils/library-search';
import { normalizeText } from '@/utils/normalize';
import { relatedCoverage, type RelatedArticle } from '@/utils/related-coverage';
import { sampleArticles } from '@/utils/sample-coverage';
import { hostMatches, type Settings } from '@/utils/settings';
import { LibraryStore, type LibraryRecord } from '@/utils/storage';
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
}

interface State {
  store: LibraryStore;
  index: CoverageIndex;
  articles: Map<string, LibraryRecord>;
  /** Built on the first library search, then kept in step with every change. */
  search?: LibrarySearch;
}

/** The last check of a tab, so "Save" stores exactly what the reader saw without re-extracting. */
interface TabCheck {
  url: string | undefined;
  article: Article & { id: string };
  quotes: Quote[];
  comparison: Comparison;
}

/** How the index was obtained on the last wake: from the cache, or rebuilt from the store. */
export type IndexSource = 'cache' | 'rebuilt';

export class LibraryService {
  private ready: Promise<State> | null = null;
  private opened: Promise<LibraryStore> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private checks = new Map<number, TabCheck>();
  private readonly openStore: () => Promise<LibraryStore>;
  private readonly now: () => number;
  private readonly samples: () => Article[];
  private readonly estimateUsage: () => Promise<number | undefined>;
  /** For tests and diagnostics. */
  indexSource: IndexSource | null = null;

  constructor(opts: LibraryServiceOptions = {}) {
    this.openStore = opts.openStore ?? (() => LibraryStore.open());
    this.now = opts.now ?? Date.now;
    this.samples = opts.samples ?? sampleArticles;
    this.estimateUsage = opts.estimateUsage ?? estimateStorageUsage;
  }

  /** Answers one validated request; failures come back as `{ ok: false, error }`. */
  async handle(req: Request): Promise<ResponseOf<RequestType>> {
    try {
      return okResponse(await this.dispatch(req));
    } catch (err) {
      console.error('library-service:', err);
      return errorResponse(readerMessage(err));
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
      case 'highlight-quotes': throw new Error('library-service: highlight-quotes is for the content script');
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
    const records = await store.getAll();
    const articles = new Map(records.map((r) => [r.id, r]));
    const checksum = await store.checksum();
    const cache = await store.loadIndexCache();
    const cached =
      cache && cache.formatVersion === CoverageIndex.FORMAT_VERSION && cache.checksum === checksum
        ? CoverageIndex.load(cache.json)
        : null;
    const state: State = { store, index: cached ?? new CoverageIndex(), articles };
    this.indexSource = cached ? 'cache' : 'rebuilt';
    if (!cached) {
      for (const r of records) state.index.add(r);
      await this.cacheIndex(state);
    }
    return state;
  }

  private async cacheIndex(state: State): Promise<void> {
    await state.store.saveIndexCache({
      formatVersion: CoverageIndex.FORMAT_VERSION,
      checksum: await state.store.checksum(),
      json: state.index.toJSON(),
    });
  }

  /** Runs mutations one at a time; a failed one drops the in-memory state so it reloads from the store. */
  private mutate<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work).catch((err: unknown) => {
      this.ready = null;
      throw err;
    });
    this.queue = run.catch(() => {});
    return run;
  }

  // ---- checking a tab ----

  async checkTab(tabId: number): Promise<CheckReport> {
    const tab = await getTab(tabId);
    if (!tab) return { status: 'error', tabId, message: 'This tab is no longer open.' };
    if (tab.url !== undefined && isRestrictedUrl(tab.url)) {
      return { status: 'restricted', tabId, message: RESTRICTED };
    }
    const extracted = await this.extract(tabId);
    if ('restricted' in extracted) return { status: 'restricted', tabId, message: extracted.restricted };
    if (!extracted.ok) return { status: 'not-article', tabId, message: extracted.message };

    const state = await this.state();
    const article = { ...extracted.article, id: articleId(extracted.article) };
    const quotes = findQuotes(article);
    const comparison = compareArticle(article, quotes, state.index, (id) => state.articles.get(id));
    this.checks.set(tabId, { url: tab.url, article, quotes, comparison });

    const stored = state.articles.get(article.id);
    const saved = !stored ? 'no' : normalizeText(stored.text) === normalizeText(article.text) ? 'yes' : 'outdated';
    await this.showBadge(tabId, comparison.quotes);
    const settings = await state.store.getSettings();
    if (settings.highlights) {
      // A page that cannot take messages still gets its report; highlights are a bonus.
      await sendTabMessage(tabId, { type: 'highlight-quotes', reports: comparison.quotes, enabled: true });
    }
    return {
      status: 'ok',
      tabId,
      article: { id: article.id, url: article.url, outlet: article.outlet, title: article.title, date: article.date },
      reports: comparison.quotes,
      counts: countKinds(comparison.quotes),
      saved,
      libraryCount: state.articles.size,
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
    const result = results[0]?.result;
    if (!isExtractResult(result)) throw new Error('library-service: the page reader returned nothing; reload the page and try again.');
    return result;
  }

  private async showBadge(tabId: number, reports: readonly QuoteReport[]): Promise<void> {
    const n = reports.filter(rendersDifferently).length;
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
    const existing = state.articles.get(check.article.id);
    const record: LibraryRecord = {
      ...check.article,
      quotes: check.quotes,
      savedAt: this.now(),
      storyKey: existing?.storyKey ?? storyKeyFrom(check.comparison.related, state.articles) ?? check.article.id,
    };
    const saved = await state.store.put(record);
    state.articles.set(record.id, record);
    state.index.add(record);
    state.search?.add(record);
    await this.cacheIndex(state);
    return { saved, id: record.id, libraryCount: state.articles.size };
  }

  private async remove(id: string): Promise<{ removed: boolean }> {
    const state = await this.state();
    const removed = await state.store.delete(id);
    state.articles.delete(id);
    state.index.remove(id);
    state.search?.remove(id);
    if (removed) await this.cacheIndex(state);
    return { removed };
  }

  private async clear(): Promise<{ removed: number }> {
    const state = await this.state();
    const removed = await state.store.clear();
    state.articles.clear();
    state.index = new CoverageIndex();
    state.search = undefined;
    this.checks.clear();
    await this.cacheIndex(state);
    return { removed };
  }

  async list(): Promise<ArticleSummary[]> {
    const { articles } = await this.state();
    return [...articles.values()].sort((a, b) => b.savedAt - a.savedAt || a.id.localeCompare(b.id)).map(summarize);
  }

  /** Titles, outlets and URLs containing the query first, then articles whose text matches it. */
  async search(query: string): Promise<ArticleSummary[]> {
    const q = normalizeText(query);
    if (!q) return this.list();
    const state = await this.state();
    const { articles } = state;
    if (!state.search) {
      state.search = new LibrarySearch();
      for (const a of articles.values()) state.search.add(a);
    }
    const byMeta = [...articles.values()].filter((a) => normalizeText(`${a.title} ${a.outlet} ${a.url}`).includes(q));
    const byText = state.search.search(query).flatMap((id) => articles.get(id) ?? []);
    return [...new Set([...byMeta, ...byText])].map(summarize);
  }

  private async exportLibrary() {
    const { articles } = await this.state();
    return buildExportFile([...articles.values()], new Date(this.now()));
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
    const existing = new Map([...state.articles.values()].map((a) => [a.id, a.savedAt]));
    const plan = planMerge(incoming, existing);
    const records: LibraryRecord[] = [];
    // Index as we go so articles in one file group into stories with each other; if the write
    // below fails, mutate() drops this in-memory index and it is rebuilt from the store.
    // Oldest first, as they were saved, so each story keeps the key of its first article.
    for (const a of [...plan.write].sort((x, y) => x.savedAt - y.savedAt)) {
      const storyKey =
        state.articles.get(a.id)?.storyKey ??
        storyKeyFrom(relatedCoverage(a, state.index, { limit: 1, includeSameOutlet: true }), state.articles, records) ??
        a.id;
      const record: LibraryRecord = { ...a, quotes: findQuotes(a), storyKey };
      records.push(record);
      state.index.add(record);
      state.search?.add(record);
    }
    await state.store.putMany(records);
    for (const r of records) state.articles.set(r.id, r);
    if (records.length > 0) await this.cacheIndex(state);
    return { added: plan.added, updated: plan.updated, skipped: plan.skipped };
  }

  private async stats(): Promise<{ articles: number; bytes: number }> {
    const { articles } = await this.state();
    const estimate = await this.estimateUsage().catch(() => undefined);
    // Fallback: JavaScript strings are UTF-16, roughly what IndexedDB keeps of them.
    const bytes = estimate ?? [...articles.values()].reduce((sum, a) => sum + JSON.stringify(a).length * 2, 0);
    return { articles: articles.size, bytes };
  }
}

// ---- helpers ----

const RESTRICTED = 'Browsers do not let extensions read this page (browser pages and extension stores). Open a news article and try again.';
const NO_ACCESS = 'Verbatim may not read this page. Click the Verbatim button in the toolbar while the article is open, or turn on automatic mode for this site.';

function isRestrictedUrl(url: string): boolean {
  if (!/^(https?|file):/i.test(url)) return true;
  return /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i.test(url);
}

async function getTab(tabId: number): Promise<Browser.tabs.Tab | undefined> {
  try {
    return await browser.tabs.get(tabId);
  } catch {
    return undefined;
  }
}

function isExtractResult(x: unknown): x is ExtractResult {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as { ok?: unknown; article?: { text?: unknown }; message?: unknown };
  return r.ok === true ? typeof r.article?.text === 'string' : r.ok === false && typeof r.message === 'string';
}

/** A quote another outlet renders differently: altered, paraphrased, or credited to someone else. */
function rendersDifferently(report: QuoteReport): boolean {
  return report.matches.some((m) => m.kind === 'altered' || m.kind === 'paraphrase' || m.speakerConflict);
}

export function countKinds(reports: readonly QuoteReport[]): KindCounts {
  const counts: KindCounts = { verbatim: 0, partial: 0, altered: 0, paraphrase: 0, onlyHere: 0, speakerConflicts: 0, meaningChanges: 0 };
  for (const r of reports) {
    if (r.matches.length === 0) counts.onlyHere++;
    for (const kind of new Set(r.matches.map((m) => m.kind))) counts[kind]++;
    if (r.matches.some((m) => m.speakerConflict)) counts.speakerConflicts++;
    if (r.matches.some((m) => m.meaningChanges.length > 0)) counts.meaningChanges++;
  }
  return counts;
}

/** The story of the most related saved article (or of one imported alongside), if any. */
function storyKeyFrom(
  related: readonly RelatedArticle[],
  articles: ReadonlyMap<string, LibraryRecord>,
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
