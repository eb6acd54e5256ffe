/**
 * Finds how another article renders one quote: aligns the quote with the other text (the given
 * candidate windows, or the whole text), then measures, classifies and diffs the best alignment.
 * Both the extension (windows from the coverage index) and the CLI (whole text) go through here.
 */
import type { Quote, QuoteMatch, Span } from '@/utils/types';
import { alignWords, sharedInformativeWeight, type AlignColumn, type Alignment } from '@/utils/align-quote';
import {
  classifyMatch, qualifies, speakersConflict, FRAGMENT_WORDS, MIN_CONTENT_WORDS_EXACT,
  type MatchEvidence, type MatchStrength,
} from '@/utils/classify-match';
import { meaningChanges } from '@/utils/meaning-change';
import { wordsInSpan, wordsOf } from '@/utils/tokenize-words';
import { isContentWord, wordWeight } from '@/utils/word-weights';
import { wordDiff } from '@/utils/word-diff';

/**
 * Content-word weight the window must share with the quote before the alignment runs: the least
 * any qualifying match has (one content word, see LONG_EXACT_WORDS in classify-match.ts).
 */
const PRECHECK_WEIGHT = 1;

export interface OtherArticle {
  id: string;
  outlet: string;
  url: string;
  title: string;
  date: string | null;
  text: string;
  quotes: Quote[];
}

/**
 * Whether a window can hold a qualifying rendering of the quote, judged from the index alone:
 * `windowTerms` are the quote's index terms (`indexTerms`) that the window's text holds. Every
 * rule in classify-match needs MIN_CONTENT_WORDS_EXACT matched content words but one, a long
 * word-for-word run with a number in digits. A window failing this is never read or aligned:
 * at 10k saved articles that skips most candidate windows.
 */
export function mayQualify(quoteTerms: readonly string[], windowTerms: readonly string[]): boolean {
  if (windowTerms.some((t) => /^\p{N}/u.test(t))) return true;
  let shared = 0;
  for (const t of quoteTerms) if (windowTerms.includes(t)) shared++;
  return shared >= MIN_CONTENT_WORDS_EXACT;
}

/** Best rendering of `quote` in `other` within `windows` (char spans of other.text; default: every paragraph, i.e. brute force), or null when nothing qualifies. */
export function matchQuote(quote: Quote, other: OtherArticle, windows?: Span[]): QuoteMatch | null {
  const quoteWords = wordsOf(quote, quote.text);
  if (!quoteWords.length) return null;
  const fragment = quote.fragment || quoteWords.length < FRAGMENT_WORDS;
  // A local alignment over the whole text is the brute force over every paragraph, in one pass.
  const spans = windows ? widenWindows(windows, other) : [{ start: 0, end: other.text.length }];
  let best: { match: QuoteMatch; score: number } | null = null;
  for (const span of spans) {
    const otherWords = wordsInSpan(other, other.text, span);
    const keys = new Set(otherWords.map((w) => w.key));
    if (sharedInformativeWeight(quoteWords, keys) < PRECHECK_WEIGHT) continue;
    const a = alignWords(quote.text, quoteWords, other.text, otherWords);
    if (!a) continue;
    const match = judge(a, quote, other, fragment);
    if (match && (!best || a.score > best.score)) best = { match, score: a.score };
  }
  return best?.match ?? null;
}

/** Measures and classifies one alignment; null when it does not qualify as the same quote. */
function judge(a: Alignment, quote: Quote, other: OtherArticle, fragment: boolean): QuoteMatch | null {
  const aligned = a.columns.filter((c) => c.kind === 'match' || c.kind === 'sub');
  const enclosing = enclosingQuotes(aligned.map((c) => a.otherWords[c.o].start), other.quotes);
  const quoted = enclosing !== null || opensQuote(other.text, a.otherWords[aligned[0].o].start);
  const columns = enclosing ? inQuoteColumns(a, enclosing.parts) : a.columns;
  const view: Alignment = { ...a, columns };
  const evidence: MatchEvidence = {
    quoted,
    innerDifferences: columns.filter((c) => c.kind === 'sub' || c.kind === 'del' || c.kind === 'ins').length,
    quoteCut: columns.some((c) => c.kind === 'cut'),
    otherCut: columns.some((c) => c.kind === 'extra' || c.kind === 'gap'),
    namesOnly: namesOnly(view),
  };
  const strength = measure(view, quoted);
  if (!qualifies(strength, evidence, fragment)) return null;
  const shownO = columns.filter((c) => c.o >= 0).map((c) => a.otherWords[c.o]);
  const start = shownO[0].start;
  const end = shownO[shownO.length - 1].end;
  const shared = (side: 'q' | 'o') =>
    columns
      .filter((c) => c.kind === 'match' || c.kind === 'sub' || c.kind === (side === 'q' ? 'del' : 'ins'))
      .map((c) => (side === 'q' ? a.quoteWords[c.q].key : a.otherWords[c.o].key));
  const speaker = enclosing?.main.speaker ?? null;
  return {
    articleId: other.id,
    outlet: other.outlet,
    url: other.url,
    title: other.title,
    date: other.date,
    text: other.text.slice(start, end),
    start,
    end,
    speaker,
    kind: classifyMatch(evidence),
    similarity: strength.similarity,
    speakerConflict: speakersConflict(quote.speaker, speaker),
    meaningChanges: meaningChanges(shared('q'), shared('o'), !quoted),
    diff: wordDiff(view),
  };
}

/** Share of aligned words that must sit inside quote marks for the other version to count as quoted. */
const QUOTED_SHARE = 0.5;

/** The other article's quotes that hold aligned words, most words first. */
interface Enclosing {
  /** The quote holding most aligned words: its speaker is the other outlet's speaker. */
  main: Quote;
  /** All quoted spans holding aligned words: an outlet may quote one sentence in two pieces. */
  parts: Span[];
}

/** The quotes of the other article around the aligned words, if they hold at least half of them. */
function enclosingQuotes(starts: number[], quotes: Quote[]): Enclosing | null {
  let main: Quote | null = null;
  let mainCount = 0;
  const parts: Span[] = [];
  let inside = 0;
  for (const q of quotes) {
    if (q.end <= starts[0] || q.start > starts[starts.length - 1]) continue;
    const count = starts.filter((s) => inParts(s, q.parts)).length;
    if (count === 0) continue;
    parts.push(...q.parts);
    inside += count;
    if (count > mainCount) { main = q; mainCount = count; }
  }
  return main && inside >= starts.length * QUOTED_SHARE ? { main, parts } : null;
}

/**
 * A quote mark right against the first aligned word: the other outlet opens a quote there even
 * when its quote list has none (a quote left unclosed, or closed with a mark of another style).
 */
function opensQuote(text: string, wordStart: number): boolean {
  return wordStart > 0 && OPENING_MARKS.includes(text[wordStart - 1]);
}
const OPENING_MARKS = '“"‘\'«„‹';

function inParts(pos: number, parts: Span[]): boolean {
  return parts.some((p) => pos >= p.start && pos < p.end);
}

/**
 * Columns as seen against the other outlet's quote: its attribution words between parts
 * ("he said") are not part of its version, nor are its unquoted words around them, and the quoted words of the parts it shares with
 * this quote, beyond the shared words, are 'extra' (the other outlet quotes more). Parts with no
 * shared word are left out: an outlet that quotes a further sentence after "he added" carries
 * this quote no less word for word.
 */
function inQuoteColumns(a: Alignment, parts: Span[]): AlignColumn[] {
  const quotedO = (c: AlignColumn) => c.o >= 0 && inParts(a.otherWords[c.o].start, parts);
  const firstQuoted = a.columns.findIndex(quotedO);
  let lastQuoted = a.columns.length - 1;
  while (!quotedO(a.columns[lastQuoted])) lastQuoted--;
  // Shared words the other outlet has outside its quote marks, before or after the quoted part,
  // are not part of its quote: for this quote they are cut.
  const cols = a.columns
    .map((c, k): AlignColumn => (c.q >= 0 && (k < firstQuoted || k > lastQuoted) ? { kind: 'cut', q: c.q, o: -1 } : c))
    .filter((c) => c.q >= 0 || inParts(a.otherWords[c.o].start, parts));
  const os = cols.filter((c) => c.o >= 0).map((c) => c.o);
  const first = Math.min(...os);
  const last = Math.max(...os);
  const sharedParts = parts.filter((p) =>
    cols.some((c) => (c.kind === 'match' || c.kind === 'sub') && inParts(a.otherWords[c.o].start, [p])),
  );
  const before: AlignColumn[] = [];
  const after: AlignColumn[] = [];
  a.otherWords.forEach((w, j) => {
    if (!inParts(w.start, sharedParts)) return;
    if (j < first) before.push({ kind: 'extra', q: -1, o: j });
    else if (j > last) after.push({ kind: 'extra', q: -1, o: j });
  });
  // Extras go outside any truncated quote words so the diff reads in text order on both sides.
  const lead = cols.findIndex((c) => c.kind !== 'cut');
  let tail = cols.length;
  while (tail > 0 && cols[tail - 1].kind === 'cut') tail--;
  const head = joinEdge(a, cols.slice(0, lead), before, 'start');
  const end = joinEdge(a, cols.slice(tail), after, 'end');
  return [...head, ...cols.slice(lead, tail), ...end];
}

/**
 * One end of both versions: this quote's cut words and the other's extra words there. When both
 * have words at the same end they are not a cut but a change ("We're going to win" / "We're
 * gonna win", "Some teachers" / "All teachers"): equal words from the outer edge inward become
 * matches, the rest substitutions, deletions and insertions. Otherwise the edge is returned in
 * text order.
 */
function joinEdge(a: Alignment, cut: AlignColumn[], extra: AlignColumn[], side: 'start' | 'end'): AlignColumn[] {
  if (!cut.length || !extra.length) return side === 'start' ? [...cut, ...extra] : [...extra, ...cut];
  const qs = cut.map((c) => c.q);
  const os = extra.map((c) => c.o);
  if (side === 'end') { qs.reverse(); os.reverse(); }
  const out: AlignColumn[] = [];
  let k = 0;
  while (k < qs.length && k < os.length && a.quoteWords[qs[k]].key === a.otherWords[os[k]].key) {
    out.push({ kind: 'match', q: qs[k], o: os[k] });
    k++;
  }
  const inner: AlignColumn[] = [];
  for (let i = k; i < Math.max(qs.length, os.length); i++) {
    if (i < qs.length && i < os.length) inner.push({ kind: 'sub', q: qs[i], o: os[i] });
    else if (i < qs.length) inner.push({ kind: 'del', q: qs[i], o: -1 });
    else inner.push({ kind: 'ins', q: -1, o: os[i] });
  }
  // Built from the outer edge inward: text order at the start, reversed at the end.
  const cols = [...out, ...inner];
  return side === 'start' ? cols : cols.reverse();
}

/** Every content word both versions share is capitalized in the other version (a title, a name). */
function namesOnly(a: Alignment): boolean {
  const shared = a.columns.filter((c) => c.kind === 'match' && isContentWord(a.quoteWords[c.q].key));
  return shared.length > 0 && shared.every((c) => /^\p{Lu}/u.test(a.otherWords[c.o].text));
}

function measure(a: Alignment, quoted: boolean): MatchStrength {
  let quoteTotal = 0;
  let otherTotal = 0;
  for (const w of a.quoteWords) quoteTotal += wordWeight(w.key);
  for (const c of a.columns) if (c.o >= 0) otherTotal += wordWeight(a.otherWords[c.o].key);
  let matchedWeight = 0;
  let matchedContent = 0;
  let matchedWords = 0;
  let matchedNumbers = 0;
  let quoteShared = 0;
  let otherShared = 0;
  for (const c of a.columns) {
    if (c.kind === 'match') {
      const k = a.quoteWords[c.q].key;
      matchedWeight += wordWeight(k);
      if (isContentWord(k)) matchedContent++;
      matchedWords++;
      if (/^\d/.test(k)) matchedNumbers++;
    }
    if (c.kind === 'match' || c.kind === 'sub' || c.kind === 'del') quoteShared += wordWeight(a.quoteWords[c.q].key);
    if (c.kind === 'match' || c.kind === 'sub' || c.kind === 'ins') otherShared += wordWeight(a.otherWords[c.o].key);
  }
  const similarity = quoteShared + otherShared > 0 ? (2 * matchedWeight) / (quoteShared + otherShared) : 0;
  // Indirect speech has no bounds of its own: only the quote's side counts.
  const shorter = quoted ? Math.min(quoteTotal, otherTotal) : quoteTotal;
  return {
    matchedWords, matchedNumbers, matchedWeight, matchedContent,
    similarity: Math.min(1, similarity),
    coverage: Math.min(1, matchedWeight / shorter),
    quoteCoverage: quoteTotal > 0 ? Math.min(1, matchedWeight / quoteTotal) : 0,
  };
}

/**
 * Candidate windows widened to whole paragraphs (a quote may straddle a sentence break) and to
 * any quote of the other article they touch (which may run over paragraphs), then merged where
 * they overlap. Widening by a further paragraph each side, as at first, found no more matches
 * (PAC 0.956 / 0.886 / 0 false either way; the same 34 matches for 20 query articles at 10k) and
 * tokenized and aligned about three times the text.
 */
function widenWindows(windows: Span[], other: OtherArticle): Span[] {
  const text = other.text;
  const paraStart = (pos: number) => {
    const k = text.lastIndexOf('\n', Math.max(0, pos - 1));
    return k < 0 ? 0 : k + 1;
  };
  const paraEnd = (pos: number) => {
    const k = text.indexOf('\n', pos);
    return k < 0 ? text.length : k;
  };
  const wide = windows.map((w) => {
    let start = paraStart(w.start);
    let end = paraEnd(w.end);
    for (const q of other.quotes) {
      if (q.end > start && q.start < end) { start = Math.min(start, q.start); end = Math.max(end, q.end); }
    }
    return { start, end };
  });
  wide.sort((x, y) => x.start - y.start);
  const merged: Span[] = [];
  for (const w of wide) {
    const last = merged[merged.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else merged.push({ ...w });
  }
  return merged;
}
