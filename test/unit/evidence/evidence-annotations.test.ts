/**
 * W3C Web Annotation export, checked against the REQUIRED (MUST) properties of the Web Annotation
 * Data Model (W3C Recommendation 2017-02-23, https://www.w3.org/TR/annotation-model/); each check
 * names its section. Selectors are also checked to select the quote in the article text.
 */
import { describe, expect, test } from 'vitest';
import { buildEvidence, type Evidence } from '@/utils/evidence/evidence-model';
import { ANNO_CONTEXT, evidenceAnnotations, stableUuidUrn, verdictText } from '@/utils/evidence/evidence-annotations';
import { annotationProblems, type Json } from '../../support/jsonld-checks';
import { BRIDGE, fixtureReports, HOSTILE, longestQuote, makeArticle, quoteAt, seedComparison, TEXT } from '../../support/evidence-fixtures';

/** What a TextPositionSelector selects: code points, as §4.2.5 counts them. */
const byCodePoints = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

function evidenceFor(url = 'https://ledger.example/news/bridge'): Evidence {
  return buildEvidence(makeArticle({ url }), fixtureReports(), { generatedAt: '2026-12-04T10:00:00.000Z' });
}

describe('the checker itself', () => {
  const good = evidenceAnnotations(evidenceFor())[0] as unknown as Json;
  test.each<[string, (a: Json) => void, string]>([
    ['no @context', (a) => delete a['@context'], '@context'],
    ['no id', (a) => delete a.id, 'id'],
    ['wrong type', (a) => (a.type = 'Note'), 'type'],
    ['no target', (a) => delete a.target, 'target'],
    ['a quote selector without exact', (a) => delete ((a.target as Json[])[0].selector as Json[])[0].exact, 'target exact'],
    ['a negative position', (a) => (((a.target as Json[])[0].selector as Json[])[1].start = -1), 'target start/end'],
  ])('%s is caught', (_name, spoil, problem) => {
    expect(annotationProblems(good)).toEqual([]);
    const bad = structuredClone(good);
    spoil(bad);
    expect(annotationProblems(bad)).toContain(problem);
  });
});

describe('evidenceAnnotations', () => {
  const evidence = evidenceFor();
  const annotations = evidenceAnnotations(evidence);

  test('one valid annotation per quote, in the report order', () => {
    expect(annotations).toHaveLength(evidence.quotes.length);
    for (const a of annotations) {
      expect(annotationProblems(a as unknown as Json)).toEqual([]);
      expect(a['@context']).toBe(ANNO_CONTEXT);
      expect(a.created).toBe('2026-12-04T10:00:00.000Z');
    }
  });

  test.each([
    ['a one-part quote', BRIDGE, [BRIDGE]],
    ['the hostile quote, after an emoji', HOSTILE, [HOSTILE]],
    ['a quote split around its attribution: one target per part', 'The vote, came too late.', ['The vote,', 'came too late.']],
  ])('%s: selectors select its words in the article text', (_name, text, parts) => {
    const i = evidence.quotes.findIndex((q) => q.text === text);
    const targets = annotations[i].target;
    expect(targets.map((t) => t.selector[0].exact)).toEqual(parts);
    for (const t of targets) {
      const [quote, position] = t.selector;
      expect(t.source).toBe('https://ledger.example/news/bridge');
      expect(byCodePoints(TEXT, position.start, position.end)).toBe(quote.exact);
      expect(quote.prefix.length).toBeLessThanOrEqual(32);
      expect(quote.suffix.length).toBeLessThanOrEqual(32);
      expect(TEXT).toContain(`${quote.prefix}${quote.exact}${quote.suffix}`);
    }
  });

  test('positions count code points: the emoji before the hostile quote counts once', () => {
    const i = evidence.quotes.findIndex((q) => q.text === HOSTILE);
    const [, position] = annotations[i].target[0].selector;
    expect(position.start).toBe(TEXT.indexOf(HOSTILE) - 1);
  });

  test('the body is the verdicts as text, plus a link to each other version with an http(s) URL', () => {
    for (const [i, a] of annotations.entries()) {
      const q = evidence.quotes[i];
      const [text, ...links] = a.body;
      expect(text).toMatchObject({ type: 'TextualBody', value: verdictText(q), format: 'text/plain' });
      expect(text.type === 'TextualBody' && text.value.startsWith(`Verbatim comparison: ${q.label}.`)).toBe(true);
      expect(links.map((l) => (l.type === 'SpecificResource' ? l.source : null))).toEqual(q.versions.filter((v) => v.url).map((v) => v.url));
    }
    const hostile = evidence.quotes.findIndex((q) => q.text === HOSTILE);
    expect(JSON.stringify(annotations[hostile])).not.toContain('javascript:alert');
  });

  test('ids are stable across exports and distinct between quotes', () => {
    const again = evidenceAnnotations(evidenceFor());
    expect(again.map((a) => a.id)).toEqual(annotations.map((a) => a.id));
    expect(new Set(annotations.map((a) => a.id)).size).toBe(annotations.length);
    for (const a of annotations) expect(a.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test.each([
    ['no URL (a local file)', ''],
    ['a javascript: URL', 'javascript:alert(1)'],
  ])('an article with %s is named by a stable URN of its text', (_name, url) => {
    const [a] = evidenceAnnotations(evidenceFor(url));
    expect(annotationProblems(a as unknown as Json)).toEqual([]);
    expect(a.target[0].source).toMatch(/^urn:uuid:/);
    expect(evidenceAnnotations(evidenceFor(url))[0].target[0].source).toBe(a.target[0].source);
  });

  test('stableUuidUrn differs for different names', () => {
    expect(stableUuidUrn('a')).not.toBe(stableUuidUrn('b'));
  });

  test('no quotes, no annotations', () => {
    expect(evidenceAnnotations(buildEvidence(makeArticle(), []))).toEqual([]);
  });

  test('a quote with no speaker says so', () => {
    const [a] = evidenceAnnotations(buildEvidence(makeArticle(), [{ quote: quoteAt(BRIDGE, null), matches: [] }]));
    expect(a.body[0].type === 'TextualBody' && a.body[0].value).toContain('Speaker: not identified.');
  });
});

describe('the seeds (000 with 001)', () => {
  test('every annotation is valid; the long Gor quote says Paraphrased with the "secure" diff', async () => {
    const { article, reports } = await seedComparison();
    const evidence = buildEvidence(article, reports);
    const annotations = evidenceAnnotations(evidence);
    for (const a of annotations) expect(annotationProblems(a as unknown as Json)).toEqual([]);
    const long = longestQuote(evidence.quotes);
    const a = annotations[evidence.quotes.indexOf(long)];
    const [quote, position] = a.target[0].selector;
    expect(byCodePoints(article.text, position.start, position.end)).toBe(quote.exact);
    expect(a.body[0].type === 'TextualBody' && a.body[0].value).toMatch(/^Verbatim comparison: Paraphrased\. Speaker: Sergio Gor\./);
    expect(a.body[0].type === 'TextualBody' && a.body[0].value).toMatch(/IANS, 2026-03-13: Paraphrased.*\n.*\[-[^\]]*ensure[^\]]*-\] \{\+secure\+\}/);
  });
});
