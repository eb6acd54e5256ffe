/**
 * The command-line contract of DESIGN.md ("Command-line tool"): the JSON shapes of `quotes` and
 * `compare`, the readable word diff, and bad input refused with one line on stderr.
 *
 * Two ways in: the real launcher as a child process (bin/verbatim.mjs on the compiled dist/, as `npx
 * verbatim` runs it; ~0.5 s per spawn, so they run concurrently in one beforeAll), and `main`
 * in-process with stdout/stderr captured (cheap, for the tables over fixture files).
 * Fixtures: test/golden/cli/ (written for this test) and the two seed articles.
 */
import { execFile } from 'node:child_process';
import { join, relative } from 'node:path';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { formatComparison, formatDiff } from '../../../bin/cli/format-report';
import type { FileReverse } from '../../../bin/cli/compare-files';
import type { Article, DiffOp, QuoteMatch } from '@/utils/types';
import { makeElsewhereGroup, makeMatch, makeParaphrased, makeQuote } from '../../support/quote-report-builders';
import { runCliInProcess as runInProcess, type Run } from './run-cli';

const ROOT = join(__dirname, '../../..');
const FIX = relative(ROOT, join(__dirname, '../../golden/cli'));
const SEED_000 = 'seeds/000_fa55279f4966502b.txt';
const SEED_001 = 'seeds/001_172d88e8f7af0655.txt';
const KINDS = ['verbatim', 'partial', 'altered', 'paraphrase'];


interface Part {
  start: number;
  end: number;
}
interface JsonQuote {
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  parts: Part[];
  matches?: JsonMatch[];
}
interface JsonMatch {
  file: string;
  outlet: string;
  text: string;
  speaker: string | null;
  kind: string;
  similarity: number;
  speakerConflict: boolean;
  diff: { op: string; text: string }[];
}
interface JsonOtherQuote {
  file: string;
  outlet: string;
  text: string;
}
interface JsonReport {
  article: { title: string; outlet: string; url: string; date: string | null; text: string };
  quotes: JsonQuote[];
  /** compare only: the reverse sections. */
  elsewhere?: { speaker: string | null; quotes: { text: string; outlets: string[]; sources: JsonOtherQuote[] }[] }[];
  paraphrasedHere?: {
    text: string;
    start: number;
    end: number;
    sources: (JsonOtherQuote & { similarity: number; meaningChanges: string[]; diff: { op: string; text: string }[] })[];
  }[];
}


/** The real launcher in a child process. */
function spawnCli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/verbatim.mjs', ...args], { cwd: ROOT, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs jobs two at a time (two cores). */
async function inPairs<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

/** The contract every quote of every JSON report keeps, whatever the file type; `compare` adds the reverse sections. */
function expectContractShape(report: JsonReport, command: 'quotes' | 'compare'): void {
  expect(Object.keys(report).sort()).toEqual(command === 'quotes' ? ['article', 'quotes'] : ['article', 'elsewhere', 'paraphrasedHere', 'quotes']);
  for (const g of report.elsewhere ?? []) {
    expect(g.speaker === null || typeof g.speaker === 'string').toBe(true);
    for (const q of g.quotes) {
      expect(q.outlets).toEqual([...new Set(q.sources.map((x) => x.outlet))]);
      for (const x of q.sources) expect(Object.keys(x).sort()).toEqual(['file', 'outlet', 'text']);
    }
  }
  for (const p of report.paraphrasedHere ?? []) {
    expect(report.article.text.slice(p.start, p.end)).toBe(p.text);
    for (const x of p.sources) expect(Object.keys(x).sort()).toEqual(['diff', 'file', 'meaningChanges', 'outlet', 'similarity', 'text']);
  }
  expect(Object.keys(report.article).sort()).toEqual(['date', 'outlet', 'text', 'title', 'url']);
  for (const q of report.quotes) {
    expect(q).toEqual(expect.objectContaining({ text: expect.any(String), start: expect.any(Number), end: expect.any(Number) }));
    expect(q.speaker === null || typeof q.speaker === 'string').toBe(true);
    expect(0 <= q.start && q.start < q.end && q.end <= report.article.text.length).toBe(true);
    // Quote.parts: each part slices exactly; the text is the parts joined by one space.
    const partTexts = q.parts.map((p) => report.article.text.slice(p.start, p.end));
    expect(partTexts.join(' ')).toBe(q.text);
    expect(q.parts[0].start).toBe(q.start);
    expect(q.parts[q.parts.length - 1].end).toBe(q.end);
    if (q.parts.length === 1) expect(report.article.text.slice(q.start, q.end)).toBe(q.text);
    for (const m of q.matches ?? []) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['file', 'outlet', 'text', 'speaker', 'kind', 'similarity', 'speakerConflict']));
      expect(KINDS).toContain(m.kind);
      expect(m.similarity).toBeGreaterThanOrEqual(0);
      expect(m.similarity).toBeLessThanOrEqual(1);
      expect(typeof m.speakerConflict).toBe('boolean');
    }
  }
}

const parse = (run: Run): JsonReport => {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as JsonReport;
};

const quoteWith = (report: JsonReport, words: string): JsonQuote => {
  const q = report.quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`cli test: no quote containing "${words}" in ${report.quotes.map((x) => x.text).join(' | ')}`);
  return q;
};

const diffWords = (m: Pick<JsonMatch, 'diff'>, op: string) =>
  m.diff.filter((d) => d.op === op).flatMap((d) => d.text.toLowerCase().split(/\s+/));

afterEach(() => vi.restoreAllMocks());

describe('quotes --json, in process', () => {
  test.each([
    {
      file: `${FIX}/harbour-bridge.html`,
      article: {
        title: 'Harbour bridge to close for three weeks of repairs',
        outlet: 'Coastal Herald',
        url: 'https://coastal-herald.example/news/harbour-bridge-repairs',
        date: '2024-05-02',
      },
      speakers: { 'take chances': 'Marta Lindqvist', 'three weeks is a long time': 'Marta Lindqvist', 'Nobody asked us': 'Tomas Berg' },
    },
    {
      file: `${FIX}/harbour-bridge-wire.json`,
      article: {
        title: 'Bridge closure: council says repairs cannot wait',
        outlet: 'Northern Wire',
        url: 'https://northern-wire.example/2024/05/02/bridge-closure',
        date: '2024-05-02',
      },
      speakers: { gamble: 'Marta Lindqvist' },
    },
    {
      // Outlet, title and url from metadata.json beside it; the date from its `date` line.
      file: `${FIX}/quiet-weeks.txt`,
      article: {
        title: 'Baker says council chose the busiest month for bridge repairs',
        outlet: 'Valley Post',
        url: 'https://valley-post.example/bakers-bridge',
        date: '2024-05-03',
      },
      speakers: { 'Nobody asked us': 'Tomas Berg' },
    },
    {
      // Not in the sidecar: the file alone decides (headline line as title, no outlet, no url).
      file: `${FIX}/no-sidecar-entry.txt`,
      article: { title: 'Ferry timetable extended while the bridge is shut', outlet: '', url: '', date: '2024-05-04' },
      speakers: { 'We have the boats': 'Ines Alvarez' },
    },
  ])('$file', async ({ file, article, speakers }) => {
    const report = parse(await runInProcess(['quotes', file, '--json']));
    expectContractShape(report, 'quotes');
    expect(report.article).toEqual({ ...article, text: expect.any(String) });
    expect(report.quotes).toHaveLength(Object.keys(speakers).length);
    for (const [words, speaker] of Object.entries(speakers)) expect(quoteWith(report, words).speaker).toBe(speaker);
    // No quote carries its own marks.
    for (const q of report.quotes) expect(q.text).not.toMatch(/^["“‘']|["”’]$/);
  });

  test('a quote split around its attribution is one quote in two exact parts', async () => {
    const report = parse(await runInProcess(['quotes', `${FIX}/harbour-bridge.html`, '--json']));
    const q = quoteWith(report, 'three weeks is a long time');
    expect(q.parts).toHaveLength(2);
    expect(q.text).toBe('We know three weeks is a long time, but the alternative is a bridge that fails without warning.');
    expect(report.article.text.slice(q.end - 'without warning.'.length, q.end)).toBe('without warning.');
  });

  test('readable output names the speaker and the quote, and is not JSON', async () => {
    const run = await runInProcess(['quotes', `${FIX}/harbour-bridge.html`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Coastal Herald');
    expect(run.stdout).toContain('Tomas Berg');
    expect(run.stdout).toContain('3 quotes');
    expect(() => JSON.parse(run.stdout)).toThrow();
  });
});

describe('compare --json, in process', () => {
  test('each match names the other file exactly as given, with kind, speaker and conflict', async () => {
    const wire = `./${FIX}/harbour-bridge-wire.json`;
    const valley = `${FIX}/quiet-weeks.txt`;
    const misattributed = `${FIX}/misattributed.json`;
    const ferry = `${FIX}/no-sidecar-entry.txt`;
    const report = parse(await runInProcess(['compare', `${FIX}/harbour-bridge.html`, wire, valley, misattributed, ferry, '--json']));
    expectContractShape(report, 'compare');

    const bearings = quoteWith(report, 'take chances').matches!;
    expect(bearings.map((m) => [m.file, m.outlet, m.kind, m.speaker, m.speakerConflict])).toEqual([
      [wire, 'Northern Wire', 'altered', 'Marta Lindqvist', false],
    ]);
    expect(diffWords(bearings[0], 'delete')).toEqual(['take', 'chances']);
    expect(diffWords(bearings[0], 'insert')).toEqual(['gamble']);

    const nobody = quoteWith(report, 'Nobody asked us').matches!;
    const byFile = Object.fromEntries(nobody.map((m) => [m.file, m]));
    expect(Object.keys(byFile).sort()).toEqual([misattributed, valley].sort());
    expect(byFile[valley]).toMatchObject({ kind: 'partial', outlet: 'Valley Post', speaker: 'Tomas Berg', speakerConflict: false });
    expect(byFile[misattributed]).toMatchObject({ kind: 'partial', speaker: 'Anna Holm', speakerConflict: true });

    // An unrelated story matches nothing.
    const all = report.quotes.flatMap((q) => q.matches!);
    expect(all.some((m) => m.file === ferry)).toBe(false);
  });

  test('readable compare marks the changed words without colour', async () => {
    const run = await runInProcess(['compare', `${FIX}/harbour-bridge.html`, `${FIX}/harbour-bridge-wire.json`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ALTERED');
    expect(run.stdout).toMatch(/\[-take\s+chances-\]/);
    expect(run.stdout).toContain('{+gamble+}');
    expect(run.stdout).not.toContain('\u001b[');
  });
  test('readable compare: a misattributed quote shows its kind, the flag beside it, and who is credited', async () => {
    const misattributed = `${FIX}/misattributed.json`;
    const run = await runInProcess(['compare', `${FIX}/harbour-bridge.html`, misattributed, `${FIX}/harbour-bridge-wire.json`]);
    expect(run.code).toBe(0);
    const json = parse(await runInProcess(['compare', `${FIX}/harbour-bridge.html`, misattributed, '--json']));
    const m = quoteWith(json, 'Nobody asked us').matches!.find((x) => x.file === misattributed)!;
    expect(run.stdout).toContain(`${m.kind.toUpperCase()}  [speaker conflict]  in Harbour Gazette (${misattributed})`);
    expect(run.stdout).toContain(`! speaker conflict: ${m.speaker} (here: Tomas Berg)`);
    // Only the flagged match names a conflict.
    expect(run.stdout.match(/speaker conflict/g)).toHaveLength(2);
  });
});

describe('readable compare text (formatComparison, formatDiff)', () => {
  const ARTICLE: Article = {
    url: 'https://herald.example/a', outlet: 'Coastal Herald', title: 'Bridge', date: '2026-01-02', byline: null, lang: 'en',
    text: '', paragraphs: [],
  };
  const line = (over: Partial<QuoteMatch>) => {
    const out = formatComparison(ARTICLE, [{ quote: makeQuote('we will build the bridge'), matches: [{ ...makeMatch('partial', over), file: 'other.json' }] }]);
    return out.split('\n').find((l) => l.includes('other.json'))!;
  };
  test.each<[string, Partial<QuoteMatch>, string]>([
    ['no flag: the kind alone', {}, '    PARTIAL in Harbour Gazette (other.json), similarity 0.90'],
    ['a conflict beside the kind', { speakerConflict: true, speaker: 'Ben Ode' }, '    PARTIAL  [speaker conflict]  in Harbour Gazette (other.json), similarity 0.90'],
    ['both flags, kind first', { kind: 'altered', speakerConflict: true, meaningChanges: ['not'] }, '    ALTERED  [speaker conflict, meaning change]  in Harbour Gazette (other.json), similarity 0.90'],
  ])('%s', (_name, over, expected) => {
    expect(line(over)).toBe(expected);
  });

  test.each<[string, Partial<QuoteMatch>, RegExp | null]>([
    ['a conflict names the other speaker and ours', { speakerConflict: true, speaker: 'Ben Ode' }, /! speaker conflict: Ben Ode \(here: Ana Ruiz\)/],
    ['no conflict, no conflict line', { speaker: 'Ben Ode' }, null],
  ])('%s', (_name, over, says) => {
    const out = formatComparison(ARTICLE, [{ quote: makeQuote('q'), matches: [{ ...makeMatch('partial', over), file: 'o.json' }] }]);
    if (says) expect(out).toMatch(says);
    else expect(out).not.toContain('speaker conflict');
  });

  test.each<[string, FileReverse, string[]]>([
    ['no other file on the story', { related: 0, elsewhere: [], paraphrasedHere: [] },
      ['Quoted elsewhere, not here: no other file covers this story', 'Paraphrased here: no other file covers this story']],
    ['related files, nothing missing or paraphrased', { related: 1, elsewhere: [], paraphrasedHere: [] },
      ['Quoted elsewhere, not here: none (this article quotes or paraphrases all the other files quote)', "Paraphrased here: none (no sentence gives another file's direct quote as indirect speech)"]],
    ['one quote missing, one sentence paraphrased with a meaning change', {
      related: 1,
      elsewhere: [makeElsewhereGroup(null, [{ text: 'The ferry stops in May', outlets: ['Gazette'] }])],
      paraphrasedHere: [makeParaphrased('the ferry would never stop', 10, 'the ferry will stop', { articleId: 'g.json', outlet: 'Gazette', meaningChanges: ['never'], diff: [{ op: 'equal', text: 'the ferry' }, { op: 'delete', text: 'will' }, { op: 'insert', text: 'would never' }, { op: 'equal', text: 'stop' }] })],
    }, [
      "Quoted elsewhere, not here: 1 quote other files carry that this article neither quotes nor paraphrases",
      '  unattributed',
      '    “The ferry stops in May”',
      '        quoted by Gazette (Gazette-0)',
      "Paraphrased here: 1 sentence gives another file's direct quote as indirect speech",
      '  “the ferry would never stop”',
      '    PARAPHRASED HERE  [meaning change]  from Gazette (g.json), similarity 0.80',
      '        ! meaning change: never',
      '        their quote: “the ferry will stop”',
      '        their words → here: the ferry [-will-] {+would never+} stop',
    ]],
  ])('the reverse sections: %s', (_name, reverse, lines) => {
    const out = formatComparison(ARTICLE, [{ quote: makeQuote('q'), matches: [] }], reverse);
    const after = out.slice(out.indexOf('ONLY HERE')).split('\n').filter((l) => l && !l.includes('ONLY HERE'));
    expect(after).toEqual(lines);
    expect(formatComparison(ARTICLE, [{ quote: makeQuote('q'), matches: [] }])).not.toContain('Paraphrased here');
  });

  test.each<[string, DiffOp[], string]>([
    ['silent changes', [{ op: 'equal', text: 'we will' }, { op: 'delete', text: 'ensure' }, { op: 'insert', text: 'secure' }], 'we will [-ensure-] {+secure+}'],
    ['an editor\'s insertion', [{ op: 'equal', text: 'lied,' }, { op: 'insert', text: '[and]', edit: 'insertion' }, { op: 'equal', text: 'nothing' }], "lied, <editor's insertion: {+[and]+}> nothing"],
    ['an editor\'s substitution', [{ op: 'delete', text: 'he', edit: 'substitution' }, { op: 'insert', text: '[Mr. Lee]', edit: 'substitution' }, { op: 'equal', text: 'said' }], "<editor's substitution: [-he-] {+[Mr. Lee]+}> said"],
    ['an ellipsis', [{ op: 'equal', text: 'we' }, { op: 'insert', text: '…', edit: 'cut' }, { op: 'equal', text: 'build' }], 'we <cut (…)> build'],
    ['the words an ellipsis cut', [{ op: 'equal', text: 'we' }, { op: 'delete', text: 'will soon', edit: 'cut' }], 'we <cut (…): [-will soon-]>'],
  ])('formatDiff: %s', (_name, diff, expected) => {
    expect(formatDiff(diff)).toBe(expected);
  });
});

// --- The real launcher -------------------------------------------------------------------------

// `spawn`: also run through the real launcher (the rest only in process, to keep the file fast).
const BAD_INPUTS: { name: string; args: string[]; says: RegExp; spawn?: boolean }[] = [
  { name: 'missing file', args: ['quotes', `${FIX}/does-not-exist.html`, '--json'], says: /no such file/, spawn: true },
  { name: 'a directory', args: ['quotes', FIX], says: /not a file/ },
  { name: 'unknown extension', args: ['quotes', `${FIX}/notes.md`, '--json'], says: /\.html.*\.txt.*\.json/ },
  { name: 'corrupt JSON', args: ['quotes', `${FIX}/corrupt.json`], says: /not valid JSON/, spawn: true },
  { name: 'JSON without text', args: ['quotes', `${FIX}/no-text.json`, '--json'], says: /no article text/ },
  { name: 'JSON that is not one object', args: ['quotes', `${FIX}/array.json`], says: /one article/ },
  { name: 'an empty text file', args: ['quotes', `${FIX}/empty.txt`, '--json'], says: /empty/ },
  { name: 'a page that is not an article', args: ['quotes', `${FIX}/not-an-article.html`], says: /doesn't look like an article/, spawn: true },
  { name: 'unknown command', args: ['frobnicate', SEED_000], says: /unknown command/, spawn: true },
  { name: 'compare with one file', args: ['compare', SEED_000, '--json'], says: /at least one other/ },
  { name: 'compare with a missing other file', args: ['compare', SEED_000, `${FIX}/gone.txt`, '--json'], says: /gone\.txt: no such file/ },
  { name: 'quotes with two files', args: ['quotes', SEED_000, SEED_001], says: /exactly one/ },
];

const SPAWNED_BAD = BAD_INPUTS.filter((b) => b.spawn);

/** One line on stderr naming the problem, no stack, non-zero exit, nothing on stdout. */
function expectRefusal(run: Run, says: RegExp): void {
  expect(run.code).not.toBe(0);
  expect(run.stdout).toBe('');
  const lines = run.stderr.split('\n');
  expect(lines).toHaveLength(2); // one line and its newline
  expect(lines[1]).toBe('');
  expect(lines[0]).toMatch(/^verbatim: /);
  expect(lines[0]).toMatch(says);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

describe('help, in process', () => {
  test.each([[['help']], [['-h']], [['quotes', '--help']], [['compare', SEED_000, '-h']]])('%j prints the usage and exits 0', async (args) => {
    const run = await runInProcess(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('verbatim compare <article-file> <other-article-file>...');
    expect(run.stderr).toBe('');
  });
});

describe('bad input, in process', () => {
  test.each(BAD_INPUTS)('$name', async ({ args, says }) => {
    expectRefusal(await runInProcess(args), says);
  });
});

const SPAWNS = {
  seeds000vs001: ['compare', SEED_000, SEED_001, '--json'],
  seeds001vs000: ['compare', SEED_001, SEED_000, '--json'],
  seedsReadable: ['compare', SEED_000, SEED_001],
  quotesHtml: ['quotes', `${FIX}/harbour-bridge.html`, '--json'],
  help: ['--help'],
};

describe('the real launcher (child processes)', () => {
  const runs: Record<string, Run> = {};

  beforeAll(async () => {
    const jobs = [
      ...Object.entries(SPAWNS).map(([key, args]) => async () => [key, await spawnCli(args)] as const),
      ...SPAWNED_BAD.map(({ name, args }) => async () => [name, await spawnCli(args)] as const),
    ];
    for (const [key, run] of await inPairs(jobs)) runs[key] = run;
  }, 60_000);

  test('quotes --json through the launcher matches the in-process output', async () => {
    const spawned = parse(runs.quotesHtml);
    expectContractShape(spawned, 'quotes');
    expect(spawned).toEqual(parse(await runInProcess(SPAWNS.quotesHtml)));
  });

  test('seed 000 vs 001: the long quote is a paraphrase with ensure → secure in the diff', () => {
    const report = parse(runs.seeds000vs001);
    expectContractShape(report, 'compare');
    const long = quoteWith(report, 'critical minerals agreement that will help');
    expect(long.speaker).toBe('Sergio Gor');
    expect(long.matches).toHaveLength(1);
    const [m] = long.matches!;
    expect(m.file).toBe(SEED_001);
    expect(m.outlet).toBe('IANS');
    expect(m.kind).toBe('paraphrase');
    expect(diffWords(m, 'delete')).toContain('ensure');
    expect(diffWords(m, 'insert')).toContain('secure');
  });

  test('seed 001 vs 000: "indispensable" is a paraphrase in 000; the picture of the cover is only in 001', () => {
    const report = parse(runs.seeds001vs000);
    expectContractShape(report, 'compare');
    expect(report.article.outlet).toBe('IANS');
    const indispensable = quoteWith(report, 'indispensable').matches!;
    expect(indispensable.map((m) => [m.file, m.kind])).toEqual([[SEED_000, 'paraphrase']]);
    expect(quoteWith(report, 'I took a picture of the cover').matches).toEqual([]);
    for (const q of report.quotes) expect(q.speaker).toBe('Sergio Gor');
  });

  test('seed 000 vs 001, reverse: the IANS Gor quotes 000 lacks, and the "crucial" sentence paraphrasing "indispensable"', () => {
    const report = parse(runs.seeds000vs001);
    const listed = report.elsewhere!.flatMap((g) => g.quotes.map((q) => ({ speaker: g.speaker, text: q.text, files: q.sources.map((x) => x.file), outlets: q.outlets })));
    for (const words of ['I took a picture of the cover', 'reliable supplier of LNG', 'there will be a big announcement']) {
      expect(listed.filter((q) => q.text.includes(words))).toEqual([{ speaker: 'Sergio Gor', text: expect.any(String), files: [SEED_001], outlets: ['IANS'] }]);
    }
    expect(listed.filter((q) => q.text.includes('indispensable'))).toEqual([]);
    const [crucial] = report.paraphrasedHere!.filter((p) => p.text.includes('crucial'));
    expect(crucial.sources.map((x) => [x.file, x.outlet])).toEqual([[SEED_001, 'IANS']]);
    expect(crucial.sources[0].text).toContain('indispensable');
    expect(diffWords(crucial.sources[0], 'delete').join(' ')).toContain('indispensable');
    expect(diffWords(crucial.sources[0], 'insert').join(' ')).toContain('crucial');
  });

  test('seed 001 vs 000, reverse: nothing of 000 is missing here; the "secure" sentence paraphrases 000\'s "ensure" quote', () => {
    const report = parse(runs.seeds001vs000);
    expect(report.elsewhere).toEqual([]);
    const [secure] = report.paraphrasedHere!.filter((p) => p.text.includes('will help secure supply chains'));
    expect(secure.sources.map((x) => x.file)).toEqual([SEED_000]);
    expect(secure.sources[0].diff).toEqual(expect.arrayContaining([{ op: 'delete', text: 'ensure the' }, { op: 'insert', text: 'secure' }]));
  });

  test('readable compare shows the deletion and the insertion as text markers', () => {
    const run = runs.seedsReadable;
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('PARAPHRASE');
    expect(run.stdout).toContain('[-ensure');
    expect(run.stdout).toContain('{+secure+}');
    expect(run.stdout).toContain('ONLY HERE');
  });

  test('readable compare lists the two reverse sections after the quotes', () => {
    const out = runs.seedsReadable.stdout;
    const lastQuote = out.lastIndexOf('\n#');
    const elsewhere = out.indexOf('\nQuoted elsewhere, not here: 6 quotes');
    const paraphrased = out.indexOf('\nParaphrased here: 1 sentence gives');
    expect(lastQuote).toBeGreaterThan(0);
    expect(elsewhere).toBeGreaterThan(lastQuote);
    expect(paraphrased).toBeGreaterThan(elsewhere);
    expect(out.slice(elsewhere, paraphrased)).toContain('I took a picture of the cover');
    expect(out.slice(paraphrased)).toMatch(/PARAPHRASED HERE from IANS \(.*001_172d88e8f7af0655\.txt\)/);
    expect(out.slice(paraphrased)).toMatch(/\[-indispensable to both-\]\s+\{\+crucial/);
  });

  test('--help prints the usage and exits 0', () => {
    expect(runs.help.code).toBe(0);
    expect(runs.help.stdout).toContain('verbatim quotes <article-file> [--json]');
    expect(runs.help.stderr).toBe('');
  });

  test.each(SPAWNED_BAD)('bad input: $name → one line on stderr, no stack, non-zero exit, empty stdout', ({ name, says }) => {
    expectRefusal(runs[name], says);
  });
});
