/**
 * The compiled command line (bin/build-cli.mjs): the launcher runs built JavaScript, rebuilt when
 * any source is newer, and the build says exactly what the TypeScript source says.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runCliInProcess } from './run-cli';
// @ts-expect-error: a plain .mjs module without types (it runs before anything is compiled)
import { buildCli, cliIsStale } from '../../../bin/build-cli.mjs';

const SEED_000 = 'seeds/000_fa55279f4966502b.txt';
const SEED_001 = 'seeds/001_172d88e8f7af0655.txt';

describe('cliIsStale', () => {
  let root: string;
  const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
  const put = async (rel: string, s: number) => {
    await mkdir(join(root, rel, '..'), { recursive: true });
    await writeFile(join(root, rel), 'x');
    await utimes(join(root, rel), at(s), at(s));
  };
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'verbatim-cli-stale-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  test.each([
    ['no build yet', [['bin/cli/cli.ts', 10]], null, true],
    ['build newer than every source', [['bin/cli/cli.ts', 10], ['utils/a.ts', 11], ['package.json', 5]], 20, false],
    ['a utils file edited after the build', [['bin/cli/cli.ts', 10], ['utils/a.ts', 30]], 20, true],
    ['package.json changed after the build', [['bin/cli/cli.ts', 10], ['package.json', 25]], 20, true],
    ['a seed changed after the build', [['bin/cli/cli.ts', 10], ['seeds/metadata.json', 21]], 20, true],
  ] as const)('%s', async (_name, files, built, stale) => {
    await rm(root, { recursive: true, force: true });
    await mkdir(root, { recursive: true });
    for (const [rel, s] of files) await put(rel, s);
    // Folders take the newest time of their files, as if nothing was renamed or deleted since.
    const folders = new Set(files.flatMap(([rel]) => rel.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
    for (const dir of folders) {
      const newest = Math.max(0, ...files.filter(([rel]) => rel.startsWith(`${dir}/`)).map(([, s]) => s));
      await utimes(join(root, dir), at(newest), at(newest));
    }
    const entry = join(root, 'dist/cli.mjs');
    if (built !== null) await put('dist/cli.mjs', built);
    expect(cliIsStale(root, entry)).toBe(stale);
  });
});

describe('the compiled CLI says what the source says', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(ROOT, 'dist-test-'));
    await buildCli(out);
  }, 60_000);
  afterAll(() => rm(out, { recursive: true, force: true }));

  /** The compiled entry in a child process (no tsx anywhere: plain node on .mjs). */
  const compiled = (args: string[]) =>
    new Promise<{ code: number; stdout: string }>((resolve) => {
      const code = `const { main } = await import(${JSON.stringify(pathToFileURL(join(out, 'cli.mjs')).href)}); process.exitCode = await main(${JSON.stringify(args)});`;
      execFile(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, timeout: 60_000 }, (err, stdout) =>
        resolve({ code: err ? Number(err.code) : 0, stdout }),
      );
    });

  const source = async (args: string[]) => {
    const { code, stdout } = await runCliInProcess(args);
    return { code, stdout };
  };


  test.each([
    [['--help']],
    [['quotes', SEED_000, '--json']],
    [['compare', SEED_000, SEED_001, '--json']],
    [['compare', SEED_001, SEED_000]],
  ])('verbatim %j', async (args) => {
    const [a, b] = await Promise.all([compiled(args), source(args)]);
    expect(a.stdout.length).toBeGreaterThan(50);
    expect(a).toEqual(b);
  });
});
