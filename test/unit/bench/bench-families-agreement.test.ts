/**
 * The families' check against the pairwise matcher (bin/bench/bench-families-agreement): each
 * disagreement's cause and verdict, and the two places `familyAt` names another family for though
 * the quote's family holds them (made-up articles).
 */
import { describe, expect, test } from 'vitest';
import { articleTextFromLines } from '@/utils/article/article-text';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { QuoteFamilies } from '@/utils/families/quote-families';
import { english } from '@/utils/language/en';
import { findQuotes } from '@/utils/quotes/find-quotes';
import type { StoredArticle } from '@/utils/types';
import { parseBenchArgs } from '../../../bin/bench/bench';
import { disagreementOf, familiesAgreement, holdsPlace, verdictOf, type Disagreement, type Placed } from '../../../bin/bench/bench-families-agreement';

const at = (kind: Placed['kind'], start: number, end: number): Placed => ({ kind, start, end });

describe('disagreementOf', () => {
  test.each([
    { name: 'the same rendering in the quote\'s family', mine: at('verbatim', 10, 20), node: true, listed: true, place: 'same', cause: null },
    { name: 'no node for the quote', mine: undefined, node: false, listed: true, place: 'none', cause: 'no quote node' },
    { name: 'an excerpt the family never aligned', mine: undefined, node: true, listed: false, place: 'none', cause: 'not in the family (excerpt)' },
    { name: 'a listed article the family never aligned', mine: undefined, node: true, listed: true, place: 'none', cause: 'not in the family (list)' },
    { name: 'aligned, nothing found', mine: null, node: true, listed: true, place: 'same', cause: 'no rendering in the family' },
    { name: 'another span', mine: at('verbatim', 10, 25), node: true, listed: true, place: 'same', cause: 'other place' },
    { name: 'another kind', mine: at('partial', 10, 20), node: true, listed: true, place: 'same', cause: 'other kind' },
    { name: 'another family at the place', mine: at('verbatim', 10, 20), node: true, listed: true, place: { key: 3 }, cause: 'other family' },
    { name: 'no family at the place', mine: at('verbatim', 10, 20), node: true, listed: true, place: 'none', cause: 'other family' },
  ] as const)('$name', ({ mine, node, listed, place, cause }) => {
    expect(disagreementOf(at('verbatim', 10, 20), mine, node, listed, place)).toBe(cause);
  });
});

describe('verdictOf', () => {
  test.each([
    { cause: 'other family', holds: true, verdict: 'by design' },
    { cause: 'other family', holds: false, verdict: 'family wrong' },
    { cause: 'not in the family (excerpt)', holds: true, verdict: 'by design' },
    { cause: 'not in the family (excerpt)', holds: false, verdict: 'excerpt not taken' },
    { cause: 'not in the family (list)', holds: true, verdict: 'family wrong' },
    { cause: 'other kind', holds: true, verdict: 'family wrong' },
    { cause: 'other place', holds: true, verdict: 'family wrong' },
    { cause: 'no rendering in the family', holds: false, verdict: 'family wrong' },
    { cause: 'no quote node', holds: false, verdict: 'family wrong' },
  ] as const)('$cause, held: $holds → $verdict', ({ cause, holds, verdict }) => {
    expect(verdictOf(cause, holds)).toBe(verdict);
  });
});

describe('holdsPlace', () => {
  const quote = (id: string, parts: Array<[number, number]>) => ({ article: { id }, quote: { parts: parts.map(([start, end]) => ({ start, end })) } });
  const family = {
    nodes: [quote('b', [[100, 150]]), quote('b', [[200, 260]])],
    passages: [{ article: { id: 'c' }, start: 40, end: 80 }],
  } as unknown as Parameters<typeof holdsPlace>[0];
  test.each([
    { name: 'a rendering over two of its quotes, its middle between them', m: { articleId: 'b', start: 100, end: 260 }, holds: true },
    { name: 'a rendering inside one of its quotes', m: { articleId: 'b', start: 210, end: 250 }, holds: true },
    { name: 'a rendering between its quotes only', m: { articleId: 'b', start: 150, end: 200 }, holds: false },
    { name: 'its passage', m: { articleId: 'c', start: 50, end: 70 }, holds: true },
    { name: 'the same offsets in another article', m: { articleId: 'd', start: 50, end: 70 }, holds: false },
  ])('$name', ({ m, holds }) => {
    expect(holdsPlace(family, m)).toBe(holds);
  });
});

function saved(id: string, outlet: string, lines: string[], savedAt: number): StoredArticle {
  const body = articleTextFromLines(lines.join('\n\n'));
  return { id, url: `https://example.test/${id}`, outlet, title: id, date: '2026-03-01', byline: null, lang: null, ...body, quotes: findQuotes(body, english), savedAt };
}

/** The check and the families over made-up articles, every article sampled. */
function agreementOf(articles: StoredArticle[]) {
  const index = new CoverageIndex();
  for (const a of articles) index.add(a);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const resolve = (id: string) => byId.get(id);
  return familiesAgreement(QuoteFamilies.build(index, articles, resolve), index, resolve, articles);
}

const FIRST = 'The harbour bridge will reopen to traffic before the winter storms arrive in the valley';
const SECOND = 'Our cooperative has doubled the wheat harvest across the northern provinces this season';

describe('familiesAgreement', () => {
  test('a rendering across two quotes of the other article, its middle in the attribution between them, is held by the family: by design', () => {
    const got = agreementOf([
      saved('a', 'Harbour Post', [`“${FIRST}. ${SECOND},” Mara Lindqvist said on Tuesday.`], 0),
      saved('b', 'Valley Times', [`“${FIRST},” Mara Lindqvist, the cooperative's chair for the past eleven years, told reporters in the town hall on Tuesday afternoon. “${SECOND}.”`], 1),
    ]);
    const across = got.disagreements.filter((d: Disagreement) => d.article === 'a' && d.other === 'b');
    expect(across.length).toBeGreaterThan(0);
    for (const d of across) expect([d.cause, d.place, d.holds, d.verdict]).toEqual(['other family', 'none', true, 'by design']);
    expect(got.verdicts['family wrong']).toBe(0);
  });

  test('a passage two families render (same-outlet quotes never compared with each other): the later family holds it too, by design', () => {
    const got = agreementOf([
      saved('a1', 'Harbour Post', [`“${FIRST},” Mara Lindqvist said on Tuesday.`], 0),
      saved('a2', 'Harbour Post', [`Officials met on Monday. “${FIRST},” Mara Lindqvist said again.`], 1),
      saved('c', 'Coastal Wire', [`Mara Lindqvist said that the harbour bridge will reopen to traffic before the winter storms arrive in the valley.`], 2),
    ]);
    const later = got.disagreements.filter((d: Disagreement) => d.article === 'a2' && d.other === 'c');
    expect(later).toHaveLength(1);
    expect([later[0].cause, later[0].holds, later[0].verdict]).toEqual(['other family', true, 'by design']);
    expect(got.disagreements.filter((d: Disagreement) => d.article === 'a1')).toEqual([]);
  });
});

describe('--families-disagreements', () => {
  test.each([
    { args: ['--families-only'], file: null },
    { args: ['--families-only', '--families-disagreements', '/tmp/d.jsonl'], file: '/tmp/d.jsonl' },
  ])('$args', ({ args, file }) => {
    expect(parseBenchArgs(args).familiesDisagreements).toBe(file);
  });

  test('without a file it is refused', () => {
    expect(() => parseBenchArgs(['--families-disagreements'])).toThrow(/families-disagreements <file>/);
  });
});
