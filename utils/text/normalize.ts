/**
 * Text normalization for comparison only (never for display): two outlets that quote the same
 * words must compare equal whatever their quote-mark style, dashes, spacing, case or
 * British/American spelling. Every function here is idempotent: f(f(x)) === f(x).
 *
 * Spelling is folded to one canonical form rather than "translated" (the lexicon's foldSpelling:
 * British and American English land on the same string). Callers that pass no lexicon get English.
 */
import type { Lexicon } from '@/utils/language/lexicon';
import { english } from '@/utils/language/en';

const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F\u301D\u301E\u301F\uFF02\u2033]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u02BC\uFF07]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g;

/** Curly, angled and CJK quote marks to ASCII `"` and `'`; dashes to `-`. Keeps length per char. */
export function foldPunctuation(s: string): string {
  return s.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(DASHES, '-');
}

const WORD_CHARS = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** Lowercase, fold punctuation and spelling of every word; collapse whitespace. Idempotent. */
export function normalizeText(s: string, lex: Lexicon = english): string {
  const folded = foldPunctuation(s.normalize('NFKC')).toLowerCase().normalize('NFKC');
  // Fold each piece of "centre's" or "labour-led" on its own so suffixes do not hide the stem; a one-piece word whole.
  const fold = (w: string) => (w.includes("'") || w.includes('-') ? w.split(/(['-])/).map((piece) => lex.foldSpelling(piece)).join('') : lex.foldSpelling(w));
  return replaceWords(folded.replace(SPACES, ' ').trim(), fold);
}

/**
 * `text.replace(WORD_CHARS, fold)`; ASCII text is scanned by hand (the pattern's unicode classes
 * and a call back per word were most of reading a text's index terms), any other through the pattern.
 */
export function replaceWords(text: string, fold: (word: string) => string): string {
  if (!ASCII.test(text)) return text.replace(WORD_CHARS, fold);
  const n = text.length;
  let out = '';
  let last = 0;
  let i = 0;
  while (i < n) {
    if (!isAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAlnum(text.charCodeAt(i))) i++;
    // A piece joined by an apostrophe or a hyphen, only when a letter or digit follows it.
    while (i + 1 < n && (text.charCodeAt(i) === 0x27 || text.charCodeAt(i) === 0x2d) && isAlnum(text.charCodeAt(i + 1))) {
      i++;
      while (i < n && isAlnum(text.charCodeAt(i))) i++;
    }
    out += text.slice(last, start) + fold(text.slice(start, i));
    last = i;
  }
  return last === 0 ? text : out + text.slice(last);
}

const ASCII = /^[\x00-\x7f]*$/;
// In ASCII, \p{L} and \p{N} are these.
const isAlnum = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);

/**
 * One token to its comparison key: normalized, with surrounding punctuation removed but
 * inner apostrophes and hyphens kept ("don't", "long-term"). '' when nothing word-like remains.
 */
export function normalizeWord(token: string, lex: Lexicon = english): string {
  const m = normalizeText(token, lex).match(WORD_CHARS);
  // Pieces joined make a new word ("a0" + "0ise"), whose spelling is folded once more: idempotent.
  return m ? (m.length === 1 ? m[0] : normalizeText(m.join(''), lex)) : '';
}
