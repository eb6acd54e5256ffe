/**
 * The benchmark's material, read from a corpus folder by path at run time (never copied into the
 * repository): Readability's test pages, PolNeAR texts, and AllSides articles as saved articles.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleTextFromLines, type ArticleText } from '@/utils/article/article-text';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { lexiconFor } from '@/utils/language/lexicons';
import type { ArticleRef, StoredArticle } from '@/utils/types';

/**
 * The benchmark's seed (bench.ts): its draws, among them the library the families are measured on
 * (bench-families: the first N of the AllSides articles shuffled by a fresh seededRandom(seed)),
 * which the AllSides page-open test in Chromium saves too (test/e2e/page-open-allsides.test.ts).
 */
export const BENCH_SEED = 20260313;

/** The corpus parts the benchmark reads; names the first one missing, or null when all are there. */
export function missingCorpusPart(dir: string): string | null {
  for (const part of ['readability-pages', 'polnear-dev', join('allsides', 'articles.jsonl')]) {
    if (!existsSync(join(dir, part))) return join(dir, part);
  }
  return null;
}

export interface Page {
  name: string;
  html: string;
}

/** Every `readability-pages/<name>/source.html`, sorted by name. */
export async function readPages(dir: string): Promise<Page[]> {
  const root = join(dir, 'readability-pages');
  const names = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return Promise.all(names.map(async (name) => ({ name, html: await readFile(join(root, name, 'source.html'), 'utf8') })));
}

/** The raw PolNeAR .txt texts, sorted by file name. */
export async function readPolnearTexts(dir: string): Promise<string[]> {
  const root = join(dir, 'polnear-dev');
  const files = (await readdir(root)).filter((f) => f.endsWith('.txt')).sort();
  return Promise.all(files.map((f) => readFile(join(root, f), 'utf8')));
}

/** A saved article of the benchmark, with the AllSides pseudo-event it belongs to ('' for synthetic ones). */
export interface BenchArticle extends StoredArticle {
  event: string;
}

/** A saved article from its text and metadata, its quotes found as the extension does at save time. */
export function benchArticle(id: string, event: string, meta: Omit<ArticleRef, 'id'>, body: ArticleText): BenchArticle {
  return { id, event, ...meta, byline: null, lang: null, ...body, quotes: findQuotes(body, lexiconFor(body)), savedAt: 0 };
}

/**
 * The AllSides articles (one JSON object a line). Ids are `allsides:<line>`: the dataset repeats
 * some URLs, and the benchmark must keep every article apart.
 */
export async function readAllsides(dir: string): Promise<BenchArticle[]> {
  const lines = (await readFile(join(dir, 'allsides', 'articles.jsonl'), 'utf8')).split('\n');
  const out: BenchArticle[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const r = JSON.parse(line) as { event: string; title: string; outlet: string; url: string; date: string | null; text: string };
    out.push(benchArticle(`allsides:${i}`, r.event, { title: r.title ?? '', outlet: r.outlet ?? '', url: r.url ?? '', date: r.date ?? null }, articleTextFromLines(r.text ?? '')));
  });
  return out;
}
