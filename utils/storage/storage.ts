/**
 * The extension's storage: the saved library in IndexedDB (through `idb`, imported nowhere else),
 * the coverage-index cache beside it, and the reader's settings; `LibraryStore` is the
 * `LibraryStorage` (utils/storage/library-storage.ts) the library runs on. Every key and store
 * name lives in this file.
 *
 * IndexedDB is the source of truth. The serialized coverage index in `meta` is only a cache.
 * Every article write (put, putMany, delete, clear) bumps a generation counter in `meta` in the
 * same transaction, and logs the ids it wrote under a change key for that generation. The cache
 * records the generation it was built at, so "is the cache current?" is one read, and a cache a
 * few writes behind is caught up from the change log (the ids written since) instead of being
 * rebuilt from every article. Writing the cache drops the log entries it covers. Anything that
 * writes the articles store without this class must bump the generation in its transaction (and
 * log nothing): no cache older than that write can then be caught up, so the next wake rebuilds.
 *
 * The quotes store (v4) holds one row per saved quote (utils/storage/quote-rows.ts), derived from
 * the articles: every article write rewrites its article's rows in the same transaction, and
 * `meta` records the generation and row count the rows match. The first read of the rows after
 * opening checks both (one read, not on open: a check's wake never pays for counting rows); a
 * mismatch (a writer without this class, a store damaged by hand) rebuilds the rows from the
 * articles first. A write never makes a stale state current, so a mismatch waits for that read.
 *
 * The families store (v5) holds what the quote families know of each saved article
 * (utils/storage/family-rows.ts), so they survive a worker restart. They depend on the whole
 * library, so the library writes them after each article write, in their own transaction, and
 * `meta` records the generation they match; the change log is kept back to it (at most
 * FAMILIES_LOG_KEEP generations behind the index cache), so a write the families missed (the
 * worker stopped between the two) is caught up from the log on their next read.
 *
 * The speakers store (v8) holds the stored speakers list's people in chunks (keyed by number, a
 * person in the chunk of their name), beside its head and lines in `meta`, all written in one
 * transaction at the articles' generation: a person's page reads the head and one chunk (two for a
 * name credited to someone else), not the whole list.
 *
 * Schema changes: add a function to `MIGRATIONS` (never edit a shipped one) and a fixture
 * test/golden/storage/v<N>.json holding a database as that version left it.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { parseSettings, type Settings } from '@/utils/storage/settings';
import type {
  ArticleVersion, IndexCache, IndexCacheRead, LibraryRecord, LibraryStorage, PutManyOptions, PutOptions, SpeakerListChange, SpeakerListHead,
  StoredSpeakerChunks, StoredSpeakerList,
} from '@/utils/storage/library-storage';
import { isSpeakerList, speakerChunks, type SpeakerChunk } from '@/utils/families/speaker-list';
import { quoteRows, type QuoteKey, type QuoteRow } from '@/utils/storage/quote-rows';
import {
  FAMILIES_LOG_KEEP, familiesGrouped, familiesServePages, familiesStateAfter, isFamiliesState, isFamilyPageRow, isFamilyRow,
  type FamiliesRead, type FamiliesState, type FamiliesWrite, type FamilyGroupRow, type FamilyGroupsRead, type FamilyRow,
} from '@/utils/storage/family-rows';

export const DB_NAME = 'verbatim';
const ARTICLES = 'articles';
const META = 'meta';
const SETTINGS = 'settings';
/** Earlier versions of saved articles, keyed [id, savedAt]. */
const VERSIONS = 'versions';
/** One row per saved quote, keyed [articleId, index]. */
const QUOTES = 'quotes';
/** What the quote families know of each saved article, keyed by articleId. */
const FAMILIES = 'families';
/** The quote families of two versions or more, keyed by id, found by article (`FamilyGroupRow`). */
const FAMILY_GROUPS = 'family-groups';
/** What each of those families' page reads, keyed by the group's id (`FamilyPageRow`). */
const FAMILY_PAGES = 'family-pages';
/** The speakers list's people in chunks, keyed by the chunk's number (`SpeakerChunk`). */
const SPEAKERS = 'speakers';
const BY_ARTICLE = 'by-article';
const BY_ID = 'by-id';
const BY_SPEAKER = 'by-speaker';
const BY_URL = 'by-url';
const BY_SAVED_AT = 'by-savedAt';
const INDEX_CACHE_KEY = 'coverage-index';
/** The index cache's parts (`IndexCache.parts`) sort by the cache's generation, then by number: this prefix + both zero-padded. */
const INDEX_PART_PREFIX = 'coverage-index-part:';
const indexPartKey = (generation: number, part: number) => `${INDEX_PART_PREFIX}${String(generation).padStart(16, '0')}:${String(part).padStart(8, '0')}`;
const indexParts = () => IDBKeyRange.bound(INDEX_PART_PREFIX, `${INDEX_PART_PREFIX}\uffff`);
/** In `meta` before v8: the speakers list whole (generation, overrides, list), now split into the three below. */
const OLD_SPEAKER_LIST_KEY = 'speaker-list';
/** In `meta`: the stored speakers list's head (`SpeakerListHead` and its chunk count), rebuildable like the index cache. */
const SPEAKER_HEAD_KEY = 'speaker-head';
/** In `meta`: the stored speakers list's lines (`SpeakerSummary[]`), in the list's order. */
const SPEAKER_LINES_KEY = 'speaker-lines';
const GENERATION_KEY = 'generation';
/** In `meta`: how many articles there are at a generation (`ArticleCount`), counted again once that generation has passed. */
const ARTICLE_COUNT_KEY = 'article-count';
/** In `meta`: the generation and row count the quotes store matches (`QuotesState`). */
const QUOTES_STATE_KEY = 'quotes-state';
/** In `meta`: the generation and row count the families store matches (`FamiliesState`). */
const FAMILIES_STATE_KEY = 'families-state';
/** Change-log keys sort by generation: `change:` + the generation zero-padded. */
const CHANGE_PREFIX = 'change:';
const changeKey = (generation: number) => `${CHANGE_PREFIX}${String(generation).padStart(16, '0')}`;
const changesAfter = (generation: number, upTo = Number.MAX_SAFE_INTEGER) => IDBKeyRange.bound(changeKey(generation + 1), changeKey(upTo));
const SETTINGS_KEY = 'settings';

type AnyDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
/**
 * Creates stores and indexes synchronously; a step that moves data returns a promise that chains
 * only IndexedDB requests on `tx` (anything else would let the upgrade transaction commit early).
 */
export type Migration = (db: AnyDb, tx: UpgradeTx) => void | Promise<void>;

/** MIGRATIONS[i] takes the database from version i to version i + 1. */
export const MIGRATIONS: readonly Migration[] = [
  // v1: articles keyed by id, looked up by URL, walked by save time (checksums, newest first).
  (db) => {
    const articles = db.createObjectStore(ARTICLES, { keyPath: 'id' });
    articles.createIndex(BY_URL, 'url');
    articles.createIndex(BY_SAVED_AT, 'savedAt');
    db.createObjectStore(META);
  },
  // v2: the reader's settings get a store of their own, so `meta` holds only the rebuildable
  // index cache and clearing or dropping caches can never touch the reader's choices.
  async (db, tx) => {
    db.createObjectStore(SETTINGS);
    const meta = tx.objectStore(META);
    const settings: unknown = await meta.get(SETTINGS_KEY);
    if (settings !== undefined) await tx.objectStore(SETTINGS).put(settings, SETTINGS_KEY);
    await meta.delete(SETTINGS_KEY);
  },
  // v3: an article saved again with a changed text keeps its earlier versions beside it.
  (db) => {
    const versions = db.createObjectStore(VERSIONS, { keyPath: ['id', 'savedAt'] });
    versions.createIndex(BY_ID, 'id');
  },
  // v4: one row per saved quote, derived from the articles, so quote-centred views skip the texts.
  async (db, tx) => {
    const quotes = db.createObjectStore(QUOTES, { keyPath: ['articleId', 'index'] });
    quotes.createIndex(BY_SPEAKER, 'speakerKey');
    await deriveQuotes(tx as unknown as WriteTx);
  },
  // v5: the quote families' state per article, so a worker restart reads them instead of building them.
  // No state is recorded: the first ask builds them, as before this step.
  (db) => {
    db.createObjectStore(FAMILIES, { keyPath: 'articleId' });
  },
  // v6: which rows each family's page reads, so a page after a worker restart reads those rows only.
  // The v5 state says nothing of groups: the families are read whole once more, then every group is written.
  (db) => {
    const groups = db.createObjectStore(FAMILY_GROUPS, { keyPath: 'id' });
    groups.createIndex(BY_ARTICLE, 'articles', { multiEntry: true });
  },
  // v7: each family's page data, so a page after a worker restart reads its family, not its versions' whole rows.
  // The pages are empty: the groups are marked not in step, so the families are read whole once more, then every group and page is written.
  async (db, tx) => {
    db.createObjectStore(FAMILY_PAGES, { keyPath: 'id' });
    const meta = tx.objectStore(META);
    const state: unknown = await meta.get(FAMILIES_STATE_KEY);
    if (isFamiliesState(state)) await meta.put({ ...state, groups: false }, FAMILIES_STATE_KEY);
  },
  // v8: the speakers list's people in chunks, so a person's page reads their chunk, not the whole list.
  // A stored list is moved into the chunks as it is (a list that is not one is dropped: made again on the next ask).
  async (db, tx) => {
    db.createObjectStore(SPEAKERS, { keyPath: 'chunk' });
    const meta = tx.objectStore(META);
    const old = (await meta.get(OLD_SPEAKER_LIST_KEY)) as { generation?: unknown; overrides?: unknown; list?: unknown } | undefined;
    await meta.delete(OLD_SPEAKER_LIST_KEY);
    if (typeof old !== 'object' || old === null || !Number.isSafeInteger(old.generation) || typeof old.overrides !== 'string' || !isSpeakerList(old.list)) return;
    const { format, people, outlets } = old.list;
    const chunks = speakerChunks(old.list);
    await Promise.all(chunks.map((c) => quiet(tx.objectStore(SPEAKERS).put(c))));
    await meta.put({ generation: old.generation as number, overrides: old.overrides, format, outlets, filled: chunks.map((c) => c.chunk).sort((a, b) => a - b) } satisfies StoredHead, SPEAKER_HEAD_KEY);
    await meta.put(people, SPEAKER_LINES_KEY);
  },
  // v9: each family's page row holds its page whole (its versions, kinds and diffs), so a first page aligns nothing.
  // The earlier pages are dropped and the groups marked not in step, as in v7: the families are read whole once more, then every group and page is written.
  async (_db, tx) => {
    await tx.objectStore(FAMILY_PAGES).clear();
    const meta = tx.objectStore(META);
    const state: unknown = await meta.get(FAMILIES_STATE_KEY);
    if (isFamiliesState(state)) await meta.put({ ...state, groups: false }, FAMILIES_STATE_KEY);
  },
  // v10: each quote row carries its article's title and url, so a person's page reads their quotes' rows, not their articles.
  // Every row is derived again from the articles, as in v4 (once; its time at 10k in README "Performance").
  async (_db, tx) => {
    await deriveQuotes(tx as unknown as WriteTx);
  },
];
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Storage ran out of room; `message` is written for the reader. */
export class StorageFullError extends Error {
  constructor() {
    super(
      'storage: your browser has no room left for Verbatim’s library. Remove some saved articles (or export and clear the library), then try again.',
    );
    this.name = 'StorageFullError';
  }
}

function isQuotaError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'QuotaExceededError' || /quota/i.test(err.message));
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw isQuotaError(err) ? new StorageFullError() : err;
  }
}

export interface OpenOptions {
  name?: string;
  /** Tests open a database at an older schema by passing a prefix of MIGRATIONS. */
  migrations?: readonly Migration[];
}

/** Opens (creating or upgrading) the library database. */
export async function openLibraryDb(opts: OpenOptions = {}): Promise<AnyDb> {
  const migrations = opts.migrations ?? MIGRATIONS;
  return openDB(opts.name ?? DB_NAME, migrations.length, {
    async upgrade(db, oldVersion, newVersion, tx) {
      try {
        for (let v = oldVersion; v < (newVersion ?? migrations.length); v++) await migrations[v](db, tx);
      } catch (err) {
        // A failed step aborts the whole upgrade: the database stays at its old version, intact,
        // and the open fails (the next wake tries again).
        console.error('storage: migration failed', err);
        abortQuietly(tx);
      }
    },
  });
}

/** The library database with the operations the extension needs; each write is one transaction. */
export class LibraryStore implements LibraryStorage {
  /** The quotes store's check, once per open, on the first read of its rows. */
  private quotesChecked: Promise<void> | undefined;

  private constructor(private readonly db: AnyDb) {}

  static async open(opts: OpenOptions = {}): Promise<LibraryStore> {
    const db = await openLibraryDb(opts);
    // Another context (the library page, a newer version) may upgrade the schema: let it.
    db.addEventListener('versionchange', () => db.close());
    return new LibraryStore(db);
  }

  close(): void {
    this.db.close();
  }

  get(id: string): Promise<LibraryRecord | undefined> {
    return this.db.get(ARTICLES, id) as Promise<LibraryRecord | undefined>;
  }

  async getByUrl(url: string): Promise<LibraryRecord[]> {
    return (await this.db.getAllFromIndex(ARTICLES, BY_URL, url)) as LibraryRecord[];
  }

  async getAll(): Promise<LibraryRecord[]> {
    return (await this.db.getAll(ARTICLES)) as LibraryRecord[];
  }

  /** Kept in `meta` at the articles' generation: a count visits every article and holds up every other read meanwhile. */
  async count(): Promise<number> {
    const tx = this.db.transaction(META);
    const [kept, generation] = await Promise.all([tx.store.get(ARTICLE_COUNT_KEY), tx.store.get(GENERATION_KEY)]);
    await tx.done;
    if (isGenerationCount(kept) && kept.generation === asGeneration(generation)) return kept.count;
    const read = this.db.transaction([ARTICLES, META]);
    const [count, at] = await Promise.all([read.objectStore(ARTICLES).count(), read.objectStore(META).get(GENERATION_KEY)]);
    await read.done;
    // The count was read; keeping it is only a cache, so its failure never fails the count.
    await this.keepCount({ generation: asGeneration(at), count }).catch(() => {});
    return count;
  }

  /** Keeps a count if the articles are still at its generation (checked in the write's transaction); a full disk keeps nothing. */
  private async keepCount(kept: ArticleCount): Promise<void> {
    const tx = this.db.transaction(META, 'readwrite');
    try {
      if (asGeneration(await tx.store.get(GENERATION_KEY)) !== kept.generation) return abortQuietly(tx);
      await tx.store.put(kept, ARTICLE_COUNT_KEY);
      await tx.done;
    } catch (err) {
      cacheWriteFailed(tx, err);
    }
  }

  /** Reads the given articles in one transaction, in order (undefined where there is none). */
  async getMany(ids: readonly string[]): Promise<(LibraryRecord | undefined)[]> {
    const tx = this.db.transaction(ARTICLES);
    const records = await Promise.all(ids.map((id) => tx.store.get(id)));
    await tx.done;
    return records as (LibraryRecord | undefined)[];
  }

  /** Every article and the generation they make up, read in one transaction. */
  async snapshot(): Promise<{ records: LibraryRecord[]; generation: number }> {
    const tx = this.db.transaction([ARTICLES, META]);
    const [records, generation] = await Promise.all([tx.objectStore(ARTICLES).getAll(), tx.objectStore(META).get(GENERATION_KEY)]);
    await tx.done;
    return { records: records as LibraryRecord[], generation: asGeneration(generation) };
  }

  /** The generation of the articles: bumped by every write, in the write's transaction. */
  async generation(): Promise<number> {
    return asGeneration(await this.db.get(META, GENERATION_KEY));
  }

  /**
   * Saves or replaces one article atomically; the replaced one is kept as an earlier version in
   * the same transaction when `opts.keepPrevious` says so. Returns the generation this write made.
   */
  async put(record: LibraryRecord, opts: PutOptions = {}): Promise<{ saved: 'new' | 'updated'; generation: number; keptVersion: boolean }> {
    return guard(async () => {
      const tx = this.db.transaction([ARTICLES, META, VERSIONS, QUOTES], 'readwrite');
      try {
        const articles = tx.objectStore(ARTICLES);
        const previous = (await articles.get(record.id)) as LibraryRecord | undefined;
        const keptVersion = previous !== undefined && previous.savedAt !== record.savedAt && (opts.keepPrevious?.(previous) ?? false);
        if (keptVersion) await tx.objectStore(VERSIONS).put(asVersion(previous));
        await articles.put(record);
        const generation = await writeQuotes(tx, [record.id], [record], () => logChange(tx.objectStore(META), [record.id]));
        await tx.done;
        return { saved: previous ? 'updated' : 'new', generation, keptVersion };
      } catch (err) {
        abortQuietly(tx);
        throw err;
      }
    });
  }

  /**
   * Writes many articles and earlier versions in one transaction: all of them or (on any error)
   * none. Returns the generation the write made (the current one when there is nothing to write).
   */
  async putMany(records: readonly LibraryRecord[], versions: readonly ArticleVersion[] = [], opts: PutManyOptions = {}): Promise<number> {
    if (records.length === 0 && versions.length === 0 && !opts.settings) return this.generation();
    return guard(async () => {
      const tx = this.db.transaction([ARTICLES, META, VERSIONS, QUOTES, SETTINGS], 'readwrite');
      const puts: Promise<unknown>[] = [];
      try {
        const write = (put: Promise<unknown>) => {
          put.catch(() => {}); // after an abort every pending put rejects; the first error is enough
          puts.push(put);
        };
        for (const r of records) write(tx.objectStore(ARTICLES).put(r));
        for (const v of versions) write(tx.objectStore(VERSIONS).put(asVersion(v)));
        await Promise.all(puts);
        const meta = tx.objectStore(META);
        const ids = records.map((r) => r.id);
        const generation = records.length > 0 ? await writeQuotes(tx, ids, records, () => logChange(meta, ids)) : asGeneration(await meta.get(GENERATION_KEY));
        if (opts.settings) {
          const settings = tx.objectStore(SETTINGS);
          const current = parseSettings(await settings.get(SETTINGS_KEY));
          await settings.put(parseSettings(opts.settings(current), current), SETTINGS_KEY);
        }
        await tx.done;
        return generation;
      } catch (err) {
        // A record that fails before reaching the store (not cloneable) does not abort the
        // transaction by itself: without this the other records would commit.
        abortQuietly(tx);
        throw err;
      }
    });
  }

  async getVersions(id: string): Promise<ArticleVersion[]> {
    const versions = (await this.db.getAllFromIndex(VERSIONS, BY_ID, id)) as ArticleVersion[];
    return versions.sort((a, b) => a.savedAt - b.savedAt);
  }

  async versionCounts(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    // Keys only: [id, savedAt] pairs, no article text read.
    for (const key of (await this.db.getAllKeys(VERSIONS)) as unknown as [string, number][]) counts.set(key[0], (counts.get(key[0]) ?? 0) + 1);
    return counts;
  }

  /** Removes one article and its earlier versions; `removed` is false (and nothing changes) when there was none. */
  async delete(id: string): Promise<{ removed: boolean; generation: number }> {
    return guard(async () => {
      const tx = this.db.transaction([ARTICLES, META, VERSIONS, QUOTES], 'readwrite');
      const articles = tx.objectStore(ARTICLES);
      const removed = (await articles.getKey(id)) !== undefined;
      if (removed) {
        await articles.delete(id);
        await tx.objectStore(VERSIONS).delete(versionsOf(id));
      }
      const generation = removed
        ? await writeQuotes(tx, [id], [], () => logChange(tx.objectStore(META), [id]))
        : asGeneration(await tx.objectStore(META).get(GENERATION_KEY));
      await tx.done;
      return { removed, generation };
    });
  }

  /** Removes every article, every earlier version, the index cache and its change log; returns how many articles there were. */
  async clear(): Promise<{ removed: number; generation: number }> {
    return guard(async () => {
      const tx = this.db.transaction([ARTICLES, META, VERSIONS, QUOTES, FAMILIES, FAMILY_GROUPS, FAMILY_PAGES, SPEAKERS], 'readwrite');
      const meta = tx.objectStore(META);
      const removed = await tx.objectStore(ARTICLES).count();
      await tx.objectStore(FAMILIES).clear();
      await tx.objectStore(FAMILY_GROUPS).clear();
      await tx.objectStore(FAMILY_PAGES).clear();
      await tx.objectStore(ARTICLES).clear();
      await tx.objectStore(VERSIONS).clear();
      await tx.objectStore(QUOTES).clear();
      await meta.delete(INDEX_CACHE_KEY);
      await meta.delete(indexParts());
      await meta.delete(SPEAKER_HEAD_KEY);
      await meta.delete(SPEAKER_LINES_KEY);
      await tx.objectStore(SPEAKERS).clear();
      await meta.delete(changesAfter(-1));
      // No log entry: with the cache gone the next wake rebuilds from the (empty) store anyway.
      const generation = asGeneration(await meta.get(GENERATION_KEY)) + 1;
      await meta.put(generation, GENERATION_KEY);
      await meta.put({ generation, count: 0 } satisfies QuotesState, QUOTES_STATE_KEY);
      await meta.put({ generation, count: 0 } satisfies ArticleCount, ARTICLE_COUNT_KEY);
      await meta.put({ generation, count: 0, groups: true, complete: true } satisfies FamiliesState, FAMILIES_STATE_KEY);
      await tx.done;
      return { removed, generation };
    });
  }

  async getQuotes(): Promise<QuoteRow[]> {
    await this.checkQuotes();
    return (await this.db.getAll(QUOTES)) as QuoteRow[];
  }

  async getQuotesOf(articleId: string): Promise<QuoteRow[]> {
    await this.checkQuotes();
    return (await this.db.getAll(QUOTES, rowsOf(articleId))) as QuoteRow[];
  }

  async getQuotesBySpeaker(key: string): Promise<QuoteRow[]> {
    await this.checkQuotes();
    return (await this.db.getAllFromIndex(QUOTES, BY_SPEAKER, key)) as QuoteRow[];
  }

  async getQuotesAt(keys: readonly QuoteKey[]): Promise<(QuoteRow | undefined)[]> {
    const tx = this.db.transaction(QUOTES);
    const rows = await Promise.all(keys.map((k) => tx.store.get([...k])));
    await tx.done;
    return rows as (QuoteRow | undefined)[];
  }

  /** Rebuilds the quotes store first if it does not match the articles; once per open (again after a failure). */
  private checkQuotes(): Promise<void> {
    this.quotesChecked ??= (async () => {
      if (await this.quotesConsistent()) return;
      console.warn('storage: the quotes store does not match the articles; rebuilding it');
      await this.rebuildQuotes();
    })().catch((err: unknown) => {
      this.quotesChecked = undefined;
      throw err;
    });
    return this.quotesChecked;
  }

  /** Derives every quote row again from the articles, in one transaction; the articles and their generation stay as they are. */
  async rebuildQuotes(): Promise<number> {
    return guard(async () => {
      const tx = this.db.transaction([ARTICLES, META, QUOTES], 'readwrite');
      try {
        const count = await deriveQuotes(tx as unknown as WriteTx);
        await tx.done;
        return count;
      } catch (err) {
        abortQuietly(tx);
        throw err;
      }
    });
  }

  /** Whether the quotes store matches the articles: its recorded state is at the articles' generation, with as many rows. */
  private async quotesConsistent(): Promise<boolean> {
    const tx = this.db.transaction([META, QUOTES]);
    const meta = tx.objectStore(META);
    const [generation, state, count] = await Promise.all([meta.get(GENERATION_KEY), meta.get(QUOTES_STATE_KEY), tx.objectStore(QUOTES).count()]);
    await tx.done;
    return isGenerationCount(state) && state.generation === asGeneration(generation) && state.count === count;
  }

  async readSpeakerList(): Promise<StoredSpeakerList | undefined> {
    const tx = this.db.transaction([META, SPEAKERS]);
    const meta = tx.objectStore(META);
    const [head, people, chunks] = await Promise.all([meta.get(SPEAKER_HEAD_KEY), meta.get(SPEAKER_LINES_KEY), tx.objectStore(SPEAKERS).getAll()]);
    await tx.done;
    if (!isStoredHead(head) || !Array.isArray(people) || chunks.length !== head.filled.length) return undefined;
    return { ...headOf(head), people, chunks: chunks as SpeakerChunk[] };
  }

  async readSpeakerLines(): Promise<Omit<StoredSpeakerList, 'chunks'> | undefined> {
    const tx = this.db.transaction(META);
    const [head, people] = await Promise.all([tx.store.get(SPEAKER_HEAD_KEY), tx.store.get(SPEAKER_LINES_KEY)]);
    await tx.done;
    return isStoredHead(head) && Array.isArray(people) ? { ...headOf(head), people } : undefined;
  }

  async readSpeakerChunks(chunks: readonly number[]): Promise<StoredSpeakerChunks | undefined> {
    const tx = this.db.transaction([META, SPEAKERS]);
    const [head, ...read] = await Promise.all([tx.objectStore(META).get(SPEAKER_HEAD_KEY), ...chunks.map((c) => tx.objectStore(SPEAKERS).get(c))]);
    await tx.done;
    if (!isStoredHead(head)) return undefined;
    // A chunk the head does not list holds nobody; one it lists and the store has not is missing.
    const filled = new Set(head.filled);
    return { head: headOf(head), chunks: chunks.map((c, i) => (read[i] as SpeakerChunk | undefined) ?? (filled.has(c) ? undefined : { chunk: c, people: [], aliases: [] })) };
  }

  /** Writes the speakers list if the articles are still at its generation (checked in the write's transaction); a full disk writes nothing. */
  async writeSpeakerList(stored: StoredSpeakerList, change?: SpeakerListChange): Promise<boolean> {
    const tx = this.db.transaction([META, SPEAKERS], 'readwrite');
    try {
      const meta = tx.objectStore(META);
      const speakers = tx.objectStore(SPEAKERS);
      const [generation, head] = await Promise.all([meta.get(GENERATION_KEY), meta.get(SPEAKER_HEAD_KEY)]);
      if (asGeneration(generation) !== stored.generation) {
        abortQuietly(tx);
        return false;
      }
      // Only the changed chunks when the stored list is the one the change is from; else all of them.
      const partial = change !== undefined && isStoredHead(head) && head.generation === change.from.generation && head.overrides === change.from.overrides;
      const only = partial ? new Set(change.chunks) : undefined;
      if (!only) void quiet(speakers.clear());
      else for (const c of only) void quiet(speakers.delete(c));
      const written = stored.chunks.filter((c) => (!only || only.has(c.chunk)) && (c.people.length > 0 || c.aliases.length > 0));
      await Promise.all(written.map((c) => quiet(speakers.put(c))));
      const { chunks, people, ...rest } = stored;
      const filled = chunks.filter((c) => c.people.length > 0 || c.aliases.length > 0).map((c) => c.chunk).sort((a, b) => a - b);
      await meta.put({ ...rest, filled } satisfies StoredHead, SPEAKER_HEAD_KEY);
      await meta.put(people, SPEAKER_LINES_KEY);
      await tx.done;
      return true;
    } catch (err) {
      return cacheWriteFailed(tx, err);
    }
  }

  /** The index cache, the current generation and the ids written since the cache, in one read. */
  async readIndexCache(): Promise<IndexCacheRead> {
    const tx = this.db.transaction(META);
    const meta = tx.objectStore(META);
    const [rec, gen] = await Promise.all([meta.get(INDEX_CACHE_KEY), meta.get(GENERATION_KEY)]);
    const generation = asGeneration(gen);
    const cache = isIndexCache(rec) && rec.generation <= generation ? rec : undefined;
    const changed = cache ? await changedSince(meta, cache.generation, generation) : undefined;
    await tx.done;
    return { cache, generation, changed };
  }

  /** Forgets the index cache (found damaged): the next wake rebuilds the index from the articles. */
  async deleteIndexCache(): Promise<void> {
    const tx = this.db.transaction(META, 'readwrite');
    await Promise.all([tx.store.delete(INDEX_CACHE_KEY), tx.store.delete(indexParts()), tx.done]);
  }

  /** Parts of the index cache written at `generation`, in one read (undefined where one is missing: the cache is then damaged). */
  async readIndexParts(generation: number, parts: readonly number[]): Promise<(string | undefined)[]> {
    const tx = this.db.transaction(META);
    // A run of consecutive parts is one request (all of them, on a wake that catches the cache up,
    // were one request per part); a run with a part missing is read again part by part.
    const runs: number[][] = [];
    for (const p of parts) {
      const run = runs[runs.length - 1];
      if (run && p === run[run.length - 1] + 1) run.push(p);
      else runs.push([p]);
    }
    const read = await Promise.all(runs.map(async (run) => {
      const all = run.length > 1 ? await tx.store.getAll(IDBKeyRange.bound(indexPartKey(generation, run[0]), indexPartKey(generation, run[run.length - 1]))) : [];
      return all.length === run.length ? all : Promise.all(run.map((p) => tx.store.get(indexPartKey(generation, p))));
    }));
    await tx.done;
    return read.flat().map((x) => (typeof x === 'string' ? x : undefined));
  }

  /** Writes the cache and drops the change-log entries it covers. */
  async saveIndexCache(cache: IndexCache, parts: readonly string[] = []): Promise<void> {
    // A full disk must not fail anything: the cache is rebuildable, and the change log it would
    // have dropped stays, so the next wake still catches the old cache up.
    const tx = this.db.transaction(META, 'readwrite');
    try {
      // The cache and its parts are replaced in one transaction: a wake never reads parts of another cache.
      await tx.store.delete(indexParts());
      await Promise.all(parts.map((text, p) => tx.store.put(text, indexPartKey(cache.generation, p))));
      await tx.store.put(parts.length > 0 ? { ...cache, parts: parts.length } : cache, INDEX_CACHE_KEY);
      await tx.store.delete(IDBKeyRange.bound(changeKey(0), changeKey(logKeptFrom(cache.generation, await tx.store.get(FAMILIES_STATE_KEY)))));
      await tx.done;
    } catch (err) {
      abortQuietly(tx);
      if (!isQuotaError(err)) throw err;
    }
  }

  /** Article ids, oldest save first (ties by id): keys only, no article read. */
  async articleIds(): Promise<string[]> {
    return (await this.db.getAllKeysFromIndex(ARTICLES, BY_SAVED_AT)) as string[];
  }

  /** The family rows, the generation they match (checked: state recorded, rows well formed and counted) and the ids written since, in one read. */
  async readFamilies(): Promise<FamiliesRead> {
    const tx = this.db.transaction([FAMILIES, META]);
    const meta = tx.objectStore(META);
    const [rows, state, gen] = await Promise.all([tx.objectStore(FAMILIES).getAll(), meta.get(FAMILIES_STATE_KEY), meta.get(GENERATION_KEY)]);
    const generation = asGeneration(gen);
    const fits = isFamiliesState(state) && state.generation <= generation && state.count === rows.length && rows.every(isFamilyRow);
    const changed = fits ? await changedSince(meta, state.generation, generation) : undefined;
    await tx.done;
    return { rows: fits ? (rows as FamilyRow[]) : [], generation, matches: fits ? state.generation : undefined, changed, grouped: familiesGrouped(state) };
  }

  /**
   * The family groups holding some articles and some families' page rows, with whether the stored
   * families may answer a page (`FamilyGroupsRead`), in one read.
   */
  async readFamilyGroups(articleIds: readonly string[], pageIds: readonly string[]): Promise<FamilyGroupsRead> {
    const tx = this.db.transaction([FAMILY_GROUPS, FAMILY_PAGES, META]);
    const meta = tx.objectStore(META);
    const byArticle = tx.objectStore(FAMILY_GROUPS).index(BY_ARTICLE);
    const [state, gen, groups, pages] = await Promise.all([
      meta.get(FAMILIES_STATE_KEY), meta.get(GENERATION_KEY), Promise.all(articleIds.map((id) => byArticle.getAll(id))),
      Promise.all(pageIds.map((id) => tx.objectStore(FAMILY_PAGES).get(id))),
    ]);
    await tx.done;
    const unique = new Map((groups.flat() as FamilyGroupRow[]).map((g) => [g.id, g]));
    return { current: familiesServePages(state, asGeneration(gen)), groups: [...unique.values()], pages: pages.map((p) => (isFamilyPageRow(p) ? p : undefined)) };
  }

  /** Writes family rows (and their groups) if the stored ones match `write.from` (or drops them all first: `from` null); false when they did not or the disk is full. */
  async writeFamilies(write: FamiliesWrite): Promise<boolean> {
    const tx = this.db.transaction([FAMILIES, FAMILY_GROUPS, FAMILY_PAGES, META], 'readwrite');
    try {
      const families = tx.objectStore(FAMILIES);
      const groups = tx.objectStore(FAMILY_GROUPS);
      const pages = tx.objectStore(FAMILY_PAGES);
      const meta = tx.objectStore(META);
      const state: unknown = await meta.get(FAMILIES_STATE_KEY);
      let count = 0;
      if (write.from === null) await families.clear();
      else if (isFamiliesState(state) && state.generation === write.from) count = state.count;
      else {
        abortQuietly(tx);
        return false;
      }
      if (write.from === null || write.groups.all) await Promise.all([groups.clear(), pages.clear()]);
      const groupWrites = [
        ...write.groups.remove.flatMap((id) => [quiet(groups.delete(id)), quiet(pages.delete(id))]),
        ...write.groups.put.map((g) => quiet(groups.put(g))), ...write.groups.pages.map((p) => quiet(pages.put(p))),
      ];
      // Requests run in order: each key's presence is read before its write.
      const had = [...write.remove, ...write.put.map((r) => r.articleId)].map((id) => quiet(families.getKey(id)));
      const writes = [...write.remove.map((id) => quiet(families.delete(id))), ...write.put.map((r) => quiet(families.put(r)))];
      const present = await Promise.all(had);
      await Promise.all([...writes, ...groupWrites]);
      count += write.put.length - present.filter((k) => k !== undefined).length;
      await meta.put(familiesStateAfter(write.from === null || !isFamiliesState(state) ? undefined : state, write, count), FAMILIES_STATE_KEY);
      await tx.done;
      return true;
    } catch (err) {
      // The families are rebuildable from the articles: a full disk costs a catch-up or a build later, not the reader's request.
      return cacheWriteFailed(tx, err);
    }
  }

  async getSettings(): Promise<Settings> {
    return parseSettings(await this.db.get(SETTINGS, SETTINGS_KEY));
  }

  async setSettings(patch: Partial<Settings>): Promise<Settings> {
    return guard(async () => {
      const tx = this.db.transaction(SETTINGS, 'readwrite');
      const next = parseSettings(patch, parseSettings(await tx.store.get(SETTINGS_KEY)));
      await tx.store.put(next, SETTINGS_KEY);
      await tx.done;
      return next;
    });
  }
}

function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => {}); // the abort rejects `done`; the caller already has the real error
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
}

/** A write of something rebuildable (a cache, the families) that failed: aborted; false on a full disk, else the error is thrown. */
function cacheWriteFailed(tx: { abort(): void; done: Promise<void> }, err: unknown): false {
  abortQuietly(tx);
  if (isQuotaError(err)) return false;
  throw err;
}

/** The `meta` store inside a write transaction (only what logChange uses). */
interface MetaStore {
  get(key: string): Promise<unknown>;
  put(value: unknown, key: string): Promise<unknown>;
}

/** Bumps the generation and logs the ids written under it; call inside the write's transaction. */
async function logChange(meta: MetaStore, ids: readonly string[]): Promise<number> {
  const generation = asGeneration(await meta.get(GENERATION_KEY)) + 1;
  await meta.put(generation, GENERATION_KEY);
  await meta.put([...ids], changeKey(generation));
  return generation;
}

/**
 * The last change-log generation a cache written at `cached` may drop: entries the stored families
 * (`families`, their state) still need are kept, unless they lag by more than FAMILIES_LOG_KEEP.
 */
function logKeptFrom(cached: number, families: unknown): number {
  if (!isFamiliesState(families) || families.generation >= cached || cached - families.generation > FAMILIES_LOG_KEEP) return cached;
  return families.generation;
}

/**
 * The ids written after generation `from` up to `to`, from the change log; undefined when a
 * generation in between has no entry (a clear, a writer that kept no log, a log dropped): rebuild.
 */
async function changedSince(meta: { getAll(query: IDBKeyRange): Promise<unknown[]> }, from: number, to: number): Promise<string[] | undefined> {
  if (from === to) return [];
  const log = await meta.getAll(changesAfter(from, to));
  if (log.length !== to - from || !log.every((ids) => Array.isArray(ids))) return undefined;
  return [...new Set((log as string[][]).flat())];
}

/** A count kept at the articles' generation: the quotes store's rows (`QuotesState`, written with every article write) or the articles (`ArticleCount`). */
interface GenerationCount {
  generation: number;
  count: number;
}
type QuotesState = GenerationCount;
type ArticleCount = GenerationCount;

function isGenerationCount(x: unknown): x is GenerationCount {
  const q = x as GenerationCount | undefined;
  return typeof q === 'object' && q !== null && Number.isSafeInteger(q.generation) && Number.isSafeInteger(q.count) && q.count >= 0;
}

/** A write transaction over the stores the quote helpers touch (the upgrade transaction is one too). */
type WriteTx = IDBPTransaction<unknown, [typeof ARTICLES, typeof META, typeof QUOTES], 'readwrite'>;

/**
 * Replaces the quote rows of the articles `ids` (removed, or replaced by `records`) inside an
 * article write, runs `bump` (the write's logChange) and records the new state. A quotes store
 * that already disagreed with the articles keeps its old state, so the next open still rebuilds it.
 */
async function writeQuotes(
  tx: IDBPTransaction<unknown, string[], 'readwrite'>, ids: readonly string[], records: readonly LibraryRecord[], bump: () => Promise<number>,
): Promise<number> {
  const quotes = tx.objectStore(QUOTES);
  const meta = tx.objectStore(META);
  const [before, state] = await Promise.all([meta.get(GENERATION_KEY), meta.get(QUOTES_STATE_KEY)]);
  // Requests in one transaction run in the order made: every old row goes before any new one is put.
  const dropped = [...new Set(ids)].map((id) => {
    const n = quiet(quotes.count(rowsOf(id)));
    void quiet(quotes.delete(rowsOf(id)));
    return n;
  });
  // Two records of one id: the last is the stored article (its put came last), so its rows are the ones.
  const rows = [...new Map(records.map((r) => [r.id, r])).values()].flatMap(quoteRows);
  const puts = rows.map((row) => quiet(quotes.put(row)));
  const removed = (await Promise.all(dropped)).reduce((sum, n) => sum + n, 0);
  await Promise.all(puts);
  const generation = await bump();
  if (isGenerationCount(state) && state.generation === asGeneration(before)) {
    await meta.put({ generation, count: state.count - removed + rows.length } satisfies QuotesState, QUOTES_STATE_KEY);
  }
  return generation;
}

/**
 * A request whose failure aborts its transaction: the caller's `await` or the transaction's end
 * reports it, so a request never awaited (a put thrown past) must not surface as unhandled.
 */
function quiet<T>(request: Promise<T>): Promise<T> {
  request.catch(() => {});
  return request;
}

/** Clears the quotes store and derives it from every article; records the state it now matches. Returns the row count. */
async function deriveQuotes(tx: WriteTx): Promise<number> {
  const quotes = tx.objectStore(QUOTES);
  const meta = tx.objectStore(META);
  const [records, generation] = await Promise.all([tx.objectStore(ARTICLES).getAll(), meta.get(GENERATION_KEY), quotes.clear()]);
  const rows = (records as LibraryRecord[]).flatMap(quoteRows);
  await Promise.all(rows.map((row) => quiet(quotes.put(row))));
  await meta.put({ generation: asGeneration(generation), count: rows.length } satisfies QuotesState, QUOTES_STATE_KEY);
  return rows.length;
}

/** Every [articleId, index] key of one article's quote rows. */
function rowsOf(articleId: string): IDBKeyRange {
  return IDBKeyRange.bound([articleId, -Infinity], [articleId, Infinity]);
}

/** Every [id, savedAt] key of one article. */
function versionsOf(id: string): IDBKeyRange {
  return IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
}

/** A version is stored without the story key (its article's current record has it). */
function asVersion(r: ArticleVersion | LibraryRecord): ArticleVersion {
  const { storyKey: _storyKey, ...version } = r as LibraryRecord;
  return version;
}

/** A database written before generations existed is at generation 0. */
function asGeneration(x: unknown): number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 ? x : 0;
}

/** The speakers list's head as stored: with the chunks that hold someone (a chunk it lists that is not stored: the list is damaged). */
interface StoredHead extends SpeakerListHead {
  filled: number[];
}

function isStoredHead(x: unknown): x is StoredHead {
  const h = x as StoredHead | undefined;
  return typeof h === 'object' && h !== null && Number.isSafeInteger(h.generation) && typeof h.overrides === 'string' && typeof h.format === 'number' &&
    Array.isArray(h.outlets) && Array.isArray(h.filled) && h.filled.every(Number.isSafeInteger);
}

function headOf({ generation, overrides, format, outlets }: SpeakerListHead): SpeakerListHead {
  return { generation, overrides, format, outlets };
}

function isIndexCache(x: unknown): x is IndexCache {
  const c = x as IndexCache | undefined;
  return typeof c === 'object' && c !== null && typeof c.formatVersion === 'number' && Number.isSafeInteger(c.generation) && c.generation >= 0;
}
