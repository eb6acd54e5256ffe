/**
 * What the library needs from storage, so `Library` (utils/library/library.ts) runs on IndexedDB in
 * the extension (`LibraryStore`, utils/storage/storage.ts) and in memory in the CLI and tests
 * (`MemoryLibraryStorage`, utils/storage/memory-storage.ts).
 *
 * The contract both keep: the articles are the source of truth; every article write (put,
 * putMany, delete, clear) bumps a generation counter atomically with the write and, except clear,
 * logs the ids it wrote under that generation; the index cache records the generation it was built
 * at, and `readIndexCache` returns the ids written since it when the log covers every generation
 * in between (else undefined: rebuild). Every article write also rewrites that article's rows in the
 * quotes store (utils/storage/quote-rows.ts) in the same transaction, so the rows always match
 * the articles; `rebuildQuotes` derives them all again from the articles. The family rows
 * (utils/storage/family-rows.ts) are written by the library after an article write, in their own
 * transaction, with the generation they match; the change log is kept back to that generation.
 */
import type { FamiliesRead, FamiliesWrite, FamilyGroupsRead } from '@/utils/storage/family-rows';
import type { QuoteKey, QuoteRow } from '@/utils/storage/quote-rows';
import type { Settings } from '@/utils/storage/settings';
import type { SpeakerChunk } from '@/utils/families/speaker-list';
import type { SpeakerSummary } from '@/utils/families/speakers';
import type { StoredArticle } from '@/utils/types';

/** A saved article as stored: the article, its quotes, and the story it was grouped under. */
export interface LibraryRecord extends StoredArticle {
  /** Articles sharing a storyKey are shown as one story; the id of the story's first article. */
  storyKey: string;
}

/**
 * An earlier version of a saved article, kept when it was saved again with a different text
 * (the newer replaces it in the library; this stays, so quotes edited after the first save can be
 * shown). Keyed by the article's id and the time that version was saved.
 */
export type ArticleVersion = StoredArticle;

/** How a put treats the article it replaces. */
export interface PutOptions {
  /** Keep the replaced article as an earlier version when this says so (called inside the write). */
  keepPrevious?: (previous: LibraryRecord) => boolean;
}

/** The cached coverage index and what it was built from. */
export interface IndexCache {
  /** CoverageIndex.FORMAT_VERSION at the time it was written. */
  formatVersion: number;
  /** The store's generation of the articles it covers. */
  generation: number;
  json: unknown;
  /** How many parts of the postings' data are stored apart (`CoverageIndex.toParts`), read with `readIndexParts`; 0 or absent: none. */
  parts?: number;
}

/**
 * The library's speakers list as last computed (utils/families/speaker-list.ts), kept beside the
 * articles like the index cache: valid only while the articles stay at `generation` and the
 * reader's merges and splits are `overrides` (their JSON); the library checks both on read. Stored
 * apart (schema v8): this head, the list's lines, and its people in chunks, so a person's page reads
 * the head and that person's chunk only.
 */
export interface SpeakerListHead {
  generation: number;
  overrides: string;
  /** The list's `format` and `outlets` (what a person's row needs beside it). */
  format: number;
  outlets: string[];
}

/** The whole speakers list as stored: its head, its lines (the list view's), and its people's chunks (`speakerChunks`). */
export interface StoredSpeakerList extends SpeakerListHead {
  people: SpeakerSummary[];
  chunks: SpeakerChunk[];
}

/** A write that changes only some chunks: valid while the stored list is the one at `from` (else every chunk is written). */
export interface SpeakerListChange {
  from: { generation: number; overrides: string };
  /** The chunks that changed (written as the list gives them; one it does not give, or that holds nobody now, is removed). */
  chunks: readonly number[];
}

/** Some chunks of the stored list, with its head: a chunk holding nobody is empty, one missing from the store (damage) undefined. */
export interface StoredSpeakerChunks {
  head: SpeakerListHead;
  chunks: (SpeakerChunk | undefined)[];
}

/** The index cache as read on wake, with what changed in the store since it was written. */
export interface IndexCacheRead {
  cache: IndexCache | undefined;
  /** The store's generation now. */
  generation: number;
  /**
   * Ids written (saved, replaced or removed) after the cache's generation; undefined when there
   * is no usable cache or the change log does not cover every generation since (then rebuild).
   */
  changed: string[] | undefined;
}

/** What an import writes besides articles and versions, in the same transaction. */
export interface PutManyOptions {
  /** The settings patch to write, given the stored settings (called inside the write). */
  settings?: (current: Settings) => Partial<Settings>;
}

export interface LibraryStorage {
  /** The given articles, in order (undefined where there is none). */
  getMany(ids: readonly string[]): Promise<(LibraryRecord | undefined)[]>;
  /** How many articles are saved. */
  count(): Promise<number>;
  /** The articles' generation now. */
  generation(): Promise<number>;
  getAll(): Promise<LibraryRecord[]>;
  /** Every article and the generation they make up, read together. */
  snapshot(): Promise<{ records: LibraryRecord[]; generation: number }>;
  /**
   * Saves or replaces one article; returns the generation this write made and whether the
   * replaced article was kept as an earlier version (in the same transaction).
   */
  put(record: LibraryRecord, opts?: PutOptions): Promise<{ saved: 'new' | 'updated'; generation: number; keptVersion: boolean }>;
  /**
   * Writes all the articles, the given earlier versions and the settings patch, or (on any
   * error) none; returns the generation the write made.
   */
  putMany(records: readonly LibraryRecord[], versions?: readonly ArticleVersion[], opts?: PutManyOptions): Promise<number>;
  /** An article's earlier versions, oldest first (the current one is not among them). */
  getVersions(id: string): Promise<ArticleVersion[]>;
  /** How many earlier versions each article with any has. */
  versionCounts(): Promise<Map<string, number>>;
  /** Removes one article, its earlier versions and its quote rows; `removed` is false (and nothing changes) when there was none. */
  delete(id: string): Promise<{ removed: boolean; generation: number }>;
  /** Removes every article, every earlier version, every quote row, the index cache, the stored speakers list and the change log. */
  clear(): Promise<{ removed: number; generation: number }>;
  /** Every saved quote (one row per quote of every article), in no promised order. */
  getQuotes(): Promise<QuoteRow[]>;
  /** One article's quotes, in their order in the article. */
  getQuotesOf(articleId: string): Promise<QuoteRow[]>;
  /** The quotes credited to a name with this `speakerKey`. */
  getQuotesBySpeaker(key: string): Promise<QuoteRow[]>;
  /**
   * The rows at these [article id, place] keys (undefined: none), as stored: unlike the reads above,
   * the store is not first checked against the articles (its row count costs a first page as much as
   * the rows), so a caller checks each row against what it expects (a person's page: the save time).
   */
  getQuotesAt(keys: readonly QuoteKey[]): Promise<(QuoteRow | undefined)[]>;
  /** Derives the quotes store again from the articles (found inconsistent, or asked); returns how many rows. */
  rebuildQuotes(): Promise<number>;
  /** Article ids, oldest save first (ties by id). */
  articleIds(): Promise<string[]>;
  /** The family rows, the generation they match and the ids written since (see FamiliesRead). */
  readFamilies(): Promise<FamiliesRead>;
  /** The family groups holding some articles and some families' page rows (by group id), and whether they may answer a page (see FamilyGroupsRead). */
  readFamilyGroups(articleIds: readonly string[], pageIds: readonly string[]): Promise<FamilyGroupsRead>;
  /** Writes family rows and their groups when the stored ones match `write.from` (null: replaces them all); false when they did not, or the disk is full. */
  writeFamilies(write: FamiliesWrite): Promise<boolean>;
  /** The speakers list last stored, whole (undefined when none, or its parts do not fit together). */
  readSpeakerList(): Promise<StoredSpeakerList | undefined>;
  /** The stored list's head and lines, no person's row (undefined when none). */
  readSpeakerLines(): Promise<Omit<StoredSpeakerList, 'chunks'> | undefined>;
  /** The stored list's head and some of its chunks, in one read (undefined when no list is stored). */
  readSpeakerChunks(chunks: readonly number[]): Promise<StoredSpeakerChunks | undefined>;
  /**
   * Stores the speakers list if the articles are still at its generation: only `change.chunks`
   * when the stored list is the one at `change.from`, else every chunk. False when the articles
   * moved (nothing written) or the disk is full.
   */
  writeSpeakerList(stored: StoredSpeakerList, change?: SpeakerListChange): Promise<boolean>;
  readIndexCache(): Promise<IndexCacheRead>;
  /** Parts of the index cache written at `generation` (undefined where one is missing: the cache is damaged). */
  readIndexParts(generation: number, parts: readonly number[]): Promise<(string | undefined)[]>;
  /** Writes the cache, with `parts` (its postings' data, `CoverageIndex.toParts`) apart, replacing any earlier cache's, and drops the change-log entries it covers. */
  saveIndexCache(cache: IndexCache, parts?: readonly string[]): Promise<void>;
  /** Forgets the index cache (found damaged): the next load rebuilds the index from the articles. */
  deleteIndexCache(): Promise<void>;
  getSettings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<Settings>;
}
