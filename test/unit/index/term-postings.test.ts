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

describe('TermPostings: decoded lists of a loaded index are kept within a budget', () => {
  // Term k is in passages 1..k·3 (df 3k): lists of 3 to 24 postings.
  const TERMS = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8'];
  const loaded = (budget?: number) => {
    const p = new TermPostings();
    for (let id = 1; id <= 24; id++) p.add(id, TERMS.filter((_, k) => id <= 3 * (k + 1)));
    return TermPostings.load(p.toJSON(), budget);
  };

  test.each<[string, number, string[], number]>([
    ['all kept under a large budget', 1000, ['t1', 't2', 't8'], 3 + 6 + 24],
    ['the least recently asked for goes first', 30, ['t1', 't2', 't8'], 6 + 24],
    ['a list asked for again is recent again', 30, ['t1', 't8', 't1', 't2'], 3 + 6],
    ['the last list is kept even past the budget', 5, ['t1', 't8'], 24],
    ['a budget of none keeps only the last list', 0, ['t3', 't2'], 6],
  ])('%s', (_name, budget, asked, held) => {
    const p = loaded(budget);
    for (const t of asked) p.list(t);
    expect(p.decodedPostings).toBe(held);
  });

  test('whatever is asked for, the decoded postings stay within the budget or the last list, and every list is whole (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.array(fc.constantFrom(...TERMS), { maxLength: 40 }), (budget, asked) => {
        const bounded = loaded(budget);
        const whole = loaded(Infinity);
        for (const t of asked) {
          expect(listOf(bounded, t)).toEqual(listOf(whole, t));
          expect(bounded.decodedPostings).toBeLessThanOrEqual(Math.max(budget, bounded.df(t)));
        }
      }),
    );
  });

  test('a posting added to a decoded loaded term is in its list next time, and in what it serializes', () => {
    const p = loaded(1000);
    expect(p.list('t1')?.n).toBe(3);
    p.add(25, ['t1']);
    expect(listOf(p, 't1').map(([id]) => id)).toEqual([1, 2, 3, 25]);
    expect(p.decodedPostings).toBe(4);
    expect(listOf(TermPostings.load(p.toJSON()), 't1').map(([id]) => id)).toEqual([1, 2, 3, 25]);
  });

  test('toJSON leaves every list encoded once: a built list is decoded when next asked for, a decoded one is kept', () => {
    const p = new TermPostings(1000);
    for (let id = 1; id <= 24; id++) p.add(id, TERMS.filter((_, k) => id <= 3 * (k + 1)));
    const before = TERMS.map((t) => listOf(p, t));
    expect(p.decodedPostings).toBe(0);
    const json = structuredClone(p.toJSON());
    expect(p.decodedPostings).toBe(0);
    expect(p.list('t8')?.n).toBe(24);
    expect(p.decodedPostings).toBe(24);
    p.add(25, ['t2']);
    expect(p.toJSON()).toEqual(TermPostings.load(p.toJSON()).toJSON());
    expect(p.decodedPostings).toBe(24);
    expect(TERMS.map((t) => listOf(p, t))).toEqual(before.map((l, k) => (k === 1 ? [...l, [25, 1]] : l)));
    expect(TERMS.map((t) => listOf(TermPostings.load(json), t))).toEqual(before);
  });

  test('vacuum leaves every list encoded once, none decoded', () => {
    const p = loaded(1000);
    p.list('t8');
    p.add(30, ['t8', 'new']);
    p.vacuum((id) => id % 2 === 0);
    expect(p.decodedPostings).toBe(0);
    expect(listOf(p, 't8').map(([id]) => id)).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 30]);
    expect(listOf(p, 'new').map(([id]) => id)).toEqual([30]);
    expect(p.df('t1')).toBe(1);
  });
});

describe('TermPostings.seeker: ids found without decoding a loaded list whole', () => {
  /** A loaded term listed at `ids` (ascending), then `tail` added after the load. */
  const loadedWith = (ids: number[], tail: number[]) => {
    const p = new TermPostings();
    for (const id of ids) p.add(id, ['brine']);
    const loaded = TermPostings.load(p.toJSON(), 0);
    for (const id of tail) loaded.add(id, ['brine']);
    return loaded;
  };
  const firstAtLeast = (ids: number[], lo: number) => ids.find((id) => id >= lo) ?? Infinity;
  // Gaps from 1 to past one code unit (2^14), lists past several checkpoints (one per 32 postings).
  const ascending = (maxLength: number) => fc.array(fc.integer({ min: 1, max: 20_000 }), { maxLength }).map((gaps) => gaps.map((_, i) => gaps.slice(0, i + 1).reduce((a, b) => a + b, 0)));

  test('any seeks, ascending or not, find the first id at least as large, in the block and its tail (property)', () => {
    fc.assert(
      fc.property(ascending(300), fc.array(fc.integer({ min: 1, max: 20_000 }), { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 60 }), (ids, tailGaps, los) => {
        const last = ids.at(-1) ?? 0;
        const tail = tailGaps.map((_, i) => last + tailGaps.slice(0, i + 1).reduce((a, b) => a + b, 0));
        const all = [...ids, ...tail];
        const p = loadedWith(ids, tail);
        const seek = p.seeker('brine');
        if (all.length === 0) {
          expect(seek).toBeUndefined();
          return;
        }
        expect(seek?.n).toBe(all.length);
        const top = all[all.length - 1] + 2;
        // Each drawn number is a seek, then the next few ids' neighbours in order: jumps and steps.
        for (const x of los) {
          const lo = x % top;
          for (const at of [lo, lo + 1, firstAtLeast(all, lo) + 1, firstAtLeast(all, lo) - 1]) {
            expect(seek!.atLeast(at)).toBe(firstAtLeast(all, at));
          }
        }
        expect(p.decodedPostings).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  test.each<[string, number, number]>([
    ['one checkpoint per 32 postings of a loaded list', 100, 4],
    ['none for a list of one posting less than a stride', 31, 1],
  ])('%s', (_name, n, checkpoints) => {
    const p = loadedWith(Array.from({ length: n }, (_, i) => i + 1), []);
    p.seeker('brine');
    expect(p.checkpointsKept).toBe(checkpoints);
    p.seeker('brine');
    expect(p.checkpointsKept).toBe(checkpoints);
    p.toJSON();
    expect(p.checkpointsKept).toBe(0);
  });

  test('a decoded or built list is sought in place, with no checkpoints', () => {
    const built = new TermPostings();
    [3, 9, 40].forEach((id) => built.add(id, ['brine']));
    expect(built.seeker('brine')?.atLeast(10)).toBe(40);
    const loaded = TermPostings.load(built.toJSON(), 100);
    loaded.list('brine');
    expect(loaded.seeker('brine')?.atLeast(4)).toBe(9);
    expect([built.checkpointsKept, loaded.checkpointsKept]).toEqual([0, 0]);
  });

  test('a block with a code unit that is no varint throws MalformedVarintsError when first sought', () => {
    const data = encodeVarints([2, 1]) + '\uffff' + encodeVarints([1, 1]);
    const p = TermPostings.load(serialized('a', data, Int32Array.of(0, data.length)));
    expect(() => p.seeker('a')).toThrow(MalformedVarintsError);
  });
});

describe('TermPostings.holders: which groups of ids hold a term, as bits', () => {
  const SLOTS = 16;
  /** The groups (id / SLOTS) the bits name, ascending. */
  const groupsOf = (bits: Int32Array | undefined) => {
    const out: number[] = [];
    bits?.forEach((word, w) => {
      for (let b = 0; b < 32; b++) if (word & (1 << b)) out.push(w * 32 + b);
    });
    return out;
  };
  const groups = (ids: number[]) => [...new Set(ids.map((id) => Math.floor(id / SLOTS)))];
  const ascending = (maxLength: number) => fc.array(fc.integer({ min: 1, max: 3_000 }), { maxLength }).map((gaps) => gaps.map((_, i) => gaps.slice(0, i + 1).reduce((a, b) => a + b, 0)));

  test('built, loaded (sought first or not), decoded, with a tail added after the load, after vacuum: the groups of the ids (property)', () => {
    fc.assert(
      fc.property(ascending(200), fc.array(fc.integer({ min: 1, max: 3_000 }), { maxLength: 20 }), fc.constantFrom('built', 'loaded', 'sought', 'sought for bits', 'tail, then sought for bits', 'decoded'), fc.nat(), (ids, tailGaps, how, dead) => {
        const last = ids.at(-1) ?? 0;
        const tail = tailGaps.map((_, i) => last + tailGaps.slice(0, i + 1).reduce((a, b) => a + b, 0));
        const built = new TermPostings();
        for (const id of ids) built.add(id, ['brine']);
        const p = how === 'built' ? built : TermPostings.load(structuredClone(built.toJSON()), how === 'decoded' ? Infinity : 0);
        if (how === 'sought') p.seeker('brine');
        if (how === 'sought for bits') p.seeker('brine', SLOTS);
        if (how === 'decoded') p.list('brine');
        if (how === 'tail, then sought for bits') {
          // The bits made in the seek's pass hold the tail added since the load.
          for (const id of tail) p.add(id, ['brine']);
          p.seeker('brine', SLOTS);
          expect(groupsOf(p.holders('brine', SLOTS))).toEqual(groups([...ids, ...tail]));
          return;
        }
        expect(groupsOf(p.holders('brine', SLOTS))).toEqual(groups(ids));
        for (const id of tail) p.add(id, ['brine']);
        const all = [...ids, ...tail];
        expect(groupsOf(p.holders('brine', SLOTS))).toEqual(groups(all));
        // Asked again: the same bits, kept.
        expect(groupsOf(p.holders('brine', SLOTS))).toEqual(groups(all));
        const removed = all.length ? all[dead % all.length] : -1;
        p.vacuum((id) => id !== removed);
        expect(groupsOf(p.holders('brine', SLOTS))).toEqual(groups(all.filter((id) => id !== removed)));
        expect(p.holders('absent', SLOTS)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  test('a loaded list sought for bits makes them in the seek’s one pass: holders then reads nothing more', () => {
    const built = new TermPostings();
    for (let id = 1; id <= 500; id++) built.add(id * 7, ['brine']);
    const p = TermPostings.load(structuredClone(built.toJSON()), 0);
    expect(p.holderBitsKept).toBe(0);
    p.seeker('brine', SLOTS);
    const kept = p.holderBitsKept;
    expect(kept).toBeGreaterThan(0);
    const bits = p.holders('brine', SLOTS);
    expect(p.holderBitsKept).toBe(kept);
    expect(groupsOf(bits)).toEqual(groups(Array.from({ length: 500 }, (_, i) => (i + 1) * 7)));
    // Sought without slots (a short list): no bits.
    const q = TermPostings.load(structuredClone(built.toJSON()), 0);
    q.seeker('brine');
    expect(q.holderBitsKept).toBe(0);
  });

  test('bits of terms not asked for lately are dropped past the budget, and made again when asked', () => {
    // 64M bits at most: each term's bits here span 2^21 groups (2M bits), so 40 terms outgrow it.
    const p = new TermPostings();
    const far = 2 ** 21 * SLOTS - 1;
    for (const id of [1, far]) p.add(id, Array.from({ length: 40 }, (_, k) => `t${k}`));
    const loaded = TermPostings.load(p.toJSON());
    const first = loaded.holders('t0', SLOTS);
    for (let k = 1; k < 40; k++) loaded.holders(`t${k}`, SLOTS);
    const again = loaded.holders('t0', SLOTS);
    expect(again).not.toBe(first);
    expect(groupsOf(again)).toEqual([0, Math.floor(far / SLOTS)]);
  });
});
