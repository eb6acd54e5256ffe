/**
 * Speaker attribution: who is credited with each quote. Looks for a speech cue next to the quote
 * (`"…," X said`, `"…," said X`, `X said: "…"`, `according to X`), reads the speaker phrase next to
 * the cue, and turns it into one canonical name per person per article: a title is dropped
 * ("US Ambassador to India Sergio Gor" → "Sergio Gor"), a bare surname or "Mr. Gor" takes the
 * full name written elsewhere, and a pronoun or a description ("he", "the ambassador") takes the
 * latest fitting person. A quote with no cue in reach gets null rather than a guess.
 */
import type { Span } from '@/utils/types';
import { phraseAt, type Lexicon, type Phrase } from '@/utils/language/lexicon';
import { isCueWord } from '@/utils/quotes/speech-cues';
import { isNameSuffix, isNeverNameWord, isNeverPerson, isNonPersonName, SURNAME_TITLES } from '@/utils/quotes/person-names';
import { isTitleCase, titleWords } from '@/utils/text/title-case';
import { pushTo } from '@/utils/text/list-map';
import { runHolds, spanRun } from '@/utils/matching/quote-layout';

/** A found quote before attribution: its parts and where each part's marks are. */
export interface QuoteDraft {
  parts: Span[];
  /** Offset of each part's opening mark. */
  opens: number[];
  /** Offset just after each part's closing mark; -1 for a part that runs to its paragraph end. */
  closes: number[];
  /** Index of each part's paragraph. */
  paras: number[];
  /** A show's or a book's title (`told CBS' "Face the Nation" that …`), no one's words: set by find-quotes. */
  title?: boolean;
}

export interface Attribution {
  speaker: string | null;
  cue: string | null;
  speakerMention: Span | null;
  speakerNamedAt: Span | null;
}

export interface Word {
  text: string;
  /** `text` lowercased once here: every word list is looked up in lowercase, many times over. */
  lower: string;
  start: number;
  end: number;
  /** Only spaces (no line break, no punctuation) separate it from the word before in the same scan. */
  joined: boolean;
  /** Inside parentheses, for a lexicon that reads them as an aside ("Adler (DBU)"); absent otherwise. */
  aside?: true;
  /** Written right after "@": a social-media handle ("@RepAnnLee"), never a name as the article writes it. */
  handle?: true;
  /** Only spaces and quote marks separate it from the word before: a quote opens or closes inside a phrase. */
  quoteGap?: true;
}

// A word is a letter or digit, then letters, digits and . ' ’ - (as /[\p{L}\p{N}][\p{L}\p{N}.'’\-]*/u
// would match). Scanned by character code: whole articles go through here, and ASCII needs no
// regular expression; other characters are tested one code point at a time.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// Longest name read as one person ("Hillary Rodham Clinton", "Martin Luther King Jr.").
const MAX_NAME_WORDS = 4;

/** A title or function ("ambassador"), or a compound that ends in one ("Kultusministerin", "DBU-Politiker"). */
function isTitle(lex: Lexicon, lower: string): boolean {
  return lex.titles.has(lower) || (lex.titleSuffixes.length > 0 && lex.titleSuffixes.some((s) => lower.endsWith(s)));
}

/** A word that describes a person by what they do: a role ("aide") or a title ("senator"). */
function isRoleOrTitle(lex: Lexicon, lower: string): boolean {
  return lex.roleNouns.has(lower) || isTitle(lex, lower);
}

/**
 * "One resident told her …", "A witness described the scene", "One of the soldiers corrected him":
 * the sentence opens with someone unnamed, described by what they are or do (not a title: "a house
 * fire"); a "she" after it may be them.
 */
function opensWithUnnamedPerson(lex: Lexicon, words: Word[]): boolean {
  let k = words.length > 1 && lex.sentenceConjunctions.has(words[0].lower) ? 1 : 0;
  const det = words[k];
  if (!det || !(lex.unnamedSubjectDeterminers.has(det.lower) || lex.numberWords.get(det.lower) === '1')) return false;
  k++;
  // "One of the soldiers": the people it is one of.
  if (words[k]?.joined && lex.prepositions.has(words[k].lower) && lex.determiners.has(words[k + 1]?.lower ?? '')) k += 2;
  const person = (lower: string) => lex.personNouns.has(lower) || lex.roleNouns.has(lower) || lex.kinNouns.has(lower);
  if (!words.slice(k, k + 3).some((w) => w.joined && (person(w.lower) || (w.lower.endsWith('s') && person(w.lower.slice(0, -1)))))) return false;
  // "An aunt, Maria Ruiz, told …", "A group of lawmakers are close, Obama said": the sentence names
  // the one it describes, or another who speaks; "a spokesman for Dr. Ben Carson" names neither.
  return !nameRuns(lex, words).some((r) => !r.afterPreposition && !isNonPersonName(runText(r), lex));
}

/** A role noun in the plural ("lawyers", "officials"): people so described, unnamed. */
function isPluralRoleNoun(lex: Lexicon, lower: string): boolean {
  return lower.endsWith('s') && lex.roleNouns.has(lower.slice(0, -1));
}

/** Length (1 or 2 code units) of the letter or digit at `i` (before `to`), or 0 for anything else. */
function letterOrDigitAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  const char = pair ? text.slice(i, i + 2) : text[i];
  return LETTER_OR_DIGIT.test(char) ? char.length : 0;
}

/** Length of the word character at `i` (letter, digit, . ' ’ -), or 0. */
function wordCharAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  return c === 46 || c === 39 || c === 45 || c === 0x2019 ? 1 : letterOrDigitAt(text, i, to);
}

// Between two words, only spaces and a quote mark: a quote opens or closes there (`Word.quoteGap`).
const QUOTE_GAP = /^[ \u00a0]*["“”«»„‘][ \u00a0]*$/u;

/** The words of `text` between `from` and `to`, with their offsets (exported for its property test). */
export function wordsIn(lex: Lexicon, text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  let depth = 0; // open parentheses, counted only for a lexicon that reads them as an aside
  while (i < to) {
    const first = letterOrDigitAt(text, i, to);
    if (first === 0) {
      const c = text.charCodeAt(i);
      if (lex.parenthesesAside) depth = c === 40 ? depth + 1 : c === 41 ? Math.max(0, depth - 1) : depth;
      // Step over a whole surrogate pair, never into its second half.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const start = i;
    const joined = out.length > 0 && onlySpaces(text, out[out.length - 1].end, start);
    i += first;
    // "Monday.Mara": a glued sentence boundary ends the word.
    for (let n = i < to ? wordCharAt(text, i, to) : 0; n > 0 && !(text.charCodeAt(i) === 46 && gluedBoundary(text, i)); n = i < to ? wordCharAt(text, i, to) : 0) i += n;
    let t = text.slice(start, i);
    // A trailing period belongs to the word only for abbreviations and initials ("Sen.", "J.").
    if (t.endsWith('.') && !isAbbreviation(lex, t)) t = t.slice(0, -1);
    const word: Word = { text: t, lower: t.toLowerCase(), start, end: start + t.length, joined };
    if (depth > 0) word.aside = true;
    if (start > 0 && text.charCodeAt(start - 1) === 64) word.handle = true;
    if (!joined && out.length > 0 && QUOTE_GAP.test(text.slice(out[out.length - 1].end, start))) word.quoteGap = true;
    if (lex.elidedPrefixes.size > 0) pushElided(lex, out, word);
    else out.push(word);
  }
  return out;
}

/** "l’Élysée" as "l'" and "Élysée", "d’après" as "d'" and "après": an elided word is a word of its own. */
function pushElided(lex: Lexicon, out: Word[], w: Word): void {
  const m = /^(\p{L}+)['’](?=\p{L})/u.exec(w.text);
  if (!m || !lex.elidedPrefixes.has(m[1].toLowerCase())) {
    out.push(w);
    return;
  }
  const cut = w.start + m[0].length;
  const rest = w.text.slice(m[0].length);
  out.push({ ...w, text: m[0], lower: `${m[1].toLowerCase()}'`, end: cut });
  out.push({ ...w, text: rest, lower: rest.toLowerCase(), start: cut, joined: true });
}

/** True when `text[from, to)` is one or more spaces or tabs: no line break, no punctuation. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x202f && !(c >= 0x2000 && c <= 0x200a)) return false;
  }
  return true;
}

function isAbbreviation(lex: Lexicon, token: string): boolean {
  const bare = token.replace(/\.$/, '').toLowerCase();
  // Known abbreviations, initials ("J.") and dotted forms ("U.S.", "N.H.").
  return lex.abbreviations.has(bare) || /^\p{Lu}\.$/u.test(token) || /\.\p{L}/u.test(token);
}

/** True at a '.', '!' or '?' at `i` that ends a sentence (not "Mr." or "U.S." or "J."). */
function endsSentence(lex: Lexicon, text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '!' || ch === '?') return true;
  if (ch !== '.') return false;
  let j = i;
  while (j > 0 && /[\p{L}\p{N}.]/u.test(text[j - 1])) j--;
  return !isAbbreviation(lex, text.slice(j, i + 1));
}

/**
 * "…on her page Friday:Meanwhile, Lee said": a full stop or colon at `i` after two lowercase letters
 * and directly before a capitalised word (a space lost in the page) ends a sentence ("Ph.D", "U.S.Senate" do not).
 */
function gluedBoundary(text: string, i: number): boolean {
  const c = text[i];
  return (c === '.' || c === ':') && i >= 2 && /\p{Ll}{2}$/u.test(text.slice(i - 2, i)) && /^\p{Lu}\p{Ll}/u.test(text.slice(i + 1, i + 3));
}

/** Start of the sentence containing `pos`, not before `floor`. */
function sentenceStart(lex: Lexicon, text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) {
    if (i > floor && gluedBoundary(text, i - 1)) return i;
    // `…smart.” Trump was`: a closing mark after the full stop still ends the sentence.
    if (/\s/.test(text[i]) && i > floor && (endsSentence(lex, text, i - 1) || (i - 1 > floor && /["”'’]/.test(text[i - 1]) && endsSentence(lex, text, i - 2)))) return i + 1;
  }
  return floor;
}

/** End of the sentence starting before `pos`, not after `ceiling`. */
function sentenceEnd(lex: Lexicon, text: string, pos: number, ceiling: number): number {
  for (let i = pos; i < ceiling; i++) {
    // "… asked House Speaker John Boehner.CNN anchor Wolf Blitzer said": a space lost after a full stop.
    const glued = text[i] === '.' && /\p{Ll}{2}$/u.test(text.slice(Math.max(0, i - 2), i)) && /\p{Lu}/u.test(text[i + 1] ?? '');
    if (endsSentence(lex, text, i) && (i + 1 >= ceiling || /[\s"”'’]/.test(text[i + 1]) || glued)) return i + 1;
    // A glued colon ends the sentence before it: it introduces nothing here.
    if (gluedBoundary(text, i)) return text[i] === ':' ? i : i + 1;
  }
  return ceiling;
}

// ASCII answered by character code; only other first characters reach the Unicode class.
const isCapitalized = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
};
const isPossessive = (w: string) => /['’]s?$/.test(w) && /s['’]$|['’]s$/.test(w);

interface NameRun {
  words: Word[];
  possessive: boolean;
  afterPreposition: boolean;
}

/** "Mass.", "Calif.", "Inc.": an abbreviation no person's name holds before another of its words (not an initial, a title or "Jr."). */
function closesAbbreviation(lex: Lexicon, w: Word): boolean {
  return w.text.endsWith('.') && !isNameSuffix(w.text) && lex.sentenceAbbreviations.has(w.lower.slice(0, -1));
}

/** Runs of capitalized words in a phrase, titles and the places after them removed. */
function nameRuns(lex: Lexicon, words: Word[]): NameRun[] {
  const runs: NameRun[] = [];
  let cur: Word[] = [];
  let afterPrep = false;
  let skipPlace = false;
  let nounPhrase = false; // German: after an article, the next capitalized word is its noun, not a name
  let partyTag = false; // "R-New York": the state a party tag runs on into is no name
  const flush = (possessive: boolean) => {
    if (cur.length > 0) runs.push({ words: cur, possessive, afterPreposition: afterPrep });
    cur = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lower = w.lower;
    const afterHonorific = i > 0 && lex.honorifics.has(words[i - 1].lower);
    // "Rep. King says", "King said": a surname that is also a title, before no capitalized word, may be the name (resolve decides).
    const surnameTitle = SURNAME_TITLES.has(lower) && !isCapitalized(words[i + 1]?.text ?? '');
    // "Jochen Adler (DBU)": words in parentheses are an aside, never part of the name; nor is a handle.
    if (w.aside || w.handle) {
      flush(false);
      continue;
    }
    // "introduced by Republicans Ann Lee of Norland and …": people named in the plural before a full name are no part of it ("Americans United for …" stays).
    if (cur.length === 0 && lex.groups.has(lower) && lower.endsWith('s') && words.slice(i + 1, i + 3).every((x) => x.joined && isCapitalized(x.text))) continue;
    if (isTitle(lex, lower) && cur.length === 0 && !afterHonorific && !surnameTitle) {
      nounPhrase = false;
      // "Mme de Valmont": after an honorific a particle opens the name, not a place ("ministre de la Culture").
      skipPlace = lex.titleLinks.has(words[i + 1]?.text ?? '') && !(lex.honorifics.has(lower) && particleAt(lex, words, i + 1) > 0);
      if (skipPlace) i++;
      continue;
    }
    if (skipPlace && isCapitalized(w.text)) {
      skipPlace = false;
      // "Superintendent of Public Instruction Tom Torlakson": the office's words run to the given name that opens the name.
      const given = officeEnd(lex, words, i);
      if (given > i) {
        i = given - 1;
        continue;
      }
      // "Ambassador to the United States Ron Dermer": a place of several words is skipped whole.
      for (let n = 3; n > 1; n--) {
        const place = words.slice(i, i + n);
        if (place.length === n && place.slice(1).every((x) => x.joined) && lex.places.has(place.map((x) => x.lower).join(' '))) {
          i += n - 1;
          break;
        }
      }
      continue;
    }
    // "Ambassador to the UN Nikki Haley": the place may take an article.
    if (skipPlace && lex.determiners.has(lower) && isCapitalized(words[i + 1]?.text ?? '')) continue;
    skipPlace = false;
    // A title inside a run starts the name afresh: "National Committee Chairman Ed Rendell";
    // "Israeli Ambassador to the United States Ron Dermer": past its place, as at a run's start.
    const linked = cur.length > 0 && w.joined && isCapitalized(w.text) && lex.titleLinks.has(words[i + 1]?.text ?? '');
    if (isTitle(lex, lower) && !afterHonorific && (isCapitalized(words[i + 1]?.text ?? '') || linked)) {
      // "Harbour Federation of Teachers president Ann Lee": the "of" joined the organisation's name (capitalized
      // before it, unlike "criticism of Norland Senator Ann Lee"), not the name after its title.
      // A full name after the title only ("Global Journalist Security" is one more organisation's word).
      const fullName = isCapitalized(words[i + 1]?.text ?? '') && words[i + 2]?.joined === true && isCapitalized(words[i + 2].text);
      const link = i - cur.length - 1;
      if (cur.length > 0 && afterPrep && fullName && link > 0 && lex.titleLinks.has(words[link].text) && isCapitalized(words[link - 1].text)) afterPrep = false;
      cur = [];
      nounPhrase = false;
      skipPlace = linked;
      if (skipPlace) i++;
      continue;
    }
    // "die Vorsitzende", "ein älterer Anwohner": the noun an article opens is no name.
    if (nounPhrase && isCapitalized(w.text)) {
      flush(false);
      nounPhrase = false;
      continue;
    }
    // "Anne de Valmont", "Mme de Valmont": a particle joins a name (or honorific) to one more capitalized word.
    const particle = lex.nameParticles.length > 0 && (cur.length > 0 || afterHonorific) ? particleAt(lex, words, i) : 0;
    if (particle > 0) {
      // "Mme de Valmont" after another name's run: the honorific opened this run; it is no part of the name.
      if (afterHonorific && cur.length === 1 && cur[0] === words[i - 1]) cur = [];
      cur.push(...words.slice(i, i + particle));
      i += particle - 1;
      continue;
    }
    if (partyTag && w.joined && isCapitalized(w.text) && !lex.isPartyTag(w.text)) {
      flush(false);
      continue;
    }
    partyTag = lex.isPartyTag(w.text);
    // "Notably Moss said", "Tonight Donald Trump will": a sentence adverb or time word opens no name.
    const nameLike = isCapitalized(w.text) && !lex.notName.has(lower) && !lex.isPartyTag(w.text)
      && !((cur.length === 0 || !w.joined) && isNeverNameWord(lower, lex)) && !verbOpening(lex, words, i);
    // A name is words side by side: punctuation, a line break or a sentence end between two
    // capitalized words ("…said Ann Lee¶Moss released", "ABC/Daily Post") starts another run; so
    // does a state's or a firm's abbreviation, whose full stop may end the sentence ("… in Boston, Mass. Raul Castro").
    if (nameLike && cur.length > 0 && (!w.joined || closesAbbreviation(lex, cur[cur.length - 1]))) {
      flush(false);
      afterPrep = false;
    }
    if (nameLike) {
      // A suffix opens no name ("King Jr. Vivian's": the title "King" restarted the run before it).
      if (cur.length === 0 && isNameSuffix(w.text)) continue;
      cur.push(w);
      // "Getty Images Dan Pool", "King Jr. Vivian's": a plural thing's name (a credit) ends at its tail, a name at its suffix.
      if (isPossessive(w.text) || (lex.thingTails.has(lower) && lower.endsWith('s')) || (cur.length > 1 && isNameSuffix(w.text))) {
        flush(isPossessive(w.text));
        afterPrep = false;
      }
      continue;
    }
    flush(false);
    // "at the Urban Policy Center": a determiner keeps the preposition's hold on the name after it.
    afterPrep = lex.prepositions.has(lower) || (afterPrep && lex.determiners.has(lower));
    nounPhrase = lex.nounsCapitalized && (lex.determiners.has(lower) || (nounPhrase && w.joined));
  }
  flush(false);
  return runs;
}

/**
 * "Says Morales:", "Considering Trump's record": a speech verb or a participle opening a sentence
 * (or a clause after punctuation) before a capitalized word is that word's verb, not a given name
 * (one the lexicon knows as a given name still is, and so is one written with a hyphen: "Sui-ying Cheng").
 */
function verbOpening(lex: Lexicon, words: Word[], i: number): boolean {
  const w = words[i];
  if (w.joined || !words[i + 1]?.joined || lex.givenNameGenders.has(w.lower) || w.lower.includes('-')) return false;
  // "Dovetailing with the argument is …": a participle before a preposition opens its phrase, no name.
  if (!isCapitalized(words[i + 1].text)) return lex.isParticiple(w.lower) && lex.prepositions.has(words[i + 1].lower);
  return lex.speechVerbs.has(w.lower) || lex.isParticiple(w.lower);
}

/**
 * Where a name starts inside "Public Instruction Tom Torlakson" (the capitalized words after a
 * title's "of", from `i`): at the first given name, one to three words on, with a capitalized word
 * after it; `i` when there is none.
 */
function officeEnd(lex: Lexicon, words: Word[], i: number): number {
  for (let j = i + 1; j <= i + 3 && j + 1 < words.length && words[j].joined && isCapitalized(words[j].text); j++) {
    if (lex.givenNameGenders.has(words[j].lower) && words[j + 1].joined && isCapitalized(words[j + 1].text)) return j;
  }
  return i;
}

/**
 * Length of the name particle ("de", "von der") starting at word `i` when exactly one capitalized
 * word follows it, side by side ("Anne de Valmont", not "Wendt von der Grünen Zukunft"); else 0.
 */
function particleAt(lex: Lexicon, words: Word[], i: number): number {
  for (const p of lex.nameParticles) {
    const n = p.length;
    const next = words[i + n];
    if (!phraseAt(words, i, p) || !next || !isCapitalized(next.text) || lex.notName.has(next.lower)) continue;
    if (!words.slice(i, i + n + 1).every((w) => w.joined)) continue;
    const after = words[i + n + 1];
    if (after && after.joined && isCapitalized(after.text)) continue;
    return n;
  }
  return 0;
}

const runText = (r: NameRun) => r.words.map((w) => w.text).join(' ');
// Capitalized words of a name: its particles do not count ("José Luis Arrabal de la Fuente" is four).
const nameLength = (r: NameRun) => r.words.filter((w) => isCapitalized(w.text)).length;
// A plain Span: a Word's `text` must not leak into Attribution.speakerMention.
const spanOf = (w: Word): Span => ({ start: w.start, end: w.end });
const runSpan = (r: NameRun): Span => ({ start: r.words[0].start, end: r.words[r.words.length - 1].end });

interface Person {
  name: string;
  at: Span;
  /** Index of the name's first and last word in the article's words (see peopleIn). */
  first: number;
  last: number;
  /** Written right after a possessive ("Facebook's Libra Trump"): its first word may be a thing, not a first name. */
  afterPossessive?: boolean;
  /** Written right after a family word ("his son, Tom Lee"): a bare surname written before it may be another of the family. */
  relative?: boolean;
  /** A relative whose surname the article wrote before naming them ("Lee's son, Tom Lee", "Lee …. first lady Ann Lee"): a bare "Lee" may be either. */
  namesakeRelative?: boolean;
  /** Written right after an article ("a graduate of the Wharton School"): a thing or an organisation, not someone "he" stands for. */
  afterArticle?: boolean;
  /** Inside a quote ("Next up, 11 year old Barron Trump!"): the speaker's words name them, not the reporter's. */
  quoted?: boolean;
  /** "Ben Zahn III" introduced before any bare "Zahn": the surname before the suffix, which then names him. */
  suffixedSurname?: string;
}

/** What a speaker phrase refers to, before resolution. */
type Mention =
  | { kind: 'name'; text: string; span: Span }
  // `not`: a name the pronoun cannot stand for (its clause's object).
  | { kind: 'pronoun'; text: string; span: Span; not?: string }
  | { kind: 'description'; text: string; span: Span }
  // A cue that names nobody on purpose: the reporter's `as if to say "…"`.
  | { kind: 'nobody'; text: string; span: Span };

/** Reads a speaker phrase (the words on one side of a cue) into a mention. */
function mentionIn(lex: Lexicon, words: Word[], side: 'before' | 'after'): Mention | null {
  if (words.length === 0) return null;
  const edge = side === 'before' ? words[words.length - 1] : words[0];
  // "Face à elle, le député …": a stressed pronoun after a preposition is its object, no subject.
  const object = side === 'before' && lex.appositivePronouns.has(edge.lower) && lex.prepositions.has(words[words.length - 2]?.lower ?? '');
  if (lex.pronouns.has(edge.lower) && !object) return { kind: 'pronoun', text: edge.text, span: spanOf(edge) };
  // "a-t-il", "lui a-t-elle": the subject pronoun written onto its verb.
  const inverted = side === 'before' ? lex.invertedPronoun(edge.lower) : null;
  if (inverted !== null) return { kind: 'pronoun', text: inverted, span: spanOf(edge) };
  const org = lex.orgNamesRunOn ? runOnOrganisation(lex, words, side) : null;
  if (org) return org;
  // "Sen. Ann Lee (D - Conn.) said": a party tag's letter or state is no name of its own.
  const runs = nameRuns(lex, words).filter((r) => !r.possessive && !(r.afterPreposition && side === 'before') && (r.words.length > 1 || isNameWord(lex, r.words[0].text)));
  // The head of a noun phrase is its last name: "ACLU executive director Anthony Romero".
  let run: NameRun | undefined = runs[runs.length - 1];
  // "Remember the council spent …", "Imagine a town": a lone capitalized word before an article is a verb, not a name.
  // Not a surname after its title ("sold Mr. Kelley a gun").
  const at = run && run.words.length === 1 && side === 'before' ? words.indexOf(run.words[0]) : -1;
  if (at >= 0 && words[at + 1]?.joined && lex.articles.has(words[at + 1].lower) && !(at > 0 && words[at].joined && isTitle(lex, words[at - 1].lower))) run = undefined;
  // "the Lee campaigner", "a Lee spokesman": a person's name between a determiner and a lowercase
  // noun qualifies that noun, the phrase's head; the one speaking is the campaigner, not Lee (an
  // organisation's spokesman is read as the board here, and withheld where the credit is made: `speaksItself`).
  if (run && modifiesNoun(lex, words, run) && !isNeverPerson(runText(run), lex) && !lex.orgTails.has(run.words[run.words.length - 1].lower)
    && !lex.notPersonTails.has(run.words[run.words.length - 1].lower)) run = undefined;
  // "three Justice Department lawyers wrote": a name before a plural role noun qualifies it; the
  // lawyers speak, unnamed (a singular one is left as it was: see docs/DESIGN.md, h-spk18).
  // "Lee administration officials said": past one lowercase noun too.
  const afterAt = run ? words.indexOf(run.words[run.words.length - 1]) + 1 : -1;
  const pluralRole = (w: Word | undefined) => w !== undefined && w.joined && isPluralRoleNoun(lex, w.lower);
  const after = run ? words[afterAt] : undefined;
  if (pluralRole(after) || (after?.joined && /^\p{Ll}+$/u.test(after.text) && pluralRole(words[afterAt + 1]))) run = undefined;
  // Five or more capitalized words in a row are a caption or headline run into the name
  // ("US Central Command Public Affairs Biden"): only the last word is surely the speaker's.
  if (run && nameLength(run) > MAX_NAME_WORDS) run = { ...run, words: run.words.slice(-1) };
  // "the Norland Department of Conservation said": the organisation's tail runs to the cue; one
  // that stops short of it ("the Court of Appeals in Norland granted") is no speaker's name.
  const last = run ? words.indexOf(run.words[run.words.length - 1]) : -1;
  const tailEnd = run && side === 'before' ? organisationTailEnd(lex, words, last) : last;
  if (run && tailEnd === words.length - 1) run = { ...run, words: [...run.words, ...words.slice(last + 1, tailEnd + 1)] };
  if (run && run.words.length === 1 && lex.orgTails.has(run.words[0].lower)) {
    // "the Democratic Party said": the title-like words dropped before a lone organisation word
    // belong to the organisation's name; without them ("Prevention", "Means") it names nobody.
    let k = words.indexOf(run.words[0]);
    while (k > 0 && words[k].joined && isCapitalized(words[k - 1].text) && !lex.determiners.has(words[k - 1].lower)) k--;
    const org = words.slice(k, words.indexOf(run.words[0]) + 1);
    if (org.length < 2) return { kind: 'nobody', text: runText(run), span: runSpan(run) };
    run = { ...run, words: org };
  }
  // "Arizona Republican", "the New York Democrat": a party member described, not a name.
  if (run && lex.roleNouns.has(run.words[run.words.length - 1].lower) && run.words.length > 1) run = undefined;
  if (run) return { kind: 'name', text: runText(run), span: runSpan(run) };
  const span = { start: words[0].start, end: words[words.length - 1].end };
  return { kind: 'description', text: words.map((w) => w.text).join(' '), span };
}

/** Capitalized words an organisation's name runs on over after its "of" ("Department of Conservation"). */
const ORG_TAIL_WORDS = 3;

/**
 * "the Norland Department of Conservation said": an organisation's name of two words or more
 * ending in its head word ("Norland Department", at word `last`) runs on over the capitalized
 * words its "of" or "for" joins to it, side by side; cut at the head it would credit another. The
 * index of the name's last word: `last` when none runs on, when the capitalized words run on past
 * the tail ("Department of Homeland Security Secretary Ann Lee": a title and a name), or when the
 * head stands alone ("the Department of Justice continued": no name read before, none now). A
 * person's "of" ("Ann Lee of Norland") is left off.
 */
function organisationTailEnd(lex: Lexicon, words: Word[], last: number): number {
  const link = words[last + 1];
  if (!lex.orgTails.has(words[last].lower) || !link?.joined || !lex.nameTailLinks.has(link.lower)) return last;
  if (!(words[last].joined && isCapitalized(words[last - 1]?.text ?? '') && !lex.determiners.has(words[last - 1].lower))) return last;
  let end = last + 1;
  const tailWord = (w: Word | undefined) => w !== undefined && w.joined && isCapitalized(w.text) && !lex.notName.has(w.lower) && !w.aside;
  while (end - last - 1 < ORG_TAIL_WORDS && tailWord(words[end + 1])) end++;
  return end === last + 1 || tailWord(words[end + 1]) ? last : end;
}

/** A name mention run on over its organisation's tail in `words` (see organisationTailEnd). */
function withOrganisationTail(lex: Lexicon, words: Word[], m: Mention): Mention {
  const last = m.kind === 'name' ? words.findIndex((w) => w.end === m.span.end) : -1;
  const end = last < 0 ? last : organisationTailEnd(lex, words, last);
  if (end <= last) return m;
  return { kind: 'name', text: [m.text, ...words.slice(last + 1, end + 1).map((w) => w.text)].join(' '), span: { start: m.span.start, end: words[end].end } };
}

/**
 * A name run right after a determiner (or up to NOUN_MODIFIER_WORDS lowercase words after it, then
 * before a person's role) and right before a lowercase word: a modifier of that word.
 */
function modifiesNoun(lex: Lexicon, words: Word[], run: NameRun): boolean {
  const start = words.indexOf(run.words[0]);
  let first = start;
  const next = words[words.indexOf(run.words[run.words.length - 1]) + 1];
  // "one high-ranking Lee campaigner": lowercase words between the determiner and the name qualify the noun too.
  for (let k = 0; k < NOUN_MODIFIER_WORDS && first > 1 && words[first].joined && !isCapitalized(words[first - 1].text)
    && !lex.determiners.has(words[first - 1].lower) && /^\p{Ll}[\p{L}-]*$/u.test(words[first - 1].text); k++) first--;
  const det = words[first - 1];
  // Past such words only a person's role after the name says so: "a point host Ann Lee raised", "the
  // extremist Harbour Keepers group suggests" (an organisation speaks through its group, its report).
  const modified = first !== start;
  return det !== undefined && lex.determiners.has(det.lower) && words[first].joined
    && next !== undefined && next.joined && !isCapitalized(next.text) && /^\p{L}/u.test(next.text)
    && (!modified || isRoleOrTitle(lex, next.lower) || isPluralRoleNoun(lex, next.lower));
}
// Lowercase words a determiner may stand before a name that qualifies a noun ("a former senior Lee aide").
const NOUN_MODIFIER_WORDS = 2;

/** "de", "du", "des", "d'": the words that join an organisation's complement to its head. */
const ORG_LINKS = new Set(['de', 'du', 'des', "d'"]);
/** Words an organisation's name is read over at most after a cue. */
const ORG_WORDS = 10;

/**
 * An organisation named by its head and what runs on after it, at the phrase's edge next to the
 * cue: "la Commission européenne", "l'Association des maires ruraux", "le ministère de l'Intérieur"
 * (a lowercase head only with a capitalized complement). The determiner opens it; a preposition
 * other than "de", a clause break or a verb ends it. Null when the phrase holds no such name.
 */
function runOnOrganisation(lex: Lexicon, words: Word[], side: 'before' | 'after'): Mention | null {
  for (let i = 0; i + 1 < words.length; i++) {
    // After the cue the name comes first, or after the second word of a two-word cue ("a fait savoir la …").
    if (side === 'after' && i > (lex.cuesBeforeWord.has(words[0].lower) ? 1 : 0)) return null;
    const det = words[i];
    const head = words[i + 1];
    if (!lex.determiners.has(det.lower) || lex.indefiniteDeterminers.has(det.lower) || det.aside || head.aside) continue;
    const lowercaseHead = lex.lowercaseOrgHeads.has(head.text);
    if (!lowercaseHead && !(isCapitalized(head.text) && lex.orgTails.has(head.lower))) continue;
    let end = i + 1;
    let capitalized = false;
    for (let j = i + 2; j < words.length; j++) {
      const w = words[j];
      if (w.aside || !w.joined) break;
      const link = ORG_LINKS.has(w.lower) || (ORG_LINKS.has(words[j - 1].lower) && (w.lower === 'la' || w.lower === "l'"));
      if (link) continue;
      const word = /^\p{L}/u.test(w.text) && !lex.prepositions.has(w.lower) && !lex.clauseBreaks.has(w.lower) && !lex.determiners.has(w.lower)
        && !lex.auxiliaries.has(w.lower) && !lex.speechVerbs.has(w.lower) && !lex.pronouns.has(w.lower);
      if (!word) break;
      if (isCapitalized(w.text)) capitalized = true;
      end = j;
    }
    if (end === i + 1 || (lowercaseHead && !capitalized)) continue;
    if (side === 'before' && end !== words.length - 1) continue;
    const span = { start: head.start, end: words[end].end };
    return { kind: 'name', text: words.slice(i + 1, end + 1).map((w) => w.text).join(' ').replace(/' /g, "'").replace(/’ /g, '’'), span };
  }
  return null;
}

interface Segment {
  words: Word[];
  /** Index of the word just before a comma (or relative pronoun) that ended the walk; else -1. */
  before: number;
  /** The segment is a relative clause ("who runs the campaign"): never the speaker itself. */
  relative: boolean;
  /** The walk stopped at its word limit, not at a comma or clause break: the phrase start is unknown. */
  cut?: boolean;
}

/**
 * "of the House Ways and Means Committee", "with Love and Peace": an "and" between capitalized words
 * side by side, the first run a preposition's object, joins one name (not two subjects). Not when
 * a person follows it, by a given name or a title ("sparred with Moss and Press Secretary Ann Lee").
 */
function nameAnd(lex: Lexicon, words: Word[], i: number): boolean {
  if (i < 2 || !lex.conjunctions.has(words[i].lower) || !words[i].joined || !words[i + 1]?.joined || !isCapitalized(words[i + 1].text)) return false;
  if (lex.givenNameGenders.has(words[i + 1].lower)) return false;
  for (let j = i + 1; j < words.length && words[j].joined && isCapitalized(words[j].text); j++) if (isTitle(lex, words[j].lower)) return false;
  let k = i - 1;
  while (k > 0 && isCapitalized(words[k].text) && words[k].joined) k--;
  if (k === i - 1 || isCapitalized(words[k].text)) return false;
  const prep = lex.determiners.has(words[k].lower) && k > 0 && words[k].joined ? words[k - 1].lower : words[k].lower;
  return lex.prepositions.has(prep);
}

/** Words walking back from index `from` to a comma, a clause break or other punctuation. */
function segmentBack(lex: Lexicon, text: string, words: Word[], from: number): Segment {
  let i = from;
  while (i >= 0 && from - i < 12) {
    const lower = words[i].lower;
    if (lex.clauseBreaks.has(lower) && !nameAnd(lex, words, i)) {
      // "X, who runs the campaign, said" and "X, after a pause, said": the inserted clause points
      // back past itself.
      const relative = lex.relativePronouns.has(lower) || (i > 0 && text.slice(words[i - 1].end, words[i].start).includes(','));
      return { words: words.slice(i + 1, from + 1), before: relative ? i - 1 : -1, relative };
    }
    if (i < from && /[;:"“”]/.test(text.slice(words[i].end, words[i + 1].start))) break;
    if (i < from && text.slice(words[i].end, words[i + 1].start).includes(',')) {
      return { words: words.slice(i + 1, from + 1), before: i, relative: false };
    }
    i--;
  }
  return { words: words.slice(i + 1, from + 1), before: -1, relative: false, cut: i >= 0 && from - i >= 12 };
}


/**
 * "Coke (KO) said", "the institute (NIAID) said": a parenthesis of a few words right before the
 * cue is an aside (a ticker, an acronym, an age); the subject is the word before it. Else `i`.
 */
function beforeParenthesis(text: string, words: Word[], i: number): number {
  if (i < 1 || !/^[^\S\n]*\)/.test(text.slice(words[i].end, words[i + 1]?.start ?? words[i].end))) return i;
  for (let j = i; j >= 1 && i - j < 4; j--) {
    const gap = text.slice(words[j - 1].end, words[j].start);
    if (/[()\n]/.test(gap)) return /^[^\S\n]*\($/.test(gap) ? j - 1 : i;
  }
  return i;
}

/**
 * The last clause of `words`: after its last comma or clause word ("…, but he ruled out troops",
 * "when Moss walked in"); null when that clause is a relative one ("…, who took the stage").
 */
function lastClause(lex: Lexicon, text: string, words: Word[]): Word[] | null {
  let from = 0;
  for (let k = words.length - 1; k > 0 && from === 0; k--) {
    if (lex.relativePronouns.has(words[k].lower)) return null;
    if (lex.clauseBreaks.has(words[k].lower) && !lex.prepositions.has(words[k].lower) && !lex.conjunctions.has(words[k].lower)) from = k + 1;
    else if (/,/.test(text.slice(words[k - 1].end, words[k].start))) from = k;
  }
  return from < words.length ? words.slice(from) : null;
}

/**
 * Every name after a clause's subject is a preposition's object ("stood before Congress") or
 * follows the subject's own verb ("has accused McConnell of …"): a verb coordinated with its own has the same subject.
 */
function plainAfter(lex: Lexicon, clause: Word[], subjectEnd: number): boolean {
  const rest = clause.filter((w) => w.start >= subjectEnd);
  if (rest.length === 0) return false;
  let k = 0;
  while (k < rest.length && lex.auxiliaries.has(rest[k].lower)) k++;
  return (k < rest.length && isClauseVerb(lex, rest[k])) || nameRuns(lex, rest).every((r) => r.afterPreposition);
}

/**
 * The speaker before a cue: walk back over adverbs, read the phrase up to a comma or clause break.
 * A phrase that does not open with a name ("the ambassador", "a top Clinton adviser", "who runs
 * the campaign", "playing Sanders on TV") is usually an apposition: the name stands before its
 * comma ("Gor, the ambassador,"). Failing a name there, the first phrase is the speaker.
 */
function speakerBefore(lex: Lexicon, text: string, words: Word[], cueIndex: number): Mention | null {
  let i = cueIndex - 1;
  // Lowercase only: "Will urged" is George Will, not an auxiliary.
  while (i >= 0 && lex.auxiliaries.has(words[i].lower) && !isCapitalized(words[i].text)) i--;
  // "Johnson stood before Congress and declared": a verb coordinated with its clause's own verb has that clause's subject
  // (the clause after the last comma or clause word), when every other name in it is a preposition's object.
  if (i > 0 && lex.conjunctions.has(words[i].lower) && words[i].joined) {
    const clause = lastClause(lex, text, words.slice(0, i));
    const subject = clause ? subjectIn(lex, text, clause) : null;
    if (clause && (subject?.kind === 'name' || subject?.kind === 'pronoun') && plainAfter(lex, clause, subject.span.end)) return subject;
  }
  // "Lee argued that the storm cost her the Harbour Board, and said": a verb after ", and" shares the
  // sentence's subject; the name ending the clause before it is that clause's object.
  if (i > 0 && i === cueIndex - 1 && lex.conjunctions.has(words[i].lower) && /^\s*,\s*$/.test(text.slice(words[i - 1].end, words[i].start))
    && mentionIn(lex, segmentBack(lex, text, words, i - 1).words, 'before')?.kind === 'name') {
    const subject = subjectIn(lex, text, words.slice(0, i));
    if (subject?.kind === 'name' || subject?.kind === 'pronoun') return subject;
  }
  // "called on Beck and Lee to testify": the names a request puts before the infinitive are asked to speak; they have not spoken.
  if (i > 0 && i === cueIndex - 1 && lex.infinitiveMarkers.has(words[i].lower) && words[i].joined && isCapitalized(words[i - 1].text) && requestedBefore(lex, words, i - 1)) {
    return { kind: 'nobody', text: words[i].text, span: spanOf(words[i]) };
  }
  // "an endorsement from Ann Lee, who said": the cue's subject is the relative pronoun's antecedent.
  if (i > 0 && lex.relativePronouns.has(words[i].lower)) return antecedentOf(lex, text, words, i);
  // "went after Moss, who he described as": the relative pronoun is the verb's object, so "he" is
  // someone other than its antecedent, though that is the name nearest to it.
  if (i > 1 && lex.personPronouns.has(words[i].lower) && words[i].joined && lex.relativePronouns.has(words[i - 1].lower)) {
    const antecedent = antecedentOf(lex, text, words, i - 1);
    if (antecedent.kind === 'name') return { kind: 'pronoun', text: words[i].text, span: spanOf(words[i]), not: antecedent.text };
  }
  // "a tweet from Lee that said": "that" stands for a thing, which credits no one (not the sentence's subject).
  if (i > 0 && lex.thingRelativePronouns.has(words[i].lower) && words[i].joined && !isCueWord(lex, words[i - 1].text)) {
    return { kind: 'nobody', text: words[i].text, span: spanOf(words[i]) };
  }
  i = beforeParenthesis(text, words, i);
  const skipped = beforeDashInsertion(text, words, i);
  const afterDash = skipped !== i;
  i = skipped;
  // "Un étudiant, lui, relativise": a stressed pronoun between commas restates the subject before it.
  if (lex.appositivePronouns.size > 0 && i >= 0 && lex.appositivePronouns.has(words[i].lower)) {
    const lone = segmentBack(lex, text, words, i);
    if (lone.before >= 0 && lone.words.length === 1) i = lone.before;
  }
  let first: Mention | null = null;
  for (let hops = 0; hops < 5 && i >= 0; hops++) {
    const seg = withinRelative(lex, text, words, segmentBack(lex, text, words, i));
    // Past a dash insertion only a phrase with a known start leads to the name: "Lee, who saw
    // the Ruiz Park plans in May with her aunt -- a former ranger -- said" is too long to read,
    // and the verb's subject is unknown (nobody, not a guess from elsewhere in the sentence).
    if (afterDash && seg.cut) return { kind: 'nobody', text: words[cueIndex].text, span: spanOf(words[cueIndex]) };
    // "Haros, who lost his mother, Frances, said": a name in apposition to the relative clause's own "his mother" is not who speaks.
    if (hops === 0 && seg.before >= 0 && seg.words.length <= MAX_NAME_WORDS) {
      const prior = segmentBack(lex, text, words, seg.before);
      const [owner, noun] = prior.words.length >= 2 ? prior.words.slice(-2) : [undefined, undefined];
      if (prior.relative && prior.before >= 0 && owner && noun && lex.possessives.has(owner.lower) && !isCapitalized(noun.text)) {
        i = prior.before;
        continue;
      }
    }
    // "Lee, a professor who teaches law and has known Beck for years, said": a verb phrase after
    // "and" shares the subject before it; its object (Beck) is not who speaks.
    const joinedAt = seg.before < 0 && !seg.cut && seg.words.length > 0 ? words.indexOf(seg.words[0]) - 1 : -1;
    if (joinedAt > 0 && lex.conjunctions.has(words[joinedAt].lower) && !text.slice(words[joinedAt - 1].end, words[joinedAt].start).includes(',')
      && lex.auxiliaries.has(seg.words[0].lower) && !isCapitalized(seg.words[0].text)) {
      i = joinedAt - 1;
      continue;
    }
    const m = mentionIn(lex, seg.words, 'before');
    const lead = seg.words[0]?.text ?? '';
    const opensWithName = isCapitalized(lead) && !lex.determiners.has(lead.toLowerCase());
    // Past the first comma the name must close its phrase ("Gor, the ambassador, said"), or its
    // state may follow ("Rep. Ann Lee of Maryland, the senior Democrat …, said"): a clause there
    // ("when Lee mentioned the rival, the crowd chanted") names someone else.
    const closesPhrase = hops === 0 ? headsPhrase(lex, seg.words, m)
      : m !== null && (m.span.end === seg.words[seg.words.length - 1]?.end || placeAfter(lex, seg.words, m) || asideAfter(text, seg.words, m));
    if (m && !seg.relative && closesPhrase && (m.kind === 'pronoun' || (m.kind === 'name' && opensWithName))) {
      return m.kind === 'name' && hops === 0 && insideTitle(lex, text, words, m) ? nameBeforeTitle(lex, text, words, cueIndex) ?? m : m;
    }
    // "Léon Mabille, chef de file du groupe Alternative, a dénoncé": a name inside an apposition is not its head.
    const inApposition = lex.appositionNames && hops === 0 && seg.before >= 0 && !opensWithName;
    // A name inside a relative clause set off by commas ("Lee, who wants Congress to vote, told") is not the one speaking
    // (in "the plan, which Lee called" the clause is the cue's own).
    const opener = seg.words.length > 0 ? words[words.indexOf(seg.words[0]) - 1] : undefined;
    const inserted = seg.relative && m?.kind === 'name' && opener !== undefined && lex.relativePronouns.has(opener.lower)
      && text.slice(seg.words[seg.words.length - 1].end, words[cueIndex].start).includes(',');
    if ((!seg.relative || first === null) && !inserted) first ??= m?.kind === 'name' && (!closesPhrase || inApposition) ? null : m;
    if (seg.before < 0) break;
    i = seg.before;
  }
  // "Ann Lee, High Representative … for Foreign Affairs and Security Policy, said": the name the
  // title is about is not who speaks; the one before the commas is.
  if (first?.kind === 'name' && insideTitle(lex, text, words, first)) return nameBeforeTitle(lex, text, words, cueIndex) ?? first;
  if (first?.kind === 'name' || first?.kind === 'pronoun') return first;
  return nameBeforeInsertion(lex, text, words, cueIndex) ?? first;
}

/**
 * "Ross, who has sparred with the mayor and Press Secretary Ann Lee, tweeted": a phrase opened by
 * "and" inside a relative clause set off by commas belongs to that clause, not to the cue's subject.
 */
function withinRelative(lex: Lexicon, text: string, words: Word[], seg: Segment): Segment {
  const conj = seg.before < 0 && !seg.cut && seg.words.length > 0 ? words.indexOf(seg.words[0]) - 1 : -1;
  if (conj < 1 || !lex.conjunctions.has(words[conj].lower) || text.slice(words[conj - 1].end, words[conj].start).includes(',')) return seg;
  // The clause closes with a comma before the cue; a clause running on to it ("which quotes a Lee aide and supporter predicting") is left as it was.
  const last = words.indexOf(seg.words[seg.words.length - 1]);
  if (!text.slice(words[last].end, words[last + 1]?.start ?? words[last].end).includes(',')) return seg;
  const outer = segmentBack(lex, text, words, conj - 1);
  return outer.relative ? { words: [...outer.words, words[conj], ...seg.words], before: outer.before, relative: true } : seg;
}

/** Words the object of a request may run to before its infinitive ("both Sen. Ann Lee and Tom Moss"). */
const REQUESTED_WORDS = 8;

/**
 * "asked Lee to", "called on both Beck and Lee to": the capitalized words ending at `last` are the
 * object of a request verb (not "led Lee to declare", "took to Twitter to say": those speak).
 */
function requestedBefore(lex: Lexicon, words: Word[], last: number): boolean {
  let j = last;
  while (j >= 0 && last - j < REQUESTED_WORDS && (isCapitalized(words[j].text) || isTitle(lex, words[j].lower) || lex.conjunctions.has(words[j].lower) || lex.pairWords.has(words[j].lower))) {
    if (j < last && !words[j + 1].joined) return false;
    j--;
  }
  if (j >= 0 && j < last && lex.requestLinks.has(words[j].lower) && words[j + 1].joined) j--;
  return j >= 0 && j < last && words[j + 1].joined && lex.requestVerbs.has(words[j].lower);
}

/** The name follows a preposition or "and" within a few words of its phrase: the object of a title ("director of the … Rights Project"). */
function insideTitle(lex: Lexicon, text: string, words: Word[], m: Mention): boolean {
  const k = words.findIndex((w) => w.start >= m.span.start);
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    // "El portavoz del Partido Renovador, Julián Echevarría": a name set off by a comma is the apposition's own.
    if (/[,;:.!?"“”«»()]/.test(text.slice(words[j].end, words[j + 1].start))) return false;
    if (lex.prepositions.has(words[j].lower) || words[j].lower === 'and') return true;
  }
  return false;
}

/**
 * `Ann Lee of Maryland, the senior Democrat on the House Committee on Oversight, said`: with a
 * comma right before the cue, a verbless title phrase between two commas and a person's name
 * (or a name and its state) before the first of them, that name.
 */
function nameBeforeTitle(lex: Lexicon, text: string, words: Word[], cueIndex: number): Mention | null {
  if (cueIndex < 2 || !text.slice(words[cueIndex - 1].end, words[cueIndex].start).includes(',')) return null;
  for (let k = cueIndex - 2; k >= 0 && cueIndex - k < 30; k--) {
    const gap = text.slice(words[k].end, words[k + 1].start);
    if (/[;:"“”.!?]/.test(gap)) return null;
    if (!gap.includes(',')) continue;
    const title = words.slice(k + 1, cueIndex);
    if (lex.clauseBreaks.has(title[0].lower) || lex.relativePronouns.has(title[0].lower)) return null;
    if (title.some((w) => isClauseVerb(lex, w) || (!isCapitalized(w.text) && lex.auxiliaries.has(w.lower)))) return null;
    // The name closes the words before the comma, or its place does ("Cummings of Maryland").
    let end = k;
    if (k >= 2 && words[k - 1].lower === 'of' && isCapitalized(words[k].text)) end = k - 2;
    const run = nameRuns(lex, words.slice(Math.max(0, end - 4), end + 1)).pop();
    if (!run || run.possessive || run.words[run.words.length - 1] !== words[end] || isNeverPerson(runText(run), lex)) return null;
    return run.words.length > 1 || isNameWord(lex, run.words[0].text) ? { kind: 'name', text: runText(run), span: runSpan(run) } : null;
  }
  return null;
}

/** The name `m` is followed only by "of" and capitalized words: its state or city ("Ann Lee of Maryland"). */
function placeAfter(lex: Lexicon, seg: Word[], m: Mention): boolean {
  const rest = seg.filter((w) => w.start >= m.span.end);
  return rest.length >= 2 && rest.length <= 3 && rest[0].lower === 'of' && rest.slice(1).every((w) => isCapitalized(w.text) && !lex.determiners.has(w.lower));
}

/**
 * The one a relative pronoun at word `rel` stands for: the name ending right before it ("from Ann
 * Lee, who said"), even after a preposition; else, where roles are read in context, the description
 * there ("el exregidor, que calificó"); else nobody, never the sentence's subject.
 */
function antecedentOf(lex: Lexicon, text: string, words: Word[], rel: number): Mention {
  const nobody: Mention = { kind: 'nobody', text: words[rel].text, span: spanOf(words[rel]) };
  if (!/^\s*,?\s*$/.test(text.slice(words[rel - 1].end, words[rel].start))) return nobody;
  const run = nameRuns(lex, words.slice(Math.max(0, rel - MAX_NAME_WORDS), rel)).pop();
  if (run && !run.possessive && run.words[run.words.length - 1] === words[rel - 1] && (run.words.length > 1 || isNameWord(lex, run.words[0].text))) {
    return { kind: 'name', text: runText(run), span: runSpan(run) };
  }
  // Only where a role is read in context: in English "coming from a candidate, who said" names no one.
  const described = lex.rolesInContext ? mentionIn(lex, segmentBack(lex, text, words, rel - 1).words, 'before') : null;
  return described?.kind === 'description' ? described : nobody;
}

const DASH = /--|\u2014|\u2013/;

/**
 * `Ann Lee, the director -- whose office runs the port -- told me`: when a dash closes an
 * insertion right after word `i`, the index of the word before its opening dash (the insertion
 * is skipped like a comma-enclosed one); else `i`. Not across a sentence end or a quote mark.
 */
function beforeDashInsertion(text: string, words: Word[], i: number): number {
  if (i < 0 || i + 1 >= words.length || !DASH.test(text.slice(words[i].end, words[i + 1].start))) return i;
  for (let k = i - 1; k >= 0 && i - k < 40; k--) {
    const gap = text.slice(words[k].end, words[k + 1].start);
    if (/[.!?;:"“”]/.test(gap.replace(/-+/g, ''))) return i;
    if (DASH.test(gap)) return k;
  }
  return i;
}

/** "Ann Lee (D-Md.), chair of …": a name whose phrase ends in a short parenthesis right after it. */
function asideAfter(text: string, seg: Word[], m: Mention): boolean {
  const rest = seg.filter((w) => w.start >= m.span.end);
  return rest.length > 0 && rest.length <= 3 && /^[^\S\n]*\($/.test(text.slice(m.span.end, rest[0].start));
}

/**
 * The name heads its phrase, or is the subject of its clause ("Lee returned the favour, saying"):
 * a name between a determiner and a noun only modifies it ("an ABC/Daily Ledger poll put her
 * ahead", "a Carrier executive"), unless the noun is a title or a time word, a preposition or an
 * adverb follows ("a Ledger spokesman", "Lee on Tuesday").
 */
function headsPhrase(lex: Lexicon, seg: Word[], m: Mention | null): boolean {
  if (m?.kind !== 'name') return true;
  const k = seg.findIndex((w) => w.start >= m.span.end);
  let j = seg.findIndex((w) => w.start >= m.span.start);
  while (j > 0 && isCapitalized(seg[j - 1].text) && !lex.determiners.has(seg[j - 1].lower)) j--; // "an ABC/Daily Ledger poll"
  if (k < 0 || j < 1 || !lex.determiners.has(seg[j - 1].lower)) return true;
  const next = seg[k].lower;
  // "Sen. Ann Lee (D-Mo.) said", "a Ledger spokesman said": a party tag or a title still leaves it the head.
  // "the Harbour Board statement says": the statement is the board's, as its spokesman would be.
  return lex.prepositions.has(next) || lex.notName.has(next) || lex.auxiliaries.has(next) || isTitle(lex, next) || lex.isPartyTag(next) || lex.utteranceNouns.has(next);
}

/**
 * The source a phrase after "according to" names when it heads the phrase, run on over its
 * organisation's tail in `words` ("the Department of Conservation"); null when it only qualifies
 * a noun ("a Ledger poll", "a Department of Conservation report").
 */
function sourceHead(lex: Lexicon, phrase: Word[], words: Word[], m: Mention): Mention | null {
  const org = withOrganisationTail(lex, words, m);
  return headsPhrase(lex, org === m ? phrase : words, org) ? org : null;
}

/** `Ann Lee, speaking after the poll put her ahead, said`: the name before a comma-enclosed insertion. */
function nameBeforeInsertion(lex: Lexicon, text: string, words: Word[], cueIndex: number): Mention | null {
  // "X did Y, shouting": a participle cue's subject opens its clause (see clauseSubject), not here.
  let c = cueIndex;
  while (c > 0 && lex.auxiliaries.has(words[c - 1].lower) && !isCapitalized(words[c - 1].text)) c--; // ", recently put it"
  if (c < 1 || lex.isParticiple(words[cueIndex].lower) || !text.slice(words[c - 1].end, words[c].start).includes(',')) return null;
  for (let k = c - 2; k >= 0 && c - k < 30; k--) {
    const gap = text.slice(words[k].end, words[k + 1].start);
    if (/[;:"“”.!?]/.test(gap)) return null;
    if (!gap.includes(',')) continue;
    // An insertion about the name: an apposition, a relative clause or a participle phrase, not
    // a clause of its own ("…at Purchase, when protesters interrupted her, shouting").
    const lead = words[k + 1].lower;
    if (!lex.appositionOpeners.has(lead) && !lex.opensParticiplePhrase(lead)) return null;
    const run = nameRuns(lex, words.slice(Math.max(0, k - 4), k + 1)).pop();
    return run && !run.possessive && run.words[run.words.length - 1] === words[k] ? { kind: 'name', text: runText(run), span: runSpan(run) } : null;
  }
  return null;
}

/** Speaker words after a cue ("said Jon Kohan, the campaign manager"): up to the next comma. */
function subjectAfter(lex: Lexicon, text: string, words: Word[], cueIndex: number): Word[] {
  const out: Word[] = [];
  const from = lex.addresseeMarkers.size > 0 ? afterAddressee(lex, text, words, cueIndex) : cueIndex;
  for (let i = from + 1; i < words.length && out.length < SUBJECT_WORDS; i++) {
    const w = words[i];
    if (out.length === 0 && lex.notName.has(w.lower) && !lex.speakerPhraseOpeners.has(w.lower)) break;
    // "said the base chief known as Bob": the name after "known as" is the speaker.
    if (lex.aliasPhrases.some((p) => phraseAt(words, i - p.length + 1, p))) {
      out.length = 0;
      continue;
    }
    // "a précisé Anne de Valmont": a name particle is no preposition.
    const particle = out.length > 0 && isCapitalized(out[out.length - 1].text) && lex.nameParticles.length > 0 ? particleAt(lex, words, i) : 0;
    if (particle > 0) {
      out.push(...words.slice(i, i + particle));
      i += particle - 1;
      continue;
    }
    if (lex.prepositions.has(w.lower) || lex.prepositionOpeners.has(w.lower) || (lex.clauseBreaks.has(w.lower) && !lex.conjunctions.has(w.text))) break;
    out.push(w);
    if (/[,.;:!?]/.test(text.slice(w.end, words[i + 1]?.start ?? w.end))) break;
    // "former House speaker and long-time Trump backer Newt Gingrich": a name the cap would cut
    // is read to its end, never credited as "Newt".
    if (out.length === SUBJECT_WORDS) for (let j = i + 1; j < words.length && j <= i + 3 && isCapitalized(w.text) && isCapitalized(words[j].text) && !separated(text, words[j - 1], words[j]); j++) out.push(words[j]);
    if (out.length > SUBJECT_WORDS) break;
  }
  return out;
}

// Words read after a cue for its subject ("said former House speaker and long-time Trump backer …").
const SUBJECT_WORDS = 8;

const separated = (text: string, a: Word, b: Word) => /[,.;:!?"“”«»„()]/.test(text.slice(a.end, b.start));

/**
 * "explicó a este diario Marta Ruiz", "declaró a El Heraldo la abogada": after a cue, the listener
 * (a marker, articles, then one noun or one capitalized name) stands before the speaker. The index
 * of the listener's last word when a speaker (an article or a capitalized word) follows it in the
 * same clause; else `cueIndex`.
 */
function afterAddressee(lex: Lexicon, text: string, words: Word[], cueIndex: number): number {
  let j = cueIndex + 1;
  if (!words[j] || !lex.addresseeMarkers.has(words[j].lower)) return cueIndex;
  j++;
  while (words[j] && lex.determiners.has(words[j].lower) && !separated(text, words[j - 1], words[j])) j++;
  if (!words[j] || separated(text, words[j - 1], words[j])) return cueIndex;
  const listener = j;
  if (isCapitalized(words[j].text)) {
    j++;
    while (words[j] && words[j].joined && (isCapitalized(words[j].text) || lex.nameParticles.some((p) => p[0] === words[j].lower))) j++;
  } else j++;
  const speaker = words[j];
  // "a déclaré au Parisien Jean Dupont": three capitalized words or more run the outlet into the
  // speaker's name; the outlet is read as one word, the rest as the name.
  if ((!speaker || separated(text, words[j - 1], speaker)) && j - listener >= 3 && isCapitalized(words[listener].text)) return listener;
  if (!speaker || separated(text, words[j - 1], speaker)) return cueIndex;
  return lex.determiners.has(speaker.lower) || isCapitalized(speaker.text) ? j - 1 : cueIndex;
}

/**
 * "rappelle son maire, Gilles Arnaud": the name set off by a comma after a description that ends
 * at word `last` (within a dozen words, no sentence end between), when it ends its own phrase.
 */
function appositionName(lex: Lexicon, text: string, words: Word[], last: number): Mention | null {
  for (let k = last; k < words.length - 1 && k - last < 12; k++) {
    const gap = text.slice(words[k].end, words[k + 1].start);
    if (/[.;:!?"“”«»„]/.test(gap)) return null;
    if (!gap.includes(',')) continue;
    let e = k + 1;
    while (e + 1 < words.length && words[e + 1].joined) e++;
    // "said Lee's host, actress Ann Moss": lowercase titles may stand before the name.
    let s = k + 1;
    while (s < e && !isCapitalized(words[s].text) && isTitle(lex, words[s].lower)) s++;
    const run = nameRuns(lex, words.slice(s, e + 1))[0];
    if (!run || run.words[0] !== words[s] || run.words[run.words.length - 1] !== words[e] || run.possessive) return null;
    return { kind: 'name', text: runText(run), span: runSpan(run) };
  }
  return null;
}

interface Cue {
  cue: string;
  /** A source phrase ("according to X"), not a speech verb: it credits where the words come from. */
  source?: boolean;
  mention: Mention;
  /** Who a question cue is put to ("Hannity asked Trump"): the one who answers next. */
  addressee?: Mention;
}


/** The name right after a question cue ("asked Trump", "pressed Sen. Mara Velde"), or undefined. */
function addresseeAfter(lex: Lexicon, words: Word[], cueIndex: number): Mention | undefined {
  if (!lex.questionVerbs.has(words[cueIndex].lower)) return undefined;
  const after: Word[] = [];
  for (let i = cueIndex + 1; i < words.length && after.length < 5; i++) {
    if (!words[i].joined || !(isCapitalized(words[i].text) || isTitle(lex, words[i].lower))) break;
    after.push(words[i]);
  }
  const run = nameRuns(lex, after).pop();
  return run && !run.possessive ? { kind: 'name', text: runText(run), span: runSpan(run) } : undefined;
}

/** The speaker phrase after the cue at `cueIndex`, a description followed by its name read as the name. */
function mentionAfter(lex: Lexicon, text: string, words: Word[], cueIndex: number): Mention | null {
  const phrase = subjectAfter(lex, text, words, cueIndex);
  // The phrase stops at "de": an organisation's name runs on past it ("le ministère de l'Intérieur").
  const from = phrase.length > 0 && lex.orgNamesRunOn ? words.indexOf(phrase[0]) : -1;
  const org = from >= 0 ? runOnOrganisation(lex, words.slice(from, from + ORG_WORDS), 'after') : null;
  if (org) return org;
  const m = mentionIn(lex, phrase, 'after');
  // The phrase stops at "of": an organisation's name runs on past it ("said the Department of Conservation").
  return (m?.kind === 'description' ? describedName(lex, text, words, phrase) : null) ?? (m && withOrganisationTail(lex, words, m));
}

/** "said the spokesman, Ann Lee", "rappelle son maire, Gilles Arnaud": the name after a description. */
function describedName(lex: Lexicon, text: string, words: Word[], phrase: Word[]): Mention | null {
  if (phrase.length === 0) return null;
  return appositionName(lex, text, words, words.indexOf(phrase[phrase.length - 1]));
}

/** "dit-il", "explique-t-elle": the subject pronoun fused onto the cue itself, else null. */
function fusedSubject(lex: Lexicon, w: Word): Mention | null {
  const pronoun = lex.isFusedCue(w.lower) ? lex.invertedPronoun(w.lower) : null;
  return pronoun === null ? null : { kind: 'pronoun', text: pronoun, span: spanOf(w) };
}

/** The subject a verb carries alone («…», añadió.): a pronoun with no word of its own (text ''). */
const impliedSubject = (cue: Word): Mention => ({ kind: 'pronoun', text: '', span: spanOf(cue) });

/** "pour la sénatrice Hélène Carvin, « … »": a weak source phrase at word `i` that a name or pronoun follows. */
function weakSourceAt(lex: Lexicon, text: string, words: Word[], i: number): Cue | null {
  const phrase = lex.weakSourcePhrases.find((p) => phraseAt(words, i, p));
  if (!phrase) return null;
  const m = mentionAfter(lex, text, words, i + phrase.length - 1);
  return m?.kind === 'name' || m?.kind === 'pronoun' ? { cue: phraseText(phrase), source: true, mention: m } : null;
}

/** A phrase as written in a cue: "according to", "d'après" (an elided word runs into the next). */
const phraseText = (p: Phrase) => p.join(' ').replace(/' /g, "'");

/** The source phrase ("according to") opening at word `i`; those valid only after a quote when `afterQuote`. */
function sourceAt(lex: Lexicon, words: Word[], i: number, afterQuote: boolean): Phrase | null {
  return lex.sourcePhrases.find((p) => phraseAt(words, i, p)) ?? (afterQuote ? lex.sourcePhrasesAfterQuote.find((p) => phraseAt(words, i, p)) : undefined) ?? null;
}

/** `as if to say "…"`, `as though to say`: the reporter's gloss, said by nobody. */
function isGloss(lex: Lexicon, words: Word[], cueIndex: number): boolean {
  return lex.glossPhrases.some((p) => phraseAt(words, cueIndex - p.length, p));
}

// Words after a quote among which its cue is looked for.
const CUE_REACH_AFTER = 9;

/**
 * `"…," Ann Lee of the Norland Institute for Park Studies wrote.`: the words of the affiliation
 * (a preposition, maybe an article, then capitalized words, small words only between them) that
 * follows the capitalized name opening the clause; 0 when there is none.
 */
function affiliationLength(lex: Lexicon, words: Word[]): number {
  let k = 0;
  while (k < words.length && isCapitalized(words[k].text) && (k === 0 || words[k].joined)) k++;
  if (k === 0 || !words[k]?.joined || !lex.prepositions.has(words[k].lower)) return 0;
  const from = words[k + 1]?.joined && lex.determiners.has(words[k + 1].lower) ? k + 2 : k + 1;
  let end = from;
  for (let j = from; j < words.length && words[j].joined; j++) {
    if (isCapitalized(words[j].text)) end = j + 1;
    else if (!lex.titleSmallWords.has(words[j].lower) || !isCapitalized(words[j + 1]?.text ?? '')) break;
  }
  return end > from ? end - k : 0;
}

/** Words at most in a sign-off line after a dash: a function and a name. */
const SIGNATURE_WORDS = 9;

/** The cue and speaker of a clause after a quote: `, X said` or `, said X`, near its start. */
function cueAfterQuote(lex: Lexicon, text: string, from: number, to: number, sentenceSubject: () => Mention | null = () => null, signOff = true): Cue | null {
  const words = wordsIn(lex, text, from, to);
  // A sign-off: "…" ― Jane Doe
  const dash = /^\s*(\u2015|\u2014|\u2013|--)\s*$/u.exec(text.slice(from, words[0]?.start ?? from));
  if (dash && words.length > 0) {
    const run = nameRuns(lex, words.slice(0, 5))[0];
    // After words quoted inside a sentence, only a name that ends the paragraph or carries a
    // handle ("— Ann Lee (@annlee)", a post's signature) signs them off.
    const after = (r: NameRun) => text.slice(r.words[r.words.length - 1].end);
    const signs = (r: NameRun) => signOff || /^\s*\(@/.test(after(r)) || (/^[\s.]*$/.test(text.slice(r.words[r.words.length - 1].end, to)) && /^[^\S\n]*(\n|$)/.test(text.slice(to)));
    if (run && run.words[0] === words[0] && signs(run)) return { cue: dash[1], mention: { kind: 'name', text: runText(run), span: runSpan(run) } };
    // A pull quote signed with a function first ("— Deputy Press Secretary Ann Lee"): a short
    // line that ends its paragraph with a full name.
    const end = words[words.length - 1];
    const line = words.length <= SIGNATURE_WORDS && /^[\s.]*$/.test(text.slice(end.end, to)) && /^[^\S\n]*(\n|$)/.test(text.slice(to));
    const last = line ? nameRuns(lex, words).at(-1) : undefined;
    if (last && last.words.length > 1 && last.words[last.words.length - 1] === end && !last.possessive) {
      return { cue: dash[1], mention: { kind: 'name', text: runText(last), span: runSpan(last) } };
    }
  }
  // The cue stands among the clause's first words; a leading name's affiliation does not count.
  const reach = CUE_REACH_AFTER + affiliationLength(lex, words);
  for (let i = 0; i < Math.min(words.length, reach); i++) {
    const w = words[i];
    // `"…," according to Ann Lee.`: the source after "according to", as before a quote.
    const sourceWords = sourceAt(lex, words, i, i === 0);
    if (sourceWords) {
      // "according to a Ledger poll" credits a poll, not Ledger: the name must head its phrase.
      // Either way the quote has a source of its own: it continues nobody's quote before it.
      const phrase = subjectAfter(lex, text, words, i + sourceWords.length - 1);
      const source = mentionIn(lex, phrase, 'after');
      const named = source?.kind === 'description' ? describedName(lex, text, words, phrase) : null;
      return { cue: phraseText(sourceWords), source: true, mention: named ?? (source && sourceHead(lex, phrase, words, source)) ?? { kind: 'nobody', text: w.text, span: spanOf(w) } };
    }
    const weakSource = weakSourceAt(lex, text, words, i);
    if (weakSource) return weakSource;
    if (!isCueWord(lex, w.text, words[i + 1]?.text)) continue;
    if (isGloss(lex, words, i)) return { cue: w.text, mention: { kind: 'nobody', text: w.text, span: spanOf(w) } };
    // `would "lie", that he was not capable of telling the truth`: a participle a preposition governs names an act, not this quote's attribution.
    if (i > 0 && lex.isParticiple(w.lower) && lex.prepositions.has(words[i - 1].lower) && words[i].joined) continue;
    const passive = lex.passiveAgents.has(words[i + 1]?.lower ?? '');
    // `"…," I was told by Ann Lee`: before a passive verb stands the listener; the one named after "by" speaks.
    const agent = passive && i > 0 && lex.auxiliaries.has(words[i - 1].lower) ? mentionIn(lex, subjectAfter(lex, text, words, i + 1), 'after') : null;
    // "a White House official told ABC News": after "told" stands the listener, never the speaker.
    const subject = i > 0 ? speakerBefore(lex, text, words, i) : null;
    // `"…," she was told`: its subject, right after the quote, is the listener; a passive further on ("to be asked") is not the attribution.
    if (agent?.kind !== 'name' && passiveCue(lex, words, i)) {
      if ((subject?.kind === 'name' || subject?.kind === 'pronoun') && subject.span.start <= words[0].start) return { cue: w.text, mention: { kind: 'nobody', text: w.text, span: spanOf(w) } };
      continue;
    }
    // `dismissed it as a "distraction" and his deputy said he …`: a clause the quote's sentence goes
    // on with, of its own subject, reports that subject's words, not the quote's (a "he" may be the same person).
    // The subject right after "and", or after a word opening one ("and the chancellor, Ann Lee, said"); past a comma
    // otherwise ("looting" and other crimes, Chief Lee said), the quote's own attribution.
    if (i > 1 && lex.conjunctions.has(words[0].lower) && newSubject(lex, subject) && !lex.isParticiple(w.lower) && !fusedSubject(lex, w) && agent?.kind !== 'name'
      && !CLAUSE_MARK.test(text.slice(words[0].end, words[1].start))
      && (opensOwnClause(lex, words[0].text, words[1].text) || !CLAUSE_MARK.test(text.slice(words[0].end, subject!.span.start)))) return null;
    // `called it "an act of war," while President Beck announced …`, `"…," but Beck said`: a clause
    // opened after a comma that sets a subject of its own against the quote's is that subject's.
    const contrast = subject !== null && newSubject(lex, subject) && words.slice(0, i).some((x, k) => lex.contrastOpeners.has(x.lower)
      && x.end <= subject.span.start && (k === 0 || /,\s*$/.test(text.slice(words[k - 1].end, x.start))));
    if (contrast && agent?.kind !== 'name') return null;
    let mention = (agent?.kind === 'name' ? agent : null) ?? fusedSubject(lex, w) ?? subject
      ?? (lex.listenerCues.has(w.lower) && !passive ? { kind: 'nobody', text: w.text, span: spanOf(w) } : mentionAfter(lex, text, words, passive ? i + 1 : i));
    // `an “enormous insult” to the council, said Ann Lee`: a phrase the quote's sentence runs on
    // with, opened by a preposition, is no subject; the name after the verb speaks.
    if (i > 0 && mention?.kind !== 'name' && mention?.kind !== 'pronoun' && !passive && !lex.isParticiple(w.lower) && lex.prepositions.has(words[0].lower)
      && text.slice(words[i - 1].end, w.start).includes(',') && !lex.listenerCues.has(w.lower)) {
      const after = mentionAfter(lex, text, words, i);
      if (after?.kind === 'name') mention = after;
    }
    // «…», añadió.: a language that drops its subjects speaks through the verb alone.
    if (mention === null && lex.dropsSubject) mention = impliedSubject(w);
    // `Lee shrugged it off -- "A" -- and, when pressed, asserting, "B"`: a participle's subject
    // opens the sentence the quote stands in.
    if (mention?.kind !== 'name' && mention?.kind !== 'pronoun' && lex.isParticiple(w.lower) && i > 0 && text.slice(words[i - 1].end, w.start).includes(',')) {
      mention = sentenceSubject() ?? mention;
    }
    // `Lee said "…," adding the committee was misled`: a participle right after the quote has the
    // sentence's subject; a name after it opens the clause it reports, never the speaker.
    if (i === 0 && lex.isParticiple(w.lower)) mention = sentenceSubject();
    // `"…," Dana Holt, an economist and tax expert, told me`: the name before the apposition.
    if (mention?.kind === 'description') {
      const leading = leadingNameCue(lex, text, words);
      if (leading) return leading;
    }
    return mention ? { cue: w.text, mention, addressee: addresseeAfter(lex, words, i) } : null;
  }
  return leadingNameCue(lex, text, words) ?? bareVerbCue(lex, text, words, from, to);
}

/**
 * `"…" and the chancellor said`, `"…," and Orrin Hatch said, "…"`: "and" and a word opening a
 * subject (a capitalized word, a determiner) start a clause of its own after a quote; "and other
 * crimes, Lee said" (nouns joined), "and said" (the same subject) and "and he said" (maybe the same
 * person) do not.
 */
export function opensOwnClause(lex: Lexicon, first: string, second: string): boolean {
  const lower = second.toLowerCase();
  return lex.conjunctions.has(first.toLowerCase()) && !lex.pronouns.has(lower) && (isCapitalized(second) || lex.determiners.has(lower) || lex.possessives.has(lower));
}

/** Punctuation that sets a phrase off inside a clause: a comma, a colon, a parenthesis, a dash. */
const CLAUSE_MARK = /[,;:()\u2013\u2014]/;

/** A subject a clause opens with: a name, or a phrase opened by a determiner ("his attorney general"), not a pronoun. */
function newSubject(lex: Lexicon, m: Mention | null): boolean {
  if (m?.kind === 'name') return true;
  const first = m?.kind === 'description' ? m.text.split(' ')[0].toLowerCase() : '';
  return lex.determiners.has(first) || lex.possessives.has(first);
}

/**
 * `"…," Moss started.`: a name (or he/she) and one past-tense verb that close the sentence right
 * after the quote attribute it, whatever the verb; a longer clause there is the writer's own.
 */
function bareVerbCue(lex: Lexicon, text: string, words: Word[], from: number, to: number): Cue | null {
  if (words.length < 2 || words.length > 5 || !/^\s*$/.test(text.slice(from, words[0].start))) return null;
  const verb = words[words.length - 1];
  if (isCapitalized(verb.text) || !lex.isPastTense(verb.lower) || !/^[\s.!?]*$/.test(text.slice(verb.end, to))) return null;
  const subject = words.slice(0, -1);
  if (!subject.every((w, k) => k === 0 || w.joined)) return null;
  const mention = subject.length === 1 && lex.personPronouns.has(subject[0].lower) ? mentionIn(lex, subject, 'before')
    : subject.every((w) => isCapitalized(w.text)) ? mentionIn(lex, subject, 'before') : null;
  return mention?.kind === 'name' || mention?.kind === 'pronoun' ? { cue: verb.text, mention } : null;
}

/**
 * True when the clause after a closing mark at `close` (up to its sentence end, not past `limit`)
 * attributes the quote before it: `"…," said Tomas Berg.` A quote with its own attribution is an
 * utterance of its own, never the second half of the quote before it.
 */
export function hasCueAfter(text: string, close: number, limit: number, lex: Lexicon): boolean {
  const end = sentenceEnd(lex, text, close, limit);
  // `"…" He added: "…"`: a colon hands the cue to the quote that follows (as in findCue).
  return !/:\s*$/.test(text.slice(close, end)) && cueAfterQuote(lex, text, close, end) !== null;
}

/** `"…," Jane Doe, a senior fellow at the institute and a former ambassador, said.` */
function leadingNameCue(lex: Lexicon, text: string, words: Word[]): Cue | null {
  const comma = words.findIndex((w, k) => k < 7 && text.slice(w.end, words[k + 1]?.start ?? w.end).includes(','));
  if (comma < 0) return null;
  const mention = mentionIn(lex, words.slice(0, comma + 1), 'before');
  if (mention?.kind !== 'name') return null;
  for (let i = comma + 1; i < Math.min(words.length, 40); i++) {
    if (isCueWord(lex, words[i].text) && text.slice(words[i - 1].end, words[i].start).includes(',')) return { cue: words[i].text, mention };
  }
  // `"…," Dana Holt, the director of the Harbour Union's legal project said`: the apposition's closing comma left out.
  if (!lex.appositionOpeners.has(words[comma + 1]?.lower ?? '') || lex.relativePronouns.has(words[comma + 1].lower)) return null;
  for (let i = comma + 2; i < Math.min(words.length, comma + 1 + APPOSITION_WORDS); i++) {
    if (/[,;:.!?"“”()]/.test(text.slice(words[i - 1].end, words[i].start))) return null;
    if (isCueWord(lex, words[i].text)) return { cue: words[i].text, mention };
    if (isClauseVerb(lex, words[i]) || lex.clauseBreaks.has(words[i].lower)) return null;
  }
  return null;
}

/** A sentence's words past a conjunction opening it ("But he stressed …", "And Lee's plan …"). */
function pastConjunction(lex: Lexicon, words: Word[]): Word[] {
  return words.length > 1 && lex.sentenceConjunctions.has(words[0].lower) ? words.slice(1) : words;
}

/** The name or pronoun a clause opens with, before its first lowercase word (its verb). */
function clauseSubject(lex: Lexicon, allWords: Word[]): Mention | null {
  // "But he stressed …": a conjunction opening the sentence comes before its subject.
  let words = pastConjunction(lex, allWords);
  // "Instead, he said …": a sentence adverb and its comma open the sentence before its subject.
  if (words.length > 2 && lex.neverNameWords.has(words[0].lower) && !words[1].joined) words = words.slice(1);
  // "Newly elected Speaker Ann Lee is": an adverb and its past participle describe the subject that follows.
  if (words.length > 3 && lex.isAdverbForm(words[0].lower) && !isCapitalized(words[1].text) && lex.isPastTense(words[1].lower)
    && words[1].joined && words[2].joined && isCapitalized(words[2].text)) words = words.slice(2);
  let k = 0;
  for (let particle = 0; k < Math.min(words.length, 8); k += particle || 1) {
    // "José Luis Arrabal de la Fuente se reunió": a name particle stays inside the subject.
    particle = k > 0 && lex.nameParticles.length > 0 ? particleAt(lex, words, k) : 0;
    // "Finance committee chairman Ann Lee": an organisation's lowercase word before a title is part of the title.
    if (!particle && k > 0) particle = titleBodyAt(lex, words, k);
    if (!particle && !isCapitalized(words[k].text) && !isTitle(lex, words[k].lower)) break;
  }
  // "Alongside Ledger calls for action": a name right after a preposition is its object, not
  // the subject ("In Iowa, Trump attacked" keeps its comma and its subject).
  if (k > 1 && (lex.prepositions.has(words[0].lower) || lex.prepositionOpeners.has(words[0].lower)) && words.slice(1, k).every((w) => w.joined)) return null;
  if (k === 0) return lex.personPronouns.has(words[0]?.lower ?? '') ? { kind: 'pronoun', text: words[0].text, span: spanOf(words[0]) } : null;
  // Only a subject followed by its verb ("Trump attacked", "Lee hardly clarified"), not "Hours after" or a dateline.
  const isVerb = lex.isFiniteVerb;
  let v = k;
  // "Lee herself admitted": a reflexive that stresses the subject is no verb.
  if (v < words.length && words[v].joined && lex.intensifiers.has(words[v].lower)) v++;
  // "Lee on Monday also wrote": a day named after a preposition dates the verb.
  if (v + 1 < words.length && words[v].joined && words[v + 1].joined && lex.prepositions.has(words[v].lower) && isCapitalized(words[v + 1].text)
    && lex.notName.has(words[v + 1].lower) && !lex.determiners.has(words[v + 1].lower)) v += 2;
  // "Chairman Ann Lee, who has proposed a bill on …, welcomed the ruling": past the subject's relative clause (to its first punctuation: a list inside it withholds).
  // "Nina Hargrove, a 14-year worker at the plant, said", "Ms. Okoro, 21, who …, held": past its apposition too (a determiner, a title or an age opens one).
  for (let skip = 0; skip < 2 && v < words.length && !words[v].joined; skip++) {
    const w = words[v];
    // "Pelosi (D-CA), meanwhile, is": a sentence adverb between commas is an aside too.
    // "Lee, a lawyer who says she may stand for the board when the seat falls vacant, put out": an apposition's relative clause runs as long as one.
    const reach = lex.relativePronouns.has(w.lower) ? RELATIVE_CLAUSE_WORDS
      : lex.determiners.has(w.lower) && words.slice(v + 1, v + 4).some((x) => lex.relativePronouns.has(x.lower)) ? RELATIVE_CLAUSE_WORDS
      : lex.determiners.has(w.lower) || isTitle(lex, w.lower) || /^\p{N}+$/u.test(w.text) ? APPOSITION_WORDS
      : lex.neverNameWords.has(w.lower) ? ASIDE_WORDS
      // "Lee, in a radio interview on Tuesday, admitted": a phrase opened by a preposition is an aside.
      : lex.prepositions.has(w.lower) ? APPOSITION_WORDS : 0;
    // "Lee, who praised Moss as “a great citizen,” noted": a quote opening inside the clause does not end it.
    const resume = reach ? words.findIndex((x, j) => j > v && j <= v + reach && !x.joined && !x.quoteGap) : -1;
    if (resume < 0) break;
    v = resume;
  }
  // "Lee hardly clarified": adverbs may stand between subject and verb ("Lee was" is a verb already).
  while (v < words.length && !isVerb(words[v].text) && (lex.auxiliaries.has(words[v].lower) || lex.isAdverbForm(words[v].lower))) v++;
  // "Lee didn't hold back": a negated auxiliary is a named subject's verb (not a quoted "We don't").
  const negated = v < words.length && lex.negatedAuxiliary.test(words[v].text);
  // "Casting his eye globally": a determiner ("his") is no verb, whatever its ending.
  if ((!isVerb(words[v]?.text ?? '') && !negated) || lex.determiners.has(words[v].lower)) return null;
  if (/^\p{Lu}{2,}$/u.test(words[0].text)) return null;
  const m = mentionIn(lex, words.slice(0, k), 'before');
  return m?.kind === 'name' || (m?.kind === 'pronoun' && !negated) ? m : null;
}

/** `Lee was declared the "winner"`, `"…," she was told`: a cue in the passive (not "was saying"), its subject the one spoken to or of. */
function passiveCue(lex: Lexicon, words: Word[], i: number): boolean {
  return i > 0 && words[i].joined && lex.passiveAuxiliaries.has(words[i - 1].lower) && !lex.isParticiple(words[i].lower);
}

/** A participle's subject, the sentence's: "When Moss spoke, Lee pushed back, saying" is Lee's (the main clause's). */
function participleSubject(lex: Lexicon, text: string, words: Word[]): Mention | null {
  return words.length > 0 && opensSubordinate(lex, words[0].lower) ? subjectIn(lex, text, words) : clauseSubject(lex, words);
}

/**
 * Lowercase organisation words ("party", "school board") joined to a lowercase title and a name
 * after it, inside a subject's title phrase ("Green party leader Ann Lee"): their count at `k`, else 0.
 */
function titleBodyAt(lex: Lexicon, words: Word[], k: number): number {
  let j = k;
  while (j < words.length && j - k < 2 && words[j].joined && !isCapitalized(words[j].text) && lex.orgTails.has(words[j].lower)) j++;
  const title = words[j];
  const next = words[j + 1];
  return j > k && title?.joined && !isCapitalized(title.text) && isTitle(lex, title.lower) && next?.joined && isCapitalized(next.text) ? j - k : 0;
}

/**
 * `…, said Dr. Rick Moss, the clinic's chief.`: the name right after a verb of saying that follows a
 * comma and closes its clause (inverted); else null. Not a listener ("told The Daily Beast"), a
 * participle ("saying Cochran, who …") or a reported clause's subject ("said Mr. Obama has …").
 */
function invertedSpeaker(lex: Lexicon, text: string, words: Word[]): Mention | null {
  for (let k = 1; k < words.length - 1; k++) {
    const w = words[k];
    if (!text.slice(words[k - 1].end, w.start).includes(',') || lex.listenerCues.has(w.lower) || lex.isParticiple(w.lower) || !isCueWord(lex, w.text, words[k + 1].text)) continue;
    const m = mentionIn(lex, subjectAfter(lex, text, words, k), 'after');
    const next = m?.kind === 'name' ? words.find((x) => x.start >= m.span.end) : undefined;
    if (m?.kind === 'name' && (!next || /[,;:.!?]/.test(text.slice(m.span.end, next.start)))) return m;
  }
  return null;
}

/** "when", "because", "although": a word opening a clause subordinate to the sentence's own (not "and", "who"). */
function opensSubordinate(lex: Lexicon, lower: string): boolean {
  return lex.clauseBreaks.has(lower) && !lex.sentenceConjunctions.has(lower) && !lex.conjunctions.has(lower) && !lex.relativePronouns.has(lower);
}

// Words a subject's relative clause may run to before the sentence's verb resumes after its comma.
const RELATIVE_CLAUSE_WORDS = 25;
// Words a sentence adverb after a subject may run to ("meanwhile", "for her part").
const ASIDE_WORDS = 4;
// Words a subject's apposition ("a 14-year worker at the plant") may run to.
const APPOSITION_WORDS = 12;

/** Index of a preposition right before word `k` (past a determiner: "on The Late Show"), else -1. */
function prepositionBefore(lex: Lexicon, words: Word[], k: number): number {
  let j = k - 1;
  while (j >= 0 && lex.determiners.has(words[j].lower)) j--;
  return j >= 0 && lex.prepositions.has(words[j].lower) ? j : -1;
}

/** `Pollsters agree - Carl Bialik: "…"`: a name right before the colon, not a listener ("told CNN:"). */
function nameBeforeColon(lex: Lexicon, text: string, words: Word[], to: number): Cue | null {
  if (!/:\s*$/.test(text.slice(words[words.length - 1]?.end ?? to, to))) return null;
  // `@annlee: "…"`: a handle's label names someone the article does not name: withheld.
  const last = words[words.length - 1];
  if (last.handle) return { cue: ':', mention: { kind: 'nobody', text: last.text, span: spanOf(last) } };
  const run = nameRuns(lex, words.slice(-4)).pop();
  if (!run || run.possessive || run.words[run.words.length - 1] !== words[words.length - 1]) return null;
  // "Q:" and "A:" label a transcript's question and answer, not a person (see interviewLabel).
  if (run.words.length === 1 && /^[QA]$/.test(run.words[0].text)) return null;
  // `Ann Lee on The Evening Hour: "…"`: a full name, a preposition and a name: the second is where
  // the first spoke ("More from Jones:" has no full name before its preposition, and Jones speaks).
  const at = prepositionBefore(lex, words, words.indexOf(run.words[0]));
  const speaker = at > 0 ? nameRuns(lex, words.slice(Math.max(0, at - 4), at)).pop() : undefined;
  if (speaker && speaker.words.length >= 2 && !speaker.possessive && speaker.words[speaker.words.length - 1] === words[at - 1]) {
    return { cue: ':', mention: { kind: 'name', text: runText(speaker), span: runSpan(speaker) } };
  }
  const first = words.indexOf(run.words[0]);
  const before = words[first - 1];
  // A listener ("told CNN:", "told the Associated Press:") is joined to its cue; "Pollsters agree - Carl Bialik:" is not.
  const listener = before && lex.determiners.has(before.lower) && run.words[0].joined && words[first - 2] && isCueWord(lex, words[first - 2].text) && before.joined;
  if (before && ((isCueWord(lex, before.text) && run.words[0].joined) || listener || lex.listenerPrepositions.has(before.lower) || isTitle(lex, before.lower))) return null;
  if (prepositionObject(lex, words, first)) return null;
  return { cue: ':', mention: shoutedLabel(lex, words, { kind: 'name', text: runText(run), span: runSpan(run) }) };
}

/**
 * `(SOUNDBITE) FRENCH PRESIDENT FRANCOIS HOLLANDE SAYING:`, `KOREAN SUMMIT:`: a label of two or more
 * words in capitals before a colon is a wire transcript's speaker or a heading. It names a person
 * only after a title or from a given name; a verb of saying closing it is no part of the name.
 */
function shoutedLabel(lex: Lexicon, words: Word[], m: Mention): Mention {
  let named = words.filter((w) => w.start >= m.span.start && w.end <= m.span.end);
  if (m.kind !== 'name' || named.length < 2 || m.text !== m.text.toUpperCase() || !/\p{Lu}{2}/u.test(m.text)) return m;
  const last = named[named.length - 1];
  if (lex.isParticiple(last.lower) && isCueWord(lex, last.lower)) named = named.slice(0, -1);
  const k = words.indexOf(named[0]);
  if (!(k > 0 && isTitle(lex, words[k - 1].lower)) && !lex.givenNameGenders.has(named[0].lower)) return { kind: 'nobody', text: m.text, span: m.span };
  return { kind: 'name', text: named.map((w) => w.text).join(' '), span: { start: named[0].start, end: named[named.length - 1].end } };
}

/** `a message for Tom Moss:`, `said of the Norlanders:`: the name at word `k` is a preposition's object ("More from Jones:" names its source). */
function prepositionObject(lex: Lexicon, words: Word[], k: number): boolean {
  // Past a determiner: "said of the North Koreans:".
  const at = prepositionBefore(lex, words, k);
  return at >= 0 && !lex.sourcePrepositions.has(words[at].lower);
}

/** The name at `span` stands between commas after lowercase words of its own (", including Lee,"): an insertion, not the phrase's head. */
function insertedName(text: string, words: Word[], span: Span): boolean {
  const first = words.findIndex((w) => w.start >= span.start);
  const next = words.find((w) => w.start >= span.end);
  if (first < 1 || !next || !text.slice(span.end, next.start).includes(',')) return false;
  let k = first - 1;
  while (k >= 0 && !isCapitalized(words[k].text) && !text.slice(words[k].end, words[k + 1].start).includes(',')) k--;
  return k >= 0 && k < first - 1 && text.slice(words[k].end, words[k + 1].start).includes(',') && !isCapitalized(words[k + 1].text);
}

/**
 * A description before a cue that is no subject: set off by a comma ("En declaraciones a La Voz,
 * dijo") or opening with a preposition or sentence word ("In Oberlahn sagte", "Y añadió").
 */
function isAdverbial(lex: Lexicon, text: string, m: Mention, cue: Word): boolean {
  if (m.kind !== 'description') return false;
  // "el exregidor, que calificó": a relative clause's verb has the phrase before it as its subject.
  const between = /\p{L}+/u.exec(text.slice(m.span.end, cue.start))?.[0].toLowerCase();
  if (between !== undefined && lex.relativePronouns.has(between)) return false;
  const lead = m.text.split(' ')[0].toLowerCase();
  return text.slice(m.span.end, cue.start).includes(',') || lex.prepositions.has(lead) || lex.prepositionOpeners.has(lead)
    || lex.neverNameWords.has(lead) || (lex.notName.has(lead) && !lex.determiners.has(lead));
}

/** "with Ann Lee saying": the name run ending right before the participle at `i`, opened by an absolute phrase's preposition. */
function absoluteSubject(lex: Lexicon, text: string, words: Word[], i: number, openers: ReadonlySet<string> = lex.absoluteOpeners): Mention | null {
  // "with Arabic writing on it": a participle followed by a preposition is a noun here.
  const next = words[i + 1]?.lower;
  if (next !== undefined && lex.prepositions.has(next)) return null;
  const runs = nameRuns(lex, words.slice(Math.max(0, i - MAX_NAME_WORDS - 1), i));
  const run = runs[runs.length - 1];
  if (!run || run.words[run.words.length - 1] !== words[i - 1] || separated(text, words[i - 1], words[i])) return null;
  // Titles may stand between ("with Press Secretary Ann Lee saying", "with Sen. Lee adding").
  let k = words.indexOf(run.words[0]);
  for (let t = 0; t < 3 && k > 1 && isRoleOrTitle(lex, words[k - 1].lower); t++) k--;
  if (k < 1 || !openers.has(words[k - 1].lower) || separated(text, words[k - 1], words[k])) return null;
  return mentionIn(lex, run.words, 'before');
}

/**
 * Past the cue at `i`, a relative clause of a named antecedent that runs on to the quote ("pushed
 * back against Beck, who had called it "…"") or a named person's utterance and its clause ("Beck's
 * charge that …"): the quote is in that clause, someone else's. Not when the clause's own subject is
 * a pronoun ("the court, which he called "…"": the speaker's words again).
 */
function othersClauseAfter(lex: Lexicon, text: string, words: Word[], i: number): boolean {
  // No clause mark between the words from `k` on: the clause opened there runs on to the quote.
  const runsToQuote = (k: number) => words.every((x, j) => j <= k || !CLAUSE_MARK.test(text.slice(words[j - 1].end, x.start)));
  for (let k = i + 2; k < words.length; k++) {
    const w = words[k];
    const prev = words[k - 1];
    const next = words[k + 1];
    if (lex.relativePronouns.has(w.lower) && isCapitalized(prev.text) && text.slice(prev.end, w.start).includes(',')
      && !(next !== undefined && lex.pronouns.has(next.lower)) && runsToQuote(k)) return true;
    if (isCapitalized(prev.text) && isPossessive(prev.text) && lex.utteranceNouns.has(w.lower) && next !== undefined && lex.complementizers.has(next.lower)) return true;
  }
  return false;
}

/** The name `m` opens a clause a complementizer ("that") opens after an earlier speech verb of the same clause chain. */
function reportedWithin(lex: Lexicon, text: string, words: Word[], m: Mention): boolean {
  const j = words.findIndex((w) => w.start >= m.span.start);
  if (j < 2 || !lex.complementizers.has(words[j - 1].lower) || !words[j - 1].joined) return false;
  for (let k = j - 2; k >= 0; k--) {
    // ", and McConnell said that …": a clause of its own, not inside the one before.
    if (CLAUSE_MARK.test(text.slice(words[k].end, words[k + 1].start)) && lex.conjunctions.has(words[k + 1].lower)) return false;
    // "the Ledger reported that Lee said": an outlet's report names its source, not a second speaker.
    if (isCueWord(lex, words[k].text, words[k + 1]?.text)) return !lex.reportCues.has(words[k].lower);
  }
  return false;
}

/** The cue and speaker of the sentence part before a quote: `X said: "`, `according to X, "`. */
function cueBeforeQuote(lex: Lexicon, text: string, from: number, to: number, sentenceFrom: () => number = () => from): Cue | null {
  const words = wordsIn(lex, text, from, to);
  // The clause subject is read from the sentence's own start, even when an earlier quote in the
  // sentence ends the cue search ("Lee hardly clarified it -- "A" -- and later, asserting, "B"").
  let sentenceWords: Word[] | null = null;
  const subjectOfSentence = (participle = false) => {
    if (sentenceWords === null) {
      const at = sentenceFrom();
      sentenceWords = at < from ? wordsIn(lex, text, at, to) : words;
    }
    // "On Friday, she joined the protest, saying": past an opening phrase and its comma.
    return (participle ? participleSubject(lex, text, sentenceWords) : clauseSubject(lex, sentenceWords)) ?? subjectAfterOpener(lex, text, sentenceWords);
  };
  const labelled = nameBeforeColon(lex, text, words, to);
  if (labelled) return labelled;
  let coordinated: Cue | null = null;
  let coordinatedNear = false;
  let passive: Cue | null = null;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    const sourceWords = sourceAt(lex, words, i, false);
    if (sourceWords) {
      // "According to a Ledger poll, …": as after a quote, a name modifying a noun is no source.
      const phrase = subjectAfter(lex, text, words, i + sourceWords.length - 1);
      const mention = mentionIn(lex, phrase, 'after');
      const named = mention?.kind === 'description' ? describedName(lex, text, words, phrase) : null;
      if (mention) return { cue: phraseText(sourceWords), source: true, mention: named ?? sourceHead(lex, phrase, words, mention) ?? { kind: 'nobody', text: w.text, span: spanOf(w) } };
      continue;
    }
    const weakSource = weakSourceAt(lex, text, words, i);
    if (weakSource) return weakSource;
    if (!isCueWord(lex, w.text, words[i + 1]?.text)) continue;
    if (isGloss(lex, words, i)) return { cue: w.text, mention: { kind: 'nobody', text: w.text, span: spanOf(w) } };
    // "Lee was asked by host Ann Moss, …": the one asking is after "by".
    if (lex.passiveAgents.has(words[i + 1]?.lower ?? '')) {
      const asker = mentionIn(lex, subjectAfter(lex, text, words, i + 1), 'after');
      if (asker) return { cue: w.text, mention: asker };
    }
    // `Lee was declared the "winner"`: no speaker there; an earlier verb of the sentence may still have one ("Moss said the troops were urged to").
    if (passiveCue(lex, words, i)) {
      passive ??= { cue: w.text, mention: { kind: 'nobody', text: w.text, span: spanOf(w) } };
      continue;
    }
    // "apps written using "open Web" technologies", "code written in …": a participle with no auxiliary, opening a phrase
    // of its own, describes the thing before it, which says nothing ("a written statement" and "has written" stay cues).
    const next = words[i + 1]?.lower ?? '';
    if (lex.participleOnlyCues.has(w.lower) && !(i > 0 && lex.auxiliaries.has(words[i - 1].lower))
      && (lex.isParticiple(next) || lex.prepositions.has(next))) return { cue: w.text, mention: { kind: 'nobody', text: w.text, span: spanOf(w) } };
    // "Trump attacked Clinton over Libya, saying, …": the participle's subject opens the clause.
    // "She followed that by saying": a participle after "by" is the subject's means, said by it.
    const linked = i > 0 && lex.participleLinks.has(words[i - 1].lower);
    // `Lee said "A," adding the board was misled "B"`: right after an earlier quote, the same; the
    // name after the participle is the subject of what it reports, not the speaker.
    const afterQuote = i === 0 && sentenceFrom() < from;
    // "…, with Ann Lee saying": in an absolute phrase the name right before the participle is its subject.
    if (lex.isParticiple(w.lower) && i > 1) {
      const absolute = absoluteSubject(lex, text, words, i);
      if (absolute) return { cue: w.text, mention: absolute };
    }
    if (lex.isParticiple(w.lower) && ((i > 0 && (linked || text.slice(words[i - 1].end, w.start).includes(','))) || afterQuote)) {
      const subject = subjectOfSentence(true);
      if (subject) return { cue: w.text, mention: subject };
      if (afterQuote) continue;
      // "a top strategist said Lee will have to choose, saying": the participle shares the
      // subject of the earlier speech verb, not the name inside what that verb reports.
      const earlier = words.slice(0, i - 1).findLastIndex((x, k) => isCueWord(lex, x.text, words[k + 1]?.text));
      if (earlier > 0) {
        const m = speakerBefore(lex, text, words, earlier);
        return { cue: w.text, mention: m ?? { kind: 'nobody', text: w.text, span: spanOf(w) } };
      }
    }
    const before = i > 0 ? speakerBefore(lex, text, words, i) : null;
    // "In Oberlahn sagte die Kanzlerin:", "En declaraciones a La Voz, dijo:": where the speaker may
    // follow its verb, a phrase before it that names nobody is an adverbial, not the subject.
    if (lex.freeWordOrder && (before === null || isAdverbial(lex, text, before, w))) {
      const after = fusedSubject(lex, w) ?? mentionAfter(lex, text, words, i);
      if (after) return { cue: w.text, mention: after, addressee: addresseeAfter(lex, words, i) };
      if (lex.dropsSubject) return { cue: w.text, mention: impliedSubject(w) };
    }
    // "… added that … and urged": a verb joined by "and" shares the subject of an earlier cue,
    // or failing one, of the verb before the "and" ("Clinton shook her head and said").
    if (before === null && i > 0) {
      // "Trump gestured, then leaned in and boomed:": failing that, the subject opening the sentence.
      const near: Mention | null = coordinated ? null : speakerBefore(lex, text, words, i - 1);
      const subject: Mention | null = coordinated ? null : near?.kind === 'name' || near?.kind === 'pronoun' ? near : subjectOfSentence();
      if (subject) {
        coordinated = { cue: w.text, mention: subject };
        // "Moss was joined by Lee and joked": the subject right before "and" is sure enough that
        // an earlier cue naming nobody does not take the quote from it.
        coordinatedNear = subject === near && lex.conjunctions.has(words[i - 1].lower);
      }
      continue;
    }
    // "a White House official told ABC News": after "told" stands the listener, never the speaker.
    const mention = before ?? (lex.listenerCues.has(w.lower) ? { kind: 'nobody', text: w.text, span: spanOf(w) } : mentionIn(lex, subjectAfter(lex, text, words, i), 'after'));
    // "As the crowd began to chant, Moss … and joked,": an earlier cue naming nobody does not
    // take the quote from the nearer verb's subject.
    if (mention && coordinatedNear && mention.kind !== 'name' && mention.kind !== 'pronoun') return coordinated;
    // "Moss told NPR that Lee had said Beck put his hands "…"": a speaker inside another's reported
    // clause; whose words the quote renders is not sure (withheld). So is a quote past someone
    // else's clause ("pushed back against Beck, who had called it "…"", "responded to Beck's charge that …").
    if ((mention?.kind === 'name' && reportedWithin(lex, text, words, mention)) || (mention !== null && mention.span.end <= w.start && othersClauseAfter(lex, text, words, i))) {
      return { cue: w.text, mention: { kind: 'nobody', text: w.text, span: spanOf(w) } };
    }
    if (mention) return { cue: w.text, mention, addressee: addresseeAfter(lex, words, i) };
  }
  if (coordinated) return coordinated;
  if (passive) return passive;
  // `Republican pollster Daron Shaw: "…"`: a name and a colon, no verb.
  if (/:\s*$/.test(text.slice(from, to))) {
    const mention = mentionIn(lex, words.slice(-8), 'before');
    // `Ann Lee, July 8 statement:` but not `the board, including Lee, issued this statement:` (a name inside an insertion).
    // `Lee had a message for Tom Moss:`: a preposition's object introduces no quote; who does is the
    // clause's to say, and a clause with no speech verb is not read for it (withheld).
    if (mention?.kind === 'name' && !insertedName(text, words, mention.span)
      && !prepositionObject(lex, words, words.findIndex((w) => w.start >= mention.span.start))) return { cue: ':', mention: shoutedLabel(lex, words, mention) };
  }
  return null;
}

/**
 * Everyone named in the article's paragraphs with two or more name words, and those paragraphs'
 * words. Text outside the paragraphs (a headline, "Senator Endorses Rival Ann Lee") is title case
 * throughout and names nobody reliably.
 */
function peopleIn(lex: Lexicon, text: string, paragraphs: Span[], quotedSpans: readonly Span[]): { people: Person[]; words: Word[]; lowercase: Set<string> } {
  const words = paragraphs.flatMap((p) => wordsIn(lex, text, p.start, p.end));
  // A headline kept as a paragraph ("Obama: Iraq Must Have Legitimate Government To Combat
  // Insurgency") is title case throughout: its capitalized pairs are no one.
  const headlines = paragraphs.filter((p) => headlineLike(lex, text.slice(p.start, p.end)));
  const lowercase = new Set(words.filter((w) => !isCapitalized(w.text)).map((w) => w.lower));
  const quotedRun = spanRun(quotedSpans);
  const people: Person[] = [];
  let first = 0; // runs come in text order, so one pointer finds each run's first word
  const seen = new Set<string>(); // the words before `seenTo`, possessives cut: a surname written before a relative is named
  let seenTo = 0;
  for (const run of nameRuns(lex, words)) {
    if (run.words.length < 2 || nameLength(run) > MAX_NAME_WORDS || isNeverPerson(runText(run), lex)) continue;
    while (words[first] !== run.words[0]) first++;
    const before = words[first - 1];
    const afterPossessive = before !== undefined && /['’]s$/.test(before.text) && !/[.!?;:,"“”\n]/.test(text.slice(before.end, run.words[0].start));
    // "Department of Homeland Security", "Deferred Action for Childhood Arrivals": the tail of a name joined by "of" or "for" is no one,
    // nor is the head "for" joins to a tail of two names that is no place; "Joe Manchin of West Virginia" and "Ann Lee for England" keep it.
    const head = words[first - 2];
    if (before && head && run.words[0].joined && before.joined && lex.nameTailLinks.has(before.lower) && isCapitalized(head.text) && !isTitle(lex, head.lower)) continue;
    const link = words[first + run.words.length];
    const tail = words[first + run.words.length + 1];
    const tail2 = words[first + run.words.length + 2];
    if (link && tail && tail2 && link.joined && tail.joined && tail2.joined && lex.groupNameLinks.has(link.lower) && isCapitalized(tail.text) && isCapitalized(tail2.text)
      && !lex.places.has(`${tail.lower} ${tail2.lower}`)) continue;
    if (headlines.some((p) => run.words[0].start >= p.start && run.words[0].start < p.end)) continue;
    // "Unless Trump can …", "Can Kanye even run?": a sentence's first word that the article also
    // writes in lowercase, and no given name, is that sentence's word, not the surname's first name.
    const opener = run.words[0];
    if (run.words.length === 2 && (!before || /[.!?\n]/.test(text.slice(before.end, opener.start))) && lowercase.has(opener.lower)
      && !lex.givenNameGenders.has(opener.lower)) continue;
    // "Pablo Martinez Monsivais/AP": a photo credit, the page's furniture, names no one in the story.
    const lastOfRun = run.words[run.words.length - 1];
    if (/^\/\p{Lu}/u.test(text.slice(lastOfRun.end, lastOfRun.end + 2)) || text[run.words[0].start - 1] === '/') continue;
    const relative = before !== undefined && lex.kinNouns.has(before.lower) && /^,?\s*$/.test(text.slice(before.end, run.words[0].start));
    for (; seenTo < first; seenTo++) seen.add(words[seenTo].lower.replace(/(?:['’]s|s['’]|['’])$/u, ''));
    // "Lee's daughter, Ann Lee", "the Lees' son", a "Lee" before "first lady Ann Lee": the surname was another's first.
    const name = runText(run).replace(/['’]s?$/, '');
    const namesakeRelative = relative && seen.has(lastWord(name));
    const afterArticle = before !== undefined && run.words[0].joined && lex.articles.has(before.lower);
    const quoted = runHolds(quotedRun, run.words[0].start);
    // A "Trump" written before "Donald Trump Jr." was someone else (his father): the bare surname stays theirs.
    const nameWords = name.split(' ');
    const surname = nameWords.length > 2 && isNameSuffix(nameWords[nameWords.length - 1]) ? nameWords[nameWords.length - 2].toLowerCase() : undefined;
    const suffixedSurname = surname !== undefined && !seen.has(surname) ? surname : undefined;
    people.push({ name, at: runSpan(run), first, last: first + run.words.length - 1, afterPossessive, relative, namesakeRelative, afterArticle, quoted, suffixedSurname });
  }
  return { people, words, lowercase };
}

/** A line of four or more words, every one capitalized but the small words a title keeps lowercase, with no full stop: a headline. */
function headlineLike(lex: Lexicon, line: string): boolean {
  // "Is There Any Empathy Left?": a headline may ask; it does not state.
  if (/[.!]["”’)]*\s*$/u.test(line)) return false;
  const words = titleWords(line);
  return words.length >= 4 && isTitleCase(lex, words);
}

/**
 * The lowercased words describing a person where they are named: up to five words right before the
 * name in its own clause ("US Ambassador to India Sergio Gor") and an apposition after a comma
 * ("Gor, the ambassador,"). Nothing across a sentence end, so "Ruiz spoke. Later an official
 * said" does not make Ruiz the official. Words a past mark governs are keys of their own (`PAST`).
 */
function descriptorsOf(lex: Lexicon, text: string, words: Word[], p: Person): Set<string> {
  const gap = (k: number) => text.slice(words[k].end, words[k + 1].start);
  const before: Word[] = [];
  for (let k = p.first - 1; k >= 0 && p.first - k <= 5 && !/[.!?;:"“”\n]/.test(gap(k)); k--) {
    if (isClauseVerb(lex, words[k]) || verbAfterTitle(lex, words, k)) break;
    // "president of the National Council", "a spokesman for Sen. Ann Lee": the name is the
    // preposition's object, and what comes before it describes someone else ("Ambassador to
    // India Sergio Gor" runs on: the preposition's object is the place).
    if (lex.prepositions.has(words[k].lower) && before.every((w) => lex.determiners.has(w.lower) || isTitle(lex, w.lower))) break;
    before.unshift(words[k]);
  }
  // "Lee, the ambassador, said": an apposition ends at punctuation; "On Christmas Eve, the pope
  // presided" runs into its verb: a new clause's subject, not a description of the name.
  const after: Word[] = [];
  if (p.last + 1 < words.length && /^\s*,\s*$/.test(gap(p.last))) {
    for (let k = p.last + 1; k < words.length && k - p.last <= 6; k++) {
      if (isClauseVerb(lex, words[k])) {
        after.length = 0;
        break;
      }
      after.push(words[k]);
      if (k + 1 >= words.length || /[.!?;:,"“”\n]/.test(gap(k))) break;
    }
  }
  return new Set([...describing(lex, text, before), ...describing(lex, text, after)]);
}

/**
 * The descriptor keys of a run of words in text order. "former Attorney General Loretta Lynch" is
 * no one "the attorney general" can be now, only "the former attorney general": the words after a
 * past mark, up to a comma, are kept apart as `PAST` + word ("The former prosecutor, Attorney
 * General Nora Blake" is a current attorney general).
 */
function describing(lex: Lexicon, text: string, run: Word[]): string[] {
  const keys: string[] = [];
  let past = false;
  run.forEach((w, k) => {
    if (k > 0 && text.slice(run[k - 1].end, w.start).includes(',')) past = false;
    if (lex.pastTitleMarks.has(w.lower)) {
      past = true;
      return;
    }
    // "then-Attorney General", "ex-minister": the mark written onto the title.
    const prefixed = pastPrefixed(lex, w.lower);
    if (prefixed !== null) past = true;
    const word = prefixed ?? w.lower;
    // "Governors Ann Lee and Tom Moss wrote …": a plural title describes a group, never one of them.
    if (word && !pluralTitle(lex, word)) keys.push(past ? PAST + word : word);
  });
  return keys;
}

/** The title after a past mark written onto it with a hyphen ("then-attorney" → "attorney"), else null. */
function pastPrefixed(lex: Lexicon, lower: string): string | null {
  const dash = lower.search(/[-\u2010\u2011]/u);
  return dash > 0 && lex.pastTitleMarks.has(lower.slice(0, dash + 1)) ? lower.slice(dash + 1) : null;
}

/** "former", "ex-", "then-Attorney": a word that makes the title after it (or in it) a past one. */
function isPastMark(lex: Lexicon, lower: string): boolean {
  return lex.pastTitleMarks.has(lower) || pastPrefixed(lex, lower) !== null;
}

function pluralTitle(lex: Lexicon, w: string): boolean {
  return (w.endsWith('s') && isTitle(lex, w.slice(0, -1))) || (w.endsWith('men') && isTitle(lex, `${w.slice(0, -3)}man`));
}

/**
 * A present-tense verb right after a title, its subject ("The mayor wants UC Berkeley to …"): the
 * title is a clause's subject, not a description of the name after the verb.
 */
function verbAfterTitle(lex: Lexicon, words: Word[], k: number): boolean {
  const w = words[k];
  return k > 0 && w.text === w.lower && lex.isFiniteVerb(w.text) && !lex.isPastTense(w.lower) && isTitle(lex, words[k - 1].lower) && !isTitle(lex, w.lower);
}

/** A verb of the clause ("the pope presided over Mass in St. Peter's"): a description does not reach past it to a name. */
function isClauseVerb(lex: Lexicon, w: Word): boolean {
  return w.text === w.lower && lex.isPastTense(w.lower) && !isRoleOrTitle(lex, w.lower);
}

const lastWord = (s: string) => s.split(' ').pop()!.toLowerCase();
/** Marks a descriptor key of a past title ("former pollster"). */
const PAST = '~';

/** Appends `value` to the list under `key`. */

/** Two or more people, not one written two ways: "Donald Trump" and "Donald J. Trump" share a first and last name. */
function severalPeople(list: Person[]): boolean {
  let several = SEVERAL.get(list);
  if (several === undefined) {
    const key = (p: Person) => { const w = p.name.toLowerCase().split(' '); return `${w[0]} ${w[w.length - 1]}`; };
    const first = list.length > 0 ? key(list[0]) : '';
    SEVERAL.set(list, several = list.some((p) => key(p) !== first));
  }
  return several;
}
/** `severalPeople` per list: the resolver keeps one list per surname and asks at every quote. */
const SEVERAL = new WeakMap<Person[], boolean>();

/** The last person of `list` (in text order) named before `pos`: a binary search. */
function latestIn(list: Person[] | undefined, pos: number): Person | undefined {
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].at.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}

/**
 * A lone word that can be a name: not a single letter or a state abbreviation from a party tag
 * ("(D - Conn.)"), not a contraction ("They’re").
 */
function isNameWord(lex: Lexicon, word: string): boolean {
  if (/^\p{Lu}\.?$/u.test(word) || /['’](re|ve|ll|d|m)$/i.test(word)) return false;
  return !(word.endsWith('.') && lex.abbreviations.has(word.slice(0, -1).toLowerCase()));
}

/**
 * An organisation a cue credits directly: "the White House said", "the State Department said".
 * Only "the" and capitalized words side by side; any other description ("a top adviser",
 * "Another source") names nobody.
 */
function organisationIn(lex: Lexicon, text: string, span: Span): { name: string; at: Span } | null {
  const m = lex.organisation.exec(text);
  if (!m) return null;
  const name = m[1].trim();
  return { name, at: { start: span.end - name.length, end: span.end } };
}

/** The speaker in view after an unnamed one ("un éleveur"): a pronoun after it names no one. */
const ANONYMOUS: { name: string; at: Span | null } = { name: '', at: null };
/** Words that make a title another rank than the title alone ("Vice President", "Deputy Director"). */
const RANK_WORDS: readonly string[] = ['vice', 'deputy', 'assistant', 'associate', 'lieutenant', 'under'];
/** The sentence before names two people a pronoun may stand for: withheld, not passed to an earlier name. */
const EITHER = { chainFrom: -1 } as const;

/**
 * Resolves mentions to canonical names over one article, remembering who spoke last. People are
 * indexed by full name, last name and nearby word once per article, so each lookup is a map hit
 * plus a binary search: an article with thousands of named people stays linear. The index by
 * nearby word, the largest, is built only when a description ("the ambassador") first needs it.
 */
class SpeakerResolver {
  private lastSpeaker: { name: string; at: Span | null } | null = null;
  /** Where the last speaker was credited: a name written after it may take "he" over. */
  private lastSpokeAt = -1;
  /**
   * A "he" or "she" credit withheld since then (the one it stands for unsure): the same pronoun
   * after it, with no one named between, stands for that unknown person, not the last speaker.
   */
  private withheld: { pronoun: string; at: number } | null = null;
  private readonly people: Person[];
  private readonly words: Word[];
  /** The article's words written in lowercase (peopleIn reads them for its sentence openers). */
  private readonly lowercase: Set<string>;
  private readonly byName = new Map<string, Person>();
  private readonly byLastName = new Map<string, Person[]>();
  private readonly namesakesOf = new Map<string, Person[]>();
  /** `fuller`'s people whose name ends in a tail, per tail. */
  private readonly endingIn = new Map<string, Person[]>();
  private byDescriptor: Map<string, Person[]> | null = null;

  constructor(private readonly lex: Lexicon, private readonly text: string, paragraphs: Span[], quoted: readonly Span[]) {
    const found = peopleIn(this.lex, text, paragraphs, quoted);
    this.words = found.words;
    this.lowercase = found.lowercase;
    this.people = found.people.map((p) => this.namedFromGivenName(p));
    for (const p of this.people) {
      if (!this.byName.has(p.name.toLowerCase())) this.byName.set(p.name.toLowerCase(), p);
      pushTo(this.byLastName, lastWord(p.name), p);
    }
    // "Ben Zahn III … Zahn said": the surname names him too, when he was introduced before any bare
    // "Zahn" and no one else of that surname is named (keyed above under their suffix, so a surname
    // already in `byLastName` is someone else's).
    const bySurname = new Map(this.people.filter((p) => p.suffixedSurname && !this.byLastName.has(p.suffixedSurname)).map((p) => [p.name, p.suffixedSurname!]));
    for (const p of this.people) {
      const surname = bySurname.get(p.name);
      if (surname) pushTo(this.byLastName, surname, p);
    }
  }

  private descriptorIndex(): Map<string, Person[]> {
    if (this.byDescriptor) return this.byDescriptor;
    this.byDescriptor = new Map();
    for (const p of this.people) for (const d of descriptorsOf(this.lex, this.text, this.words, p)) pushTo(this.byDescriptor, d, p);
    return this.byDescriptor;
  }

  /** Resolves without becoming the last speaker: for the one a question is put to. */
  peek(m: Mention, pos: number): { name: string; at: Span | null } | null {
    const last = this.lastSpeaker;
    const lastAt = this.lastSpokeAt;
    const withheld = this.withheld;
    const found = this.resolve(m, pos);
    this.lastSpeaker = last;
    this.lastSpokeAt = lastAt;
    this.withheld = withheld;
    return found;
  }

  /** The word before `at` is an honorific or a title ("Mr. King", "Rep. King"). */
  private afterTitleOrHonorific(at: number): boolean {
    const before = this.text.slice(Math.max(0, at - 16), at).match(/(\S+) +$/u);
    return before !== null && (this.lex.honorifics.has(before[1].toLowerCase()) || isTitle(this.lex, before[1].toLowerCase()));
  }

  /** `quoted`: the mention stands inside quote marks, where "I" is the one quoted, not the writer. */
  resolve(m: Mention, pos: number, quoted = false): { name: string; at: Span | null } | null {
    let found: { name: string; at: Span | null } | null = null;
    if (m.kind === 'nobody') return null;
    const lead = m.text.split(' ')[0].toLowerCase();
    if (m.kind === 'pronoun') {
      // '' is the subject a verb carries alone (Spanish «…», añadió.).
      if (this.lex.personPronouns.has(lead) || m.text === '' || (quoted && this.lex.selfPronouns.has(lead))) found = this.inView(m, pos);
      else if (this.lex.selfPronouns.has(lead)) return this.writerSpeaks(m, pos);
      if (found && m.not && lastWord(found.name) === lastWord(m.not.replace(/['’]s?$/, ''))) found = null;
    } else if (m.kind === 'name') {
      found = this.canonical(m.text, m.span, pos);
    } else if (this.lex.indefiniteDeterminers.has(lead) || this.lex.selfPronouns.has(lead)) {
      // "un éleveur", "ein Anwohner", "my colleague": someone the article does not name, now in view: "he" after it is no one named.
      this.lastSpeaker = ANONYMOUS;
      this.lastSpokeAt = pos;
      return null;
    } else if (this.lex.unnamedSubjectDeterminers.has(lead)) {
      // "according to a member", "a senator said": someone unnamed, not the latest person described
      // so (a "he" after it still goes on with the one in view: docs/DESIGN.md, h-spk17).
      return null;
    } else if (isRoleOrTitle(this.lex, lastWord(m.text))) {
      // "the ambassador", "the campaign manager": the latest person described so nearby.
      const past = m.text.split(/\s+/).some((w) => isPastMark(this.lex, w.toLowerCase()));
      const head = (past ? PAST : '') + lastWord(m.text);
      // "the president" when the one in view is so described (every word of it): they go on, not another president named since.
      const inView = past ? undefined : this.describedInView(m.text, pos);
      // Not the person in view: the description must single one person out, by every word of it (a
      // language of compound titles reads a title's ending, "ministerin" in "Kultusministerin", not its words).
      const wordByWord = !inView && this.lex.titleSuffixes.length === 0;
      const person = inView ?? (wordByWord ? this.describedOnly(m.text, head, pos) : this.described(head, pos));
      if (!person && wordByWord && this.described(head, pos)) {
        // Someone so described is in view, but which of them is unsure: "he" after it is no one named either.
        this.lastSpeaker = ANONYMOUS;
        this.lastSpokeAt = pos;
        return null;
      }
      if (person) found = { name: person.name, at: person.at };
      // "the minister" when only a former minister is so described (or the reverse): withheld, not guessed.
      else if (this.described(past ? head.slice(PAST.length) : PAST + head, pos)) found = null;
      // "aseguró la letrada": a role no nearby name carries is read like "she".
      else if (this.lex.rolesInContext && m.text.split(' ').some((w) => this.lex.determiners.has(w.toLowerCase()))) found = this.inView(m, pos);
      // "the New York Democrat" no one nearby is described as: a person unnamed, no organisation.
      else if (!this.lex.roleNouns.has(lastWord(m.text))) found = organisationIn(this.lex, this.written(m), m.span);
    } else {
      found = organisationIn(this.lex, this.written(m), m.span);
    }
    // A place, platform or sentence word is nobody: withhold rather than credit "New York". Nor are
    // titles with no name after them ("Assistant Secretary": "of State Ann Lee" cut off).
    // A surname that is also a title is a name after an honorific or a title ("Mr. King", "Rep. King"; "Mr. President" is no one), or one the article gives in full.
    if (found && (found === ANONYMOUS || isNonPersonName(found.name, this.lex)
      || (found.name.split(' ').every((w) => isTitle(this.lex, w.toLowerCase()))
        && !(SURNAME_TITLES.has(found.name.toLowerCase()) && (this.afterTitleOrHonorific((m.kind === 'name' ? m.span : found.at ?? m.span).start) || this.namesakes(found.name).length > 0))))) found = null;
    if (found) {
      this.lastSpeaker = found;
      this.lastSpokeAt = pos;
    } else if (this.lastSpeaker && this.isPersonPronoun(m)) this.withheld = { pronoun: lead, at: pos };
    return found;
  }

  /**
   * "I" outside the quote marks is the writer: `"…?" I asked her` is no one named. The person in
   * view stays who it would have been (the one asked answers "she said"); only the credit is withheld.
   */
  private writerSpeaks(m: Mention, pos: number): null {
    const inView = this.inView(m, pos);
    if (inView && inView !== ANONYMOUS && !isNonPersonName(inView.name, this.lex)) {
      this.lastSpeaker = inView;
      this.lastSpokeAt = pos;
    }
    return null;
  }

  /** A description as the article writes it: an organisation's name is words side by side ("the Mayor — Senator" is none). */
  private written(m: Mention): string {
    return this.text.slice(m.span.start, m.span.end);
  }

  /** The latest person named in full before `pos` (an interview's subject, named in its introduction). */
  namedBefore(pos: number): { name: string; at: Span | null } | null {
    const person = this.latestPersonLike(pos);
    return person ? { name: person.name, at: person.at } : null;
  }

  /** The person a pronoun points to: the sentence before decides once someone has spoken, else the subject before it, else the latest person named (never one named inside a chain of "he" sentences). */
  private inView(m: Mention, pos: number): { name: string; at: Span | null } | null {
    if (this.lastSpeaker) return this.pronounAfterOthers(m, pos, this.lastSpeaker);
    const before = this.subjectBefore(m, pos);
    // "He gave … . He also urged … . He said their plight should invoke the Golden Rule. "…," he
    // said": past a chain of pronoun subjects longer than the walk, the latest person named before
    // the chain, not a name inside it.
    if (before === EITHER) return null;
    if (before && !('chainFrom' in before)) return before;
    const person = this.latestPersonLike(before ? before.chainFrom : pos);
    // The latest person of the other gender: withheld, not passed further back (that credited a paper with a "she").
    if (person) return this.fits(m, person.name) ? { name: person.name, at: person.at } : null;
    // "Quintana anunció … «…», dijo la gobernadora": with no one named in full yet, a language that
    // reads roles in context takes the subject of the sentence before, even a lone surname.
    const sentence = this.lex.rolesInContext ? previousSentence(this.lex, this.text, Math.min(m.span.start, pos - 1)) : null;
    const subject = sentence ? clauseSubject(this.lex, wordsIn(this.lex, this.text, sentence.start, sentence.end)) : null;
    return subject?.kind === 'name' ? this.canonical(subject.text, subject.span, pos) : null;
  }

  /**
   * "he" before anyone has spoken: the subject of the sentence before, as a reader takes it, not
   * the latest name ("Lee said Moss's measure … . "…," he told reporters" is Lee; "Mr. Lee has
   * spoken at Westbury, Port Ellen and others. He said … "…," he said" is Lee). A pronoun subject
   * passes to the sentence before it; a sentence with no subject leaves it to the latest name, and
   * a chain of pronoun subjects longer than the walk answers where it starts (`chainFrom`).
   */
  private subjectBefore(m: Mention, pos: number): { name: string; at: Span | null } | { chainFrom: number } | typeof EITHER | null {
    const fromLead = this.leadSubject(m, pos);
    if (fromLead) return fromLead;
    let at = Math.min(m.span.start, pos - 1);
    // Where the chain of pronoun-led sentences starts; a sentence naming no person is passed without moving it.
    let chainFrom = at;
    let passedThing = false;
    for (let reach = 0; reach < PRONOUN_SUBJECT_SENTENCES; reach++) {
      const sentence = previousSentence(this.lex, this.text, at);
      // Only the reporter's own sentences: a quote has its own subjects. A sentence that only
      // weaves quoted words in after its subject ("He also said … "all aid" to …") is the reporter's.
      if (!sentence || /^["“”«»„]/.test(this.text.slice(sentence.start, sentence.end).trimStart())) return null;
      const words = wordsIn(this.lex, this.text, sentence.start, sentence.end);
      const pair = this.coordinatedPeople(words, m, pos);
      // A pair of subjects past a sentence naming no one: withheld ("Declaring Fox or Cohen" names no one).
      if (pair) return passedThing ? null : pair.length === 1 ? pair[0] : EITHER;
      // "Beck was with the clinic for 25 years, said Dr. Rick Moss. "…," he said": the one the sentence
      // reports speaking, named after its verb, is in view, not the subject of what he said.
      const reporter = invertedSpeaker(this.lex, this.text, words);
      const reported = reporter ? this.personSubject(reporter, m, pos) : null;
      if (reported) return reported;
      const subject = subjectIn(this.lex, this.text, words);
      const opener = subject?.kind === 'pronoun' ? this.subordinateName(words, m, pos) : null;
      if (opener) return opener;
      if (this.isPersonPronoun(subject)) {
        at = chainFrom = sentence.start;
        continue;
      }
      // "One resident was angry. "…," she said": the unnamed one, not the latest person named.
      if (opensWithUnnamedPerson(this.lex, words)) return ANONYMOUS;
      const person = this.personSubject(subject, m, pos);
      // "Hale said …. A long-term fund … has been raised. "…," he said": a sentence that names no
      // person is passed, not a reason to fall back to the latest person named in full.
      if (!person && !nameRuns(this.lex, words).some((r) => !isNonPersonName(runText(r), this.lex) && this.knownPerson({ kind: 'name', text: runText(r), span: runSpan(r) }))) {
        passedThing = true;
        at = sentence.start;
        continue;
      }
      // Past such a sentence, only a subject whose first word is a known given name.
      if (passedThing && person && !this.lex.givenNameGenders.has(person.name.split(' ')[0].toLowerCase())) return null;
      return person;
    }
    return { chainFrom };
  }

  /**
   * "Ann Lee and Tom Moss met …. "…," he said": of a subject of two people, those `m` may stand
   * for (either may speak unless the article's genders tell them apart); null when the sentence
   * opens with no such subject.
   */
  private coordinatedPeople(words: Word[], m: Mention, pos: number): { name: string; at: Span | null }[] | null {
    const names = coordinatedSubject(this.lex, words);
    if (!names) return null;
    return names.map((n) => this.personSubject(n, m, pos)).filter((p) => p !== null);
  }

  /**
   * "In a Rose Garden ceremony, …, Trump largely defended officers, saying Americans "…," he said": the subject of the
   * quote's own lead-in, up to the pronoun when it stands inside it ("Sen. Ann Lee said he told Moss: "…"").
   */
  private leadSubject(m: Mention, pos: number): { name: string; at: Span | null } | null {
    const read = this.leadReading(m, pos);
    return read && !read.others ? read.person : null;
  }

  /** The lead-in's subject as a person `m` may stand for, and whether another such person is named after it (`others`). */
  private leadReading(m: Mention, pos: number): { person: { name: string; at: Span | null }; others: boolean; words: Word[] } | null {
    const end = Math.min(m.span.start, pos);
    const lead = sentenceStart(this.lex, this.text, end, this.text.lastIndexOf('\n', end - 1) + 1);
    const sentenceWords = wordsIn(this.lex, this.text, lead, end);
    // `Kelly denied he called Trump "an idiot," and Mattis denied that … he said "…"`: the lead-in
    // is the clause "and" and a new subject open right after a quote (`opensOwnClause`; not "a": `a "monster" and a "puppet"`).
    const clause = sentenceWords.findLastIndex((w, k) => k > 0 && k + 1 < sentenceWords.length && opensOwnClause(this.lex, w.text, sentenceWords[k + 1].text)
      && !this.lex.unnamedSubjectDeterminers.has(sentenceWords[k + 1].lower) && /["”],?\s*$/.test(this.text.slice(sentenceWords[k - 1].end, w.start)));
    const leadWords = clause > 0 ? sentenceWords.slice(clause + 1) : sentenceWords;
    // "Moss pressed the mayor on the budget, and she replied: "…"": a pronoun opening a clause of its
    // own before the quote may stand for the first clause's object; the lead-in's subject is not read.
    const before = leadWords[leadWords.length - 1];
    if (m.span.start < pos && before && (this.lex.conjunctions.has(before.lower) || this.lex.sentenceConjunctions.has(before.lower))
      && /,\s*$/.test(this.text.slice(leadWords[leadWords.length - 2]?.end ?? lead, before.start))) return null;
    const subject = leadWords.length > 2 ? subjectIn(this.lex, this.text, leadWords) : null;
    const person = this.personSubject(subject, m, pos);
    // "Lee pressed Moss on a speech he gave": another person the pronoun fits, named after the subject, may be the one.
    return person ? { person, others: this.otherPersonIn(leadWords.filter((w) => w.start >= subject!.span.end), m, pos, person.name), words: leadWords } : null;
  }

  /** Whether a mention is a person pronoun ("he", "she"; not "it"). */
  private isPersonPronoun(m: Mention | null): boolean {
    return m?.kind === 'pronoun' && this.lex.personPronouns.has(m.text.toLowerCase());
  }

  /** Whether `words` name a person other than `name` whom pronoun `m` may stand for. */
  private otherPersonIn(words: Word[], m: Mention, pos: number, name: string): boolean {
    return nameRuns(this.lex, words).some((r) => {
      const written = runText(r).replace(/['’]s$/, '');
      if (isNonPersonName(written, this.lex) || !this.knownPerson({ kind: 'name', text: written, span: runSpan(r) })) return false;
      const other = this.canonical(written, runSpan(r), pos);
      return other !== null && other.name !== name && this.personLike(other.name) && !isNonPersonName(other.name, this.lex) && this.fits(m, other.name);
    });
  }

  /** A sentence's subject as the person `m` stands for: a name the article knows as a person's, not a place or thing, of `m`'s gender. */
  private personSubject(subject: Mention | null, m: Mention, pos: number): { name: string; at: Span | null } | null {
    if (subject?.kind !== 'name' || isNonPersonName(subject.text, this.lex) || !this.knownPerson(subject)) return null;
    const person = this.canonical(subject.text, subject.span, pos);
    return person && !isNonPersonName(person.name, this.lex) && this.fits(m, person.name) ? person : null;
  }

  /**
   * The person in view when the article gives them, before `pos`, a title of every word of
   * `description` but its determiners and prepositions, written right before their name ("the
   * attorney general" after "Attorney General Ann Lee"; not "Ann Lee, president of a polling firm").
   */
  private describedInView(description: string, pos: number): Person | undefined {
    const inView = this.lastSpeaker && this.lastSpeaker !== ANONYMOUS ? this.lastSpeaker.name : null;
    if (!inView) return undefined;
    const wanted = description.toLowerCase().split(/\s+/).filter((w) => !this.lex.determiners.has(w) && !this.lex.prepositions.has(w));
    for (const p of this.byLastName.get(lastWord(inView)) ?? []) {
      if (p.name !== inView || p.at.start >= pos) continue;
      // The title run: capitalised words and titles right before the name ("President Lee and NATO chief Ann Moss": only "NATO chief").
      const title = new Set<string>();
      for (let k = p.first - 1; k >= 0 && p.first - k <= 5 && !/[.!?;:,"“”\n]/.test(this.text.slice(this.words[k].end, this.words[k + 1].start)); k--) {
        const w = this.words[k];
        if (this.lex.conjunctions.has(w.lower) || !(isCapitalized(w.text) || isTitle(this.lex, w.lower))) break;
        title.add(w.lower);
      }
      // "Former Mayor Ann Lee" is no one "the mayor" is now.
      if ([...title].some((w) => isPastMark(this.lex, w))) continue;
      if (wanted.every((w) => title.has(w))) return p;
    }
    return undefined;
  }

  /**
   * The one person named before `pos` whom every word of `description` describes, with no word of
   * rank the description lacks ("the South Korean president" is no "President Xi"; "the president"
   * no "Vice President Lee"); null when there are several ("the president" after "President Lee"
   * and "President Moss") or none.
   */
  private describedOnly(description: string, head: string, pos: number): Person | null {
    // Keyed as descriptors are: a past title's words after its mark ("the former mayor": `PAST` + "mayor").
    const past = head.startsWith(PAST);
    const wanted = description.toLowerCase().split(/\s+/)
      .filter((w) => !this.lex.determiners.has(w) && !this.lex.prepositions.has(w) && !/['’]s?$/.test(w) && !isPastMark(this.lex, w))
      .map((w) => (past ? PAST + w : w));
    const fits = (p: Person) => {
      const d = this.descriptorsOfPerson(p);
      return wanted.every((w) => d.has(w)) && !RANK_WORDS.some((w) => d.has(w) && !wanted.includes(w));
    };
    let found: Person | null = null;
    for (const p of this.descriptorIndex().get(head) ?? []) {
      if (p.at.start >= pos || !fits(p)) continue;
      if (found && found.name !== p.name) return null;
      found = p;
    }
    // The title alone: a surname written after it ("President Moss") is someone it may stand for too.
    return found && (wanted.length > 1 || !this.otherTitled(head, lastWord(found.name), pos)) ? found : null;
  }

  /** Whether a surname other than `surname` is written after the title `head` before `pos` ("President Moss"), not after a word of rank. */
  private otherTitled(head: string, surname: string, pos: number): boolean {
    return (this.titledSurnames().get(head) ?? []).some((t) => t.at < pos && t.surname !== surname);
  }

  private titledSurnameMap: Map<string, Array<{ at: number; surname: string }>> | null = null;

  /** Per capitalized word, the surnames written after it ("President Moss"), in text order; read once per article, looked up by title. */
  private titledSurnames(): Map<string, Array<{ at: number; surname: string }>> {
    if (this.titledSurnameMap) return this.titledSurnameMap;
    const out = new Map<string, Array<{ at: number; surname: string }>>();
    const w = this.words;
    for (let k = 0; k + 1 < w.length; k++) {
      if (!isCapitalized(w[k].text) || !w[k + 1].joined || !isCapitalized(w[k + 1].text)) continue;
      // "Vice President Moss", "Former Mayor Moss": another title than the one described.
      if (k > 0 && (RANK_WORDS.includes(w[k - 1].lower) || isPastMark(this.lex, w[k - 1].lower))) continue;
      let e = k + 1;
      while (e + 1 < w.length && w[e + 1].joined && isCapitalized(w[e + 1].text) && e - k < MAX_NAME_WORDS) e++;
      if (!isNonPersonName(w[e].text, this.lex)) pushTo(out, w[k].lower, { at: w[k + 1].start, surname: w[e].lower.replace(/['’]s$/, '') });
    }
    return (this.titledSurnameMap = out);
  }

  private readonly descriptorCache = new Map<Person, Set<string>>();

  /** `descriptorsOf` a person's mention, once per mention. */
  private descriptorsOfPerson(p: Person): Set<string> {
    let d = this.descriptorCache.get(p);
    if (!d) this.descriptorCache.set(p, (d = descriptorsOf(this.lex, this.text, this.words, p)));
    return d;
  }

  /** The latest person described by `head` before `pos`; in a language of compound titles, by its ending too ("ministerin" in "Kultusministerin"). */
  private described(head: string, pos: number): Person | undefined {
    const exact = latestIn(this.descriptorIndex().get(head), pos);
    if (exact || this.lex.titleSuffixes.length === 0) return exact;
    let best: Person | undefined;
    const past = head.startsWith(PAST);
    for (const [key, list] of this.descriptorIndex()) {
      // A past title's compound answers only a past head ("der frühere Minister"), and the reverse.
      if (key.startsWith(PAST) !== past || !key.endsWith(past ? head.slice(PAST.length) : head)) continue;
      const p = latestIn(list, pos);
      if (p && (!best || p.at.start > best.at.start)) best = p;
    }
    return best;
  }

  /**
   * "he"/"she" after another person was named: the sentence before the quote decides, as a reader
   * would. Its subject when it opens with a name ("Perry cheered the ruling. "…," he said"); the
   * last speaker when it names them (withheld when its subject, another person, says something of
   * them and both fit the pronoun), opens with a pronoun or has no named subject.
   */
  private pronounAfterOthers(m: Mention, pos: number, lastSpeaker: { name: string; at: Span | null }): { name: string; at: Span | null } | null {
    // "a-t-elle" never points to a man the article marks as one ("M. Mabille"): withheld rather than guessed.
    // Nor does "she" stand for a platform or an organisation that spoke last ("Facebook" for "…," she said).
    // "…," he said (withheld). "…," he added: the same unknown "he", not the last speaker before him,
    // unless the reporter names the last speaker again in between ("Lee said that …").
    const shadow = this.withheld && this.withheld.at > this.lastSpokeAt && this.withheld.pronoun === m.text.toLowerCase()
      && !this.namedBetween(lastSpeaker.name, this.withheld.at, Math.min(m.span.start, pos - 1)) ? this.withheld.at : -1;
    const last = shadow < 0 && this.fits(m, lastSpeaker.name) && (!this.isPersonPronoun(m) || this.mayBePerson(lastSpeaker.name)) ? lastSpeaker : null;
    // "Lee, the police chief, said that the video did not give "…," but he said …": the quote's own sentence names him.
    const lead = this.leadReading(m, pos);
    if (lead && !lead.others) return lead.person;
    // "Levine wrote that he met Moss and got a stare when he asked him, "…"": the lead-in's subject
    // or the one named after it, not a last speaker the sentence does not name.
    const lastSurname = lastWord(lastSpeaker.name);
    if (lead && !lead.words.some((w) => w.lower.replace(/['’]s?$/, '') === lastSurname)) return null;
    let at = Math.min(m.span.start, pos - 1);
    // A language may reach past a sentence that names nobody ("Das Programm trägt den Namen …").
    let passed = 0;
    // Another person "he" may stand for, named in a sentence passed and not led by "he": the last
    // speaker is then a guess, withheld (about three in four such credits read wrong; DESIGN, 12-07).
    let others = false;
    // The words of a sentence the walk passed for naming no subject.
    let passedWords: Word[] | null = null;
    // The walk reads no sentence before the last credit or the withheld pronoun that shadows it.
    const boundary = Math.max(this.lastSpokeAt, shadow);
    for (let reach = 0; reach < this.lex.pronounReach; reach++) {
      const sentence = previousSentence(this.lex, this.text, at);
      if (!sentence || sentence.end <= boundary) return others ? null : last;
      // A sentence that is itself a quote ("“Nothing prepares you,” the president said.") names its
      // subject inside the marks: no one there takes "he" over.
      if (this.isQuoteSentence(sentence)) {
        // A quote with no words of the reporter's, after the last credit ("He added he hopes …. “By
        // praying together …” ¶ “…,” he said"): no one was credited there; the walk goes on past it.
        if (sentence.start > this.lastSpokeAt && !/["”’»][^\p{L}]*[\p{L}]/u.test(this.text.slice(sentence.start, sentence.end)) && passed < PRONOUN_SUBJECT_SENTENCES) {
          passed++;
          reach--;
          at = sentence.start;
          continue;
        }
        return others ? null : last;
      }
      const words = wordsIn(this.lex, this.text, sentence.start, sentence.end);
      const subject = subjectIn(this.lex, this.text, words);
      // A sentence led by "he" ("He recalled Cruz …") speaks of the people it names: they are not counted.
      others ||= !this.isPersonPronoun(subject) && this.otherPersonIn(words, m, pos, lastSpeaker.name);
      const pair = this.coordinatedPeople(words, m, pos);
      if (pair) return pair.length === 1 ? pair[0] : pair.length === 0 ? last : null;
      const surname = lastWord(lastSpeaker.name);
      const names = nameRuns(this.lex, words).filter((r) => !(r.words.length === 1 && r.words[0] === words[0] && !isNameWord(this.lex, r.words[0].text)));
      const lastNamed = namesSurname(names, surname);
      // "Mayor Ann Lee said Moss had been treated badly. "…," he said": a person saying something
      // about the last speaker may go on speaking, or the last speaker may answer. The article's
      // genders decide; where both fit, the speaker is withheld.
      const speaking = lastNamed ? this.speakingSubject(words, m, pos, lastSpeaker.name) : null;
      if (speaking) return last ? null : speaking;
      // "Spokesman Geng Shuang appeared to dispute Trump's claim. "…," he said": the sentence is
      // another person's, who only names the last speaker; where both fit, the speaker is withheld.
      // Not the sentence holding the last speaker's own quote ("Wells "…" was saved, Mr. Wray said").
      const actor = lastNamed && sentence.start > this.lastSpokeAt ? this.actingSubject(words, m, pos, lastSpeaker.name) : null;
      if (actor) return last ? null : actor;
      // "According to Reyes, the closure would hurt shops. "…," he said", "The council was warned by
      // Reyes that …": the one the sentence credits goes on; withheld when the sentence names the
      // last speaker or has another person as its subject (either may be "he").
      const opening = sourceSubject(this.lex, this.text, words) ?? passiveAgent(this.lex, this.text, words);
      const source = opening ?? trailingSpeaker(this.lex, this.text, words);
      const credited = source ? this.personSubject(source, m, pos) : null;
      if (credited && credited.name !== lastSpeaker.name) {
        const own = this.personSubject(subject, m, pos);
        // "Lee blamed Moss, according to her biographer. "…," she told him": the subject goes on; the source only reports it.
        if (!opening && last && own?.name === last.name) return last;
        return (last && lastNamed) || (own && own.name !== credited.name) ? null : credited;
      }
      if (last && lastNamed) return last;
      // "Un portavoz de la gobernación … adelantó que …. «…», aseguró.": the unnamed one speaks.
      if (this.lex.indefiniteDeterminers.has(words[0]?.lower ?? '') && words.slice(1, 4).some((w) => isRoleOrTitle(this.lex, w.lower))) return null;
      // "One resident told her the town had failed them. "…," she said": the unnamed one may speak.
      if (opensWithUnnamedPerson(this.lex, words)) return null;
      // A lone word takes "he" over only as the surname of someone the article names in full:
      // "Sometimes confrontations grew" or "Four years ago" open sentences without naming anyone.
      // "Germany had to spend billions": a place or thing as subject is no one; "he" stays the last speaker.
      const known = subject?.kind === 'name' && !isNonPersonName(subject.text, this.lex) && this.knownPerson(subject);
      if (subject?.kind === 'name' && known) {
        const other = this.canonical(subject.text, subject.span, pos);
        if (other && !isNonPersonName(other.name, this.lex) && this.fits(m, other.name)) return other;
      }
      // "Reyes's plan would close the quay. "…," he said": Reyes, or the last speaker answering, may
      // go on (withheld unless the pronoun fits Reyes only); "Reyes's spokesman said …" is someone unnamed: withheld.
      const owner = subject ? null : possessiveSubject(this.lex, this.text, words);
      const ownerPerson = owner ? this.personSubject(owner.mention, m, pos) : null;
      if (owner && ownerPerson && this.personLike(ownerPerson.name) && ownerPerson.name !== lastSpeaker.name) return owner.personHead || last ? null : ownerPerson;
      // "When Haddad held a press conference, he did not sound worried. "…," he said": the "he" of the main clause is the subordinate clause's subject.
      const opener = subject?.kind === 'pronoun' ? this.subordinateName(words, m, pos) : null;
      if (opener) return opener;
      // "Speaking in Ramallah, he said …. "…," he added": that "he" is someone the sentence before names.
      if (this.isPersonPronoun(subject) && passed < PRONOUN_SUBJECT_SENTENCES) {
        passed++;
        reach--;
        at = sentence.start;
        continue;
      }
      // "…, the lawmaker said. "…," he said": a person so described whom the last speaker is not
      // known as may be the one "he" stands for: withheld.
      const described = trailingDescription(this.lex, this.text, words);
      if (described && !this.describedInView(described, pos)) return null;
      if (subject) return others ? null : last;
      at = sentence.start;
      passedWords = words;
    }
    // "Cole, the expert, says that …. If breached, the files could be erased. "…," he said":
    // past a sentence that names no one, a person reported speaking in the sentence before it speaks.
    const speaker = passedWords && !nameRuns(this.lex, passedWords).some((r) => this.knownPerson({ kind: 'name', text: runText(r), span: runSpan(r) }))
      ? this.reportedSpeaker(at, boundary, m, pos, lastSpeaker.name) : null;
    if (speaker) return speaker;
    return others ? null : last;
  }

  /**
   * The subject of the sentence before `at` (starting after `after`, not a quote) when it is a
   * person named by a given name other than `lastName`, of `m`'s gender, whose verb, past an
   * apposition, is a verb of saying.
   */
  private reportedSpeaker(at: number, after: number, m: Mention, pos: number, lastName: string): { name: string; at: Span | null } | null {
    const sentence = previousSentence(this.lex, this.text, at);
    if (!sentence || sentence.start <= after || this.isQuoteSentence(sentence)) return null;
    const words = wordsIn(this.lex, this.text, sentence.start, sentence.end);
    const subject = clauseSubject(this.lex, words);
    if (subject?.kind !== 'name') return null;
    const person = this.personSubject(subject, m, pos);
    // As past a sentence naming no one before anyone spoke (`subjectBefore`): a subject whose first word is a known given name.
    if (!person || person.name === lastName || !this.lex.givenNameGenders.has(person.name.split(' ')[0].toLowerCase())) return null;
    const rest = words.filter((w) => w.start >= subject.span.end).slice(0, REPORTED_VERB_WORDS);
    const verb = rest.findIndex((w, k) => isCueWord(this.lex, w.text, rest[k + 1]?.text) || (this.lex.clauseBreaks.has(w.lower) && !this.lex.relativePronouns.has(w.lower)));
    return verb >= 0 && isCueWord(this.lex, rest[verb].text, rest[verb + 1]?.text) ? person : null;
  }

  /** A sentence that opens with a quote mark: its subjects stand inside the marks, not the reporter's. */
  private isQuoteSentence(sentence: Span): boolean {
    return /^["“”‘’'«»„]/.test(this.text.slice(sentence.start, sentence.end).trimStart());
  }

  /** Whether a sentence of the reporter's (not one opening with a quote) after `from` and before `to` names `name` by its surname. */
  private namedBetween(name: string, from: number, to: number): boolean {
    const surname = lastWord(name);
    for (let at = to, sentence = previousSentence(this.lex, this.text, at); sentence && sentence.end > from; at = sentence.start, sentence = previousSentence(this.lex, this.text, at)) {
      if (sentence.start <= from || this.isQuoteSentence(sentence)) continue;
      const words = wordsIn(this.lex, this.text, sentence.start, sentence.end);
      if (namesSurname(nameRuns(this.lex, words), surname)) return true;
    }
    return false;
  }

  /** The sentence's subject when it is a known person other than `lastName` whose verb is a cue other than a question's ("Lee said …"), of `m`'s gender. */
  private speakingSubject(words: Word[], m: Mention, pos: number, lastName: string): { name: string; at: Span | null } | null {
    const subject = clauseSubject(this.lex, words);
    if (subject?.kind !== 'name') return null;
    // The main clause's subject only: "When Trump suggested …, Rubio fired back" is Rubio's sentence.
    const lex = this.lex;
    if (words.some((w) => w.end <= subject.span.start && (!isCapitalized(w.text) || lex.functionWords.has(w.lower) || lex.clauseBreaks.has(w.lower) || lex.prepositions.has(w.lower) || lex.prepositionOpeners.has(w.lower)))) return null;
    const next = words.findIndex((w) => w.start >= subject.span.end);
    // "Lee asked Moss about the delays. "…," she said": the one asked answers.
    if (next < 0 || !isCueWord(this.lex, words[next].text, words[next + 1]?.text) || lex.questionVerbs.has(words[next].lower)) return null;
    const person = this.personSubject(subject, m, pos);
    return person && person.name !== lastName ? person : null;
  }

  /**
   * The subject of a sentence that opens with it, when it is a known person other than
   * `lastName` (nor one of their surname), of `m`'s gender, and its verb asks no one ("Spokesman
   * Berg disputed Moss's claim"; "Brandt asked Moss" is Moss's turn; "When Brandt suggested …, Moss
   * fired back" is Moss's sentence).
   */
  private actingSubject(words: Word[], m: Mention, pos: number, lastName: string): { name: string; at: Span | null } | null {
    // A subordinate clause opening it ("As he boarded …, Haddad poured …") has its main clause's subject after its comma (subjectIn).
    const subordinate = words.length > 0 && opensSubordinate(this.lex, words[0].lower);
    // "But the senior member of …, Sen. Ann Lee, told": a conjunction opening the sentence comes before its subject.
    const conjunction = words.length > 1 && this.lex.sentenceConjunctions.has(words[0].lower);
    if (words.length === 0 || (this.lex.clauseBreaks.has(words[0].lower) && !subordinate && !conjunction) || this.lex.prepositions.has(words[0].lower) || this.lex.prepositionOpeners.has(words[0].lower)) return null;
    const subject = subjectIn(this.lex, this.text, words);
    if (subject?.kind !== 'name') return null;
    const next = words.findIndex((w) => w.start >= subject.span.end);
    if (next >= 0 && this.lex.questionVerbs.has(words[next].lower)) return null;
    const person = this.personSubject(subject, m, pos);
    return person && person.name !== lastName && lastWord(person.name) !== lastWord(lastName) ? person : null;
  }

  /**
   * "When Haddad held a press conference, he …": the person subject of a subordinate clause opening
   * a sentence whose main subject is a pronoun, as a reader takes that pronoun; null when another
   * person `m` may stand for is named in the sentence after it.
   */
  private subordinateName(words: Word[], m: Mention, pos: number): { name: string; at: Span | null } | null {
    if (words.length === 0 || !opensSubordinate(this.lex, words[0].lower)) return null;
    const own = clauseSubject(this.lex, words);
    const rest = own ? words.filter((w) => w.start >= own.span.end) : [];
    // "When Blitzer asked Pierson …, she hedged": the one asked answers, not the asker.
    if (!own || rest.length === 0 || this.lex.questionVerbs.has(rest[0].lower)) return null;
    const person = this.personSubject(own, m, pos);
    return person && !this.otherPersonIn(rest, m, pos, person.name) ? person : null;
  }

  /** Whether pronoun `m` may stand for `name`: their genders, where the article marks both, agree. */
  private fits(m: Mention, name: string): boolean {
    const pronoun = m.kind === 'pronoun' ? this.lex.genders.get(m.text.toLowerCase()) : undefined;
    if (pronoun === undefined) return true;
    // "the St. Louis Post Dispatch reported …": a paper that spoke is no one "he" can be (a lone "Hill" who spoke is a person).
    if (name.includes(' ') && !this.personLike(name)) return false;
    const person = this.genderOf(name);
    return person === null || person === pronoun;
  }

  private readonly genderMemo = new Map<string, 'm' | 'f' | null>();

  /**
   * A person's gender as the article marks it next to their surname: an honorific or an article
   * before the title and first names ("Mme de Valmont", "le député Léon Mabille"), else their
   * given name's; null when neither tells.
   */
  private genderOf(name: string): 'm' | 'f' | null {
    const marked = this.markedGender(lastWord(name));
    if (marked) return marked;
    // Unmarked (or marked both ways: "Mr. and Mrs. Clinton"): the given name, as a reader reads it.
    const words = name.split(' ');
    return words.length > 1 ? this.lex.givenNameGenders.get(words[0].toLowerCase()) ?? null : null;
  }

  /** The gender the article marks for a surname; null when unmarked or marked both ways. */
  private markedGender(surname: string): 'm' | 'f' | null {
    const memo = this.genderMemo.get(surname);
    if (memo !== undefined) return memo;
    const words = this.words;
    const plain = (j: number) => !/[.!?;:,"“”«»„\n]/.test(this.text.slice(words[j].end, words[j + 1].start));
    const marks = new Set<'m' | 'f'>();
    for (const k of this.wordPlaces().get(surname) ?? []) {
      if (k < 1 || !isCapitalized(words[k].text)) continue;
      for (let j = k - 1; j >= 0 && plain(j); j--) {
        // "Arrabal de la Fuente": a particle's "la" marks no gender.
        if (this.lex.nameParticles.some((p) => p.includes(words[j].lower))) continue;
        const mark = this.lex.genders.get(words[j].lower);
        if (mark) marks.add(mark);
        if (!isCapitalized(words[j].text) && !isTitle(this.lex, words[j].lower)) break;
      }
    }
    for (const mark of this.pronounMarks().get(surname) ?? []) marks.add(mark);
    const gender = marks.size === 1 ? [...marks][0] : null;
    this.genderMemo.set(surname, gender);
    return gender;
  }

  private wordPlaceMap: Map<string, number[]> | null = null;

  /** Where each word (lowercased) is in the article: a scan of every word per surname was quadratic in the people named. */
  private wordPlaces(): Map<string, number[]> {
    if (this.wordPlaceMap) return this.wordPlaceMap;
    this.wordPlaceMap = new Map();
    this.words.forEach((w, k) => pushTo(this.wordPlaceMap!, w.lower, k));
    return this.wordPlaceMap;
  }

  private pronounMarkMap: Map<string, Set<'m' | 'f'>> | null = null;

  /**
   * "Kaci Hickox arrived on Friday. She was put in a tent": where the lexicon allows it, a sentence
   * a person pronoun opens marks the gender of the name that is the subject of the sentence before
   * (how a reader takes it); surname → marks.
   */
  private pronounMarks(): Map<string, Set<'m' | 'f'>> {
    if (this.pronounMarkMap) return this.pronounMarkMap;
    const out = new Map<string, Set<'m' | 'f'>>();
    this.pronounMarkMap = out;
    if (!this.lex.pronounsMarkGender) return out;
    for (const w of this.words) {
      const mark = this.lex.personPronouns.has(w.lower) ? this.lex.genders.get(w.lower) : undefined;
      if (!mark || !isCapitalized(w.text) || sentenceStart(this.lex, this.text, w.start, this.text.lastIndexOf('\n', w.start - 1) + 1) !== w.start) continue;
      const sentence = previousSentence(this.lex, this.text, w.start);
      // A quote's sentence has its own subjects.
      if (!sentence || this.isQuoteSentence(sentence)) continue;
      const words = wordsIn(this.lex, this.text, sentence.start, sentence.end);
      const subject = subjectIn(this.lex, this.text, words);
      if (subject?.kind !== 'name' || isNonPersonName(subject.text, this.lex)) continue;
      const surname = lastWord(subject.text).replace(/['’]s$/, '');
      // "Lee praised Moss. He …": with another person in the sentence the pronoun may be either.
      const others = nameRuns(this.lex, words).map((r) => runText(r).replace(/['’]s$/, '')).filter((name) => lastWord(name) !== surname
        && !isNonPersonName(name, this.lex) && (name.includes(' ') ? !isNeverPerson(name, this.lex) : this.byLastName.has(name.toLowerCase())));
      if (others.length === 0) out.set(surname, (out.get(surname) ?? new Set<'m' | 'f'>()).add(mark));
    }
    return out;
  }

  /**
   * Whether a sentence subject is someone, not an opening word: a name in full, the surname of
   * someone named in full, or a surname behind a title ("Mr. Obama has spoken at …, West Point").
   */
  private knownPerson(subject: Mention): boolean {
    if (subject.text.includes(' ') || this.namesakes(subject.text).length > 0) return true;
    // "Rep. King": the title as written, with its full stop ("rep." is the title, "rep" is not).
    const before = /([\p{L}]+\.?)\s+$/u.exec(this.text.slice(Math.max(0, subject.span.start - 24), subject.span.start));
    const title = before?.[1].toLowerCase() ?? '';
    return (before !== null && (isTitle(this.lex, title) || isTitle(this.lex, title.replace(/\.$/, '')))) || this.titledWords().has(subject.text.toLowerCase());
  }

  private titledWordSet: Set<string> | null = null;

  /** Lone names the article writes after a title somewhere ("President Trump signed …"): a person, even where untitled. */
  private titledWords(): Set<string> {
    if (!this.titledWordSet) {
      this.titledWordSet = new Set();
      for (let k = 1; k < this.words.length; k++) {
        const w = this.words[k];
        if (w.joined && isCapitalized(w.text) && isTitle(this.lex, this.words[k - 1].lower) && !isTitle(this.lex, w.lower)) this.titledWordSet.add(w.lower.replace(/['’]s$/, ''));
      }
    }
    return this.titledWordSet;
  }

  /** People a lone surname may stand for, from clean mentions ("Facebook's Libra Trump" gives no first name to "Trump"). */
  private namesakes(surname: string): Person[] {
    const lower = surname.toLowerCase();
    // Kept per surname: a person quoted thousands of times (a live blog) was searched for at every quote.
    let found = this.namesakesOf.get(lower);
    if (!found) this.namesakesOf.set(lower, found = this.findNamesakes(lower));
    return found;
  }

  private findNamesakes(lower: string): Person[] {
    const found = (this.byLastName.get(lower) ?? []).filter((p) => !p.afterPossessive);
    if (found.length > 0 || !this.lex.compoundSurnames) return found;
    // "Garrido" for Fermín Garrido Lasheras: any surname but the first name; not a firm's ("Limpiezas Garrido Hermanos").
    return this.people.filter((p) => !p.afterPossessive && !this.lex.orgTails.has(lastWord(p.name))
      && p.name.split(' ').slice(1, -1).some((w) => w.toLowerCase() === lower));
  }

  private canonical(written: string, at: Span, pos: number): { name: string; at: Span | null } | null {
    const lead = this.descriptionWords(written);
    const name = written.split(' ').slice(lead).join(' ');
    const span = lead > 0 ? { start: this.text.indexOf(name.split(' ')[0], at.start), end: at.end } : at;
    if (name.includes(' ')) {
      const known = this.byName.get(name.toLowerCase());
      if (this.lex.nameParticles.length === 0 && !this.lex.nounsCapitalized) return { name, at: known?.at ?? span };
      return this.fuller(name, known?.at ?? span, pos, known !== undefined);
    }
    // "the Democratic California senator": a place has no long form ("Northern California" named later is no one's full name).
    if (this.lex.places.has(name.toLowerCase())) return { name, at: span };
    // The long form of a surname only from a clean mention: "Facebook's Libra Trump" gives no first name to "Trump".
    const namesakes = this.namesakes(name);
    // "Clinton" where the article names Hillary and Bill Clinton: which one is a guess; the name as written is not.
    // Nor "Lee" where the article names "Lee's daughter, Ann Lee": the Lee who speaks may be her parent.
    if (severalPeople(namesakes) || namesakes.some((p) => p.namesakeRelative)) return { name, at: span };
    // A long form named after the surname only from one who is no one's relative: "Lee" before "his
    // daughter, Ann Lee" may be her father; after it, "Lee" goes on with her.
    const person = latestIn(namesakes, pos) ?? namesakes[0];
    // Nor from one named later only in a quote ("Next up, 11 year old Barron Trump!" tweeted by "Trump"): the speaker's words, not the reporter's naming.
    if (person && (person.at.start < pos || (!person.relative && !person.quoted))) return { name: person.name, at: person.at };
    if (person) return { name, at: span };
    // A lone capitalized word the article also writes in lowercase ("Anyone", "Reform", "Party"
    // opening a sentence) is a common word, not a name nobody else in the article carries.
    if (this.lowercase.has(name.toLowerCase()) || !isNameWord(this.lex, name)) return null;
    // Where nouns are capitalized, a lone word nobody in the article carries in full is a noun ("Zuschauer").
    if (this.lex.nounsCapitalized) return null;
    return { name, at: span };
  }

  /**
   * A name of several words no one in the article carries as written: "de Valmont" or "Arrabal de
   * la Fuente" is the latest person whose name ends so (Anne de Valmont); where nouns are capitalized, "Okafor
   * Reportern" is the longest known name it starts with (Dennis Okafor). Else the name as written.
   */
  private fuller(name: string, span: Span, pos: number, known: boolean): { name: string; at: Span | null } {
    const words = name.split(' ');
    // "de Valmont", "Arrabal de la Fuente": the end of a fuller name the article gives.
    if (this.lex.nameParticles.length > 0) {
      const tail = ` ${name.toLowerCase()}`;
      // Among those of the same last word, once per tail: all people at every quote was quadratic on a live blog.
      let ending = this.endingIn.get(tail);
      if (!ending) this.endingIn.set(tail, ending = (this.byLastName.get(lastWord(name)) ?? []).filter((p) => p.name.toLowerCase().endsWith(tail)));
      const person = latestIn(ending, pos);
      if (person) return { name: person.name, at: person.at };
    }
    if (this.lex.nounsCapitalized && !known) {
      for (let k = words.length - 1; k >= 1; k--) {
        const prefix = words.slice(0, k).join(' ');
        const known = k > 1 ? this.byName.get(prefix.toLowerCase()) : latestIn(this.namesakes(prefix), pos);
        if (known) return { name: known.name, at: known.at };
      }
    }
    return { name, at: span };
  }

  /** A name that can be "he" or "she": not "White House", "Trump World" or "South Carolina Republican" (which describes someone). */
  private personLike(name: string): boolean {
    const tail = lastWord(name);
    // "National Association of Charter School Authorizers": the head before its "of" or "for" tail decides.
    const words = name.split(' ');
    const link = words.findIndex((w, k) => k > 0 && this.lex.nameTailLinks.has(w));
    const head = link > 0 ? words[link - 1].toLowerCase() : tail;
    return [tail, head].every((w) => !this.lex.notPersonTails.has(w) && !this.lex.orgTails.has(w) && !this.lex.roleNouns.has(w)) && !this.namesNoPerson(name);
  }

  /** An organisation, platform or outlet rather than a person ("White House", "Ledger", "FBI"). */
  isOrganisation(name: string): boolean {
    // "Katie Ledger": a given name or a known gender makes a person of a name ending like a newspaper.
    if (this.genderOf(name) !== null || (name.includes(' ') && this.lex.givenNameGenders.has(name.split(' ')[0].toLowerCase()))) return false;
    const tail = lastWord(name);
    if (this.lex.surnameTails.has(tail)) return false;
    return this.lex.orgTails.has(tail) || this.lex.notPersonTails.has(tail) || this.namesNoPerson(name) || this.writtenAsInitialism(name);
  }

  /** Initialisms the article writes after an article, each looked up in the text once per article. */
  private readonly initialisms = new Map<string, boolean>();

  /** An initialism the article writes after an article is one ("the FBI"); "MLK", "JFK" are people. */
  private writtenAsInitialism(name: string): boolean {
    if (!/^\p{Lu}{2,6}$/u.test(name)) return false;
    let found = this.initialisms.get(name);
    if (found === undefined) {
      found = [...this.lex.articles].some((a) => !this.lex.unnamedSubjectDeterminers.has(a) && new RegExp(`\\b${a} ${name}\\b`, 'iu').test(this.text));
      this.initialisms.set(name, found);
    }
    return found;
  }

  /** A platform ("Facebook"), a place or a thing: whoever speaks, never "he" or "she". */
  private namesNoPerson(name: string): boolean {
    return this.lex.platforms.has(name.toLowerCase()) || isNonPersonName(name, this.lex);
  }

  /**
   * A lone speaker "he" or "she" may stand for (`fits` reads a name of several words): no platform
   * or organisation ("Facebook", "Congress"), and a word that ends such names ("Hill", "Post") only
   * when the article names someone so in full ("Fiona Hill") or marks their gender ("Hill left. She …").
   */
  private mayBePerson(name: string): boolean {
    if (name.includes(' ')) return true;
    if (this.namesNoPerson(name)) return false;
    return !this.lex.notPersonTails.has(name.toLowerCase()) || this.namesakes(name).length > 0 || this.genderOf(name) !== null;
  }

  /** The latest name before `pos` that can be "he" or "she": not "White House", "Trump World" or "the Norland School". */
  private latestPersonLike(pos: number): Person | undefined {
    let lo = 0;
    let hi = this.people.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.people[mid].at.start < pos) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && lo - k <= 20; k--) {
      if (this.personLike(this.people[k].name) && !this.people[k].afterArticle) return this.people[k];
    }
    return undefined;
  }

  /**
   * "Director of National Intelligence James Clapper", "Police Superintendent Eddie Johnson": the
   * words of a name before a given name, when each is a title or a word the article also writes in
   * lowercase or capitals (a description, not a name), are no part of it. How many such words lead
   * the name (0 when none, or when the given name would be its last word).
   */
  private descriptionWords(name: string): number {
    const words = name.split(' ');
    for (let i = 1; i < words.length - 1; i++) {
      if (!this.lex.givenNameGenders.has(words[i].toLowerCase())) continue;
      // "President-elect", "Secretary-General": a title's compound is a title.
      const described = words.slice(0, i).every((w) => /^\p{Lu}{2,}$/u.test(w) || isTitle(this.lex, w.toLowerCase().split('-')[0])
        || w.toLowerCase().split('-').every((part) => this.lowercase.has(part)));
      return described ? i : 0;
    }
    return 0;
  }

  /** A person of the article named from the given name on (see descriptionWords). */
  private namedFromGivenName(p: Person): Person {
    const lead = this.descriptionWords(p.name);
    if (lead === 0) return p;
    const name = p.name.split(' ').slice(lead).join(' ');
    return { ...p, name, at: { start: this.text.indexOf(name.split(' ')[0], p.at.start), end: p.at.end }, first: p.first + lead };
  }

}

/** Whether a word of `runs` is `surname`, or its possessive. */
function namesSurname(runs: NameRun[], surname: string): boolean {
  return runs.some((r) => r.words.some((w) => w.lower === surname || w.lower === `${surname}'s` || w.lower === `${surname}’s`));
}

// Sentences a pronoun's subject is looked for in, back from the quote, through pronoun subjects.
const PRONOUN_SUBJECT_SENTENCES = 3;
/** Words after a subject within which its verb of saying must stand ("Cole, the cyber security expert, says"). */
const REPORTED_VERB_WORDS = 12;

/**
 * "In response, Harbour Director Ana S. Ruiz voiced agreement.": the name (read as before a cue,
 * titles dropped) right before the sentence's first past-tense or speech verb.
 */
function subjectBeforeVerb(lex: Lexicon, text: string, words: Word[]): Mention | null {
  const v = words.findIndex((w, k) => k > 0 && k < 20 && !isCapitalized(w.text) && (lex.isPastTense(w.lower) || isCueWord(lex, w.text)) && isCapitalized(words[k - 1].text)
    && !lex.prepositions.has(words[k - 1].lower) && !lex.prepositionOpeners.has(words[k - 1].lower));
  if (v < 0) return null;
  const m = speakerBefore(lex, text, words, v);
  // "Ann Lee and Tom Moss met": the name before the verb is one of two subjects, not the subject.
  return m?.kind === 'name' && coordinatedSubject(lex, words) === null ? m : null;
}

// Words each name of a subject of two people ("Sen. Ann Lee and Tom Moss") may run to.
const COORDINATED_NAME_WORDS = 5;

/**
 * "Ann Lee and Tom Moss met the traders": the two names of a subject of two people joined by "and"
 * that opens the sentence before its verb; null when the sentence opens otherwise.
 */
function coordinatedSubject(lex: Lexicon, words: Word[]): Mention[] | null {
  const nameWord = (w: Word) => isCapitalized(w.text) || isTitle(lex, w.lower);
  let and = 0;
  while (and < words.length && and < COORDINATED_NAME_WORDS && nameWord(words[and]) && (and === 0 || words[and].joined)) and++;
  if (and === 0 || !lex.conjunctions.has(words[and]?.lower ?? '') || !words[and].joined) return null;
  let v = and + 1;
  while (v < words.length && v - and <= COORDINATED_NAME_WORDS && nameWord(words[v]) && words[v].joined) v++;
  if (v === and + 1) return null;
  while (v < words.length && !lex.isFiniteVerb(words[v].text) && (lex.auxiliaries.has(words[v].lower) || lex.isAdverbForm(words[v].lower))) v++;
  if (!lex.isFiniteVerb(words[v]?.text ?? '') || isCapitalized(words[v].text) || !words[v].joined) return null;
  const names = [mentionIn(lex, words.slice(0, and), 'before'), mentionIn(lex, words.slice(and + 1, v), 'before')];
  return names.every((n) => n?.kind === 'name') ? names as Mention[] : null;
}

/** A sentence's subject as a reader finds it: the name opening it, after its opening phrase, or before its first past-tense verb. */
function subjectIn(lex: Lexicon, text: string, words: Word[]): Mention | null {
  if (words.length > 0 && opensSubordinate(lex, words[0].lower)) {
    // "When Moss left the hall, Lee said": the main clause's subject, after the subordinate clause and its comma.
    // A subordinate clause is a clause of its own, often longer than a phrase ("As he boarded his flight for …, Lee said").
    const main = afterOpener(lex, text, words, RELATIVE_CLAUSE_WORDS);
    const subject = main ? subjectIn(lex, text, main) : null;
    if (subject) return subject;
    // "As Lee told the Ledger, the tax is …": a subordinate clause of speech attributes the sentence to its subject.
    const own = clauseSubject(lex, words);
    const verb = own ? words.find((w) => w.start >= own.span.end) : undefined;
    return verb && isCueWord(lex, verb.text) ? own : null;
  }
  return clauseSubject(lex, words) ?? subjectAfterOpener(lex, text, words) ?? subjectBeforeVerb(lex, text, words) ?? describedSubject(lex, text, words);
}

/** "The senior member of the committee, Sen. Ann Lee of Norland, told": the name a description opening the sentence is set beside. */
function describedSubject(lex: Lexicon, text: string, allWords: Word[]): Mention | null {
  const words = pastConjunction(lex, allWords);
  if (words.length < 4 || !lex.determiners.has(words[0].lower) || lex.indefiniteDeterminers.has(words[0].lower)) return null;
  const comma = words.findIndex((w, k) => k < OPENER_WORDS && k + 1 < words.length && text.slice(w.end, words[k + 1].start).includes(','));
  if (comma < 1 || words.slice(1, comma + 1).some((w) => lex.relativePronouns.has(w.lower) || lex.clauseBreaks.has(w.lower))) return null;
  const m = clauseSubject(lex, words.slice(comma + 1));
  return m?.kind === 'name' ? m : null;
}

/** "According to Ann Lee, the …": the name a source phrase opening the sentence credits, before its comma. */
function sourceSubject(lex: Lexicon, text: string, allWords: Word[]): Mention | null {
  const words = pastConjunction(lex, allWords);
  const phrase = sourceAt(lex, words, 0, false);
  if (!phrase) return null;
  const m = mentionAfter(lex, text, words, phrase.length - 1);
  const next = m ? words.findIndex((w) => w.start >= m.span.end) : -1;
  return m?.kind === 'name' && next > 0 && text.slice(words[next - 1].end, words[next].start).includes(',') ? m : null;
}

/** Words after a closing cue a time or setting may take ("said in a radio interview"). */
const ADJUNCT_WORDS = 5;

/**
 * "The pier had no speed control, board member Ann Lee said.", "…, said Lee.", "…, according to
 * Lee.": the name a cue closing the sentence after its last comma credits (not a question's: the
 * one asked answers; a day or a setting may follow the cue: ", Lee said Tuesday.").
 */
function trailingSpeaker(lex: Lexicon, text: string, words: Word[]): Mention | null {
  const comma = words.findLastIndex((w, k) => k + 1 < words.length && text.slice(w.end, words[k + 1].start).includes(','));
  if (comma < 0 || words.length - comma - 1 > SUBJECT_WORDS) return null;
  const tail = words.slice(comma + 1);
  const source = sourceAt(lex, tail, 0, false);
  const last = tail.length - 1;
  const speaks = (w: Word, next?: Word) => isCueWord(lex, w.text, next?.text) && !lex.questionVerbs.has(w.lower);
  // "…, Miller said Tuesday.", "…, Lee said in a statement.": a day or a phrase a preposition opens may follow the cue.
  const cue = source ? -1 : tail.findLastIndex((w, k) => k > 0 && speaks(w, tail[k + 1]));
  const adjunct = cue > 0 && cue < last && last - cue <= ADJUNCT_WORDS && tail.slice(cue + 1).every((w) => w.joined)
    && (lex.prepositions.has(tail[cue + 1].lower) || (cue + 1 === last && lex.notName.has(tail[last].lower) && isCapitalized(tail[last].text)));
  if (!source && last > 0 && (speaks(tail[last]) || adjunct)) {
    const m = speakerBefore(lex, text, tail, adjunct ? cue : last);
    return m?.kind === 'name' ? m : null;
  }
  const m = source ? mentionAfter(lex, text, tail, source.length - 1) : speaks(tail[0], tail[1]) ? mentionAfter(lex, text, tail, 0) : null;
  return m?.kind === 'name' && m.span.end >= tail[last].start ? m : null;
}

/** "The council was warned by Ann Lee that …": the agent of a speech verb in the passive (not of a question: the one asked answers). */
function passiveAgent(lex: Lexicon, text: string, words: Word[]): Mention | null {
  const i = words.findIndex((w, k) => k > 0 && lex.auxiliaries.has(words[k - 1].lower) && lex.passiveAgents.has(words[k + 1]?.lower ?? '')
    && isCueWord(lex, w.text, words[k + 1].text) && !lex.questionVerbs.has(w.lower));
  const m = i > 0 ? mentionIn(lex, subjectAfter(lex, text, words, i + 1), 'after') : null;
  return m?.kind === 'name' ? m : null;
}

/**
 * "Ann Lee's plan would …": the name whose possessive opens the sentence (past a conjunction), and
 * whether the noun it owns names a person ("Lee's spokesman").
 */
function possessiveSubject(lex: Lexicon, text: string, allWords: Word[]): { mention: Mention; personHead: boolean } | null {
  const words = pastConjunction(lex, allWords);
  let k = 0;
  while (k < Math.min(words.length, MAX_NAME_WORDS) && isCapitalized(words[k].text) && (k === 0 || words[k].joined) && !isPossessive(words[k].text)) k++;
  const owner = words[k];
  if (!owner || !isPossessive(owner.text) || !isCapitalized(owner.text) || (k > 0 && !owner.joined) || !words[k + 1]?.joined || isCapitalized(words[k + 1].text)) return null;
  const bare = owner.text.replace(/['’]s?$/, '');
  const name = [...words.slice(0, k).map((w) => w.text), bare].join(' ');
  if (lex.neverNameWords.has(words[0].lower) || lex.prepositions.has(words[0].lower) || lex.prepositionOpeners.has(words[0].lower)) return null;
  // "Outside Lee's plant on Main Street, a worker …": a phrase that reaches its comma before any verb opens the sentence; it is no subject.
  for (let j = k + 2; j < Math.min(words.length, k + 2 + OPENER_WORDS); j++) {
    if (text.slice(words[j - 1].end, words[j].start).includes(',')) return null;
    if (lex.auxiliaries.has(words[j].lower) || lex.isFiniteVerb(words[j].text)) break;
  }
  const head = words[k + 1].lower;
  return { mention: { kind: 'name', text: name, span: { start: words[0].start, end: owner.start + bare.length } }, personHead: isRoleOrTitle(lex, head) || lex.genders.has(head) };
}

/** Words an opening phrase may run before its comma ("Speaking at the presidential complex in Ramallah in the West Bank, he said"). */
const OPENER_WORDS = 12;

/** "On the Senate floor, Lee accused…": the subject of the clause after an opening phrase and its comma. */
function subjectAfterOpener(lex: Lexicon, text: string, allWords: Word[], second = false): Mention | null {
  // "But on Saturday morning, Graham was": a conjunction opening the sentence comes before its opener.
  const words = pastConjunction(lex, allWords);
  // Where word order is free, any phrase may open the sentence ("El alcalde de X, Tomás Heredia, se reunió").
  // "Speaking in Ramallah, he said": a participle's phrase opens it too.
  if (!words.length || !(lex.prepositions.has(words[0].lower) || lex.prepositionOpeners.has(words[0].lower) || lex.freeWordOrder || lex.isParticiple(words[0].lower))) return null;
  const main = afterOpener(lex, text, words);
  if (!main) return null;
  // "On Friday, after writing to the board …, Mayor Ann Lee calmly waved away": a subordinate clause after the opener, then the subject.
  // "Standing by the hall, under a banner that read "…," Lee called": a second opening phrase, then the subject.
  return clauseSubject(lex, main) ?? (main.length > 0 && opensSubordinate(lex, main[0].lower) ? subjectIn(lex, text, main) : null)
    ?? (second ? null : subjectAfterOpener(lex, text, main, true));
}

/** The words after an opening phrase or clause and its comma (past a relative clause in it); null with no comma near. */
function afterOpener(lex: Lexicon, text: string, words: Word[], reach = OPENER_WORDS): Word[] | null {
  const commaAfter = (from: number) => words.findIndex((w, k) => k >= from && k < from + reach && k + 1 < words.length && text.slice(w.end, words[k + 1].start).includes(','));
  let comma = commaAfter(0);
  // "In a Rose Garden ceremony, which at times sounded like a rally, Trump defended": past the opener's relative clause.
  if (comma >= 0 && lex.relativePronouns.has(words[comma + 1].lower)) comma = commaAfter(comma + 1);
  return comma < 0 ? null : words.slice(comma + 1);
}


/** Whether the full stop at `dot` ends an abbreviation or an initial ("Mr. Holm", "David S. Adams") rather than a sentence. */
function isAbbreviationEnd(lex: Lexicon, text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  let j = dot;
  while (j > 0 && /[\p{L}.]/u.test(text[j - 1])) j--;
  return isAbbreviation(lex, text.slice(j, dot + 1));
}

/**
 * The sentence before the one holding `at`, within two paragraphs: from the sentence end (or line
 * break) before it to the one before that. Null at the article's start.
 */
function previousSentence(lex: Lexicon, text: string, at: number): Span | null {
  const boundary = (from: number): number => {
    for (let i = from; i > 0; i--) {
      const c = text[i - 1];
      if (c === '\n' || gluedBoundary(text, i - 1)) return i;
      if (/\s/.test(text[i] ?? '') && ((/[.!?]/.test(c) && !isAbbreviationEnd(lex, text, i - 1)) || (/["”’]/.test(c) && /[.!?]/.test(text[i - 2] ?? '')))) return i;
    }
    return 0;
  };
  let end = boundary(at);
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  if (end <= 0) return null;
  const start = boundary(end - 1);
  return start < end ? { start, end } : null;
}

/**
 * Attributions for the drafts of one article, in the drafts' order (which must be text order:
 * pronouns resolve against the speakers before them).
 */
export function attributeSpeakers(named: string, paragraphs: Span[], drafts: QuoteDraft[], lex: Lexicon): Attribution[] {
  // Made on the first cue: an article whose quotes have no cue never reads its people.
  let made: SpeakerResolver | null = null;
  // The quotes' parts, in text order as the drafts are: a name inside one is the speaker's words.
  const resolverNow = () => (made ??= new SpeakerResolver(lex, named, paragraphs, drafts.flatMap((d) => d.parts)));
  // A title's words are no one's and no cue's subject ("star of the show “Duck Dynasty,” promised"):
  // blanked where cues are read, kept where people are (a title may still write a name in full).
  const titles = drafts.filter((d) => d.title && d.closes[0] > 0).map((d): Span => ({ start: d.opens[0], end: d.closes[0] }));
  const text = titles.length > 0 ? blankSpans(named, titles) : named;
  const out: Attribution[] = [];
  let previous: { attribution: Attribution; para: number; answerer: Attribution | null; question: boolean } | null = null;
  const none: Attribution = { speaker: null, cue: null, speakerMention: null, speakerNamedAt: null };
  let interviewFrom: number | undefined; // where the first labelled turn's paragraph starts
  for (let q = 0; q < drafts.length; q++) {
    const d = drafts[q];
    const label = interviewLabel(lex, text, paragraphs, d);
    // A quote the cues credit, inside an opening question clause: the asker's words (a short one
    // no cue reaches stays no quote at all).
    const found = label ? null : findCue(lex, text, paragraphs, drafts, q);
    const cue = found && (askedClause(lex, text, paragraphs[d.paras[0]], d) ?? found);
    let attribution: Attribution = none;
    let answerer: Attribution | null = null;
    if (label) {
      // A transcript's "Q:" is the interviewer's (not named here: null); "A:" is the subject's,
      // named where the interview is introduced ("asked Mara Velde", "in an interview with Velde").
      const resolver = resolverNow();
      interviewFrom ??= paragraphs[d.paras[0]].start;
      const subject = label === 'A' || lex.answersInView ? interviewSubject(lex, text, d.opens[0]) : null;
      const resolved = (subject ? resolver.peek(subject, d.opens[0]) : null) ?? (lex.answersInView ? resolver.namedBefore(interviewFrom) : null);
      const interviewee = resolved ? { speaker: resolved.name, cue: 'A:', speakerMention: null, speakerNamedAt: resolved.at } : null;
      if (label === 'A' && interviewee) attribution = interviewee;
      if (label === 'Q' && lex.answersInView) answerer = interviewee;
    } else if (cue) {
      const resolver = resolverNow();
      const resolved = resolver.resolve(cue.mention, d.parts[0].start, cue.mention.kind === 'pronoun' && quotedAt(drafts, q, cue.mention.span));
      const mention = cue.mention.kind === 'nobody' ? null : cue.mention.span;
      // "The Norland Dispatch reported the apology:": an outlet cites someone's words; whose they are is not said here.
      const cited = resolved && lex.reportCues.has(cue.cue.toLowerCase()) && lex.outletTails.has(lastWord(resolved.name).split(/[-\u2010\u2011]/u).pop()!)
        && reportsUtterance(lex, text, cue.mention.span.end);
      // An organisation speaks as the cue's subject ("the Pentagon said", "said the Ledger"); through
      // "he", a person's title ("president of the X") or a noun it qualifies ("a Pentagon official
      // said", "Facebook users mentioned") it is a guess: withheld (docs/DESIGN.md, 12-07 late night).
      const unsure = resolved !== null && resolver.isOrganisation(resolved.name) && !(mention && cue.mention.kind === 'name' && speaksItself(lex, text, mention));
      attribution = cited || unsure ? { ...none, cue: cue.cue }
        : { speaker: resolved?.name ?? null, cue: cue.cue, speakerMention: mention, speakerNamedAt: resolved?.at ?? null };
      const asked = cue.addressee ? resolver.peek(cue.addressee, d.parts[0].start) : null;
      if (asked) answerer = { speaker: asked.name, cue: null, speakerMention: null, speakerNamedAt: asked.at };
    } else if (previous && (previous.para === d.paras[0] || (startsParagraph(text, paragraphs, d) && d.paras[0] - previous.para <= 1))
      && !otherSubjectBetween(lex, text, drafts[q - 1], d, previous.attribution.speaker) && !isHeading(text, paragraphs, d)) {
      // A quote with no cue of its own, in the same paragraph as the last one or opening the next,
      // continues the previous speaker ("…," he said. "…" ¶ "…"). After a question put to
      // someone ("…?" Moss asked Lee. ¶ "…"), the next paragraph is the answer: the addressee's,
      // or nobody's when the question named none.
      const answer = previous.question && previous.para !== d.paras[0];
      if (answer) attribution = previous.answerer ?? none;
      else if (previous.attribution.speaker) attribution = { ...previous.attribution, cue: null, speakerMention: null };
    }
    out.push(attribution);
    const question = (cue !== null && lex.questionVerbs.has(cue.cue.toLowerCase())) || (label === 'Q' && lex.answersInView);
    previous = { attribution, para: d.paras[d.paras.length - 1], answerer, question };
  }
  return out;
}

/**
 * An organisation's name as the cue's subject: not what a person's title is of ("president of the
 * Agents Association, who said", "ambassador to the Union"), and not qualifying the noun after it
 * ("a Pentagon official said", "Facebook users mentioned") unless that noun is what it publishes
 * ("a Pentagon statement said"). "a spokeswoman for the Finance Committee said" speaks for it.
 */
function speaksItself(lex: Lexicon, text: string, mention: Span): boolean {
  const before = wordsIn(lex, text, Math.max(0, mention.start - 30), mention.start);
  let b = before.length - 1;
  if (b >= 0 && lex.articles.has(before[b].lower)) b--;
  if (b >= 0 && lex.titleLinks.has(before[b].lower) && !lex.groupNameLinks.has(before[b].lower)) return false;
  const next = wordsIn(lex, text, mention.end, Math.min(text.length, mention.end + 40))[0];
  if (!next || !onlySpaces(text, mention.end, next.start) || !/^\p{Ll}/u.test(next.text)) return true;
  const w = next.lower;
  return isCueWord(lex, w) || lex.auxiliaries.has(w) || lex.isAdverbForm(w) || lex.isPastTense(w) || lex.infinitiveMarkers.has(w)
    || lex.clauseBreaks.has(w) || lex.prepositions.has(w) || lex.conjunctions.has(w) || lex.negations.has(w)
    || lex.documentNouns.has(w) || lex.utteranceNouns.has(w);
}

/** `text` with each span's words and quote marks as spaces, its punctuation kept (a title's closing comma still ends a clause). */
function blankSpans(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + text.slice(s.start, s.end).replace(/[\p{L}\p{N}\p{M}\p{Pi}\p{Pf}"'„‚-]/gu, ' ');
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * "The Norland Dispatch reported the apology:": the report verb after `from` has someone's
 * utterance as its object (the outlet cites it); "the Ledger reported that …" quotes the outlet's own words.
 */
function reportsUtterance(lex: Lexicon, text: string, from: number): boolean {
  const [verb, det, noun] = wordsIn(lex, text, from, Math.min(text.length, from + 40));
  return verb !== undefined && lex.reportCues.has(verb.lower) && det !== undefined && (lex.determiners.has(det.lower) || lex.possessives.has(det.lower))
    && noun !== undefined && lex.utteranceNouns.has(noun.lower.replace(/[:,.]$/, ''));
}

/** The span stands inside the quoted text of draft `q` or of a draft beside it (where a cue's clause can reach). */
function quotedAt(drafts: QuoteDraft[], q: number, span: Span): boolean {
  for (let k = Math.max(0, q - 1); k <= Math.min(drafts.length - 1, q + 1); k++) {
    if (drafts[k].parts.some((p) => p.start <= span.start && span.end <= p.end)) return true;
  }
  return false;
}

/**
 * "“…,” Lee posted. Meanwhile, Moss called for calm in a statement. ¶ “…”": the reporter's sentence
 * right before a quote with no cue, after the quote before it, has another person as its subject;
 * the quote then continues no one (it may be that person's, or the last speaker's).
 */
function otherSubjectBetween(lex: Lexicon, text: string, before: QuoteDraft, d: QuoteDraft, speaker: string | null): boolean {
  if (!speaker) return false;
  const last = before.parts.length - 1;
  const end = before.closes[last] >= 0 ? before.closes[last] : before.parts[last].end;
  const other = (from: number, to: number) => {
    const words = wordsIn(lex, text, from, to);
    const subject = subjectIn(lex, text, words);
    if (subject?.kind === 'name') return !isNonPersonName(subject.text, lex) && lastWord(subject.text).replace(/['’]s$/, '') !== lastWord(speaker);
    return subject === null && unnamedSubject(lex, words, true);
  };
  // "Moss called for a return to “…”": the quote's own sentence, before its opening mark.
  const lead = sentenceStart(lex, text, d.opens[0], Math.max(end, text.lastIndexOf('\n', d.opens[0] - 1) + 1));
  if (lead > end && other(lead, d.opens[0])) return true;
  // "“…,” Lee said, while a company lawyer threatened “…”": the clause after the last quote, in its sentence.
  if (lead <= end && unnamedSubject(lex, wordsIn(lex, text, end, d.opens[0]), false)) return true;
  // "with Lee saying “…” and Ms. Moss dismissing it as “…”": another absolute phrase, its own subject.
  if (lead <= end && absoluteIn(lex, text, wordsIn(lex, text, end, d.opens[0]), speaker)) return true;
  const sentence = previousSentence(lex, text, d.opens[0]);
  return sentence !== null && sentence.start >= end && other(sentence.start, sentence.end);
}

// Per lexicon: what may open a second absolute phrase ("with …" or "and …").
const ABSOLUTE_OR_JOINED = new WeakMap<Lexicon, ReadonlySet<string>>();

/** A participle whose absolute phrase ("and Ms. Moss dismissing") names someone other than `speaker`. */
function absoluteIn(lex: Lexicon, text: string, words: Word[], speaker: string): boolean {
  let openers = ABSOLUTE_OR_JOINED.get(lex);
  if (!openers) ABSOLUTE_OR_JOINED.set(lex, openers = new Set([...lex.absoluteOpeners, ...lex.conjunctions]));
  return words.some((w, i) => {
    if (i < 2 || !lex.isParticiple(w.lower)) return false;
    const subject = absoluteSubject(lex, text, words, i, openers);
    return subject !== null && lastWord(subject.text) !== lastWord(speaker);
  });
}

/**
 * "while a company lawyer threatened", "Added another employee:", "A Lee aide said": the clause
 * opens (past a conjunction, or at a sentence's start) with someone unnamed: a determiner such as
 * "a", a person's role or title within UNNAMED_SUBJECT_WORDS words, then a verb of saying or in
 * the past; or a verb of saying opens it, that subject after it and nothing more. "A year ago, Lee
 * said" is no such subject (a comma cuts it), nor "a third level would be" (no person).
 */
function unnamedSubject(lex: Lexicon, words: Word[], sentenceStart: boolean): boolean {
  const inverted = words.length > 2 && lex.speechVerbs.has(words[0].lower);
  const opener = words.length > 1 && (lex.sentenceConjunctions.has(words[0].lower) || lex.conjunctions.has(words[0].lower) || opensSubordinate(lex, words[0].lower));
  const k = inverted || opener ? 1 : 0;
  if ((k === 0 && !sentenceStart) || !words[k] || !lex.unnamedSubjectDeterminers.has(words[k].lower)) return false;
  let person = false;
  let v = k + 1;
  for (; v < words.length && v <= k + UNNAMED_SUBJECT_WORDS; v++) {
    const w = words[v];
    if (!w.joined) return false;
    if (person && (lex.speechVerbs.has(w.lower) || lex.isPastTense(w.lower))) return true;
    if (isRoleOrTitle(lex, w.lower)) person = true;
    else if (person) return false;
  }
  return inverted && person && v === words.length;
}
const UNNAMED_SUBJECT_WORDS = 5;

/** "Q:" or "A:" opening the quote's paragraph or its text: a transcript's question or answer. */
function interviewLabel(lex: Lexicon, text: string, paragraphs: Span[], d: QuoteDraft): 'Q' | 'A' | null {
  const lead = text.slice(paragraphs[d.paras[0]].start, d.opens[0]).trim();
  const m = lex.interviewLead.exec(lead) ?? lex.interviewOpen.exec(text.slice(d.parts[0].start, d.parts[0].end));
  return m ? (lex.questionLabels.has(m[1]) ? 'Q' : 'A') : null;
}


/** The person the latest interview introduction before `pos` names, titles dropped. */
function interviewSubject(lex: Lexicon, text: string, pos: number): Mention | null {
  let last: RegExpExecArray | null = null;
  for (const m of text.slice(0, pos).matchAll(lex.interviewIntro)) last = m;
  if (!last) return null;
  const start = last.index + last[0].length - last[1].length;
  const mention = mentionIn(lex, wordsIn(lex, text, start, start + last[1].length), 'after');
  return mention?.kind === 'name' ? mention : null;
}

function startsParagraph(text: string, paragraphs: Span[], d: QuoteDraft): boolean {
  return text.slice(paragraphs[d.paras[0]].start, d.opens[0]).trim() === '';
}

// Words a quoted heading may run to; a longer unpunctuated paragraph is read as words said.
const HEADING_WORDS = 8;

/**
 * "‘A lot of questions’" alone as a paragraph, its words (HEADING_WORDS at most) ending in no stop,
 * comma, question mark or dash inside its marks: a section heading (or a show's title), no one's
 * words going on from the last speaker.
 */
function isHeading(text: string, paragraphs: Span[], d: QuoteDraft): boolean {
  if (d.parts.length !== 1 || d.closes[0] < 0) return false;
  const para = paragraphs[d.paras[0]];
  if (text.slice(para.start, d.opens[0]).trim() !== '' || text.slice(d.closes[0], para.end).trim() !== '') return false;
  const words = text.slice(d.parts[0].start, d.parts[0].end).trim();
  return !/[.,;:!?…\-—–]\s*$/u.test(words) && words.split(/\s+/u).length <= HEADING_WORDS;
}

/**
 * `…, the lawmaker said.`: a sentence closed by a described person (a determiner, a role or title,
 * a cue): the description, else null. `trailingSpeaker` reads the names that close a sentence so.
 */
function trailingDescription(lex: Lexicon, text: string, words: Word[]): string | null {
  const n = words.length;
  if (n < 4 || !isCueWord(lex, words[n - 1].text)) return null;
  const [det, role] = [words[n - 3], words[n - 2]];
  if (!lex.determiners.has(det.lower) || !isRoleOrTitle(lex, role.lower) || !/,\s*$/.test(text.slice(words[n - 4].end, det.start))) return null;
  return `${det.text} ${role.text}`;
}

/**
 * A sentence that only attributes (`Lee said in a statement.`, `she told reporters.`), right
 * before a quote opening the next sentence: its cue and speaker. A sentence with more after its
 * verb ("Lee said the plan failed.") reports something of its own and attributes nothing.
 */
function closedAttribution(lex: Lexicon, text: string, from: number, to: number): Cue | null {
  const sentence = text.slice(from, to).trimEnd();
  if (!sentence.endsWith('.') || /["“”‘’«»„]|''/.test(sentence)) return null;
  const words = wordsIn(lex, text, from, to);
  const c = words.findLastIndex((w, k) => isCueWord(lex, w.text, words[k + 1]?.text));
  if (c < 1) return null;
  const rest = words.slice(c + 1);
  if (rest.length > 4 || (rest.length > 0 && !lex.prepositions.has(rest[0].lower) && !lex.audienceWords.has(rest[0].lower))) return null;
  const mention = speakerBefore(lex, text, words, c);
  return mention?.kind === 'name' || mention?.kind === 'pronoun' ? { cue: words[c].text, mention } : null;
}

/** `"…." Trump said.` or `"…." — Jane Doe`: a bare name (or pronoun) and a cue, or a sign-off dash. */
function isBareAttribution(lex: Lexicon, text: string, from: number, to: number): boolean {
  if (/^\s*(\u2015|\u2014|\u2013|--)/u.test(text.slice(from, to))) return true;
  const words = wordsIn(lex, text, from, to);
  let k = 0;
  while (k < Math.min(words.length, 4) && (isCapitalized(words[k].text) || lex.pronouns.has(words[k].lower))) k++;
  if (k > 0 && k < words.length && isCueWord(lex, words[k].text) && k + 1 >= words.length - 2) return true;
  // `"…values." DHS spokesman Ann Lee told the Ledger.`: titles before the name, the name just before
  // the verb, at most three words after it: a sentence that only attributes.
  let t = 0;
  while (t < Math.min(words.length, 7) && (isCapitalized(words[t].text) || isTitle(lex, words[t].lower))) t++;
  return t > 1 && t < words.length && isCapitalized(words[t - 1].text) && !isTitle(lex, words[t - 1].lower) &&
    words.slice(1, t).every((w) => w.joined) && isCueWord(lex, words[t].text) && t + 1 >= words.length - 3;
}

/**
 * `Tom Hale, wearing “Vote Moss” pins, said`: a closed capitalized quote of three words at most,
 * run into the words before it, names a thing inside a clause; it ends no attribution search.
 */
function isWovenName(lex: Lexicon, text: string, d: QuoteDraft): boolean {
  if (d.parts.length !== 1 || d.closes[0] < 0) return false;
  const words = wordsIn(lex, text, d.parts[0].start, d.parts[0].end);
  if (words.length === 0 || words.length > 3 || !words.every((w) => isCapitalized(w.text))) return false;
  return /\p{L}\s*$/u.test(text.slice(Math.max(0, d.opens[0] - 3), d.opens[0]));
}

// Most words of an attribution set inside a quote (", a-t-il reconnu,", ", explique la ministre.").
const INCISE_WORDS = 6;

/**
 * A cue set inside a quote's marks, between commas or dashes, or a comma and a full stop:
 * « A, a-t-il reconnu, B », «A —dijo García—, B». Its cue stands among the clause's first three
 * words; a longer clause is the speaker's own words.
 */
function inciseCue(lex: Lexicon, text: string, d: QuoteDraft): Cue | null {
  for (const part of d.parts) {
    const words = wordsIn(lex, text, part.start, part.end);
    const gap = (k: number) => text.slice(words[k].end, k + 1 < words.length ? words[k + 1].start : part.end);
    for (let k = 1; k < words.length; k++) {
      if (!/[,\u2014\u2013]/.test(gap(k - 1))) continue;
      let e = k;
      while (e < words.length - 1 && e - k < INCISE_WORDS && !/[,.;:!?\u2014\u2013]/.test(gap(e))) e++;
      // The clause must close inside the quote, with words after it: a cue ending the quote is read after it.
      if (e >= words.length - 1 || e - k >= INCISE_WORDS || !/[,.\u2014\u2013]/.test(gap(e))) continue;
      const cueAt = words.slice(k, Math.min(e + 1, k + 3)).findIndex((w, j) => isCueWord(lex, w.text, words[k + j + 1]?.text));
      if (cueAt < 0) continue;
      const found = cueAfterQuote(lex, text, words[k - 1].end, words[e].end);
      if (found && !found.source) return found;
    }
  }
  return null;
}

/**
 * `broke Lee's "no new taxes" pledge`: a one-part quote right between a possessive name and a noun
 * naming something said is that name's, whatever cue the sentence has ("…, critics said").
 */
function possessiveUtterance(lex: Lexicon, text: string, para: Span, d: QuoteDraft): Cue | null {
  if (lex.utteranceNouns.size === 0 || d.parts.length !== 1 || d.closes[0] < 0) return null;
  const next = wordsIn(lex, text, d.closes[0], Math.min(para.end, d.closes[0] + 40))[0];
  if (!next || !onlySpaces(text, d.closes[0], next.start) || !lex.utteranceNouns.has(next.lower)) return null;
  const before = wordsIn(lex, text, Math.max(para.start, d.opens[0] - 80), d.opens[0]);
  const owner = before[before.length - 1];
  if (!owner || !onlySpaces(text, owner.end, d.opens[0])) return null;
  const run = nameRuns(lex, before.slice(-MAX_NAME_WORDS)).pop();
  if (!run?.possessive || run.words[run.words.length - 1] !== owner) return null;
  const name = runText(run).replace(/['’]s?$/, '');
  return { cue: next.text, mention: { kind: 'name', text: name, span: { start: run.words[0].start, end: run.words[0].start + name.length } } };
}

// Characters before the cue search's start in which a sentence's subject is looked for.
const SUBJECT_REACH = 400;

/**
 * `left a note that said "…," the sheriff said`: a quote right after a thing's relative clause of
 * speech is the thing's words (its writer unnamed), not the words of the one reporting it later.
 */
function thingSays(lex: Lexicon, text: string, para: Span, d: QuoteDraft): Cue | null {
  if (lex.thingRelativePronouns.size === 0) return null;
  const words = wordsIn(lex, text, Math.max(para.start, d.opens[0] - 24), d.opens[0]);
  const [rel, cue] = words.slice(-2);
  if (!rel || !cue || !cue.joined || !/^[\s,:]*$/.test(text.slice(cue.end, d.opens[0]))) return null;
  // "That said, "…"": a sentence opener, no relative clause.
  return lex.thingRelativePronouns.has(rel.text) && isCueWord(lex, cue.text) ? { cue: cue.text, mention: { kind: 'nobody', text: rel.text, span: spanOf(rel) } } : null;
}

/**
 * `Asked whether his answer was "incomplete," he said …`: a quote inside a sentence's opening
 * question clause (before the comma that ends it, no speech cue of its own) is the asker's words,
 * not the answer's speaker's; the asker goes unnamed. Possessed words ("Asked about Lee's "…"
 * remarks") stay the owner's.
 */
function askedClause(lex: Lexicon, text: string, para: Span, d: QuoteDraft): Cue | null {
  if (!lex.askedClause || d.parts.length !== 1 || d.closes[0] < 0) return null;
  // Every credited quote passes here: the sentence is looked for only where a question verb is written before it.
  const from = Math.max(para.start, d.opens[0] - SUBJECT_REACH);
  const before = text.slice(from, d.opens[0]).toLowerCase();
  if (![...lex.questionVerbs].some((v) => before.includes(v))) return null;
  const start = sentenceStart(lex, text, d.opens[0], from);
  const lead = text.slice(start, d.opens[0]);
  const opener = lex.askedClause.exec(lead);
  if (!opener || /[,;:\u2014\u2013]/u.test(lead) || possessiveUtterance(lex, text, para, d)) return null;
  const words = wordsIn(lex, text, start, d.opens[0]);
  // Past the opener: `Asked if it was fair he told the Ledger "…"` has a cue of its own.
  if (words.some((w, k) => w.start >= start + opener[0].length && isCueWord(lex, w.text, words[k + 1]?.text))) return null;
  // The clause goes on past the quote to its comma: `"…," he said`, `"…" program, Lee said`.
  const part = d.parts[0];
  const after = text.slice(d.closes[0], sentenceEnd(lex, text, d.closes[0], para.end));
  if (!/,\s*$/.test(text.slice(part.start, part.end)) && !after.includes(',')) return null;
  const asked = words.find((w) => lex.questionVerbs.has(w.lower)) ?? words[0];
  return { cue: asked.text, mention: { kind: 'nobody', text: asked.text, span: spanOf(asked) } };
}

/** The nearest cue for one quote: after a part, then before the first part, then its sentence. */
function findCue(lex: Lexicon, text: string, paragraphs: Span[], drafts: QuoteDraft[], q: number): Cue | null {
  const d = drafts[q];
  // Three words or fewer: a quote only with a speech cue of its own (see find-quotes), so the
  // weaker readings below (across a woven name, "according to" after it) do not make it one.
  const short = d.parts.reduce((n, p) => n + wordsIn(lex, text, p.start, p.end).length, 0) <= 3;
  const nextOpen = (para: number, after: number) => {
    for (let k = q + 1; k < drafts.length; k++) {
      const o = drafts[k].opens[0];
      if (drafts[k].paras[0] === para && o >= after && !drafts[k].title && (short || !isWovenName(lex, text, drafts[k]))) return o;
      if (drafts[k].paras[0] > para) break;
    }
    return paragraphs[para].end;
  };
  // A transcript line: "WALLACE: …"
  const speakerLabel = /^(\p{Lu}[\p{Lu}.'’ -]{1,30}):\s/u.exec(text.slice(d.parts[0].start, d.parts[0].end));
  if (speakerLabel) {
    const span = { start: d.parts[0].start, end: d.parts[0].start + speakerLabel[1].length };
    return { cue: ':', mention: { kind: 'name', text: speakerLabel[1], span } };
  }
  const owned = possessiveUtterance(lex, text, paragraphs[d.paras[0]], d);
  if (owned) return owned;
  const thing = thingSays(lex, text, paragraphs[d.paras[0]], d);
  if (thing) return thing;
  let weak: Cue | null = null;
  let source: Cue | null = null;
  // A cue after the quote that yields to a named cue before it (one of the two cases below).
  let yielding: Cue | null = null;
  // A sign-off dash follows a quote that stands alone or ends a sentence of its own: after
  // `called it "a disaster" -- Lee and Moss voted` the dash goes on with the writer's sentence.
  const lastPart = d.parts[d.parts.length - 1];
  const signOff = sentenceStart(lex, text, d.opens[0], Math.max(paragraphs[d.paras[0]].start, d.opens[0] - 8)) === d.opens[0] || /[.!?]['’]?$/.test(text.slice(lastPart.start, lastPart.end));
  for (let i = 0; i < d.parts.length; i++) {
    const close = d.closes[i];
    if (close < 0) continue;
    const para = d.paras[i];
    const limit = i + 1 < d.parts.length && d.paras[i + 1] === para ? d.opens[i + 1] : nextOpen(para, close);
    const end = sentenceEnd(lex, text, close, limit);
    // `"A." Beck said: "B."`: a colon hands the cue to the quote that follows.
    // `"A," Cruz said, adding: "B."`: a second cue before the colon leaves the first one to A, and so
    // does a clause after the cue's comma (`"A," Lee told reporters, before Moss interrupted: "B."`).
    if (/:\s*$/.test(text.slice(close, end))) {
      const cues = wordsIn(lex, text, close, end).filter((w) => isCueWord(lex, w.text));
      if (cues.length < 2 && !(cues.length === 1 && text.slice(cues[0].end, end).includes(','))) continue;
    }
    // `"… see." He mentioned a list`: a quote closed by a full stop ends its sentence; the next
    // sentence is not its attribution (a sign-off dash still is).
    const part = d.parts[i];
    const stopped = /\.$/.test(text.slice(part.start, part.end)) && /^\s+["“'‘]?\p{Lu}/u.test(text.slice(close, end));
    if (stopped && !isBareAttribution(lex, text, close, end)) continue;
    // `"A." Lee responded, "B."`: after a full stop, a cue whose comma opens the next quote introduces that one.
    if (stopped && end === limit && limit < paragraphs[para].end && /,\s*$/.test(text.slice(close, end))) continue;
    const found = cueAfterQuote(lex, text, close, end, () => participleSubject(lex, text, wordsIn(lex, text, sentenceStart(lex, text, d.opens[0], Math.max(paragraphs[d.paras[0]].start, d.opens[0] - SUBJECT_REACH)), d.opens[0])), signOff);
    // `Lee said he was "happy," according to the Ledger`: a speech verb before the quote names
    // the speaker; "according to" after it only the source of the report.
    // `Clinton … said "…," the Associated Press reported`: a report verb after the quote names the source too.
    if (found?.source || (found && lex.reportCues.has(found.cue.toLowerCase()))) {
      if (!short) source ??= found;
      continue;
    }
    // A cue after the quote whose speaker is only a lowercase phrase ("…," before predicting that)
    // loses to a named speaker before the quote.
    // `Lee said "A. ¶ "B," he said`: "he" after a later paragraph's part is the one named before the quote opened.
    if (found?.mention.kind === 'pronoun' && d.paras[i] > d.paras[0]) {
      yielding = found;
      break;
    }
    // `When Beck tweeted, "A!" she retorted, "B."`: a cue after a quote that ends its sentence, whose
    // comma opens the next quote, introduces that one; A keeps a named cue before it, if it has one.
    if (found && i === d.parts.length - 1 && /[.!?]$/.test(text.slice(part.start, part.end)) && end === limit && limit < paragraphs[para].end
      && /,\s*$/.test(text.slice(close, end))) {
      yielding = found;
      break;
    }
    if (found && (found.mention.kind !== 'description' || /\p{Lu}/u.test(found.mention.text))) return found;
    weak ??= found;
  }
  const para = d.paras[0];
  // `said on Fox News' "The Kelly File" that "…"`: a title before the quote does not end the sentence its cue is in.
  let p = q - 1;
  while (p >= 0 && drafts[p].title && drafts[p].paras[0] === para) p--;
  const prevClose = p >= 0 && drafts[p].paras[drafts[p].paras.length - 1] === para ? Math.max(drafts[p].closes[drafts[p].closes.length - 1], paragraphs[para].start) : paragraphs[para].start;
  const start = sentenceStart(lex, text, d.opens[0], prevClose);
  // Looked back for only when a clause subject is needed, and not past SUBJECT_REACH: a paragraph of
  // thousands of marks must not rescan itself for every quote.
  const sentenceFrom = () => sentenceStart(lex, text, d.opens[0], Math.max(paragraphs[para].start, start - SUBJECT_REACH));
  const named = cueBeforeQuote(lex, text, start, d.opens[0], sentenceFrom);
  if (yielding) return named?.mention.kind === 'name' && !named.source ? named : yielding;
  const before = named ?? source ?? weak;
  if (before) return before;
  // « Je l’ai appris…, a-t-il reconnu. Ce n’est pas… »: the cue set inside the marks.
  const incise = lex.incisesInQuotes ? inciseCue(lex, text, d) : null;
  if (incise) return incise;
  // `Ann Lee, the director, said in a statement. "…"`: a full stop typed for a colon.
  // Not after a quote in the paragraph (`"A," Lee said of it. "B."`): B continues A's speaker.
  if (start === d.opens[0] && prevClose === paragraphs[para].start && start > prevClose) {
    const closed = closedAttribution(lex, text, sentenceStart(lex, text, start - 1, prevClose), start);
    if (closed) return closed;
  }
  if (!startsParagraph(text, paragraphs, d) || para === 0) return before;
  // A quote introduced by the paragraph before it: `Cruz continued:` ¶ "…"
  const prev = paragraphs[para - 1];
  if (!/:\s*$/.test(text.slice(prev.start, prev.end))) return null;
  return cueBeforeQuote(lex, text, sentenceStart(lex, text, prev.end - 1, prev.start), prev.end);
}
