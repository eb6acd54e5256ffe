import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { growthExponent, median, p95, quantile, sample, seededRandom, shuffled } from '../../../bin/bench/bench-stats';
import { synthesisInput, synthesizeArticles } from '../../../bin/bench/bench-synth';
import { formatNumber, targetRow } from '../../../bin/bench/bench-table';
import { articleTextFromLines } from '@/utils/article/article-text';

describe('quantile', () => {
  test.each([
    { values: [3, 1, 2], p: 0.5, expected: 2 },
    { values: [1, 2, 3, 4], p: 0.5, expected: 2.5 },
    { values: [10], p: 0.95, expected: 10 },
    { values: [0, 100], p: 0.95, expected: 95 },
    { values: [5, 1, 4, 2, 3], p: 0, expected: 1 },
    { values: [5, 1, 4, 2, 3], p: 1, expected: 5 },
  ])('quantile($values, $p) = $expected', ({ values, p, expected }) => {
    expect(quantile(values, p)).toBeCloseTo(expected, 10);
  });

  test('empty input gives NaN, and the input is not reordered', () => {
    expect(median([])).toBeNaN();
    const values = [3, 1, 2];
    p95(values);
    expect(values).toEqual([3, 1, 2]);
  });

  test('lies between min and max and grows with p', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p) => {
        const q = quantile(xs, p);
        expect(q).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(q).toBeLessThanOrEqual(Math.max(...xs));
        expect(quantile(xs, Math.min(1, p + 0.1))).toBeGreaterThanOrEqual(q);
      }),
    );
  });
});

describe('growthExponent', () => {
  test.each([
    { t: [10, 1000], n: [1000, 100_000], expected: 1 },
    { t: [10, 10], n: [1000, 100_000], expected: 0 },
    { t: [10, 100], n: [1000, 100_000], expected: 0.5 },
    { t: [4, 16], n: [10, 100], expected: Math.log10(4) },
  ])('t $t at n $n → $expected', ({ t, n, expected }) => {
    expect(growthExponent(t[0], n[0], t[1], n[1])).toBeCloseTo(expected, 10);
  });
});

describe('seeded randomness', () => {
  test('same seed, same sequence; another seed, another sequence; values in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  test('shuffled and sample keep the items and draw without replacement', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), fc.nat(20), (items, seed, count) => {
        const s = shuffled(items, seededRandom(seed));
        expect([...s].sort((x, y) => x - y)).toEqual([...items].sort((x, y) => x - y));
        const picked = sample(items.map((_, i) => i), count, seededRandom(seed));
        expect(picked.length).toBe(Math.min(count, items.length));
        expect(new Set(picked).size).toBe(picked.length);
      }),
    );
  });
});

describe('synthesizeArticles', () => {
  const sources = [
    articleTextFromLines('The council met on Tuesday. It voted to close the bridge.\nRepairs will take a year.'),
    articleTextFromLines('"We are not ready," the mayor said. Residents asked for a ferry.\nThe vote was six to three. Critics called it rushed.'),
  ];
  const input = synthesisInput(sources);
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  const vocabulary = new Set(sources.flatMap((s) => words(s.text)));

  test('the pool holds every source sentence and each source keeps its paragraph shape', () => {
    expect(input.pool).toContain('It voted to close the bridge.');
    expect(input.pool.length).toBe(7);
    expect(input.shapes).toEqual([[2, 1], [2, 2]]);
  });

  test('same seed, same articles; paragraphs are real spans; only source words appear', () => {
    const a = [...synthesizeArticles(input, 30, 7)];
    expect([...synthesizeArticles(input, 30, 7)]).toEqual(a);
    expect([...synthesizeArticles(input, 30, 8)]).not.toEqual(a);
    for (const article of a) {
      expect(article.paragraphs.map((p) => article.text.slice(p.start, p.end)).join('\n\n')).toBe(article.text);
      for (const w of words(article.text)) expect(vocabulary.has(w)).toBe(true);
    }
    // Some sentences are edited: not every synthetic paragraph is made of whole pool sentences.
    const pool = new Set(input.pool);
    const edited = a.some((article) => article.text.split(/\n\n/).some((p) => !pool.has(p) && !input.pool.some((s) => p.startsWith(s))));
    expect(edited).toBe(true);
  });
});

describe('bench table', () => {
  test.each([
    { bound: '<=' as const, limit: 30, p50: 25, pass: true },
    { bound: '<=' as const, limit: 30, p50: 31, pass: false },
    { bound: '>=' as const, limit: 100, p50: 150, pass: true },
    { bound: '>=' as const, limit: 0.99, p50: NaN, pass: false },
  ])('$p50 against $bound $limit → pass $pass', ({ bound, limit, p50, pass }) => {
    const row = targetRow({ section: 's', metric: 'm', p50, p95: null, unit: 'ms' }, bound, limit);
    expect(row.pass).toBe(pass);
    expect(row.target).toBe(`${bound} ${limit}`);
  });

  test.each([
    { x: 12345.6, s: '12,346' },
    { x: 123.4, s: '123' },
    { x: 12.34, s: '12.3' },
    { x: 1.234, s: '1.23' },
    { x: 0.1234, s: '0.123' },
    { x: NaN, s: 'n/a' },
    { x: null, s: '' },
  ])('formatNumber($x) = "$s"', ({ x, s }) => {
    expect(formatNumber(x)).toBe(s);
  });
});
