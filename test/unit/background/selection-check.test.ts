/**
 * "Check the selected text as a quote" in the background (entrypoints/background/selection-check.ts):
 * the selection read from the page (or the menu's own text where the page cannot be scripted),
 * refused or compared, each step told to the panel, and forgotten with the page.
 */
import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findQuotes } from '@/utils/quotes/find-quotes';
import type { PanelEvent, SelectionCheck } from '@/utils/protocol/messages';
import type { SelectionInput } from '@/utils/report/selected-text';
import { background, call, openTab, PAGE0, PAGE1, pages, seed0, seed1, useFakeTabs } from './background-fixture';

useFakeTabs('selection-check');

/** What the page answers when its selection is read; 'throw': the page cannot be scripted. */
function pageSelection(answer: SelectionInput | 'throw') {
  const read = vi.fn();
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (inj: { target: { tabId: number; frameIds?: number[] }; func?: unknown }) => {
    if (!inj.func) {
      const tab = await fakeBrowser.tabs.get(inj.target.tabId);
      return [{ frameId: 0, result: pages[tab.url!] }];
    }
    read(inj.target);
    if (answer === 'throw') throw new Error('Cannot access contents of the page.');
    return [{ frameId: inj.target.frameIds?.[0] ?? 0, result: answer }];
  }) as never);
  return read;
}

const quoteOf = (article: typeof seed0, has: string) => findQuotes(article).find((q) => q.text.includes(has))!.text;
const states = (events: PanelEvent[]) => events.flatMap((e) => (e.type === 'selection-check' ? [e.check?.state ?? null] : []));
const matchesOf = (c: SelectionCheck) => (c.state === 'checked' ? c.report.matches.map((m) => [m.outlet, m.kind]) : c);

describe('the selected text, from the menu click to the panel', () => {
  test('001\'s "indispensable" quote, selected with 000 saved: read from the page, compared, each step told', async () => {
    const events: PanelEvent[] = [];
    const bg = background({ notify: (e) => events.push(e) });
    await call(bg, { type: 'save-article', tabId: await openTab(PAGE0) });
    const read = pageSelection({ text: `\n“${quoteOf(seed1, 'indispensable')}”\n`, media: false });
    const tab = await openTab(PAGE1);
    const result = await bg.selections.check(tab, { frameId: 3, selectionText: 'shortened by the browser' });
    expect(read).toHaveBeenCalledWith({ tabId: tab, frameIds: [3] });
    expect(states(events)).toEqual(['checking', 'checked']);
    expect(matchesOf(result)).toEqual([['Daily Courier', 'paraphrase']]);
    expect(result).toMatchObject({ state: 'checked', libraryCount: 1, pageSaved: false, report: { quote: { text: quoteOf(seed1, 'indispensable') } } });
    expect(await call(bg, { type: 'get-selection-check', tabId: tab })).toEqual(result);
  });

  test.each<[string, SelectionInput | 'throw', { selectionText?: string; mediaType?: string }, Partial<SelectionCheck>]>([
    ['nothing selected', { text: '', media: false }, {}, { state: 'refused', reason: 'empty', words: 0 }],
    ['spaces selected', { text: '  \n ', media: false }, { selectionText: ' ' }, { state: 'refused', reason: 'empty', words: 0 }],
    ['an image right-clicked', { text: '', media: false }, { mediaType: 'image' }, { state: 'refused', reason: 'non-text', words: 0 }],
    ['a selection holding only an image', { text: '', media: true }, {}, { state: 'refused', reason: 'non-text', words: 0 }],
    ['2,001 words', { text: Array.from({ length: 2001 }, (_, i) => `w${i}`).join(' '), media: false }, {}, { state: 'refused', reason: 'too-long', words: 2001 }],
    ['a page that cannot be scripted: the menu\'s text', 'throw', { selectionText: 'We are close to a deal' }, { state: 'checked', words: 6 }],
    ['a selection in a form field (the page reads none): the menu\'s text', { text: '', media: false }, { selectionText: 'We are close to a deal' }, { state: 'checked', words: 6 }],
  ])('%s', async (_name, answer, click, expected) => {
    const bg = background();
    pageSelection(answer);
    const result = await bg.selections.check(await openTab(PAGE1), click);
    expect(result).toMatchObject(expected);
  });

  test("the outlet of the page's check is not compared with", async () => {
    const LIVE = 'http://127.0.0.1:8000/courier-live.html';
    pages[LIVE] = { ok: true, article: { ...seed0, url: LIVE, outlet: 'Daily Courier', title: 'Live' } };
    try {
      const bg = background();
      await call(bg, { type: 'save-article', tabId: await openTab(PAGE0) });
      pageSelection({ text: quoteOf(seed0, 'ensure the supply chains'), media: false });
      const tab = await openTab(LIVE);
      expect(matchesOf(await bg.selections.check(tab, {}))).toEqual([['Daily Courier', 'verbatim']]);
      await call(bg, { type: 'check-tab', tabId: tab });
      expect(matchesOf(await bg.selections.check(tab, {}))).toEqual([]);
    } finally {
      delete pages[LIVE];
    }
  });

  test('dismissed, or the tab moves on: the panel is told, and it is gone', async () => {
    const events: PanelEvent[] = [];
    const bg = background({ notify: (e) => events.push(e) });
    pageSelection({ text: 'We are close to a deal', media: false });
    const tab = await openTab(PAGE1);
    await bg.selections.check(tab, {});
    expect(await call(bg, { type: 'dismiss-selection-check', tabId: tab })).toEqual({ dismissed: true });
    expect(await call(bg, { type: 'dismiss-selection-check', tabId: tab })).toEqual({ dismissed: false });
    expect(await call(bg, { type: 'get-selection-check', tabId: tab })).toBeNull();
    await bg.selections.check(tab, {});
    bg.selections.forget(tab);
    expect(states(events)).toEqual(['checking', 'checked', null, 'checking', 'checked', null]);
    expect(bg.selections.state(tab)).toBeNull();
  });
});
