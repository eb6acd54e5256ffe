/**
 * `npm run eval -- match <pac-dir>`: measures the quote matcher on PAC cross-outlet pairs.
 *   pair recall      quoteA found in fileB where quoteB sits (goal >= 0.95)
 *   kind agreement   the match kind is one of the pair's expectedKinds (goal >= 0.85)
 *   false matches    quotes of each article against 3 seeded articles of OTHER events, matches per
 *                    100 quotes (goal <= 0.5)
 * By default every match goes through the shipped pipeline: one coverage index over all PAC
 * articles proposes candidate windows, then matchQuote aligns them. `--brute` aligns each quote
 * with the other article's whole text instead (the upper bound the index is measured against).
 * Quotes of the other articles come from utils/quotes/find-quotes.ts.
 *
 * `--crowd N` saves N unrelated articles too (a seeded sample of the AllSides corpus beside the
 * PAC folder, streamed line by line) and measures the pairs again: recall must not depend on what
 * else the library holds, so the run fails when the crowded recall is below the uncrowded one.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Quote, QuoteMatch, Span } from '@/utils/types';
import { matchQuote, mayQualify, type OtherArticle } from '@/utils/matching/match-quote';
import { FRAGMENT_WORDS } from '@/utils/matching/classify-match';
import { CoverageIndex, indexTerms } from '@/utils/index/coverage-index';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { lexiconFor } from '@/utils/language/lexicons';
import { tokenizeWords } from '@/utils/text/tokenize-words';
import { seededRandom } from '@/bin/eval/seeded-random';
import { articleTextFromLines, lineSpans } from '@/utils/article/article-text';
import type { StoredArticle } from '@/utils/types';

export type Matcher = (quote: Quote, other: OtherArticle) => QuoteMatch | null;

interface Pair {
  event: string;
  fileA: string;
  fileB: string;
  quoteA: string;
  quoteB: string;
  expectedKinds: string[];
}

const UNRELATED_PER_ARTICLE = 3;
const SEED = 20260313;

export interface MatchEvalOptions {
  /** Align with whole texts instead of the index's candidate windows. */
  brute?: boolean;
  /** Unrelated articles (from the AllSides corpus beside the PAC folder) saved in the index too. */
  crowd?: number;
}

/**
 * The shipped path: candidates from one index over every article (and `crowd`, saved but never
 * asked about), windows kept as planComparison keeps them (mayQualify), then alignment in those.
 */
function indexedMatcher(articles: OtherArticle[], crowd: readonly StoredArticle[] = []): Matcher & { work: CoverageIndex['work'] } {
  const index = new CoverageIndex();
  for (const a of articles) index.add({ ...a, byline: null, lang: null, paragraphs: lineSpans(a.text), savedAt: 0 });
  for (const a of crowd) index.add(a);
  return Object.assign((quote: Quote, other: OtherArticle) => {
    const terms = indexTerms(quote.text);
    const hit = index.candidates(quote, { includeSameOutlet: true }, terms).find((c) => c.articleId === other.id);
    const windows = hit?.windows.filter((w) => mayQualify(terms, w.terms)) ?? [];
    return windows.length ? matchQuote(quote, other, windows) : null;
  }, { work: index.work });
}

/**
 * `count` articles of the AllSides corpus (one JSON object a line), a seeded sample of its lines
 * (reservoir sampling, so the 76 MB file is streamed once and only the sample is parsed).
 */
async function readCrowd(file: string, count: number): Promise<StoredArticle[]> {
  const rand = seededRandom(SEED + 1);
  const kept: Array<{ line: number; text: string }> = [];
  let n = 0;
  for await (const text of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (!text.trim()) continue;
    if (kept.length < count) kept.push({ line: n, text });
    else {
      const k = Math.floor(rand() * (n + 1));
      if (k < count) kept[k] = { line: n, text };
    }
    n++;
  }
  return kept.map(({ line, text }) => {
    const r = JSON.parse(text) as { title?: string; outlet?: string; url?: string; date?: string | null; text?: string };
    const body = articleTextFromLines(r.text ?? '');
    return {
      id: `crowd:${line}`, title: r.title ?? '', outlet: r.outlet ?? '', url: r.url ?? '', date: r.date ?? null, byline: null, lang: null,
      ...body, quotes: [], savedAt: 0,
    };
  });
}

export async function runMatchEval(dir: string, options: MatchEvalOptions = {}): Promise<number> {
  let pairs: Pair[];
  let events: Record<string, string[]>;
  try {
    pairs = (await readFile(join(dir, 'pairs.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
    events = JSON.parse(await readFile(join(dir, 'events.json'), 'utf8'));
  } catch (e) {
    console.error(`eval match: cannot read PAC data in ${dir}: ${(e as Error).message}`);
    return 1;
  }
  const cache = new Map<string, OtherArticle>();
  const load = async (file: string): Promise<OtherArticle> => {
    const hit = cache.get(file);
    if (hit) return hit;
    const j = JSON.parse(await readFile(join(dir, file), 'utf8'));
    const a: OtherArticle = { id: file, outlet: j.outlet ?? '', url: j.url ?? '', title: j.title ?? '', date: j.date ?? null, text: j.text ?? '', quotes: [] };
    const body = { text: a.text, paragraphs: lineSpans(a.text) };
    a.quotes = findQuotes(body, lexiconFor(body));
    cache.set(file, a);
    return a;
  };
  const eventOf = new Map<string, string>();
  for (const [ev, files] of Object.entries(events)) for (const f of files) eventOf.set(f, ev);
  const allFiles = [...eventOf.keys()].sort();
  const articles = await Promise.all(allFiles.map(load));
  const matcher: Matcher = options.brute ? (q, o) => matchQuote(q, o) : indexedMatcher(articles);

  // Pairs: recall and kind agreement.
  // A quote the heuristic paired with several quotes of B ("multi-match") is found at the right
  // place when the match lies on any of them; `strict` counts only this pair's own quoteB.
  const group = (p: Pair) => `${p.fileA}\u0000${p.fileB}\u0000${p.quoteA}`;
  const groupB = new Map<string, string[]>();
  for (const p of pairs) groupB.set(group(p), [...(groupB.get(group(p)) ?? []), p.quoteB]);
  const scorePairs = async (match: Matcher) => {
    let found = 0;
    let strict = 0;
    let agree = 0;
    const disagreements: string[] = [];
    const t0 = performance.now();
    for (const p of pairs) {
      const a = await load(p.fileA);
      const b = await load(p.fileB);
      const start = a.text.indexOf(p.quoteA);
      const quote = makeQuote(p.quoteA, start);
      const m = match(quote, b);
      const on = (needles: string[]) =>
        m !== null && needles.some((n) => occurrences(b.text, n).some((s) => m.start < s.end && m.end > s.start));
      const atPlace = on(groupB.get(group(p))!);
      if (atPlace) found++;
      if (on([p.quoteB])) strict++;
      if (m && atPlace && p.expectedKinds.includes(m.kind)) agree++;
      else {
        disagreements.push(
          `  [${p.event}] expected ${p.expectedKinds.join('/')}, got ${m ? m.kind : 'no match'}${m && !atPlace ? ' (elsewhere)' : ''}\n` +
            `    A: ${p.quoteA}\n    B: ${p.quoteB}\n` +
            (m ? `    diff: ${m.diff.map((d) => (d.op === 'equal' ? d.text : d.op === 'delete' ? `[-${d.text}-]` : `{+${d.text}+}`)).join(' ')}\n` : ''),
        );
      }
    }
    return { found, strict, agree, disagreements, ms: performance.now() - t0 };
  };
  const { found, strict, agree, disagreements, ms: pairMs } = await scorePairs(matcher);
  const crowd = options.crowd && !options.brute ? await readCrowd(join(resolve(dir), '..', 'allsides', 'articles.jsonl'), options.crowd).catch((e: Error) => e) : [];
  if (crowd instanceof Error) {
    console.error(`eval match: cannot read the crowd beside ${dir}: ${crowd.message}`);
    return 1;
  }
  const crowdMatcher = crowd.length ? indexedMatcher(articles, crowd) : null;
  const crowded = crowdMatcher ? await scorePairs(crowdMatcher) : null;

  // Unrelated stories: every quote of every article against articles of other events.
  const rand = seededRandom(SEED);
  let quotes = 0;
  let comparisons = 0;
  let falseMatches = 0;
  const falseSamples: string[] = [];
  for (const file of allFiles) {
    const a = await load(file);
    const others: string[] = [];
    while (others.length < UNRELATED_PER_ARTICLE) {
      const f = allFiles[Math.floor(rand() * allFiles.length)];
      if (eventOf.get(f) !== eventOf.get(file) && !others.includes(f)) others.push(f);
    }
    const otherArticles = await Promise.all(others.map(load));
    for (const q of a.quotes) {
      quotes++;
      for (const o of otherArticles) {
        comparisons++;
        const m = matcher(q, o);
        if (m) {
          falseMatches++;
          if (falseSamples.length < 10) falseSamples.push(`  ${file} -> ${o.id} (${m.kind}): "${q.text}" ~ "${m.text}"`);
        }
      }
    }
  }

  const recall = found / pairs.length;
  const agreement = agree / pairs.length;
  const falsePer100 = (100 * falseMatches) / Math.max(1, quotes);
  console.log(`eval match: ${pairs.length} PAC pairs, ${allFiles.length} articles, ${options.brute ? 'brute force (whole-text alignment)' : 'indexed pipeline (coverage index candidates, then alignment)'}`);
  if (disagreements.length) console.log(`kind disagreements and misses (${disagreements.length}):\n${disagreements.join('')}`);
  if (falseSamples.length) console.log(`false matches (first ${falseSamples.length}):\n${falseSamples.join('\n')}`);
  console.log('');
  console.log('measure                          value   goal');
  console.log(`pair recall                      ${recall.toFixed(3)}  >= 0.95   (${found}/${pairs.length}; on this pair's own quoteB: ${strict})`);
  console.log(`kind agreement                   ${agreement.toFixed(3)}  >= 0.85   (${agree}/${pairs.length})`);
  console.log(`false matches per 100 quotes     ${falsePer100.toFixed(2)}   <= 0.5    (${falseMatches} in ${quotes} quotes x ${UNRELATED_PER_ARTICLE} unrelated articles = ${comparisons} comparisons)`);
  console.log(`time: ${(pairMs / pairs.length).toFixed(1)} ms per pair`);
  let crowdedOk = true;
  if (crowded) {
    const lost = crowded.disagreements.filter((d) => !disagreements.includes(d));
    console.log('');
    console.log(`crowded: ${crowd.length} unrelated saved articles added (seeded sample of ${join(dirname(resolve(dir)), 'allsides', 'articles.jsonl')})`);
    if (lost.length) console.log(`pairs that differ when crowded (${lost.length}):\n${lost.join('')}`);
    console.log(`measure                          crowd 0   crowd ${crowd.length}`);
    console.log(`pair recall                      ${recall.toFixed(3)}     ${(crowded.found / pairs.length).toFixed(3)}   (${found} / ${crowded.found} of ${pairs.length}; must not fall)`);
    console.log(`kind agreement                   ${agreement.toFixed(3)}     ${(crowded.agree / pairs.length).toFixed(3)}`);
    console.log(`time per pair (ms)               ${(pairMs / pairs.length).toFixed(1)}       ${(crowded.ms / pairs.length).toFixed(1)}`);
    const { quotes, budgeted } = crowdMatcher!.work;
    console.log(`quote lookups past the read budget (crowded)  ${budgeted} of ${quotes}`);
    crowdedOk = crowded.found >= found;
  }
  return recall >= 0.95 && agreement >= 0.85 && falsePer100 <= 0.5 && crowdedOk ? 0 : 1;
}

function makeQuote(text: string, start: number): Quote {
  const span: Span = { start, end: start + text.length };
  return {
    text, start: span.start, end: span.end, parts: [span], speaker: null, cue: null,
    speakerMention: null, speakerNamedAt: null,
    fragment: tokenizeWords(text).length < FRAGMENT_WORDS,
  };
}

function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  for (let k = text.indexOf(needle); k >= 0; k = text.indexOf(needle, k + 1)) spans.push({ start: k, end: k + needle.length });
  return spans;
}


