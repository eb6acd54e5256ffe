/**
 * Related coverage: the saved articles about the same story as the one being read, ranked.
 *
 * The article's most characteristic terms (its frequent informative words, names counted double
 * because a story is mostly told by who and where) are narrowed to the most telling few, frequent
 * here and rare in the library (`CoverageIndex.rarestTerms`: at most 8, within a fixed work budget,
 * so a call costs about the same at 1k and 100k saved articles, and shared common words such as
 * "president" no longer make every article a candidate), which are looked up in the index. An article's score is the weighted
 * share of those terms it contains, times a date factor (same day 1, a week apart 0.5, undated
 * 0.85), so 0.6 reads as "most of this story's distinctive vocabulary, published close by"; ties
 * go to the higher BM25 sum.
 *
 * ```ts
 * relatedCoverage(current, index, { limit: 5 })
 * // → [{ articleId, outlet: 'IANS', url, title, date: '2026-03-13', score: 0.71 }, …]
 * ```
 */
import { articleId } from '@/utils/article/article-id';
import { indexTerms, maskWeight, passageFrequencies, type CoverageIndex } from '@/utils/index/coverage-index';
import { otherArticleRef, type Article, type RelatedArticle } from '@/utils/types';
import type { Lexicon } from '@/utils/language/lexicon';
import { english } from '@/utils/language/en';
import { lexiconFor } from '@/utils/language/lexicons';

/** Terms taken from the article for the query. */
const QUERY_TERMS = 30;
/** Below this the overlap is topical at best (measured on AllSides events, see report). */
export const RELATED_MIN_SCORE = 0.3;
const UNDATED_FACTOR = 0.85;
const DAY_MS = 86_400_000;

export interface RelatedOptions {
  limit?: number;
  minScore?: number;
  /** Include the reader's own outlet (excluded by default, like quote candidates). */
  includeSameOutlet?: boolean;
  /** The article's own passage counts (`passageFrequencies`), when the caller has them already. */
  own?: ReadonlyMap<string, number>;
  /** The article's language (default: `lexiconFor(article)`): related articles are in the same one. */
  lexicon?: Lexicon;
}

export function relatedCoverage(article: Article & { id?: string }, index: CoverageIndex, opts: RelatedOptions = {}): RelatedArticle[] {
  // A check that wants no related articles (a selection) asks for none: nothing to rank.
  if (opts.limit !== undefined && opts.limit <= 0) return [];
  const id = article.id ?? articleId(article);
  const lexicon = opts.lexicon ?? lexiconFor(article);
  const own = opts.own ?? (index.has(id) ? passageFrequencies(article, lexicon) : undefined);
  const { story, weights } = relatedQuery(article, index, own, lexicon);
  // Story terms no other article holds are missing from every candidate: they stay in the total.
  let total = 0;
  for (const [t, w] of story) if (weights.has(t) || index.documentFrequency(t, own) === 0) total += w;
  if (weights.size === 0) return [];
  const minScore = opts.minScore ?? RELATED_MIN_SCORE;
  const found = index.matchedArticles([...weights.keys()], {
    excludeId: id,
    excludeUrl: article.url,
    excludeOutlet: article.outlet,
    includeSameOutlet: opts.includeSameOutlet,
    lexicon,
    // The date factor is at most 1: an article whose overlap alone is below the floor is out
    // before it is looked up (most of the thousands of articles holding any one term).
    weight: (t) => weights.get(t) ?? 0,
    minWeight: minScore * total,
  });
  const day = dayOf(article.date);
  const limit = opts.limit ?? Infinity;
  // A score is at most its rounded overlap (the date factor is at most 1): articles are taken by
  // that bound, best first, and only while it can still reach the limit-th best score, so at 100k
  // saved articles only those that can rank are scored. The answer is the best `limit` of every
  // article by (score, BM25 sum, article order), whatever the order within one bound: an article is
  // passed over only when its score cannot reach the limit-th. The overlap sums the weights of the
  // terms held in query order, as `ArticleHit.terms` lists them.
  const termWeights = found.terms.map((t) => weights.get(t) ?? 0);
  const overlaps = new Float64Array(found.count);
  // Bounds in thousandths (`round`), sorted by counting: a bucket per bound, highest first.
  const thousandths = new Int32Array(found.count);
  const buckets = new Int32Array(1002);
  for (let i = 0; i < found.count; i++) {
    overlaps[i] = maskWeight(found.masks[i], termWeights) / total;
    thousandths[i] = Math.round(round(overlaps[i]) * 1000);
    buckets[1000 - thousandths[i] + 1]++;
  }
  for (let b = 1; b < buckets.length; b++) buckets[b] += buckets[b - 1];
  const byBound = new Int32Array(found.count);
  for (let i = 0; i < found.count; i++) byBound[buckets[1000 - thousandths[i]]++] = i;
  // `at`: the article's place in the search's order, which breaks a tie of score and BM25 sum.
  const top: Array<{ score: number; bm25: number; at: number }> = [];
  const before = (x: (typeof top)[number], y: (typeof top)[number]) => y.score - x.score || y.bm25 - x.bm25 || x.at - y.at;
  const full = () => top.length >= limit;
  for (let k = 0; k < found.count; k++) {
    const i = byBound[k];
    const bound = thousandths[i] / 1000;
    if (bound < minScore || (full() && bound < top[top.length - 1].score)) break;
    const score = round(overlaps[i] * dateFactor(day, dayOf(found.date(i))));
    if (score < minScore || (full() && score < top[top.length - 1].score)) continue;
    const entry = { score, bm25: found.scores[i], at: i };
    if (!Number.isFinite(limit)) {
      top.push(entry);
      continue;
    }
    let at = top.length;
    while (at > 0 && before(entry, top[at - 1]) < 0) at--;
    if (at < limit) top.splice(at, 0, entry);
    if (top.length > limit) top.pop();
  }
  // Metadata only for the articles returned.
  return (Number.isFinite(limit) ? top : top.sort(before)).map(({ score, at }) => {
    return { ...otherArticleRef(found.hit(at).article), score };
  });
}


/**
 * The article's story terms and, of them, the query's (the most telling few) with their weights:
 * the index terms whose lists `relatedCoverage` reads.
 */
export function relatedQuery(article: Article, index: CoverageIndex, own: ReadonlyMap<string, number> | undefined, lexicon: Lexicon) {
  const story = storyTerms(`${article.title}\n\n${article.text}`, lexicon);
  const weights = new Map(index.rarestTerms([...story.keys()], own, (t) => story.get(t)!).map((t) => [t, story.get(t)!]));
  return { story, weights };
}

/** The top informative terms with weights: frequency, doubled for words written capitalized mid-sentence. */
export function storyTerms(text: string, lex: Lexicon = english): Map<string, number> {
  const names = new Set(indexTerms((text.match(/(?<=[\p{Ll},;:] )\p{Lu}[\p{L}'-]+/gu) ?? []).join(' '), lex));
  const counts = new Map<string, number>();
  for (const t of indexTerms(text, lex)) counts.set(t, (counts.get(t) ?? 0) + (names.has(t) ? 2 : 1));
  return new Map([...counts].sort((a, b) => b[1] - a[1]).slice(0, QUERY_TERMS));
}

function dayOf(date: string | null): number {
  return date ? Date.parse(date) : NaN;
}

function dateFactor(da: number, db: number): number {
  if (Number.isNaN(da) || Number.isNaN(db)) return UNDATED_FACTOR;
  return 1 / (1 + Math.abs(da - db) / DAY_MS / 7);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
