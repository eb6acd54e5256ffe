/**
 * The batch commands (bin/cli/batch-commands.ts): `quotes --jsonl` over files, folders and .jsonl
 * dumps, one line per article or error, never losing the run to one bad input; `library build`
 * writing a file the extension's own validator accepts; `compare --library` giving the verdicts
 * and the reverse sections `compare` gives with the same articles as files. Inputs are the seeds and texts written here.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCliInProcess as run } from './run-cli';
import { progressLine } from '../../../bin/cli/progress';
import { parseExportText } from '@/utils/storage/export-format';

const ROOT = join(__dirname, '../../..');
const SEED_000 = join(ROOT, 'seeds/000_fa55279f4966502b.txt');
const SEED_001 = join(ROOT, 'seeds/001_172d88e8f7af0655.txt');

const NOTE = {
  title: 'Council backs bridge repair',
  outlet: 'Harbor Ledger',
  url: 'https://ledger.example/bridge',
  date: '2026-05-02',
  text: 'The council voted on Tuesday to repair the old bridge.\n"We cannot wait another winter for this," said Mayor Ines Varga.',
};
const NOTE_2 = { ...NOTE, url: 'https://ledger.example/bridge-2', title: 'Bridge work to start in June', text: 'Work starts in June.\n"The crews are ready to begin," said engineer Tomas Reyes.' };

let dir: string;


const lines = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-batch-'));
  await mkdir(join(dir, 'corpus/b'), { recursive: true });
  await copyFile(SEED_000, join(dir, 'corpus/a-000.txt'));
  await writeFile(join(dir, 'corpus/b/note.json'), JSON.stringify(NOTE));
  await writeFile(join(dir, 'corpus/b/dump.jsonl'), `${JSON.stringify(NOTE_2)}\n\nnot json at all\n${JSON.stringify({ ...NOTE, text: '' })}\n`);
  await writeFile(join(dir, 'corpus/b/broken.json'), '{"title": "cut off');
  await writeFile(join(dir, 'corpus/b/readme.md'), 'not an article file: skipped');
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('quotes --jsonl', () => {
  test('a folder and a missing path: one line per article or error, in order, exit 1', async () => {
    const r = await run(['quotes', join(dir, 'corpus'), join(dir, 'nowhere'), '--jsonl']);
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    expect(out.map((l) => [l.file.slice(dir.length + 1), l.line ?? null, 'error' in l])).toEqual([
      ['corpus/a-000.txt', null, false],
      ['corpus/b/broken.json', null, true],
      ['corpus/b/dump.jsonl', 1, false],
      ['corpus/b/dump.jsonl', 3, true],
      ['corpus/b/dump.jsonl', 4, true],
      ['corpus/b/note.json', null, false],
      ['nowhere', null, true],
    ]);
    expect(out[3].error).toMatch(/dump\.jsonl:3: .*not valid JSON/);
    expect(out[4].error).toMatch(/no article text/);
    expect(out[6].error).toMatch(/no such file or folder/);
    expect(out[5].quotes.map((q: { speaker: string }) => q.speaker)).toEqual(['Ines Varga']);
    expect(out[2].quotes.map((q: { speaker: string }) => q.speaker)).toEqual(['Tomas Reyes']);
  });

  test('each article line is exactly what quotes --json prints for that file, plus where it came from', async () => {
    const single = JSON.parse((await run(['quotes', SEED_000, '--json'])).stdout);
    const [line] = lines((await run(['quotes', SEED_000, '--jsonl'])).stdout);
    expect(line).toEqual({ file: SEED_000, ...single });
  });

  test('no inputs is a clear error', async () => {
    const r = await run(['quotes', '--jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/at least one file or folder/);
  });
});

describe('library build and compare --library', () => {
  test('the built file passes the extension import validator; bad inputs are errors, duplicates skipped', async () => {
    const lib = join(dir, 'lib.json');
    await writeFile(join(dir, 'again.json'), JSON.stringify(NOTE)); // same URL as note.json: the same article
    const r = await run(['library', 'build', join(dir, 'corpus'), SEED_001, join(dir, 'again.json'), '-o', lib]);
    expect(r.code).toBe(1);
    const check = parseExportText(await readFile(lib, 'utf8'));
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    // The copied seed has no metadata.json entry under its new name: no outlet, as the file says.
    expect(check.file.articles.map((a) => a.outlet).sort()).toEqual(['', 'Harbor Ledger', 'Harbor Ledger', 'IANS']);
    expect(r.stderr).toMatch(/4 articles written .*1 duplicates skipped.*3 inputs unreadable/);
    expect(lines(r.stderr.split('\n').filter((l) => l.startsWith('{')).join('\n'))).toHaveLength(3);
  });

  test('compare --library gives the verdicts compare gives with the same article as a file', async () => {
    const lib = join(dir, 'seed-lib.json');
    expect((await run(['library', 'build', SEED_001, '-o', lib])).code).toBe(0);
    const viaFiles = JSON.parse((await run(['compare', SEED_000, SEED_001, '--json'])).stdout);
    const [viaLibrary] = lines((await run(['compare', SEED_000, '--library', lib, '--jsonl'])).stdout);
    const kinds = (r: { quotes: { matches: { kind: string; outlet: string }[] }[] }) => r.quotes.map((q) => q.matches.map((m) => `${m.kind} ${m.outlet}`));
    expect(kinds(viaLibrary)).toEqual(kinds(viaFiles));
    expect(kinds(viaLibrary).flat()).toContain('paraphrase IANS');
  });

  test('compare --library lines carry the reverse sections compare --json gives, each source named by its URL (else id)', async () => {
    const lib = join(dir, 'seed-lib.json');
    expect((await run(['library', 'build', SEED_001, '-o', lib])).code).toBe(0);
    const check = parseExportText(await readFile(lib, 'utf8'));
    if (!check.ok) throw new Error(check.reason);
    // The seed file has no URL: the library article is named by its id, as a match is.
    const [saved] = check.file.articles;
    const url = saved.url || saved.id;
    const viaFiles = JSON.parse((await run(['compare', SEED_000, SEED_001, '--json'])).stdout);
    const [viaLibrary] = lines((await run(['compare', SEED_000, '--library', lib, '--jsonl'])).stdout);
    expect(Object.keys(viaLibrary).sort()).toEqual(['article', 'elsewhere', 'file', 'paraphrasedHere', 'quotes']);
    type Sourced = { sources: { file: string }[] };
    const sources = (r: { elsewhere: { quotes: Sourced[] }[]; paraphrasedHere: Sourced[] }) =>
      [...r.elsewhere.flatMap((g) => g.quotes), ...r.paraphrasedHere].flatMap((x) => x.sources);
    expect(sources(viaLibrary).length).toBeGreaterThan(0);
    expect(new Set(sources(viaFiles).map((s) => s.file))).toEqual(new Set([SEED_001]));
    expect(new Set(sources(viaLibrary).map((s) => s.file))).toEqual(new Set([url]));
    // The same sections field for field once the file is named alike: one JSON shape, one reading.
    const renamed = JSON.parse(JSON.stringify({ elsewhere: viaFiles.elsewhere, paraphrasedHere: viaFiles.paraphrasedHere }).split(JSON.stringify(SEED_001)).join(JSON.stringify(url)));
    expect({ elsewhere: viaLibrary.elsewhere, paraphrasedHere: viaLibrary.paraphrasedHere }).toEqual(renamed);
    expect(viaLibrary.paraphrasedHere.map((p: { text: string }) => p.text).join(' ')).toContain('crucial');

    const readable = (await run(['compare', SEED_000, '--library', lib])).stdout;
    expect(readable).toContain('Quoted elsewhere, not here');
    expect(readable).toContain('Paraphrased here');
  });

  test.each([
    [['library', 'build', 'x'], /needs -o <file>/],
    [['library', 'list'], /the one subcommand is "build"/],
    [['compare', SEED_000, '--library'], /--library needs a file name/],
    [['compare', SEED_000, '--library', '/nonexistent/lib.json'], /no such library file/],
  ])('%j is refused: %s', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  });

  test('a damaged library file is refused with the import reason', async () => {
    const bad = join(dir, 'bad-lib.json');
    await writeFile(bad, JSON.stringify({ format: 'verbatim-library', version: 1, exportedAt: '2026-01-01T00:00:00Z', articles: [{ id: 'x' }] }));
    const r = await run(['compare', SEED_000, '--library', bad, '--jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Article 1 of 1 is damaged/);
  });
});

describe('progressLine', () => {
  const stream = (isTTY: boolean) => {
    const writes: string[] = [];
    return { writes, s: { isTTY, write: (t: string) => writes.push(t) } as unknown as NodeJS.WriteStream };
  };
  test('draws on a terminal, at most every 200 ms, and ends the line', () => {
    const { writes, s } = stream(true);
    let t = 0;
    const p = progressLine('quotes', s, () => t);
    t = 250;
    p.tick(10, 0);
    t = 300;
    p.tick(20, 1); // within 200 ms of the last draw: not drawn
    t = 500;
    p.tick(30, 1);
    p.done();
    expect(writes).toEqual([
      '\rquotes: 10 articles · 40/s\u001b[K',
      '\rquotes: 30 articles, 1 errors · 60/s\u001b[K',
      '\rquotes: 30 articles, 1 errors · 60/s\u001b[K',
      '\n',
    ]);
  });
  test('writes nothing when stderr is not a terminal', () => {
    const { writes, s } = stream(false);
    const p = progressLine('quotes', s);
    p.tick(1, 0);
    p.done();
    expect(writes).toEqual([]);
  });
});
