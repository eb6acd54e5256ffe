/**
 * "Check the selected text as a quote" in real Firefox ESR (issue 14), the Firefox build installed
 * as in firefox.test.ts. WebDriver BiDi cannot open or click the browser's own context menu (no
 * command reaches it), so, as the Chromium test does, the test makes a real selection in the page
 * and calls the background's `menus.onClicked` handler itself, with what Firefox passes on a
 * click: the e2e build exposes it as `verbatimE2E`, reached from an add-on page through
 * `runtime.getBackgroundPage()` (Firefox's background is a page). From there on everything is the
 * product's own path: the selection read from the page by `scripting.executeScript`, the compare
 * with the library, the sidebar page (opened as a window of its own, following the article's
 * window) showing the result. With seed 001 (IANS) saved and seed 000 in front: 000's "ensure"
 * quote selected is paraphrased by IANS ("secure"); a right-click on an image gets its message.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { serveSeedPages, type SeedPage, type SeedServer } from '../../bin/cli/seed-pages';
import { firefoxTabIdOf, launchFirefox, openAddonPage, setFirefoxViewport, type LoadedFirefox } from './launch-firefox';
import { selectBetween } from './page-points';

const MENU_ID = 'verbatim-check-selection';
let server: SeedServer;
let ff: LoadedFirefox;
let ians: SeedPage; // seed 001
let other: SeedPage; // seed 000
let helper: Page; // an add-on page: the extension APIs and the background page are reachable from it
let articlePage: Page;
let panel: Page;
let tab: { id: number; windowId: number };

type Api = {
  tabs: { query(q: object): Promise<{ id: number; windowId: number; url?: string }[]>; update(id: number, p: object): Promise<unknown> };
  windows: { create(o: object): Promise<unknown> };
  runtime: { sendMessage(m: object): Promise<unknown>; getBackgroundPage(): Promise<{ verbatimE2E?: { menuClicked(info: unknown, tab: unknown): void } }> };
};

/** The menu click, as Firefox hands it to `menus.onClicked`: which item, the frame, the page, the tab. */
async function clickMenu(info: Record<string, unknown>): Promise<void> {
  const called = await helper.evaluate(async (info, tab) => {
    const bg = await (globalThis as unknown as { browser: Api }).browser.runtime.getBackgroundPage();
    if (!bg.verbatimE2E) return false;
    bg.verbatimE2E.menuClicked(info, tab);
    return true;
  }, { menuItemId: MENU_ID, frameId: 0, pageUrl: other.url, editable: false, ...info }, { id: tab.id, windowId: tab.windowId, url: other.url });
  expect(called, 'the e2e build exposes the menu handler on the background page').toBe(true);
}

const attr = (selector: string, name: string) => panel.$eval(selector, (e, n) => e.getAttribute(n), name).catch(() => null);

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  let v = await read();
  for (const deadline = Date.now() + ms; !ok(v) && Date.now() < deadline; v = await read()) await new Promise((r) => setTimeout(r, 100));
  return v;
}

beforeAll(async () => {
  server = await serveSeedPages();
  ians = server.pages.find((p) => p.outlet === 'IANS')!;
  other = server.pages.find((p) => p.outlet !== 'IANS')!;
  ff = await launchFirefox();
  const iansPage = await ff.browser.newPage();
  await iansPage.goto(ians.url);
  helper = await ff.browser.newPage();
  await openAddonPage(helper, `${ff.origin}/library.html`, '[data-testid="library"]');
  const iansTab = await firefoxTabIdOf(helper, ians.url);
  const saved = (await helper.evaluate((id) => (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage({ type: 'save-article', tabId: id }), iansTab)) as { ok: boolean };
  expect(saved.ok).toBe(true);
  await iansPage.close();
  articlePage = await ff.browser.newPage();
  await setFirefoxViewport(articlePage, { width: 900, height: 700 });
  await articlePage.goto(other.url);
  tab = await helper.evaluate(async (u) => {
    const api = (globalThis as unknown as { browser: Api }).browser;
    // Not query({ url }): Firefox's match patterns do not match the test server's port.
    const t = (await api.tabs.query({})).find((x) => x.url === u)!;
    await api.tabs.update(t.id, { active: true });
    await api.windows.create({ url: `sidepanel.html?windowId=${t.windowId}`, type: 'popup', width: 420, height: 800 });
    return { id: t.id, windowId: t.windowId };
  }, other.url);
  // Firefox does not tell BiDi the add-on page's address: find the sidebar page by asking each page.
  for (const deadline = Date.now() + 15_000; !panel && Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    for (const p of await ff.browser.pages()) {
      if ((await p.evaluate(() => location.href).catch(() => '')).includes('/sidepanel.html')) panel = p;
    }
  }
  expect(panel).toBeDefined();
  await panel.waitForSelector('[data-testid="panel"]', { timeout: 15_000 });
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('the selected text as a quote, in Firefox', () => {
  test('000\'s "ensure" quote selected with IANS saved: the sidebar shows IANS\'s paraphrase and "secure" in the diff', async () => {
    const selected = await articlePage.evaluate(selectBetween, { from: '“I am very pleased', to: 'emerging technologies,”' });
    expect(selected).toMatch(/^“I am very pleased.*ensure the supply chains.*emerging technologies,”$/);
    // The menu's own text cut short: the sidebar shows the whole selection, so it was read from the page (executeScript).
    await clickMenu({ selectionText: selected.slice(0, 40) });

    expect(await until(() => attr('[data-testid="selection-report"]', 'data-state'), (s) => s === 'checked' || s === 'refused' || s === 'failed')).toBe('checked');
    expect(await panel.$eval('[data-testid="selection-text"]', (e) => e.textContent)).toBe(selected.slice(1, -1)); // the marks are stripped
    expect(await attr('[data-testid="selection-card"]', 'data-verdict')).toBe('paraphrase');
    const versions = await panel.$$eval('[data-testid="selection-report"] [data-testid="match-version"]', (vs) =>
      vs.map((v) => ({ outlet: v.querySelector('.outlet')?.textContent, inserted: [...v.querySelectorAll('ins')].map((i) => i.textContent ?? '') })),
    );
    expect(versions).toHaveLength(1);
    expect(versions[0].outlet).toBe('IANS');
    expect(versions[0].inserted.some((t) => t.includes('secure'))).toBe(true);
    expect(await until(() => panel.$eval('[data-testid="announcer"]', (e) => e.textContent), (t) => !!t?.startsWith('Selected text'))).toBe(
      'Selected text: 1 other outlet carries it, 1 paraphrased.',
    );
  });

  test('a right-click on an image, nothing selected: the message says there is no text', async () => {
    await articlePage.evaluate(() => getSelection()!.removeAllRanges());
    await clickMenu({ mediaType: 'image', srcUrl: `${new URL(other.url).origin}/photo.jpg` });
    expect(await until(() => attr('[data-testid="selection-report"]', 'data-state'), (s) => s === 'refused')).toBe('refused');
    expect(await panel.$eval('[data-testid="selection-message"]', (e) => e.textContent)).toMatch(/^The selection holds no text, only an image/);
  });
});
