/**
 * Article extraction: golden pages, the not-an-article gate, size bound, bad input, and the
 * promise that the reader's live document is never changed.
 *
 * Golden pages live in test/golden/pages/<case>/ (pages the team wrote, never copied from the web):
 *   source.html    the saved page
 *   expected.json  { "url", "ok": true, "title", "outlet", "byline", "date", "lang",
 *                    "firstParagraph", "lastParagraph", "paragraphCount",
 *                    optional "canonicalUrl" and "contains": [paragraphs that must appear] }
 *                  or { "url", "ok": false, "reason": "not-article" }
 * To add a case: make a new folder with those two files, write expected.json BY HAND from what a
 * reader sees on the page (not from the extractor's output), and run
 *   npx vitest run test/unit/article/extract-article.test.ts
 * Every folder is picked up automatically.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '@/utils/article/extract-article';
import { parseHtml } from '@/bin/cli/node-dom';
import type { Article } from '@/utils/types';

const PAGES_DIR = join(__dirname, '..', '..', 'golden', 'pages');

interface GoldenCase {
  name: string;
  source: string;
  expected: Record<string, unknown> & { url: string; ok: boolean };
}

/** Every folder under test/golden/pages, as Mozilla Readability's test suite enumerates its pages. */
function goldenCases(): GoldenCase[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      name: entry.name,
      source: readFileSync(join(PAGES_DIR, entry.name, 'source.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(PAGES_DIR, entry.name, 'expected.json'), 'utf8')),
    }));
}

function paragraphTexts(article: Article): string[] {
  return article.paragraphs.map((p) => article.text.slice(p.start, p.end));
}

describe('golden pages', () => {
  const cases = goldenCases();

  test('there are at least six cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  test.each(cases)('$name', ({ source, expected }) => {
    const result = extractArticle(parseHtml(source, expected.url), expected.url);
    if (!expected.ok) {
      expect(result).toMatchObject({ ok: false, reason: expected.reason });
      return;
    }
    if (!result.ok) throw new Error(`expected an article, got ${result.reason}: ${result.message}`);
    const { article } = result;
    const paragraphs = paragraphTexts(article);
    expect({
      title: article.title,
      outlet: article.outlet,
      byline: article.byline,
      date: article.date,
      lang: article.lang,
      firstParagraph: paragraphs[0],
      lastParagraph: paragraphs.at(-1),
      paragraphCount: paragraphs.length,
    }).toEqual({
      title: expected.title,
      outlet: expected.outlet,
      byline: expected.byline,
      date: expected.date,
      lang: expected.lang,
      firstParagraph: expected.firstParagraph,
      lastParagraph: expected.lastParagraph,
      paragraphCount: expected.paragraphCount,
    });
    expect(article.url).toBe(expected.canonicalUrl ?? expected.url);
    for (const p of (expected.contains as string[] | undefined) ?? []) expect(paragraphs).toContain(p);
  });

  test.each(cases.filter((c) => c.expected.ok))('$name: paragraph spans slice the text', ({ source, expected }) => {
    const result = extractArticle(parseHtml(source, expected.url), expected.url);
    if (!result.ok) throw new Error(result.message);
    const { text, paragraphs } = result.article;
    expect(paragraphs.map((p) => text.slice(p.start, p.end)).join('\n\n')).toBe(text);
  });

  test.each(cases)('$name: the live document is not changed', ({ source, expected }) => {
    const doc = parseHtml(source, expected.url);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, expected.url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

const PROSE = 'The committee met on Tuesday to discuss the proposal in detail, and members asked several questions about the cost of the work and how long it would take to finish.';

describe('extractArticle', () => {
  test('a page the gate misses is still accepted when it has substantial prose', () => {
    // Short paragraphs (under the gate's 140 characters each) but clearly an article.
    const paras = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the council voted to keep the library open late during the exam weeks this spring.</p>`);
    const html = `<html><head><title>Library hours</title></head><body><div>${paras.join('')}</div></body></html>`;
    const result = extractArticle(parseHtml(html, 'https://news.example/a'), 'https://news.example/a');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.paragraphs).toHaveLength(6);
  });

  test.each([
    ['a "By" line', '<p>By Jo Reporter</p>', 0],
    ['a "published" line with a year', '<p>Published 4 May 2025, 10:02</p>', 0],
    ['a short first sentence is text, not furniture', '<p>It happened in 2025.</p>', 1],
    ['a short line without byline or date is kept', '<p>Analysis</p>', 1],
  ])('leading furniture: %s (kept: %i)', (_name, lead, kept) => {
    const html = `<html><body><article>${lead}${`<p>${PROSE}</p>`.repeat(4)}</article></body></html>`;
    const result = extractArticle(parseHtml(html, 'https://x.example/a'), 'https://x.example/a');
    if (!result.ok) throw new Error(result.message);
    expect(result.article.paragraphs).toHaveLength(4 + kept);
  });

  test.each([
    ['one short paragraph', '<p>Hello there.</p>'],
    ['an empty body', ''],
    ['only links', Array.from({ length: 8 }, (_, i) => `<p><a href="/s${i}">A story headline number ${i} about something that happened in town today</a></p>`).join('')],
  ])('%s is not an article', (_name, body) => {
    const result = extractArticle(parseHtml(`<html><body>${body}</body></html>`, 'https://x.example/'), 'https://x.example/');
    expect(result).toMatchObject({ ok: false, reason: 'not-article' });
    if (!result.ok) expect(result.message).toMatch(/doesn't look like an article/);
  });

  test('a page over the size bound is refused and the message states the bound', () => {
    const html = `<html><body><article>${`<p>${PROSE}</p>`.repeat(20)}</article></body></html>`;
    const result = extractArticle(parseHtml(html, ''), '', { maxChars: 1000 });
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    if (!result.ok) expect(result.message).toContain('1,000 characters');
  });

  // The size bound counts what body.textContent counts: text of the body (scripts included), not
  // the head's title, not comments. Exactly at the bound passes; one character over is refused.
  test.each([
    ['body text only', `<html><head><title>A long title here</title></head><body><article>${`<p>${PROSE}</p>`.repeat(4)}</article></body></html>`],
    ['with a script, a comment and nested inline markup', `<html><head><title>T</title></head><body><!-- a comment --><script>var x = 1;</script><article>${`<p>${PROSE} <em>and <b>more</b></em></p>`.repeat(4)}</article></body></html>`],
    ['no body tag in the markup', `<title>T</title><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>`],
  ])('the size bound counts the body text like textContent: %s', (_name, html) => {
    const chars = parseHtml(html, '').body.textContent!.length;
    const atBound = extractArticle(parseHtml(html, ''), '', { maxChars: chars });
    expect(atBound.ok ? 'ok' : atBound.reason).not.toBe('too-large');
    expect(extractArticle(parseHtml(html, ''), '', { maxChars: chars - 1 })).toMatchObject({ ok: false, reason: 'too-large' });
  });

  const nested = (depth: number) =>
    `<html><body><article>${'<div>'.repeat(depth)}${`<p>${PROSE}</p>`.repeat(4)}${'</div>'.repeat(depth)}</article></body></html>`;

  test.each([
    ['the default bound, 5,000 deep', 5000, undefined, '300 levels'],
    ['a custom bound', 60, 50, '50 levels'],
  ])('markup nested past the bound is refused at once, the message states it: %s', (_name, depth, maxDepth, bound) => {
    const t0 = performance.now();
    const result = extractArticle(parseHtml(nested(depth), 'https://x.example/'), 'https://x.example/', { maxDepth });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    if (!result.ok) expect(result.message).toContain(bound);
  });

  test('markup nested within the bound is read as usual', () => {
    const result = extractArticle(parseHtml(nested(40), 'https://x.example/'), 'https://x.example/');
    expect(result.ok).toBe(true);
  });

  test.each([
    ['null', null],
    ['undefined', undefined],
    ['an object that is not a document', {}],
  ])('bad input (%s) gives a failure, not an exception', (_name, doc) => {
    const result = extractArticle(doc as unknown as Document, 'https://x.example/');
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});

describe('stripInlineHandlers', () => {
  // 13 handlers: on elements Readability keeps (paragraphs, links), drops (a nav) and leaves in the
  // clone (html, body), and in an SVG. `data-onion` is no handler and stays.
  const html =
    `<html onload="a()"><head><title>Handlers</title></head><body onclick="b()"><nav onmouseover="c()">Home</nav>` +
    `<article>${`<p onclick="d()" data-onion="keep">${PROSE} <a href="/x" onfocus="e()">more</a></p>`.repeat(4)}` +
    `<svg onload="f()"><circle onclick="g()"></circle></svg></article></body></html>`;
  const handlerCount = (els: Iterable<Element>) =>
    Array.from(els).reduce((n, el) => n + el.getAttributeNames().filter((a) => a.startsWith('on')).length, 0);

  /** Extracts, recording every element of the clone extraction made (as cloned, before Readability). */
  function extractRecordingClone(strip: boolean | undefined) {
    const doc = parseHtml(html, 'https://x.example/a');
    const before = doc.documentElement.outerHTML;
    const cloneNode = doc.cloneNode.bind(doc);
    let cloned: Element[] = [];
    let clones = 0;
    Object.defineProperty(doc, 'cloneNode', {
      configurable: true,
      value: (deep?: boolean) => {
        clones++;
        const copy = cloneNode(deep) as Document;
        cloned = Array.from(copy.querySelectorAll('*')); // '*' includes <html>
        return copy;
      },
    });
    const result = extractArticle(doc, 'https://x.example/a', { stripInlineHandlers: strip });
    return { doc, before, cloned, clones, result };
  }

  test.each([
    ['stripped when asked', true, 0],
    ['kept by default', undefined, 13],
  ])('handlers in the clone: %s', (_name, strip, left) => {
    const { cloned, clones, result } = extractRecordingClone(strip);
    expect(clones).toBe(1); // one copy of the page, whether or not handlers are stripped
    expect(handlerCount(cloned)).toBe(left);
    expect(result.ok).toBe(true);
  });

  test('the live page keeps its handlers and is not changed; the text is the same either way', () => {
    const stripped = extractRecordingClone(true);
    const kept = extractRecordingClone(false);
    expect(stripped.doc.documentElement.outerHTML).toBe(stripped.before);
    expect(handlerCount(stripped.doc.querySelectorAll('*'))).toBe(13);
    expect(stripped.cloned.some((el) => el.getAttribute('data-onion') === 'keep')).toBe(true);
    if (!stripped.result.ok || !kept.result.ok) throw new Error('extraction failed');
    expect(stripped.result.article).toEqual(kept.result.article);
  });
});
