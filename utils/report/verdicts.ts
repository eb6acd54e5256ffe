/**
 * The verdict model: the one place that says what a reader is told about a quote. Its verdict is
 * always a kind (a match kind, or only-here); flags (speaker conflict, meaning change) are shown
 * beside it, never instead. Everything that differs per kind lives in VERDICT_DEFINITIONS: order,
 * symbol, the CLI's name, the rules (same words, needs attention, outranks flags, closeness) and
 * the colours (one palette: UI ink for light and dark, the page highlight). The popup and side
 * panel (chips, cards, header counts), the page highlights, the hover card, the toolbar badge, the
 * CLI text, the evidence exports and the check's counts all derive from this file, and the per-kind
 * CSS is written from it (components/verdict-styles.ts): a new kind is one entry here.
 * Pure: no DOM, no browser API.
 */
import type { DiffOp, MatchKind, QuoteMatch, QuoteReport } from '@/utils/types';
import type { MessageKey } from '@/utils/i18n/translate';

/** A quote's kind as the reader sees it: the most serious kind among its matches, or only-here. */
export type Verdict = MatchKind | 'only-here';

/** A finding shown beside the kind, never instead of it. */
export type Flag = 'speaker-conflict' | 'meaning-change';

/** A colour for a light and for a dark background: the UI follows the system's colour scheme. */
export interface SchemeColour {
  light: string;
  dark: string;
}

/** The page highlight's underline: its style is the cue that tells kinds apart without colour. */
export interface HighlightMark {
  style: 'solid' | 'dashed' | 'dotted' | 'double';
  colour: string;
  /** Width in px of the fallback overlay's bottom border (the native highlight's is fixed). */
  width: number;
}

export interface VerdictDefinition {
  /** Drawn before the label so the chip reads without colour (hidden from screen readers). */
  symbol: string;
  /** The CLI's plain-text name: upper case so it stands out; not translated (scripts read it). */
  cliLabel: string;
  /** The kind promises the quote's own words: a version of it only renders differently if its diff shows a change. */
  sameWords: boolean;
  /** The toolbar badge counts quotes with this verdict, and the popup lists them before unflagged ones. */
  needsAttention: boolean;
  /** Listed before flagged quotes too: changed words matter more than any flag. */
  outranksFlags: boolean;
  /** Where a match of this kind is listed among a quote's versions, closest rendering first; null: no match has it. */
  closeness: number | null;
  /** Chip text and border, quote card edge: the CSS custom property --<verdict>. */
  ink: SchemeColour;
  /** Border style of the chip and the card edge, the non-colour cue in the popup. */
  line: 'solid' | 'dashed' | 'dotted';
  /** In the live page: a translucent background (reads on light and dark pages) and an underline (null: none). */
  highlight: { background: string; mark: HighlightMark | null };
}

/**
 * Every verdict, declared most serious first: VERDICTS is this order (the header's counts, the
 * kind a quote with several matches is shown as). Record<Verdict, …> makes a missing kind a type error.
 */
export const VERDICT_DEFINITIONS: Readonly<Record<Verdict, VerdictDefinition>> = {
  altered: {
    symbol: '≠',
    cliLabel: 'ALTERED',
    sameWords: false,
    needsAttention: true,
    outranksFlags: true,
    closeness: 2,
    ink: { light: '#b42318', dark: '#ff8a80' },
    line: 'solid',
    highlight: { background: 'rgba(235, 64, 52, 0.32)', mark: { style: 'double', colour: 'rgb(220, 40, 30)', width: 3 } },
  },
  paraphrase: {
    symbol: '≈',
    cliLabel: 'PARAPHRASE',
    sameWords: false,
    needsAttention: true,
    outranksFlags: false,
    closeness: 3,
    ink: { light: '#7a5d00', dark: '#f3d36b' },
    line: 'dashed',
    highlight: { background: 'rgba(240, 200, 20, 0.34)', mark: { style: 'dashed', colour: 'rgb(190, 150, 0)', width: 2 } },
  },
  partial: {
    symbol: '⊂',
    cliLabel: 'PARTIAL',
    sameWords: false,
    needsAttention: false,
    outranksFlags: false,
    closeness: 1,
    ink: { light: '#175cd3', dark: '#8ab4ff' },
    line: 'dotted',
    highlight: { background: 'rgba(60, 140, 240, 0.28)', mark: { style: 'dotted', colour: 'rgb(40, 110, 220)', width: 2 } },
  },
  verbatim: {
    symbol: '=',
    cliLabel: 'VERBATIM',
    sameWords: true,
    needsAttention: false,
    outranksFlags: false,
    closeness: 0,
    ink: { light: '#137333', dark: '#7fd69a' },
    line: 'solid',
    highlight: { background: 'rgba(40, 175, 95, 0.28)', mark: { style: 'solid', colour: 'rgb(30, 140, 70)', width: 1 } },
  },
  'only-here': {
    symbol: '•',
    cliLabel: 'ONLY HERE',
    sameWords: false,
    needsAttention: false,
    outranksFlags: false,
    closeness: null,
    ink: { light: '#555c68', dark: '#b3b9c4' },
    line: 'dotted',
    highlight: { background: 'rgba(140, 140, 150, 0.26)', mark: null },
  },
};

/** Most serious first (the declaration order above). */
export const VERDICTS: readonly Verdict[] = Object.keys(VERDICT_DEFINITIONS) as Verdict[];

const isMatchKind = (v: Verdict): v is MatchKind => VERDICT_DEFINITIONS[v].closeness !== null;

/** The match kinds, closest rendering first: the order a quote's versions are listed in (then by similarity). */
export const MATCH_KINDS: readonly MatchKind[] = VERDICTS.filter(isMatchKind).sort(
  (a, b) => VERDICT_DEFINITIONS[a].closeness! - VERDICT_DEFINITIONS[b].closeness!,
);

export interface FlagDefinition {
  symbol: string;
  /** Flag chip text and border: the CSS custom property --<flag>. */
  ink: SchemeColour;
}

/** Every flag, declared most important first: FLAGS is this order (listed and ranked so). */
export const FLAG_DEFINITIONS: Readonly<Record<Flag, FlagDefinition>> = {
  'speaker-conflict': { symbol: '⇄', ink: { light: '#8a2ba6', dark: '#e2a6f5' } },
  'meaning-change': { symbol: '!', ink: { light: '#a35200', dark: '#ffb870' } },
};

export const FLAGS: readonly Flag[] = Object.keys(FLAG_DEFINITIONS) as Flag[];

/** The page's mark over any flagged quote (a wavy overline, whichever flag: the hover card names it). */
export const FLAGGED_HIGHLIGHT_COLOUR = 'rgb(170, 50, 200)';

/**
 * A sentence of this article that renders another outlet's direct quote as indirect speech
 * ("paraphrased here", utils/report/reverse-coverage): no quote of ours, so no verdict; its page
 * highlight (teal, a dashed underline: a paraphrase, seen from the other side) and its panel ink.
 */
export const PARAPHRASED_HERE_PALETTE: Readonly<{ ink: SchemeColour; highlight: VerdictDefinition['highlight'] }> = {
  ink: { light: '#0f766e', dark: '#5eead4' },
  highlight: { background: 'rgba(20, 184, 166, 0.26)', mark: { style: 'dashed', colour: 'rgb(13, 128, 118)', width: 2 } },
};

/** The toolbar badge's background behind the count of quotes that need attention. */
export const ATTENTION_BADGE_COLOUR = '#8a3b12';

// Reader-facing words, kept together so they can become message keys.

/** Shared by the popup chip, the header, the hover card, the evidence exports and screen-reader summaries. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  altered: 'Altered',
  paraphrase: 'Paraphrased',
  partial: 'Partial',
  verbatim: 'Verbatim',
  'only-here': 'Only here',
};

export const FLAG_LABELS: Readonly<Record<Flag, string>> = {
  'speaker-conflict': 'Speaker conflict',
  'meaning-change': 'Meaning change',
};

/** The interface's words for the labels above (public/_locales): the CLI and evidence files keep English. */
export const VERDICT_MESSAGES: Readonly<Record<Verdict, MessageKey>> = {
  altered: 'verdictAltered',
  paraphrase: 'verdictParaphrase',
  partial: 'verdictPartial',
  verbatim: 'verdictVerbatim',
  'only-here': 'verdictOnlyHere',
};

export const FLAG_MESSAGES: Readonly<Record<Flag, MessageKey>> = {
  'speaker-conflict': 'flagSpeakerConflict',
  'meaning-change': 'flagMeaningChange',
};

/** A journalist's marked edit in a word diff, named in words wherever the diff is shown. */
export const EDIT_LABELS: Readonly<Record<NonNullable<DiffOp['edit']>, string>> = {
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
 * A quote the reader should look at: its kind needs attention (changed words, only a paraphrase)
 * or it raised a flag. The toolbar badge counts these; they come first in the popup.
 */
export function needsAttention(report: QuoteReport): boolean {
  const { verdict, flags } = assessReport(report);
  return VERDICT_DEFINITIONS[verdict].needsAttention || flags.length > 0;
}

/**
 * Whether a version says anything beyond "the same words": its kind does not promise them, or its
 * diff shows a change or a marked edit. Such a version shows its word diff (popup, CLI, exports).
 */
export function rendersDifferently(version: Pick<QuoteMatch, 'kind' | 'diff'>): boolean {
  return !VERDICT_DEFINITIONS[version.kind].sameWords || version.diff.some((d) => d.op !== 'equal' || d.edit);
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

/**
 * The check's counts, per quote over all its matches: each match kind counts quotes with at least
 * one match of that kind (a quote can count in two); `onlyHere` counts quotes with no match;
 * `speakerConflicts` / `meaningChanges` count quotes with at least one match carrying that flag.
 */
export type KindCounts = Record<MatchKind, number> & {
  /** Quotes no other saved article carries. */
  onlyHere: number;
  speakerConflicts: number;
  meaningChanges: number;
};

/** The KindCounts field that counts each flag (the message's names predate the flags' ids). */
const FLAG_COUNT_FIELDS: Readonly<Record<Flag, 'speakerConflicts' | 'meaningChanges'>> = {
  'speaker-conflict': 'speakerConflicts',
  'meaning-change': 'meaningChanges',
};

export function countKinds(reports: readonly QuoteReport[]): KindCounts {
  const counts = { ...Object.fromEntries(MATCH_KINDS.map((k) => [k, 0])), onlyHere: 0, speakerConflicts: 0, meaningChanges: 0 } as KindCounts;
  for (const r of reports) {
    if (r.matches.length === 0) counts.onlyHere++;
    for (const kind of new Set(r.matches.map((m) => m.kind))) counts[kind]++;
    for (const f of new Set(r.matches.flatMap(matchFlags))) counts[FLAG_COUNT_FIELDS[f]]++;
  }
  return counts;
}
