import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root: the nearest folder above this module holding package.json. Found, not
 * counted in "../", because the same code runs from bin/<folder>/ (sources) and from dist/ (the
 * compiled CLI, one level deep).
 */
export const PROJECT_ROOT = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('verbatim: package.json not found above the command line tool');
    dir = up;
  }
  return dir;
})();
