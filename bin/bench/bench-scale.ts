/**
 * Benchmark sections 3 to 6: the coverage index and the compare pipeline at 1k, 10k and 100k
 * saved articles, against brute force (matchQuote over every saved article's whole text), and
 * what the reverse sections ("quoted elsewhere, not here", "paraphrased here") add to a check.
 *
 * Query articles are a seeded sample of AllSides articles with quotes whose pseudo-event has
 * other articles, so real matches exist. No query article is ever indexed: each size's library
 * is the queries' event mates, then other real articles in seeded order, then (past the real
 * ones) synthetic articles made from the non-query articles' sentences.
 */
import { performance } from 'node:perf_hooks';
import { deserialize, serialize } from 'node:v8';
import { canonicalUrl } from '@/utils/article/article-id';
import { compareArticle, planComparison, reverseOf, runComparison } from '@/utils/report/compare-article';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { LONG_EXACT_WORDS, MIN_CONTENT_WORDS_EXACT } from '@/utils/matching/classify-match';
import { matchQuote } from '@/utils/matching/match-quote';
import { tokenizeWords, wordsOf } from '@/utils/text/tokenize-words';
import { isContentWord } from '@/utils/text/word-weights';
import { benchArticle, type BenchArticle } from './bench-corpus';
import { growthExponent, median, p95, sample, seededRandom, shuffled, sum } from './bench-stats';
import { cachedSynthetic, indexCachePath, readCacheFile, writeCacheFile } from './bench-cache';
import { synthesisInput, synthesizeArticles } from './bench-synth';
import { formatTable, targetRow, type BenchRow } from './bench-table';

export interface ScaleOptions {
  sizes: number[];
  queries: number;
  /** Query articles compared by brute force at sizes up to 1k, and up to 10k (none above). */
  bruteQueries1k: number;
  bruteQueries10k: number;
  saveSamples: number;
  seed: number;
  /**
   * Query articles whose matches the brute-force reference finds at 10k (all of them up to 1k):
   * at ~13 s each there, 200 take three quarters of an hour (`bench --recall-only`).
   */
  referenceQueries10k: number;
  /** Only what recall needs: no stored-index, load or incremental-save rows. */
  recallOnly?: boolean;
  /** Only the compare time and heap: no brute force and no reference either. */
  compareOnly?: boolean;
  /** Filled with every size's indexed matches ("query id \t quote index \t article id"), sorted. */
  keys?: Map<number, string[]>;
  /** Filled with every brute-force match ("size \t query id \t quote index \t article id \t found|missed"). */
  referencePairs?: string[];
  /** Loads each size's stored index from the disk cache when this code built it over this library before (bench-index-cache). */
  indexCache?: boolean;
  /** Collects garbage before heap readings (node --expose-gc). */
  gc: () => void;
  log: (line: string) => void;
}

const MB = 1e6;

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
}

/** "quote index \t article id" for every match, the unit recall is counted in. */
type MatchKeys = Set<string>;

/** The forward compare (the reverse sections are timed on their own: `reverseRows`). */
function indexedCompare(q: BenchArticle, index: CoverageIndex, byId: Map<string, BenchArticle>): MatchKeys {
  const { quotes } = compareArticle(q, q.quotes, index, (id) => byId.get(id), { reverse: false });
  return new Set(quotes.flatMap((r, i) => r.matches.map((m) => `${i}\t${m.articleId}`)));
}

/** The saved articles compareArticle may match for `q`: not itself, not its URL, not its outlet. */
function othersOf(q: BenchArticle, library: readonly BenchArticle[]): BenchArticle[] {
  const url = canonicalUrl(q.url);
  const outlet = q.outlet.trim().toLowerCase();
  return library.filter((o) => o.id !== q.id && !(url && canonicalUrl(o.url) === url) && !(outlet && o.outlet.trim().toLowerCase() === outlet));
}

/** Every quote against every saved article's whole text, with the exclusions compareArticle applies. */
function bruteCompare(q: BenchArticle, library: readonly BenchArticle[]): MatchKeys {
  const others = othersOf(q, library);
  const keys: MatchKeys = new Set();
  q.quotes.forEach((quote, i) => {
    for (const o of others) if (matchQuote(quote, o)) keys.add(`${i}\t${o.id}`);
  });
  return keys;
}

/**
 * Brute force's matches, computed cheaply: matchQuote over the whole text of only those articles
 * that share MIN_CONTENT_WORDS_EXACT distinct content words with the quote, or a number when the
 * quote is LONG_EXACT_WORDS long. Every rule of classify-match's `qualifies` needs that many
 * matched content words but the long word-for-word run with a number, and a matched word is the
 * same word in both texts, so no other article can match: the set equals brute force's (checked
 * on the brute-force sample, "reference = brute force"). The word map is exact (every word of
 * every text, tokenized as matchQuote does, one line at a time), independent of the index.
 */
class BruteReference {
  private articles = new Map<string, number[]>();
  private counts: Int32Array;

  constructor(private library: readonly BenchArticle[]) {
    this.counts = new Int32Array(library.length);
    library.forEach((a, i) => {
      const keys = new Set<string>();
      for (const line of a.text.split('\n')) for (const w of tokenizeWords(line)) if (isContentWord(w.key) || /^\d/.test(w.key)) keys.add(w.key);
      for (const k of keys) {
        const list = this.articles.get(k);
        if (list) list.push(i);
        else this.articles.set(k, [i]);
      }
    });
  }

  compare(q: BenchArticle): MatchKeys {
    const allowed = new Set(othersOf(q, this.library).map((o) => o.id));
    const keys: MatchKeys = new Set();
    q.quotes.forEach((quote, i) => {
      const words = wordsOf(quote, quote.text);
      const touched: number[] = [];
      for (const k of new Set(words.map((w) => w.key).filter(isContentWord))) {
        for (const a of this.articles.get(k) ?? []) if (this.counts[a]++ === 0) touched.push(a);
      }
      const eligible = new Set(touched.filter((a) => this.counts[a] >= MIN_CONTENT_WORDS_EXACT));
      for (const a of touched) this.counts[a] = 0;
      if (words.length >= LONG_EXACT_WORDS) {
        for (const k of new Set(words.map((w) => w.key).filter((k) => /^\d/.test(k)))) for (const a of this.articles.get(k) ?? []) eligible.add(a);
      }
      for (const a of [...eligible].sort((x, y) => x - y)) {
        const o = this.library[a];
        if (allowed.has(o.id) && matchQuote(quote, o)) keys.add(`${i}\t${o.id}`);
      }
    });
    return keys;
  }
}

/** Query articles: quoted articles from pseudo-events with another outlet's article. */
function pickQueries(all: readonly BenchArticle[], count: number, random: () => number): BenchArticle[] {
  const outletsByEvent = new Map<string, Set<string>>();
  for (const a of all) outletsByEvent.set(a.event, (outletsByEvent.get(a.event) ?? new Set()).add(a.outlet));
  const eligible = all.filter((a) => a.quotes.length > 0 && (outletsByEvent.get(a.event)?.size ?? 0) >= 2);
  return sample(eligible, count, random);
}

export function benchScale(all: readonly BenchArticle[], opts: ScaleOptions): BenchRow[] {
  const random = seededRandom(opts.seed);
  const queries = pickQueries(all, opts.queries, random);
  const queryIds = new Set(queries.map((q) => q.id));
  const queryEvents = new Set(queries.map((q) => q.event));
  const rest = all.filter((a) => !queryIds.has(a.id));
  const mates = rest.filter((a) => queryEvents.has(a.event));
  const order = [...mates, ...shuffled(rest.filter((a) => !queryEvents.has(a.event)), random)];
  // Synthetic articles are made only when a size needs them: resident, they would slow every
  // garbage collection of the smaller sizes' timings.
  const pool = [...order];
  const extend = (needed: number) => {
    if (needed <= pool.length) return;
    opts.log(`synthesizing ${needed - pool.length} articles from ${rest.length} real ones${opts.indexCache ? ' (or reading them from the cache)' : ''}`);
    const outlets = rest.map((a) => a.outlet);
    const first = pool.length - order.length;
    const make = (count: number) => {
      const made: BenchArticle[] = [];
      for (const body of synthesizeArticles(synthesisInput(rest), count, opts.seed + 1)) {
        const k = first + made.length;
        const id = `synthetic:${k}`;
        made.push(benchArticle(id, '', { title: id, outlet: outlets[k % outlets.length], url: `https://synthetic.invalid/${k}`, date: null }, body));
      }
      return made;
    };
    const count = needed - pool.length;
    for (const a of opts.indexCache ? cachedSynthetic(rest, `${opts.seed + 1}:${first}`, count, make) : make(count)) pool.push(a);
  };
  const rows: BenchRow[] = [];
  const compareP50 = new Map<number, number>();

  for (const n of [...opts.sizes].sort((a, b) => a - b)) {
    extend(n + opts.saveSamples);
    const library = pool.slice(0, n);
    const saves = pool.slice(n, n + opts.saveSamples);
    const byId = new Map([...library, ...saves].map((a) => [a.id, a]));
    const label = `${n >= 1000 ? `${n / 1000}k` : n}`;
    const section = `${n.toLocaleString('en-US')} saved articles (${library.filter((a) => a.event === '').length.toLocaleString('en-US')} synthetic), ${queries.length} query articles`;
    opts.log(`${label}: building the index${opts.indexCache ? " (or reading it from the cache)" : ""}`);

    // 3. Index: build, stored form, load and heap. The extension keeps toJSON() in IndexedDB,
    // which stores it as a structured clone: v8.serialize is that format. Queries then run on the
    // loaded index, as in a worker that woke from its cache.
    // What the bench itself holds (the articles' texts and quotes): never counted as the index's.
    rows.push(heapRow(section, 'bench articles, not the index', heapNow(opts.gc)));
    // A stored index built by this code over this library on an earlier run is loaded instead of built again.
    const cachePath = opts.indexCache ? indexCachePath(library) : null;
    const cached = cachePath ? readCacheFile(cachePath) : null;
    let stored: Buffer;
    let builtSize: number;
    if (cached) {
      opts.log(`${label}: the stored index from ${cachePath} (built on an earlier run; no build rows)`);
      stored = cached;
      builtSize = n;
      rows.push({ section, metric: 'index build', p50: NaN, p95: null, unit: 'articles/s', note: `not built: stored index read from ${cachePath}` });
    } else {
      // Built in a function of its own, so nothing here holds the built index once it is stored.
      const built = buildAndStore(library, opts.gc);
      ({ stored, size: builtSize } = built);
      rows.push(
        { section, metric: `index build (${(built.buildMs / 1000).toFixed(1)} s)`, p50: n / (built.buildMs / 1000), p95: null, unit: 'articles/s' },
        heapRow(section, 'index heap, built', built.heap),
        heapRow(section, 'index heap, built, once cached (toJSON)', built.cachedHeap),
      );
      if (cachePath) {
        writeCacheFile(cachePath, stored);
        opts.log(`${label}: stored index written to ${cachePath}`);
      }
    }
    const rawBytes = sum(library.map((a) => Buffer.byteLength(a.text)));
    const loadMs = timeLoads(stored, builtSize, 3);
    // The index the queries use, loaded once more: nothing else holds it.
    const loadedAt = heapNow(opts.gc);
    let index = CoverageIndex.load(deserialize(stored))!;
    rows.push(heapRow(section, 'index heap, loaded, before any query', heapSince(loadedAt, opts.gc)));
    rows.push(
      atTenK(n, { section, metric: 'stored index (structured clone) ÷ raw text', p50: stored.length / rawBytes, p95: null, unit: 'x', note: `${(stored.length / MB).toFixed(0)} MB / ${(rawBytes / MB).toFixed(0)} MB UTF-8` }, '<=', 1.5),
      atTenK(n, { section, metric: 'index load (deserialize + CoverageIndex.load)', p50: median(loadMs), p95: Math.max(...loadMs), unit: 'ms', note: 'p95 = worst of 3' }, '<=', 500),
    );

    // 4 and 5. Compare every query; brute force on a sample, each brute run beside its indexed run.
    opts.log(`${label}: comparing ${queries.length} query articles`);
    indexedCompare(queries[0], index, byId); // warm-up
    const compareMs: number[] = [];
    const compareCpuMs: number[] = [];
    const indexedKeys: MatchKeys[] = [];
    Object.assign(index.work, { quotes: 0, budgeted: 0, postings: 0 });
    for (const q of queries) {
      const cpu = process.cpuUsage();
      const [keys, ms] = timed(() => indexedCompare(q, index, byId));
      const { user, system } = process.cpuUsage(cpu);
      compareMs.push(ms);
      compareCpuMs.push((user + system) / 1000);
      indexedKeys.push(keys);
    }
    compareP50.set(n, median(compareMs));
    opts.keys?.set(n, queries.flatMap((q, i) => [...indexedKeys[i]].map((k) => `${q.id}\t${k}`)).sort());
    const quoteCount = sum(queries.map((q) => q.quotes.length));
    const target = n === 10_000 ? 30 : n === 100_000 ? 100 : null;
    const { quotes: looked, budgeted, postings } = index.work;
    const compareRow = {
      section, metric: `compare one article (${(quoteCount / queries.length).toFixed(1)} quotes avg)`, p50: median(compareMs), p95: p95(compareMs), unit: 'ms',
      note: `${budgeted}/${looked} quotes past the read budget; ${Math.round(postings / Math.max(1, looked))} postings read per quote`,
    };
    rows.push(
      target === null ? compareRow : targetRow(compareRow, '<=', target),
      // CPU time moves less than wall time with other work on the machine (it counts the collector's threads too).
      { section, metric: 'compare one article, CPU time', p50: median(compareCpuMs), p95: p95(compareCpuMs), unit: 'ms', note: 'user + system, this process' },
    );
    // What the index holds after the queries, measured by dropping it: the heap also grew by what
    // the compares cached on the bench's own articles (their words and shingles), which is not the index's.
    const withIndex = heapNow(opts.gc);
    const decoded = index.decodedPostings;
    index = new CoverageIndex();
    const dropped = heapSince(withIndex, opts.gc);
    const afterRow = heapRow(section, `index heap, loaded, after ${queries.length + 1} compares`, { js: -dropped.js, buffers: -dropped.buffers }, n === 10_000 ? 200 : n === 100_000 ? 400 : undefined);
    rows.push({ ...afterRow, note: `${afterRow.note}; ${(decoded / 1e6).toFixed(1)}M postings held decoded` });
    // What follows runs on a fresh load, as after a wake.
    index = CoverageIndex.load(deserialize(stored))!;
    if (n === 10_000) {
      opts.log(`${label}: the reverse sections, with and without, ${queries.length} query articles`);
      rows.push(...reverseRows(section, queries, index, byId));
    }

    // 5. Recall against brute force, on every query article up to 10k, through the reference.
    let reference: MatchKeys[] = [];
    if (n <= 10_000 && !opts.compareOnly) {
      const counted = n <= 1000 ? queries.length : Math.min(queries.length, opts.referenceQueries10k);
      opts.log(`${label}: brute-force reference on ${counted} query articles`);
      const [ref, buildMs] = timed(() => new BruteReference(library));
      const [keys, refMs] = timed(() => queries.slice(0, counted).map((q, i) => {
        if (i % 10 === 0) opts.log(`${label}: reference ${i}/${counted}`);
        return ref.compare(q);
      }));
      reference = keys;
      let found = 0;
      let total = 0;
      let extra = 0;
      reference.forEach((_, i) => {
        for (const k of reference[i]) {
          const hit = indexedKeys[i].has(k);
          if (hit) found++;
          opts.referencePairs?.push(`${n}\t${queries[i].id}\t${k}\t${hit ? 'found' : 'missed'}`);
        }
        for (const k of indexedKeys[i]) if (!reference[i].has(k)) extra++;
        total += reference[i].size;
      });
      const recallRow = {
        section, metric: `recall against brute force (${counted} query articles)`, p50: total ? found / total : NaN, p95: null, unit: 'share',
        note: `${found}/${total} brute-force matches; ${extra} indexed-only; reference ${((buildMs + refMs) / 1000).toFixed(0)} s`,
      };
      rows.push(atTenK(n, recallRow, '>=', 0.99));
    }

    const bruteN = opts.compareOnly ? 0 : n <= 1000 ? opts.bruteQueries1k : n <= 10_000 ? opts.bruteQueries10k : 0;
    if (bruteN > 0) {
      opts.log(`${label}: brute force on ${bruteN} query articles`);
      const speedups: number[] = [];
      const bruteMs: number[] = [];
      let differing = 0;
      let bruteMatches = 0;
      queries.slice(0, bruteN).forEach((q, i) => {
        const [keys, ms] = timed(() => bruteCompare(q, library));
        const [, indexedMs] = timed(() => indexedCompare(q, index, byId));
        opts.log(`${label}: brute force ${i + 1}/${bruteN}: ${(ms / 1000).toFixed(1)} s (indexed ${indexedMs.toFixed(0)} ms)`);
        bruteMs.push(ms);
        speedups.push(ms / indexedMs);
        bruteMatches += keys.size;
        for (const k of keys) if (!reference[i]?.has(k)) differing++;
        for (const k of reference[i] ?? []) if (!keys.has(k)) differing++;
      });
      const big = n === 10_000;
      const speedRow = { section, metric: `speed-up over brute force (${bruteN} queries)`, p50: median(speedups), p95: null, unit: 'x', note: `brute p50 ${median(bruteMs).toFixed(0)} ms` };
      const sameRow = { section, metric: `reference ≠ brute force (${bruteN} queries)`, p50: differing, p95: null, unit: 'matches', note: `of ${bruteMatches} brute-force matches` };
      rows.push(big ? targetRow(speedRow, '>=', 100) : speedRow, targetRow(sameRow, '<=', 0));
    }

    // 3. Incremental saves, last: removals leave dead postings until the index compacts itself.
    if (opts.recallOnly) {
      opts.log(`${label} done:\n${formatTable(rows.filter((r) => r.section === section))}`);
      index = new CoverageIndex();
      opts.gc();
      continue;
    }
    opts.log(`${label}: incremental saves`);
    const addMs = saves.map((a) => timed(() => index.add(a))[1]);
    saves.forEach((a) => index.remove(a.id));
    const recached = n <= 10_000 ? saves.slice(0, 3) : []; // a second copy of a 100k index would not fit
    const recacheMs = recached.map((a) => timed(() => {
      index.add(a);
      return serialize(index.toJSON());
    })[1]);
    recached.forEach((a) => index.remove(a.id));
    rows.push(atTenK(n, { section, metric: `incremental save: index.add (${saves.length} saves)`, p50: median(addMs), p95: p95(addMs), unit: 'ms' }, '<=', 20));
    if (recacheMs.length > 0) {
      // Not part of a save: the library (utils/library/library.ts) re-caches once saves pause (see its header).
      rows.push({ section, metric: 'index re-cache after saves pause (add + toJSON + serialize)', p50: median(recacheMs), p95: Math.max(...recacheMs), unit: 'ms', note: 'deferred, off the save path; p95 = worst of 3' });
    }
    // Logged as each size completes: a run that dies at a larger size keeps the smaller ones.
    opts.log(`${label} done:\n${formatTable(rows.filter((r) => r.section === section))}`);
    index = new CoverageIndex(); // release before the next size
    opts.gc();
  }

  // 6. Growth from the smallest to the largest size.
  const sizes = [...compareP50.keys()].sort((a, b) => a - b);
  if (sizes.length >= 2) {
    const [lo, hi] = [sizes[0], sizes[sizes.length - 1]];
    rows.push(targetRow({
      section: 'growth', metric: `compare time exponent ${lo.toLocaleString('en-US')} → ${hi.toLocaleString('en-US')}`,
      p50: growthExponent(compareP50.get(lo)!, lo, compareP50.get(hi)!, hi), p95: null, unit: '', note: '1.0 = linear',
    }, '<=', 0.5));
  }
  return rows;
}

/** Heap in use: V8's JS heap and the typed arrays' stores outside it (the index's postings live there). */
interface Heap {
  js: number;
  buffers: number;
}

function heapNow(gc: () => void): Heap {
  // Twice: typed arrays' stores are released by the collection after the one that found them dead.
  gc();
  gc();
  const m = process.memoryUsage();
  return { js: m.heapUsed, buffers: m.arrayBuffers };
}

function heapSince(before: Heap, gc: () => void): Heap {
  const now = heapNow(gc);
  return { js: now.js - before.js, buffers: now.buffers - before.buffers };
}

/** A heap row: the sum, split in the note (garbage collected before both readings). */
function heapRow(section: string, metric: string, heap: Heap, limit?: number): BenchRow {
  const row = { section, metric: `${metric} (JS heap + typed arrays)`, p50: (heap.js + heap.buffers) / MB, p95: null, unit: 'MB', note: `${(heap.js / MB).toFixed(0)} MB JS heap + ${(heap.buffers / MB).toFixed(0)} MB typed arrays` };
  return limit === undefined ? row : targetRow(row, '<=', limit);
}

/** Times `runs` loads of the stored index (in a function of its own: no frame keeps one alive). */
function timeLoads(stored: Buffer, size: number, runs: number): number[] {
  const loadMs: number[] = [];
  for (let r = 0; r < runs; r++) {
    const [loaded, ms] = timed(() => CoverageIndex.load(deserialize(stored)));
    if (loaded?.size !== size) throw new Error('bench: the stored index did not load back');
    loadMs.push(ms);
  }
  return loadMs;
}

/** Builds the index over `library`, measures its heap before and after it is cached, and returns its structured clone. */
function buildAndStore(library: readonly BenchArticle[], gc: () => void): { stored: Buffer; size: number; buildMs: number; heap: Heap; cachedHeap: Heap } {
  const before = heapNow(gc);
  const index = new CoverageIndex();
  const [, buildMs] = timed(() => library.forEach((a) => index.add(a)));
  const heap = heapSince(before, gc);
  const stored = serialize(index.toJSON());
  const cached = heapSince(before, gc);
  // The stored copy is the caller's (IndexedDB's), not the index's.
  return { stored, size: index.size, buildMs, heap, cachedHeap: { js: cached.js, buffers: cached.buffers - stored.byteLength } };
}

/**
 * What the reverse sections add to a check: each query compared without them and with them (as the
 * extension checks: plan, forward compare, then `reverseOf` on the related articles the plan
 * resolved), the order alternating from one query to the next so drift in the machine's load
 * falls on both alike. The added time is each query's with − without; the reverse step alone is
 * timed inside the "with" run too.
 */
function reverseRows(section: string, queries: readonly BenchArticle[], index: CoverageIndex, byId: Map<string, BenchArticle>): BenchRow[] {
  const resolve = (id: string) => byId.get(id);
  const without = (q: BenchArticle) => runComparison(planComparison(q, q.quotes, index), resolve, { reverse: false });
  const withReverse = (q: BenchArticle) => {
    const plan = planComparison(q, q.quotes, index);
    const forward = runComparison(plan, resolve, { reverse: false });
    const [sections, ms] = timed(() => reverseOf(plan, forward.quotes, resolve));
    return { sections, ms };
  };
  withReverse(queries[0]); // warm-up
  const withMs: number[] = [];
  const withoutMs: number[] = [];
  const added: number[] = [];
  const alone: number[] = [];
  let elsewhere = 0;
  let paraphrased = 0;
  queries.forEach((q, i) => {
    const runWith = () => {
      const [{ sections, ms: reverseMs }, ms] = timed(() => withReverse(q));
      alone.push(reverseMs);
      elsewhere += sum(sections.elsewhere.map((g) => g.quotes.length));
      paraphrased += sections.paraphrasedHere.length;
      return ms;
    };
    const runWithout = () => timed(() => without(q))[1];
    let off: number;
    let on: number;
    if (i % 2 === 0) {
      off = runWithout();
      on = runWith();
    } else {
      on = runWith();
      off = runWithout();
    }
    withoutMs.push(off);
    withMs.push(on);
    added.push(on - off);
  });
  return [
    { section, metric: `compare with the reverse sections (${queries.length} queries)`, p50: median(withMs), p95: p95(withMs), unit: 'ms', note: `without them, alternating: p50 ${median(withoutMs).toFixed(1)}, p95 ${p95(withoutMs).toFixed(0)} ms` },
    targetRow({
      section, metric: 'added by the reverse sections (with − without, per query)', p50: median(added), p95: p95(added), unit: 'ms',
      note: `reverse step alone p50 ${median(alone).toFixed(1)}, p95 ${p95(alone).toFixed(0)} ms; ${elsewhere} quotes elsewhere, ${paraphrased} sentences paraphrased here`,
    }, '<=', 30),
  ];
}

/** The issue's targets are stated at 10k saved articles; other sizes are shown without one. */
function atTenK(n: number, row: Omit<BenchRow, 'target' | 'pass'>, bound: '<=' | '>=', limit: number): BenchRow {
  return n === 10_000 ? targetRow(row, bound, limit) : row;
}
