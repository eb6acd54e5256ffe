/**
 * The library's families, speakers and fidelity (issue 15) on both storages: built when first
 * asked, kept in step with saves and removals, reset by an import, and the reader's speaker
 * merges and splits read from the settings.
 */
import { describe, expect, test, vi } from 'vitest';
import { articleTextFromLines } from '@/utils/article/article-text';
import { QuoteFamilies } from '@/utils/families/quote-families';
import { sampleArticles } from '@/utils/index/sample-coverage';
import { Library } from '@/utils/library/library';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { MemoryLibraryStorage } from '@/utils/storage/memory-storage';
import type { EvidenceFormat } from '@/utils/evidence/evidence-formats';
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
    expect(gor?.total).toBe(gor?.quotes.length);
    // A page of one quote, from the families in memory and, after a restart, from the stored rows.
    for (const from of [lib, library()]) expect(await from.speaker('Sergio Gor', 1)).toEqual({ ...gor, quotes: gor!.quotes.slice(0, 1) });
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

  test('evidence of the long Gor quote\'s family and of Sergio Gor: every format, from what their pages show', async () => {
    const lib = library();
    await twoSaved(lib);
    const ref = { articleId: PAGE0, offset: longStart() };
    const doc = async (format: EvidenceFormat) => {
      const r = await lib.familyEvidence(ref, format);
      if ('refused' in r) throw new Error(`refused: ${r.refused}`);
      return r;
    };
    const md = await doc('md');
    expect(md.fileName).toMatch(/^verbatim-family-sergio-gor-.+\.md$/);
    expect(md.text).toMatch(/^# Quote family: Sergio Gor, /);
    expect(md.text).toMatch(/First seen in your library: Daily Courier, 2026-03-13\. Another saved article has the same date/);
    expect(md.text).toMatch(/#### IANS, 2026-03-13: Paraphrased[\s\S]*- Form: indirect speech[\s\S]*\{\+secure\+\}/);
    const annotations = JSON.parse((await doc('annotations')).text) as { target: { source: string }[] }[];
    expect(annotations.map((a) => a.target[0].source)).toEqual([PAGE0, PAGE1]);
    const claim = JSON.parse((await doc('claimreview')).text) as { '@graph': { itemReviewed: { firstAppearance: { publisher: { name: string } } } }[] };
    // Both dated 2026-03-13: the tie goes to the one saved first, as on the family page.
    expect(claim['@graph'].map((d) => d.itemReviewed.firstAppearance.publisher.name)).toEqual(['Daily Courier']);
    expect((await doc('html')).text).toContain('<title>Quote family: Sergio Gor, ');

    const gor = await lib.speaker('Sergio Gor');
    const spoken = await lib.speakerEvidence(gor!.aliases.at(-1)!, 'annotations');
    if ('refused' in spoken) throw new Error(`refused: ${spoken.refused}`);
    expect(spoken.fileName).toBe('verbatim-speaker-sergio-gor-annotations.jsonld');
    const perQuote = JSON.parse(spoken.text) as { target: { source: string }[] }[];
    expect(perQuote.map((a) => a.target[0].source)).toEqual(gor!.quotes.map((q) => q.articleId));
    expect(await lib.familyEvidence({ articleId: 'https://nowhere.example/', offset: 0 }, 'md')).toEqual({ refused: 'not-found' });
    expect(await lib.speakerEvidence('Nobody Here', 'md')).toEqual({ refused: 'not-found' });
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

describe('a save after the tab\'s check: the families take its lists and matches where still exact', () => {
  /** A library over a memory store of its own, its clock its own (two of them save at the same times), recording every families write. */
  const recorded = () => {
    const store = new MemoryLibraryStorage();
    const writes: string[] = [];
    const write = store.writeFamilies.bind(store);
    store.writeFamilies = (w) => {
      writes.push(JSON.stringify(w));
      return write(w);
    };
    let clock = 1_773_400_000_000;
    return { lib: new Library({ openStore: async () => store, now: () => ++clock, samples: sampleArticles }), writes };
  };
  const third = () => withId({ ...pages[PAGE0], url: 'http://127.0.0.1:8000/third.html', outlet: 'Third Post', ...articleTextFromLines('“The minerals talks were long and very productive for both sides,” said Sergei Gorr on Friday.') });

  test('the families write what they write without it; a check made before another save is not taken', async () => {
    const planSave = vi.spyOn(QuoteFamilies.prototype, 'planSave');
    try {
      const a = recorded();
      const b = recorded();
      const page1 = withId(pages[PAGE1]);
      for (const { lib } of [a, b]) {
        await save(lib, PAGE0);
        await lib.familyList('');
      }
      // Checked, then saved: the hand-over is taken, and its matches used.
      const checked = await a.lib.compare(page1, findQuotes(page1));
      planSave.mockClear();
      await a.lib.save({ article: page1, quotes: findQuotes(page1), handOver: checked.handOver });
      expect(planSave.mock.calls[0][1]).toBe(checked.handOver);
      expect((planSave.mock.contexts[0] as QuoteFamilies).lastWork.handedMatches).toBeGreaterThan(0);
      await b.lib.save({ article: page1, quotes: findQuotes(page1) });
      // Checked, another article saved, then saved again: not taken.
      const stale = await a.lib.compare(page1, findQuotes(page1));
      for (const { lib } of [a, b]) await lib.save({ article: third() });
      planSave.mockClear();
      await a.lib.save({ article: page1, quotes: findQuotes(page1), handOver: stale.handOver });
      expect(planSave.mock.calls[0][1]).toBeUndefined();
      await b.lib.save({ article: page1, quotes: findQuotes(page1) });
      expect(a.writes.length).toBeGreaterThan(2);
      expect(a.writes).toEqual(b.writes);
    } finally {
      planSave.mockRestore();
    }
  });
});
