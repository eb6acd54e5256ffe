/**
 * The index cache in parts (CoverageIndex.toParts, TermPostings.supply): an index loaded without
 * its postings' data answers exactly as the whole index once the parts it reaches are supplied,
 * a check's plan reaches no list outside `planTerms`, and a part that does not fit is refused.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { CoverageIndex, indexTerms } from '@/utils/index/coverage-index';
import { MissingPartError, TermPostings } from '@/utils/index/term-postings';
import { MalformedVarintsError } from '@/utils/index/varint-string';
import { planComparison, planTerms } from '@/utils/report/compare-article';
import type { Quote, StoredArticle } from '@/utils/types';
import { ALL, article } from '../../golden/coverage/articles';

function indexOf(articles: readonly StoredArticle[]): CoverageIndex {
  const index = new CoverageIndex();
  for (const a of articles) index.add(a);
  return index;
}

/** Runs `query` on `index`, supplying each part it reaches from `parts`; the answer and the parts supplied after the first try. */
function withParts<T>(index: CoverageIndex, parts: readonly string[], query: () => T): { answer: T; late: number[] } {
  const late: number[] = [];
  for (;;) {
    try {
      return { answer: query(), late };
    } catch (err) {
      if (!(err instanceof MissingPartError)) throw err;
      late.push(err.part);
      index.supplyPart(err.part, parts[err.part]);
    }
  }
}

const quoteOf = (text: string): Quote => ({ text, start: 0, end: text.length, parts: [{ start: 0, end: text.length }], speaker: null, cue: 'said', speakerMention: null, speakerNamedAt: null, fragment: false });

describe('TermPostings in parts', () => {
  const whole = new TermPostings();
  const terms = ['brine', 'ferry', 'harbour', 'oyster', 'tundra', 'walrus'];
  for (let id = 0; id < 40; id++) whole.add(id, terms.filter((_, j) => (id + j) % (j + 2) === 0));
  const listOf = (p: TermPostings, t: string) => {
    const l = p.list(t)!;
    return [...l.ids.subarray(0, l.n)];
  };

  const sizes = (() => {
    const { starts } = whole.toJSON();
    return [...starts.subarray(1)].map((end, k) => end - starts[k]);
  })();
  test.each<[string, number, (n: number) => boolean]>([
    ['one block a part', 1, (n) => n === 6],
    ['two blocks or more a part', 2 * Math.max(...sizes), (n) => n > 1 && n < 6],
    ['every block in one part', 100_000, (n) => n === 1],
  ])('%s: frequencies without parts, lists once supplied, the same as the whole', (_name, units, count) => {
    const { json, parts } = whole.toParts(units);
    expect(count(parts.length)).toBe(true);
    expect(parts.join('')).toBe(whole.toJSON().data);
    const loaded = TermPostings.load(json);
    for (const t of terms) expect(loaded.df(t)).toBe(whole.df(t));
    expect(loaded.missingParts()).toEqual([...parts.keys()]);
    const [part] = loaded.missingParts(['oyster']);
    expect(() => loaded.list('oyster')).toThrow(MissingPartError);
    expect(() => loaded.seeker('oyster')).toThrow(expect.objectContaining({ part }));
    loaded.supply(part, parts[part]);
    expect(loaded.missingParts(['oyster', 'absent'])).toEqual([]);
    expect(listOf(loaded, 'oyster')).toEqual(listOf(whole, 'oyster'));
    parts.forEach((text, p) => loaded.supply(p, text));
    for (const t of terms) expect(listOf(loaded, t)).toEqual(listOf(whole, t));
    expect(loaded.toJSON()).toEqual(whole.toJSON());
  });

  test.each<[string, (parts: string[]) => [number, string]]>([
    ['a part of another length', (parts) => [0, parts[0].slice(1)]],
    ['a part holding other counts', (parts) => [1, String.fromCharCode(parts[1].charCodeAt(0) + 1) + parts[1].slice(1)]],
    ['a part ending inside a number', (parts) => [2, parts[2].slice(0, -1) + String.fromCharCode(0x4001)]],
    ['a part number past the last', (parts) => [parts.length, parts[0]]],
  ])('refuses %s (a damaged cache: rebuilt)', (_name, spoil) => {
    const { json, parts } = whole.toParts(1);
    const loaded = TermPostings.load(json);
    const [p, text] = spoil(parts);
    expect(() => loaded.supply(p, text)).toThrow(MalformedVarintsError);
  });

  test.each<[string, (first: Int32Array) => Int32Array]>([
    ['parts out of order', (first) => Int32Array.of(0, 3, 2, first[first.length - 1])],
    ['parts short of the last block', (first) => first.slice(0, -1)],
    ['parts not from the first block', (first) => Int32Array.of(1, ...first.slice(1))],
  ])('a head with %s does not load', (_name, spoil) => {
    const { json } = whole.toParts(1);
    expect(() => TermPostings.load({ ...json, parts: { ...json.parts!, first: spoil(json.parts!.first) } })).toThrow(MalformedVarintsError);
  });

  test('a head with data beside its parts does not load', () => {
    const { json, parts } = whole.toParts(1);
    expect(() => TermPostings.load({ ...json, data: parts.join('') })).toThrow(MalformedVarintsError);
  });
});

describe('an index loaded from parts answers as the whole index (property)', () => {
  const word = fc.constantFrom('harbour', 'vote', 'brine', 'stadium', 'minerals', 'ortiz', 'ferry', 'council', 'water', 'budget', 'kelp', 'fjord');
  const sentence = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => `${ws.join(' ')}.`);
  const body = fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join(' ')), { minLength: 1, maxLength: 4 });
  const library = fc.array(body, { minLength: 1, maxLength: 12 }).map((bodies) =>
    bodies.map((paragraphs, i) => article({ id: `a${i}`, outlet: `Outlet ${i % 4}`, title: `a${i}`, date: null, paragraphs })));

  test('candidates, related coverage and search, with parts supplied as reached; a plan reaches none beyond planTerms', () => {
    fc.assert(
      fc.property(library, body, fc.array(fc.array(word, { minLength: 2, maxLength: 8 }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 64 }),
        (saved, page, quoteWords, units) => {
          const whole = indexOf([...ALL, ...saved]);
          const { json, parts } = whole.toParts(units);
          const current = article({ id: 'page', outlet: 'Page outlet', title: 'page', date: null, paragraphs: page });
          const quotes = quoteWords.map((ws) => quoteOf(ws.join(' ')));
          const expected = planComparison(current, quotes, whole);

          // A check loads its terms' parts first and reaches no other.
          const foreseen = CoverageIndex.load(json)!;
          for (const p of foreseen.missingParts(planTerms(current, quotes, foreseen))) foreseen.supplyPart(p, parts[p]);
          const planned = withParts(foreseen, parts, () => planComparison(current, quotes, foreseen));
          expect(planned.late).toEqual([]);
          expect(planned.answer).toEqual(expected);

          // With no part loaded first, each query still answers as the whole index.
          const bare = CoverageIndex.load(json)!;
          expect(withParts(bare, parts, () => planComparison(current, quotes, bare)).answer).toEqual(expected);
          expect(withParts(bare, parts, () => bare.searchArticles(indexTerms(quoteWords[0].join(' ')))).answer).toEqual(whole.searchArticles(indexTerms(quoteWords[0].join(' '))));
        }),
      { numRuns: 200 },
    );
  });

  test('an index with every part supplied caches as the whole index did', () => {
    const whole = indexOf(ALL);
    const { json, parts } = whole.toParts(32);
    expect(parts.length).toBeGreaterThan(1);
    const loaded = CoverageIndex.load(json)!;
    expect(() => loaded.toJSON()).toThrow(MissingPartError);
    parts.forEach((text, p) => loaded.supplyPart(p, text));
    expect(loaded.missingParts()).toEqual([]);
    expect(loaded.toJSON()).toEqual(whole.toJSON());
  });
});
