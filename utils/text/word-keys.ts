/**
 * Comparison keys of words (`normalizeWord`), remembered per lexicon and looked up by the word's
 * characters in the text it stands in: a word already seen is neither sliced out of its text nor
 * hashed as a new string, and every token of it shares one string for its text and one for its key
 * (docs/DESIGN.md, "First compares: a word's key found by its characters").
 */
import type { Lexicon } from '@/utils/language/lexicon';
import { normalizeWord } from '@/utils/text/normalize';
import { fnv1a } from '@/utils/text/fnv1a';

/** Words kept before the table starts afresh (news text repeats its words: 43k distinct in a 10k-article compare run). */
export const WORD_KEYS_LIMIT = 50_000;
// Slots: a power of two past twice the limit, so a probe run stays short.
const SLOTS = 1 << 17;

/** An open-addressed table of word → key, hashed by hand (FNV-1a over UTF-16 units). */
export class WordKeys {
  /** Each slot's hash, 0 when empty. */
  private readonly hashes: Int32Array;
  /** Slot s holds the word at 2s and its key at 2s + 1: both in one cache line. */
  private readonly entries: string[];
  private readonly mask: number;
  private count = 0;

  /** `slots`: a power of two above `limit` (tests make both small). */
  constructor(private readonly lex: Lexicon, private readonly limit = WORD_KEYS_LIMIT, slots = SLOTS) {
    if (!(slots > limit) || (slots & (slots - 1)) !== 0) throw new Error('WordKeys: slots must be a power of two above the limit');
    this.hashes = new Int32Array(slots);
    this.entries = new Array<string>(2 * slots).fill('');
    this.mask = slots - 1;
  }

  /**
   * The slot of `text.slice(start, end)`, the word's key computed and kept on its first sight.
   * `word(slot)` is that word (a string equal to the slice), `key(slot)` its key.
   */
  slot(text: string, start: number, end: number): number {
    // Signed, as the Int32Array holds it; 0 marks an empty slot.
    const h = fnv1a(text, start, end) | 0 || 1;
    const length = end - start;
    const entries = this.entries;
    const mask = this.mask;
    let s = h & mask;
    for (let seen = this.hashes[s]; seen !== 0; seen = this.hashes[s]) {
      if (seen === h) {
        const word = entries[2 * s];
        if (word.length === length && sameChars(word, text, start)) return s;
      }
      s = (s + 1) & mask;
    }
    if (this.count >= this.limit) {
      this.clear();
      return this.slot(text, start, end);
    }
    const word = text.slice(start, end);
    this.hashes[s] = h;
    entries[2 * s] = word;
    // A letter joined to a word by a hyphen is spelling ("e-mail"), as the word spans read it.
    entries[2 * s + 1] = normalizeWord(word.replace(/^(\p{L})-/u, '$1'), this.lex);
    this.count++;
    return s;
  }

  word(slot: number): string {
    return this.entries[2 * slot];
  }

  key(slot: number): string {
    return this.entries[2 * slot + 1];
  }

  private clear(): void {
    this.hashes.fill(0);
    this.entries.fill('');
    this.count = 0;
  }
}

/** `word` equals `text` from `start` on, for word.length units. */
function sameChars(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

const TABLES = new Map<Lexicon, WordKeys>();

/** The lexicon's table (spelling folds differ between languages). */
export function wordKeys(lex: Lexicon): WordKeys {
  let table = TABLES.get(lex);
  if (!table) TABLES.set(lex, (table = new WordKeys(lex)));
  return table;
}

/** `normalizeWord` of a token as a tokenizer reads it (hyphen after a first letter dropped), remembered. */
export function wordKey(word: string, lex: Lexicon): string {
  const table = wordKeys(lex);
  return table.key(table.slot(word, 0, word.length));
}
