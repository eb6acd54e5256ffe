/**
 * Golden speaker attribution (issue 12): each case in ./cases is an article the team wrote, with
 * every quote a careful reader finds and who said it. A property test checks the invariant behind
 * "glued names": every speaker given is words the article writes side by side.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { joinParagraphs, lineSpans } from '@/utils/article/article-text';
import { speakerOccursIn } from '@/bin/eval/speaker-in-text';
import { isNonPersonName } from '@/utils/quotes/person-names';
import { SPEAKER_CASES, type SpeakerCase } from './cases';

/** The case's article: a headline line outside the paragraphs (as in a .txt file), or paragraphs only. */
function articleOf(c: SpeakerCase): { text: string; paragraphs: Array<{ start: number; end: number }> } {
  if (c.headline === undefined) return joinParagraphs(c.paragraphs);
  const text = [c.headline, ...c.paragraphs].join('\n');
  return { text, paragraphs: lineSpans(text).slice(1) };
}

describe('golden speakers', () => {
  test.each(SPEAKER_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const article = articleOf(c);
    const quotes = findQuotes(article);
    expect(quotes.map((q) => [q.text.split(' ').slice(0, 3).join(' '), q.speaker])).toEqual(c.quotes);
    for (const q of quotes) if (q.speaker !== null) expect(speakerOccursIn(article.text, q.speaker)).toBe(true);
  });

  test('a show title after “told” is cut from the quote text', () => {
    const [q] = findQuotes(joinParagraphs(['“We have waited long enough, and I hope he can,” Ann Lee told “Morning Ledger.”']));
    expect(q.text).toBe('We have waited long enough, and I hope he can,');
    expect(q.parts).toHaveLength(1);
  });
});

// Pieces an article is generated from: names, titles, sentence words, places, platforms and
// outlets, joined by spaces, punctuation, line breaks and paragraph breaks, with quotes and cues.
const WORDS = ['Ann', 'Lee', 'Moss', 'Tom', 'Cruz', 'Senator', 'Mayor', 'Notably', 'Wait', 'Strikingly', 'New', 'York',
  'Twitter', 'ABC', 'Daily', 'Ledger', 'the', 'council', 'said', 'told', 'asked', 'added', 'he', 'she', 'White', 'House',
  'Q:', 'A:', 'LEE:', 'as', 'if', 'to', 'say', 'Mr.', 'J.', 'on', 'by'];
const GLUE = [' ', ' ', ' ', ', ', '. ', '/', '\n', ': ', ' — ', '\u00A0', '  '];
const QUOTE = ['“The harbour will open next spring,”', '“Will you run again?”', '"We will fight this in court."', '“It is done.”'];

const piece = fc.oneof(
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GLUE)).map(([w, g]) => w + g),
  fc.constantFrom(...QUOTE).map((q) => `${q} `),
);
const paragraph = fc.array(piece, { minLength: 1, maxLength: 14 }).map((ps) => ps.join('').trim()).filter((p) => p !== '');

describe('speaker invariant (property)', () => {
  test('every speaker given occurs verbatim in the article and is no place or sentence word', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), fc.boolean(), (paragraphs, withHeadline) => {
        const c: SpeakerCase = { name: '', paragraphs, quotes: [], headline: withHeadline ? 'Senator Endorses Rival Ann Lee' : undefined };
        const article = articleOf(c);
        for (const q of findQuotes(article)) {
          if (q.speaker === null) continue;
          expect(speakerOccursIn(article.text, q.speaker), `${q.speaker} in ${JSON.stringify(article.text)}`).toBe(true);
          expect(isNonPersonName(q.speaker)).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });
});
