/**
 * The library on its own (utils/library/library.ts), as the command line and benchmarks use it:
 * no browser at all, on IndexedDB (fake-indexeddb) and in memory alike. Saving groups one story,
 * search, remove, stats, export/import, samples, and comparing an article it has never seen.
 */
import { describe, expect, test } from 'vitest';
import { articleFromPlainText } from '@/utils/article/article-text';
import { Library } from '@/utils/library/library';
import type { ExportFile } from '@/utils/storage/export-format';
import { MemoryLibraryStorage } from '@/utils/storage/memory-storage';
import { check, library, PAGE0, PAGE1, pages, save, seed0, STORAGE_KINDS, twoSaved, useStorage, withId } from './library-fixture';

describe.each(STORAGE_KINDS)('%s', (kind) => {
  useStorage(kind);

  test('save says new, then updated, and counts the library', async () => {
    const lib = library();
    expect(await save(lib, PAGE0)).toEqual({ saved: 'new', id: PAGE0, libraryCount: 1 });
    expect(await save(lib, PAGE0)).toEqual({ saved: 'updated', id: PAGE0, libraryCount: 1 });
    expect((await check(lib, pages[PAGE0])).saved).toBe('yes');
    expect((await check(lib, { ...pages[PAGE0], text: `${pages[PAGE0].text}\n\nUpdate: more.` })).saved).toBe('outdated');
    expect((await check(lib, pages[PAGE1])).saved).toBe('no');
  });

  test('list groups the two reports of one speech into one story', async () => {
    const lib = library();
    await twoSaved(lib);
    const list = await lib.list();
    expect(list.map((a) => a.id)).toEqual([PAGE1, PAGE0]); // newest first
    expect(list[0].storyKey).toBe(list[1].storyKey);
    expect(list[0].quoteCount).toBeGreaterThan(0);
  });

  test.each([
    ['IANS', [PAGE1]],
    ['courier', [PAGE0]],
    ['minerals', [PAGE0, PAGE1]],
    ['zebra crossing', []],
  ])('search %j', async (query, expected) => {
    const lib = library();
    await twoSaved(lib);
    const ids = (await lib.search(query)).map((a) => a.id);
    expect([...ids].sort()).toEqual(expected);
  });

  test('remove and stats', async () => {
    const lib = library();
    await twoSaved(lib);
    const stats = await lib.stats();
    expect(stats.articles).toBe(2);
    expect(stats.bytes).toBeGreaterThan(seed0.text.length);
    expect(await lib.remove(PAGE0)).toEqual({ removed: true });
    expect(await lib.remove(PAGE0)).toEqual({ removed: false });
    expect((await lib.list()).map((a) => a.id)).toEqual([PAGE1]);
    // The removed article no longer matches anything.
    const r = await check(lib, pages[PAGE1]);
    expect(r.reports.every((q) => q.matches.length === 0)).toBe(true);
  });

  test('export → clear → import gives back the same library', async () => {
    const lib = library();
    await twoSaved(lib);
    const listBefore = await lib.list();
    const file = JSON.parse(JSON.stringify(await lib.exportFile())) as ExportFile;
    expect(file).toMatchObject({ format: 'verbatim-library', version: 2 });
    expect(await lib.clear()).toEqual({ removed: 2 });
    expect(await lib.list()).toEqual([]);
    expect(await lib.importFile(file)).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect(await lib.list()).toEqual(listBefore);
    expect(await lib.importFile(file)).toEqual({ added: 0, updated: 0, skipped: 2 });
  });

  test('a bad import changes nothing and says why', async () => {
    const lib = library();
    await twoSaved(lib);
    const before = await lib.exportFile();
    const bad = { ...before, articles: [...before.articles, { ...before.articles[0], id: 'x', savedAt: 'soon' }] };
    await expect(lib.importFile(bad)).rejects.toThrow(/Article 3 of 3 is damaged: "savedAt"/);
    expect(await lib.exportFile()).toEqual({ ...before, exportedAt: expect.any(String) });
  });

  test('load samples adds the two seeds once', async () => {
    const lib = library();
    expect(await lib.loadSamples()).toEqual({ added: 2 });
    expect(await lib.loadSamples()).toEqual({ added: 0 });
    const outlets = (await lib.list()).map((a) => a.outlet).sort();
    expect(outlets).toEqual(['IANS', 'Unnamed outlet']);
  });
});

describe('with no browser: two saved, a third compared, the library carried over in its export file', () => {
  const GOR = 'What was needed was momentum and opportunities, and we are now moving towards unlocking those opportunities and that potential';
  // A third outlet's short report: one Gor quote word for word from IANS, one of its own.
  const third = withId({
    ...articleFromPlainText(`Ambassador Sergio Gor spoke in New Delhi about critical minerals on Friday.\n\n“${GOR},” Gor said at the India Today Conclave.\n\n“We will sign it soon,” he told reporters afterwards.`),
    url: 'https://third.example/gor-minerals',
    outlet: 'Third Daily',
    title: 'Gor: US and India near a critical minerals deal',
    date: '2026-03-14',
  });
  const memoryLibrary = () => {
    const storage = new MemoryLibraryStorage();
    return new Library({ openStore: async () => storage });
  };

  test('the third article’s quotes are found in the saved ones, and found again after export and import', async () => {
    const lib = memoryLibrary();
    await lib.save({ article: withId(pages[PAGE0]) });
    await lib.save({ article: withId(pages[PAGE1]) });
    const report = await check(lib, third);
    expect(report).toMatchObject({ saved: 'no', libraryCount: 2 });
    expect(report.reports.map((r) => [r.quote.text, r.matches.map((m) => [m.outlet, m.kind])])).toEqual([
      [`${GOR},`, [['IANS', 'verbatim']]],
      ['We will sign it soon,', []],
    ]);
    expect(report.related.map((r) => r.outlet).sort()).toEqual(['Daily Courier', 'IANS']);

    const copy = memoryLibrary();
    const file = JSON.parse(JSON.stringify(await lib.exportFile())) as ExportFile;
    expect(await copy.importFile(file)).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect(await copy.list()).toEqual(await lib.list());
    expect(await check(copy, third)).toEqual(report);
  });
});

describe('the store opened ahead of any request', () => {
  test('opened once, before a request; a failed early open is opened again by the first request', async () => {
    const storage = new MemoryLibraryStorage();
    let opens = 0;
    const lib = new Library({
      openStore: async () => {
        opens++;
        if (opens === 1) throw new Error('blocked');
        return storage;
      },
    });
    lib.openEarly();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(opens).toBe(1);
    await expect(lib.stats()).resolves.toMatchObject({ articles: 0 });
    expect(opens).toBe(2);
    lib.openEarly();
    await lib.stats();
    expect(opens).toBe(2);
  });
});
