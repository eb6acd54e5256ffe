/**
 * The library's storage held in memory: for the command line, benchmarks and tests, which run
 * `Library` without a browser. Keeps the contract of utils/storage/library-storage.ts exactly as
 * the IndexedDB store does (generations, change log, index cache), so the library's cache
 * lifecycle behaves the same on both; the quote rows are kept with each write, as there; nothing
 * survives the process.
 */
import type {
  ArticleVersion, IndexCache, IndexCacheRead, LibraryRecord, LibraryStorage, PutManyOptions, PutOptions, SpeakerListChange, SpeakerListHead,
  StoredSpeakerChunks, StoredSpeakerList,
} from '@/utils/storage/library-storage';
import {
  FAMILIES_LOG_KEEP, familiesGrouped, familiesServePages, familiesStateAfter, isFamilyPageRow,
  type FamiliesRead, type FamiliesState, type FamiliesWrite, type FamilyGroupRow, type FamilyGroupsRead, type FamilyPageRow, type FamilyRow,
} from '@/utils/storage/family-rows';
import { quoteRows, type QuoteKey, type QuoteRow } from '@/utils/storage/quote-rows';
import { parseSettings, type Settings } from '@/utils/storage/settings';
import type { SpeakerChunk } from '@/utils/families/speaker-list';
import type { SpeakerSummary } from '@/utils/families/speakers';

export class MemoryLibraryStorage implements LibraryStorage {
  private readonly articles = new Map<string, LibraryRecord>();
  /** Article id -> its earlier versions by savedAt. */
  private readonly versions = new Map<string, Map<number, ArticleVersion>>();
  /** Article id -> its quote rows, rewritten with the article. */
  private readonly quotes = new Map<string, QuoteRow[]>();
  /** Generation -> the ids written by that generation's write. */
  private readonly log = new Map<number, string[]>();
  private gen = 0;
  private cache: IndexCache | undefined;
  private cacheParts: string[] = [];
  /** Family rows by article id, and the generation they match (undefined: none recorded). */
  private readonly familyRows = new Map<string, FamilyRow>();
  private familiesAt: number | undefined;
  /** The family groups by id, and the state the families store records (undefined: none). */
  private readonly familyGroups = new Map<string, FamilyGroupRow>();
  /** Each group's page row, by the group's id. */
  private readonly familyPages = new Map<string, FamilyPageRow>();
  private familiesState: FamiliesState | undefined;
  private settings: Settings = parseSettings(undefined);
  /** The stored speakers list as IndexedDB keeps it: its head and lines, and its chunks by number. */
  private speakerHead: SpeakerListHead | undefined;
  private speakerLines: SpeakerSummary[] = [];
  private readonly speakerChunks = new Map<number, SpeakerChunk>();

  async getMany(ids: readonly string[]): Promise<(LibraryRecord | undefined)[]> {
    return ids.map((id) => this.articles.get(id));
  }

  async count(): Promise<number> {
    return this.articles.size;
  }

  async generation(): Promise<number> {
    return this.gen;
  }

  async getAll(): Promise<LibraryRecord[]> {
    return [...this.articles.values()];
  }

  async snapshot(): Promise<{ records: LibraryRecord[]; generation: number }> {
    return { records: [...this.articles.values()], generation: this.gen };
  }

  async put(record: LibraryRecord, opts: PutOptions = {}): Promise<{ saved: 'new' | 'updated'; generation: number; keptVersion: boolean }> {
    const copy = structuredClone(record);
    const previous = this.articles.get(record.id);
    const keptVersion = previous !== undefined && previous.savedAt !== record.savedAt && (opts.keepPrevious?.(structuredClone(previous)) ?? false);
    if (keptVersion) this.keepVersion(previous);
    this.articles.set(record.id, copy);
    this.quotes.set(record.id, quoteRows(copy));
    return { saved: previous ? 'updated' : 'new', generation: this.logChange([record.id]), keptVersion };
  }

  async putMany(records: readonly LibraryRecord[], versions: readonly ArticleVersion[] = [], opts: PutManyOptions = {}): Promise<number> {
    // Cloned before any is stored: a record that cannot be cloned leaves the library unchanged, as a failed transaction does.
    const copies = records.map((r) => structuredClone(r));
    const versionCopies = versions.map((v) => structuredClone(v));
    const settings = opts.settings ? parseSettings(opts.settings(parseSettings(this.settings)), this.settings) : this.settings;
    this.settings = settings;
    for (const r of copies) {
      this.articles.set(r.id, r);
      this.quotes.set(r.id, quoteRows(r));
    }
    for (const v of versionCopies) this.keepVersion(v);
    return copies.length > 0 ? this.logChange(copies.map((r) => r.id)) : this.gen;
  }

  async getVersions(id: string): Promise<ArticleVersion[]> {
    return [...(this.versions.get(id)?.values() ?? [])].sort((a, b) => a.savedAt - b.savedAt).map((v) => structuredClone(v));
  }

  async versionCounts(): Promise<Map<string, number>> {
    return new Map([...this.versions].map(([id, byTime]) => [id, byTime.size]));
  }

  async delete(id: string): Promise<{ removed: boolean; generation: number }> {
    const removed = this.articles.delete(id);
    if (removed) this.versions.delete(id);
    this.quotes.delete(id);
    return { removed, generation: removed ? this.logChange([id]) : this.gen };
  }

  async clear(): Promise<{ removed: number; generation: number }> {
    const removed = this.articles.size;
    this.articles.clear();
    this.versions.clear();
    this.quotes.clear();
    this.familyRows.clear();
    this.familyGroups.clear();
    this.familyPages.clear();
    this.cache = undefined;
    this.cacheParts = [];
    this.speakerHead = undefined;
    this.speakerLines = [];
    this.speakerChunks.clear();
    this.log.clear();
    // No log entry, as in IndexedDB: with the cache gone the next load rebuilds anyway.
    this.familiesAt = ++this.gen;
    this.familiesState = { generation: this.gen, count: 0, groups: true, complete: true };
    return { removed, generation: this.gen };
  }

  async getQuotes(): Promise<QuoteRow[]> {
    return structuredClone([...this.quotes.values()].flat());
  }

  async getQuotesOf(articleId: string): Promise<QuoteRow[]> {
    return structuredClone(this.quotes.get(articleId) ?? []);
  }

  async getQuotesBySpeaker(key: string): Promise<QuoteRow[]> {
    return structuredClone([...this.quotes.values()].flat().filter((r) => r.speakerKey === key));
  }

  async getQuotesAt(keys: readonly QuoteKey[]): Promise<(QuoteRow | undefined)[]> {
    return structuredClone(keys.map(([id, index]) => this.quotes.get(id)?.find((r) => r.index === index)));
  }

  async rebuildQuotes(): Promise<number> {
    this.quotes.clear();
    for (const a of this.articles.values()) this.quotes.set(a.id, quoteRows(a));
    return [...this.quotes.values()].reduce((sum, rows) => sum + rows.length, 0);
  }

  async readSpeakerList(): Promise<StoredSpeakerList | undefined> {
    return this.speakerHead && structuredClone({ ...this.speakerHead, people: this.speakerLines, chunks: [...this.speakerChunks.values()] });
  }

  async readSpeakerLines(): Promise<Omit<StoredSpeakerList, 'chunks'> | undefined> {
    return this.speakerHead && structuredClone({ ...this.speakerHead, people: this.speakerLines });
  }

  async readSpeakerChunks(chunks: readonly number[]): Promise<StoredSpeakerChunks | undefined> {
    // A chunk not stored holds nobody (nothing here damages one).
    return this.speakerHead && structuredClone({ head: this.speakerHead, chunks: chunks.map((c) => this.speakerChunks.get(c) ?? { chunk: c, people: [], aliases: [] }) });
  }

  async writeSpeakerList(stored: StoredSpeakerList, change?: SpeakerListChange): Promise<boolean> {
    if (stored.generation !== this.gen) return false;
    const { chunks, people, ...head } = structuredClone(stored);
    const was = this.speakerHead;
    const only = change && was?.generation === change.from.generation && was.overrides === change.from.overrides ? new Set(change.chunks) : undefined;
    if (!only) this.speakerChunks.clear();
    else for (const c of only) this.speakerChunks.delete(c);
    for (const c of chunks) if ((!only || only.has(c.chunk)) && (c.people.length > 0 || c.aliases.length > 0)) this.speakerChunks.set(c.chunk, c);
    this.speakerHead = head;
    this.speakerLines = people;
    return true;
  }

  async readIndexCache(): Promise<IndexCacheRead> {
    const cache = this.cache && this.cache.generation <= this.gen ? this.cache : undefined;
    return { cache, generation: this.gen, changed: cache ? this.changedSince(cache.generation) : undefined };
  }

  async readIndexParts(generation: number, parts: readonly number[]): Promise<(string | undefined)[]> {
    return parts.map((p) => (this.cache?.generation === generation ? this.cacheParts[p] : undefined));
  }

  async saveIndexCache(cache: IndexCache, parts: readonly string[] = []): Promise<void> {
    this.cache = parts.length > 0 ? { ...cache, parts: parts.length } : cache;
    this.cacheParts = [...parts];
    const families = this.familiesAt;
    const keep = families === undefined || families >= cache.generation || cache.generation - families > FAMILIES_LOG_KEEP ? cache.generation : families;
    for (const g of [...this.log.keys()]) if (g <= keep) this.log.delete(g);
  }

  async articleIds(): Promise<string[]> {
    return [...this.articles.values()].sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((a) => a.id);
  }

  async readFamilies(): Promise<FamiliesRead> {
    const matches = this.familiesAt !== undefined && this.familiesAt <= this.gen ? this.familiesAt : undefined;
    return {
      rows: matches === undefined ? [] : structuredClone([...this.familyRows.values()]), generation: this.gen, matches,
      changed: matches === undefined ? undefined : this.changedSince(matches), grouped: familiesGrouped(this.familiesState),
    };
  }

  async readFamilyGroups(articleIds: readonly string[], pageIds: readonly string[]): Promise<FamilyGroupsRead> {
    const asked = new Set(articleIds);
    const groups = [...this.familyGroups.values()].filter((g) => g.articles.some((id) => asked.has(id)));
    const pages = pageIds.map((id) => this.familyPages.get(id)).map((p) => (isFamilyPageRow(p) ? p : undefined));
    return structuredClone({ current: familiesServePages(this.familiesState, this.gen), groups, pages });
  }

  async writeFamilies(write: FamiliesWrite): Promise<boolean> {
    if (write.from !== null && write.from !== this.familiesAt) return false;
    if (write.from === null) this.familyRows.clear();
    if (write.from === null || write.groups.all) {
      this.familyGroups.clear();
      this.familyPages.clear();
    }
    for (const id of write.remove) this.familyRows.delete(id);
    for (const r of structuredClone(write.put)) this.familyRows.set(r.articleId, r);
    for (const id of write.groups.remove) {
      this.familyGroups.delete(id);
      this.familyPages.delete(id);
    }
    for (const g of structuredClone(write.groups.put)) this.familyGroups.set(g.id, g);
    for (const p of structuredClone(write.groups.pages)) this.familyPages.set(p.id, p);
    this.familiesAt = write.generation;
    this.familiesState = familiesStateAfter(write.from === null ? undefined : this.familiesState, write, this.familyRows.size);
    return true;
  }

  async deleteIndexCache(): Promise<void> {
    this.cache = undefined;
    this.cacheParts = [];
  }

  async getSettings(): Promise<Settings> {
    return parseSettings(this.settings); // a copy, as every IndexedDB read is
  }

  async setSettings(patch: Partial<Settings>): Promise<Settings> {
    this.settings = parseSettings(patch, this.settings);
    return parseSettings(this.settings);
  }

  /** Stored as IndexedDB stores it: without the story key, one per [id, savedAt]. */
  private keepVersion(v: ArticleVersion | LibraryRecord): void {
    const { storyKey: _storyKey, ...version } = v as LibraryRecord;
    const byTime = this.versions.get(v.id) ?? new Map<number, ArticleVersion>();
    byTime.set(v.savedAt, version);
    this.versions.set(v.id, byTime);
  }

  /** The ids written after generation `from`; undefined when the log lacks a generation since. */
  private changedSince(from: number): string[] | undefined {
    const entries = [];
    for (let g = from + 1; g <= this.gen; g++) entries.push(this.log.get(g));
    return entries.every((ids) => ids !== undefined) ? [...new Set(entries.flat() as string[])] : undefined;
  }

  private logChange(ids: readonly string[]): number {
    this.log.set(++this.gen, [...ids]);
    return this.gen;
  }
}
