/**
 * `verbatim eval extract <polnear-dir> [--errors]`: scores the quote finder against the gold direct
 * quotes and speakers of a PolNeAR folder (see bin/eval/score-extraction for the match and speaker
 * rules). Each .txt is one article: a headline line, then one paragraph a line, offsets as in the
 * dataset. Files are split in two halves by a hash of the file name (tune / held-out): rules are
 * tuned looking only at the tune half (`--errors` lists that half's speaker errors and glued names,
 * never the held-out half's), and both halves are reported. Beside the speaker accuracy (spk-nm), a
 * second figure (spk-ph) also counts a credited name that heads the gold speaker phrase, for golds
 * whose annotated name is a place or group inside that phrase; `--errors` lists the golds it flips.
 */
import { lineSpans } from '@/utils/article/article-text';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Span } from '@/utils/types';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { lexiconFor } from '@/utils/language/lexicons';
import {
  addCounts, emptyCounts, MATCH_OVERLAP, scoreText, scoresOf, speakerMatches, trimSpan, type ExtractionCounts, type GoldSpan, type PredictedPart,
} from '@/bin/eval/score-extraction';
import { nameHeadsPhrase, speakerOccursIn, unifyForSpeakerSearch } from '@/bin/eval/speaker-in-text';
import { fnv1a } from '@/utils/text/fnv1a';

interface GoldLine { file: string; start: number; end: number; speakerKind: string; speakerName?: string; speaker?: string }
interface NeutralLine { file: string; start: number; end: number }

/**
 * Counts of the extraction score plus the glued-name figure (over every quote given a speaker) and
 * the phrase figure (see phraseCounts): named golds matched, right by it, right only by the phrase.
 */
interface Counts { extraction: ExtractionCounts; credited: number; glued: number; phrase: PhraseCounts }
interface PhraseCounts { named: number; right: number; onlyByPhrase: number }

const emptyPhrase = (): PhraseCounts => ({ named: 0, right: 0, onlyByPhrase: 0 });
const emptyAll = (): Counts => ({ extraction: emptyCounts(), credited: 0, glued: 0, phrase: emptyPhrase() });
const addAll = (a: Counts, b: Counts): Counts => ({
  extraction: addCounts(a.extraction, b.extraction), credited: a.credited + b.credited, glued: a.glued + b.glued,
  phrase: { named: a.phrase.named + b.phrase.named, right: a.phrase.right + b.phrase.right, onlyByPhrase: a.phrase.onlyByPhrase + b.phrase.onlyByPhrase },
});

/** A gold quote with its annotated speaker phrase as written ("Sen. Ann Lee of Norland"), when it has one. */
interface PhraseGold extends GoldSpan { phrase: string | null }

/**
 * Pairs gold and predicted quotes by the score's match rule (bin/eval/score-extraction: trimmed
 * overlap >= MATCH_OVERLAP of the longer, best overlap first, each used once).
 */
function matchedPairs(text: string, gold: Span[], predicted: Span[]): Array<[number, number]> {
  const g = gold.map((x) => trimSpan(text, x));
  const p = predicted.map((x) => trimSpan(text, x));
  const pairs: Array<{ gi: number; pi: number; share: number }> = [];
  g.forEach((gs, gi) => p.forEach((ps, pi) => {
    const inter = Math.min(gs.end, ps.end) - Math.max(gs.start, ps.start);
    const longer = Math.max(gs.end - gs.start, ps.end - ps.start);
    const share = inter <= 0 || longer === 0 ? 0 : inter / longer;
    if (share >= MATCH_OVERLAP) pairs.push({ gi, pi, share });
  }));
  pairs.sort((a, b) => b.share - a.share);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const { gi, pi } of pairs) {
    if (usedG.has(gi) || usedP.has(pi)) continue;
    usedG.add(gi);
    usedP.add(pi);
    out.push([gi, pi]);
  }
  return out;
}

/**
 * The phrase figure: over matched golds with a name, the credited name is right by the speaker
 * rule or heads the gold speaker phrase (nameHeadsPhrase). `flipped` lists the golds right only
 * by the phrase, for reading them.
 */
function phraseCounts(text: string, gold: PhraseGold[], predicted: PredictedPart[]): { counts: PhraseCounts; flipped: Array<[PhraseGold, PredictedPart]> } {
  const counts = emptyPhrase();
  const flipped: Array<[PhraseGold, PredictedPart]> = [];
  for (const [gi, pi] of matchedPairs(text, gold, predicted)) {
    const g = gold[gi];
    const speaker = predicted[pi].speaker;
    if (g.speakerName === null) continue;
    counts.named++;
    const strict = speakerMatches(speaker, g.speakerName);
    const byPhrase = speaker !== null && g.phrase !== null && nameHeadsPhrase(speaker, g.phrase);
    if (strict || byPhrase) counts.right++;
    if (!strict && byPhrase) {
      counts.onlyByPhrase++;
      flipped.push([g, predicted[pi]]);
    }
  }
  return { counts, flipped };
}

/**
 * Body paragraph spans of a PolNeAR text: one a line, blank lines skipped, and the first line left
 * out: it is the headline, which Verbatim keeps as Article.title and never searches for quotes
 * (and which the gold never annotates).
 */
export function bodyParagraphs(text: string): Span[] {
  return lineSpans(text).slice(1);
}

/** FNV-1a (32 bit) of the file name: a split that stays fixed whatever else the folder holds. */
export function fileHash(name: string): number {
  return fnv1a(name);
}

/** Even hash: the tune half; odd: held out. */
export const halfOf = (name: string): 'tune' | 'held-out' => (fileHash(name) % 2 === 0 ? 'tune' : 'held-out');

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

const HEADER = ['gold', 'tp', 'fp', 'neutr', 'P', 'R', 'F1', 'spk-nm', 'attrib', 'glued', 'gl-sh'];
const WIDTHS = [5, 5, 5, 5, 6, 6, 6, 7, 7, 6, 6];

function row(label: string, c: Counts): string {
  const s = scoresOf(c.extraction);
  const e = c.extraction;
  const cells = [e.gold, e.truePositives, e.falsePositives, e.neutral, pct(s.precision), pct(s.recall), pct(s.f1),
    pct(s.speakerAccuracyNamed), pct(s.attributedShare), c.glued, pct(c.credited === 0 ? 0 : c.glued / c.credited)];
  return [label.padEnd(12), ...cells.map((x, i) => String(x).padStart(WIDTHS[i]))].join(' ');
}

function phraseRow(label: string, c: Counts): string {
  const p = c.phrase;
  const check = p.named === c.extraction.namedMatched ? '' : ` (pairing differs from the score: ${c.extraction.namedMatched} named)`;
  return `spk-ph ${label.padEnd(8)} ${pct(p.named === 0 ? 0 : p.right / p.named)} (${p.right}/${p.named}; by-phrase ${p.onlyByPhrase})${check}`;
}

/** Tune-half lines for `--errors`: wrong or missing named speakers, and glued names. Labels and offsets only. */
function errorLines(name: string, text: string, gold: GoldSpan[], predicted: PredictedPart[], unified: string): string[] {
  const out: string[] = [];
  for (const p of predicted) {
    if (p.speaker !== null && !speakerOccursIn(text, p.speaker, unified)) out.push(`${name}\t${p.start}\tGLUED\t${p.speaker}`);
  }
  for (const g of gold) {
    if (g.speakerName === null) continue;
    const gs = trimSpan(text, g);
    const hit = predicted.find((p) => {
      const ps = trimSpan(text, p);
      const inter = Math.min(gs.end, ps.end) - Math.max(gs.start, ps.start);
      return inter >= 0.9 * Math.max(gs.end - gs.start, ps.end - ps.start);
    });
    if (hit && !speakerMatches(hit.speaker, g.speakerName)) out.push(`${name}\t${g.start}\tSPEAKER\t${hit.speaker}\tgold=${g.speakerName}`);
  }
  return out;
}

/** Scores the finder on `dir`; prints a table; returns a process exit code. */
export async function runExtractEval(dir: string, flags: readonly string[] = []): Promise<number> {
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
  const showErrors = flags.includes('--errors');
  const goldByFile = groupBy(gold);
  const neutralByFile = groupBy(neutral);
  const perOutlet = new Map<string, Counts>();
  const perHalf = new Map<string, Counts>([['tune', emptyAll()], ['held-out', emptyAll()]]);
  const fileCount = new Map<string, number>([['tune', 0], ['held-out', 0]]);
  const errors: string[] = [];
  const phraseLines: string[] = [];
  let total = emptyAll();
  for (const name of names) {
    const text = await readFile(join(dir, name), 'utf8');
    const body = { text, paragraphs: bodyParagraphs(text) };
    const quotes = findQuotes(body, lexiconFor(body));
    const predicted: PredictedPart[] = quotes.flatMap((q) => q.parts.map((p) => ({ ...p, speaker: q.speaker })));
    const g: PhraseGold[] = (goldByFile.get(name) ?? []).map((x) => ({
      start: x.start, end: x.end, speakerName: x.speakerKind === 'name' && x.speakerName ? x.speakerName : null, phrase: x.speaker ?? null,
    }));
    const unified = unifyForSpeakerSearch(text);
    const credited = quotes.filter((q) => q.speaker !== null);
    const phrase = phraseCounts(text, g, predicted);
    const counts: Counts = {
      extraction: scoreText(text, g, neutralByFile.get(name) ?? [], predicted),
      credited: credited.length,
      glued: credited.filter((q) => !speakerOccursIn(text, q.speaker!, unified)).length,
      phrase: phrase.counts,
    };
    const outlet = name.split('_')[0];
    const half = halfOf(name);
    if (showErrors && half === 'tune') {
      errors.push(...errorLines(name, text, g, predicted, unified));
      phraseLines.push(...phrase.flipped.map(([x, p]) => `${name}\t${x.start}\tPHRASE\t${p.speaker}\tgold=${x.speakerName}\tphrase=${x.phrase}`));
    }
    perOutlet.set(outlet, addAll(perOutlet.get(outlet) ?? emptyAll(), counts));
    perHalf.set(half, addAll(perHalf.get(half)!, counts));
    fileCount.set(half, fileCount.get(half)! + 1);
    total = addAll(total, counts);
  }
  const out = [
    `Quote extraction on ${dir} (${names.length} articles: ${fileCount.get('tune')} tune, ${fileCount.get('held-out')} held-out)`,
    `${'outlet'.padEnd(12)} ${HEADER.map((h, i) => h.padStart(WIDTHS[i])).join(' ')}`,
    ...[...perOutlet].map(([o, c]) => row(o, c)),
    row('TUNE', perHalf.get('tune')!),
    row('HELD-OUT', perHalf.get('held-out')!),
    row('ALL', total),
    ...(['tune', 'held-out'] as const).map((h) => phraseRow(h, perHalf.get(h)!)),
    phraseRow('all', total),
    'halves: FNV-1a hash of the file name, even = tune, odd = held-out.',
    'spk-nm: speaker accuracy on matched gold quotes whose gold speaker is a name. A predicted speaker is right when,',
    '  lowercased with titles and punctuation removed, the word set of one name contains every word of the other',
    '  ("Pat Caddell" vs gold "Caddell"); a null speaker is wrong.',
    'attrib: share of matched quotes given any speaker.',
    'spk-ph: a second speaker figure beside spk-nm (which it does not replace), over the same golds: right by the spk-nm',
    '  rule, or the credited name is written in the gold speaker phrase as its head (not as a possessive, not after a',
    '  preposition): "Sen. Ann Lee of Norland" credited to Ann Lee, where the gold name is "Norland". by-phrase: golds right',
    '  only so. A null speaker is wrong here too.',
    'glued: quotes (all found, matched or not) credited to a speaker string that occurs nowhere in the article text',
    '  (apostrophes and dashes unified, runs of spaces as one, line breaks kept, case kept); gl-sh: glued / quotes given a speaker.',
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  if (showErrors) {
    process.stdout.write(`\nTune-half errors (${errors.length}):\n${errors.join('\n')}\n`);
    process.stdout.write(`\nTune-half golds right only by the speaker phrase (${phraseLines.length}):\n${phraseLines.join('\n')}\n`);
  }
  return 0;
}
