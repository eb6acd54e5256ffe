import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { LruMap } from '@/utils/text/lru-map';

type Op = ['set', string] | ['get', string] | ['delete', string];

describe('LruMap', () => {
  test.each<[string, Op[], string[]]>([
    ['keeps the newest when full', [['set', 'a'], ['set', 'b'], ['set', 'c'], ['set', 'd']], ['b', 'c', 'd']],
    ['a read makes an entry recent', [['set', 'a'], ['set', 'b'], ['set', 'c'], ['get', 'a'], ['set', 'd']], ['a', 'c', 'd']],
    ['a re-set makes an entry recent', [['set', 'a'], ['set', 'b'], ['set', 'c'], ['set', 'a'], ['set', 'd']], ['a', 'c', 'd']],
    ['delete frees room', [['set', 'a'], ['set', 'b'], ['set', 'c'], ['delete', 'b'], ['set', 'd']], ['a', 'c', 'd']],
  ])('%s', (_name, ops, kept) => {
    const lru = new LruMap<string, string>(3);
    for (const [op, key] of ops) {
      if (op === 'set') lru.set(key, key.toUpperCase());
      else if (op === 'get') lru.get(key);
      else lru.delete(key);
    }
    expect(['a', 'b', 'c', 'd'].filter((k) => lru.get(k) !== undefined)).toEqual(kept);
    expect(lru.size).toBe(kept.length);
  });

  test('property: never above capacity, and the last value set for a key is what a hit returns', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.nat())), (capacity, sets) => {
        const lru = new LruMap<string, number>(capacity);
        const last = new Map<string, number>();
        for (const [k, v] of sets) {
          lru.set(k, v);
          last.set(k, v);
          expect(lru.size).toBeLessThanOrEqual(capacity);
        }
        for (const [k, v] of last) expect([undefined, v]).toContain(lru.get(k));
        // The most recently set key is always kept.
        if (sets.length) expect(lru.get(sets[sets.length - 1][0])).toBe(sets[sets.length - 1][1]);
      }),
    );
  });

  test('a capacity below one is refused', () => {
    expect(() => new LruMap(0)).toThrow(/lru-map/);
  });
});
