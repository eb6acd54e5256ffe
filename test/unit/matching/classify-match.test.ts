import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  classifyMatch, enoughMatchedWords, mentionNames, qualifies, speakersAgree, speakersConflict, type MatchEvidence, type MatchStrength,
} from '@/utils/matching/classify-match';

const ev = (e: Partial<MatchEvidence>): MatchEvidence => ({ quoted: true, innerDifferences: 0, bracketEdits: 0, quoteCut: false, otherCut: false, namesOnly: false, ...e });
const st = (s: Partial<MatchStrength>): MatchStrength => ({ matchedWords: 12, matchedNumbers: 0, matchedWeight: 10, matchedContent: 8, matchedNames: 0, similarity: 1, coverage: 1, quoteCoverage: 1, ...s });

describe('classifyMatch', () => {
  test.each([
    ['same words in quote marks', ev({}), 'verbatim'],
    ['this quote is cut', ev({ quoteCut: true }), 'partial'],
    ['the other quote is cut', ev({ otherCut: true }), 'partial'],
    ['a word differs', ev({ innerDifferences: 1 }), 'altered'],
    ['cut and a word differs', ev({ quoteCut: true, innerDifferences: 2 }), 'altered'],
    ['not in quote marks', ev({ quoted: false }), 'paraphrase'],
    ['not in quote marks, words differ', ev({ quoted: false, innerDifferences: 3 }), 'paraphrase'],
    ['reported speech quoting a piece word for word', ev({ quoted: false, quoteCut: true, innerDifferences: 4, quotedPiece: { words: 3, content: 2, changed: false } }), 'partial'],
    ['reported speech quoting a changed piece', ev({ quoted: false, quoteCut: true, quotedPiece: { words: 5, content: 3, changed: true } }), 'altered'],
    ['reported speech quoting one word', ev({ quoted: false, quotedPiece: { words: 1, content: 1, changed: false } }), 'paraphrase'],
    ['first-person words printed as text, whole', ev({ quoted: false, reproduced: 'person' }), 'verbatim'],
    ['the outlet’s own text, cut', ev({ quoted: false, reproduced: 'outlet', quoteCut: true }), 'partial'],
    ['printed as text, a word changed', ev({ quoted: false, reproduced: 'person', innerDifferences: 1 }), 'altered'],
  ])('%s → %s', (_name, e, kind) => {
    expect(classifyMatch(e)).toBe(kind);
  });
});

describe('qualifies', () => {
  test.each([
    ['strong quoted match', st({}), ev({}), false, true],
    ['too few content words', st({ matchedContent: 2, coverage: 0.4 }), ev({ quoteCut: true, otherCut: true }), false, false],
    ['too little weight', st({ matchedWeight: 3 }), ev({ innerDifferences: 1 }), false, false],
    ['low similarity', st({ similarity: 0.4 }), ev({ innerDifferences: 4 }), false, false],
    ['indirect speech of four words, beside the speaker\'s name', st({ matchedWords: 4, matchedContent: 4, matchedWeight: 5.2, coverage: 0.55, quoteCoverage: 0.55 }), ev({ quoted: false, quoteCut: true, sameSpeaker: true }), false, false],
    ['indirect speech of five words, beside the speaker\'s name', st({ matchedWords: 5, matchedContent: 4, matchedWeight: 5.2, coverage: 0.55, quoteCoverage: 0.55 }), ev({ quoted: false, quoteCut: true, sameSpeaker: true }), false, true],
    ['only overlapping, low coverage', st({ matchedWords: 7, matchedContent: 4, coverage: 0.3 }), ev({ quoteCut: true, otherCut: true }), false, false],
    ['long shared run despite low coverage', st({ matchedContent: 6, coverage: 0.3 }), ev({ quoteCut: true, otherCut: true }), false, true],
    ['short complete quote word for word', st({ matchedContent: 2, matchedWeight: 2.6 }), ev({ otherCut: true }), false, true],
    ['short complete quote, too light', st({ matchedWords: 7, matchedContent: 2, matchedWeight: 2.2 }), ev({}), false, false],
    // "State of the Union" in quote marks against a 49-word quote that names it: an excerpt, too small.
    ['excerpt of a long quote: a quoted title', st({ matchedWords: 4, matchedContent: 2, matchedWeight: 2.8, quoteCoverage: 0.08 }), ev({ quoteCut: true }), false, false],
    ['altered excerpt of a long quote, three content words', st({ matchedWords: 4, matchedContent: 3, matchedWeight: 4, similarity: 0.9, quoteCoverage: 0.15 }), ev({ quoteCut: true, innerDifferences: 1 }), false, false],
    ['excerpt of names only, however large a share', st({ matchedWords: 3, matchedContent: 3, matchedWeight: 4, quoteCoverage: 0.5 }), ev({ quoteCut: true, namesOnly: true }), false, false],
    ['whole quote of names only is still a quote', st({ matchedWords: 3, matchedContent: 3, matchedWeight: 4 }), ev({ namesOnly: true }), false, true],
    ['only names in common, the rest of the quote changed', st({ matchedWords: 4, matchedContent: 3, matchedWeight: 4, similarity: 0.6 }), ev({ namesOnly: true, innerDifferences: 6 }), false, false],
    ['only names in common, the rest of the quote cut', st({ matchedWords: 4, matchedContent: 3, matchedWeight: 4, quoteCoverage: 0.3 }), ev({ namesOnly: true, quoteCut: true, quoted: false }), false, false],
    ['indirect speech sharing names and one word', st({ matchedWords: 5, matchedContent: 4, matchedNames: 3, matchedWeight: 5, similarity: 0.9 }), ev({ quoted: false }), false, false],
    ['indirect speech sharing names and two words', st({ matchedWords: 6, matchedContent: 5, matchedNames: 3, matchedWeight: 6, similarity: 0.9 }), ev({ quoted: false }), false, true],
    ['a fragment the other outlet quotes in two pieces', st({ matchedWords: 9, matchedContent: 6, matchedWeight: 7 }), ev({ quoteCut: true, cutInside: true }), true, true],
    ['a fragment cut at its end is no match', st({ matchedWords: 9, matchedContent: 6, matchedWeight: 7, quoteCoverage: 0.45 }), ev({ quoteCut: true, cutInside: false }), true, false],
    ['most of a fragment, word for word in their quote marks', st({ matchedWords: 4, matchedContent: 3, matchedWeight: 4.35, quoteCoverage: 0.63 }), ev({ quoteCut: true }), true, true],
    ['the same, under half the fragment', st({ matchedWords: 4, matchedContent: 3, matchedWeight: 4.35, quoteCoverage: 0.45 }), ev({ quoteCut: true }), true, false],
    ['the same, two content words', st({ matchedWords: 4, matchedContent: 2, matchedWeight: 3.2, quoteCoverage: 0.63 }), ev({ quoteCut: true }), true, false],
    ['the same, a word changed', st({ matchedWords: 4, matchedContent: 3, matchedWeight: 4.35, similarity: 0.9, quoteCoverage: 0.63 }), ev({ quoteCut: true, innerDifferences: 1 }), true, false],
    ['the same, their quote running on past it', st({ matchedWords: 4, matchedContent: 3, matchedWeight: 4.35, quoteCoverage: 0.63 }), ev({ quoteCut: true, otherCut: true }), true, false],
    ['excerpt carrying a quarter of the quote', st({ matchedWords: 5, matchedContent: 3, matchedWeight: 3, quoteCoverage: 0.3 }), ev({ quoteCut: true }), false, true],
    ['excerpt of two words, however large a share', st({ matchedWords: 2, matchedContent: 2, matchedWeight: 3, quoteCoverage: 0.4 }), ev({ quoteCut: true }), false, false],
    ['excerpt of three words carrying a share', st({ matchedWords: 3, matchedContent: 2, matchedWeight: 3, quoteCoverage: 0.4 }), ev({ quoteCut: true }), false, true],
    ['excerpt with four content words', st({ matchedWords: 6, matchedContent: 4, matchedWeight: 4, quoteCoverage: 0.15 }), ev({ quoteCut: true }), false, true],
    ['excerpt: a long word-for-word run with few content words', st({ matchedWords: 10, matchedContent: 3, matchedWeight: 4, quoteCoverage: 0.19 }), ev({ quoteCut: true }), false, true],
    ['excerpt: a nine-word run with few content words is not enough', st({ matchedWords: 9, matchedContent: 3, matchedWeight: 4, quoteCoverage: 0.19 }), ev({ quoteCut: true }), false, false],
    ['altered excerpt: a long run, one word changed, under half the quote', st({ matchedWords: 19, matchedContent: 5, matchedWeight: 8.75, similarity: 0.99, coverage: 0.497, quoteCoverage: 0.32 }), ev({ quoteCut: true, otherCut: true, innerDifferences: 1 }), false, true],
    ['altered excerpt: a long run agreeing less closely, under half the quote', st({ matchedWords: 19, matchedContent: 5, matchedWeight: 8.75, similarity: 0.9, coverage: 0.497, quoteCoverage: 0.32 }), ev({ quoteCut: true, otherCut: true, innerDifferences: 3 }), false, false],
    ['altered excerpt: twelve words, under half the quote', st({ matchedWords: 12, matchedContent: 5, matchedWeight: 8.75, similarity: 0.99, coverage: 0.497, quoteCoverage: 0.32 }), ev({ quoteCut: true, otherCut: true, innerDifferences: 1 }), false, false],
    ['excerpt: a long run with a word changed is not enough', st({ matchedWords: 10, matchedContent: 3, matchedWeight: 4, similarity: 0.9, quoteCoverage: 0.19 }), ev({ quoteCut: true, innerDifferences: 1 }), false, false],
    ['one whole part of their split quote inside ours', st({ matchedWords: 10, matchedContent: 3, matchedWeight: 4, coverage: 0.19, quoteCoverage: 0.19 }), ev({ quoteCut: true, otherCut: true, partExcerpt: true }), false, true],
    ['overlap without a whole part of theirs', st({ matchedWords: 10, matchedContent: 3, matchedWeight: 4, coverage: 0.19, quoteCoverage: 0.19 }), ev({ quoteCut: true, otherCut: true }), false, false],
    ['overlap: a ten-word run carried word for word, four content words', st({ matchedWords: 10, matchedContent: 5, matchedWeight: 7.9, coverage: 0.28, quoteCoverage: 0.28 }), ev({ quoteCut: true, otherCut: true }), false, true],
    ['overlap: the same run with a word changed', st({ matchedWords: 10, matchedContent: 5, matchedWeight: 7.9, similarity: 0.9, coverage: 0.28, quoteCoverage: 0.28 }), ev({ quoteCut: true, otherCut: true, innerDifferences: 1 }), false, false],
    ['overlap: a nine-word run', st({ matchedWords: 9, matchedContent: 5, matchedWeight: 7.9, coverage: 0.28, quoteCoverage: 0.28 }), ev({ quoteCut: true, otherCut: true }), false, false],
    ['overlap: a nine-word run both credit to one person', st({ matchedWords: 9, matchedContent: 3, matchedWeight: 4.3, coverage: 0.497, quoteCoverage: 0.16 }), ev({ quoteCut: true, otherCut: true, sameSpeaker: true }), false, true],
    ['overlap: the same run, names only', st({ matchedWords: 10, matchedContent: 5, matchedWeight: 7.9, coverage: 0.28, quoteCoverage: 0.28 }), ev({ quoteCut: true, otherCut: true, namesOnly: true }), false, false],
    ['long complete quote with a number', st({ matchedWords: 8, matchedNumbers: 1, matchedContent: 1, matchedWeight: 2.2 }), ev({}), false, true],
    ['long complete quote, one content word', st({ matchedWords: 9, matchedContent: 1, matchedWeight: 2.2 }), ev({}), false, false],
    ['the whole quote, one content word, inside a quote both credit to one person', st({ matchedWords: 9, matchedContent: 1, matchedWeight: 2.2 }), ev({ otherCut: true, sameSpeaker: true }), false, true],
    ['the same, speakers not the same', st({ matchedWords: 9, matchedContent: 1, matchedWeight: 2.2 }), ev({ otherCut: true }), false, false],
    ['the same, not credited to one person', st({ matchedWords: 6, matchedContent: 2, matchedWeight: 2.2, quoteCoverage: 0.3 }), ev({ quoteCut: true }), false, false],
    ['the other\'s short stock quote inside this one, both credit one person ("It is not going to happen")', st({ matchedWords: 6, matchedContent: 1, matchedWeight: 2.2, quoteCoverage: 0.3 }), ev({ quoteCut: true, sameSpeaker: true }), false, false],
    ['a four-word excerpt both credit to one person ("a full public hearing")', st({ matchedWords: 4, matchedContent: 3, matchedWeight: 4.35, quoteCoverage: 0.21 }), ev({ quoteCut: true, sameSpeaker: true }), false, false],
    ['the same credited, but cut', st({ matchedWords: 9, matchedContent: 1, matchedWeight: 2.2, quoteCoverage: 0.6 }), ev({ quoteCut: true, otherCut: true, sameSpeaker: true }), false, false],
    ['the same credited, four words', st({ matchedWords: 4, matchedContent: 1, matchedWeight: 2.2 }), ev({ otherCut: true, sameSpeaker: true }), false, false],
    ['long with a number but changed', st({ matchedWords: 9, matchedNumbers: 1, matchedContent: 1, matchedWeight: 2.2 }), ev({ innerDifferences: 1 }), false, false],
    ['paraphrase needs more content', st({ matchedContent: 3 }), ev({ quoted: false }), false, false],
    ['paraphrase needs more similarity', st({ similarity: 0.55 }), ev({ quoted: false }), false, false],
    ['good paraphrase', st({ similarity: 0.7 }), ev({ quoted: false, innerDifferences: 2 }), false, true],
    ['indirect speech of a sliver of a long quote, naming nobody', st({ similarity: 0.8, matchedContent: 7, coverage: 0.05 }), ev({ quoted: false, quoteCut: true }), false, false],
    ['indirect speech of a tenth of a long quote', st({ similarity: 0.8, matchedContent: 7, coverage: 0.12 }), ev({ quoted: false, quoteCut: true }), false, true],
    ['a third of a long quote in prose with no verb of saying', st({ similarity: 0.8, matchedContent: 7, coverage: 0.33, quoteCoverage: 0.33 }), ev({ quoted: false, quoteCut: true, speechReported: false }), false, false],
    ['the same in a sentence that reports speech', st({ similarity: 0.8, matchedContent: 7, coverage: 0.33, quoteCoverage: 0.33 }), ev({ quoted: false, quoteCut: true, speechReported: true }), false, true],
    ['most of a quote in prose with no verb of saying', st({ similarity: 0.8, matchedContent: 7, coverage: 0.8, quoteCoverage: 0.8 }), ev({ quoted: false, quoteCut: true, speechReported: false }), false, true],
    ['reported speech with a quoted piece, low coverage', st({ matchedContent: 3, matchedWeight: 4.2, similarity: 0.94, coverage: 0.34 }), ev({ quoted: false, quoteCut: true, quotedPiece: { words: 2, content: 2, changed: false }, sameSpeaker: true }), false, true],
    ['the same without the quoted piece', st({ matchedContent: 3, matchedWeight: 4.2, similarity: 0.94, coverage: 0.34 }), ev({ quoted: false, quoteCut: true }), false, false],
    ['a quoted piece of one content word and two words', st({ matchedContent: 3, matchedWeight: 4.2, similarity: 0.94, coverage: 0.34 }), ev({ quoted: false, quotedPiece: { words: 2, content: 1, changed: false }, sameSpeaker: true }), false, false],
    ['a quoted piece of three words', st({ matchedContent: 3, matchedWeight: 4.2, similarity: 0.94, coverage: 0.34 }), ev({ quoted: false, quotedPiece: { words: 3, content: 1, changed: false }, sameSpeaker: true }), false, true],
    ['a quoted piece, the report naming someone else or nobody', st({ matchedContent: 3, matchedWeight: 4.2, similarity: 0.94, coverage: 0.34 }), ev({ quoted: false, quotedPiece: { words: 3, content: 2, changed: false }, sameSpeaker: false }), false, false],
    ['a quoted piece the speaker quotes from someone else', st({ matchedContent: 3, matchedWeight: 4.2, similarity: 0.94, coverage: 0.34 }), ev({ quoted: false, quotedPiece: { words: 3, content: 2, changed: false }, nestedOnly: true, sameSpeaker: true }), false, false],
    ['a quoted piece, report too far from the quote', st({ matchedContent: 3, matchedWeight: 4.2, similarity: 0.55, coverage: 0.34 }), ev({ quoted: false, quotedPiece: { words: 3, content: 2, changed: false }, sameSpeaker: true }), false, false],
    ['a quoted piece of names only', st({ matchedContent: 3, matchedWeight: 4.2, similarity: 1, coverage: 0.34 }), ev({ quoted: false, namesOnly: true, quotedPiece: { words: 3, content: 2, changed: false }, sameSpeaker: true }), false, false],
    ['a short excerpt both outlets credit to one person', st({ matchedWords: 5, matchedContent: 2, matchedWeight: 2.9, quoteCoverage: 0.09 }), ev({ quoteCut: true, sameSpeaker: true }), false, true],
    ['the same excerpt, speakers not the same', st({ matchedWords: 5, matchedContent: 2, matchedWeight: 2.9, quoteCoverage: 0.09 }), ev({ quoteCut: true }), false, false],
    ['a four-word excerpt credited to one person', st({ matchedWords: 4, matchedContent: 2, matchedWeight: 2.9, quoteCoverage: 0.09 }), ev({ quoteCut: true, sameSpeaker: true }), false, false],
    ['a credited excerpt with a word changed', st({ matchedWords: 6, matchedContent: 3, matchedWeight: 3.6, similarity: 0.9, quoteCoverage: 0.09 }), ev({ quoteCut: true, sameSpeaker: true, innerDifferences: 1 }), false, false],
    // Their whole quoted part opening or closing a sentence of this quote (issue 12, h-rec): their excerpt, whatever its share.
    ['their whole quote opens a sentence of this one, eight words', st({ matchedWords: 8, matchedContent: 3, matchedWeight: 4.9, quoteCoverage: 0.24 }), ev({ quoteCut: true, sentenceEdge: true }), false, true],
    ['the same excerpt inside a sentence of this one', st({ matchedWords: 8, matchedContent: 3, matchedWeight: 4.9, quoteCoverage: 0.24 }), ev({ quoteCut: true, sentenceEdge: false }), false, false],
    ['the same at a sentence edge, their quote running on past it', st({ matchedWords: 8, matchedContent: 3, matchedWeight: 4.9, coverage: 0.45, quoteCoverage: 0.24 }), ev({ quoteCut: true, otherCut: true, sentenceEdge: true }), false, false],
    ['the same at a sentence edge, credited to two different people', st({ matchedWords: 8, matchedContent: 3, matchedWeight: 4.9, quoteCoverage: 0.24 }), ev({ quoteCut: true, sentenceEdge: true, differentPeople: true }), false, false],
    ['the same at a sentence edge, a word changed', st({ matchedWords: 8, matchedContent: 3, matchedWeight: 4.9, similarity: 0.93, quoteCoverage: 0.24 }), ev({ quoteCut: true, sentenceEdge: true, innerDifferences: 1 }), false, false],
    ['five words at a sentence edge', st({ matchedWords: 5, matchedContent: 3, matchedWeight: 4.5, quoteCoverage: 0.2 }), ev({ quoteCut: true, sentenceEdge: true }), false, false],
    ['at a sentence edge, two content words', st({ matchedWords: 8, matchedContent: 2, matchedWeight: 3.6, quoteCoverage: 0.2 }), ev({ quoteCut: true, sentenceEdge: true }), false, false],
    ['at a sentence edge, names and one word', st({ matchedWords: 7, matchedContent: 3, matchedNames: 2, matchedWeight: 4.5, quoteCoverage: 0.2 }), ev({ quoteCut: true, sentenceEdge: true }), false, false],
    ['indirect speech naming the speaker, close to the words', st({ matchedContent: 4, matchedWeight: 5.8, similarity: 0.88, coverage: 0.32 }), ev({ quoted: false, quoteCut: true, sameSpeaker: true }), false, true],
    ['the same naming nobody', st({ matchedContent: 4, matchedWeight: 5.8, similarity: 0.88, coverage: 0.32 }), ev({ quoted: false, quoteCut: true }), false, false],
    ['naming the speaker, but looser', st({ matchedContent: 4, matchedWeight: 5.8, similarity: 0.8, coverage: 0.32 }), ev({ quoted: false, quoteCut: true, sameSpeaker: true }), false, false],
    ['naming the speaker, words the speaker quotes', st({ matchedContent: 4, matchedWeight: 5.8, similarity: 0.88, coverage: 0.32 }), ev({ quoted: false, quoteCut: true, sameSpeaker: true, nestedOnly: true }), false, false],
    ['fragment: the named outlet’s own words in its prose', st({ matchedContent: 3, matchedWeight: 4 }), ev({ quoted: false, reproduced: 'outlet' }), true, true],
    ['fragment: first-person words in prose are not enough', st({ matchedContent: 3, matchedWeight: 4 }), ev({ quoted: false, reproduced: 'person' }), true, false],
    ['fragment: the outlet’s words changed', st({ matchedContent: 3, matchedWeight: 4 }), ev({ quoted: false, reproduced: 'outlet', innerDifferences: 1 }), true, false],
    ['fragment word for word', st({ matchedContent: 2, matchedWeight: 3.2 }), ev({}), true, true],
    ['fragment, light slogan', st({ matchedContent: 2, matchedWeight: 2.6 }), ev({}), true, false],
    ['fragment reported nearly whole without marks', st({}), ev({ quoted: false }), true, true],
    ['fragment as paraphrase, too few words', st({ matchedWords: 6 }), ev({ quoted: false }), true, false],
    ['fragment as paraphrase, two thirds of it', st({ coverage: 0.65 }), ev({ quoted: false }), true, true],
    ['fragment as paraphrase, too little of it', st({ coverage: 0.55 }), ev({ quoted: false }), true, false],
    ['fragment as paraphrase, loosely worded', st({ similarity: 0.8 }), ev({ quoted: false }), true, false],
    ['fragment as paraphrase, names and a word', st({ matchedContent: 4, matchedNames: 3 }), ev({ quoted: false }), true, false],
    ['fragment changed, few content words', st({ matchedContent: 3, similarity: 0.8, coverage: 0.8 }), ev({ innerDifferences: 1 }), true, false],
    ['fragment changed, too little agreement', st({ matchedContent: 5, similarity: 0.7, coverage: 0.8 }), ev({ innerDifferences: 2 }), true, false],
    ['fragment carried whole with a word changed', st({ matchedContent: 4, similarity: 0.78, coverage: 0.78 }), ev({ innerDifferences: 1 }), true, true],
    ['fragment changed and cut', st({ matchedContent: 6, similarity: 0.9, coverage: 0.9 }), ev({ innerDifferences: 1, quoteCut: true }), true, false],
    ['fragment cut', st({ quoteCoverage: 0.4 }), ev({ quoteCut: true }), true, false],
  ])('%s', (_name, s, e, fragment, ok) => {
    expect(qualifies(s, e, fragment)).toBe(ok);
  });
});

describe('enoughMatchedWords', () => {
  // judge() refuses an alignment on these counts before reading its evidence: it must never refuse one `qualifies` accepts.
  test('holds for every match qualifies accepts', () => {
    const evidence = fc.record({
      quoted: fc.boolean(), innerDifferences: fc.nat(6), bracketEdits: fc.nat(2), quoteCut: fc.boolean(), otherCut: fc.boolean(),
      cutInside: fc.boolean(), namesOnly: fc.boolean(), partExcerpt: fc.boolean(), nestedOnly: fc.boolean(), sameSpeaker: fc.boolean(), speechReported: fc.boolean(),
      reproduced: fc.constantFrom<MatchEvidence['reproduced']>('person', 'outlet', false),
      quotedPiece: fc.option(fc.record({ words: fc.nat(8), content: fc.nat(8), changed: fc.boolean() })),
    });
    const strength = fc.nat(20).chain((words) => fc.record({
      matchedWords: fc.constant(words), matchedContent: fc.nat(words), matchedNumbers: fc.nat(words), matchedNames: fc.nat(words),
      matchedWeight: fc.double({ min: 0, max: 20, noNaN: true }), similarity: fc.double({ min: 0, max: 1, noNaN: true }),
      coverage: fc.double({ min: 0, max: 1, noNaN: true }), quoteCoverage: fc.double({ min: 0, max: 1, noNaN: true }),
    }));
    fc.assert(fc.property(strength, evidence, fc.boolean(), (s, e, fragment) => !qualifies(s, e, fragment) || enoughMatchedWords(s.matchedWords, s.matchedContent)), { numRuns: 20_000 });
  });

  test.each([
    ['one word', 1, 1, false],
    ['two words, one of them content', 2, 1, false],
    ['two content words', 2, 2, true],
    ['five words, one of them content', 5, 1, true],
  ])('%s', (_name, words, content, ok) => {
    expect(enoughMatchedWords(words, content)).toBe(ok);
  });
});

describe('speakersAgree', () => {
  test.each([
    ['Tomas T. King', 'Tomas King', true], // a surname that is also a title
    ['Mr. King', 'Tomas King', true],
    ['Rep. Tomas King', 'King', false], // a lone title word is no one
    ['Norland Governor', 'Ann Governor', false],
    ['Pope Leo', 'Leo', true],
    ['Judge Ann Allen', 'Allen', true],
  ])('%s / %s', (a, b, same) => {
    expect(speakersAgree(a, b)).toBe(same);
    expect(speakersAgree(b, a)).toBe(same);
  });
});

describe('speakersConflict', () => {
  test.each([
    // The same person: same surname, title forms, nicknames, initials, accents.
    ['Sergio Gor', 'Gor', false],
    ['Sergio Gor', 'Ambassador Sergio Gor', false],
    ['Donald Trump', 'Donald J. Trump', false],
    ['D. Trump', 'Donald Trump', false],
    ['Donald Trump', 'Eric Trump', false], // the same surname: withheld, never a conflict
    ['Jim Mattis', 'Mad Dog Mattis', false],
    ['Jim Mattis', 'Secretary Mattis', false],
    ['Secretary of Defense Jim Mattis', 'Mattis', false],
    ['Mr. Lee', 'Ann Lee', false],
    ['Sen. Ann Lee', 'Lee', false],
    ['José Álvarez', 'Jose Alvarez', false],
    ['Martin Luther King Jr.', 'King', false],
    ['Alexandria Ocasio-Cortez', 'Ocasio-Cortez', false],
    ['Alexandria Ocasio-Cortez', 'Cortez', false],
    ['Ursula von der Leyen', 'von der Leyen', false],
    ['Bashar al-Assad', 'Assad', false],
    ['Hillary Clinton', 'Hillary', false],
    ['Dara O’Neill', "O'Neill", false],
    ['Ann Lee’s', 'Ann Lee', false],
    // No speaker on one side: no conflict.
    ['Sergio Gor', null, false],
    [null, 'Ann Lee', false],
    [null, null, false],
    ['', 'Ann Lee', false],
    // Not confidently a person on one side: withheld.
    ['the White House', 'Karine Park', false],
    ['White House', 'Ann Lee', false],
    ['Pentagon', 'Jim Mattis', false],
    ['CNN', 'Ann Lee', false],
    ['ABC Daily Post', 'Ann Lee', false],
    ['Transport Ministry', 'Ola Strand', false],
    ['Democrats', 'Tom Moss', false],
    ['Twitter', 'Ann Lee', false],
    ['New York', 'Ann Lee', false],
    ['Notably Moss', 'Ann Lee', false],
    ['Strikingly', 'Ann Lee', false],
    ['Wait', 'Tom Moss', false],
    ['he', 'Ann Lee', false],
    ['officials', 'Ann Lee', false],
    ['Senator Endorses Rival Ann Lee Today', 'Tom Moss', false],
    ['the senator', 'Tom Moss', false],
    ['Lee Moss', 'Ann Lee', false], // two names glued share a name word: withheld
    ['Delta Governor', 'Ann Lee', false], // a place and a title glued: no one
    ['North Delta Republican', 'Ann Lee', false],
    ['Current Health', 'Ann Lee', false],
    // Different people, both named with confidence: a real conflict.
    ['Ann Lee', 'Tom Moss', true],
    ['Sergio Gor', 'Piyush Goyal', true],
    ['Secretary Mattis', 'General Kelly', true],
    ['Secretary Mattis', 'Tom Moss', true],
    ['Ms. Lee', 'Tom Moss', true],
    ['Sen. Ann Lee', 'Rep. Tom Moss', true],
    ['Lee', 'Moss', false], // lone words: a place, a first name, an unintroduced surname? withheld
    ['Kabul', 'Joe Biden', false],
    ['Charlamagne', 'Joe Biden', false],
    ['Biden', 'Ann Lee', false],
    ['Mr. Lee', 'Ms. Moss', true],
    ['Theresa May', 'Boris Johnson', true],
    ['Kevin McCarthy', 'Nancy Pelosi', true],
    ['José Álvarez', 'Maria Lopez', true],
  ])('%s vs %s → %s', (a, b, conflict) => {
    expect(speakersConflict(a, b)).toBe(conflict);
    expect(speakersConflict(b, a)).toBe(conflict);
  });

  const nameWord = fc.constantFrom('Ann', 'Lee', 'Tom', 'Moss', 'Mattis', 'Jim', 'Secretary', 'Sen.', 'the', 'White', 'House', 'J.', 'CNN', 'Notably');
  const name = fc.option(fc.array(nameWord, { minLength: 1, maxLength: 5 }).map((w) => w.join(' ')));

  test('symmetric, and never a conflict when either side is missing', () => {
    fc.assert(fc.property(name, name, (a, b) => {
      expect(speakersConflict(a, b)).toBe(speakersConflict(b, a));
      if (a === null || b === null) expect(speakersConflict(a, b)).toBe(false);
      expect(speakersConflict(a, a)).toBe(false);
    }));
  });
});

describe('mentionNames', () => {
  test.each([
    ['Jim Mattis', 'Mattis', true],
    ['Jim Mattis', 'Secretary Mattis', true],
    ['Jim Mattis', 'Jim Mattis', true],
    ['Sergio Gor', 'the Ambassador', false],
    ['Sergio Gor', 'he', false],
    ['Ann Lee', 'she', false],
    ['Ann Lee', 'the treasurer', false],
    ['Ann Lee', 'Tom Moss', false],
    ['Ann Lee', null, false],
    [null, 'Lee', false],
  ])('%s written as %s → %s', (speaker, mention, named) => {
    expect(mentionNames(speaker, mention)).toBe(named);
  });

  test('answers alike when asked again, whatever was asked in between (names are remembered; property)', () => {
    const names = ['Jim Mattis', 'Secretary Mattis', 'Ann Lee', 'the treasurer', 'Tom Moss', 'she', 'Dr. Ann Lee-Moss', 'CNN', 'Moss said on Friday'];
    const fresh = new Map(names.flatMap((a) => names.map((b) => [`${a}|${b}`, mentionNames(a, b)] as const)));
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...names), fc.constantFrom(...names)), { maxLength: 30 }), fc.array(fc.string(), { maxLength: 20 }), (pairs, noise) => {
      for (const n of noise) mentionNames(n, n);
      for (const [a, b] of pairs) expect(mentionNames(a, b)).toBe(fresh.get(`${a}|${b}`));
    }));
    expect(fresh.get('Ann Lee|Dr. Ann Lee-Moss')).toBe(true);
    expect(fresh.get('Tom Moss|Moss said on Friday')).toBe(true);
    expect(fresh.get('Jim Mattis|Tom Moss')).toBe(false);
  });
});
