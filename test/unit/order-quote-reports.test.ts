import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  countVerdicts,
  matchVerdict,
  orderQuoteReports,
  reportVerdict,
  VERDICTS,
  type Verdict,
} from '@/utils/order-quote-reports';
import type { MatchKind } from '@/utils/types';
import { makeMatch, makeReport } from './quote-report-builders';

describe('matchVerdict', () => {
  test.each<[string, Parameters<typeof makeMatch>, Verdict]>([
    ['plain verbatim', ['verbatim'], 'verbatim'],
    ['plain paraphrase', ['paraphrase'], 'paraphrase'],
    ['plain partial', ['partial'], 'partial'],
    ['altered beats a conflict', ['altered', { speakerConflict: true }], 'altered'],
    ['conflict beats the kind', ['verbatim', { speakerConflict: true }], 'conflict'],
    ['meaning change beats the kind', ['paraphrase', { meaningChanges: ['not'] }], 'meaning'],
    ['conflict beats meaning', ['partial', { speakerConflict: true, meaningChanges: ['3'] }], 'conflict'],
  ])('%s', (_name, args, expected) => {
    expect(matchVerdict(makeMatch(...args))).toBe(expected);
  });
});

describe('reportVerdict', () => {
  test.each<[string, MatchKind[], Verdict]>([
    ['no matches is only-here', [], 'only-here'],
    ['worst of several', ['verbatim', 'paraphrase', 'partial'], 'paraphrase'],
    ['altered anywhere wins', ['verbatim', 'altered'], 'altered'],
  ])('%s', (_name, kinds, expected) => {
    expect(reportVerdict(makeReport('q', 0, kinds.map((k) => makeMatch(k))))).toBe(expected);
  });
});

describe('orderQuoteReports', () => {
  test('most important first, reading order within a verdict', () => {
    const reports = [
      makeReport('only here', 0, []),
      makeReport('verbatim late', 90, [makeMatch('verbatim')]),
      makeReport('paraphrase', 50, [makeMatch('paraphrase')]),
      makeReport('verbatim early', 10, [makeMatch('verbatim')]),
      makeReport('meaning', 70, [makeMatch('verbatim', { meaningChanges: ['not'] })]),
      makeReport('altered', 99, [makeMatch('altered')]),
      makeReport('conflict', 30, [makeMatch('partial', { speakerConflict: true })]),
      makeReport('partial', 20, [makeMatch('partial')]),
    ];
    expect(orderQuoteReports(reports).map((r) => r.quote.text)).toEqual([
      'altered',
      'conflict',
      'meaning',
      'paraphrase',
      'partial',
      'verbatim early',
      'verbatim late',
      'only here',
    ]);
  });

  test('does not mutate its input', () => {
    const reports = [makeReport('a', 5, []), makeReport('b', 1, [makeMatch('altered')])];
    orderQuoteReports(reports);
    expect(reports.map((r) => r.quote.text)).toEqual(['a', 'b']);
  });

  const kindArb = fc.constantFrom<MatchKind>('verbatim', 'partial', 'altered', 'paraphrase');
  const reportArb = fc
    .tuple(fc.nat(1000), fc.array(fc.tuple(kindArb, fc.boolean(), fc.boolean()), { maxLength: 3 }))
    .map(([start, ms]) =>
      makeReport(`q${start}`, start, ms.map(([k, c, m]) => makeMatch(k, { speakerConflict: c, meaningChanges: m ? ['not'] : [] }))),
    );

  test('property: a permutation whose verdict ranks never decrease', () => {
    fc.assert(
      fc.property(fc.array(reportArb, { maxLength: 20 }), (reports) => {
        const ordered = orderQuoteReports(reports);
        expect(new Set(ordered)).toEqual(new Set(reports));
        expect(ordered).toHaveLength(reports.length);
        const ranks = ordered.map((r) => VERDICTS.indexOf(reportVerdict(r)));
        for (let i = 1; i < ranks.length; i++) expect(ranks[i]).toBeGreaterThanOrEqual(ranks[i - 1]);
      }),
    );
  });
});

test('countVerdicts counts every quote once under its verdict', () => {
  const counts = countVerdicts([
    makeReport('a', 0, []),
    makeReport('b', 1, [makeMatch('verbatim')]),
    makeReport('c', 2, [makeMatch('verbatim'), makeMatch('altered')]),
    makeReport('d', 3, []),
  ]);
  expect(counts).toEqual({
    altered: 1, conflict: 0, meaning: 0, paraphrase: 0, partial: 0, verbatim: 1, 'only-here': 2,
  });
});
