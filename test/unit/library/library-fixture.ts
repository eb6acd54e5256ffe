/**
 * `Library` on either storage, with no browser: the two seed articles at page addresses, and the
 * helpers the library tests share. Each test gets a fresh database (fake-indexeddb) or memory
 * store; `library()` is a new process over it (a worker that woke, a second CLI run).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { articleId } from '@/utils/article/article-id';
import { sampleArticles } from '@/utils/index/sample-coverage';
import { Library } from '@/utils/library/library';
import { findQuotes } from '@/utils/quotes/find-quotes';
import type { LibraryStorage } from '@/utils/storage/library-storage';
import { MemoryLibraryStorage } from '@/utils/storage/memory-storage';
import { LibraryStore } from '@/utils/storage/storage';
import type { Article } from '@/utils/types';

export const [seed0, seed1] = sampleArticles();
export const PAGE0 = 'http://127.0.0.1:8000/first.html';
export const PAGE1 = 'http://127.0.0.1:8000/second.html';
export const pages: Record<string, Article> = {
  [PAGE0]: { ...seed0, url: PAGE0, outlet: 'Daily Courier' },
  [PAGE1]: { ...seed1, url: PAGE1, outlet: 'IANS' },
};

export type StorageKind = 'IndexedDB' | 'memory';
export const STORAGE_KINDS: StorageKind[] = ['IndexedDB', 'memory'];

let n = 0;
let clock = 1_773_400_000_000;
const opened: LibraryStore[] = [];
const made: Library[] = [];
let current: () => Promise<LibraryStorage>;

/** Registers the hooks giving each test a fresh storage of this kind. */
export function useStorage(kind: StorageKind): void {
  beforeEach(() => {
    if (kind === 'memory') {
      const memory = new MemoryLibraryStorage();
      current = async () => memory;
    } else {
      const name = `library-${++n}`;
      current = async () => {
        const store = await LibraryStore.open({ name });
        opened.push(store);
        return store;
      };
    }
  });
  afterEach(async () => {
    // A library's pending re-cache would otherwise fire into a later test, on a closed database.
    await Promise.all(made.splice(0).map((lib) => lib.flushIndexCache()));
    for (const s of opened.splice(0)) s.close();
  });
}

/** The test's storage, opened as the library opens it. */
export const openStorage = () => current();

export function library(opts: { cacheIdleMs?: number; familyWaitMs?: number; familySliceMs?: number; indexPartUnits?: number; openStore?: () => Promise<LibraryStorage> } = {}): Library {
  const lib = new Library({ openStore: openStorage, ...opts, now: () => ++clock, samples: sampleArticles });
  made.push(lib);
  return lib;
}

export const withId = (a: Article) => ({ ...a, id: articleId(a) });

export const save = (lib: Library, url: string) => lib.save({ article: withId(pages[url]) });

export async function twoSaved(lib: Library): Promise<void> {
  await save(lib, PAGE0);
  await save(lib, PAGE1);
}

/** What a check of the article reports, from the library alone. */
export async function check(lib: Library, article: Article) {
  const { comparison, saved, libraryCount } = await lib.compare(withId(article), findQuotes(article));
  return { reports: comparison.quotes, related: comparison.related, saved, libraryCount };
}
