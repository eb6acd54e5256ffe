/** The speakers list as kept and stored: packing loses nothing a list line or a person's page reads. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ListedQuote } from '@/utils/families/family-from-rows';
import {
  chunkOf, chunksOf, isSpeakerList, joinSpeakerList, packSpeakers, personInChunks, SPEAKER_CHUNKS, speakerChunks, unpackSpeaker, unpackSpeakerRow, type SpeakerChunk,
} from '@/utils/families/speaker-list';
import { personNamed, speakerDirectory, speakerSummary } from '@/utils/families/speakers';

const NAMES = ['Ines Barrow', 'Barrow', 'Minister Barrow', 'Tomas Vell', 'Vell', 'the Harbour Board', 'Ada Quill', 'Quill', null];
const OUTLETS = ['Harbour Post', 'Valley Times', 'Coastal Wire'];

const credited = (speaker: string | null, outlet: string, articleId: string, index: number): ListedQuote => ({ quote: { speaker }, article: { outlet }, articleId, index, savedAt: 0, date: index % 2 ? null : '2026-03-01' });

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

describe('speakerChunks', () => {
  const quote = fc.record({ name: fc.nat(NAMES.length - 1), outlet: fc.nat(OUTLETS.length - 1), article: fc.nat(5), index: fc.nat(4) });
  const named = NAMES.filter((n): n is string => n !== null);
  const overrides = fc.record({ merged: fc.array(fc.tuple(fc.constantFrom(...named), fc.constantFrom(...named)), { maxLength: 2 }), split: fc.subarray(named, { maxLength: 2 }) });
  const listOf = (qs: { name: number; outlet: number; article: number; index: number }[], ov: { merged: [string, string][]; split: string[] }) =>
    packSpeakers(speakerDirectory(qs.map((q) => credited(NAMES[q.name], OUTLETS[q.outlet], `article-${q.article}`, q.index)), ov));

  test('property: every name finds, from its chunks alone, the person the whole list gives (or cannot say: several people hold it)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(quote, { maxLength: 30 }), overrides, async (qs, ov) => {
      const list = listOf(qs, ov);
      const chunks = new Map(speakerChunks(list).map((c) => [c.chunk, c]));
      for (const name of [...named, ...list.people.flatMap((p) => p.aliases), 'Nobody Here']) {
        const row = await personInChunks(name, async (c) => chunks.get(c) ?? { chunk: c, people: [], aliases: [] });
        const person = personNamed(list.people, name);
        const holders = list.people.filter((p) => p.aliases.includes(name));
        if (row === undefined) expect(person?.name !== name && holders.length).toBeGreaterThan(1);
        else expect(row && unpackSpeakerRow(row, list.outlets)).toEqual(person ? unpackSpeaker(list, list.people.indexOf(person)) : null);
      }
      // Joined again from the chunks' people, the list is the same.
      expect(joinSpeakerList(list.people, list.outlets, [...chunks.values()].flatMap((c) => c.people))).toEqual(list);
    }));
  });

  test('property: the chunks asked for are the whole list\'s chunks of those numbers, an empty one where the list has none', () => {
    fc.assert(fc.property(fc.array(quote, { maxLength: 30 }), overrides, fc.array(fc.nat(SPEAKER_CHUNKS - 1), { maxLength: 8 }), (qs, ov, ids) => {
      const list = listOf(qs, ov);
      const whole = new Map(speakerChunks(list).map((c) => [c.chunk, c]));
      const only = new Set([...ids, ...chunksOf(list.people.slice(0, 2).map((p) => p.name))]);
      const some = speakerChunks(list, only);
      expect(some.map((c) => c.chunk).sort((a, b) => a - b)).toEqual([...only].sort((a, b) => a - b));
      for (const c of some) expect(c).toEqual(whole.get(c.chunk) ?? { chunk: c.chunk, people: [], aliases: [] } satisfies SpeakerChunk);
    }));
  });

  test.each(['', 'Ines Barrow', 'the Harbour Board', 'Ĳsbrand Ørsted', '李明'])('chunkOf(%j) is a chunk number, the same each time', (name) => {
    expect(Number.isInteger(chunkOf(name)) && chunkOf(name) >= 0 && chunkOf(name) < SPEAKER_CHUNKS).toBe(true);
    expect(chunkOf(name)).toBe(chunkOf(`${name}`.slice()));
  });
});
