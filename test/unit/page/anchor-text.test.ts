/** @vitest-environment happy-dom */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { anchorQuotes, indexText, isSpaceCode, positionAt, quoteParts } from '@/utils/page/anchor-text';
import { foldPunctuation } from '@/utils/text/normalize';

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

// The per-character indexText that the per-node version replaced (regex test, toLowerCase and a
// node/offset entry per character), kept here as the oracle: the new one must give the same folded
// text and the same DOM position for every character of it.
function referenceIndex(root: Element) {
  const chars: string[] = [];
  const node: number[] = [];
  const offset: number[] = [];
  const nodes: Text[] = [];
  let lastSpace = true;
  const pushSpace = (n: number, o: number) => {
    if (lastSpace) return;
    chars.push(' ');
    node.push(n);
    offset.push(o);
    lastSpace = true;
  };
  const hidden = (el: Element) =>
    ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'IFRAME', 'OBJECT'].includes(el.tagName.toUpperCase()) ||
    el.hasAttribute('data-verbatim-ui') || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' ||
    (el as HTMLElement).style?.display === 'none' || (el as HTMLElement).style?.visibility === 'hidden';
  const blocks = ['DIV', 'P', 'LI', 'UL', 'BR', 'H1', 'TD', 'TR', 'TABLE', 'BLOCKQUOTE'];
  const walk = (el: Node) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const n = nodes.push(child as Text) - 1;
        const data = foldPunctuation((child as Text).data);
        for (let i = 0; i < data.length; i++) {
          if (/\s/.test(data[i])) {
            pushSpace(n, i);
            continue;
          }
          const lower = data[i].toLowerCase();
          chars.push(lower.length === 1 ? lower : data[i]);
          node.push(n);
          offset.push(i);
          lastSpace = false;
        }
      } else if (child.nodeType === 1 && !hidden(child as Element)) {
        const block = blocks.includes((child as Element).tagName.toUpperCase());
        const at = () => pushSpace(Math.max(nodes.length - 1, 0), nodes.length ? nodes[nodes.length - 1].data.length : 0);
        if (block) at();
        walk(child);
        if (block) at();
      }
    }
  };
  walk(root);
  return { folded: chars.join(''), node: Int32Array.from(node), offset: Int32Array.from(offset), nodes };
}

describe('indexText matches the per-character reference', () => {
  test('isSpaceCode agrees with /\\s/ on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  // Text with the characters the folding treats specially: ASCII and non-ASCII capitals, a
  // capital whose lowercase is longer (İ), final-sigma Σ, curly marks, dashes, odd spaces, an
  // astral letter (a surrogate pair) and a lone surrogate.
  const CHARS = ['a', 'Z', ' ', '\n', '\t', '\u00A0', '\u2009', '\u3000', '\uFEFF', 'É', 'İ', 'Σ', 'ß', '“', '’', '—', '𐐀', '\uD800', '.', '7'];
  const odd = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((cs) => cs.join(''));
  // Text that takes the one-to-one path: words of printable ASCII, single spaces, maybe one at an end.
  const plain = fc.tuple(fc.constantFrom('', ' '), fc.array(fc.constantFrom('We', 'BUILD', 'it,', '"x"', "don't", '5'), { minLength: 1, maxLength: 4 }), fc.constantFrom('', ' '))
    .map(([a, words, b]) => a + words.join(' ') + b);
  const text = fc.oneof(odd, plain);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const fragment: fc.Memo<string> = fc.memo((depth) =>
    depth <= 1
      ? text.map(escape)
      : fc.array(
          fc.oneof(
            text.map(escape),
            fc.tuple(fc.constantFrom('p', 'em', 'div', 'span', 'br', 'li', 'script', 'b'), fragment(depth - 1), fc.constantFrom('', ' hidden', ' style="display:none"', ' style="color:red"', ' aria-hidden="true"'))
              .map(([tag, inner, attr]) => (tag === 'br' ? '<br>' : `<${tag}${attr}>${inner}</${tag}>`)),
          ),
          { maxLength: 4 },
        ).map((xs) => xs.join('')),
  );

  test('same folded text and the same map back to the DOM, on random markup', () => {
    fc.assert(
      fc.property(fragment(4), (html) => {
        const root = page(html);
        const fast = indexText(root);
        const ref = referenceIndex(root);
        expect(fast.folded).toBe(ref.folded);
        expect(fast.nodes).toEqual(ref.nodes);
        const positions = Array.from({ length: fast.folded.length }, (_c, i) => positionAt(fast, i)); // per UTF-16 unit
        expect(positions).toEqual(Array.from(ref.node, (n, i) => [n, ref.offset[i]]));
      }),
      { numRuns: 300 },
    );
  });
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
