/**
 * The reader's library: saved articles, the coverage index over them, and what is asked of them
 * (compare an extracted article, save, remove, import, export, list, search). No browser API: the
 * extension's background runs it on IndexedDB (utils/storage/storage.ts), the command line and tests
 * on memory (utils/storage/memory-storage.ts); both are a `LibraryStorage`, opened lazily.
 *
 * State. The storage is the source of truth. The first request loads the coverage index alone:
 * from the cache if it is at the store's generation; from the cache plus the articles written
 * since (the store's change log) if it is behind; else rebuilt from every article and re-cached.
 * Every mutation goes through one queue, writes the store first (bumping its generation in the
 * same transaction), then updates the in-memory index. Serializing the index costs seconds at
 * 10,000 articles, so it is re-cached only once requests pause (none being answered and none for
 * CACHE_IDLE_MS; at most CACHE_MAX_WAIT_MS after the first unsaved change, still never during a
 * request): if the process dies before that, the next load catches the cache up from the change
 * log, so nothing is lost.
 *
 * The quote families are read from their store on the library page's first ask and caught up
 * from the change log (else built again in slices), then kept in step with every save and
 * removal, their changed rows written after each (docs/DESIGN.md "Quote families kept across
 * worker restarts").
 *
 * No article text is held: a compare plans on the index, reads exactly the articles the plan
 * names (the most recent few hundred stay in an LRU), then aligns. List and search read every
 * article once per load and keep only summaries; search matches names with a small MiniSearch of
 * titles and outlets and text with the coverage index's postings.
 */
import { articleId } from '@/utils/article/article-id';
import { evidenceDocument, libraryEvidenceDocument, type EvidenceDocument, type EvidenceRefusal } from '@/utils/evidence/evidence-document';
import { familyEvidence } from '@/utils/evidence/evidence-family';
import { speakerEvidence } from '@/utils/evidence/evidence-speaker';
import type { EvidenceFormat } from '@/utils/evidence/evidence-formats';
import { buildEvidence } from '@/utils/evidence/evidence-model';
import { CoverageIndex, passageTerms } from '@/utils/index/coverage-index';
import { MissingPartError } from '@/utils/index/term-postings';
import { MalformedVarintsError } from '@/utils/index/varint-string';
import { LibrarySearch } from '@/utils/index/library-search';
import { relatedCoverage } from '@/utils/index/related-coverage';
import { measureSince } from '@/utils/library/check-timing';
import { lexiconFor } from '@/utils/language/lexicons';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { alignCandidates, planComparison, planTerms, reverseOf, runComparison } from '@/utils/report/compare-article';
import { planBasis, saveHandOver, usableHandOver, type SaveHandOver } from '@/utils/families/save-hand-over';
import { selectionComparisonInput, type SelectionPage } from '@/utils/report/selected-text';
import {
  buildExportFile, planMerge, planVersions, validateExport, versionCopies, type ArticleCopy, type ExportedArticle, type ExportFile, type ImportOutcome,
} from '@/utils/storage/export-format';
import type { ArticleVersion, LibraryRecord, LibraryStorage, SpeakerListHead } from '@/utils/storage/library-storage';
import { inSaveOrder, quoteRows } from '@/utils/storage/quote-rows';
import { mergeSpeakerOverrides, type Settings, type SpeakerOverrides } from '@/utils/storage/settings';
import { LruMap } from '@/utils/text/lru-map';
import { QuoteFamilies, type FamilyUpdate, type QuoteFamily } from '@/utils/families/quote-families';
import { familyViewFromRows, speakerFromRows, type ListedQuote, type ReadArticles, type ReadFamilyGroups, type ReadQuotes } from '@/utils/families/family-from-rows';
import { familyGroupsWrite, keepRematches, regroupedTextIds, rematchMemo, replacedPageIds } from '@/utils/families/family-pages';
import { FamilyRowsCache } from '@/utils/families/family-rows-cache';
import { familySummary, familyView, type FamilyRef, type FamilySummary, type FamilyView } from '@/utils/families/family-view';
import {
  personNamed, SPEAKER_PAGE_QUOTES, speakerDirectory, speakerView, type Speaker, type SpeakerSummary, type SpeakerView,
} from '@/utils/families/speakers';
import {
  chunksOf, isSpeakerChunk, isSpeakerLines, isSpeakerList, isStrings, joinSpeakerList, packSpeakers, personInChunks, SPEAKER_LIST_FORMAT, speakerChunks,
  unpackSpeaker, unpackSpeakerRow, type SpeakerChunk, type SpeakerList,
} from '@/utils/families/speaker-list';
import { listedQuote, SpeakerBook, type SpeakerCredit } from '@/utils/families/speaker-book';
import { outletFidelity, type OutletFidelity } from '@/utils/families/fidelity';
import { normalizeText } from '@/utils/text/normalize';
import { quoteEdits } from '@/utils/report/quote-edits';
import type { Article, ArticleHistory, ArticleSummary, Comparison, Quote, QuoteReport, RelatedArticle } from '@/utils/types';

export interface LibraryOptions {
  openStore: () => Promise<LibraryStorage>;
  now?: () => number;
  /** The articles "load samples" adds (the extension's seeds; none by default). */
  samples?: () => Article[];
  /** Bytes the storage uses; undefined when unknown (then estimated from the articles). */
  estimateUsage?: () => Promise<number | undefined>;
  /** Re-cache the index once no request came for this long (ms; default CACHE_IDLE_MS). */
  cacheIdleMs?: number;
  /** How long a family, speaker or fidelity view waits for a build of the families before answering with what it has (ms; default FAMILY_WAIT_MS). */
  familyWaitMs?: number;
  /** How long a slice of a families build holds the write queue (ms; default FAMILY_SLICE_MS; at least one article a slice). */
  familySliceMs?: number;
  /** Code units of postings per part of the index cache (default PART_UNITS, term-postings). */
  indexPartUnits?: number;
}

/** Re-cache the index once no request came for this long… */
const CACHE_IDLE_MS = 3_000;
/** …or this long after the first change the cache lacks, whichever comes first. */
const CACHE_MAX_WAIT_MS = 20_000;
/** Saved articles kept in memory after a compare read them (a few MB of text at most). */
const RECENT_RECORDS = 400;
/** A check's plan that reached lists in this many parts its terms did not foresee reads all the rest at once. */
const PART_RETRIES = 4;

/**
 * How the index was obtained on the last load: from a current cache, from a cache caught up with
 * the articles written after it, or rebuilt from the store.
 */
export type IndexSource = 'cache' | 'caught-up' | 'rebuilt';

/** An article to save: its quotes and the articles related to it when already known (a check found them). */
export interface SaveInput {
  article: Article & { id: string };
  quotes?: readonly Quote[];
  related?: readonly RelatedArticle[];
  /** The check's lists and matches (`LibraryComparison.handOver`), used by the family upkeep where still exact. */
  handOver?: SaveHandOver;
}

export interface SaveOutcome {
  saved: 'new' | 'updated';
  id: string;
  libraryCount: number;
}

/** A selection read as one quote and compared with the library (`compareSelection`). */
export interface SelectionComparison {
  /** The quote (the selection, no speaker) and its best match per other saved article. */
  report: QuoteReport;
  /** Saved articles in the library (the page's own copy included if saved). */
  libraryCount: number;
  /** The page is saved: its own copy was left out of the comparison. */
  pageSaved: boolean;
}

/** An article compared with the library. */
export interface LibraryComparison {
  comparison: Comparison;
  /** Whether this article is saved; 'outdated': saved, but its text has changed since. */
  saved: 'no' | 'yes' | 'outdated';
  libraryCount: number;
  /** For a save of exactly this article and these quotes (`SaveInput.handOver`). */
  handOver: SaveHandOver;
}

/** A usable index cache as read: its index (parts may be missing), the store's generation, and the articles written since the cache. */
interface CachedIndex {
  index: CoverageIndex;
  generation: number;
  cachedGeneration: number;
  changed: string[];
}

interface State {
  store: LibraryStorage;
  index: CoverageIndex;
  /** The store generation the in-memory index reflects, and the one the cached index does. */
  generation: number;
  cachedGeneration: number;
  /**
   * The generation of the cache whose parts the index still lacks (loaded from a cache in parts,
   * `CoverageIndex.toParts`); undefined once it has them all. Only a check's plan runs on such an
   * index (`withParts`); everything else waits for every part (`state`).
   */
  partsOf?: number;
  /** Articles recently read from the store (kept in step with every change). */
  recent: LruMap<string, LibraryRecord>;
  /** Every article's summary: read on the first list, search or import, then kept in step. */
  summaries?: Map<string, ArticleSummary>;
  /** How many earlier versions each article has: read with the summaries, then kept in step. */
  versionCounts?: Map<string, number>;
  /** Titles and outlets: built on the first library search, then kept in step with every change. */
  search?: LibrarySearch;
  /** Quote families: read from the families store (or built) when the library page first asks, then kept in step with saves and removals. */
  families?: QuoteFamilies;
  /** The generation the stored family rows match; undefined when unknown (the next write replaces them all). */
  familiesStored?: number;
  /** The family rows and groups pages read while the families are not read whole, for the articles' generation it holds. */
  familyRows?: FamilyRowsCache;
  /** A build of the families in slices, while one is under way. */
  familyBuild?: FamilyBuild;
}

/** A build of the families in slices: the articles not added yet, oldest save first. */
interface FamilyBuild {
  pending: string[];
  total: number;
  /** Every saved article, read once for the build's alignments, kept in step with saves and removals. */
  records: Map<string, LibraryRecord>;
  /** Settles when the build is done (or stopped: an import, a clear or a reload replaced it); `finish` settles it. */
  finished: Promise<void>;
  finish: () => void;
  running: boolean;
}

/** How far along a build of the families is; null when none is under way. */
export interface FamiliesProgress {
  done: number;
  total: number;
}

/** What a page answered from the family rows reads, at one generation of the articles (`pageSource`). */
interface PageSource {
  store: LibraryStorage;
  generation: number;
  read: ReadFamilyGroups;
  records: ReadArticles;
  /** Quote rows by key (a person's page reads these, not its quotes' articles). */
  quotes: ReadQuotes;
}

/** A view waits this long for a build of the families (a small library's is done by then), then answers with what is built. */
const FAMILY_WAIT_MS = 1_000;
/** A slice of a build holds the write queue at most this long (ms) before letting requests in. */
const FAMILY_SLICE_MS = 150;
/** Stored families behind by more articles than this share of the library are built again rather than caught up (a save's update costs about 3× an article's share of a build). */
const FAMILY_CATCH_UP_SHARE = 0.25;

/** The speakers list this worker keeps is the stored one, not read yet (a person's page read only that person's chunk). */
const STORED = 'stored';

/** Families listed at most per request (the list is searchable). */
const FAMILY_LIST_LIMIT = 200;

export class Library {
  private ready: Promise<State> | null = null;
  private opened: Promise<LibraryStorage> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private cacheTimer: ReturnType<typeof setTimeout> | undefined;
  /** When (Date.now) the in-memory index first got ahead of the cache; undefined when it is not. */
  private dirtySince: number | undefined;
  /** Requests being answered: the re-cache waits until none is (see `answering`). */
  private inFlight = 0;
  private readonly openStore: () => Promise<LibraryStorage>;
  private readonly now: () => number;
  private readonly samples: () => Article[];
  private readonly estimateUsage: () => Promise<number | undefined>;
  private readonly cacheIdleMs: number;
  private readonly indexPartUnits: number | undefined;
  private readonly familyWaitMs: number;
  private readonly familySliceMs: number;
  private speakersMemo: { families: QuoteFamilies; key: string; directory: Speaker[] } | undefined;
  /** The speakers list for one generation of the articles and one set of the reader's overrides (`key`). */
  private speakerListMemo: { key: string; list: SpeakerList } | undefined;
  /** The speakers list's lines alone, read from the store for the list view (same key). */
  private speakerLinesMemo: { key: string; people: SpeakerSummary[] } | undefined;
  /**
   * The speakers list (or the stored list it is read from, made with `overrides`; `STORED`: not read yet) at `generation`, with the
   * articles' quotes written since (`pending`, none: removed); `stored`: the list in the store, which the book's changes are counted from.
   */
  private speakersKept: {
    generation: number; overrides: SpeakerOverrides; source: SpeakerBook | SpeakerList | typeof STORED; pending: Map<string, readonly SpeakerCredit[]>;
    stored: { generation: number; overrides: string } | undefined;
  } | undefined;
  /** The loaded state, once `ready` has settled on it (a page answered from the store alone checks this, never waits for it). */
  private settled: { ready: Promise<State>; state: State } | undefined;
  /** The index cache read by `preloadIndex`, taken by the next load (which reads it itself without one). */
  private preloaded: Promise<CachedIndex | 'none'> | undefined;
  /** The family rows pages read before the state was loaded, for the articles' generation it holds; the state adopts it at that generation. */
  private earlyRows: FamilyRowsCache | undefined;
  /** For tests and diagnostics. */
  indexSource: IndexSource | null = null;

  constructor(opts: LibraryOptions) {
    this.openStore = opts.openStore;
    this.now = opts.now ?? Date.now;
    this.samples = opts.samples ?? (() => []);
    this.estimateUsage = opts.estimateUsage ?? (async () => undefined);
    this.cacheIdleMs = opts.cacheIdleMs ?? CACHE_IDLE_MS;
    this.indexPartUnits = opts.indexPartUnits;
    this.familyWaitMs = opts.familyWaitMs ?? FAMILY_WAIT_MS;
    this.familySliceMs = opts.familySliceMs ?? FAMILY_SLICE_MS;
  }

  // ---- comparing ----

  /** Loads the index now: the background starts this while it reads the page, which takes as long. */
  load(): Promise<void> {
    return this.answering(async () => {
      await this.checkState();
    });
  }

  /**
   * How the saved articles render this article's quotes, which of them cover its story, what those
   * quote that this one lacks or paraphrases, and whether it is saved.
   */
  compare(article: Article & { id: string }, quotes: readonly Quote[]): Promise<LibraryComparison> {
    return this.answering(async () => {
      const state = await this.checkState();
      await this.partsFor(state, () => planTerms(article, quotes, state.index));
      let start = performance.now();
      // What the plan read of the index is taken with it: a save's hand-over compares it.
      const { plan, basis } = await this.withParts(state, () => {
        const plan = planComparison(article, quotes, state.index);
        return { plan, basis: planBasis(plan, state.index) };
      });
      start = measureSince('plan', start);
      const records = await this.records(state, [article.id, ...plan.ids]);
      start = measureSince('read-articles', start);
      const resolve = (id: string) => records.get(id);
      const aligned = alignCandidates(plan, resolve);
      const forward = runComparison(plan, resolve, { reverse: false }, aligned);
      start = measureSince('compare', start);
      // The related articles' quotes against this one: the plan's related ids are among those read.
      const comparison = { ...forward, ...reverseOf(plan, forward.quotes, resolve) };
      measureSince('reverse', start);
      const stored = records.get(article.id);
      const saved = !stored ? 'no' : normalizeText(stored.text) === normalizeText(article.text) ? 'yes' : 'outdated';
      return { comparison, saved, libraryCount: state.index.size, handOver: saveHandOver(plan, basis, aligned, resolve) };
    });
  }

  /**
   * How the saved articles render `text` (a selection the reader asks about) read as one quote,
   * with the matcher of a page check; the page's own saved copy, and its outlet's articles when
   * the outlet is known (from the page's check, else its saved copy), are not compared with.
   */
  compareSelection(text: string, page: SelectionPage): Promise<SelectionComparison> {
    return this.answering(async () => {
      const state = await this.checkState();
      const own = selectionComparisonInput(text, page).article.id;
      const saved = own && state.index.has(own) ? (await this.records(state, [own])).get(own) : undefined;
      const { article, quote } = selectionComparisonInput(text, { ...page, outlet: page.outlet || saved?.outlet });
      await this.partsFor(state, () => planTerms(article, [quote], state.index, { relatedLimit: 0 }));
      const plan = await this.withParts(state, () => planComparison(article, [quote], state.index, { relatedLimit: 0 }));
      const records = await this.records(state, plan.ids);
      const [report] = runComparison(plan, (id) => records.get(id), { reverse: false }).quotes;
      return { report, libraryCount: state.index.size, pageSaved: saved !== undefined };
    });
  }

  /**
   * An evidence document of reports on `article`: exactly the reports given, with the article's
   * text and when the reader saved each article; `reverse`, the check's reverse sections, when it has them.
   */
  evidence(
    article: Article & { id: string },
    reports: readonly QuoteReport[],
    format: EvidenceFormat,
    reverse?: Pick<Comparison, 'elsewhere' | 'paraphrasedHere'>,
  ): Promise<EvidenceDocument> {
    return this.answering(async () => {
      const state = await this.state();
      const ids = new Set([article.id, ...reports.flatMap((r) => r.matches.map((m) => m.articleId))]);
      const records = await this.records(state, [...ids]);
      const evidence = buildEvidence(article, reports, {
        id: article.id,
        savedAt: (id) => records.get(id)?.savedAt,
        generatedAt: new Date(this.now()).toISOString(),
        reverse,
      });
      return evidenceDocument(evidence, format);
    });
  }

  // ---- changing ----

  /**
   * Saves an article in the story of its most related saved article. `input` may be a function:
   * it then runs inside the write queue, so what it compares sees every earlier save (the
   * background checks the tab there).
   */
  save(input: SaveInput | (() => Promise<SaveInput>)): Promise<SaveOutcome> {
    return this.mutate(async () => {
      const { article, quotes, related, handOver } = typeof input === 'function' ? await input() : input;
      const state = await this.state();
      const top = (related ?? relatedCoverage(article, state.index, { limit: 1 }))[0]?.articleId;
      const known = await this.records(state, top ? [article.id, top] : [article.id]);
      const record: LibraryRecord = {
        ...article,
        quotes: quotes ? [...quotes] : findQuotes(article, lexiconFor(article)),
        savedAt: this.now(),
        storyKey: known.get(article.id)?.storyKey ?? (top && known.get(top)?.storyKey) ?? article.id,
      };
      // Saved again with a changed text: the earlier version stays beside the new one.
      const changed = (previous: LibraryRecord) => normalizeText(previous.text) !== normalizeText(record.text);
      const { saved, generation, keptVersion } = await state.store.put(record, { keepPrevious: changed });
      // The hand-over fits only the index the check read, this save aside: its state before the record joins it.
      const stamp = state.index.stamp;
      // Read once for the index and the families' screen (it was read twice).
      const lexicon = lexiconFor(record);
      const read = passageTerms(record, lexicon);
      state.index.add(record, lexicon, read);
      if (keptVersion) state.versionCounts?.set(record.id, (state.versionCounts.get(record.id) ?? 0) + 1);
      this.wrote(state, [record]);
      state.familyBuild?.records.set(record.id, record);
      this.advance(state, generation);
      this.keepSpeakers(generation, [record]);
      if (state.families) await this.updateFamilies(state, state.families.planSave(record, usableHandOver(handOver, record, stamp), read));
      return { saved, id: record.id, libraryCount: state.index.size };
    });
  }

  remove(id: string): Promise<{ removed: boolean }> {
    return this.mutate(async () => {
      const state = await this.state();
      const { removed, generation } = await state.store.delete(id);
      if (!removed) return { removed };
      state.index.remove(id);
      state.recent.delete(id);
      state.summaries?.delete(id);
      state.versionCounts?.delete(id);
      state.search?.remove(id);
      state.familyBuild?.records.delete(id);
      this.advance(state, generation);
      this.keepSpeakers(generation, [], [id]);
      if (state.families) await this.updateFamilies(state, state.families.planRemove(id));
      return { removed };
    });
  }

  clear(): Promise<{ removed: number }> {
    return this.mutate(async () => {
      const state = await this.state();
      const { removed, generation } = await state.store.clear();
      state.index = new CoverageIndex();
      state.recent.clear();
      state.summaries = new Map();
      state.versionCounts = new Map();
      state.search = new LibrarySearch();
      state.families = undefined;
      state.familyBuild = undefined;
      this.advance(state, generation);
      this.speakersKept = undefined;
      return { removed };
    });
  }

  /**
   * Imports parsed JSON of an export file, with the reader's speaker merges and splits it carries
   * (added to the reader's own, in the articles' transaction); refused whole, with the reason,
   * when it does not validate.
   */
  importFile(data: unknown): Promise<ImportOutcome> {
    return this.mutate(async () => {
      const check = validateExport(data);
      if (!check.ok) throw new Error(`library: ${check.reason}`);
      return this.importArticles(check.file.articles, check.file.speakers);
    });
  }

  /** Adds the sample articles not in the library yet. */
  loadSamples(): Promise<{ added: number }> {
    return this.mutate(async () => {
      const at = this.now();
      const samples = this.samples().map((a) => ({ ...a, id: articleId(a), savedAt: at }));
      return { added: (await this.importArticles(samples)).added };
    });
  }

  /**
   * Merges articles (newer savedAt wins) and earlier versions in one transaction; quotes are found
   * afresh. Every copy that loses and differs from the winner is kept as an earlier version
   * (planVersions). Runs in the queue.
   */
  private async importArticles(incoming: readonly ExportedArticle[], speakers?: SpeakerOverrides): Promise<ImportOutcome> {
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
      const { versions: _versions, ...article } = a;
      const record: LibraryRecord = { ...article, quotes: findQuotes(article, lexiconFor(article)), storyKey };
      records.push(record);
      state.index.add(record);
    }
    const versions = await this.importedVersions(state, incoming, records, summaries);
    const settings = speakers && (speakers.merged.length > 0 || speakers.split.length > 0)
      ? (current: Settings) => ({ speakers: mergeSpeakerOverrides(current.speakers, speakers) })
      : undefined;
    if (records.length > 0 || versions.length > 0 || settings) {
      const generation = await state.store.putMany(records, versions, { settings });
      for (const v of versions) state.versionCounts?.set(v.id, (state.versionCounts.get(v.id) ?? 0) + 1);
      // An import may bring thousands of articles: the families are caught up from the change log
      // (or built again) when next asked.
      if (records.length > 0) {
        state.families = undefined;
        state.familyBuild = undefined;
      }
      this.wrote(state, records);
      // An article whose versions alone were written keeps its record: only its count changes.
      for (const v of versions) {
        const summary = state.summaries?.get(v.id);
        if (summary) state.summaries?.set(v.id, { ...summary, earlierVersions: state.versionCounts?.get(v.id) });
      }
      // Versions alone leave the articles, and so the generation, as they were.
      if (records.length > 0) {
        this.advance(state, generation);
        this.keepSpeakers(generation, records);
      }
    }
    return { added: plan.added, updated: plan.updated, skipped: plan.skipped };
  }

  /** The earlier versions an import keeps that the library does not hold yet, with their quotes. */
  private async importedVersions(
    state: State, incoming: readonly ExportedArticle[], written: readonly LibraryRecord[], saved: ReadonlyMap<string, ArticleSummary>,
  ): Promise<ArticleVersion[]> {
    // Only articles already saved have a stored copy or versions to read: a new one has neither.
    const ids = [...new Set(incoming.map((a) => a.id))].filter((id) => saved.has(id));
    const [current, held] = await Promise.all([this.records(state, ids), Promise.all(ids.map((id) => state.store.getVersions(id)))]);
    const winners = new Map<string, ArticleCopy>();
    for (const [id, r] of current) if (r) winners.set(id, r);
    const replaced = written.flatMap((r) => current.get(r.id) ?? []);
    for (const r of written) winners.set(r.id, r);
    const have = new Set(held.flat().map((v) => `${v.savedAt}\t${v.id}`));
    const losers = [...replaced, ...incoming, ...incoming.flatMap(versionCopies)].filter((v) => !have.has(`${v.savedAt}\t${v.id}`));
    return planVersions(winners, losers).map((v) => {
      const { versions: _v, storyKey: _s, ...copy } = v as ExportedArticle & { storyKey?: string };
      return { ...copy, quotes: 'quotes' in copy ? (copy as ArticleVersion).quotes : findQuotes(copy, lexiconFor(copy)) };
    });
  }

  // ---- reading ----

  /** Every saved article's summary, newest save first. */
  list(): Promise<ArticleSummary[]> {
    return this.answering(async () => {
      const summaries = await this.summaries(await this.state());
      return [...summaries.values()].sort((a, b) => b.savedAt - a.savedAt || a.id.localeCompare(b.id));
    });
  }

  /**
   * Titles, outlets and URLs containing the query first, then titles and outlets matching its
   * words (prefixes, small typos), then articles whose text holds every word (the coverage index).
   */
  search(query: string): Promise<ArticleSummary[]> {
    return this.answering(async () => {
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
    });
  }

  /** A saved article's versions and its quotes' changes since the first; null when it is not saved. */
  history(id: string): Promise<ArticleHistory | null> {
    return this.answering(async () => {
      const state = await this.state();
      const current = (await this.records(state, [id])).get(id);
      if (!current) return null;
      const earlier = await state.store.getVersions(id);
      const versions = [...earlier, current].map((v) => ({ title: v.title, date: v.date, url: v.url, outlet: v.outlet, savedAt: v.savedAt }));
      return { id, versions, edits: earlier.length > 0 ? quoteEdits(earlier[0], current) : [] };
    });
  }

  exportFile(): Promise<ExportFile> {
    return this.answering(async () => {
      const { store } = await this.state();
      const [records, counts, settings] = await Promise.all([store.getAll(), store.versionCounts(), store.getSettings()]);
      const versions = new Map(await Promise.all([...counts.keys()].map(async (id) => [id, await store.getVersions(id)] as const)));
      return buildExportFile(records.map((r) => ({ ...r, versions: versions.get(r.id) })), new Date(this.now()), settings.speakers);
    });
  }

  /** Read from the store (its count kept at the articles' generation) while the index is not loaded: every library page asks this, and a family or speaker page needs no index. */
  stats(): Promise<{ articles: number; bytes: number }> {
    return this.answering(async () => {
      const state = this.loadedState();
      const store = state?.store ?? await this.store();
      const articles = state ? state.index.size : await store.count();
      const estimate = await this.estimateUsage().catch(() => undefined);
      // Fallback: JavaScript strings are UTF-16, roughly what IndexedDB keeps of them.
      const bytes = estimate ?? (await store.getAll()).reduce((sum, a) => sum + JSON.stringify(a).length * 2, 0);
      return { articles, bytes };
    });
  }

  /** The settings need no index: automatic mode's first test must not load it. */
  async getSettings(): Promise<Settings> {
    return (await this.store()).getSettings();
  }

  async setSettings(patch: Partial<Settings>): Promise<Settings> {
    return (await this.store()).setSettings(patch);
  }

  // ---- quote families, speakers, fidelity ----

  /** Families of two versions or more whose reference, speaker or outlets hold the query, most outlets first. */
  async familyList(query: string): Promise<{ total: number; families: FamilySummary[] }> {
    const families = await this.families();
    const q = normalizeText(query);
    const all = families.families()
      .filter((f) => f.nodes.length + f.passages.length > 1)
      .map((f) => ({ f, summary: familySummary(f) }))
      .filter(({ f, summary }) => !q || normalizeText(`${summary.text} ${summary.speaker ?? ''} ${f.nodes.map((n) => n.article.outlet).join(' ')}`).includes(q))
      .map(({ summary }) => summary)
      .sort((a, b) => b.outlets - a.outlets || b.versions - a.versions || (a.firstDate ?? '9').localeCompare(b.firstDate ?? '9'));
    return { total: all.length, families: all.slice(0, FAMILY_LIST_LIMIT) };
  }

  /** The family page of the quote (or paraphrase) at `offset` in a saved article; null when there is none. */
  async family(ref: FamilyRef): Promise<FamilyView | null> {
    // The page as stored with its family: one row read, nothing aligned.
    const got = await this.familiesOrRows((src) => familyViewFromRows(ref, src.read, src.records));
    if (got instanceof QuoteFamilies) return (await this.familyPage(ref, got))?.view ?? null;
    return got.answer;
  }

  /** A family's page and the saved articles it was read from. */
  private async familyPage(ref: FamilyRef, known?: QuoteFamilies, waitMs?: number): Promise<{ view: FamilyView; records: Map<string, LibraryRecord | undefined> } | null> {
    const families = known ?? await this.families(waitMs);
    const family = families.familyAt(ref.articleId, ref.offset);
    if (!family) return null;
    const state = await this.state();
    const records = await this.records(state, familyArticleIds(family));
    return { view: familyView(family, (id) => records.get(id)), records };
  }

  /**
   * Every credited person (the reader's merges and splits applied) whose names hold the query,
   * most quotes first. Read from the quotes store, so listing people builds no families; the
   * rows are the families' nodes in the families' order, so the list and a person's page
   * (`speaker`, from the families) group and name people alike.
   */
  async speakers(query: string): Promise<SpeakerSummary[]> {
    const q = normalizeText(query);
    return (await this.speakerLines(await this.articlesAt()))
      .filter((s) => !q || s.aliases.some((a) => normalizeText(a).includes(q)))
      .slice(0, FAMILY_LIST_LIMIT);
  }

  /** A person's page (its first `limit` quotes), found by any name credited to them; null when nobody has it. */
  async speaker(name: string, limit = SPEAKER_PAGE_QUOTES): Promise<SpeakerView | null> {
    const got = await this.familiesOrRows(async (src) => {
      // In the write queue, so the list and the rows are of one generation.
      const person = await this.speakerNamed(src, name);
      if (!person) return (await src.read([], [])).current ? null : undefined;
      return speakerFromRows(person, src.read, src.quotes, src.records, limit);
    });
    if (got instanceof QuoteFamilies) return (await this.speakerPage(name, got, undefined, limit))?.view ?? null;
    return got.answer;
  }

  /** The family rows' reader for pages: what earlier pages read at this generation (before the state was loaded, too), else the store. */
  private familyRowsOf(state: State): FamilyRowsCache {
    if (state.familyRows?.generation !== state.generation) {
      const early = this.earlyRows?.generation === state.generation ? this.earlyRows : undefined;
      state.familyRows = early ?? new FamilyRowsCache(state.generation, (ids, pages) => state.store.readFamilyGroups(ids, pages), (ids) => this.records(state, ids));
    }
    this.earlyRows = undefined;
    return state.familyRows;
  }

  /** The store and the articles' generation: the loaded state's, else read from the store (the index load is not waited for). */
  private async articlesAt(): Promise<{ store: LibraryStorage; generation: number }> {
    const state = this.loadedState();
    if (state) return { store: state.store, generation: state.generation };
    const store = await this.store();
    return { store, generation: await store.generation() };
  }

  /**
   * What a page answered from the family rows reads. A worker that just woke has not loaded the
   * index (its cache read and decoding are most of a first page's wait) and the page needs none:
   * the store answers alone, at the generation it reads, and the rows read are kept for the state.
   */
  private async pageSource(): Promise<PageSource> {
    const state = this.loadedState();
    if (state) {
      // The articles earlier pages read (before the state was loaded, too) are kept with the rows.
      const rows = this.familyRowsOf(state);
      return { store: state.store, generation: state.generation, read: rows.readFamilyGroups, records: rows.readRecords, quotes: (keys) => state.store.getQuotesAt(keys) };
    }
    const { store, generation } = await this.articlesAt();
    if (this.earlyRows?.generation !== generation) {
      const records = async (ids: readonly string[]) => {
        const read = await store.getMany(ids);
        return new Map(ids.map((id, i) => [id, read[i]]));
      };
      this.earlyRows = new FamilyRowsCache(generation, (ids, pages) => store.readFamilyGroups(ids, pages), records);
    }
    return { store, generation, read: this.earlyRows.readFamilyGroups, records: this.earlyRows.readRecords, quotes: (keys) => store.getQuotesAt(keys) };
  }

  /** A person (by any name credited to them) and their page. */
  private async speakerPage(name: string, known?: QuoteFamilies, waitMs?: number, limit = Infinity): Promise<{ person: Speaker; view: SpeakerView } | null> {
    const families = known ?? await this.families(waitMs);
    const directory = await this.speakerDirectory();
    const person = personNamed(directory, name);
    if (!person) return null;
    const view = speakerView(person, (node) => {
      const f = families.familyOf(node);
      return f ? f.nodes.length + f.passages.length : 1;
    }, limit);
    return { person, view };
  }

  /** A family's evidence in one format, from what its page shows; refused when it is gone or nothing can be anchored. */
  async familyEvidence(ref: FamilyRef, format: EvidenceFormat): Promise<EvidenceDocument | EvidenceRefusal> {
    // Evidence is never made of families half built: wait for the build.
    const page = await this.familyPage(ref, undefined, Infinity);
    if (!page) return { refused: 'not-found' };
    const evidence = familyEvidence(page.view, (id) => page.records.get(id), { generatedAt: new Date(this.now()).toISOString() });
    return libraryEvidenceDocument(evidence, format);
  }

  /** A person's evidence in one format: their page's quotes, each with its matches as a check shows them. */
  async speakerEvidence(name: string, format: EvidenceFormat): Promise<EvidenceDocument | EvidenceRefusal> {
    const page = await this.speakerPage(name, undefined, Infinity);
    if (!page) return { refused: 'not-found' };
    const nodes = new Map(page.person.nodes.map((n) => [`${n.article.id}@${n.quote.start}`, n]));
    const reportOf = (q: { articleId: string; start: number }) => {
      const node = nodes.get(`${q.articleId}@${q.start}`);
      return node && { quote: node.quote, matches: [...node.renderings.values()].flatMap((m) => (m ? [m] : [])) };
    };
    const ids = new Set(page.person.nodes.flatMap((n) => [n.article.id, ...[...n.renderings].flatMap(([id, m]) => (m ? [id] : []))]));
    const records = await this.records(await this.state(), [...ids]);
    const evidence = speakerEvidence(page.view, reportOf, (id) => records.get(id), { generatedAt: new Date(this.now()).toISOString() });
    return libraryEvidenceDocument(evidence, format);
  }

  /** Per outlet, how its versions read against other outlets' versions of the same quotes. */
  async fidelity(): Promise<OutletFidelity[]> {
    return outletFidelity((await this.families()).families());
  }

  /**
   * The person a name finds (`personNamed` over the speakers list), with their quotes: from their
   * stored chunk when the stored list is this generation's and no newer one is held in memory (a
   * first page after a restart reads one chunk, not the whole list), else from the whole list.
   */
  private async speakerNamed(src: { store: LibraryStorage; generation: number }, name: string): Promise<Speaker<ListedQuote> | undefined> {
    const { store, generation } = src;
    const fromRow = await this.answering(async () => {
      const kept = this.speakersKept;
      if (kept?.generation === generation && kept.source !== STORED) return undefined;
      const overrides = JSON.stringify((await store.getSettings()).speakers);
      if (this.speakerListMemo?.key === `${generation} ${overrides}`) return undefined;
      let outlets: string[] | undefined;
      const read = async (chunk: number): Promise<SpeakerChunk | undefined> => {
        const stored = await store.readSpeakerChunks([chunk]);
        const got = stored?.chunks[0];
        // Every read of this list's generation and overrides (a list written between two reads at the same ones is the same list).
        if (!this.storedListFits(stored?.head, generation, overrides) || !isStrings(stored!.head.outlets) || !isSpeakerChunk(got)) return undefined;
        outlets = stored!.head.outlets;
        return got;
      };
      const row = await personInChunks(name, read);
      if (row === undefined) return undefined;
      this.keepStored(generation, overrides);
      return { person: row ? unpackSpeakerRow(row, outlets!) : undefined };
    });
    if (fromRow) return fromRow.person;
    const list = await this.speakerList(src);
    const person = personNamed(list.people, name);
    return person && unpackSpeaker(list, list.people.indexOf(person));
  }

  /** The speakers list's lines (the list view): the stored lines when the stored list is this generation's and none newer is in memory, else the whole list's. */
  private speakerLines(src: { store: LibraryStorage; generation: number }): Promise<SpeakerSummary[]> {
    const { store, generation } = src;
    return this.answering(async () => {
      const kept = this.speakersKept;
      if (kept?.generation !== generation || kept.source === STORED) {
        const overrides = JSON.stringify((await store.getSettings()).speakers);
        const key = `${generation} ${overrides}`;
        if (this.speakerListMemo?.key === key) return this.speakerListMemo.list.people;
        if (this.speakerLinesMemo?.key === key) return this.speakerLinesMemo.people;
        const stored = await store.readSpeakerLines();
        if (this.storedListFits(stored, generation, overrides) && isSpeakerLines(stored!.people)) {
          this.speakerLinesMemo = { key, people: stored!.people };
          this.keepStored(generation, overrides);
          return stored!.people;
        }
      }
      return (await this.speakerList(src)).people;
    });
  }

  /** Whether a stored list's head is of this generation, these overrides and the list's format. */
  private storedListFits(head: SpeakerListHead | undefined, generation: number, overrides: string): boolean {
    return head?.generation === generation && head.overrides === overrides && head.format === SPEAKER_LIST_FORMAT;
  }

  /** The list stored at `generation` is the one this worker keeps (read whole when a write needs a book). */
  private keepStored(generation: number, overrides: string): void {
    if (this.speakersKept?.generation === generation) return;
    this.speakersKept = { generation, overrides: JSON.parse(overrides) as SpeakerOverrides, source: STORED, pending: new Map(), stored: { generation, overrides } };
  }

  /** The stored list, whole, if it is the one at `at`. */
  private async storedList(store: LibraryStorage, at: { generation: number; overrides: string }): Promise<SpeakerList | undefined> {
    const stored = await store.readSpeakerList();
    if (!this.storedListFits(stored, at.generation, at.overrides)) return undefined;
    const list = stored!.chunks.every(isSpeakerChunk) ? joinSpeakerList(stored!.people, stored!.outlets, stored!.chunks.flatMap((c) => c.people)) : undefined;
    return isSpeakerList(list) ? list : undefined;
  }

  /**
   * The speakers list at the articles' `generation`: kept in memory, else kept current from the
   * list this worker last had (the articles written since applied to it, `keepSpeakers`), else
   * the one stored for this generation, else computed from the quote rows (every name merged:
   * seconds at 10k); then stored for the next worker (only the people changed since the stored
   * list, when the book was kept from it).
   */
  private speakerList({ store, generation }: { store: LibraryStorage; generation: number }): Promise<SpeakerList> {
    return this.answering(async () => {
      const settings = await store.getSettings();
      const overrides = JSON.stringify(settings.speakers);
      const key = `${generation} ${overrides}`;
      if (this.speakerListMemo?.key === key) return this.speakerListMemo.list;
      const kept = this.speakersKept;
      let book: SpeakerBook | undefined;
      let from: { generation: number; overrides: string } | undefined;
      if (kept?.generation === generation) {
        let source: SpeakerBook | SpeakerList | undefined;
        if (kept.source !== STORED) source = kept.source;
        else {
          const list = kept.stored && await this.storedList(store, kept.stored);
          if (list && kept.pending.size === 0 && kept.stored!.overrides === overrides) {
            this.speakerListMemo = { key, list };
            kept.source = list;
            return list;
          }
          source = list ?? undefined;
        }
        if (source) {
          book = source instanceof SpeakerBook ? source : SpeakerBook.from(source, kept.overrides);
          from = kept.stored;
          for (const [id, credits] of kept.pending) book.put(id, credits);
        }
      } else {
        const stored = await this.storedList(store, { generation, overrides });
        if (stored) {
          this.speakerListMemo = { key, list: stored };
          this.speakersKept = { generation, overrides: settings.speakers, source: stored, pending: new Map(), stored: { generation, overrides } };
          return stored;
        }
      }
      // Made whole, the directory of every row is the faster way (about half the book's time at 10k); a book is made from it when a write needs one.
      book?.setOverrides(settings.speakers);
      const list = book ? book.list() : packSpeakers(speakerDirectory(inSaveOrder(await store.getQuotes()).map(listedQuote), settings.speakers));
      const changed = book?.takeChanged();
      // Stored only if no save moved the articles since `generation` (then the rows read were of it); else neither stored nor kept.
      const write = { generation, overrides, format: list.format, outlets: list.outlets, people: list.people, chunks: speakerChunks(list) };
      const stored = await store.writeSpeakerList(write, from && changed && { from, chunks: [...chunksOf(changed)] }).catch((err: unknown) => {
        console.error('library: could not store the speakers list', err);
        return false;
      });
      if (stored) this.speakerListMemo = { key, list };
      this.speakersKept = stored ? { generation, overrides: settings.speakers, source: book ?? list, pending: new Map(), stored: { generation, overrides } } : undefined;
      return list;
    });
  }

  /**
   * Articles written (or removed: no quotes) moved the store to `generation`: the speakers list
   * this worker keeps takes their quotes on its next ask, if it was at the generation before.
   */
  private keepSpeakers(generation: number, written: readonly LibraryRecord[], removed: readonly string[] = []): void {
    const kept = this.speakersKept;
    if (kept?.generation !== generation - 1) {
      this.speakersKept = undefined;
      return;
    }
    for (const r of written) kept.pending.set(r.id, quoteRows(r));
    for (const id of removed) kept.pending.set(id, []);
    kept.generation = generation;
  }

  /** The speaker directory, computed again only when the families or the reader's overrides changed. */
  private async speakerDirectory(): Promise<Speaker[]> {
    const [families, settings] = await Promise.all([this.families(), this.getSettings()]);
    const key = `${families.version} ${JSON.stringify(settings.speakers)}`;
    if (this.speakersMemo?.families !== families || this.speakersMemo.key !== key) {
      this.speakersMemo = { families, key, directory: speakerDirectory(families.allNodes(), settings.speakers) };
    }
    return this.speakersMemo.directory;
  }

  /**
   * How far a build of the families is, once one was asked for; null when none is under way.
   * Each ask also keeps a stopped build going (the worker was woken by this page).
   */
  familiesProgress(): Promise<FamiliesProgress | null> {
    // In the write queue: behind a first ask's read of the stored families, so a build it starts is seen.
    return this.answering(() => this.enqueue(async () => {
      // A build runs only on a loaded state: a state still loading has none to report (and is not waited for).
      const state = this.loadedState();
      const build = state?.familyBuild;
      if (!state || !build) return null;
      this.continueBuild(state);
      return { done: build.total - build.pending.length, total: build.total };
    }));
  }

  /** Resolves once the families are complete (a build under way finished); for the command line, benchmarks and tests. */
  async familiesReady(): Promise<void> {
    await this.families(Infinity);
  }

  /**
   * The families as far as they are: read from the families store once per load and caught up
   * with the articles written since (the change log), else built again in slices (the build goes
   * on between requests, and what it has added is readable meanwhile). In the write queue, so no
   * save slips between the read and the catch-up.
   */
  private async families(waitMs = this.familyWaitMs): Promise<QuoteFamilies> {
    return (await this.familiesOrRows(async () => undefined, waitMs)) as QuoteFamilies;
  }

  /**
   * Before this worker has read the families whole, `fromRows` may answer from their rows alone
   * (undefined: it cannot); else the families, as `families` gives them. One turn of the write
   * queue, so a progress ask queued after it sees the build a whole read starts.
   */
  private async familiesOrRows<T>(fromRows: (src: PageSource) => Promise<T | undefined>, waitMs = this.familyWaitMs): Promise<QuoteFamilies | { answer: T }> {
    const got = await this.enqueue(async () => {
      // Before the index is loaded too: a page the rows answer does not wait for it.
      if (!this.loadedState()?.families) {
        const answer = await fromRows(await this.pageSource());
        if (answer !== undefined) return { answer };
      }
      const state = await this.state();
      if (!state.families) await this.loadFamilies(state);
      this.continueBuild(state);
      return { families: state.families!, build: state.familyBuild };
    });
    if ('answer' in got) return { answer: got.answer as T };
    const { families, build } = got;
    if (build && waitMs === Infinity) await build.finished;
    else if (build) await Promise.race([build.finished, new Promise((resolve) => (setTimeout(resolve, waitMs) as { unref?: () => void }).unref?.())]);
    return families;
  }

  private async loadFamilies(state: State): Promise<void> {
    const [read, ids] = await Promise.all([state.store.readFamilies(), state.store.articleIds()]);
    const live = new Set(ids);
    const changed = read.changed;
    const written = new Set(changed);
    // A row of an article gone without a log entry saying so: the rows are not the library's.
    const usable = read.matches !== undefined && changed !== undefined && changed.length <= Math.max(50, ids.length * FAMILY_CATCH_UP_SHARE) &&
      read.rows.every((r) => live.has(r.articleId) || written.has(r.articleId));
    const restored = usable ? QuoteFamilies.restore(state.index, read.rows) : undefined;
    if (!restored && read.rows.length + (read.matches ?? 0) > 0) console.warn('library: the stored families do not match the articles; building them again');
    state.families = restored ?? new QuoteFamilies(state.index);
    state.familyRows = undefined;
    this.earlyRows = undefined;
    state.familiesStored = restored ? read.matches : undefined;
    const catchUp = restored && changed ? changed : [];
    const caught = catchUp.length > 0 ? await this.records(state, catchUp) : new Map<string, LibraryRecord | undefined>();
    for (const id of catchUp) {
      const record = caught.get(id);
      const families = state.families;
      const update = record ? families.planSave(record) : families.planRemove(id);
      await this.updateFamilies(state, update, false);
    }
    const pending = ids.filter((id) => !state.families!.has(id));
    // Rows stored before the family groups (v5), or during a build: every group is written with them.
    if (!restored || catchUp.length > 0 || !read.grouped) await this.persistFamilies(state, pending.length === 0);
    if (pending.length > 0) await this.startBuild(state, pending, ids.length);
  }

  private async startBuild(state: State, pending: string[], total: number): Promise<void> {
    let finish = () => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const records = new Map((await state.store.getMany(pending.length > RECENT_RECORDS ? [] : pending)).flatMap((r) => (r ? [[r.id, r] as const] : [])));
    // A large build aligns against most of the library: read it once rather than per article.
    if (pending.length > RECENT_RECORDS) for (const r of await state.store.getAll()) records.set(r.id, r);
    state.familyBuild = { pending, total, records, finished, finish, running: false };
  }

  /** Runs the build's slices one after another, each in the write queue, until it is done or replaced. */
  private continueBuild(state: State): void {
    const build = state.familyBuild;
    if (!build || build.running) return;
    build.running = true;
    const current = () => state.familyBuild === build && this.ready !== null;
    const slice = () => this.enqueue(async () => {
      if (!current() || (await this.state()) !== state) return false;
      const families = state.families!;
      const resolve = async (ids: readonly string[]) => {
        const missing = ids.filter((id) => !build.records.has(id));
        const read = missing.length > 0 ? await this.records(state, missing) : new Map<string, LibraryRecord | undefined>();
        return (id: string) => build.records.get(id) ?? read.get(id);
      };
      const until = performance.now() + this.familySliceMs;
      for (let first = true; build.pending.length > 0 && (first || performance.now() < until); first = false) {
        const id = build.pending[0];
        const record = families.has(id) ? undefined : (await resolve([id]))(id);
        if (record && state.index.has(id)) {
          const update = families.planBuild(record);
          families.apply(update, await resolve(update.ids));
        }
        build.pending.shift();
      }
      await this.persistFamilies(state);
      if (build.pending.length > 0) return true;
      state.familyBuild = undefined;
      return false;
    });
    const done = () => {
      build.running = false;
      if (!current() || build.pending.length === 0) build.finish();
    };
    void (async () => {
      while (await slice()) await new Promise((resolve) => setTimeout(resolve, 0));
    })().then(done, (err: unknown) => {
      console.error('library: building the families stopped', err);
      done();
    });
  }

  /** Applies an update to the families and (unless a catch-up writes once at its end) writes the rows it changed. */
  private async updateFamilies(state: State, update: FamilyUpdate, persist = true): Promise<void> {
    const records = await this.records(state, update.ids);
    state.families?.apply(update, (id) => state.familyBuild?.records.get(id) ?? records.get(id));
    if (persist) await this.persistFamilies(state);
  }

  /**
   * Writes the family rows changed since the last write, now matching the library's generation;
   * all of them when the stored ones are unknown. A failed write (a full disk, another writer)
   * leaves them unknown: the next write replaces them all, and a restart before it rebuilds.
   */
  private async persistFamilies(state: State, complete = !state.familyBuild || state.familyBuild.pending.length === 0): Promise<void> {
    const families = state.families;
    if (!families) return;
    const from = state.familiesStored;
    const write = from === undefined ? { put: families.allRows(), remove: [], from: null } : { ...families.takeChanges(), from };
    const changes = families.takeGroupChanges(from === undefined);
    if (from === state.generation && write.put.length === 0 && write.remove.length === 0 && changes.put.length === 0 && changes.remove.length === 0 && !changes.all) return;
    // Each changed family's page is stored whole: the texts it matches again are read here, not by its first reader.
    const build = state.familyBuild?.records;
    const memo = rematchMemo(families);
    // The pages being replaced hand over their matches made again: only versions new to a family are matched.
    if (!changes.all) keepRematches(memo, (await state.store.readFamilyGroups([], replacedPageIds(changes)).catch(() => ({ pages: [] }))).pages);
    const texts = await this.records(state, regroupedTextIds(changes, memo).filter((id) => !build?.has(id)));
    const groups = familyGroupsWrite(changes, (id) => build?.get(id) ?? texts.get(id), memo);
    const ok = await state.store.writeFamilies({ ...write, groups, complete, generation: state.generation }).catch((err: unknown) => {
      console.error('library: could not store the families', err);
      return false;
    });
    state.familiesStored = ok ? state.generation : undefined;
  }

  // ---- the index cache ----

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

  /** The cached index passed its load checks but holds data that does not decode: forget it, rebuild on the next request. */
  async discardIndexCache(): Promise<void> {
    this.ready = null;
    this.preloaded = undefined;
    await (await this.store()).deleteIndexCache();
  }

  // ---- state ----

  /** The state with every part of its index (see `State.partsOf`): what all but a check's plan need. */
  private async state(): Promise<State> {
    const state = await this.checkState();
    if (state.partsOf !== undefined) await this.supplyParts(state, state.index.missingParts());
    return state;
  }

  /** Reads the parts holding the lists of `terms` (what a check's plan reads: `planTerms`), if the index lacks any. */
  private async partsFor(state: State, terms: () => Iterable<string>): Promise<void> {
    if (state.partsOf === undefined) return;
    const start = performance.now();
    await this.supplyParts(state, state.index.missingParts(terms()));
    measureSince('index-parts', start);
  }

  /**
   * Runs `plan` (a query of the index, changing nothing but its caches); a list in a part the index
   * lacks has its part read and the plan runs again (every part after PART_RETRIES), so its
   * answer is the one a whole index gives. `partsFor` first makes that rare.
   */
  private async withParts<T>(state: State, plan: () => T): Promise<T> {
    for (let tries = 1; ; tries++) {
      try {
        return plan();
      } catch (err) {
        if (!(err instanceof MissingPartError) || state.partsOf === undefined) throw err;
        await this.supplyParts(state, tries < PART_RETRIES ? [err.part] : state.index.missingParts());
      }
    }
  }

  /** Reads these parts of the state's index cache into its index; a part missing from the store is a damaged cache (MalformedVarintsError: rebuilt). */
  private async supplyParts(state: State, parts: readonly number[]): Promise<void> {
    const generation = state.partsOf;
    if (generation === undefined) return;
    if (parts.length > 0) {
      const texts = await state.store.readIndexParts(generation, parts);
      texts.forEach((text, i) => {
        if (text === undefined) throw new MalformedVarintsError('library: a part of the index cache is missing');
        state.index.supplyPart(parts[i], text);
      });
    }
    if (state.partsOf === generation && state.index.missingParts().length === 0) state.partsOf = undefined;
  }

  /** The state as a check needs it: its index may still lack parts (see `withParts`). */
  private checkState(): Promise<State> {
    if (!this.ready) {
      const ready = this.loadState().catch((err: unknown) => {
        if (this.ready === ready) this.ready = null; // try again on the next request
        throw err;
      });
      this.ready = ready;
      ready.then((state) => {
        if (this.ready === ready) this.settled = { ready, state };
      }, () => {});
    }
    return this.ready;
  }

  /** The state if it is loaded (and not dropped since); undefined while it loads or before any request started loading it. */
  private loadedState(): State | undefined {
    // An index still lacking parts is not loaded for these callers: they would wait for the parts.
    return this.settled && this.settled.ready === this.ready && this.settled.state.partsOf === undefined ? this.settled.state : undefined;
  }

  /**
   * Opens the store ahead of any request: a worker is mostly woken by the tab events a page's own
   * tab makes, before that page asks anything, so its first request finds the store open. A
   * failure is left to the first request, which opens it again.
   */
  openEarly(): void {
    this.store().catch(() => undefined);
  }

  private store(): Promise<LibraryStorage> {
    this.opened ??= this.openStore().catch((err: unknown) => {
      this.opened = null;
      throw err;
    });
    return this.opened;
  }

  /**
   * Reads the index cache and loads it ahead of a likely check (a page loaded in a tab): the click
   * then finds it read. Only the read: catching a stale cache up (every part and the articles
   * written since) or rebuilding a missing one waits for a request, as it would without this.
   * See docs/DESIGN.md "The index cache read when a page loads".
   */
  preloadIndex(): Promise<void> {
    if (this.ready || this.preloaded) return Promise.resolve();
    const read = this.store().then((store) => this.readCachedIndex(store));
    this.preloaded = read;
    return read.then(() => undefined, () => undefined); // a failed read is read again by the request
  }

  /** The index as the store's cache holds it, with the articles written since; 'none': no usable cache (rebuild). */
  private async readCachedIndex(store: LibraryStorage): Promise<CachedIndex | 'none'> {
    const readStart = performance.now();
    const { cache, generation, changed } = await store.readIndexCache();
    const loadStart = measureSince('index-read', readStart);
    const usable = cache && cache.formatVersion === CoverageIndex.FORMAT_VERSION && changed ? cache : undefined;
    const index = usable ? CoverageIndex.load(usable.json) : null;
    measureSince('index-load', loadStart);
    return usable && index && changed ? { index, generation, cachedGeneration: usable.generation, changed } : 'none';
  }

  private async loadState(): Promise<State> {
    const store = await this.store();
    const preloaded = this.preloaded;
    this.preloaded = undefined;
    const read = (preloaded && (await preloaded.catch(() => undefined))) ?? (await this.readCachedIndex(store));
    if (read !== 'none') {
      const { index: cached, generation, changed } = read;
      const state: State = { store, index: cached, generation, cachedGeneration: read.cachedGeneration, recent: new LruMap(RECENT_RECORDS) };
      if (cached.missingParts().length > 0) state.partsOf = read.cachedGeneration;
      // Applying writes may re-encode every list (a removal's vacuum): every part first.
      if (changed.length > 0) await this.supplyParts(state, cached.missingParts());
      // The process stopped before re-caching: apply the articles written since (saved or gone).
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
    await this.supplyParts(state, state.index.missingParts());
    const { json, parts } = state.index.toParts(this.indexPartUnits);
    await state.store.saveIndexCache({ formatVersion: CoverageIndex.FORMAT_VERSION, generation, json }, parts);
    state.cachedGeneration = generation;
  }

  private scheduleCacheWrite(): void {
    this.dirtySince ??= Date.now();
    clearTimeout(this.cacheTimer);
    const wait = Math.max(0, Math.min(this.cacheIdleMs, this.dirtySince + CACHE_MAX_WAIT_MS - Date.now()));
    this.cacheTimer = setTimeout(() => {
      if (this.inFlight > 0) return; // the last request to finish arms the timer again
      this.flushIndexCache().catch((err: unknown) => console.error('library: could not cache the index', err));
    }, wait);
    // In Node (the CLI) a pending re-cache must not keep the process alive; browsers return a number.
    (this.cacheTimer as { unref?: () => void }).unref?.();
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
    return this.answering(() =>
      this.enqueue(work).catch((err: unknown) => {
        this.ready = null;
        throw err;
      }),
    );
  }

  /**
   * Answers one request. The re-cache (seconds of serializing on this thread at 100k articles)
   * waits until no request is being answered and none came for the idle time: a wake that
   * caught the cache up must not re-cache in the middle of the check that woke it.
   */
  private async answering<T>(work: () => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await work();
    } finally {
      this.inFlight--;
      if (this.dirtySince !== undefined) this.scheduleCacheWrite();
    }
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

  /** Every article's summary, read from the store once per load. */
  private async summaries(state: State): Promise<Map<string, ArticleSummary>> {
    if (state.summaries) return state.summaries;
    const generation = state.generation;
    const [records, counts] = await Promise.all([state.store.getAll(), state.store.versionCounts()]);
    // A mutation that finished during the read already updated what it touched: read again.
    if (generation !== state.generation) return this.summaries(state);
    state.versionCounts = counts;
    state.summaries = new Map(records.map((r) => [r.id, summarize(r, counts)]));
    return state.summaries;
  }

  /** Keeps the views beside the index in step with records just written to the store. */
  private wrote(state: State, records: readonly LibraryRecord[]): void {
    for (const r of records) {
      state.recent.set(r.id, r);
      if (state.versionCounts) state.summaries?.set(r.id, summarize(r, state.versionCounts));
      state.search?.add(r);
    }
  }
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

function summarize(a: LibraryRecord, versionCounts: ReadonlyMap<string, number>): ArticleSummary {
  const earlierVersions = versionCounts.get(a.id);
  return {
    id: a.id, title: a.title, outlet: a.outlet, url: a.url, date: a.date, savedAt: a.savedAt,
    quoteCount: a.quotes.length, storyKey: a.storyKey, ...(earlierVersions ? { earlierVersions } : {}),
  };
}

/** Every saved article a family's versions are in. */
function familyArticleIds(family: QuoteFamily): string[] {
  return [...new Set([...family.nodes.map((n) => n.article.id), ...family.passages.map((p) => p.article.id)])];
}
