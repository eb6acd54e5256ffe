/** Reads a library file (the extension's export format) for `compare --library`, through the extension's own validator. */
import { readFile, stat } from 'node:fs/promises';
import { MAX_IMPORT_CHARS, parseExportText, type ExportedArticle } from '@/utils/storage/export-format';
import { UserError } from './user-error';

export async function readLibraryFile(path: string): Promise<ExportedArticle[]> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new UserError(`${path}: no such library file`);
  }
  // Characters ≤ bytes: a file over the limit in bytes may still fit; the parser checks characters.
  if (size > 4 * MAX_IMPORT_CHARS) throw new UserError(`${path}: ${(size / 1e6).toFixed(0)} MB is too large for a library file`);
  const check = parseExportText(await readFile(path, 'utf8'));
  if (!check.ok) throw new UserError(`${path}: ${check.reason}`);
  return check.file.articles;
}
