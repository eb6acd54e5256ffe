import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { importanceRank, orderQuoteReports } from '@/utils/report/order-quote-reports';
import {
  assessMatch,
  assessmentLabel,
  assessReport,
  countFlags,
  countVerdicts,
  FLAGS,
  needsAttention,
  VERDICTS,
  type Assessment,
} from '@/utils/report/verdicts';
import type { MatchKind } from '@/utils/types';
import { makeMatch, makeReport } from '../../support/quote-report-builders';

describe('assessMatch: the kind always, flags beside it', () => {
  test.each<[string, Parameters<typeof makeMatch>, Assessment]>([
    ['plain verbatim', ['verbatim'], { verdict: 'verbatim', flags: [] }],
    ['plain paraphrase', ['paraphrase'], { verdict: 'paraphrase', flags: [] }],
    ['a flagged partial is still partial', ['partial', { speakerConflict: true }], { verdict: 'partial', flags: ['speaker-conflict'] }],
    ['altered with a conflict', ['altered', { speakerConflict: true }], { verdict: 'altered', flags: ['speaker-conflict'] }],
    ['a meaning change on a paraphrase', ['paraphrase', { meaningChanges: ['not'] }], { verdict: 'paraphrase', flags: ['meaning-change'] }],
    ['both flags, in FLAGS order', ['verbatim', { meaningChanges: ['3'], speakerConflict: true }], { verdict: 'verbatim', flags: ['speaker-conflict', 'meaning-change'] }],
  ])('%s', (_name, args, expected) => {
    expect(assessMatch(makeMatch(...args))).toEqual(expected);
  });
});

describe('assessReport: the most serious kind, every flag of any match', () => {
  test.each<[string, Parameters<typeof makeMatch>[], Assessment]>([
    ['no matches is only-here', [], { verdict: 'only-here', flags: [] }],
    ['worst of several kinds', [['verbatim'], ['paraphrase'], ['partial']], { verdict: 'paraphrase', flags: [] }],
    ['altered anywhere wins', [['verbatim'], ['altered']], { verdict: 'altered', flags: [] }],
    ['a flag on the milder match still shows', [['partial'], ['verbatim', { speakerConflict: true }]], { verdict: 'partial', flags: ['speaker-conflict'] }],
    ['flags from two matches, once each', [['partial', { meaningChanges: ['not'] }], ['partial', { speakerConflict: true, meaningChanges: ['never'] }]], { verdict: 'partial', flags: ['speaker-conflict', 'meaning-change'] }],
  ])('%s', (_name, matches, expected) => {
    expect(assessReport(makeReport('q', 0, matches.map((m) => makeMatch(...m))))).toEqual(expected);
  });
});

test.each<[Assessment, string, string]>([
  [{ verdict: 'partial', flags: ['speaker-conflict'] }, ' · ', 'Partial · Speaker conflict'],
  [{ verdict: 'verbatim', flags: [] }, ' · ', 'Verbatim'],
  [{ verdict: 'altered', flags: ['speaker-conflict', 'meaning-change'] }, ', ', 'Altered, Speaker conflict, Meaning change'],
])('assessmentLabel(%j) names the kind first', (a, sep, expected) => {
  expect(assessmentLabel(a, sep)).toBe(expected);
});

describe('needsAttention (the badge count)', () => {
  test.each<[string, Parameters<typeof makeMatch>[], boolean]>([
    ['only here', [], false],
    ['verbatim', [['verbatim']], false],
    ['partial', [['partial']], false],
    ['altered', [['altered']], true],
    ['paraphrase', [['paraphrase']], true],
    ['a flagged verbatim', [['verbatim', { speakerConflict: true }]], true],
    ['a partial with a meaning change', [['partial', { meaningChanges: ['not'] }]], true],
  ])('%s → %s', (_name, matches, expected) => {
    expect(needsAttention(makeReport('q', 0, matches.map((m) => makeMatch(...m))))).toBe(expected);
  });
});

describe('orderQuoteReports', () => {
  test('altered, then flagged (by flag, then kind), then the other kinds; reading order within', () => {
    const reports = [
      makeReport('only here', 0, []),
      makeReport('verbatim late', 90, [makeMatch('verbatim')]),
      makeReport('paraphrase', 50, [makeMatch('paraphrase')]),
      makeReport('verbatim early', 10, [makeMatch('verbatim')]),
      makeReport('meaning on verbatim', 70, [makeMatch('verbatim', { meaningChanges: ['not'] })]),
      makeReport('altered', 99, [makeMatch('altered')]),
      makeReport('conflict on verbatim', 5, [makeMatch('verbatim', { speakerConflict: true })]),
      makeReport('conflict on partial', 30, [makeMatch('partial', { speakerConflict: true })]),
      makeReport('partial', 20, [makeMatch('partial')]),
    ];
    expect(orderQuoteReports(reports).map((r) => r.quote.text)).toEqual([
      'altered',
      'conflict on partial',
      'conflict on verbatim',
      'meaning on verbatim',
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

  test('property: a permutation whose importance never decreases, and every quote needing attention comes first', () => {
    fc.assert(
      fc.property(fc.array(reportArb, { maxLength: 20 }), (reports) => {
        const ordered = orderQuoteReports(reports);
        expect(new Set(ordered)).toEqual(new Set(reports));
        expect(ordered).toHaveLength(reports.length);
        const ranks = ordered.map((r) => importanceRank(assessReport(r)));
        for (let i = 1; i < ranks.length; i++) expect(ranks[i]).toBeGreaterThanOrEqual(ranks[i - 1]);
        const attention = ordered.map(needsAttention);
        expect(attention).toEqual([...attention].sort((a, b) => Number(b) - Number(a)));
      }),
    );
  });
});

test('countVerdicts counts every quote once under its kind; countFlags counts flagged quotes', () => {
  const reports = [
    makeReport('a', 0, []),
    makeReport('b', 1, [makeMatch('verbatim')]),
    makeReport('c', 2, [makeMatch('verbatim'), makeMatch('altered')]),
    makeReport('d', 3, []),
    makeReport('e', 4, [makeMatch('partial', { speakerConflict: true })]),
    makeReport('f', 5, [makeMatch('partial', { speakerConflict: true, meaningChanges: ['not'] })]),
  ];
  expect(countVerdicts(reports)).toEqual({ altered: 1, paraphrase: 0, partial: 2, verbatim: 1, 'only-here': 2 });
  expect(countFlags(reports)).toEqual({ 'speaker-conflict': 2, 'meaning-change': 1 });
  expect(Object.values(countVerdicts(reports)).reduce((a, b) => a + b)).toBe(reports.length);
});

test('verdicts are kinds only, flags are separate', () => {
  expect(VERDICTS).toEqual(['altered', 'paraphrase', 'partial', 'verbatim', 'only-here']);
  expect(FLAGS.some((f) => (VERDICTS as readonly string[]).includes(f))).toBe(false);
});
