/**
 * The background's panel wiring (entrypoints/background/index.ts) with an in-memory browser: the toolbar
 * click and the check-page command open the side panel inside the gesture (before anything is
 * awaited) and then check the tab; the other commands run on the tab without opening the panel;
 * unknown commands do nothing; the context menu's item opens the panel in the gesture, then checks
 * the selection; with no side panel API the popup is the click's surface again.
 * Requests reach the request answers only from the extension's pages and only well formed (an evidence
 * export in an unknown format is dropped).
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const calls = vi.hoisted(() => [] as string[]);
vi.mock('@/entrypoints/background/create-background', () => ({
  createBackground: () => ({
    library: { openEarly: vi.fn() },
    requests: {
      handle: vi.fn(async (req: { type: string; tabId?: number; format?: string }) => {
        calls.push(['handle', req.type, req.tabId, req.format].filter((x) => x !== undefined).join(' '));
        return { ok: true, data: null };
      }),
    },
    tabs: { forgetTab: vi.fn(), checkTab: vi.fn(async (tabId: number) => void calls.push(`check ${tabId}`)) },
    automatic: { onTabComplete: vi.fn(async () => undefined) },
    commands: { run: vi.fn(async (command: string, tabId: number) => void calls.push(`${command} ${tabId}`)) },
    selections: {
      forget: vi.fn(),
      check: vi.fn(async (tabId: number, info: { selectionText?: string }) => void calls.push(`selection ${tabId} ${info.selectionText}`)),
    },
  }),
}));

import background from '@/entrypoints/background/index';

type Listener = (name: string, tab?: { id?: number; windowId?: number }) => void;
let onCommand: Listener;
type MenuListener = (info: { menuItemId: string; selectionText?: string }, tab?: { id?: number; windowId?: number }) => void;
let onMenu: MenuListener;
const browserApis = fakeBrowser as unknown as Record<string, unknown>;

const fakeSidebar = fakeBrowser.sidebarAction;

/** Chrome (side panel), Firefox (sidebar) or neither. */
function start(panel: 'sidePanel' | 'sidebarAction' | 'none') {
  fakeBrowser.reset();
  calls.length = 0;
  delete browserApis.sidePanel;
  browserApis.sidebarAction = fakeSidebar;
  if (panel === 'sidePanel') browserApis.sidePanel = { open: vi.fn(async (o: { windowId: number }) => void calls.push(`open ${o.windowId}`)) };
  if (panel === 'sidebarAction') vi.spyOn(fakeSidebar, 'open').mockImplementation(async () => void calls.push('open sidebar'));
  if (panel === 'none') delete browserApis.sidebarAction;
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(((l: Listener) => {
    onCommand = l;
  }) as never);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(((l: MenuListener) => {
    onMenu = l;
  }) as never);
  vi.spyOn(fakeBrowser.action, 'setPopup').mockResolvedValue(undefined);
  background.main();
}

describe('background: the side panel', () => {
  beforeEach(() => start('sidePanel'));

  test('the toolbar click opens the panel first, then checks the tab', async () => {
    await fakeBrowser.action.onClicked.trigger({ id: 4, windowId: 9 } as never, undefined as never);
    await vi.waitFor(() => expect(calls).toEqual(['open 9', 'check 4']));
    expect(fakeBrowser.action.setPopup).not.toHaveBeenCalled();
  });

  test.each([
    ['check-page', ['open 2', 'check-page 5']],
    ['next-quote', ['next-quote 5']],
    ['previous-quote', ['previous-quote 5']],
    ['toggle-highlights', ['toggle-highlights 5']],
    ['save-article', ['save-article 5']],
    ['_execute_action', []],
    ['something-else', []],
  ])('command %s', async (name, expected) => {
    onCommand(name, { id: 5, windowId: 2 });
    // The panel opens synchronously, inside the gesture.
    expect(calls.filter((c) => c.startsWith('open'))).toEqual(expected.filter((c) => c.startsWith('open')));
    await vi.waitFor(() => expect(calls).toEqual(expected));
  });

  test.each([
    ['our item', { menuItemId: 'verbatim-check-selection', selectionText: 'we are close' }, { id: 5, windowId: 2 }, ['open 2', 'selection 5 we are close']],
    ['another extension\'s item id', { menuItemId: 'other', selectionText: 'we are close' }, { id: 5, windowId: 2 }, []],
    ['a click outside any tab (tab id -1)', { menuItemId: 'verbatim-check-selection', selectionText: 'x' }, { id: -1, windowId: 2 }, ['open 2']],
  ])('context menu: %s', async (_name, info, tab, expected) => {
    onMenu(info, tab);
    // The panel opens synchronously, inside the gesture.
    expect(calls.filter((c) => c.startsWith('open'))).toEqual(expected.filter((c) => c.startsWith('open')));
    await vi.waitFor(() => expect(calls).toEqual(expected));
  });
});

test('Firefox: the click opens the sidebar, then checks the tab', async () => {
  start('sidebarAction');
  await fakeBrowser.action.onClicked.trigger({ id: 4, windowId: 9 } as never, undefined as never);
  await vi.waitFor(() => expect(calls).toEqual(['open sidebar', 'check 4']));
  expect(fakeBrowser.action.setPopup).not.toHaveBeenCalled();
});

test('no side panel and no sidebar: the popup is the click’s surface again', () => {
  start('none');
  expect(fakeBrowser.action.setPopup).toHaveBeenCalledWith({ popup: 'popup.html' });
  browserApis.sidebarAction = fakeSidebar;
});

describe('background: requests from the extension’s pages', () => {
  type OnMessage = (message: unknown, sender: { id?: string; url?: string }, sendResponse: (r: unknown) => void) => boolean;
  let onMessage: OnMessage;
  beforeEach(() => {
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(((l: OnMessage) => {
      onMessage = l;
    }) as never);
    start('sidePanel');
  });
  const panelPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };

  test.each<[string, unknown, { id?: string; url?: string }, string[]]>([
    ['an export in a known format', { type: 'export-evidence', tabId: 3, format: 'html', extra: 1 }, panelPage, ['handle export-evidence 3 html']],
    ['an unknown format', { type: 'export-evidence', tabId: 3, format: 'pdf' }, panelPage, []],
    ['the page’s own copy choice', { type: 'export-evidence', tabId: 3, format: 'copy-md' }, panelPage, []],
    ['no tab', { type: 'export-evidence', format: 'md' }, panelPage, []],
    ['from a web page', { type: 'export-evidence', tabId: 3, format: 'md' }, { id: fakeBrowser.runtime.id, url: 'https://news.example/' }, []],
  ])('%s: handed to the request answers: %j', async (_name, message, sender, expected) => {
    const answers: unknown[] = [];
    const async = onMessage(message, sender, (r) => answers.push(r));
    expect(async).toBe(expected.length > 0);
    await vi.waitFor(() => expect(answers).toHaveLength(expected.length));
    expect(calls).toEqual(expected);
  });
});
