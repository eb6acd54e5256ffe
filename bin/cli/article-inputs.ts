/**
 * The articles a batch command reads: files and folders as given (folders walked in name order),
 * and `.jsonl` files holding one article object per line (a corpus dump such as AllSides'). One
 * unreadable file or line yields an error item and the walk goes on: a run is never lost to one
 * bad input.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseHtml } from '@/bin/cli/node-dom';
import { readArticleFile } from '@/bin/cli/read-article-file';
import type { Article } from '@/utils/types';
import { loadArticle } from './load-article';

/** Where an article came from: a file, and for a .jsonl file its 1-based line. */
export interface InputRef {
  file: string;
  line?: number;
}

export type InputItem = (InputRef & { article: Article }) | (InputRef & { error: string });

const ARTICLE_FILE = /\.(html?|txt|json|jsonl)$/i;
/** A .txt file's sidecar (read by loadArticle), not an article. */
const SIDECAR = 'metadata.json';
/** The same bound per line as loadArticle has per file. */
const MAX_LINE_CHARS = 20 * 1024 * 1024;

/** The files named, folders expanded to the article files under them; a missing path is an error item. */
export async function expandInputs(paths: readonly string[]): Promise<(string | InputItem)[]> {
  const out: (string | InputItem)[] = [];
  const walk = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile() && ARTICLE_FILE.test(e.name) && e.name !== SIDECAR) out.push(path);
    }
  };
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch {
      out.push({ file: path, error: `${path}: no such file or folder` });
      continue;
    }
    if (isDir) await walk(path);
    else out.push(path);
  }
  return out;
}

/** Every article of the inputs, in order; errors as items. */
export async function* readInputs(paths: readonly string[]): AsyncGenerator<InputItem> {
  for (const entry of await expandInputs(paths)) {
    if (typeof entry !== 'string') {
      yield entry;
    } else if (/\.jsonl$/i.test(entry)) {
      yield* readJsonLines(entry);
    } else {
      try {
        yield { file: entry, article: await loadArticle(entry) };
      } catch (err) {
        yield { file: entry, error: (err as Error).message };
      }
    }
  }
}

async function* readJsonLines(file: string): AsyncGenerator<InputItem> {
  let line = 0;
  try {
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const text of lines) {
      line++;
      if (!text.trim()) continue;
      if (text.length > MAX_LINE_CHARS) {
        yield { file, line, error: `${file}:${line}: line is ${(text.length / 1e6).toFixed(1)} MB; the limit is ${MAX_LINE_CHARS / 1e6} MB` };
        continue;
      }
      const result = readArticleFile({ name: `${file}:${line}.json`, content: text, parseHtml });
      yield result.ok ? { file, line, article: result.article } : { file, line, error: `${file}:${line}: ${result.message}` };
    }
  } catch (err) {
    yield { file, line: line || undefined, error: `${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}
