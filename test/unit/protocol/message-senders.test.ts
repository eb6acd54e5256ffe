/**
 * The background's message gate (entrypoints/background/index.ts) with an in-memory browser: only
 * well-formed requests from this extension's own pages reach the request answers
 * (entrypoints/background/requests.ts); everything else (malformed shapes, other extensions, web
 * pages, content scripts in strangers' pages) is ignored: no answer, and `handle` is never called.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const handle = vi.hoisted(() => vi.fn(async (req: { type: string }) => ({ ok: true, data: req.type })));
vi.mock('@/entrypoints/background/create-background', () => ({
  createBackground: () => ({
    library: { openEarly: vi.fn() },
    requests: { handle },
    tabs: { forgetTab: vi.fn(), checkTab: vi.fn(async () => undefined) },
    automatic: { onTabComplete: vi.fn(async () => undefined) },
    commands: { run: vi.fn(async () => undefined) },
    selections: { forget: vi.fn(), check: vi.fn(async () => undefined) },
  }),
}));

import background from '@/entrypoints/background/index';

type Sender = { id?: string; url?: string; tab?: { id: number; url: string } };

const ownId = () => fakeBrowser.runtime.id;
const ownPage = (file = 'library.html'): Sender => ({ id: ownId(), url: `chrome-extension://${ownId()}/${file}` });

/** Delivers one message as Chrome would; says whether the gate kept the channel open and what it answered. */
async function deliver(message: unknown, sender: Sender) {
  const sendResponse = vi.fn();
  // Chrome passes sendResponse as a third argument; the fake's typing knows only two.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const [kept] = await trigger(message, sender, sendResponse);
  await vi.waitFor(() => (kept === true ? expect(sendResponse).toHaveBeenCalled() : undefined));
  return { kept, answer: sendResponse.mock.calls[0]?.[0] };
}

beforeEach(() => {
  fakeBrowser.reset();
  handle.mockClear();
  // The in-memory browser has no keyboard commands or context menus; the gate under test needs neither.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
  background.main();
});

describe('background message gate', () => {
  test.each([
    ['library page', ownPage('library.html'), { type: 'list-articles' }],
    ['popup opened as a tab', ownPage('popup.html?tabId=4'), { type: 'check-tab', tabId: 4 }],
    ['popup, extra fields dropped', ownPage('popup.html'), { type: 'save-article', tabId: 2, evil: '<script>' }],
    ['side panel', ownPage('sidepanel.html?windowId=1'), { type: 'get-tab-state', tabId: 5 }],
  ])('accepts a well-formed request from the %s', async (_name, sender, message) => {
    const { kept, answer } = await deliver(message, sender);
    expect(kept).toBe(true);
    expect(handle).toHaveBeenCalledTimes(1);
    expect(handle.mock.calls[0][0]).not.toHaveProperty('evil');
    expect(answer).toEqual({ ok: true, data: (message as { type: string }).type });
  });

  const web = 'https://news.example/story';
  test.each([
    ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/bg.js' }],
    ['a web page (externally connected)', { url: web, tab: { id: 3, url: web } }],
    ['a web page claiming our id in its URL', { url: `https://evil.example/chrome-extension://${'x'}/`, tab: { id: 3, url: web } }],
    ['our content script in a stranger’s page', { id: 'test-extension-id', url: web, tab: { id: 3, url: web } }],
    ['no sender information', {}],
    ['our id but another extension’s page', { id: 'test-extension-id', url: 'chrome-extension://other/library.html' }],
  ])('ignores a valid request from %s', async (_name, sender) => {
    const s = { ...sender } as Sender;
    if (s.id === 'test-extension-id') s.id = ownId();
    for (const message of [{ type: 'clear-library' }, { type: 'export-library' }, { type: 'import-library', data: {} }]) {
      const { kept, answer } = await deliver(message, s);
      expect(kept).toBe(false);
      expect(answer).toBeUndefined();
    }
    expect(handle).not.toHaveBeenCalled();
  });

  test.each([
    [null],
    [undefined],
    ['clear-library'],
    [42],
    [['clear-library']],
    [{}],
    [{ type: 'CLEAR-LIBRARY' }],
    [{ type: 'clear library' }],
    [{ type: { toString: (): string => 'clear-library' } }],
    [{ type: 'check-tab', tabId: '1' }],
    [{ type: 'check-tab', tabId: Number.NaN }],
    [{ type: 'check-tab', tabId: Infinity }],
    [{ type: 'save-article' }],
    [{ type: 'remove-article', id: 7 }],
    [{ type: 'remove-article', id: 'x'.repeat(10_000) }],
    [{ type: 'search-library', query: 'q'.repeat(10_000) }],
    [{ type: 'search-library', query: ['a'] }],
    [{ type: 'import-library' }],
    [{ type: 'set-settings', settings: 'automatic' }],
    [{ type: 'set-settings' }],
    [{ type: '__proto__' }],
    [{ type: 'constructor' }],
    // Addressed to content scripts only: the background never acts on them.
    [{ type: 'highlight-quotes', reports: [], enabled: true }],
    [{ type: 'focus-quote', index: 1 }],
    [{ type: 'step-quote', step: 1 }],
    [{ type: 'toggle-highlights' }],
    // Events for the side panel: the background answers none.
    [{ type: 'quote-shown', index: 1 }],
    [{ type: 'tab-state', tabId: 1, tab: { state: 'checking' } }],
  ])('ignores malformed message %j even from its own page', async (message) => {
    const { kept, answer } = await deliver(message, ownPage());
    expect(kept).toBe(false);
    expect(answer).toBeUndefined();
    expect(handle).not.toHaveBeenCalled();
  });
});
