/**
 * The benchmark's built indexes kept on disk between runs (outside the repository, under the
 * system's temporary folder), so a second measurement at 100k loads the stored index in seconds
 * instead of building it for half an hour. A file is named by what it was built from and by what
 * built it: a hash of every library article as the index reads it (id, metadata, text, quotes),
 * and a hash of the stored form of an index the current code builds over the library's first
 * articles. Any change to how the index builds or serializes that shows on that sample gives
 * another name; query-side changes (candidate search, matching, related coverage) keep it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { CoverageIndex } from '@/utils/index/coverage-index';
import type { BenchArticle } from './bench-corpus';

/** Articles the code's fingerprint index is built over: a few seconds, every build rule exercised. */
export const FINGERPRINT_ARTICLES = 1_000;

export const INDEX_CACHE_DIR = join(tmpdir(), 'verbatim-bench-index');

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

/** The stored index (structured clone) at `path`, or null when there is none. */
export function readCachedIndex(path: string): Buffer | null {
  return existsSync(path) ? readFileSync(path) : null;
}

/** Writes the stored index whole or not at all (a run killed mid-write leaves no half file). */
export function writeCachedIndex(path: string, stored: Buffer): void {
  mkdirSync(INDEX_CACHE_DIR, { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, stored);
  renameSync(partial, path);
}
