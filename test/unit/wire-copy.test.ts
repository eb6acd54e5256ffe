import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { groupWireCopies, independentSources, isWireCopy, shingles, wireSimilarity } from '@/utils/wire-copy';
import { football, harbor, ledger, otherTown, reprint, wire } from '../golden/coverage/articles';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const SEED_000 = seed('000_fa55279f4966502b.txt');
const SEED_001 = seed('001_172d88e8f7af0655.txt');

describe('isWireCopy', () => {
  test.each([
    ['reprint with a new headline, a local first line and the end cut', wire.text, reprint.text, true],
    ['the same text with other quote marks and spelling', wire.text, wire.text.replace(/[“”]/g, '"').replace('favour', 'favor'), true],
    ['two reports of one council vote sharing one long quote', harbor.text, ledger.text, false],
    ['same topic, different story', harbor.text, otherTown.text, false],
    ['the seeds: two outlets reporting one speech', SEED_000, SEED_001, false],
    ['unrelated stories', wire.text, football.text, false],
    ['a copy too short to judge', 'One short sentence that both outlets ran.', 'One short sentence that both outlets ran.', false],
  ])('%s → %s', (_name, a, b, expected) => {
    const s = wireSimilarity(shingles(a), shingles(b));
    expect(isWireCopy(s)).toBe(expected);
  });

  test('similarity is symmetric', () => {
    const [a, b] = [shingles(wire.text), shingles(reprint.text)];
    expect(wireSimilarity(a, b)).toEqual(wireSimilarity(b, a));
  });
});

describe('groupWireCopies', () => {
  test('groups the agency story with its reprint, the earliest as the source', () => {
    const groups = groupWireCopies([reprint, harbor, ledger, wire, otherTown]);
    expect(groups).toEqual([{ articleIds: [reprint.id, wire.id], outlets: ['Daily Beacon', 'Coastal Wire'], source: wire.id }]);
  });

  test('an article whose text changed since the last grouping is compared by its new text', () => {
    const copy = { ...reprint };
    expect(groupWireCopies([wire, copy])).toHaveLength(1);
    copy.text = football.text;
    expect(groupWireCopies([wire, copy])).toEqual([]);
  });

  test('copies group transitively', () => {
    const third = { ...reprint, id: 'third', outlet: 'Bay Post', date: '2026-02-12' };
    expect(groupWireCopies([wire, reprint, third])[0].articleIds).toEqual([wire.id, reprint.id, 'third']);
  });

  test.each([
    ['wire and reprint are one source', [wire.id, reprint.id], 1],
    ['plus an independent report', [wire.id, reprint.id, ledger.id], 2],
    ['independent reports', [harbor.id, ledger.id], 2],
  ])('independentSources: %s', (_name, ids, expected) => {
    expect(independentSources(ids, groupWireCopies([wire, reprint, harbor, ledger]))).toBe(expected);
  });
});
