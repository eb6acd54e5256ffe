import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { LibraryService } from '@/utils/library-service';
import { parseRequest } from '@/utils/messages';

export default defineBackground(() => {
  // Listeners are registered synchronously at start-up so a message or tab event that wakes the
  // worker is delivered; the service loads its state lazily on the first request.
  const service = new LibraryService();

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!fromOwnPage(sender)) return false;
    const req = parseRequest(message);
    // highlight-quotes is addressed to content scripts and extract-markup to the offscreen
    // document (utils/markup-extraction), which answer them themselves.
    if (!req || req.type === 'highlight-quotes' || req.type === 'extract-markup') return false;
    service.handle(req).then(sendResponse);
    return true; // answer asynchronously (works in Chrome and Firefox alike)
  });

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void service.onTabComplete(tabId, tab.url);
    else if (change.url) service.forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => service.forgetTab(tabId));
});

/**
 * Only this extension's own pages (popup, library) drive the library. Content scripts run inside
 * pages written by strangers and never send requests (the background injects them and reads the
 * injection's result), so a message from one, from another extension or from a web page is ignored.
 */
function fromOwnPage(sender: { id?: string; url?: string }): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}
