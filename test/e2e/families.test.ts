/**
 * Quote families, speakers and outlet fidelity in real Chromium (issue 15, items 1-3), on the
 * seeds: 000 saved, then 001 (IANS). Checking 000 in the side panel (opened as a window of its
 * own, as in sidepanel.test.ts), the long Gor quote's "All versions" opens the library's family
 * page in a new tab: two versions (000's quote, IANS's paraphrase with "secure"), first seen in
 * your library in 000, the earlier saved (both are dated 2026-03-13, the tie marked). From there
 * Sergio Gor's page lists his quotes from both articles, and the fidelity view counts both
 * outlets. axe finds 0 violations on each; screenshots for the README.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serveSeedPages, type SeedPage, type SeedServer } from '../../bin/cli/seed-pages';
import { launchExtension, sendFrom, workerSwitch, type LoadedExtension } from '../../bin/browser/launch-extension';
import { activateTab, openBackgroundTab, openPanelWindow, tabOf } from './panel-window';
import { axeViolations } from './axe-violations';
import { DB_NAME } from '@/utils/storage/storage';

const SHOTS = process.env.VERBATIM_SCREENSHOTS ? 'docs/screenshots' : '.tmp/screenshots';
let server: SeedServer;
let ext: LoadedExtension;
let ians: SeedPage; // seed 001
let first: SeedPage; // seed 000
let helper: Page;
let panel: Page;
let library: Page;

const words = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  server = await serveSeedPages();
  ians = server.pages.find((p) => p.outlet === 'IANS')!;
  first = server.pages.find((p) => p.outlet !== 'IANS')!;
  ext = await launchExtension();
  const articlePage = await ext.context.newPage();
  await articlePage.goto(first.url);
  helper = await ext.context.newPage();
  await helper.goto(`chrome-extension://${ext.id}/library.html`);
  const found = await tabOf(helper, first.url);
  await openBackgroundTab(ext, helper, found.windowId, ians.url);
  // 000 first, then IANS: 000 is the earlier saved.
  expect((await sendFrom(helper, { type: 'save-article', tabId: found.id })).ok).toBe(true);
  expect((await sendFrom(helper, { type: 'save-article', tabId: (await tabOf(helper, ians.url)).id })).ok).toBe(true);
  // 000's save checked it before IANS was saved: check it again, as the reader would, with both saved.
  expect((await sendFrom(helper, { type: 'check-tab', tabId: found.id })).ok).toBe(true);
  await activateTab(helper, found.id);
  panel = await openPanelWindow(ext, helper, found.windowId);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('families from the panel', () => {
  test('"All versions" on the long Gor quote opens its family page: two versions, first seen in 000', async () => {
    // Saving 000 from its tab checked it, so the panel may show its report already.
    const state = () => panel.getAttribute('[data-testid="panel"]', 'data-state');
    await expect.poll(async () => ['unchecked', 'report'].includes((await state()) ?? '')).toBe(true);
    if ((await state()) === 'unchecked') await panel.locator('[data-testid="check-page"]').click();
    await expect.poll(() => panel.getAttribute('[data-testid="panel"]', 'data-state'), { timeout: 20_000 }).toBe('report');
    const card = panel.locator('[data-testid="quote-card"]', { hasText: 'ensure the supply' });
    // The first card with versions opens by itself.
    const toggle = card.locator('[data-testid="quote-toggle"]');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const link = card.locator('[data-testid="all-versions"]');
    expect(words(await link.textContent())).toBe('All versions');
    [library] = await Promise.all([ext.context.waitForEvent('page', (pg) => pg.url().includes('/library.html#family/')), link.click()]);
    await library.setViewportSize({ width: 900, height: 900 });
    await library.locator('[data-testid="family-page"]').waitFor({ timeout: 20_000 });

    const versions = library.locator('[data-testid="family-version"]');
    expect(await versions.count()).toBe(2);
    const quoted = versions.locator('xpath=self::*[@data-form="quote"]');
    const paraphrase = versions.locator('xpath=self::*[@data-form="passage"]');
    expect(await paraphrase.getAttribute('data-kind')).toBe('paraphrase');
    expect(words(await paraphrase.textContent())).toContain('IANS');
    expect(words(await paraphrase.textContent())).toContain('secure');
    expect(words(await quoted.textContent())).toContain('Reference');
    const firstOutlet = words(await quoted.locator('.outlet').first().textContent());
    expect(firstOutlet).not.toBe('IANS');
    const seen = words(await library.locator('[data-testid="first-seen"]').textContent());
    expect(seen).toContain(`First seen in your library: ${firstOutlet}, 2026-03-13.`);
    expect(seen).toContain('the one saved first is named');
    expect(await axeViolations(library)).toEqual([]);
    await library.screenshot({ path: `${SHOTS}/family.png`, fullPage: true });
  });

  test("Sergio Gor's page, reached from the family page, lists his quotes from both articles", async () => {
    await library.locator('[data-testid="family-reference"] [data-testid="speaker-link"]').click();
    await library.locator('[data-testid="speaker-page"]').waitFor();
    expect(words(await library.locator('#speaker-title').textContent())).toBe('Sergio Gor');
    const articles = await library.locator('[data-testid="speaker-quote"]').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.article))]);
    expect(articles.sort()).toEqual([first.url, ians.url].sort());
    expect(await library.locator('[data-testid="speaker-quote"]').count()).toBeGreaterThan(5);
    // The long quote links back to its family (2 versions).
    expect(await library.locator('[data-testid="speaker-quote-family"]', { hasText: '2' }).count()).toBeGreaterThan(0);
    expect(await axeViolations(library)).toEqual([]);
    await library.screenshot({ path: `${SHOTS}/speaker.png`, fullPage: true });
  });

  test('the fidelity view, opened by keyboard from the library nav, counts both outlets with n shown', async () => {
    await library.locator('[data-testid="nav-fidelity"]').focus();
    await library.keyboard.press('Enter');
    await library.locator('[data-testid="fidelity-row"]').first().waitFor();
    const outlets = await library.locator('[data-testid="fidelity-row"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.outlet));
    expect(outlets).toContain('IANS');
    expect(outlets).toHaveLength(2);
    const iansRow = words(await library.locator('[data-testid="fidelity-row"][data-outlet="IANS"]').textContent());
    expect(iansRow).toMatch(/n = \d+/);
    expect(iansRow).toContain('small sample');
    expect(iansRow).toMatch(/Paraphrased [1-9]/);
    expect(await axeViolations(library)).toEqual([]);
    await library.screenshot({ path: `${SHOTS}/fidelity.png`, fullPage: true });
  });

  test('the families list holds the long quote and opens its page', async () => {
    await library.locator('[data-testid="nav-families"]').click();
    const item = library.locator('[data-testid="family-item"]', { hasText: 'ensure the supply' });
    await item.waitFor();
    expect(await axeViolations(library)).toEqual([]);
    await item.locator('a').click();
    await library.locator('[data-testid="family-page"]').waitFor();
    expect(await library.locator('[data-testid="family-version"]').count()).toBe(2);
  });

  test('after a worker restart the family page is read from the stored families, not built again', async () => {
    // The families built above are stored with the library: wait for their rows to match the articles.
    const stored = () => library.evaluate(async (name) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const get = (key: string) => new Promise<unknown>((resolve) => {
        const r = db.transaction('meta').objectStore('meta').get(key);
        r.onsuccess = () => resolve(r.result);
      });
      const [state, generation] = [(await get('families-state')) as { generation: number; count: number } | undefined, await get('generation')];
      db.close();
      return state && state.generation === generation ? state.count : -1;
    }, DB_NAME);
    await expect.poll(stored, { timeout: 20_000 }).toBe(2);
    // Mark IANS's stored row (its outlet as the families keep it): only families read from the store show the mark.
    await library.evaluate(async ([name, url]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('families', 'readwrite');
        const store = tx.objectStore('families');
        const r = store.get(url);
        r.onsuccess = () => store.put({ ...r.result, article: { ...r.result.article, outlet: 'Stored Families Mark' } });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, [DB_NAME, ians.url] as const);
    const worker = await workerSwitch(ext);
    await worker.stop();
    await worker.detach();
    await library.locator('[data-testid="nav-families"]').click();
    const item = library.locator('[data-testid="family-item"]', { hasText: 'ensure the supply' });
    await item.waitFor();
    await item.locator('a').click();
    await library.locator('[data-testid="family-page"]').waitFor();
    const outlets = await library.locator('[data-testid="family-version"] .outlet').allTextContents();
    expect(outlets).toContain('Stored Families Mark');
    expect(outlets).not.toContain('IANS');
    expect(await library.locator('[data-testid="families-progress"]').count()).toBe(0);
  });
});
