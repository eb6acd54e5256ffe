/**
 * The families store's rows (schema v5): what the quote families (utils/families/quote-families.ts)
 * know of one saved article, so a worker restart reads them instead of planning and aligning every
 * saved quote again. Derived from the whole library, not from the article alone (a row changes when
 * another article enters one of its quotes' candidate lists), so unlike the quotes store they are
 * written after the article, in their own transaction, and the state records the generation of the
 * articles they match (docs/DESIGN.md "Quote families kept across worker restarts").
 */
import type { CandidateList } from '@/utils/index/coverage-index';
import type { FamilyArticle } from '@/utils/families/quote-families';
import type { QuoteMatch } from '@/utils/types';

/** One saved quote's family state: its candidate list as the index gave it, and the match found in each aligned candidate (null: none). */
export interface FamilyQuoteRow {
  list: CandidateList;
  renderings: Array<[string, QuoteMatch | null]>;
  /** The quote's index terms, its screen keys ([term, partner]) and the list floor they were chosen at (null: none); derived again when absent. */
  terms?: string[];
  keys?: Array<[string, string | null]>;
  floor?: number | null;
}

/** One saved article's quotes as the families hold them, keyed by `articleId`. */
export interface FamilyRow {
  articleId: string;
  /** The article as the families keep it (no text). */
  article: FamilyArticle;
  /**
   * JSON of one FamilyQuoteRow per quote of `article.quotes`, in that order: one string clones in
   * a copy, where the same data as objects (windows' terms, diffs) took 30 s to structured-clone at
   * 10,000 articles (146 MB of JSON) against about a second to parse.
   */
  quotes: string;
}

/** The stored families as read on a first ask. */
export interface FamiliesRead {
  rows: FamilyRow[];
  /** The articles' generation now. */
  generation: number;
  /** The generation the rows match; undefined when none is recorded or the rows do not match it (then rebuild). */
  matches: number | undefined;
  /** Articles written after `matches`; undefined when the change log does not cover every generation since (then rebuild). */
  changed: string[] | undefined;
}

/** A write of family rows: after it they match `generation`. */
export interface FamiliesWrite {
  put: readonly FamilyRow[];
  remove: readonly string[];
  generation: number;
  /** The generation the stored rows must match for this write to apply; null: drop every row first (a build from scratch). */
  from: number | null;
}

/** How far (in generations) the change log is kept behind the index cache for the stored families to catch up; past it they are rebuilt. */
export const FAMILIES_LOG_KEEP = 2_000;

/** A row as stored: an article id, its article and one entry per quote (the first read checks this much). */
export function isFamilyRow(x: unknown): x is FamilyRow {
  const r = x as FamilyRow | undefined;
  return typeof r === 'object' && r !== null && typeof r.articleId === 'string' && typeof r.article === 'object' && r.article !== null &&
    r.article.id === r.articleId && Array.isArray(r.article.quotes) && typeof r.quotes === 'string';
}

/** A row's quotes, parsed and checked against its article; undefined when they do not parse or fit. */
export function familyQuotesOf(row: FamilyRow): FamilyQuoteRow[] | undefined {
  let quotes: unknown;
  try {
    quotes = JSON.parse(row.quotes);
  } catch {
    return undefined;
  }
  const fits = Array.isArray(quotes) && quotes.length === row.article.quotes.length &&
    quotes.every((q: FamilyQuoteRow) => typeof q === 'object' && q !== null && Array.isArray(q.list?.candidates) && Array.isArray(q.renderings));
  return fits ? (quotes as FamilyQuoteRow[]) : undefined;
}
