/**
 * `Library` and the in-memory storage run without a browser (the CLI, benchmarks): nothing they
 * load at run time, however indirectly, is `wxt/browser`, `idb`, a `?raw` bundler import or an
 * entrypoint. Type-only imports are erased and not followed. A browser-facing module is checked
 * the same way, so the walk itself is shown to find such imports.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const FORBIDDEN = [/^wxt(\/|$)/, /^idb$/, /\?raw$/, /^@\/entrypoints\//];
const RUNTIME_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => /\.tsx?$/.test(f) && existsSync(f)) ?? null;
}

/** Every forbidden specifier reachable at run time from `entry`, with the file that imports it. */
function forbiddenImports(entry: string): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)) {
      if (FORBIDDEN.some((re) => re.test(spec))) found.push(`${path.relative(ROOT, file)} → ${spec}`);
      const next = resolve(file, spec);
      if (next) walk(next);
    }
  };
  walk(path.join(ROOT, entry));
  return found;
}

test.each([
  ['utils/library/library.ts', false],
  ['utils/storage/memory-storage.ts', false],
  ['utils/storage/library-storage.ts', false],
  ['entrypoints/background/tab-checks.ts', true],
  ['utils/storage/storage.ts', true],
])('%s loads a browser-only module: %s', (entry, browserOnly) => {
  expect(forbiddenImports(entry).length > 0).toBe(browserOnly);
});
