import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { holdsNumber } from '@/utils/text/word-weights';

describe('holdsNumber: an ASCII key by its digits, any other by the pattern', () => {
  test.each([
    ['2024', true],
    ['covid19', true],
    ['plan', false],
    ['', false],
    ['café', false],
    ['café9', true],
    ['x²', true], // superscript two: a number character outside ASCII
    ['٣٠', true], // Arabic-Indic digits
    ['ⅻ', true], // a Roman numeral letter-number
    ['½', true],
    ['naïve', false],
  ])('%s → %s', (key, expected) => {
    expect(holdsNumber(key)).toBe(expected);
  });

  test('equals /\\p{N}/u on any text, non-ASCII number characters and astral ones included', () => {
    const char = fc.oneof(
      fc.constantFrom('a', 'Z', '-', "'", '0', '9', '²', '½', '٣', 'Ⅻ', '𝟘', 'é', '\ud800'),
      fc.string({ unit: 'grapheme', maxLength: 1 }),
      fc.string({ unit: 'binary', maxLength: 1 }),
    );
    fc.assert(fc.property(fc.array(char, { maxLength: 8 }), (chars) => {
      const key = chars.join('');
      expect(holdsNumber(key)).toBe(/\p{N}/u.test(key));
    }), { numRuns: 5000 });
  });
});
