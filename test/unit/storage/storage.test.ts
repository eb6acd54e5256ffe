import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { openDB } from 'idb';
import fc from 'fast-check';
import { LibraryStore, MIGRATIONS, SCHEMA_VERSION, StorageFullError, openLibraryDb } from '@/utils/storage/storage';
import type { LibraryRecord } from '@/utils/storage/library-storage';
import { DEFAULT_SETTINGS } from '@/utils/storage/settings';
import v1 from '../../golden/storage/v1.json';

let n = 0;
const freshName = () => `verbatim-test-${++n}`;
const names = new WeakMap<LibraryStore, string>();
const dbNameOf = (s: LibraryStore) => names.get(s)!;
const fixture = v1.articles as LibraryRecord[];
const record = (id: string, savedAt = 1): LibraryRecord => ({ ...fixture[0], id, url: id, savedAt, storyKey: id });

const opened: LibraryStore[] = [];
async function open(name = freshName()) {
  const s = await LibraryStore.open({ name });
  opened.push(s);
  names.set(s, name);
  return s;
}
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
  vi.restoreAllMocks();
});

describe('migrations', () => {
  test('every shipped version has a fixture', () => {
    // Adding MIGRATIONS[n] means adding test/golden/storage/v<n+1>.json and a test that upgrades it.
    expect(SCHEMA_VERSION).toBe(10);
  });

  test('a v1 database (fixture) opens with the current schema and keeps everything', async () => {
    const name = freshName();
    const old = await openLibraryDb({ name, migrations: MIGRATIONS.slice(0, 1) });
    for (const a of fixture) await old.put('articles', a);
    await old.put('meta', v1.settings, 'settings');
    old.close();

    const store = await open(name);
    expect(await store.getAll()).toEqual(fixture);
    expect(await store.getByUrl('')).toEqual([fixture[1]]);
    // v1 settings predate speaker overrides: read as none.
    expect(await store.getSettings()).toEqual({ ...v1.settings, speakers: { merged: [], split: [] } });
  });

  test('migrations run in order from the stored version', async () => {
    const name = freshName();
    const calls: number[] = [];
    const steps = [0, 1, 2].map((i) => () => void calls.push(i));
    (await openLibraryDb({ name, migrations: steps.slice(0, 1) })).close();
    (await openLibraryDb({ name, migrations: steps })).close();
    expect(calls).toEqual([0, 1, 2]);
    const raw = await openDB(name);
    expect(raw.version).toBe(3);
    raw.close();
  });
});

describe('LibraryStore', () => {
  test('put reports new then updated, and replaces', async () => {
    const s = await open();
    expect(await s.put(record('a', 1))).toEqual({ saved: 'new', generation: 1, keptVersion: false });
    expect(await s.put({ ...record('a', 2), title: 'changed' })).toEqual({ saved: 'updated', generation: 2, keptVersion: false });
    expect(await s.count()).toBe(1);
    expect((await s.get('a'))?.title).toBe('changed');
  });

  test('putMany is all or nothing', async () => {
    const s = await open();
    await s.put(record('keep'));
    const bad = { ...record('b'), text: () => 'not cloneable' } as unknown as LibraryRecord;
    await expect(s.putMany([record('a'), bad])).rejects.toThrow();
    expect((await s.getAll()).map((a) => a.id)).toEqual(['keep']);
    expect(await s.generation()).toBe(1); // the failed write left no trace
  });

  test('delete and clear', async () => {
    const s = await open();
    expect(await s.putMany([record('a'), record('b'), record('c')])).toBe(1);
    expect(await s.delete('a')).toEqual({ removed: true, generation: 2 });
    expect(await s.delete('a')).toEqual({ removed: false, generation: 2 });
    await s.saveIndexCache({ formatVersion: 1, generation: 2, json: {} });
    expect(await s.clear()).toEqual({ removed: 2, generation: 3 });
    expect(await s.count()).toBe(0);
    expect(await s.readIndexCache()).toEqual({ cache: undefined, generation: 3, changed: undefined });
  });

  test('the article count is kept at the articles\' generation and counted again once another write moved it', async () => {
    const s = await open();
    const raw = await openDB(dbNameOf(s));
    const steps: Array<{ step: string; act: () => Promise<unknown>; count: number; kept: unknown; keptByAct?: unknown }> = [
      { step: 'first count: counted and kept', act: () => s.putMany([record('a'), record('b')]), count: 2, kept: { generation: 1, count: 2 } },
      // Only a kept count answers: one planted at the current generation is what count() says.
      { step: 'kept count read back', act: () => raw.put('meta', { generation: 1, count: 7 }, 'article-count'), count: 7, kept: { generation: 1, count: 7 } },
      { step: 'a save moves the generation', act: () => s.put(record('c')), count: 3, kept: { generation: 2, count: 3 } },
      // A writer that bypasses the store (as the performance e2e does) bumps the generation alone.
      { step: 'a direct write', act: async () => { await raw.put('articles', record('d')); await raw.put('meta', 3, 'generation'); }, count: 4, kept: { generation: 3, count: 4 } },
      { step: 'a damaged count', act: () => raw.put('meta', { generation: 3, count: -1 }, 'article-count'), count: 4, kept: { generation: 3, count: 4 } },
      // The clear keeps its own count of 0 (read before count() could count and keep one itself).
      { step: 'a clear', act: () => s.clear(), count: 0, kept: { generation: 4, count: 0 }, keptByAct: { generation: 4, count: 0 } },
    ];
    for (const { step, act, count, kept, keptByAct } of steps) {
      await act();
      if (keptByAct !== undefined) expect(await raw.get('meta', 'article-count'), step).toEqual(keptByAct);
      expect(await s.count(), step).toBe(count);
      expect(await raw.get('meta', 'article-count'), step).toEqual(kept);
    }
    raw.close();
  });

  test('getMany reads in order, undefined where there is none', async () => {
    const s = await open();
    await s.putMany([record('a', 1), record('b', 2)]);
    expect((await s.getMany(['b', 'zz', 'a'])).map((r) => r?.savedAt)).toEqual([2, undefined, 1]);
    expect(await s.getMany([])).toEqual([]);
  });

  test.each([
    ['put', (s: LibraryStore) => s.put(record('a', 9)), 1],
    ['putMany', (s: LibraryStore) => s.putMany([record('x'), record('y')]), 1],
    ['putMany of nothing', (s: LibraryStore) => s.putMany([]), 0],
    ['delete', (s: LibraryStore) => s.delete('a'), 1],
    ['delete of nothing', (s: LibraryStore) => s.delete('nope'), 0],
    ['clear', (s: LibraryStore) => s.clear(), 1],
    ['reads and settings', async (s: LibraryStore) => [await s.getAll(), await s.getMany(['a']), await s.setSettings({ automatic: true })], 0],
  ])('the generation after %s goes up by %i', async (_name, op, step) => {
    const s = await open();
    await s.put(record('a', 1));
    const before = await s.generation();
    await op(s);
    expect(await s.generation()).toBe(before + step);
  });

  test('the index cache round-trips with the ids written since it, and drops the log it covers', async () => {
    const s = await open();
    expect(await s.readIndexCache()).toEqual({ cache: undefined, generation: 0, changed: undefined });
    await s.putMany([record('a'), record('b')]);
    const cache = { formatVersion: 3, generation: 1, json: { docs: [1, 2] } };
    await s.saveIndexCache(cache);
    expect(await s.readIndexCache()).toEqual({ cache, generation: 1, changed: [] });
    await s.put(record('c'));
    await s.delete('a');
    await s.put(record('c', 5));
    expect(await s.readIndexCache()).toEqual({ cache, generation: 4, changed: ['c', 'a'] });
    await s.saveIndexCache({ ...cache, generation: 4 });
    const raw = await openDB(dbNameOf(s));
    expect((await raw.getAllKeys('meta')).filter((k) => String(k).startsWith('change:'))).toEqual([]);
    raw.close();
  });

  test.each([
    ['a cache from the future (the counter was reset)', async (s: LibraryStore) => s.saveIndexCache({ formatVersion: 1, generation: 99, json: {} })],
    ['a gap in the change log', async (s: LibraryStore) => {
      await s.saveIndexCache({ formatVersion: 1, generation: 0, json: {} });
      await s.put(record('b'));
      const raw = await openDB(dbNameOf(s));
      await raw.delete('meta', (await raw.getAllKeys('meta')).find((k) => String(k).startsWith('change:'))!);
      raw.close();
    }],
    ['a cache without a generation (an older version wrote it)', async (s: LibraryStore) => {
      const raw = await openDB(dbNameOf(s));
      await raw.put('meta', { formatVersion: 1, checksum: 'old', json: {} }, 'coverage-index');
      raw.close();
    }],
  ])('%s cannot be caught up: rebuild', async (_name, spoil) => {
    const s = await open();
    await spoil(s);
    expect((await s.readIndexCache()).changed).toBeUndefined();
  });

  test('settings: defaults, patches, bad values ignored', async () => {
    const s = await open();
    expect(await s.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await s.setSettings({ automatic: true, sites: ['news.example'] })).toEqual({ ...DEFAULT_SETTINGS, automatic: true, sites: ['news.example'] });
    await s.setSettings({ highlights: 'no' } as unknown as { highlights: boolean });
    expect((await s.getSettings()).highlights).toBe(true);
    expect((await s.getSettings()).automatic).toBe(true);
  });

  test('property: every write keeps the recorded quotes state true, so a reopened store finds nothing to rebuild', async () => {
    const id = fc.constantFrom('a', 'b', 'c');
    const op = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), id, quotes: fc.nat(3) }),
      fc.record({ kind: fc.constant('putMany' as const), ids: fc.array(id, { maxLength: 3 }), quotes: fc.nat(3) }),
      fc.record({ kind: fc.constant('delete' as const), id }),
      fc.record({ kind: fc.constant('clear' as const) }),
    );
    const withQuotes = (r: LibraryRecord, n: number) => ({ ...r, quotes: Array.from({ length: n }, (_, k) => ({ ...fixture[0].quotes[0], start: k })) });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 8 }), async (ops) => {
        const name = freshName();
        const s = await LibraryStore.open({ name });
        let stamp = 0;
        for (const o of ops) {
          if (o.kind === 'put') await s.put(withQuotes(record(o.id, ++stamp), o.quotes));
          else if (o.kind === 'putMany') await s.putMany(o.ids.map((i) => withQuotes(record(i, ++stamp), o.quotes)));
          else if (o.kind === 'delete') await s.delete(o.id);
          else await s.clear();
        }
        s.close();
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
        const again = await LibraryStore.open({ name });
        await again.getQuotes();
        again.close();
        expect(warn).not.toHaveBeenCalled();
        warn.mockRestore();
      }),
      { numRuns: 30 },
    );
  });

  test('a full disk surfaces as StorageFullError with a reader-facing message', async () => {
    const s = await open();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const err = await s.put(record('a')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as Error).message).toMatch(/no room left/);
    // The rebuildable index cache never fails a save for lack of room.
    await expect(s.saveIndexCache({ formatVersion: 1, generation: 0, json: {} })).resolves.toBeUndefined();
    expect(await s.generation()).toBe(0); // the refused save bumped nothing
    expect(await s.getQuotes()).toEqual([]); // nor wrote a quote row
  });

  test('a full disk while writing quote rows refuses the whole save: article, rows and generation as they were', async () => {
    const s = await open();
    await s.put(record('a', 1));
    const before = { articles: await s.getAll(), quotes: await s.getQuotes(), generation: await s.generation() };
    expect(before.quotes).toHaveLength(fixture[0].quotes.length);
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'quotes') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    await expect(s.put({ ...record('a', 2), title: 'changed' })).rejects.toBeInstanceOf(StorageFullError);
    await expect(s.putMany([record('b', 3)])).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect({ articles: await s.getAll(), quotes: await s.getQuotes(), generation: await s.generation() }).toEqual(before);
  });
});

describe('the families store', () => {
  const row = (id: string) => ({ articleId: id, article: { id, url: id, outlet: 'O', title: 't', date: null, savedAt: 1, quotes: [], language: 'en' as const }, quotes: '[]' });

  test('a write applies only over the rows it was made against; a write from nothing replaces them all', async () => {
    const store = await open();
    await store.put(record('a'));
    expect(await store.writeFamilies({ put: [row('a')], remove: [], generation: 1, from: 0, groups: { put: [], pages: [], remove: [], all: false }, complete: true })).toBe(false); // nothing recorded yet
    expect(await store.writeFamilies({ put: [row('a')], remove: [], generation: 1, from: null, groups: { put: [], pages: [], remove: [], all: true }, complete: true })).toBe(true);
    expect(await store.readFamilies()).toEqual({ rows: [row('a')], generation: 1, matches: 1, changed: [], grouped: true });
    await store.put(record('b'));
    expect(await store.readFamilies()).toMatchObject({ matches: 1, changed: ['b'] });
    expect(await store.writeFamilies({ put: [row('b'), row('a')], remove: [], generation: 2, from: 1, groups: { put: [], pages: [], remove: [], all: false }, complete: true })).toBe(true);
    expect(await store.writeFamilies({ put: [], remove: ['a'], generation: 2, from: 1, groups: { put: [], pages: [], remove: [], all: false }, complete: true })).toBe(false); // stale: they match 2 now
    await store.delete('a');
    expect(await store.writeFamilies({ put: [], remove: ['a'], generation: 3, from: 2, groups: { put: [], pages: [], remove: [], all: false }, complete: true })).toBe(true);
    expect(await store.readFamilies()).toEqual({ rows: [row('b')], generation: 3, matches: 3, changed: [], grouped: true });
    await store.clear();
    expect(await store.readFamilies()).toEqual({ rows: [], generation: 4, matches: 4, changed: [], grouped: true });
  });

  test('writing the index cache keeps the change-log entries the stored families still need', async () => {
    const store = await open();
    await store.put(record('a'));
    await store.writeFamilies({ put: [row('a')], remove: [], generation: 1, from: null, groups: { put: [], pages: [], remove: [], all: true }, complete: true });
    await store.put(record('b'));
    await store.put(record('c'));
    await store.saveIndexCache({ formatVersion: 1, generation: 3, json: {} });
    expect(await store.readFamilies()).toMatchObject({ matches: 1, changed: ['b', 'c'] });
    expect(await store.readIndexCache()).toMatchObject({ generation: 3, changed: [] });
  });
});
