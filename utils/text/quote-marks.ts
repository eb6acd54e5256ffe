/**
 * Quote marks: which characters open and close quotations, which apostrophes are not marks, and
 * how marks pair up inside one paragraph. Pairing never crosses a paragraph, so a stray mark can
 * at worst open a quote up to the end of its own paragraph.
 *
 * Orientation comes from the flanking characters (a mark after a space and before a letter
 * opens, one after a letter and before a space or punctuation closes), which handles English “…”,
 * German „…“ and »…«, French « … » and ASCII "…" with the same rule. Every scan is one pass over
 * the paragraph: no backtracking regular expressions.
 */
import type { Span } from '@/utils/types';
import type { Lexicon } from '@/utils/language/lexicon';
import { english } from '@/utils/language/en';
import { isCueWord } from '@/utils/quotes/speech-cues';

export type MarkFamily = 'double' | 'single';
type Role = 'open' | 'close' | 'either';

interface MarkToken {
  pos: number;
  len: number;
  family: MarkFamily;
  role: Role;
}

/** A quotation found between marks inside one paragraph. */
export interface MarkedSpan {
  family: MarkFamily;
  /** Offset of the opening mark. */
  open: number;
  openLen: number;
  /** Offset of the closing mark; -1 when the paragraph ends first. */
  close: number;
  /** Length of the closing mark (2 for an archive's '' pair); 0 when unterminated. */
  closeLen: number;
  /** The text between the marks, whitespace trimmed (the paragraph end when unterminated). */
  content: Span;
}

const DOUBLE_MARKS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u300C', '\u300D', '\uFF02']);
const SINGLE_MARKS = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A', '\u300E', '\u300F']);
// CJK corner brackets say their direction themselves.
const ALWAYS_OPEN = new Set(['\u300C', '\u300E']);
const ALWAYS_CLOSE = new Set(['\u300D', '\u300F']);
const APOSTROPHE_LIKE = new Set(["'", '\u2019', '\u2018', '\u201B']);
const OPEN_CONTEXT = '([{<\u2014\u2013-/';
const CLOSE_CONTEXT = '.,;:!?)]}>\u2014\u2013-/\u2026*';

// ASCII answered by character code; only other characters reach the (slower) Unicode classes.
const isSpace = (c: string | undefined) => {
  if (c === undefined) return true;
  const k = c.charCodeAt(0);
  return k < 128 ? k === 32 || (k >= 9 && k <= 13) : /\s/.test(c);
};
const isWordChar = (c: string | undefined) => {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  return k < 128 ? (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122) : /[\p{L}\p{N}]/u.test(c);
};
const isMark = (c: string | undefined) => c !== undefined && (DOUBLE_MARKS.has(c) || SINGLE_MARKS.has(c));

/** Open, close or either, from what stands on each side of the mark. */
function roleFromContext(prev: string | undefined, next: string | undefined, ch: string): Role {
  if (ALWAYS_OPEN.has(ch)) return 'open';
  if (ALWAYS_CLOSE.has(ch)) return 'close';
  // A mark before a comma or full stop never opens: French spacing puts a space before » too.
  const canOpen = (isSpace(prev) || OPEN_CONTEXT.includes(prev!) || isMark(prev)) && !isSpace(next) && !',;:.!?)]}'.includes(next!);
  const canClose = !isSpace(prev) && (isSpace(next) || CLOSE_CONTEXT.includes(next!) || isMark(next));
  if (canOpen && !canClose) return 'open';
  if (canClose && !canOpen) return 'close';
  return 'either';
}

/** True when a single-quote-like character at `i` is an apostrophe, not a mark. */
function isApostrophe(lex: Lexicon, text: string, i: number, end: number): boolean {
  const ch = text[i];
  if (!APOSTROPHE_LIKE.has(ch)) return false;
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = i + 1 < end ? text[i + 1] : undefined;
  if (isWordChar(prev) && isWordChar(next)) return true; // don't, O’Brien
  if (!isWordChar(prev) && next !== undefined && /\p{N}/u.test(next)) return true; // ’90s, '16
  if (!isWordChar(prev)) {
    let j = i + 1;
    while (j < end && j - i <= 6 && /\p{L}/u.test(text[j])) j++;
    // Words that begin with an elided letter (’em, 'til, 'cause).
    if (lex.elisions.has(text.slice(i + 1, j).toLowerCase()) && !isWordChar(text[j])) return true;
  }
  // The closing half of rock 'n' roll.
  if (prev === 'n' && i >= 2 && APOSTROPHE_LIKE.has(text[i - 2]) && isSpace(text[i - 3])) return true;
  return false;
}

/** All mark tokens of one paragraph, in order. */
function tokenize(lex: Lexicon, text: string, para: Span): MarkToken[] {
  const tokens: MarkToken[] = [];
  const { start, end } = para;
  const at = (k: number) => (k >= start && k < end ? text[k] : undefined);
  let i = start;
  while (i < end) {
    // Most characters are plain ASCII and no mark: answered by character code, no lookups.
    const code = text.charCodeAt(i);
    if (code < 128 && code !== 34 && code !== 39) {
      i++;
      continue;
    }
    const ch = text[i];
    if ((ch === "'" || ch === '\u2018' || ch === '\u2019') && at(i + 1) === ch) {
      // Runs of apostrophes (ASCII, ‘ or ’): a pair is a double mark (some archives' way of writing “ and ”).
      let j = i;
      while (j < end && text[j] === ch) j++;
      const run = j - i;
      const role = roleFromContext(at(i - 1), at(j), ch);
      // '''Tis opens double then single; no.''' closes single then double.
      let k = i;
      if (run % 2 === 1 && role === 'close') {
        tokens.push({ pos: k, len: 1, family: 'single', role });
        k++;
      }
      while (j - k >= 2) {
        tokens.push({ pos: k, len: 2, family: 'double', role });
        k += 2;
      }
      if (k < j) tokens.push({ pos: k, len: 1, family: 'single', role });
      i = j;
      continue;
    }
    if (DOUBLE_MARKS.has(ch)) {
      tokens.push({ pos: i, len: 1, family: 'double', role: roleFromContext(at(i - 1), at(i + 1), ch) });
    } else if (SINGLE_MARKS.has(ch) && !isApostrophe(lex, text, i, end)) {
      tokens.push({ pos: i, len: 1, family: 'single', role: roleFromContext(at(i - 1), at(i + 1), ch) });
    }
    i++;
  }
  return tokens;
}

function trimmed(text: string, from: number, to: number): Span {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/**
 * `…his positions, "he said.`: a mark typed with its space on the wrong side. While a quote is
 * open, a mark after `, ` (or `? `, `! `) that is followed by a short attribution (at most five
 * words holding a speech verb, then `.` or `,`) closes the open quote rather than opening another.
 */
function isMisplacedClose(lex: Lexicon, text: string, para: Span, t: MarkToken): boolean {
  if (!/[,?!]\s$/.test(text.slice(Math.max(para.start, t.pos - 2), t.pos))) return false;
  const after = text.slice(t.pos + t.len, Math.min(para.end, t.pos + t.len + 60));
  const m = /^([\p{L}'’ -]*?)[.,]/u.exec(after);
  if (!m) return false;
  const words = m[1].match(/[\p{L}'’-]+/gu) ?? [];
  return words.length > 0 && words.length <= 5 && words.some((w, k) => isCueWord(lex, w, words[k + 1]));
}

/**
 * The words between two openers end a sentence and hold no attribution: the second opener continues
 * the quote (`"… the public. "The Department …`, a paragraph break lost). `"A, Lee told the Post. "B`
 * or `"A, says Mr. Lee. "B` lost a closing mark instead (a cue within three words after a comma):
 * there the first opener stays stray.
 */
function continuedAfterLostBreak(lex: Lexicon, between: string): boolean {
  if (!/[.!?]\s+$/.test(between)) return false;
  for (const clause of between.split(',').slice(1)) {
    const words = clause.match(/[\p{L}'’-]+/gu) ?? [];
    if (words.slice(0, 3).some((w, k) => isCueWord(lex, w, words[k + 1]))) return false;
  }
  return true;
}

// The mark that closes each outer opener (« … », German » … « and „ … “): any other double mark inside nests.
const OUTER_CLOSE = new Map([['\u00AB', '\u00BB'], ['\u00BB', '\u00AB'], ['\u201E', '\u201C\u201D']]);

/** True when `mark` inside a quote opened by `outer` starts a nested quote rather than closing it. */
function opensNested(outer: string, mark: string): boolean {
  const closers = OUTER_CLOSE.get(outer);
  return closers !== undefined && mark !== outer && !closers.includes(mark);
}

// ASCII and typographic double marks: a page writing one style and quoting inside in the other nests.
const styleOf = (ch: string): 'ascii' | 'curly' | null => (ch === '"' ? 'ascii' : ch === '\u201C' || ch === '\u201D' ? 'curly' : null);

/**
 * Most words of a phrase nested in the other style. A longer span is read as before: PolNeAR's
 * quoted paragraphs (`"For example, … “They haven’t done anything …,” he quoted …"`) keep their
 * inner quotation, as its annotation does.
 */
const NESTED_PHRASE_WORDS = 4;

/**
 * `t` opens a phrase in the other style than the open quotation, `pending`, and the paragraph
 * closes `t`'s style and then `pending`'s after it: a phrase nested in the open one, not a new quote.
 */
function closedInOtherStyle(text: string, tokens: MarkToken[], pending: MarkToken, at: number): boolean {
  const t = tokens[at];
  const outer = styleOf(text[pending.pos]);
  const inner = styleOf(text[t.pos]);
  if (!outer || !inner || outer === inner) return false;
  let innerClosed = false;
  for (let k = at + 1; k < tokens.length; k++) {
    const u = tokens[k];
    if (u.family !== 'double') continue;
    const style = styleOf(text[u.pos]);
    if (!innerClosed) {
      if (style !== inner || u.role === 'open' || text.slice(t.pos + t.len, u.pos).trim().split(/\s+/).length > NESTED_PHRASE_WORDS) return false;
      innerClosed = true;
    } else return style === outer && u.role !== 'open';
  }
  return false;
}

/** Pairs the tokens of one family; an opener left over at the end is returned unterminated. */
function pairFamily(lex: Lexicon, text: string, para: Span, tokens: MarkToken[], family: MarkFamily): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  let pending: MarkToken | null = null;
  let inner = false; // inside a nested “…” of a guillemet quote
  for (const [at, t] of tokens.entries()) {
    if (t.family !== family) continue;
    if (pending === null) {
      if (t.role !== 'close') pending = t;
      continue;
    }
    if (inner) {
      inner = t.role === 'open';
      continue;
    }
    // « … “alivio fiscal” … »: another double mark opening inside a guillemet quote nests in it.
    if (lex.guillemetsNest && t.role !== 'close' && opensNested(text[pending.pos], text[t.pos])) {
      inner = true;
      continue;
    }
    // "… were “leaked” to the media." (and “… "leaked" …”): the other style opening inside nests, when both close after it.
    if (family === 'double' && t.role === 'open' && closedInOtherStyle(text, tokens, pending, at)) {
      inner = true;
      continue;
    }
    if (t.role === 'open' && !isMisplacedClose(lex, text, para, t)) {
      // `"… the public. "The Department …`: a continued paragraph's mark whose break the page lost;
      // the first quote runs unclosed up to it. Otherwise the first opener was stray (or an inch mark).
      if (family === 'double' && continuedAfterLostBreak(lex, text.slice(pending.pos + pending.len, t.pos))) {
        spans.push({ family, open: pending.pos, openLen: pending.len, close: -1, closeLen: 0, content: trimmed(text, pending.pos + pending.len, t.pos) });
      }
      pending = t;
      continue;
    }
    spans.push({ family, open: pending.pos, openLen: pending.len, close: t.pos, closeLen: t.len, content: trimmed(text, pending.pos + pending.len, t.pos) });
    pending = null;
  }
  if (pending !== null) {
    spans.push({ family, open: pending.pos, openLen: pending.len, close: -1, closeLen: 0, content: trimmed(text, pending.pos + pending.len, para.end) });
  }
  return spans;
}

const extent = (s: MarkedSpan): Span => ({ start: s.open, end: s.close >= 0 ? s.close + s.closeLen : s.content.end });

/**
 * For each span of `a` (sorted, disjoint), the spans of `b` (sorted, disjoint) that overlap it.
 * A two-pointer sweep, so a paragraph full of marks stays linear.
 */
function overlapsOf(a: MarkedSpan[], b: MarkedSpan[]): MarkedSpan[][] {
  const out: MarkedSpan[][] = [];
  let j = 0;
  for (const x of a) {
    const ex = extent(x);
    while (j < b.length && extent(b[j]).end <= ex.start) j++;
    const hits: MarkedSpan[] = [];
    for (let k = j; k < b.length && extent(b[k]).start < ex.end; k++) hits.push(b[k]);
    out.push(hits);
  }
  return out;
}

const contains = (outer: MarkedSpan, inner: MarkedSpan) =>
  outer.content.start <= inner.open && extent(inner).end <= outer.content.end;

/**
 * The top-level quotations of one paragraph: double-mark quotes, plus single-mark quotes that
 * are not nested inside one (British style). A nested quote stays part of its outer quote.
 * Unterminated single quotes are dropped: a lone ’ is far more often an apostrophe. The lexicon
 * names elisions and speech verbs; callers outside the quote engine that pass none get English.
 */
export function findMarkedSpans(text: string, para: Span, lex: Lexicon = english): MarkedSpan[] {
  const tokens = tokenize(lex, text, para);
  const doubles = pairFamily(lex, text, para, tokens, 'double');
  const singles = pairFamily(lex, text, para, tokens, 'single').filter((s) => s.close >= 0);
  const clashes = overlapsOf(singles, doubles);
  const kept: MarkedSpan[] = [];
  const swallowed = new Set<MarkedSpan>();
  singles.forEach((s, i) => {
    if (!clashes[i].every((d) => d.close >= 0 && contains(s, d))) return;
    kept.push(s);
    for (const d of clashes[i]) swallowed.add(d);
  });
  return [...doubles.filter((d) => !swallowed.has(d)), ...kept]
    .filter((s) => s.content.end > s.content.start)
    .sort((a, b) => a.open - b.open);
}
