/**
 * An article cut into passages: one per sentence, each knowing its paragraph and whether it lies
 * inside a direct quote (and whose). Passages are the unit the coverage index retrieves; the
 * windows handed to alignment are built from neighbouring passages.
 *
 * ```ts
 * const passages = articlePassages({ text, paragraphs, quotes });
 * passages[3] // → { start: 210, end: 318, paragraph: 1, inQuote: true, speaker: 'Sergio Gor' }
 * ```
 */
import type { Lexicon } from '@/utils/language/lexicon';
import { english } from '@/utils/language/en';
import { splitSentences } from '@/utils/text/split-sentences';
import type { Article, Quote, Span } from '@/utils/types';

export interface Passage extends Span {
  /** Index into `Article.paragraphs`. */
  paragraph: number;
  /** The sentence overlaps a part of a direct quote. */
  inQuote: boolean;
  /** That quote's speaker (canonical name), null when not in a quote or unattributed. */
  speaker: string | null;
}

/**
 * Sentences of every paragraph, in text order. Without paragraph spans the whole text is one
 * paragraph. When a sentence overlaps several quotes, the first one's speaker is kept. Sentences
 * end where the article's language ends them (`lex`: "M. Dupont" is no sentence break).
 */
export function articlePassages(article: Pick<Article, 'text' | 'paragraphs'> & { quotes: readonly Quote[] }, lex: Lexicon = english): Passage[] {
  const paragraphs = article.paragraphs.length > 0 ? article.paragraphs : [{ start: 0, end: article.text.length }];
  const parts = article.quotes
    .flatMap((q) => q.parts.map((p) => ({ start: p.start, end: p.end, speaker: q.speaker })))
    .sort((a, b) => a.start - b.start);
  const passages: Passage[] = [];
  paragraphs.forEach((para, paragraph) => {
    for (const s of splitSentences(article.text, para, lex)) {
      const quote = parts.find((p) => p.start < s.end && p.end > s.start);
      passages.push({ ...s, paragraph, inQuote: quote !== undefined, speaker: quote?.speaker ?? null });
    }
  });
  return passages;
}
