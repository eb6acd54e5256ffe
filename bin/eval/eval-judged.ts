/**
 * `npm run eval -- judged <corpus-dir>`: the shipped compare pipeline on cross-outlet quote pairs
 * that people judged by reading them (test/judged/pairs.jsonl: offsets and labels, no corpus text;
 * see test/judged/notes.md). Per split (tune / held-out) and overall:
 *   pair recall        judged-same pairs whose quote is matched on the judged span of B (goal >= 0.97)
 *   kind accuracy      among those found, the kind the judges gave (goal >= 0.95)
 *   false conflicts    speaker conflict raised on found pairs judged same speaker (goal <= 2 %)
 *   real conflicts     speaker conflict raised on found pairs judged a conflict (reported)
 *   false matches      a match on the judged span of B for pairs judged different utterances (reported)
 * Misses and disagreements are listed for the tune split only, unless `--show-held-out`. Exit 1
 * when the held-out split misses a goal. `--pairs <file>` reads another labels file. `--show <id,id>`
 * prints tune pairs in context with what the pipeline said (to read while tuning; held-out ids are refused).
 * `--candidates <dir>` and `--import <dir>` build the set (bin/eval/judge-candidates.ts); a further round:
 * `--candidates <dir> --skip-judged [--seed N] [--target-pac N] [--target N] [--batch-size N] [--first-id N]`
 * skips the events already judged and numbers ids after theirs; `--more-tune` instead draws more pairs
 * inside the tune events judged so far (no held-out event, no pair judged before); `--import` appends to the pairs file.
 * `--second-reading <dir>` and `--import-second <dir>` read a sample of the pairs again, blind
 * (bin/eval/second-reading.ts); with test/judged/second-reading.jsonl present the report adds the
 * judges' agreement and the kinds scored where both readings agree. `--third-reading <dir>` and
 * `--import-third <dir>` read again the pairs whose two readings differ (bin/eval/third-reading.ts);
 * the report then scores recall and kinds against the majority of the readings. `--meaning-flags <dir>` and
 * `--import-meaning <dir>` have the meaning-change flags on judged pairs read (bin/eval/meaning-flags.ts);
 * with test/judged/meaning-flags.jsonl present the report says how many read real.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MatchKind, QuoteMatch, QuoteReport, Span, StoredArticle } from '@/utils/types';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { compareArticle } from '@/utils/report/compare-article';
import { matchQuote } from '@/utils/matching/match-quote';
import { lineSpans } from '@/utils/article/article-text';
import { PROJECT_ROOT } from '../cli/project-root';
import { formatDiff } from '../cli/format-report';
import { agreementLines, readSecondLabels, scoreAgreement } from './second-reading';
import { majorityLines, scoreMajority } from './third-reading';
import { readFlagVerdicts, scoreFlags, writeMeaningBatch, type RaisedFlag } from './meaning-flags';
import { loadAllSidesEvents, loadPacEvents, samePage, type CorpusArticle, type DrawOptions, type JudgedPair, type Split } from './judge-candidates';

export const GOALS = { recall: 0.97, kindAccuracy: 0.95, falseConflicts: 0.02 } as const;

/** What the pipeline said about one pair's quote A in article B. */
export interface Outcome {
  /** The quote finder still finds a quote on A's judged span. */
  quoteFound: boolean;
  /** The pipeline's match of that quote in B, wherever it lies; null when none. */
  match: Pick<QuoteMatch, 'start' | 'end' | 'kind' | 'speakerConflict'> & Partial<Pick<QuoteMatch, 'meaningChanges'>> | null;
  /** Whether aligning the quote with B's whole text (no index) matches the judged span: tells a retrieval miss from an alignment miss. */
  wholeText?: boolean;
  /** The speaker the pipeline credits with quote A (null: withheld); absent when not read. */
  speakerA?: string | null;
}

export interface SplitScore {
  pairs: number;
  unsure: number;
  /** Pairs whose two articles are one page (one URL saved under two outlet names): no cross-outlet pair, and the compare never reads a page against itself. */
  samePage: number;
  same: number;
  found: number;
  kindRight: number;
  /** Found pairs judged same speaker, and how many of them were flagged as a conflict. */
  sameSpeaker: number;
  falseConflicts: number;
  /** Found pairs judged a real conflict, and how many were flagged. */
  realConflicts: number;
  conflictsFlagged: number;
  notSame: number;
  falseMatches: number;
  /** Misses that whole-text alignment finds: the index did not propose the window. */
  retrievalMisses: number;
  /**
   * Quote A's speaker against the judge's, once per quote of A the judge credits to a name: the
   * pipeline's shares a name word (right), shares none (wrong: a name the reader should not trust),
   * or is withheld.
   */
  speakerJudged: number;
  speakerRight: number;
  speakerWrong: number;
  /** judged kind -> pipeline kind (or 'miss') -> count, over judged-same pairs. */
  confusion: Record<string, Record<string, number>>;
  /** One line per miss or disagreement: id and what differed. */
  issues: string[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function emptyScore(): SplitScore {
  return { pairs: 0, unsure: 0, samePage: 0, same: 0, found: 0, kindRight: 0, sameSpeaker: 0, falseConflicts: 0, realConflicts: 0, conflictsFlagged: 0, notSame: 0, falseMatches: 0, retrievalMisses: 0, speakerJudged: 0, speakerRight: 0, speakerWrong: 0, confusion: {}, issues: [] };
}

/** The capitalized words of a judge's free-text speaker ("Judge (Allen)", "Mueller's office"), lowercase, possessives off. */
function nameWordsOf(label: string): string[] {
  // "O’ Shaughnessy" as a page may write it and "O'Shaughnessy" as a judge did are one word.
  // "Luján" on the page and "Lujan" in a judge's label are one name: accents folded.
  return (label.replace(/’/g, "'").replace(/(\p{Lu}')\s+(?=\p{Lu})/gu, '$1').match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]s$/, ''));
}

/** How the pipeline's speaker of A reads against the judge's: null when the judge names no one. */
export function speakerVerdict(judged: string | null, got: string | null): 'right' | 'wrong' | 'withheld' | null {
  const want = judged ? nameWordsOf(judged) : [];
  if (!want.length) return null;
  if (!got) return 'withheld';
  const have = new Set(nameWordsOf(got));
  return want.some((w) => have.has(w)) ? 'right' : 'wrong';
}


/** Counts per split and overall from labels and outcomes; a pair without an outcome is a miss. */
export function scoreJudged(pairs: readonly JudgedPair[], outcomes: ReadonlyMap<string, Outcome>): Record<Split | 'all', SplitScore> {
  const scores = { tune: emptyScore(), 'held-out': emptyScore(), all: emptyScore() };
  const speakersRead = new Set<string>();
  for (const p of pairs) {
    const o = outcomes.get(p.id) ?? { quoteFound: false, match: null };
    // Each judged quote of A once, whatever the number of B articles it was paired with.
    const quoteKey = `${p.corpus}:${p.fileA}:${p.startA}`;
    const verdict = p.same !== 'unsure' && o.quoteFound && o.speakerA !== undefined && !speakersRead.has(quoteKey) ? speakerVerdict(p.speakerA, o.speakerA) : null;
    if (verdict) {
      speakersRead.add(quoteKey);
      for (const s of [scores[p.split], scores.all]) {
        s.speakerJudged++;
        if (verdict === 'right') s.speakerRight++;
        if (verdict === 'wrong') {
          s.speakerWrong++;
          s.issues.push(`${p.id} speaker of A: ${JSON.stringify(o.speakerA)}, judged ${JSON.stringify(p.speakerA)}`);
        }
      }
    }
    const onSpan = o.match !== null && overlaps(o.match, { start: p.startB, end: p.endB });
    for (const s of [scores[p.split], scores.all]) {
      s.pairs++;
      if (p.same === 'unsure') {
        s.unsure++;
        continue;
      }
      if (samePage(p)) {
        s.samePage++;
        continue;
      }
      if (p.same === false) {
        s.notSame++;
        if (onSpan) {
          s.falseMatches++;
          s.issues.push(`${p.id} judged different, matched as ${o.match!.kind}`);
        }
        continue;
      }
      s.same++;
      const judged = p.kind ?? '?';
      const got: MatchKind | 'miss' = onSpan ? o.match!.kind : 'miss';
      s.confusion[judged] ??= {};
      s.confusion[judged][got] = (s.confusion[judged][got] ?? 0) + 1;
      if (!onSpan) {
        const why = !o.quoteFound ? 'quote not found in A' : o.match ? `matched elsewhere in B (${o.match.kind})` : 'no match';
        if (o.wholeText) s.retrievalMisses++;
        s.issues.push(`${p.id} ${judged}: ${why}${o.wholeText ? ' (whole-text alignment finds it: retrieval)' : ''}`);
        continue;
      }
      s.found++;
      if (o.match!.kind === p.kind) s.kindRight++;
      else s.issues.push(`${p.id} judged ${judged}, got ${o.match!.kind}`);
      if (p.speakers === 'same') {
        s.sameSpeaker++;
        if (o.match!.speakerConflict) {
          s.falseConflicts++;
          s.issues.push(`${p.id} false speaker conflict`);
        }
      } else if (p.speakers === 'conflict') {
        s.realConflicts++;
        if (o.match!.speakerConflict) s.conflictsFlagged++;
        else s.issues.push(`${p.id} real speaker conflict not flagged`);
      }
    }
  }
  return scores;
}

const ratio = (n: number, d: number) => (d ? n / d : NaN);

/** Whether a split meets every goal (an empty denominator meets it: nothing to get wrong). */
export function meetsGoals(s: SplitScore): boolean {
  const r = ratio(s.found, s.same);
  const k = ratio(s.kindRight, s.found);
  const c = ratio(s.falseConflicts, s.sameSpeaker);
  return (Number.isNaN(r) || r >= GOALS.recall) && (Number.isNaN(k) || k >= GOALS.kindAccuracy) && (Number.isNaN(c) || c <= GOALS.falseConflicts);
}

const QUOTE_MARK = /["“”„«»‘’'‹›]/;

/** The stored offsets must still point at quoted text of the same article: otherwise the labels are stale. */
function checkPair(p: JudgedPair, a: CorpusArticle | undefined, b: CorpusArticle | undefined): string | null {
  if (!a || !b) return `${p.id}: article ${!a ? p.fileA : p.fileB} not in the corpus`;
  if (a.url !== p.urlA || b.url !== p.urlB) return `${p.id}: article at ${a.url !== p.urlA ? p.fileA : p.fileB} has another url than when judged`;
  if (p.endA > a.text.length || p.endB > b.text.length || p.startA >= p.endA || p.startB >= p.endB) return `${p.id}: offsets out of range`;
  if (!QUOTE_MARK.test(a.text.slice(Math.max(0, p.startA - 2), p.startA))) return `${p.id}: no quote mark opens A's quote at ${p.startA}`;
  return null;
}

/** The given flags' whole-number values into their fields; null (after saying which) when one is not a whole number. */
function wholeNumbers<T>(flags: readonly string[], table: ReadonlyArray<readonly [string, keyof T]>): Partial<T> | null {
  const out: Partial<T> = {};
  for (const [flag, field] of table) {
    const v = flagValue(flags, flag);
    if (v === undefined) continue;
    if (!/^\d+$/.test(v)) {
      console.error(`eval judged: ${flag} takes a whole number, not "${v}"`);
      return null;
    }
    out[field] = Number(v) as T[keyof T];
  }
  return out;
}

function flagValue(flags: readonly string[], name: string): string | undefined {
  const i = flags.indexOf(name);
  return i >= 0 ? flags[i + 1] : undefined;
}

const PAIRS_FILE = join(PROJECT_ROOT, 'test/judged/pairs.jsonl');
const SECOND_FILE = join(PROJECT_ROOT, 'test/judged/second-reading.jsonl');
const THIRD_FILE = join(PROJECT_ROOT, 'test/judged/third-reading.jsonl');
const MEANING_FILE = join(PROJECT_ROOT, 'test/judged/meaning-flags.jsonl');

export async function runJudgedEval(dir: string, flags: readonly string[]): Promise<number> {
  const candidates = flagValue(flags, '--candidates');
  if (candidates) {
    const { writeCandidates, nextRound, moreTuneRound, ROUND_1 } = await import('./judge-candidates');
    const over = wholeNumbers<DrawOptions>(flags, [['--seed', 'seed'], ['--target-pac', 'targetPac'], ['--target', 'targetAll'], ['--first-id', 'firstId'], ['--batch-size', 'batchSize']]);
    if (over === null) return 1;
    // --skip-judged: a further round, with none of the events judged so far and ids after theirs;
    // --more-tune: more pairs inside the tune events judged so far (the held-out events untouched).
    const further = flags.includes('--skip-judged') || flags.includes('--more-tune');
    const judged = further ? (await readFile(flagValue(flags, '--pairs') ?? PAIRS_FILE, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as JudgedPair) : null;
    const opts = !judged ? { ...ROUND_1, ...over } : flags.includes('--more-tune') ? moreTuneRound(judged, over) : nextRound(judged, over);
    return writeCandidates(dir, candidates, opts);
  }
  const second = flagValue(flags, '--second-reading');
  if (second) {
    const { writeSecondReading, SECOND_DEFAULTS } = await import('./second-reading');
    const over = wholeNumbers<typeof SECOND_DEFAULTS>(flags, [['--sample', 'sample'], ['--seed', 'seed'], ['--batch-size', 'batchSize']]);
    if (over === null) return 1;
    const opts = { ...SECOND_DEFAULTS, ...over };
    const judged = (await readFile(flagValue(flags, '--pairs') ?? PAIRS_FILE, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as JudgedPair);
    return writeSecondReading(dir, second, judged, opts, SECOND_FILE);
  }
  const third = flagValue(flags, '--third-reading');
  if (third) {
    const { writeThirdReading, THIRD_DEFAULTS } = await import('./third-reading');
    const over = wholeNumbers<typeof THIRD_DEFAULTS>(flags, [['--seed', 'seed'], ['--batch-size', 'batchSize']]);
    if (over === null) return 1;
    const judged = (await readFile(PAIRS_FILE, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as JudgedPair);
    return writeThirdReading(dir, third, judged, { ...THIRD_DEFAULTS, ...over }, SECOND_FILE, THIRD_FILE);
  }
  const fromThird = flagValue(flags, '--import-third');
  if (fromThird) return (await import('./third-reading')).importThirdReading(fromThird, flagValue(flags, '--to') ?? THIRD_FILE);
  const fromMeaning = flagValue(flags, '--import-meaning');
  if (fromMeaning) return (await import('./meaning-flags')).importMeaningVerdicts(fromMeaning, flagValue(flags, '--to') ?? MEANING_FILE);
  const fromSecond = flagValue(flags, '--import-second');
  if (fromSecond) return (await import('./second-reading')).importSecondReading(fromSecond, flagValue(flags, '--to') ?? SECOND_FILE);
  const from = flagValue(flags, '--import');
  if (from) return (await import('./judge-candidates')).importLabels(from, flagValue(flags, '--to') ?? PAIRS_FILE);

  const pairsFile = flagValue(flags, '--pairs') ?? PAIRS_FILE;
  let pairs: JudgedPair[];
  try {
    pairs = (await readFile(pairsFile, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  } catch (e) {
    console.error(`eval judged: cannot read the labels ${pairsFile}: ${(e as Error).message}`);
    return 1;
  }
  const events = new Set(pairs.map((p) => p.event));
  let byEvent: Map<string, CorpusArticle[]>;
  try {
    byEvent = new Map([...(await loadPacEvents(dir, events)), ...(await loadAllSidesEvents(dir, events))]);
  } catch (e) {
    console.error(`eval judged: cannot read the PAC and AllSides corpus in ${dir} (give the folder holding pac/ and allsides/): ${(e as Error).message}`);
    return 1;
  }
  const article = new Map<string, CorpusArticle>();
  for (const list of byEvent.values()) for (const a of list) article.set(`${a.ref.corpus}:${a.ref.file}`, a);
  const key = (p: JudgedPair, side: 'A' | 'B') => `${p.corpus}:${side === 'A' ? p.fileA : p.fileB}`;
  const stale = pairs.map((p) => checkPair(p, article.get(key(p, 'A')), article.get(key(p, 'B')))).filter((e) => e !== null);
  if (stale.length) {
    console.error(`eval judged: ${stale.length} labelled pairs no longer point at the corpus text they were judged on:\n  ${stale.slice(0, 20).join('\n  ')}`);
    return 1;
  }

  // The production path per event: its articles saved in one coverage index, each article A
  // compared through planComparison/runComparison (compareArticle), as bin/cli/compare-files.ts does.
  const t0 = performance.now();
  const outcomes = new Map<string, Outcome>();
  const show = new Set((flagValue(flags, '--show') ?? '').split(',').filter(Boolean));
  const refused = pairs.filter((p) => show.has(p.id) && p.split !== 'tune').map((p) => p.id);
  if (refused.length) {
    console.error(`eval judged: --show reads tune pairs only (held-out: ${refused.join(', ')})`);
    return 1;
  }
  const shown: string[] = [];
  for (const ev of events) {
    const arts = byEvent.get(ev) ?? [];
    const index = new CoverageIndex();
    const stored = new Map<string, StoredArticle>();
    for (const a of arts) {
      const entry: StoredArticle = { ...a, byline: null, lang: null, paragraphs: lineSpans(a.text), savedAt: 0 };
      stored.set(a.id, entry);
      index.add(entry);
    }
    const evPairs = pairs.filter((p) => p.event === ev);
    for (const aId of new Set(evPairs.map((p) => key(p, 'A')))) {
      const a = stored.get(aId)!;
      const { quotes } = compareArticle(a, a.quotes, index, (id) => stored.get(id), { reverse: false });
      for (const p of evPairs.filter((q) => key(q, 'A') === aId)) {
        const span = { start: p.startA, end: p.endA };
        // The report whose quote covers most of the judged span of A.
        const report = quotes
          .filter((r) => overlaps(r.quote, span))
          .sort((x, y) => covered(y.quote, span) - covered(x.quote, span))[0];
        const match = report?.matches.find((m) => m.articleId === key(p, 'B')) ?? null;
        const b = { start: p.startB, end: p.endB };
        const missed = p.same === true && report && !(match && overlaps(match, b));
        const whole = missed ? matchQuote(report.quote, stored.get(key(p, 'B'))!) : null;
        outcomes.set(p.id, { quoteFound: report !== undefined, match, wholeText: whole !== null && overlaps(whole, b), speakerA: report ? report.quote.speaker : undefined });
        if (show.has(p.id)) shown.push(showPair(p, a, stored.get(key(p, 'B'))!, report, match));
      }
    }
  }
  const ms = performance.now() - t0;
  const raisedFlags = meaningFlagsOf(pairs, outcomes);
  const meaningDir = flagValue(flags, '--meaning-flags');
  if (meaningDir) {
    const byId = new Map(pairs.map((p) => [p.id, p]));
    return writeMeaningBatch(meaningDir, raisedFlags, byId, (p, side) => article.get(key(p, side))!, await readFlagVerdicts(MEANING_FILE) ?? []);
  }

  if (show.size) {
    console.log(shown.join('\n'));
    return 0;
  }
  const scores = scoreJudged(pairs, outcomes);
  // Only with the repository's own labels: a second reading belongs to the pairs it was drawn from.
  const secondLabels = flagValue(flags, '--pairs') ? null : await readSecondLabels(SECOND_FILE);
  const secondOf = new Map((secondLabels ?? []).map((l) => [l.id, l]));
  // A kind disagreement read twice says which reading the pipeline disagrees with.
  const withSecond = (issue: string) => {
    const l = secondOf.get(issue.split(' ')[0]);
    return l && / judged \w+, got /.test(issue) ? `${issue} (second reading: ${l.same === true ? l.kind : l.same === false ? 'different' : 'unsure'})` : issue;
  };
  const showHeld = flags.includes('--show-held-out');
  console.log(`eval judged: ${pairs.length} judged pairs in ${events.size} events (${pairsFile}), shipped pipeline (coverage index per event, compareArticle)`);
  for (const split of ['tune', 'held-out'] as const) {
    const s = scores[split];
    if (!s.issues.length) continue;
    if (split === 'tune' || showHeld) console.log(`\n${split}: misses and disagreements (${s.issues.length}):\n  ${s.issues.map(withSecond).join('\n  ')}`);
    else console.log(`\nheld-out: ${s.issues.length} misses and disagreements (listed with --show-held-out)`);
  }
  console.log('\nkinds (judged -> pipeline), judged-same pairs:');
  for (const split of ['tune', 'held-out', 'all'] as const) {
    const c = scores[split].confusion;
    console.log(`  ${split.padEnd(8)} ${Object.keys(c).sort().map((j) => `${j}: ${Object.entries(c[j]).sort().map(([g, n]) => `${g} ${n}`).join(', ')}`).join(' | ')}`);
  }
  const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : '  -  ');
  console.log('\nmeasure                 tune            held-out        all             goal');
  const row = (name: string, n: (s: SplitScore) => number, d: (s: SplitScore) => number, goal: string) =>
    console.log(`${name.padEnd(24)}${(['tune', 'held-out', 'all'] as const).map((k) => `${pct(n(scores[k]), d(scores[k]))} (${n(scores[k])}/${d(scores[k])})`.padEnd(16)).join('')}${goal}`);
  row('pair recall', (s) => s.found, (s) => s.same, `>= ${GOALS.recall}`);
  row('kind accuracy', (s) => s.kindRight, (s) => s.found, `>= ${GOALS.kindAccuracy}`);
  row('false speaker conflicts', (s) => s.falseConflicts, (s) => s.sameSpeaker, `<= ${GOALS.falseConflicts}`);
  row('real conflicts found', (s) => s.conflictsFlagged, (s) => s.realConflicts, '(reported)');
  row('false matches', (s) => s.falseMatches, (s) => s.notSame, '(reported)');
  row('misses: retrieval', (s) => s.retrievalMisses, (s) => s.same - s.found, '(whole-text alignment finds them)');
  row('speaker of A named', (s) => s.speakerRight, (s) => s.speakerJudged, '(reported; the rest withheld or wrong)');
  row('speaker of A wrong', (s) => s.speakerWrong, (s) => s.speakerJudged, '(reported)');
  const verdicts = flagValue(flags, '--pairs') ? null : await readFlagVerdicts(MEANING_FILE);
  if (verdicts) {
    const f = scoreFlags(raisedFlags, verdicts);
    console.log(`meaning-change flags read real: ${(['tune', 'held-out', 'all'] as const).map((k) => `${k} ${pct(f[k].real, f[k].read)} (${f[k].real}/${f[k].read}; ${f[k].unsure} unsure, ${f[k].raised - f[k].read - f[k].unsure} not read of ${f[k].raised} raised)`).join('; ')}`);
  }
  if (secondLabels) {
    const kindOn = (p: JudgedPair) => {
      const o = outcomes.get(p.id);
      return o?.match && overlaps(o.match, { start: p.startB, end: p.endB }) ? o.match.kind : null;
    };
    console.log('');
    for (const line of agreementLines(scoreAgreement(pairs, secondLabels, kindOn), pct)) console.log(line);
    console.log('');
    const thirdLabels = await readSecondLabels(THIRD_FILE) ?? [];
    for (const line of majorityLines(scoreMajority(pairs, secondLabels, thirdLabels, kindOn), pct)) console.log(line);
  }
  console.log(`pairs: ${(['tune', 'held-out', 'all'] as const).map((k) => `${k} ${scores[k].pairs} (${scores[k].same} same, ${scores[k].notSame} different, ${scores[k].unsure} unsure, ${scores[k].samePage} one page twice)`).join('; ')}`);
  console.log(`time: ${ms.toFixed(0)} ms`);
  const ok = meetsGoals(scores['held-out']);
  if (!ok) console.log('held-out split misses a goal');
  return ok ? 0 : 1;
}

/** The meaning changes raised on judged-same pairs matched on their judged span of B. */
export function meaningFlagsOf(pairs: readonly JudgedPair[], outcomes: ReadonlyMap<string, Outcome>): RaisedFlag[] {
  const out: RaisedFlag[] = [];
  for (const p of pairs) {
    const m = outcomes.get(p.id)?.match;
    if (p.same !== true || samePage(p) || !m?.meaningChanges?.length || !overlaps(m, { start: p.startB, end: p.endB })) continue;
    out.push({ id: p.id, split: p.split, words: m.meaningChanges, match: { start: m.start, end: m.end } });
  }
  return out;
}

/** Characters of `span` that `s` covers. */
function covered(s: Span, span: Span): number {
  return Math.max(0, Math.min(s.end, span.end) - Math.max(s.start, span.start));
}


/** One tune pair in context, with the pipeline's quote and match: for reading while tuning. */
function showPair(p: JudgedPair, a: StoredArticle, b: StoredArticle, report: QuoteReport | undefined, match: QuoteMatch | null): string {
  const around = (text: string, span: Span) => `${text.slice(Math.max(0, span.start - 200), span.start)}⟦${text.slice(span.start, span.end)}⟧${text.slice(span.end, span.end + 200)}`.replace(/\n+/g, ' ¶ ');
  const lines = [
    `== ${p.id} judged same=${p.same} kind=${p.kind} speakers=${p.speakers} (${p.speakerA} / ${p.speakerB})`,
    `A ${a.outlet}: ${around(a.text, { start: p.startA, end: p.endA })}`,
    `B ${b.outlet} (judged span): ${around(b.text, { start: p.startB, end: p.endB })}`,
    `quote: ${report ? `${JSON.stringify(report.quote.text)} speaker=${report.quote.speaker ?? 'null'}` : 'none on the span'}`,
  ];
  if (match) lines.push(`match: ${match.kind}${match.speakerConflict ? ' CONFLICT' : ''}${match.meaningChanges.length ? ` meaning(${match.meaningChanges.join(', ')})` : ''} speaker=${match.speaker ?? 'null'} at ${match.start}-${match.end}: ${JSON.stringify(b.text.slice(match.start, match.end))}`);
  else lines.push('match: none in B');
  if (match) lines.push(`diff: ${formatDiff(match.diff)}`);
  return lines.join('\n');
}
