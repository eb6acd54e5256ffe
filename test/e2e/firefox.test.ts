/**
 * The Firefox build in real Firefox ESR (issue 16): the seed flow a person goes through. Save the
 * IANS seed from its popup; check the other seed: paraphrase verdicts naming IANS with "secure",
 * CSS highlights in the page, the hover card over the "ensure" quote; the library lists both as one
 * story; the sidebar page, following the article's window, shows that article's report. The popup
 * is opened as a tab targeting the page (?tabId=), and the sidebar page as a window of its own
 * (?windowId=), as in the Chromium tests: no driver can click the toolbar button or open the sidebar.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { serveSeedPages, type SeedPage, type SeedServer } from '../../bin/cli/seed-pages';
import { firstWordPoint } from './page-points';
import { firefoxTabIdOf, launchFirefox, openAddonPage, setFirefoxViewport, type LoadedFirefox } from './launch-firefox';

const SHOTS = '.tmp/screenshots';
let server: SeedServer;
let ff: LoadedFirefox;
let ians: SeedPage; // seed 001: quotes "indispensable", reports "secure"
let other: SeedPage; // seed 000: quotes "ensure"
let articlePage: Page;

async function openPopupFor(page: SeedPage): Promise<Page> {
  const p = await ff.browser.newPage();
  await setFirefoxViewport(p, { width: 380, height: 720 });
  await openAddonPage(p, `${ff.origin}/library.html`, '[data-testid="library"]');
  const tabId = await firefoxTabIdOf(p, page.url);
  await openAddonPage(p, `${ff.origin}/popup.html?tabId=${tabId}`, '[data-testid="popup"]');
  await p.waitForSelector('[data-testid="popup"]:not([data-state="loading"])', { timeout: 30_000 });
  const state = await p.$eval('[data-testid="popup"]', (e) => [e.getAttribute('data-state'), e.textContent?.slice(0, 300)]);
  expect(state[0], `popup: ${state[1]}`).toBe('report');
  return p;
}

const verdictsOf = (popup: Page) =>
  popup.$$eval('[data-testid="quote-card"]', (cards) => cards.map((c) => c.getAttribute('data-verdict')));

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await serveSeedPages();
  ians = server.pages.find((p) => p.outlet === 'IANS')!;
  other = server.pages.find((p) => p.outlet !== 'IANS')!;
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('Verbatim in Firefox', () => {
  test('first article: every quote only here, and the popup saves it', async () => {
    const page = await ff.browser.newPage();
    await page.goto(ians.url);
    const popup = await openPopupFor(ians);
    const verdicts = await verdictsOf(popup);
    expect(verdicts.length).toBeGreaterThan(3);
    expect(new Set(verdicts)).toEqual(new Set(['only-here']));
    await popup.click('[data-testid="save-button"]');
    await popup.waitForSelector('[data-testid="save-button"][data-state="yes"]');
    await popup.close();
  });

  test('second article: paraphrase verdicts naming IANS with "secure", highlights and the hover card', async () => {
    articlePage = await ff.browser.newPage();
    await setFirefoxViewport(articlePage, { width: 1100, height: 800 });
    await articlePage.goto(other.url);
    const popup = await openPopupFor(other);
    expect(await verdictsOf(popup)).toContain('paraphrase');
    const ensure = await popup.evaluateHandle(() =>
      [...document.querySelectorAll('[data-testid="quote-card"][data-verdict="paraphrase"]')].find((c) => c.textContent?.includes('ensure')) ?? null,
    );
    const card = ensure.asElement() as import('puppeteer-core').ElementHandle<Element> | null;
    expect(card).not.toBeNull();
    if (!(await card!.$('[data-testid="match-version"]'))) await (await card!.$('[data-testid="quote-toggle"]'))!.click();
    const version = await card!.waitForSelector('[data-testid="match-version"]');
    expect(await version!.evaluate((v) => v.textContent)).toContain('IANS');
    expect(await version!.$eval('[data-testid="word-diff"]', (d) => d.textContent)).toMatch(/secure/);
    await popup.screenshot({ path: `${SHOTS}/firefox-popup.png`, fullPage: true });
    await popup.close();

    // The check sent the reports to the page: CSS highlights per verdict.
    await articlePage.bringToFront();
    const sizes = await articlePage.waitForFunction(() => {
      const entries = [...CSS.highlights.entries()].filter(([name]) => name.startsWith('verbatim-'));
      return entries.some(([, h]) => h.size > 0) ? Object.fromEntries(entries.map(([n, h]) => [n, h.size])) : null;
    }, { timeout: 10_000 });
    expect(((await sizes.jsonValue()) as Record<string, number>)['verbatim-paraphrase']).toBeGreaterThan(0);

    // Hover the first word of the "ensure" quote, as a person would: the card shows IANS's "secure".
    const point = await articlePage.evaluate(firstWordPoint, 'ensure the supply');
    expect(point).not.toBeNull();
    await articlePage.mouse.move(point!.x - 40, point!.y - 40);
    await articlePage.mouse.move(point!.x, point!.y, { steps: 4 });
    // The card lives in the extension's shadow root: `pierce/` looks inside it.
    const hover = await articlePage.waitForSelector('pierce/[data-testid="hover-card"]', { timeout: 10_000 });
    const text = await hover!.evaluate((c) => c.textContent ?? '');
    expect(text).toContain('IANS');
    expect(text).toMatch(/secure/);
    await articlePage.screenshot({ path: `${SHOTS}/firefox-hover-card.png` });
  });

  test('the library lists both seeds as one story', async () => {
    const popup = await openPopupFor(other);
    await popup.click('[data-testid="save-button"]');
    await popup.waitForSelector('[data-testid="save-button"][data-state="yes"]');
    await popup.close();
    const lib = await ff.browser.newPage();
    await openAddonPage(lib, `${ff.origin}/library.html`, '[data-testid="library"]');
    // Polled: waitForFunction compiles its test with Function(), which an add-on page's CSP blocks (Firefox ESR 140).
    const listed = () => lib.$$eval('[data-testid="library-article"]', (els) => els.length);
    for (const deadline = Date.now() + 10_000; (await listed()) !== 2; await new Promise((r) => setTimeout(r, 50))) {
      if (Date.now() > deadline) throw new Error(`e2e: the library lists ${await listed()} articles, not 2`);
    }
    const ids = await lib.$$eval('[data-testid="library-article"]', (els) => els.map((e) => e.getAttribute('data-id')).sort());
    expect(ids).toEqual([ians.url, other.url].sort());
    expect(await lib.$$eval('[data-testid="story-group"]', (g) => g.length)).toBe(1);
    await lib.close();
  });

  test('the sidebar page follows the article tab, shows its report and exports it', async () => {
    const helper = await ff.browser.newPage();
    await openAddonPage(helper, `${ff.origin}/library.html`, '[data-testid="library"]');
    type Api = { tabs: { query(q: object): Promise<{ id: number; windowId: number }[]>; update(id: number, p: object): Promise<unknown> }; windows: { create(o: object): Promise<unknown> } };
    const tab = await helper.evaluate(async (u) => {
      const api = (globalThis as unknown as { browser: Api }).browser;
      // Not query({ url }): Firefox's match patterns do not match the test server's port.
      const t = (await api.tabs.query({})).find((x) => (x as { url?: string }).url === u)!;
      await api.tabs.update(t.id, { active: true });
      await api.windows.create({ url: `sidepanel.html?windowId=${t.windowId}`, type: 'popup', width: 420, height: 800 });
      return t;
    }, other.url);
    expect(tab.id).toBeGreaterThan(0);
    // Firefox does not tell BiDi the add-on page's address: find the sidebar page by asking each page.
    let panel: Page | undefined;
    for (const deadline = Date.now() + 15_000; !panel && Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
      for (const p of await ff.browser.pages()) {
        if ((await p.evaluate(() => location.href).catch(() => '')).includes('/sidepanel.html')) panel = p;
      }
    }
    expect(panel).toBeDefined();
    const state = () => panel!.$eval('[data-testid="panel"]', (e) => e.getAttribute('data-state')).catch(() => null);
    for (const deadline = Date.now() + 10_000; !['unchecked', 'report'].includes((await state()) ?? '') && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 100));
    if ((await state()) === 'unchecked') await panel!.click('[data-testid="check-page"]');
    await panel!.waitForSelector('[data-testid="panel"][data-state="report"]', { timeout: 20_000 });
    expect(await panel!.$eval('[data-testid="report-header"] .outlet', (e) => e.textContent)).toBe(other.outlet);
    expect(await panel!.$$eval('[data-testid="quote-card"][data-verdict="paraphrase"]', (c) => c.length)).toBeGreaterThan(0);
    await panel!.screenshot({ path: `${SHOTS}/firefox-sidebar.png` });

    // Evidence export: the sidebar offers it on the checked article, and Firefox's background builds
    // the HTML report the page would save (the Blob download itself is the page's, as in Chromium).
    expect(await panel!.$('[data-testid="export"]')).not.toBeNull();
    const res = await helper.evaluate(async (id) => {
      const api = (globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } }).browser;
      return api.runtime.sendMessage({ type: 'export-evidence', tabId: id, format: 'html' });
    }, tab.id) as { ok: boolean; data?: { text: string; fileName: string; mediaType: string } };
    expect(res.ok).toBe(true);
    expect(res.data!.mediaType).toMatch(/^text\/html/);
    expect(res.data!.fileName).toMatch(/^verbatim-.*\.html$/);
    expect(res.data!.text).toMatch(/Paraphrased/);
    expect(res.data!.text).toMatch(/secure/);
    expect(res.data!.text).not.toMatch(/<script/i);
  });
});
