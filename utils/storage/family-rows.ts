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
import type { FamilyVersion } from '@/utils/families/family-view';
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
  /** The state records the groups in step and every article's row (else the next write should write every group). */
  grouped: boolean;
}

/**
 * A family of two versions or more as the family-groups store keeps it (schema v6): which rows its
 * page reads, found by any of its articles, so a page after a worker restart reads those rows
 * instead of every row. A quote with no group row is a family of one.
 */
export interface FamilyGroupRow {
  /** Stable across restarts and builds: the least of its quotes' keys (`quoteKey`). */
  id: string;
  /** Its quotes' keys. */
  quotes: string[];
  /** Its passages: [article id, start, end]. */
  passages: Array<[string, number, number]>;
  /** Every article holding one of its quotes or passages (indexed: a page finds its family through its article). */
  articles: string[];
  /** Quotes and passages: what a speaker page shows as a quote's versions. */
  versions: number;
}

/** A saved quote's key in the family groups: its article id and its place in the article's quotes. */
export function quoteKey(articleId: string, index: number): string {
  return `${articleId}#${index}`;
}

/**
 * What a family page reads of a family of two versions or more (store `family-pages`, keyed by its
 * group's id): from schema v9 the page itself, its versions with their kinds and diffs against the
 * reference, so a page after a worker restart reads one row and aligns nothing (docs/DESIGN.md
 * "A family page is stored whole").
 */
export interface FamilyPageRow {
  id: string;
  /** JSON of a `FamilyPage`: one string clones in a copy, as the family rows' quotes do. */
  page: string;
}

/** A family's page as stored: its versions as `familyView` makes them, and its first quote in save order. */
export interface FamilyPage {
  /** Its earliest saved quote: [savedAt, article id, place in that article's quotes] (a passage two families render goes to the earlier). */
  first: [number, string, number];
  /** Every version, the reference included (`FamilyView.versions`). */
  versions: FamilyVersion[];
  /** The versions (places in `versions`) matched again on their texts: the next write of the family keeps those matches. */
  rematched: number[];
}

/** A page row as stored: an id and its data as a string (the page's read checks the rest). */
export function isFamilyPageRow(x: unknown): x is FamilyPageRow {
  const r = x as FamilyPageRow | undefined;
  return typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.page === 'string';
}

/** A page row's data, checked for shape (a v7 row, which held quotes and matches, does not fit); undefined when it does not parse or fit. */
export function familyPageOf(row: FamilyPageRow): FamilyPage | undefined {
  let page: FamilyPage;
  try {
    page = JSON.parse(row.page) as FamilyPage;
  } catch {
    return undefined;
  }
  const first = page?.first;
  const fits = Array.isArray(first) && first.length === 3 && Number.isFinite(first[0]) && typeof first[1] === 'string' && Number.isSafeInteger(first[2]) &&
    Array.isArray(page.versions) && page.versions.length > 1 && page.versions.filter((v) => v?.reference === true).length === 1 &&
    page.versions.every((v) => typeof v === 'object' && v !== null && typeof v.articleId === 'string' && typeof v.text === 'string' && Number.isSafeInteger(v.start) && Array.isArray(v.diff) && Array.isArray(v.meaningChanges)) &&
    Array.isArray(page.rematched) && page.rematched.every((i) => Number.isSafeInteger(i) && i >= 0 && i < page.versions.length);
  return fits ? page : undefined;
}

/** Some articles' family groups and some families' page rows, read for one page. */
export interface FamilyGroupsRead {
  /**
   * The groups and pages are in step with every saved article at the articles' generation: a page
   * may be answered from this read alone. False: read the families whole.
   */
  current: boolean;
  /** The groups holding any of the articles asked (each once). */
  groups: FamilyGroupRow[];
  /** One per group id asked, in that order (undefined: none). */
  pages: Array<FamilyPageRow | undefined>;
}

/** Changes to the family groups since the last write; `all`: they are every group (drop the stored ones first). */
export interface FamilyGroupsWrite {
  put: readonly FamilyGroupRow[];
  /** Each put group's page row (schema v7; its page whole from v9), in the same order; a removed group's page goes with it. */
  pages: readonly FamilyPageRow[];
  remove: readonly string[];
  all: boolean;
}

/** A write of family rows: after it they match `generation`. */
export interface FamiliesWrite {
  put: readonly FamilyRow[];
  remove: readonly string[];
  generation: number;
  /** The generation the stored rows must match for this write to apply; null: drop every row first (a build from scratch; `groups.all` then). */
  from: number | null;
  /** The groups changed with these rows (schema v6). */
  groups: FamilyGroupsWrite;
  /** After this write the rows hold every saved article (no build under way). */
  complete: boolean;
}

/**
 * In `meta`: what the families store matches. `groups`: the family-groups and family-pages stores
 * are in step with the rows (a v5 state has none, and the v7 step clears it: the first full write
 * makes it so); `complete`: every article has a row.
 */
export interface FamiliesState {
  generation: number;
  count: number;
  groups?: boolean;
  complete?: boolean;
}

export function isFamiliesState(x: unknown): x is FamiliesState {
  const s = x as FamiliesState | undefined;
  return typeof s === 'object' && s !== null && Number.isSafeInteger(s.generation) && Number.isSafeInteger(s.count) && s.count >= 0;
}

/** The state after a write applied over `before` (undefined: none, or a write from scratch). */
export function familiesStateAfter(before: FamiliesState | undefined, write: FamiliesWrite, count: number): FamiliesState {
  // Changes applied over groups not in step leave them not in step: only a write of every group makes them so.
  const groups = write.groups.all || (write.from !== null && before?.groups === true);
  return { generation: write.generation, count, groups, complete: write.complete };
}

/** A read of the stored families may answer a page: the state is the articles' generation, its groups in step and its rows complete. */
export function familiesServePages(state: unknown, generation: number): boolean {
  return isFamiliesState(state) && state.generation === generation && familiesGrouped(state);
}

/** The state records the family groups in step with rows that hold every article. */
export function familiesGrouped(state: unknown): boolean {
  return isFamiliesState(state) && state.groups === true && state.complete === true;
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
