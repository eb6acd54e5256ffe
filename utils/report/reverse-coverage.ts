/**
 * The reverse of the compare: what the other outlets on this story quote, read against THIS
 * article. Each direct quote of a related article (as `planComparison` resolves them) is one of:
 *
 * - carried here: a forward report already matched it (this article quotes it), or `matchQuote`
 *   of it against this article lands inside this article's quotes, or renders it otherwise
 *   (reported speech with a quoted piece, the words printed as text);
 * - "paraphrased here": `matchQuote` finds it as indirect speech ('paraphrase') outside this
 *   article's quotes: the sentence here, the other outlet's quote, its word diff (their words
 *   'delete', ours 'insert') and meaning-change flags, exactly as `matchQuote` gives them;
 * - "quoted elsewhere, not here": `matchQuote` finds nothing, nor is the same utterance in another
 *   related article carried or paraphrased here. Versions of one utterance in several related
 *   articles are one entry: each such quote is matched against the other related articles' quotes
 *   (`matchQuote` inside their quote marks, pairs prefiltered by shared terms: `mayBeSame`), not
 *   a normalized-text key, so an excerpt and the longer quote it comes from are one entry too.
 *   Entries are grouped by speaker (`canonicalSpeakers`); outlets crediting different people, or
 *   nobody, leave the entry in the null ("unattributed") group.
 *
 * A phrase-sized quote ("global heights") is left out of both: `matchQuote` only finds such a
 * phrase in quote marks, so its absence here says nothing about a paraphrase (withheld).
 * `matchQuote` reads only the paragraphs of this article that may hold a qualifying rendering
 * (`windowsFor`), as the forward compare reads candidate windows: on 200 AllSides checks at 10k
 * saved articles the statuses equal those over the whole text for 11,206 of 11,208 related quotes
 * (the 2 others found only in the windows).
 *
 * ```ts
 * const plan = planComparison(article, quotes, index);
 * const comparison = runComparison(plan, resolve);
 * const related = plan.related.flatMap((r) => resolve(r.articleId) ?? []);
 * const { elsewhere, paraphrased } = reverseCoverage({ article: plan.article, quotes, related, reports: comparison.quotes });
 * ```
 *
 * The check calls it through `runComparison` (compare-article.ts), which hands the protocol the
 * slim form of `reverseSections`: their words and article references, never a Quote's offsets.
 */
import { FRAGMENT_WORDS, MIN_CONTENT_WORDS, MIN_COVERAGE, WOVEN_FRAGMENT_WORDS } from '@/utils/matching/classify-match';
import { indexTerms } from '@/utils/index/coverage-index';
import { quoteTerms } from '@/utils/index/quote-terms';
import { matchQuote, mayQualify, type OtherArticle } from '@/utils/matching/match-quote';
import { canonicalSpeakers } from '@/utils/quotes/speaker-groups';
import { wordsOf } from '@/utils/text/tokenize-words';
import type { Lexicon } from '@/utils/language/lexicon';
import { english } from '@/utils/language/en';
import { otherArticleRef, type Article, type Comparison, type DiffOp, type OtherArticleRef, type OtherQuote, type Quote, type QuoteMatch, type QuoteReport, type Span, type StoredArticle } from '@/utils/types';
import { pushTo } from '@/utils/text/list-map';
import { runOverlaps, sortedRun } from '@/utils/matching/quote-layout';

export interface ReverseInput {
  article: Article & { id: string };
  /** This article's quotes (`findQuotes`). */
  quotes: readonly Quote[];
  /** The related articles of other outlets, resolved, in their related order. */
  related: readonly StoredArticle[];
  /** The forward reports of this article's quotes: what they matched is not matched again. */
  reports: readonly QuoteReport[];
  /** The language of the article and its related articles (related coverage stays within one; default English). */
  lexicon?: Lexicon;
}

/** Where a related article's quote comes from. */
export interface QuoteSource extends OtherArticleRef {
  /** Their direct quote, offsets in their text. */
  quote: Quote;
}

/** One utterance other outlets quote and this article neither quotes nor paraphrases. */
export interface ElsewhereQuote {
  /** The fullest version's words. */
  text: string;
  /** Canonical speaker, or null when no outlet credits anyone or outlets credit different people. */
  speaker: string | null;
  /** Each related article's version, in related order (one per article). */
  versions: QuoteSource[];
  /** Distinct outlet names of the versions. */
  outlets: string[];
}

export interface SpeakerGroup {
  /** null: "unattributed". */
  speaker: string | null;
  quotes: ElsewhereQuote[];
}

/** How one other outlet's direct quote reads in the sentence here. */
export interface ParaphraseSource extends QuoteSource {
  /** The words here as `matchQuote` aligned them. */
  start: number;
  end: number;
  similarity: number;
  /** 'delete': words only in their quote; 'insert': words only here. */
  diff: DiffOp[];
  meaningChanges: string[];
}

/** A stretch of this article that renders other outlets' direct quotes as indirect speech. */
export interface ParaphrasedHere extends Span {
  text: string;
  /** One per quote rendered here, by related order. */
  sources: ParaphraseSource[];
}

export interface ReverseCoverage {
  /** Groups with most quotes first, the null speaker last. */
  elsewhere: SpeakerGroup[];
  /** In text order; overlapping renderings are one stretch. */
  paraphrased: ParaphrasedHere[];
}

/** What `reverseCoverage` made of one related quote (exported for tests and evaluation). */
export type RelatedQuoteStatus = 'phrase' | 'forward' | 'quoted' | 'rendered' | 'paraphrased' | 'absent';

export interface RelatedQuoteReading {
  source: QuoteSource;
  status: RelatedQuoteStatus;
  /** `matchQuote` of the quote against this article, when it was run and found something. */
  match: QuoteMatch | null;
}

/** Share of a rendering's characters inside this article's quotes from which it is quoted, not paraphrased. */
const INSIDE_SHARE = 0.5;

export function reverseCoverage(input: ReverseInput): ReverseCoverage {
  const readings = readRelatedQuotes(input);
  return { elsewhere: elsewhereGroups(readings, input.related, input.lexicon ?? english), paraphrased: paraphrasedHere(readings) };
}

/** Each related article's direct quotes, in related order, with what they are here. */
export function readRelatedQuotes(input: ReverseInput, opts: { windows?: boolean } = {}): RelatedQuoteReading[] {
  const lex = input.lexicon ?? english;
  const here: OtherArticle = { ...input.article, quotes: [...input.quotes] };
  const forwardSpans = new Map<string, Span[]>();
  for (const r of input.reports) for (const m of r.matches) pushTo(forwardSpans, m.articleId, m);
  const forward = new Map([...forwardSpans].map(([id, spans]) => [id, sortedRun(spans)]));
  const ourParts = input.quotes.flatMap((q) => q.parts);
  const paragraphTerms = opts.windows === false ? null : termsByParagraph(input.article, ourParts, lex);
  const out: RelatedQuoteReading[] = [];
  for (const other of input.related) {
    if (other.id === input.article.id) continue;
    for (const quote of other.quotes) {
      const source = sourceOf(other, quote);
      if (phraseSized(quote, lex)) {
        out.push({ source, status: 'phrase', match: null });
        continue;
      }
      const matched = forward.get(other.id);
      if (matched && quote.parts.some((p) => runOverlaps(matched, p))) {
        out.push({ source, status: 'forward', match: null });
        continue;
      }
      const windows = paragraphTerms ? windowsFor(quote, paragraphTerms, lex) : undefined;
      const match = windows?.length === 0 ? null : matchQuote(quote, here, windows, other.text, lex);
      out.push({ source, status: statusOf(match, ourParts), match });
    }
  }
  return out;
}

function statusOf(match: QuoteMatch | null, ourParts: Span[]): RelatedQuoteStatus {
  if (!match) return 'absent';
  const inside = insideShare(match, ourParts) >= INSIDE_SHARE;
  if (inside) return 'quoted';
  return match.kind === 'paraphrase' ? 'paraphrased' : 'rendered';
}

/** The quote is held to matchQuote's fragment rules, which never find a paraphrase. */
function phraseSized(quote: Quote, lex: Lexicon): boolean {
  const words = wordsOf(quote, quote.text, lex).filter((w) => !w.bracket).length;
  return words < FRAGMENT_WORDS || (quote.fragment && words < WOVEN_FRAGMENT_WORDS);
}

interface ParagraphTerms {
  span: Span;
  terms: Set<string>;
  /** The paragraph holds words of this article's quotes, or quote marks the finder left unread. */
  quoted: boolean;
}

/** The paragraphs' terms, and which paragraphs hold each term (a quote's windows are read from its terms' paragraphs, not from every paragraph). */
interface ArticleTerms {
  paragraphs: ParagraphTerms[];
  holding: Map<string, number[]>;
}

function termsByParagraph(article: Article, ourParts: Span[], lex: Lexicon): ArticleTerms {
  const spans = article.paragraphs.length ? article.paragraphs : [{ start: 0, end: article.text.length }];
  const ours = sortedRun(ourParts);
  const paragraphs = spans.map((span) => {
    const text = article.text.slice(span.start, span.end);
    return { span, terms: new Set(indexTerms(text, lex)), quoted: runOverlaps(ours, span) || QUOTE_MARK.test(text) };
  });
  const holding = new Map<string, number[]>();
  paragraphs.forEach((p, i) => {
    for (const t of p.terms) pushTo(holding, t, i);
  });
  return { paragraphs, holding };
}
const QUOTE_MARK = /["“”„«»]/u;

/**
 * The paragraphs that may hold a qualifying rendering of the quote: outside quote marks
 * MIN_CONTENT_WORDS shared terms (the least any unquoted rendering has) or a number (mayQualify);
 * with quote marks any shared term, since a quote word repeated ("an attack on one of us is an
 * attack on all of us") counts twice in a match and once here.
 */
function windowsFor(quote: Quote, { paragraphs, holding }: ArticleTerms, lex: Lexicon): Span[] {
  const terms = quoteTerms(quote, lex);
  // Only a paragraph sharing a term can pass (none passes on no shared term): those, in text order.
  const sharing = new Set<number>();
  for (const t of terms) for (const i of holding.get(t) ?? []) sharing.add(i);
  return [...sharing].sort((a, b) => a - b).map((i) => paragraphs[i]).filter((p) => {
    const shared = terms.filter((t) => p.terms.has(t));
    return p.quoted ? shared.length > 0 : shared.length >= MIN_CONTENT_WORDS || (mayQualify(terms, shared) && shared.some((t) => /^\p{N}/u.test(t)));
  }).map((p) => p.span);
}


/**
 * Two quotes that may be versions of one utterance: they share MIN_CONTENT_WORDS terms (the least
 * a qualifying match of two sentences has), or half the shorter one's (a short excerpt).
 */
function mayBeSame(a: readonly string[], b: readonly string[]): boolean {
  const inB = new Set(b);
  const shared = a.filter((t) => inB.has(t));
  return mayQualify(a, shared) && (shared.length >= MIN_CONTENT_WORDS || shared.length >= MIN_COVERAGE * Math.min(a.length, b.length));
}

function sourceOf(other: StoredArticle, quote: Quote): QuoteSource {
  return { ...otherArticleRef(other), quote };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function insideShare(span: Span, parts: Span[]): number {
  let inside = 0;
  for (const p of parts) inside += Math.max(0, Math.min(span.end, p.end) - Math.max(span.start, p.start));
  return span.end > span.start ? inside / (span.end - span.start) : 0;
}

/** Paraphrase readings as stretches of this article: overlapping renderings merged, in text order. */
function paraphrasedHere(readings: RelatedQuoteReading[]): ParaphrasedHere[] {
  const found = readings.flatMap((r, order) => (r.status === 'paraphrased' && r.match ? [{ order, m: r.match, source: r.source }] : []));
  found.sort((a, b) => a.m.start - b.m.start || a.order - b.order);
  const stretches: { start: number; end: number; text: string; members: typeof found }[] = [];
  for (const f of found) {
    const last = stretches[stretches.length - 1];
    if (last && f.m.start < last.end) {
      // The stretch's text runs on with the rendering that ends later.
      if (f.m.end > last.end) last.text += f.m.text.slice(last.end - f.m.start);
      last.end = Math.max(last.end, f.m.end);
      last.members.push(f);
    } else {
      stretches.push({ start: f.m.start, end: f.m.end, text: f.m.text, members: [f] });
    }
  }
  return stretches.map(({ start, end, text, members }) => ({
    start, end, text,
    sources: members.sort((a, b) => a.order - b.order).map(({ m, source }) => ({
      ...source, start: m.start, end: m.end, similarity: m.similarity, diff: m.diff, meaningChanges: m.meaningChanges,
    })),
  }));
}

/**
 * Absent quotes grouped into utterances (an absent quote matched inside another related quote's
 * marks is the same utterance; one carried or paraphrased here makes the whole utterance not
 * absent), then by speaker.
 */
function elsewhereGroups(readings: RelatedQuoteReading[], related: readonly StoredArticle[], lex: Lexicon): SpeakerGroup[] {
  const considered = readings.filter((r) => r.status !== 'phrase');
  const parent = considered.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k])));
  const byArticle = new Map<string, number[]>();
  considered.forEach((r, k) => pushTo(byArticle, r.source.articleId, k));
  const articles = new Map(related.map((a) => [a.id, a]));
  const terms = considered.map((r) => quoteTerms(r.source.quote, lex));
  // Per article, the quotes holding each term: mayBeSame needs a shared term, so only those are tried.
  const holding = new Map<string, Map<string, number[]>>();
  for (const [id, members] of byArticle) {
    const byTerm = new Map<string, number[]>();
    for (const j of members) for (const t of terms[j]) pushTo(byTerm, t, j);
    holding.set(id, byTerm);
  }
  considered.forEach((r, k) => {
    if (r.status !== 'absent') return;
    for (const id of byArticle.keys()) {
      // Another article's versions only: one outlet repeating its own quote is rare, and its own quotes would widen into the windows.
      if (id === r.source.articleId) continue;
      const byTerm = holding.get(id)!;
      const sharing = new Set<number>();
      for (const t of terms[k]) for (const j of byTerm.get(t) ?? []) sharing.add(j);
      const candidates = [...sharing].sort((a, b) => a - b).filter((j) => find(j) !== find(k) && mayBeSame(terms[k], terms[j]));
      if (!candidates.length) continue;
      const other = articles.get(id)!;
      const m = matchQuote(r.source.quote, other, candidates.flatMap((j) => considered[j].source.quote.parts), articles.get(r.source.articleId)?.text, lex);
      if (!m || m.kind === 'paraphrase') continue;
      const hit = candidates.find((j) => considered[j].source.quote.parts.some((p) => overlaps(p, m)));
      if (hit !== undefined) parent[find(hit)] = find(k);
    }
  });
  const utterances = new Map<number, RelatedQuoteReading[]>();
  considered.forEach((r, k) => pushTo(utterances, find(k), r));
  const absent = [...utterances.values()].filter((rs) => rs.every((r) => r.status === 'absent'));
  const canonical = canonicalSpeakers(absent.flatMap((rs) => rs.map((r) => r.source.quote.speaker)));
  const groups = new Map<string | null, ElsewhereQuote[]>();
  for (const rs of absent) {
    const versions = rs.filter((r, i) => rs.findIndex((x) => x.source.articleId === r.source.articleId) === i).map((r) => r.source);
    const people = new Set(versions.flatMap((v) => (v.quote.speaker ? [canonical.get(v.quote.speaker)!] : [])));
    const speaker = people.size === 1 ? [...people][0] : null;
    const fullest = versions.reduce((a, b) => (wordsOf(b.quote, b.quote.text, lex).length > wordsOf(a.quote, a.quote.text, lex).length ? b : a));
    const entry: ElsewhereQuote = { text: fullest.quote.text, speaker, versions, outlets: [...new Set(versions.map((v) => v.outlet))] };
    groups.set(speaker, [...(groups.get(speaker) ?? []), entry]);
  }
  // Within a group: quotes more outlets carry first, then in related and text order (stable sort).
  return [...groups]
    .map(([speaker, quotes]) => ({ speaker, quotes: quotes.sort((a, b) => b.outlets.length - a.outlets.length) }))
    .sort((a, b) => Number(a.speaker === null) - Number(b.speaker === null) || b.quotes.length - a.quotes.length || (a.speaker ?? '').localeCompare(b.speaker ?? ''));
}

/** The reverse coverage as a report carries it (utils/types.ts): each source's article and words, not its Quote. */
export function reverseSections({ elsewhere, paraphrased }: ReverseCoverage): Pick<Comparison, 'elsewhere' | 'paraphrasedHere'> {
  const other = ({ articleId, outlet, url, title, date, quote }: QuoteSource): OtherQuote => ({ articleId, outlet, url, title, date, text: quote.text });
  return {
    elsewhere: elsewhere.map((g) => ({
      speaker: g.speaker,
      quotes: g.quotes.map((q) => ({ text: q.text, outlets: q.outlets, sources: q.versions.map(other) })),
    })),
    paraphrasedHere: paraphrased.map((p) => ({
      start: p.start,
      end: p.end,
      text: p.text,
      sources: p.sources.map((s) => ({ ...other(s), similarity: s.similarity, diff: s.diff, meaningChanges: s.meaningChanges })),
    })),
  };
}
