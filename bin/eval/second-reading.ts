/**
 * A second, blind reading of judged pairs: how far two judges agree on the labels the judged
 * figures are scored against (issue 12: kind accuracy ≥ 0.95 means little if judges agree less).
 *   `npm run eval -- judged <corpus-dir> --second-reading <out-dir> [--sample N] [--seed N] [--batch-size N]`
 *     draws N judged pairs per split (seeded, whatever the pipeline says of them) and writes judging
 *     batches in the first reading's form (same instructions, same context, no first labels) to <out-dir>;
 *   `npm run eval -- judged <corpus-dir> --import-second <out-dir>` writes the labels (id, same,
 *     kind, speakers; no corpus text) to test/judged/second-reading.jsonl.
 * `eval judged` then reports agreement, and the pipeline's kinds where both readings agree.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MatchKind } from '@/utils/types';
import { seededRandom } from '@/bin/eval/seeded-random';
import { labelFiles, readJsonLines } from './json-lines';
import {
  batchesOf, judgingBatch, loadAllSidesEvents, loadPacEvents, parseLabel, samePage,
  type CorpusArticle, type JudgedKind, type JudgedPair, type Same, type SpeakerRelation, type Split,
} from './judge-candidates';

/** One line of test/judged/second-reading.jsonl. */
export interface SecondLabel {
  id: string;
  same: Same;
  kind: JudgedKind;
  speakers: SpeakerRelation;
}

export interface DrawSecond {
  /** Pairs per split. */
  sample: number;
  seed: number;
  batchSize: number;
}

export const SECOND_DEFAULTS: DrawSecond = { sample: 150, seed: 20261206, batchSize: 100 };

/** `sample` pairs of each split, seeded: judged same or different (not unsure, not one page twice), none of those `readAgain` holds. */
export function drawSecond(pairs: readonly JudgedPair[], opts: DrawSecond, readAgain: ReadonlySet<string> = new Set()): JudgedPair[] {
  const rand = seededRandom(opts.seed);
  const out: JudgedPair[] = [];
  for (const split of ['tune', 'held-out'] as const) {
    const pool = pairs.filter((p) => p.split === split && p.same !== 'unsure' && !samePage(p) && !readAgain.has(p.id));
    const shuffled = pool.map((p) => ({ p, r: rand() })).sort((x, y) => x.r - y.r).map((x) => x.p);
    out.push(...shuffled.slice(0, opts.sample));
  }
  return out;
}

export async function writeSecondReading(corpusDir: string, outDir: string, pairs: readonly JudgedPair[], opts: DrawSecond, labelsFile: string): Promise<number> {
  // A further round draws none of the pairs read twice already.
  const readAgain = new Set((await readSecondLabels(labelsFile) ?? []).map((l) => l.id));
  const drawn = drawSecond(pairs, opts, readAgain);
  const batches = await writeReadingBatches(corpusDir, outDir, drawn, opts);
  console.log(`second reading: ${drawn.length} judged pairs drawn (${opts.sample} per split, seed ${opts.seed}, ${readAgain.size} read twice already left out) in ${batches} batches -> ${outDir}`);
  return 0;
}

/**
 * Writes judging batches for pairs read again, in the first reading's form (same instructions,
 * same context, no earlier labels), and their ids to drawn.jsonl. Returns the number of batches.
 */
export async function writeReadingBatches(corpusDir: string, outDir: string, drawn: readonly JudgedPair[], opts: { seed: number; batchSize: number }): Promise<number> {
  const events = new Set(drawn.map((p) => p.event));
  const arts = new Map<string, CorpusArticle>();
  for (const map of [await loadPacEvents(corpusDir, events), await loadAllSidesEvents(corpusDir, events)]) {
    for (const list of map.values()) for (const a of list) arts.set(String(a.ref.file), a);
  }
  await mkdir(outDir, { recursive: true });
  // Ids and offsets only: the earlier labels stay out of the judges' folder.
  await writeFile(join(outDir, 'drawn.jsonl'), drawn.map((p) => JSON.stringify({ id: p.id, split: p.split })).join('\n') + '\n');
  const batches = batchesOf(drawn, opts.batchSize, opts.seed + 1);
  for (const [k, part] of batches.entries()) {
    await writeFile(join(outDir, `batch-${k + 1}.md`), judgingBatch(k + 1, part, (p) => [arts.get(String(p.fileA))!, arts.get(String(p.fileB))!]));
  }
  return batches.length;
}

export const importSecondReading = (fromDir: string, toFile: string): Promise<number> => importReading(fromDir, toFile, 'second');

/**
 * Adds a further reading's labels (id, same, kind, speakers; no corpus text) from a judged batch
 * folder to `toFile`, sorted by id. A pair read so already keeps its earlier label.
 */
export async function importReading(fromDir: string, toFile: string, which: string): Promise<number> {
  const drawn = new Set((await readFile(join(fromDir, 'drawn.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => String(JSON.parse(l).id)));
  const labels = new Map<string, SecondLabel>();
  const problems: string[] = [];
  for (const { file: f, lines } of await labelFiles(fromDir)) {
    for (const line of lines) {
      const l = parseLabel(line);
      if (typeof l === 'string') problems.push(`${f}: ${l}`);
      else if (!drawn.has(l.id)) problems.push(`${f}: ${l.id} was not drawn`);
      else if (labels.has(l.id)) problems.push(`${f}: ${l.id} labelled twice (first kept)`);
      else labels.set(l.id, { id: l.id, same: l.same, kind: l.kind, speakers: l.speakers });
    }
  }
  const missing = [...drawn].filter((id) => !labels.has(id));
  if (missing.length) problems.push(`${missing.length} drawn pairs without a label (${missing.slice(0, 5).join(', ')}…)`);
  // Earlier rounds' labels are kept as they are.
  const kept = await readSecondLabels(toFile) ?? [];
  const known = new Set(kept.map((l) => l.id));
  const added = [...labels.values()].filter((l) => !known.has(l.id));
  for (const l of labels.values()) if (known.has(l.id)) problems.push(`${l.id} has a ${which} reading already (kept)`);
  const sorted = [...kept, ...added].sort((x, y) => x.id.localeCompare(y.id, 'en', { numeric: true }));
  await writeFile(toFile, sorted.map((l) => JSON.stringify(l)).join('\n') + '\n');
  for (const p of problems.slice(0, 20)) console.error(`  ${p}`);
  console.log(`${which} reading import: ${labels.size} of ${drawn.size} drawn pairs labelled (${problems.length} problems); ${added.length} added to the ${kept.length} in ${toFile}`);
  return labels.size ? 0 : 1;
}

/** Agreement of the two readings, and the pipeline's kinds against them, for one split. */
export interface AgreementScore {
  /** Pairs read twice (neither reading unsure). */
  read: number;
  sameAgreed: number;
  /** Pairs both readings call the same utterance, and how many of them got one kind from both. */
  bothSame: number;
  kindAgreed: number;
  /** Of the pairs both call the same utterance and the pipeline matched on the judged span: */
  found: number;
  /** its kind against the first reading, the second, and on the pairs whose readings agree on the kind. */
  rightFirst: number;
  rightSecond: number;
  agreedFound: number;
  rightAgreed: number;
}

const emptyAgreement = (): AgreementScore => ({ read: 0, sameAgreed: 0, bothSame: 0, kindAgreed: 0, found: 0, rightFirst: 0, rightSecond: 0, agreedFound: 0, rightAgreed: 0 });

/** `foundKind`: the pipeline's kind on the judged span of B, null when it missed the pair. */
export function scoreAgreement(pairs: readonly JudgedPair[], second: readonly SecondLabel[], foundKind: (p: JudgedPair) => MatchKind | null): Record<Split | 'all', AgreementScore> {
  const scores = { tune: emptyAgreement(), 'held-out': emptyAgreement(), all: emptyAgreement() };
  const first = new Map(pairs.map((p) => [p.id, p]));
  for (const s2 of second) {
    const p = first.get(s2.id);
    if (!p || p.same === 'unsure' || s2.same === 'unsure' || samePage(p)) continue;
    const kind = p.same === true && s2.same === true ? foundKind(p) : null;
    for (const s of [scores[p.split], scores.all]) {
      s.read++;
      if (p.same === s2.same) s.sameAgreed++;
      if (p.same !== true || s2.same !== true) continue;
      s.bothSame++;
      const agreed = p.kind === s2.kind;
      if (agreed) s.kindAgreed++;
      if (kind === null) continue;
      s.found++;
      if (kind === p.kind) s.rightFirst++;
      if (kind === s2.kind) s.rightSecond++;
      if (agreed) {
        s.agreedFound++;
        if (kind === p.kind) s.rightAgreed++;
      }
    }
  }
  return scores;
}

/** A report row of one ratio per split ("0.963 (1848/1920)"), or of one count per split when no denominator is given. */
export function splitRow<S>(scores: Record<Split | 'all', S>, pct: (n: number, d: number) => string) {
  const splits = ['tune', 'held-out', 'all'] as const;
  return (name: string, n: (s: S) => number, d?: (s: S) => number): string =>
    `${name.padEnd(40)}${splits.map((k) => (d ? `${pct(n(scores[k]), d(scores[k]))} (${n(scores[k])}/${d(scores[k])})` : String(n(scores[k]))).padEnd(16)).join('')}`;
}

/** The report's lines: agreement, then the pipeline's kind accuracy three ways. */
export function agreementLines(scores: Record<Split | 'all', AgreementScore>, pct: (n: number, d: number) => string): string[] {
  const row = splitRow(scores, pct);
  return [
    `second reading (blind, test/judged/second-reading.jsonl)     tune            held-out        all`,
    row('judges agree: same utterance', (s) => s.sameAgreed, (s) => s.read),
    row('judges agree: kind (both same)', (s) => s.kindAgreed, (s) => s.bothSame),
    row('kind accuracy vs first reading', (s) => s.rightFirst, (s) => s.found),
    row('kind accuracy vs second reading', (s) => s.rightSecond, (s) => s.found),
    row('kind accuracy where readings agree', (s) => s.rightAgreed, (s) => s.agreedFound),
  ];
}

export const readSecondLabels = (file: string): Promise<SecondLabel[] | null> => readJsonLines<SecondLabel>(file);
