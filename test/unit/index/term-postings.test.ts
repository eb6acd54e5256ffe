import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { TermPostings, type SerializedPostings } from '@/utils/index/term-postings';
import { encodeVarints, MalformedVarintsError } from '@/utils/index/varint-string';

/** Serialized postings of space-joined `terms`, term offsets derived unless given. */
function serialized(terms: string, data: string, starts: Int32Array, termStarts?: Int32Array): SerializedPostings {
  const offsets = [0];
  if (terms) for (const t of terms.split(' ')) offsets.push(offsets[offsets.length - 1] + t.length + 1);
  return { terms, data, starts, termStarts: termStarts ?? Int32Array.from(offsets) };
}

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
    ['count past the end', serialized('a', encodeVarints([3, 1, 1]), Int32Array.of(0, 3))],
    ['zero count', serialized('a', encodeVarints([0]), Int32Array.of(0, 1))],
    ['not varints', serialized('a', '\uffff', Int32Array.of(0, 1))],
    ['a number cut short', serialized('a', encodeVarints([1, 1]) + String.fromCharCode(0x4001), Int32Array.of(0, 3))],
    ['starts beyond the data', serialized('a', encodeVarints([1, 1, 1]), Int32Array.of(0, 5))],
    ['data beyond the starts', serialized('a', encodeVarints([1, 1, 1, 1, 1, 1]), Int32Array.of(0, 3))],
    ['starts descending', serialized('a b', encodeVarints([1, 1, 1, 1, 1, 1]), Int32Array.of(0, 7, 6))],
    ['a first start past 0', serialized('a', encodeVarints([1, 1, 1, 1]), Int32Array.of(1, 4))],
    ['terms out of order', serialized('b a', encodeVarints([1, 1, 1, 1, 1, 1]), Int32Array.of(0, 3, 6))],
    ['a start missing', serialized('a b', encodeVarints([1, 1, 1, 1, 1, 1]), Int32Array.of(0, 6))],
    ['an empty term', serialized(' a', encodeVarints([1, 1, 1, 1, 1, 1]), Int32Array.of(0, 3, 6), Int32Array.of(0, 1, 3))],
    ['terms not space-separated', serialized('ab', encodeVarints([1, 1, 1, 1, 1, 1]), Int32Array.of(0, 3, 6), Int32Array.of(0, 1, 3))],
    ['term offsets short of the terms', serialized('a b', encodeVarints([1, 1, 1, 1, 1, 1]), Int32Array.of(0, 3, 6), Int32Array.of(0, 2, 3))],
    ['a term offset missing', serialized('a b', encodeVarints([1, 1, 1, 1, 1, 1]), Int32Array.of(0, 3, 6), Int32Array.of(0, 4))],
    ['starts as JSON made them', serialized('a', encodeVarints([1, 1, 1]), [0, 3] as unknown as Int32Array)],
  ])('load refuses %s', (_name, json) => {
    expect(() => TermPostings.load(json)).toThrow(/^(term-postings|varint-string):/);
  });

  describe('termsWithPrefix: the terms a word being typed may become, the most listed first', () => {
    // brine in 3 passages, bridge in 2, brick and bring in 1; bridge and bring come after a load.
    const build = (load: boolean) => {
      const p = new TermPostings();
      p.add(1, ['brine', 'brick', 'oyster']);
      p.add(2, ['brine', 'bridge']);
      p.add(3, ['brine']);
      const q = load ? TermPostings.load(p.toJSON()) : p;
      q.add(4, ['bridge', 'bring', 'brine']); // a loaded term's tail, and a new term
      return q;
    };
    test.each<[string, string, number, string[]]>([
      ['most listed first, ties in term order', 'bri', 10, ['brine', 'bridge', 'brick', 'bring']],
      ['a limit keeps the most listed', 'bri', 2, ['brine', 'bridge']],
      ['a whole term is its own prefix', 'brine', 10, ['brine']],
      ['no term begins so', 'brz', 10, []],
      ['a prefix past every term', 'zz', 10, []],
      ['a prefix before every term', 'a', 10, []],
    ])('%s (%s)', (_name, prefix, limit, expected) => {
      expect(build(false).termsWithPrefix(prefix, limit)).toEqual(expected);
      expect(build(true).termsWithPrefix(prefix, limit)).toEqual(expected);
    });
    test('a loaded term already decoded is listed once', () => {
      const p = build(true);
      p.list('brine');
      expect(p.termsWithPrefix('br', 10)).toEqual(['brine', 'bridge', 'brick', 'bring']);
    });
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

  test('a term in more passages than one varint code unit counts (2^14) loads and decodes whole', () => {
    const n = 0x4000 + 5;
    const data = encodeVarints([n, ...Array.from({ length: n }, () => [1, 0x11]).flat()]);
    const p = TermPostings.load(serialized('brine', data, Int32Array.of(0, data.length)));
    expect(p.df('brine')).toBe(n);
    expect(p.list('brine')?.n).toBe(n);
    expect(p.list('brine')?.ids[n - 1]).toBe(n);
  });

  test('a block with a code unit that is no varint loads, and throws MalformedVarintsError when first decoded', () => {
    const data = encodeVarints([2, 1]) + '\uffff' + encodeVarints([1, 1]);
    const p = TermPostings.load(serialized('a', data, Int32Array.of(0, data.length)));
    expect(() => p.list('a')).toThrow(MalformedVarintsError);
  });

  test('a block holding more than its count throws when first decoded', () => {
    const p = TermPostings.load(serialized('a', encodeVarints([1, 1, 1, 7]), Int32Array.of(0, 4)));
    expect(() => p.list('a')).toThrow(MalformedVarintsError);
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

  test('any postings survive toJSON → structured clone → load, and vacuum keeps exactly the live ids (property)', () => {
    const passage = fc.array(fc.constantFrom<string>('brine', 'oyster', 'calder', 'vote', 'roof'), { maxLength: 8 });
    fc.assert(
      fc.property(fc.array(passage, { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (passages, mod) => {
        const p = new TermPostings();
        passages.forEach((terms, i) => p.add(i * 7 + 1, terms));
        const loaded = TermPostings.load(structuredClone(p.toJSON()));
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
