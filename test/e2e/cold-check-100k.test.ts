/**
 * The cold check at 100,000 saved articles in real Chromium (issue 16 item 4: target ≤ 500 ms),
 * run on demand: `VERBATIM_100K=1 npx vitest run test/e2e/cold-check-100k.test.ts` (skipped
 * otherwise: storing the library and the worker's index rebuild take many minutes on this machine).
 *
 * The synthetic library of performance.test.ts at 100k (VERBATIM_100K_ARTICLES=N for another size),
 * every article written straight into the extension's IndexedDB as a saved record, in chunks;
 * the index rebuilt by the background on its next wake and cached (timed). Then, alternating, as
 * the 10k test does: the side panel cold (toolbar click → full report in the panel; opened by the
 * click, and open already) and the popup
 * cold (navigation → full report), each right after a service-worker restart, so the index comes
 * from its IndexedDB cache. The figures and the target are printed with the load average; only a
 * guard against a hang is asserted.
 */
import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { DB_NAME } from '@/utils/storage/storage';
import type { LibraryRecord } from '@/utils/storage/library-storage';
import type { Article } from '@/utils/types';
import { tabIdOf, type LoadedExtension, type PageGlobals } from '../../bin/browser/launch-extension';
import { coldPanel, coldPopup, figureTable, indexRebuiltOnWake, launchPrivateCopy, median, ms, pageHtml, servePages, timedRequest, wokenLine, writeRecords } from './cold-check';
import { libraryGenerations } from './library-generations';
import { createStory, storyArticle, syntheticLibrary } from './synthetic-library';

const LIBRARY_SIZE = Number(process.env.VERBATIM_100K_ARTICLES ?? 100_000);
/** Records per served file and per IndexedDB transaction (the whole library is ~450 MB of JSON). */
const CHUNK = 5_000;
const COLD_OPENS = 3;
const TARGET_MS = 500;
// Guards catch a hang or a lost cache, not slowness (a loaded 2-core machine must not fail the run).
const GUARD_MS = 120_000;
const STORE_TIMEOUT_MS = 90 * 60_000;

const rows: { figure: string; value: string; target: string }[] = [];
const load = () => loadavg()[0].toFixed(1);

describe.runIf(process.env.VERBATIM_100K === '1')(`cold check at ${LIBRARY_SIZE} saved articles in Chromium`, () => {
  const story = createStory(2026);
  const served = new Map<string, string>();
  const chunks: string[] = [];
  let server: Server;
  let origin = '';
  let underTest: Article;
  let buildCopy = '';
  let ext: LoadedExtension;

  beforeAll(async () => {
    server = await servePages(served);
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    underTest = storyArticle(story, `${origin}/story.html`);
    served.set('/story.html', pageHtml(underTest));
    const library = syntheticLibrary({ count: LIBRARY_SIZE, seed: 5, story, coverage: 30 });
    for (let i = 0; i < library.length; i += CHUNK) {
      // What a save stores (utils/storage/storage LibraryRecord): the article, its quotes, its story.
      const records: LibraryRecord[] = library.slice(i, i + CHUNK).map((a) => ({ ...a, quotes: findQuotes(a), storyKey: a.id }));
      const route = `/records-${i / CHUNK}.json`;
      served.set(route, JSON.stringify(records));
      chunks.push(`${origin}${route}`);
    }
    ({ ext, dir: buildCopy } = await launchPrivateCopy('verbatim-100k-build-'));
  }, 20 * 60_000);

  afterAll(async () => {
    console.log(figureTable(`Verbatim in Chromium: the cold check at ${LIBRARY_SIZE} saved articles`, rows));
    await ext?.close();
    if (buildCopy) await rm(buildCopy, { recursive: true, force: true });
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  test(`${LIBRARY_SIZE} articles stored, the index rebuilt on wake and cached`, async () => {
    const lib = await ext.context.newPage();
    await lib.goto(`chrome-extension://${ext.id}/library.html`);
    const send = timedRequest(lib);
    // The background opens (creates) the database on its first request: the writes need its stores.
    expect((await send({ type: 'library-stats' })).res).toMatchObject({ ok: true, data: { articles: 0 } });
    const loadBefore = load();
    const written = await writeRecords(lib, chunks, DB_NAME);
    expect(written.count).toBe(LIBRARY_SIZE);
    rows.push({ figure: `${LIBRARY_SIZE} records written into IndexedDB, ${chunks.length} transactions (load ${loadBefore} → ${load()})`, value: ms(written.ms), target: '' });

    const rebuildLoad = load();
    const rebuiltMs = await indexRebuiltOnWake(ext, lib, LIBRARY_SIZE);
    rows.push({ figure: `index rebuilt from ${LIBRARY_SIZE} stored articles on wake, then cached (load ${rebuildLoad} → ${load()})`, value: ms(rebuiltMs), target: '' });
    // A rebuild writes the cache before it answers: the next wake loads it.
    const generations = await libraryGenerations(lib);
    expect(generations.cache).toBe(generations.store);
    await lib.close();
  }, STORE_TIMEOUT_MS);

  test(`side panel and popup cold at ${LIBRARY_SIZE}: the index from its cache, median of ${COLD_OPENS} each, alternating`, async () => {
    const article = await ext.context.newPage();
    await article.goto(underTest.url);
    const lib = await ext.context.newPage();
    const tabId = await tabIdOf(ext.id, lib, underTest.url);
    const windowId = await lib.evaluate(async (id) => (await (globalThis as unknown as PageGlobals).chrome.tabs.get(id)).windowId, tabId);
    const panels: (Awaited<ReturnType<typeof coldPanel>> & { load: string })[] = [];
    const popups: (Awaited<ReturnType<typeof coldPopup>> & { load: string })[] = [];
    const open: (Awaited<ReturnType<typeof coldPanel>> & { load: string })[] = [];
    for (let i = 0; i < COLD_OPENS; i++) {
      if (i % 2 === 1) popups.push({ ...(await coldPopup(ext, lib, tabId)), load: load() });
      panels.push({ ...(await coldPanel(ext, lib, { id: tabId, windowId })), load: load() });
      open.push({ ...(await coldPanel(ext, lib, { id: tabId, windowId }, undefined, true)), load: load() });
      if (i % 2 === 0) popups.push({ ...(await coldPopup(ext, lib, tabId)), load: load() });
    }
    for (const run of [...panels, ...open, ...popups]) {
      expect(run.timing.cards).toBe(story.quotes.length);
      expect(run.timing.matched).toBeGreaterThan(0); // the report has real matches to show
      expect(run.writes).not.toContain('idb meta.put'); // the cached index was used, not rebuilt
    }
    const byPanel = [...panels].sort((a, b) => a.timing.fromClick - b.timing.fromClick);
    const byPopup = [...popups].sort((a, b) => a.timing.shown - b.timing.shown);
    const midPanel = byPanel[Math.floor(byPanel.length / 2)];
    const midPopup = byPopup[Math.floor(byPopup.length / 2)];
    rows.push({ figure: `side panel cold: toolbar click → full report, median of ${panels.length}`, value: ms(midPanel.timing.fromClick), target: `≤ ${TARGET_MS} ms` });
    rows.push({ figure: `  each: ${panels.map((r) => `${ms(r.timing.fromClick)} (load ${r.load})`).join(', ')}`, value: '', target: '' });
    const midOpen = [...open].sort((a, b) => a.timing.fromClick - b.timing.fromClick)[Math.floor(open.length / 2)];
    rows.push({ figure: `side panel open already (the reader kept it open): toolbar click → full report, median of ${open.length}`, value: ms(midOpen.timing.fromClick), target: `≤ ${TARGET_MS} ms` });
    rows.push({ figure: `  each: ${open.map((r) => `${ms(r.timing.fromClick)} (load ${r.load})`).join(', ')}`, value: '', target: '' });
    rows.push({ figure: `popup cold: navigation → full report, median of ${popups.length}`, value: ms(median(popups.map((r) => r.timing.shown))), target: `≤ ${TARGET_MS} ms` });
    rows.push({ figure: `  each: ${popups.map((r) => `${ms(r.timing.shown)} (load ${r.load})`).join(', ')}`, value: '', target: '' });
    for (const [label, run] of [['median panel run', midPanel], ['median run, panel open already', midOpen], ['median popup run', midPopup]] as const) {
      rows.push({ figure: `  ${label}: ${wokenLine(run)}; ${run.timing.cards} quote cards, ${run.timing.matched} with matches`, value: '', target: '' });
      for (const [phase, value] of Object.entries(run.phases)) rows.push({ figure: `    ${phase}`, value: ms(value), target: '' });
    }
    expect(midPanel.timing.fromClick).toBeLessThan(GUARD_MS);
    expect(median(popups.map((r) => r.timing.shown))).toBeLessThan(GUARD_MS);
    await Promise.all([article.close(), lib.close()]);
  }, 30 * 60_000);
});
