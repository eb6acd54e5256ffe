/** The keyboard commands (entrypoints/background/commands.ts): each announced in the side panel. */
import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PanelEvent } from '@/utils/protocol/messages';
import { background, openTab, PAGE0, PAGE1, tabMessages, useFakeTabs } from './background-fixture';

useFakeTabs('commands');

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
    const bg = background({ notify: (e) => events.push(e) });
    pageAnswers(answers);
    const tab = await openTab(PAGE1);
    await bg.commands.run(command as never, tab);
    expect(notices(events).at(-1)).toMatch(said);
  });

  test('next quote on a page not checked yet checks it, then steps', async () => {
    const events: PanelEvent[] = [];
    const bg = background({ notify: (e) => events.push(e) });
    let stepped = 0;
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_id: number, msg: { type: string }) => {
      tabMessages.push(msg);
      if (msg.type !== 'step-quote') return { ok: true, data: { highlighted: 1 } };
      if (stepped++ === 0) throw new Error('Receiving end does not exist.');
      return { ok: true, data: { index: 0, position: 1, of: 3 } };
    }) as never);
    const tab = await openTab(PAGE1);
    await bg.commands.run('next-quote', tab);
    expect(tabMessages.map((m) => (m as { type: string }).type)).toEqual(['step-quote', 'highlight-quotes', 'step-quote']);
    expect(notices(events)).toEqual(['Quote 1 of 3.']);
  });

  test('check-page checks; save-article saves and says so; a failure is said too', async () => {
    const events: PanelEvent[] = [];
    const bg = background({ notify: (e) => events.push(e) });
    const tab = await openTab(PAGE0);
    await bg.commands.run('check-page', tab);
    expect(events.filter((e) => e.type === 'tab-state').map((e) => e.type === 'tab-state' && e.tab.state)).toEqual(['checking', 'checked']);
    await bg.commands.run('save-article', tab);
    expect(notices(events)).toEqual(['Saved to your library.']);
    const menu = await openTab('http://127.0.0.1:8000/menu.html');
    await bg.commands.run('save-article', menu);
    expect(notices(events).at(-1)).toMatch(/does not look like an article/);
  });
});

