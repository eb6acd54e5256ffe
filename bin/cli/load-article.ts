/**
 * File I/O for the CLI: reads an article file from disk and hands its text to the engine.
 * A `.txt` file may get its outlet, title, date and url from a `metadata.json` beside it
 * (keyed by file name), which is how `seeds/` labels the sample coverage.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readArticleFile } from '@/bin/cli/read-article-file';
import { parseHtml } from '@/bin/cli/node-dom';
import type { Article } from '@/utils/types';

/** Files larger than this are refused before reading: no news article is 20 MB of text. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

import { UserError } from './user-error';

export { UserError };

type FileMeta = Partial<Pick<Article, 'title' | 'outlet' | 'url' | 'date'>>;

async function sidecarMeta(path: string): Promise<FileMeta | undefined> {
  try {
    const all = JSON.parse(await readFile(join(dirname(path), 'metadata.json'), 'utf8'));
    const meta = all?.[basename(path)];
    return meta && typeof meta === 'object' ? meta : undefined;
  } catch {
    // No sidecar, or an unreadable one: the file's own content decides.
    return undefined;
  }
}

export async function loadArticle(path: string): Promise<Article> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UserError(`${path}: not a file`);
    size = info.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    // Only a path that does not exist is "no such file"; a permission problem says so.
    const missing = code === 'ENOENT' || code === 'ENOTDIR';
    throw new UserError(`${path}: ${missing ? 'no such file' : `cannot open (${code ?? 'error'})`}`);
  }
  if (size > MAX_FILE_BYTES) {
    throw new UserError(`${path}: file is ${(size / 1e6).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1e6} MB`);
  }
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (err) {
    // Permission denied and the like: still the reader's problem to fix, not a crash.
    throw new UserError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const meta = path.toLowerCase().endsWith('.txt') ? await sidecarMeta(path) : undefined;
  const result = readArticleFile({ name: path, content, parseHtml, meta });
  if (!result.ok) throw new UserError(`${path}: ${result.message}`);
  return result.article;
}
