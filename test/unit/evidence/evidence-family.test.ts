/**
 * A quote family's evidence (issue 15, item 5): the article path's model and writers over a family
 * page. Articles of our own text: the reference in Town Ledger, an altered quote in the Gazette,
 * a passage linked only through another version in the Valley Post (undated), and a version whose
 * saved article lost its text.
 */
import { describe, expect, test } from 'vitest';
import { familyEvidence } from '@/utils/evidence/evidence-family';
import { evidenceAnnotations } from '@/utils/evidence/evidence-annotations';
import { evidenceClaimReview } from '@/utils/evidence/evidence-claimreview';
import { evidenceDocument, libraryEvidenceDocument } from '@/utils/evidence/evidence-document';
import { evidenceHtml } from '@/utils/evidence/evidence-html';
import { evidenceMarkdown } from '@/utils/evidence/evidence-markdown';
import { LINKED_LABEL } from '@/utils/evidence/evidence-model';
import type { FamilyVersion, FamilyView } from '@/utils/families/family-view';
import { parseHtml } from '@/bin/cli/node-dom';
import type { StoredArticle } from '@/utils/types';
import { BRIDGE, makeArticle, quoteAt, TEXT } from '../../support/evidence-fixtures';
import { annotationProblems, claimReviewProblems, type Json } from '../../support/jsonld-checks';
import { htmlProblems } from '../../support/html-checks';

const GAZETTE_TEXT = 'Ruiz 🌉 spoke at noon. “We will not build the bridge before winter,” Ruiz said, and left.';
const GAZETTE_WORDS = 'We will not build the bridge before winter,';
const POST_TEXT = 'At the meeting the mayor said that they would build the bridge before the winter came.';
const POST_WORDS = 'they would build the bridge before the winter';

function stored(id: string, text: string, over: Partial<StoredArticle>): StoredArticle {
  return { ...makeArticle({ text, url: id, ...over }), id, quotes: [], savedAt: 0, ...over };
}

const LEDGER = stored('https://ledger.example/news/bridge', TEXT, { outlet: 'Town Ledger', title: 'Bridge vote', date: '2026-03-12', savedAt: 1, quotes: [quoteAt(BRIDGE)] });
const GAZETTE = stored('https://gazette.example/story', GAZETTE_TEXT, { outlet: 'Harbour Gazette', title: 'Mayor on the bridge', date: '2026-03-13', savedAt: 2 });
const POST = stored('https://post.example/a', POST_TEXT, { outlet: 'Valley Post', title: 'A late vote', date: null, savedAt: 3 });
const LOST = { id: 'https://lost.example/x', outlet: 'Lost Weekly', title: 'Gone', date: '2026-03-14', savedAt: 4 };

const version = (a: Pick<StoredArticle, 'id' | 'outlet' | 'title' | 'date' | 'savedAt'>, words: string, at: number, over: Partial<FamilyVersion>): FamilyVersion => ({
  articleId: a.id, outlet: a.outlet, title: a.title, url: a.id, date: a.date, savedAt: a.savedAt, form: 'quote', text: words,
  start: at, end: at + words.length, speaker: 'Ana Ruiz', reference: false, kind: null, similarity: 0, speakerConflict: false, meaningChanges: [], diff: [], ...over,
});

const REF = version(LEDGER, BRIDGE, TEXT.indexOf(BRIDGE), { reference: true, similarity: 1 });
const ALTERED = version(GAZETTE, GAZETTE_WORDS, GAZETTE_TEXT.indexOf(GAZETTE_WORDS), {
  kind: 'altered', similarity: 0.86, meaningChanges: ['not'],
  diff: [{ op: 'equal', text: 'We will' }, { op: 'insert', text: 'not' }, { op: 'equal', text: 'build the bridge before winter,' }],
});
const LINKED = version(POST, POST_WORDS, POST_TEXT.indexOf(POST_WORDS), { form: 'passage', speaker: null });
const ORPHAN = version(LOST, BRIDGE, 0, { kind: 'verbatim', similarity: 1, diff: [{ op: 'equal', text: BRIDGE }] });

const VIEW: FamilyView = {
  id: { articleId: LEDGER.id, offset: REF.start },
  reference: REF,
  versions: [REF, ALTERED, ORPHAN, LINKED],
  firstSeen: { articleId: LEDGER.id, outlet: 'Town Ledger', date: '2026-03-12', tiedOnDate: false, undated: 1 },
  outlets: ['Town Ledger', 'Harbour Gazette', 'Lost Weekly', 'Valley Post'],
};
const RECORDS = new Map([LEDGER, GAZETTE, POST].map((a) => [a.id, a]));
const evidence = familyEvidence(VIEW, (id) => RECORDS.get(id), { generatedAt: '2026-12-04T10:00:00.000Z' });
const byCodePoints = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

describe('familyEvidence: the model', () => {
  const [q] = evidence.quotes;
  test('one quote, the reference, in its own article; the family subject as the page shows it', () => {
    expect(evidence.quotes).toHaveLength(1);
    expect([q.text, q.article.outlet, q.article.savedAt, q.speaker, q.cue]).toEqual([BRIDGE, 'Town Ledger', 1, 'Ana Ruiz', 'said']);
    expect(evidence.subject).toEqual({ kind: 'family', firstSeen: VIEW.firstSeen, outlets: VIEW.outlets });
  });

  test.each<[string, string, string | null, string, boolean]>([
    ['the altered quote', 'Harbour Gazette', 'altered', 'Altered · Meaning change', true],
    ['the version whose article lost its text', 'Lost Weekly', 'verbatim', 'Verbatim', false],
    ['the passage linked through another version', 'Valley Post', null, LINKED_LABEL, true],
  ])('%s: in date order, its kind and label, its text held or not', (_name, outlet, kind, label, held) => {
    const v = q.versions.find((x) => x.outlet === outlet)!;
    expect([v.kind, v.label, v.articleText !== null]).toEqual([kind, label, held]);
    expect(v.link).toMatch(/#:~:text=/);
  });

  test('versions keep the page order; the verdict is the most serious over the compared versions; the lost text is counted', () => {
    expect(q.versions.map((v) => v.outlet)).toEqual(['Harbour Gazette', 'Lost Weekly', 'Valley Post']);
    expect(q.verdict).toBe('altered');
    expect(q.flags).toEqual(['meaning-change']);
    expect(evidence.unanchored).toBe(1);
    expect(evidence.verdictCounts.altered).toBe(1);
  });
});

describe('family Web Annotations', () => {
  const annotations = evidenceAnnotations(evidence);
  test('the reference and every version whose text is held, each valid and selecting its words in its own article', () => {
    expect(annotations.map((a) => a.target[0].source)).toEqual([LEDGER.id, GAZETTE.id, POST.id]);
    const texts: Record<string, string> = { [LEDGER.id]: TEXT, [GAZETTE.id]: GAZETTE_TEXT, [POST.id]: POST_TEXT };
    for (const a of annotations) {
      expect(annotationProblems(a as unknown as Json)).toEqual([]);
      const [quote, position] = a.target[0].selector;
      const text = texts[a.target[0].source];
      expect(byCodePoints(text, position.start, position.end)).toBe(quote.exact);
      expect(text).toContain(`${quote.prefix}${quote.exact}${quote.suffix}`);
    }
    // The Gazette's emoji before its quote is two UTF-16 units and one code point.
    expect(annotations[1].target[0].selector[1].start).toBe(GAZETTE_TEXT.indexOf(GAZETTE_WORDS) - 1);
  });

  test("a version's body reads it against the reference and links back to it", () => {
    const [body, back] = annotations[1].body;
    expect(body.type === 'TextualBody' && body.value).toMatch(/^Verbatim comparison against the reference version \(Town Ledger, 2026-03-12\): Altered · Meaning change\./);
    expect(body.type === 'TextualBody' && body.value).toContain('{+not+}');
    expect(back).toMatchObject({ type: 'SpecificResource', source: LEDGER.id, purpose: 'linking' });
    const linked = annotations[2].body[0];
    expect(linked.type === 'TextualBody' && linked.value).toContain(LINKED_LABEL);
  });

  test("ids are the article export's for the same quote, and stable", () => {
    expect(evidenceAnnotations(familyEvidence(VIEW, (id) => RECORDS.get(id))).map((a) => a.id)).toEqual(annotations.map((a) => a.id));
    expect(new Set(annotations.map((a) => a.id)).size).toBe(annotations.length);
  });
});

describe('family ClaimReview draft', () => {
  const [draft] = evidenceClaimReview(evidence)['@graph'];
  test('one valid draft: the reference as the claim, every article once as an appearance, first seen in the earliest dated', () => {
    expect(evidenceClaimReview(evidence)['@graph']).toHaveLength(1);
    expect(claimReviewProblems(draft as unknown as Json, true)).toEqual([]);
    expect(draft.claimReviewed).toBe(BRIDGE);
    expect(draft.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Ana Ruiz' });
    expect(draft.itemReviewed.appearance.map((a) => a.publisher.name)).toEqual(['Town Ledger', 'Harbour Gazette', 'Lost Weekly', 'Valley Post']);
    expect(draft.itemReviewed.firstAppearance?.publisher.name).toBe('Town Ledger');
    expect(draft.itemReviewed.firstAppearance?.description).toMatch(/1 saved article has no date and could be earlier/);
    expect(draft.reviewRating).toEqual({ '@type': 'Rating' });
  });
});

describe('family Markdown and HTML', () => {
  const md = evidenceMarkdown(evidence);
  const html = evidenceHtml(evidence);
  const doc = parseHtml(html, 'about:blank');

  test.each<[string, RegExp]>([
    ['the title names the speaker and the words', /^# Quote family: Ana Ruiz, “We will build the bridge before winter,”\n/],
    ['first seen, worded as the page words it', /- First seen in your library: Town Ledger, 2026-03-12\. 1 saved article has no date/],
    ['versions in date order against the reference', /Versions in date order \(3\), each against this reference:/],
    ['the diff reads against the reference', /\[-only in the reference-\] \{\+only in theirs\+\}[\s\S]*\{\+not\+\}/],
    ['a passage says it is indirect speech', /- Form: indirect speech \(outside quote marks\)/],
    ['a linked version is not given a kind', /Valley Post, no date given: Linked through another version[\s\S]*not compared with the reference directly/],
    ['the lost text is said, with what to do', /Note: 1 quote or version is shown from the library's quote record only[\s\S]*Save the article again/],
    ['where the reference was printed', /- Printed in: Town Ledger, 2026-03-12, “Bridge vote” \(<https:\/\/ledger\.example\/news\/bridge>\)/],
  ])('Markdown: %s', (_name, pattern) => {
    expect(md).toMatch(pattern);
  });

  test('HTML: self-contained and inert, the same facts, links only to the family\'s articles', () => {
    const hosts = new Set(['ledger.example', 'gazette.example', 'post.example', 'lost.example']);
    expect(htmlProblems(html, hosts)).toEqual([]);
    expect(doc.querySelector('h1')?.textContent).toBe('Quote family: Ana Ruiz, “We will build the bridge before winter,”');
    expect(doc.querySelector('.first-seen')?.textContent).toMatch(/^First seen in your library: Town Ledger, 2026-03-12\./);
    expect(Array.from(doc.querySelectorAll('section.version')).map((s) => [s.getAttribute('data-kind'), s.getAttribute('data-form')])).toEqual([
      ['altered', 'quote'], ['verbatim', 'quote'], ['', 'passage'],
    ]);
    expect(doc.querySelector('section.version[data-kind=""] .verdict')?.textContent).toBe(LINKED_LABEL);
    expect(doc.querySelector('del .sr-only, ins .sr-only')?.textContent).toMatch(/^only in (the reference|theirs): $/);
    expect(doc.querySelector('.note')?.textContent).toMatch(/no longer holds its text/);
  });

  test('the file is named for the family', () => {
    expect(evidenceDocument(evidence, 'md').fileName).toBe('verbatim-family-ana-ruiz-we-will-build-the-bridge-before.md');
    expect(evidenceDocument(evidence, 'md').unanchored).toBe(1);
  });
});

describe('a family whose articles lost their text', () => {
  const none = familyEvidence(VIEW, () => undefined);
  test.each<[string, 'md' | 'html' | 'annotations' | 'claimreview', boolean]>([
    ['Web Annotations are refused: nothing to anchor', 'annotations', true],
    ['Markdown is still written, with the note', 'md', false],
    ['the HTML report too', 'html', false],
    ['the ClaimReview draft needs no text', 'claimreview', false],
  ])('%s', (_name, format, refused) => {
    const doc = libraryEvidenceDocument(none, format);
    expect('refused' in doc).toBe(refused);
    if ('refused' in doc) expect(doc.refused).toBe('no-text');
    else if (format === 'md') expect(doc.text).toMatch(/Note: 4 quotes or versions are shown from the library's quote record only/);
  });

  test('a family with its texts is not refused', () => {
    expect('refused' in libraryEvidenceDocument(evidence, 'annotations')).toBe(false);
  });
});
