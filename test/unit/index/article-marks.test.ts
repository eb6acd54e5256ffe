import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ArticleMarks } from '@/utils/index/article-marks';
import type { List } from '@/utils/index/term-postings';

const SLOTS = 8;
const listOf = (ids: number[]): List => ({ ids: Uint32Array.from(ids), packed: new Uint16Array(ids.length), n: ids.length });
// Ascending ids, several passages of one article in a row, articles past one word of marks (32).
const ascending = fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }).map((gaps) => {
  let id = 0;
  return gaps.map((g) => (id += g));
});

describe('ArticleMarks', () => {
  test('marks each article of each list once: its lists\' bits and summed weight, ascending, as a scan finds them (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(ascending, fc.integer({ min: 1, max: 5 })), { maxLength: 6 }), fc.integer({ min: 1, max: 3 }), (lists, rounds) => {
        const marks = new ArticleMarks(SLOTS);
        // Kept between quotes: each round must start unmarked.
        for (let r = 0; r < rounds; r++) {
          marks.reserve(1 + Math.floor(Math.max(0, ...lists.flatMap(([ids]) => ids)) / SLOTS));
          const expected = new Map<number, { mask: number; weight: number }>();
          lists.forEach(([ids, weight], l) => {
            marks.mark(listOf(ids), 1 << l, weight);
            for (const seq of new Set(ids.map((id) => Math.floor(id / SLOTS)))) {
              const e = expected.get(seq) ?? { mask: 0, weight: 0 };
              expected.set(seq, { mask: e.mask | (1 << l), weight: e.weight + weight });
            }
          });
          const seen: Array<[number, number, number]> = [];
          marks.forEach((seq, mask, weight) => seen.push([seq, mask, weight]));
          expect(seen).toEqual([...expected].sort((a, b) => a[0] - b[0]).map(([seq, e]) => [seq, e.mask, e.weight]));
          for (const [seq, e] of expected) expect([marks.maskOf(seq), marks.weightOf(seq)]).toEqual([e.mask, e.weight]);
          expect(marks.size).toBe(expected.size);
          marks.clear();
        }
      }),
      { numRuns: 300 },
    );
  });

  test('growing keeps the marks made before', () => {
    const marks = new ArticleMarks(SLOTS).reserve(1);
    marks.mark(listOf([3]), 1, 2);
    marks.reserve(200);
    marks.mark(listOf([3, 1500]), 2, 1);
    const seen: Array<[number, number, number]> = [];
    marks.forEach((seq, mask, weight) => seen.push([seq, mask, weight]));
    expect(seen).toEqual([[0, 3, 3], [187, 2, 1]]);
  });
});
