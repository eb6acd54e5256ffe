import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { TermPostings } from '@/utils/term-postings';
import { encodeVarints } from '@/utils/varint-string';

const listOf = (p: TermPostings, term: string) => {
  const out: Array<[number, number]> = [];
  p.forEach(term, (id, tf) => out.push([id, tf]));
  return out;
};

describe('TermPostings', () => {
  test('counts term frequency per passage, in id order', () => {
    const p = new TermPostings();
    p.add(3, ['brine', 'oyster', 'brine']);
    p.add(9, ['brine']);
    expect(listOf(p, 'brine')).toEqual([[3, 2], [9, 1]]);
    expect(p.df('oyster')).toBe(1);
    expect(p.df('absent')).toBe(0);
  });

  test('refuses ids out of order, naming the module', () => {
    const p = new TermPostings();
    p.add(5, ['brine']);
    expect(() => p.add(5, ['brine'])).toThrow(/^term-postings:/);
  });

  test.each([
    ['count past the end', { terms: 'a', data: encodeVarints([3, 1, 1]) }],
    ['trailing numbers', { terms: 'a', data: encodeVarints([1, 1, 1, 7]) }],
    ['zero count', { terms: 'a', data: encodeVarints([0]) }],
    ['not varints', { terms: 'a', data: '\uffff' }],
  ])('load refuses %s', (_name, json) => {
    expect(() => TermPostings.load(json)).toThrow(/^(term-postings|varint-string):/);
  });

  test('any postings survive toJSON → JSON → load, and vacuum keeps exactly the live ids (property)', () => {
    const passage = fc.array(fc.constantFrom<string>('brine', 'oyster', 'calder', 'vote', 'roof'), { maxLength: 8 });
    fc.assert(
      fc.property(fc.array(passage, { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (passages, mod) => {
        const p = new TermPostings();
        passages.forEach((terms, i) => p.add(i * 7 + 1, terms));
        const loaded = TermPostings.load(JSON.parse(JSON.stringify(p.toJSON())));
        for (const t of ['brine', 'oyster', 'calder', 'vote', 'roof']) expect(listOf(loaded, t)).toEqual(listOf(p, t));
        const live = (id: number) => id % mod === 0;
        p.vacuum(live);
        for (const t of ['brine', 'oyster', 'calder', 'vote', 'roof']) {
          const expected = passages.flatMap((terms, i) => (live(i * 7 + 1) && terms.includes(t) ? [[i * 7 + 1, terms.filter((x) => x === t).length]] : []));
          expect(listOf(p, t)).toEqual(expected);
        }
      }),
    );
  });
});
