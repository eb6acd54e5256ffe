/**
 * `verbatim eval pages <dir>`: every `<dir>/<name>/source.html` through the same path as
 * `verbatim quotes` (load, extract, find quotes), counting crashes and timing each page.
 * Exit status 1 when any page crashes or takes a second or more.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadArticle, UserError } from '../cli/load-article';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { lexiconFor } from '@/utils/language/lexicons';
import { quantile } from '../bench/bench-stats';

const LIMIT_MS = 1000;

interface PageResult {
  name: string;
  ms: number;
  outcome: 'article' | 'refused' | 'crash';
  quotes: number;
  detail?: string;
}


export async function runPagesEval(dir: string): Promise<number> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    throw new UserError(`${dir}: not a readable folder of test pages`);
  }
  const results: PageResult[] = [];
  for (const name of names) {
    const t0 = performance.now();
    try {
      const article = await loadArticle(join(dir, name, 'source.html'));
      const quotes = findQuotes(article, lexiconFor(article));
      results.push({ name, ms: performance.now() - t0, outcome: 'article', quotes: quotes.length });
    } catch (err) {
      const refused = err instanceof UserError;
      results.push({
        name,
        ms: performance.now() - t0,
        outcome: refused ? 'refused' : 'crash',
        quotes: 0,
        detail: (err as Error).message,
      });
    }
  }
  const times = results.map((r) => r.ms);
  const crashes = results.filter((r) => r.outcome === 'crash');
  const slow = results.filter((r) => r.ms >= LIMIT_MS);
  const refused = results.filter((r) => r.outcome === 'refused');
  console.log(`pages              ${results.length}`);
  console.log(`articles           ${results.length - refused.length - crashes.length}`);
  console.log(`refused (message)  ${refused.length}`);
  console.log(`crashes            ${crashes.length}`);
  console.log(`quotes found       ${results.reduce((n, r) => n + r.quotes, 0)}`);
  console.log(`ms per page        median ${quantile(times, 0.5).toFixed(1)}, p95 ${quantile(times, 0.95).toFixed(1)}, max ${Math.max(0, ...times).toFixed(1)}`);
  console.log(`pages >= ${LIMIT_MS} ms    ${slow.length}`);
  for (const r of crashes) console.log(`  crash  ${r.name}: ${r.detail}`);
  for (const r of slow) console.log(`  slow   ${r.name}: ${r.ms.toFixed(0)} ms`);
  for (const r of refused) console.log(`  refused ${r.name}: ${r.detail}`);
  return crashes.length || slow.length ? 1 : 0;
}
