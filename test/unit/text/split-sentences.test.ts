import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { splitSentences, wordBefore } from '@/utils/text/split-sentences';

const pieces = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test.each([
    ['plain', 'One here. Two there! Three? Four.', ['One here.', 'Two there!', 'Three?', 'Four.']],
    ['titles never end a sentence', 'Mr. Gor met Dr. Singh and Sen. Warren. They spoke.', ['Mr. Gor met Dr. Singh and Sen. Warren.', 'They spoke.']],
    ['initials', 'Donald J. Trump and J. K. Rowling met. Nobody knew.', ['Donald J. Trump and J. K. Rowling met.', 'Nobody knew.']],
    ['decimals and months', 'It rose 3.5 per cent on Jan. 5 this year. Prices fell.', ['It rose 3.5 per cent on Jan. 5 this year.', 'Prices fell.']],
    ['U.S. mid-sentence', 'U.S. Ambassador Sergio Gor spoke. U.S. officials agreed.', ['U.S. Ambassador Sergio Gor spoke.', 'U.S. officials agreed.']],
    ['U.S. ending a sentence', 'He moved to the U.S. The next day he left.', ['He moved to the U.S.', 'The next day he left.']],
    ['quote closing after the period', '“We are close.” He smiled. “Very close!” Gor added.', ['“We are close.”', 'He smiled.', '“Very close!” Gor added.']],
    ['question inside a quote before lowercase', '"Is it over?" she asked. Yes.', ['"Is it over?" she asked.', 'Yes.']],
    ['lowercase after period is not a boundary', 'The web site example.com is down. It is.', ['The web site example.com is down.', 'It is.']],
    ['blank line always ends', 'No stop here\n\nNext paragraph', ['No stop here', 'Next paragraph']],
    ['ellipsis before a capital', 'Wait... Then go.', ['Wait...', 'Then go.']],
    ['empty', '   ', []],
  ])('%s', (_name, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  test('a range yields offsets into the whole text', () => {
    const text = 'Skip this. Take this. And this.';
    const spans = splitSentences(text, { start: 11, end: text.length });
    expect(spans).toEqual([{ start: 11, end: 21 }, { start: 22, end: 31 }]);
  });

  test('property: spans are ordered, disjoint, trimmed, non-empty and cover every non-space character', () => {
    const word = fc.constantFrom('Mr.', 'Gor', 'said', 'U.S.', 'it', 'The', '3.5', '“We', 'go.”', 'end.', 'Why?', '\n\n', 'J.');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (words) => {
        const text = words.join(' ');
        const spans = splitSentences(text);
        let covered = '';
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          const piece = text.slice(s.start, s.end);
          expect(piece).toBe(piece.trim());
          covered += piece;
          last = s.end;
        }
        expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});

describe('wordBefore', () => {
  // Letters of one and two code units, periods, lone surrogates and what ends a word.
  const PIECES = ['a', 'Z', '.', ' ', '3', ',', 'é', 'ß', '中', '\u{1D400}', '\u{1F600}', '\ud835', '\udc00', '-', '\n'];
  test('is the pattern /([\\p{L}.]+)$/u on the slice, for any text and slice (property)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), fc.nat(), fc.nat(), (pieces, a, b) => {
      const text = pieces.join('');
      const from = a % (text.length + 1);
      const to = from + (b % (text.length - from + 1));
      expect(wordBefore(text, from, to)).toBe(text.slice(from, to).match(/([\p{L}.]+)$/u)?.[1] ?? '');
    }), { numRuns: 2000 });
  });
});
