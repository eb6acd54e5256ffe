/**
 * Article versions in real Chromium (issue 15, item 4), as a reader meets them: a page is saved,
 * the outlet corrects it, the reader checks it again (the popup says the saved copy is out of
 * date) and saves it again; the library then offers both versions, and opening them shows the
 * quote edited after the first save with its diff, the one removed and the one added. An
 * unchanged re-save adds no version. axe finds nothing on the opened view.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, tabIdOf, type LoadedExtension } from '../../bin/browser/launch-extension';
import { newsPageHtml, servePages, type PageServer } from './page-fixtures';
import { axeViolations } from './axe-violations';

const META = { outlet: 'Harbour News', title: 'Bridge to open in spring', date: '2026-05-04' };
/** Prose both editions share: enough text for the page to read as an article. */
const PROSE = [
  'Work on the crossing began two years ago, after a decade of arguments about its cost, its route and the ferry service it replaces. Engineers from three firms have worked on the steel deck since the autumn.',
  'The old ferry carried about four thousand passengers a day at its busiest, and its crews have been promised work on the new tram line that will run across the bridge once it opens to traffic.',
  'Residents on both banks have followed the project closely, and a public meeting last month filled the town hall, with people queueing in the rain outside to put their questions to the council.',
];
const FIRST = [
  'The mayor spoke to reporters on Monday about the new bridge over the river.',
  ...PROSE,
  '"We will open the bridge in May, whatever the weather does to us," Mayor Ann Lee said.',
  '"Nobody crossing it should ever pay a toll for it," Lee added.',
  '"The river has always been our future and our living," she said.',
];
const CORRECTED = [
  FIRST[0],
  ...PROSE,
  '"We will open the bridge in June, whatever the weather does to us," Mayor Ann Lee said.',
  FIRST[6],
  '"We have set the money aside for the whole project already," Lee said.',
];

const bodies = new Map<string, string>();
let server: PageServer;
let ext: LoadedExtension;
let url: string;

beforeAll(async () => {
  bodies.set('/bridge.html', newsPageHtml(META, FIRST));
  server = await servePages(bodies);
  url = server.url('/bridge.html');
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Opens the popup for the page (as a tab aimed at it), waits for the report, and returns the save button's state. */
async function checkPage(page: Page): Promise<{ popup: Page; saved: string | null }> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.id}/popup.html?tabId=${await tabIdOf(ext.id, popup, page.url())}`);
  await popup.locator('[data-testid="popup"]:not([data-state="loading"])').waitFor();
  if ((await popup.getAttribute('[data-testid="popup"]', 'data-state')) !== 'report') throw new Error(`popup: ${await popup.locator('[data-testid="popup"]').textContent()}`);
  return { popup, saved: await popup.getAttribute('[data-testid="save-button"]', 'data-state') };
}

async function save(popup: Page): Promise<void> {
  await popup.locator('[data-testid="save-button"]').click();
  await popup.locator('[data-testid="save-button"][data-state="yes"]').waitFor();
  await popup.close();
}

describe('article versions in Chromium', () => {
  test('saved, corrected by the outlet, saved again: the library shows both versions and the quotes that changed', async () => {
    const page = await ext.context.newPage();
    await page.goto(url);
    let check = await checkPage(page);
    expect(check.saved).toBe('no');
    await save(check.popup);
    // An unchanged re-save is still one version.
    check = await checkPage(page);
    expect(check.saved).toBe('yes');
    await check.popup.close();

    bodies.set('/bridge.html', newsPageHtml({ ...META, title: 'Bridge to open in early summer' }, CORRECTED));
    await page.reload();
    check = await checkPage(page);
    expect(check.saved).toBe('outdated');
    await save(check.popup);

    const lib = await ext.context.newPage();
    await lib.goto(`chrome-extension://${ext.id}/library.html`);
    const toggle = lib.locator('[data-testid="article-versions-toggle"]');
    await toggle.waitFor();
    expect(await toggle.textContent()).toBe('2 versions');
    // Keyboard alone: focus the toggle and press Enter.
    await toggle.focus();
    await lib.keyboard.press('Enter');
    await lib.locator('[data-testid="article-versions"]').waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const versions = await lib.locator('.version-list li').allTextContents();
    expect(versions).toHaveLength(2);
    expect(versions[0]).toMatch(/first saved · Bridge to open in spring$/);
    expect(versions[1]).toMatch(/current · Bridge to open in early summer$/);
    const edits = lib.locator('[data-testid="quote-edit"]');
    expect(await edits.evaluateAll((els) => els.map((e) => e.getAttribute('data-change')))).toEqual(['edited', 'removed', 'added']);
    expect(await edits.nth(0).locator('del').textContent()).toContain('May');
    expect(await edits.nth(0).locator('ins').textContent()).toContain('June');
    expect(await edits.nth(1).textContent()).toContain('Nobody crossing it should ever pay a toll for it');
    expect(await edits.nth(2).textContent()).toContain('We have set the money aside');

    expect(await axeViolations(lib, '[data-testid="library"]')).toEqual([]);

    // The export carries the earlier version.
    const [download] = await Promise.all([lib.waitForEvent('download'), lib.locator('[data-testid="export"]').click()]);
    const { readFile } = await import('node:fs/promises');
    const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(file.version).toBe(2);
    expect(file.articles[0].versions.map((v: { title: string }) => v.title)).toEqual(['Bridge to open in spring']);
    await lib.close();
    await page.close();
  });
});
