/** The groups, pages and articles pages read, kept for the next page: the same answers as the store, read once, nothing kept from a read that was not current. */
import { describe, expect, test } from 'vitest';
import { FamilyRowsCache } from '@/utils/families/family-rows-cache';
import type { ReadArticles, ReadFamilyGroups } from '@/utils/families/family-from-rows';
import type { FamilyGroupRow, FamilyPageRow } from '@/utils/storage/family-rows';
import type { StoredArticle } from '@/utils/types';

const group = (id: string, articles: string[]): FamilyGroupRow => ({ id, quotes: articles.map((a) => `${a}#0`), passages: [], articles, versions: articles.length });
const GROUPS = [group('a#0', ['a', 'b']), group('b#1', ['b', 'c']), group('d#0', ['d', 'e'])];
const PAGES = new Map(GROUPS.map((g): [string, FamilyPageRow] => [g.id, { id: g.id, page: `page of ${g.id}` }]));
const ARTICLES = new Map(['a', 'b', 'c', 'd', 'e'].map((id) => [id, { id, title: id } as unknown as StoredArticle]));

/** The store as a page reads it, counting the articles and pages asked. */
function store(current = () => true) {
  const asked: string[] = [];
  const read: ReadFamilyGroups = async (ids, pageIds) => {
    asked.push(...ids, ...pageIds.map((p) => `page ${p}`));
    const groups = GROUPS.filter((g) => g.articles.some((a) => ids.includes(a)));
    return { current: current(), groups, pages: pageIds.map((id) => PAGES.get(id)) };
  };
  const articlesAsked: string[] = [];
  const records: ReadArticles = async (ids) => {
    articlesAsked.push(...ids);
    return new Map(ids.map((id) => [id, ARTICLES.get(id)]));
  };
  return { read, asked, records, articlesAsked };
}

const byId = (gs: readonly FamilyGroupRow[]) => [...gs].map((g) => g.id).sort();

describe('FamilyRowsCache', () => {
  test.each([
    { asks: [[['a'], []], [['a'], []]], storeAsked: ['a'] },
    { asks: [[['a', 'b'], []], [['b', 'c'], []], [['a', 'c'], []]], storeAsked: ['a', 'b', 'c'] },
    { asks: [[['d'], ['d#0']], [['d', 'x'], ['d#0', 'x#0']], [[], ['x#0']]], storeAsked: ['d', 'page d#0', 'x', 'page x#0'] },
    { asks: [[['c'], []], [['a', 'b', 'c', 'd'], ['a#0']]], storeAsked: ['c', 'a', 'b', 'd', 'page a#0'] },
  ])('asks $asks: the same groups and pages as the store, each article and page read once', async ({ asks, storeAsked }) => {
    const { read, asked, records } = store();
    const cache = new FamilyRowsCache(7, read, records);
    for (const [ids, pageIds] of asks) {
      const got = await cache.readFamilyGroups(ids, pageIds);
      const direct = await store().read(ids, pageIds);
      expect(got.current).toBe(true);
      expect(got.pages).toEqual(direct.pages);
      expect(byId(got.groups)).toEqual(byId(direct.groups));
    }
    expect(asked).toEqual(storeAsked);
  });

  test('a page needing more than it keeps still gets them all, from the store', async () => {
    const { read, records } = store();
    const cache = new FamilyRowsCache(7, read, records, 2);
    const got = await cache.readFamilyGroups(['a', 'b', 'c', 'd'], ['a#0', 'b#1', 'd#0']);
    expect(got.pages.map((p) => p?.id)).toEqual(['a#0', 'b#1', 'd#0']);
    expect(byId(got.groups)).toEqual(['a#0', 'b#1', 'd#0']);
  });

  test('articles read once, an unsaved one too; the same answers as the store', async () => {
    const { read, records, articlesAsked } = store();
    const cache = new FamilyRowsCache(7, read, records);
    expect([...(await cache.readRecords(['a', 'x']))]).toEqual([['a', ARTICLES.get('a')], ['x', undefined]]);
    expect([...(await cache.readRecords(['x', 'b', 'a']))]).toEqual([['x', undefined], ['b', ARTICLES.get('b')], ['a', ARTICLES.get('a')]]);
    expect(articlesAsked).toEqual(['a', 'x', 'b']);
  });

  test('a read that was not current keeps nothing, and a read of nothing asks the store until one was', async () => {
    let current = false;
    const { read, asked, records } = store(() => current);
    const cache = new FamilyRowsCache(7, read, records);
    expect((await cache.readFamilyGroups([], [])).current).toBe(false);
    expect((await cache.readFamilyGroups(['a'], ['a#0'])).current).toBe(false);
    current = true;
    expect((await cache.readFamilyGroups(['a'], ['a#0'])).current).toBe(true);
    expect(asked).toEqual(['a', 'page a#0', 'a', 'page a#0']);
    current = false; // the cache serves one generation: the library drops it on a write
    expect((await cache.readFamilyGroups([], [])).current).toBe(true);
  });
});
