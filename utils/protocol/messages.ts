/**
 * The one message protocol between the extension's parts (popup, library page, content script,
 * background). Every request is a member of `Request`; `ResponseData[T]` says what a successful
 * answer to request type T carries. On the wire the background answers `{ ok: true, data }` or
 * `{ ok: false, error }`; `sendMessage` also turns a missing/stopped service worker or a thrown
 * error into `{ ok: false, error }`, so callers never see an unhandled rejection.
 *
 * Direction: every request goes to the background, except the page requests (`PAGE_REQUESTS`:
 * `highlight-quotes`, `focus-quote`, `focus-paraphrase`, `step-quote`, `toggle-highlights`), which the background or
 * the side panel sends to a tab's content script (`sendTabMessage`), and `extract-markup`, which the
 * Chrome background sends to its offscreen document (entrypoints/offscreen, entrypoints/background/markup-extraction).
 *
 * Events (`PanelEvent`) answer nothing: the background broadcasts a tab's check state, its
 * selected-text check (the context menu) and command notices (`sendEvent`), and the content script
 * says which quote the reader hovers or focuses in the page; the side panel listens for them and
 * never answers, so it cannot take a request's reply.
 *
 * Side panel (entrypoints/sidepanel): the toolbar click opens it and the background checks the
 * active tab; the panel follows the window's active tab, asks `get-tab-state` for it and listens to
 * `PanelEvent`s. Popup: the toolbar's surface only in a browser with no side panel (it checks the
 * active tab on open); opened as a page `popup.html?tabId=N` (end-to-end tests) it checks tab N.
 *
 * Content script (entrypoints/content.ts, `registration: 'runtime'`, built to
 * `content-scripts/content.js`): the background injects it with
 * `scripting.executeScript({ files: ['/content-scripts/content.js'] })` on every check, and its
 * `main` returns a `PageReading`: the `ExtractResult` of the page (Readability on a clone) or, for a
 * page too large to extract in place, its markup (`PageMarkup`), which the background extracts.
 * It may be injected more than once into a page, so it must register its `highlight-quotes`
 * listener only once.
 */
import { browser } from 'wxt/browser';
import type { ArticleHistory, ArticleRef, ArticleSummary, Comparison, ExtractResult, ParaphrasedSentence, QuoteReport } from '@/utils/types';
import type { ExportFile, ImportOutcome } from '@/utils/storage/export-format';
import type { KindCounts } from '@/utils/report/verdicts';
import { browserTranslator } from '@/utils/i18n/browser-translator';
import type { EvidenceDocument } from '@/utils/evidence/evidence-document';
import { isEvidenceFormat, type EvidenceFormat } from '@/utils/evidence/evidence-formats';
import { parseSettingsPatch, type Settings } from '@/utils/storage/settings';
import type { FamilySummary, FamilyView } from '@/utils/families/family-view';
import type { SpeakerSummary, SpeakerView } from '@/utils/families/speakers';
import type { OutletFidelity } from '@/utils/families/fidelity';
import type { SelectionRefusal } from '@/utils/report/selected-text';

export type { Settings } from '@/utils/storage/settings';
export type { ExportFile, ImportOutcome } from '@/utils/storage/export-format';
export type { ArticleHistory, ArticleSummary, QuoteEdit } from '@/utils/types';
export type { EvidenceDocument } from '@/utils/evidence/evidence-document';
export type { EvidenceFormat } from '@/utils/evidence/evidence-formats';
export type { FamilyRef, FamilySummary, FamilyView, FamilyVersion, FirstSeen } from '@/utils/families/family-view';
export type { SpeakerSummary, SpeakerView, SpeakerQuote } from '@/utils/families/speakers';
export type { OutletFidelity } from '@/utils/families/fidelity';

/** Near-duplicate (wire copy) information for the checked article, as compare-article gives it. */
export type WireInfo = Comparison['wire'];
/** Saved articles about the same story, ranked, as compare-article gives it. */
export type RelatedInfo = Comparison['related'];
/** Quotes the related articles carry and this one lacks, by speaker (reverse-coverage). */
export type ElsewhereInfo = Comparison['elsewhere'];

export type CheckReport =
  | {
      status: 'ok';
      tabId: number;
      article: ArticleRef;
      /** One per quote, in text order; empty when the article has no quotes (a valid state). */
      reports: QuoteReport[];
      counts: KindCounts;
      /** 'outdated': saved, but the page's text has changed since. */
      saved: 'no' | 'yes' | 'outdated';
      /** Saved articles in the library (this one included if saved). */
      libraryCount: number;
      wire: WireInfo;
      related: RelatedInfo;
      /** "Quoted elsewhere, not here": their words and outlets only, no article text. */
      elsewhere: ElsewhereInfo;
      /** "Paraphrased here", in text order: the sentence, their quote, the word diff, the meaning changes. */
      paraphrasedHere: ParaphrasedSentence[];
    }
  | {
      /** 'restricted': the browser does not let extensions read this page (chrome://, stores). */
      status: 'not-article' | 'restricted' | 'error';
      tabId: number;
      /** Written for the reader. */
      message: string;
    };

/**
 * "Check the selected text as a quote" (the context menu) in a tab, as the side panel shows it:
 * running, refused (nothing selected, no text, too long: the panel words it), compared, or failed.
 */
export type SelectionCheck =
  | { state: 'checking' }
  | { state: 'refused'; reason: SelectionRefusal; words: number }
  | {
      state: 'checked';
      /** The selection as compared: one quote, no speaker; its best match per other saved article. */
      report: QuoteReport;
      words: number;
      /** Saved articles (the page's own copy included if saved). */
      libraryCount: number;
      /** The page is saved: its own copy was not compared with. */
      pageSaved: boolean;
    }
  | { state: 'failed'; error: string };

export type Request =
  | { type: 'check-tab'; tabId: number }
  | { type: 'save-article'; tabId: number }
  | { type: 'remove-article'; id: string }
  | { type: 'article-history'; id: string }
  | { type: 'list-articles' }
  | { type: 'search-library'; query: string }
  | { type: 'export-library' }
  /** `data`: the parsed JSON of an export file; validated by the background before any change. */
  | { type: 'import-library'; data: unknown }
  | { type: 'library-stats' }
  | { type: 'load-samples' }
  | { type: 'get-settings' }
  /** Fields not given keep their current value. Returns the settings now in force. */
  | { type: 'set-settings'; settings: Partial<Settings> }
  | { type: 'clear-library' }
  /** Library page: quote families of two versions or more, those matching `query` (reference words, speaker, outlets). */
  | { type: 'list-families'; query: string }
  /** Library page: the family of the quote (or paraphrase) holding `offset` in saved article `articleId`. */
  | { type: 'get-family'; articleId: string; offset: number }
  /** Library page: people credited with saved quotes, those whose names hold `query`. */
  | { type: 'list-speakers'; query: string }
  /** Library page: one person's page, by any name credited to them; its first `limit` quotes (default SPEAKER_PAGE_QUOTES). */
  | { type: 'get-speaker'; name: string; limit?: number }
  /** Library page: per outlet, how its versions read against other outlets'. */
  | { type: 'get-fidelity' }
  /** Library page: how far a build of the quote families is (null: none under way); asking also keeps the build going. */
  | { type: 'families-progress' }
  /**
   * Background → content script. An empty `reports` (or `enabled: false`) removes highlights;
   * `paraphrased`: the sentences here that paraphrase another outlet's quote, drawn in their own style.
   */
  | { type: 'highlight-quotes'; reports: QuoteReport[]; enabled: boolean; paraphrased?: ParaphrasedSentence[] }
  /** Background → offscreen document (Chrome): extract a very large page's markup with a native DOM. */
  | { type: 'extract-markup'; html: string; url: string }
  /** Side panel → background: what the panel shows for a tab (its last check, or a check running). */
  | { type: 'get-tab-state'; tabId: number }
  /**
   * Side panel or popup → background: the tab's last comparison as an evidence document (Markdown,
   * HTML report, Web Annotations, ClaimReview draft); the page downloads or copies it.
   */
  | { type: 'export-evidence'; tabId: number; format: EvidenceFormat }
  /** Library page → background: a quote family's evidence document (the family holding `offset` in `articleId`). */
  | { type: 'export-family-evidence'; articleId: string; offset: number; format: EvidenceFormat }
  /** Library page → background: a person's evidence document, by any name credited to them. */
  | { type: 'export-speaker-evidence'; name: string; format: EvidenceFormat }
  /** Side panel → background: the tab's last "Check the selected text" (null: none, or dismissed). */
  | { type: 'get-selection-check'; tabId: number }
  /** Side panel → background: the reader closed the selected-text report. */
  | { type: 'dismiss-selection-check'; tabId: number }
  /** → content script: scroll to the quote with this report index and mark it. */
  | { type: 'focus-quote'; index: number }
  /** → content script: scroll to the paraphrased-here sentence with this index (`paraphrasedHere`) and mark it. */
  | { type: 'focus-paraphrase'; index: number }
  /** → content script: mark the next (1) or previous (-1) highlighted quote in the page. */
  | { type: 'step-quote'; step: 1 | -1 }
  /** → content script: hide the page's highlights, or show them again (the reports are kept). */
  | { type: 'toggle-highlights' };

/** Requests a tab's content script answers (the background ignores them). */
export const PAGE_REQUESTS = ['highlight-quotes', 'focus-quote', 'focus-paraphrase', 'step-quote', 'toggle-highlights'] as const;

/** What the side panel shows for one tab. */
export type TabState =
  | { state: 'unchecked' }
  | { state: 'checking' }
  | { state: 'checked'; report: CheckReport }
  | { state: 'failed'; error: string };

/** Broadcast to the extension's pages; nobody answers. */
export type PanelEvent =
  /** Background: a tab's check started, finished, failed or no longer applies (the tab navigated). */
  | { type: 'tab-state'; tabId: number; tab: TabState }
  /** Background: what a keyboard command did in a tab ("Quote 2 of 7", "Saved"), to announce. */
  | { type: 'notice'; tabId: number; message: string }
  /** Background: the tab's "Check the selected text" started, ended or was dismissed (null). */
  | { type: 'selection-check'; tabId: number; check: SelectionCheck | null }
  /** Content script (the tab is the sender's): the reader hovered or focused this quote in the page. */
  | { type: 'quote-shown'; index: number };

/**
 * What the content script hands back through `executeScript`: the page's extraction, or for a very
 * large page (utils/article/page-size) its serialized markup and address, for the background to extract
 * off the page's main thread.
 */
export type PageReading = ExtractResult | PageMarkup;
export interface PageMarkup {
  ok: 'markup';
  /** `document.documentElement.outerHTML` at the time of the check. */
  html: string;
  /** `location.href`: the address extraction reads the page as. */
  url: string;
}

export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export interface ResponseData {
  'check-tab': CheckReport;
  'save-article': { saved: 'new' | 'updated'; id: string; libraryCount: number };
  'remove-article': { removed: boolean };
  /** null: not saved (removed meanwhile). */
  'article-history': ArticleHistory | null;
  'list-articles': ArticleSummary[];
  'search-library': ArticleSummary[];
  'export-library': ExportFile;
  'import-library': ImportOutcome;
  'library-stats': { articles: number; bytes: number };
  'load-samples': { added: number };
  'get-settings': Settings;
  'set-settings': Settings;
  'clear-library': { removed: number };
  'list-families': { total: number; families: FamilySummary[] };
  'get-family': FamilyView | null;
  'list-speakers': SpeakerSummary[];
  'get-speaker': SpeakerView | null;
  'get-fidelity': OutletFidelity[];
  'families-progress': { done: number; total: number } | null;
  'highlight-quotes': { highlighted: number };
  'extract-markup': ExtractResult;
  'get-tab-state': TabState;
  'export-evidence': EvidenceDocument;
  'export-family-evidence': EvidenceDocument;
  'export-speaker-evidence': EvidenceDocument;
  'get-selection-check': SelectionCheck | null;
  'dismiss-selection-check': { dismissed: boolean };
  /** `found`: the quote is highlighted in the page (false: not anchored, or highlights are off). */
  'focus-quote': { found: boolean };
  /** `found`: the sentence is highlighted in the page. */
  'focus-paraphrase': { found: boolean };
  /** The report index now marked and its place among the highlighted quotes; null when none are. */
  'step-quote': { index: number; position: number; of: number } | null;
  'toggle-highlights': { shown: boolean; quotes: number };
}

export type Failure = { ok: false; error: string };
export type ResponseOf<T extends RequestType> = { ok: true; data: ResponseData[T] } | Failure;

/** Said when nobody answered (read at use: the translator is the sending context's own). */
const noBackground = () => browserTranslator('backgroundNotAnswering');

/** Sends a request to the background. Never rejects. */
export async function sendMessage<T extends RequestType>(req: RequestOf<T>): Promise<ResponseOf<T>> {
  let sent: Promise<unknown>;
  try {
    sent = browser.runtime.sendMessage(req);
  } catch (err) {
    return { ok: false, error: describeSendError(err) };
  }
  return responseOf<T>(sent);
}

/** The response to a request already sent to the background (`sent`: what `runtime.sendMessage` returned). Never rejects. */
export async function responseOf<T extends RequestType>(sent: Promise<unknown>): Promise<ResponseOf<T>> {
  try {
    return toResponse<T>(await sent);
  } catch (err) {
    return { ok: false, error: describeSendError(err) };
  }
}

/** Sends a request to a tab's content script. Never rejects. */
export async function sendTabMessage<T extends RequestType>(
  tabId: number,
  req: RequestOf<T>,
): Promise<ResponseOf<T>> {
  try {
    return toResponse<T>(await browser.tabs.sendMessage(tabId, req));
  } catch (err) {
    return { ok: false, error: describeSendError(err) };
  }
}

function toResponse<T extends RequestType>(raw: unknown): ResponseOf<T> {
  if (typeof raw === 'object' && raw !== null && 'ok' in raw) {
    const r = raw as { ok: unknown; data?: unknown; error?: unknown };
    if (r.ok === true) return { ok: true, data: r.data as ResponseData[T] };
    if (r.ok === false) return { ok: false, error: typeof r.error === 'string' ? r.error : browserTranslator('unknownError') };
  }
  // undefined: nobody listened (no receiver) or the listener returned nothing.
  return { ok: false, error: noBackground() };
}

function describeSendError(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  if (/receiving end does not exist|could not establish connection|message port closed|extension context invalidated/i.test(text)) {
    return noBackground();
  }
  return browserTranslator('backgroundUnreachable', text);
}

/** Broadcasts an event to the extension's open pages (the side panel). Never rejects. */
export async function sendEvent(event: PanelEvent): Promise<void> {
  try {
    await browser.runtime.sendMessage(event);
  } catch {
    // No page is listening (the panel is closed): nothing to tell.
  }
}

/** Builds the wire answer for a handler result; used by the background and the content script. */
export function okResponse<T extends RequestType>(data: ResponseData[T]): ResponseOf<T> {
  return { ok: true, data };
}

export function errorResponse(error: unknown): Failure {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

// ---- validation: every message received is shape-checked before it is acted on ----

const MAX_QUERY = 500;
const MAX_ID = 200;

function isTabId(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

function isIndex(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 1_000_000;
}

function isShortString(x: unknown, max: number): x is string {
  return typeof x === 'string' && x.length <= max;
}

/** Sentences with their sources' words and diffs: what the content script draws and shows in a card. */
function isParaphrasedList(x: unknown): x is ParaphrasedSentence[] {
  return (
    Array.isArray(x) &&
    x.every((p) => {
      if (typeof p !== 'object' || p === null) return false;
      const { text, start, sources } = p as Partial<ParaphrasedSentence>;
      return (
        typeof text === 'string' && typeof start === 'number' && Array.isArray(sources) &&
        sources.every((s) => typeof s?.text === 'string' && typeof s?.outlet === 'string' && Array.isArray(s?.diff) && Array.isArray(s?.meaningChanges))
      );
    })
  );
}

function isQuoteReportList(x: unknown): x is QuoteReport[] {
  return (
    Array.isArray(x) &&
    x.every((r) => {
      if (typeof r !== 'object' || r === null) return false;
      const { quote, matches } = r as Partial<QuoteReport>;
      return (
        typeof quote === 'object' && quote !== null &&
        typeof quote.text === 'string' && Array.isArray(quote.parts) &&
        quote.parts.every((p) => typeof p?.start === 'number' && typeof p?.end === 'number') &&
        Array.isArray(matches)
      );
    })
  );
}

/**
 * `x` if it is a well-formed content-script answer, else null. Only the fields the background
 * reads are checked: an extracted article's text, a failure's message, markup and its address.
 */
export function parsePageReading(x: unknown): PageReading | null {
  if (typeof x !== 'object' || x === null) return null;
  const r = x as { ok?: unknown; article?: { text?: unknown }; message?: unknown; html?: unknown; url?: unknown };
  switch (r.ok) {
    case true:
      return typeof r.article?.text === 'string' ? (x as PageReading) : null;
    case false:
      return typeof r.message === 'string' ? (x as PageReading) : null;
    case 'markup':
      return typeof r.html === 'string' && typeof r.url === 'string' ? { ok: 'markup', html: r.html, url: r.url } : null;
    default:
      return null;
  }
}

/** The request `x` if it is a well-formed message, else null. Unknown fields are dropped. */
export function parseRequest(x: unknown): Request | null {
  if (typeof x !== 'object' || x === null) return null;
  const m = x as Record<string, unknown>;
  switch (m.type) {
    case 'check-tab':
    case 'save-article':
      return isTabId(m.tabId) ? { type: m.type, tabId: m.tabId } : null;
    case 'remove-article':
    case 'article-history':
      return isShortString(m.id, MAX_ID) && m.id !== '' ? { type: m.type, id: m.id } : null;
    case 'search-library':
    case 'list-families':
    case 'list-speakers':
      return isShortString(m.query, MAX_QUERY) ? { type: m.type, query: m.query } : null;
    case 'get-family':
      return isShortString(m.articleId, MAX_ID) && m.articleId !== '' && isIndex(m.offset) ? { type: m.type, articleId: m.articleId, offset: m.offset } : null;
    case 'get-speaker':
      if (!isShortString(m.name, MAX_ID) || m.name.trim() === '') return null;
      if (m.limit === undefined) return { type: m.type, name: m.name };
      return isIndex(m.limit) && m.limit > 0 ? { type: m.type, name: m.name, limit: m.limit } : null;
    case 'import-library':
      return 'data' in m ? { type: m.type, data: m.data } : null;
    case 'set-settings': {
      if (typeof m.settings !== 'object' || m.settings === null || Array.isArray(m.settings)) return null;
      return { type: m.type, settings: parseSettingsPatch(m.settings) };
    }
    case 'highlight-quotes':
      if (!isQuoteReportList(m.reports) || typeof m.enabled !== 'boolean') return null;
      if (m.paraphrased === undefined) return { type: m.type, reports: m.reports, enabled: m.enabled };
      return isParaphrasedList(m.paraphrased) ? { type: m.type, reports: m.reports, enabled: m.enabled, paraphrased: m.paraphrased } : null;
    case 'extract-markup':
      return typeof m.html === 'string' && typeof m.url === 'string' ? { type: m.type, html: m.html, url: m.url } : null;
    case 'get-tab-state':
    case 'get-selection-check':
    case 'dismiss-selection-check':
      return isTabId(m.tabId) ? { type: m.type, tabId: m.tabId } : null;
    case 'export-evidence':
      return isTabId(m.tabId) && isEvidenceFormat(m.format) ? { type: m.type, tabId: m.tabId, format: m.format } : null;
    case 'export-family-evidence':
      return isShortString(m.articleId, MAX_ID) && m.articleId !== '' && isIndex(m.offset) && isEvidenceFormat(m.format)
        ? { type: m.type, articleId: m.articleId, offset: m.offset, format: m.format }
        : null;
    case 'export-speaker-evidence':
      return isShortString(m.name, MAX_ID) && m.name.trim() !== '' && isEvidenceFormat(m.format) ? { type: m.type, name: m.name, format: m.format } : null;
    case 'focus-quote':
    case 'focus-paraphrase':
      return isIndex(m.index) ? { type: m.type, index: m.index } : null;
    case 'step-quote':
      return m.step === 1 || m.step === -1 ? { type: m.type, step: m.step } : null;
    case 'toggle-highlights':
    case 'list-articles':
    case 'export-library':
    case 'library-stats':
    case 'load-samples':
    case 'get-settings':
    case 'clear-library':
    case 'get-fidelity':
    case 'families-progress':
      return { type: m.type };
    default:
      return null;
  }
}

function isTabState(x: unknown): x is TabState {
  if (typeof x !== 'object' || x === null) return false;
  const t = x as { state?: unknown; report?: { status?: unknown; tabId?: unknown }; error?: unknown };
  switch (t.state) {
    case 'unchecked':
    case 'checking':
      return true;
    case 'checked':
      return typeof t.report === 'object' && t.report !== null && typeof t.report.status === 'string' && isTabId(t.report.tabId);
    case 'failed':
      return typeof t.error === 'string';
    default:
      return false;
  }
}

const REFUSALS: readonly SelectionRefusal[] = ['empty', 'non-text', 'too-long'];

function isSelectionCheck(x: unknown): x is SelectionCheck | null {
  if (x === null) return true;
  if (typeof x !== 'object') return false;
  const c = x as { state?: unknown; reason?: unknown; words?: unknown; report?: unknown; libraryCount?: unknown; error?: unknown };
  switch (c.state) {
    case 'checking':
      return true;
    case 'refused':
      return REFUSALS.includes(c.reason as SelectionRefusal) && typeof c.words === 'number';
    case 'checked':
      return isQuoteReportList([c.report]) && typeof c.words === 'number' && typeof c.libraryCount === 'number';
    case 'failed':
      return typeof c.error === 'string';
    default:
      return false;
  }
}

/** The event `x` if it is a well-formed `PanelEvent`, else null (requests and anything else). */
export function parsePanelEvent(x: unknown): PanelEvent | null {
  if (typeof x !== 'object' || x === null) return null;
  const m = x as Record<string, unknown>;
  switch (m.type) {
    case 'tab-state':
      return isTabId(m.tabId) && isTabState(m.tab) ? { type: m.type, tabId: m.tabId, tab: m.tab } : null;
    case 'notice':
      return isTabId(m.tabId) && isShortString(m.message, 500) ? { type: m.type, tabId: m.tabId, message: m.message } : null;
    case 'quote-shown':
      return isIndex(m.index) ? { type: m.type, index: m.index } : null;
    case 'selection-check':
      return isTabId(m.tabId) && isSelectionCheck(m.check) ? { type: m.type, tabId: m.tabId, check: m.check } : null;
    default:
      return null;
  }
}
