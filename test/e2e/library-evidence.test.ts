/**
 * Evidence export from the library's family and speaker pages in real Chromium (issue 15, item 5).
 * Seeds 000 then 001 (IANS) saved; the long Gor quote's family page (opened by its hash route)
 * exports every format through the page's own <a download> (no `downloads` or `clipboardWrite`
 * permission), started from the keyboard: the HTML report opens from disk with scripts disabled
 * and loads nothing but itself, and shows IANS's paraphrase with "secure"; the Web Annotations are
 * one per version, on each article; the ClaimReview draft names the earlier saved as first seen;
 * Copy Markdown reaches the clipboard. Sergio Gor's page does the same for his quotes. axe finds
 * 0 violations on both pages with their Export sections.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serveSeedPages, type SeedPage, type SeedServer } from '../../bin/cli/seed-pages';
import { launchExtension, sendFrom, tabIdOf, type LoadedExtension } from '../../bin/browser/launch-extension';
import { libraryHash } from '@/utils/ui/library-route';
import { downloadExport, openFileOffline, pasted } from './evidence-files';
import { axeViolations } from './axe-violations';

let server: SeedServer;
let ext: LoadedExtension;
let ians: SeedPage; // seed 001
let first: SeedPage; // seed 000, saved first
let library: Page;
let dir: string;

const words = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const status = () => library.locator('[data-testid="export-status"]').textContent();
const announced = () => library.locator('[data-testid="evidence-export"] [data-testid="announcer"]').textContent();
/** Focuses the Export button and presses Enter: the keyboard path. */
const byKeyboard = async (button: ReturnType<Page['locator']>) => {
  await button.focus();
  await library.keyboard.press('Enter');
};
const exportFile = (format: string) => downloadExport(library, format, dir, byKeyboard);

/** The HTML report opened offline: the requests besides the file, and its versions' inserted words. */
async function openedOffline(file: string) {
  const { viewer, others } = await openFileOffline(ext.context, file);
  const report = {
    others,
    title: await viewer.title(),
    quotes: await viewer.locator('article.quote').count(),
    versions: await viewer.locator('section.version').evaluateAll((els) =>
      els.map((el) => ({ heading: el.querySelector('h4')?.textContent ?? '', inserted: Array.from(el.querySelectorAll('ins'), (i) => i.textContent ?? '') })),
    ),
    links: await viewer.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')),
  };
  await viewer.close();
  return report;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'verbatim-library-evidence-'));
  server = await serveSeedPages();
  ians = server.pages.find((p) => p.outlet === 'IANS')!;
  first = server.pages.find((p) => p.outlet !== 'IANS')!;
  ext = await launchExtension();
  const helper = await ext.context.newPage();
  for (const page of [first, ians]) {
    const tab = await ext.context.newPage();
    await tab.goto(page.url);
    expect((await sendFrom(helper, { type: 'save-article', tabId: await tabIdOf(ext.id, helper, page.url) })).ok).toBe(true);
  }
  library = await ext.context.newPage();
  await library.setViewportSize({ width: 900, height: 900 });
  const families = await sendFrom(helper, { type: 'list-families', query: 'ensure the supply' });
  if (!families.ok) throw new Error(families.error);
  const { articleId, offset } = families.data.families[0].id;
  await library.goto(`chrome-extension://${ext.id}/library.html${libraryHash({ view: 'family', articleId, offset })}`);
  await library.locator('[data-testid="family-page"]').waitFor({ timeout: 20_000 });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a family page', () => {
  test('its Export section: labelled, keyboard-reachable, no axe violation', async () => {
    const section = library.locator('[data-testid="evidence-export"]');
    expect(words(await section.locator('h3').textContent())).toBe('Export this family as evidence');
    expect(await section.locator('label').textContent()).toBe('Export');
    expect(await axeViolations(library)).toEqual([]);
  });

  test('HTML report: downloaded and announced; offline it loads nothing, IANS\'s version Paraphrased with "secure"', async () => {
    const { name, file } = await exportFile('html');
    expect(name).toMatch(/^verbatim-family-sergio-gor-[\p{L}\p{N}-]+\.html$/u);
    await expect.poll(status).toBe(`Saved ${name}`);
    await expect.poll(announced).toBe(`Saved ${name}`);
    const report = await openedOffline(file);
    expect(report.others).toEqual([]);
    expect(report.title).toMatch(/^Quote family: Sergio Gor, /);
    expect(report.quotes).toBe(1);
    expect(report.versions).toHaveLength(1);
    expect(words(report.versions[0].heading)).toMatch(/^IANS, 2026-03-13: Paraphrased/);
    expect(report.versions[0].inserted.some((t) => t.endsWith('secure'))).toBe(true);
    // Links open the two articles at the quote (text fragments), nothing else.
    expect(report.links.some((h) => h.startsWith(`${ians.url}#:~:text=`))).toBe(true);
    expect(report.links.every((h) => h.startsWith(first.url) || h.startsWith(ians.url))).toBe(true);
  });

  test('Web Annotations: one per version, each on its own article; ClaimReview: first seen in the earlier saved', async () => {
    const annotations = JSON.parse(await readFile((await exportFile('annotations')).file, 'utf8')) as { type: string; target: { source: string }[] }[];
    expect(annotations.map((a) => [a.type, a.target[0].source])).toEqual([['Annotation', first.url], ['Annotation', ians.url]]);
    const claim = JSON.parse(await readFile((await exportFile('claimreview')).file, 'utf8')) as { '@graph': { itemReviewed: { appearance: unknown[]; firstAppearance: { url: string } } }[] };
    expect(claim['@graph']).toHaveLength(1);
    expect(claim['@graph'][0].itemReviewed.appearance).toHaveLength(2);
    expect(claim['@graph'][0].itemReviewed.firstAppearance.url).toBe(first.url);
    expect(await readFile((await exportFile('md')).file, 'utf8')).toMatch(/^# Quote family: Sergio Gor, [\s\S]*\{\+secure\+\}/);
  });

  test('Copy Markdown: on the clipboard, announced', async () => {
    await library.bringToFront();
    await library.locator('[data-testid="export-format"]').selectOption('copy-md');
    await byKeyboard(library.locator('[data-testid="export-button"]'));
    await expect.poll(announced).toBe('Copied the Markdown report.');
    expect(await pasted(library)).toMatch(/^# Quote family: Sergio Gor, /);
  });
});

describe("Sergio Gor's page", () => {
  test('every format: the HTML offline with no request, one annotation and one draft per quote', async () => {
    await library.locator('[data-testid="family-reference"] [data-testid="speaker-link"]').click();
    await library.locator('[data-testid="speaker-page"]').waitFor();
    expect(words(await library.locator('[data-testid="evidence-export"] h3').textContent())).toBe('Export these quotes as evidence');
    const quotes = await library.locator('[data-testid="speaker-quote"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.article));
    expect(new Set(quotes)).toEqual(new Set([first.url, ians.url]));

    const { name, file } = await exportFile('html');
    expect(name).toBe('verbatim-speaker-sergio-gor.html');
    await expect.poll(announced).toBe(`Saved ${name}`);
    const report = await openedOffline(file);
    expect(report.others).toEqual([]);
    expect(report.title).toBe('Quotes of Sergio Gor');
    expect(report.quotes).toBe(quotes.length);

    const annotations = JSON.parse(await readFile((await exportFile('annotations')).file, 'utf8')) as { target: { source: string }[] }[];
    expect(annotations.map((a) => a.target[0].source)).toEqual(quotes);
    const claim = JSON.parse(await readFile((await exportFile('claimreview')).file, 'utf8')) as { '@graph': { itemReviewed: { author: { name: string } } }[] };
    expect(claim['@graph'].map((d) => d.itemReviewed.author.name)).toEqual(quotes.map(() => 'Sergio Gor'));
    expect(await readFile((await exportFile('md')).file, 'utf8')).toMatch(/^# Quotes of Sergio Gor\n/);
    expect(await axeViolations(library)).toEqual([]);
  });
});
