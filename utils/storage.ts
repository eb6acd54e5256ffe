/**
 * The one storage module: the saved library in IndexedDB (through `idb`), the coverage-index
 * cache beside it, and the reader's settings. Every key and store name lives in this file.
 *
 * IndexedDB is the source of truth. The serialized coverage index in `meta` is only a cache: it
 * records the checksum of the articles it was built from, and the background rebuilds it when
 * that checksum (or the index format) no longer matches.
 *
 * Schema changes: add a function to `MIGRATIONS` (never edit a shipped one) and a fixture
 * test/golden/storage/v<N>.json holding a database as that version left it.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { StoredArticle } from '@/utils/types';
import { parseSettings, type Settings } from '@/utils/settings';

export const DB_NAME = 'verbatim';
const ARTICLES = 'articles';
const META = 'meta';
const SETTINGS = 'settings';
const BY_URL = 'by-url';
const BY_SAVED_AT = 'by-savedAt';
const INDEX_CACHE_KEY = 'coverage-index';
const SETTINGS_KEY = 'settings';

/** A saved article as stored: the article, its quotes, and the story it was grouped under. */
export interface LibraryRecord extends StoredArticle {
  /** Articles sharing a storyKey are shown as one story; the id of the story's first article. */
  storyKey: string;
}

/** The cached coverage index and what it was built from. */
export interface IndexCache {
  /** CoverageIndex.FORMAT_VERSION at the time it was written. */
  formatVersion: number;
  /** `LibraryStore.checksum()` of the articles it covers. */
  checksum: string;
  json: unknown;
}

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
export class LibraryStore {
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

  count(): Promise<number> {
    return this.db.count(ARTICLES);
  }

  /** Saves or replaces one article atomically. */
  async put(record: LibraryRecord): Promise<'new' | 'updated'> {
    return guard(async () => {
      const tx = this.db.transaction(ARTICLES, 'readwrite');
      try {
        const had = (await tx.store.getKey(record.id)) !== undefined;
        await tx.store.put(record);
        await tx.done;
        return had ? 'updated' : 'new';
      } catch (err) {
        abortQuietly(tx);
        throw err;
      }
    });
  }

  /** Writes many articles in one transaction: all of them or (on any error) none. */
  async putMany(records: readonly LibraryRecord[]): Promise<void> {
    return guard(async () => {
      const tx = this.db.transaction(ARTICLES, 'readwrite');
      const puts: Promise<unknown>[] = [];
      try {
        for (const r of records) {
          const put = tx.store.put(r);
          put.catch(() => {}); // after an abort every pending put rejects; the first error is enough
          puts.push(put);
        }
        await Promise.all(puts);
        await tx.done;
      } catch (err) {
        // A record that fails before reaching the store (not cloneable) does not abort the
        // transaction by itself: without this the other records would commit.
        abortQuietly(tx);
        throw err;
      }
    });
  }

  async delete(id: string): Promise<boolean> {
    const tx = this.db.transaction(ARTICLES, 'readwrite');
    const had = (await tx.store.getKey(id)) !== undefined;
    if (had) await tx.store.delete(id);
    await tx.done;
    return had;
  }

  /** Removes every article and the index cache; returns how many articles there were. */
  async clear(): Promise<number> {
    const tx = this.db.transaction([ARTICLES, META], 'readwrite');
    const n = await tx.objectStore(ARTICLES).count();
    await tx.objectStore(ARTICLES).clear();
    await tx.objectStore(META).delete(INDEX_CACHE_KEY);
    await tx.done;
    return n;
  }

  /** id → savedAt for every article, read from the keys only (no article text is loaded). */
  async savedAtById(): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    let cursor = await this.db.transaction(ARTICLES).store.index(BY_SAVED_AT).openKeyCursor();
    while (cursor) {
      out.set(String(cursor.primaryKey), Number(cursor.key));
      cursor = await cursor.continue();
    }
    return out;
  }

  /**
   * A fingerprint of which articles are stored and when each was saved. Any save, replace or
   * removal changes it, whoever made it, so a stale index cache is always detected.
   */
  async checksum(): Promise<string> {
    return libraryChecksum(await this.savedAtById());
  }

  async loadIndexCache(): Promise<IndexCache | undefined> {
    const rec = (await this.db.get(META, INDEX_CACHE_KEY)) as IndexCache | undefined;
    if (!rec || typeof rec.formatVersion !== 'number' || typeof rec.checksum !== 'string') return undefined;
    return rec;
  }

  async saveIndexCache(cache: IndexCache): Promise<void> {
    // A full disk must not fail the save that triggered this: the cache is rebuildable.
    try {
      await this.db.put(META, cache, INDEX_CACHE_KEY);
    } catch (err) {
      if (!isQuotaError(err)) throw err;
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

/** `LibraryStore.checksum()` of a library given as id → savedAt (exported for the e2e checks). */
export function libraryChecksum(savedAtById: Iterable<[string, number]>): string {
  const pairs = [...savedAtById].map(([id, at]) => `${id}\u0000${at}`).sort();
  return `${pairs.length}:${fnv1a(pairs.join('\u0001'))}`;
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
