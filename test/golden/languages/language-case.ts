/**
 * A golden article in one language, written by the team (made-up people, places and outlets; never
 * copied from a real article): the paragraphs as a reader sees them and every direct quote a careful
 * reader of that language finds, in order, by its first three words and its speaker (null: the
 * article does not say who, or a reader could not be sure).
 */
export interface LanguageCase {
  name: string;
  /** A first line outside the paragraphs, as a .txt article's title is. */
  headline?: string;
  paragraphs: string[];
  quotes: Array<[firstWords: string, speaker: string | null]>;
}
