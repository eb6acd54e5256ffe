/**
 * HTML evidence: parsed (linkedom) and checked to be self-contained and inert: no script, no
 * event handler, no element that loads anything, links only to the articles compared, page text
 * escaped, kinds written in words.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildEvidence } from '@/utils/evidence/evidence-model';
import { escapeHtml, evidenceHtml } from '@/utils/evidence/evidence-html';
import { parseHtml } from '@/bin/cli/node-dom';
import { VERDICT_LABELS, type Verdict } from '@/utils/report/verdicts';
import type { Article, QuoteReport } from '@/utils/types';
import { htmlProblems } from '../../support/html-checks';
import { fixtureReports, HOSTILE, longestQuote, makeArticle, seedComparison } from '../../support/evidence-fixtures';
import { makeQuote } from '../../support/quote-report-builders';

const hostsOf = (article: Article, reports: readonly QuoteReport[]) =>
  new Set([article.url, ...reports.flatMap((r) => r.matches.map((m) => m.url))].flatMap((u) => (/^https?:/.test(u) ? [new URL(u).host] : [])));

describe('the checker itself finds what it looks for', () => {
  const base = evidenceHtml(buildEvidence(makeArticle(), []));
  test.each([
    ['a script', '<script>1</script>', /element <script>/],
    ['an image', '<img src="https://x.example/a.png">', /element <img>/],
    ['a handler', '<p onclick="x()">a</p>', /handler onclick/],
    ['a link elsewhere', '<a href="https://elsewhere.example/">a</a>', /link to/],
    ['a remote font', '<style>@font-face { src: url(https://f.example/a.woff) }</style>', /stylesheet/],
  ])('%s', (_name, bad, problem) => {
    const hosts = hostsOf(makeArticle(), []);
    expect(htmlProblems(base, hosts)).toEqual([]);
    expect(htmlProblems(base.replace('</main>', `${bad}</main>`), hosts).join('; ')).toMatch(problem);
  });
});

describe('evidenceHtml on a report of every kind and flag', () => {
  const article = makeArticle();
  const reports = fixtureReports();
  const html = evidenceHtml(buildEvidence(article, reports));
  const doc = parseHtml(html, 'about:blank');

  test('no script, handler, loading element or link to another host', () => {
    expect(htmlProblems(html, hostsOf(article, reports))).toEqual([]);
  });

  test('the hostile quote is text, inside its blockquote', () => {
    const quotes = Array.from(doc.querySelectorAll('blockquote')).map((b) => b.textContent);
    expect(quotes).toContain(HOSTILE);
    expect(html).not.toContain('<script>alert');
  });

  test('every quote and version shows its kind in words, whatever the colours', () => {
    const quotes = Array.from(doc.querySelectorAll('article.quote'));
    expect(quotes).toHaveLength(reports.length);
    for (const el of [...quotes, ...Array.from(doc.querySelectorAll('section.version'))]) {
      const kind = (el.getAttribute('data-verdict') ?? el.getAttribute('data-kind')) as Verdict;
      expect(el.querySelector('.verdict')?.textContent).toBe(VERDICT_LABELS[kind]);
    }
  });

  test('deleted and inserted words are named in text, a marked edit by its label', () => {
    for (const el of Array.from(doc.querySelectorAll('del, ins'))) {
      expect(el.querySelector('.sr-only')?.textContent).toMatch(/^only in (this article|theirs): $/);
    }
    expect(doc.querySelector('.edit[data-edit="insertion"] .edit-tag')?.textContent).toBe("editor's insertion");
  });

  test('links open the other article at their words; the javascript: one has none', () => {
    const hrefs = Array.from(doc.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs.some((h) => h?.startsWith('https://gazette.example/story#:~:text='))).toBe(true);
    expect(hrefs.every((h) => /^https:/.test(h ?? ''))).toBe(true);
    expect(doc.querySelector('title')?.textContent).toBe('Quote report: Bridge vote');
  });
});

describe('escaping', () => {
  test('any quote text round-trips through the HTML as text', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1 }), fc.string({ unit: fc.constantFrom(...'<>&"\'/=`ab !-[]'), minLength: 1 }));
    fc.assert(
      fc.property(text, (quote) => {
        // HTML parsers turn CR and NUL into other characters by design; no article text holds them.
        fc.pre(!/[\r\0]/.test(quote));
        const html = evidenceHtml(buildEvidence(makeArticle({ text: quote }), [{ quote: makeQuote(quote, 0), matches: [] }]));
        const doc = parseHtml(html, 'about:blank');
        expect(doc.querySelector('blockquote')?.textContent).toBe(quote);
        expect(doc.querySelectorAll('script')).toHaveLength(0);
      }),
    );
  });

  test.each([
    ['<', '&lt;'],
    ['"a" & \'b\'', '&quot;a&quot; &amp; &#39;b&#39;'],
  ])('escapeHtml(%j)', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('the seeds (000 with 001)', () => {
  test('the long Gor quote shows Paraphrased with "ensure" struck and "secure" added; nothing loads', async () => {
    const { article, reports } = await seedComparison();
    const html = evidenceHtml(buildEvidence(article, reports));
    expect(htmlProblems(html, hostsOf(article, reports))).toEqual([]);
    const doc = parseHtml(html, 'about:blank');
    const long = longestQuote(Array.from(doc.querySelectorAll('article.quote')).map((el) => ({ el, text: el.querySelector('blockquote')?.textContent ?? '' })));
    expect(long.text).toBe(longestQuote(reports.map((r) => r.quote)).text);
    expect(long.el.querySelector('h3 .verdict')?.textContent).toBe('Paraphrased');
    const version = long.el.querySelector('section.version')!;
    expect(version.querySelector('h4')?.textContent).toMatch(/^IANS, 2026-03-13: Paraphrased/);
    const del = Array.from(version.querySelectorAll('del')).map((d) => d.textContent ?? '');
    const ins = Array.from(version.querySelectorAll('ins')).map((d) => d.textContent ?? '');
    expect(del.some((t) => t.includes('ensure'))).toBe(true);
    expect(ins.some((t) => t.endsWith('secure'))).toBe(true);
  });
});
