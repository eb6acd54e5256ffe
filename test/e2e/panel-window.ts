/**
 * What the Chromium end-to-end tests of the side panel share: tabs found and switched from an
 * extension page (`helper`), the panel page opened as a window of its own that follows a window's
 * active tab (Playwright cannot open the browser's side panel, which needs a reader's gesture).
 */
import type { Page } from 'playwright-core';
import type { LoadedExtension, PageGlobals } from '../../bin/browser/launch-extension';

/** The tab showing `url`, and its window. */
export function tabOf(helper: Page, url: string): Promise<{ id: number; windowId: number }> {
  return helper.evaluate(async (u) => {
    const [t] = await (globalThis as unknown as PageGlobals).chrome.tabs.query({ url: u });
    return { id: t.id!, windowId: t.windowId };
  }, url);
}

/** Makes a tab its window's active tab, as a reader's click on it does. */
export async function activateTab(helper: Page, tabId: number): Promise<void> {
  await helper.evaluate(async (id) => void (await (globalThis as unknown as PageGlobals).chrome.tabs.update(id, { active: true })), tabId);
}

/** Opens `url` in a second tab of the window, not made active, and waits for its load. */
export async function openBackgroundTab(ext: LoadedExtension, helper: Page, windowId: number, url: string): Promise<Page> {
  const [page] = await Promise.all([
    ext.context.waitForEvent('page', (p) => p.url() === url),
    helper.evaluate(async (a) => void (await (globalThis as unknown as PageGlobals).chrome.tabs.create({ windowId: a.windowId, url: a.url, active: false })), { windowId, url }),
  ]);
  await page.waitForLoadState('load');
  return page;
}

/** The panel page, in a window of its own, following window `windowId`'s active tab; `height` of its viewport (a side panel's width). */
export async function openPanelWindow(ext: LoadedExtension, helper: Page, windowId: number, height = 800): Promise<Page> {
  const [panel] = await Promise.all([
    ext.context.waitForEvent('page', (p) => p.url().includes('/sidepanel.html')),
    helper.evaluate(async (w) => void (await (globalThis as unknown as PageGlobals).chrome.windows.create({ url: `sidepanel.html?windowId=${w}`, type: 'popup', width: 420, height: 900 })), windowId),
  ]);
  await panel.setViewportSize({ width: 400, height });
  await panel.waitForLoadState('load');
  return panel;
}
