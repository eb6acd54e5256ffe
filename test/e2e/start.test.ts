/**
 * `npm start`'s browser set-up (bin/cli/start.ts launchSeeded), headless: one seed is in the library
 * under its local address, the other is open, and checking it shows the saved outlet's verdicts.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchSeeded, type SeededBrowser } from '../../bin/cli/start';
import { serveSeedPages, type SeedServer } from '../../bin/cli/seed-pages';
import { E2E_EXTENSION_DIR, tabIdOf } from '../../bin/browser/launch-extension';

let server: SeedServer;
let seeded: SeededBrowser;

beforeAll(async () => {
  server = await serveSeedPages();
  seeded = await launchSeeded({ pages: server.pages, extensionDir: E2E_EXTENSION_DIR, headless: true });
});
afterAll(async () => {
  await seeded?.context.close();
  await server?.close();
});

test('one seed saved, the other open: the first check shows the paraphrase', async () => {
  const { context, extensionId, saved, opened } = seeded;
  const lib = context.pages().find((p) => p.url().endsWith('/library.html'))!;
  await lib.locator('[data-testid="library-article"]').first().waitFor();
  expect(await lib.locator('[data-testid="library-article"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual([saved.url]);
  expect(context.pages().some((p) => p.url() === opened.url)).toBe(true);

  const popup = await context.newPage();
  const tabId = await tabIdOf(extensionId, popup, opened.url);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('[data-testid="popup"][data-state="report"]').waitFor();
  expect(await popup.locator('[data-testid="quote-card"][data-verdict="paraphrase"]').count()).toBeGreaterThan(0);
});
