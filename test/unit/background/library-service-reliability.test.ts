/**
 * The background service under stress, with fake-indexeddb and the fake browser: many saves at
 * once, and an import that runs out of room part-way. (The same scenarios run in real Chromium
 * in test/e2e/reliability.test.ts; these pin the service's own guarantees quickly.)
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { articleFromPlainText } from '@/utils/article/article-text';
import { CoverageIndex } from '@/utils/index/coverage-index';
import type { ExportedArticle } from '@/utils/storage/export-format';
import { LibraryService } from '@/entrypoints/background/library-service';
import type { Request, RequestType, ResponseOf } from '@/utils/protocol/messages';
import { LibraryStore } from '@/utils/storage/storage';
import type { ExtractResult } from '@/utils/types';

const word = (i: number) => `kestrel${[...String(i)].map((d) => 'abcdefghij'[Number(d)]).join('')}`;
const body = (i: number) =>
  `The district ${word(i)} plan drew questions.\n"We will finish the ${word(i)} review soon," said Ama Mensah, who leads the office.`;
const pageUrl = (i: number) => `http://127.0.0.1:8000/a/${i}.html`;

let dbName = '';
let n = 0;
let clock = 1_780_000_000_000;
const stores: LibraryStore[] = [];
function service(): LibraryService {
  return new LibraryService({
    openStore: async () => {
      const s = await LibraryStore.open({ name: dbName });
      stores.push(s);
      return s;
    },
    now: () => ++clock,
    estimateUsage: async () => undefined,
  });
}
const call = <T extends RequestType>(svc: LibraryService, req: Extract<Request, { type: T }>) => svc.handle(req) as Promise<ResponseOf<T>>;

beforeEach(() => {
  fakeBrowser.reset();
  dbName = `library-reliability-${++n}`;
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (inj: { target: { tabId: number } }) => {
    const tab = await fakeBrowser.tabs.get(inj.target.tabId);
    const i = Number(/\/a\/(\d+)\.html$/.exec(tab.url!)![1]);
    const result: ExtractResult = { ok: true, article: { ...articleFromPlainText(body(i)), url: tab.url!, outlet: `Gazette ${i % 5}`, title: `District ${i}` } };
    return [{ frameId: 0, result }];
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => ({ ok: true, data: { highlighted: 0 } })) as never);
});
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  vi.restoreAllMocks();
});

/** What is stored, and whether the cached index covers exactly that. */
async function storedState() {
  const store = await LibraryStore.open({ name: dbName });
  stores.push(store);
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

describe('the service under stress', () => {
  test('50 saves sent at once from 50 tabs: 50 stored, none twice, index = store', async () => {
    const svc = service();
    const tabs = await Promise.all(Array.from({ length: 50 }, async (_, i) => (await fakeBrowser.tabs.create({ url: pageUrl(i) })).id!));
    const answers = await Promise.all(tabs.map((tabId) => call(svc, { type: 'save-article', tabId })));
    expect(answers.filter((a) => !a.ok)).toEqual([]);
    expect(new Set(answers.map((a) => a.ok && a.data.id)).size).toBe(50);
    await svc.flushIndexCache();
    const state = await storedState();
    expect(state.ids).toEqual(Array.from({ length: 50 }, (_, i) => pageUrl(i)).sort());
    expect(state.cacheCurrent).toBe(true);
    expect(state.indexedIds).toEqual(state.ids);
    expect(state.indexSize).toBe(50);
    // Saving them all again at once replaces, never duplicates.
    const again = await Promise.all(tabs.map((tabId) => call(svc, { type: 'save-article', tabId })));
    expect(again.map((a) => a.ok && a.data.saved)).toEqual(Array(50).fill('updated'));
    expect((await storedState()).ids).toHaveLength(50);
  });

  test.each([0, 1, 99, 199])('an import refused for lack of room after %i writes changes nothing', async (allowed) => {
    const svc = service();
    const tabId = (await fakeBrowser.tabs.create({ url: pageUrl(1) })).id!;
    expect((await call(svc, { type: 'save-article', tabId })).ok).toBe(true);
    await svc.flushIndexCache();
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
    const res = await call(svc, { type: 'import-library', data: { format: 'verbatim-library', version: 1, exportedAt: new Date().toISOString(), articles } });
    vi.mocked(IDBObjectStore.prototype.put).mockRestore();

    expect(res).toEqual({ ok: false, error: expect.stringMatching(/no room left/) });
    // A re-cache now must not write the index the refused import had already added to.
    await svc.flushIndexCache();
    expect(await storedState()).toEqual(before);
    // The live service forgot the refused articles too, in its list and in its index.
    const list = await call(svc, { type: 'list-articles' });
    expect(list.ok && list.data.map((a) => a.id)).toEqual(before.ids);
    const hits = await call(svc, { type: 'search-library', query: word(1000) });
    expect(hits.ok && hits.data).toEqual([]);
  });
});
