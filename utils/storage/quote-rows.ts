/**
 * The quotes store's rows: one per saved quote, derived from its article (never edited on its
 * own), so the library's quote-centred views (the speakers list) read quotes without reading
 * every article's text. Written in the same transaction as the article (utils/storage/storage.ts).
 */
import { normalizeText } from '@/utils/text/normalize';
import { savedArticleRef, type SavedArticleRef, type StoredArticle } from '@/utils/types';

/** One saved quote, with what its views show of its article (its title and address since schema v10: a person's page reads no article). */
export interface QuoteRow extends SavedArticleRef {
  /** Its place in the article's `quotes`. */
  index: number;
  text: string;
  speaker: string | null;
  /** `speakerKey(speaker)`; absent when no speaker is credited (IndexedDB then leaves the row out of the index). */
  speakerKey?: string;
  /** The quote's span in the article's text. */
  start: number;
  end: number;
  lang: string | null;
}

/** A quote row's key: its article's id and its place in that article's quotes. */
export type QuoteKey = readonly [articleId: string, index: number];

/** The key rows of one speaker share: the name as the library compares names (case, marks, spelling folded). */
export function speakerKey(name: string): string {
  return normalizeText(name);
}

/** The rows of a stored article; none when its quotes are not a list (a damaged record derives nothing). */
export function quoteRows(a: StoredArticle): QuoteRow[] {
  if (!Array.isArray(a.quotes)) return [];
  return a.quotes.map((q, index) => ({
    ...savedArticleRef(a), index, text: q.text, speaker: q.speaker ?? null, ...(q.speaker ? { speakerKey: speakerKey(q.speaker) } : {}),
    start: q.start, end: q.end, lang: a.lang,
  }));
}

/**
 * Rows in the order the library saved them (oldest save first, then article id, then place): the
 * families' order. Articles are sorted, not rows: a tenth of the (locale) comparisons at 10k.
 */
export function inSaveOrder(rows: readonly QuoteRow[]): QuoteRow[] {
  const byArticle = new Map<string, QuoteRow[]>();
  for (const r of rows) {
    const list = byArticle.get(r.articleId);
    if (list) list.push(r);
    else byArticle.set(r.articleId, [r]);
  }
  const articles = [...byArticle.values()].sort((x, y) => x[0].savedAt - y[0].savedAt || x[0].articleId.localeCompare(y[0].articleId));
  return articles.flatMap((list) => list.sort((x, y) => x.index - y.index));
}
