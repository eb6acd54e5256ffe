/**
 * Word-level local alignment of a quote against a window of another text (Smith-Waterman with
 * affine gaps, Gotoh's three-state form). Local, so the other outlet may cut the quote at either
 * end or carry it inside a longer passage; affine gaps, so one inserted clause costs about the
 * same as one inserted word; weighted matches, so a run of function words never builds an
 * alignment on its own. Journalists' marks are conventions, not changes: at an ellipsis in the
 * quote the other text may carry any number of words for free, at an ellipsis in the other text
 * the quote may have any number of words the other left out (the pieces between ellipses align in
 * order, in one pass), and words in square brackets on either side (an editor's insertion or
 * substitution) substitute for anything and drop out at no cost. Where either outlet interrupts
 * its quote (`"A," Lee said, "B."`, given as `breaks`), the other's words there are likewise free:
 * an attribution is no text of the quote, and words one outlet quotes where the other breaks off
 * are a cut, not a change.
 *
 * Performance: O(n*m) over the two word arrays at worst, only the cells that can be positive computed
 * (about 7 % of them in a compare at 10k), words interned to integers, reused typed-array
 * rows and one Uint8Array of traceback codes; nothing is allocated per cell. Never more than MAX_CELLS cells in
 * one alignment: a larger pair is aligned in windows of the other text (see windowedAlign).
 */
import type { Span } from '@/utils/types';
import { firstReaching, firstStartingAfter, type SpanRun } from '@/utils/matching/quote-layout';
import { tokenizeWords, type WordToken } from '@/utils/text/tokenize-words';
import type { Lexicon } from '@/utils/language/lexicon';
import { english } from '@/utils/language/en';
import { termWeights, type TermWeights } from '@/utils/text/word-weights';

/**
 * One column of an alignment. q / o index quoteWords / otherWords, -1 when absent.
 * match/sub: both words; del: quote word only; ins: other word only, inside the shared part;
 * cut: quote word outside the shared part (truncation, or left out where the other outlet
 * interrupts its quote); gap: other word the quote left out at an ellipsis; elided: quote word the
 * other text left out at an ellipsis; extra: a word of the other outlet's quote beyond the shared
 * part, or one it has where this quote is interrupted.
 */
export type ColumnKind = 'match' | 'sub' | 'del' | 'ins' | 'cut' | 'gap' | 'elided' | 'extra';
export interface AlignColumn {
  kind: ColumnKind;
  q: number;
  o: number;
}

export interface Alignment {
  quoteText: string;
  otherText: string;
  /** Words of the quote; offsets into quoteText. */
  quoteWords: WordToken[];
  /** Words of the window; offsets into otherText. */
  otherWords: WordToken[];
  /** Every quote word appears once, in order; other words only inside the aligned span. */
  columns: AlignColumn[];
  score: number;
  /** The weights the words were aligned with (the quote's language): measuring reads the same ones. */
  weights: TermWeights;
}

// Scores, chosen on the PAC dev pairs (see classify-match.ts for the acceptance figures).
const MATCH_BASE = 0.3; // added to the word's weight: a matched function word still helps a little
const MISMATCH = -0.7;
const GAP_OPEN = -1.0;
const GAP_EXTEND = -0.35;

const ELLIPSIS = /\.\s?\.\s?\.|…/g;

// Largest alignment matrix (quote words × other words), so time and memory stay bounded: 8 M
// one-byte traceback cells, ~0.2 s. The largest pair of the PAC evaluation needs 0.36 M, so
// real quotes always get the full alignment.
const MAX_CELLS = 8_000_000;
// Beyond MAX_CELLS, the best-scoring windows of the other text that are aligned.
const WINDOWS_TRIED = 2;

/**
 * Where the two outlets interrupt their quotes. `quote`: offsets in the quote's text where it
 * breaks off and resumes (its parts joined); `other`: spans of the other text between two parts
 * of one of its quotes (the attribution, `," Lee said, "`); `otherQuoted`: the other text's
 * quoted spans, the only words free to carry at the quote's breaks (never a run of prose).
 */
export interface QuoteBreaks {
  quote: number[];
  other: Span[];
  otherQuoted: Span[];
  /** `other` and `otherQuoted` sorted by start once per article (quoteLayout): a window reads only the spans that reach it. */
  sorted?: { other: SpanRun; otherQuoted: SpanRun };
}

/** Aligns `quoteText` with the words of `otherText` inside `window`; null when nothing aligns. */
export function alignQuote(quoteText: string, otherText: string, window: Span, breaks?: QuoteBreaks, lex: Lexicon = english): Alignment | null {
  const quoteWords = tokenizeWords(quoteText, 0, lex);
  const otherWords = tokenizeWords(otherText.slice(window.start, window.end), window.start, lex);
  return alignWords(quoteText, quoteWords, otherText, otherWords, breaks, termWeights(lex));
}

/** Same as alignQuote on words already tokenized (the caller may reuse them across windows). */
export function alignWords(
  quoteText: string,
  quoteWords: WordToken[],
  otherText: string,
  otherWords: WordToken[],
  breaks?: QuoteBreaks,
  terms: TermWeights = termWeights(english),
): Alignment | null {
  const elided = ellipsisAfter(quoteText, quoteWords);
  const otherElided = ellipsisBefore(otherText, otherWords);
  const otherFree = new Uint8Array(otherWords.length);
  if (breaks) markBreaks(breaks, quoteWords, elided, otherWords, otherElided, otherFree);
  // Other words free to insert at a break of the quote: quoted ones (FREE_AT_BREAK), as a mask.
  if (breaks?.quote.length) {
    const run = breaks.sorted?.otherQuoted;
    const spans = run ? run.spans : [...breaks.otherQuoted].sort((x, y) => x.start - y.start);
    // The spans ending before the first word are passed over whole (the loop below skips them one by one).
    let s = run && otherWords.length ? firstReaching(run, otherWords[0].start) : 0;
    for (let j = 0; j < otherWords.length; j++) {
      while (s < spans.length && spans[s].end <= otherWords[j].start) s++;
      if (s < spans.length && spans[s].start <= otherWords[j].start) otherFree[j] |= FREE_AT_BREAK;
    }
  }
  const found = quoteWords.length * otherWords.length <= MAX_CELLS
    ? localAlign(terms, quoteWords, elided, otherWords, otherElided, otherFree)
    : windowedAlign(terms, quoteWords, elided, otherWords, otherElided, otherFree);
  if (!found) return null;
  found.cols = withoutStrayEnds(found.cols, quoteWords, terms);
  for (const c of found.cols) if (c.kind === 'match') c.kind = pairKind(quoteWords[c.q], otherWords[c.o]);
  const first = found.cols[0].q;
  const last = found.cols[found.cols.length - 1].q;
  const columns: AlignColumn[] = [];
  for (let i = 0; i < first; i++) columns.push({ kind: 'cut', q: i, o: -1 });
  columns.push(...found.cols);
  for (let i = last + 1; i < quoteWords.length; i++) columns.push({ kind: 'cut', q: i, o: -1 });
  return { quoteText, otherText, quoteWords, otherWords, columns, score: found.score, weights: terms };
}

/**
 * Two aligned words: 'match' when they are the same word written alike, 'sub' otherwise; a
 * contraction against its written-out words aligns word for word but is a changed word.
 */
export function pairKind(q: WordToken, o: WordToken): 'match' | 'sub' {
  return q.key === o.key && !q.contracted === !o.contracted ? 'match' : 'sub';
}

// Words skipped at no cost where an outlet breaks its quote. Not at an ellipsis: the outlet marks a
// cut there, and a word matched beyond it is a piece it kept ("I … will continue").
const FREE_SKIPS = new Set<ColumnKind>(['cut', 'extra']);
// Most matched words a stray end may hold; none of them a content word.
const STRAY_END_WORDS = 2;

/**
 * The columns without an end that is no shared text: past the words skipped where an outlet breaks
 * its quote, a function word or two that happen to match (`"… a cover-up," Lee said. "The only one
 * …"` against "… a cover-up. He's been making false allegations against the president"). Any match
 * past a free skip adds to the score, so the alignment reaches for it, and the words around it then
 * read as changed (altered) where each outlet only quotes on with other words (partial).
 */
function withoutStrayEnds(cols: AlignColumn[], q: WordToken[], { isContentWord }: TermWeights): AlignColumn[] {
  const stray = (part: AlignColumn[]) => {
    const matched = part.filter((c) => c.kind === 'match');
    return matched.length > 0 && matched.length <= STRAY_END_WORDS && !matched.some((c) => isContentWord(q[c.q].key));
  };
  let from = 0;
  let to = cols.length;
  const firstSkip = cols.findIndex((c) => FREE_SKIPS.has(c.kind));
  if (firstSkip > 0 && stray(cols.slice(0, firstSkip))) from = firstSkip;
  let lastSkip = to - 1;
  while (lastSkip >= from && !FREE_SKIPS.has(cols[lastSkip].kind)) lastSkip--;
  if (lastSkip >= from && lastSkip < to - 1 && stray(cols.slice(lastSkip + 1))) to = lastSkip;
  // The kept part starts and ends on a match, as a local alignment does.
  while (from < to && cols[from].kind !== 'match') from++;
  while (to > from && cols[to - 1].kind !== 'match') to--;
  return from === 0 && to === cols.length ? cols : from < to ? cols.slice(from, to) : cols;
}

/**
 * The keys of `quoteKeys` that `otherWords` hold: what `sharedInformativeWeight` and
 * `alignmentBound` ask of a window, read from its words without a set of all of its keys.
 */
export function keysIn(quoteKeys: ReadonlySet<string>, otherWords: readonly WordToken[]): Set<string> {
  const held = new Set<string>();
  for (const w of otherWords) if (quoteKeys.has(w.key)) held.add(w.key);
  return held;
}

/** Weighted sum of the quote's distinct content words that occur in `otherKeys`: the cheap pre-check. */
export function sharedInformativeWeight(quoteWords: WordToken[], otherKeys: ReadonlySet<string>, { isContentWord, wordWeight }: TermWeights = termWeights(english)): number {
  const seen = new Set<string>();
  let sum = 0;
  for (const w of quoteWords) {
    if (seen.has(w.key) || !isContentWord(w.key)) continue;
    seen.add(w.key);
    if (otherKeys.has(w.key)) sum += wordWeight(w.key);
  }
  return sum;
}

/**
 * At least the score of any alignment of the quote with words whose keys are `otherKeys`: every
 * step but a match scores zero or less, and each quote word matches at most once.
 */
export function alignmentBound(quoteWords: WordToken[], otherKeys: ReadonlySet<string>, { wordWeight }: TermWeights = termWeights(english)): number {
  let sum = 0;
  for (const w of quoteWords) if (otherKeys.has(w.key)) sum += MATCH_BASE + wordWeight(w.key);
  return sum;
}

/**
 * 1 for each quote word followed by an ellipsis: the other outlet may carry any number of words
 * there (the ones this outlet left out), so insertions after it are free.
 */
function ellipsisAfter(quoteText: string, words: WordToken[]): Uint8Array {
  const flags = new Uint8Array(words.length);
  for (const m of quoteText.matchAll(ELLIPSIS)) {
    let k = 0;
    while (k < words.length && words[k].end <= m.index) k++;
    if (k > 0) flags[k - 1] = AT_ELLIPSIS;
  }
  return flags;
}

// Flag values: an ellipsis, or a break where an outlet interrupts its quote.
const AT_ELLIPSIS = 1;
const AT_BREAK = 2;
// Other-word mask bits: free to insert anywhere (an attribution), or at a break of the quote.
const FREE_ALWAYS = 1;
const FREE_AT_BREAK = 2;

/**
 * Marks the breaks: after the last quote word before each of the quote's breaks the other's words
 * are free; the other's words inside an attribution are free to insert, and the quote's words are
 * free to leave out there and before the part it resumes with.
 */
function markBreaks(
  breaks: QuoteBreaks, q: WordToken[], elided: Uint8Array, o: WordToken[], oElided: Uint8Array, oFree: Uint8Array,
): void {
  for (const at of breaks.quote) {
    let k = 0;
    while (k < q.length && q[k].end <= at) k++;
    if (k > 0 && k < q.length && !elided[k - 1]) elided[k - 1] = AT_BREAK;
  }
  const run = breaks.sorted?.other;
  let spans: readonly Span[] = breaks.other;
  if (run && run.sorted && run.proper && o.length) {
    // A span ending before the window marks only its first word; one starting after its last word marks none.
    const from = firstReaching(run, o[0].start);
    if (from > 0 && !oElided[0]) oElided[0] = AT_BREAK;
    spans = run.spans.slice(from, firstStartingAfter(run, o[o.length - 1].start));
  }
  for (const span of spans) {
    for (let j = 0; j < o.length; j++) {
      if (o[j].start < span.start) continue;
      if (!oElided[j]) oElided[j] = AT_BREAK;
      if (o[j].start >= span.end) break;
      oFree[j] |= FREE_ALWAYS;
    }
  }
}

/**
 * 1 for each other word preceded by an ellipsis right after the word before it ("A … B"): the
 * quote may have any number of words there that the other outlet left out, so deleting them is free.
 */
export function ellipsisBefore(otherText: string, words: WordToken[]): Uint8Array {
  const flags = new Uint8Array(words.length);
  for (let j = 1; j < words.length; j++) {
    const from = words[j - 1].end;
    const to = words[j].start;
    if (to - from > 12) continue;
    // Sliced only when a period or an ellipsis lies between (most gaps are a space).
    let dot = false;
    for (let k = from; k < to && !dot; k++) dot = otherText.charCodeAt(k) === 0x2e || otherText.charCodeAt(k) === 0x2026;
    if (!dot) continue;
    ELLIPSIS.lastIndex = 0;
    if (ELLIPSIS.test(otherText.slice(from, to))) flags[j] = AT_ELLIPSIS;
  }
  return flags;
}

/**
 * Alignment of a pair too large for one matrix. The quote's first sqrt(MAX_CELLS / 2) words
 * (2,000) are aligned, the rest come out as cut, against the WINDOWS_TRIED windows of the other
 * text that carry the most weight of those words. A window is twice as long as that many words or
 * more and windows overlap by half, so any passage up to the quote's length lies whole inside
 * one of them. Each window alignment stays within MAX_CELLS.
 */
function windowedAlign(
  terms: TermWeights, q: WordToken[], elided: Uint8Array, o: WordToken[], oElided: Uint8Array, oFree: Uint8Array,
): { cols: AlignColumn[]; score: number } | null {
  const { isContentWord, wordWeight } = terms;
  const quoteWords = Math.min(q.length, Math.floor(Math.sqrt(MAX_CELLS / 2)));
  const head = q.slice(0, quoteWords);
  const size = Math.floor(MAX_CELLS / quoteWords);
  const step = Math.floor(size / 2);
  // Prefix sums of the weight of other words that are content words of the quote.
  const keys = new Set(head.filter((w) => isContentWord(w.key)).map((w) => w.key));
  const sums = new Float64Array(o.length + 1);
  for (let j = 0; j < o.length; j++) sums[j + 1] = sums[j] + (keys.has(o[j].key) ? wordWeight(o[j].key) : 0);
  const starts: number[] = [];
  for (let a = 0; a < o.length; a += step) {
    starts.push(a);
    if (a + size >= o.length) break;
  }
  const weightAt = (a: number) => sums[Math.min(o.length, a + size)] - sums[a];
  starts.sort((x, y) => weightAt(y) - weightAt(x) || x - y);
  let best: { cols: AlignColumn[]; score: number } | null = null;
  for (const a of starts.slice(0, WINDOWS_TRIED)) {
    const found = localAlign(terms, head, elided, o.slice(a, a + size), oElided.subarray(a, a + size), oFree.subarray(a, a + size));
    if (!found || (best && found.score <= best.score)) continue;
    for (const c of found.cols) if (c.o >= 0) c.o += a;
    best = found;
  }
  return best;
}

// Reused buffers: grown on demand, never shrunk.
let trace = new Uint8Array(0);
let hPrev = new Float64Array(0);
let hCur = new Float64Array(0);
let fRow = new Float64Array(0);
let weights = new Float64Array(0);
let qIds = new Int32Array(0);
let oIds = new Int32Array(0);
let oBracket = new Uint8Array(0);
let oElide = new Uint8Array(0);
let oInsFree = new Uint8Array(0);
// Per quote word id, the columns (1-based) of the other words with its key: occStart[id] .. occStart[id + 1] in occ.
let occStart = new Int32Array(0);
let occ = new Int32Array(0);
// Sorted columns where a row's H is positive (E or F positive makes H so): the next row's sources, and what to clear two rows on.
let hPosA = new Int32Array(0);
let hPosB = new Int32Array(0);

// Traceback codes: bits 0-1 where H came from, bit 2 E extended, bit 3 F extended.
const FROM_ZERO = 0;
const FROM_DIAG = 1;
const FROM_E = 2;
const FROM_F = 3;
const E_EXT = 4;
const F_EXT = 8;

/**
 * The alignment itself. Only cells that can hold a positive value are computed (docs/DESIGN.md,
 * "Compare at 10k, a sixteenth cut"): a cell's H, E or F is positive only next to a positive cell
 * of the row above or to its left, or on a matching word; every other cell is zero, and what a
 * non-positive E or F holds never reaches a positive value or a traced code. Exported for the
 * property test that holds it to the full matrix.
 */
export function localAlign(
  { wordWeight }: TermWeights, q: WordToken[], elided: Uint8Array, o: WordToken[], oElided: Uint8Array, oFree: Uint8Array,
): { cols: AlignColumn[]; score: number } | null {
  const n = q.length;
  const m = o.length;
  if (n <= 0 || m <= 0) return null;
  const cells = (n + 1) * (m + 1);
  if (trace.length < cells) trace = new Uint8Array(Math.max(cells, Math.min(cells * 2, MAX_CELLS)));
  if (hPrev.length < m + 1) {
    hPrev = new Float64Array((m + 1) * 2);
    hCur = new Float64Array((m + 1) * 2);
    fRow = new Float64Array((m + 1) * 2);
    hPosA = new Int32Array((m + 1) * 2);
    hPosB = new Int32Array((m + 1) * 2);
  }
  if (weights.length < n) {
    weights = new Float64Array(n * 2);
    qIds = new Int32Array(n * 2);
    occStart = new Int32Array(n * 2 + 2);
  }
  if (oIds.length < m) {
    oIds = new Int32Array(m * 2);
    oBracket = new Uint8Array(m * 2);
    oInsFree = new Uint8Array(m * 2);
    oElide = new Uint8Array(m * 2 + 1);
    occ = new Int32Array(m * 2);
  }
  // Keys as small integers so the inner loop compares numbers, not strings; an other word whose key
  // no quote word has is -1, equal to no quote word's id (the ids are only compared for equality).
  const ids = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    weights[i] = wordWeight(q[i].key);
    let id = ids.get(q[i].key);
    if (id === undefined) ids.set(q[i].key, (id = ids.size));
    qIds[i] = id;
  }
  const idCount = ids.size;
  occStart.fill(0, 0, idCount + 2);
  for (let j = 0; j < m; j++) {
    const id = ids.get(o[j].key) ?? -1;
    oIds[j] = id;
    if (id >= 0) occStart[id + 2]++;
    oBracket[j] = o[j].bracket ? 1 : 0;
    oInsFree[j] = (o[j].bracket ? FREE_ALWAYS : 0) | oFree[j];
    oElide[j] = oElided[j] ? 1 : 0;
  }
  oElide[m] = 0;
  // Counting sort of the columns by id: occStart[id + 1] is where id's columns start, then its end.
  for (let k = 2; k < idCount + 2; k++) occStart[k] += occStart[k - 1];
  for (let j = 0; j < m; j++) if (oIds[j] >= 0) occ[occStart[oIds[j] + 1]++] = j + 1;
  // Hot loop on locals: module-level bindings are slower to reach on every cell.
  let hp = hPrev;
  let hc = hCur;
  const fr = fRow;
  const tr = trace;
  const wt = weights;
  const qid = qIds;
  const oid = oIds;
  const obr = oBracket;
  const oel = oElide;
  const ofr = oInsFree;
  const oc = occ;
  let older = hPosA; // row i - 2's positive H columns, cleared from hc before row i is computed
  let olderLen = 0;
  let newer = hPosB; // row i - 1's: where row i may be positive (below and right-below them)
  let newerLen = 0;
  hp.fill(0, 0, m + 1);
  hc.fill(0, 0, m + 1);
  fr.fill(-Infinity, 0, m + 1);
  tr.fill(0, 0, cells);
  let best = 0;
  let bestI = 0;
  let bestJ = 0;
  const w = m + 1;
  for (let i = 1; i <= n; i++) {
    // hc still holds row i - 2: its positive cells are cleared, so an uncomputed cell reads as zero.
    for (let k = 0; k < olderLen; k++) hc[older[k]] = 0;
    const hPos = older;
    const qBracket = q[i - 1].bracket;
    const qId = qid[i - 1];
    const qGapOpen = qBracket ? 0 : GAP_OPEN;
    const qGapExt = qBracket ? 0 : GAP_EXTEND;
    const at = elided[i - 1];
    const row = i * w;
    let a = occStart[qId];
    const aEnd = occStart[qId + 1];
    let b = 0;
    let hPosLen = 0;
    let e = -Infinity;
    let j = 0;
    let carry = false;
    for (;;) {
      // The next cell that may be positive: right of a positive one, on a matching word, or below or right-below a positive one of the row above.
      let nj = m + 1;
      if (carry) nj = j + 1;
      else {
        while (a < aEnd && oc[a] <= j) a++;
        if (a < aEnd) nj = oc[a];
        while (b < newerLen && newer[b] < j) b++;
        if (b < newerLen) {
          const c = newer[b] > j ? newer[b] : newer[b] + 1;
          if (c < nj) nj = c;
        }
      }
      if (nj > m) break;
      if (nj !== j + 1) e = -Infinity; // the cell to the left is not positive
      j = nj;
      const ob = obr[j - 1] === 1;
      const same = qId === oid[j - 1];
      let code = 0;
      // E: other word inserted (gap in the quote), along the row.
      const freeBits = ofr[j - 1];
      const insFree = at === AT_ELLIPSIS || (freeBits & FREE_ALWAYS) !== 0 || (at === AT_BREAK && (freeBits & FREE_AT_BREAK) !== 0);
      const oGapOpen = insFree ? 0 : GAP_OPEN;
      const oGapExt = insFree ? 0 : GAP_EXTEND;
      const eOpen = hc[j - 1] + oGapOpen;
      const eExt = e + oGapExt;
      if (eExt > eOpen) { e = eExt; code |= E_EXT; } else e = eOpen;
      // F: quote word deleted (gap in the other), down the column; free where the other text
      // has an ellipsis between its words j-1 and j.
      const cutHere = oel[j] === 1;
      const fOpen = hp[j] + (cutHere ? 0 : qGapOpen);
      const fExt = fr[j] + (cutHere ? 0 : qGapExt);
      let f: number;
      if (fExt > fOpen) { f = fExt; code |= F_EXT; } else f = fOpen;
      fr[j] = f;
      const s = same ? MATCH_BASE + wt[i - 1] : qBracket || ob ? 0 : MISMATCH;
      let h = hp[j - 1] + s;
      let from = FROM_DIAG;
      if (e > h) { h = e; from = FROM_E; }
      if (f > h) { h = f; from = FROM_F; }
      if (h <= 0) { h = 0; from = FROM_ZERO; }
      hc[j] = h;
      tr[row + j] = code | from;
      if (h > best && from === FROM_DIAG && same) { best = h; bestI = i; bestJ = j; }
      if (h > 0) hPos[hPosLen++] = j;
      carry = h > 0; // the next cell's E opens from this H
    }
    const t = hp; hp = hc; hc = t;
    older = newer; olderLen = newerLen;
    newer = hPos; newerLen = hPosLen;
  }
  if (best <= 0) return null;
  const cols: AlignColumn[] = [];
  let i = bestI;
  let j = bestJ;
  let state = 0; // 0 H, 1 E, 2 F
  while (i > 0 && j > 0) {
    const code = trace[i * w + j];
    if (state === 0) {
      const from = code & 3;
      if (from === FROM_ZERO) break;
      if (from === FROM_DIAG) {
        const qi = i - 1;
        const oj = j - 1;
        cols.push({ kind: q[qi].key === o[oj].key ? 'match' : 'sub', q: qi, o: oj });
        i--; j--;
      } else state = from === FROM_E ? 1 : 2;
    } else if (state === 1) {
      cols.push({ kind: elided[i - 1] === AT_ELLIPSIS ? 'gap' : elided[i - 1] === AT_BREAK ? 'extra' : 'ins', q: -1, o: j - 1 });
      if (!(code & E_EXT)) state = 0;
      j--;
    } else {
      const at = j < o.length ? oElided[j] : 0;
      cols.push({ kind: at === AT_ELLIPSIS ? 'elided' : at === AT_BREAK ? 'cut' : 'del', q: i - 1, o: -1 });
      if (!(code & F_EXT)) state = 0;
      i--;
    }
  }
  cols.reverse();
  // A local alignment starts on a match; drop any leading gap the traceback may have kept.
  while (cols.length && cols[0].kind !== 'match') cols.shift();
  return cols.length ? { cols, score: best } : null;
}
