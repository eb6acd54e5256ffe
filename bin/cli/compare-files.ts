/**
 * `verbatim compare`: the same pipeline as the extension (coverage index, then alignment), over
 * files named on the command line instead of the reader's library.
 */
import { CoverageIndex } from '@/utils/index/coverage-index';
import { compareArticle } from '@/utils/report/compare-article';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { lexiconFor } from '@/utils/language/lexicons';
import type { Article, Comparison, Quote, QuoteMatch, StoredArticle } from '@/utils/types';

export interface FileReport {
  quote: Quote;
  matches: (QuoteMatch & { file: string })[];
}

/** What the related files quote, read against the article: each source's `articleId` is its file as given (`compare --library`: its URL, else its id). */
export interface FileReverse extends Pick<Comparison, 'elsewhere' | 'paraphrasedHere'> {
  /** How many files cover the same story: with none, nothing was read against the article. */
  related: number;
}

/** The quotes' reports and the reverse sections (`verbatim compare`). */
export function compareFiles(article: Article, others: { file: string; article: Article }[]): { reports: FileReport[]; reverse: FileReverse } {
  const index = new CoverageIndex();
  const stored = new Map<string, StoredArticle>();
  for (const { file, article: other } of others) {
    const entry = { ...other, id: file, quotes: findQuotes(other, lexiconFor(other)), savedAt: 0 };
    stored.set(file, entry);
    index.add(entry);
  }
  // The reader named these files on purpose: compare with all of them, whatever their outlet.
  const result = compareArticle({ ...article, id: '\u0000cli-main' }, findQuotes(article, lexiconFor(article)), index, (id) => stored.get(id), {
    includeSameOutlet: true,
  });
  return fileResults(result, (id) => id);
}

/**
 * A compare's reports and reverse sections with every other article named as a file (`fileOf` of
 * its id): the one mapping `compare` and `compare --library` share.
 */
export function fileResults(result: Comparison, fileOf: (articleId: string) => string): { reports: FileReport[]; reverse: FileReverse } {
  const reports = result.quotes.map(({ quote, matches }) => ({
    quote,
    matches: matches.map((m) => ({ ...m, file: fileOf(m.articleId) })),
  }));
  const named = <T extends { articleId: string }>(s: T): T => ({ ...s, articleId: fileOf(s.articleId) });
  const reverse: FileReverse = {
    related: result.related.length,
    elsewhere: result.elsewhere.map((g) => ({ ...g, quotes: g.quotes.map((q) => ({ ...q, sources: q.sources.map(named) })) })),
    paraphrasedHere: result.paraphrasedHere.map((p) => ({ ...p, sources: p.sources.map(named) })),
  };
  return { reports, reverse };
}
