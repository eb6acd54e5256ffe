/**
 * How informative a word is for deciding that two texts carry the same quote. Function words and
 * the words of stock phrases ("our thoughts and prayers", "at the end of the day", "make America
 * great again") occur in countless unrelated stories, so they count little; longer content words,
 * names and numbers count most. Fixed lists (the lexicon's stopwords and stock words) rather than
 * corpus statistics: the reader's library may hold only two articles, too few to estimate
 * document frequencies.
 */
import type { Lexicon } from '@/utils/language/lexicon';
import { english } from '@/utils/language/en';

export const STOPWORD_WEIGHT = 0.15;
export const STOCK_WEIGHT = 0.4;

export interface TermWeights {
  /** True for a word that carries content: not a function word and not stock-phrase vocabulary. */
  isContentWord: (key: string) => boolean;
  /** Informativeness of one normalized word, 0.15 (function word) .. 1.5 (long rare-looking word). */
  wordWeight: (key: string) => number;
}

/**
 * Term weights read with one language's lists (one-argument functions: safe as `filter` callbacks).
 * One object per lexicon, so callers may compare or cache by it.
 */
export function termWeights(lex: Lexicon): TermWeights {
  let weights = BY_LEXICON.get(lex);
  if (!weights) BY_LEXICON.set(lex, (weights = makeWeights(lex)));
  return weights;
}
const BY_LEXICON = new WeakMap<Lexicon, TermWeights>();

function makeWeights(lex: Lexicon): TermWeights {
  return {
    isContentWord: (key) => key.length > 1 && !lex.stopwords.has(key) && !lex.stockWords.has(key),
    wordWeight: (key) => {
      if (lex.stopwords.has(key) || key.length <= 1) return STOPWORD_WEIGHT;
      if (lex.stockWords.has(key)) return STOCK_WEIGHT;
      if (holdsNumber(key)) return 1.2;
      // Length as a cheap stand-in for rarity: "indispensable" says more than "plan".
      return key.length >= 8 ? 1.5 : key.length >= 5 ? 1.2 : 1;
    },
  };
}

const NUMBER = /\p{N}/u;

/**
 * Whether `key` holds a number character (`/\p{N}/u`): an ASCII key by its digits, the only such
 * characters in ASCII, without running the pattern (called for every aligned word).
 */
export function holdsNumber(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
    if (c >= 0x80) return NUMBER.test(key);
  }
  return false;
}

/** English weights, for callers that read English only (the evaluations' heuristics, the benchmark). */
export const { isContentWord, wordWeight } = termWeights(english);
