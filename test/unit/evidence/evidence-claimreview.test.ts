/**
 * ClaimReview draft export. schema.org itself marks no property required; the checks follow
 * https://schema.org/ClaimReview (claimReviewed: Text; itemReviewed: Thing, here a
 * https://schema.org/Claim with author, appearance and firstAppearance: CreativeWork; url: URL;
 * reviewRating: Rating; the review's author optional) and the fields fact-check consumers read from
 * a ClaimReview (claimReviewed, url, itemReviewed). The rating stays empty: a person gives it.
 */
import { describe, expect, test } from 'vitest';
import { buildEvidence, type EvidenceOptions } from '@/utils/evidence/evidence-model';
import { evidenceClaimReview, SCHEMA_CONTEXT, type ClaimReviewDraft } from '@/utils/evidence/evidence-claimreview';
import type { QuoteReport } from '@/utils/types';
import { BRIDGE, fixtureReports, longestQuote, makeArticle, quoteAt, seedComparison } from '../../support/evidence-fixtures';
import { claimReviewProblems, type Json } from '../../support/jsonld-checks';
import { makeMatch } from '../../support/quote-report-builders';

const draftsFor = (reports: QuoteReport[], over = {}, opts: EvidenceOptions = {}) =>
  evidenceClaimReview(buildEvidence(makeArticle(over), reports, opts))['@graph'];
const first = (d: ClaimReviewDraft) => d.itemReviewed.firstAppearance;

describe('the checker itself', () => {
  const good = draftsFor(fixtureReports())[0] as unknown as Json;
  test.each<[string, (r: Json) => void, string]>([
    ['no claim text', (r) => (r.claimReviewed = ''), 'claimReviewed'],
    ['a rating filled in', (r) => (r.reviewRating = { '@type': 'Rating', ratingValue: 1 }), 'an invented rating'],
    ['no item', (r) => delete r.itemReviewed, 'itemReviewed'],
    ['a bad url', (r) => (r.url = 'javascript:1'), 'url'],
  ])('%s is caught', (_name, spoil, problem) => {
    expect(claimReviewProblems(good, true)).toEqual([]);
    const bad = structuredClone(good);
    spoil(bad);
    expect(claimReviewProblems(bad, true)).toContain(problem);
  });
});

describe('evidenceClaimReview', () => {
  test('one well-formed draft per quote, the quote as the claim', () => {
    const reports = fixtureReports();
    const doc = evidenceClaimReview(buildEvidence(makeArticle(), reports));
    expect(doc['@context']).toBe(SCHEMA_CONTEXT);
    expect(doc['@graph'].map((d) => d.claimReviewed).sort()).toEqual(reports.map((r) => r.quote.text).sort());
    for (const d of doc['@graph']) {
      expect(claimReviewProblems(d as unknown as Json, true)).toEqual([]);
      expect(d.url).toBe('https://ledger.example/news/bridge');
    }
  });

  test.each([
    ['a credited speaker is the claim author', 'Ana Ruiz', { '@type': 'Person', name: 'Ana Ruiz' }],
    ['no speaker, no author', null, undefined],
  ])('%s', (_name, speaker, author) => {
    const [d] = draftsFor([{ quote: quoteAt(BRIDGE, speaker), matches: [] }]);
    expect(d.itemReviewed.author).toEqual(author);
  });

  test('appearances: this article, then each article carrying the quote; unsafe URLs left out', () => {
    const [d] = draftsFor([{ quote: quoteAt(BRIDGE), matches: [makeMatch('partial', { outlet: 'Gazette' }), makeMatch('verbatim', { articleId: 'x', outlet: 'Evil', url: 'javascript:1', date: null })] }]);
    expect(d.itemReviewed.appearance.map((a) => [a.publisher.name, a.url, a.datePublished])).toEqual([
      ['Town Ledger', 'https://ledger.example/news/bridge', '2026-03-12'],
      ['Gazette', 'https://gazette.example/story', '2026-03-13'],
      ['Evil', undefined, undefined],
    ]);
  });

  test.each<[string, string | null, (string | null)[], string | null, RegExp]>([
    ['the earliest date wins', '2026-03-12', ['2026-03-13'], 'Town Ledger', /^First seen in the reader's Verbatim library: Town Ledger, 2026-03-12/],
    ['a later article can be first seen', '2026-03-14', ['2026-03-13'], 'Harbour Gazette', /Harbour Gazette, 2026-03-13/],
    ['undated articles are not first, and are counted', null, ['2026-03-13'], 'Harbour Gazette', /1 saved article has no date and could be earlier/],
  ])('firstAppearance: %s', (_name, ownDate, otherDates, publisher, wording) => {
    const matches = otherDates.map((date, i) => makeMatch('partial', { articleId: `m${i}`, date }));
    const [d] = draftsFor([{ quote: quoteAt(BRIDGE), matches }], { date: ownDate });
    expect(first(d)?.publisher.name).toBe(publisher);
    expect(first(d)?.description).toMatch(wording);
    expect(first(d)?.description).toContain('not necessarily where the claim first appeared');
  });

  test.each<[string, EvidenceOptions, string | undefined, RegExp]>([
    ['a date tie with no save times is withheld', {}, undefined, /First appearance withheld: Town Ledger, Harbour Gazette share the earliest date \(2026-03-13\)/],
    ['a date tie goes to the one saved first', { id: 'me', savedAt: (id) => ({ me: 20, m0: 10 })[id] }, 'Harbour Gazette', /saved before the others of that date/],
    ['an equal save time is still a tie', { id: 'me', savedAt: () => 10 }, undefined, /First appearance withheld/],
  ])('%s', (_name, opts, publisher, wording) => {
    const [d] = draftsFor([{ quote: quoteAt(BRIDGE), matches: [makeMatch('partial', { articleId: 'm0', date: '2026-03-13' })] }], { date: '2026-03-13' }, opts);
    expect(first(d)?.publisher.name).toBe(publisher);
    expect(`${first(d)?.description ?? ''} ${d.description}`).toMatch(wording);
  });

  test('no dated article: first appearance withheld, and said so', () => {
    const [d] = draftsFor([{ quote: quoteAt(BRIDGE), matches: [makeMatch('partial', { date: null })] }], { date: null });
    expect(first(d)).toBeUndefined();
    expect(d.description).toContain('First appearance withheld: none of the 2 saved articles carrying it has a date.');
  });

  test('an article without an http(s) URL gives a draft without url', () => {
    for (const d of draftsFor(fixtureReports(), { url: '' })) {
      expect(claimReviewProblems(d as unknown as Json, false)).toEqual([]);
    }
  });
});

describe('the seeds (000 with 001)', () => {
  test('the long Gor quote: Sergio Gor, two appearances, the same-date tie withheld', async () => {
    const { article, reports } = await seedComparison();
    const evidence = buildEvidence(article, reports);
    const drafts = evidenceClaimReview(evidence)['@graph'];
    for (const d of drafts) expect(claimReviewProblems(d as unknown as Json, false)).toEqual([]);
    const long = longestQuote(drafts.map((d) => ({ ...d, text: d.claimReviewed })));
    expect(long.claimReviewed).toBe(longestQuote(reports.map((r) => r.quote)).text);
    expect(long.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Sergio Gor' });
    expect(long.itemReviewed.appearance.map((a) => a.publisher.name)).toEqual([article.outlet, 'IANS']);
    // Both seeds are dated 2026-03-13 and files carry no save time: no first appearance is guessed.
    expect(long.itemReviewed.firstAppearance).toBeUndefined();
    expect(long.description).toMatch(/First appearance withheld: .*IANS share the earliest date/);
  });

  test('with save times (the library), the earlier-saved seed is first seen', async () => {
    const { article, reports } = await seedComparison();
    const ianFile = reports.flatMap((r) => r.matches)[0].articleId;
    const drafts = evidenceClaimReview(buildEvidence(article, reports, { id: 'seed-000', savedAt: (id) => (id === ianFile ? 1 : id === 'seed-000' ? 2 : undefined) }))['@graph'];
    const long = longestQuote(drafts.map((d) => ({ ...d, text: d.claimReviewed })));
    expect(long.itemReviewed.firstAppearance?.publisher.name).toBe('IANS');
  });
});
