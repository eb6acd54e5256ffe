/**
 * The library under stress on IndexedDB (fake-indexeddb), no browser: an import that runs out of
 * room part-way changes nothing, in the store, its cached index or the live library. (The same
 * runs in real Chromium in test/e2e/reliability.test.ts.)
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { articleFromPlainText } from '@/utils/article/article-text';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { Library } from '@/utils/library/library';
import type { ExportedArticle } from '@/utils/storage/export-format';
import { LibraryStore } from '@/utils/storage/storage';
import { withId } from './library-fixture';

const word = (i: number) => `kestrel${[...String(i)].map((d) => 'abcdefghij'[Number(d)]).join('')}`;
const body = (i: number) =>
  `The district ${word(i)} plan drew questions.\n"We will finish the ${word(i)} review soon," said Ama Mensah, who leads the office.`;
const pageUrl = (i: number) => `http://127.0.0.1:8000/a/${i}.html`;
const page = (i: number) => withId({ ...articleFromPlainText(body(i)), url: pageUrl(i), outlet: `Gazette ${i % 5}`, title: `District ${i}` });

let dbName = '';
let n = 0;
let clock = 1_780_000_000_000;
const stores: LibraryStore[] = [];
async function open(): Promise<LibraryStore> {
  const s = await LibraryStore.open({ name: dbName });
  stores.push(s);
  return s;
}
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  vi.restoreAllMocks();
});

/** What is stored, and whether the cached index covers exactly that. */
async function storedState() {
  const store = await open();
  const ids = (await store.getAll()).map((a) => a.id).sort();
  const { cache, generation } = await store.readIndexCache();
  const indexed = CoverageIndex.load(cache?.json);
  return {
    ids,
    cacheCurrent: cache?.generation === generation,
    indexedIds: ids.filter((id) => indexed?.getArticle(id) !== undefined),
    indexSize: indexed?.size ?? -1,
  };
}

describe('the library under stress', () => {
  test.each([0, 1, 99, 199])('an import refused for lack of room after %i writes changes nothing', async (allowed) => {
    dbName = `library-reliability-${++n}`;
    const lib = new Library({ openStore: open, now: () => ++clock });
    expect(await lib.save({ article: page(1) })).toMatchObject({ saved: 'new' });
    await lib.flushIndexCache();
    const before = await storedState();
    expect(before.cacheCurrent).toBe(true);

    const articles: ExportedArticle[] = Array.from({ length: 200 }, (_, k) => {
      const id = `https://archive.example/${k}`;
      return { ...articleFromPlainText(body(1000 + k)), id, url: id, outlet: 'Archive', title: `Archived ${k}`, savedAt: 1 };
    });
    const realPut = IDBObjectStore.prototype.put;
    let left = allowed;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'articles' && left-- <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const refused = lib.importFile({ format: 'verbatim-library', version: 1, exportedAt: new Date().toISOString(), articles });
    await expect(refused).rejects.toThrow(/no room left/);
    vi.mocked(IDBObjectStore.prototype.put).mockRestore();

    // A re-cache now must not write the index the refused import had already added to.
    await lib.flushIndexCache();
    expect(await storedState()).toEqual(before);
    // The live library forgot the refused articles too, in its list and in its index.
    expect((await lib.list()).map((a) => a.id)).toEqual(before.ids);
    expect(await lib.search(word(1000))).toEqual([]);
  });
});
