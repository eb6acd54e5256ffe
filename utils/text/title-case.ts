/**
 * Title case, as a headline or a work's title is written: every word capitalized (or a number)
 * but the small words a title keeps lowercase after its first word. Read by the quote finder
 * (a quoted title is no quote) and by speaker attribution (a headline kept as a paragraph names no one).
 */
import type { Lexicon } from '@/utils/language/lexicon';

/** The words of `text` as a title is read: letters and digits, inner apostrophes and hyphens kept. */
export function titleWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** Whether `words` are written in title case (`lex.titleSmallWords` lowercase after the first). */
export function isTitleCase(lex: Lexicon, words: readonly string[]): boolean {
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && lex.titleSmallWords.has(w)));
}
