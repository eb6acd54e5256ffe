/** Debian's Chromium with the e2e build loaded, through playwright-core (one browser at a time). */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import type { RequestOf, RequestType, ResponseOf } from '@/utils/protocol/messages';

/** The extension API inside an extension page (code passed to `evaluate` runs there, not here). */
export type PageGlobals = { chrome: WxtBrowser };

// VERBATIM_E2E_DIR: a private copy of the build, so a run does not load a build being rewritten.
export const E2E_EXTENSION_DIR = path.resolve(process.env.VERBATIM_E2E_DIR ?? '.output/chrome-mv3-e2e');

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

/** Sends one request from an extension page, as the popup does; a stopped worker gives `{ ok: false }`. */
export async function sendFrom<T extends RequestType>(extPage: Page, req: RequestOf<T>): Promise<ResponseOf<T>> {
  return extPage.evaluate(async (r) => {
    try {
      const res = await (globalThis as unknown as PageGlobals).chrome.runtime.sendMessage(r);
      return res ?? { ok: false, error: 'no answer' };
    } catch (err) {
      return { ok: false, error: String(err) };
    }
  }, req as unknown) as Promise<ResponseOf<T>>;
}

export interface WorkerSwitch {
  /** Stops the extension's service worker (as Chromium does when idle) and waits until it has. */
  stop(): Promise<void>;
  /** The worker's last running status CDP reported ('running', 'stopped', …; '' before any). */
  status(): string;
  detach(): Promise<void>;
}

/**
 * Stops the service worker through CDP (`ServiceWorker.stopAllWorkers`) from a spare page.
 * Chromium may start it again within milliseconds (a message in flight wakes it), so `stop`
 * waits for the 'stopped' report, not for the worker to stay stopped.
 */
export async function workerSwitch(ext: LoadedExtension): Promise<WorkerSwitch> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/manifest.json`);
  const cdp = await ext.context.newCDPSession(page);
  let stops = 0;
  let status = '';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(`chrome-extension://${ext.id}/`)) continue;
      status = v.runningStatus;
      if (v.runningStatus === 'stopped') stops++;
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    async stop() {
      // Not while it starts: a worker stopped mid-start can be left unable to wake (every message
      // "Receiving end does not exist"; the reliability file's fresh-clone runs, 12-06).
      for (const end = Date.now() + 10_000; status === 'starting' && Date.now() < end; ) await new Promise((r) => setTimeout(r, 10));
      const before = stops;
      await cdp.send('ServiceWorker.stopAllWorkers');
      // A worker already stopped (idle, or stopped between two calls) reports no new stop.
      if (status === 'stopped') return;
      for (const end = Date.now() + 10_000; stops === before; await new Promise((r) => setTimeout(r, 5))) {
        if (Date.now() > end) throw new Error('e2e: the service worker did not stop');
      }
    },
    status: () => status,
    async detach() {
      await cdp.detach().catch(() => {});
      await page.close();
    },
  };
}
