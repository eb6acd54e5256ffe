/**
 * Scoring quote extraction against gold spans (pure; bin/eval/eval-extract does the I/O).
 *
 * Match rule: spans are compared after trimming whitespace and punctuation at both ends (one
 * annotator keeps the comma before the closing mark, another does not). A predicted part matches a
 * gold span when their trimmed overlap is at least MATCH_OVERLAP of the longer of the two; each
 * gold span and each predicted part is used once (best overlap first). A predicted part that
 * matches no gold span but overlaps a neutral span by at least half its own length is neither
 * a true nor a false positive. Everything else predicted is a false positive.
 *
 * Speaker rule: a predicted speaker is right when, lowercased with titles (HONORIFICS) and punctuation removed,
 * the word set of one name contains every word of the other ("Pat Caddell" vs gold "Caddell",
 * "Donald Trump" vs "Donald J. Trump"). A null speaker is wrong.
 */
import type { Span } from '@/utils/types';

export const MATCH_OVERLAP = 0.9;

export interface GoldSpan extends Span {
  /** The gold speaker's name, or null when the annotated source is not a name. */
  speakerName: string | null;
}

export interface PredictedPart extends Span {
  speaker: string | null;
}

export interface ExtractionCounts {
  gold: number;
  predicted: number;
  truePositives: number;
  falsePositives: number;
  neutral: number;
  /** Matched gold spans whose gold speaker is a name, and how many of them we got right. */
  namedMatched: number;
  namedCorrect: number;
  /** Matched gold spans where we give any speaker. */
  attributed: number;
}

export interface ExtractionScores {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracyNamed: number;
  attributedShare: number;
}

/** The span shrunk past whitespace and punctuation at both ends. */
export function trimSpan(text: string, s: Span): Span {
  let start = s.start;
  let end = s.end;
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
  while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1])) end--;
  return { start, end };
}

function overlapShare(a: Span, b: Span): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return inter <= 0 || longer === 0 ? 0 : inter / longer;
}

// Titles are not part of a name: gold "Professor Alba" is our "Richard Alba".
const HONORIFICS = new Set([
  'the', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor',
  'gen', 'general', 'president', 'professor', 'prof', 'justice', 'judge', 'capt', 'captain', 'lt',
  'col', 'sgt', 'secretary', 'ambassador', 'minister', 'mayor', 'director', 'chairman', 'rev', 'sir',
]);

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !HONORIFICS.has(w));
}

/** The speaker rule above. */
export function speakerMatches(predicted: string | null, gold: string): boolean {
  if (predicted === null) return false;
  const p = nameWords(predicted);
  const g = nameWords(gold);
  if (p.length === 0 || g.length === 0) return false;
  const [short, long] = p.length <= g.length ? [p, g] : [g, p];
  const set = new Set(long);
  return short.every((w) => set.has(w));
}

/** Counts for one text: gold spans, neutral spans and predicted parts all point into `text`. */
export function scoreText(text: string, gold: GoldSpan[], neutral: Span[], predicted: PredictedPart[]): ExtractionCounts {
  const g = gold.map((x) => trimSpan(text, x));
  const p = predicted.map((x) => trimSpan(text, x));
  const pairs: Array<{ gi: number; pi: number; share: number }> = [];
  g.forEach((gs, gi) =>
    p.forEach((ps, pi) => {
      const share = overlapShare(gs, ps);
      if (share >= MATCH_OVERLAP) pairs.push({ gi, pi, share });
    }),
  );
  pairs.sort((a, b) => b.share - a.share);
  const goldUsed = new Map<number, number>();
  const predUsed = new Set<number>();
  for (const { gi, pi } of pairs) {
    if (goldUsed.has(gi) || predUsed.has(pi)) continue;
    goldUsed.set(gi, pi);
    predUsed.add(pi);
  }
  const counts: ExtractionCounts = {
    gold: gold.length, predicted: predicted.length, truePositives: goldUsed.size, falsePositives: 0,
    neutral: 0, namedMatched: 0, namedCorrect: 0, attributed: 0,
  };
  p.forEach((ps, pi) => {
    if (predUsed.has(pi)) return;
    const len = Math.max(1, ps.end - ps.start);
    const isNeutral = neutral.some((n) => Math.min(n.end, ps.end) - Math.max(n.start, ps.start) >= len / 2);
    if (isNeutral) counts.neutral++;
    else counts.falsePositives++;
  });
  for (const [gi, pi] of goldUsed) {
    const speaker = predicted[pi].speaker;
    if (speaker !== null) counts.attributed++;
    const name = gold[gi].speakerName;
    if (name === null) continue;
    counts.namedMatched++;
    if (speakerMatches(speaker, name)) counts.namedCorrect++;
  }
  return counts;
}

export function emptyCounts(): ExtractionCounts {
  return { gold: 0, predicted: 0, truePositives: 0, falsePositives: 0, neutral: 0, namedMatched: 0, namedCorrect: 0, attributed: 0 };
}

export function addCounts(a: ExtractionCounts, b: ExtractionCounts): ExtractionCounts {
  const out = emptyCounts();
  for (const k of Object.keys(out) as Array<keyof ExtractionCounts>) out[k] = a[k] + b[k];
  return out;
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

export function scoresOf(c: ExtractionCounts): ExtractionScores {
  const precision = ratio(c.truePositives, c.truePositives + c.falsePositives);
  const recall = ratio(c.truePositives, c.gold);
  return {
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    speakerAccuracyNamed: ratio(c.namedCorrect, c.namedMatched),
    attributedShare: ratio(c.attributed, c.truePositives),
  };
}
