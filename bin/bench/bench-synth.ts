/**
 * Synthetic saved articles for the benchmark's 100k scale: real sentences shuffled across
 * articles with light word edits, so the vocabulary, sentence lengths and term frequencies stay
 * those of real news while no synthetic article repeats a real one. Pure and seeded.
 */
import { joinParagraphs, type ArticleText } from '@/utils/article/article-text';
import { splitSentences } from '@/utils/text/split-sentences';
import { randomInt, seededRandom } from './bench-stats';

/** Share of synthetic sentences that get one word edit. */
const EDIT_RATE = 0.3;

/** What synthesis draws from: every real sentence, and each source's sentences per paragraph. */
export interface SynthesisInput {
  pool: string[];
  shapes: number[][];
}

export function synthesisInput(sources: readonly ArticleText[]): SynthesisInput {
  const pool: string[] = [];
  const shapes = sources.map((s) =>
    s.paragraphs.map((p) => {
      const sentences = splitSentences(s.text, p);
      for (const x of sentences) pool.push(s.text.slice(x.start, x.end).trim());
      return Math.max(1, sentences.length);
    }),
  );
  return { pool: pool.filter((x) => x !== ''), shapes };
}

/** One light edit: drop, repeat or swap a word, or replace one with a word of another real sentence. */
function editSentence(sentence: string, pool: readonly string[], random: () => number): string {
  const words = sentence.split(' ');
  if (words.length < 3) return sentence;
  const i = randomInt(random, words.length - 1);
  switch (randomInt(random, 4)) {
    case 0:
      words.splice(i, 1);
      break;
    case 1:
      words.splice(i, 0, words[i]);
      break;
    case 2:
      [words[i], words[i + 1]] = [words[i + 1], words[i]];
      break;
    default: {
      const donor = pool[randomInt(random, pool.length)].split(' ');
      words[i] = donor[randomInt(random, donor.length)];
    }
  }
  return words.join(' ');
}

/**
 * `count` synthetic articles, lazily: each copies the paragraph shape of a random source and
 * fills it with random pool sentences, a share of them lightly edited. Same seed, same articles.
 */
export function* synthesizeArticles(input: SynthesisInput, count: number, seed: number): Generator<ArticleText> {
  const { pool, shapes } = input;
  if (shapes.length === 0 || pool.length === 0) throw new Error('bench-synth: no source sentences');
  const random = seededRandom(seed);
  for (let k = 0; k < count; k++) {
    const shape = shapes[randomInt(random, shapes.length)];
    const paragraphs = shape.map((n) =>
      Array.from({ length: n }, () => {
        const s = pool[randomInt(random, pool.length)];
        return random() < EDIT_RATE ? editSentence(s, pool, random) : s;
      }).join(' '),
    );
    yield joinParagraphs(paragraphs);
  }
}
