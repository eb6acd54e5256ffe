/**
 * Golden cross-outlet pairs in French, German and Spanish (./fr, ./de, ./es matching.ts, written
 * by the team), through the extension's compare path: the other outlet's article is saved in a
 * coverage index, ours is checked against it (candidates, alignment, classification), and both
 * are read as the command line reads a .txt file: no `lang`, so each language is detected. And the
 * rule that matching stays within a language: a quote is never matched in an article of another one.
 */
import { describe, expect, test } from 'vitest';
import type { Article, Comparison, StoredArticle } from '@/utils/types';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { compareArticle } from '@/utils/report/compare-article';
import { matchQuote } from '@/utils/matching/match-quote';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { lexiconFor } from '@/utils/language/lexicons';
import { joinParagraphs } from '@/utils/article/article-text';
import type { LanguageMatchCase } from './matching-case';
import { FR_MATCHING } from './fr/matching';
import { DE_MATCHING } from './de/matching';
import { ES_MATCHING } from './es/matching';

const LANGUAGES: Array<[code: string, cases: LanguageMatchCase[]]> = [['fr', FR_MATCHING], ['de', DE_MATCHING], ['es', ES_MATCHING]];

function stored(id: string, paragraphs: string[]): StoredArticle {
  const article: Article = { ...joinParagraphs(paragraphs), url: `https://${id}.example/story`, outlet: id, title: paragraphs[0], date: '2026-11-20', byline: null, lang: null };
  return { ...article, id, quotes: findQuotes(article, lexiconFor(article)), savedAt: 0 };
}

/** Ours checked with `saved` in the library, as the extension checks a page. */
function check(ours: StoredArticle, saved: StoredArticle[]): Comparison {
  const index = new CoverageIndex();
  for (const a of saved) index.add(a);
  const byId = new Map(saved.map((a) => [a.id, a]));
  return compareArticle(ours, ours.quotes, index, (id) => byId.get(id));
}

describe.each(LANGUAGES)('golden %s matching pairs', (code, cases) => {
  test('at least eight pairs, every article detected as the language', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    for (const c of cases) {
      expect(lexiconFor(joinParagraphs(c.ours) as Article).code, `${c.name}: ours`).toBe(code);
      expect(lexiconFor(joinParagraphs(c.theirs) as Article).code, `${c.name}: theirs`).toBe(code);
    }
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const ours = stored('ours', c.ours);
    const theirs = stored('theirs', c.theirs);
    const report = check(ours, [theirs]).quotes.find((r) => r.quote.text.includes(c.quote));
    expect(report, 'our quote is found').toBeDefined();
    const match = report!.matches.find((m) => m.articleId === 'theirs');
    if (c.expect.kind === null) {
      expect(match).toBeUndefined();
      return;
    }
    expect(match?.kind).toBe(c.expect.kind);
    expect(theirs.text.slice(match!.start, match!.end)).toBe(match!.text);
    if (c.expect.meaningChanges !== undefined) expect(match!.meaningChanges).toEqual(c.expect.meaningChanges);
    expect(match!.speakerConflict).toBe(false);
  });
});

describe('matching stays within a language', () => {
  // A French report that quotes the mayor's English words, then translates them, and an English report.
  const QUOTE = 'We cannot let trucks cross a structure that has been cracking for two winters';
  const ours = stored('ours', [
    'The Port Alder council voted on Tuesday to close the Tanners Bridge to heavy traffic.',
    `“${QUOTE},” Mayor Jane Whitcombe said after the vote.`,
    'Work on the bridge is due to start in the spring.',
  ]);
  const french = stored('french', [
    'La maire de Port Alder, Jane Whitcombe, a défendu mardi la fermeture du pont des Tanneurs aux poids lourds.',
    `« ${QUOTE} », a-t-elle déclaré en anglais devant les élus, soit : nous ne pouvons pas laisser passer des camions sur un ouvrage qui se fissure depuis deux hivers.`,
    'Les travaux doivent commencer au printemps, selon la mairie.',
  ]);
  const english = stored('english', [
    'Port Alder shuts the Tanners Bridge to trucks.',
    `“${QUOTE},” Jane Whitcombe told the council on Tuesday evening.`,
    'A detour through Merrow Road will open on Monday.',
  ]);

  test('the articles are detected as English and French', () => {
    expect([ours, french, english].map((a) => lexiconFor(a).code)).toEqual(['en', 'fr', 'en']);
  });

  test('the French article carries the English words (read as English text, it would match)', () => {
    const quote = ours.quotes.find((q) => q.text.includes('cannot let trucks'))!;
    expect(matchQuote(quote, french)?.kind).toBe('verbatim');
  });

  test('checked with both saved: the English article matches, the French one is neither a match nor related', () => {
    const result = check(ours, [french, english]);
    const report = result.quotes.find((r) => r.quote.text.includes('cannot let trucks'))!;
    expect(report.matches.map((m) => [m.articleId, m.kind])).toEqual([['english', 'verbatim']]);
    expect(result.related.map((r) => r.articleId)).not.toContain('french');
  });

  test('the French article checked against the English one finds none of its quotes there', () => {
    const result = check(french, [ours, english]);
    expect(result.quotes.length).toBeGreaterThan(0);
    for (const r of result.quotes) expect(r.matches).toEqual([]);
    expect(result.related).toEqual([]);
  });
});
