import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { wordsIn } from '@/utils/quotes/attribute-speakers';
import { english } from '@/utils/language/en';

// The word scanner reads by character code; it must split exactly as this expression does.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’\-]*/gu;
const reference = (text: string, from: number, to: number) =>
  [...text.slice(from, to).matchAll(WORD)].map((m) => ({ start: from + m.index, match: m[0] }));

// Letters and digits of several scripts (one astral), the joining characters, marks, spaces, an emoji, a lone surrogate.
const ALPHABET = ['a', 'Z', '7', 'é', 'Ж', 'ß', '中', '𝐀', '٣', '.', "'", '’', '-', ' ', ',', '“', '”', '—', '😀', '\uD835', '\u00A0'];

describe('wordsIn', () => {
  test.each([
    ['Sen. Mara Velde said', ['Sen.', 'Mara', 'Velde', 'said']],
    ['O’Brien’s well-known U.S. plan.', ['O’Brien’s', 'well-known', 'U.S.', 'plan']],
    ['𝐀bc 😀 déjà-vu', ['𝐀bc', 'déjà-vu']],
  ])('%s', (text, words) => {
    expect(wordsIn(english, text, 0, text.length).map((w) => w.text)).toEqual(words);
  });

  test('starts and extents match the regular expression, on any range (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const text = chars.join('');
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        const words = wordsIn(english, text, from, to);
        const ref = reference(text, from, to);
        expect(words.map((w) => w.start)).toEqual(ref.map((r) => r.start));
        words.forEach((w, i) => {
          expect(text.slice(w.start, w.end)).toBe(w.text);
          expect(w.lower).toBe(w.text.toLowerCase());
          // Only a trailing period may be dropped (for words that are not abbreviations).
          expect([ref[i].match, ref[i].match.slice(0, -1)]).toContain(w.text);
          if (w.text !== ref[i].match) expect(ref[i].match.endsWith('.')).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });
});
