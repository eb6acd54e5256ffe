/**
 * `npm start`: the first run. Builds the extension, serves the two seed articles as local news
 * pages on 127.0.0.1, and opens Chromium (headed) with the extension loaded, one seed already in
 * the library and the other open, so the first click on the toolbar button shows real verdicts.
 * Without a display it says so, explains how to load the extension by hand, and prints the
 * seeds' comparison from the command-line tool instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WxtBrowser } from 'wxt/browser';
import { articleId } from '@/utils/article/article-id';
import { buildExportFile } from '@/utils/storage/export-format';
import { loadArticle } from './load-article';
import { serveSeedPages, SEEDS_DIR, type SeedPage } from './seed-pages';

const ROOT = path.resolve(SEEDS_DIR, '..');
const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const CHROMIUM = '/usr/bin/chromium';
const SAVED_SEED = '001_172d88e8f7af0655.txt'; // IANS: saved first
const OPENED_SEED = '000_fa55279f4966502b.txt'; // quotes "ensure", which IANS reports as "secure"

const say = (line = '') => process.stdout.write(`${line}\n`);

function loadByHand(): void {
  say('To try the extension yourself:');
  say('  1. Open chrome://extensions in Chromium or Chrome and turn on "Developer mode".');
  say(`  2. Click "Load unpacked" and choose ${EXTENSION_DIR}`);
  say('  3. Open a news article and click the Verbatim button in the toolbar.');
  say('     The side panel opens beside the page. No saved coverage yet? It offers "Load sample coverage" (the two seed articles).');
}

export async function runStart(compare: (args: string[]) => Promise<number>): Promise<number> {
  say('Building the extension (wxt build)…');
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    process.stderr.write('verbatim: the extension did not build (see the messages above).\n');
    return 1;
  }
  say(`Built: ${EXTENSION_DIR}`);

  const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  if (!display || !existsSync(CHROMIUM)) {
    say();
    say(display ? `Chromium was not found at ${CHROMIUM}, so no browser is opened.` : 'No display here ($DISPLAY and $WAYLAND_DISPLAY are empty), so no browser is opened.');
    loadByHand();
    say();
    say('Meanwhile, this is what Verbatim finds in the two seed articles (verbatim compare):');
    say();
    const rel = (file: string) => path.relative(process.cwd(), path.join(SEEDS_DIR, file));
    return compare(['compare', rel(OPENED_SEED), rel(SAVED_SEED)]);
  }

  const server = await serveSeedPages();
  try {
    const { context, saved, opened } = await launchSeeded({ pages: server.pages, extensionDir: EXTENSION_DIR, headless: false });
    say();
    say(`Chromium is open with Verbatim loaded. Saved: "${saved.title}" (${saved.outlet}).`);
    say(`Open tab: "${opened.title}" (${opened.outlet}) at ${opened.url}`);
    say('Click the Verbatim button in the toolbar (pin it from the puzzle-piece menu) to see how');
    say(`${saved.outlet} rendered its quotes. The library tab lists what is saved. Close Chromium to stop.`);
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    return 0;
  } finally {
    await server.close();
  }
}

export interface SeededBrowser {
  context: BrowserContext;
  extensionId: string;
  saved: SeedPage;
  opened: SeedPage;
}

/**
 * Chromium with the extension loaded, one seed saved through the extension's own import message
 * (under its local page address) and the other seed open in a tab. The e2e tests call it headless.
 */
export async function launchSeeded(opts: { pages: SeedPage[]; extensionDir: string; headless: boolean }): Promise<SeededBrowser> {
  const saved = opts.pages.find((p) => p.file === SAVED_SEED)!;
  const opened = opts.pages.find((p) => p.file === OPENED_SEED)!;
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(await mkdtemp(path.join(tmpdir(), 'verbatim-start-')), {
    executablePath: CHROMIUM,
    headless: opts.headless,
    viewport: opts.headless ? { width: 1100, height: 800 } : null,
    ignoreDefaultArgs: ['--enable-automation'],
    args: [
      `--disable-extensions-except=${opts.extensionDir}`,
      `--load-extension=${opts.extensionDir}`,
      '--no-first-run',
      '--disable-sync',
      ...(opts.headless ? ['--no-sandbox', '--disable-gpu'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const article = await loadArticle(path.join(SEEDS_DIR, SAVED_SEED));
  const located = { ...article, url: saved.url, outlet: saved.outlet, title: saved.title, date: saved.date };
  const file = buildExportFile([{ ...located, id: articleId(located), savedAt: Date.now() }]);
  const library = context.pages()[0] ?? (await context.newPage());
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const result = await library.evaluate(
    (data) => (globalThis as unknown as { chrome: WxtBrowser }).chrome.runtime.sendMessage({ type: 'import-library', data }),
    file,
  );
  if (!result?.ok) throw new Error(`start: could not save the first seed (${result?.error ?? 'no answer'})`);
  await library.reload();
  const page = await context.newPage();
  await page.goto(opened.url);
  return { context, extensionId, saved, opened };
}
