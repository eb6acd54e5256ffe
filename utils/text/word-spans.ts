/**
 * Where the words of a text lie: [start, end) offsets of every match of TOKEN, the one definition
 * of a word. Most news paragraphs are ASCII with curly quotes and dashes; those are scanned by hand
 * (the pattern's unicode classes cost most of a paragraph's tokenizing), and any other text goes
 * through the pattern. Both give the same spans (property-tested against the pattern).
 *
 * ```ts
 * wordSpans('U.S. e-mail, 3.5bn') // → [0, 4, 5, 11, 13, 18]
 * ```
 */

// Abbreviations keep their dots (U.S., D.C.) so they stay one word; numbers keep their
// separators (1,000 / 3.5); apostrophes stay inside a word (don't, Gor's). Hyphens split words so
// "long-term" and "long term" align word for word, except after a one-letter prefix, which is
// spelling ("e-mail" and "email" are one word).
const TOKEN = /\p{L}(?:\.\p{L})+\.?|\b\p{L}-\p{L}+|\p{N}+(?:[.,]\p{N}+)*(?:['’]?\p{L}+)?|[\p{L}\p{N}]+(?:['’‘][\p{L}\p{N}]+)*/gu;

/** Start and end offsets of every word of `text`, in order, flat. */
export function wordSpans(text: string): number[] {
  return scannedSpans(text) ?? patternSpans(text);
}

/** The spans as the pattern finds them (any text). */
export function patternSpans(text: string): number[] {
  const spans: number[] = [];
  // exec on the one global pattern, not matchAll (which clones it on every call).
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) spans.push(m.index, m.index + m[0].length);
  return spans;
}

const DOT = 0x2e;
const COMMA = 0x2c;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE = 0x2019;
const LEFT_SINGLE = 0x2018;
// Characters past ASCII the scanner reads: none is a letter or a digit (curly quotes, dashes, the
// ellipsis, a no-break space). Any other one sends the text to the pattern.
const SCANNED = new Set([LEFT_SINGLE, RIGHT_SINGLE, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026, 0xa0]);

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlnum = (c: number) => isLetter(c) || isDigit(c);
// The pattern's \b: a word character is [A-Za-z0-9_] even in unicode mode.
const isWordChar = (c: number) => isAlnum(c) || c === 0x5f;

/**
 * TOKEN's spans by hand, for text of ASCII and SCANNED characters only (null otherwise). At each
 * letter or digit the pattern's first alternative that matches wins, each taken as far as it goes:
 * an abbreviation (letter, then dot-letter pairs, then a dot), a one-letter prefix and hyphen after
 * a word boundary, a number (digits, separated groups, a suffix), else a run of letters and digits
 * joined by apostrophes.
 */
function scannedSpans(text: string): number[] | null {
  const n = text.length;
  const at = (k: number) => (k < n ? text.charCodeAt(k) : -1);
  const spans: number[] = [];
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      if (!SCANNED.has(c)) return null;
      i++;
      continue;
    }
    if (!isAlnum(c)) {
      i++;
      continue;
    }
    const p = i;
    let k: number;
    if (isDigit(c)) {
      k = p + 1;
      while (isDigit(at(k))) k++;
      while ((at(k) === DOT || at(k) === COMMA) && isDigit(at(k + 1))) {
        k += 2;
        while (isDigit(at(k))) k++;
      }
      // A suffix ("3.5bn", "1990s", "Trump’s 2"): an apostrophe only before a letter.
      if ((at(k) === APOSTROPHE || at(k) === RIGHT_SINGLE) && isLetter(at(k + 1))) k += 2;
      while (isLetter(at(k))) k++;
    } else if (at(p + 1) === DOT && isLetter(at(p + 2))) {
      k = p + 3;
      while (at(k) === DOT && isLetter(at(k + 1))) k += 2;
      if (at(k) === DOT) k++;
    } else if (at(p + 1) === HYPHEN && isLetter(at(p + 2)) && (p === 0 || !isWordChar(text.charCodeAt(p - 1)))) {
      k = p + 3;
      while (isLetter(at(k))) k++;
    } else {
      k = p + 1;
      while (isAlnum(at(k))) k++;
      for (let q = at(k); (q === APOSTROPHE || q === RIGHT_SINGLE || q === LEFT_SINGLE) && isAlnum(at(k + 1)); q = at(k)) {
        k += 2;
        while (isAlnum(at(k))) k++;
      }
    }
    spans.push(p, k);
    i = k;
  }
  return spans;
}
