import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { patternSpans, wordSpans } from '@/utils/text/word-spans';

// Every character the scanner treats apart, and some it hands to the pattern (é, ½, an emoji).
const PIECES = ['a', 'B', 'z', 'Z', '0', '9', '.', ',', '-', "'", '’', '‘', '“', '”', '—', '–', '…', '\u00a0', ' ', '_', '\n', '[', ']', '(', 'é', '½', '😀', 'U.S.', 'e-mail', '3.5bn', "1990's", 'don’t'];

describe('wordSpans', () => {
  test('equals the pattern’s spans on any text (property)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      expect(wordSpans(text)).toEqual(patternSpans(text));
    }), { numRuns: 5000 });
  });

  test.each([
    ['abbreviations keep their dots', 'the U.S. and D.C', ['the', 'U.S.', 'and', 'D.C']],
    ['a one-letter prefix joins', 'e-mail x-ray long-term', ['e-mail', 'x-ray', 'long', 'term']],
    ['no prefix after an underscore (the pattern’s word boundary)', '_e-mail a_b-c', ['e', 'mail', 'a', 'b', 'c']],
    ['numbers keep separators and a suffix', '1,000 3.5bn 1990’s 7.', ['1,000', '3.5bn', '1990’s', '7']],
    ['apostrophes inside a word only', "don't ‘quote’ Gor’s '90", ["don't", 'quote', 'Gor’s', '90']],
    ['curly quotes and dashes part words', '“Yes”—no–maybe…', ['Yes', 'no', 'maybe']],
    ['an abbreviation stops where a word runs on', 'U.Sx', ['U.S', 'x']],
  ])('%s', (_name, text, words) => {
    const spans = wordSpans(text as string);
    const got: string[] = [];
    for (let k = 0; k < spans.length; k += 2) got.push((text as string).slice(spans[k], spans[k + 1]));
    expect(got).toEqual(words);
    expect(spans).toEqual(patternSpans(text as string));
  });
});
