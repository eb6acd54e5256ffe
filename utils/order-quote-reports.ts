/**
 * How much a quote report matters to the reader, as one verdict per quote, and the order the
 * popup shows them in: quotes that other outlets changed come first, quotes only this outlet
 * carries come last. Pure; shared by the popup (card order, header counts) and the page
 * highlighter (one highlight colour per verdict).
 */
import type { QuoteMatch, QuoteReport } from '@/utils/types';

/** A quote's overall verdict: the most serious finding among its matches. */
export type Verdict =
  | 'altered'
  | 'conflict'
  | 'meaning'
  | 'paraphrase'
  | 'partial'
  | 'verbatim'
  | 'only-here';

/** Most important first; also the order the header lists its counts in. */
export const VERDICTS: readonly Verdict[] = [
  'altered',
  'conflict',
  'meaning',
  'paraphrase',
  'partial',
  'verbatim',
  'only-here',
];

/** Reader-facing names, shared by the popup chip, the header and the hover card. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  altered: 'Altered',
  conflict: 'Speaker conflict',
  meaning: 'Meaning change',
  paraphrase: 'Paraphrased',
  partial: 'Partial',
  verbatim: 'Verbatim',
  'only-here': 'Only here',
};

/** One match's verdict: its kind, unless a flag (altered words, other speaker, meaning) outranks it. */
export function matchVerdict(match: QuoteMatch): Verdict {
  if (match.kind === 'altered') return 'altered';
  if (match.speakerConflict) return 'conflict';
  if (match.meaningChanges.length > 0) return 'meaning';
  return match.kind;
}

/** The most important verdict over all of a report's matches; 'only-here' when it has none. */
export function reportVerdict(report: QuoteReport): Verdict {
  let best: Verdict = 'only-here';
  for (const m of report.matches) {
    const v = matchVerdict(m);
    if (VERDICTS.indexOf(v) < VERDICTS.indexOf(best)) best = v;
  }
  return best;
}

/** Reports most important first; ties keep the article's reading order (by quote start). */
export function orderQuoteReports(reports: readonly QuoteReport[]): QuoteReport[] {
  return reports
    .map((report) => ({ report, rank: VERDICTS.indexOf(reportVerdict(report)) }))
    .sort((a, b) => a.rank - b.rank || a.report.quote.start - b.report.quote.start)
    .map((r) => r.report);
}

/** How many quotes have each verdict (every verdict present, zero when none). */
export function countVerdicts(reports: readonly QuoteReport[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const r of reports) counts[reportVerdict(r)] += 1;
  return counts;
}
