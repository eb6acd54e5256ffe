/**
 * A third, blind reading of the judged pairs whose first two readings disagree (on same utterance
 * or on the kind), so that each of them gets a label two readers share: kind accuracy scored
 * against one reader is capped by how far readers agree (issue 12).
 *   `npm run eval -- judged <corpus-dir> --third-reading <out-dir> [--seed N] [--batch-size N]`
 *     writes judging batches (the first reading's form, no earlier labels) of every pair read twice
 *     whose readings differ, none read a third time already;
 *   `npm run eval -- judged <corpus-dir> --import-third <out-dir>` writes the labels (id, same,
 *     kind, speakers; no corpus text) to test/judged/third-reading.jsonl.
 * `eval judged` then reports recall and kinds against the majority of the readings.
 */
import type { MatchKind } from '@/utils/types';
import { samePage, type JudgedKind, type JudgedPair, type Same, type Split } from './judge-candidates';
import { importReading, readSecondLabels, splitRow, writeReadingBatches, type SecondLabel } from './second-reading';

export const THIRD_DEFAULTS = { seed: 20261207, batchSize: 60 };

/** The pairs read twice whose readings differ on same or, both calling it the same utterance, on the kind. */
export function disagreeing(pairs: readonly JudgedPair[], second: readonly SecondLabel[], readThird: ReadonlySet<string> = new Set()): JudgedPair[] {
  const again = new Map(second.map((l) => [l.id, l]));
  return pairs.filter((p) => {
    const s = again.get(p.id);
    if (!s || samePage(p) || readThird.has(p.id)) return false;
    return p.same !== s.same || (p.same === true && p.kind !== s.kind);
  });
}

export async function writeThirdReading(corpusDir: string, outDir: string, pairs: readonly JudgedPair[], opts: typeof THIRD_DEFAULTS, secondFile: string, thirdFile: string): Promise<number> {
  const readThird = new Set((await readSecondLabels(thirdFile) ?? []).map((l) => l.id));
  const drawn = disagreeing(pairs, await readSecondLabels(secondFile) ?? [], readThird);
  const batches = await writeReadingBatches(corpusDir, outDir, drawn, opts);
  console.log(`third reading: ${drawn.length} pairs whose two readings differ (${readThird.size} read a third time already left out) in ${batches} batches -> ${outDir}`);
  return 0;
}

export const importThirdReading = (fromDir: string, toFile: string): Promise<number> => importReading(fromDir, toFile, 'third');

/** What most readings of a pair say; 'unsure' when no value has two readings behind it. */
export interface MajorityLabel {
  same: Same;
  /** When most say same: the kind two readings share, or null when none does. */
  kind: JudgedKind;
}

/**
 * The majority of a pair's readings (first, and second and third where they exist). A pair read
 * once keeps its one label; two readings that differ, or three that all differ, decide nothing.
 */
export function majorityOf(readings: readonly { same: Same; kind: JudgedKind }[]): MajorityLabel {
  if (readings.length === 1) return { same: readings[0].same, kind: readings[0].same === true ? readings[0].kind : null };
  const most = <T>(values: readonly T[]): T | undefined => values.find((v) => values.filter((w) => w === v).length >= 2);
  const same = most(readings.map((r) => r.same)) ?? 'unsure';
  if (same !== true) return { same, kind: null };
  return { same, kind: most(readings.filter((r) => r.same === true).map((r) => r.kind)) ?? null };
}

/** Recall and kinds of one split against the majority labels. */
export interface MajorityScore {
  /** Pairs most readings call the same utterance, and how many of them the pipeline matched on the span. */
  same: number;
  found: number;
  /** Of those found, the ones with a majority kind, and how many of them the pipeline's kind equals. */
  kindKnown: number;
  kindRight: number;
  /** Pairs with no majority on same, and found pairs with no majority on the kind (set aside). */
  noMajority: number;
  kindUndecided: number;
  /** Pairs whose majority label differs from the first reading (same or kind). */
  changed: number;
}

const emptyMajority = (): MajorityScore => ({ same: 0, found: 0, kindKnown: 0, kindRight: 0, noMajority: 0, kindUndecided: 0, changed: 0 });

/** `foundKind`: the pipeline's kind on the judged span of B, null when it missed the pair. */
export function scoreMajority(pairs: readonly JudgedPair[], second: readonly SecondLabel[], third: readonly SecondLabel[], foundKind: (p: JudgedPair) => MatchKind | null): Record<Split | 'all', MajorityScore> {
  const scores = { tune: emptyMajority(), 'held-out': emptyMajority(), all: emptyMajority() };
  const again = new Map(second.map((l) => [l.id, l]));
  const thrice = new Map(third.map((l) => [l.id, l]));
  for (const p of pairs) {
    if (samePage(p)) continue;
    // A third label counts only beside a second: it was drawn where two readings differ.
    const s = again.get(p.id);
    const t = s && thrice.get(p.id);
    const m = majorityOf([p, ...(s ? [s] : []), ...(t ? [t] : [])]);
    const got = m.same === true ? foundKind(p) : null;
    for (const sc of [scores[p.split], scores.all]) {
      if (m.same !== p.same || (m.same === true && m.kind !== p.kind)) sc.changed++;
      if (m.same === 'unsure') {
        if (p.same !== 'unsure') sc.noMajority++;
        continue;
      }
      if (m.same !== true) continue;
      sc.same++;
      if (got === null) continue;
      sc.found++;
      if (m.kind === null) {
        sc.kindUndecided++;
        continue;
      }
      sc.kindKnown++;
      if (got === m.kind) sc.kindRight++;
    }
  }
  return scores;
}

/** The report's lines: recall and kind accuracy against the majority of the readings. */
export function majorityLines(scores: Record<Split | 'all', MajorityScore>, pct: (n: number, d: number) => string): string[] {
  const row = splitRow(scores, pct);
  return [
    `majority of the readings (third reading where two differ)    tune            held-out        all`,
    row('pair recall', (s) => s.found, (s) => s.same),
    row('kind accuracy', (s) => s.kindRight, (s) => s.kindKnown),
    row('labels changed from the first reading', (s) => s.changed),
    row('no majority on same (set aside)', (s) => s.noMajority),
    row('found, no majority kind (set aside)', (s) => s.kindUndecided),
  ];
}
