/**
 * Scoring of the golden language cases (test/golden/languages/<code>/cases.ts) against what the
 * engine finds: each found quote is matched, in order, to an expected quote with the same first
 * three words; the speaker is then right when it is the expected name, or null where null is
 * expected. Shared by the golden test and `verbatim eval languages`, so both count alike.
 */
import type { Quote, Span } from '@/utils/types';
import { joinParagraphs, lineSpans } from '@/utils/article/article-text';

/** One golden article (the shape of test/golden/languages/language-case.ts). */
export interface LanguageCaseData {
  name: string;
  headline?: string;
  paragraphs: string[];
  quotes: Array<[string, string | null]>;
}

export interface LanguageScore {
  expected: number;
  found: number;
  /** Found quotes whose first three words match an expected quote (each expected quote once). */
  correct: number;
  /** Correct quotes whose speaker is the expected one (null only where null is expected). */
  speakerCorrect: number;
}

/** The case's article as a .txt file reads: a headline line outside the paragraphs, or paragraphs only. */
export function articleOfCase(c: LanguageCaseData): { text: string; paragraphs: Span[] } {
  if (c.headline === undefined) return joinParagraphs(c.paragraphs);
  const text = [c.headline, ...c.paragraphs].join('\n');
  return { text, paragraphs: lineSpans(text).slice(1) };
}

/** A quote as the cases list it: its first three space-separated words, and its speaker. */
export const quoteKey = (q: Quote): [string, string | null] => [q.text.split(' ').slice(0, 3).join(' '), q.speaker];

/**
 * Matches found to expected in order (longest common subsequence on first words, so one missed
 * or extra quote does not shift every pair after it) and counts.
 */
export function scoreCase(expected: ReadonlyArray<readonly [string, string | null]>, found: ReadonlyArray<readonly [string, string | null]>): LanguageScore {
  const n = expected.length;
  const m = found.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = expected[i][0] === found[j][0] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  let correct = 0;
  let speakerCorrect = 0;
  for (let i = 0, j = 0; i < n && j < m;) {
    if (expected[i][0] === found[j][0]) {
      correct++;
      if (expected[i][1] === found[j][1]) speakerCorrect++;
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) i++;
    else j++;
  }
  return { expected: n, found: m, correct, speakerCorrect };
}

export function addScores(scores: readonly LanguageScore[]): LanguageScore {
  return scores.reduce((a, s) => ({ expected: a.expected + s.expected, found: a.found + s.found, correct: a.correct + s.correct, speakerCorrect: a.speakerCorrect + s.speakerCorrect }),
    { expected: 0, found: 0, correct: 0, speakerCorrect: 0 });
}

/** Precision, recall and speaker accuracy (over correct quotes); 0 for an empty denominator. */
export function rates(s: LanguageScore): { precision: number; recall: number; speakerAccuracy: number } {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return { precision: ratio(s.correct, s.found), recall: ratio(s.correct, s.expected), speakerAccuracy: ratio(s.speakerCorrect, s.correct) };
}

/** Tune half: cases at even positions (0, 2, 4, …); the odd ones are held out. */
export const isTuneCase = (index: number) => index % 2 === 0;
