/** The shape every evidence export lays out: the popup's verdicts, order and labels, safe links. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatDiff } from '../../../bin/cli/format-report';
import { buildEvidence, diffSegments, diffText, summaryLine } from '@/utils/evidence/evidence-model';
import { orderQuoteReports } from '@/utils/report/order-quote-reports';
import { assessmentLabel, assessReport } from '@/utils/report/verdicts';
import type { DiffOp } from '@/utils/types';
import { fixtureReports, makeArticle, TEXT } from '../../support/evidence-fixtures';
import { makeMatch, makeReport } from '../../support/quote-report-builders';

describe('buildEvidence', () => {
  const reports = fixtureReports();
  const evidence = buildEvidence(makeArticle(), reports);

  test('quotes come in the popup order, each with the popup label', () => {
    expect(evidence.quotes.map((q) => q.text)).toEqual(orderQuoteReports(reports).map((r) => r.quote.text));
    for (const q of evidence.quotes) {
      const report = reports.find((r) => r.quote.text === q.text)!;
      expect(q.label).toBe(assessmentLabel(assessReport(report)));
    }
  });

  test.each([
    ['an http(s) match gets a text fragment link', 'gazette', /^https:\/\/gazette\.example\/story#:~:text=/],
    ['a javascript: URL never becomes a link', 'evil', null],
  ])('%s', (_name, id, link) => {
    const version = evidence.quotes.flatMap((q) => q.versions).find((v) => v.articleId === id)!;
    if (link === null) {
      expect(version.link).toBeNull();
      expect(version.url).toBe('');
    } else expect(version.link).toMatch(link);
  });

  test('each quote link finds its words in the article, a split quote with its attribution', () => {
    for (const q of evidence.quotes) {
      const directive = q.link!.split('#:~:text=')[1];
      for (const piece of directive.split(',')) expect(TEXT).toContain(decodeURIComponent(piece));
    }
  });

  test.each([
    ['an http URL is kept', 'https://ledger.example/a', 'https://ledger.example/a'],
    ['a local file has none', '', ''],
    ['a data: URL is dropped', 'data:text/html,<b>x</b>', ''],
  ])('article URL: %s', (_name, url, expected) => {
    expect(buildEvidence(makeArticle({ url }), reports).quotes[0].article.url).toBe(expected);
  });

  test('save times come from the caller, by id', () => {
    const saved = buildEvidence(makeArticle(), reports, { id: 'me', savedAt: (id) => ({ me: 5, gazette: 7 })[id] });
    expect(saved.quotes.every((q) => q.article.savedAt === 5)).toBe(true);
    expect(saved.quotes.flatMap((q) => q.versions).map((v) => [v.articleId, v.savedAt])).toEqual(
      expect.arrayContaining([['gazette', 7], ['post', null]]),
    );
  });

  test('the summary counts every quote once', () => {
    expect(summaryLine(evidence)).toMatch(/^3 quotes: /);
    expect(summaryLine(buildEvidence(makeArticle(), [makeReport('x', 0, [makeMatch('verbatim')])]))).toBe('1 quote: 1 Verbatim');
  });
});

describe('diffText: the CLI readable diff, shared', () => {
  const op = (o: DiffOp['op'], text: string, edit?: DiffOp['edit']): DiffOp => ({ op: o, text, ...(edit ? { edit } : {}) });
  test.each<[string, DiffOp[]]>([
    ['plain changes', [op('equal', 'we will'), op('delete', 'ensure the'), op('insert', 'secure'), op('equal', 'supply')]],
    ['a substitution of two ops is one edit', [op('delete', 'he', 'substitution'), op('insert', '[Mr. Lee]', 'substitution'), op('equal', 'said')]],
    ['a cut shows its name, not the ellipsis', [op('equal', 'a'), op('insert', '…', 'cut'), op('equal', 'b')]],
    ['an insertion', [op('equal', 'x'), op('insert', '[and]', 'insertion')]],
  ])('%s', (_name, diff) => {
    expect(diffText(diff)).toBe(formatDiff(diff));
  });

  test('segments keep every op but a cut ellipsis, in order', () => {
    const opArb = fc.record({ op: fc.constantFrom<DiffOp['op']>('equal', 'delete', 'insert'), text: fc.string({ minLength: 1 }), edit: fc.option(fc.constantFrom<NonNullable<DiffOp['edit']>>('insertion', 'substitution'), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(opArb), (diff) => {
        const flat = diffSegments(diff).flatMap((s) => (s.edit === null ? [s.op] : s.ops));
        expect(flat).toEqual(diff);
      }),
    );
  });
});
