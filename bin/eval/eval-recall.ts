/**
 * `npm run eval -- recall <corpus-dir>`: recall against brute force at 10,000 saved articles,
 * counted only on the brute-force matches a reader calls the same quote (issue 12). Brute force
 * (matchQuote over every saved article) also matches stock phrases, so its raw recall is a floor.
 *
 * Three steps, like `eval judged`:
 *   `npm run bench -- --recall-only --reference-pairs F` lists every brute-force match of the
 *     benchmark's 10k library, each found by the index or missed;
 *   `--candidates <dir> --reference-pairs F [--sample N] [--seed S]` draws N missed and N found
 *     matches (stratified: the index finds most, so a plain sample would hold few misses) and
 *     writes blind judging batches (outside the repository: they hold corpus text);
 *   `--import <dir>` keeps the judges' labels in test/judged/recall-pairs.jsonl (offsets only).
 * With no flag it saves a 10k library (every labelled saved article, then AllSides articles in file
 * order: it does not depend on which quotes today's finder sees), runs compareArticle for every
 * labelled query article, and weights each stratum's judged-same pairs by its size:
 *   recall ≈ Σ_s N_s · found&same_s / n_s  ÷  Σ_s N_s · same_s / n_s.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Quote, Span } from '@/utils/types';
import { compareArticle } from '@/utils/report/compare-article';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { matchQuote } from '@/utils/matching/match-quote';
import { readAllsides, type BenchArticle } from '../bench/bench-corpus';
import { PROJECT_ROOT } from '../cli/project-root';
import { seededRandom } from './seeded-random';
import { batchesOf, parseLabel, splitOf, type Same } from './judge-candidates';
import type { MatchKind, QuoteMatch } from '@/utils/types';
import { markedContext } from './marked-context';
import { labelFiles } from './json-lines';

const LABELS_FILE = join(PROJECT_ROOT, 'test', 'judged', 'recall-pairs.jsonl');
const SIZE = 10_000;

type Stratum = 'found' | 'missed';

/** One brute-force match drawn for judging: where it is, not what it says. */
export interface RecallCandidate {
  id: string;
  /** AllSides ids (`allsides:<line>`) of the query article and the saved article. */
  query: string;
  article: string;
  /** The quote's span in the query article, and brute force's match in the saved one. */
  startA: number;
  endA: number;
  startB: number;
  endB: number;
  /** Found or missed by the index when drawn, and how many brute-force matches that stratum held. */
  stratum: Stratum;
  stratumSize: number;
}

export interface RecallLabel extends RecallCandidate {
  same: Same;
  kind: MatchKind | null;
}

interface ReferencePair {
  query: string;
  quote: number;
  article: string;
  stratum: Stratum;
}

/** The bench's `--reference-pairs` lines at 10k: "size \t query \t quote index \t article \t found|missed". */
export function parseReferencePairs(text: string): ReferencePair[] {
  return text.split('\n').filter((l) => l.trim()).map((l) => l.split('\t')).filter((f) => Number(f[0]) === SIZE && f.length === 5)
    .map(([, query, quote, article, s]) => ({ query, quote: Number(quote), article, stratum: s === 'found' ? 'found' : 'missed' }));
}

/** The recall estimate from labels, given which labelled pairs the index finds now. */
export function estimateRecall(labels: readonly RecallLabel[], foundNow: (l: RecallLabel) => boolean) {
  const strata = new Map<Stratum, { size: number; n: number; same: number; sameFound: number }>();
  for (const l of labels) {
    const s = strata.get(l.stratum) ?? { size: l.stratumSize, n: 0, same: 0, sameFound: 0 };
    if (l.same !== 'unsure') s.n++;
    if (l.same === true) {
      s.same++;
      if (foundNow(l)) s.sameFound++;
    }
    strata.set(l.stratum, s);
  }
  let num = 0;
  let den = 0;
  for (const s of strata.values()) {
    if (s.n === 0) continue;
    num += (s.size * s.sameFound) / s.n;
    den += (s.size * s.same) / s.n;
  }
  return { recall: den > 0 ? num / den : NaN, strata: Object.fromEntries(strata) as Partial<Record<Stratum, { size: number; n: number; same: number; sameFound: number }>> };
}

const INSTRUCTIONS = `# Judging batch {N}: is this the same quote?

Each entry shows a direct quote in article A (marked ⟦like this⟧) and a passage of article B, another
saved news article (any outlet, possibly another story), that software aligned with it (marked
⟦like this⟧). Read both contexts and judge whether B renders the SAME utterance as A's quote.

For EACH pair output exactly ONE line of JSON (no other text, no code fences), in the order given:

{"id":"r001","same":true,"kind":"partial","note":""}

- same: true when B renders the same utterance by the same speaker (the same statement, even if B
  quotes only a piece of it, changes words, or reports it without quote marks); false when it is a
  different statement that merely shares words or a stock phrase ("all options are on the table"),
  or the same words said by someone else or on another occasion; "unsure" when you cannot tell.
- kind (only when same is true, else null): "verbatim" (same words in quote marks, ignoring case,
  punctuation and spelling), "partial" (one is a contiguous excerpt of the other), "altered" (words
  differ inside the shared part), "paraphrase" (B reports it without quote marks).
- note: optional, at most 15 words.

---
`;

const CONTEXT = 250;

const around = (text: string, span: Span) => markedContext(text, span, CONTEXT);

/** One judged pair with the pipeline's quote and match, for reading while tuning. */
function showPair(l: RecallLabel, a: BenchArticle, b: BenchArticle, quote: Quote | undefined, match: QuoteMatch | undefined): string {
  return [
    `== ${l.id} judged same=${l.same} kind=${l.kind ?? 'null'} (${l.stratum})`,
    `A ${a.outlet}: ${around(a.text, { start: l.startA, end: l.endA })}`,
    `B ${b.outlet}: ${around(b.text, { start: l.startB, end: l.endB })}`,
    `quote: ${quote ? `${JSON.stringify(quote.text)} speaker=${quote.speaker ?? 'null'} fragment=${quote.fragment}` : 'none on the span'}`,
    match ? `match: ${match.kind} similarity=${match.similarity.toFixed(2)} speaker=${match.speaker ?? 'null'} at ${match.start}-${match.end}: ${JSON.stringify(b.text.slice(match.start, match.end))}` : 'match: none in B',
  ].join('\n');
}

function flagValue(flags: readonly string[], name: string): string | undefined {
  const i = flags.indexOf(name);
  return i >= 0 ? flags[i + 1] : undefined;
}

const quoteAt = (a: BenchArticle, start: number, end: number): Quote | undefined =>
  a.quotes.find((q) => q.start === start && q.end === end) ?? a.quotes.find((q) => q.start < end && start < q.end);

async function draw(dir: string, outDir: string, pairsFile: string, sample: number, seed: number): Promise<number> {
  const pairs = parseReferencePairs(await readFile(pairsFile, 'utf8'));
  if (!pairs.length) throw new Error(`no 10k lines in ${pairsFile} (run: npm run bench -- --recall-only --reference-pairs ${pairsFile})`);
  const byId = new Map((await readAllsides(dir)).map((a) => [a.id, a]));
  const rand = seededRandom(seed);
  const cands: RecallCandidate[] = [];
  for (const stratum of ['missed', 'found'] as const) {
    const all = pairs.filter((p) => p.stratum === stratum);
    const picked = all.map((p) => ({ p, r: rand() })).sort((x, y) => x.r - y.r).slice(0, sample).map((x) => x.p);
    for (const p of picked) {
      const a = byId.get(p.query);
      const b = byId.get(p.article);
      const q = a?.quotes[p.quote];
      const m = q && b ? matchQuote(q, b) : null;
      if (!a || !b || !q || !m) continue; // the code changed since the bench ran
      cands.push({ id: '', query: p.query, article: p.article, startA: q.start, endA: q.end, startB: m.start, endB: m.end, stratum, stratumSize: all.length });
    }
  }
  // Ids in a shuffled order, so neither the ids nor the batches tell the strata apart.
  const order = cands.map((c) => ({ c, r: rand() })).sort((x, y) => x.r - y.r).map((x) => x.c);
  order.forEach((c, i) => (c.id = `r${String(i + 1).padStart(3, '0')}`));
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'candidates.jsonl'), order.map((c) => JSON.stringify(c)).join('\n') + '\n');
  const batches = batchesOf(order, 100, seed + 1);
  for (const [k, part] of batches.entries()) {
    const body = part.map((c) => {
      const a = byId.get(c.query)!;
      const b = byId.get(c.article)!;
      return `## ${c.id}\n\nA — ${a.outlet}:\n\n> ${around(a.text, { start: c.startA, end: c.endA })}\n\nB — ${b.outlet}:\n\n> ${around(b.text, { start: c.startB, end: c.endB })}\n\n`;
    }).join('---\n\n');
    await writeFile(join(outDir, `batch-${k + 1}.md`), `${INSTRUCTIONS.replace('{N}', String(k + 1))}\n${part.length} pairs.\n\n${body}`);
  }
  console.log(`recall candidates: ${order.length} (${order.filter((c) => c.stratum === 'missed').length} missed of ${pairs.filter((p) => p.stratum === 'missed').length}, ` +
    `${order.filter((c) => c.stratum === 'found').length} found of ${pairs.filter((p) => p.stratum === 'found').length}), ${batches.length} batches -> ${outDir}`);
  return 0;
}

async function importRecallLabels(fromDir: string): Promise<number> {
  const cands: RecallCandidate[] = (await readFile(join(fromDir, 'candidates.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const labels = new Map<string, { same: Same; kind: MatchKind | null }>();
  for (const { file: f, lines } of await labelFiles(fromDir)) {
    for (const line of lines) {
      // The pair judges' parser, with the speaker fields this round does not ask for.
      const l = parseLabel(line);
      if (typeof l === 'string') throw new Error(`${f}: ${l}`);
      labels.set(l.id, { same: l.same, kind: l.kind });
    }
  }
  const missing = cands.filter((c) => !labels.has(c.id)).map((c) => c.id);
  if (missing.length) throw new Error(`no label for ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ' …' : ''}`);
  const out = cands.map((c): RecallLabel => ({ ...c, ...labels.get(c.id)! }));
  await writeFile(LABELS_FILE, out.map((l) => JSON.stringify(l)).join('\n') + '\n');
  console.log(`recall labels: ${out.length} pairs -> ${LABELS_FILE}`);
  return 0;
}

export async function runRecallEval(dir: string, flags: readonly string[]): Promise<number> {
  const candidates = flagValue(flags, '--candidates');
  if (candidates) {
    const pairs = flagValue(flags, '--reference-pairs');
    if (!pairs) throw new Error('eval recall --candidates needs --reference-pairs <file> from `npm run bench -- --recall-only --reference-pairs <file>`');
    return draw(dir, candidates, pairs, Number(flagValue(flags, '--sample') ?? 60), Number(flagValue(flags, '--seed') ?? 20261204));
  }
  const from = flagValue(flags, '--import');
  if (from) return importRecallLabels(from);

  const labels: RecallLabel[] = (await readFile(LABELS_FILE, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const t0 = performance.now();
  const all = await readAllsides(dir);
  const byLine = new Map(all.map((a) => [a.id, a]));
  // A 10k library that does not depend on which quotes today's finder sees: every labelled saved
  // article, then AllSides articles in file order, never a labelled query article.
  const queryIds = new Set(labels.map((l) => l.query));
  const saved = new Set(labels.map((l) => l.article));
  const library = [...saved].map((id) => byLine.get(id)!).filter(Boolean);
  for (const a of all) {
    if (library.length >= SIZE) break;
    if (!saved.has(a.id) && !queryIds.has(a.id)) library.push(a);
  }
  const byId = new Map(library.map((a) => [a.id, a]));
  const index = new CoverageIndex();
  for (const a of library) index.add(a);
  const queryById = new Map([...queryIds].map((id) => [id, byLine.get(id)]));
  const found = new Set<string>();
  // --show id,…: the pipeline's match for judged pairs, read while tuning; the held-out half stays unread.
  const show = new Set((flagValue(flags, '--show') ?? '').split(',').filter(Boolean));
  const refused = labels.filter((l) => show.has(l.id) && splitOf(l.query) !== 'tune').map((l) => l.id);
  if (refused.length) {
    console.error(`eval recall: --show reads tune pairs only (held-out: ${refused.join(', ')})`);
    return 2;
  }
  const shown: string[] = [];
  for (const qid of new Set(labels.map((l) => l.query))) {
    const q = queryById.get(qid);
    if (!q) throw new Error(`${qid} is not in ${dir}/allsides/articles.jsonl (corpus changed)`);
    const { quotes } = compareArticle(q, q.quotes, index, (id) => byId.get(id), { reverse: false });
    for (const l of labels.filter((x) => x.query === qid)) {
      const quote = quoteAt(q, l.startA, l.endA);
      const report = quote && quotes.find((r) => r.quote.start === quote.start && r.quote.end === quote.end);
      const match = report?.matches.find((m) => m.articleId === l.article && m.start < l.endB && l.startB < m.end);
      if (match) found.add(l.id);
      if (show.has(l.id)) shown.push(showPair(l, q, byId.get(l.article)!, report?.quote, match));
    }
  }
  if (show.size) console.log(shown.join('\n'));
  const { recall, strata } = estimateRecall(labels, (l) => found.has(l.id));
  const raw = estimateRecall(labels.map((l) => ({ ...l, same: true })), (l) => found.has(l.id));
  console.log(`eval recall: ${labels.length} judged brute-force matches at ${SIZE.toLocaleString('en-US')} saved articles (${LABELS_FILE})`);
  for (const [name, s] of Object.entries(strata)) {
    console.log(`  drawn from ${name.padEnd(6)} ${s!.n} judged of ${s!.size}: ${s!.same} the same quote, ${s!.sameFound} of those found now`);
  }
  console.log(`recall on the same-quote matches (weighted by stratum): ${recall.toFixed(3)}  (every brute-force match, judged or not: ${raw.recall.toFixed(3)}); goal >= 0.99`);
  // The other side: of what the index shows, the share judged another statement (stock phrases, names).
  // Split by the query article, as the judged pairs are by story: rules are read off the tune half only.
  for (const split of ['tune', 'held-out'] as const) {
    const shown = labels.filter((l) => l.same !== 'unsure' && found.has(l.id) && splitOf(l.query) === split);
    const wrong = shown.filter((l) => l.same === false);
    console.log(`${split}: matches shown that are another statement: ${wrong.length} of ${shown.length} judged${split === 'tune' && wrong.length ? ` (${wrong.map((l) => l.id).join(', ')})` : ''}`);
  }
  console.log(`time: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return 0;
}
