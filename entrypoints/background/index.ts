/**
 * The background: wires browser events to its parts (create-background.ts) and hands the
 * extension pages' messages to the request answers. Nothing else happens here.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { COMMANDS, type Command } from '@/entrypoints/background/commands';
import { createBackground } from '@/entrypoints/background/create-background';
import { createSelectionMenu, SELECTION_MENU_ID, type MenuClick } from '@/entrypoints/background/selection-check';
import { openPanel, popupWithoutPanel, toolbarAction } from '@/entrypoints/background/side-panel';
import { PAGE_REQUESTS, parseRequest } from '@/utils/protocol/messages';

export default defineBackground(() => {
  // Listeners are registered synchronously at start-up so a message or tab event that wakes the
  // worker is delivered; the library loads its state lazily on the first request.
  const { library, requests, tabs, automatic, commands, selections } = createBackground();

  popupWithoutPanel();
  const actionClicked = (tab: { id?: number; windowId?: number }) => {
    openPanel(tab.windowId);
    if (tab.id !== undefined) void tabs.checkTab(tab.id).catch(() => undefined);
  };
  toolbarAction()?.onClicked.addListener(actionClicked);

  browser.runtime.onInstalled.addListener(createSelectionMenu);
  browser.runtime.onStartup.addListener(createSelectionMenu);
  const menuClicked = (info: MenuClick & { menuItemId: string | number }, tab?: { id?: number; windowId?: number }) => {
    if (info.menuItemId !== SELECTION_MENU_ID) return;
    openPanel(tab?.windowId); // synchronously: the click is the gesture that lets the panel open
    if (tab?.id !== undefined && tab.id >= 0) void selections.check(tab.id, info);
  };
  browser.contextMenus?.onClicked.addListener(menuClicked);
  // e2e builds only: Playwright can click neither the toolbar button nor the context menu, so the
  // tests call these handlers in the worker (test/e2e/selection.test.ts, performance.test.ts).
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { verbatimE2E: { actionClicked, menuClicked } });

  browser.commands.onCommand.addListener((name, tab) => {
    if (!(COMMANDS as readonly string[]).includes(name)) return;
    const command = name as Command;
    if (command === 'check-page') openPanel(tab?.windowId);
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await commands.run(command, tabId);
    })();
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!fromOwnPage(sender)) return false;
    const req = parseRequest(message);
    // Page requests are addressed to content scripts and extract-markup to the offscreen
    // document (entrypoints/background/markup-extraction), which answer them themselves.
    if (!req || (PAGE_REQUESTS as readonly string[]).includes(req.type) || req.type === 'extract-markup') return false;
    requests.handle(req).then(sendResponse);
    return true; // answer asynchronously (works in Chrome and Firefox alike)
  });

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    tabs.warmUp(); // a page in a tab may be checked next
    if (change.status === 'complete') void automatic.onTabComplete(tabId, tab.url);
    // A new document (or address) in the tab: its check, highlights and panel report are gone.
    else if (change.url || change.status === 'loading') {
      tabs.forgetTab(tabId);
      selections.forget(tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.forgetTab(tabId);
    selections.forget(tabId);
  });

  // After the listeners: a library page's first request then finds the store open (docs/DESIGN.md
  // "A library page asks for its content first").
  library.openEarly();
});

/**
 * Only this extension's own pages (popup, side panel, library) drive the library. Content scripts
 * run inside pages written by strangers and never send requests (the background injects them and
 * reads the injection's result; their one event, quote-shown, is for the panel), so a message from
 * one, from another extension or from a web page is ignored here.
 */
function fromOwnPage(sender: { id?: string; url?: string }): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}
