/**
 * The command line's figures for `npm run bench` (issue 16): start time of `verbatim --help` beside
 * a bare `node -e 0` (alternating runs, so both see the same machine), `quotes --jsonl` throughput
 * over every AllSides article in one process, and `compare --library` per article against a
 * library file of 10,000 AllSides articles built by `library build` (other articles as queries).
 * Each runs the real launcher as a child process, as a researcher would.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { targetRow, type BenchRow } from './bench-table';

// The bench itself runs through the launcher (process.argv[1]); compiled, it has no source path of its own.
const LAUNCHER = process.argv[1]?.endsWith('verbatim.mjs') ? process.argv[1] : join(process.cwd(), 'bin/verbatim.mjs');
const SECTION = 'command line';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)];
}

/** Wall time of one child process, in ms; throws when it fails. */
function timed(args: string[], stdout: 'ignore' | number = 'ignore'): { ms: number; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', stdout, 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`bench: ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stderr: r.stderr };
}

export function benchCliStart(runs: number): BenchRow[] {
  timed([LAUNCHER, '--help']); // a stale build is rebuilt once, outside the measurement
  const bare: number[] = [];
  const cli: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(timed(['-e', '0']).ms);
    cli.push(timed([LAUNCHER, '--help']).ms);
  }
  const ratio = median(cli) / median(bare);
  return [
    { section: SECTION, metric: 'node -e 0 start', p50: median(bare), p95: p95(bare), unit: 'ms', note: `${runs} runs, alternating with the next row` },
    { section: SECTION, metric: 'verbatim --help start', p50: median(cli), p95: p95(cli), unit: 'ms', note: 'compiled dist/ (was 1,040-1,250 ms through tsx)' },
    targetRow({ section: SECTION, metric: 'verbatim --help ÷ node -e 0 (medians)', p50: ratio, p95: null, unit: '×' }, '<=', 2),
  ];
}

/** The first `n` lines of a .jsonl file into `to`. */
async function headLines(from: string, to: string, n: number, skip = 0): Promise<void> {
  const out = createWriteStream(to);
  let i = 0;
  for await (const line of createInterface({ input: createReadStream(from, 'utf8'), crlfDelay: Infinity })) {
    if (i >= skip + n) break;
    if (i++ >= skip) out.write(`${line}\n`);
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

export async function benchCliBatch(corpus: string, quick: boolean, log: (line: string) => void): Promise<BenchRow[]> {
  const allsides = join(corpus, 'allsides/articles.jsonl');
  const dir = await mkdtemp(join(tmpdir(), 'verbatim-bench-cli-'));
  try {
    const rows: BenchRow[] = [];
    const total = quick ? 1000 : 12342;
    const input = quick ? join(dir, 'sample.jsonl') : allsides;
    if (quick) await headLines(allsides, input, total);
    log(`cli: quotes --jsonl over ${total} AllSides articles`);
    const quotes = timed([LAUNCHER, 'quotes', input, '--jsonl']);
    rows.push({ section: SECTION, metric: `quotes --jsonl, ${total.toLocaleString('en-US')} articles in one process`, p50: total / (quotes.ms / 1000), p95: null, unit: 'articles/s', note: `${(quotes.ms / 1000).toFixed(1)} s wall` });

    const libSize = quick ? 1000 : 10000;
    const queries = quick ? 10 : 50;
    await headLines(allsides, join(dir, 'lib.jsonl'), libSize);
    await headLines(allsides, join(dir, 'queries.jsonl'), queries, libSize);
    log(`cli: library build of ${libSize} articles, then compare ${queries} others against it`);
    const build = timed([LAUNCHER, 'library', 'build', join(dir, 'lib.jsonl'), '-o', join(dir, 'lib.json')]);
    rows.push({ section: SECTION, metric: `library build, ${libSize.toLocaleString('en-US')} articles`, p50: build.ms / 1000, p95: null, unit: 's' });
    const compare = timed([LAUNCHER, 'compare', join(dir, 'queries.jsonl'), '--library', join(dir, 'lib.json'), '--jsonl']);
    // The command's own summary: `compare: N articles against a library of M (loaded and indexed in X s), Y ms per article (median)`.
    const summary = /loaded and indexed in ([\d.]+) s\), ([\d.]+) ms per article/.exec(compare.stderr);
    if (!summary) throw new Error(`bench: compare --library printed no summary: ${compare.stderr.slice(-300)}`);
    rows.push({ section: SECTION, metric: `compare --library: load + index the ${libSize.toLocaleString('en-US')}-article file`, p50: Number(summary[1]), p95: null, unit: 's' });
    rows.push({ section: SECTION, metric: `compare --library, per article (${queries} queries)`, p50: Number(summary[2]), p95: null, unit: 'ms', note: 'after the load above' });
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
