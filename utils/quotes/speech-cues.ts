/**
 * Speech cues: the verbs (and a few phrases) that attribute a quote to a speaker. Each lexicon
 * keeps them as explicit word forms rather than a stemmer so "says" and "sayings" or "notes" (the
 * noun) are decided in one readable list (utils/language/*.ts), and nowhere else.
 */
import type { Lexicon } from '@/utils/language/lexicon';

/**
 * True when the word (followed by `next`) is a speech verb form ("as Lee put it" counts) as written
 * in running text ("said", "tweeted"), or one fused with its subject ("explique-t-elle"). A capitalized form is not one: "States" in "United States",
 * "Post" in "The Post", a headline's "Says".
 */
export function isCueWord(lex: Lexicon, word: string, next?: string): boolean {
  return lex.speechVerbs.has(word) || (next !== undefined && lex.cuesBeforeWord.get(next)?.has(word) === true) || lex.isFusedCue(word);
}
