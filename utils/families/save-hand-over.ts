/**
 * What the tab's check of an article hands to the families' upkeep when the reader saves it: per
 * quote, the candidate list the library's index gave (before the window filter) with its shape,
 * and every candidate's match, nulls included, made before the check's excerpt matches. A save's
 * upkeep otherwise asks the same lists and aligns the same candidates again (two fifths of its CPU
 * at 10k: docs/DESIGN.md "A save's upkeep: the check's lists and matches handed over").
 *
 * Nothing is trusted that could differ from what the upkeep computes itself:
 * - the whole hand-over only for the article as checked (id, address, outlet, language, text and
 *   quotes) onto the index state the check read (`CoverageIndex.stamp`) plus this save alone
 *   (`usableHandOver`, before the article joins the index);
 * - a quote's list only when its shape (`CoverageIndex.listShape`: the terms listed, chunks and
 *   terms read, the read budget) is the same after the save: the article, its own quote's
 *   excluded candidate, changes only document frequencies, which the list reads through its shape;
 * - a match only for the same candidate article at the same save time (a re-saved one is aligned
 *   again), aligned in the same windows (spans and their terms) of the list kept.
 *
 * ```ts
 * const plan = planComparison(article, quotes, index);
 * const basis = planBasis(plan, index);                  // before the index changes
 * const aligned = alignCandidates(plan, resolve);
 * const handOver = saveHandOver(plan, basis, aligned, resolve);
 * // on save, before index.add(record):
 * const usable = usableHandOver(handOver, record, index.stamp);
 * ```
 */
import { indexTerms, type Candidate, type CandidateList, type CandidateWindow, type CoverageIndex } from '@/utils/index/coverage-index';
import type { ComparisonPlan } from '@/utils/report/compare-article';
import type { LanguageCode } from '@/utils/language/lexicon';
import type { QuoteMatch, StoredArticle } from '@/utils/types';

/** One candidate's match as the check made it (null: none), with what it was made from. */
export interface HandedMatch {
  /** The candidate's save time when the check read it (NaN: not read). */
  savedAt: number;
  windows: readonly CandidateWindow[];
  match: QuoteMatch | null;
}

export interface SaveHandOver {
  /** The index state the check asked (`CoverageIndex.stamp`). */
  stamp: number;
  /** The article as checked, and how its candidates were asked. */
  articleId: string;
  url: string;
  outlet: string;
  language: LanguageCode;
  includeSameOutlet: boolean;
  text: string;
  quotes: string;
  /** Per quote: the index's list, before the window filter, and its shape then. */
  lists: ReadonlyArray<{ list: CandidateList; shape: string }>;
  /** Per quote: candidate article id → its match. */
  matches: ReadonlyArray<ReadonlyMap<string, HandedMatch>>;
}

/** What of the index the plan read a hand-over names: its state and each quote's list shape. Taken with the plan, before the index changes. */
export interface PlanBasis {
  stamp: number;
  shapes: string[];
}

export function planBasis(plan: ComparisonPlan, index: CoverageIndex): PlanBasis {
  return { stamp: index.stamp, shapes: plan.quotes.map((q) => index.listShape(indexTerms(q.text, plan.lexicon))) };
}

/** The hand-over of a check: its plan, what it read of the index (`planBasis`) and each candidate's match (`alignCandidates`). */
export function saveHandOver(
  plan: ComparisonPlan, { stamp, shapes }: PlanBasis, aligned: ReadonlyArray<ReadonlyArray<QuoteMatch | null>>, resolve: (id: string) => StoredArticle | undefined,
): SaveHandOver {
  return {
    stamp,
    articleId: plan.article.id,
    url: plan.article.url,
    outlet: plan.article.outlet,
    language: plan.lexicon.code,
    includeSameOutlet: plan.includeSameOutlet,
    text: plan.article.text,
    quotes: JSON.stringify(plan.quotes),
    lists: plan.lists.map((list, i) => ({ list, shape: shapes[i] })),
    matches: plan.candidates.map((cs, i) => new Map(cs.map((c, k) => [c.articleId, { savedAt: resolve(c.articleId)?.savedAt ?? NaN, windows: c.windows, match: aligned[i][k] }]))),
  };
}

/**
 * The hand-over when it is of `record` as saved (its language aside) and the index is still at the
 * state the check read (`stamp`: the index's, before the record is added); else undefined.
 */
export function usableHandOver(handOver: SaveHandOver | undefined, record: StoredArticle, stamp: number): SaveHandOver | undefined {
  if (!handOver || handOver.stamp !== stamp || handOver.includeSameOutlet) return undefined;
  // The language is the families' to compare (`QuoteFamilies.planSave`): they read it from the article once.
  const same = handOver.articleId === record.id && handOver.url === record.url && handOver.outlet === record.outlet &&
    handOver.text === record.text && handOver.quotes === JSON.stringify(record.quotes) && handOver.lists.length === record.quotes.length;
  return same ? handOver : undefined;
}

/** The check's list for quote `i` when the index still gives a list of that shape (`shape`: the quote's now), else undefined. */
export function handedList(handOver: SaveHandOver, i: number, shape: string): CandidateList | undefined {
  const entry = handOver.lists[i];
  return entry && entry.shape === shape ? entry.list : undefined;
}

/**
 * The check's match of quote `i` in candidate `c` (null included) when it was made on the same
 * version of that article (`other`, as stored now) in the same windows; else undefined (align it).
 */
export function handedMatch(handOver: SaveHandOver, i: number, c: Candidate, other: StoredArticle | undefined): QuoteMatch | null | undefined {
  const entry = handOver.matches[i]?.get(c.articleId);
  if (!entry || !other || other.savedAt !== entry.savedAt || !sameWindows(entry.windows, c.windows)) return undefined;
  return entry.match;
}

function sameWindows(a: readonly CandidateWindow[], b: readonly CandidateWindow[]): boolean {
  if (a.length !== b.length) return false;
  for (let w = 0; w < a.length; w++) {
    if (a[w].start !== b[w].start || a[w].end !== b[w].end || a[w].terms.length !== b[w].terms.length) return false;
    for (let t = 0; t < a[w].terms.length; t++) if (a[w].terms[t] !== b[w].terms[t]) return false;
  }
  return true;
}
