/**
 * The index re-cache never runs while a request is being answered (utils/library/library.ts): a
 * wake that caught the cache up from the change log re-caches once its requests are answered and
 * none came for the idle time. In Chromium at 10k articles a slow check outlasted the idle time
 * and the re-cache ran inside it (test/e2e/performance.test.ts, 'saving at').
 */
import { describe, expect, test, vi } from 'vitest';
import { sampleArticles } from '@/utils/index/sample-coverage';
import { Library } from '@/utils/library/library';
import type { LibraryStorage } from '@/utils/storage/library-storage';
import { check, library, openStorage, PAGE0, PAGE1, pages, save, STORAGE_KINDS, useStorage, withId } from './library-fixture';

/**
 * The storage, with article reads that take `slowMs` and a note in `events` on every cache write
 * (what a loaded machine or a 10k library does to a check: its reads outlast the idle time).
 */
function watchedStorage(store: LibraryStorage, events: string[], slowMs: number): LibraryStorage {
  return new Proxy(store, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        if (key === 'getMany' || key === 'getAll') await new Promise((resolve) => setTimeout(resolve, slowMs));
        if (key === 'saveIndexCache') events.push('cache written');
        return value.apply(target, args);
      };
    },
  });
}

/** Requests a wake may answer first, each reading articles after the index has loaded (stats loads none: library-families-store.test.ts). */
const REQUESTS: Array<[string, (lib: Library) => Promise<unknown>]> = [
  ['a check (compare)', (lib) => check(lib, pages[PAGE0])],
  ['list', (lib) => lib.list()],
  ['search', (lib) => lib.search('harbour')],
  ['evidence', async (lib) => lib.evidence(withId(pages[PAGE0]), (await check(lib, pages[PAGE0])).reports, 'md')],
  ['history', (lib) => lib.history(withId(pages[PAGE0]).id)],
];

describe.each(STORAGE_KINDS)('%s: the re-cache waits for the requests being answered', (kind) => {
  useStorage(kind);

  test.each(REQUESTS)('%s on a wake that caught the cache up: the cache is written after it is answered, not during it', async (_, request) => {
    const first = library();
    await save(first, PAGE0);
    await first.loadSamples();
    await first.flushIndexCache();
    await save(first, PAGE1); // the process stops before re-caching this

    const events: string[] = [];
    const store = watchedStorage(await openStorage(), events, 150);
    // An idle time far shorter than the request: before the fix the re-cache armed by the
    // catch-up fired while the request still waited on its reads.
    const woken = new Library({ openStore: async () => store, cacheIdleMs: 20, samples: sampleArticles });
    await request(woken);
    events.push('answered');
    expect(woken.indexSource).toBe('caught-up');
    await vi.waitFor(() => expect(events).toContain('cache written'), { timeout: 5000, interval: 10 });
    expect(events).toEqual(['answered', 'cache written']);
    const { cache, generation } = await store.readIndexCache();
    expect(cache?.generation).toBe(generation);
  });
});
