import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { openDB } from 'idb';
import { LibraryStore, MIGRATIONS, SCHEMA_VERSION, StorageFullError, openLibraryDb, type LibraryRecord } from '@/utils/storage';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import v1 from '../golden/storage/v1.json';

let n = 0;
const freshName = () => `verbatim-test-${++n}`;
const fixture = v1.articles as LibraryRecord[];
const record = (id: string, savedAt = 1): LibraryRecord => ({ ...fixture[0], id, url: id, savedAt, storyKey: id });

const opened: LibraryStore[] = [];
async function open(name = freshName()) {
  const s = await LibraryStore.open({ name });
  opened.push(s);
  return s;
}
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
  vi.restoreAllMocks();
});

describe('migrations', () => {
  test('every shipped version has a fixture', () => {
    // Adding MIGRATIONS[n] means adding test/golden/storage/v<n+1>.json and a test that upgrades it.
    expect(SCHEMA_VERSION).toBe(2);
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
    expect(await store.getSettings()).toEqual(v1.settings);
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
    expect(await s.put(record('a', 1))).toBe('new');
    expect(await s.put({ ...record('a', 2), title: 'changed' })).toBe('updated');
    expect(await s.count()).toBe(1);
    expect((await s.get('a'))?.title).toBe('changed');
  });

  test('putMany is all or nothing', async () => {
    const s = await open();
    await s.put(record('keep'));
    const bad = { ...record('b'), text: () => 'not cloneable' } as unknown as LibraryRecord;
    await expect(s.putMany([record('a'), bad])).rejects.toThrow();
    expect((await s.getAll()).map((a) => a.id)).toEqual(['keep']);
  });

  test('delete and clear', async () => {
    const s = await open();
    await s.putMany([record('a'), record('b'), record('c')]);
    expect(await s.delete('a')).toBe(true);
    expect(await s.delete('a')).toBe(false);
    await s.saveIndexCache({ formatVersion: 1, checksum: 'x', json: {} });
    expect(await s.clear()).toBe(2);
    expect(await s.count()).toBe(0);
    expect(await s.loadIndexCache()).toBeUndefined();
  });

  test('checksum changes on save, replace and removal, and not otherwise', async () => {
    const s = await open();
    const sums = [await s.checksum()];
    await s.put(record('a', 1));
    sums.push(await s.checksum());
    await s.put(record('a', 2));
    sums.push(await s.checksum());
    await s.put(record('b', 2));
    sums.push(await s.checksum());
    expect(await s.checksum()).toBe(sums[3]);
    await s.delete('b');
    sums.push(await s.checksum());
    expect(new Set(sums).size).toBe(4); // deleting b returns to the state after the replace
    expect(sums[4]).toBe(sums[2]);
  });

  test('index cache round-trips', async () => {
    const s = await open();
    const cache = { formatVersion: 3, checksum: '1:abc', json: { docs: [1, 2] } };
    await s.saveIndexCache(cache);
    expect(await s.loadIndexCache()).toEqual(cache);
  });

  test('settings: defaults, patches, bad values ignored', async () => {
    const s = await open();
    expect(await s.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await s.setSettings({ automatic: true, sites: ['news.example'] })).toEqual({ ...DEFAULT_SETTINGS, automatic: true, sites: ['news.example'] });
    await s.setSettings({ highlights: 'no' } as unknown as { highlights: boolean });
    expect((await s.getSettings()).highlights).toBe(true);
    expect((await s.getSettings()).automatic).toBe(true);
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
    await expect(s.saveIndexCache({ formatVersion: 1, checksum: 'x', json: {} })).resolves.toBeUndefined();
  });
});
