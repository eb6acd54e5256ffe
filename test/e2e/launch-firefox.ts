/**
 * Debian's Firefox ESR with the Firefox e2e build installed as a temporary add-on, driven over
 * WebDriver BiDi by puppeteer-core (no geckodriver). Firefox 153 (and 140) lets WebDriver open
 * moz-extension:// pages only when started with --remote-allow-system-access, and gives an
 * add-on a random internal UUID unless the `extensions.webextensions.uuids` pref fixes it.
 */
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = path.resolve(process.env.VERBATIM_FIREFOX_E2E_DIR ?? '.output/firefox-mv2-e2e');
export const FIREFOX_PATH = '/usr/bin/firefox-esr';
const ADDON_ID = 'verbatim@verbatim.local'; // wxt.config.ts: browser_specific_settings.gecko.id
const ADDON_UUID = '6d1a2f3e-0000-4000-8000-0000000000e2';

export interface LoadedFirefox {
  browser: Browser;
  /** The add-on's origin, `moz-extension://<uuid>`. */
  origin: string;
  close(): Promise<void>;
}

export async function launchFirefox(dir = FIREFOX_EXTENSION_DIR): Promise<LoadedFirefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // No default viewport: puppeteer would set it with the screen-orientation command Firefox ESR
    // 140 lacks (setFirefoxViewport); the window's size is given instead.
    defaultViewport: null,
    args: ['--remote-allow-system-access', '--width=1100', '--height=800'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }) },
  });
  const id = await browser.installExtension(dir);
  if (id !== ADDON_ID) throw new Error(`e2e: Firefox installed ${id}, expected ${ADDON_ID}`);
  return { browser, origin: `moz-extension://${ADDON_UUID}`, close: () => browser.close() };
}

/**
 * A page's viewport. puppeteer sends a screen-orientation override beside it, a BiDi command
 * Firefox ESR 140 (Debian bookworm's) does not know; the viewport itself is set all the same.
 */
export async function setFirefoxViewport(page: Page, viewport: { width: number; height: number }): Promise<void> {
  await page.setViewport(viewport).catch((e: unknown) => {
    if (!String(e).includes('setScreenOrientationOverride')) throw e;
  });
}

/**
 * Opens an add-on page in `page`. Firefox reports neither the load nor the new URL to BiDi for
 * moz-extension pages (page.url() stays about:blank), so this asks the document where it is.
 */
export async function openAddonPage(page: Page, url: string, ready: string): Promise<void> {
  void page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15_000 }).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  const where = () => page.evaluate(() => location.href).catch(() => 'navigating');
  for (let at = await where(); at !== url; at = await where()) {
    if (Date.now() > deadline) throw new Error(`e2e: Firefox did not open ${url} (at ${at})`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await page.waitForSelector(ready, { timeout: 15_000 });
}

/** The browser's tab id for a page, asked from an add-on page (tabs.query sees 127.0.0.1 through the e2e build's host permission). */
export async function firefoxTabIdOf(addonPage: Page, url: string): Promise<number> {
  const id = await addonPage.evaluate(async (u) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ url?: string; id?: number }[]> } } }).browser;
    return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`e2e: no Firefox tab shows ${url}`);
  return id;
}
