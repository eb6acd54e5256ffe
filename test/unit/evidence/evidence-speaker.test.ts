/**
 * A speaker's evidence (issue 15, item 5): the article path's model and writers over a speaker
 * page. Ana Ruiz (also credited as "Mayor Ruiz") quoted in two articles of our own text, one of
 * whose saved copies lost its text; each quote with its matches as a check would show them.
 */
import { describe, expect, test } from 'vitest';
import { speakerEvidence } from '@/utils/evidence/evidence-speaker';
import { evidenceAnnotations } from '@/utils/evidence/evidence-annotations';
import { evidenceClaimReview } from '@/utils/evidence/evidence-claimreview';
import { evidenceDocument, libraryEvidenceDocument } from '@/utils/evidence/evidence-document';
import { evidenceHtml } from '@/utils/evidence/evidence-html';
import { evidenceMarkdown } from '@/utils/evidence/evidence-markdown';
import type { SpeakerQuote, SpeakerView } from '@/utils/families/speakers';
import { parseHtml } from '@/bin/cli/node-dom';
import type { QuoteReport, StoredArticle } from '@/utils/types';
import { BRIDGE, makeArticle, quoteAt } from '../../support/evidence-fixtures';
import { annotationProblems, claimReviewProblems, type Json } from '../../support/jsonld-checks';
import { htmlProblems } from '../../support/html-checks';
import { makeMatch } from '../../support/quote-report-builders';

const SECOND_TEXT = 'The mayor was firm. “Costs are under control,” said Mayor Ruiz.';
const COSTS = 'Costs are under control,';

const LEDGER: StoredArticle = { ...makeArticle(), id: 'https://ledger.example/news/bridge', quotes: [quoteAt(BRIDGE)], savedAt: 1 };
const CHRONICLE: StoredArticle = {
  ...makeArticle({ text: SECOND_TEXT, url: 'https://chronicle.example/b', outlet: 'Chronicle', title: 'Costs', date: null }),
  id: 'https://chronicle.example/b', quotes: [quoteAt(COSTS, 'Ana Ruiz', SECOND_TEXT)], savedAt: 5,
};
const GAZETTE = { ...makeArticle({ url: 'https://gazette.example/story', outlet: 'Harbour Gazette' }), id: 'https://gazette.example/story', quotes: [], savedAt: 3 };

const quoteOf = (a: StoredArticle, credited: string): SpeakerQuote => ({
  articleId: a.id, outlet: a.outlet, title: a.title, url: a.url, date: a.date, savedAt: a.savedAt, text: a.quotes[0].text, start: a.quotes[0].start, credited, versions: 1,
});
const VIEW: SpeakerView = {
  name: 'Ana Ruiz', aliases: ['Ana Ruiz', 'Mayor Ruiz'], outlets: ['Town Ledger', 'Chronicle'],
  quotes: [quoteOf(LEDGER, 'Ana Ruiz'), quoteOf(CHRONICLE, 'Mayor Ruiz')],
  total: 2,
};
// Unordered on purpose: the export orders them as a check does (closest kind first).
const REPORTS = new Map<string, QuoteReport>([
  [LEDGER.id, { quote: LEDGER.quotes[0], matches: [makeMatch('partial', { articleId: 'p', outlet: 'Valley Post', url: 'https://post.example/a', similarity: 0.7 }), makeMatch('verbatim', { articleId: GAZETTE.id, similarity: 0.95 })] }],
  [CHRONICLE.id, { quote: CHRONICLE.quotes[0], matches: [] }],
]);
const reportOf = (q: SpeakerQuote) => REPORTS.get(q.articleId);

function evidenceWith(records: StoredArticle[]) {
  const byId = new Map(records.map((r) => [r.id, r]));
  return speakerEvidence(VIEW, reportOf, (id) => byId.get(id), { generatedAt: '2026-12-04T10:00:00.000Z' });
}
const evidence = evidenceWith([LEDGER, CHRONICLE, GAZETTE]);

describe('speakerEvidence: the model', () => {
  test('the page order, each quote in its own article with the check\'s verdict and order of versions', () => {
    expect(evidence.subject).toEqual({ kind: 'speaker', name: 'Ana Ruiz', aliases: ['Ana Ruiz', 'Mayor Ruiz'], outlets: ['Town Ledger', 'Chronicle'] });
    expect(evidence.quotes.map((q) => [q.text, q.article.outlet, q.verdict])).toEqual([[BRIDGE, 'Town Ledger', 'partial'], [COSTS, 'Chronicle', 'only-here']]);
    expect(evidence.quotes[0].versions.map((v) => [v.outlet, v.kind, v.savedAt])).toEqual([['Harbour Gazette', 'verbatim', 3], ['Valley Post', 'partial', null]]);
    expect(evidence.quotes.every((q) => q.versions.every((v) => v.articleText === null && v.form === null))).toBe(true);
    expect(evidence.unanchored).toBe(0);
  });

  test('a quote the page lists but the families no longer hold is left out', () => {
    const gone = speakerEvidence({ ...VIEW, quotes: [...VIEW.quotes, { ...quoteOf(LEDGER, 'Ana Ruiz'), articleId: 'gone' }] }, reportOf, () => undefined);
    expect(gone.quotes).toHaveLength(2);
  });
});

describe('speaker exports', () => {
  test.each<[string, (md: string) => void]>([
    ['the title and the other names', (md) => expect(md).toMatch(/^# Quotes of Ana Ruiz\n\n- Also credited as: Mayor Ruiz\n- Outlets: Town Ledger, Chronicle\n/)],
    ['each quote says where it was printed', (md) => expect(md).toMatch(/- Printed in: Chronicle, no date given, “Costs” \(<https:\/\/chronicle\.example\/b>\)/)],
    ['each quote links to its own article', (md) => expect(md).toContain('[Open Chronicle at the quote](<https://chronicle.example/b#:~:text=')],
    ['the versions as a check shows them', (md) => expect(md).toMatch(/Other versions \(2\):\n\n#### Harbour Gazette/)],
    ['no note when every text is held', (md) => expect(md).not.toContain('Note:')],
  ])('Markdown: %s', (_name, check) => {
    check(evidenceMarkdown(evidence));
  });

  test('HTML: self-contained and inert, one article per quote', () => {
    const html = evidenceHtml(evidence);
    expect(htmlProblems(html, new Set(['ledger.example', 'chronicle.example', 'gazette.example', 'post.example']))).toEqual([]);
    const doc = parseHtml(html, 'about:blank');
    expect(doc.querySelector('title')?.textContent).toBe('Quotes of Ana Ruiz');
    expect(Array.from(doc.querySelectorAll('article.quote blockquote')).map((b) => b.textContent)).toEqual([BRIDGE, COSTS]);
  });

  test('Web Annotations: one valid annotation per quote, on its own article', () => {
    const annotations = evidenceAnnotations(evidence);
    expect(annotations.map((a) => a.target[0].source)).toEqual([LEDGER.id, CHRONICLE.id]);
    for (const a of annotations) expect(annotationProblems(a as unknown as Json)).toEqual([]);
    expect(annotations[1].target[0].selector[0]).toMatchObject({ exact: COSTS, prefix: 'The mayor was firm. “', suffix: '” said Mayor Ruiz.' });
  });

  test('ClaimReview: one valid draft per quote, the speaker as author, each article\'s own URL', () => {
    const drafts = evidenceClaimReview(evidence)['@graph'];
    expect(drafts.map((d) => [d.claimReviewed, d.url, d.itemReviewed.author?.name])).toEqual([[BRIDGE, LEDGER.id, 'Ana Ruiz'], [COSTS, CHRONICLE.id, 'Ana Ruiz']]);
    for (const d of drafts) expect(claimReviewProblems(d as unknown as Json, true)).toEqual([]);
  });

  test('the file is named for the person', () => {
    expect(evidenceDocument(evidence, 'claimreview').fileName).toBe('verbatim-speaker-ana-ruiz-claimreview.jsonld');
  });
});

describe('a saved article that lost its text', () => {
  const lost = evidenceWith([LEDGER, { ...CHRONICLE, text: '' }]);
  test('its quote is reported, counted, not annotated; the others are', () => {
    expect(lost.quotes.map((q) => q.article.text === null)).toEqual([false, true]);
    expect(lost.unanchored).toBe(1);
    expect(evidenceAnnotations(lost).map((a) => a.target[0].source)).toEqual([LEDGER.id]);
    expect(evidenceMarkdown(lost)).toMatch(/Note: 1 quote or version is shown from the library's quote record only/);
  });

  test('all lost: annotations refused, Markdown written', () => {
    const none = evidenceWith([]);
    expect(libraryEvidenceDocument(none, 'annotations')).toEqual({ refused: 'no-text' });
    expect('refused' in libraryEvidenceDocument(none, 'md')).toBe(false);
  });
});
