/**
 * The library's families, speakers and fidelity (issue 15) on both storages: built when first
 * asked, kept in step with saves and removals, reset by an import, and the reader's speaker
 * merges and splits read from the settings.
 */
import { describe, expect, test } from 'vitest';
import { articleTextFromLines } from '@/utils/article/article-text';
import { library, PAGE0, PAGE1, pages, save, STORAGE_KINDS, twoSaved, useStorage, withId } from './library-fixture';

const LONG = 'very close today to finalising a critical minerals agreement';

describe.each(STORAGE_KINDS)('%s', (kind) => {
  useStorage(kind);
  const longStart = () => withId(pages[PAGE0]).text.indexOf(LONG);

  test('the long Gor quote: its family page from either article, first seen in the earlier saved', async () => {
    const lib = library();
    await twoSaved(lib);
    const view = await lib.family({ articleId: PAGE0, offset: longStart() });
    expect(view?.versions.map((v) => [v.outlet, v.form, v.kind])).toEqual([
      ['Daily Courier', 'quote', null],
      ['IANS', 'passage', 'paraphrase'],
    ]);
    expect(view?.firstSeen).toMatchObject({ outlet: 'Daily Courier', tiedOnDate: true });
    const passage = view!.versions[1];
    expect((await lib.family({ articleId: PAGE1, offset: passage.start }))?.id).toEqual(view?.id);
    expect((await lib.familyList('')).families.map((f) => f.id)).toContainEqual(view?.id);
    expect((await lib.familyList('minerals agreement')).families.length).toBeGreaterThan(0);
    expect((await lib.familyList('no such words here')).families).toEqual([]);
  });

  test('kept in step: a save after the first ask joins its family, a removal leaves it', async () => {
    const lib = library();
    await save(lib, PAGE0);
    expect((await lib.family({ articleId: PAGE0, offset: longStart() }))?.versions).toHaveLength(1);
    await save(lib, PAGE1);
    expect((await lib.family({ articleId: PAGE0, offset: longStart() }))?.versions).toHaveLength(2);
    await lib.remove(PAGE1);
    expect((await lib.family({ articleId: PAGE0, offset: longStart() }))?.versions).toHaveLength(1);
    await lib.remove(PAGE0);
    expect(await lib.family({ articleId: PAGE0, offset: longStart() })).toBeNull();
  });

  test("Sergio Gor's page holds his quotes from both articles; a split and a merge are the reader's", async () => {
    const lib = library();
    await twoSaved(lib);
    const gor = await lib.speaker('Sergio Gor');
    expect(new Set(gor?.quotes.map((q) => q.articleId))).toEqual(new Set([PAGE0, PAGE1]));
    expect((await lib.speakers('gor')).map((s) => s.name)).toContain('Sergio Gor');
    const body = articleTextFromLines('“The minerals talks were long and very productive for both sides,” said Sergei Gorr on Friday.');
    await lib.save({ article: withId({ ...pages[PAGE0], url: 'http://127.0.0.1:8000/third.html', outlet: 'Third Post', ...body }) });
    expect((await lib.speakers('')).map((s) => s.name)).toContain('Sergei Gorr');
    await lib.setSettings({ speakers: { merged: [['Sergei Gorr', 'Sergio Gor']], split: [] } });
    const merged = await lib.speaker('Sergio Gor');
    expect(merged!.quotes.length).toBe(gor!.quotes.length + 1);
    expect(merged!.aliases).toContain('Sergei Gorr');
    expect((await lib.speaker('Sergei Gorr'))?.name).toBe('Sergio Gor');
    await lib.setSettings({ speakers: { merged: [['Sergei Gorr', 'Sergio Gor']], split: ['Sergei Gorr'] } });
    expect((await lib.speaker('Sergio Gor'))?.quotes.length).toBe(gor!.quotes.length + 1);
    await lib.setSettings({ speakers: { merged: [], split: ['Sergei Gorr'] } });
    expect((await lib.speaker('Sergio Gor'))?.quotes.length).toBe(gor!.quotes.length);
  });

  test('fidelity counts both outlets, each rendering the other\'s quote as a paraphrase', async () => {
    const lib = library();
    await twoSaved(lib);
    const rows = await lib.fidelity();
    expect(rows.map((r) => r.outlet).sort()).toEqual(['Daily Courier', 'IANS']);
    for (const r of rows) expect(r.kinds.paraphrase).toBeGreaterThanOrEqual(1);
  });

  test('an import resets the families, which are built again when next asked', async () => {
    const lib = library();
    await save(lib, PAGE0);
    expect((await lib.family({ articleId: PAGE0, offset: longStart() }))?.versions).toHaveLength(1);
    const file = await lib.exportFile();
    await lib.clear();
    expect(await lib.family({ articleId: PAGE0, offset: longStart() })).toBeNull();
    await lib.importFile(file);
    await save(lib, PAGE1);
    expect((await lib.family({ articleId: PAGE0, offset: longStart() }))?.versions).toHaveLength(2);
  });
});
