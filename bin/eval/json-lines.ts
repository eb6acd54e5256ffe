/** Labels kept as JSON lines: a labels file read back, and the files judges wrote. */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** One JSON value per line of a labels file; null when the file does not exist (nothing read yet). */
export async function readJsonLines<T>(file: string): Promise<T[] | null> {
  try {
    return (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** A judging folder's labels-*.jsonl files in name order, each with its lines that hold a JSON object (trimmed): what judges wrote back. */
export async function labelFiles(dir: string): Promise<Array<{ file: string; lines: string[] }>> {
  const names = (await readdir(dir)).filter((n) => /^labels-.*\.jsonl$/.test(n)).sort();
  return Promise.all(names.map(async (file) => ({
    file,
    lines: (await readFile(join(dir, file), 'utf8')).split('\n').map((l) => l.trim()).filter((l) => l.startsWith('{')),
  })));
}
