/**
 * The architecture's rules, checked on the tree (in the manner of Refined GitHub's meta-tests): every
 * utils/ folder belongs to a layer of eslint.config.js's BOUNDARIES and is described in README's
 * architecture section, every layer still covers files, ESLint reports a planted breach of each
 * layer's rules, nothing outside test/ imports test/, and product modules import no cycle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: the ESLint config is plain JavaScript with no declarations.
import { BOUNDARIES } from '../../../eslint.config.js';

interface Layer {
  layer: string;
  files: string[];
}
const LAYERS = BOUNDARIES as Layer[];
const ROOT = path.join(__dirname, '../../..');
const SOURCE_DIRS = ['utils', 'components', 'entrypoints', 'bin'];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => `${dir}/${f.split(path.sep).join('/')}`);
}
const FILES = SOURCE_DIRS.flatMap(sourceFiles);
const layerOf = (file: string) => LAYERS.filter((l) => l.files.some((g) => path.matchesGlob(file, g))).map((l) => l.layer);

/** Value imports (not `import type`) of a module, as written. */
function valueImports(code: string): string[] {
  const specs: string[] = [];
  for (const m of code.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) if (!m[1]) specs.push(m[2]);
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]);
  return specs;
}

/** The repository file a specifier names (@/ or relative), or null for a package. */
function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  else return null;
  for (const c of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    try {
      if (statSync(path.join(ROOT, c)).isFile()) return c;
    } catch {
      // not this candidate
    }
  }
  return base;
}

/** A folder's line in README's tree: indented under its parent, its name, then what it holds. */
const treeLine = (folder: string) => new RegExp(`^ {2,}${folder}/ +\\S`, 'm');

describe('every folder has a layer and a line in README', () => {
  const utilsFolders = readdirSync(path.join(ROOT, 'utils'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const architecture = readme.slice(readme.indexOf('## Architecture'), readme.indexOf('\n## ', readme.indexOf('## Architecture') + 5));

  test.each(utilsFolders)('utils/%s', (folder) => {
    expect(layerOf(`utils/${folder}/x.ts`), 'add the folder to ENGINE_FOLDERS or a layer in eslint.config.js').not.toEqual([]);
    expect(architecture, 'describe the folder in README "Architecture"').toMatch(treeLine(folder));
  });

  test.each(readdirSync(path.join(ROOT, 'bin'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name))('bin/%s', (folder) => {
    expect(architecture, 'describe the folder in README "Architecture"').toMatch(treeLine(folder));
  });

  test('utils/ holds folders and the shared types module only', () => {
    const loose = readdirSync(path.join(ROOT, 'utils'), { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
    expect(loose).toEqual(['types.ts']);
  });

  test('every layer still covers some file (a renamed folder would leave its rules guarding nothing)', () => {
    for (const l of LAYERS) expect(FILES.some((f) => layerOf(f).includes(l.layer)), l.layer).toBe(true);
  });
});

describe('ESLint reports a breach of each layer', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const breaches: Array<[file: string, code: string, breaks: boolean]> = [
    ['utils/quotes/x.ts', "import { browser } from 'wxt/browser';\nexport const b = browser;\n", true],
    ['utils/report/x.ts', "import { openDB } from 'idb';\nexport const o = openDB;\n", true],
    ['utils/matching/x.ts', "import type { CheckReport } from '@/utils/protocol/messages';\nexport type R = CheckReport;\n", true],
    ['utils/index/x.ts', "import { h } from 'preact';\nexport const x = h;\n", true],
    ['utils/text/x.ts', "import { main } from '../../bin/cli/cli';\nexport const m = main;\n", true],
    ['utils/storage/x.ts', "import { browser } from 'wxt/browser';\nexport const b = browser;\n", true],
    ['components/x.tsx', "import { browser } from 'wxt/browser';\nexport const b = browser;\n", true],
    ['components/x.tsx', "import { sendMessage } from '@/utils/protocol/messages';\nexport const s = sendMessage;\n", true],
    ['components/x.tsx', "import type { CheckReport } from '@/utils/protocol/messages';\nexport type R = CheckReport;\n", false],
    ['utils/ui/x.ts', "import type { CheckReport } from '@/utils/protocol/messages';\nexport type R = CheckReport;\n", false],
    ['entrypoints/x.ts', "import { runEval } from '@/bin/eval/x';\nexport const r = runEval;\n", true],
    ['bin/cli/x.ts', "import { ROOT } from '../../test/unit/cli/run-cli';\nexport const r = ROOT;\n", true],
    ['bin/cli/x.ts', "import type { WxtBrowser } from 'wxt/browser';\nexport type B = WxtBrowser;\n", false],
    ['utils/quotes/x.ts', "import { normalize } from '@/utils/text/normalize';\nexport const n = normalize;\n", false],
  ];
  test.each(breaches)('%s: %j', async (file, code, breaks) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
    const restricted = result.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports');
    expect(restricted.length > 0).toBe(breaks);
  });
});

describe('the import graph', () => {
  const graph = new Map(FILES.map((f) => [f, valueImports(readFileSync(path.join(ROOT, f), 'utf8')).map((s) => resolve(f, s)).filter((t): t is string => t !== null)]));

  test('the import reader sees the imports (else every check below passes on nothing)', () => {
    const edges = [...graph.values()].reduce((n, targets) => n + targets.length, 0);
    expect(edges).toBeGreaterThan(FILES.length);
    expect(graph.get('utils/quotes/find-quotes.ts')).toContain('utils/text/quote-marks.ts');
  });

  test('nothing outside test/ imports test/', () => {
    const offenders = [...graph].flatMap(([f, targets]) => targets.filter((t) => t.startsWith('test/')).map((t) => `${f} -> ${t}`));
    expect(offenders).toEqual([]);
  });

  test('product and tool modules import no cycle', () => {
    expect(findCycle(graph)).toBeNull();
  });

  test.each([
    ['none', { a: ['b'], b: ['c'], c: [] }, null],
    ['two modules', { a: ['b'], b: ['a'] }, ['a', 'b', 'a']],
    ['three, reached late', { x: ['a'], a: ['b'], b: ['c'], c: ['a'] }, ['a', 'b', 'c', 'a']],
  ])('the cycle finder: %s', (_name, edges, cycle) => {
    expect(findCycle(new Map(Object.entries(edges)))).toEqual(cycle);
  });
});

/** The first import cycle found by a depth-first walk, as a path back to its start, or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}
