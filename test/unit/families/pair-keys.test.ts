/**
 * The screen's registry of pairs: its walk (the article's terms looked up when they are fewer than
 * a term's partners) visits the same pairs with the same keys, in the same order, as a walk of
 * every partner of a plain Map registry kept by the same additions and removals.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PairKeys } from '@/utils/families/pair-keys';

const TERMS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

/** The straightforward registry: term → partner → keys, a Map's own order, emptied pairs dropped. */
class PlainPairs {
  readonly byTerm = new Map<string, Map<string | null, Set<number>>>();
  add(term: string, partner: string | null, key: number): void {
    if (!this.byTerm.has(term)) this.byTerm.set(term, new Map());
    const partners = this.byTerm.get(term)!;
    if (!partners.has(partner)) partners.set(partner, new Set());
    partners.get(partner)!.add(key);
  }
  remove(term: string, partner: string | null, key: number): void {
    const partners = this.byTerm.get(term);
    const keys = partners?.get(partner);
    if (!keys) return;
    keys.delete(key);
    if (keys.size > 0) return;
    partners!.delete(partner);
    if (partners!.size === 0) this.byTerm.delete(term);
  }
  /** Every partner read, those `held` has (or none) kept, with their keys. */
  walk(term: string, held: ReadonlyMap<string, unknown>): string[] {
    const out: string[] = [];
    for (const [partner, keys] of this.byTerm.get(term) ?? []) if (partner === null || held.has(partner)) out.push(`${partner}:${[...keys].join(',')}`);
    return out;
  }
}

const walked = (keys: PairKeys<number>, term: string, held: ReadonlyMap<string, unknown>) => {
  const out: string[] = [];
  keys.walk(term, held, (partner, filed) => out.push(`${partner}:${[...filed].join(',')}`));
  return out;
};

const opArb = fc.record({
  add: fc.boolean(),
  term: fc.constantFrom(...TERMS),
  partner: fc.option(fc.constantFrom(...TERMS), { nil: null }),
  key: fc.nat(5),
});

describe('the pairs an article holds, looked up', () => {
  test('property: after any additions and removals, every walk equals a walk of every partner (same pairs, keys and order), whether the held terms are fewer or more than the partners', () => {
    let lookedUp = 0;
    fc.assert(fc.property(
      fc.array(opArb, { maxLength: 80 }),
      fc.array(fc.subarray(TERMS), { minLength: 1, maxLength: 6 }),
      (ops, helds) => {
        const keys = new PairKeys<number>();
        const plain = new PlainPairs();
        for (const o of ops) {
          if (o.add) {
            keys.add(o.term, o.partner, o.key);
            plain.add(o.term, o.partner, o.key);
          } else {
            keys.remove(o.term, o.partner, o.key);
            plain.remove(o.term, o.partner, o.key);
          }
        }
        for (const held of helds) {
          const map = new Map(held.map((t) => [t, true]));
          for (const term of TERMS) {
            if ((plain.byTerm.get(term)?.size ?? 0) > map.size) lookedUp++;
            expect(walked(keys, term, map)).toEqual(plain.walk(term, map));
          }
        }
      },
    ), { numRuns: 300 });
    // Not vacuous: the held terms were looked up (fewer than the partners) in some walks.
    expect(lookedUp).toBeGreaterThan(0);
  });

  test.each([
    ['filed order kept when looked up', [['x', 'b'], ['x', 'a'], ['x', null], ['x', 'c']], ['a', 'b'], ['b', 'a', 'null']],
    ['a pair emptied and filed again comes last', [['x', 'a'], ['x', 'b'], ['x', 'c'], ['-x', 'a'], ['x', 'a']], ['a', 'b'], ['b', 'a']],
    ['partners the article lacks are not visited', [['x', 'a'], ['x', 'b'], ['x', 'c']], ['c'], ['c']],
  ] as const)('%s', (_label, ops, held, expected) => {
    const keys = new PairKeys<number>();
    for (const [term, partner] of ops) {
      if (term.startsWith('-')) keys.remove(term.slice(1), partner, 0);
      else keys.add(term, partner, 0);
    }
    const visited: string[] = [];
    keys.walk('x', new Map(held.map((t) => [t, true])), (partner) => visited.push(String(partner)));
    expect(visited).toEqual(expected);
  });
});
