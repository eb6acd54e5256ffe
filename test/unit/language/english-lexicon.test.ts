import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { joinParagraphs } from '@/utils/article/article-text';
import { english, foldBySpellingRules } from '@/utils/language/en';
import { lexiconFor } from '@/utils/language/lexicons';

// Made-up English article pieces: quotes with cues before, after and around them, names, titles.
const PIECES = [
  '“We will rebuild the bridge this year,” Mayor Ana Ruiz said.',
  'Ruiz added: "The money is already in the budget."',
  '"It is too late," said Tom Hale, a former councilman. "Nobody asked us."',
  'According to Sen. Mara Velde, the plan "makes no sense at all for the valley."',
  '"The budget is balanced," he said, "and the schools will stay open."',
  'Dr. Lee Moss, who runs the clinic, told reporters the line was "longer than ever before."',
  'The vote is set for Jan. 5 in the U.S. capital.',
  '“Very close!” Hale shouted back.',
  'She said the report was wrong.',
];

const articleOf = (paragraphs: string[], lang?: string | null) => ({ ...joinParagraphs(paragraphs), lang });

describe('English lexicon', () => {
  test('quotes are the same whether lang is en, en-GB, EN_us, missing, or the lexicon is passed (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }), (paragraphs) => {
        const reference = findQuotes(articleOf(paragraphs), english);
        for (const lang of ['en', 'en-GB', 'EN_us', null, undefined]) {
          const article = articleOf(paragraphs, lang);
          expect(lexiconFor(article)).toBe(english);
          expect(findQuotes(article)).toEqual(reference);
        }
      }),
      { numRuns: 150 },
    );
  });

  test.each([
    ['a language without a lexicon reads as English', 'it'],
    ['an empty tag is no tag: detection, and a short text is English', ''],
  ])('%s (%s)', (_name, lang) => {
    expect(lexiconFor({ lang, text: 'Il sindaco ha detto: "Ricostruiremo il ponte."' })).toBe(english);
  });
});

describe('English spelling rules', () => {
  // Stems and endings the rules read, and letters around them: words that match, nearly match, or do not.
  const PIECES = ['col', 'our', 'ise', 'is', 'ation', 'anal', 'ys', 'ed', 'ell', 'ing', 'cent', 're', 's', 'def', 'ence', 'less', 'lab', 'a', 'r', 'e', 'l', 'y', 'z'];
  test('a rule tried only on words holding its letters gives what trying every rule gives (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }), (pieces) => {
        const word = pieces.join('');
        expect(foldBySpellingRules(word)).toBe(foldBySpellingRules(word, false));
      }),
      { numRuns: 2000 },
    );
  });
  test.each([
    ['colour', 'color'], ['centres', 'centers'], ['defence', 'defense'], ['analysed', 'analyzed'],
    ['organisation', 'organization'], ['travelled', 'traveled'], ['labouring', 'laboring'], ['whistle', 'whistle'],
  ])('%s → %s', (word, folded) => expect(english.foldSpelling(word)).toBe(folded));
});
