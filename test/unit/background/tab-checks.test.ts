/**
 * Checking tabs (entrypoints/background/tab-checks.ts) through the background's requests, with
 * fake-indexeddb and the fake browser: reports, saving what was checked, the badge and highlights,
 * the side panel's view of each tab, and the evidence export of a checked tab.
 */
import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Background } from '@/entrypoints/background/create-background';
import type { ClaimReviewDocument } from '@/utils/evidence/evidence-claimreview';
import { EVIDENCE_MEDIA_TYPES, type EvidenceFormat } from '@/utils/evidence/evidence-formats';
import type { CheckReport, PanelEvent } from '@/utils/protocol/messages';
import { background, call, ok, openTab, PAGE0, PAGE1, pages, seed0, tabMessages, useFakeTabs } from './background-fixture';

useFakeTabs('tab-checks');

describe('checking and saving', () => {
  test('an empty library: every quote is only here, nothing saved', async () => {
    const bg = background();
    const tab = await openTab(PAGE1);
    const r = ok(await call(bg, { type: 'check-tab', tabId: tab }));
    await bg.tabs.marked(tab);
    expect(r.reports.length).toBeGreaterThan(0);
    expect(r.counts.onlyHere).toBe(r.reports.length);
    expect(r.saved).toBe('no');
    expect(r.libraryCount).toBe(0);
    expect(r.article.outlet).toBe('IANS');
    // Highlights are sent to the page after a check (setting on by default).
    expect(tabMessages).toEqual([expect.objectContaining({ type: 'highlight-quotes', enabled: true })]);
  });

  test('save one seed, check the other: the paraphrase verdicts from DESIGN.md and a badge', async () => {
    const bg = background();
    const tab0 = await openTab(PAGE0);
    ok(await call(bg, { type: 'check-tab', tabId: tab0 }));
    expect(await call(bg, { type: 'save-article', tabId: tab0 })).toEqual({ saved: 'new', id: PAGE0, libraryCount: 1 });
    expect(ok(await call(bg, { type: 'check-tab', tabId: tab0 })).saved).toBe('yes');

    const tab1 = await openTab(PAGE1);
    const r = ok(await call(bg, { type: 'check-tab', tabId: tab1 }));
    await bg.tabs.marked(tab1);
    const indispensable = r.reports.find((q) => q.quote.text.includes('indispensable'))!;
    expect(indispensable.matches[0]).toMatchObject({ kind: 'paraphrase', articleId: PAGE0, outlet: 'Daily Courier' });
    expect(indispensable.matches[0].text).toMatch(/crucial/);
    expect(r.counts.paraphrase).toBeGreaterThan(0);
    expect(r.counts.onlyHere).toBeGreaterThan(0); // "I took a picture of the cover…"
    const badge = await fakeBrowser.action.getBadgeText({ tabId: tab1 });
    expect(Number(badge)).toBeGreaterThan(0);
  });

  test('001 (IANS) saved, 000 checked: the report carries the reverse sections and the page gets the paraphrased sentence', async () => {
    const bg = background();
    const tab1 = await openTab(PAGE1);
    await call(bg, { type: 'save-article', tabId: tab1 });
    // The save checks the page first: its highlights are sent after the reply, so wait for them before clearing.
    await bg.tabs.marked(tab1);
    tabMessages.length = 0;
    const tab0 = await openTab(PAGE0);
    const r = ok(await call(bg, { type: 'check-tab', tabId: tab0 }));
    await bg.tabs.marked(tab0);
    const gor = r.elsewhere.find((g) => g.speaker === 'Sergio Gor')!;
    expect(gor.quotes.filter((q) => q.text.includes('I took a picture of the cover')).map((q) => q.outlets)).toEqual([['IANS']]);
    const [crucial] = r.paraphrasedHere.filter((p) => p.text.includes('crucial'));
    expect(crucial.sources.map((s) => [s.articleId, s.outlet])).toEqual([[PAGE1, 'IANS']]);
    expect(crucial.sources[0].text).toContain('indispensable');
    expect(tabMessages).toEqual([{ type: 'highlight-quotes', reports: r.reports, enabled: true, paraphrased: r.paraphrasedHere }]);
  });

  test('the report is answered first; the badge and the highlights follow', async () => {
    const bg = background();
    const tab0 = await openTab(PAGE0);
    await call(bg, { type: 'save-article', tabId: tab0 }); // checks it first
    await bg.tabs.marked(tab0);
    tabMessages.length = 0;
    const tab1 = await openTab(PAGE1);
    const r = ok(await call(bg, { type: 'check-tab', tabId: tab1 }));
    expect(tabMessages).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab1 })).toBe('');
    await bg.tabs.marked(tab1);
    expect(tabMessages).toEqual([expect.objectContaining({ type: 'highlight-quotes', reports: r.reports })]);
    expect(Number(await fakeBrowser.action.getBadgeText({ tabId: tab1 }))).toBeGreaterThan(0);
  });

  test('the other direction: "ensure" in 000 is paraphrased with "secure" in 001', async () => {
    const bg = background();
    const tab1 = await openTab(PAGE1);
    await call(bg, { type: 'save-article', tabId: tab1 }); // saving without a check checks first
    const r = ok(await call(bg, { type: 'check-tab', tabId: await openTab(PAGE0) }));
    const ensure = r.reports.find((q) => q.quote.text.includes('ensure'))!;
    expect(ensure.matches[0].kind).toBe('paraphrase');
    expect(ensure.matches[0].text).toMatch(/secure/);
  });

  test.each([
    ['chrome://settings', 'restricted'],
    ['https://chromewebstore.google.com/detail/x', 'restricted'],
    ['http://127.0.0.1:8000/menu.html', 'not-article'],
  ])('%s → %s', async (url, status) => {
    const r = await call(background(), { type: 'check-tab', tabId: await openTab(url) });
    expect(r.status).toBe(status);
  });

  test('a page the extension may not script is reported as restricted, not as a crash', async () => {
    vi.mocked(fakeBrowser.scripting.executeScript).mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    const r = await call(background(), { type: 'check-tab', tabId: await openTab(PAGE0) });
    expect(r).toMatchObject({ status: 'restricted', message: expect.stringMatching(/toolbar/) });
  });

  test('a saved article whose page changed is "outdated"', async () => {
    const bg = background();
    const tab = await openTab(PAGE0);
    await call(bg, { type: 'save-article', tabId: tab });
    const original = pages[PAGE0];
    pages[PAGE0] = { ok: true, article: { ...seed0, url: PAGE0, outlet: 'Daily Courier', text: `${seed0.text}\n\nUpdate: more.` } };
    try {
      expect(ok(await call(bg, { type: 'check-tab', tabId: tab })).saved).toBe('outdated');
    } finally {
      pages[PAGE0] = original;
    }
  });

  test('turning highlights off clears them in checked pages', async () => {
    const bg = background();
    const tab = await openTab(PAGE0);
    await call(bg, { type: 'check-tab', tabId: tab });
    await call(bg, { type: 'set-settings', settings: { highlights: false } });
    expect(tabMessages.at(-1)).toEqual({ type: 'highlight-quotes', reports: [], enabled: false });
    const count = tabMessages.length;
    await call(bg, { type: 'check-tab', tabId: tab });
    expect(tabMessages.length).toBe(count); // no highlights sent while off
  });
});

describe('the side panel’s view of tabs', () => {
  const tabEvents = (events: PanelEvent[], tabId: number) =>
    events.flatMap((e) => (e.type === 'tab-state' && e.tabId === tabId ? [e.tab.state] : []));

  test('a check is told as checking, then checked; get-tab-state gives the same report', async () => {
    const events: PanelEvent[] = [];
    const bg = background({ notify: (e) => events.push(e) });
    const tab = await openTab(PAGE1);
    expect(await call(bg, { type: 'get-tab-state', tabId: tab })).toEqual({ state: 'unchecked' });
    const report = ok(await call(bg, { type: 'check-tab', tabId: tab }));
    expect(tabEvents(events, tab)).toEqual(['checking', 'checked']);
    expect(await call(bg, { type: 'get-tab-state', tabId: tab })).toEqual({ state: 'checked', report });
  });

  test('a save turns the shown report to saved; the tab navigating forgets it', async () => {
    const events: PanelEvent[] = [];
    const bg = background({ notify: (e) => events.push(e) });
    const tab = await openTab(PAGE0);
    await call(bg, { type: 'check-tab', tabId: tab });
    await call(bg, { type: 'save-article', tabId: tab });
    const shown = await call(bg, { type: 'get-tab-state', tabId: tab });
    expect(shown.state === 'checked' && shown.report.status === 'ok' && [shown.report.saved, shown.report.libraryCount]).toEqual(['yes', 1]);
    bg.tabs.forgetTab(tab);
    expect(events.at(-1)).toEqual({ type: 'tab-state', tabId: tab, tab: { state: 'unchecked' } });
    expect(await call(bg, { type: 'get-tab-state', tabId: tab })).toEqual({ state: 'unchecked' });
  });

  test('a report whose tab went to another address no longer applies', async () => {
    const bg = background({ notify: () => {} });
    const tab = await openTab(PAGE0);
    await call(bg, { type: 'check-tab', tabId: tab });
    await fakeBrowser.tabs.update(tab, { url: PAGE1 });
    expect(await call(bg, { type: 'get-tab-state', tabId: tab })).toEqual({ state: 'unchecked' });
  });

  test('a page the reader may not check: the panel is told the check ended as restricted', async () => {
    const events: PanelEvent[] = [];
    const bg = background({ notify: (e) => events.push(e) });
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page.'));
    const tab = await openTab(PAGE0);
    await call(bg, { type: 'check-tab', tabId: tab });
    const last = events.at(-1);
    expect(last?.type === 'tab-state' && last.tab.state === 'checked' && last.tab.report.status).toBe('restricted');
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
    const bg = background({ notify: () => {} });
    await call(bg, { type: 'save-article', tabId: await openTab(PAGE1) });
    const tab = await openTab(PAGE0);
    const report = ok(await call(bg, { type: 'check-tab', tabId: tab }));
    const doc = await call(bg, { type: 'export-evidence', tabId: tab, format });
    expect(doc.fileName).toMatch(name);
    expect(doc.mediaType).toBe(EVIDENCE_MEDIA_TYPES[format]);
    holds(doc.text, report);
  });

  test.each([
    ['IANS saved first', [PAGE1, PAGE0], 'IANS'],
    ['Daily Courier saved first', [PAGE0, PAGE1], 'Daily Courier'],
  ])('save times come from the library: the first appearance of a same-date quote goes to the one %s', async (_name, order, first) => {
    const bg = background({ notify: () => {} });
    for (const url of order) await call(bg, { type: 'save-article', tabId: await openTab(url) });
    const tab = await openTab(PAGE0);
    ok(await call(bg, { type: 'check-tab', tabId: tab }));
    const doc = await call(bg, { type: 'export-evidence', tabId: tab, format: 'claimreview' });
    expect(gorQuote(JSON.parse(doc.text) as ClaimReviewDocument).itemReviewed.firstAppearance?.publisher.name).toBe(first);
  });

  test.each<[string, (bg: Background) => Promise<number>, RegExp]>([
    ['a tab never checked', async () => openTab(PAGE0), /^This page has no report to export: check it first\.$/],
    ['not an article', async (bg) => {
      const tab = await openTab('http://127.0.0.1:8000/menu.html');
      await call(bg, { type: 'check-tab', tabId: tab });
      return tab;
    }, /^This page has no report to export/],
    ['a check that failed after a good one', async (bg) => {
      const tab = await openTab(PAGE0);
      await call(bg, { type: 'check-tab', tabId: tab });
      vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValueOnce(new Error('The frame was removed.'));
      expect((await bg.requests.handle({ type: 'check-tab', tabId: tab })).ok).toBe(false);
      return tab;
    }, /^This page has no report to export/],
    ['a tab that went to another address', async (bg) => {
      const tab = await openTab(PAGE0);
      await call(bg, { type: 'check-tab', tabId: tab });
      await fakeBrowser.tabs.update(tab, { url: PAGE1 });
      return tab;
    }, /^This page has changed since it was checked/],
    ['a tab the background forgot (navigated)', async (bg) => {
      const tab = await openTab(PAGE0);
      await call(bg, { type: 'check-tab', tabId: tab });
      bg.tabs.forgetTab(tab);
      return tab;
    }, /^This page has no report to export/],
  ])('%s: refused with the reason in words', async (_name, arrange, reason) => {
    const bg = background({ notify: () => {} });
    const tabId = await arrange(bg);
    const res = await bg.requests.handle({ type: 'export-evidence', tabId, format: 'md' });
    expect(res).toEqual({ ok: false, error: expect.stringMatching(reason) });
  });
});

describe('the engine warmed before a check', () => {
  const warmUps = () => performance.getEntriesByName('verbatim:engine-warm-up').length;
  const preloads = () => performance.getEntriesByName('verbatim:index-preload').length;
  const settled = () => new Promise((resolve) => setTimeout(resolve, 300));

  test('the panel showing a tab warms it, once; a library page’s requests do not', async () => {
    performance.clearMeasures();
    const bg = background();
    await call(bg, { type: 'list-articles' });
    await call(bg, { type: 'list-families', query: '' });
    await settled();
    expect(warmUps()).toBe(0);
    const tab = await openTab(PAGE1);
    await call(bg, { type: 'get-tab-state', tabId: tab });
    await vi.waitFor(() => expect(warmUps()).toBe(1));
    bg.tabs.warmUp(); // as a page loading in a tab asks (entrypoints/background/index.ts)
    await call(bg, { type: 'get-tab-state', tabId: tab });
    await settled();
    expect(warmUps()).toBe(1);
  });

  test('a page loading reads the index cache ahead, once; a library page’s requests do not', async () => {
    const first = background();
    const tab = await openTab(PAGE0);
    await call(first, { type: 'save-article', tabId: tab });
    await first.library.flushIndexCache();
    performance.clearMeasures();

    const bg = background(); // the worker restarted
    await call(bg, { type: 'get-settings' });
    await settled();
    expect(preloads()).toBe(0);
    bg.tabs.warmUp();
    bg.tabs.warmUp();
    await vi.waitFor(() => expect(preloads()).toBe(1));
    expect(performance.getEntriesByName('verbatim:index-read').length).toBe(1);
    performance.clearMeasures();
    const r = ok(await call(bg, { type: 'check-tab', tabId: await openTab(PAGE1) }));
    expect(performance.getEntriesByName('verbatim:index-read').length).toBe(0); // the check found it read
    expect(r.reports.some((q) => q.matches.length > 0)).toBe(true); // and it holds the saved article
  });

  test('a worker that has checked a page is warm already: the panel does not warm it again', async () => {
    const bg = background();
    const tab = await openTab(PAGE1);
    ok(await call(bg, { type: 'check-tab', tabId: tab }));
    await call(bg, { type: 'get-tab-state', tabId: tab });
    await settled();
    expect(warmUps()).toBe(0); // the check cleared the measures of the wake; no warm-up added one since
  });
});
