/**
 * `verbatim`, the command-line tool: a thin shell over utils/. The JSON output of `quotes` and
 * `compare` is a stable contract (see README "Command line").
 */
// Commands load their modules when run: `verbatim --help` must start as fast as a bare node.
import { UserError } from './user-error';

const USAGE = `Usage:
  verbatim quotes <article-file> [--json]
  verbatim compare <article-file> <other-article-file>... [--json]
  verbatim eval extract|match|judged|pages|content <corpus-dir> [--brute (match: align whole texts)] [--crowd N (match: N unrelated articles saved too)]
  verbatim bench [--corpus <dir>]
  verbatim start

Article files: .html (through Readability), .txt (paragraphs by line), .json ({title,outlet,url,date,text}).`;

function articleJson(a: { title: string; outlet: string; url: string; date: string | null; text: string }) {
  return { title: a.title, outlet: a.outlet, url: a.url, date: a.date, text: a.text };
}

async function quotesCommand(files: string[], json: boolean): Promise<number> {
  if (files.length !== 1) throw new UserError('quotes takes exactly one article file');
  const [{ loadArticle }, { findQuotes }, { formatQuotes }] = await Promise.all([import('./load-article'), import('@/utils/find-quotes'), import('./format-report')]);
  const article = await loadArticle(files[0]);
  const quotes = findQuotes(article);
  if (json) {
    const out = { article: articleJson(article), quotes };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    process.stdout.write(formatQuotes(article, quotes));
  }
  return 0;
}

async function compareCommand(files: string[], json: boolean): Promise<number> {
  if (files.length < 2) throw new UserError('compare takes an article file and at least one other article file');
  const [main, ...others] = files;
  const [{ loadArticle }, { compareWithFiles }, { formatComparison }] = await Promise.all([import('./load-article'), import('./compare-files'), import('./format-report')]);
  const article = await loadArticle(main);
  const loaded = [];
  for (const file of others) loaded.push({ file, article: await loadArticle(file) });
  const reports = compareWithFiles(article, loaded);
  if (json) {
    const out = {
      article: articleJson(article),
      quotes: reports.map(({ quote, matches }) => ({
        ...quote,
        matches: matches.map((m) => ({
          file: m.file,
          outlet: m.outlet,
          text: m.text,
          speaker: m.speaker,
          kind: m.kind,
          similarity: m.similarity,
          speakerConflict: m.speakerConflict,
          meaningChanges: m.meaningChanges,
          diff: m.diff,
        })),
      })),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    process.stdout.write(formatComparison(article, reports));
  }
  return 0;
}

async function evalCommand(args: string[]): Promise<number> {
  const [what, dir, ...flags] = args;
  if (!dir) throw new UserError('eval needs what to evaluate (extract, match, judged, pages, content) and a corpus folder');
  if (what === 'extract') return (await import('./eval-extract')).runExtractEval(dir, flags);
  if (what === 'match') return (await import('./eval-match')).runMatchEval(dir, { brute: flags.includes('--brute'), crowd: numberFlag(flags, '--crowd') });
  if (what === 'judged') return (await import('./eval-judged')).runJudgedEval(dir, flags);
  if (what === 'pages') return (await import('./eval-pages')).runPagesEval(dir);
  if (what === 'content') return (await import('./eval-content')).runContentEval(dir);
  throw new UserError(`unknown evaluation "${what}" (extract, match, judged, pages or content)`);
}

/** `--name N` as a whole number, or undefined when absent. */
function numberFlag(flags: readonly string[], name: string): number | undefined {
  const i = flags.indexOf(name);
  if (i < 0) return undefined;
  const n = Number(flags[i + 1]);
  if (!Number.isInteger(n) || n < 0) throw new UserError(`${name} takes a whole number`);
  return n;
}

let quietOnClosedPipe = false;

/**
 * `verbatim quotes big.html | head` closes our stdout early; Node then raises EPIPE as an
 * unhandled 'error' event with a stack trace. A closed reader means nobody wants the rest.
 */
function exitQuietlyOnClosedPipe(): void {
  if (quietOnClosedPipe) return;
  quietOnClosedPipe = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(0);
  });
}

export async function main(argv: string[]): Promise<number> {
  exitQuietlyOnClosedPipe();
  const json = argv.includes('--json');
  const args = argv.filter((a) => a !== '--json');
  // `verbatim quotes --help` asks for help, not for a file named "--help".
  const wantsHelp = args.some((a) => a === '--help' || a === '-h');
  const [command, ...rest] = wantsHelp ? ['--help'] : args;
  try {
    switch (command) {
      case 'quotes':
        return await quotesCommand(rest, json);
      case 'compare':
        return await compareCommand(rest, json);
      case 'eval':
        return await evalCommand(rest);
      case 'bench':
        return await (await import('./bench')).runBench(rest);
      case 'start':
        return await (await import('./start')).runStart();
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UserError(`unknown command "${command}" (see verbatim --help)`);
    }
  } catch (err) {
    // A user never sees a stack trace: bad input is explained, anything else is named briefly.
    const message = err instanceof UserError ? err.message : `internal error: ${(err as Error)?.message ?? err}${process.env.VERBATIM_DEBUG ? `\n${(err as Error)?.stack}` : ""}`;
    process.stderr.write(`verbatim: ${message}\n`);
    return err instanceof UserError ? 1 : 70;
  }
}
