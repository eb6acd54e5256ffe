/**
 * Compiles the `verbatim` command (bin/cli/cli.ts and all it imports) to plain JavaScript in dist/,
 * so a run never transpiles TypeScript. Built at install (postinstall), and again by the launcher
 * whenever a source is newer than the build, so it is never stale. Sources find the repository's
 * files from its root (bin/cli/project-root.ts), not by counting folders, so dist/ may sit anywhere below it.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT_DIR = join(ROOT, 'dist');
export const ENTRY = join(OUT_DIR, 'cli.mjs');
/** What the build is made of: a change to any of these makes it stale. */
const SOURCES = ['bin', 'utils', 'seeds', 'package.json', 'tsconfig.json'];

function newestIn(path) {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs; // a deleted or renamed file changes its folder's time
  for (const name of readdirSync(path)) if (name !== 'node_modules') newest = Math.max(newest, newestIn(join(path, name)));
  return newest;
}

/** True when dist/cli.mjs is missing or older than any source (times in ms since the epoch). */
export function cliIsStale(root = ROOT, entry = ENTRY) {
  let built;
  try {
    built = statSync(entry).mtimeMs;
  } catch {
    return true;
  }
  return SOURCES.some((s) => newestIn(join(root, s)) > built);
}

/**
 * Bundles bin/cli/cli.ts to `outDir` (ESM, one file per lazily loaded command; npm packages stay
 * imports). Built beside it first, then each file renamed in, the entry last: a CLI started
 * meanwhile (tests run several at once) never imports a half-written file.
 */
export async function buildCli(outDir = OUT_DIR) {
  const { build } = await import('esbuild');
  const tmp = `${outDir.replace(/\/$/, '')}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { cli: join(ROOT, 'bin/cli/cli.ts') },
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Node 20 reads \p{…} patterns; without this esbuild writes each such literal as `new RegExp(…)`, built again at every call (2 % of a compare in wordWeight alone).
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    alias: { '@': ROOT.replace(/\/$/, '') },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // utils/ reads WXT's build-time flags; the CLI is neither browser build.
    define: { 'import.meta.env.FIREFOX': 'false' },
    logLevel: 'error',
  });
  mkdirSync(outDir, { recursive: true });
  const files = readdirSync(tmp).sort((a, b) => Number(a === 'cli.mjs') - Number(b === 'cli.mjs'));
  for (const f of files) renameSync(join(tmp, f), join(outDir, f));
  rmSync(tmp, { recursive: true, force: true });
  // Chunks of earlier builds (names are content hashes) go once no run started before could still load them.
  const old = Date.now() - 10 * 60_000;
  for (const f of readdirSync(outDir)) if (!files.includes(f) && statSync(join(outDir, f)).mtimeMs < old) rmSync(join(outDir, f), { force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli();
