/**
 * Term numbers and one article's terms marked by number: every lookup by number answers what the
 * straightforward Map of strings answers, across markings, and for terms numbered before or after.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { TermNumbers } from '@/utils/families/term-numbers';

const TERMS = ['harbour', 'bridge', 'reopen', 'traffic', 'winter', 'storm', 'valley', 'wheat', 'ministry', 'railway'];

describe('term numbers, an article marked', () => {
  test('property: after any markings and numberings, a number\'s held value is the last marking\'s value of its term (undefined when unmarked)', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(
        fc.record({ mark: fc.constant(true as const), terms: fc.uniqueArray(fc.constantFrom(...TERMS), { maxLength: 8 }) }),
        fc.record({ mark: fc.constant(false as const), term: fc.constantFrom(...TERMS) }),
      ), { minLength: 1, maxLength: 30 }),
      (steps) => {
        const numbers = new TermNumbers();
        let where = new Map<string, number[]>();
        steps.forEach((s, i) => {
          if (s.mark) {
            where = new Map(s.terms.map((t, k) => [t, [i, k]]));
            numbers.mark(where);
          } else numbers.numberOf(s.term);
          for (const t of TERMS) expect(numbers.held(numbers.numberOf(t))).toBe(where.get(t));
        });
      },
    ), { numRuns: 200 });
  });

  test.each([
    ['a term of the last marking', ['bridge', 'winter'], 'winter', true],
    ['a term only an earlier marking held', ['storm'], 'bridge', false],
    ['a term numbered after the marking', ['bridge'], 'railway', false],
  ] as const)('%s', (_label, marked, asked, found) => {
    const numbers = new TermNumbers();
    numbers.mark(new Map([['bridge', [0]]]));
    const where = new Map(marked.map((t, i) => [t, [i]]));
    numbers.mark(where);
    expect(numbers.held(numbers.numberOf(asked))).toBe(found ? where.get(asked) : undefined);
  });

  test('numbers are stable and one per term', () => {
    const numbers = new TermNumbers();
    const first = numbers.numbersOf(['bridge', 'winter', 'bridge']);
    expect(first[0]).toBe(first[2]);
    expect(first[0]).not.toBe(first[1]);
    expect(numbers.numbersOf(['winter'])).toEqual([first[1]]);
  });
});
