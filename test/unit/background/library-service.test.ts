import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDB } from 'idb';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { LibraryService } from '@/entrypoints/background/library-service';
import { sampleArticles } from '@/utils/index/sample-coverage';
import { LibraryStore } from '@/utils/storage/storage';
import type { CheckReport, ExportFile, PanelEvent, Request, ResponseData, RequestType } from '@/utils/protocol/messages';
import type { ExtractResult } from '@/utils/types';
import type { ClaimReviewDocument } from '@/utils/evidence/evidence-claimreview';
import { EVIDENCE_MEDIA_TYPES, type EvidenceFormat } from '@/utils/evidence/evidence-formats';

const [seed0, seed1] = sampleArticles();
const PAGE0 = 'http://127.0.0.1:8000/first.html';
const PAGE1 = 'http://127.0.0.1:8000/second.html';
const pages: Record<string, ExtractResult> = {
  [PAGE0]: { ok: true, article: { ...seed0, url: PAGE0, outlet: 'Daily Courier' } },
  [PAGE1]: { ok: true, article: { ...seed1, url: PAGE1, outlet: 'IANS' } },
  'http://127.0.0.1:8000/menu.html': { ok: false, reason: 'not-article', message: 'This page does not look like an article.' },
};

let dbName = '';
let n = 0;
let clock = 1_773_400_000_000;
const stores: LibraryStore[] = [];
function service(opts: { cacheIdleMs?: number; notify?: (e: PanelEvent) => void } = {}) {
  return new LibraryService({
    ...opts,
    openStore: async () => {
      const s = await LibraryStore.open({ name: dbName });
      stores.push(s);
      return s;
    },
    now: () => ++clock,
    estimateUsage: async () => undefined,
  });
}

async function call<T extends RequestType>(svc: LibraryService, req: Extract<Request, { type: T }>): Promise<ResponseData[T]> {
  const res = await svc.handle(req);
  if (!res.ok) throw new Error(`request failed: ${res.error}`);
  return res.data as ResponseData[T];
}

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

const tabMessages: unknown[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  dbName = `library-service-${++n}`;
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
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  vi.restoreAllMocks();
});

const ok = (r: CheckReport) => {
  if (r.status !== 'ok') throw new Error(`check failed: ${r.status} ${r.message}`);
  return r;
};

describe('checking and saving', () => {
  test('an empty library: every quote is only here, nothing saved', async () => {
    const svc = service();
    const r = ok(await call(svc, { type: 'check-tab', tabId: await openTab(PAGE1) }));
    expect(r.reports.length).toBeGreaterThan(0);
    expect(r.counts.onlyHere).toBe(r.reports.length);
    expect(r.saved).toBe('no');
    expect(r.libraryCount).toBe(0);
    expect(r.article.outlet).toBe('IANS');
    // Highlights are sent to the page after a check (setting on by default).
    expect(tabMessages).toEqual([expect.objectContaining({ type: 'highlight-quotes', enabled: true })]);
  });

  test('save one seed, check the other: the paraphrase verdicts from DESIGN.md and a badge', async () => {
    const svc = service();
    const tab0 = await openTab(PAGE0);
    ok(await call(svc, { type: 'check-tab', tabId: tab0 }));
    expect(await call(svc, { type: 'save-article', tabId: tab0 })).toEqual({ saved: 'new', id: PAGE0, libraryCount: 1 });
    expect(ok(await call(svc, { type: 'check-tab', tabId: tab0 })).saved).toBe('yes');

    const tab1 = await openTab(PAGE1);
    const r = ok(await call(svc, { type: 'check-tab', tabId: tab1 }));
    const indispensable = r.reports.find((q) => q.quote.text.includes('indispensable'))!;
    expect(indispensable.matches[0]).toMatchObject({ kind: 'paraphrase', articleId: PAGE0, outlet: 'Daily Courier' });
    expect(indispensable.matches[0].text).toMatch(/crucial/);
    expect(r.counts.paraphrase).toBeGreaterThan(0);
    expect(r.counts.onlyHere).toBeGreaterThan(0); // "I took a picture of the cover…"
    const badge = await fakeBrowser.action.getBadgeText({ tabId: tab1 });
    expect(Number(badge)).toBeGreaterThan(0);
  });

  test('the other direction: "ensure" in 000 is paraphrased with "secure" in 001', async () => {
    const svc = service();
    const tab1 = await openTab(PAGE1);
    await call(svc, { type: 'save-article', tabId: tab1 }); // saving without a check checks first
    const r = ok(await call(svc, { type: 'check-tab', tabId: await openTab(PAGE0) }));
    const ensure = r.reports.find((q) => q.quote.text.includes('ensure'))!;
    expect(ensure.matches[0].kind).toBe('paraphrase');
    expect(ensure.matches[0].text).toMatch(/secure/);
  });

  test.each([
    ['chrome://settings', 'restricted'],
    ['https://chromewebstore.google.com/detail/x', 'restricted'],
    ['http://127.0.0.1:8000/menu.html', 'not-article'],
  ])('%s → %s', async (url, status) => {
    const r = await call(service(), { type: 'check-tab', tabId: await openTab(url) });
    expect(r.status).toBe(status);
  });

  test('a page the extension may not script is reported as restricted, not as a crash', async () => {
    vi.mocked(fakeBrowser.scripting.executeScript).mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    const r = await call(service(), { type: 'check-tab', tabId: await openTab(PAGE0) });
    expect(r).toMatchObject({ status: 'restricted', message: expect.stringMatching(/toolbar/) });
  });

  test('a saved article whose page changed is "outdated"', async () => {
    const svc = service();
    const tab = await openTab(PAGE0);
    await call(svc, { type: 'save-article', tabId: tab });
    const original = pages[PAGE0];
    pages[PAGE0] = { ok: true, article: { ...seed0, url: PAGE0, outlet: 'Daily Courier', text: `${seed0.text}\n\nUpdate: more.` } };
    try {
      expect(ok(await call(svc, { type: 'check-tab', tabId: tab })).saved).toBe('outdated');
    } finally {
      pages[PAGE0] = original;
    }
  });
});

describe('the worker may stop at any time', () => {
  async function openStore() {
    const store = await LibraryStore.open({ name: dbName });
    stores.push(store);
    return store;
  }
  /** The ids in the cached index, and whether it is at the store's generation. */
  async function cached() {
    const { cache, generation } = await (await openStore()).readIndexCache();
    const index = CoverageIndex.load(cache?.json);
    return { current: cache?.generation === generation, ids: index?.ids().sort() };
  }

  test('a new worker reuses the cached index and loses nothing', async () => {
    const first = service();
    await call(first, { type: 'save-article', tabId: await openTab(PAGE0) });
    await first.flushIndexCache();
    const before = ok(await call(first, { type: 'check-tab', tabId: await openTab(PAGE1) }));

    const second = service();
    expect(await call(second, { type: 'list-articles' })).toEqual(await call(first, { type: 'list-articles' }));
    expect(second.indexSource).toBe('cache');
    const after = ok(await call(second, { type: 'check-tab', tabId: await openTab(PAGE1) }));
    expect(after.reports).toEqual(before.reports);
  });

  test('a save does not re-cache the index at once; a pause does', async () => {
    const svc = service({ cacheIdleMs: 500 });
    await call(svc, { type: 'save-article', tabId: await openTab(PAGE0) }); // first wake: rebuilt and cached (empty)
    expect(await cached()).toEqual({ current: false, ids: [] });
    await vi.waitFor(async () => expect(await cached()).toEqual({ current: true, ids: [PAGE0] }), { timeout: 5000, interval: 50 });
  });

  test('a worker stopped before re-caching: the next wake catches the cache up, same reports as a rebuild', async () => {
    const first = service();
    await call(first, { type: 'save-article', tabId: await openTab(PAGE0) });
    await call(first, { type: 'load-samples' });
    await first.flushIndexCache();
    // Then, with no re-cache before the worker stops: a save, a re-save, a removal.
    await call(first, { type: 'save-article', tabId: await openTab(PAGE1) });
    await call(first, { type: 'save-article', tabId: await openTab(PAGE1) });
    const sampleId = (await call(first, { type: 'list-articles' })).find((a) => a.outlet === 'Unnamed outlet')!.id;
    await call(first, { type: 'remove-article', id: sampleId });
    expect((await cached()).current).toBe(false);

    const second = service();
    const caughtUp = ok(await call(second, { type: 'check-tab', tabId: await openTab(PAGE0) }));
    expect(second.indexSource).toBe('caught-up');
    const list = await call(second, { type: 'list-articles' });
    await second.flushIndexCache();
    expect(await cached()).toEqual({ current: true, ids: list.map((a) => a.id).sort() });
    expect(list.map((a) => a.id)).not.toContain(sampleId);

    // A worker that finds no cache rebuilds from the store: the same index, the same report.
    const raw = await openDB(dbName);
    await raw.delete('meta', 'coverage-index');
    raw.close();
    const third = service();
    const rebuilt = ok(await call(third, { type: 'check-tab', tabId: await openTab(PAGE0) }));
    expect(third.indexSource).toBe('rebuilt');
    // Matches tied in kind and similarity come in index order, which differs: compare them as sets.
    const bySource = (r: typeof rebuilt) => r.reports.map((q) => ({ ...q, matches: [...q.matches].sort((a, b) => a.articleId.localeCompare(b.articleId)) }));
    expect(bySource(caughtUp)).toEqual(bySource(rebuilt));
    expect(caughtUp.reports.some((q) => q.matches.length > 0)).toBe(true);
    expect(caughtUp.libraryCount).toBe(rebuilt.libraryCount);
  });

  test('another writer changed the store: caught up from its change log', async () => {
    const first = service();
    await call(first, { type: 'save-article', tabId: await openTab(PAGE0) });
    await first.flushIndexCache();
    const store = await openStore();
    const rec = (await store.get(PAGE0))!;
    const copy = 'https://elsewhere.example/copy';
    await store.put({ ...rec, id: copy, url: copy, outlet: 'Elsewhere Times', savedAt: rec.savedAt + 1 });

    const second = service();
    expect((await call(second, { type: 'list-articles' })).length).toBe(2);
    expect(second.indexSource).toBe('caught-up');
    // The copy is in the index: a check of the original finds it, word for word.
    const r = ok(await call(second, { type: 'check-tab', tabId: await openTab(PAGE0) }));
    expect(r.reports.some((q) => q.matches.some((m) => m.articleId === copy && m.kind === 'verbatim'))).toBe(true);
    expect(r.libraryCount).toBe(2);
  });

  test.each<[string, () => Promise<void>, boolean]>([
    ['no cache', async () => {
      const raw = await openDB(dbName);
      await raw.delete('meta', 'coverage-index');
      raw.close();
    }, false],
    ['a cache of another index format', async () => {
      const raw = await openDB(dbName);
      await raw.put('meta', { ...(await raw.get('meta', 'coverage-index')), formatVersion: -1 }, 'coverage-index');
      raw.close();
    }, false],
    ['a cache that loads but whose postings do not decode', async () => {
      const raw = await openDB(dbName);
      const cache = await raw.get('meta', 'coverage-index');
      const { data, starts } = cache.json.postings as { data: string; starts: Int32Array };
      // Every block's first id is no varint: the load's shape checks pass, the first query fails.
      const units = [...data];
      for (let k = 0; k + 1 < starts.length; k++) units[starts[k] + 1] = '\uffff';
      await raw.put('meta', { ...cache, json: { ...cache.json, postings: { ...cache.json.postings, data: units.join('') } } }, 'coverage-index');
      raw.close();
    }, true],
  ])('%s: the index is rebuilt from the store', async (_name, spoil, foundLate) => {
    const first = service();
    await call(first, { type: 'save-article', tabId: await openTab(PAGE0) });
    await first.flushIndexCache();
    await spoil();
    const second = service();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(ok(await call(second, { type: 'check-tab', tabId: await openTab(PAGE0) })).saved).toBe('yes');
    // Damage the load cannot see is found by the check's first query, which then runs again.
    expect(warn).toHaveBeenCalledTimes(foundLate ? 1 : 0);
    warn.mockRestore();
    expect(second.indexSource).toBe('rebuilt');
    expect(await cached()).toEqual({ current: true, ids: [PAGE0] }); // and re-cached at once
  });
});

describe('library', () => {
  async function twoSaved(svc: LibraryService) {
    await call(svc, { type: 'save-article', tabId: await openTab(PAGE0) });
    await call(svc, { type: 'save-article', tabId: await openTab(PAGE1) });
  }

  test('list groups the two reports of one speech into one story', async () => {
    const svc = service();
    await twoSaved(svc);
    const list = await call(svc, { type: 'list-articles' });
    expect(list.map((a) => a.id)).toEqual([PAGE1, PAGE0]); // newest first
    expect(list[0].storyKey).toBe(list[1].storyKey);
    expect(list[0].quoteCount).toBeGreaterThan(0);
  });

  test.each([
    ['IANS', [PAGE1]],
    ['courier', [PAGE0]],
    ['minerals', [PAGE0, PAGE1]],
    ['zebra crossing', []],
  ])('search %j', async (query, expected) => {
    const svc = service();
    await twoSaved(svc);
    const ids = (await call(svc, { type: 'search-library', query })).map((a) => a.id);
    expect([...ids].sort()).toEqual(expected);
  });

  test('remove and stats', async () => {
    const svc = service();
    await twoSaved(svc);
    const stats = await call(svc, { type: 'library-stats' });
    expect(stats.articles).toBe(2);
    expect(stats.bytes).toBeGreaterThan(seed0.text.length);
    expect(await call(svc, { type: 'remove-article', id: PAGE0 })).toEqual({ removed: true });
    expect(await call(svc, { type: 'remove-article', id: PAGE0 })).toEqual({ removed: false });
    expect((await call(svc, { type: 'list-articles' })).map((a) => a.id)).toEqual([PAGE1]);
    // The removed article no longer matches anything.
    const r = ok(await call(svc, { type: 'check-tab', tabId: await openTab(PAGE1) }));
    expect(r.reports.every((q) => q.matches.length === 0)).toBe(true);
  });

  test('export → clear → import gives back the same library', async () => {
    const svc = service();
    await twoSaved(svc);
    const listBefore = await call(svc, { type: 'list-articles' });
    const file = JSON.parse(JSON.stringify(await call(svc, { type: 'export-library' }))) as ExportFile;
    expect(file).toMatchObject({ format: 'verbatim-library', version: 1 });
    expect(await call(svc, { type: 'clear-library' })).toEqual({ removed: 2 });
    expect(await call(svc, { type: 'list-articles' })).toEqual([]);
    expect(await call(svc, { type: 'import-library', data: file })).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect(await call(svc, { type: 'list-articles' })).toEqual(listBefore);
    expect(await call(svc, { type: 'import-library', data: file })).toEqual({ added: 0, updated: 0, skipped: 2 });
  });

  test('a bad import changes nothing and says why', async () => {
    const svc = service();
    await twoSaved(svc);
    const before = await call(svc, { type: 'export-library' });
    const bad = { ...before, articles: [...before.articles, { ...before.articles[0], id: 'x', savedAt: 'soon' }] };
    const res = await svc.handle({ type: 'import-library', data: bad });
    expect(res).toEqual({ ok: false, error: expect.stringMatching(/Article 3 of 3 is damaged: "savedAt"/) });
    expect(await call(svc, { type: 'export-library' })).toEqual({ ...before, exportedAt: expect.any(String) });
  });

  test('load samples adds the two seeds once', async () => {
    const svc = service();
    expect(await call(svc, { type: 'load-samples' })).toEqual({ added: 2 });
    expect(await call(svc, { type: 'load-samples' })).toEqual({ added: 0 });
    const outlets = (await call(svc, { type: 'list-articles' })).map((a) => a.outlet).sort();
    expect(outlets).toEqual(['IANS', 'Unnamed outlet']);
  });

  test('turning highlights off clears them in checked pages', async () => {
    const svc = service();
    const tab = await openTab(PAGE0);
    await call(svc, { type: 'check-tab', tabId: tab });
    await call(svc, { type: 'set-settings', settings: { highlights: false } });
    expect(tabMessages.at(-1)).toEqual({ type: 'highlight-quotes', reports: [], enabled: false });
    const count = tabMessages.length;
    await call(svc, { type: 'check-tab', tabId: tab });
    expect(tabMessages.length).toBe(count); // no highlights sent while off
  });

  test('settings persist across workers', async () => {
    const svc = service();
    const next = await call(svc, { type: 'set-settings', settings: { automatic: true, sites: ['127.0.0.1'] } });
    expect(next).toMatchObject({ automatic: true, sites: ['127.0.0.1'], highlights: true });
    expect(await call(service(), { type: 'get-settings' })).toEqual(next);
  });
});

describe('automatic mode', () => {
  test.each([
    ['off: nothing happens', { automatic: false }, true, 0],
    ['on, permission granted: checked and remembered', { automatic: true }, true, 1],
    ['on, no permission: nothing', { automatic: true }, false, 0],
    ['on, remember off: checked, not saved', { automatic: true, rememberRead: false }, true, 0],
    ['on, site excluded', { automatic: true, excludedSites: ['127.0.0.1'] }, true, 0],
    ['on, other sites only', { automatic: true, sites: ['news.example'] }, true, 0],
  ])('%s', async (_name, settings, granted, saved) => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(granted);
    const svc = service();
    await call(svc, { type: 'set-settings', settings });
    await call(svc, { type: 'load-samples' }); // so the page has coverage to compare with
    const tab = await openTab(PAGE1);
    await svc.onTabComplete(tab, PAGE1);
    const ids = (await call(svc, { type: 'list-articles' })).map((a) => a.id);
    expect(ids.filter((id) => id === PAGE1).length).toBe(saved);
    const checked = vi.mocked(fakeBrowser.scripting.executeScript).mock.calls.length > 0;
    expect(checked).toBe(settings.automatic && granted && !('sites' in settings));
  });
});

describe('the side panel’s view of tabs', () => {
  const tabEvents = (events: PanelEvent[], tabId: number) =>
    events.flatMap((e) => (e.type === 'tab-state' && e.tabId === tabId ? [e.tab.state] : []));

  test('a check is told as checking, then checked; get-tab-state gives the same report', async () => {
    const events: PanelEvent[] = [];
    const svc = service({ notify: (e) => events.push(e) });
    const tab = await openTab(PAGE1);
    expect(await call(svc, { type: 'get-tab-state', tabId: tab })).toEqual({ state: 'unchecked' });
    const report = ok(await call(svc, { type: 'check-tab', tabId: tab }));
    expect(tabEvents(events, tab)).toEqual(['checking', 'checked']);
    expect(await call(svc, { type: 'get-tab-state', tabId: tab })).toEqual({ state: 'checked', report });
  });

  test('a save turns the shown report to saved; the tab navigating forgets it', async () => {
    const events: PanelEvent[] = [];
    const svc = service({ notify: (e) => events.push(e) });
    const tab = await openTab(PAGE0);
    await call(svc, { type: 'check-tab', tabId: tab });
    await call(svc, { type: 'save-article', tabId: tab });
    const shown = await call(svc, { type: 'get-tab-state', tabId: tab });
    expect(shown.state === 'checked' && shown.report.status === 'ok' && [shown.report.saved, shown.report.libraryCount]).toEqual(['yes', 1]);
    svc.forgetTab(tab);
    expect(events.at(-1)).toEqual({ type: 'tab-state', tabId: tab, tab: { state: 'unchecked' } });
    expect(await call(svc, { type: 'get-tab-state', tabId: tab })).toEqual({ state: 'unchecked' });
  });

  test('a report whose tab went to another address no longer applies', async () => {
    const svc = service({ notify: () => {} });
    const tab = await openTab(PAGE0);
    await call(svc, { type: 'check-tab', tabId: tab });
    await fakeBrowser.tabs.update(tab, { url: PAGE1 });
    expect(await call(svc, { type: 'get-tab-state', tabId: tab })).toEqual({ state: 'unchecked' });
  });

  test('a page the reader may not check: the panel is told the check ended as restricted', async () => {
    const events: PanelEvent[] = [];
    const svc = service({ notify: (e) => events.push(e) });
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page.'));
    const tab = await openTab(PAGE0);
    await call(svc, { type: 'check-tab', tabId: tab });
    const last = events.at(-1);
    expect(last?.type === 'tab-state' && last.tab.state === 'checked' && last.tab.report.status).toBe('restricted');
  });

  test('page requests are not the background’s to answer', async () => {
    const svc = service({ notify: () => {} });
    for (const req of [{ type: 'focus-quote', index: 0 }, { type: 'step-quote', step: 1 }, { type: 'toggle-highlights' }] as const) {
      const res = await svc.handle(req);
      expect(res.ok).toBe(false);
    }
  });
});

describe('keyboard commands', () => {
  /** The content script's answers, per request type; `null`: no content script (not checked yet). */
  function pageAnswers(answers: Record<string, unknown>) {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_id: number, msg: { type: string }) => {
      tabMessages.push(msg);
      const data = answers[msg.type];
      if (data === null) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, data: data ?? { highlighted: 1 } };
    }) as never);
  }
  const notices = (events: PanelEvent[]) => events.flatMap((e) => (e.type === 'notice' ? [e.message] : []));

  test.each<[string, Record<string, unknown>, string, RegExp]>([
    ['next quote', { 'step-quote': { index: 4, position: 2, of: 6 } }, 'next-quote', /^Quote 2 of 6\.$/],
    ['previous quote with nothing highlighted', { 'step-quote': null as never }, 'previous-quote', /^No quote to move to/],
    ['hide highlights', { 'toggle-highlights': { shown: false, quotes: 0 } }, 'toggle-highlights', /^Highlights hidden\.$/],
    ['show highlights', { 'toggle-highlights': { shown: true, quotes: 5 } }, 'toggle-highlights', /^Highlights shown \(5 quotes\)\.$/],
  ])('%s is announced in the panel', async (_name, answers, command, said) => {
    const events: PanelEvent[] = [];
    const svc = service({ notify: (e) => events.push(e) });
    pageAnswers(answers);
    const tab = await openTab(PAGE1);
    await svc.runCommand(command as never, tab);
    expect(notices(events).at(-1)).toMatch(said);
  });

  test('next quote on a page not checked yet checks it, then steps', async () => {
    const events: PanelEvent[] = [];
    const svc = service({ notify: (e) => events.push(e) });
    let stepped = 0;
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_id: number, msg: { type: string }) => {
      tabMessages.push(msg);
      if (msg.type !== 'step-quote') return { ok: true, data: { highlighted: 1 } };
      if (stepped++ === 0) throw new Error('Receiving end does not exist.');
      return { ok: true, data: { index: 0, position: 1, of: 3 } };
    }) as never);
    const tab = await openTab(PAGE1);
    await svc.runCommand('next-quote', tab);
    expect(tabMessages.map((m) => (m as { type: string }).type)).toEqual(['step-quote', 'highlight-quotes', 'step-quote']);
    expect(notices(events)).toEqual(['Quote 1 of 3.']);
  });

  test('check-page checks; save-article saves and says so; a failure is said too', async () => {
    const events: PanelEvent[] = [];
    const svc = service({ notify: (e) => events.push(e) });
    const tab = await openTab(PAGE0);
    await svc.runCommand('check-page', tab);
    expect(events.filter((e) => e.type === 'tab-state').map((e) => e.type === 'tab-state' && e.tab.state)).toEqual(['checking', 'checked']);
    await svc.runCommand('save-article', tab);
    expect(notices(events)).toEqual(['Saved to your library.']);
    const menu = await openTab('http://127.0.0.1:8000/menu.html');
    await svc.runCommand('save-article', menu);
    expect(notices(events).at(-1)).toMatch(/does not look like an article/);
  });
});

describe('evidence export of a checked tab', () => {
  const gorQuote = (doc: ClaimReviewDocument) =>
    doc['@graph'].reduce((a, b) => (b.claimReviewed.length > a.claimReviewed.length ? b : a));

  test.each<[EvidenceFormat, RegExp, (text: string, report: Extract<CheckReport, { status: 'ok' }>) => void]>([
    ['md', /^verbatim-daily-courier-[a-z0-9-]+\.md$/, (text) => expect(text).toMatch(/Paraphrased[\s\S]*\{\+secure\+\}/)],
    ['html', /^verbatim-daily-courier-[a-z0-9-]+\.html$/, (text) => expect(text).toMatch(/^<!DOCTYPE html>[\s\S]*<ins>[^<]*<span class="sr-only">only in theirs: <\/span>secure<\/ins>/)],
    ['annotations', /^verbatim-daily-courier-[a-z0-9-]+-annotations\.jsonld$/, (text, report) => expect((JSON.parse(text) as unknown[]).length).toBe(report.reports.length)],
    ['claimreview', /^verbatim-daily-courier-[a-z0-9-]+-claimreview\.jsonld$/, (text, report) => expect((JSON.parse(text) as ClaimReviewDocument)['@graph'].length).toBe(report.reports.length)],
  ])('%s: the document of the report the reader sees, named after outlet and title', async (format, name, holds) => {
    const svc = service({ notify: () => {} });
    await call(svc, { type: 'save-article', tabId: await openTab(PAGE1) });
    const tab = await openTab(PAGE0);
    const report = ok(await call(svc, { type: 'check-tab', tabId: tab }));
    const doc = await call(svc, { type: 'export-evidence', tabId: tab, format });
    expect(doc.fileName).toMatch(name);
    expect(doc.mediaType).toBe(EVIDENCE_MEDIA_TYPES[format]);
    holds(doc.text, report);
  });

  test.each([
    ['IANS saved first', [PAGE1, PAGE0], 'IANS'],
    ['Daily Courier saved first', [PAGE0, PAGE1], 'Daily Courier'],
  ])('save times come from the library: the first appearance of a same-date quote goes to the one %s', async (_name, order, first) => {
    const svc = service({ notify: () => {} });
    for (const url of order) await call(svc, { type: 'save-article', tabId: await openTab(url) });
    const tab = await openTab(PAGE0);
    ok(await call(svc, { type: 'check-tab', tabId: tab }));
    const doc = await call(svc, { type: 'export-evidence', tabId: tab, format: 'claimreview' });
    expect(gorQuote(JSON.parse(doc.text) as ClaimReviewDocument).itemReviewed.firstAppearance?.publisher.name).toBe(first);
  });

  test.each<[string, (svc: LibraryService) => Promise<number>, RegExp]>([
    ['a tab never checked', async () => openTab(PAGE0), /^This page has no report to export: check it first\.$/],
    ['not an article', async (svc) => {
      const tab = await openTab('http://127.0.0.1:8000/menu.html');
      await call(svc, { type: 'check-tab', tabId: tab });
      return tab;
    }, /^This page has no report to export/],
    ['a check that failed after a good one', async (svc) => {
      const tab = await openTab(PAGE0);
      await call(svc, { type: 'check-tab', tabId: tab });
      vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValueOnce(new Error('The frame was removed.'));
      expect((await svc.handle({ type: 'check-tab', tabId: tab })).ok).toBe(false);
      return tab;
    }, /^This page has no report to export/],
    ['a tab that went to another address', async (svc) => {
      const tab = await openTab(PAGE0);
      await call(svc, { type: 'check-tab', tabId: tab });
      await fakeBrowser.tabs.update(tab, { url: PAGE1 });
      return tab;
    }, /^This page has changed since it was checked/],
    ['a tab the background forgot (navigated)', async (svc) => {
      const tab = await openTab(PAGE0);
      await call(svc, { type: 'check-tab', tabId: tab });
      svc.forgetTab(tab);
      return tab;
    }, /^This page has no report to export/],
  ])('%s: refused with the reason in words', async (_name, arrange, reason) => {
    const svc = service({ notify: () => {} });
    const tabId = await arrange(svc);
    const res = await svc.handle({ type: 'export-evidence', tabId, format: 'md' });
    expect(res).toEqual({ ok: false, error: expect.stringMatching(reason) });
  });
});
