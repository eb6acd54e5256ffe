/**
 * @vitest-environment happy-dom
 *
 * utils/article/page-size decides where a page is extracted; a page sent to the background travels as
 * `outerHTML` and is extracted there from a second document parsed from it (entrypoints/background/markup-extraction).
 * The pages here are parsed by happy-dom, standing in for the page, and re-parsed by linkedom
 * (bin/cli/node-dom), so the round trip crosses two DOMs as it does in the extension (the page →
 * markup → the offscreen document's DOMParser).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { extractArticle } from '@/utils/article/extract-article';
import { parseHtml } from '@/bin/cli/node-dom';
import { choosePageReader, estimateExtractMs, measurePageSize } from '@/utils/article/page-size';

const URL = 'https://news.example/story';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const page = (body: string, head = '<title>Harbour ferry</title>') => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const article = (paragraphs: string[]) => page(`<article><h1>Harbour ferry</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</article>`);
const sentence = (i: number) => `“The ferry runs all winter, route ${i} included,” said the council chair on Tuesday evening at the harbour.`;
const paragraphsOf = (chars: number) => Array.from({ length: Math.ceil(chars / 110) }, (_, i) => sentence(i));
const nested = (depth: number) => `${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`;

/** A document as the browser would hold it (happy-dom here). */
function browserDoc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** What the background does with a page's markup (entrypoints/background/read-page.ts `readPage`). */
function extractInBackground(doc: Document) {
  return extractArticle(parseHtml(doc.documentElement.outerHTML, URL), URL);
}

describe('estimateExtractMs', () => {
  test.each([
    [{ elements: 0, textChars: 0 }, 30],
    [{ elements: 1_000, textChars: 0 }, 57],
    [{ elements: 0, textChars: 1_000_000 }, 125],
    [{ elements: 5_117, textChars: 995_750 }, 263], // the e2e live blog: ~270 ms measured in the page
  ])('%j → %d ms', (size, expected) => {
    expect(Math.round(estimateExtractMs(size))).toBe(expected);
  });

  test('grows with either measure', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(5_000_000), fc.nat(1_000), fc.nat(100_000), (elements, textChars, moreElements, moreChars) => {
        const base = estimateExtractMs({ elements, textChars });
        expect(estimateExtractMs({ elements: elements + moreElements, textChars })).toBeGreaterThanOrEqual(base);
        expect(estimateExtractMs({ elements, textChars: textChars + moreChars })).toBeGreaterThanOrEqual(base);
      }),
    );
  });
});

describe('choosePageReader', () => {
  test.each([
    ['a short news article', 'page', article(paragraphsOf(5_000))],
    ['a 100 kB long read', 'page', article(paragraphsOf(100_000))],
    ['a 150 kB page of plain paragraphs', 'page', article(paragraphsOf(150_000))],
    ['a 1 MB live blog', 'background', article(paragraphsOf(1_000_000))],
    ['a page past extraction\'s 2,000,000-character limit (refused at once in the page, never serialized)', 'page', article(paragraphsOf(2_100_000))],
    ['6,000 elements around little text', 'background', page(`${'<div><span>menu</span></div>'.repeat(3_000)}${article(paragraphsOf(3_000))}`)],
    ['a large page nesting 1,500 levels (refused at once in the page, never serialized)', 'page', page(`${nested(1_500)}${'<p>x</p>'.repeat(5_000)}`)],
    ['a large page nesting 500 levels (serialized; the background refuses it)', 'background', page(`${nested(500)}${'<p>x</p>'.repeat(5_000)}`)],
  ])('%s → %s', (_name, expected, html) => {
    expect(choosePageReader(browserDoc(html))).toBe(expected);
  });

  test('an XML document stays in the page', () => {
    const doc = new DOMParser().parseFromString(`<feed>${'<entry>x</entry>'.repeat(10_000)}</feed>`, 'application/xml');
    expect(estimateExtractMs(measurePageSize(doc))).toBeGreaterThan(100);
    expect(choosePageReader(doc)).toBe('page');
  });

  test('measures elements and body text', () => {
    expect(measurePageSize(browserDoc(page('<p>one</p><p>two</p>', '<title>Title text</title>')))).toEqual({ elements: 6, textChars: 6 });
  });
});

describe('a page extracted in the background reads as it does in the page', () => {
  test.each([
    ['an article', true, article(paragraphsOf(3_000))],
    ['not an article', false, page('<nav><a href="/a">Home</a> <a href="/b">World</a></nav><p>Subscribe.</p>')],
    ['too deep', false, page(`${nested(400)}${article(paragraphsOf(2_000))}`)],
  ])('%s (extracted: %s)', (_name, ok, html) => {
    const doc = browserDoc(html);
    const inPage = extractArticle(doc, URL);
    expect(inPage.ok).toBe(ok);
    expect(extractInBackground(doc)).toEqual(inPage);
  });

  test('a page over the size limit gets the same refusal, with the same count', () => {
    const doc = browserDoc(article(paragraphsOf(2_100_000)));
    const inPage = extractArticle(doc, URL);
    expect(inPage).toMatchObject({ ok: false, reason: 'too-large' });
    expect(extractInBackground(doc)).toEqual(inPage);
  });

  test('any article text survives the markup round trip', () => {
    const paragraph = fc.string({ minLength: 60, maxLength: 300, unit: fc.constantFrom(...'abc de“”"\'&<>;.,\u00a0é—'.split('')) });
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 3, maxLength: 8 }), (paragraphs) => {
        const doc = browserDoc(article(paragraphs));
        expect(extractInBackground(doc)).toEqual(extractArticle(doc, URL));
      }),
      { numRuns: 40 },
    );
  });
});
