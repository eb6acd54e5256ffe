/**
 * Sentence boundaries with offsets, for news prose. The coverage index stores one passage per
 * sentence, so a boundary that falls inside "Mr. Gor" or "3.5 per cent" would cut a quote in two
 * and hide it from retrieval; a missed boundary only makes a passage longer. The rules therefore
 * lean towards NOT splitting when in doubt.
 *
 * ```ts
 * splitSentences('Mr. Gor spoke. "We are close." He left.')
 * // → [{start: 0, end: 14}, {start: 15, end: 30}, {start: 31, end: 40}]
 * ```
 */
import type { Span } from '@/utils/types';

// Titles and name parts: a period after these never ends a sentence ("Dr. Singh", "Sen. Warren").
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'cmdr',
  'sgt', 'adm', 'maj', 'rev', 'hon', 'pres', 'supt', 'insp', 'st', 'mt', 'ft', 'messrs', 'mme',
  'no', 'nos', 'vol', 'art', 'fig', 'vs', 'v', 'approx', 'dept', 'est', 'ave', 'blvd', 'rd',
]);

// Abbreviations that may also end a sentence ("moved to the U.S. The next day"): they split only
// when the next word is a typical sentence opener, otherwise "Jan. 5" and "U.S. officials" stay whole.
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'jr', 'sr', 'etc', 'al', 'e.g', 'i.e',
  'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'ph.d', 'b.a', 'm.a',
]);
const OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'his', 'her', 'their', 'its', 'our', 'but', 'and', 'so', 'yet', 'in', 'on', 'at', 'for', 'after',
  'before', 'when', 'while', 'as', 'if', 'there', 'then', 'however', 'meanwhile', 'also', 'earlier',
  'later', 'officials', 'some', 'many', 'most', 'one', 'what', 'who', 'why', 'how',
]);

// A terminator run, closing quotes/brackets, then whitespace, then what may open a sentence.
const CANDIDATE = /([.!?\u2026]+)(["'\u201D\u2019\u00BB)\]]*)(\s+)(?=(["'\u201C\u2018\u00AB(\[]*)([\p{Lu}\p{N}]))/gu;
// `“Very close!” Gor added.`: after a quote closed by ! or ?, a capitalized name and a speech
// verb continue the sentence (a quote closed by a period before its attribution takes a comma).
const ATTRIBUTION = /^\s+(?:\p{Lu}[\p{L}.'-]*\s+){1,4}(?:said|says|added|asked|told|wrote|replied|shouted|insisted|explained)\b/u;
const WORD_BEFORE = /([\p{L}.]+)$/u;
const WORD_AFTER = /^["'\u201C\u2018\u00AB(\[]*([\p{L}]+)/u;

/**
 * Sentence spans of `text[range.start, range.end)` (the whole text by default), trimmed of
 * surrounding whitespace, in order, never empty. A blank line ("\n\n") always ends a sentence.
 */
export function splitSentences(text: string, range: Span = { start: 0, end: text.length }): Span[] {
  const spans: Span[] = [];
  const blocks = text.slice(range.start, range.end).split(/(\n\s*\n)/);
  let offset = range.start;
  for (const block of blocks) {
    if (!/^\n\s*\n$/.test(block)) splitBlock(block, offset, spans);
    offset += block.length;
  }
  return spans;
}

function splitBlock(block: string, offset: number, out: Span[]): void {
  let start = 0;
  for (const m of block.matchAll(CANDIDATE)) {
    const dot = m.index;
    const end = dot + m[1].length + m[2].length;
    if (m[1] === '.' && m[2] === '' && !endsSentence(block.slice(start, dot), block.slice(end))) continue;
    if (/[!?]$/.test(m[1]) && m[2] !== '' && ATTRIBUTION.test(block.slice(end))) continue;
    push(block, start, end, offset, out);
    start = end + m[3].length;
  }
  push(block, start, block.length, offset, out);
}

/** Decides whether a bare period after `before` ends the sentence, given the text `after` it. */
function endsSentence(before: string, after: string): boolean {
  const word = before.match(WORD_BEFORE)?.[1];
  if (!word) return true;
  const lower = word.toLowerCase().replace(/^\.+/, '');
  if (TITLES.has(lower)) return false;
  // Initials ("J. K. Rowling", "Donald J. Trump"): one capital letter before the period.
  if (/^\p{Lu}$/u.test(word)) return false;
  if (ABBREVIATIONS.has(lower) || /^(\p{L}\.)+\p{L}$/u.test(word)) {
    const next = after.trimStart().match(WORD_AFTER)?.[1]?.toLowerCase();
    return next !== undefined && OPENERS.has(next);
  }
  return true;
}

function push(block: string, from: number, to: number, offset: number, out: Span[]): void {
  const piece = block.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const body = piece.trim();
  if (body) out.push({ start: offset + from + lead, end: offset + from + lead + body.length });
}
