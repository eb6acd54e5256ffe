/**
 * Splits text into words with their character offsets and comparison keys, the unit every
 * alignment works on. Offsets let a match point back into the original text for display.
 */
import type { Lexicon } from '@/utils/language/lexicon';
import { english } from '@/utils/language/en';
import { wordKey, wordKeys } from '@/utils/text/word-keys';
import { wordSpans } from '@/utils/text/word-spans';

export interface WordToken {
  /** The word as written. */
  text: string;
  /** Comparison key from normalizeWord: case, quote style and spelling folded. */
  key: string;
  /** Offsets into the text given to tokenizeWords (plus its `offset`). */
  start: number;
  end: number;
  /** Inside square brackets: an editor's insertion, not the speaker's word. */
  bracket: boolean;
  /** In parentheses inside a quote: the editor's like a bracketed word, but not marked as an edit against the same words unbracketed. */
  aside?: boolean;
  /** One of the two words of a contraction ("they've" → they + have), both spanning it. */
  contracted?: boolean;
}

/**
 * Contractions as their two words, each spanning the contraction, so "they've" aligns with "they
 * have" word for word (the alignment then counts it as a changed word). The same array when none.
 */
export function splitContractions(words: WordToken[], lex: Lexicon): WordToken[] {
  if (lex.contractions.size === 0) return words;
  let k = 0;
  while (k < words.length && !lex.contractions.has(words[k].key)) k++;
  if (k === words.length) return words;
  // A loop, not flatMap: this runs on every window a compare reads.
  const out = words.slice(0, k);
  for (; k < words.length; k++) {
    const w = words[k];
    const two = lex.contractions.get(w.key);
    if (two) for (const key of two) out.push({ ...w, key, contracted: true });
    else out.push(w);
  }
  return out;
}

/**
 * Words of `text` in order. `offset` is added to every position (for windows of a longer text).
 * Keys are folded with the lexicon's spelling; a language that elides ("l'accord") gives the
 * elided word a token of its own, so "l'accord" and "cet accord" share "accord".
 */
export function tokenizeWords(text: string, offset = 0, lex: Lexicon = english): WordToken[] {
  const brackets = bracketSpans(text);
  const cards = linkCards(text);
  const table = wordKeys(lex);
  const elides = lex.elidedPrefixes.size > 0;
  const words: WordToken[] = [];
  let b = 0;
  let c = 0;
  const spans = wordSpans(text);
  for (let s = 0; s < spans.length; s += 2) {
    const start = spans[s];
    const end = spans[s + 1];
    while (c < cards.length && cards[c][1] <= start) c++;
    if (c < cards.length && cards[c][0] <= start) continue;
    const first = text.charCodeAt(start);
    // Most words: an ASCII first character that is no digit, in a language that elides nothing.
    // Found by its characters (word-keys.ts): no string sliced, the table's word and key shared.
    if (!elides && first < 0x80 && (first < 0x30 || first > 0x39)) {
      const slot = table.slot(text, start, end);
      const key = table.key(slot);
      if (key === '') continue;
      while (b < brackets.length && brackets[b][1] <= start) b++;
      const bracket = b < brackets.length && brackets[b][0] < start;
      if (bracket && brackets[b][2]) continue;
      words.push({ text: table.word(slot), key, start: start + offset, end: end + offset, bracket });
      continue;
    }
    let word = text.slice(start, end);
    let at = start;
    const elided = lex.elidedPrefixes.size > 0 ? ELIDED.exec(word) : null;
    if (elided && lex.elidedPrefixes.has(elided[1].toLowerCase())) {
      const cut = elided[0].length;
      // Keyed as the bare letters ("l", "qu"), which the lexicon lists as stopwords.
      if (!inNote(brackets, start)) words.push({ text: word.slice(0, cut), key: elided[1].toLowerCase(), start: start + offset, end: start + cut + offset, bracket: inBracket(brackets, start) });
      word = word.slice(cut);
      at = start + cut;
    }
    // normalizeWord would drop a decimal point and make 3.5 equal 35.
    const key = startsWithNumber(word)
      ? word.replace(/,/g, '').replace(/’/g, "'").toLowerCase()
      : wordKey(word, lex);
    if (key === '') continue;
    while (b < brackets.length && brackets[b][1] <= at) b++;
    const bracket = b < brackets.length && brackets[b][0] < at;
    // "[sic]", "[laughter]": the editor's notes on the words, not words of the quote at all.
    if (bracket && brackets[b][2]) continue;
    words.push({ text: word, key, start: at + offset, end: at + word.length + offset, bracket });
    // "40%" is "40 percent" written with a sign: the sign is that word.
    if (lex.percentWord && startsWithNumber(word)) {
      const sign = PERCENT_SIGN.exec(text.slice(end, end + 3));
      if (sign) words.push({ text: '%', key: wordKey(lex.percentWord, lex), start: end + sign[0].length - 1 + offset, end: end + sign[0].length + offset, bracket });
    }
  }
  foldDates(words);
  initialismKeys(words, lex);
  return joinCaseBrackets(text, ampersands(text, words, offset, lex), offset, lex);
}

/** An "&" standing apart from letters is the word "and" written with a sign (a post's "jobs & growth", "Court—& seek"); "AT&T" holds none. */
function ampersands(text: string, words: WordToken[], offset: number, lex: Lexicon): WordToken[] {
  if (!text.includes('&')) return words;
  const out: WordToken[] = [];
  const brackets = bracketSpans(text);
  let k = 0;
  for (const m of text.matchAll(AMPERSAND)) {
    const at = m.index;
    while (k < words.length && words[k].start - offset < at) out.push(words[k++]);
    out.push({ text: '&', key: wordKey(lex.ampersandWord, lex), start: at + offset, end: at + 1 + offset, bracket: inBracket(brackets, at) });
  }
  while (k < words.length) out.push(words[k++]);
  return out;
}
const AMPERSAND = /(?<![\p{L}\p{N}])&(?![\p{L}\p{N}])/gu;

/**
 * "[N]o one": an editor who starts a quote mid-sentence brackets the capital letter. That is the
 * word "No" written with a marked case change, not an insertion: one word, not bracketed.
 */
function joinCaseBrackets(text: string, words: WordToken[], offset: number, lex: Lexicon): WordToken[] {
  if (!text.includes(']')) return words;
  const out: WordToken[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    const at = w.start - offset;
    if (w.bracket && w.text.length === 1 && text[at - 1] === '[' && text[at + 1] === ']' && next && next.start - offset === at + 2 && !next.bracket) {
      const word = w.text + next.text;
      out.push({ text: word, key: wordKey(word, lex), start: w.start - 1, end: next.end, bracket: false });
      i++;
    } else out.push(w);
  }
  return out;
}

/** `/^\p{N}/u.test(word)`, without the pattern for the ASCII first characters most words start with. */
export function startsWithNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x30 && c <= 0x39 : /^\p{N}/u.test(word);
}

// A percent sign straight after a number, or after one space of any width.
const PERCENT_SIGN = /^[\s\u00a0\u202f]?%/u;

// An elided word written onto the next ("l’accord", "qu'il"): the letters before the apostrophe.
const ELIDED = /^(\p{L}{1,7})['’‘](?=\p{L})/u;

const bracketAt = (brackets: Array<[number, number, boolean]>, pos: number) => brackets.find(([open, close]) => open < pos && pos < close);
const inBracket = (brackets: Array<[number, number, boolean]>, pos: number) => bracketAt(brackets, pos) !== undefined;
const inNote = (brackets: Array<[number, number, boolean]>, pos: number) => bracketAt(brackets, pos)?.[2] === true;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// Abbreviated months as style guides write them ("Oct. 27"), to their full names.
const MONTH_OF = new Map<string, string>([
  ...MONTHS.map((m) => [m, m] as [string, string]),
  ['jan', 'january'], ['feb', 'february'], ['mar', 'march'], ['apr', 'april'], ['jun', 'june'], ['jul', 'july'],
  ['aug', 'august'], ['sep', 'september'], ['sept', 'september'], ['oct', 'october'], ['nov', 'november'], ['dec', 'december'],
]);
// Length first: the pattern runs on every word of every text otherwise.
const isDay = (w: WordToken | undefined) => w !== undefined && w.key.length <= 2 && startsWithDayDigit(w.key) && /^(?:[1-9]|[12]\d|3[01])$/.test(w.key);
// A day starts with 1 to 9: "of", "to", "in" (most two-letter keys) skip the pattern.
const startsWithDayDigit = (key: string) => key.charCodeAt(0) >= 0x31 && key.charCodeAt(0) <= 0x39;
const monthOf = (w: WordToken | undefined) => (w && /^\p{Lu}/u.test(w.text) ? MONTH_OF.get(w.key) : undefined);

/**
 * A date is one date however a style guide writes it: "27 October", "October 27" and "Oct. 27"
 * get the same keys (month, then day), so outlets' house styles are not a changed word. Only a
 * capitalized month beside a day number counts ("may" and "Mar" alone stay words).
 */
function foldDates(words: WordToken[]): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i];
    const b = words[i + 1];
    const monthAfter = isDay(a) ? monthOf(b) : undefined;
    if (monthAfter) {
      const day = a.key;
      a.key = monthAfter;
      b.key = day;
      i++;
      continue;
    }
    const monthBefore = isDay(b) ? monthOf(a) : undefined;
    if (monthBefore) {
      a.key = monthBefore;
      i++;
    }
  }
}

/**
 * An initialism in capitals whose letters spell a function word ("U.S.") names something: keyed as its
 * capitals ("US"), a content word, so "the U.S. Congress" weighs as a name, not as the pronoun "us"
 * that weighs nothing. Without stops only the lexicon's `capitalInitialisms` ("US", "WHO") and
 * outside a run of capitals (a post's "JOIN US TODAY"): a word in capitals is often only stressed ("NOT").
 */
function initialismKeys(words: WordToken[], lex: Lexicon): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const second = w.text.charCodeAt(1);
    // A stop or a second capital after the first letter: most words are out before any lookup.
    const stops = second === 0x2e;
    if (!isCapital(w.text.charCodeAt(0)) || !(stops || isCapital(second))) continue;
    const letters = stops ? w.text.replaceAll('.', '') : w.text;
    if (stops ? !ALL_CAPITALS.test(letters) || !lex.stopwords.has(w.key) : !lex.capitalInitialisms.has(letters) || shouted(words[i - 1]) || shouted(words[i + 1])) continue;
    w.key = letters;
  }
}
const isCapital = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const ALL_CAPITALS = /^\p{Lu}+$/u;
const shouted = (w: WordToken | undefined) => w !== undefined && w.text.length > 1 && ALL_CAPITALS.test(w.text);

/**
 * `tokenizeWords(text)`, remembered per owner object (an article, a quote) while the owner lives:
 * a compare aligns one quote with many windows of each candidate article, and one article with
 * every quote, so each text is tokenized once. A changed text is tokenized again.
 */
export function wordsOf(owner: object, text: string, lex: Lexicon = english): WordToken[] {
  const cached = WORDS.get(owner);
  if (cached?.text === text && cached.lex === lex) return cached.words;
  const words = tokenizeWords(text, 0, lex);
  WORDS.set(owner, { text, lex, words });
  return words;
}
const WORDS = new WeakMap<object, { text: string; lex: Lexicon; words: WordToken[] }>();

/**
 * The words of `text` lying wholly inside `span`, tokenized one paragraph (line) at a time and
 * remembered per owner (an article): a compare looks at a few windows of many articles, so only
 * the paragraphs it needs are tokenized, each once. Words never cross a line break, so this equals
 * tokenizing the whole text and keeping the words inside the span. A paragraph's words are kept
 * flat (`FlatWords`) and each call gets word objects of its own: a compare's first reading of
 * its candidates kept about 1.5M word objects alive at 10k, which every young-generation
 * collection copied (docs/DESIGN.md, "First compares: words kept flat").
 */
export function wordsInSpan(owner: object, text: string, span: { start: number; end: number }, lex: Lexicon = english): WordToken[] {
  const cached = paragraphsOf(owner, text, lex);
  const out: WordToken[] = [];
  let pos = span.start > 0 ? text.lastIndexOf('\n', span.start - 1) + 1 : 0;
  while (pos < span.end) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const flat = cached.byStart.get(pos);
    if (flat) {
      for (let k = 0; k < flat.length; k += 4) {
        const start = flat[k + 2] as number;
        const signedEnd = flat[k + 3] as number;
        const wordEnd = signedEnd < 0 ? -signedEnd : signedEnd;
        if (start >= span.start && wordEnd <= span.end) out.push({ text: flat[k] as string, key: flat[k + 1] as string, start, end: wordEnd, bracket: signedEnd < 0 });
      }
    } else {
      // Read for the first time: the words just made are this call's (equal to those made from the flat form).
      const words = tokenizeWords(text.slice(pos, end), pos, lex);
      cached.byStart.set(pos, flatWords(words));
      for (const w of words) if (w.start >= span.start && w.end <= span.end) out.push(w);
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return out;
}

/**
 * A paragraph's words as one array, four entries a word: text, key, start, and end, negated when
 * the word is bracketed (an end is never 0). tokenizeWords gives a word no other field.
 */
type FlatWords = Array<string | number>;

function flatWords(words: WordToken[]): FlatWords {
  const flat: FlatWords = new Array<string | number>(4 * words.length);
  words.forEach((w, i) => {
    flat[4 * i] = w.text;
    flat[4 * i + 1] = w.key;
    flat[4 * i + 2] = w.start;
    flat[4 * i + 3] = w.bracket ? -w.end : w.end;
  });
  return flat;
}

/** `splitContractions(wordsInSpan(owner, text, span, lex), lex)`: the array is the caller's. */
export function spanWords(owner: object, text: string, span: { start: number; end: number }, lex: Lexicon = english): WordToken[] {
  return splitContractions(wordsInSpan(owner, text, span, lex), lex);
}

interface Paragraphs {
  text: string;
  lex: Lexicon;
  byStart: Map<number, FlatWords>;
}

function paragraphsOf(owner: object, text: string, lex: Lexicon): Paragraphs {
  let cached = PARAGRAPHS.get(owner);
  if (cached?.text !== text || cached.lex !== lex) PARAGRAPHS.set(owner, (cached = { text, lex, byStart: new Map() }));
  return cached;
}
const PARAGRAPHS = new WeakMap<object, Paragraphs>();

// A name's link card that a page inlines after the name: the full name again, glued to a related
// headline, up to "MORE" ("Steve Bannon Stephen (Steve) Kevin BannonJury set to … MORE in many
// months"). Page furniture inside the sentence, even inside a quote: no words of it. Up to 600 characters:
// a card of three headlines runs past 400.
const LINK_CARD = /(?<![\p{L}'’])(\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)?) ((?:[\p{L}.'’()-]+ ){0,5}?\1(?=\p{Lu})[^\n]{0,600}?MORE)(?![\p{L}])/gu;
// The same card after a name written in full, its surname glued to a digit or a quote mark, or
// spaced from the headline ("Paul Ryan Paul Davis Ryan Retirees should say … MORE"): the card
// opens at the first name's second writing.
const FULL_NAME_CARD = /(?<![\p{L}'’])(\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)?) (\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)?) (\1 (?:[\p{L}.'’()-]+ ){0,3}?\2(?=[\p{Lu}\p{N}'’]| \p{Lu})[^\n]{0,600}?MORE)(?![\p{L}])/gu;

/** The text with its inlined link cards blanked (same length, so offsets hold): no name is read from page furniture. */
export function blankLinkCards(text: string, cards: ReadonlyArray<readonly [number, number]> = linkCards(text)): string {
  let out = text;
  for (const [start, end] of cards) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/** [start, end) of inlined link cards. */
export function linkCards(text: string): Array<[number, number]> {
  if (!text.includes('MORE')) return [];
  const cards = [...text.matchAll(LINK_CARD)].map((m): [number, number] => {
    const start = m.index + m[1].length + 1;
    return [start, start + m[2].length];
  });
  for (const m of text.matchAll(FULL_NAME_CARD)) {
    const start = m.index + m[1].length + m[2].length + 2;
    const end = start + m[3].length;
    if (!cards.some(([s, e]) => start < e && s < end)) cards.push([start, end]);
  }
  return cards.sort((x, y) => x[0] - y[0]);
}

// Notes an editor or a transcript puts in brackets beside the speaker's words.
const NOTE = /^\[\s*(sic|laughter|laughs|applause|cheers|cheering|boos|booing|crosstalk|inaudible|unintelligible|pause)\s*\]$/i;

/** [open, close, is a note such as "[sic]"] of square-bracketed spans (no nesting in news copy). */
function bracketSpans(text: string): Array<[number, number, boolean]> {
  if (!text.includes('[')) return [];
  const spans: Array<[number, number, boolean]> = [];
  for (const m of text.matchAll(/\[[^\]\n]*\]/g)) spans.push([m.index, m.index + m[0].length, NOTE.test(m[0])]);
  return spans;
}
