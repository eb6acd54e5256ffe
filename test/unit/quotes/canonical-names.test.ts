/** Canonical names kept across changes: after any counts set, removals included, the names a merge of them all from scratch gives. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CanonicalNames, canonicalSpeakers } from '@/utils/quotes/speaker-groups';

// Surnames, title forms, two people sharing words, suffixes, organisations written two ways (names we made up).
const POOL = [
  'Ines Barrow', 'Barrow', 'Minister Barrow', 'Tomas Barrow', 'Dr. Barrow', 'Ines', 'Tomas Vell', 'Vell', 'Vell Jr.', 'Tomas Vell Jr.',
  'Ada Quill', 'Quill', 'Ada Mae Quill', 'Mae Quill', 'Senator Ada Quill', 'the Harbour Board', 'The Harbour Board', 'Harbour Board',
];

describe('CanonicalNames', () => {
  test.each([
    { label: 'a fuller name arrives: the surname joins it', steps: [[['Barrow', 2]], [['Ines Barrow', 1]]], want: { Barrow: 'Ines Barrow', 'Ines Barrow': 'Ines Barrow' } },
    { label: 'a second fuller name arrives: the surname parts from both', steps: [[['Barrow', 2], ['Ines Barrow', 1]], [['Tomas Barrow', 1]]], want: { Barrow: 'Barrow', 'Ines Barrow': 'Ines Barrow', 'Tomas Barrow': 'Tomas Barrow' } },
    { label: 'that name goes again: the surname joins the only one left', steps: [[['Barrow', 2], ['Ines Barrow', 1], ['Tomas Barrow', 1]], [['Tomas Barrow', 0]]], want: { Barrow: 'Ines Barrow', 'Ines Barrow': 'Ines Barrow' } },
    { label: 'counts decide the label of one word set', steps: [[['the Harbour Board', 1], ['The Harbour Board', 3]]], want: { 'the Harbour Board': 'The Harbour Board', 'The Harbour Board': 'The Harbour Board' } },
  ])('$label', ({ steps, want }) => {
    const names = new CanonicalNames();
    for (const s of steps) names.set(new Map(s as Array<[string, number]>));
    expect(Object.fromEntries(names.canonical)).toEqual(want);
  });

  test('property: after any counts set step by step, the canonical names and the names reported changed are those of a merge from scratch', () => {
    const step = fc.array(fc.tuple(fc.constantFrom(...POOL), fc.nat(3)), { maxLength: 6 });
    fc.assert(fc.property(fc.array(step, { maxLength: 8 }), (steps) => {
      const names = new CanonicalNames();
      const counts = new Map<string, number>();
      let before = new Map<string, string>();
      for (const s of steps) {
        const changed = names.set(new Map(s));
        for (const [n, c] of new Map(s)) counts.set(n, c);
        const scratch = canonicalSpeakers([...counts].flatMap(([n, c]) => Array<string>(c).fill(n)));
        expect(new Map([...names.canonical].sort())).toEqual(new Map([...scratch].sort()));
        const moved = new Set([...scratch.keys(), ...before.keys()].filter((n) => scratch.get(n) !== before.get(n)));
        expect([...moved].every((n) => changed.has(n))).toBe(true);
        before = scratch;
      }
    }), { numRuns: 500 });
  });
});
