/**
 * An article's evidence with its report's reverse sections: "Quoted elsewhere, not here" (by
 * speaker, each quote with the outlets carrying it) and "Paraphrased here" (the sentence, their
 * quote, the diff from their words to ours, the meaning-change flag), in Markdown and HTML, only
 * when the report lists something; the JSON-LD formats are unchanged by them.
 */
import { describe, expect, test } from 'vitest';
import { buildEvidence } from '@/utils/evidence/evidence-model';
import { evidenceHtml } from '@/utils/evidence/evidence-html';
import { evidenceMarkdown, mdUnescape } from '@/utils/evidence/evidence-markdown';
import { evidenceAnnotations } from '@/utils/evidence/evidence-annotations';
import { evidenceClaimReview } from '@/utils/evidence/evidence-claimreview';
import { parseHtml } from '@/bin/cli/node-dom';
import { textFragmentUrl } from '@/utils/report/text-fragment-url';
import type { Comparison } from '@/utils/types';
import { htmlProblems } from '../../support/html-checks';
import { fixtureReports, HOSTILE, makeArticle, seedComparison } from '../../support/evidence-fixtures';
import { makeElsewhereGroup, makeParaphrased } from '../../support/quote-report-builders';

type Reverse = Pick<Comparison, 'elsewhere' | 'paraphrasedHere'>;

const FERRY = 'The ferry will stop running in May';
const SENTENCE = 'The ferry is due to stop in May, officials said.';
const REVERSE: Reverse = {
  elsewhere: [
    makeElsewhereGroup('Ana Ruiz', [{ text: FERRY, outlets: ['Gazette', 'Courier'] }, { text: HOSTILE, outlets: ['Courier'] }]),
    makeElsewhereGroup(null, [{ text: 'Nobody asked us', outlets: ['Gazette'] }]),
  ],
  paraphrasedHere: [
    makeParaphrased(SENTENCE, 40, 'The ferry will never stop in May', {
      outlet: 'Gazette',
      url: 'https://gazette.example/ferry',
      meaningChanges: ['never'],
      diff: [{ op: 'equal', text: 'The ferry' }, { op: 'delete', text: 'will never' }, { op: 'insert', text: 'is due to' }, { op: 'equal', text: 'stop in May' }],
    }),
  ],
};
const EMPTY: Reverse = { elsewhere: [], paraphrasedHere: [] };

const article = makeArticle();
const reports = fixtureReports();
const hosts = new Set([
  'ledger.example', 'gazette.example', 'post.example', 'courier.example',
]);

describe('the sections are written only when the report lists something', () => {
  test.each<[string, Reverse | undefined, boolean, boolean]>([
    ['no reverse sections (the CLI without related files, an old check)', undefined, false, false],
    ['both empty', EMPTY, false, false],
    ['quotes elsewhere only', { ...EMPTY, elsewhere: REVERSE.elsewhere }, true, false],
    ['a paraphrased sentence only', { ...EMPTY, paraphrasedHere: REVERSE.paraphrasedHere }, false, true],
    ['both', REVERSE, true, true],
  ])('%s', (_name, reverse, elsewhere, paraphrased) => {
    const evidence = buildEvidence(article, reports, { reverse });
    const md = evidenceMarkdown(evidence);
    expect([md.includes('\n## Quoted elsewhere, not here\n'), md.includes('\n## Paraphrased here\n')]).toEqual([elsewhere, paraphrased]);
    const doc = parseHtml(evidenceHtml(evidence), 'about:blank');
    expect([doc.querySelector('#quoted-elsewhere') !== null, doc.querySelector('#paraphrased-here') !== null]).toEqual([elsewhere, paraphrased]);
    // After the quotes, in that order.
    if (elsewhere || paraphrased) expect(md.indexOf('## Quotes')).toBeLessThan(md.search(/## (Quoted elsewhere|Paraphrased here)/));
  });
});

describe('Markdown', () => {
  const md = evidenceMarkdown(buildEvidence(article, reports, { reverse: REVERSE }));
  const plain = mdUnescape(md);
  test.each([
    ['a speaker group with its count', '### Ana Ruiz (2)'],
    ['the unattributed group', '### Unattributed (1)'],
    ['a missing quote', `- “${FERRY}”`],
    ['its outlets, each linked to the quote there', `Quoted by: [Gazette, 2026-03-13](<${textFragmentUrl('https://gazette.example/story', FERRY)}>); [Courier, 2026-03-13]`],
    ['the sentence here', `> “${SENTENCE}”`],
    ['this article opened at the sentence', `(<${textFragmentUrl(article.url, SENTENCE)}>)`],
    ['the outlet and the kind with its flag', '#### Gazette, 2026-03-13: Paraphrased · Meaning change'],
    ['their words', '- Their words: “The ferry will never stop in May”'],
    ['what the meaning change found', '- Meaning may differ: never'],
    ['the diff from their words to this sentence', 'The ferry [-will never-] {+is due to+} stop in May'],
    ['the diff legend', '[-only in their quote-] {+only in this sentence+}'],
  ])('%s', (_name, expected) => {
    expect(plain).toContain(expected);
  });

  test('page text in the sections stays text', () => {
    const section = md.slice(md.indexOf('## Quoted elsewhere, not here'));
    const line = section.split('\n').find((l) => mdUnescape(l).includes(HOSTILE))!;
    expect(mdUnescape(line)).toBe(`- “${HOSTILE}”`);
    expect(line).not.toMatch(/(^|[^\\])[<[*]/);
  });
});

describe('HTML', () => {
  const html = evidenceHtml(buildEvidence(article, reports, { reverse: REVERSE }));
  const doc = parseHtml(html, 'about:blank');
  const words = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

  test('still self-contained and inert: no script, handler, loading element, or link beyond the articles named', () => {
    expect(htmlProblems(html, hosts)).toEqual([]);
    expect(htmlProblems(html, new Set([...hosts].filter((h) => h !== 'courier.example'))).join('; ')).toMatch(/link to https:\/\/courier\.example/);
  });

  test('each section is named by its heading; speaker groups under it', () => {
    for (const id of ['quoted-elsewhere', 'paraphrased-here']) {
      const section = doc.querySelector(`#${id}`)!;
      expect(section.querySelector(`#${section.getAttribute('aria-labelledby')}`)?.tagName).toBe('H2');
    }
    expect(Array.from(doc.querySelectorAll('#quoted-elsewhere h3')).map((h) => words(h.textContent))).toEqual(['Ana Ruiz (2)', 'Unattributed (1)']);
    const items = Array.from(doc.querySelectorAll('#quoted-elsewhere li')).map((li) => words(li.textContent));
    expect(items).toEqual([`${FERRY} Quoted by: Gazette, 2026-03-13; Courier, 2026-03-13`, `${HOSTILE} Quoted by: Courier, 2026-03-13`, 'Nobody asked us Quoted by: Gazette, 2026-03-13']);
  });

  test('a paraphrased sentence: the words here, the kind and flag in words, the diff named for screen readers', () => {
    const sentence = doc.querySelector('#paraphrased-here article.paraphrased')!;
    expect(words(sentence.querySelector('blockquote')?.textContent)).toBe(SENTENCE);
    expect(words(sentence.querySelector('h4')?.textContent)).toBe('Gazette, 2026-03-13: Paraphrased · Meaning change');
    expect(words(sentence.querySelector('q.their-words')?.textContent)).toBe('The ferry will never stop in May');
    expect(words(sentence.querySelector('del')?.textContent)).toBe('only in their quote: will never');
    expect(words(sentence.querySelector('ins')?.textContent)).toBe('only in this sentence: is due to');
    expect(words(sentence.textContent)).toContain('Meaning may differ: never');
  });
});

test('the JSON-LD formats are the same with or without the sections', () => {
  const plain = buildEvidence(article, reports);
  const withReverse = buildEvidence(article, reports, { reverse: REVERSE });
  expect(evidenceAnnotations(withReverse)).toEqual(evidenceAnnotations(plain));
  expect(evidenceClaimReview(withReverse)).toEqual(evidenceClaimReview(plain));
});

test('the seeds: 000 against IANS lists IANS Gor quotes missing here and the "crucial" sentence with IANS\'s "indispensable"', async () => {
  const { article: seed, reports: seedReports, reverse } = await seedComparison();
  const md = mdUnescape(evidenceMarkdown(buildEvidence(seed, seedReports, { reverse })));
  const elsewhere = md.slice(md.indexOf('## Quoted elsewhere, not here'), md.indexOf('## Paraphrased here'));
  expect(elsewhere).toContain('### Sergio Gor');
  expect(elsewhere).toMatch(/I took a picture of the cover[^\n]*\n {2}Quoted by: IANS/);
  const paraphrased = md.slice(md.indexOf('## Paraphrased here'));
  expect(paraphrased).toMatch(/> “[^\n]*crucial not only for/);
  expect(paraphrased).toMatch(/\[-[^\]]*indispensable[^\]]*-\]/);
});
