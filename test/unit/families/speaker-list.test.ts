/** The speakers list as kept and stored: packing loses nothing a list line or a person's page reads. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ListedQuote } from '@/utils/families/family-from-rows';
import { isSpeakerList, packSpeakers, unpackSpeaker } from '@/utils/families/speaker-list';
import { personNamed, speakerDirectory, speakerSummary } from '@/utils/families/speakers';

const NAMES = ['Ines Barrow', 'Barrow', 'Minister Barrow', 'Tomas Vell', 'Vell', 'the Harbour Board', 'Ada Quill', 'Quill', null];
const OUTLETS = ['Harbour Post', 'Valley Times', 'Coastal Wire'];

const credited = (speaker: string | null, outlet: string, articleId: string, index: number): ListedQuote => ({ quote: { speaker }, article: { outlet }, articleId, index, savedAt: 0 });

describe('packSpeakers', () => {
  test.each([
    { label: 'no quotes', quotes: [] as ListedQuote[] },
    { label: 'one person under three names in two outlets', quotes: [credited('Ines Barrow', 'Harbour Post', 'a', 0), credited('Barrow', 'Valley Times', 'b', 2), credited('Minister Barrow', 'Harbour Post', 'c', 1)] },
    { label: 'an organisation beside people, an uncredited quote left out', quotes: [credited('the Harbour Board', 'Coastal Wire', 'a', 0), credited(null, 'Coastal Wire', 'a', 1), credited('Ada Quill', 'Coastal Wire', 'a', 2)] },
  ])('$label: every person, line and quote as the directory gives them', ({ quotes }) => {
    const directory = speakerDirectory(quotes);
    const list = packSpeakers(directory);
    expect(list.people).toEqual(directory.map(speakerSummary));
    expect(directory.map((_, i) => unpackSpeaker(list, i))).toEqual(directory);
    expect(isSpeakerList(structuredClone(list))).toBe(true);
  });

  test('property: packed and unpacked, with the reader\'s merges and splits, the directory is unchanged and a name finds the same person', () => {
    const quote = fc.record({ name: fc.nat(NAMES.length - 1), outlet: fc.nat(OUTLETS.length - 1), article: fc.nat(5), index: fc.nat(4) });
    const overrides = fc.record({ merged: fc.array(fc.tuple(fc.constantFrom(...NAMES.filter((n) => n !== null)), fc.constantFrom(...NAMES.filter((n) => n !== null))), { maxLength: 2 }), split: fc.subarray(NAMES.filter((n) => n !== null), { maxLength: 2 }) });
    fc.assert(fc.property(fc.array(quote, { maxLength: 30 }), overrides, (qs, ov) => {
      const directory = speakerDirectory(qs.map((q) => credited(NAMES[q.name], OUTLETS[q.outlet], `article-${q.article}`, q.index)), ov);
      const list = structuredClone(packSpeakers(directory));
      expect(directory.map((_, i) => unpackSpeaker(list, i))).toEqual(directory);
      for (const name of NAMES) if (name) expect(list.people.indexOf(personNamed(list.people, name)!)).toBe(directory.indexOf(personNamed(directory, name)!));
    }));
  });
});

describe('isSpeakerList', () => {
  const good = packSpeakers(speakerDirectory([credited('Ines Barrow', 'Harbour Post', 'a', 0)]));
  test.each([
    { label: 'a packed list', value: good, ok: true },
    { label: 'nothing', value: undefined, ok: false },
    { label: 'a line without its quotes', value: { ...good, quotes: [] }, ok: false },
    { label: 'quotes that are not text', value: { ...good, quotes: [[]] }, ok: false },
    { label: 'a line without counts', value: { ...good, people: [{ name: 'Ines Barrow', aliases: [] }] }, ok: false },
  ])('$label: $ok', ({ value, ok }) => {
    expect(isSpeakerList(value)).toBe(ok);
  });
});
