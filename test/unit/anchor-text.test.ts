/** @vitest-environment happy-dom */
import { describe, expect, test } from 'vitest';
import { anchorQuotes, indexText, quoteParts } from '@/utils/anchor-text';

function page(html: string): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML = html;
  return root;
}

describe('anchorQuotes', () => {
  test.each<[string, string, string, string | null]>([
    ['plain paragraph', '<p>She said "we will build it" today.</p>', 'we will build it', 'we will build it'],
    ['split across <em>', '<p>"We <em>will</em> build it," she said.</p>', 'We will build it,', 'We will build it,'],
    ['split across <a> and <strong>', '<p>“The <a href="/x">bridge <strong>opens</strong></a> in May.”</p>', 'The bridge opens in May.', 'The bridge opens in May.'],
    ['curly apostrophe on the page, straight in the quote', '<p>“We don’t know yet.”</p>', "We don't know yet.", 'We don’t know yet.'],
    ['straight on the page, curly in the quote', "<p>\"It's done,\" he said.</p>", 'It’s done,', "It's done,"],
    ['whitespace and line breaks differ', '<p>"We   will\n    build\tit"</p>', 'We will build it', 'We   will\n    build\tit'],
    ['case differs', '<p>"WE WILL BUILD IT"</p>', 'we will build it', 'WE WILL BUILD IT'],
    ['non-breaking space on the page', '<p>"costs 5\u00A0million euros"</p>', 'costs 5 million euros', 'costs 5\u00A0million euros'],
    ['missing space between inline elements (letters-only tier)', '<p><span>Trade is</span><span>vital for growth</span></p>', 'Trade is vital for growth', 'Trade isvital for growth'],
    ['ellipsis in the middle (fuzzy tier)', '<p>"The agreement will help ensure the supply chains needed for the industries of the future," he said.</p>', 'The agreement will help ensure the supply … chains needed for the industries of the future', 'The agreement will help ensure the supply chains needed for the industries of the future'],
    ['quote absent', '<p>Nothing relevant is said here at all.</p>', 'we will build the bridge', null],
    ['script and style text is ignored', '<p>x</p><script>var s = "secret words here";</script><style>.a{}</style>', 'secret words here', null],
    ['hidden element ignored', '<p hidden>"secret words here"</p><p>visible</p>', 'secret words here', null],
    ['text in separate paragraphs does not glue', '<p>end of one</p><p>start of two</p>', 'end of one start of two', 'end of onestart of two'],
  ])('%s', (_name, html, quote, expected) => {
    const [ranges] = anchorQuotes(page(html), [[quote]]);
    if (expected === null) expect(ranges).toEqual([]);
    else {
      expect(ranges).toHaveLength(1);
      expect(ranges[0].toString()).toBe(expected);
    }
  });

  test('each part of a split quote gets its own range', () => {
    const root = page('<p>"We will build it," she said, "and it will last."</p>');
    const [ranges] = anchorQuotes(root, [['We will build it,', 'and it will last.']]);
    expect(ranges.map((r) => r.toString())).toEqual(['We will build it,', 'and it will last.']);
  });

  test('a sentence quoted twice: the second quote lands on the second occurrence', () => {
    const root = page('<p id="a">"Yes we can," he said.</p><p>Later: <b id="b">"Yes we can,"</b> again.</p>');
    const [first, second] = anchorQuotes(root, [['Yes we can,'], ['Yes we can,']]);
    expect(first[0].startContainer.parentElement?.id).toBe('a');
    expect(second[0].startContainer.parentElement?.id).toBe('b');
  });

  test('does not change the page', () => {
    const root = page('<p>"We <em>will</em> build it," she said.</p>');
    const before = root.innerHTML;
    anchorQuotes(root, [['We will build it']]);
    expect(root.innerHTML).toBe(before);
  });

  test('an empty root gives empty results', () => {
    expect(anchorQuotes(page(''), [['anything at all']])).toEqual([[]]);
  });
});

test('indexText folds marks, case and whitespace; a block ends with one separator space', () => {
  expect(indexText(page('<p>“A”  <i>B’s</i>\n—C</p>')).folded).toBe('"a" b\'s -c ');
});

describe('quoteParts', () => {
  test.each<[string, string, { start: number; end: number }[], string[]]>([
    ['one part', 'abc def', [{ start: 5, end: 12 }], ['abc def']],
    ['two parts', 'We will, and it will.', [{ start: 1, end: 9 }, { start: 20, end: 32 }], ['We will,', 'and it will.']],
    ['lengths do not add up', 'abc def', [{ start: 0, end: 2 }, { start: 9, end: 10 }], ['abc def']],
  ])('%s', (_name, text, parts, expected) => {
    expect(quoteParts({ text, parts })).toEqual(expected);
  });
});
