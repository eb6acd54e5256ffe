/**
 * Hostile content stays inert (issue 6), in real Chromium. A local page whose quotes, title and
 * outlet carry markup (<b>, <script>, <img onerror>, <svg onload>), look-alike and invisible
 * Unicode, and javascript:/data: links is saved; other coverage whose article URLs are javascript:
 * and data: URLs is imported; a second page quoting the same words is checked. The popup, the
 * in-page hover card and the library must show every one of those strings as text: no element
 * made from them, no script run (no dialog anywhere), and only http(s) links.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, tabIdOf, type LoadedExtension } from '../../bin/browser/launch-extension';
import {
  HOSTILE_CHECKED, HOSTILE_SAVED, PAYLOADS, hostileImportFile, newsPageHtml, servePages, type PageServer,
} from './page-fixtures';

let server: PageServer;
let ext: LoadedExtension;
const dialogs: string[] = [];
const extensionErrors: string[] = [];

interface InertReport {
  /** Elements of a kind the extension's UI never makes itself (so they could only come from page text). */
  foreign: string[];
  /** Inline event-handler attributes (onerror=, onload=, ...). */
  handlers: string[];
  /** Every link target in the UI. */
  hrefs: string[];
  text: string;
}

/**
 * Runs in the browser (self-contained: Playwright sends its source). Inspects the document, or the
 * open shadow root that holds `inShadow`. The extension's own module scripts have packaged src paths.
 */
function inspectInert(inShadow: string | null): InertReport {
  const root = inShadow
    ? [...document.querySelectorAll('*')].map((el) => el.shadowRoot).find((r) => r?.querySelector(inShadow))
    : document;
  if (!root) throw new Error(`hostile-content: no shadow root holds ${inShadow}`);
  const all = [...root.querySelectorAll('*')];
  const ownScript = (el: Element) => el.tagName === 'SCRIPT' && /^\/(?!\/)/.test(el.getAttribute('src') ?? '');
  return {
    foreign: all
      .filter((el) => /^(IMG|SCRIPT|SVG|IFRAME|OBJECT|EMBED|B|FORM|BASE|META|LINK)$/i.test(el.tagName) && !ownScript(el) && !(el.tagName === 'LINK' && /^\/(?!\/)/.test(el.getAttribute('href') ?? '')) && !(el.tagName === 'META' && el.closest('head')))
      .map((el) => el.outerHTML.slice(0, 80)),
    handlers: all.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}[${a.name}]`)),
    hrefs: all.filter((el) => el.hasAttribute('href') && el.tagName === 'A').map((el) => el.getAttribute('href')!),
    text: (root instanceof Document ? root.body : root).textContent ?? '',
  };
}

/**
 * Links go to http(s) pages, to the extension's own library page (a quote's "All versions", whose
 * article id travels in the hash) or to a view of the page itself (#…): never javascript:, data:
 * or another extension page.
 */
function expectInert(r: InertReport, where: string) {
  expect(r.foreign, where).toEqual([]);
  expect(r.handlers, where).toEqual([]);
  const own = `chrome-extension://${ext.id}`;
  for (const href of r.hrefs) {
    if (href.startsWith('#')) continue; // the library page's own views (#families, #fidelity, …)
    const url = new URL(href, `${own}/popup.html`);
    // A chrome-extension: URL has no origin in Node's URL ("null"): compare its parts.
    const ownLibrary = url.protocol === 'chrome-extension:' && url.host === ext.id && url.pathname === '/library.html' && url.search === '';
    expect(ownLibrary || /^https?:$/.test(url.protocol), `${where}: ${href}`).toBe(true);
  }
}

async function openPopupFor(url: string): Promise<Page> {
  const p = await ext.context.newPage();
  await p.goto(`chrome-extension://${ext.id}/popup.html?tabId=${await tabIdOf(ext.id, p, url)}`);
  await expect.poll(() => p.getAttribute('[data-testid="popup"]', 'data-state'), { timeout: 20_000 }).toBe('report');
  return p;
}

/** Viewport point of the first occurrence of `needle` in the page's text. */
async function pointOf(page: Page, needle: string) {
  return page.evaluate((n) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent!.indexOf(n);
      if (i < 0) continue;
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + n.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, needle);
}

beforeAll(async () => {
  server = await servePages(new Map([
    [HOSTILE_SAVED.path, newsPageHtml(HOSTILE_SAVED.meta, HOSTILE_SAVED.paragraphs, HOSTILE_SAVED.extraHtml)],
    [HOSTILE_CHECKED.path, newsPageHtml(HOSTILE_CHECKED.meta, HOSTILE_CHECKED.paragraphs, HOSTILE_CHECKED.extraHtml)],
  ]));
  ext = await launchExtension();
  const watch = (p: Page) => {
    p.on('dialog', (d) => {
      dialogs.push(`${p.url()}: ${d.message()}`);
      void d.dismiss();
    });
    p.on('pageerror', (e) => {
      if (p.url().startsWith('chrome-extension://')) extensionErrors.push(`${p.url()}: ${e.message}`);
    });
  };
  ext.context.pages().forEach(watch);
  ext.context.on('page', watch);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('hostile page content stays inert', () => {
  test('the library imports coverage with javascript: and data: article URLs and lists it as text', async () => {
    const lib = await ext.context.newPage();
    await lib.goto(`chrome-extension://${ext.id}/library.html`);
    await lib.locator('[data-testid="library"]').waitFor();
    await lib.locator('[data-testid="import-file"]').setInputFiles({
      name: 'coverage.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostileImportFile())),
    });
    await expect.poll(() => lib.locator('[data-testid="import-result"]').textContent()).toMatch(/2 added/);
    await lib.close();
  });

  test('saving the hostile article: the popup renders its quotes as text', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(HOSTILE_SAVED.path));
    const popup = await openPopupFor(server.url(HOSTILE_SAVED.path));
    expect(await popup.locator('[data-testid="quote-card"]').count()).toBeGreaterThanOrEqual(3);
    const r = await popup.evaluate(inspectInert, null);
    expectInert(r, 'popup (saved page)');
    for (const p of [PAYLOADS.bold, PAYLOADS.img, PAYLOADS.script]) expect(r.text).toContain(p);
    await popup.locator('[data-testid="save-button"]').click();
    await popup.locator('[data-testid="save-button"][data-state="yes"]').waitFor();
    await popup.close();
  });

  test('checking the other article: popup versions and hover card are inert, links http(s) only', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(HOSTILE_CHECKED.path));
    const popup = await openPopupFor(server.url(HOSTILE_CHECKED.path));
    // Expand every card so each other outlet's version (and its link, if any) is in the DOM.
    const collapsed = popup.locator('[data-testid="quote-toggle"][aria-expanded="false"]');
    while ((await collapsed.count()) > 0) await collapsed.first().click();
    const versions = popup.locator('[data-testid="match-version"]');
    expect(await versions.count()).toBeGreaterThanOrEqual(4);
    const r = await popup.evaluate(inspectInert, null);
    expectInert(r, 'popup (checked page)');
    for (const p of [PAYLOADS.bold, PAYLOADS.img, PAYLOADS.script, PAYLOADS.svg, PAYLOADS.outlet]) expect(r.text).toContain(p);
    // The javascript:/data: coverage is shown but never linked; the saved http page is.
    expect(await versions.filter({ hasText: 'Evil Wire' }).count()).toBeGreaterThan(0);
    expect(await versions.filter({ hasText: 'Evil Wire' }).locator('a').count()).toBe(0);
    expect(await versions.filter({ hasText: 'Data Wire' }).locator('a').count()).toBe(0);
    expect(r.hrefs.some((h) => h.startsWith(server.origin))).toBe(true);
    await popup.close();

    // In the page: hover the altered quote; the card lists both other versions as text.
    await page.bringToFront();
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('verbatim-')), undefined, { timeout: 10_000 });
    const point = await pointOf(page, 'entire streets');
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x - 40, point!.y - 40);
    await page.mouse.move(point!.x, point!.y, { steps: 4 });
    await page.locator('[data-testid="hover-card"]').waitFor({ timeout: 10_000 });
    const card = await page.evaluate(inspectInert, '[data-testid="hover-card"]');
    expectInert(card, 'hover card');
    expect(card.text).toContain('Evil Wire');
    expect(card.text).toContain(PAYLOADS.outlet);
    expect(card.hrefs.length).toBeGreaterThan(0); // the saved http article is linked…
    expect(card.hrefs.every((h) => h.startsWith(server.origin))).toBe(true); // …the javascript: one is not
    // The page's own DOM gained nothing from its text either (the card lives in a shadow root).
    expect(await page.evaluate(() => document.querySelectorAll('img, script, svg, b').length)).toBe(0);
  });

  test('the library lists every hostile article as text, linking only the http one', async () => {
    const lib = await ext.context.newPage();
    await lib.goto(`chrome-extension://${ext.id}/library.html`);
    await lib.locator('[data-testid="library-article"]').first().waitFor();
    expect(await lib.locator('[data-testid="library-article"]').count()).toBe(3);
    const r = await lib.evaluate(inspectInert, null);
    expectInert(r, 'library');
    expect(r.text).toContain(PAYLOADS.title);
    // Of the articles, only the http one is linked (the page's own view links aside).
    expect(r.hrefs.filter((h) => !h.startsWith('#'))).toEqual([server.url(HOSTILE_SAVED.path)]);
    await lib.close();
  });

  test('no script ran anywhere: no dialog, no error in extension pages', () => {
    expect(dialogs).toEqual([]);
    expect(extensionErrors).toEqual([]);
  });
});
