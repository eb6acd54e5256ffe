import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { WordKeys, wordKey } from '@/utils/text/word-keys';
import { normalizeWord } from '@/utils/text/normalize';
import { english } from '@/utils/language/en';
import { french } from '@/utils/language/fr';

// What the table must give for a word: the key the tokenizer computed before it (a Map of word → key).
const reference = (word: string, lex = english) => normalizeWord(word.replace(/^(\p{L})-/u, '$1'), lex);

const WORDS = ['The', 'the', 'colour', 'color', 'e-mail', 'U.S.', 'don’t', 'Labour-led', 'centre’s', 'ﬁne', 'Ⅻ', 'naïve', '𝒜b', '', 'a', 'A'];

describe('WordKeys', () => {
  test('gives each word of a text, by its offsets, the word and its key, through probe runs, wraps and clears (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'binary', maxLength: 6 })), { minLength: 1, maxLength: 40 }),
        fc.constantFrom([3, 4], [5, 8], [50, 64]),
        (words, [limit, slots]) => {
          // A tiny table: slots collide, probes wrap past the end, and the table clears when full.
          const table = new WordKeys(english, limit, slots);
          const text = words.join(' ');
          let at = 0;
          for (const w of [...words, ...words]) {
            const start = at % (text.length + 1);
            const word = text.slice(start, start + w.length);
            const slot = table.slot(text, start, start + w.length);
            expect(table.word(slot)).toBe(word);
            expect(table.key(slot)).toBe(reference(word));
            at += w.length + 1;
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test.each([
    ['a capital folded', 'The', 'the'],
    ['British spelling', 'colour', 'color'],
    ['a letter and a hyphen is one word', 'e-mail', 'email'],
    ['curly apostrophe', 'don’t', "don't"],
  ])('%s', (_name, word, key) => {
    expect(wordKey(word, english)).toBe(key);
    expect(wordKey(word, english)).toBe(reference(word));
  });

  test('keys are per language', () => {
    expect(wordKey('colour', french)).toBe(reference('colour', french));
    expect(wordKey('colour', english)).toBe('color');
  });

  test('refuses a table whose slots cannot hold its limit', () => {
    expect(() => new WordKeys(english, 8, 8)).toThrow();
    expect(() => new WordKeys(english, 4, 6)).toThrow();
  });
});
