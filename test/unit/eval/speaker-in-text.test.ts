import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { nameHeadsPhrase, speakerOccursIn, unifyForSpeakerSearch } from '@/bin/eval/speaker-in-text';

describe('speakerOccursIn', () => {
  test.each([
    ['as written', 'said Ana Ruiz on Friday', 'Ana Ruiz', true],
    ['curly apostrophe in the text', 'said Dan O’Hara', "Dan O'Hara", true],
    ['dash kinds unified', 'said Mary Smith–Jones', 'Mary Smith-Jones', true],
    ['runs of spaces and a no-break space', 'said Ana\u00A0 Ruiz', 'Ana Ruiz', true],
    ['glued across a line break', 'said Ana\nRuiz', 'Ana Ruiz', false],
    ['glued across a paragraph', 'said Ana Lee\n\nMoss left', 'Ana Lee Moss', false],
    ['glued across punctuation', 'Notably, Moss said', 'Notably Moss', false],
    ['glued across a slash', 'an ABC/Daily Ledger poll', 'ABC Daily Ledger', false],
    ['case is kept', 'said ana ruiz', 'Ana Ruiz', false],
    ['empty speaker', 'said Ana Ruiz', ' ', false],
  ])('%s', (_name, text, speaker, expected) => {
    expect(speakerOccursIn(text, speaker)).toBe(expected);
  });

  test('unification keeps line breaks and never changes the length of a text without runs of spaces (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'B', '’', '–', '\n', ' ', '\u00A0', '-', "'"), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const unified = unifyForSpeakerSearch(text);
        expect(unified.split('\n').length).toBe(text.split('\n').length);
        if (!/[^\S\n\r]{2,}/.test(text)) expect(unified.length).toBe(text.length);
        // Any slice of the text without a line break occurs in it.
        const from = Math.floor(text.length / 3);
        const piece = text.slice(from, from + 5);
        if (piece.trim() !== '' && !piece.includes('\n')) expect(speakerOccursIn(text, piece)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('nameHeadsPhrase (the eval’s speaker-phrase figure)', () => {
  test.each([
    ['title before, place after', 'Ana Ruiz', 'Sen. Ana Ruiz of Norland, who chairs the panel', true],
    ['apposition after a title phrase', 'Ana Ruiz', 'the port spokeswoman, Ana Ruiz,', true],
    ['case and apostrophe kinds ignored', "dan o'hara", 'Mayor Dan O’Hara', true],
    ['possessive: someone else speaks', 'Ruiz', 'Ruiz’s campaign manager', false],
    ['possessive with a bare apostrophe', 'Moss', 'Moss’ longtime aide', false],
    ['after a preposition: someone else speaks', 'Ruiz', 'a longtime adviser to Ruiz', false],
    ['after a preposition and a title', 'Ruiz', 'a longtime adviser to Senator Ruiz', false],
    ['after "of the"', 'Lena Park', 'Omar Haddad of the Lena Park Institute', false],
    ['part of a longer word', 'Lee', 'Leeds officials', false],
    ['not in the phrase', 'Ana Ruiz', 'the port spokeswoman', false],
    ['empty name', ' ', 'Ana Ruiz', false],
  ])('%s', (_name, name, phrase, expected) => {
    expect(nameHeadsPhrase(name, phrase)).toBe(expected);
  });
});
