/**
 * The judged cross-outlet pair set (issue 12), step one and three:
 *   `npm run eval -- judged <corpus-dir> --candidates <out-dir>` draws candidate pairs (a quote of
 *     article A, a passage of article B of another outlet on the same story) and writes blind
 *     judging batches plus candidates.jsonl to <out-dir> (outside the repository: they hold corpus text);
 *   `npm run eval -- judged <corpus-dir> --import <out-dir>` merges candidates.jsonl with the judges'
 *     labels-*.jsonl into test/judged/pairs.jsonl (ids, offsets and labels only, never corpus text).
 * Candidates come from an independent word-overlap heuristic UNION the shipped matcher on whole
 * texts, so the matcher's recall is not measured on pairs it proposed itself.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MatchKind, Span } from '@/utils/types';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { lexiconFor } from '@/utils/language/lexicons';
import { lineSpans } from '@/utils/article/article-text';
import { canonicalUrl } from '@/utils/article/article-id';
import { matchQuote, type OtherArticle } from '@/utils/matching/match-quote';
import { tokenizeWords, type WordToken } from '@/utils/text/tokenize-words';
import { isContentWord } from '@/utils/text/word-weights';
import { MATCH_KINDS } from '@/utils/report/verdicts';
import { seededRandom } from '@/bin/eval/seeded-random';
import { labelFiles } from './json-lines';
import { pushTo } from '@/utils/text/list-map';

export type Corpus = 'pac' | 'allsides';
export type Split = 'tune' | 'held-out';

/** Where an article lives in the corpus: a PAC file name, or an AllSides line index (with its url to check). */
export interface CorpusRef {
  corpus: Corpus;
  /** PAC: file name in pac/; AllSides: 0-based line of allsides/articles.jsonl. */
  file: string | number;
  url: string;
}

export interface CorpusArticle extends OtherArticle {
  ref: CorpusRef;
  event: string;
}

/** One candidate pair: machine data written to candidates.jsonl (offsets, no text). */
export interface Candidate {
  id: string;
  corpus: Corpus;
  event: string;
  split: Split;
  fileA: string | number;
  urlA: string;
  startA: number;
  endA: number;
  fileB: string | number;
  urlB: string;
  startB: number;
  endB: number;
  source: 'heuristic' | 'matcher' | 'both';
}

/**
 * One page saved under two outlet names (AllSides lists some articles twice): the compare excludes
 * an article's own URL by design, compared as it compares them (`canonicalUrl`). Only the pair is
 * set aside: quote A's speaker is still scored.
 */
export const samePage = (p: { urlA: string; urlB: string }): boolean => p.urlA !== '' && canonicalUrl(p.urlA) === canonicalUrl(p.urlB);

/** The split of an event: a fixed hash, so tuning never sees the held-out stories. */
export function splitOf(event: string): Split {
  return createHash('sha256').update(event).digest()[0] % 2 === 0 ? 'tune' : 'held-out';
}

function toArticle(j: { title?: string; outlet?: string; url?: string; date?: string | null; text?: string }, ref: CorpusRef, event: string): CorpusArticle {
  const text = j.text ?? '';
  const a: CorpusArticle = { id: `${ref.corpus}:${ref.file}`, outlet: j.outlet ?? '', url: j.url ?? '', title: j.title ?? '', date: j.date ?? null, text, quotes: [], ref, event };
  // Exactly as bin/eval/eval-match.ts loads articles: paragraphs are the raw lines, offsets unchanged.
  const body = { text, paragraphs: lineSpans(text) };
  a.quotes = findQuotes(body, lexiconFor(body));
  return a;
}

/** PAC events: event id -> its articles, read from pac/events.json. */
export async function loadPacEvents(corpusDir: string, only?: Set<string>): Promise<Map<string, CorpusArticle[]>> {
  const dir = join(corpusDir, 'pac');
  const events: Record<string, string[]> = JSON.parse(await readFile(join(dir, 'events.json'), 'utf8'));
  const out = new Map<string, CorpusArticle[]>();
  for (const [ev, files] of Object.entries(events)) {
    if (only && !only.has(ev)) continue;
    const arts: CorpusArticle[] = [];
    for (const f of files) {
      const j = JSON.parse(await readFile(join(dir, f), 'utf8'));
      arts.push(toArticle(j, { corpus: 'pac', file: f, url: j.url ?? '' }, ev));
    }
    out.set(ev, arts);
  }
  return out;
}

/** AllSides pseudo-events: event id -> its articles (line index kept as the file reference). */
export async function loadAllSidesEvents(corpusDir: string, only?: Set<string>): Promise<Map<string, CorpusArticle[]>> {
  const lines = (await readFile(join(corpusDir, 'allsides', 'articles.jsonl'), 'utf8')).split('\n');
  const raw = new Map<string, { j: Record<string, string>; line: number }[]>();
  lines.forEach((l, line) => {
    if (!l.trim()) return;
    const j = JSON.parse(l);
    if (only && !only.has(j.event)) return;
    raw.set(j.event, [...(raw.get(j.event) ?? []), { j, line }]);
  });
  const out = new Map<string, CorpusArticle[]>();
  for (const [ev, items] of raw) out.set(ev, items.map(({ j, line }) => toArticle(j, { corpus: 'allsides', file: line, url: j.url ?? '' }, ev)));
  return out;
}

// ---------------------------------------------------------------- the independent heuristic

/** Quotes shorter than this (words) are not drawn: too short to judge as an utterance. */
const MIN_QUOTE_WORDS = 6;
/** A window is a candidate when it shares this many distinct content words with the quote… */
const MIN_SHARED_CONTENT = 4;
/** …or holds a common run of this many words (with at least one content word). */
const MIN_RUN = 3;

interface HeuristicHit {
  span: Span;
  shared: number;
  run: number;
}

/**
 * Best window of B for a quote by plain word overlap, independent of the matcher: windows of
 * 1.5 × the quote's length + 4 words, scored by distinct shared content words plus half the
 * longest common word run; the span is trimmed to the first and last shared word.
 */
export function heuristicWindow(quoteWords: WordToken[], bWords: WordToken[]): HeuristicHit | null {
  const n = quoteWords.length;
  const qKeys = quoteWords.map((w) => w.key);
  const qContent = new Set(qKeys.filter(isContentWord));
  const qAll = new Set(qKeys);
  // run[j]: longest common run of words ending at B word j (over any quote position).
  const run = new Array<number>(bWords.length).fill(0);
  let prev = new Array<number>(n).fill(0);
  for (let j = 0; j < bWords.length; j++) {
    const cur = new Array<number>(n).fill(0);
    if (qAll.has(bWords[j].key)) {
      for (let i = 0; i < n; i++) {
        if (qKeys[i] === bWords[j].key) {
          cur[i] = (i > 0 ? prev[i - 1] : 0) + 1;
          if (cur[i] > run[j]) run[j] = cur[i];
        }
      }
    }
    prev = cur;
  }
  const width = Math.round(1.5 * n) + 4;
  let best: (HeuristicHit & { score: number }) | null = null;
  for (let s = 0; s < bWords.length; s++) {
    if (!qAll.has(bWords[s].key)) continue;
    const e = Math.min(bWords.length, s + width);
    const seen = new Set<string>();
    let longest = 0;
    let hasContentRun = false;
    let first = -1;
    let last = -1;
    for (let j = s; j < e; j++) {
      const k = bWords[j].key;
      if (qContent.has(k)) seen.add(k);
      if (qAll.has(k)) {
        if (first < 0) first = j;
        last = j;
      }
      const r = Math.min(run[j], j - s + 1);
      if (r > longest) {
        longest = r;
        hasContentRun = bWords.slice(j - r + 1, j + 1).some((w) => isContentWord(w.key));
      }
    }
    const runOk = longest >= MIN_RUN && hasContentRun;
    if (seen.size < MIN_SHARED_CONTENT && !runOk) continue;
    const score = seen.size + 0.5 * longest;
    if (!best || score > best.score) {
      // Trim to shared content words (and the run), so the mark does not open on a stray "the".
      let f = first;
      let l = last;
      const keep = (j: number) => qContent.has(bWords[j].key) || run[j] >= 2 || (j + 1 < e && run[j + 1] >= 2 && run[j + 1] > run[j]);
      while (f < l && !keep(f)) f++;
      while (l > f && !keep(l)) l--;
      best = { span: { start: bWords[f].start, end: bWords[l].end }, shared: seen.size, run: longest, score };
    }
  }
  return best && { span: best.span, shared: best.shared, run: best.run };
}

// ---------------------------------------------------------------- drawing candidates

export interface Drawn extends Candidate {
  strength: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** All candidate pairs of one event (before capping). */
export function eventCandidates(corpus: Corpus, event: string, arts: CorpusArticle[]): Drawn[] {
  const out: Drawn[] = [];
  for (const a of arts) {
    for (const q of a.quotes) {
      const qWords = tokenizeWords(q.text);
      if (qWords.length < MIN_QUOTE_WORDS) continue;
      for (const b of arts) {
        // One page listed twice under two outlet names is no cross-outlet pair (the compare skips an article's own URL).
        if (b === a || b.outlet === a.outlet || samePage({ urlA: a.ref.url, urlB: b.ref.url })) continue;
        const h = heuristicWindow(qWords, tokenizeWords(b.text));
        const m = matchQuote(q, b);
        const base = { corpus, event, split: splitOf(event), fileA: a.ref.file, urlA: a.ref.url, startA: q.start, endA: q.end, fileB: b.ref.file, urlB: b.ref.url };
        const spans: { span: Span; source: Candidate['source']; strength: number }[] = [];
        if (h && m && overlaps(h.span, m)) {
          spans.push({ span: { start: Math.min(h.span.start, m.start), end: Math.max(h.span.end, m.end) }, source: 'both', strength: h.run });
        } else {
          if (h) spans.push({ span: h.span, source: 'heuristic', strength: h.shared >= MIN_SHARED_CONTENT ? h.run : 0 });
          if (m) spans.push({ span: { start: m.start, end: m.end }, source: 'matcher', strength: 0 });
        }
        for (const s of spans) out.push({ ...base, id: '', startB: s.span.start, endB: s.span.end, source: s.source, strength: s.strength });
      }
    }
  }
  return out;
}

/** Candidates per event at most: no single story dominates. */
const CAP: Record<Corpus, number> = { pac: 6, allsides: 3 };

/** How one round of candidates is drawn; round 1's values are the defaults, so it can be redrawn as it was. */
export interface DrawOptions {
  seed: number;
  /** PAC candidates at most, and candidates in all (AllSides fills up to it). */
  targetPac: number;
  targetAll: number;
  /** Events already judged in an earlier round: never drawn again, so the new held-out is unseen. */
  skipEvents: ReadonlySet<string>;
  /** Number of the first id (ids are `p`/`a` + a running number, unique across rounds). */
  firstId: number;
  /** Pairs per judging batch at most. */
  batchSize: number;
  /**
   * A round inside events judged already (tune events only, so the held-out half stays unseen):
   * their pairs so far, by event. Only these events are drawn, and no pair overlapping one of theirs.
   */
  within?: ReadonlyMap<string, readonly Candidate[]>;
}

/** Round 1 (2026-12-03): PAC ran out at 185 (only ~60 of its 152 stories share quotes); AllSides made up the rest. */
export const ROUND_1: DrawOptions = { seed: 20261203, targetPac: 215, targetAll: 450, skipEvents: new Set(), firstId: 1, batchSize: 150 };

/** The next round after the pairs judged so far: their events skipped, ids numbered on after the highest. */
export function nextRound(judged: readonly Pick<Candidate, 'id' | 'event'>[], over: Partial<DrawOptions> = {}): DrawOptions {
  const highest = Math.max(0, ...judged.map((p) => Number(/\d+$/.exec(p.id)?.[0] ?? 0)));
  return { ...ROUND_1, skipEvents: new Set(judged.map((p) => p.event)), firstId: highest + 1, ...over };
}

/**
 * A round of more pairs in the tune events judged so far: the held-out events are never drawn, so
 * that half stays as blind as it was; ids number on after the highest.
 */
export function moreTuneRound(judged: readonly Candidate[], over: Partial<DrawOptions> = {}): DrawOptions {
  const within = new Map<string, Candidate[]>();
  for (const p of judged) if (p.split === 'tune') pushTo(within, p.event, p);
  return { ...nextRound(judged, over), skipEvents: new Set(), within };
}

/** A heuristic-only candidate with a common run this long (and MIN_SHARED_CONTENT shared) is likely the same utterance (a matcher miss). */
const STRONG_RUN = 5;
/** Share of near misses (weak heuristic-only candidates) in the set: enough to test false matches. */
const WEAK_SHARE = 0.12;

const isStrong = (c: Drawn) => c.source !== 'heuristic' || c.strength >= STRONG_RUN;

/**
 * Picks up to `cap` candidates of one event in seeded order, likely pairs first, the reverse
 * direction of a pair already taken skipped; then one near miss when `weakAllowed`. An event with
 * no likely pair gives nothing (near misses alone would swamp the set).
 */
export function pickFromEvent(cands: Drawn[], cap: number, rand: () => number, weakAllowed: boolean, before: readonly Candidate[] = []): Drawn[] {
  const order = cands.map((c) => ({ c, r: rand() })).sort((x, y) => x.r - y.r).map((x) => x.c);
  const picked: Drawn[] = [];
  const reverseOf = (c: Candidate, p: Candidate) =>
    p.fileA === c.fileB && p.fileB === c.fileA && overlaps({ start: p.startA, end: p.endA }, { start: c.startB, end: c.endB }) && overlaps({ start: p.startB, end: p.endB }, { start: c.startA, end: c.endA });
  // A pair judged in an earlier round is matched by overlap: quote spans may have moved since.
  const judgedBefore = (c: Drawn) => before.some((p) => reverseOf(c, p) || (p.fileA === c.fileA && p.fileB === c.fileB && overlaps({ start: p.startA, end: p.endA }, { start: c.startA, end: c.endA })));
  const reverse = (c: Drawn) => picked.some((p) => reverseOf(c, p));
  const dup = (c: Drawn) => judgedBefore(c) || picked.some((p) => p.fileA === c.fileA && p.startA === c.startA && p.fileB === c.fileB);
  const strong = order.filter(isStrong);
  for (const c of strong) if (picked.length < cap && !dup(c) && !reverse(c)) picked.push(c);
  // B's own quote looked up in A is a second test of the pipeline, taken only when room is left.
  for (const c of strong) if (picked.length < cap && !dup(c)) picked.push(c);
  if (!picked.length) return [];
  const weak = order.find((c) => !isStrong(c) && !dup(c) && !reverse(c));
  if (weakAllowed && weak) picked[picked.length >= cap ? picked.length - 1 : picked.length] = weak;
  return picked;
}

async function drawCandidates(corpusDir: string, opts: DrawOptions): Promise<Candidate[]> {
  const rand = seededRandom(opts.seed);
  const all: Candidate[] = [];
  for (const corpus of ['pac', 'allsides'] as const) {
    const target = corpus === 'pac' ? Math.min(opts.targetPac, opts.targetAll) : opts.targetAll - all.length;
    const events = corpus === 'pac' ? await loadPacEvents(corpusDir) : await loadAllSidesEvents(corpusDir);
    const ids = [...events.keys()].sort();
    // Seeded shuffle of the events (all of them, so round 1 redraws as it was); then events are
    // read in that order, judged ones skipped, until the target is met.
    const order = ids.map((id) => ({ id, r: rand() })).sort((x, y) => x.r - y.r).map((x) => x.id);
    let taken = 0;
    let weak = 0;
    for (const ev of order) {
      if (taken >= target) break;
      if (opts.skipEvents.has(ev) || (opts.within && !opts.within.has(ev))) continue;
      const arts = events.get(ev)!;
      if (new Set(arts.map((a) => a.outlet)).size < 2) continue;
      const picked = pickFromEvent(eventCandidates(corpus, ev, arts), Math.min(CAP[corpus], target - taken), rand, weak < WEAK_SHARE * taken, opts.within?.get(ev));
      weak += picked.filter((c) => !isStrong(c)).length;
      for (const p of picked) {
        const { strength: _s, ...c } = p;
        void _s;
        all.push({ ...c, id: `${corpus === 'pac' ? 'p' : 'a'}${String(opts.firstId + all.length).padStart(3, '0')}` });
      }
      taken += picked.length;
    }
  }
  return all;
}

/** Judging batches of at most `size` pairs: candidates dealt round-robin in a seeded order (each judge sees a mix of corpora and sources), ids sorted within a batch. */
export function batchesOf<T extends { id: string }>(cands: readonly T[], size: number, seed: number): T[][] {
  const count = Math.max(1, Math.ceil(cands.length / Math.max(1, size)));
  const rand = seededRandom(seed);
  const shuffled = cands.map((c) => ({ c, r: rand() })).sort((x, y) => x.r - y.r).map((x) => x.c);
  return Array.from({ length: count }, (_, k) => shuffled.filter((_, i) => i % count === k).sort((x, y) => x.id.localeCompare(y.id)));
}

// ---------------------------------------------------------------- judging batches

const INSTRUCTIONS = `# Judging batch {N}: cross-outlet quote pairs

Each entry shows a direct quote in article A (marked ⟦like this⟧) and a passage of article B, from
another outlet on the same story, that MAY render the same utterance (marked ⟦like this⟧). Read both
contexts and judge. Some entries are near misses (a different statement that shares words): say so.

For EACH pair output exactly ONE line of JSON (no other text, no code fences), in the order given:

{"id":"p001","same":true,"kind":"verbatim","speakerA":"Lee","speakerB":"Ann Lee","speakers":"same","note":""}

Fields:
- id: the pair id shown in the entry header.
- same: true when B renders the same utterance, by the same occasion, as A's quote; false when it is
  a different statement (even if it shares words); "unsure" when you cannot tell from the context.
- kind (only when same is true, otherwise null):
  - "verbatim": B quotes (inside quote marks) the same words; ignore case, punctuation, quote-mark
    style and British/American spelling.
  - "partial": both quote it and one version is a strict contiguous excerpt of the other (even when
    the shorter one is carried word for word); a "…" / "..." ellipsis joining pieces is a marked cut,
    so it is partial.
  - "altered": both quote it but words differ inside the shared part, including bracketed editor
    insertions or substitutions such as "[and]" or "[Mr. Lee]" for "he".
  - "paraphrase": B reports it WITHOUT quote marks (indirect speech).
  Judge the kind on B's whole quoted version of this utterance (look beyond the marked span if B's
  quote marks run further), not only on the marked words.
- speakerA / speakerB: the person each article credits with the words, as written there (resolve
  "he" / "the senator" to the name when the context shows it); null when the article gives none.
  Keep it short (surname is enough).
- speakers: "same" when both credit the same person (same surname, title forms and aliases are the
  same person); "conflict" only when both clearly credit DIFFERENT people; "unclear" when one side
  gives no speaker or you cannot tell.
- note: optional, at most 15 words (e.g. "B splits quote around attribution", "different speech").

Output format, one line per pair, nothing else:
{"id":"…","same":true|false|"unsure","kind":"verbatim"|"partial"|"altered"|"paraphrase"|null,"speakerA":"…"|null,"speakerB":"…"|null,"speakers":"same"|"conflict"|"unclear","note":"…"}

---
`;

/** About this many characters of context on each side of a marked span. */
const CONTEXT = 250;

function contextOf(text: string, span: Span): string {
  let s = Math.max(0, span.start - CONTEXT);
  let e = Math.min(text.length, span.end + CONTEXT);
  // Cut at word boundaries so no half words open or close the excerpt.
  while (s > 0 && /\S/.test(text[s - 1]) && span.start - s < CONTEXT + 30) s--;
  while (e < text.length && /\S/.test(text[e]) && e - span.end < CONTEXT + 30) e++;
  const body = `${text.slice(s, span.start)}⟦${text.slice(span.start, span.end)}⟧${text.slice(span.end, e)}`;
  return `${s > 0 ? '…' : ''}${body}${e < text.length ? '…' : ''}`.replace(/\n+/g, ' ¶ ');
}

function entry(c: Candidate, a: CorpusArticle, b: CorpusArticle): string {
  return `## ${c.id}\n\nA — ${a.outlet}:\n\n> ${contextOf(a.text, { start: c.startA, end: c.endA })}\n\n` +
    `B — ${b.outlet}:\n\n> ${contextOf(b.text, { start: c.startB, end: c.endB })}\n\n`;
}

/** Judging batch `n`: the instructions, then each pair's two contexts (nothing of what any matcher or judge said). */
export function judgingBatch<T extends Candidate>(n: number, part: readonly T[], articlesOf: (c: T) => [CorpusArticle, CorpusArticle]): string {
  const body = part.map((c) => entry(c, ...articlesOf(c))).join('---\n\n');
  return INSTRUCTIONS.replace('{N}', String(n)) + `\n${part.length} pairs.\n\n` + body;
}

export async function writeCandidates(corpusDir: string, outDir: string, opts: DrawOptions = ROUND_1): Promise<number> {
  const cands = await drawCandidates(corpusDir, opts);
  const events = new Set(cands.map((c) => c.event));
  const arts = new Map<string, CorpusArticle>();
  for (const map of [await loadPacEvents(corpusDir, events), await loadAllSidesEvents(corpusDir, events)]) {
    for (const list of map.values()) for (const a of list) arts.set(String(a.ref.file), a);
  }
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'candidates.jsonl'), cands.map((c) => JSON.stringify(c)).join('\n') + '\n');
  const batches = batchesOf(cands, opts.batchSize, opts.seed + 1);
  for (const [k, part] of batches.entries()) {
    await writeFile(join(outDir, `batch-${k + 1}.md`), judgingBatch(k + 1, part, (c) => [arts.get(String(c.fileA))!, arts.get(String(c.fileB))!]));
  }
  await writeFile(join(outDir, 'READY'), '');
  const count = (p: (c: Candidate) => boolean) => cands.filter(p).length;
  console.log(`judge candidates: ${cands.length} pairs (${count((c) => c.corpus === 'pac')} PAC, ${count((c) => c.corpus === 'allsides')} AllSides; ` +
    `${count((c) => c.split === 'tune')} tune, ${count((c) => c.split === 'held-out')} held-out; source heuristic ${count((c) => c.source === 'heuristic')}, ` +
    `matcher ${count((c) => c.source === 'matcher')}, both ${count((c) => c.source === 'both')}) in ${events.size} events, ${batches.length} batches; ` +
    `seed ${opts.seed}, ${opts.within ? `within ${opts.within.size} judged tune events` : `${opts.skipEvents.size} judged events skipped`}, ids from ${opts.firstId} -> ${outDir}`);
  return 0;
}

// ---------------------------------------------------------------- importing the judges' labels

export type Same = true | false | 'unsure';
export type JudgedKind = MatchKind | null;
export type SpeakerRelation = 'same' | 'conflict' | 'unclear';

/** One line of test/judged/pairs.jsonl: where the pair is, and how the judges labelled it. */
export interface JudgedPair extends Candidate {
  same: Same;
  kind: JudgedKind;
  speakers: SpeakerRelation;
  /** The names the judges read (labels, kept short); null when the article gives none. */
  speakerA: string | null;
  speakerB: string | null;
}

/** Judges label with the product's own kinds, so the scores compare like with like. */
const KINDS = new Set<string>(MATCH_KINDS);

/** A judge's line checked and normalised; null (with the reason) when it cannot be used. */
export function parseLabel(line: string): { id: string; same: Same; kind: JudgedKind; speakers: SpeakerRelation; speakerA: string | null; speakerB: string | null } | string {
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(line);
  } catch {
    return 'not JSON';
  }
  if (typeof j.id !== 'string') return 'no id';
  const same = j.same === true || j.same === false || j.same === 'unsure' ? j.same : null;
  if (same === null) return `${j.id}: bad "same"`;
  const kind = typeof j.kind === 'string' && KINDS.has(j.kind) ? (j.kind as JudgedKind) : null;
  if (same === true && kind === null) return `${j.id}: same without a kind`;
  const speakers = j.speakers === 'same' || j.speakers === 'conflict' || j.speakers === 'unclear' ? j.speakers : 'unclear';
  // Names are labels: the short form a judge wrote, capped so no corpus sentence slips in.
  const name = (v: unknown) => (typeof v === 'string' && v.trim() && v.trim().toLowerCase() !== 'null' ? v.trim().slice(0, 40) : null);
  return { id: j.id, same, kind: same === true ? kind : null, speakers, speakerA: name(j.speakerA), speakerB: name(j.speakerB) };
}

/**
 * New labelled pairs appended to the lines already in the file (kept as they are, so an earlier
 * round is never rewritten); a pair whose id is there already is left out, with a problem when
 * its labels differ (a re-import of the same round changes nothing).
 */
export function mergePairs(existingLines: readonly string[], added: readonly JudgedPair[]): { lines: string[]; appended: number; problems: string[] } {
  const lines = existingLines.filter((l) => l.trim());
  const byId = new Map<string, string>();
  for (const l of lines) byId.set(String((JSON.parse(l) as { id?: unknown }).id), l);
  const problems: string[] = [];
  let appended = 0;
  for (const p of added) {
    const line = JSON.stringify(p);
    const old = byId.get(p.id);
    if (old !== undefined) {
      if (old !== line) problems.push(`${p.id} is in the pairs file already with other data (old line kept)`);
      continue;
    }
    byId.set(p.id, line);
    lines.push(line);
    appended++;
  }
  return { lines, appended, problems };
}

async function readLines(file: string): Promise<string[]> {
  try {
    return (await readFile(file, 'utf8')).split('\n');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

export async function importLabels(fromDir: string, toFile: string): Promise<number> {
  const cands: Candidate[] = (await readFile(join(fromDir, 'candidates.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const files = await labelFiles(fromDir);
  const labels = new Map<string, Exclude<ReturnType<typeof parseLabel>, string>>();
  const problems: string[] = [];
  for (const { file: f, lines } of files) {
    for (const line of lines) {
      const l = parseLabel(line);
      if (typeof l === 'string') problems.push(`${f}: ${l}`);
      else if (labels.has(l.id)) problems.push(`${f}: ${l.id} labelled twice (first kept)`);
      else labels.set(l.id, l);
    }
  }
  const known = new Set(cands.map((c) => c.id));
  for (const id of labels.keys()) if (!known.has(id)) problems.push(`label for unknown pair ${id}`);
  const out: JudgedPair[] = [];
  for (const c of cands) {
    const l = labels.get(c.id);
    if (l) out.push({ ...c, same: l.same, kind: l.kind, speakers: l.speakers, speakerA: l.speakerA, speakerB: l.speakerB });
  }
  const merged = mergePairs(await readLines(toFile), out);
  problems.push(...merged.problems);
  await writeFile(toFile, merged.lines.join('\n') + '\n');
  for (const p of problems.slice(0, 20)) console.error(`  ${p}`);
  console.log(`judge import: ${out.length} of ${cands.length} candidates labelled (${files.length} label files, ${problems.length} problems); ` +
    `${merged.appended} appended to the ${merged.lines.length - merged.appended} pairs already in ${toFile}`);
  return problems.length && !out.length ? 1 : 0;
}
