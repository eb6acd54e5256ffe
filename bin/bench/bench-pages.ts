/**
 * Benchmark sections 1 and 2: the whole page pipeline beside Readability alone on the same
 * documents, and quote-finding throughput. Pages are parsed once beforehand (parsing is excluded
 * from both sides) and the two sides alternate order page by page, so both share the machine's noise.
 */
import { performance } from 'node:perf_hooks';
import { articleFromPlainText } from '@/utils/article/article-text';
import { extractArticle, readabilityAlone } from '@/utils/article/extract-article';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { lexiconFor } from '@/utils/language/lexicons';
import { parseHtml } from '@/bin/cli/node-dom';
import type { Page } from './bench-corpus';
import { median, p95, sum } from './bench-stats';
import { targetRow, type BenchRow } from './bench-table';

// Readability's own tests use this address for their pages.
const PAGE_URL = 'http://fakehost/test/page.html';

function pipeline(doc: Document): void {
  const result = extractArticle(doc, PAGE_URL);
  if (result.ok) findQuotes(result.article, lexiconFor(result.article));
}

function timed(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Section 1: per-page ms of each side (median over rounds) and their ratio. */
export function benchExtraction(pages: readonly Page[], rounds: number): BenchRow[] {
  const docs = pages.map((p) => parseHtml(p.html, PAGE_URL));
  for (const doc of docs) {
    readabilityAlone(doc); // warm-up: JIT both paths before timing
    pipeline(doc);
  }
  const ours: number[][] = docs.map(() => []);
  const base: number[][] = docs.map(() => []);
  for (let r = 0; r < rounds; r++) {
    docs.forEach((doc, i) => {
      if ((i + r) % 2 === 0) {
        base[i].push(timed(() => readabilityAlone(doc)));
        ours[i].push(timed(() => pipeline(doc)));
      } else {
        ours[i].push(timed(() => pipeline(doc)));
        base[i].push(timed(() => readabilityAlone(doc)));
      }
    });
  }
  const oursMs = ours.map(median);
  const baseMs = base.map(median);
  const ratios = oursMs.map((o, i) => o / baseMs[i]);
  const section = `1. extraction, ${docs.length} readability-pages, ${rounds} round(s)`;
  return [
    { section, metric: 'Readability alone per page', p50: median(baseMs), p95: p95(baseMs), unit: 'ms' },
    { section, metric: 'pipeline (extractArticle+findQuotes) per page', p50: median(oursMs), p95: p95(oursMs), unit: 'ms' },
    targetRow({ section, metric: 'pipeline ÷ Readability, per page', p50: median(ratios), p95: p95(ratios), unit: 'x', note: `sum over pages: ${(sum(oursMs) / sum(baseMs)).toFixed(2)}x` }, '<=', 1.2),
  ];
}

/** Section 2: findQuotes throughput over the texts, each round timed whole. */
export function benchQuoteFinding(texts: readonly string[], rounds: number): BenchRow[] {
  const articles = texts.map(articleFromPlainText);
  const mb = sum(articles.map((a) => Buffer.byteLength(a.text))) / 1e6;
  articles.forEach((a) => findQuotes(a, lexiconFor(a))); // warm-up
  const perRound: number[] = [];
  const perArticle: number[][] = articles.map(() => []);
  for (let r = 0; r < rounds; r++) {
    perRound.push(mb / (sum(articles.map((a, i) => {
      const ms = timed(() => findQuotes(a, lexiconFor(a)));
      perArticle[i].push(ms);
      return ms;
    })) / 1000));
  }
  const articleMs = perArticle.map(median);
  const section = `2. quote finding, ${articles.length} polnear-dev texts (${mb.toFixed(1)} MB), ${rounds} round(s)`;
  return [
    { section, metric: 'findQuotes throughput', p50: median(perRound), p95: null, unit: 'MB/s' },
    { section, metric: 'findQuotes per article', p50: median(articleMs), p95: p95(articleMs), unit: 'ms' },
  ];
}
