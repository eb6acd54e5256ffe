import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { COMMANDS, LibraryService, type Command } from '@/entrypoints/background/library-service';
import { PAGE_REQUESTS, parseRequest } from '@/utils/protocol/messages';

/** Chrome's side panel and Firefox's sidebar, where the browser has them (WXT's types lack some). */
interface PanelApis {
  sidePanel?: { open(options: { windowId?: number; tabId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
  action?: typeof browser.action;
  browserAction?: typeof browser.action;
}

export default defineBackground(() => {
  // Listeners are registered synchronously at start-up so a message or tab event that wakes the
  // worker is delivered; the service loads its state lazily on the first request.
  const service = new LibraryService();
  const apis = browser as unknown as PanelApis;
  const action = apis.action ?? apis.browserAction;

  /**
   * Opens the panel. Called first thing in the click or command handler, before any await: both
   * browsers open a panel only inside the reader's gesture.
   */
  function openPanel(windowId: number | undefined) {
    if (apis.sidePanel && windowId !== undefined) apis.sidePanel.open({ windowId }).catch(() => undefined);
    else apis.sidebarAction?.open().catch(() => undefined);
  }

  // The manifest has no default popup (wxt.config.ts), so the toolbar click reaches onClicked:
  // that click is the gesture that grants activeTab, for the check it starts. A browser with no
  // side panel gets the popup back as the click's surface, and the popup checks on open.
  if (!apis.sidePanel && !apis.sidebarAction) action?.setPopup({ popup: 'popup.html' }).catch(() => undefined);
  action?.onClicked.addListener((tab) => {
    openPanel(tab.windowId);
    if (tab.id !== undefined) void service.checkTab(tab.id).catch(() => undefined);
  });

  browser.commands.onCommand.addListener((name, tab) => {
    if (!(COMMANDS as readonly string[]).includes(name)) return;
    const command = name as Command;
    if (command === 'check-page') openPanel(tab?.windowId);
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await service.runCommand(command, tabId);
    })();
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!fromOwnPage(sender)) return false;
    const req = parseRequest(message);
    // Page requests are addressed to content scripts and extract-markup to the offscreen
    // document (entrypoints/background/markup-extraction), which answer them themselves.
    if (!req || (PAGE_REQUESTS as readonly string[]).includes(req.type) || req.type === 'extract-markup') return false;
    service.handle(req).then(sendResponse);
    return true; // answer asynchronously (works in Chrome and Firefox alike)
  });

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void service.onTabComplete(tabId, tab.url);
    // A new document (or address) in the tab: its check, highlights and panel report are gone.
    else if (change.url || change.status === 'loading') service.forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => service.forgetTab(tabId));
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
