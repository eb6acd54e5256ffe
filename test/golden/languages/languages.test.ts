/**
 * Golden French, German and Spanish articles (./fr, ./de, ./es: written by the team). The lexicons
 * were tuned on the even cases, which must match exactly; the odd cases are held out and only
 * scored (precision, recall, speaker accuracy printed per language) against a floor, so the
 * figures are measured, not fitted. Every article is read as the command line reads a .txt file:
 * no `lang`, so its language is detected.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { lexiconFor } from '@/utils/language/lexicons';
import { addScores, articleOfCase, isTuneCase, quoteKey, rates, scoreCase } from '@/bin/eval/score-languages';
import { speakerOccursIn } from '@/bin/eval/speaker-in-text';
import type { LanguageCase } from './language-case';
import { FR_CASES } from './fr/cases';
import { DE_CASES } from './de/cases';
import { ES_CASES } from './es/cases';

const LANGUAGES: Array<[code: string, cases: LanguageCase[]]> = [['fr', FR_CASES], ['de', DE_CASES], ['es', ES_CASES]];

// The held-out floor: at least this share of quotes found and of found quotes right, and of
// correct quotes credited to the right speaker (stated before the held-out half was first scored).
const QUOTE_FLOOR = 0.8;
const SPEAKER_FLOOR = 0.6;

const quotesOf = (c: LanguageCase) => {
  const article = articleOfCase(c);
  return findQuotes(article, lexiconFor(article));
};

describe.each(LANGUAGES)('golden %s', (code, cases) => {
  test('there are cases in both halves', () => {
    expect(cases.filter((_, i) => isTuneCase(i)).length).toBeGreaterThan(0);
    expect(cases.filter((_, i) => !isTuneCase(i)).length).toBeGreaterThan(0);
  });

  test.each(cases.map((c, i) => [i, c.name, c] as const).filter(([i]) => isTuneCase(i)))('tune case %i: %s', (_i, _name, c) => {
    const quotes = quotesOf(c);
    expect(quotes.map(quoteKey)).toEqual(c.quotes);
    for (const q of quotes) if (q.speaker !== null) expect(speakerOccursIn(articleOfCase(c).text, q.speaker)).toBe(true);
  });

  test('the fixtures are consistent: each expected quote opens with text in its article, each speaker is written there', () => {
    for (const c of cases) {
      const text = articleOfCase(c).text.replace(/[\u00A0\u202F]/g, ' ');
      for (const [firstWords, speaker] of c.quotes) {
        expect(text.includes(firstWords), `${c.name}: ${firstWords}`).toBe(true);
        if (speaker !== null) expect(speakerOccursIn(articleOfCase(c).text, speaker), `${c.name}: ${speaker}`).toBe(true);
      }
    }
  });

  test('every article is detected as its language (no lang given)', () => {
    for (const c of cases) expect(lexiconFor(articleOfCase(c)).code, c.name).toBe(code);
  });

  test(`held-out half: quotes P and R >= ${QUOTE_FLOOR}, speaker accuracy >= ${SPEAKER_FLOOR}`, () => {
    const score = addScores(cases.filter((_, i) => !isTuneCase(i)).map((c) => scoreCase(c.quotes, quotesOf(c).map(quoteKey))));
    const r = rates(score);
    console.log(`${code} held-out: ${score.expected} expected, ${score.found} found, ${score.correct} correct; `
      + `P ${r.precision.toFixed(3)}, R ${r.recall.toFixed(3)}, speaker ${r.speakerAccuracy.toFixed(3)}`);
    expect(r.precision).toBeGreaterThanOrEqual(QUOTE_FLOOR);
    expect(r.recall).toBeGreaterThanOrEqual(QUOTE_FLOOR);
    expect(r.speakerAccuracy).toBeGreaterThanOrEqual(SPEAKER_FLOOR);
  });
});
