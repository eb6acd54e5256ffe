import { describe, expect, test } from 'vitest';
import { compareArticle, planComparison, runComparison } from '@/utils/report/compare-article';
import { excerptWindows, oneTermWindows } from '@/utils/report/quoted-excerpts';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { english } from '@/utils/language/en';
import type { StoredArticle } from '@/utils/types';
import { paragraphText } from '../../support/paragraph-text';

/** An article of these paragraphs, its quotes found by the quote finder (invented people and places). */
function stored(id: string, outlet: string, paragraphs: string[]): StoredArticle {
  const article = { url: `https://${id}.example/story`, outlet, title: 'Harbor ferry crash inquiry opens in Port Calder', date: '2026-11-02', byline: null, lang: 'en', ...paragraphText(paragraphs) };
  return { ...article, id, quotes: findQuotes(article), savedAt: 0 };
}

const STORY = 'The harbor ferry struck the Port Calder pier on Tuesday night, injuring eleven passengers, and the inquiry into the crash opened on Wednesday with the ferry operator and the pier authority.';
const HERE = stored('here', 'Harbor Times', [
  STORY,
  '"Clearly the captain was reckless and irresponsible with everyone on that boat," Mayor Ann Lee said after visiting the pier.',
  '"No, I do not see a closure of the ferry line," Lee said. "We are doing well with the repairs."',
]);

/** The same story in another outlet, with one more paragraph. */
const other = (id: string, extra: string) => stored(id, 'Valley Ledger', [STORY.replace('Tuesday night', 'late Tuesday'), extra]);

describe('a related article carrying a short excerpt of a quote in quote marks', () => {
  test.each([
    // [case, the other outlet's paragraph, kind expected for the mayor's quote (null: no match)]
    ['scare-quoted excerpt, no speech cue: found as a cut', 'Mayor Ann Lee called the ferry master "reckless and irresponsible" after visiting the pier.', 'partial'],
    ['excerpt with a cue, same person by surname: found', '"Reckless and irresponsible," Lee said of the ferry master.', 'partial'],
    ['a word of the excerpt is not in the quote: not an excerpt', 'Mayor Ann Lee called the ferry master "reckless and negligent" after visiting the pier.', null],
    ['one index term in quote marks: too little to be the quote', 'Mayor Ann Lee called the ferry master "reckless" after visiting the pier.', null],
    ['no quote marks: the index rule stands (a phrase in prose is no quote)', 'Mayor Ann Lee called the ferry master reckless and irresponsible after visiting the pier.', null],
  ])('%s', (_name, paragraph, kind) => {
    const there = other('there', paragraph);
    const index = new CoverageIndex();
    for (const a of [HERE, there]) index.add(a);
    const byId = new Map([HERE, there].map((a) => [a.id, a]));
    const { quotes } = compareArticle(HERE, HERE.quotes, index, (id) => byId.get(id));
    const report = quotes.find((r) => r.quote.text.includes('reckless'))!;
    expect(report.matches.map((m) => m.kind)).toEqual(kind ? [kind] : []);
    if (kind) expect(there.text.slice(report.matches[0].start, report.matches[0].end).toLowerCase()).toContain('reckless and irresponsible');
  });

  test.each([
    // [case, the other outlet's paragraph, kinds expected for the mayor's one-index-term quote]
    ['inside a longer quote by the same person: found', 'Lee added: "We will rebuild everything. I do not think we are having a closure."', ['partial']],
    ['inside a quote by another named person: not a window', 'Governor Tom Reyes added: "We will rebuild everything. I do not think we are having a closure."', []],
  ])('a quote of one index term, carried whole: %s', (_name, paragraph, kinds) => {
    const here = stored('short', 'Harbor Times', [STORY, '"I do not think we are having a closure," Mayor Ann Lee said on Thursday.']);
    const there = other('there', paragraph);
    const index = new CoverageIndex();
    for (const a of [here, there]) index.add(a);
    const byId = new Map([here, there].map((a) => [a.id, a]));
    const { quotes } = compareArticle(here, here.quotes, index, (id) => byId.get(id));
    expect(quotes.find((r) => r.quote.text.includes('closure'))!.matches.map((m) => m.kind)).toEqual(kinds);
  });

  test.each([
    // [case, the quote here, the other outlet's paragraph, kinds expected for the quote holding `word`, word]
    ['a quotation split around its attribution, one index term in each part: one excerpt',
      '"When I hear of delays at the ticket office ... I will not stand for it," Mayor Ann Lee said. "None of us should."',
      '"I will not stand for it," Lee said. "None of us should."', ['partial'], 'stand'],
    ['the same words in two quotations of two people: no excerpt',
      '"When I hear of delays at the ticket office ... I will not stand for it," Mayor Ann Lee said. "None of us should."',
      '"I will not stand for it," Lee said. Governor Tom Reyes said: "None of us should."', [], 'stand'],
    ['a quote of one index term, repeated inside another speaker\'s quote: found, credited to no one',
      '"You rescued us! You rescued us!" a passenger, Ida Moss, told a deckhand.',
      '"He pulled her out, and she just kept repeating, \'You rescued us! You rescued us!\' " deckhand Tom Reyes said.', ['verbatim'], 'rescued'],
    ['an excerpt of five index terms, one of them changed: tried, found altered',
      '"On the surface right now it does not look like there was any contact between these deckhands and whoever the vandal is that slashed them while they sat in their cabins," Mayor Ann Lee said.',
      '"It does not look like there was any contact between these vandals and the deckhands they slashed in their cabins," Lee said.', ['altered'], 'vandal'],
  ])('%s', (_name, quoteParagraph, paragraph, kinds, word) => {
    const here = stored('here2', 'Harbor Times', [STORY, quoteParagraph]);
    const there = other('there', paragraph);
    const index = new CoverageIndex();
    for (const a of [here, there]) index.add(a);
    const byId = new Map([here, there].map((a) => [a.id, a]));
    const { quotes } = compareArticle(here, here.quotes, index, (id) => byId.get(id));
    const matches = quotes.find((r) => r.quote.text.includes(word))!.matches;
    expect(matches.map((m) => m.kind)).toEqual(kinds);
    expect(matches.filter((m) => m.speakerConflict)).toEqual([]);
  });

  test.each([
    // [case, the other outlet's paragraph, windows expected]
    ['five index terms, four in the quote', '"It does not look like there was any contact between these vandals and the deckhands they slashed in their cabins," Lee said.', 1],
    ['three index terms, two in the quote', 'Lee spoke of "contact between these vandals and the deckhands" on Thursday.', 0],
    ['five index terms, three in the quote', '"It does not look like there was any contact between these vandals and the stewards they slashed in their cabins," Lee said.', 0],
  ])('an excerpt with a term not in the quote is a window from four terms, one missing: %s', (_name, paragraph, windows) => {
    const here = stored('here3', 'Harbor Times', [STORY, '"On the surface right now it does not look like there was any contact between these deckhands and whoever the vandal is that slashed them while they sat in their cabins," Mayor Ann Lee said.']);
    expect(excerptWindows(here.quotes[0], other('there', paragraph), english)).toHaveLength(windows);
  });

  test('an excerpt in an article carrying another of the quotes is found however the related articles rank', () => {
    const there = other('there', '"No, I do not see a closure of the ferry line," Lee said. Later she called the ferry master "reckless and irresponsible" again.');
    const index = new CoverageIndex();
    for (const a of [HERE, there]) index.add(a);
    const byId = new Map([HERE, there].map((a) => [a.id, a]));
    // No related article at all: as when unrelated saved coverage outranks this one.
    const { quotes, related } = compareArticle(HERE, HERE.quotes, index, (id) => byId.get(id), { relatedLimit: 0 });
    expect(related).toEqual([]);
    expect(quotes.find((r) => r.quote.text.includes('closure'))!.matches.map((m) => m.articleId)).toEqual(['there']);
    expect(quotes.find((r) => r.quote.text.includes('reckless'))!.matches.map((m) => m.kind)).toEqual(['partial']);
  });

  test.each([
    // [case, the other outlet's paragraph, kinds of the one-index-term quote there, of the mayor's long quote there, whether the index proposes the article for the ferry quote]
    ['the index proposes it for another quote, which it does not render: found',
      'Lee called the ferry master "reckless and irresponsible." Ferry line staff say the line will stay shut for weeks. "I do not think we are having a closure," Lee said.', ['verbatim'], [], true],
    ['the index proposes it for no quote: not read',
      'Lee called the ferry master "reckless and irresponsible." Staff fear the worst. "I do not think we are having a closure," Lee said.', [], [], false],
  ])('a quote of one index term in an article the index proposes for another of the quotes, however the related articles rank: %s', (_name, paragraph, oneTermKinds, longKinds, proposed) => {
    const here = stored('here4', 'Harbor Times', [
      STORY,
      '"I do not think we are having a closure," Mayor Ann Lee said on Thursday.',
      '"The ferry line will stay open while the pier authority repairs the dock," Lee said.',
      '"Clearly the captain was reckless and irresponsible with everyone on that boat," Lee said after visiting the pier.',
    ]);
    const there = other('there', paragraph);
    const index = new CoverageIndex();
    for (const a of [here, there]) index.add(a);
    const byId = new Map([here, there].map((a) => [a.id, a]));
    // No related article at all: as when unrelated saved coverage outranks this one.
    const plan = planComparison(here, here.quotes, index, { relatedLimit: 0 });
    const kindsOf = (word: string) => {
      const i = here.quotes.findIndex((q) => q.text.includes(word));
      return { i, kinds: () => runComparison(plan, (id) => byId.get(id), { reverse: false }).quotes[i].matches.map((m) => m.kind) };
    };
    const ferry = kindsOf('ferry line');
    expect(plan.candidates[ferry.i].some((c) => c.articleId === 'there')).toBe(proposed);
    // The quote the index proposed the article for has no match there: only the candidate list brings it.
    expect(ferry.kinds()).toEqual([]);
    expect(kindsOf('closure').kinds()).toEqual(oneTermKinds);
    // A longer quote's excerpt is read only in the related articles and those carrying another quote.
    expect(kindsOf('reckless').kinds()).toEqual(longKinds);
  });

  test.each([
    // [case, the other article's paragraphs, windows expected]
    ['the term in another case, in quote marks', ['Lee said it was "NOT A COMPROMISE" at all.'], 1],
    ['the index folds the spelling: the quote\'s own word', ['Lee said: "That is not a compromise."'], 1],
    ['the folded form written there', ['Lee said: "That is not a compromize."'], 1],
    ['the word in prose only', ['Reyes called it a compromise.'], 0],
    ['the word nowhere in the text', ['Reyes called it "a deal."'], 0],
    ['marks in a paragraph without the word are not read', ['Reyes called it "a deal."', 'Lee said: "That is not a compromise."'], 1],
  ])('a quote of one index term read in the paragraphs holding its word, as in the whole article: %s', (_name, paragraphs, windows) => {
    const here = stored('here5', 'Harbor Times', [STORY, '"That is not a compromise," Lee said.']);
    const quote = here.quotes.find((q) => q.text.includes('compromise'))!;
    const there = stored('there5', 'Valley Ledger', [STORY, ...paragraphs]);
    const found = oneTermWindows(quote, there, english);
    expect(found).toHaveLength(windows);
    expect(found).toEqual(excerptWindows(quote, there, english));
  });

  test('the same words credited to another named person are another statement: no window', () => {
    const there = other('there', '"I do not see a closure," Governor Tom Reyes said on Thursday.');
    const quote = HERE.quotes.find((q) => q.text.includes('closure'))!;
    expect(quote.speaker).toMatch(/Lee/);
    expect(excerptWindows(quote, there, english)).toEqual([]);
    const sameMan = other('same', '"I do not see a closure," Lee said on Thursday.');
    expect(excerptWindows(quote, sameMan, english)).toHaveLength(1);
    const unattributed = other('plain', 'A notice at the pier warned of "a closure of the ferry line" on Thursday.');
    expect(unattributed.quotes.every((q) => q.speaker === null)).toBe(true);
    expect(excerptWindows(quote, unattributed, english)).toHaveLength(1);
  });
});
