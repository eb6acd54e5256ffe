/**
 * The background under stress, with fake-indexeddb and the fake browser: many saves from many tabs
 * at once. (The same scenario runs in real Chromium in test/e2e/reliability.test.ts; this pins the
 * background's own guarantee quickly. The library's, an import refused part-way, is in
 * test/unit/library/library-reliability.test.ts.)
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground, type Background } from '@/entrypoints/background/create-background';
import { articleFromPlainText } from '@/utils/article/article-text';
import { CoverageIndex } from '@/utils/index/coverage-index';
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
function background(): Background {
  return createBackground({
    openStore: async () => {
      const s = await LibraryStore.open({ name: dbName });
      stores.push(s);
      return s;
    },
    now: () => ++clock,
    estimateUsage: async () => undefined,
    notify: () => {},
  });
}
const call = <T extends RequestType>(bg: Background, req: Extract<Request, { type: T }>) => bg.requests.handle(req) as Promise<ResponseOf<T>>;

beforeEach(() => {
  fakeBrowser.reset();
  dbName = `background-reliability-${++n}`;
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

describe('the background under stress', () => {
  test('50 saves sent at once from 50 tabs: 50 stored, none twice, index = store', async () => {
    const bg = background();
    const tabs = await Promise.all(Array.from({ length: 50 }, async (_, i) => (await fakeBrowser.tabs.create({ url: pageUrl(i) })).id!));
    const answers = await Promise.all(tabs.map((tabId) => call(bg, { type: 'save-article', tabId })));
    expect(answers.filter((a) => !a.ok)).toEqual([]);
    expect(new Set(answers.map((a) => a.ok && a.data.id)).size).toBe(50);
    await bg.library.flushIndexCache();
    const state = await storedState();
    expect(state.ids).toEqual(Array.from({ length: 50 }, (_, i) => pageUrl(i)).sort());
    expect(state.cacheCurrent).toBe(true);
    expect(state.indexedIds).toEqual(state.ids);
    expect(state.indexSize).toBe(50);
    // Saving them all again at once replaces, never duplicates.
    const again = await Promise.all(tabs.map((tabId) => call(bg, { type: 'save-article', tabId })));
    expect(again.map((a) => a.ok && a.data.saved)).toEqual(Array(50).fill('updated'));
    expect((await storedState()).ids).toHaveLength(50);
  });
});
