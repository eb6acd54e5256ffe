/**
 * The storage contract `Library` relies on (utils/storage/library-storage.ts), held by both
 * implementations: IndexedDB (fake-indexeddb) and memory. Generations, the change log, the index
 * cache's catch-up, all-or-nothing writes and settings, and the quotes store kept equal to the
 * articles' quotes by every write, through the interface only.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { LibraryRecord, LibraryStorage } from '@/utils/storage/library-storage';
import type { QuoteRow } from '@/utils/storage/quote-rows';
import { MemoryLibraryStorage } from '@/utils/storage/memory-storage';
import { DEFAULT_SETTINGS } from '@/utils/storage/settings';
import { LibraryStore } from '@/utils/storage/storage';
import v1 from '../../golden/storage/v1.json';

const fixture = v1.articles as LibraryRecord[];
const record = (id: string, savedAt = 1): LibraryRecord => ({ ...fixture[0], id, url: id, savedAt, storyKey: id });

let n = 0;
const opened: LibraryStore[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

const STORAGES: [string, () => Promise<LibraryStorage>][] = [
  ['IndexedDB', async () => {
    const s = await LibraryStore.open({ name: `library-storage-${++n}` });
    opened.push(s);
    return s;
  }],
  ['memory', async () => new MemoryLibraryStorage()],
];

const generationOf = async (s: LibraryStorage) => (await s.readIndexCache()).generation;

/** A record whose quotes are credited to `speakers` in order (null: nobody), at made-up spans. */
const quoted = (id: string, savedAt: number, speakers: (string | null)[]): LibraryRecord => ({
  ...record(id, savedAt),
  quotes: speakers.map((speaker, k) => ({ ...fixture[0].quotes[0], text: `${id} quote ${k}`, start: k * 10, end: k * 10 + 5, speaker })),
});

/** The rows the quotes store must hold for these articles, field by field (no speakerKey: checked on its own). */
const expectedRows = (articles: readonly LibraryRecord[]) => articles
  .flatMap((a) => a.quotes.map((q, index) => ({
    articleId: a.id, index, text: q.text, speaker: q.speaker, start: q.start, end: q.end, outlet: a.outlet, title: a.title, url: a.url, date: a.date, lang: a.lang, savedAt: a.savedAt,
  })))
  .sort((x, y) => x.articleId.localeCompare(y.articleId) || x.index - y.index);
const storedRows = async (s: LibraryStorage) => (await s.getQuotes())
  .map(({ speakerKey: _k, ...row }: QuoteRow) => row)
  .sort((x, y) => x.articleId.localeCompare(y.articleId) || x.index - y.index);

describe.each(STORAGES)('%s', (_kind, open) => {
  test('put reports new then updated, and replaces', async () => {
    const s = await open();
    expect(await s.put(record('a', 1))).toEqual({ saved: 'new', generation: 1, keptVersion: false });
    expect(await s.put({ ...record('a', 2), title: 'changed' })).toEqual({ saved: 'updated', generation: 2, keptVersion: false });
    expect((await s.getAll()).map((r) => [r.id, r.title])).toEqual([['a', 'changed']]);
  });

  test('a stored record is a copy: changing the caller’s object changes nothing stored', async () => {
    const s = await open();
    const mine = record('a');
    await s.put(mine);
    mine.title = 'changed afterwards';
    expect((await s.getMany(['a']))[0]?.title).toBe(fixture[0].title);
  });

  test('putMany is all or nothing', async () => {
    const s = await open();
    await s.put(record('keep'));
    const bad = { ...record('b'), text: () => 'not cloneable' } as unknown as LibraryRecord;
    await expect(s.putMany([record('a'), bad])).rejects.toThrow();
    expect((await s.getAll()).map((a) => a.id)).toEqual(['keep']);
    expect(await generationOf(s)).toBe(1); // the failed write left no trace
  });

  test('getMany reads in order, undefined where there is none; snapshot reads all with the generation', async () => {
    const s = await open();
    await s.putMany([record('a', 1), record('b', 2)]);
    expect((await s.getMany(['b', 'zz', 'a'])).map((r) => r?.savedAt)).toEqual([2, undefined, 1]);
    expect(await s.getMany([])).toEqual([]);
    const { records, generation } = await s.snapshot();
    expect({ ids: records.map((r) => r.id).sort(), generation }).toEqual({ ids: ['a', 'b'], generation: 1 });
  });

  test.each<[string, (s: LibraryStorage) => Promise<unknown>, number]>([
    ['put', (s) => s.put(record('a', 9)), 1],
    ['putMany', (s) => s.putMany([record('x'), record('y')]), 1],
    ['putMany of nothing', (s) => s.putMany([]), 0],
    ['delete', (s) => s.delete('a'), 1],
    ['delete of nothing', (s) => s.delete('nope'), 0],
    ['clear', (s) => s.clear(), 1],
    ['reads and settings', async (s) => [await s.getAll(), await s.getMany(['a']), await s.setSettings({ automatic: true })], 0],
  ])('the generation after %s goes up by %i', async (_name, op, step) => {
    const s = await open();
    await s.put(record('a', 1));
    const before = await generationOf(s);
    await op(s);
    expect(await generationOf(s)).toBe(before + step);
  });

  test('the index cache round-trips with the ids written since it; a clear drops it', async () => {
    const s = await open();
    expect(await s.readIndexCache()).toEqual({ cache: undefined, generation: 0, changed: undefined });
    await s.putMany([record('a'), record('b')]);
    const cache = { formatVersion: 3, generation: 1, json: { docs: [1, 2] } };
    await s.saveIndexCache(cache);
    expect(await s.readIndexCache()).toEqual({ cache, generation: 1, changed: [] });
    await s.put(record('c'));
    await s.delete('a');
    await s.put(record('c', 5));
    expect(await s.readIndexCache()).toEqual({ cache, generation: 4, changed: ['c', 'a'] });
    await s.saveIndexCache({ ...cache, generation: 4 });
    expect((await s.readIndexCache()).changed).toEqual([]);
    expect(await s.clear()).toEqual({ removed: 2, generation: 5 });
    expect(await s.readIndexCache()).toEqual({ cache: undefined, generation: 5, changed: undefined });
  });

  test('the index cache\'s parts: read by number at the cache\'s generation, replaced with it, dropped with it', async () => {
    const s = await open();
    await s.putMany([record('a'), record('b')]);
    await s.saveIndexCache({ formatVersion: 3, generation: 1, json: {} }, ['zero', 'one', 'two']);
    expect((await s.readIndexCache()).cache).toEqual({ formatVersion: 3, generation: 1, json: {}, parts: 3 });
    expect(await s.readIndexParts(1, [2, 0])).toEqual(['two', 'zero']);
    expect(await s.readIndexParts(1, [3])).toEqual([undefined]);
    expect(await s.readIndexParts(0, [0])).toEqual([undefined]);
    await s.put(record('c'));
    await s.saveIndexCache({ formatVersion: 3, generation: 2, json: {} }, ['new']);
    expect(await s.readIndexParts(1, [0, 1])).toEqual([undefined, undefined]);
    expect(await s.readIndexParts(2, [0, 1])).toEqual(['new', undefined]);
    await s.deleteIndexCache();
    expect(await s.readIndexParts(2, [0])).toEqual([undefined]);
    await s.saveIndexCache({ formatVersion: 3, generation: 2, json: {} }, ['again']);
    await s.clear();
    expect(await s.readIndexParts(2, [0])).toEqual([undefined]);
  });

  test('count and generation follow the articles; the speakers list is stored only at the articles\' generation, and a clear drops it', async () => {
    const s = await open();
    expect([await s.count(), await s.generation(), await s.readSpeakerList()]).toEqual([0, 0, undefined]);
    await s.putMany([record('a'), record('b')]);
    expect([await s.count(), await s.generation()]).toEqual([2, 1]);
    const stored = { generation: 1, overrides: '{"merged":[],"split":[]}', format: 2, outlets: ['Harbour Post'], people: [], chunks: [] };
    expect(await s.writeSpeakerList({ ...stored, generation: 0 })).toBe(false);
    expect(await s.readSpeakerList()).toBeUndefined();
    expect(await s.writeSpeakerList(stored)).toBe(true);
    expect(await s.readSpeakerList()).toEqual(stored);
    await s.delete('a');
    expect([await s.count(), await s.generation()]).toEqual([1, 2]);
    expect(await s.writeSpeakerList({ ...stored, outlets: [] })).toBe(false);
    expect(await s.readSpeakerList()).toEqual(stored);
    await s.clear();
    expect([await s.count(), await s.readSpeakerList(), await s.readSpeakerLines(), await s.readSpeakerChunks([0])]).toEqual([0, undefined, undefined, undefined]);
  });

  /** A chunk holding these people (their quotes' contents do not matter here) and alias entries. */
  const chunk = (n: number, names: string[], aliases: Array<[string, string[]]> = []) => ({
    chunk: n, people: names.map((name) => ({ name, aliases: [name], quotes: `[["${name}",0,0,0,1]]` })), aliases,
  });
  const line = (name: string) => ({ name, aliases: [name], quotes: 1, outlets: 1 });
  const head = (generation: number, overrides = '{"merged":[],"split":[]}') => ({ generation, overrides, format: 2, outlets: ['Harbour Post'] });
  const byChunk = (a: { chunk: number }, b: { chunk: number }) => a.chunk - b.chunk;

  test('the stored list\'s chunks are read by number with its head (one holding nobody empty), its lines without them', async () => {
    const s = await open();
    await s.putMany([record('a')]);
    expect(await s.readSpeakerChunks([3])).toBeUndefined();
    const chunks = [chunk(3, ['Ines Barrow'], [['Barrow', ['Ines Barrow']]]), chunk(7, ['Tomas Vell'])];
    expect(await s.writeSpeakerList({ ...head(1), people: [line('Ines Barrow'), line('Tomas Vell')], chunks })).toBe(true);
    expect(await s.readSpeakerChunks([7, 5, 3])).toEqual({ head: head(1), chunks: [chunks[1], chunk(5, []), chunks[0]] });
    expect(await s.readSpeakerLines()).toEqual({ ...head(1), people: [line('Ines Barrow'), line('Tomas Vell')] });
  });

  test('a write of some chunks replaces only those when the stored list is the one it is from, else every chunk', async () => {
    const s = await open();
    await s.putMany([record('a')]);
    const first = [chunk(1, ['Ines Barrow']), chunk(2, ['Tomas Vell']), chunk(3, ['Ada Quill'])];
    await s.writeSpeakerList({ ...head(1), people: [], chunks: first });
    await s.putMany([record('b')]);
    // Chunk 1 rebuilt, chunk 3 empty now (removed), chunk 4 new; chunk 2 as stored (a value it is given otherwise is not written).
    const next = [chunk(1, ['Ines Barrow', 'Barrow']), chunk(2, ['Tomas Vell', 'Vell']), chunk(3, []), chunk(4, ['Jonas Ekker'])];
    const change = { from: { generation: 1, overrides: head(1).overrides }, chunks: [1, 3, 4] };
    expect(await s.writeSpeakerList({ ...head(2), people: [], chunks: next }, change)).toBe(true);
    expect((await s.readSpeakerList())!.chunks.sort(byChunk)).toEqual([next[0], first[1], next[3]]);
    // From a list that is not the stored one: every chunk written (the empty ones not kept).
    await s.putMany([record('c')]);
    expect(await s.writeSpeakerList({ ...head(3), people: [], chunks: next }, change)).toBe(true);
    expect((await s.readSpeakerList())!.chunks.sort(byChunk)).toEqual([next[0], next[1], next[3]]);
  });

  test('family groups and their page rows are written, removed and dropped together, and answer pages only when the families state says they may', async () => {
    const s = await open();
    await s.putMany([record('a'), record('b'), record('c')]);
    const familyRow = (id: string) => ({ articleId: id, article: { id, url: id, outlet: 'O', title: 't', date: null, savedAt: 1, quotes: [], language: 'en' as const }, quotes: '[]' });
    const group = (id: string, articles: string[]) => ({ id, quotes: articles.map((a) => `${a}#0`), passages: [], articles, versions: articles.length });
    const page = (id: string) => ({ id, page: `{"page":"${id}"}` });
    const rows = ['a', 'b', 'c'].map(familyRow);
    const groups = (put: ReturnType<typeof group>[], remove: string[], all: boolean) => ({ put, pages: put.map((g) => page(g.id)), remove, all });
    // A build still under way (not complete): nothing answers a page yet.
    expect(await s.writeFamilies({ put: rows, remove: [], generation: 1, from: null, groups: groups([group('a#0', ['a', 'b'])], [], true), complete: false })).toBe(true);
    expect(await s.readFamilyGroups(['a'], ['a#0'])).toEqual({ current: false, groups: [group('a#0', ['a', 'b'])], pages: [page('a#0')] });
    expect(await s.writeFamilies({ put: [], remove: [], generation: 1, from: 1, groups: groups([group('b#0', ['b', 'c'])], [], false), complete: true })).toBe(true);
    expect(await s.readFamilyGroups(['b'], ['a#0', 'b#0'])).toEqual({ current: true, groups: [group('a#0', ['a', 'b']), group('b#0', ['b', 'c'])], pages: [page('a#0'), page('b#0')] });
    // A group removed takes its page with it.
    expect(await s.writeFamilies({ put: [], remove: [], generation: 1, from: 1, groups: groups([], ['a#0'], false), complete: true })).toBe(true);
    expect(await s.readFamilyGroups(['a', 'b'], ['a#0', 'b#0'])).toEqual({ current: true, groups: [group('b#0', ['b', 'c'])], pages: [undefined, page('b#0')] });
    // Every group written again: the ones not written are gone, pages too.
    expect(await s.writeFamilies({ put: [], remove: [], generation: 1, from: 1, groups: groups([group('c#0', ['c', 'a'])], [], true), complete: true })).toBe(true);
    expect(await s.readFamilyGroups(['b', 'c'], ['b#0', 'c#0'])).toEqual({ current: true, groups: [group('c#0', ['c', 'a'])], pages: [undefined, page('c#0')] });
    // A save the families were not written for: behind the articles.
    await s.put(record('d'));
    expect((await s.readFamilyGroups(['c'], ['c#0'])).current).toBe(false);
    await s.clear();
    expect(await s.readFamilyGroups(['c'], ['c#0'])).toMatchObject({ groups: [], pages: [undefined] });
  });

  test.each<[string, (s: LibraryStorage) => Promise<void>]>([
    ['a cache from the future (the counter was reset)', (s) => s.saveIndexCache({ formatVersion: 1, generation: 99, json: {} })],
    ['a cache deleted as damaged', async (s) => {
      await s.saveIndexCache({ formatVersion: 1, generation: 0, json: {} });
      await s.deleteIndexCache();
    }],
    ['a cache older than a clear', async (s) => {
      await s.saveIndexCache({ formatVersion: 1, generation: 0, json: {} });
      await s.clear();
      await s.put(record('b'));
    }],
  ])('%s cannot be caught up: rebuild', async (_name, spoil) => {
    const s = await open();
    await spoil(s);
    expect((await s.readIndexCache()).changed).toBeUndefined();
  });

  test('earlier versions: kept only when keepPrevious says so, oldest first, without the story key', async () => {
    const s = await open();
    const keepAll = { keepPrevious: () => true };
    expect(await s.put(record('a', 1), keepAll)).toMatchObject({ saved: 'new', keptVersion: false });
    expect(await s.put({ ...record('a', 2), title: 'second' }, { keepPrevious: () => false })).toMatchObject({ keptVersion: false });
    expect(await s.put({ ...record('a', 3), title: 'third' }, { keepPrevious: (old) => old.title === 'second' })).toMatchObject({ saved: 'updated', keptVersion: true });
    expect(await s.put({ ...record('a', 4), title: 'fourth' }, keepAll)).toMatchObject({ keptVersion: true });
    const versions = await s.getVersions('a');
    expect(versions.map((v) => [v.savedAt, v.title])).toEqual([[2, 'second'], [3, 'third']]);
    expect(versions.every((v) => !('storyKey' in v))).toBe(true);
    expect((await s.getMany(['a']))[0]?.title).toBe('fourth');
    expect(await s.versionCounts()).toEqual(new Map([['a', 2]]));
    // A re-put of the same save (same savedAt) is not a version of itself.
    expect(await s.put({ ...record('a', 4), title: 'fourth again' }, keepAll)).toMatchObject({ keptVersion: false });
    expect(await s.getVersions('nobody')).toEqual([]);
  });

  test('versions go with their article: delete and clear remove them; putMany writes them with the articles', async () => {
    const s = await open();
    const { storyKey: _k, ...earlier } = record('b', 1);
    const generation = await s.putMany([record('b', 5), record('c', 5)], [earlier]);
    expect((await s.getVersions('b')).map((v) => v.savedAt)).toEqual([1]);
    // Versions alone change no article: the generation stays.
    const { storyKey: _k2, ...other } = record('c', 2);
    expect(await s.putMany([], [other])).toBe(generation);
    expect(await s.versionCounts()).toEqual(new Map([['b', 1], ['c', 1]]));
    await s.delete('b');
    expect(await s.getVersions('b')).toEqual([]);
    expect(await s.getVersions('c')).toHaveLength(1);
    await s.clear();
    expect(await s.versionCounts()).toEqual(new Map());
  });

  test('putMany is all or nothing for versions too', async () => {
    const s = await open();
    const { storyKey: _k, ...fine } = record('d', 1);
    const bad = { ...fine, savedAt: 2, text: () => 'not cloneable' } as unknown as typeof fine;
    await expect(s.putMany([record('d', 9)], [fine, bad])).rejects.toThrow();
    expect(await s.getAll()).toEqual([]);
    expect(await s.versionCounts()).toEqual(new Map());
  });

  test('the quotes store: one row per saved quote, read all, by article and by speaker key', async () => {
    const s = await open();
    await s.put(quoted('a', 1, ['Ama Mensah', null]));
    await s.putMany([quoted('b', 2, ['ama  MENSAH']), quoted('c', 3, [])]);
    expect(await storedRows(s)).toEqual(expectedRows([quoted('a', 1, ['Ama Mensah', null]), quoted('b', 2, ['ama  MENSAH'])]));
    expect((await s.getQuotesOf('a')).map((r) => [r.index, r.speaker])).toEqual([[0, 'Ama Mensah'], [1, null]]);
    expect(await s.getQuotesOf('c')).toEqual([]);
    // Case and spacing fold into one key; a quote credited to nobody has none.
    expect((await s.getQuotesBySpeaker('ama mensah')).map((r) => r.articleId).sort()).toEqual(['a', 'b']);
    expect((await s.getQuotes()).filter((r) => r.speaker === null).every((r) => !('speakerKey' in r))).toBe(true);
    // A replaced article's rows are replaced: fewer quotes leave no stale row behind.
    await s.put(quoted('a', 4, ['Tomas Reyes']));
    expect((await s.getQuotesOf('a')).map((r) => [r.index, r.speaker, r.savedAt])).toEqual([[0, 'Tomas Reyes', 4]]);
    expect((await s.getQuotesBySpeaker('ama mensah')).map((r) => r.articleId)).toEqual(['b']);
    await s.delete('b');
    expect(await s.getQuotesBySpeaker('ama mensah')).toEqual([]);
    expect(await s.rebuildQuotes()).toBe(1);
    expect(await storedRows(s)).toEqual(expectedRows([quoted('a', 4, ['Tomas Reyes'])]));
    await s.clear();
    expect(await s.getQuotes()).toEqual([]);
  });

  test('property: after any writes, failed ones included, the quotes store holds exactly the articles’ quotes', async () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd');
    const speakers = fc.array(fc.constantFrom('Ama Mensah', 'Mensah', null), { maxLength: 3 });
    const op = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), id, speakers }),
      fc.record({ kind: fc.constant('putMany' as const), items: fc.array(fc.record({ id, speakers }), { maxLength: 3 }), fail: fc.boolean() }),
      fc.record({ kind: fc.constant('delete' as const), id }),
      fc.record({ kind: fc.constant('clear' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 10 }), async (ops) => {
        const s = await open();
        let stamp = 0;
        for (const o of ops) {
          if (o.kind === 'put') await s.put(quoted(o.id, ++stamp, o.speakers));
          else if (o.kind === 'putMany') {
            const records = o.items.map((it) => quoted(it.id, ++stamp, it.speakers));
            // A record that cannot be stored fails the whole write, as a full disk does.
            const bad = { ...quoted('z', ++stamp, ['Ama Mensah']), text: () => 'not cloneable' } as unknown as LibraryRecord;
            await s.putMany(o.fail ? [...records, bad] : records).catch(() => {});
          } else if (o.kind === 'delete') await s.delete(o.id);
          else await s.clear();
        }
        expect(await storedRows(s)).toEqual(expectedRows(await s.getAll()));
      }),
      { numRuns: 40 },
    );
  });

  test('putMany writes the settings patch with the articles, or (on any error) neither', async () => {
    const s = await open();
    const speakers = { merged: [['Mensah', 'Ama Mensah']] as [string, string][], split: [] };
    const bad = { ...record('b'), text: () => 'not cloneable' } as unknown as LibraryRecord;
    await expect(s.putMany([record('a'), bad], [], { settings: () => ({ speakers }) })).rejects.toThrow();
    expect(await s.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await s.getAll()).toEqual([]);
    // The patch is computed from the stored settings, inside the write.
    await s.setSettings({ highlights: false });
    const generation = await s.putMany([], [], { settings: (current) => ({ speakers, automatic: !current.highlights }) });
    expect(generation).toBe(0); // settings alone change no article
    expect(await s.getSettings()).toEqual({ ...DEFAULT_SETTINGS, highlights: false, automatic: true, speakers });
  });

  test('settings: defaults, patches, bad values ignored', async () => {
    const s = await open();
    expect(await s.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await s.setSettings({ automatic: true, sites: ['news.example'] })).toEqual({ ...DEFAULT_SETTINGS, automatic: true, sites: ['news.example'] });
    await s.setSettings({ highlights: 'no' } as unknown as { highlights: boolean });
    expect((await s.getSettings()).highlights).toBe(true);
    expect((await s.getSettings()).automatic).toBe(true);
  });
});
