/**
 * The researcher's batch commands, one process for a whole corpus:
 *   verbatim quotes <files|folders...> --jsonl          one JSON line per article (or per error)
 *   verbatim library build <files|folders...> -o FILE   the extension's own export file
 *   verbatim compare <files...> --library FILE [--jsonl] each article against a library file, with the reverse sections
 * A bad file or line becomes an error line and the run goes on; the exit code is 1 when any input
 * failed, 0 otherwise.
 */
import { writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { articleId } from '@/utils/article/article-id';
import { compareArticle } from '@/utils/report/compare-article';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { articleProblem, buildExportFile, MAX_IMPORT_ARTICLES, MAX_IMPORT_CHARS, validateExport, type ExportedArticle } from '@/utils/storage/export-format';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { lexiconFor } from '@/utils/language/lexicons';
import type { Article, StoredArticle } from '@/utils/types';
import { readInputs, type InputRef } from './article-inputs';
import { fileResults } from './compare-files';
import { formatComparison } from './format-report';
import { readLibraryFile } from './library-file';
import { progressLine } from './progress';
import { comparisonJson, quotesJson } from './report-json';
import { UserError } from './user-error';

/** Writes one line to stdout, waiting when the reader is slower than we are. */
async function emit(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}

const where = (ref: InputRef) => (ref.line === undefined ? { file: ref.file } : { file: ref.file, line: ref.line });

export async function quotesBatch(paths: readonly string[]): Promise<number> {
  if (paths.length === 0) throw new UserError('quotes --jsonl takes at least one file or folder');
  const progress = progressLine('quotes');
  let articles = 0;
  let errors = 0;
  for await (const item of readInputs(paths)) {
    if ('error' in item) {
      errors++;
      await emit(JSON.stringify({ ...where(item), error: item.error }));
    } else {
      articles++;
      await emit(JSON.stringify({ ...where(item), ...quotesJson(item.article, findQuotes(item.article, lexiconFor(item.article))) }));
    }
    progress.tick(articles, errors);
  }
  progress.done();
  return errors > 0 ? 1 : 0;
}

export async function libraryBuild(paths: readonly string[], outFile: string | undefined): Promise<number> {
  if (!outFile) throw new UserError('library build needs -o <file> (where to write the library)');
  if (paths.length === 0) throw new UserError('library build takes at least one file or folder');
  const progress = progressLine('library');
  const byId = new Map<string, ExportedArticle>();
  let errors = 0;
  let duplicates = 0;
  // Saved in input order, one millisecond apart: the extension's "earlier saved" is the earlier input.
  const savedAt = Date.now();
  for await (const item of readInputs(paths)) {
    if ('error' in item) {
      errors++;
      process.stderr.write(`${JSON.stringify({ ...where(item), error: item.error })}\n`);
    } else {
      const id = articleId(item.article);
      const article = { ...item.article, id, savedAt: savedAt + byId.size };
      // Checked one by one with the extension's validator, so one bad article is one error, not a lost run.
      const problem = articleProblem(article);
      if (problem) {
        errors++;
        process.stderr.write(`${JSON.stringify({ ...where(item), error: `${item.file}${item.line ? `:${item.line}` : ''}: ${problem}` })}\n`);
      } else if (byId.has(id)) duplicates++;
      else byId.set(id, article);
    }
    progress.tick(byId.size, errors);
  }
  progress.done();
  if (byId.size > MAX_IMPORT_ARTICLES) {
    throw new UserError(`${byId.size} articles: the extension imports at most ${MAX_IMPORT_ARTICLES.toLocaleString('en-US')} per file; build several libraries`);
  }
  const file = buildExportFile([...byId.values()], new Date(savedAt));
  const text = JSON.stringify(file);
  if (text.length > MAX_IMPORT_CHARS) throw new UserError(`the library is ${(text.length / 1e6).toFixed(0)} MB; the extension imports at most ${MAX_IMPORT_CHARS / 1e6} MB per file`);
  // The extension's own validator: what we write, it imports.
  const check = validateExport(file);
  if (!check.ok) throw new Error(`built library does not validate: ${check.reason}`);
  await writeFile(outFile, text);
  process.stderr.write(`library: ${byId.size} articles written to ${outFile}` + (duplicates ? `, ${duplicates} duplicates skipped` : '') + (errors ? `, ${errors} inputs unreadable` : '') + '\n');
  return errors > 0 ? 1 : 0;
}

export async function compareWithLibrary(paths: readonly string[], libraryFile: string, jsonl: boolean): Promise<number> {
  if (paths.length === 0) throw new UserError('compare --library takes at least one article file or folder');
  const started = performance.now();
  const library = await readLibraryFile(libraryFile);
  const index = new CoverageIndex();
  const stored = new Map<string, StoredArticle>();
  for (const a of library) {
    const entry: StoredArticle = { ...a, quotes: findQuotes(a, lexiconFor(a)) };
    stored.set(a.id, entry);
    index.add(entry);
  }
  const loadMs = performance.now() - started;
  const progress = progressLine('compare');
  const times: number[] = [];
  let articles = 0;
  let errors = 0;
  for await (const item of readInputs(paths)) {
    if ('error' in item) {
      errors++;
      const line = JSON.stringify({ ...where(item), error: item.error });
      if (jsonl) await emit(line);
      else process.stderr.write(`verbatim: ${item.error}\n`);
    } else {
      articles++;
      const t0 = performance.now();
      const { reports, reverse } = compareToIndex(item.article, index, stored);
      times.push(performance.now() - t0);
      if (jsonl) await emit(JSON.stringify({ ...where(item), ...comparisonJson(item.article, reports, reverse) }));
      else await emit(formatComparison(item.article, reports, reverse));
    }
    progress.tick(articles, errors);
  }
  progress.done();
  times.sort((a, b) => a - b);
  const p50 = times.length ? times[Math.floor((times.length - 1) / 2)] : 0;
  process.stderr.write(`compare: ${articles} articles against a library of ${library.length} (loaded and indexed in ${(loadMs / 1000).toFixed(1)} s), ${p50.toFixed(1)} ms per article (median)\n`);
  return errors > 0 ? 1 : 0;
}
/**
 * One article against a loaded library, as the extension compares it (other outlets only, with the
 * reverse sections); a match or a reverse source names its article by URL, else by id.
 */
function compareToIndex(article: Article, index: CoverageIndex, stored: Map<string, StoredArticle>) {
  const result = compareArticle(article, findQuotes(article, lexiconFor(article)), index, (id) => stored.get(id));
  return fileResults(result, (id) => stored.get(id)?.url || id);
}
