/** One JSON value per line of a labels file; null when the file does not exist (nothing read yet). */
import { readFile } from 'node:fs/promises';

export async function readJsonLines<T>(file: string): Promise<T[] | null> {
  try {
    return (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}
