/**
 * Every surface by keyboard alone and under axe (issue 14, item 5), in real Chromium with seed 001
 * (IANS) saved and seed 000 open. The side panel: a walk with Tab and Enter only — check the page,
 * mark a quote in the page, open a quote's other version, save the article. Then axe, with 0
 * violations, on the panel's report with a version open, the popup's report and its unchecked
 * state, the hover card in the page, and the library page listing both articles.
 * The browser's own shortcuts (Alt+Shift+V, N, P, H) are dispatched by the browser, which a test
 * cannot press; their handlers run in test/unit/background/background-panel.test.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serveSeedPages, type SeedPage, type SeedServer } from '../../bin/cli/seed-pages';
import { launchExtension, sendFrom, type LoadedExtension } from '../../bin/browser/launch-extension';
import { activateTab, openPanelWindow, tabOf } from './panel-window';
import { axeViolations } from './axe-violations';
import { firstWordPoint } from './page-points';

let server: SeedServer;
let ext: LoadedExtension;
let ians: SeedPage; // seed 001, saved
let other: SeedPage; // seed 000, the article read
let helper: Page; // an extension page, to call extension APIs from
let articlePage: Page;
let articleTab: { id: number; windowId: number };
let panel: Page;

/** Presses Tab until the focused element matches `selector` (in page order), at most `limit` times. */
async function tabTo(page: Page, selector: string, limit = 80): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
}

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

/** The quote Verbatim marks as focused in the page, or null. */
const markedQuote = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('verbatim-focus') as Set<Range> | undefined;
    return h && h.size > 0 ? [...h][0].toString() : null;
  });

beforeAll(async () => {
  server = await serveSeedPages();
  ians = server.pages.find((p) => p.outlet === 'IANS')!;
  other = server.pages.find((p) => p.outlet !== 'IANS')!;
  ext = await launchExtension();
  articlePage = await ext.context.newPage();
  await articlePage.goto(other.url);
  helper = await ext.context.newPage();
  await helper.goto(`chrome-extension://${ext.id}/library.html`);
  articleTab = await tabOf(helper, other.url);
  const iansPage = await ext.context.newPage();
  await iansPage.goto(ians.url);
  expect((await sendFrom(helper, { type: 'save-article', tabId: (await tabOf(helper, ians.url)).id })).ok).toBe(true);
  await iansPage.close();
  await activateTab(helper, articleTab.id);
  panel = await openPanelWindow(ext, helper, articleTab.windowId);
  await panel.locator('[data-testid="check-page"]').waitFor();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('keyboard alone, in the side panel', () => {
  test('Tab and Enter: check the page, mark a quote in it, open another outlet’s version, save', async () => {
    await panel.bringToFront();
    expect(await axeViolations(panel)).toEqual([]);

    expect(await tabTo(panel, '[data-testid="check-page"]')).toBe(true);
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.getAttribute('[data-testid="panel"]', 'data-state'), { timeout: 20_000 }).toBe('report');
    // The result is read out, not only drawn.
    await expect.poll(() => panel.locator('[data-testid="announcer"]').textContent()).toMatch(/\w/);

    expect(await tabTo(panel, '[data-testid="show-in-page"]')).toBe(true);
    await panel.keyboard.press('Enter');
    await expect.poll(() => markedQuote(articlePage)).not.toBeNull();

    // A card whose quote another outlet renders: its toggle opens that version and its diff.
    const toggle = '[data-testid="quote-card"]:not([data-verdict="only-here"]) [data-testid="quote-toggle"]';
    expect(await tabTo(panel, toggle)).toBe(true);
    const card = panel.locator('[data-testid="quote-card"]', { has: panel.locator(':focus') });
    if ((await panel.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))) !== 'true') await panel.keyboard.press('Enter');
    await expect.poll(() => card.locator('[data-testid="match-version"]').count()).toBeGreaterThan(0);
    expect(await card.locator('[data-testid="match-version"]').first().textContent()).toContain('IANS');

    // Back up to the save button with Shift+Tab, as a keyboard user would.
    let onSave = false;
    for (let i = 0; i < 120 && !onSave; i++) {
      await panel.keyboard.press('Shift+Tab');
      onSave = (await focusedTestId(panel)) === 'save-button';
    }
    expect(onSave).toBe(true);
    await panel.keyboard.press('Enter');
    await panel.locator('[data-testid="save-button"][data-state="yes"]').waitFor();

    expect(await axeViolations(panel)).toEqual([]);
  });
});

describe('axe on every surface', () => {
  test('the popup: its report, then with a version open', async () => {
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 380, height: 720 });
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tabId=${articleTab.id}`);
    await popup.locator('[data-testid="popup"]:not([data-state="loading"])').waitFor();
    await expect.poll(() => popup.getAttribute('[data-testid="popup"]', 'data-state'), { timeout: 20_000 }).toBe('report');
    expect(await axeViolations(popup)).toEqual([]);
    const toggle = popup.locator('[data-testid="quote-card"][data-verdict="paraphrase"] [data-testid="quote-toggle"]').first();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await popup.locator('[data-testid="match-version"]').first().waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  test('the hover card in the page', async () => {
    await articlePage.bringToFront();
    const point = await articlePage.evaluate(firstWordPoint, 'ensure the supply');
    expect(point).not.toBeNull();
    await articlePage.mouse.move(point!.x - 40, point!.y - 40);
    await articlePage.mouse.move(point!.x, point!.y, { steps: 4 });
    await articlePage.locator('[data-testid="hover-card"]').waitFor({ timeout: 10_000 });
    expect(await axeViolations(articlePage, 'verbatim-hover-card')).toEqual([]);
  });

  test('the library page with both articles', async () => {
    const lib = await ext.context.newPage();
    await lib.goto(`chrome-extension://${ext.id}/library.html`);
    await lib.locator('[data-testid="library"]').waitFor();
    await expect.poll(() => lib.locator('[data-testid="library-article"]').count()).toBe(2);
    expect(await axeViolations(lib)).toEqual([]);
    await lib.close();
  });
});
