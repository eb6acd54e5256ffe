/** The rows pages read, kept for the next page: the same answers as the store, read once, nothing kept from a read that was not current. */
import { describe, expect, test } from 'vitest';
import { FamilyRowsCache } from '@/utils/families/family-rows-cache';
import type { ReadFamilyGroups } from '@/utils/families/family-from-rows';
import type { FamilyGroupRow, FamilyRow } from '@/utils/storage/family-rows';

const row = (id: string): FamilyRow => ({ articleId: id, article: { id, url: id, outlet: 'Harbour Post', title: id, date: null, savedAt: 0, quotes: [] } as unknown as FamilyRow['article'], quotes: '[]' });
const group = (id: string, articles: string[]): FamilyGroupRow => ({ id, quotes: articles.map((a) => `${a}#0`), passages: [], articles, versions: articles.length });
const GROUPS = [group('a#0', ['a', 'b']), group('b#1', ['b', 'c']), group('d#0', ['d', 'e'])];
const ROWS = new Map(['a', 'b', 'c', 'd', 'e'].map((id) => [id, row(id)]));

/** The store as a page reads it, counting the articles asked. */
function store(current = () => true) {
  const asked: string[] = [];
  const read: ReadFamilyGroups = async (ids, withGroups) => {
    asked.push(...ids);
    const groups = withGroups ? GROUPS.filter((g) => g.articles.some((a) => ids.includes(a))) : [];
    return { current: current(), rows: ids.map((id) => ROWS.get(id)), groups };
  };
  return { read, asked };
}

const byId = (gs: readonly FamilyGroupRow[]) => [...gs].map((g) => g.id).sort();

describe('FamilyRowsCache', () => {
  test.each([
    { asks: [['a'], ['a']], withGroups: true, storeAsked: ['a'] },
    { asks: [['a', 'b'], ['b', 'c'], ['a', 'c']], withGroups: true, storeAsked: ['a', 'b', 'c'] },
    { asks: [['d'], ['d', 'x'], ['x']], withGroups: false, storeAsked: ['d', 'x'] },
    { asks: [['c'], ['a', 'b', 'c', 'd']], withGroups: true, storeAsked: ['c', 'a', 'b', 'd'] },
  ])('asks $asks: the same rows and groups as the store, each article read once', async ({ asks, withGroups, storeAsked }) => {
    const { read, asked } = store();
    const cache = new FamilyRowsCache(7, read);
    for (const ids of asks) {
      const got = await cache.readFamilyGroups(ids, withGroups);
      const direct = await store().read(ids, withGroups);
      expect(got.current).toBe(true);
      expect(got.rows).toEqual(direct.rows);
      expect(byId(got.groups)).toEqual(byId(direct.groups));
    }
    expect(asked).toEqual(storeAsked);
  });

  test('a page needing more rows than it keeps still gets them all, from the store', async () => {
    const { read } = store();
    const cache = new FamilyRowsCache(7, read, 2);
    const got = await cache.readFamilyGroups(['a', 'b', 'c', 'd'], true);
    expect(got.rows.map((r) => r?.articleId)).toEqual(['a', 'b', 'c', 'd']);
    expect(byId(got.groups)).toEqual(['a#0', 'b#1', 'd#0']);
  });

  test('a read that was not current keeps nothing, and a read of nothing asks the store until one was', async () => {
    let current = false;
    const { read, asked } = store(() => current);
    const cache = new FamilyRowsCache(7, read);
    expect((await cache.readFamilyGroups([], false)).current).toBe(false);
    expect((await cache.readFamilyGroups(['a'], true)).current).toBe(false);
    current = true;
    expect((await cache.readFamilyGroups(['a'], true)).current).toBe(true);
    expect(asked).toEqual(['a', 'a']);
    current = false; // the cache serves one generation: the library drops it on a write
    expect((await cache.readFamilyGroups([], false)).current).toBe(true);
  });
});
