/**
 * The background's parts over fake-indexeddb and the fake browser: two seed pages and a menu page
 * the fake scripting "extracts", tabs to open on them, and the messages sent to pages.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground, type Background } from '@/entrypoints/background/create-background';
import { sampleArticles } from '@/utils/index/sample-coverage';
import type { CheckReport, PanelEvent, Request, RequestType, ResponseData } from '@/utils/protocol/messages';
import { LibraryStore } from '@/utils/storage/storage';
import type { ExtractResult } from '@/utils/types';

export const [seed0, seed1] = sampleArticles();
export const PAGE0 = 'http://127.0.0.1:8000/first.html';
export const PAGE1 = 'http://127.0.0.1:8000/second.html';
export const MENU = 'http://127.0.0.1:8000/menu.html';
export const pages: Record<string, ExtractResult> = {
  [PAGE0]: { ok: true, article: { ...seed0, url: PAGE0, outlet: 'Daily Courier' } },
  [PAGE1]: { ok: true, article: { ...seed1, url: PAGE1, outlet: 'IANS' } },
  [MENU]: { ok: false, reason: 'not-article', message: 'This page does not look like an article.' },
};

/** Messages the background sent to pages, in order. */
export const tabMessages: unknown[] = [];
let dbName = '';
let n = 0;
let clock = 1_773_400_000_000;
const stores: LibraryStore[] = [];

/** The database the current test's background uses. */
export const currentDbName = () => dbName;

export async function openStore(): Promise<LibraryStore> {
  const store = await LibraryStore.open({ name: dbName });
  stores.push(store);
  return store;
}

/** A fresh background (a new worker) over the current test's database. */
export function background(opts: { cacheIdleMs?: number; notify?: (e: PanelEvent) => void } = {}): Background {
  const bg = createBackground({ ...opts, openStore, now: () => ++clock, estimateUsage: async () => undefined });
  made.push(bg);
  return bg;
}
const made: Background[] = [];
const opened: number[] = [];

export async function call<T extends RequestType>(bg: Background, req: Extract<Request, { type: T }>): Promise<ResponseData[T]> {
  const res = await bg.requests.handle(req);
  if (!res.ok) throw new Error(`request failed: ${res.error}`);
  return res.data as ResponseData[T];
}

export async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  opened.push(tab.id!);
  return tab.id!;
}

export const ok = (r: CheckReport) => {
  if (r.status !== 'ok') throw new Error(`check failed: ${r.status} ${r.message}`);
  return r;
};

/** Registers the hooks: a fresh fake browser and database per test, pages read from `pages`. */
export function useFakeTabs(name: string): void {
  beforeEach(() => {
    fakeBrowser.reset();
    dbName = `${name}-${++n}`;
    tabMessages.length = 0;
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (inj: { target: { tabId: number } }) => {
      const tab = await fakeBrowser.tabs.get(inj.target.tabId);
      return [{ frameId: 0, result: pages[tab.url!] }];
    }) as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_id: number, msg: unknown) => {
      tabMessages.push(msg);
      return { ok: true, data: { highlighted: 1 } };
    }) as never);
  });
  afterEach(async () => {
    // A check's badge and highlights follow its report in a task of their own: let them end before the stores close.
    const tabs = opened.splice(0);
    await Promise.all(made.splice(0).flatMap((bg) => tabs.map((t) => bg.tabs.marked(t))));
    for (const s of stores.splice(0)) s.close();
    vi.restoreAllMocks();
  });
}
