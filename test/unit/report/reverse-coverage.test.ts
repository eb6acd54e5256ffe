import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { matchQuote } from '@/utils/matching/match-quote';
import { readRelatedQuotes, reverseCoverage, type RelatedQuoteStatus } from '@/utils/report/reverse-coverage';
import { canonicalSpeakers } from '@/utils/quotes/speaker-groups';
import type { Quote, QuoteReport, StoredArticle } from '@/utils/types';
import { paragraphText } from '../../support/paragraph-text';

/** An article whose “…” spans are quotes, each credited to the name after it ("…,” said Name.) or to `speaker`. */
function article(id: string, outlet: string, paragraphs: string[], speaker: string | null = null): StoredArticle {
  const { text, paragraphs: spans } = paragraphText(paragraphs);
  const quotes: Quote[] = [...text.matchAll(/“([^”]+)”(?:,? said ([A-Z][a-z]+ [A-Z][a-z]+))?/g)].map((m) => {
    const start = m.index + 1;
    const end = start + m[1].length;
    return { text: m[1], start, end, parts: [{ start, end }], speaker: m[2] ?? speaker, cue: 'said', speakerMention: null, speakerNamedAt: null, fragment: false };
  });
  return { id, url: `https://${id}.example/a`, outlet, title: '', date: '2026-05-02', byline: null, lang: 'en', text, paragraphs: spans, quotes, savedAt: 0 };
}

/** Forward reports as the compare gives them: each of our quotes against each related article's whole text. */
function forward(ours: StoredArticle, related: StoredArticle[]): QuoteReport[] {
  return ours.quotes.map((quote) => ({ quote, matches: related.flatMap((r) => matchQuote(quote, r, undefined, ours.text) ?? []) }));
}

const THEIRS = '“The new bridge over the Tarn will open to cyclists in early April,” said Ann Lee.';

describe('readRelatedQuotes: what one related quote is here', () => {
  test.each<[string, string[], RelatedQuoteStatus, 'none' | 'own' | 'other article']>([
    ['quoted here, no forward report', ['Cyclists are pleased.', THEIRS], 'quoted', 'none'],
    ['quoted here, matched forward', ['Cyclists are pleased.', THEIRS], 'forward', 'own'],
    ['a forward match in another article does not count', ['Cyclists are pleased.', THEIRS], 'quoted', 'other article'],
    ['paraphrased here', ['Ann Lee said the new bridge over the Tarn would open to cyclists in early April.'], 'paraphrased', 'none'],
    ['absent here', ['The council met on Tuesday to discuss parking fees.'], 'absent', 'none'],
  ])('%s', (_name, ours, status, reports) => {
    const here = article('ours', 'Our Paper', ours);
    const theirs = article('theirs', 'Their Paper', ['Cyclists will get a bridge.', THEIRS]);
    const reportsFor = { none: [], own: forward(here, [theirs]), 'other article': forward(here, [{ ...theirs, id: 'elsewhere' }]) }[reports];
    if (reports !== 'none') expect(reportsFor.flatMap((r) => r.matches)).toHaveLength(1);
    const [reading] = readRelatedQuotes({ article: here, quotes: here.quotes, related: [theirs], reports: reportsFor });
    expect(reading.status).toBe(status);
    expect(reading.source).toMatchObject({ articleId: 'theirs', outlet: 'Their Paper', quote: theirs.quotes[0] });
  });

  test('a quote of one repeated content word is found inside our quote, not called absent', () => {
    const here = article('ours', 'Our Paper', ['“We stand together tonight. A win for one of us is a win for all of us,” said Ann Lee.']);
    const theirs = article('theirs', 'Their Paper', ['“A win for one of us is a win for all of us,” said Ann Lee.']);
    const input = { article: here, quotes: here.quotes, related: [theirs], reports: [] };
    expect(readRelatedQuotes(input).map((r) => r.status)).toEqual(['quoted']);
    expect(readRelatedQuotes(input, { windows: false }).map((r) => r.status)).toEqual(['quoted']);
  });

  test('a phrase-sized quote is withheld, not matched', () => {
    const theirs = article('theirs', 'Their Paper', ['Lee called the bridge “a gift to cyclists”.'], 'Ann Lee');
    const here = article('ours', 'Our Paper', ['The council met on Tuesday to discuss parking fees.']);
    const readings = readRelatedQuotes({ article: here, quotes: here.quotes, related: [theirs], reports: [] });
    expect(readings.map((r) => [r.status, r.match])).toEqual([['phrase', null]]);
    expect(reverseCoverage({ article: here, quotes: here.quotes, related: [theirs], reports: [] }).elsewhere).toEqual([]);
  });

  test('the article itself among the related articles is skipped', () => {
    const here = article('ours', 'Our Paper', [THEIRS]);
    expect(readRelatedQuotes({ article: here, quotes: here.quotes, related: [here], reports: [] })).toEqual([]);
  });
});

describe('reverseCoverage: one utterance in several outlets', () => {
  const here = article('ours', 'Our Paper', [THEIRS]);
  const budget = 'Our budget for the coastal path has doubled since last winter';
  const whole = article('whole', 'Whole Paper', [`“The new bridge over the Tarn will open to cyclists in early April. ${budget},” said Ann Lee.`]);
  const excerpt = article('excerpt', 'Excerpt Paper', [`“${budget},” said Ann Lee.`]);
  const listed = (related: StoredArticle[]) =>
    reverseCoverage({ article: here, quotes: here.quotes, related, reports: forward(here, related) }).elsewhere.flatMap((g) => g.quotes.map((q) => [g.speaker, q.text, q.outlets]));

  test.each<[string, StoredArticle[], unknown[]]>([
    ['an excerpt alone, absent here, is listed', [excerpt], [['Ann Lee', `${budget},`, ['Excerpt Paper']]]],
    // The quote is the unit: the longer quote is carried here in part, so its excerpt is no blind spot either.
    ['an excerpt of a quote carried here in part is not', [whole, excerpt], []],
    ['nor in the other related order', [excerpt, whole], []],
  ])('%s', (_name, related, want) => {
    expect(listed(related)).toEqual(want);
  });
});

describe('canonicalSpeakers: one name per person', () => {
  test.each<[string, Array<string | null>, Record<string, string>]>([
    ['surname and title join the full name', ['Sergio Gor', 'Gor', 'Ambassador Gor', null], { 'Sergio Gor': 'Sergio Gor', Gor: 'Sergio Gor', 'Ambassador Gor': 'Sergio Gor' }],
    ['the way most often written wins among equal names', ['Ambassador Sergio Gor', 'Sergio Gor', 'Sergio Gor'], { 'Ambassador Sergio Gor': 'Sergio Gor', 'Sergio Gor': 'Sergio Gor' }],
    ['a surname two people share stays apart', ['Donald Trump', 'Melania Trump', 'Trump'], { 'Donald Trump': 'Donald Trump', 'Melania Trump': 'Melania Trump', Trump: 'Trump' }],
    ['a generational suffix is another person', ['Donald Trump', 'Donald Trump Jr.'], { 'Donald Trump': 'Donald Trump', 'Donald Trump Jr.': 'Donald Trump Jr.' }],
    ['a surname does not join a suffixed name', ['Trump', 'Donald Trump Jr.'], { Trump: 'Trump', 'Donald Trump Jr.': 'Donald Trump Jr.' }],
    ['an organisation groups only with itself', ['the White House', 'White House', 'House'], { 'the White House': 'White House', 'White House': 'White House', House: 'House' }],
    ['different people stay apart', ['Ann Lee', 'Tom Reyes', 'Lee'], { 'Ann Lee': 'Ann Lee', 'Tom Reyes': 'Tom Reyes', Lee: 'Ann Lee' }],
  ])('%s', (_name, speakers, want) => {
    expect(Object.fromEntries(canonicalSpeakers(speakers))).toEqual(want);
  });
});

// Invented statements with no content word in common, and filler that shares none with them.
const SENTENCES = [
  'The new bridge over the Tarn will open to cyclists in early April',
  'Our budget for the coastal path has doubled since last winter',
  'Three hundred volunteers planted oak saplings along the northern ridge',
  'The library will stay open until midnight during the exam season',
  'We expect the tram line to carry ten thousand passengers a day',
  'Farmers in the valley lost half their barley to the August hail',
];
const SPEAKERS = ['Ann Lee', 'Tom Reyes'];
const FILLER = 'Reporters gathered outside the hall on Tuesday morning.';

describe('property: related quotes against what this article carries', () => {
  // Per sentence: 0 absent, 1 quoted here; per related article: 0 absent, 1 quoted there.
  const layout = fc.record({
    ours: fc.array(fc.boolean(), { minLength: SENTENCES.length, maxLength: SENTENCES.length }),
    related: fc.array(fc.array(fc.boolean(), { minLength: SENTENCES.length, maxLength: SENTENCES.length }), { minLength: 1, maxLength: 3 }),
    withReports: fc.boolean(),
  });
  const paragraphs = (carry: boolean[]) => [FILLER, ...SENTENCES.flatMap((s, i) => (carry[i] ? [`“${s},” said ${SPEAKERS[i % 2]}.`] : []))];

  test('a statement quoted here is never listed; one only others quote is listed once, under its speaker, with exactly their outlets', () => {
    fc.assert(
      fc.property(layout, ({ ours, related, withReports }) => {
        const here = article('ours', 'Our Paper', paragraphs(ours));
        const others = related.map((carry, k) => article(`r${k}`, `Outlet ${k}`, paragraphs(carry)));
        const reports = withReports ? forward(here, others) : [];
        const { elsewhere, paraphrased } = reverseCoverage({ article: here, quotes: here.quotes, related: others, reports });
        expect(paraphrased).toEqual([]);
        const listed = elsewhere.flatMap((g) => g.quotes.map((q) => ({ group: g.speaker, text: q.text, outlets: q.outlets })));
        SENTENCES.forEach((s, i) => {
          const entries = listed.filter((q) => q.text.startsWith(s));
          const carriers = others.filter((_, k) => related[k][i]).map((o) => o.outlet);
          if (ours[i] || carriers.length === 0) expect(entries).toEqual([]);
          else expect(entries).toEqual([{ group: SPEAKERS[i % 2], text: `${s},`, outlets: carriers }]);
        });
      }),
      { numRuns: 40, seed: 14 },
    );
  });
});
