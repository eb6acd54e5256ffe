import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { SeqTable } from '@/utils/text/seq-table';

describe('SeqTable', () => {
  test('keeps outlet codes and passage lengths per live article', () => {
    const t = new SeqTable();
    t.set(0, 'ians', [12, 30]);
    t.set(5, 'reuters', [7]);
    t.set(9, 'ians', [70000]);
    expect(t.code(0)).toBe(t.outletCode('ians'));
    expect(t.code(9)).toBe(t.outletCode('ians'));
    expect(t.code(5)).not.toBe(t.code(0));
    expect([...t.lengthsOf(0)]).toEqual([12, 30]);
    expect([...t.lengthsOf(9)]).toEqual([0xffff]);
  });

  test.each<[string, (t: SeqTable) => number]>([
    ['a deleted article', (t) => (t.delete(3), t.code(3))],
    ['a sequence number never set', (t) => t.code(2)],
    ['one past the table', (t) => t.code(100_000)],
  ])('%s is not live', (_name, probe) => {
    const t = new SeqTable();
    t.set(3, 'ap', [1]);
    expect(probe(t)).toBe(-1);
  });

  test('adopted lengths are placed per article, taken without a copy and never written: later sets and compactions write elsewhere', () => {
    const source = new Uint16Array([3, 4, 5, 9]);
    const t = new SeqTable();
    t.adopt(source);
    t.place(1, 'ap', 0, 3);
    t.place(0, 'ians', 3, 1);
    expect(t.lengthsOf(1).buffer).toBe(source.buffer);
    t.set(2, 'ap', [8, 8]);
    for (let round = 0; round < 8; round++) t.set(1, 'ap', Array.from({ length: 600 }, () => round));
    t.delete(0);
    expect([[...t.lengthsOf(1)].slice(0, 2), [...t.lengthsOf(2)]]).toEqual([[7, 7], [8, 8]]);
    expect([...source]).toEqual([3, 4, 5, 9]);
    expect(t.code(2)).toBe(t.code(1));
    expect(() => t.adopt(source)).toThrow(/^seq-table:/);
  });

  test('an unknown outlet matches no live article', () => {
    const t = new SeqTable();
    t.set(0, 'ap', [1]);
    expect(t.outletCode('nobody')).not.toBe(t.code(0));
    expect(t.outletCode('nobody')).toBeLessThan(-1);
  });

  test('compaction keeps every live article\'s lengths', () => {
    const t = new SeqTable();
    const long = (round: number) => Array.from({ length: 600 }, (_, i) => i + round);
    t.set(2, 'ap', long(0));
    t.set(1, 'ap', [4, 5, 6]); // after article 2's slots, which compaction will move it past
    for (let round = 1; round < 6; round++) t.set(2, 'ap', long(round));
    expect([...t.lengthsOf(1)]).toEqual([4, 5, 6]);
    expect(t.lengthsOf(2)[599]).toBe(604);
    expect(t.lengthsOf(2)[0]).toBe(5);
  });

  test('lengths survive many replacements and the compaction they trigger (property)', () => {
    // Few sequence numbers and long articles: replacements pile up dead slots until compaction runs.
    const op = fc.record({ seq: fc.integer({ min: 0, max: 6 }), lengths: fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 600 }), drop: fc.boolean() });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const t = new SeqTable();
        const model = new Map<number, number[]>();
        for (const { seq, lengths, drop } of ops) {
          if (drop) {
            t.delete(seq);
            model.delete(seq);
          } else {
            t.set(seq, `outlet${seq % 3}`, lengths);
            model.set(seq, lengths);
          }
        }
        for (let seq = 0; seq <= 6; seq++) {
          const expected = model.get(seq);
          expect(t.code(seq) >= 0).toBe(expected !== undefined);
          if (expected) expect([...t.lengthsOf(seq)]).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});
