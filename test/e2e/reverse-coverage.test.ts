/**
 * "Quoted elsewhere, not here" and "Paraphrased here" in real Chromium (issue 14, items 2 and 3),
 * on the seeds, through the side panel page opened as a window of its own (as in sidepanel.test.ts).
 * With 001 (IANS) saved, checking 000: the long quote is still paraphrased in IANS; the IANS Gor
 * quotes 000 neither quotes nor paraphrases are listed under Sergio Gor (three, then all of them
 * from "Show all N"); the "crucial" sentence is
 * highlighted in the page as a paraphrase of IANS's "indispensable" quote, its card and the panel
 * showing that diff; "Show in page" marks it, by mouse and by keyboard; axe finds nothing on the
 * panel or the card. Then with 000 saved too, checking 001 still shows "indispensable" paraphrased in 000.
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
let other: SeedPage; // seed 000
let helper: Page;
let articlePage: Page;
let otherTab: number;
let iansTab: number;
let panel: Page;

/** The texts of a CSS highlight's ranges in the page (empty when it is not registered). */
const highlightTexts = (page: Page, name: string) =>
  page.evaluate((n) => [...((CSS.highlights.get(n) as Set<Range> | undefined) ?? [])].map((r) => r.toString().replace(/\s+/g, ' ')), name);

const panelState = () => panel.getAttribute('[data-testid="panel"]', 'data-state');
const words = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  server = await serveSeedPages();
  ians = server.pages.find((p) => p.outlet === 'IANS')!;
  other = server.pages.find((p) => p.outlet !== 'IANS')!;
  ext = await launchExtension();
  articlePage = await ext.context.newPage();
  await articlePage.setViewportSize({ width: 900, height: 500 });
  await articlePage.goto(other.url);
  helper = await ext.context.newPage();
  await helper.goto(`chrome-extension://${ext.id}/library.html`);
  const found = await tabOf(helper, other.url);
  otherTab = found.id;
  await openBackgroundTab(ext, helper, found.windowId, ians.url);
  iansTab = (await tabOf(helper, ians.url)).id;
  expect((await sendFrom(helper, { type: 'save-article', tabId: iansTab })).ok).toBe(true);
  await activateTab(helper, otherTab);
  panel = await openPanelWindow(ext, helper, found.windowId);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('checking 000 with 001 (IANS) saved', () => {
  test('the panel: the long quote paraphrased in IANS, then both sections with what IANS quotes that 000 lacks or paraphrases', async () => {
    await expect.poll(panelState).toBe('unchecked');
    await panel.locator('[data-testid="check-page"]').click();
    await expect.poll(panelState, { timeout: 20_000 }).toBe('report');

    const long = panel.locator('[data-testid="panel-quote"]', { hasText: 'ensure the supply' });
    expect(await long.locator('[data-testid="quote-card"]').getAttribute('data-verdict')).toBe('paraphrase');

    const elsewhere = panel.locator('[data-testid="quoted-elsewhere"]');
    expect(words(await elsewhere.locator('h2').textContent())).toBe('Quoted elsewhere, not here');
    const gor = elsewhere.locator('[data-testid="elsewhere-group"][data-speaker="Sergio Gor"]');
    expect(await gor.locator('[data-testid="elsewhere-toggle"]').getAttribute('aria-expanded')).toBe('true');
    // The first three are shown; "Show all N", from the keyboard, lists the rest (N being the group's count).
    const count = Number(words(await gor.locator('[data-testid="elsewhere-toggle"] .count').textContent()).match(/^(\d+) quotes$/)?.[1]);
    expect(count).toBeGreaterThan(3);
    expect(await gor.locator('[data-testid="elsewhere-quote"]').count()).toBe(3);
    const showAll = gor.locator('[data-testid="elsewhere-show-all"]');
    expect([words(await showAll.textContent()), await showAll.getAttribute('aria-expanded')]).toEqual([`Show all ${count} quotes: Sergio Gor`, 'false']);
    await showAll.focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => showAll.getAttribute('aria-expanded')).toBe('true');
    expect(await gor.locator('[data-testid="elsewhere-quote"]').count()).toBe(count);
    const listed = (await gor.locator('[data-testid="elsewhere-quote"]').allTextContents()).map(words);
    for (const quote of ['I took a picture of the cover', 'reliable supplier of LNG', 'there will be a big announcement', 'What was needed was momentum']) {
      const hits = listed.filter((t) => t.includes(quote));
      expect(hits, quote).toHaveLength(1);
      expect(hits[0]).toContain('Quoted by IANS');
    }
    // 000 paraphrases "indispensable" and quotes the "ensure" quote: neither is missing here.
    expect(listed.filter((t) => t.includes('indispensable') || t.includes('ensure the supply'))).toEqual([]);

    const paraphrased = panel.locator('[data-testid="paraphrased-here"]');
    expect(words(await paraphrased.locator('h2').textContent())).toBe('Paraphrased here');
    const crucial = paraphrased.locator('[data-testid="paraphrased-sentence"]', { hasText: 'crucial' });
    expect(await crucial.count()).toBe(1);
    expect(words(await crucial.locator('.their-quote').textContent())).toMatch(/^IANS quotes: .*indispensable to both economic growth/);
    expect(words(await crucial.locator('[data-testid="word-diff"] del').allTextContents().then((t) => t.join(' | ')))).toContain('indispensable');
    expect(words(await crucial.locator('[data-testid="word-diff"] ins').allTextContents().then((t) => t.join(' | ')))).toContain('crucial');
    expect(await crucial.locator('[data-flag="meaning-change"]').count()).toBe(0);

    // After the quote cards, in that order.
    const order = await panel.locator('[data-testid="panel-quote"], [data-testid="quoted-elsewhere"], [data-testid="paraphrased-here"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(order.slice(-2)).toEqual(['quoted-elsewhere', 'paraphrased-here']);
    expect(await axeViolations(panel)).toEqual([]);
    await panel.screenshot({ path: `${SHOTS}/sidepanel-reverse.png`, fullPage: true });
  });

  test('the page: the "crucial" sentence in its own highlight; its card shows IANS\'s "indispensable" quote and the diff', async () => {
    await articlePage.bringToFront();
    await expect.poll(() => highlightTexts(articlePage, 'verbatim-paraphrased-here'), { timeout: 10_000 }).toEqual([
      expect.stringContaining('supply chains for critical minerals are crucial not only for economic growth'),
    ]);
    // A quote keeps its kind's highlight.
    expect((await highlightTexts(articlePage, 'verbatim-paraphrase')).some((t) => t.includes('ensure the supply'))).toBe(true);
    const point = await articlePage.evaluate(firstWordPoint, 'crucial not only');
    expect(point).not.toBeNull();
    await articlePage.mouse.move(point!.x - 40, point!.y - 40);
    await articlePage.mouse.move(point!.x, point!.y, { steps: 4 });
    const card = articlePage.locator('[data-testid="paraphrase-card"]');
    await card.waitFor({ timeout: 10_000 });
    expect(words(await card.locator('.paraphrased-tag').textContent())).toBe('Paraphrased here');
    expect(words(await card.locator('[data-testid="their-quote"]').textContent())).toContain('indispensable to both economic growth and national security');
    expect(words(await card.locator('del').allTextContents().then((t) => t.join(' | ')))).toContain('indispensable');
    expect(words(await card.locator('ins').allTextContents().then((t) => t.join(' | ')))).toContain('crucial');
    expect(await articlePage.locator('[data-testid="hover-card"]').count()).toBe(0);
    expect(await axeViolations(articlePage, 'verbatim-hover-card')).toEqual([]);
    await articlePage.screenshot({ path: `${SHOTS}/paraphrase-card.png` });
    await articlePage.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
  });

  test('"Show in page" marks the sentence in the page, by mouse and by keyboard', async () => {
    await articlePage.evaluate(() => scrollTo(0, 0));
    const focused = () => highlightTexts(articlePage, 'verbatim-focus');
    expect(await focused()).toEqual([]);
    await panel.locator('[data-testid="paraphrased-sentence"] [data-testid="show-sentence-in-page"]').click();
    await expect.poll(focused).toEqual([expect.stringContaining('crucial not only')]);
    await expect.poll(() => panel.locator('[data-testid="announcer"]').textContent()).toBe('Sentence marked in the page.');
    expect(words(await panel.locator('[data-testid="paraphrased-sentence"] .selected-tag').textContent())).toBe('◆ Marked in the page');

    // Keyboard: from the top of the panel, Tab reaches the sentence's button; Enter marks it again after a quote took the mark.
    await panel.locator('[data-testid="panel-quote"] [data-testid="show-in-page"]').first().click();
    await expect.poll(async () => (await focused()).join()).not.toContain('crucial');
    await panel.bringToFront();
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let reached = false;
    for (let i = 0; i < 120 && !reached; i++) {
      await panel.keyboard.press('Tab');
      reached = await panel.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'show-sentence-in-page');
    }
    expect(reached).toBe(true);
    await panel.keyboard.press('Enter');
    await expect.poll(focused).toEqual([expect.stringContaining('crucial not only')]);
  });

  test('a speaker group opens and closes from the keyboard', async () => {
    const toggle = panel.locator('[data-testid="elsewhere-group"][data-speaker="Sergio Gor"] [data-testid="elsewhere-toggle"]');
    await toggle.focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.locator('[data-testid="elsewhere-group"][data-speaker="Sergio Gor"] [data-testid="elsewhere-quote"]').count()).toBe(0);
    await panel.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('checking 001 (IANS) with 000 saved', () => {
  test('"indispensable" is still paraphrased in 000; the "secure" sentence paraphrases 000\'s quote; nothing of 000 is missing', async () => {
    expect((await sendFrom(helper, { type: 'save-article', tabId: otherTab })).ok).toBe(true);
    await activateTab(helper, iansTab);
    await expect.poll(() => panel.locator('[data-testid="report-header"] .outlet').textContent()).toBe('IANS');
    await panel.locator('[data-testid="recheck"]').click();
    await expect.poll(() => panel.locator('[data-testid="paraphrased-sentence"]').count(), { timeout: 20_000 }).toBeGreaterThan(0);

    const indispensable = panel.locator('[data-testid="panel-quote"]', { hasText: 'indispensable' });
    expect(await indispensable.locator('[data-testid="quote-card"]').getAttribute('data-verdict')).toBe('paraphrase');
    const toggle = indispensable.locator('[data-testid="quote-toggle"]');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    expect(words(await indispensable.locator('[data-testid="match-version"] .outlet').first().textContent())).toBe(other.outlet);

    const secure = panel.locator('[data-testid="paraphrased-sentence"]', { hasText: 'will help secure supply chains' });
    expect(await secure.count()).toBe(1);
    expect(words(await secure.locator('.their-quote').textContent())).toContain(`${other.outlet} quotes:`);
    expect(words(await secure.locator('[data-testid="word-diff"] del').allTextContents().then((t) => t.join(' | ')))).toContain('ensure the');
    expect(words(await panel.locator('[data-testid="elsewhere-empty"]').textContent())).toMatch(/^None: this article quotes or paraphrases everything/);
    expect(await axeViolations(panel)).toEqual([]);
  });
});
