/**
 * "Check the selected text as a quote" in real Chromium (issue 14). Playwright cannot open the
 * browser's context menu, so the test makes a real selection in the page and calls the
 * background's menu handler in the service worker (the e2e build exposes it as `verbatimE2E`),
 * with what Chromium passes on a click; the panel page, opened as a window of its own that
 * follows the articles' window, shows the result. With seed 001 (IANS) saved and seed 000 in
 * front: 000's "ensure" quote is paraphrased by IANS ("secure"); a selection of over 2,000
 * words, and a right-click on an image, each get their message. The README's two screenshots of
 * the panel beside the page are taken here (test/e2e/side-by-side.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serveSeedPages, type SeedPage, type SeedServer } from '../../bin/cli/seed-pages';
import { launchExtension, sendFrom, type LoadedExtension } from '../../bin/browser/launch-extension';
import { openPanelWindow, tabOf } from './panel-window';
import { axeViolations } from './axe-violations';
import { besideThePage } from './side-by-side';
import { selectBetween } from './page-points';

const SHOTS = process.env.VERBATIM_SCREENSHOTS ? 'docs/screenshots' : '.tmp/screenshots';
const MENU_ID = 'verbatim-check-selection';
let server: SeedServer;
let ext: LoadedExtension;
let ians: SeedPage;
let other: SeedPage;
let helper: Page;
let articlePage: Page;
let panel: Page;
let tab: { id: number; windowId: number };

type E2EHooks = { verbatimE2E: { menuClicked(info: unknown, tab: unknown): void } };

/** The menu click, as Chromium hands it to the background: which item, the frame, the page. */
async function clickMenu(info: Record<string, unknown>): Promise<void> {
  // A request wakes the worker if it was stopped; its handler is then registered again.
  await sendFrom(helper, { type: 'get-settings' });
  const worker = ext.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${ext.id}/`))!;
  await worker.evaluate(
    ({ info, tab }) => (globalThis as unknown as E2EHooks).verbatimE2E.menuClicked(info, tab),
    { info: { menuItemId: MENU_ID, frameId: 0, pageUrl: other.url, editable: false, ...info }, tab: { id: tab.id, windowId: tab.windowId, url: other.url } },
  );
}

const selectionState = () => panel.getAttribute('[data-testid="selection-report"]', 'data-state', { timeout: 1_000 }).catch(() => null);
const announced = () => panel.locator('[data-testid="announcer"]').textContent();

beforeAll(async () => {
  server = await serveSeedPages();
  ians = server.pages.find((p) => p.outlet === 'IANS')!;
  other = server.pages.find((p) => p.outlet !== 'IANS')!;
  ext = await launchExtension();
  helper = await ext.context.newPage();
  await helper.goto(`chrome-extension://${ext.id}/library.html`);
  const iansPage = await ext.context.newPage();
  await iansPage.goto(ians.url);
  expect((await sendFrom(helper, { type: 'save-article', tabId: (await tabOf(helper, ians.url)).id })).ok).toBe(true);
  await iansPage.close();
  articlePage = await ext.context.newPage();
  await articlePage.setViewportSize({ width: 800, height: 640 });
  await articlePage.goto(other.url);
  tab = await tabOf(helper, other.url);
  panel = await openPanelWindow(ext, helper, tab.windowId, 640);
  await articlePage.bringToFront();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the selected text as a quote, in Chromium', () => {
  test('(the panel beside the page, checked, the "ensure" quote shown in the page: README screenshot)', async () => {
    await panel.locator('[data-testid="check-page"]').click();
    await expect.poll(() => panel.getAttribute('[data-testid="panel"]', 'data-state'), { timeout: 20_000 }).toBe('report');
    const item = panel.locator('[data-testid="panel-quote"]:has([data-verdict="paraphrase"])', { hasText: 'ensure' }).first();
    await item.locator('[data-testid="show-in-page"]').click();
    await expect.poll(announced).toBe('Quote marked in the page.');
    await articlePage.bringToFront();
    await besideThePage(ext.context, articlePage, panel, `${SHOTS}/panel-beside-page.png`);
  });

  test('000\'s "ensure" quote selected with IANS saved: the panel shows IANS\'s paraphrase and "secure" in the diff', async () => {
    const selected = await articlePage.evaluate(selectBetween, { from: '“I am very pleased', to: 'emerging technologies,”' });
    expect(selected).toMatch(/^“I am very pleased.*ensure the supply chains.*emerging technologies,”$/);
    await clickMenu({ selectionText: selected });

    await expect.poll(selectionState, { timeout: 20_000 }).toBe('checked');
    const text = await panel.locator('[data-testid="selection-text"]').textContent();
    expect(text).toBe(selected.slice(1, -1)); // the marks are stripped
    expect(await panel.getAttribute('[data-testid="selection-card"]', 'data-verdict')).toBe('paraphrase');
    const version = panel.locator('[data-testid="selection-report"] [data-testid="match-version"]');
    expect(await version.count()).toBe(1);
    expect(await version.locator('.outlet').textContent()).toBe('IANS');
    expect(await version.locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('secure')]));
    await expect.poll(announced).toBe('Selected text: 1 other outlet carries it, 1 paraphrased.');
    expect(await axeViolations(panel)).toEqual([]);
    await articlePage.evaluate(() => getSelection()!.getRangeAt(0).startContainer.parentElement!.scrollIntoView({ block: 'center' }));
    await besideThePage(ext.context, articlePage, panel, `${SHOTS}/selection-beside-page.png`);
  });

  test('a selection of over 2,000 words gets the message, with its length', async () => {
    const long = Array.from({ length: 2_150 }, (_, i) => `word${i}`).join(' ');
    await articlePage.evaluate((t) => {
      const p = document.createElement('p');
      p.id = 'long-selection';
      p.textContent = t;
      document.body.append(p);
    }, long);
    const selected = await articlePage.evaluate(selectBetween, { from: 'word0 ', to: 'word2149' });
    expect(selected.split(' ')).toHaveLength(2_150);
    await clickMenu({ selectionText: selected.slice(0, 500) }); // the menu's own text may be cut: the page's is read
    await expect.poll(selectionState, { timeout: 20_000 }).toBe('refused');
    expect(await panel.locator('[data-testid="selection-message"]').textContent()).toBe(
      'The selection is 2,150 words long: a quote is checked up to 2,000 words. Select the quote alone.',
    );
    await expect.poll(announced).toMatch(/^The selection is 2,150 words long/);
    await articlePage.evaluate(() => document.getElementById('long-selection')!.remove());
  });

  test('a right-click on an image, nothing selected: the message says there is no text', async () => {
    await articlePage.evaluate(() => getSelection()!.removeAllRanges());
    await clickMenu({ mediaType: 'image', srcUrl: `${new URL(other.url).origin}/photo.jpg` });
    await expect.poll(selectionState, { timeout: 20_000 }).toBe('refused');
    expect(await panel.locator('[data-testid="selection-message"]').textContent()).toMatch(/^The selection holds no text, only an image/);
  });

  test('Close removes the report; the background forgets it', async () => {
    await panel.locator('[data-testid="selection-close"]').click();
    expect(await panel.locator('[data-testid="selection-report"]').count()).toBe(0);
    await expect.poll(() => sendFrom(helper, { type: 'get-selection-check', tabId: tab.id })).toEqual({ ok: true, data: null });
  });
});
