import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { foldPunctuation, normalizeText, normalizeWord, replaceWords } from '@/utils/text/normalize';
import { LEXICONS } from '@/utils/language/lexicons';

describe('normalizeText', () => {
  test.each([
    ['quote marks', '“Stay tuned,” he said', '"stay tuned," he said'],
    ['angled and CJK marks', '«Oui» 「はい」 „Ja“', '"oui" "はい" "ja"'],
    ['apostrophes', 'don’t ‘90s', "don't '90s"],
    ['dashes', 'deeper — a partnership – growing', 'deeper - a partnership - growing'],
    ['whitespace', '  a \u00A0 b\n\tc  ', 'a b c'],
    ['case', 'The Ambassador', 'the ambassador'],
    ['-ise / -ize', 'finalising organisation', 'finalizing organization'],
    ['-our / -or', 'Labour colourful neighbours', 'labor colorful neighbors'],
    ['-our stems only', 'four hours your tour', 'four hours your tour'],
    ['-re / -er', 'centre theatres metre', 'center theaters meter'],
    ['-ence / -ense', 'defence offences licence', 'defense offenses license'],
    ['-yse / -yze', 'analysed paralysing', 'analyzed paralyzing'],
    ['doubled l', 'travelled cancelling', 'traveled canceling'],
    ['word list', 'programme grey focussed judgement', 'program gray focused judgment'],
    ['-wards / -ward', 'towards Afterwards upwards', 'toward afterward upward'],
    ['possessive keeps stem folding', 'the Centre’s', "the center's"],
    ['hyphenated', 'labour-led', 'labor-led'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  test.each([
    ['finalising', 'finalizing'],
    ['labour', 'labor'],
    ['defence', 'defense'],
    ['centre', 'center'],
  ])('British %s and American %s compare equal', (gb, us) => {
    expect(normalizeText(gb)).toBe(normalizeText(us));
  });

  test('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  test('folds a word whole as it folds each of its pieces, in every language (property)', () => {
    // The rule as first written: every word split on apostrophes and hyphens, each piece folded.
    const reference = (text: string, lex: (typeof LEXICONS)[number]) =>
      foldPunctuation(text.normalize('NFKC')).toLowerCase().normalize('NFKC').replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g, ' ').trim()
        .replace(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu, (w) => w.split(/(['-])/).map((piece) => lex.foldSpelling(piece)).join(''));
    const word = fc.oneof(
      fc.stringMatching(/^[A-Za-z]{1,12}(ise|ised|our|re|ence|ell(ed|ing)|yse|wards)?$/),
      fc.constantFrom('Centre’s', 'labour-led', "l'organisation", 'grey-haired', 'ﬁnalise', 'Straße', 'théâtre', 'año', '90s', "rock'n'roll"),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.constantFrom(...LEXICONS), (words, lex) => {
        const text = words.join(' ');
        expect(normalizeText(text, lex)).toBe(reference(text, lex));
      }),
      { numRuns: 1000 },
    );
  });

  test('is idempotent on word-like text', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,12}(ise|ised|our|re|ence|ell(ed|ing)|yse)?$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const once = normalizeText(words.join(' '));
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalizeWord', () => {
  test.each([
    ['“Finalising,', 'finalizing'],
    ["don't", "don't"],
    ['don’t', "don't"],
    ['(long-term)', 'long-term'],
    ['—', ''],
    ['2026.', '2026'],
    // Found by the property below: joined pieces make a word whose spelling folds too.
    ['A0 0IsE', 'a00ize'],
  ])('%s → %s', (token, expected) => {
    expect(normalizeWord(token)).toBe(expected);
  });

  test('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const once = normalizeWord(s);
        expect(normalizeWord(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('foldPunctuation', () => {
  test('keeps length so offsets stay valid', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        expect(foldPunctuation(s)).toHaveLength(s.length);
      }),
    );
  });
});

describe('replaceWords', () => {
  const WORD_CHARS = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
  const mark = (w: string) => `<${w.toUpperCase()}>`;
  test('equals the word pattern’s replace on any text, ASCII (scanned by hand) or not (property)', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...'ab Z09\'-_.,"\n`'.split('')), maxLength: 30 });
    const any = fc.string({ unit: 'binary', maxLength: 12 });
    fc.assert(fc.property(fc.oneof(ascii, any), (text) => {
      expect(replaceWords(text, mark)).toBe(text.replace(WORD_CHARS, mark));
    }), { numRuns: 3000 });
  });

  test.each([
    ['pieces joined', "labour-led centre's", '<LABOUR-LED> <CENTRE\'S>'],
    ['a trailing hyphen or apostrophe', "a- b' -c 'd", "<A>- <B>' -<C> '<D>"],
    ['two marks in a row', "a--b a''b", "<A>--<B> <A>''<B>"],
    ['no word', ' -- ', ' -- '],
    ['not ASCII', 'naïve café-bar', '<NAÏVE> <CAFÉ-BAR>'],
  ])('%s', (_name, text, expected) => {
    expect(replaceWords(text, mark)).toBe(expected);
  });
});
