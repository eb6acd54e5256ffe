/**
 * Evidence export from the side panel in real Chromium (issue 15, item 5). Seed 001 (IANS) saved,
 * seed 000 checked in the panel (opened as a page pinned to that tab, as sidepanel.test.ts explains):
 * no export before the check; after it, the HTML report downloads through the page's own
 * <a download> (the manifest asks for neither `downloads` nor `clipboardWrite`), opens from disk
 * with scripts disabled and loads nothing but itself, and shows the long Gor quote Paraphrased with
 * "secure" in IANS's version, then the reverse sections (IANS's Gor quotes missing here, the "crucial"
 * sentence with "indispensable" struck); Web Annotations download as JSON with one annotation per quote; and
 * "Copy Markdown" puts the Markdown report on the clipboard (read back by pasting it). The popup's
 * report (popup.html?tabId=N) downloads the Markdown the same way.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serveSeedPages, type SeedPage, type SeedServer } from '../../bin/cli/seed-pages';
import { launchExtension, sendFrom, tabIdOf, type LoadedExtension, type PageGlobals } from '../../bin/browser/launch-extension';
import { downloadExport, openFileOffline, pasted } from './evidence-files';

let server: SeedServer;
let ext: LoadedExtension;
let other: SeedPage; // seed 000: its long Gor quote says "ensure", IANS printed "secure"
let panel: Page;
let dir: string;
let tabId: number; // seed 000's tab

const announcer = () => panel.locator('[data-testid="announcer"]').textContent();

/** Chooses a format and presses the button: the download the panel starts, saved to `dir`. */
const exportFile = (format: string) => downloadExport(panel, format, dir);
const openOffline = (file: string) => openFileOffline(ext.context, file);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'verbatim-evidence-'));
  server = await serveSeedPages();
  const ians = server.pages.find((p) => p.outlet === 'IANS')!;
  other = server.pages.find((p) => p.outlet !== 'IANS')!;
  ext = await launchExtension();
  const helper = await ext.context.newPage();
  const iansPage = await ext.context.newPage();
  await iansPage.goto(ians.url);
  const saved = await sendFrom(helper, { type: 'save-article', tabId: await tabIdOf(ext.id, helper, ians.url) });
  expect(saved.ok).toBe(true);
  const articlePage = await ext.context.newPage();
  await articlePage.goto(other.url);
  tabId = await tabIdOf(ext.id, helper, other.url);
  panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.id}/sidepanel.html?tabId=${tabId}`);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('evidence export from the side panel', () => {
  test('the manifest asks for no download or clipboard permission; an unchecked tab offers no export', async () => {
    const permissions = await panel.evaluate(() => (globalThis as unknown as PageGlobals).chrome.runtime.getManifest().permissions ?? []);
    expect(permissions.filter((p) => p === 'downloads' || p === 'clipboardWrite')).toEqual([]);
    await expect.poll(() => panel.getAttribute('[data-testid="panel"]', 'data-state')).toBe('unchecked');
    expect(await panel.locator('[data-testid="export"]').count()).toBe(0);
    await panel.locator('[data-testid="check-page"]').click();
    await expect.poll(() => panel.getAttribute('[data-testid="panel"]', 'data-state'), { timeout: 20_000 }).toBe('report');
    expect(await panel.locator('[data-testid="export"] label').textContent()).toBe('Export');
  });

  test('the recorder sees a page that loads something (the control for the next test)', async () => {
    const file = path.join(dir, 'control.html');
    await writeFile(file, `<!DOCTYPE html><title>control</title><img src="${server.origin}/pixel.png" alt="">`);
    const { viewer, others } = await openOffline(file);
    expect(others).toEqual([`${server.origin}/pixel.png`]);
    await viewer.close();
  });

  test('HTML report: downloaded, announced, loads nothing else offline, the Gor quote Paraphrased with "secure"', async () => {
    const { name, file } = await exportFile('html');
    expect(name).toMatch(/^verbatim-[\p{L}\p{N}-]+\.html$/u);
    await expect.poll(announcer).toBe(`Saved ${name}`);
    expect(await panel.locator('[data-testid="export-status"]').textContent()).toBe(`Saved ${name}`);

    const { viewer, others } = await openOffline(file);
    expect(others).toEqual([]);
    const quotes = await viewer.locator('article.quote').evaluateAll((els) =>
      els.map((el) => ({
        heading: el.querySelector('h3')?.textContent ?? '',
        text: el.querySelector('blockquote')?.textContent ?? '',
        verdict: el.querySelector('h3 .verdict')?.textContent ?? '',
        inserted: Array.from(el.querySelectorAll('section.version ins'), (i) => i.textContent ?? ''),
      })),
    );
    expect(quotes.length).toBe(await panel.locator('[data-testid="panel-quote"]').count());
    const gor = quotes.filter((q) => q.heading.includes('Gor')).reduce((a, b) => (b.text.length > a.text.length ? b : a));
    expect(gor.text).toContain('ensure');
    expect(gor.verdict).toBe('Paraphrased');
    expect(gor.inserted.some((t) => t.endsWith('secure'))).toBe(true);
    // The check's reverse sections, as the panel shows them: IANS's Gor quotes missing here, the "crucial" sentence.
    expect(await viewer.locator('#quoted-elsewhere h3').allTextContents()).toContainEqual(expect.stringMatching(/^Sergio Gor \(\d+\)$/));
    expect(await viewer.locator('#quoted-elsewhere li').count()).toBe(Number((await panel.locator('[data-testid="elsewhere-toggle"] .count').allTextContents()).map((t) => t.match(/\d+/)?.[0] ?? '1').reduce((a, b) => a + Number(b), 0)));
    const crucial = viewer.locator('#paraphrased-here article.paraphrased', { hasText: 'crucial not only for' });
    expect(await crucial.locator('del').allTextContents()).toContainEqual(expect.stringContaining('indispensable'));
    await viewer.close();
  });

  test('Web Annotations: JSON-LD that parses, one annotation per quote, each on this article', async () => {
    const { name, file } = await exportFile('annotations');
    expect(name).toMatch(/-annotations\.jsonld$/);
    await expect.poll(announcer).toBe(`Saved ${name}`);
    const annotations = JSON.parse(await readFile(file, 'utf8')) as { type: string; target: { source: string }[] }[];
    expect(annotations.length).toBe(await panel.locator('[data-testid="panel-quote"]').count());
    expect(annotations.every((a) => a.type === 'Annotation' && a.target.every((t) => t.source === other.url))).toBe(true);
  });

  test('Copy Markdown: the report on the clipboard, announced', async () => {
    await panel.bringToFront();
    await panel.locator('[data-testid="export-format"]').selectOption('copy-md');
    expect(await panel.locator('[data-testid="export-button"]').textContent()).toBe('Copy');
    await panel.locator('[data-testid="export-button"]').click();
    await expect.poll(announcer).toBe('Copied the Markdown report.');
    // Read back by pasting (a reader's Ctrl+V needs no permission; readText would) into a scratch box.
    const copied = await pasted(panel);
    expect(copied).toMatch(/^# Quote report: /);
    expect(copied).toMatch(/\{\+secure\+\}/);
  });

  test('the popup report exports too: Markdown downloaded, its name written in the popup', async () => {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.getAttribute('[data-testid="popup"]', 'data-state'), { timeout: 20_000 }).toBe('report');
    await popup.locator('[data-testid="export-format"]').selectOption('md');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-testid="export-button"]').click()]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/^verbatim-[\p{L}\p{N}-]+\.md$/u);
    await expect.poll(() => popup.locator('[data-testid="export-status"]').textContent()).toBe(`Saved ${name}`);
    const file = path.join(dir, `popup-${name}`);
    await download.saveAs(file);
    expect(await readFile(file, 'utf8')).toMatch(/^# Quote report: [\s\S]*\{\+secure\+\}/);
    await popup.close();
  });
});
