/**
 * The library over the quotes store (issue 15, storage), on both storages: the rows stay equal to
 * the articles' quotes through saves, re-saves, removals, imports and clears; the speakers list
 * reads them (no families built) and agrees with each person's page; the export carries the
 * reader's speaker merges and splits, and an import adds them to the reader's own in the articles'
 * write, or, refused, changes nothing.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { articleTextFromLines } from '@/utils/article/article-text';
import { QuoteFamilies } from '@/utils/families/quote-families';
import type { ExportFile } from '@/utils/storage/export-format';
import type { LibraryStorage } from '@/utils/storage/library-storage';
import { DEFAULT_SETTINGS } from '@/utils/storage/settings';
import { SPEAKER_LIST_FORMAT } from '@/utils/families/speaker-list';
import { library, openStorage, PAGE0, PAGE1, pages, save, STORAGE_KINDS, twoSaved, useStorage, withId } from './library-fixture';

/** The rows the store holds and the rows its articles' quotes call for, as [article, index, text, speaker, outlet, savedAt]. */
async function rowsAndArticles(store: LibraryStorage) {
  const key = (r: unknown[]) => `${String(r[0])}\t${String(r[1]).padStart(4, '0')}`;
  const sort = (rows: unknown[][]) => rows.sort((a, b) => key(a).localeCompare(key(b)));
  const rows = (await store.getQuotes()).map((r) => [r.articleId, r.index, r.text, r.speaker, r.outlet, r.savedAt]);
  const wanted = (await store.getAll()).flatMap((a) => a.quotes.map((q, i) => [a.id, i, q.text, q.speaker, a.outlet, a.savedAt]));
  return { rows: sort(rows), wanted: sort(wanted) };
}

const third = () => {
  const body = articleTextFromLines('“The minerals talks were long and very productive for both sides,” said Sergei Gorr on Friday.');
  return withId({ ...pages[PAGE0], url: 'http://127.0.0.1:8000/third.html', outlet: 'Third Post', ...body });
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(STORAGE_KINDS)('%s', (kind) => {
  useStorage(kind);

  test('the quotes store equals the articles’ quotes after every kind of write', async () => {
    const lib = library();
    const store = await openStorage();
    const steps: [string, () => Promise<unknown>][] = [
      ['save', () => save(lib, PAGE0)],
      ['second save', () => save(lib, PAGE1)],
      ['re-save with a changed text', () => lib.save({ article: withId({ ...pages[PAGE0], ...articleTextFromLines('“Only this is left,” said Sergio Gor.') }) })],
      ['third save', () => lib.save({ article: third() })],
      ['remove', () => lib.remove(PAGE1)],
      ['import', async () => {
        const file = await lib.exportFile();
        await lib.clear();
        return lib.importFile(file);
      }],
      ['samples', () => lib.loadSamples()],
    ];
    let quotes = 0;
    for (const [label, step] of steps) {
      await step();
      const { rows, wanted } = await rowsAndArticles(store);
      expect(rows, label).toEqual(wanted);
      quotes = Math.max(quotes, rows.length);
    }
    expect(quotes).toBeGreaterThan(0);
    await lib.clear();
    expect(await store.getQuotes()).toEqual([]);
  });

  test('the speakers list reads the quotes store, builds no families, and agrees with every person’s page', async () => {
    const lib = library();
    await twoSaved(lib);
    await lib.save({ article: third() });
    await lib.setSettings({ speakers: { merged: [['Sergei Gorr', 'Sergio Gor']], split: [] } });
    const build = vi.spyOn(QuoteFamilies.prototype, 'planBuild');
    const list = await lib.speakers('');
    expect(build).not.toHaveBeenCalled();
    expect(list.map((s) => s.name)).toContain('Sergio Gor');
    expect(list.find((s) => s.name === 'Sergio Gor')?.aliases).toContain('Sergei Gorr');
    for (const s of list) {
      const page = await lib.speaker(s.name);
      expect({ name: page?.name, aliases: page?.aliases, quotes: page?.quotes.length, outlets: page?.outlets.length }).toEqual({
        name: s.name, aliases: s.aliases, quotes: s.quotes, outlets: s.outlets,
      });
    }
    // The first person's page built the families once: one article at a time, each once.
    expect(build).toHaveBeenCalledTimes(3);
    // Kept in step: a removal and a change of the reader's overrides show at once.
    await lib.remove(PAGE0);
    await lib.setSettings({ speakers: { merged: [], split: [] } });
    const after = await lib.speakers('gor');
    expect(after.find((s) => s.name === 'Sergei Gorr')?.quotes).toBe(1);
    expect(after.find((s) => s.name === 'Sergio Gor')?.outlets).toBe(1);
  });

  test('a speakers list stored by the previous format (no dates) is not read: a person\'s first page after a restart is the one the rows give, and the list is stored again with dates', async () => {
    const lib = library();
    await twoSaved(lib);
    await lib.save({ article: third() });
    const gor = await lib.speaker('Sergio Gor');
    expect(gor!.total).toBeGreaterThan(1);
    const store = await openStorage();
    const stored = (await store.readSpeakerList())!;
    expect(stored.format).toBe(SPEAKER_LIST_FORMAT);
    // The list as format 2 wrote it: each quote's date missing (what a worker of the last version left).
    const old = { ...stored, format: 2, chunks: stored.chunks.map((c) => ({ ...c, people: c.people.map((p) => ({ ...p, quotes: JSON.stringify((JSON.parse(p.quotes) as unknown[][]).map((q) => q.slice(0, 5))) })) })) };
    expect(await store.writeSpeakerList(old)).toBe(true);
    const restarted = library();
    expect(await restarted.speaker('Sergio Gor', 1)).toEqual({ ...gor, quotes: gor!.quotes.slice(0, 1) });
    await restarted.speakers('');
    const again = (await store.readSpeakerList())!;
    expect(again.format).toBe(SPEAKER_LIST_FORMAT);
    expect(again.chunks.flatMap((c) => c.people.flatMap((p) => JSON.parse(p.quotes) as unknown[][])).every((q) => q.length === 6)).toBe(true);
  });

  test('the export carries the reader’s merges and splits; an import adds them to the reader’s own', async () => {
    const lib = library();
    await save(lib, PAGE0);
    const theirs = { merged: [['Gor', 'Sergio Gor']] as [string, string][], split: ['Dr. Lee'] };
    await lib.setSettings({ speakers: theirs });
    const file = JSON.parse(JSON.stringify(await lib.exportFile())) as ExportFile;
    expect(file.speakers).toEqual(theirs);

    const other = library();
    await other.clear();
    await other.setSettings({ speakers: { merged: [['Sergei Gorr', 'Sergio Gor']], split: ['Gor'] }, highlights: false });
    expect(await other.importFile(file)).toEqual({ added: 1, updated: 0, skipped: 0 });
    // The reader split "Gor": the file's merge of it does not override that; the rest joins.
    expect((await other.getSettings()).speakers).toEqual({ merged: [['Sergei Gorr', 'Sergio Gor']], split: ['Dr. Lee', 'Gor'] });
    expect((await other.getSettings()).highlights).toBe(false);
    // Overrides alone still import (every article skipped), and twice change nothing more.
    const onlyOverrides = { ...file, speakers: { merged: [['Ann', 'Ann Ng']] as [string, string][], split: [] } };
    expect(await other.importFile(onlyOverrides)).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect(await other.importFile(onlyOverrides)).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect((await other.getSettings()).speakers.merged).toEqual([['Ann', 'Ann Ng'], ['Sergei Gorr', 'Sergio Gor']]);
  });

  test('a version 1 file imports and leaves the reader’s overrides alone', async () => {
    const lib = library();
    await save(lib, PAGE0);
    const { speakers: _s, ...v2 } = await lib.exportFile();
    const v1 = { ...v2, version: 1, articles: v2.articles.map(({ versions: _v, ...a }) => a) };
    const own = { merged: [['Gor', 'Sergio Gor']] as [string, string][], split: [] };
    await lib.clear();
    await lib.setSettings({ speakers: own });
    expect(await lib.importFile(JSON.parse(JSON.stringify(v1)))).toEqual({ added: 1, updated: 0, skipped: 0 });
    expect((await lib.getSettings()).speakers).toEqual(own);
  });

  test.each<[string, (f: ExportFile) => unknown, RegExp]>([
    ['overrides edited by hand', (f) => ({ ...f, speakers: { merged: [['Gor']], split: [] } }), /"speakers"/],
    ['overrides in a version 1 file', (f) => ({ ...f, version: 1, articles: [] }), /"speakers"/],
    ['a damaged article beside valid overrides', (f) => ({ ...f, articles: [{ ...f.articles[0], savedAt: 'soon' }] }), /"savedAt"/],
  ])('refused, with the reason, library and settings unchanged: %s', async (_label, spoil, reason) => {
    const lib = library();
    await save(lib, PAGE0);
    const store = await openStorage();
    await lib.setSettings({ speakers: { merged: [['Gor', 'Sergio Gor']], split: [] } });
    const file = await lib.exportFile();
    const incoming = { ...JSON.parse(JSON.stringify(file)), speakers: { merged: [['Ann', 'Ann Ng']], split: ['Dr. Lee'] } } as ExportFile;
    incoming.articles = [{ ...incoming.articles[0], id: 'https://new.example/a', url: 'https://new.example/a' }];
    const before = { file, settings: await lib.getSettings(), quotes: await rowsAndArticles(store) };
    await expect(lib.importFile(spoil(incoming))).rejects.toThrow(reason);
    expect(await lib.exportFile()).toEqual({ ...before.file, exportedAt: expect.any(String) });
    expect(await lib.getSettings()).toEqual(before.settings);
    expect(await rowsAndArticles(store)).toEqual(before.quotes);
  });
});

describe('IndexedDB, full', () => {
  useStorage('IndexedDB');

  test('an import refused for lack of room writes neither its articles, their quote rows nor its overrides', async () => {
    const lib = library();
    await save(lib, PAGE0);
    const store = await openStorage();
    const file = JSON.parse(JSON.stringify(await lib.exportFile())) as ExportFile;
    const incoming: ExportFile = {
      ...file,
      articles: [{ ...file.articles[0], id: 'https://new.example/a', url: 'https://new.example/a' }],
      speakers: { merged: [['Ann', 'Ann Ng']], split: [] },
    };
    const before = { settings: await lib.getSettings(), quotes: await rowsAndArticles(store) };
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'settings') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    await expect(lib.importFile(incoming)).rejects.toThrow(/no room left/);
    vi.restoreAllMocks();
    expect(await lib.getSettings()).toEqual(before.settings);
    expect(before.settings.speakers).toEqual(DEFAULT_SETTINGS.speakers);
    expect(await rowsAndArticles(store)).toEqual(before.quotes);
    expect((await lib.list()).map((a) => a.id)).toEqual([withId(pages[PAGE0]).id]);
  });
});
