/**
 * The storage contract `Library` relies on (utils/storage/library-storage.ts), held by both
 * implementations: IndexedDB (fake-indexeddb) and memory. Generations, the change log, the index
 * cache's catch-up, all-or-nothing writes and settings, through the interface only.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import type { LibraryRecord, LibraryStorage } from '@/utils/storage/library-storage';
import { MemoryLibraryStorage } from '@/utils/storage/memory-storage';
import { DEFAULT_SETTINGS } from '@/utils/storage/settings';
import { LibraryStore } from '@/utils/storage/storage';
import v1 from '../../golden/storage/v1.json';

const fixture = v1.articles as LibraryRecord[];
const record = (id: string, savedAt = 1): LibraryRecord => ({ ...fixture[0], id, url: id, savedAt, storyKey: id });

let n = 0;
const opened: LibraryStore[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

const STORAGES: [string, () => Promise<LibraryStorage>][] = [
  ['IndexedDB', async () => {
    const s = await LibraryStore.open({ name: `library-storage-${++n}` });
    opened.push(s);
    return s;
  }],
  ['memory', async () => new MemoryLibraryStorage()],
];

const generationOf = async (s: LibraryStorage) => (await s.readIndexCache()).generation;

describe.each(STORAGES)('%s', (_kind, open) => {
  test('put reports new then updated, and replaces', async () => {
    const s = await open();
    expect(await s.put(record('a', 1))).toEqual({ saved: 'new', generation: 1, keptVersion: false });
    expect(await s.put({ ...record('a', 2), title: 'changed' })).toEqual({ saved: 'updated', generation: 2, keptVersion: false });
    expect((await s.getAll()).map((r) => [r.id, r.title])).toEqual([['a', 'changed']]);
  });

  test('a stored record is a copy: changing the caller’s object changes nothing stored', async () => {
    const s = await open();
    const mine = record('a');
    await s.put(mine);
    mine.title = 'changed afterwards';
    expect((await s.getMany(['a']))[0]?.title).toBe(fixture[0].title);
  });

  test('putMany is all or nothing', async () => {
    const s = await open();
    await s.put(record('keep'));
    const bad = { ...record('b'), text: () => 'not cloneable' } as unknown as LibraryRecord;
    await expect(s.putMany([record('a'), bad])).rejects.toThrow();
    expect((await s.getAll()).map((a) => a.id)).toEqual(['keep']);
    expect(await generationOf(s)).toBe(1); // the failed write left no trace
  });

  test('getMany reads in order, undefined where there is none; snapshot reads all with the generation', async () => {
    const s = await open();
    await s.putMany([record('a', 1), record('b', 2)]);
    expect((await s.getMany(['b', 'zz', 'a'])).map((r) => r?.savedAt)).toEqual([2, undefined, 1]);
    expect(await s.getMany([])).toEqual([]);
    const { records, generation } = await s.snapshot();
    expect({ ids: records.map((r) => r.id).sort(), generation }).toEqual({ ids: ['a', 'b'], generation: 1 });
  });

  test.each<[string, (s: LibraryStorage) => Promise<unknown>, number]>([
    ['put', (s) => s.put(record('a', 9)), 1],
    ['putMany', (s) => s.putMany([record('x'), record('y')]), 1],
    ['putMany of nothing', (s) => s.putMany([]), 0],
    ['delete', (s) => s.delete('a'), 1],
    ['delete of nothing', (s) => s.delete('nope'), 0],
    ['clear', (s) => s.clear(), 1],
    ['reads and settings', async (s) => [await s.getAll(), await s.getMany(['a']), await s.setSettings({ automatic: true })], 0],
  ])('the generation after %s goes up by %i', async (_name, op, step) => {
    const s = await open();
    await s.put(record('a', 1));
    const before = await generationOf(s);
    await op(s);
    expect(await generationOf(s)).toBe(before + step);
  });

  test('the index cache round-trips with the ids written since it; a clear drops it', async () => {
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
    expect((await s.readIndexCache()).changed).toEqual([]);
    expect(await s.clear()).toEqual({ removed: 2, generation: 5 });
    expect(await s.readIndexCache()).toEqual({ cache: undefined, generation: 5, changed: undefined });
  });

  test.each<[string, (s: LibraryStorage) => Promise<void>]>([
    ['a cache from the future (the counter was reset)', (s) => s.saveIndexCache({ formatVersion: 1, generation: 99, json: {} })],
    ['a cache deleted as damaged', async (s) => {
      await s.saveIndexCache({ formatVersion: 1, generation: 0, json: {} });
      await s.deleteIndexCache();
    }],
    ['a cache older than a clear', async (s) => {
      await s.saveIndexCache({ formatVersion: 1, generation: 0, json: {} });
      await s.clear();
      await s.put(record('b'));
    }],
  ])('%s cannot be caught up: rebuild', async (_name, spoil) => {
    const s = await open();
    await spoil(s);
    expect((await s.readIndexCache()).changed).toBeUndefined();
  });

  test('earlier versions: kept only when keepPrevious says so, oldest first, without the story key', async () => {
    const s = await open();
    const keepAll = { keepPrevious: () => true };
    expect(await s.put(record('a', 1), keepAll)).toMatchObject({ saved: 'new', keptVersion: false });
    expect(await s.put({ ...record('a', 2), title: 'second' }, { keepPrevious: () => false })).toMatchObject({ keptVersion: false });
    expect(await s.put({ ...record('a', 3), title: 'third' }, { keepPrevious: (old) => old.title === 'second' })).toMatchObject({ saved: 'updated', keptVersion: true });
    expect(await s.put({ ...record('a', 4), title: 'fourth' }, keepAll)).toMatchObject({ keptVersion: true });
    const versions = await s.getVersions('a');
    expect(versions.map((v) => [v.savedAt, v.title])).toEqual([[2, 'second'], [3, 'third']]);
    expect(versions.every((v) => !('storyKey' in v))).toBe(true);
    expect((await s.getMany(['a']))[0]?.title).toBe('fourth');
    expect(await s.versionCounts()).toEqual(new Map([['a', 2]]));
    // A re-put of the same save (same savedAt) is not a version of itself.
    expect(await s.put({ ...record('a', 4), title: 'fourth again' }, keepAll)).toMatchObject({ keptVersion: false });
    expect(await s.getVersions('nobody')).toEqual([]);
  });

  test('versions go with their article: delete and clear remove them; putMany writes them with the articles', async () => {
    const s = await open();
    const { storyKey: _k, ...earlier } = record('b', 1);
    const generation = await s.putMany([record('b', 5), record('c', 5)], [earlier]);
    expect((await s.getVersions('b')).map((v) => v.savedAt)).toEqual([1]);
    // Versions alone change no article: the generation stays.
    const { storyKey: _k2, ...other } = record('c', 2);
    expect(await s.putMany([], [other])).toBe(generation);
    expect(await s.versionCounts()).toEqual(new Map([['b', 1], ['c', 1]]));
    await s.delete('b');
    expect(await s.getVersions('b')).toEqual([]);
    expect(await s.getVersions('c')).toHaveLength(1);
    await s.clear();
    expect(await s.versionCounts()).toEqual(new Map());
  });

  test('putMany is all or nothing for versions too', async () => {
    const s = await open();
    const { storyKey: _k, ...fine } = record('d', 1);
    const bad = { ...fine, savedAt: 2, text: () => 'not cloneable' } as unknown as typeof fine;
    await expect(s.putMany([record('d', 9)], [fine, bad])).rejects.toThrow();
    expect(await s.getAll()).toEqual([]);
    expect(await s.versionCounts()).toEqual(new Map());
  });

  test('settings: defaults, patches, bad values ignored', async () => {
    const s = await open();
    expect(await s.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await s.setSettings({ automatic: true, sites: ['news.example'] })).toEqual({ ...DEFAULT_SETTINGS, automatic: true, sites: ['news.example'] });
    await s.setSettings({ highlights: 'no' } as unknown as { highlights: boolean });
    expect((await s.getSettings()).highlights).toBe(true);
    expect((await s.getSettings()).automatic).toBe(true);
  });
});
