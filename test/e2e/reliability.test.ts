/**
 * Nothing lost, in real Chromium (issue 6). One browser for the file, in this order:
 *   upgrade      a v1 database (the golden fixture) written by an extension page opens in the
 *                worker at the current schema with every article and the settings;
 *   concurrent   50 saves from 5 tabs at once → exactly 50 articles, none twice, index = store;
 *   storage full a tiny quota (CDP Storage.overrideQuotaForOrigin): the popup says so, and a save
 *                or an import changes nothing;
 *   interrupted  the worker is stopped (CDP) 10 times during a save and 10 times during a
 *                2,000-article import → completed saves present, every record valid, imports all
 *                or nothing, and the index cache, once the woken worker has re-cached it (caught
 *                up from the store's change log or rebuilt), covers exactly the stored articles.
 * After each, the quotes store (one row per saved quote, written in each article write's
 * transaction) holds exactly the stored articles' quotes, at the store's generation.
 * The worker re-caches its index a few seconds after the last change, so every check of the cache
 * first waits until it is at the store's generation (the counter every article write bumps).
 * Articles are generated here and served from 127.0.0.1; figures are printed to the log.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { seedPageHtml } from '../../bin/cli/seed-pages';
import { articleFromPlainText } from '@/utils/article/article-text';
import { validateExport, type ExportedArticle, type ExportFile } from '@/utils/storage/export-format';
import type { ResponseData, ResponseOf } from '@/utils/protocol/messages';
import { SCHEMA_VERSION } from '@/utils/storage/storage';
import type { LibraryRecord } from '@/utils/storage/library-storage';
import v1 from '../golden/storage/v1.json';
import { libraryGenerations } from './library-generations';
import { launchExtension, sendFrom, tabIdOf, workerSwitch, type LoadedExtension, type PageGlobals, type WorkerSwitch } from '../../bin/browser/launch-extension';

// ---- generated articles: distinct text, one searchable token each ----

const WORDS = 'harbour council budget ferry rail district inquiry tender bridge school clinic water transit housing levy audit'.split(' ');
const NAMES = ['Ama Mensah', 'Tomas Reyes', 'Lena Vogt', 'Ravi Iyer', 'Sara Lind', 'Omar Haddad'];

/** A word no other article contains: "kestrel" + the index in letters (the index tokenizer drops digits). */
const token = (i: number) => `kestrel${[...String(i)].map((d) => 'abcdefghij'[Number(d)]).join('')}`;

function articleBody(i: number): string {
  const w = (k: number) => WORDS[(i * 7 + k * 3) % WORDS.length];
  const name = NAMES[i % NAMES.length];
  const lines = [`date 2026-05-${String((i % 28) + 1).padStart(2, '0')}`];
  for (let p = 0; p < 6; p++) {
    lines.push(
      p === 1
        ? `"We will finish the ${w(p)} ${token(i)} before the ${w(p + 1)} review," said ${name}, who leads the ${w(p + 2)} office.`
        : `The ${w(p)} plan for district ${i} drew questions about the ${w(p + 1)} and the ${w(p + 2)}, and officials promised a report on the ${w(p + 3)} within weeks of the vote.`,
    );
  }
  return lines.join('\n');
}

const meta = (i: number) => ({ outlet: `Gazette ${i % 5}`, title: `District ${i} weighs its ${WORDS[i % WORDS.length]} plan`, date: null });

async function serveArticles(): Promise<{ url: (i: number) => string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const m = /^\/a\/(\d+)\.html$/.exec(req.url ?? '');
    res.writeHead(m ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(m ? seedPageHtml(meta(Number(m[1])), articleBody(Number(m[1]))) : 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: (i) => `http://127.0.0.1:${port}/a/${i}.html`, close: () => new Promise((r) => server.close(() => r())) };
}

// Imported articles draw on 65,536 made-up words, eight shared per story of four articles, so
// they overlap as a real library does. (With the 16-word pages above, where every article
// shares every word, story grouping makes a 2,000-article import quadratic: 59.5 s measured.)
const SYLLABLES = 'ka lo mi ren tos vul dan per sil gor nat bre fum jal quo zet'.split(' ');
const madeUpWord = (n: number) => [0, 4, 8, 12].map((shift) => SYLLABLES[(n >> shift) % 16]).join('');
/** The generation mark: a one-letter word, which the index ignores, so generations index alike. */
const mark = (generation: number) => ` (${'abcdefghijklmnop'[generation]}).`;

function storyArticleBody(k: number, generation: number): string {
  let seed = k * 2654435761;
  const next = () => (seed = (Math.imul(seed ^ (seed >>> 15), 2246822519) + 1) >>> 0) % 65536;
  const story = Array.from({ length: 8 }, (_, j) => madeUpWord((Math.floor(k / 4) * 97 + j * 531) % 65536));
  const speaker = madeUpWord(Math.floor(k / 4) * 7 + 3).replace(/^./, (c) => c.toUpperCase());
  const words = () => Array.from({ length: 24 }, (_, j) => (j % 3 === 0 ? story[j % 8] : madeUpWord(next()))).join(' ');
  return `The ${words()}.\n"We will ${words()}," ${speaker} said${mark(generation)}`;
}

/** An export file of `count` articles (ids <prefix>/<k>), all stamped with `generation`. */
function importFile(count: number, generation: number, prefix = 'import'): ExportFile {
  const articles: ExportedArticle[] = [];
  for (let k = 0; k < count; k++) {
    const text = storyArticleBody(k, generation);
    const id = `https://archive.example/${prefix}/${k}`;
    const title = text.split(' ').slice(1, 5).join(' ');
    articles.push({ ...articleFromPlainText(text), id, url: id, outlet: 'Archive', title, savedAt: 1_780_000_000_000 + generation });
  }
  return { format: 'verbatim-library', version: 1, exportedAt: new Date().toISOString(), articles };
}

// ---- reading the database as the worker left it (from an extension page, same origin) ----

interface DbSnapshot {
  version: number;
  articles: LibraryRecord[];
  /** The store's generation (bumped by every article write). */
  generation: number;
  cache: { generation: number; ids: string[] } | null;
  settings: unknown;
  /** The quotes store's rows and the state `meta` records for them (null before schema v4). */
  quotes: { articleId: string; index: number; text: string; speaker: string | null }[] | null;
  quotesState: { generation: number; count: number } | null;
}

async function readDb(page: Page): Promise<DbSnapshot> {
  // One JSON string crosses to Node much faster than Playwright's copy of 2,000 objects.
  const json = await page.evaluate(async () => {
    const req = (r: IDBRequest) => new Promise<unknown>((ok, fail) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => fail(r.error))));
    const db = (await req(indexedDB.open('verbatim'))) as IDBDatabase;
    try {
      const stores = [...db.objectStoreNames];
      const tx = db.transaction(stores);
      // The cache stores articles as columns: five metadata fields per article, id first.
      const cache = (await req(tx.objectStore('meta').get('coverage-index'))) as { generation: number; json: { articles: { fields: string; fieldLengths: Uint32Array } } } | undefined;
      const cachedIds = (columns: { fields: string; fieldLengths: Uint32Array }): string[] => {
        const ids: string[] = [];
        for (let k = 0, at = 0; k < columns.fieldLengths.length; at += columns.fieldLengths[k++]) if (k % 5 === 0) ids.push(columns.fields.slice(at, at + columns.fieldLengths[k]));
        return ids;
      };
      return JSON.stringify({
        version: db.version,
        articles: await req(tx.objectStore('articles').getAll()),
        generation: ((await req(tx.objectStore('meta').get('generation'))) as number | undefined) ?? 0,
        cache: cache ? { generation: cache.generation, ids: cachedIds(cache.json.articles) } : null,
        settings: stores.includes('settings') ? await req(tx.objectStore('settings').get('settings')) : null,
        quotes: stores.includes('quotes') ? await req(tx.objectStore('quotes').getAll()) : null,
        quotesState: (await req(tx.objectStore('meta').get('quotes-state'))) ?? null,
      });
    } finally {
      db.close();
    }
  });
  return JSON.parse(json) as DbSnapshot;
}

/** Every stored record whole: the export validator's checks (text, paragraphs in bounds) plus quotes and story. */
function invalidRecords(articles: readonly LibraryRecord[]): string[] {
  const problems: string[] = [];
  for (const a of articles) {
    const check = validateExport({ format: 'verbatim-library', version: 1, exportedAt: new Date().toISOString(), articles: [a] });
    if (!check.ok) problems.push(`${a.id}: ${check.reason}`);
    if (typeof a.storyKey !== 'string' || !Array.isArray(a.quotes)) problems.push(`${a.id}: no story or quotes`);
    else if (a.quotes.some((q) => q.parts.some((p) => p.start < 0 || p.end > a.text.length || p.start > p.end))) problems.push(`${a.id}: quote outside text`);
  }
  return problems;
}

/** What differs between the quotes store and the stored articles' quotes (empty: they match, and its state is current). */
function quotesMismatch(s: DbSnapshot): string[] {
  if (!s.quotes) return ['no quotes store'];
  const key = (id: string, i: number) => `${id}#${i}`;
  const want = new Map(s.articles.flatMap((a) => a.quotes.map((q, i) => [key(a.id, i), `${q.text}|${q.speaker}`] as const)));
  const have = new Map(s.quotes.map((r) => [key(r.articleId, r.index), `${r.text}|${r.speaker}`] as const));
  const problems = [...new Set([...want.keys(), ...have.keys()])].filter((k) => want.get(k) !== have.get(k)).slice(0, 5).map((k) => `${k}: ${have.get(k)} ≠ ${want.get(k)}`);
  if (s.quotesState?.generation !== s.generation || s.quotesState.count !== s.quotes.length) problems.push(`state ${JSON.stringify(s.quotesState)} at generation ${s.generation}, ${s.quotes.length} rows`);
  return problems;
}

/**
 * Waits until the worker has re-cached its index (the cache is at the store's generation), then
 * checks that the cache covers exactly the stored articles; returns that database.
 */
async function indexCaughtUp(): Promise<DbSnapshot> {
  await expect.poll(async () => { const g = await libraryGenerations(control); return g.cache === g.store; }, { timeout: 20_000, interval: 250 }).toBe(true);
  const s = await readDb(control);
  expect(s.cache).not.toBeNull();
  expect(s.cache!.generation).toBe(s.generation);
  expect([...s.cache!.ids].sort()).toEqual(s.articles.map((a) => a.id).sort());
  expect(quotesMismatch(s)).toEqual([]);
  return s;
}

/**
 * Inside the running service worker: writes to the articles store (or `storeName`) succeed
 * `allowed` more times, then throw QuotaExceededError as a full disk does; null restores normal writes.
 */
async function refuseArticleWrites(allowed: number | null, storeName = 'articles'): Promise<void> {
  const sw = ext.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${ext.id}/`));
  if (!sw) throw new Error('e2e: the service worker is not running');
  await sw.evaluate(({ n, storeName }) => {
    const proto = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put'] };
    proto.realPut ??= proto.put;
    if (n === null) {
      proto.put = proto.realPut;
      return;
    }
    let left = n;
    proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === storeName && left-- <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return proto.realPut!.apply(this, args);
    };
  }, { n: allowed, storeName });
}

function data<T extends keyof ResponseData>(res: ResponseOf<T>): ResponseData[T] {
  // The worker's state beside the error: "Receiving end does not exist" with it stopped is a worker Chrome did not wake.
  if (!res.ok) throw new Error(`e2e: request failed: ${res.error} (service worker ${worker?.status() || 'status unknown'})`);
  return res.data;
}

// ---- the browser ----

let ext: LoadedExtension;
let site: Awaited<ReturnType<typeof serveArticles>>;
let control: Page; // an extension page that sends requests and reads the database
let worker: WorkerSwitch;
const figures: string[] = [];

const popupPage = () => `chrome-extension://${ext.id}/popup.html?tabId=999999`;

beforeAll(async () => {
  site = await serveArticles();
  ext = await launchExtension();
  control = await ext.context.newPage();
  // The popup aimed at a tab that does not exist: an extension page that sends nothing large.
  await control.goto(popupPage());
  worker = await workerSwitch(ext);
  // The worker answering, so the first test's stop does not land in its start.
  data(await sendFrom<'get-settings'>(control, { type: 'get-settings' }));
});

afterAll(async () => {
  for (const line of figures) console.log(`reliability: ${line}`);
  await worker?.detach();
  await ext?.close();
  await site?.close();
});

describe('nothing lost', () => {
  test('upgrade: a v1 library written by the old schema opens in the worker with nothing lost', async () => {
    // The worker opens the store as it wakes (docs/DESIGN.md "A library page asks for its content
    // first"): stopped, its connection is closed, and the database it made is deleted before v1's is written.
    await worker.stop();
    await control.evaluate(async (fx) => {
      await new Promise((ok, fail) => {
        const del = indexedDB.deleteDatabase('verbatim');
        del.onsuccess = ok;
        del.onerror = () => fail(del.error);
      });
      const open = indexedDB.open('verbatim', 1);
      open.onupgradeneeded = () => {
        const articles = open.result.createObjectStore('articles', { keyPath: 'id' });
        articles.createIndex('by-url', 'url');
        articles.createIndex('by-savedAt', 'savedAt');
        open.result.createObjectStore('meta');
      };
      const db = await new Promise<IDBDatabase>((ok, fail) => ((open.onsuccess = () => ok(open.result)), (open.onerror = () => fail(open.error))));
      const tx = db.transaction(['articles', 'meta'], 'readwrite');
      for (const a of fx.articles) tx.objectStore('articles').put(a);
      tx.objectStore('meta').put(fx.settings, 'settings');
      await new Promise((ok) => (tx.oncomplete = ok));
      db.close();
    }, v1);

    const listed = data(await sendFrom<'list-articles'>(control, { type: 'list-articles' }));
    expect(listed.map((a) => a.id).sort()).toEqual(v1.articles.map((a) => a.id).sort());
    // Settings written before the reader's speaker merges existed read as having none.
    expect(data(await sendFrom<'get-settings'>(control, { type: 'get-settings' }))).toEqual({ ...v1.settings, speakers: { merged: [], split: [] } });
    const snap = await readDb(control);
    expect(snap.version).toBe(SCHEMA_VERSION);
    expect(snap.articles).toEqual(expect.arrayContaining(v1.articles));
    expect(snap.settings).toEqual(v1.settings);
    // The v4 step derived the quotes store from the v1 articles.
    expect(quotesMismatch(snap)).toEqual([]);
    expect(snap.quotes).toHaveLength(v1.articles.reduce((n, a) => n + a.quotes.length, 0));
    figures.push(`upgrade v1 → v${snap.version}: ${snap.articles.length}/${v1.articles.length} articles, the settings and ${snap.quotes!.length} quote rows`);

    data(await sendFrom<'clear-library'>(control, { type: 'clear-library' }));
    data(await sendFrom<'set-settings'>(control, { type: 'set-settings', settings: { automatic: false, highlights: true, sites: [] } }));
  });

  test('concurrent: 50 saves from 5 tabs at once → 50 articles, none twice, index = store', async () => {
    const TABS = 5;
    const PER_TAB = 10;
    const lanes = await Promise.all(
      Array.from({ length: TABS }, async () => ({ tab: await ext.context.newPage(), ext: await ext.context.newPage() })),
    );
    for (const lane of lanes) await lane.ext.goto(popupPage());
    const started = Date.now();
    const results = await Promise.all(
      lanes.map(async (lane, t) => {
        const out: ResponseOf<'save-article'>[] = [];
        for (let k = 0; k < PER_TAB; k++) {
          const url = site.url(t * PER_TAB + k);
          await lane.tab.goto(url);
          const tabId = await tabIdOf(ext.id, lane.ext, url);
          out.push(await sendFrom<'save-article'>(lane.ext, { type: 'save-article', tabId }));
        }
        return out;
      }),
    );
    const ms = Date.now() - started;
    const flat = results.flat();
    expect(flat.filter((r) => !r.ok)).toEqual([]);
    expect(flat.map((r) => r.ok && r.data.saved)).toEqual(Array(TABS * PER_TAB).fill('new'));

    const snap = await indexCaughtUp();
    const urls = Array.from({ length: TABS * PER_TAB }, (_, i) => site.url(i)).sort();
    expect(snap.articles.map((a) => a.id).sort()).toEqual(urls);
    expect(new Set(snap.articles.map((a) => a.url)).size).toBe(urls.length);
    expect(invalidRecords(snap.articles)).toEqual([]);
    // One quote per page, each its own row (indexCaughtUp checked every row against the articles).
    expect(snap.quotes).toHaveLength(urls.length);
    // The worker's live index finds each article by its own word, and only that article.
    for (let i = 0; i < urls.length; i++) {
      const hits = data(await sendFrom<'search-library'>(control, { type: 'search-library', query: token(i) }));
      expect(hits.map((h) => h.id)).toEqual([site.url(i)]);
    }
    const stats = data(await sendFrom<'library-stats'>(control, { type: 'library-stats' }));
    expect(stats.articles).toBe(urls.length);
    figures.push(`concurrent saves held: ${snap.articles.length}/${TABS * PER_TAB} (5 tabs × 10, ${ms} ms), duplicates 0, index = store, quote rows = articles' quotes (${snap.quotes!.length})`);
    for (const lane of lanes) await Promise.all([lane.tab.close(), lane.ext.close()]);
  });

  test('damaged cache: a part of the index cache lost while the worker was stopped → rebuilt, nothing lost', async () => {
    const before = await indexCaughtUp();
    expect(before.articles.length).toBeGreaterThan(0);
    await worker.stop();
    // The cache is a head and parts (utils/storage: coverage-index-part:<generation>:<n>): one part goes.
    const parts = await control.evaluate(async () => {
      const req = (r: IDBRequest) => new Promise<unknown>((ok, fail) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => fail(r.error))));
      const db = (await req(indexedDB.open('verbatim'))) as IDBDatabase;
      try {
        const meta = db.transaction('meta', 'readwrite').objectStore('meta');
        const keys = ((await req(meta.getAllKeys())) as string[]).filter((k) => k.startsWith('coverage-index-part:'));
        await req(meta.delete(keys[keys.length - 1]));
        return keys.length;
      } finally {
        db.close();
      }
    });
    expect(parts).toBeGreaterThan(0);
    // A search needs every part: it finds the loss, and is answered from an index rebuilt from the articles.
    const [first] = before.articles;
    const hits = data(await sendFrom<'search-library'>(control, { type: 'search-library', query: first.title }));
    expect(hits.map((h) => h.id)).toContain(first.id);
    const after = await indexCaughtUp();
    expect(after.articles).toEqual(before.articles);
    figures.push(`a lost part of ${parts} in the index cache: found by the next request, index rebuilt from ${after.articles.length} articles and re-cached`);
  });

  test('storage full: the popup says so; a save and an import change nothing', async () => {
    // Chromium does not enforce CDP's Storage.overrideQuotaForOrigin on this extension's
    // IndexedDB (tried: 1.1 MB written under a 105 kB quota), so the worker's own IndexedDB is
    // made to refuse writes the way a full disk does: a QuotaExceededError DOMException.
    const before = await readDb(control);
    const article = await ext.context.newPage();
    await article.goto(site.url(100));
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tabId=${await tabIdOf(ext.id, popup, site.url(100))}`);
    await popup.locator('[data-testid="popup"][data-state="report"]').waitFor();

    await refuseArticleWrites(0);
    await popup.locator('[data-testid="save-button"]').click();
    const notice = popup.locator('[data-testid="notice"]');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/no room left for Verbatim’s library/);
    expect(await popup.locator('[data-testid="save-button"]').getAttribute('data-state')).toBe('no');
    figures.push(`storage full, the popup says: "${await notice.textContent()}"`);
    expect((await readDb(control)).articles).toEqual(before.articles);
    expect((await readDb(control)).quotes).toEqual(before.quotes);

    // Room for the article but not for its quote rows: the save is refused whole.
    await refuseArticleWrites(0, 'quotes');
    const refusedSave = await sendFrom<'save-article'>(control, { type: 'save-article', tabId: await tabIdOf(ext.id, control, site.url(100)) });
    expect(!refusedSave.ok && refusedSave.error).toMatch(/no room left for Verbatim’s library/);
    const afterRows = await readDb(control);
    expect({ articles: afterRows.articles, quotes: afterRows.quotes, generation: afterRows.generation }).toEqual({ articles: before.articles, quotes: before.quotes, generation: before.generation });

    // An import refused at its 150th of 200 writes: the 149 before it are rolled back.
    await refuseArticleWrites(149);
    const refused = await sendFrom<'import-library'>(control, { type: 'import-library', data: importFile(200, 0, 'full') });
    const importedWord = importFile(1, 0, 'full').articles[0].text.split(' ')[2];
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toMatch(/no room left/);
    const afterImport = await indexCaughtUp();
    expect(afterImport.articles).toEqual(before.articles);
    expect(afterImport.quotes).toEqual(before.quotes);
    // The worker's live library and index dropped the refused import too.
    expect(data(await sendFrom<'library-stats'>(control, { type: 'library-stats' })).articles).toBe(before.articles.length);
    expect(data(await sendFrom<'search-library'>(control, { type: 'search-library', query: importedWord }))).toEqual([]);

    // Room again: the same save goes through.
    await refuseArticleWrites(null);
    await popup.locator('[data-testid="save-button"]').click();
    await popup.locator('[data-testid="save-button"][data-state="yes"]').waitFor();
    const saved = await readDb(control);
    expect(saved.articles).toHaveLength(before.articles.length + 1);
    expect(quotesMismatch(saved)).toEqual([]);
    await Promise.all([article.close(), popup.close()]);
  });

  test('interrupted: the worker stopped 10 times mid-save and 10 times mid-import loses nothing', async () => {
    const survived: string[] = [];
    /**
     * Wakes the worker (Chromium often restarts it at once to deliver a message in flight), then
     * checks the invariants on the database it leaves: its load catches a stale cache up (or
     * rebuilds it) and re-caches it, so the cache must come to match the store.
     */
    const wakeAndCheck = async (): Promise<DbSnapshot> => {
      // A request that loads the index (the article count is read from the store while none is loaded).
      data(await sendFrom<'article-history'>(control, { type: 'article-history', id: 'https://nowhere.example/' }));
      const snap = await indexCaughtUp();
      expect(invalidRecords(snap.articles)).toEqual([]);
      expect(new Set(snap.articles.map((a) => a.id)).size).toBe(snap.articles.length);
      return snap;
    };

    // Saves: a new article each time, stopped 0..270 ms after the request (done: answered;
    // stored: written but unanswered; none: stopped before the write, so nothing to keep).
    const tab = await ext.context.newPage();
    const completed = new Set<string>();
    for (let k = 0; k < 10; k++) {
      const url = site.url(200 + k);
      await tab.goto(url);
      const tabId = await tabIdOf(ext.id, control, url);
      const pending = sendFrom<'save-article'>(control, { type: 'save-article', tabId });
      await new Promise((r) => setTimeout(r, k * 30));
      await worker.stop();
      const res = await pending;
      if (res.ok) completed.add(url);
      const snap = await wakeAndCheck();
      const ids = new Set(snap.articles.map((a) => a.id));
      for (const id of completed) expect(ids.has(id)).toBe(true);
      survived.push(`save@${k * 30}ms:${res.ok ? 'done' : ids.has(url) ? 'stored' : 'none'}`);
    }
    await tab.close();

    // Imports: the same 2,000 ids each time, a newer generation (savedAt and text mark), so each
    // import replaces all 2,000 records in one transaction. The first import groups stories
    // (slow); re-imports keep the stories, and the 10 interruptions fall across one re-import.
    const COUNT = 2000;
    // The file is handed to the page once; each generation is derived there (same-length mark,
    // so paragraph offsets stay valid), and the delay counts from the message, not from
    // Playwright copying 2 MB into the page.
    await control.evaluate((f) => void ((globalThis as unknown as { staged: ExportFile }).staged = f), importFile(COUNT, 0) as unknown as ExportFile);
    const sendGeneration = (generation: number) =>
      control.evaluate(
        async ({ generation, oldMark, newMark }) => {
          const chrome = (globalThis as unknown as PageGlobals).chrome;
          const file = (globalThis as unknown as { staged: ExportFile }).staged;
          const articles = file.articles.map((a) => ({ ...a, savedAt: a.savedAt + generation, text: a.text.slice(0, -oldMark.length) + newMark }));
          const res = await chrome.runtime.sendMessage({ type: 'import-library', data: { ...file, articles } }).catch(() => null);
          return (res ?? { ok: false, error: 'no answer' }) as ResponseOf<'import-library'>;
        },
        { generation, oldMark: mark(0), newMark: mark(generation) },
      );
    let t0 = Date.now();
    data(await sendGeneration(0));
    const firstMs = Date.now() - t0;
    t0 = Date.now();
    data(await sendGeneration(1));
    const reimportMs = Date.now() - t0;
    let committed = 1;
    for (let g = 2; g <= 11; g++) {
      const delay = Math.round((reimportMs * (g - 1)) / 11);
      const pending = sendGeneration(g);
      await new Promise((r) => setTimeout(r, delay));
      await worker.stop();
      const res = await pending;
      const snap = await wakeAndCheck();
      const imported = snap.articles.filter((a) => a.id.startsWith('https://archive.example/import/'));
      expect(imported).toHaveLength(COUNT);
      const generations = new Set(imported.map((a) => a.savedAt - 1_780_000_000_000));
      expect(generations.size).toBe(1); // all or nothing
      const [landed] = generations;
      expect([committed, g]).toContain(landed);
      if (res.ok) expect(landed).toBe(g);
      // Each record holds the text of its own generation: nothing mixed within an article either.
      expect(imported.every((a) => a.text.endsWith(mark(landed)))).toBe(true);
      committed = landed;
      survived.push(`import@${delay}ms:${landed === g ? 'all' : 'none'}${res.ok ? '(answered)' : ''}`);
    }
    figures.push(`interruptions survived: ${survived.length}/20 (${survived.join(' ')})`);
    figures.push(`${COUNT}-article import ${firstMs} ms, re-import ${reimportMs} ms`);
  }, 300_000);
});
