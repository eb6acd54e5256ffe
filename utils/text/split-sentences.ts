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
import type { Lexicon } from '@/utils/language/lexicon';
import { english } from '@/utils/language/en';

// A terminator run, closing quotes/brackets, then whitespace, then what may open a sentence.
const CANDIDATE = /([.!?\u2026]+)(["'\u201D\u2019\u00BB)\]]*)(\s+)(?=(["'\u201C\u2018\u00AB(\[]*)([\p{Lu}\p{N}]))/gu;
const LETTER = /^\p{L}$/u;
const WORD_AFTER = /^["'\u201C\u2018\u00AB(\[]*([\p{L}]+)/u;

/**
 * Sentence spans of `text[range.start, range.end)` (the whole text by default), trimmed of
 * surrounding whitespace, in order, never empty. A blank line ("\n\n") always ends a sentence.
 * Titles, abbreviations and openers are the lexicon's; callers that pass none get English.
 */
export function splitSentences(text: string, range: Span = { start: 0, end: text.length }, lex: Lexicon = english): Span[] {
  const spans: Span[] = [];
  const blocks = text.slice(range.start, range.end).split(/(\n\s*\n)/);
  let offset = range.start;
  for (const block of blocks) {
    if (!/^\n\s*\n$/.test(block)) splitBlock(lex, block, offset, spans);
    offset += block.length;
  }
  return spans;
}

function splitBlock(lex: Lexicon, block: string, offset: number, out: Span[]): void {
  let start = 0;
  for (const m of block.matchAll(CANDIDATE)) {
    const dot = m.index;
    const end = dot + m[1].length + m[2].length;
    if (m[1] === '.' && m[2] === '' && !endsSentence(lex, wordBefore(block, start, dot), block.slice(end))) continue;
    // `“Very close!” Gor added.`: after a quote closed by ! or ?, a name and a speech verb continue
    // the sentence (a quote closed by a period before its attribution takes a comma).
    if (/[!?]$/.test(m[1]) && m[2] !== '' && lex.attributionAfterExclamation.test(block.slice(end))) continue;
    push(block, start, end, offset, out);
    start = end + m[3].length;
  }
  push(block, start, block.length, offset, out);
}

/**
 * `/([\p{L}.]+)$/u` on `text.slice(from, to)`: its last run of letters and periods ('' when none),
 * read backwards from `to` (the pattern tried each start in the sentence before every period).
 */
export function wordBefore(text: string, from: number, to: number): string {
  let i = to;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c < 0x80) {
      if (c === 0x2e || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) i--;
      else break;
      continue;
    }
    // A letter outside ASCII, of one code unit or a surrogate pair (a lone surrogate is no letter).
    const pair = c >= 0xdc00 && c <= 0xdfff && i - 2 >= from && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    if (!LETTER.test(text.slice(i - pair, i))) break;
    i -= pair;
  }
  return text.slice(i, to);
}

/** Decides whether a bare period after `word` (the letters and periods before it) ends the sentence, given the text `after` it. */
function endsSentence(lex: Lexicon, word: string, after: string): boolean {
  if (!word) return true;
  const lower = word.toLowerCase().replace(/^\.+/, '');
  // Titles and name parts ("Dr. Singh", "Sen. Warren") never end one.
  if (lex.sentenceTitles.has(lower)) return false;
  // Initials ("J. K. Rowling", "Donald J. Trump"): one capital letter before the period.
  if (/^\p{Lu}$/u.test(word)) return false;
  // "moved to the U.S. The next day" splits; "Jan. 5" and "U.S. officials" stay whole.
  if (lex.sentenceAbbreviations.has(lower) || /^(\p{L}\.)+\p{L}$/u.test(word)) {
    const next = after.trimStart().match(WORD_AFTER)?.[1]?.toLowerCase();
    return next !== undefined && lex.sentenceOpeners.has(next);
  }
  return true;
}

function push(block: string, from: number, to: number, offset: number, out: Span[]): void {
  const piece = block.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const body = piece.trim();
  if (body) out.push({ start: offset + from + lead, end: offset + from + lead + body.length });
}
