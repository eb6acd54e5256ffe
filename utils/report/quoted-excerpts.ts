/**
 * Windows the index cannot propose: words in quote marks in a related article whose every index
 * term is in one of this article's quotes ("reckless and irresponsible" from "Clearly he was
 * reckless and irresponsible"), or all but one of four or more (a word changed). The index
 * proposes an article when a run of its passages holds 3 of 4 consecutive quote terms, which a
 * two- or three-term excerpt never does; read from the excerpt's side the rule holds (all of its 2
 * terms), so the related articles are read here.
 * Only the excerpt's quote marks become windows: `matchQuote` still decides, as for any candidate.
 */
import { distinctIndexTerms, quoteTerms } from '@/utils/index/quote-terms';
import { maybeDifferentPeople } from '@/utils/matching/classify-match';
import { findMarkedSpans } from '@/utils/text/quote-marks';
import type { Lexicon } from '@/utils/language/lexicon';
import type { Quote, Span, StoredArticle } from '@/utils/types';
import { pushTo } from '@/utils/text/list-map';

/** Fewest index terms an excerpt carries to be tried (the index's own chunk minimum). */
const MIN_EXCERPT_TERMS = 2;
/** Fewest index terms an excerpt with one term not in the quote carries to be tried (judged tune: +1 altered excerpt, none false). */
const ALTERED_EXCERPT_TERMS = 4;

interface Excerpt {
  span: Span;
  terms: string[];
  /** The speaker of the found quote the marks belong to; null when none or a phrase the finder left out. */
  speaker: string | null;
}

/** The spans in `other`'s quote marks that may be excerpts of `quote`, or hold it whole (empty: none). */
export function excerptWindows(quote: Quote, other: StoredArticle, lex: Lexicon): Span[] {
  return windowsIn(quote, excerptsOf(other, lex), lex);
}

/**
 * `excerptWindows` for a quote of one index term, reading only the paragraphs of `other` whose
 * text holds its term or the quote's own word for it (a spelling the index folds): for articles
 * read for such quotes alone, where reading every paragraph's marks took about a millisecond.
 */
export function oneTermWindows(quote: Quote, other: StoredArticle, lex: Lexicon): Span[] {
  const terms = quoteTerms(quote, lex);
  if (terms.length !== 1) return [];
  const text = lowerText(other);
  // A letter whose lowercase is longer ("İ") moves offsets: the whole article is read.
  if (text.length !== other.text.length) return excerptWindows(quote, other, lex);
  const paragraphs = paragraphsOf(other);
  const held = new Set<Span>();
  for (const form of termForms(quote, terms[0], lex)) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      const p = paragraphs.find((g) => g.start <= at && at < g.end);
      if (p) held.add(p);
    }
  }
  return held.size ? windowsIn(quote, readExcerpts(other, [...held].sort((a, b) => a.start - b.start), lex), lex) : [];
}

/** A one-term quote's term and its own words for it in lowercase (another spelling the index folds). */
function termForms(quote: Quote, term: string, lex: Lexicon): string[] {
  const cached = FORMS.get(quote);
  if (cached?.text === quote.text && cached.lex === lex) return cached.forms;
  const words = quote.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const forms = [term, ...new Set(words.filter((w) => w !== term && distinctIndexTerms(w, lex)[0] === term))];
  FORMS.set(quote, { text: quote.text, lex, forms });
  return forms;
}
const FORMS = new WeakMap<Quote, { text: string; lex: Lexicon; forms: string[] }>();

function windowsIn(quote: Quote, { excerpts, byTerm }: Excerpts, lex: Lexicon): Span[] {
  const ours = quoteTerms(quote, lex);
  // Each excerpt's terms found among the quote's, counted through the article's term lists.
  const held = new Map<number, number>();
  for (const t of ours) for (const k of byTerm.get(t) ?? []) held.set(k, (held.get(k) ?? 0) + 1);
  const windows: Span[] = [];
  for (const [k, count] of held) {
    const e = excerpts[k];
    // A longer excerpt may change one word ("these cowards" for "the coward"): one term of it may be missing from the quote.
    const excerpt = e.terms.length >= MIN_EXCERPT_TERMS && (count === e.terms.length || (e.terms.length >= ALTERED_EXCERPT_TERMS && count === e.terms.length - 1));
    // A quote of one index term the index never proposes (a chunk needs two): the quote marks that hold it.
    const inside = ours.length === 1;
    // Two named people saying one phrase ("I don't see a recession") are two statements.
    if ((excerpt || inside) && !maybeDifferentPeople(e.speaker, quote.speaker)) windows.push(e.span);
  }
  return windows.sort((a, b) => a.start - b.start);
}

function lowerText(other: StoredArticle): string {
  const cached = LOWER.get(other);
  if (cached?.text === other.text) return cached.lower;
  const lower = other.text.toLowerCase();
  LOWER.set(other, { text: other.text, lower });
  return lower;
}
const LOWER = new WeakMap<StoredArticle, { text: string; lower: string }>();

const paragraphsOf = (other: StoredArticle): readonly Span[] => (other.paragraphs.length ? other.paragraphs : [{ start: 0, end: other.text.length }]);

interface Excerpts {
  excerpts: Excerpt[];
  /** Index term → the excerpts holding it. */
  byTerm: Map<string, number[]>;
}

function excerptsOf(other: StoredArticle, lex: Lexicon): Excerpts {
  const cached = EXCERPTS.get(other);
  if (cached?.text === other.text && cached.lex === lex) return cached.found;
  const found = readExcerpts(other, paragraphsOf(other), lex);
  EXCERPTS.set(other, { text: other.text, lex, found });
  return found;
}

/** The excerpts in these paragraphs of `other` (every one: all its excerpts). */
function readExcerpts(other: StoredArticle, paragraphs: readonly Span[], lex: Lexicon): Excerpts {
  const marked = paragraphs.flatMap((p) => findMarkedSpans(other.text, p, lex).map((m) => m.content));
  const excerpts: Excerpt[] = marked.map((span) => ({
    span,
    terms: distinctIndexTerms(other.text.slice(span.start, span.end), lex),
    speaker: other.quotes.find((q) => q.parts.some((p) => p.start < span.end && span.start < p.end))?.speaker ?? null,
  }));
  // A quotation inside another (`"She kept repeating, 'You saved us!'" Lee said`) is someone the
  // outer speaker quotes: an excerpt of its own, credited to no one.
  for (const span of marked) {
    for (const m of findMarkedSpans(other.text, span, lex)) {
      if (m.close >= 0) excerpts.push({ span: m.content, terms: distinctIndexTerms(other.text.slice(m.content.start, m.content.end), lex), speaker: null });
    }
  }
  // A quotation split around its attribution is one excerpt, its parts' terms together
  // (`"I will not stand for it," Lee said. "None of us should."`: one term in each part).
  const all = paragraphs.length === paragraphsOf(other).length;
  for (const q of other.quotes) {
    if (q.parts.length < 2 || !(all || q.parts.some((p) => paragraphs.some((g) => p.start < g.end && g.start < p.end)))) continue;
    const terms = [...new Set(q.parts.flatMap((p) => distinctIndexTerms(other.text.slice(p.start, p.end), lex)))];
    excerpts.push({ span: { start: q.parts[0].start, end: q.parts[q.parts.length - 1].end }, terms, speaker: q.speaker });
  }
  const byTerm = new Map<string, number[]>();
  excerpts.forEach((e, k) => {
    for (const t of e.terms) pushTo(byTerm, t, k);
  });
  return { excerpts, byTerm };
}
const EXCERPTS = new WeakMap<StoredArticle, { text: string; lex: Lexicon; found: Excerpts }>();

