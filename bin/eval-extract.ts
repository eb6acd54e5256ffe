/**
 * `verbatim eval extract <polnear-dir>`: scores the quote finder against the gold direct quotes
 * and speakers of a PolNeAR folder (see utils/score-extraction for the match and speaker rules).
 * Each .txt is one article: a headline line, then one paragraph a line, offsets as in the dataset.
 */
import { lineSpans } from '@/utils/article-text';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Span } from '@/utils/types';
import { findQuotes } from '@/utils/find-quotes';
import {
  addCounts, emptyCounts, scoreText, scoresOf, type ExtractionCounts, type GoldSpan, type PredictedPart,
} from '@/utils/score-extraction';

interface GoldLine { file: string; start: number; end: number; speakerKind: string; speakerName?: string }
interface NeutralLine { file: string; start: number; end: number }

/**
 * Body paragraph spans of a PolNeAR text: one a line, blank lines skipped, and the first line left
 * out: it is the headline, which Verbatim keeps as Article.title and never searches for quotes
 * (and which the gold never annotates).
 */
export function bodyParagraphs(text: string): Span[] {
  return lineSpans(text).slice(1);
}

async function readJsonl<T>(path: string): Promise<T[]> {
  const raw = await readFile(path, 'utf8');
  return raw.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}

function groupBy<T extends { file: string }>(rows: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(r.file, [...(m.get(r.file) ?? []), r]);
  return m;
}

const pct = (x: number) => x.toFixed(3);

function row(label: string, c: ExtractionCounts): string {
  const s = scoresOf(c);
  return [label.padEnd(12), String(c.gold).padStart(5), String(c.truePositives).padStart(5), String(c.falsePositives).padStart(5),
    String(c.neutral).padStart(5), pct(s.precision).padStart(6), pct(s.recall).padStart(6), pct(s.f1).padStart(6),
    pct(s.speakerAccuracyNamed).padStart(7), pct(s.attributedShare).padStart(7)].join(' ');
}

/** Scores the finder on `dir`; prints a table; returns a process exit code. */
export async function runExtractEval(dir: string): Promise<number> {
  let names: string[];
  let gold: GoldLine[];
  let neutral: NeutralLine[];
  try {
    names = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
    gold = await readJsonl<GoldLine>(join(dir, 'gold.jsonl'));
    neutral = await readJsonl<NeutralLine>(join(dir, 'neutral.jsonl'));
  } catch (e) {
    process.stderr.write(`eval-extract: cannot read a PolNeAR folder at ${dir}: ${(e as Error).message}\n`);
    return 2;
  }
  const goldByFile = groupBy(gold);
  const neutralByFile = groupBy(neutral);
  const perOutlet = new Map<string, ExtractionCounts>();
  let total = emptyCounts();
  for (const name of names) {
    const text = await readFile(join(dir, name), 'utf8');
    const predicted: PredictedPart[] = findQuotes({ text, paragraphs: bodyParagraphs(text) }).flatMap((q) =>
      q.parts.map((p) => ({ ...p, speaker: q.speaker })),
    );
    const g: GoldSpan[] = (goldByFile.get(name) ?? []).map((x) => ({
      start: x.start, end: x.end, speakerName: x.speakerKind === 'name' && x.speakerName ? x.speakerName : null,
    }));
    const counts = scoreText(text, g, neutralByFile.get(name) ?? [], predicted);
    const outlet = name.split('_')[0];
    perOutlet.set(outlet, addCounts(perOutlet.get(outlet) ?? emptyCounts(), counts));
    total = addCounts(total, counts);
  }
  const out = [
    `Quote extraction on ${dir} (${names.length} articles)`,
    `${'outlet'.padEnd(12)} ${'gold'.padStart(5)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'neutr'.padStart(5)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'spk-nm'.padStart(7)} ${'attrib'.padStart(7)}`,
    ...[...perOutlet].map(([o, c]) => row(o, c)),
    row('ALL', total),
    'spk-nm: speaker accuracy on matched gold quotes whose speaker is a name; attrib: share of matched quotes given any speaker.',
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
