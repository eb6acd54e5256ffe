/** Article text: paragraphs from extracted HTML and from plain text, with exact spans. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromPlainText, articleTextFromLines, joinParagraphs, lineSpans, paragraphsFromNode } from '@/utils/article/article-text';
import { parseHtml } from '@/bin/cli/node-dom';

const paragraphsOf = (html: string) => paragraphsFromNode(parseHtml(`<html><body><div id="c">${html}</div></body></html>`, '').querySelector('#c')!);

describe('paragraphsFromNode', () => {
  test.each([
    ['paragraphs', '<p>One.</p><p>Two.</p>', ['One.', 'Two.']],
    ['whitespace collapses inside a paragraph', '<p>  A\n   b\t<em>c</em>  d </p>', ['A b c d']],
    ['inline elements do not split', '<p>He <a href="#">said</a> “<strong>yes</strong>.”</p>', ['He said “yes.”']],
    ['list items, headings, figcaption, pre', '<h2>Head</h2><ul><li>a</li><li>b</li></ul><figure><img src="x"><figcaption>Cap</figcaption></figure><pre>x\n  y</pre>', ['Head', 'a', 'b', 'Cap', 'x y']],
    ['blockquote with paragraphs', '<blockquote><p>First.</p><p>Second.</p></blockquote>', ['First.', 'Second.']],
    ['bare blockquote', '<blockquote>Quoted words.</blockquote>', ['Quoted words.']],
    ['loose text around a block', 'Before <p>Inside</p> after', ['Before', 'Inside', 'after']],
    ['br splits lines', '<p>Line one<br>Line two</p>', ['Line one', 'Line two']],
    ['empty paragraphs dropped', '<p> </p><p>\u00a0</p><p>Kept</p><div></div>', ['Kept']],
    ['scripts and styles skipped', '<p>Text<script>var x = 1;</script><style>p{}</style></p>', ['Text']],
    ['nested lists', '<ul><li>Outer<ul><li>Inner</li></ul></li></ul>', ['Outer', 'Inner']],
  ])('%s', (_name, html, expected) => {
    expect(paragraphsOf(html)).toEqual(expected);
  });
});

describe('joinParagraphs', () => {
  test('spans point at each paragraph in text joined by blank lines', () => {
    expect(joinParagraphs(['ab', 'c'])).toEqual({ text: 'ab\n\nc', paragraphs: [{ start: 0, end: 2 }, { start: 4, end: 5 }] });
  });

  test('property: every span slices back to its paragraph', () => {
    const paragraph = fc.string({ minLength: 1 }).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== '');
    fc.assert(
      fc.property(fc.array(paragraph), (paras) => {
        const { text, paragraphs } = joinParagraphs(paras);
        expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(paras);
        expect(text).toBe(paras.join('\n\n'));
      }),
    );
  });
});

describe('plain text', () => {
  test.each([
    ['lines become paragraphs', 'One\nTwo', ['One', 'Two']],
    ['blank lines ignored and lines trimmed', '  One  \n\n\n\t Two\r\n\r\nThree ', ['One', 'Two', 'Three']],
    ['empty', '  \n ', []],
  ])('%s', (_name, input, expected) => {
    const { text, paragraphs } = articleTextFromLines(input);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(expected);
  });

  test('a leading "date YYYY-MM-DD" becomes the date and leaves the text', () => {
    const article = articleFromPlainText(' date 2026-03-13 The first sentence.\n\nSecond paragraph.');
    expect(article.date).toBe('2026-03-13');
    expect(article.text).toBe('The first sentence.\n\nSecond paragraph.');
  });

  test('a "date" later in the text is left alone', () => {
    const article = articleFromPlainText('Intro.\ndate 2026-03-13 is not a prefix here');
    expect(article.date).toBeNull();
    expect(article.text).toBe('Intro.\n\ndate 2026-03-13 is not a prefix here');
  });

  const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
  test.each([
    ['000_fa55279f4966502b.txt', 'The United States and India are nearing'],
    ['001_172d88e8f7af0655.txt', 'New Delhi, March 13 (IANS) The US and India'],
  ])('seed %s: date read, prefix removed', (file, opening) => {
    const raw = readFileSync(join(SEEDS, file), 'utf8');
    const article = articleFromPlainText(raw);
    expect(article.date).toBe('2026-03-13');
    expect(article.text.startsWith(opening)).toBe(true);
    expect(article.paragraphs.length).toBe(raw.split('\n').filter((l) => l.trim() !== '').length);
  });
});

describe('lineSpans', () => {
  test.each([
    ['one line', 'Alpha beta', [[0, 10]]],
    ['blank lines skipped, offsets kept', 'Head\n\n  \nBody one\nBody two\n', [[0, 4], [9, 17], [18, 26]]],
    ['only blanks', '\n \n', []],
  ])('%s', (_name, text, expected) => {
    const spans = lineSpans(text);
    expect(spans.map((s) => [s.start, s.end])).toEqual(expected);
    for (const s of spans) expect(text.slice(s.start, s.end)).not.toContain('\n');
  });
});
