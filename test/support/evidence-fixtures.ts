/**
 * Test data for the evidence exports: an article of our own text, quotes placed at their real
 * offsets in it, and the two seed articles compared as the CLI compares them.
 */
import { join } from 'node:path';
import { compareFiles, type FileReverse } from '../../bin/cli/compare-files';
import { loadArticle } from '../../bin/cli/load-article';
import type { Article, Quote, QuoteMatch, QuoteReport } from '@/utils/types';
import { makeMatch, makeQuote } from './quote-report-builders';

export const ROOT = join(__dirname, '../..');
export const SEED_000 = join(ROOT, 'seeds/000_fa55279f4966502b.txt');
export const SEED_001 = join(ROOT, 'seeds/001_172d88e8f7af0655.txt');

/** Written for these tests: a hostile quote, an emoji before a quote (two UTF-16 units, one code point). */
export const TEXT = [
  'The council met on Tuesday. “We will build the bridge before winter,” said Ana Ruiz, the mayor.',
  'Critics 🌉 disagreed. “It is <script>alert(1)</script> & [far](javascript:x) *too* costly,” said Ben Ode.',
  '“The vote,” a resident said, “came too late.”',
].join('\n\n');

export function makeArticle(over: Partial<Article> = {}): Article {
  const text = over.text ?? TEXT;
  let at = 0;
  const paragraphs = text.split('\n\n').map((p) => {
    const span = { start: at, end: at + p.length };
    at += p.length + 2;
    return span;
  });
  return { url: 'https://ledger.example/news/bridge', outlet: 'Town Ledger', title: 'Bridge vote', date: '2026-03-12', byline: null, lang: 'en', text, paragraphs, ...over };
}

/** The quote whose words are `words`, at their offset in TEXT. */
export function quoteAt(words: string, speaker: string | null = 'Ana Ruiz', text = TEXT): Quote {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`evidence fixtures: "${words}" is not in the text`);
  return makeQuote(words, start, speaker);
}

/** The resident's quote, split around its attribution: two parts, text joined by one space. */
export function splitQuote(text = TEXT): Quote {
  const a = 'The vote,';
  const b = 'came too late.';
  const s1 = text.indexOf(a);
  const s2 = text.indexOf(b);
  return { ...makeQuote(`${a} ${b}`, s1, null), end: s2 + b.length, parts: [{ start: s1, end: s1 + a.length }, { start: s2, end: s2 + b.length }], cue: 'said' };
}

export const BRIDGE = 'We will build the bridge before winter,';
export const HOSTILE = 'It is <script>alert(1)</script> & [far](javascript:x) *too* costly,';

/** A report of every kind and flag: altered with a marked edit and a meaning change, a conflict, only-here. */
export function fixtureReports(): QuoteReport[] {
  const altered = makeMatch('altered', {
    articleId: 'gazette',
    text: 'We will not build the bridge before [the] winter',
    url: 'https://gazette.example/story',
    meaningChanges: ['not'],
    similarity: 0.8,
    diff: [
      { op: 'equal', text: 'We will' },
      { op: 'insert', text: 'not' },
      { op: 'equal', text: 'build the bridge before' },
      { op: 'insert', text: '[the]', edit: 'insertion' },
      { op: 'equal', text: 'winter' },
    ],
  });
  const conflict = makeMatch('partial', {
    articleId: 'post',
    outlet: 'Valley Post',
    url: 'https://post.example/a?id=1',
    date: null,
    speaker: 'Cal Moss',
    speakerConflict: true,
    text: 'too costly',
    diff: [{ op: 'delete', text: 'It is <script>alert(1)</script> & [far](javascript:x) *too*' }, { op: 'equal', text: 'costly' }],
  });
  const hostileUrl: QuoteMatch = makeMatch('verbatim', { articleId: 'evil', outlet: 'Evil <b>Outlet</b>', url: 'javascript:alert(1)', text: HOSTILE, diff: [{ op: 'equal', text: HOSTILE }] });
  return [
    { quote: quoteAt(BRIDGE), matches: [altered] },
    { quote: quoteAt(HOSTILE, 'Ben Ode'), matches: [conflict, hostileUrl] },
    { quote: splitQuote(), matches: [] },
  ];
}

/** The seeds compared as `verbatim compare 000 001` compares them, with the reverse sections. */
export async function seedComparison(): Promise<{ article: Article; reports: QuoteReport[]; reverse: FileReverse }> {
  const article = await loadArticle(SEED_000);
  const { reports, reverse } = compareFiles(article, [{ file: SEED_001, article: await loadArticle(SEED_001) }]);
  return { article, reports, reverse };
}

/** The seeds' long quote: the one with the most words. */
export function longestQuote<T extends { text: string }>(quotes: readonly T[]): T {
  return quotes.reduce((a, b) => (b.text.length > a.text.length ? b : a));
}
