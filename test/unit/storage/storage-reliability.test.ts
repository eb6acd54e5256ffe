/**
 * Upgrades lose nothing: every schema version has a fixture (test/golden/storage/v<N>.json, a
 * database as that version left it); each opens with the current schema and keeps its articles
 * and settings, and its quotes store matches its articles (derived by the v4 migration, or kept).
 * A migration that fails leaves the old database as it was; a quotes store found not to match the
 * articles (on the first read of its rows after opening) is rebuilt from them before that read.
 */
import 'fake-indexeddb/auto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { openDB } from 'idb';
import { LibraryStore, MIGRATIONS, SCHEMA_VERSION, openLibraryDb } from '@/utils/storage/storage';
import type { ArticleVersion, LibraryRecord } from '@/utils/storage/library-storage';
import type { QuoteRow } from '@/utils/storage/quote-rows';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/storage/settings';
import v1 from '../../golden/storage/v1.json';
import v2 from '../../golden/storage/v2.json';
import v3 from '../../golden/storage/v3.json';
import v4json from '../../golden/storage/v4.json';
import v5json from '../../golden/storage/v5.json';
import v6json from '../../golden/storage/v6.json';
import v7json from '../../golden/storage/v7.json';
import v8json from '../../golden/storage/v8.json';
import v9json from '../../golden/storage/v9.json';
import v10json from '../../golden/storage/v10.json';
import type { SpeakerChunk } from '@/utils/families/speaker-list';
import type { SpeakerSummary } from '@/utils/families/speakers';
import { listedQuote } from '@/utils/families/speaker-book';
import { chunkOf, packSpeakers, SPEAKER_LIST_FORMAT } from '@/utils/families/speaker-list';
import { speakerDirectory } from '@/utils/families/speakers';
import { inSaveOrder } from '@/utils/storage/quote-rows';
import { familyPageOf, type FamiliesState, type FamilyGroupRow, type FamilyPageRow, type FamilyRow } from '@/utils/storage/family-rows';

const GOLDEN = path.resolve(__dirname, '../../golden/storage');
/** JSON reads a merge pair as string[]: the fixture holds [name, name] pairs. */
const v4 = v4json as unknown as Fixture & { quotes: QuoteRow[] };
const v5 = v5json as unknown as Fixture & { quotes: QuoteRow[]; families: FamilyRow[] };
const v6 = v6json as unknown as Fixture & { quotes: QuoteRow[]; families: FamilyRow[]; familyGroups: FamilyGroupRow[] };
const v7 = v7json as unknown as Fixture & { quotes: QuoteRow[]; families: FamilyRow[]; familyGroups: FamilyGroupRow[]; familyPages: FamilyPageRow[] };
const v8 = v8json as unknown as typeof v7 & { speakerHead: Record<string, unknown>; speakerLines: SpeakerSummary[]; speakers: SpeakerChunk[] };
/** v9: v8's stores, each family's page row holding its page whole. */
const v9 = v9json as unknown as typeof v8;
/** v10: v9's stores, each quote row with its article's title and url. */
const v10 = v10json as unknown as typeof v8;
let n = 0;
const freshName = () => `verbatim-reliability-${++n}`;

interface Fixture {
  articles: LibraryRecord[];
  /** Settings as that version stored them: before speaker overrides existed, without them. */
  settings: Omit<Settings, 'speakers'> & Partial<Pick<Settings, 'speakers'>>;
  indexCache?: unknown;
  /** From v3 on: earlier versions of saved articles. */
  versions?: ArticleVersion[];
  /** From v4 on: the articles' generation, the quotes store and the state it matches. */
  generation?: number;
  quotes?: QuoteRow[];
  quotesState?: { generation: number; count: number };
  /** From v5 on: the quote families' rows and the state they match. */
  families?: FamilyRow[];
  familiesState?: FamiliesState;
  /** From v6 on: the families of two versions or more, by id. */
  familyGroups?: FamilyGroupRow[];
  /** From v7 on: each of those families' page row, by the group's id (from v8 on, the page whole). */
  familyPages?: FamilyPageRow[];
  /** Before v8: the speakers list whole in `meta`. */
  speakerList?: unknown;
  /** From v8 on: the speakers list's head and lines in `meta`, its people in chunks by number. */
  speakerHead?: unknown;
  speakerLines?: unknown;
  speakers?: SpeakerChunk[];
}

/** Writes a fixture the way schema version `version` stored it. */
async function writeFixture(name: string, version: number, fx: Fixture): Promise<void> {
  const db = await openLibraryDb({ name, migrations: MIGRATIONS.slice(0, version) });
  for (const a of fx.articles) await db.put('articles', a);
  // v1 kept settings in `meta`; from v2 on they have their own store.
  await db.put(version === 1 ? 'meta' : 'settings', fx.settings, 'settings');
  if (fx.indexCache !== undefined) await db.put('meta', fx.indexCache, 'coverage-index');
  for (const v of fx.versions ?? []) await db.put('versions', v);
  if (fx.generation !== undefined) await db.put('meta', fx.generation, 'generation');
  for (const q of fx.quotes ?? []) await db.put('quotes', q);
  if (fx.quotesState) await db.put('meta', fx.quotesState, 'quotes-state');
  for (const f of fx.families ?? []) await db.put('families', f);
  if (fx.familiesState) await db.put('meta', fx.familiesState, 'families-state');
  for (const g of fx.familyGroups ?? []) await db.put('family-groups', g);
  for (const p of fx.familyPages ?? []) await db.put('family-pages', p);
  if (fx.speakerList !== undefined) await db.put('meta', fx.speakerList, 'speaker-list');
  if (fx.speakerHead !== undefined) await db.put('meta', fx.speakerHead, 'speaker-head');
  if (fx.speakerLines !== undefined) await db.put('meta', fx.speakerLines, 'speaker-lines');
  for (const r of fx.speakers ?? []) await db.put('speakers', r);
  db.close();
}

/** The rows a library's quotes store must hold, field by field from the articles (the v4 fixture shows them written out). */
function expectedRows(articles: readonly LibraryRecord[]): Omit<QuoteRow, 'speakerKey'>[] {
  return articles.flatMap((a) => a.quotes.map((q, index) => ({
    articleId: a.id, index, text: q.text, speaker: q.speaker, start: q.start, end: q.end, outlet: a.outlet, title: a.title, url: a.url, date: a.date, lang: a.lang, savedAt: a.savedAt,
  })));
}
const withoutKey = ({ speakerKey: _k, ...row }: QuoteRow) => row;
/** Rows as an earlier fixture wrote them, with their articles' titles and urls (what v10 adds). */
const withTitles = (rows: readonly QuoteRow[], articles: readonly LibraryRecord[]): QuoteRow[] =>
  rows.map((r) => {
    const a = articles.find((x) => x.id === r.articleId)!;
    return { ...r, title: a.title, url: a.url };
  });
const byKey = (a: { articleId: string; index: number }, b: { articleId: string; index: number }) => a.articleId.localeCompare(b.articleId) || a.index - b.index;

const opened: LibraryStore[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});
async function openCurrent(name: string): Promise<LibraryStore> {
  const s = await LibraryStore.open({ name });
  opened.push(s);
  return s;
}

describe('upgrades', () => {
  test('every schema version has a fixture file', () => {
    const files = readdirSync(GOLDEN).filter((f) => /^v\d+\.json$/.test(f)).sort((a, b) => parseInt(a.slice(1)) - parseInt(b.slice(1)));
    expect(files).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => `v${i + 1}.json`));
  });

  test.each([
    ['v1', 1, v1 as Fixture],
    ['v2', 2, v2 as Fixture],
    ['v3', 3, v3 as Fixture],
    ['v4', 4, v4],
    ['v5', 5, v5],
    ['v6', 6, v6],
    ['v7', 7, v7],
    ['v8', 8, v8],
    ['v9', 9, v9],
    ['v10', 10, v10],
  ])('a %s library opens with the current schema and loses nothing', async (_label, version, fx) => {
    const name = freshName();
    await writeFixture(name, version, fx);
    const store = await openCurrent(name);
    const byId = (a: LibraryRecord, b: LibraryRecord) => a.id.localeCompare(b.id);
    expect((await store.getAll()).sort(byId)).toEqual([...fx.articles].sort(byId));
    // Settings stored before speaker overrides existed read as having none.
    expect(await store.getSettings()).toEqual({ speakers: { merged: [], split: [] }, ...fx.settings });
    for (const a of fx.articles) expect(await store.getByUrl(a.url)).toContainEqual(a);
    for (const a of fx.articles) expect(await store.getVersions(a.id)).toEqual((fx.versions ?? []).filter((v) => v.id === a.id));
    // One row per saved quote, derived by the v4 migration from the articles (or kept, from v4 on).
    expect((await store.getQuotes()).map(withoutKey).sort(byKey)).toEqual(expectedRows(fx.articles).sort(byKey));
    // Written before generations existed: generation 0, and any old cache is rebuilt, not trusted.
    expect(await store.readIndexCache()).toMatchObject({ generation: fx.generation ?? 0, changed: undefined });
    const raw = await openDB(name);
    expect(raw.version).toBe(SCHEMA_VERSION);
    expect(await raw.get('meta', 'settings')).toBeUndefined(); // moved, not copied
    raw.close();
  });

  test('v3 → v4 derives the quotes store from the stored articles: the rows written out in the v4 fixture', async () => {
    const name = freshName();
    await writeFixture(name, 3, v3 as Fixture);
    const store = await openCurrent(name);
    const v3Ids = new Set(v3.articles.map((a) => a.id));
    // With their articles' titles and urls, which v10 adds.
    const rows = withTitles(v4.quotes.filter((r) => v3Ids.has(r.articleId)), v3.articles as LibraryRecord[]);
    expect(rows.length).toBeGreaterThan(0);
    expect((await store.getQuotes()).sort(byKey)).toEqual(rows);
    expect(await store.getQuotesBySpeaker("the union's secretary")).toEqual(rows);
    expect(await store.getQuotesOf(v3.articles[1].id)).toEqual([]); // an article without quotes has no rows
  });

  test('the v4 fixture opens with its rows (each given its article\'s title and url by v10), no rebuild, read by article and by speaker', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const name = freshName();
    await writeFixture(name, 4, v4);
    const store = await openCurrent(name);
    const rows = withTitles(v4.quotes, v4.articles);
    expect((await store.getQuotes()).sort(byKey)).toEqual(rows);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    const costa = rows.filter((r) => r.speaker === 'Maria Costa');
    expect(costa).toHaveLength(2);
    expect(await store.getQuotesOf(costa[0].articleId)).toEqual(costa);
    expect(await store.getQuotesBySpeaker('maria costa')).toEqual(costa);
    expect(await store.getQuotesBySpeaker('Maria Costa')).toEqual([]); // keys are speakerKey's, not names
  });

  test('v4 → v5 adds an empty families store and records no state: the first ask builds the families', async () => {
    const name = freshName();
    await writeFixture(name, 4, v4);
    const store = await openCurrent(name);
    expect(await store.readFamilies()).toEqual({ rows: [], generation: 3, matches: undefined, changed: undefined, grouped: false });
  });

  test('the v5 fixture opens as it was: its family rows read back at the generation they match, nothing written since', async () => {
    const name = freshName();
    await writeFixture(name, 5, v5);
    const store = await openCurrent(name);
    const read = await store.readFamilies();
    expect(read.rows.sort((a, b) => a.articleId.localeCompare(b.articleId))).toEqual([...v5.families].sort((a, b) => a.articleId.localeCompare(b.articleId)));
    expect(read).toMatchObject({ generation: 3, matches: 3, changed: [] });
    expect(v5.families.map((f) => f.articleId).sort()).toEqual(v5.articles.map((a) => a.id).sort());
  });

  test('v5 → v6 adds an empty family-groups store: the v5 rows read whole as before, but answer no page until every group is written', async () => {
    const name = freshName();
    await writeFixture(name, 5, v5);
    const store = await openCurrent(name);
    expect(await store.readFamilies()).toMatchObject({ generation: 3, matches: 3, changed: [], grouped: false });
    const ids = v5.articles.map((a) => a.id);
    expect(await store.readFamilyGroups(ids, [])).toEqual({ current: false, groups: [], pages: [] });
  });

  test.each([
    ['v6 → v7 adds an empty family-pages store', 6, v6],
    ['v8 → v9 drops the earlier page rows', 8, v8],
  ] as const)('%s and marks the groups not in step: the rows read whole as before, and answer no page until every group and page is written', async (_name, version, fixture) => {
    const name = freshName();
    await writeFixture(name, version, fixture);
    const store = await openCurrent(name);
    const read = await store.readFamilies();
    expect(read).toMatchObject({ generation: 5, matches: 5, changed: [], grouped: false });
    expect(read.rows.sort((a, b) => a.articleId.localeCompare(b.articleId))).toEqual([...fixture.families].sort((a, b) => a.articleId.localeCompare(b.articleId)));
    const [group] = fixture.familyGroups;
    expect(await store.readFamilyGroups(group.articles, [group.id])).toEqual({ current: false, groups: [group], pages: [undefined] });
  });

  test('the v9 fixture opens as it was: a page reads its article\'s groups and its family\'s page whole from the stored families', async () => {
    const name = freshName();
    await writeFixture(name, 9, v9);
    const store = await openCurrent(name);
    expect(await store.readFamilies()).toMatchObject({ generation: 5, matches: 5, changed: [], grouped: true });
    const [group] = v9.familyGroups;
    expect(v9.familyGroups).toHaveLength(1);
    expect(v9.familyPages.map((p) => p.id)).toEqual([group.id]);
    expect(await store.readFamilyGroups([group.articles[0]], [])).toEqual({ current: true, groups: [group], pages: [] });
    const pages = await store.readFamilyGroups([], [group.id, 'no such family']);
    expect(pages).toEqual({ current: true, groups: [], pages: [v9.familyPages[0], undefined] });
    // The page whole: every version of the group, one of them the reference.
    const page = familyPageOf(pages.pages[0]!)!;
    expect(page.versions).toHaveLength(group.versions);
    expect(page.versions.filter((v) => v.reference)).toHaveLength(1);
    // An article in no family of two versions: no group.
    const alone = v9.articles.find((a) => !group.articles.includes(a.id))!.id;
    expect(await store.readFamilyGroups([alone], [])).toEqual({ current: true, groups: [], pages: [] });
  });

  test('v9 → v10 gives every quote row its article\'s title and url: the v10 fixture\'s rows, the rest as it was', async () => {
    const name = freshName();
    await writeFixture(name, 9, v9);
    const store = await openCurrent(name);
    expect((await store.getQuotes()).sort(byKey)).toEqual([...v10.quotes].sort(byKey));
    expect(v10.quotes.every((r) => typeof r.title === 'string' && typeof r.url === 'string')).toBe(true);
    expect(await store.readFamilies()).toMatchObject({ generation: 5, matches: 5, changed: [], grouped: true });
    const [group] = v9.familyGroups;
    expect(await store.readFamilyGroups([], [group.id])).toEqual({ current: true, groups: [], pages: [v9.familyPages[0]] });
  });

  test('the v10 fixture opens as it was: quote rows read by key, as stored, with no check of the whole store', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const name = freshName();
    // Its state spoiled: a read by key still answers the rows as stored and rebuilds nothing.
    await writeFixture(name, 10, { ...v10, quotesState: undefined });
    const store = await openCurrent(name);
    const keys = v10.quotes.map((r) => [r.articleId, r.index] as const);
    expect(await store.getQuotesAt([...keys, ['no such article', 0], [keys[0][0], 99]])).toEqual([...v10.quotes, undefined, undefined]);
    expect(await store.getQuotesAt([])).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  /** The speakers list as the code before v8 stored it whole, made from a fixture's quote rows and overrides. */
  const wholeList = (fx: typeof v7) => ({
    generation: fx.generation, overrides: JSON.stringify(fx.settings.speakers),
    list: packSpeakers(speakerDirectory(inSaveOrder(fx.quotes).map(listedQuote), fx.settings.speakers)),
  });

  test('v7 → v8 moves a stored speakers list into chunks: the v8 fixture\'s head, lines and chunks', async () => {
    const name = freshName();
    await writeFixture(name, 7, { ...v7, speakerList: wholeList(v7) });
    const store = await openCurrent(name);
    const { filled: _filled, ...head } = v8.speakerHead;
    const read = await store.readSpeakerList();
    // The fixture was written by format 2; the list made now is format 3, each quote with its article's date last (dropped here to compare).
    const withoutDates = (chunks: typeof v8.speakers) => chunks.map((c) => ({ ...c, people: c.people.map((p) => ({ ...p, quotes: JSON.stringify((JSON.parse(p.quotes) as unknown[][]).map((q) => q.slice(0, 5))) })) }));
    expect({ ...read, chunks: withoutDates(read!.chunks.sort((a, b) => a.chunk - b.chunk)) }).toEqual({ ...head, format: SPEAKER_LIST_FORMAT, people: v8.speakerLines, chunks: v8.speakers });
    const raw = await openDB(name);
    expect(await raw.get('meta', 'speaker-list')).toBeUndefined(); // moved, not copied
    raw.close();
  });

  test.each<[string, unknown]>([
    ['a list of another format', { ...wholeList(v7), list: { ...wholeList(v7).list, format: 1 } }],
    ['no generation', { ...wholeList(v7), generation: undefined }],
    ['not an object', 'speakers'],
  ])('v7 → v8 drops a stored speakers list that is not one (made again on the next ask): %s', async (_label, speakerList) => {
    const name = freshName();
    await writeFixture(name, 7, { ...v7, speakerList });
    const store = await openCurrent(name);
    expect([await store.readSpeakerList(), await store.readSpeakerLines(), await store.readSpeakerChunks([chunkOf('Maria Costa')])]).toEqual([undefined, undefined, undefined]);
  });

  test('the v8 fixture opens as it was: a person\'s chunk is read alone, with the list\'s head', async () => {
    const name = freshName();
    await writeFixture(name, 8, v8);
    const store = await openCurrent(name);
    const { filled: _filled, ...head } = v8.speakerHead;
    const costa = v8.speakers.find((c) => c.people.some((p) => p.name === 'Maria Costa'))!;
    expect(costa.chunk).toBe(chunkOf('Maria Costa'));
    expect(await store.readSpeakerChunks([costa.chunk])).toEqual({ head, chunks: [costa] });
    expect(await store.readSpeakerLines()).toEqual({ ...head, people: v8.speakerLines });
  });

  test.each<[string, (fx: typeof v8) => Partial<Fixture>, (store: LibraryStore) => Promise<unknown>]>([
    ['a chunk the head lists is missing: the list is not read whole', (fx) => ({ speakers: fx.speakers.slice(1) }), (store) => store.readSpeakerList()],
    ['a chunk the head lists is missing: that chunk reads as missing, not empty', (fx) => ({ speakers: fx.speakers.slice(1) }), async (store) => (await store.readSpeakerChunks([v8.speakers[0].chunk]))?.chunks[0]],
    ['a head without its chunks listed: nothing is read', (fx) => ({ speakerHead: { ...fx.speakerHead, filled: undefined } }), (store) => store.readSpeakerChunks([v8.speakers[0].chunk])],
  ])('a damaged stored speakers list is not read (the library makes it again): %s', async (_label, spoil, read) => {
    const name = freshName();
    await writeFixture(name, 8, { ...v8, ...spoil(v8) });
    expect(await read(await openCurrent(name))).toBeUndefined();
  });

  test('a v8 page row (v7\'s format) is no v9 page: it does not parse as one (a page then reads the families whole)', () => {
    expect(familyPageOf(v8.familyPages[0])).toBeUndefined();
    expect(familyPageOf(v9.familyPages[0])).toBeDefined();
  });

  test.each<[string, Partial<Fixture>]>([
    ['the articles moved on', { generation: 6 }],
    ['a build was under way', { familiesState: { ...v9.familiesState!, complete: false } }],
    ['the groups are not in step', { familiesState: { ...v9.familiesState!, groups: false } }],
  ])('stored families that cannot answer a page say so (the library reads them whole): %s', async (_label, spoil) => {
    const name = freshName();
    await writeFixture(name, 9, { ...v9, ...spoil });
    const store = await openCurrent(name);
    expect((await store.readFamilyGroups([v9.familyGroups[0].articles[0]], [v9.familyGroups[0].id])).current).toBe(false);
  });

  test.each<[string, Partial<Fixture>]>([
    ['its recorded count is not its row count', { familiesState: { generation: 3, count: 2 } }],
    ['a row is missing', { families: v5.families.slice(1) }],
    ['the articles moved on without a log entry', { generation: 4 }],
    ['a row is not a family row', { families: [...v5.families.slice(1), { ...v5.families[0], article: { ...v5.families[0].article, id: 'another' } }] }],
  ])('stored families that do not match the articles are read with no change list (the library builds them again): %s', async (_label, spoil) => {
    const name = freshName();
    await writeFixture(name, 5, { ...v5, ...spoil });
    const store = await openCurrent(name);
    expect((await store.readFamilies()).changed).toBeUndefined();
  });

  test.each<[string, Partial<Fixture>]>([
    ['its recorded count is not its row count', { quotesState: { generation: 5, count: 4 } }],
    ['a row is missing', { quotes: v10.quotes.slice(1) }],
    ['the articles moved on without it (a writer that bumped only the generation)', { generation: 6 }],
    ['no state recorded', { quotesState: undefined }],
    ['rows of an article that is gone, counted', { quotes: [...v10.quotes, { ...v10.quotes[0], articleId: 'gone' }], quotesState: { generation: 5, count: 5 } }],
  ])('a quotes store that does not match its articles is rebuilt before its first read: %s', async (_label, spoil) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const name = freshName();
    await writeFixture(name, 10, { ...v10, ...spoil });
    const store = await openCurrent(name);
    expect(warn).not.toHaveBeenCalled(); // opening (a check's wake) does not count the rows
    // A write before that read does not make the stale state current: the read still rebuilds.
    await store.put({ ...v10.articles[0], savedAt: v10.articles[0].savedAt + 1 });
    const expected = v10.quotes.map((r) => (r.articleId === v10.articles[0].id ? { ...r, savedAt: r.savedAt + 1 } : r));
    expect((await store.getQuotes()).sort(byKey)).toEqual([...expected].sort(byKey));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/rebuilding/));
    warn.mockRestore();
  });

  test('a v1 library without settings upgrades to the defaults', async () => {
    const name = freshName();
    const db = await openLibraryDb({ name, migrations: MIGRATIONS.slice(0, 1) });
    await db.put('articles', v1.articles[0]);
    db.close();
    const store = await openCurrent(name);
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await store.count()).toBe(1);
  });

  test('a migration that fails leaves the old database as it was; the real one then succeeds', async () => {
    const name = freshName();
    await writeFixture(name, 1, v1 as Fixture);
    const broken = [
      MIGRATIONS[0],
      (db: Parameters<(typeof MIGRATIONS)[0]>[0]) => {
        db.createObjectStore('half-done');
        throw new Error('disk trouble');
      },
    ];
    await expect(openLibraryDb({ name, migrations: broken })).rejects.toThrow();
    const raw = await openDB(name);
    expect(raw.version).toBe(1);
    expect([...raw.objectStoreNames].sort()).toEqual(['articles', 'meta']);
    expect(await raw.count('articles')).toBe(v1.articles.length);
    raw.close();
    const store = await openCurrent(name);
    expect(await store.getSettings()).toEqual({ ...v1.settings, speakers: { merged: [], split: [] } });
    expect(await store.count()).toBe(v1.articles.length);
  });

  test('property: any v1 library survives the upgrade record for record', async () => {
    const template = v1.articles[0] as LibraryRecord;
    const records = fc.uniqueArray(
      fc.record({ id: fc.string({ minLength: 1, maxLength: 40 }), savedAt: fc.nat(), title: fc.string({ maxLength: 60 }) }),
      { selector: (r) => r.id, maxLength: 30 },
    );
    const settings = fc.record({
      automatic: fc.boolean(),
      sites: fc.uniqueArray(fc.constantFrom('a.example', 'b.example', 'news.example')),
      rememberRead: fc.boolean(),
      excludedSites: fc.uniqueArray(fc.constantFrom('c.example', 'private.example')),
      highlights: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(records, settings, async (rs, st) => {
        const name = freshName();
        const articles = rs.map((r) => ({ ...template, ...r, url: r.id, storyKey: r.id }));
        await writeFixture(name, 1, { articles, settings: st });
        const store = await LibraryStore.open({ name });
        try {
          const got = await store.getAll();
          expect(new Map(got.map((a) => [a.id, a]))).toEqual(new Map(articles.map((a) => [a.id, a])));
          expect(await store.getSettings()).toEqual({ ...st, speakers: { merged: [], split: [] } });
        } finally {
          store.close();
        }
      }),
      { numRuns: 40 },
    );
  });

  test('property: the change log names every article that differs from what the cache was built from', async () => {
    const template = v1.articles[0] as LibraryRecord;
    const op = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), ids: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ kind: fc.constant('delete' as const), ids: fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e')) }),
      fc.record({ kind: fc.constant('cache' as const), ids: fc.constant([] as string[]) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        const store = await LibraryStore.open({ name: freshName() });
        try {
          let cachedAt: Map<string, number> | undefined; // id → savedAt when the cache was written
          let stamp = 0;
          const now = async () => new Map((await store.getAll()).map((a) => [a.id, a.savedAt]));
          for (const o of ops) {
            if (o.kind === 'put') await store.putMany(o.ids.map((id) => ({ ...template, id, url: id, storyKey: id, savedAt: ++stamp })));
            else if (o.kind === 'delete') await store.delete(o.ids[0]);
            else {
              await store.saveIndexCache({ formatVersion: 1, generation: await store.generation(), json: {} });
              cachedAt = await now();
            }
          }
          const read = await store.readIndexCache();
          if (!cachedAt) {
            expect(read.changed).toBeUndefined();
            return;
          }
          const current = await now();
          const differing = [...new Set([...cachedAt.keys(), ...current.keys()])].filter((id) => cachedAt!.get(id) !== current.get(id));
          expect(read.changed).toBeDefined();
          for (const id of differing) expect(read.changed).toContain(id);
        } finally {
          store.close();
        }
      }),
      { numRuns: 60 },
    );
  });
});
