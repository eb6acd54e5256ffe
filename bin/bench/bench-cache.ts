/**
 * The benchmark's costly inputs kept on disk between runs (`bench --index-cache`; outside the
 * repository, under the system's temporary folder): each size's built index, so a second
 * measurement at 100k loads the stored index in seconds instead of building it for half an hour,
 * and the synthetic articles (minutes of quote finding at 100k). An index file is named by what it was built from and by what
 * built it: a hash of every library article as the index reads it (id, metadata, text, quotes),
 * and a hash of the stored form of an index the current code builds over the library's first
 * articles. Any change to how the index builds or serializes that shows on that sample gives
 * another name; query-side changes (candidate search, matching, related coverage) keep it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { CoverageIndex } from '@/utils/index/coverage-index';
import type { BenchArticle } from './bench-corpus';

/** Articles the code's fingerprint index is built over: a few seconds, every build rule exercised. */
export const FINGERPRINT_ARTICLES = 1_000;

export const INDEX_CACHE_DIR = join(tmpdir(), 'verbatim-bench-index');
/** Synthetic articles a cached set is checked against, made afresh (any difference: made again). */
const CHECKED_ARTICLES = 200;

/** Hash of every article as `CoverageIndex.add` receives it, in library order. */
function libraryHash(library: readonly BenchArticle[]): string {
  const h = createHash('sha256');
  for (const a of library) {
    h.update(JSON.stringify([a.id, a.title, a.outlet, a.url, a.date, a.lang, a.byline, a.paragraphs, a.quotes]));
    h.update('\u0000');
    h.update(a.text);
    h.update('\u0001');
  }
  return h.digest('hex');
}

/** Hash of the stored index the current code builds over the library's first articles. */
function codeFingerprint(library: readonly BenchArticle[]): string {
  const index = new CoverageIndex();
  for (const a of library.slice(0, FINGERPRINT_ARTICLES)) index.add(a);
  return createHash('sha256').update(serialize(index.toJSON())).digest('hex');
}

/** The cache file's path for this library and this code. */
export function indexCachePath(library: readonly BenchArticle[]): string {
  const key = createHash('sha256').update(libraryHash(library)).update(codeFingerprint(library)).digest('hex').slice(0, 24);
  return join(INDEX_CACHE_DIR, `index-${library.length}-${key}.v8`);
}

/** The cache file at `path` (a structured clone), or null when there is none. */
export function readCacheFile(path: string): Buffer | null {
  return existsSync(path) ? readFileSync(path) : null;
}

/**
 * `count` synthetic articles from `make` (which makes the first n of them, the same for any n; `variant`
 * names its seed and first id), read
 * from the cache when an earlier run made them from the same real articles (quotes included, so the
 * quote finder's code counts) and its first CHECKED_ARTICLES equal fresh ones; else made and cached.
 */
export function cachedSynthetic(sources: readonly BenchArticle[], variant: string, count: number, make: (n: number) => BenchArticle[]): BenchArticle[] {
  const path = syntheticCachePath(sources, variant, count);
  const stored = readCacheFile(path);
  if (stored) {
    const cached = deserialize(stored) as BenchArticle[];
    const fresh = make(Math.min(count, CHECKED_ARTICLES));
    if (cached.length === count && JSON.stringify(fresh) === JSON.stringify(cached.slice(0, fresh.length))) return cached;
  }
  const made = make(count);
  writeCacheFile(path, serialize(made));
  return made;
}

/** The cache file of `count` synthetic articles made from `sources` (`variant`: their seed and first id). */
export function syntheticCachePath(sources: readonly BenchArticle[], variant: string, count: number): string {
  const key = createHash('sha256').update(libraryHash(sources)).update(`${variant}:${count}`).digest('hex').slice(0, 24);
  return join(INDEX_CACHE_DIR, `synthetic-${count}-${key}.v8`);
}

/** Writes a cache file whole or not at all (a run killed mid-write leaves no half file). */
export function writeCacheFile(path: string, stored: Buffer): void {
  mkdirSync(INDEX_CACHE_DIR, { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, stored);
  renameSync(partial, path);
}
