/**
 * The families' check against the pairwise matcher (issue 15): every quote of sampled saved
 * articles compared with the library as the check compares it (`compareArticle`, forward), each
 * match looked for in the quote's family: the same article rendered at the same place with the same
 * kind, and the family holding that place. A match that is not is a disagreement, written with its
 * cause (`disagreementOf`) as ids and offsets only, so each can be read against the corpus.
 */
import type { CoverageIndex } from '@/utils/index/coverage-index';
import type { QuoteFamilies, QuoteFamily, QuoteNode } from '@/utils/families/quote-families';
import { alignCandidates, planComparison, runComparison } from '@/utils/report/compare-article';
import type { MatchKind, QuoteMatch, Span, StoredArticle } from '@/utils/types';

/** Why a check's match is not the family's (the first of these that holds). */
export type DisagreementCause =
  /** The families hold no node for the quote. */
  | 'no quote node'
  /** The family never aligned the quote with that article: the check found it outside its candidate lists (a short excerpt in a related article's quote marks). */
  | 'not in the family (excerpt)'
  /** The family never aligned the quote with that article, though the check's plan lists it. */
  | 'not in the family (list)'
  /** The family aligned the article and found no rendering. */
  | 'no rendering in the family'
  | 'other place'
  | 'other kind'
  /** The same rendering, but the place it lands is in no family or in another one. */
  | 'other family';

export interface Placed {
  kind: MatchKind;
  start: number;
  end: number;
}

/** One disagreement, as the bench writes it (ids and offsets, no text). */
export interface Disagreement {
  article: string;
  quote: number;
  quoteStart: number;
  quoteEnd: number;
  other: string;
  match: Placed & { similarity: number };
  /** Whether the check's plan listed the other article for this quote (false: an excerpt found outside the lists). */
  listed: boolean;
  /** The family's rendering of the quote in the other article: undefined when it never aligned it, null when it found none. */
  family: (Placed & { similarity: number }) | null | undefined;
  /** The family holding the match's middle in the other article (`familyAt`): 'same', 'other' (its key), or 'none'. */
  place: 'same' | 'none' | { key: number };
  /** Whether the quote's family holds the match's place: a quote there it links to, or a passage of its own over it. */
  holds: boolean;
  /** For a match outside the plan's lists, where the check read the excerpt: a related article's marks, or an article another of the quotes matched in. */
  excerptFrom?: 'related' | 'carrier' | 'both';
  cause: DisagreementCause;
  verdict: Verdict;
}

/**
 * How a disagreement reads. 'by design': the quote's family holds the match's place, though the
 * check's test names another family or none there (`familyAt` names one family per place: a
 * passage two families render, or a rendering across two quotes whose middle lies between them),
 * or holds the version through another of its quotes where the match is an excerpt. 'excerpt not
 * taken': an excerpt match (the check's windows in related articles' and carriers' quote marks)
 * whose version the family lacks: the families take the index's candidates only (docs/DESIGN.md
 * "Families against the pairwise matcher, read"). Anything else: the family is wrong.
 */
export type Verdict = 'by design' | 'excerpt not taken' | 'family wrong';

export function verdictOf(cause: DisagreementCause, holds: boolean): Verdict {
  if (cause === 'other family' && holds) return 'by design';
  if (cause === 'not in the family (excerpt)') return holds ? 'by design' : 'excerpt not taken';
  return 'family wrong';
}

/** The cause of a check's match disagreeing with the family's view, or null when they agree. */
export function disagreementOf(
  match: Placed, mine: Placed | null | undefined, hasNode: boolean, listed: boolean, place: Disagreement['place'],
): DisagreementCause | null {
  if (!hasNode) return 'no quote node';
  if (mine === undefined) return listed ? 'not in the family (list)' : 'not in the family (excerpt)';
  if (mine === null) return 'no rendering in the family';
  if (mine.start !== match.start || mine.end !== match.end) return 'other place';
  if (mine.kind !== match.kind) return 'other kind';
  if (place !== 'same') return 'other family';
  return null;
}

export interface AgreementResult {
  matches: number;
  agreed: number;
  /** Disagreements by verdict (`verdictOf`). */
  verdicts: Record<Verdict, number>;
  disagreements: Disagreement[];
}

/** The check of `sampled` (saved articles, in the index) against `families`. */
export function familiesAgreement(
  families: QuoteFamilies, index: CoverageIndex, resolve: (id: string) => StoredArticle | undefined, sampled: readonly StoredArticle[],
): AgreementResult {
  const byArticle = new Map<string, Map<number, QuoteNode>>();
  for (const node of families.allNodes()) {
    if (!byArticle.has(node.article.id)) byArticle.set(node.article.id, new Map());
    byArticle.get(node.article.id)!.set(node.index, node);
  }
  const out: AgreementResult = { matches: 0, agreed: 0, verdicts: { 'by design': 0, 'excerpt not taken': 0, 'family wrong': 0 }, disagreements: [] };
  for (const a of sampled) {
    const plan = planComparison(a, a.quotes, index);
    const aligned = alignCandidates(plan, resolve);
    const check = runComparison(plan, resolve, { reverse: false }, aligned);
    const related = new Set(plan.related.map((r) => r.articleId));
    check.quotes.forEach((report, qi) => {
      const node = byArticle.get(a.id)?.get(qi);
      const family = node && families.familyOf(node);
      for (const m of report.matches) {
        out.matches++;
        const mine = node?.renderings.get(m.articleId);
        const listed = plan.candidates[qi].some((c) => c.articleId === m.articleId);
        const place = placeOf(families, family, m);
        const cause = disagreementOf(m, mine, node !== undefined, listed, place);
        if (!cause) {
          out.agreed++;
          continue;
        }
        const holds = family !== undefined && holdsPlace(family, m);
        const verdict = verdictOf(cause, holds);
        out.verdicts[verdict]++;
        const carrier = aligned.some((ms, j) => j !== qi && ms.some((x) => x?.articleId === m.articleId));
        const excerptFrom = listed ? undefined : related.has(m.articleId) ? (carrier ? 'both' : 'related') : carrier ? 'carrier' : undefined;
        out.disagreements.push({
          article: a.id, quote: qi, quoteStart: report.quote.start, quoteEnd: report.quote.end, other: m.articleId,
          match: { kind: m.kind, start: m.start, end: m.end, similarity: round(m.similarity) },
          listed, family: mine && { kind: mine.kind, start: mine.start, end: mine.end, similarity: round(mine.similarity) }, place, holds,
          ...(excerptFrom ? { excerptFrom } : {}), cause, verdict,
        });
      }
    });
  }
  return out;
}

/** Whether the family of the quote holds the match's middle in the other article. */
function placeOf(families: QuoteFamilies, family: QuoteFamily | undefined, m: QuoteMatch): Disagreement['place'] {
  const there = families.familyAt(m.articleId, m.start + Math.floor((m.end - m.start) / 2));
  if (!there) return 'none';
  return there === family ? 'same' : { key: there.key };
}

/** Whether `family` holds the place of `m`: a quote of the other article it links to that the rendering overlaps, or a passage of its own overlapping it. */
export function holdsPlace(family: Pick<QuoteFamily, 'nodes' | 'passages'>, m: Span & { articleId: string }): boolean {
  const overlaps = (s: Span) => s.start < m.end && m.start < s.end;
  return family.nodes.some((n) => n.article.id === m.articleId && n.quote.parts.some(overlaps)) ||
    family.passages.some((p) => p.article.id === m.articleId && overlaps(p));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The disagreements as JSON lines. */
export function disagreementLines(ds: readonly Disagreement[]): string {
  return ds.map((d) => `${JSON.stringify(d)}\n`).join('');
}
