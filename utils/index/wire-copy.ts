/**
 * Wire copy: one outlet reprinting another (an agency story run by several papers, often with a
 * new headline, a trimmed ending or a local first paragraph). Such copies are one source, not
 * independent confirmation, so a report groups them: "2 outlets, 1 source".
 *
 * Test: word 5-shingles of the lowercased text (function words kept: a reprint keeps the exact
 * word sequence, two reporters of the same speech do not). Two articles are copies when the
 * shingles they share are at least half of the SMALLER article's shingles (containment ≥ 0.5),
 * so a reprint cut to half its length still counts; two independent reports that carry the same
 * long quote share only that quote's shingles (containment well below 0.2 on the seeds and on
 * AllSides multi-outlet coverage). At least 20 shared shingles are also required, so two tiny
 * texts cannot be "copies" on one shared sentence.
 *
 * ```ts
 * groupWireCopies([ap, reprint, independent])
 * // → [{ articleIds: [ap.id, reprint.id], outlets: ['AP', 'Daily Planet'], source: ap.id }]
 * ```
 */
import type { Article, ArticleRef, WireGroup } from '@/utils/types';

const SHINGLE = 5;
export const WIRE_CONTAINMENT = 0.5;
const MIN_SHARED = 20;

export type WireArticle = Pick<ArticleRef, 'id' | 'outlet' | 'date'> & Pick<Article, 'text'>;

export interface WireSimilarity {
  /** Shared shingles / all distinct shingles of both. */
  jaccard: number;
  /** Shared shingles / shingles of the smaller text. */
  containment: number;
  shared: number;
}

/**
 * Hashed word 5-shingles of a text (32-bit hashes: a set of numbers is compact and fast). Words
 * are lowercased runs of letters and digits: a reprint keeps the words, so the heavier folding
 * of normalizeText (spelling, diacritics) is not needed, and each word is hashed once and the
 * five hashes combined, with no string built per position (a third of a compare's time at 10k
 * saved articles went to building and hashing those strings).
 */
export function shingles(text: string): Set<number> {
  return new Set(shingleRun(text));
}

/** Every shingle of the text in text order, repeats kept. */
function shingleRun(text: string): Uint32Array {
  const words = scannedWordHashes(text) ?? loweredWordHashes(text);
  const out = new Uint32Array(Math.max(0, words.length - SHINGLE + 1));
  for (let i = 0; i < out.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE; k++) h = Math.imul(h ^ words[k], 0x01000193);
    out[i] = h >>> 0;
  }
  return out;
}
/** A code point of `[\p{L}\p{N}]`: the word characters. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit below 0x10000, learned on first sight: 0 unknown, 1 not a word character, 2 one. */
const BMP_CLASS = new Uint8Array(0x10000);

function isWordCodePoint(cp: number): boolean {
  if (cp < 0x10000) {
    let k = BMP_CLASS[cp];
    if (k === 0) BMP_CLASS[cp] = k = WORD_CHAR.test(String.fromCharCode(cp)) ? 2 : 1;
    return k === 2;
  }
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** The hash of each word (a run of `[\p{L}\p{N}]` code points in the lowercased text), read by code point, allocating no string per word. */
function loweredWordHashes(text: string): number[] {
  const words: number[] = [];
  const lower = text.toLowerCase();
  let h = 0;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < lower.length && (lower.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const word = c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : isWordCodePoint(pair ? lower.codePointAt(i)! : c);
    if (!word) {
      if (inWord) words.push(h >>> 0);
      inWord = false;
      if (pair) i++;
      continue;
    }
    h = Math.imul((inWord ? h : 0x811c9dc5) ^ c, 0x01000193);
    inWord = true;
    if (pair) h = Math.imul(h ^ lower.charCodeAt(++i), 0x01000193);
  }
  if (inWord) words.push(h >>> 0);
  return words;
}

/** Characters outside ASCII that are neither letters nor digits and have no case: curly quotes, dashes, spaces, ellipsis, guillemets. */
const SEPARATORS = new Set([0xa0, 0xab, 0xbb, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]);

/**
 * `loweredWordHashes`, scanned without lowercasing for text of ASCII and SEPARATORS (most news text): each word
 * hashed as it is read, lowercased by its character codes; null for any other character. Hashing
 * every matched article's whole text through the pattern was most of wire grouping at 100k saved.
 */
function scannedWordHashes(text: string): number[] | null {
  const words: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      h = Math.imul((inWord ? h : 0x811c9dc5) ^ c, 0x01000193);
      inWord = true;
      continue;
    }
    if (c >= 128 && !SEPARATORS.has(c)) return null;
    if (inWord) words.push(h >>> 0);
    inWord = false;
  }
  if (inWord) words.push(h >>> 0);
  return words;
}

/** The distinct shingles of a text, ascending: `shingles(text)` in another order, without a Set. */
export function distinctShingles(text: string): Uint32Array {
  const run = shingleRun(text).sort();
  let k = 0;
  for (let i = 0; i < run.length; i++) if (i === 0 || run[i] !== run[i - 1]) run[k++] = run[i];
  return run.slice(0, k);
}

/**
 * `shingles(article.text)` as a typed array, remembered while the article object lives: every
 * compare groups the same saved articles again, and hashing a whole text is most of the grouping's cost.
 */
function shinglesOf(article: WireArticle): Uint32Array {
  const cached = SHINGLES.get(article);
  if (cached?.text === article.text) return cached.hashes;
  // Grouping counts shared shingles per pair of articles: the order within an article's array is free.
  const hashes = distinctShingles(article.text);
  SHINGLES.set(article, { text: article.text, hashes });
  return hashes;
}
const SHINGLES = new WeakMap<WireArticle, { text: string; hashes: Uint32Array }>();

export function wireSimilarity(a: Set<number>, b: Set<number>): WireSimilarity {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  const union = a.size + b.size - shared;
  return { shared, jaccard: union ? shared / union : 0, containment: small.size ? shared / small.size : 0 };
}

export function isWireCopy(s: WireSimilarity): boolean {
  return s.containment >= WIRE_CONTAINMENT && s.shared >= MIN_SHARED;
}

/**
 * Groups copies among `articles` (union–find over the pairs that pass `isWireCopy`). Shared
 * shingles are counted for every pair in one pass over all the shingles, through the articles
 * that already hold each one: the same counts as `wireSimilarity` pair by pair, without walking
 * every set once per other article (most of a cold first check's grouping time).
 */
export function groupWireCopies(articles: readonly WireArticle[]): WireGroup[] {
  const sets = articles.map(shinglesOf);
  const n = articles.length;
  const shared = sharedCounts(sets);
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const count = shared[i * n + j];
      const smaller = Math.min(sets[i].length, sets[j].length);
      if (isWireCopy({ shared: count, containment: smaller ? count / smaller : 0, jaccard: 0 })) parent[find(j)] = find(i);
    }
  }
  const members = new Map<number, WireArticle[]>();
  articles.forEach((a, i) => {
    const group = members.get(find(i));
    if (group) group.push(a);
    else members.set(find(i), [a]);
  });
  return [...members.values()]
    .filter((g) => g.length > 1)
    .map((g) => ({
      articleIds: g.map((a) => a.id),
      outlets: [...new Set(g.map((a) => a.outlet))],
      // ISO dates order as plain strings (localeCompare's first call builds a slow collator).
      source: [...g].sort((x, y) => compareDates(x.date ?? '9999', y.date ?? '9999'))[0].id,
    }));
}

/**
 * Shingles shared by sets i < j, at [i * n + j]. Each shingle's first holder sits in an
 * open-addressing table of typed arrays (a Map of a few hundred thousand shingles was most of
 * the grouping's time when a quote matched hundreds of articles).
 */
function sharedCounts(sets: readonly Uint32Array[]): Uint32Array {
  const n = sets.length;
  const shared = new Uint32Array(n * n);
  let total = 0;
  for (const set of sets) total += set.length;
  let capacity = 16;
  while (capacity < 2 * total) capacity *= 2;
  const mask = capacity - 1;
  const shift = 32 - Math.log2(capacity);
  const keys = new Uint32Array(capacity);
  const first = new Int32Array(capacity).fill(-1); // slot → the first set holding its shingle
  const more = new Map<number, number[]>(); // slot → the later sets holding it (rare: copies, quotes)
  for (let j = 0; j < n; j++) {
    const set = sets[j];
    for (let x = 0; x < set.length; x++) {
      const h = set[x];
      let slot = Math.imul(h, 0x9e3779b1) >>> shift; // Fibonacci hashing: the top bits of h times 2^32 / phi
      while (first[slot] !== -1 && keys[slot] !== h) slot = (slot + 1) & mask;
      const i = first[slot];
      if (i === -1) {
        first[slot] = j;
        keys[slot] = h;
        continue;
      }
      shared[i * n + j]++;
      const later = more.get(slot);
      if (!later) {
        more.set(slot, [j]);
        continue;
      }
      for (const k of later) shared[k * n + j]++;
      later.push(j);
    }
  }
  return shared;
}

function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Independent sources among `articleIds`: each wire group counts once. */
export function independentSources(articleIds: readonly string[], groups: readonly WireGroup[]): number {
  const seen = new Set<string>();
  for (const id of articleIds) seen.add(groups.find((g) => g.articleIds.includes(id))?.source ?? id);
  return seen.size;
}
