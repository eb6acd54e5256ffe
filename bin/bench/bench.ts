/**
 * `verbatim bench [--corpus <dir>] [--quick] [--recall-only | --compare-only | --cli-only | --families-only | --quotes-only] [--sizes 1000,10000,100000]
 * [--keys <file>] [--index-cache] [--families-disagreements <file>]`: the performance benchmark. `--cli-only` runs only the command line's figures
 * (start beside `node -e 0`, batch quotes, compare against a library file: bin/bench/bench-cli). `--recall-only` measures only the compare time and the
 * recall against brute force (default size 10k: a few minutes instead of the whole run's quarter
 * of an hour); `--compare-only` only the compare time and the index heap (no brute force), for
 * tuning retrieval; `--quotes-only` only the quotes store's figures (bin/bench/bench-quotes-store); `--keys` writes every size's indexed matches (query, quote, article) as JSON, so two
 * runs' results can be diffed; `--families-disagreements` writes each match of the families' check against
 * the pairwise matcher that disagrees, with its cause (JSON lines, ids and offsets only: keep it out of the repository); `--index-cache` keeps each size's built index on disk (under the system's
 * temporary folder, named by library and code: bin/bench/bench-index-cache), so a later run of the
 * same code on the same library loads it instead of building it (100k: half an hour here). Prints one table (targets beside the figures) and writes it as JSON to
 * .bench/bench-<timestamp>.json and .bench/latest.json.
 *
 * The machine is shared and noisy, so every timing is a ratio or taken side by side in one run.
 * Heap figures need a garbage collector call and 100k articles need more heap than Node's
 * default, so the benchmark re-runs itself in a child `node --expose-gc --max-old-space-size`.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BENCH_SEED, missingCorpusPart, readAllsides, readPages, readPolnearTexts } from './bench-corpus';
import { benchExtraction, benchQuoteFinding } from './bench-pages';
import { benchScale } from './bench-scale';
import { benchCliBatch, benchCliStart } from './bench-cli';
import { benchFamilies } from './bench-families';
import { benchQuotesStore } from './bench-quotes-store';
import { formatTable, type BenchRow } from './bench-table';
import { UserError } from '../cli/load-article';

export interface BenchOptions {
  corpus: string;
  quick: boolean;
  recallOnly: boolean;
  compareOnly: boolean;
  cliOnly: boolean;
  familiesOnly: boolean;
  quotesOnly: boolean;
  keys: string | null;
  /** Keeps each size's built index on disk between runs (bin/bench/bench-index-cache). */
  indexCache: boolean;
  /** Writes every brute-force match at 10k, found by the index or missed, to be judged by reading. */
  referencePairs: string | null;
  /** Query articles the brute-force reference runs on at 10k (default 200 with --recall-only). */
  referenceQueries: number | null;
  /** Writes each match of the families' agreement check that disagrees, with its cause (JSON lines: ids and offsets). */
  familiesDisagreements: string | null;
  sizes: number[];
}

const CHILD_FLAG = 'VERBATIM_BENCH_CHILD';
const HEAP_MB = 12_288;
const SEED = BENCH_SEED;

export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const opts: BenchOptions = { corpus: '../shared/corpus', quick: false, recallOnly: false, compareOnly: false, cliOnly: false, familiesOnly: false, quotesOnly: false, keys: null, indexCache: false, referencePairs: null, referenceQueries: null, familiesDisagreements: null, sizes: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--quick') opts.quick = true;
    else if (a === '--recall-only') opts.recallOnly = true;
    else if (a === '--compare-only') opts.compareOnly = true;
    else if (a === '--cli-only') opts.cliOnly = true;
    else if (a === '--families-only') opts.familiesOnly = true;
    else if (a === '--quotes-only') opts.quotesOnly = true;
    else if (a === '--keys' && args[i + 1]) opts.keys = args[++i];
    else if (a === '--index-cache') opts.indexCache = true;
    else if (a === '--reference-pairs' && args[i + 1]) opts.referencePairs = args[++i];
    else if (a === '--reference-queries' && args[i + 1]) opts.referenceQueries = Number(args[++i]);
    else if (a === '--families-disagreements' && args[i + 1]) opts.familiesDisagreements = args[++i];
    else if (a === '--corpus' && args[i + 1]) opts.corpus = args[++i];
    else if (a === '--sizes' && args[i + 1]) opts.sizes = args[++i].split(',').map(Number);
    else throw new UserError(`bench: unknown or incomplete option "${a}" (--corpus <dir>, --quick, --recall-only, --compare-only, --cli-only, --families-only, --quotes-only, --keys <file>, --index-cache, --reference-pairs <file>, --reference-queries N, --families-disagreements <file>, --sizes 1000,10000,100000)`);
  }
  if (opts.referenceQueries !== null && !(Number.isInteger(opts.referenceQueries) && opts.referenceQueries > 0)) throw new UserError('bench: --reference-queries takes a whole number above 0');
  if (opts.sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new UserError('bench: --sizes takes whole numbers of at least 10, comma-separated');
  if (opts.sizes.length === 0) opts.sizes = opts.recallOnly || opts.compareOnly || opts.familiesOnly || opts.quotesOnly ? [10_000] : opts.quick ? [1000, 10_000] : [1000, 10_000, 100_000];
  return opts;
}

export async function runBench(args: string[]): Promise<number> {
  const opts = parseBenchArgs(args);
  const missing = missingCorpusPart(opts.corpus);
  if (missing) {
    process.stderr.write(`verbatim bench: corpus not found: ${missing} (pass --corpus <dir>)\n`);
    return 1;
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    if (process.env[CHILD_FLAG]) throw new Error('bench: the child process has no gc()');
    const launcher = process.argv[1]; // bin/verbatim.mjs: this module runs compiled, from dist/
    const child = spawnSync(process.execPath, ['--expose-gc', `--max-old-space-size=${HEAP_MB}`, launcher, 'bench', ...args], {
      stdio: 'inherit',
      env: { ...process.env, [CHILD_FLAG]: '1' },
    });
    return child.status ?? 1;
  }
  return run(opts, gc);
}

async function run(opts: BenchOptions, gc: () => void): Promise<number> {
  const started = performance.now();
  const log = (line: string) => process.stderr.write(`bench [${((performance.now() - started) / 1000).toFixed(0)} s] ${line}\n`);
  const rows: BenchRow[] = [];
  const loadAtStart = loadavg()[0];

  const only = opts.recallOnly || opts.compareOnly || opts.cliOnly || opts.familiesOnly || opts.quotesOnly;
  if (!only) {
    log('1. extraction on readability-pages');
    rows.push(...benchExtraction(await readPages(opts.corpus), opts.quick ? 1 : 3));
    log('2. quote finding on polnear-dev');
    rows.push(...benchQuoteFinding(await readPolnearTexts(opts.corpus), opts.quick ? 1 : 3));
  }
  if (!only || opts.cliOnly) {
    log('3. the command line: start, batch quotes, compare against a library file');
    rows.push(...benchCliStart(opts.quick ? 5 : 15), ...(await benchCliBatch(opts.corpus, opts.quick, log)));
  }
  const keys = new Map<number, string[]>();
  const referencePairs: string[] = [];
  const all = opts.cliOnly ? [] : (log('reading allsides (quotes found as at save time)'), await readAllsides(opts.corpus));
  if (!only || opts.recallOnly || opts.compareOnly) {
    rows.push(...benchScale(all, {
      sizes: opts.sizes,
      // Recall against brute force is counted on every query article (issue 12: at least 200 at 10k).
      queries: opts.quick ? 20 : 200,
      bruteQueries1k: opts.quick ? 3 : 10,
      // Brute force at 10k is ~20 s a query: the speed-up and the reference's check take 3.
      bruteQueries10k: opts.quick ? 1 : 3,
      referenceQueries10k: opts.referenceQueries ?? (opts.recallOnly ? 200 : opts.quick ? 20 : 30),
      recallOnly: opts.recallOnly || opts.compareOnly,
      compareOnly: opts.compareOnly,
      saveSamples: opts.quick ? 5 : 10,
      seed: SEED,
      indexCache: opts.indexCache,
      gc,
      log,
      keys,
      referencePairs,
    }));
  }
  if (!only || opts.familiesOnly) {
    // Families at 10k (the size), or the smallest size asked for.
    const size = opts.sizes.includes(10_000) ? 10_000 : Math.min(...opts.sizes);
    log(`4. quote families at ${size}`);
    rows.push(...await benchFamilies(all, { size, saves: opts.quick ? 10 : 30, agreementSample: opts.quick ? 100 : 1000, pages: opts.quick ? 10 : 30, seed: SEED, log, disagreements: opts.familiesDisagreements }));
  }
  if (!only || opts.quotesOnly) {
    for (const size of opts.sizes) {
      log(`5. the quotes store at ${size}`);
      rows.push(...benchQuotesStore(all, { size, repeats: opts.quick ? 3 : 7, familiesUpTo: 2_000, seed: SEED, log }));
    }
  }
  if (opts.keys) await writeFile(opts.keys, `${JSON.stringify(Object.fromEntries(keys), null, 1)}\n`);
  if (opts.referencePairs) await writeFile(opts.referencePairs, referencePairs.map((m) => `${m}\n`).join(''));

  // Other work on the machine inflates absolute times; the load average says how much there was.
  const load = `load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end, ${cpus().length} cores`;
  const table = `${formatTable(rows)}${load}\n`;
  process.stdout.write(table);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const report = {
    date: new Date().toISOString(),
    command: `verbatim bench --corpus ${opts.corpus}${opts.quick ? ' --quick' : ''}${opts.recallOnly ? ' --recall-only' : ''}${opts.compareOnly ? ' --compare-only' : ''}${opts.cliOnly ? ' --cli-only' : ''}${opts.familiesOnly ? ' --families-only' : ''}${opts.quotesOnly ? ' --quotes-only' : ''}${opts.indexCache ? ' --index-cache' : ''} --sizes ${opts.sizes.join(',')}`,
    machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? '' },
    seconds: Math.round((performance.now() - started) / 1000),
    rows,
    table,
  };
  await mkdir('.bench', { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  await writeFile(join('.bench', `bench-${stamp}.json`), json);
  await writeFile(join('.bench', 'latest.json'), json);
  log(`written .bench/bench-${stamp}.json and .bench/latest.json`);
  return 0;
}
