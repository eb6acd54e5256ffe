/**
 * Where one page check's time goes at 10,000 saved articles, in Node, on the in-browser
 * performance test's synthetic library (test/e2e/synthetic-library.ts): the index is built,
 * cloned and loaded as the worker loads its cache, then the story article is checked once cold
 * and again warm, with the plan and the comparison timed per quote and per candidate.
 * A diagnostic, not a benchmark (no target): `node --cpu-prof` on its bundle shows the functions.
 *
 *   npx esbuild test/e2e/profile-check.ts --bundle --platform=node --format=esm --packages=external --outfile=/tmp/profile-check.mjs
 *   node /tmp/profile-check.mjs [--size 10000] [--warm 5] [--cache FILE] [--no-detail]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { planComparison, runComparison, reverseOf, matchCandidate } from '@/utils/report/compare-article';
import { findQuotes } from '@/utils/quotes/find-quotes';
import type { StoredArticle } from '@/utils/types';
import { createStory, storyArticle, syntheticLibrary } from './synthetic-library';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const size = arg('--size', 10_000);
const warmRuns = arg('--warm', 5);
const ms = (x: number) => `${x.toFixed(1)} ms`;
// The main thread's own CPU time (Linux schedstat, ns): the process's would count the collector's
// and compiler's threads, and wall time this machine's other work.
const threadNs = () => Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]);
const cpu = () => threadNs();
const cpuMs = (since: number) => (threadNs() - since) / 1e6;

const story = createStory(2026);
const article = { ...storyArticle(story, 'http://127.0.0.1:1/story.html'), id: 'http://127.0.0.1:1/story.html' };
const quotes = findQuotes(article);
// Built once and kept (--cache FILE), so a later run starts as cold as a woken worker: nothing
// of the engine has run in the process before the check.
const cacheFile = process.argv.includes('--cache') ? process.argv[process.argv.indexOf('--cache') + 1] : undefined;
let clone: Buffer;
let stored: Map<string, StoredArticle>;
if (cacheFile && existsSync(cacheFile)) {
  ({ clone, stored } = deserialize(readFileSync(cacheFile)) as { clone: Buffer; stored: Map<string, StoredArticle> });
  console.log(`library ${stored.size}: read from ${cacheFile}; ${quotes.length} quotes in the story article`);
} else {
  const library = syntheticLibrary({ count: size, seed: 5, story, coverage: 30 });
  stored = new Map<string, StoredArticle>();
  const built = new CoverageIndex();
  const t0 = performance.now();
  for (const a of library) {
    const s: StoredArticle = { ...a, quotes: findQuotes(a) } as StoredArticle;
    stored.set(s.id, s);
    built.add(s);
  }
  console.log(`library ${size}: built in ${ms(performance.now() - t0)}; ${quotes.length} quotes in the story article`);
  // As the worker: the cache is a structured clone of toJSON(), loaded lazily.
  clone = serialize(built.toJSON());
  if (cacheFile) writeFileSync(cacheFile, serialize({ clone, stored }));
}
const resolve = (id: string) => stored.get(id);

function check(label: string, detail: boolean): void {
  let t = performance.now();
  const index = CoverageIndex.load(deserialize(clone))!;
  const loadMs = performance.now() - t;
  const c0 = cpu();
  t = performance.now();
  const plan = planComparison(article, quotes, index);
  const planMs = performance.now() - t;
  const planCpu = cpuMs(c0);
  const c1 = cpu();
  t = performance.now();
  const forward = runComparison(plan, resolve, { reverse: false });
  const compareMs = performance.now() - t;
  const compareCpu = cpuMs(c1);
  t = performance.now();
  reverseOf(plan, forward.quotes, resolve);
  const reverseMs = performance.now() - t;
  const windows = plan.candidates.reduce((n, cs) => n + cs.reduce((m, c) => m + c.windows.length, 0), 0);
  const candidates = plan.candidates.reduce((n, cs) => n + cs.length, 0);
  const matches = forward.quotes.reduce((n, r) => n + r.matches.length, 0);
  console.log(`${label}: load ${ms(loadMs)}, plan ${ms(planMs)} (cpu ${ms(planCpu)}), compare ${ms(compareMs)} (cpu ${ms(compareCpu)}), reverse ${ms(reverseMs)}; ` +
    `${candidates} candidates, ${windows} windows, ${matches} matches, ${plan.related.length} related, postings read ${index.work.postings}, articles scored ${index.work.scored}`);
  if (!detail) return;
  // Per quote: the index's candidate search, then each candidate's alignment.
  const again = CoverageIndex.load(deserialize(clone))!;
  const sub = planComparison(article, quotes, again);
  plan.quotes.forEach((quote, i) => {
    const words = quote.text.split(/\s+/).length;
    const cs = sub.candidates[i];
    let alignMs = 0;
    let matched = 0;
    let chars = 0;
    for (const c of cs) {
      const other = resolve(c.articleId)!;
      for (const w of c.windows) chars += w.end - w.start;
      const s = performance.now();
      if (matchCandidate(quote, c, other, article.text, plan.lexicon)) matched++;
      alignMs += performance.now() - s;
    }
    const scores = cs.map((c) => c.score.toFixed(1)).join(' ');
    console.log(`  quote ${i} (${words} words): ${cs.length} candidates [${scores}], ${cs.reduce((n, c) => n + c.windows.length, 0)} windows (${chars} chars), ${matched} match; align ${ms(alignMs)}`);
  });
}

check('cold', !process.argv.includes('--no-detail'));
for (let i = 0; i < warmRuns; i++) check(`warm ${i + 1}`, false);
