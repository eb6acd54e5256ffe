/** Debian's Chromium with the e2e build loaded, through playwright-core (one browser at a time). */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';

/** The extension API inside an extension page (code passed to `evaluate` runs there, not here). */
export type PageGlobals = { chrome: WxtBrowser };

export const E2E_EXTENSION_DIR = path.resolve('.output/chrome-mv3-e2e');

export interface LoadedExtension {
  context: BrowserContext;
  id: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchExtension(dir = E2E_EXTENSION_DIR, headless = true): Promise<LoadedExtension> {
  const profile = await mkdtemp(path.join(tmpdir(), 'verbatim-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    id: new URL(worker.url()).host,
    worker,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The browser's tab id for a page, asked from an extension page (tabs.query sees 127.0.0.1 URLs
 * thanks to the e2e build's host permission). `extPage` is navigated to the library page.
 */
export async function tabIdOf(extensionId: string, extPage: Page, url: string): Promise<number> {
  if (!extPage.url().startsWith(`chrome-extension://${extensionId}/`)) await extPage.goto(`chrome-extension://${extensionId}/library.html`);
  const id = await extPage.evaluate(async (u) => {
    const tabs = await (globalThis as unknown as PageGlobals).chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`e2e: no tab shows ${url}`);
  return id;
}
