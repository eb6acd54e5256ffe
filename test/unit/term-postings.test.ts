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
    ['count past the end', { terms: 'a', data: encodeVarints([3, 1, 1]), sizes: encodeVarints([3]) }],
    ['zero count', { terms: 'a', data: encodeVarints([0]), sizes: encodeVarints([1]) }],
    ['not varints', { terms: 'a', data: '\uffff', sizes: encodeVarints([1]) }],
    ['a number cut short', { terms: 'a', data: encodeVarints([1, 1]) + String.fromCharCode(0x4001), sizes: encodeVarints([3]) }],
    ['sizes beyond the data', { terms: 'a', data: encodeVarints([1, 1, 1]), sizes: encodeVarints([5]) }],
    ['data beyond the sizes', { terms: 'a', data: encodeVarints([1, 1, 1, 1, 1, 1]), sizes: encodeVarints([3]) }],
    ['terms out of order', { terms: 'b a', data: encodeVarints([1, 1, 1, 1, 1, 1]), sizes: encodeVarints([3, 3]) }],
    ['a size missing', { terms: 'a b', data: encodeVarints([1, 1, 1, 1, 1, 1]), sizes: encodeVarints([3]) }],
  ])('load refuses %s', (_name, json) => {
    expect(() => TermPostings.load(json)).toThrow(/^(term-postings|varint-string):/);
  });

  test('a loaded index finds each term in place, and no prefix or neighbour of one', () => {
    const p = new TermPostings();
    ['a', 'ab', 'b', 'brine', 'é'].forEach((t, i) => p.add(i + 1, [t]));
    const loaded = TermPostings.load(p.toJSON());
    const df = (t: string) => loaded.df(t);
    expect(['a', 'ab', 'b', 'brine', 'é'].map(df)).toEqual([1, 1, 1, 1, 1]);
    expect(['', 'aa', 'abc', 'br', 'brines', 'c', 'e', '0'].map(df)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(TermPostings.load(new TermPostings().toJSON()).df('a')).toBe(0);
  });

  test('a block holding more than its count throws when first decoded', () => {
    const p = TermPostings.load({ terms: 'a', data: encodeVarints([1, 1, 1, 7]), sizes: encodeVarints([4]) });
    expect(() => p.list('a')).toThrow(/^term-postings:/);
  });

  test('packs each posting with its passage length, clamping what BM25 does not need', () => {
    const p = new TermPostings();
    p.add(1, ['brine', 'oyster', 'brine']);
    p.add(2, [...Array(20).fill('brine'), ...Array(5000).fill('x')]);
    const out: Array<[number, number, number]> = [];
    p.forEach('brine', (id, tf, length) => out.push([id, tf, length]));
    expect(out).toEqual([[1, 2, 3], [2, 15, 4095]]);
  });

  test('a loaded index decodes a term only when asked, and serializes back unchanged', () => {
    const p = new TermPostings();
    p.add(1, ['brine', 'oyster']);
    p.add(8, ['brine']);
    const json = p.toJSON();
    const loaded = TermPostings.load(json);
    expect(loaded.df('brine')).toBe(2);
    expect(loaded.toJSON()).toEqual(json);
    loaded.add(9, ['oyster', 'roof']);
    loaded.add(10, ['oyster']);
    expect(loaded.df('oyster')).toBe(3);
    expect(TermPostings.load(loaded.toJSON()).df('oyster')).toBe(3);
    expect(listOf(loaded, 'oyster')).toEqual([[1, 1], [9, 1], [10, 1]]);
    expect(listOf(TermPostings.load(loaded.toJSON()), 'brine')).toEqual([[1, 1], [8, 1]]);
    expect(loaded.df('roof')).toBe(1);
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
