/**
 * `npm run eval -- match <pac-dir>`: measures the quote matcher on PAC cross-outlet pairs.
 *   pair recall      quoteA found in fileB where quoteB sits (goal >= 0.95)
 *   kind agreement   the match kind is one of the pair's expectedKinds (goal >= 0.85)
 *   false matches    quotes of each article against 3 seeded articles of OTHER events, matches per
 *                    100 quotes (goal <= 0.5)
 * The matcher is a parameter so the same figures can be taken through the indexed pipeline.
 * Quotes of the other article come from utils/find-quotes.ts when it exists, otherwise from the
 * mark pairing of utils/quote-marks.ts (quoted spans, no attribution, one quote per span).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Quote, QuoteMatch, Span } from '@/utils/types';
import { matchQuote, type OtherArticle } from '@/utils/match-quote';
import { FRAGMENT_WORDS } from '@/utils/classify-match';
import { tokenizeWords } from '@/utils/tokenize-words';
import { findMarkedSpans } from '@/utils/quote-marks';

export type Matcher = (quote: Quote, other: OtherArticle) => QuoteMatch | null;
type QuoteFinder = (other: OtherArticle) => Quote[];

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
  matcher?: Matcher;
  /** Use the mark pairing of utils/quote-marks.ts even when utils/find-quotes.ts exists. */
  markScanOnly?: boolean;
}

export async function runMatchEval(dir: string, options: MatchEvalOptions = {}): Promise<number> {
  const matcher = options.matcher ?? matchQuote;
  let pairs: Pair[];
  let events: Record<string, string[]>;
  try {
    pairs = (await readFile(join(dir, 'pairs.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
    events = JSON.parse(await readFile(join(dir, 'events.json'), 'utf8'));
  } catch (e) {
    console.error(`eval match: cannot read PAC data in ${dir}: ${(e as Error).message}`);
    return 1;
  }
  const { finder, finderName } = await loadQuoteFinder(options.markScanOnly ?? false);
  const cache = new Map<string, OtherArticle>();
  const load = async (file: string): Promise<OtherArticle> => {
    const hit = cache.get(file);
    if (hit) return hit;
    const j = JSON.parse(await readFile(join(dir, file), 'utf8'));
    const a: OtherArticle = { id: file, outlet: j.outlet ?? '', url: j.url ?? '', title: j.title ?? '', date: j.date ?? null, text: j.text ?? '', quotes: [] };
    a.quotes = finder(a);
    cache.set(file, a);
    return a;
  };

  // Pairs: recall and kind agreement.
  // A quote the heuristic paired with several quotes of B ("multi-match") is found at the right
  // place when the match lies on any of them; `strict` counts only this pair's own quoteB.
  const group = (p: Pair) => `${p.fileA}\u0000${p.fileB}\u0000${p.quoteA}`;
  const groupB = new Map<string, string[]>();
  for (const p of pairs) groupB.set(group(p), [...(groupB.get(group(p)) ?? []), p.quoteB]);
  let found = 0;
  let strict = 0;
  let agree = 0;
  const disagreements: string[] = [];
  const t0 = performance.now();
  for (const p of pairs) {
    const a = await load(p.fileA);
    const b = await load(p.fileB);
    const start = a.text.indexOf(p.quoteA);
    const quote = makeQuote(p.quoteA, start, false);
    const m = matcher(quote, b);
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
  const pairMs = performance.now() - t0;

  // Unrelated stories: every quote of every article against articles of other events.
  const rand = mulberry32(SEED);
  const eventOf = new Map<string, string>();
  for (const [ev, files] of Object.entries(events)) for (const f of files) eventOf.set(f, ev);
  const allFiles = [...eventOf.keys()].sort();
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
  console.log(`eval match: ${pairs.length} PAC pairs, quotes of other articles from ${finderName}`);
  if (disagreements.length) console.log(`kind disagreements and misses (${disagreements.length}):\n${disagreements.join('')}`);
  if (falseSamples.length) console.log(`false matches (first ${falseSamples.length}):\n${falseSamples.join('\n')}`);
  console.log('');
  console.log('measure                          value   goal');
  console.log(`pair recall                      ${recall.toFixed(3)}  >= 0.95   (${found}/${pairs.length}; on this pair's own quoteB: ${strict})`);
  console.log(`kind agreement                   ${agreement.toFixed(3)}  >= 0.85   (${agree}/${pairs.length})`);
  console.log(`false matches per 100 quotes     ${falsePer100.toFixed(2)}   <= 0.5    (${falseMatches} in ${quotes} quotes x ${UNRELATED_PER_ARTICLE} unrelated articles = ${comparisons} comparisons)`);
  console.log(`time: ${(pairMs / pairs.length).toFixed(1)} ms per pair (whole-text alignment)`);
  return recall >= 0.95 && agreement >= 0.85 && falsePer100 <= 0.5 ? 0 : 1;
}

function makeQuote(text: string, start: number, woven: boolean): Quote {
  const span: Span = { start, end: start + text.length };
  return {
    text, start: span.start, end: span.end, parts: [span], speaker: null, cue: null,
    speakerMention: null, speakerNamedAt: null,
    fragment: woven || tokenizeWords(text).length < FRAGMENT_WORDS,
  };
}

function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  for (let k = text.indexOf(needle); k >= 0; k = text.indexOf(needle, k + 1)) spans.push({ start: k, end: k + needle.length });
  return spans;
}

/** Uses helper module utils/find-quotes.ts when present; the module is optional for this command. */
async function loadQuoteFinder(markScanOnly: boolean): Promise<{ finder: QuoteFinder; finderName: string }> {
  if (!markScanOnly) try {
    const mod = await import(new URL('../utils/find-quotes.ts', import.meta.url).href);
    if (typeof mod.findQuotes === 'function') {
      const finder: QuoteFinder = (o) => {
        const paragraphs = paragraphSpans(o.text);
        return mod.findQuotes({ ...o, byline: null, lang: 'en', paragraphs });
      };
      return { finder, finderName: 'utils/find-quotes.ts' };
    }
  } catch {
    // Not written yet: fall back to the mark scan.
  }
  return { finder: (o) => scanQuotes(o.text), finderName: 'the mark pairing of utils/quote-marks.ts' };
}

function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** Quoted spans from the mark pairing in utils/quote-marks.ts, per paragraph, unterminated ones dropped. */
function scanQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  for (const para of paragraphSpans(text)) {
    for (const s of findMarkedSpans(text, para)) {
      if (s.close < 0) continue;
      const inner = text.slice(s.content.start, s.content.end);
      // Woven into prose: a word right before the mark and a lowercase start.
      const woven = /\p{L}\s$/u.test(text.slice(Math.max(0, s.open - 2), s.open)) && /^\p{Ll}/u.test(inner);
      if (tokenizeWords(inner).length) quotes.push(makeQuote(inner, s.content.start, woven));
    }
  }
  return quotes;
}

function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
