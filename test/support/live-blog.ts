/**
 * A generated live blog of our own invented words, for tests of how time grows with the page:
 * paragraph i holds a sentence of prose and the quote of utterance `utterance(i)`, most of them
 * by one person. Two blogs share an utterance where `utterance` gives the same number.
 */
import { joinParagraphs } from '@/utils/article/article-text';
import { findQuotes } from '@/utils/quotes/find-quotes';
import type { StoredArticle } from '@/utils/types';

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'van', 'su', 'dor', 'pel', 'ri', 'nax', 'bo', 'quen', 'tal', 'ef', 'gu', 'zim'];
const LINKS = ['the', 'and', 'we', 'will', 'of', 'to', 'in', 'that', 'is', 'for'];
const PEOPLE = ['Ann Lee', 'Tom Berg', 'Rosa Diaz', 'Ivan Petrov'];
// A long page's vocabulary: a million words would overflow the tokenizer's word table (WORD_KEYS_LIMIT) and time that.
const VOCABULARY = 20_000;

/** The k-th invented word of a sentence, one of `vocabulary`. */
function word(seed: number, k: number, vocabulary: number): string {
  let x = Math.imul(seed, 0x9e3779b1) ^ Math.imul(k + 1, 0x85ebca77);
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d);
  x ^= x >>> 12;
  x = (x >>> 0) % vocabulary;
  let s = '';
  for (let j = 0; j < 5; j++) {
    s += SYLLABLES[x % 16];
    x = Math.floor(x / 16);
  }
  return s;
}

/** n words, every third a linking word, different for different seeds. */
export function sentence(seed: number, n: number, vocabulary = VOCABULARY): string {
  return Array.from({ length: n }, (_, k) => (k % 3 === 1 ? LINKS[(seed + k) % LINKS.length] : word(seed, k, vocabulary))).join(' ');
}

/**
 * `vocabulary`: the invented words the blog draws from. A fixed one makes each word's paragraphs
 * grow with the page; one growing with the page keeps them few, so that what grows is the code's
 * own scanning, not the work a rule asks for every paragraph sharing a word.
 */
export function liveBlog(id: string, outlet: string, paragraphs: number, utterance: (i: number) => number, vocabulary = VOCABULARY): StoredArticle {
  const lines = Array.from({ length: paragraphs }, (_, i) => {
    const u = utterance(i);
    return `${sentence(-1 - u, 14, vocabulary)}. “${sentence(u, 16, vocabulary)},” ${PEOPLE[i % 7 === 0 ? 1 + (i % 3) : 0]} said.`;
  });
  const body = joinParagraphs(lines);
  return { id, url: `https://${id}.example/live`, outlet, title: `Live: ${outlet}`, date: '2026-12-01', byline: null, lang: 'en', ...body, quotes: findQuotes(body), savedAt: 1 };
}
