/**
 * The compare pipeline: for each quote of the article being read, how every other saved article
 * renders it; plus which of those articles are wire copies of one another and which saved
 * articles cover the same story.
 *
 * Per quote: the coverage index proposes candidate windows in other articles (never the article
 * itself, its URL, or its outlet unless `includeSameOutlet`), `matchQuote` aligns and classifies
 * each candidate article, and the best match per article is kept, ordered verbatim → partial →
 * altered → paraphrase, then by similarity. Wire copies stay in the matches (the reader should
 * see them) and are reported in `wire` so the display can say "2 outlets, 1 source".
 *
 * The index holds no article text: `resolve` maps an id to the stored article (a Map lookup in
 * the CLI, a cache filled from IndexedDB in the extension). An id it cannot resolve is skipped.
 *
 * ```ts
 * const stored = new Map(saved.map((a) => [a.id, a]));
 * const { quotes, wire, related, elsewhere, paraphrasedHere } = compareArticle(article, findQuotes(article), index, (id) => stored.get(id));
 * ```
 *
 * And the reverse (reverse-coverage.ts): the related articles' own quotes read against this one,
 * from the related articles the plan already names, so the extension reads nothing more for it.
 */
import { articleId } from '@/utils/article/article-id';
import { indexTerms, passageFrequencies, type Candidate, type CandidateList, type CandidateOptions, type CoverageIndex } from '@/utils/index/coverage-index';
import { matchQuote, mayQualify } from '@/utils/matching/match-quote';
import { relatedCoverage, relatedQuery } from '@/utils/index/related-coverage';
import type { Article, Comparison, Quote, QuoteMatch, QuoteReport, RelatedArticle, StoredArticle } from '@/utils/types';
import { MATCH_KINDS } from '@/utils/report/verdicts';
import { groupWireCopies } from '@/utils/index/wire-copy';
import { reverseCoverage, reverseSections } from '@/utils/report/reverse-coverage';
import type { Lexicon } from '@/utils/language/lexicon';
import { lexiconFor } from '@/utils/language/lexicons';
import { excerptWindows, oneTermWindows } from '@/utils/report/quoted-excerpts';
import { quoteTerms } from '@/utils/index/quote-terms';

export interface CompareOptions {
  /** Also match articles from the reader's own outlet. */
  includeSameOutlet?: boolean;
  /** Related articles to return (default 10). */
  relatedLimit?: number;
  /** The article's language, when the caller has chosen it already (default: `lexiconFor(article)`). */
  lexicon?: Lexicon;
}

export interface RunOptions {
  /** Also read the related articles' quotes against this one (`elsewhere`, `paraphrasedHere`; default true). */
  reverse?: boolean;
}


/**
 * The index half of a compare: candidate windows per quote and related articles, and the ids of
 * every stored article the second half (`runComparison`) will read. The extension fetches exactly
 * those articles from IndexedDB between the two halves instead of holding the library in memory.
 */
export interface ComparisonPlan {
  article: Article & { id: string };
  quotes: readonly Quote[];
  candidates: Candidate[][];
  /** Per quote, the index's list before the window filter (what a save's family upkeep asks: `SaveHandOver`). */
  lists: CandidateList[];
  /** Whether the reader's outlet was compared with. */
  includeSameOutlet: boolean;
  related: RelatedArticle[];
  /** Every article id `runComparison` resolves, candidates first. */
  ids: string[];
  /** The article's language: candidates and related articles are in it, and matching reads it. */
  lexicon: Lexicon;
}

export function planComparison(
  article: Article & { id?: string },
  quotes: readonly Quote[],
  index: CoverageIndex,
  opts: CompareOptions = {},
): ComparisonPlan {
  const { id, lexicon, own } = planInput(article, index, opts);
  const exclude = { excludeId: id, excludeUrl: article.url, excludeOutlet: article.outlet, includeSameOutlet: opts.includeSameOutlet, own, lexicon };
  const terms = quotes.map((quote) => indexTerms(quote.text, lexicon));
  const lists = quotes.map((quote, i) => index.candidateList(quote, exclude, terms[i]));
  const candidates = lists.map((list, i) => alignableCandidates(terms[i], list.candidates));
  const related = relatedCoverage({ ...article, id }, index, { limit: opts.relatedLimit ?? 10, includeSameOutlet: opts.includeSameOutlet, own, lexicon });
  const ids = [...new Set([...candidates.flatMap((cs) => cs.map((c) => c.articleId)), ...related.map((r) => r.articleId)])];
  return { article: { ...article, id }, quotes, candidates, lists, includeSameOutlet: opts.includeSameOutlet ?? false, related, ids, lexicon };
}

/**
 * The index terms whose lists `planComparison` reads (its quotes' and its related search's), so a
 * caller whose index is loaded in parts can load theirs first (the plan itself reads no others).
 */
export function planTerms(article: Article & { id?: string }, quotes: readonly Quote[], index: CoverageIndex, opts: CompareOptions = {}): string[] {
  const { lexicon, own } = planInput(article, index, opts);
  const related = (opts.relatedLimit ?? 10) > 0 ? [...relatedQuery(article, index, own, lexicon).weights.keys()] : [];
  return [...quotes.flatMap((quote) => indexTerms(quote.text, lexicon)), ...related];
}

/** The article's id, language and, when it is saved, its own passages' term frequencies: what a plan and its terms start from. */
function planInput(article: Article & { id?: string }, index: CoverageIndex, opts: CompareOptions) {
  const id = article.id ?? articleId(article);
  const lexicon = opts.lexicon ?? lexiconFor(article);
  return { id, lexicon, own: index.has(id) ? passageFrequencies(article, lexicon) : undefined };
}

/**
 * One quote's candidate articles and the windows in them that may hold a qualifying rendering
 * (the plan's per-quote step, for one quote).
 */
export function quoteCandidates(quote: Quote, index: CoverageIndex, exclude: CandidateOptions): Candidate[] {
  const terms = indexTerms(quote.text, exclude.lexicon);
  return alignableCandidates(terms, index.candidates(quote, exclude, terms));
}

/** The index's candidates for a quote of these index terms, with only the windows that may hold a qualifying rendering (none: dropped). */
export function alignableCandidates(quoteTerms: readonly string[], candidates: readonly Candidate[]): Candidate[] {
  return candidates.flatMap((c) => {
    const windows = c.windows.filter((w) => mayQualify(quoteTerms, w.terms));
    return windows.length ? [{ ...c, windows }] : [];
  });
}

/**
 * How one candidate article renders the quote (null: it does not); `source` is the quote's own
 * article's text, `lexicon` its language's.
 */
export function matchCandidate(quote: Quote, candidate: Candidate, other: StoredArticle, source: string, lexicon?: Lexicon): QuoteMatch | null {
  return matchQuote(quote, other, candidate.windows, source, lexicon);
}

/** Closest rendering first (the verdict model's order), then most similar: the order a report's matches are shown in. */
export function orderMatches(matches: QuoteMatch[]): QuoteMatch[] {
  return matches.sort((a, b) => MATCH_KINDS.indexOf(a.kind) - MATCH_KINDS.indexOf(b.kind) || b.similarity - a.similarity);
}

/** Each quote's match in each of its candidates, in the plan's order (null: none, or `resolve` cannot give the article). */
export function alignCandidates(plan: ComparisonPlan, resolve: (id: string) => StoredArticle | undefined): Array<Array<QuoteMatch | null>> {
  return plan.quotes.map((quote, i) => plan.candidates[i].map((candidate) => {
    const other = resolve(candidate.articleId);
    return other ? matchCandidate(quote, candidate, other, plan.article.text, plan.lexicon) : null;
  }));
}

/**
 * The alignment half: matches each quote in its candidates' windows (`aligned`, when the caller
 * has them: `alignCandidates`); ids `resolve` cannot give are skipped.
 */
export function runComparison(
  plan: ComparisonPlan, resolve: (id: string) => StoredArticle | undefined, opts: RunOptions = {}, aligned = alignCandidates(plan, resolve),
): Comparison {
  const found = aligned.map((matches) => matches.filter((m): m is QuoteMatch => m !== null));
  // Short excerpts in quote marks, which the index does not propose, are looked for in the related
  // articles and in every article that carries another of this article's quotes: the latter set is
  // decided by the two articles alone, so those excerpts are found whatever else the library holds.
  const sources = new Set([...plan.related.map((r) => r.articleId), ...found.flat().map((m) => m.articleId)]);
  const excerptSources = [...sources].flatMap((id) => resolve(id) ?? []);
  // A quote of one index term has no candidates of its own (a chunk needs two): the articles the
  // index proposes for this article's other quotes, matched or not, are read for it too, in the
  // paragraphs holding its term (decided by the two articles alone). Only for such quotes: reading
  // every candidate's marks for every quote cost about 10 ms a compare at 10k.
  const oneTerm = plan.quotes.map((quote) => quoteTerms(quote, plan.lexicon).length === 1);
  const proposed = oneTerm.includes(true) ? [...new Set(plan.candidates.flat().map((c) => c.articleId))].filter((id) => !sources.has(id)).flatMap((id) => resolve(id) ?? []) : [];
  const reports = plan.quotes.map((quote, i) => {
    const matches = found[i];
    const matched = new Set(matches.map((m) => m.articleId));
    for (const other of oneTerm[i] ? [...excerptSources, ...proposed] : excerptSources) {
      const windows = matched.has(other.id) ? [] : sources.has(other.id) ? excerptWindows(quote, other, plan.lexicon) : oneTermWindows(quote, other, plan.lexicon);
      const match = windows.length ? matchQuote(quote, other, windows, plan.article.text, plan.lexicon) : null;
      if (match && match.kind !== 'paraphrase') matches.push(match);
    }
    return { quote, matches: orderMatches(matches) };
  });
  const otherIds = new Set([...reports.flatMap((r) => r.matches.map((m) => m.articleId)), ...plan.related.map((r) => r.articleId)]);
  const others = [...otherIds].flatMap((other) => resolve(other) ?? []);
  const wire = groupWireCopies([plan.article, ...others]);
  const comparison = { quotes: reports, wire, related: plan.related, elsewhere: [], paraphrasedHere: [] };
  return opts.reverse === false ? comparison : { ...comparison, ...reverseOf(plan, reports, resolve) };
}

/** The reverse sections of a compare whose forward reports are `reports` (the library times it apart). */
export function reverseOf(plan: ComparisonPlan, reports: QuoteReport[], resolve: (id: string) => StoredArticle | undefined): Pick<Comparison, 'elsewhere' | 'paraphrasedHere'> {
  const related = plan.related.flatMap((r) => resolve(r.articleId) ?? []);
  return reverseSections(reverseCoverage({ article: plan.article, quotes: plan.quotes, related, reports, lexicon: plan.lexicon }));
}

/** Both halves, for callers that hold every stored article (the CLI, the benchmark). */
export function compareArticle(
  article: Article & { id?: string },
  quotes: readonly Quote[],
  index: CoverageIndex,
  resolve: (id: string) => StoredArticle | undefined,
  opts: CompareOptions & RunOptions = {},
): Comparison {
  return runComparison(planComparison(article, quotes, index, opts), resolve, opts);
}
