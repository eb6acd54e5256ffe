/**
 * The library's index cache over its lifetime (utils/library/library.ts), on IndexedDB and in
 * memory: a new process reuses the cache, re-caches only once saves pause, catches a stale cache
 * up from the change log (the same reports as a rebuild), and takes in another writer's articles.
 */
import { describe, expect, test, vi } from 'vitest';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { MalformedVarintsError } from '@/utils/index/varint-string';
import type { LibraryStorage } from '@/utils/storage/library-storage';
import { check, library, openStorage, PAGE0, PAGE1, pages, save, STORAGE_KINDS, useStorage } from './library-fixture';

/** The ids in the cached index, and whether it is at the store's generation. */
async function cached() {
  const { cache, generation } = await (await openStorage()).readIndexCache();
  const index = CoverageIndex.load(cache?.json);
  return { current: cache?.generation === generation, ids: index?.ids().sort() };
}

describe.each(STORAGE_KINDS)('%s: the process may stop at any time', (kind) => {
  useStorage(kind);

  test('a new process reuses the cached index and loses nothing', async () => {
    const first = library();
    await save(first, PAGE0);
    await first.flushIndexCache();
    const before = await check(first, pages[PAGE1]);

    const second = library();
    expect(await second.list()).toEqual(await first.list());
    expect(second.indexSource).toBe('cache');
    const after = await check(second, pages[PAGE1]);
    expect(after.reports).toEqual(before.reports);
  });

  test('a save does not re-cache the index at once; a pause does', async () => {
    const lib = library({ cacheIdleMs: 500 });
    await save(lib, PAGE0); // first load: rebuilt and cached (empty)
    expect(await cached()).toEqual({ current: false, ids: [] });
    await vi.waitFor(async () => expect(await cached()).toEqual({ current: true, ids: [PAGE0] }), { timeout: 5000, interval: 50 });
  });

  test('a process stopped before re-caching: the next load catches the cache up, same reports as a rebuild', async () => {
    const first = library();
    await save(first, PAGE0);
    await first.loadSamples();
    await first.flushIndexCache();
    // Then, with no re-cache before the process stops: a save, a re-save, a removal.
    await save(first, PAGE1);
    await save(first, PAGE1);
    const sampleId = (await first.list()).find((a) => a.outlet === 'Unnamed outlet')!.id;
    await first.remove(sampleId);
    expect((await cached()).current).toBe(false);

    const second = library();
    const caughtUp = await check(second, pages[PAGE0]);
    expect(second.indexSource).toBe('caught-up');
    const list = await second.list();
    await second.flushIndexCache();
    expect(await cached()).toEqual({ current: true, ids: list.map((a) => a.id).sort() });
    expect(list.map((a) => a.id)).not.toContain(sampleId);

    // A process that finds no cache rebuilds from the store: the same index, the same report.
    await (await openStorage()).deleteIndexCache();
    const third = library();
    const rebuilt = await check(third, pages[PAGE0]);
    expect(third.indexSource).toBe('rebuilt');
    // Matches tied in kind and similarity come in index order, which differs: compare them as sets.
    const bySource = (r: typeof rebuilt) => r.reports.map((q) => ({ ...q, matches: [...q.matches].sort((a, b) => a.articleId.localeCompare(b.articleId)) }));
    expect(bySource(caughtUp)).toEqual(bySource(rebuilt));
    expect(caughtUp.reports.some((q) => q.matches.length > 0)).toBe(true);
    expect(caughtUp.libraryCount).toBe(rebuilt.libraryCount);
  });

  test('another writer changed the store: caught up from its change log', async () => {
    const first = library();
    await save(first, PAGE0);
    await first.flushIndexCache();
    const store = await openStorage();
    const [rec] = await store.getMany([PAGE0]);
    const copy = 'https://elsewhere.example/copy';
    await store.put({ ...rec!, id: copy, url: copy, outlet: 'Elsewhere Times', savedAt: rec!.savedAt + 1 });

    const second = library();
    expect((await second.list()).length).toBe(2);
    expect(second.indexSource).toBe('caught-up');
    // The copy is in the index: a check of the original finds it, word for word.
    const r = await check(second, pages[PAGE0]);
    expect(r.reports.some((q) => q.matches.some((m) => m.articleId === copy && m.kind === 'verbatim'))).toBe(true);
    expect(r.libraryCount).toBe(2);
  });
});

describe.each(STORAGE_KINDS)('%s: the index cache in parts', (kind) => {
  useStorage(kind);

  /** `store`, its index parts read through `read`. */
  function withParts(store: LibraryStorage, read: (generation: number, parts: readonly number[], store: LibraryStorage) => Promise<(string | undefined)[]>): LibraryStorage {
    return new Proxy(store, {
      get(target, key) {
        if (key === 'readIndexParts') return (generation: number, parts: readonly number[]) => read(generation, parts, target);
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  /** The test's storage, counting the index parts read. */
  function counted() {
    const read: number[] = [];
    const openStore = async () => withParts(await openStorage(), (generation, parts, store) => {
      read.push(...parts);
      return store.readIndexParts(generation, parts);
    });
    return { read, openStore };
  }

  async function cachedInParts(units: number) {
    const first = library({ indexPartUnits: units });
    await save(first, PAGE0);
    await first.loadSamples();
    await first.flushIndexCache();
    const { cache } = await (await openStorage()).readIndexCache();
    return { first, parts: cache?.parts ?? 0 };
  }

  test('a check after a restart reads only its parts and reports as before; any other request reads the rest first', async () => {
    const { first, parts } = await cachedInParts(64);
    const before = await check(first, pages[PAGE1]);
    expect(parts).toBeGreaterThan(10);

    const { read, openStore } = counted();
    const second = library({ indexPartUnits: 64, openStore });
    const after = await check(second, pages[PAGE1]);
    expect(second.indexSource).toBe('cache');
    expect(after).toEqual(before);
    expect(read.length).toBeGreaterThan(0);
    expect(read.length).toBeLessThan(parts);
    expect(new Set(read).size).toBe(read.length); // no part read twice

    expect((await second.search('harbour')).length).toBe((await first.search('harbour')).length);
    expect([...read].sort((a, b) => a - b)).toEqual([...Array(parts).keys()]);
  });

  test('a save after a check reads every other part first (none twice), and the re-cache holds the save', async () => {
    const { parts } = await cachedInParts(64);
    const { read, openStore } = counted();
    const second = library({ indexPartUnits: 64, openStore });
    await check(second, pages[PAGE1]);
    await save(second, PAGE1);
    await second.flushIndexCache();
    const third = library();
    const r = await check(third, pages[PAGE0]);
    expect(third.indexSource).toBe('cache');
    expect(r.reports.some((q) => q.matches.some((m) => m.articleId === PAGE1))).toBe(true);
    expect(read.length).toBe(parts);
    expect(new Set(read).size).toBe(parts);
  });

  test.each<[string, (part: number, text: string | undefined) => string | undefined]>([
    ['a part lost', () => undefined],
    ['a part cut short', (_p, text) => text?.slice(0, -1)],
    ['a part of another cache', (p, text) => (p === 0 ? `${text}${text}` : text)],
  ])('%s: the request that reaches it finds the cache damaged; once discarded, rebuilt with the same reports', async (_name, spoil) => {
    const { first } = await cachedInParts(64);
    const before = await check(first, pages[PAGE1]);
    const openStore = async () => withParts(await openStorage(), async (generation, parts, store) =>
      (await store.readIndexParts(generation, parts)).map((text, i) => (parts[i] === 0 ? spoil(parts[i], text) : text)));
    const second = library({ indexPartUnits: 64, openStore });
    await expect(second.search('harbour')).rejects.toThrow(MalformedVarintsError);
    await second.discardIndexCache();
    expect(await check(second, pages[PAGE1])).toEqual(before);
    expect(second.indexSource).toBe('rebuilt');
  });
});

describe.each(STORAGE_KINDS)('%s: the index cache read when a page loads (preloadIndex)', (kind) => {
  useStorage(kind);

  /** The test's storage, counting the calls a load makes; `failReads` index-cache reads fail first. */
  function spied(failReads = 0) {
    const calls = { readIndexCache: 0, readIndexParts: 0, getMany: 0, snapshot: 0 };
    let failing = failReads;
    const openStore = async () => {
      const store = await openStorage();
      return new Proxy(store, {
        get(target, key) {
          const value = Reflect.get(target, key, target) as unknown;
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            if (typeof key === 'string' && key in calls) calls[key as keyof typeof calls]++;
            if (key === 'readIndexCache' && failing > 0) {
              failing--;
              return Promise.reject(new Error('the read failed'));
            }
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      });
    };
    return { calls, openStore };
  }

  /** A fresh library over the spied store, its index read ahead: only the cache's head is read. */
  async function readAhead(opts: { indexPartUnits?: number } = {}) {
    const { calls, openStore } = spied();
    const lib = library({ ...opts, openStore });
    await lib.preloadIndex();
    expect(calls).toEqual({ readIndexCache: 1, readIndexParts: 0, getMany: 0, snapshot: 0 });
    return { lib, calls };
  }

  async function cachedLibrary() {
    const first = library({ indexPartUnits: 64 });
    await save(first, PAGE0);
    await first.loadSamples();
    await first.flushIndexCache();
    return first;
  }

  test('a current cache: read ahead once; the check then reads it no more and reports as without it', async () => {
    const before = await check(await cachedLibrary(), pages[PAGE1]);
    const { lib, calls } = await readAhead({ indexPartUnits: 64 });
    await lib.preloadIndex(); // a second page load reads nothing more
    expect(calls.readIndexCache).toBe(1);
    expect(await check(lib, pages[PAGE1])).toEqual(before);
    expect(lib.indexSource).toBe('cache');
    expect(calls.readIndexCache).toBe(1);
    expect(calls.snapshot).toBe(0);
  });

  test('a stale cache is only read ahead: the request catches it up from that read, as without it', async () => {
    const first = await cachedLibrary();
    await save(first, PAGE1); // not re-cached: the process stops here
    const expected = await check(library(), pages[PAGE0]);
    const { lib, calls } = await readAhead({ indexPartUnits: 64 });
    expect(await check(lib, pages[PAGE0])).toEqual(expected);
    expect(lib.indexSource).toBe('caught-up');
    expect(calls.readIndexCache).toBe(1);
    expect(calls.getMany).toBeGreaterThan(0);
  });

  test('no cache: nothing is rebuilt ahead; the request rebuilds', async () => {
    const first = await cachedLibrary();
    const expected = await check(first, pages[PAGE1]);
    await (await openStorage()).deleteIndexCache();
    const { lib, calls } = await readAhead();
    const r = await check(lib, pages[PAGE1]);
    expect(lib.indexSource).toBe('rebuilt');
    expect(calls.snapshot).toBe(1);
    expect(r.libraryCount).toBe(expected.libraryCount);
  });

  test('a read ahead that failed is read again by the request', async () => {
    const before = await check(await cachedLibrary(), pages[PAGE1]);
    const { calls, openStore } = spied(1);
    const lib = library({ indexPartUnits: 64, openStore });
    await lib.preloadIndex();
    expect(await check(lib, pages[PAGE1])).toEqual(before);
    expect(lib.indexSource).toBe('cache');
    expect(calls.readIndexCache).toBe(2);
  });

  test('a cache discarded after it was read ahead is not used: the request rebuilds', async () => {
    await cachedLibrary();
    const lib = library({ indexPartUnits: 64 });
    await lib.preloadIndex();
    await lib.discardIndexCache();
    await check(lib, pages[PAGE1]);
    expect(lib.indexSource).toBe('rebuilt');
  });

  test('a save after the read ahead is in the index and in the next cache', async () => {
    await cachedLibrary();
    const lib = library({ indexPartUnits: 64 });
    await lib.preloadIndex();
    await save(lib, PAGE1);
    const r = await check(lib, pages[PAGE0]);
    expect(r.reports.some((q) => q.matches.some((m) => m.articleId === PAGE1))).toBe(true);
    await lib.flushIndexCache();
    expect((await cached()).ids).toContain(PAGE1);
  });
});
