/**
 * Checking tabs: read the page, compare it with the library, show the badge and the highlights,
 * and keep per tab what the side panel shows (a check running, its report, or its failure) and
 * what was checked, so "Save" and evidence export use exactly what the reader saw. This memory
 * lives as long as the worker: after it stops, a tab shows "Check this page" again.
 */
import { browser, type Browser } from 'wxt/browser';
import { showBadge } from '@/entrypoints/background/badge';
import { isRestrictedUrl, readPage } from '@/entrypoints/background/read-page';
import { readerMessage } from '@/entrypoints/background/reader-message';
import { articleId } from '@/utils/article/article-id';
import type { EvidenceDocument } from '@/utils/evidence/evidence-document';
import type { EvidenceFormat } from '@/utils/evidence/evidence-formats';
import { measureSince } from '@/utils/library/check-timing';
import type { Library, SaveOutcome } from '@/utils/library/library';
import type { SaveHandOver } from '@/utils/families/save-hand-over';
import { sendTabMessage, type CheckReport, type PanelEvent, type TabState } from '@/utils/protocol/messages';
import { lexiconFor } from '@/utils/language/lexicons';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { warmEngineInSteps } from '@/utils/report/engine-warm-up';
import { countKinds } from '@/utils/report/verdicts';
import type { Settings } from '@/utils/storage/settings';
import type { Article, Comparison, Quote } from '@/utils/types';
import { browserTranslator as t } from '@/utils/i18n/browser-translator';


/** The last check of a tab, so "Save" stores exactly what the reader saw without re-extracting. */
interface TabCheck {
  url: string | undefined;
  article: Article & { id: string };
  quotes: Quote[];
  comparison: Comparison;
  /** What the families' upkeep may take from this check when it is saved. */
  handOver: SaveHandOver;
}

export class TabChecks {
  private checks = new Map<number, TabCheck>();
  /** Per tab, its last check's badge and highlights, sent after its report (see `check`). */
  private marking = new Map<number, Promise<void>>();
  private states = new Map<number, TabState>();
  /** Whether this worker has warmed its engine or checked a page (which warms it as well). */
  private warm = false;

  constructor(
    private readonly library: Library,
    /** Tells the side panel about checks (broadcast with sendEvent in the extension). */
    private readonly notify: (event: PanelEvent) => void,
  ) {}

  /** Checks a tab, telling the side panel that a check runs and then how it ended. */
  async checkTab(tabId: number): Promise<CheckReport> {
    this.warm = true;
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

  /** Saves what the tab's last check saw (checking it first when there is none, or the tab moved on). */
  async saveTab(tabId: number): Promise<SaveOutcome> {
    const outcome = await this.library.save(async () => {
      const { article, quotes, comparison, handOver } = await this.lastCheck(tabId);
      return { article, quotes, related: comparison.related, handOver };
    });
    const shown = this.states.get(tabId);
    if (shown?.state === 'checked' && shown.report.status === 'ok') {
      // The panel's report says "saved" from now on, however the save was asked for.
      this.setTabState(tabId, { state: 'checked', report: { ...shown.report, saved: 'yes', libraryCount: outcome.libraryCount } });
    }
    return outcome;
  }

  /**
   * Warms the engine and reads the index cache once per worker, when a page may soon be checked (a
   * page loads in a tab, the panel shows a tab): the first check then finds its code compiled and
   * the index read. A library page's requests do not warm it, nor does a check (it warms itself).
   * See docs/DESIGN.md "The engine warmed before the check" and "The index cache read when a page loads".
   */
  warmUp(): void {
    if (this.warm) return;
    this.warm = true;
    const from = performance.now();
    void this.library.preloadIndex().then(() => void measureSince('index-preload', from));
    void warmEngineInSteps().then(
      () => void measureSince('engine-warm-up', from),
      (err: unknown) => console.error('tab-checks: the engine warm-up failed', err),
    );
  }

  /** The panel's view of a tab; a report whose page has gone elsewhere since no longer applies. */
  async tabState(tabId: number): Promise<TabState> {
    this.warmUp();
    const known = this.states.get(tabId);
    const check = this.checks.get(tabId);
    if (known?.state === 'checked' && check) {
      const tab = await getTab(tabId);
      if (!tab || (tab.url !== undefined && tab.url !== check.url)) return { state: 'unchecked' };
    }
    return known ?? { state: 'unchecked' };
  }

  /**
   * The evidence document of a tab's last comparison: exactly the report the reader sees. Refused,
   * with the reason in words, for a tab with no report shown (never checked, failed, not an
   * article) or whose page has moved on.
   */
  async exportEvidence(tabId: number, format: EvidenceFormat): Promise<EvidenceDocument> {
    const shown = this.states.get(tabId);
    const check = this.checks.get(tabId);
    if (shown?.state !== 'checked' || shown.report.status !== 'ok' || !check) {
      throw new Error(`tab-checks: ${t('bgNothingToExport')}`);
    }
    const tab = await getTab(tabId);
    if (!tab || (tab.url !== undefined && tab.url !== check.url)) throw new Error(`tab-checks: ${t('bgPageMovedOn')}`);
    return this.library.evidence(check.article, check.comparison.quotes, format, check.comparison);
  }

  /** Changes the settings; turned off, highlights leave the pages checked since the worker woke. */
  async applySettings(patch: Partial<Settings>): Promise<Settings> {
    const next = await this.library.setSettings(patch);
    if (patch.highlights === false) {
      await Promise.all([...this.checks.keys()].map((tabId) => sendTabMessage(tabId, { type: 'highlight-quotes', reports: [], enabled: false })));
    }
    return next;
  }

  /** Empties the library: no tab's report applies any more. */
  async clearLibrary(): Promise<{ removed: number }> {
    const outcome = await this.library.clear();
    this.checks.clear();
    for (const tabId of [...this.states.keys()]) this.setTabState(tabId, { state: 'unchecked' });
    return outcome;
  }

  /** The tab went to another address: its check and badge no longer apply. */
  forgetTab(tabId: number): void {
    this.marking.delete(tabId);
    if (this.checks.delete(tabId)) void showBadge(tabId, []);
    if (this.states.has(tabId)) this.setTabState(tabId, { state: 'unchecked' });
  }

  /** The outlet of the tab's last check when it read the page at `url` (a selection there is not compared with it). */
  checkedOutlet(tabId: number, url: string): string | undefined {
    const check = this.checks.get(tabId);
    return check && check.url === url ? check.article.outlet : undefined;
  }

  /** A page finished loading in the tab: the check of the page before it is not the one to save. */
  dropCheck(tabId: number): void {
    this.checks.delete(tabId);
  }

  private async lastCheck(tabId: number): Promise<TabCheck> {
    const tab = await getTab(tabId);
    const check = this.checks.get(tabId);
    if (check && (tab?.url === undefined || tab.url === check.url)) return check;
    const report = await this.checkTab(tabId);
    if (report.status !== 'ok') throw new Error(`tab-checks: ${report.message}`);
    return this.checks.get(tabId)!;
  }

  private setTabState(tabId: number, tab: TabState): void {
    if (tab.state === 'unchecked') this.states.delete(tabId);
    else this.states.set(tabId, tab);
    this.notify({ type: 'tab-state', tabId, tab });
  }

  /** Settles once the tab's last check has set its badge and sent the page its highlights (the report comes first). */
  marked(tabId: number): Promise<void> {
    return this.marking.get(tabId) ?? Promise.resolve();
  }

  /** The badge and the page's highlights for a check's comparison. */
  private async markPage(tabId: number, comparison: Comparison): Promise<void> {
    const [settings] = await Promise.all([this.library.getSettings(), showBadge(tabId, comparison.quotes)]);
    if (settings.highlights) {
      // Not awaited: nothing waits for the page to anchor its highlights (~10 ms, more on a long
      // page), and a page that cannot take messages still has its report.
      void sendTabMessage(tabId, { type: 'highlight-quotes', reports: comparison.quotes, enabled: true, paraphrased: comparison.paraphrasedHere });
    }
  }

  private async check(tabId: number): Promise<CheckReport> {
    performance.clearMeasures(); // only the latest check's phases are kept (see measureSince)
    const tab = await getTab(tabId);
    if (!tab) return { status: 'error', tabId, message: t('bgTabClosed') };
    if (tab.url !== undefined && isRestrictedUrl(tab.url)) {
      return { status: 'restricted', tabId, message: t('bgRestricted') };
    }
    // The library loads while the page is read: on a cold wake the two take about as long. Not
    // before the tab lookup: the index's arrival would hold the worker's one thread and delay it.
    const loading = this.library.load();
    loading.catch(() => {}); // awaited below unless the page is refused first
    const extracted = await readPage(tabId);
    if ('restricted' in extracted) return { status: 'restricted', tabId, message: extracted.restricted };
    if (!extracted.ok) return { status: 'not-article', tabId, message: extracted.message };

    // Quotes need no library: found while the index may still be arriving from IndexedDB.
    let start = performance.now();
    const article = { ...extracted.article, id: articleId(extracted.article) };
    const quotes = findQuotes(article, lexiconFor(article));
    start = measureSince('find-quotes', start);
    await loading;
    measureSince('index-wait', start);
    const { comparison, saved, libraryCount, handOver } = await this.library.compare(article, quotes);
    this.checks.set(tabId, { url: tab.url, article, quotes, comparison, handOver });
    // The report is answered (and told to the panel) first; the badge and the page's highlights
    // follow in a task of their own (docs/DESIGN.md "The cold check's tail").
    const marking = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
      // A page that moved on (or was checked again) meanwhile keeps what its newer state says.
      if (this.checks.get(tabId)?.comparison === comparison) return this.markPage(tabId, comparison);
    });
    this.marking.set(tabId, marking.catch((err: unknown) => console.error('tab-checks: could not mark the page', err)));
    return {
      status: 'ok',
      tabId,
      article: { id: article.id, url: article.url, outlet: article.outlet, title: article.title, date: article.date },
      reports: comparison.quotes,
      counts: countKinds(comparison.quotes),
      saved,
      libraryCount,
      wire: comparison.wire,
      related: comparison.related,
      elsewhere: comparison.elsewhere,
      paraphrasedHere: comparison.paraphrasedHere,
    };
  }
}

async function getTab(tabId: number): Promise<Browser.tabs.Tab | undefined> {
  try {
    return await browser.tabs.get(tabId);
  } catch {
    return undefined;
  }
}
