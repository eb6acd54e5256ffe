import type { MatchKind } from '@/utils/types';

/**
 * A golden cross-outlet pair in one language, written by the team (made-up people, places and
 * outlets): two short articles of one story by two outlets, the words that pick our quote out of
 * ours, and what the reader must be told about the other outlet's rendering when ours is checked
 * with theirs saved (the extension's compare path: coverage index, candidates, alignment).
 */
export interface LanguageMatchCase {
  name: string;
  /** Our article's paragraphs. */
  ours: string[];
  /** The other outlet's article's paragraphs. */
  theirs: string[];
  /** Words of our quote that pick it out of our article. */
  quote: string;
  expect: {
    /** null: the other article must not be reported as carrying the quote. */
    kind: MatchKind | null;
    /** The meaning-change words, as compared (lowercase keys); [] for none. */
    meaningChanges?: string[];
  };
}
