/**
 * The order the popup and side panel list quotes in, from the verdict model (utils/report/verdicts):
 * kinds that outrank flags, then flagged quotes, then the other kinds. A flag moves a quote up
 * without changing what its chip says. Pure.
 */
import { assessReport, FLAGS, VERDICT_DEFINITIONS, VERDICTS, type Assessment } from '@/utils/report/verdicts';
import type { QuoteReport } from '@/utils/types';

/** Verdicts listed before any flagged quote (altered words), most serious first. */
const ABOVE_FLAGS = VERDICTS.filter((v) => VERDICT_DEFINITIONS[v].outranksFlags);

/**
 * Where a quote goes in the popup, lower first: altered words, then any flag (in FLAGS order),
 * then the other kinds in VERDICTS order. Flags move a quote up without changing what its chip says.
 */
export function importanceRank({ verdict, flags }: Assessment): number {
  const above = ABOVE_FLAGS.indexOf(verdict);
  if (above >= 0) return above;
  const flag = FLAGS.findIndex((f) => flags.includes(f));
  if (flag >= 0) return ABOVE_FLAGS.length + flag;
  return ABOVE_FLAGS.length + FLAGS.length + VERDICTS.indexOf(verdict);
}

/** Reports most important first; ties by kind, then the article's reading order (by quote start). */
export function orderQuoteReports(reports: readonly QuoteReport[]): QuoteReport[] {
  return reports
    .map((report) => {
      const a = assessReport(report);
      return { report, rank: importanceRank(a), kind: VERDICTS.indexOf(a.verdict) };
    })
    .sort((a, b) => a.rank - b.rank || a.kind - b.kind || a.report.quote.start - b.report.quote.start)
    .map((r) => r.report);
}
