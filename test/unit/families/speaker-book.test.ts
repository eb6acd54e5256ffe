/** The speakers list kept current: after any saves, removals and merges, the list a full recompute over every quote gives. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SpeakerBook, type SpeakerCredit } from '@/utils/families/speaker-book';
import { chunksOf, packSpeakers, speakerChunks, unpackSpeaker, type SpeakerChunk, type SpeakerList } from '@/utils/families/speaker-list';
import { speakerDirectory } from '@/utils/families/speakers';
import { inSaveOrder, type QuoteRow } from '@/utils/storage/quote-rows';
import type { SpeakerOverrides } from '@/utils/storage/settings';

// Names that merge (surname, title forms), two people sharing a surname, an organisation, nobody.
const NAMES = ['Ines Barrow', 'Barrow', 'Minister Barrow', 'Tomas Barrow', 'Tomas Vell', 'Vell', 'Vell Jr.', 'the Harbour Board', 'Ada Quill', 'Quill', null];
const OUTLETS = ['Harbour Post', 'Valley Times', 'Coastal Wire'];
// An article's date travels with its quotes in the list (format 3); undated articles too.
const DATES = ['2026-03-02', null, '2026-03-01'];
const PEOPLE = NAMES.filter((n): n is string => n !== null);

/** What the list shows: every line and every person's quotes unpacked (the outlets' table may be ordered otherwise). */
const shown = (list: SpeakerList) => ({ people: list.people, quotes: list.people.map((_, i) => unpackSpeaker(list, i).nodes) });

/** The full recompute: every quote row in save order, the directory, packed. */
function recompute(articles: ReadonlyMap<string, SpeakerCredit[]>, overrides: SpeakerOverrides): SpeakerList {
  const rows = inSaveOrder([...articles.values()].flat() as unknown as QuoteRow[]);
  return packSpeakers(speakerDirectory(rows.map((r) => ({ quote: { speaker: r.speaker }, article: { outlet: r.outlet }, articleId: r.articleId, index: r.index, savedAt: r.savedAt, date: r.date })), overrides));
}

const overridesArb = fc.record({
  merged: fc.array(fc.tuple(fc.constantFrom(...PEOPLE), fc.constantFrom(...PEOPLE)), { maxLength: 2 }),
  split: fc.subarray(PEOPLE, { maxLength: 2 }),
});
const opArb = fc.oneof(
  fc.record({ op: fc.constant('save' as const), article: fc.nat(6), savedAt: fc.nat(5), quotes: fc.array(fc.record({ name: fc.nat(NAMES.length - 1), outlet: fc.nat(OUTLETS.length - 1) }), { maxLength: 4 }) }),
  fc.record({ op: fc.constant('remove' as const), article: fc.nat(6) }),
  fc.record({ op: fc.constant('overrides' as const), overrides: overridesArb }),
  // The worker stops: the list is stored, and read back into a book.
  fc.record({ op: fc.constant('restart' as const) }),
);

describe('SpeakerBook', () => {
  test('property: after any saves, removals, merges and restarts, the list is the one a full recompute over every quote gives', () => {
    fc.assert(fc.property(overridesArb, fc.array(opArb, { maxLength: 14 }), fc.array(fc.boolean(), { maxLength: 14 }), (start, ops, asks) => {
      const articles = new Map<string, SpeakerCredit[]>();
      let overrides = start;
      let book = SpeakerBook.of([], overrides);
      ops.forEach((o, t) => {
        if (o.op === 'save') {
          const id = `article-${o.article}`;
          const credits = o.quotes.map((q, index): SpeakerCredit => ({ articleId: id, index, speaker: NAMES[q.name], outlet: OUTLETS[q.outlet], savedAt: o.savedAt, date: DATES[o.article % DATES.length] }));
          articles.set(id, credits);
          book.put(id, credits);
        } else if (o.op === 'remove') {
          articles.delete(`article-${o.article}`);
          book.put(`article-${o.article}`, []);
        } else if (o.op === 'overrides') {
          overrides = o.overrides;
          book.setOverrides(overrides);
        } else book = SpeakerBook.from(structuredClone(book.list()), overrides);
        // Asked between some steps, not others: what an update rebuilds must not depend on when it was asked.
        if (asks[t]) expect(shown(book.list())).toEqual(shown(recompute(articles, overrides)));
      });
      expect(shown(book.list())).toEqual(shown(recompute(articles, overrides)));
      expect(shown(SpeakerBook.of([...articles.values()].flat(), overrides).list())).toEqual(shown(recompute(articles, overrides)));
    }), { numRuns: 300 });
  });

  test('a save rebuilds only the people it touches: the others\' packed quotes are the very strings kept', () => {
    const credit = (articleId: string, index: number, speaker: string, savedAt: number): SpeakerCredit => ({ articleId, index, speaker, outlet: 'Harbour Post', savedAt, date: null });
    const book = SpeakerBook.of([credit('a', 0, 'Ines Barrow', 1), credit('b', 0, 'Tomas Vell', 2), credit('b', 1, 'Ada Quill', 2)], { merged: [], split: [] });
    const before = book.list();
    book.put('c', [credit('c', 0, 'Barrow', 3)]);
    const after = book.list();
    expect(after.people.map((p) => [p.name, p.quotes])).toEqual([['Ines Barrow', 2], ['Ada Quill', 1], ['Tomas Vell', 1]]);
    for (const name of ['Ada Quill', 'Tomas Vell']) expect(after.quotes[after.people.findIndex((p) => p.name === name)]).toBe(before.quotes[before.people.findIndex((p) => p.name === name)]);
  });

  test('property: the chunks of the names and aliases a list reports changed, written over the chunks stored before, are the new list\'s chunks', () => {
    fc.assert(fc.property(overridesArb, fc.array(opArb, { maxLength: 14 }), fc.array(fc.boolean(), { maxLength: 14 }), (start, ops, asks) => {
      let overrides = start;
      let book = SpeakerBook.of([], overrides);
      const keyed = (chunks: SpeakerChunk[]) => new Map(chunks.map((c) => [c.chunk, c]));
      // What a store holds: every chunk written whole first, then only those each later list reports.
      let stored = keyed(speakerChunks(book.list()));
      book.takeChanged();
      // As the library writes a list: asked, then the chunks it reports changed written over the stored ones.
      const write = () => {
        const whole = keyed(speakerChunks(book.list()));
        for (const c of chunksOf(book.takeChanged())) {
          stored.delete(c);
          if (whole.has(c)) stored.set(c, whole.get(c)!);
        }
        expect(stored).toEqual(whole);
        stored = whole;
      };
      ops.forEach((o, t) => {
        if (o.op === 'save') book.put(`article-${o.article}`, o.quotes.map((q, index): SpeakerCredit => ({ articleId: `article-${o.article}`, index, speaker: NAMES[q.name], outlet: OUTLETS[q.outlet], savedAt: o.savedAt, date: DATES[o.article % DATES.length] })));
        else if (o.op === 'remove') book.put(`article-${o.article}`, []);
        else if (o.op === 'overrides') book.setOverrides((overrides = o.overrides));
        else {
          // A restart reads back the list written last.
          write();
          book = SpeakerBook.from(structuredClone(book.list()), overrides);
        }
        if (asks[t]) write();
      });
      write();
    }), { numRuns: 300 });
  });
});
