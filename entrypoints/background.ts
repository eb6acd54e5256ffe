import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { LibraryService } from '@/utils/library-service';
import { parseRequest } from '@/utils/messages';

export default defineBackground(() => {
  // Listeners are registered synchronously at start-up so a message or tab event that wakes the
  // worker is delivered; the service loads its state lazily on the first request.
  const service = new LibraryService();

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only this extension's own pages and content scripts may drive the library.
    if (sender.id !== browser.runtime.id) return false;
    const req = parseRequest(message);
    // highlight-quotes is addressed to content scripts, which answer it themselves.
    if (!req || req.type === 'highlight-quotes') return false;
    service.handle(req).then(sendResponse);
    return true; // answer asynchronously (works in Chrome and Firefox alike)
  });

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void service.onTabComplete(tabId, tab.url);
    else if (change.url) service.forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => service.forgetTab(tabId));
});
