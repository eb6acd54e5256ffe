/**
 * The one place that says what a reader is told about a quote: its verdict (always a kind:
 * verbatim, partial, altered, paraphrase, or only-here), the flags shown beside it (speaker
 * conflict, meaning change), their labels, and the order the popup lists quotes in. A flag never
 * replaces the kind. Pure; shared by the popup (chips, header counts, card order), the page
 * highlighter (colour per kind, a marker per flag), the hover card, the badge and the CLI text.
 */
import type { DiffOp, MatchKind, QuoteMatch, QuoteReport } from '@/utils/types';

/** A quote's kind as the reader sees it: the most serious kind among its matches, or only-here. */
export type Verdict = MatchKind | 'only-here';

/** Most serious first: the order the header lists its counts in and the kind a quote is shown as. */
export const VERDICTS: readonly Verdict[] = ['altered', 'paraphrase', 'partial', 'verbatim', 'only-here'];

/** Reader-facing names, shared by the popup chip, the header and the hover card. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  altered: 'Altered',
  paraphrase: 'Paraphrased',
  partial: 'Partial',
  verbatim: 'Verbatim',
  'only-here': 'Only here',
};

/** A finding shown beside the kind, never instead of it. */
export type Flag = 'speaker-conflict' | 'meaning-change';

/** Most important first: the order flags are listed and ranked in. */
export const FLAGS: readonly Flag[] = ['speaker-conflict', 'meaning-change'];

export const FLAG_LABELS: Record<Flag, string> = {
  'speaker-conflict': 'Speaker conflict',
  'meaning-change': 'Meaning change',
};

/** A journalist's marked edit in a word diff, named in words wherever the diff is shown. */
export const EDIT_LABELS: Record<NonNullable<DiffOp['edit']>, string> = {
  insertion: "editor's insertion",
  substitution: "editor's substitution",
  cut: 'cut (…)',
};

/** What the reader is told about one quote (or one match): its kind and the flags beside it. */
export interface Assessment {
  verdict: Verdict;
  /** In FLAGS order, no repeats; empty when nothing is flagged. */
  flags: Flag[];
}

/** One match's verdict: its kind, whatever it is flagged with. */
export function matchVerdict(match: QuoteMatch): Verdict {
  return match.kind;
}

/** One match's flags, in FLAGS order. */
export function matchFlags(match: QuoteMatch): Flag[] {
  const raised: Record<Flag, boolean> = {
    'speaker-conflict': match.speakerConflict,
    'meaning-change': match.meaningChanges.length > 0,
  };
  return FLAGS.filter((f) => raised[f]);
}

/** The most serious kind over all of a report's matches; 'only-here' when it has none. */
export function reportVerdict(report: QuoteReport): Verdict {
  let best: Verdict = 'only-here';
  for (const m of report.matches) {
    if (VERDICTS.indexOf(m.kind) < VERDICTS.indexOf(best)) best = m.kind;
  }
  return best;
}

/** Every flag raised by any of a report's matches, in FLAGS order. */
export function reportFlags(report: QuoteReport): Flag[] {
  const raised = new Set(report.matches.flatMap(matchFlags));
  return FLAGS.filter((f) => raised.has(f));
}

export function assessReport(report: QuoteReport): Assessment {
  return { verdict: reportVerdict(report), flags: reportFlags(report) };
}

export function assessMatch(match: QuoteMatch): Assessment {
  return { verdict: matchVerdict(match), flags: matchFlags(match) };
}

/** "Partial · Speaker conflict": the kind first, then each flag; for text and aria labels. */
export function assessmentLabel({ verdict, flags }: Assessment, separator = ' · '): string {
  return [VERDICT_LABELS[verdict], ...flags.map((f) => FLAG_LABELS[f])].join(separator);
}

/**
 * A quote the reader should look at: another outlet changed its words, only paraphrased it, or
 * raised a flag. The toolbar badge counts these; they come first in the popup.
 */
export function needsAttention(report: QuoteReport): boolean {
  const { verdict, flags } = assessReport(report);
  return verdict === 'altered' || verdict === 'paraphrase' || flags.length > 0;
}

/**
 * Where a quote goes in the popup, lower first: altered words, then any flag (in FLAGS order),
 * then the other kinds in VERDICTS order. Flags move a quote up without changing what its chip says.
 */
export function importanceRank({ verdict, flags }: Assessment): number {
  if (verdict === 'altered') return 0;
  const flag = FLAGS.findIndex((f) => flags.includes(f));
  if (flag >= 0) return 1 + flag;
  return 1 + FLAGS.length + VERDICTS.indexOf(verdict);
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

/** How many quotes have each verdict: every quote counted once, every verdict present. */
export function countVerdicts(reports: readonly QuoteReport[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const r of reports) counts[reportVerdict(r)] += 1;
  return counts;
}

/** How many quotes carry each flag (a quote can count under both), every flag present. */
export function countFlags(reports: readonly QuoteReport[]): Record<Flag, number> {
  const counts = Object.fromEntries(FLAGS.map((f) => [f, 0])) as Record<Flag, number>;
  for (const r of reports) for (const f of reportFlags(r)) counts[f] += 1;
  return counts;
}
