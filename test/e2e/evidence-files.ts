/**
 * Shared by the evidence e2e tests (the side panel's and the library's): downloading an export
 * from an Export control, opening a file offline with every request recorded, and reading what
 * a reader's paste would give.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Chooses a format in `page`'s Export control and starts it with `press` (a click by default; the
 * keyboard tests focus the button and press Enter): the download, saved to `dir`.
 */
export async function downloadExport(page: Page, format: string, dir: string, press?: (button: ReturnType<Page['locator']>) => Promise<void>): Promise<{ name: string; file: string }> {
  await page.locator('[data-testid="export-format"]').selectOption(format);
  const button = page.locator('[data-testid="export-button"]');
  const [download] = await Promise.all([page.waitForEvent('download'), press ? press(button) : button.click()]);
  const name = download.suggestedFilename();
  const file = path.join(dir, name);
  await download.saveAs(file);
  return { name, file };
}

/** Opens a file in a new tab with page scripts disabled; every request the tab makes, but the file's own. */
export async function openFileOffline(context: BrowserContext, file: string): Promise<{ viewer: Page; others: string[] }> {
  const viewer = await context.newPage();
  const cdp = await context.newCDPSession(viewer);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  viewer.on('request', (r) => requests.push(r.url()));
  await viewer.goto(url, { waitUntil: 'load' });
  await viewer.waitForTimeout(300); // late loads (a lazy image, a font) would be seen by now
  return { viewer, others: requests.filter((u) => u !== url) };
}

/** What Ctrl+V pastes into a textarea added to `page` for the purpose (and removed after). */
export async function pasted(page: Page): Promise<string> {
  await page.evaluate(() => {
    const box = document.createElement('textarea');
    box.id = 'paste-box';
    document.body.append(box);
    box.focus();
  });
  await page.keyboard.press('ControlOrMeta+V');
  return page.locator('#paste-box').evaluate((box: HTMLTextAreaElement) => {
    box.remove();
    return box.value;
  });
}
