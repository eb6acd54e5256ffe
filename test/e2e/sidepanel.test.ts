/**
 * The side panel in real Chromium (issue 14). Playwright cannot click the toolbar button or drive
 * the browser's own side panel, so the panel page is opened as a window of its own that follows the
 * active tab of the articles' window (`sidepanel.html?windowId=W`): the same page, the same
 * messages. With seed 001 (IANS) saved: the panel shows one "Check this page" button for seed 000,
 * checks it, marks the quote a reader selects in the page (scrolled into view), selects the quote
 * the reader hovers in the page, follows a switch to the IANS tab and back, is usable by keyboard
 * alone, and axe finds no violation on it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serveSeedPages, type SeedPage, type SeedServer } from '../../bin/cli/seed-pages';
import { launchExtension, sendFrom, type LoadedExtension } from '../../bin/browser/launch-extension';
import { activateTab, openBackgroundTab, openPanelWindow, tabOf } from './panel-window';
import { axeViolations } from './axe-violations';
import { firstWordPoint } from './page-points';

const SHOTS = process.env.VERBATIM_SCREENSHOTS ? 'docs/screenshots' : '.tmp/screenshots';
let server: SeedServer;
let ext: LoadedExtension;
let ians: SeedPage; // seed 001
let other: SeedPage; // seed 000: quotes "ensure", IANS has "secure"
let helper: Page; // an extension page, to call extension APIs from
let articlePage: Page;
let otherTab: number;
let iansTab: number;
let panel: Page;

/** The first words of a panel quote, as they read in the page. */
const opening = (text: string) => text.replace(/^[\s"“‘']+/, '').slice(0, 15);

const panelState = () => panel.getAttribute('[data-testid="panel"]', 'data-state');

/** The quote Verbatim marks as focused in the page: its text and whether it lies in the viewport. */
async function focusedQuote(page: Page) {
  return page.evaluate(() => {
    const h = CSS.highlights.get('verbatim-focus') as Set<Range> | undefined;
    if (!h || h.size === 0) return null;
    const range = [...h][0];
    const r = range.getBoundingClientRect();
    return { text: range.toString(), inView: r.bottom > 0 && r.top < innerHeight };
  });
}

beforeAll(async () => {
  server = await serveSeedPages();
  ians = server.pages.find((p) => p.outlet === 'IANS')!;
  other = server.pages.find((p) => p.outlet !== 'IANS')!;
  ext = await launchExtension();
  articlePage = await ext.context.newPage();
  // Short, so the quotes the test selects start out of view.
  await articlePage.setViewportSize({ width: 800, height: 360 });
  await articlePage.goto(other.url);
  helper = await ext.context.newPage();
  await helper.goto(`chrome-extension://${ext.id}/library.html`);
  const found = await tabOf(helper, other.url);
  otherTab = found.id;
  // The IANS article in a second tab of the same window, saved to the library.
  await openBackgroundTab(ext, helper, found.windowId, ians.url);
  iansTab = (await tabOf(helper, ians.url)).id;
  const saved = await sendFrom(helper, { type: 'save-article', tabId: iansTab });
  expect(saved.ok).toBe(true);
  await activateTab(helper, otherTab);
  panel = await openPanelWindow(ext, helper, found.windowId);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the side panel in Chromium', () => {
  test('a tab not checked yet: one "Check this page" button; checking shows the report and announces it', async () => {
    await expect.poll(panelState).toBe('unchecked');
    expect(await panel.locator('[data-testid="check-page"]').count()).toBe(1);
    expect(await axeViolations(panel)).toEqual([]);

    await panel.locator('[data-testid="check-page"]').click();
    await expect.poll(panelState, { timeout: 20_000 }).toBe('report');
    expect(await panel.locator('[data-testid="report-header"] .outlet').textContent()).toBe(other.outlet);
    const paraphrased = panel.locator('[data-testid="panel-quote"]:has([data-testid="quote-card"][data-verdict="paraphrase"])');
    expect(await paraphrased.count()).toBeGreaterThan(0);
    await expect.poll(() => panel.locator('[data-testid="announcer"]').textContent()).toMatch(/^Checked: \d+ quotes, .*paraphrased/);
  });

  test('selecting a quote in the panel scrolls the page to it and marks it', async () => {
    await articlePage.evaluate(() => scrollTo(0, document.body.scrollHeight));
    const item = panel.locator('[data-testid="panel-quote"]:has([data-verdict="paraphrase"])', { hasText: 'ensure' }).first();
    const quote = (await item.locator('q').textContent())!;
    expect(await focusedQuote(articlePage)).toBeNull(); // nothing marked yet
    await item.locator('[data-testid="show-in-page"]').click();
    await expect.poll(() => focusedQuote(articlePage)).toMatchObject({ inView: true });
    expect(quote).toContain(opening((await focusedQuote(articlePage))!.text));
    expect(await item.getAttribute('aria-current')).toBe('true');
    expect(await item.locator('[data-testid="selected-tag"]').count()).toBe(1);
    await expect.poll(() => panel.locator('[data-testid="announcer"]').textContent()).toBe('Quote marked in the page.');
    expect(await axeViolations(panel)).toEqual([]);
    await panel.screenshot({ path: `${SHOTS}/sidepanel.png`, fullPage: true });
  });

  test('hovering a quote in the page selects it in the panel; clicks in the page leave the panel as it is', async () => {
    // Another quote than the marked one: the first only-here quote of the report.
    const target = panel.locator('[data-testid="panel-quote"]:has([data-verdict="only-here"])').first();
    const index = await target.getAttribute('data-index');
    const words = ((await target.locator('q').textContent()) ?? '').split(/\s+/).slice(0, 4).join(' ');
    const point = await articlePage.evaluate(firstWordPoint, words);
    expect(point).not.toBeNull();
    await articlePage.mouse.move(point!.x - 40, point!.y - 40);
    await articlePage.mouse.move(point!.x, point!.y, { steps: 4 });
    await expect.poll(() => panel.locator('[data-testid="panel-quote"][aria-current="true"]').getAttribute('data-index')).toBe(index);

    await articlePage.mouse.click(5, 5);
    expect(panel.isClosed()).toBe(false);
    expect(await panelState()).toBe('report');
  });

  test('the panel follows a tab switch: the IANS tab shows its report, the first tab its own again', async () => {
    await activateTab(helper, iansTab);
    await expect.poll(() => panel.locator('[data-testid="report-header"] .outlet').textContent()).toBe('IANS');
    expect(await panel.locator('[data-testid="save-button"]').getAttribute('data-state')).toBe('yes');
    await activateTab(helper, otherTab);
    await expect.poll(() => panel.locator('[data-testid="report-header"] .outlet').textContent()).toBe(other.outlet);
    expect(await panelState()).toBe('report');
  });

  test('keyboard alone: Tab reaches "Show in page", Enter marks that quote in the page', async () => {
    await panel.bringToFront();
    await panel.locator('[data-testid="panel"]').evaluate((el) => (el.ownerDocument.activeElement as HTMLElement | null)?.blur());
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await panel.keyboard.press('Tab');
      reached = await panel.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'show-in-page');
    }
    expect(reached).toBe(true);
    const index = await panel.evaluate(() => document.activeElement!.closest('[data-testid="panel-quote"]')!.getAttribute('data-index'));
    const quote = (await panel.locator(`[data-testid="panel-quote"][data-index="${index}"] q`).textContent())!;
    const before = await focusedQuote(articlePage);
    await panel.keyboard.press('Enter');
    await expect.poll(async () => (await focusedQuote(articlePage))?.text).not.toBe(before?.text);
    expect(quote).toContain(opening((await focusedQuote(articlePage))!.text));
    await expect.poll(() => panel.locator('[data-testid="panel-quote"][aria-current="true"]').getAttribute('data-index')).toBe(index);
  });
});
