/**
 * A screenshot of the side panel beside the page it reports on. Playwright cannot capture the
 * browser's own side panel with the page, so the two are taken apart (the panel page as it
 * renders for that tab) and set side by side in a small local page, itself screenshotted.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export async function besideThePage(context: BrowserContext, article: Page, panel: Page, out: string): Promise<void> {
  const [page, side] = await Promise.all([article.screenshot(), panel.screenshot()]);
  const png = (b: Buffer) => `data:image/png;base64,${b.toString('base64')}`;
  const frame = await context.newPage();
  const { width: w1, height: h1 } = article.viewportSize()!;
  const { width: w2, height: h2 } = panel.viewportSize()!;
  await frame.setViewportSize({ width: w1 + w2 + 1, height: Math.max(h1, h2) });
  await frame.setContent(
    `<body style="margin:0;display:flex;background:#ccc;gap:1px;align-items:flex-start">` +
      `<img alt="" src="${png(page)}" width="${w1}" height="${h1}"><img alt="" src="${png(side)}" width="${w2}" height="${h2}"></body>`,
  );
  await frame.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  await mkdir(path.dirname(out), { recursive: true });
  await frame.screenshot({ path: out });
  await frame.close();
}
