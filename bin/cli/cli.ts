/**
 * `verbatim`, the command-line tool: a thin shell over utils/. The JSON output of `quotes` and
 * `compare` is a stable contract (see README "Command line").
 */
// Commands load their modules when run: `verbatim --help` must start as fast as a bare node.
import type { Article, QuoteReport } from '@/utils/types';
import { UserError } from './user-error';
import type { FileReverse } from './compare-files';
import { EVIDENCE_FORMATS, isEvidenceFormat, type EvidenceFormat } from '@/utils/evidence/evidence-formats';

const USAGE = `Usage:
  verbatim quotes <article-file> [--json]
  verbatim quotes <files|folders>... --jsonl              one JSON line per article (errors too)
  verbatim compare <article-file> <other-article-file>... [--json | --format md|html|annotations|claimreview]
                                                          evidence export: Markdown, self-contained HTML,
                                                          W3C Web Annotations or a ClaimReview draft (JSON-LD)
  verbatim compare <files|folders>... --library <file> [--jsonl]
  verbatim library build <files|folders>... -o <file>     a library file the extension imports
  verbatim eval extract|match|judged|recall|pages|content|speaker-names <corpus-dir> [--brute (match: align whole texts)] [--crowd N (match: N unrelated articles saved too)]
  verbatim eval languages                                 the French, German and Spanish golden articles (no corpus)
  verbatim bench [--corpus <dir>]
  verbatim start

Article files: .html (through Readability), .txt (paragraphs by line), .json ({title,outlet,url,date,text}),
.jsonl (one such object per line). Folders are read recursively.`;

async function quotesCommand(files: string[], json: boolean): Promise<number> {
  if (files.length !== 1) throw new UserError('quotes takes exactly one article file');
  const [{ loadArticle }, { findQuotes }, { lexiconFor }, { formatQuotes }, { quotesJson }] = await Promise.all([
    import('./load-article'), import('@/utils/quotes/find-quotes'), import('@/utils/language/lexicons'), import('./format-report'), import('./report-json'),
  ]);
  const article = await loadArticle(files[0]);
  const quotes = findQuotes(article, lexiconFor(article));
  if (json) {
    process.stdout.write(`${JSON.stringify(quotesJson(article, quotes))}\n`);
  } else {
    process.stdout.write(formatQuotes(article, quotes));
  }
  return 0;
}

/** Takes `--format F` out of the compare arguments; undefined when absent. */
function takeFormat(files: string[]): EvidenceFormat | undefined {
  const i = files.indexOf('--format');
  if (i < 0) return undefined;
  const value = files[i + 1];
  if (!isEvidenceFormat(value)) {
    throw new UserError(`--format takes one of ${EVIDENCE_FORMATS.join(', ')}${value === undefined ? '' : ` (not "${value}")`}`);
  }
  files.splice(i, 2);
  return value;
}

async function evidenceExport(format: EvidenceFormat, article: Article, reports: QuoteReport[], reverse: FileReverse): Promise<string> {
  const [{ buildEvidence }, { evidenceText }] = await Promise.all([import('@/utils/evidence/evidence-model'), import('@/utils/evidence/evidence-document')]);
  return evidenceText(buildEvidence(article, reports, { generatedAt: new Date().toISOString(), reverse }), format);
}

async function compareCommand(args: string[], json: boolean): Promise<number> {
  const files = [...args];
  const format = takeFormat(files);
  if (format && json) throw new UserError('compare: use either --json or --format, not both');
  if (files.length < 2) throw new UserError('compare takes an article file and at least one other article file');
  const [main, ...others] = files;
  const [{ loadArticle }, { compareFiles }, { formatComparison }, { comparisonJson }] = await Promise.all([
    import('./load-article'), import('./compare-files'), import('./format-report'), import('./report-json'),
  ]);
  const article = await loadArticle(main);
  const loaded = [];
  for (const file of others) loaded.push({ file, article: await loadArticle(file) });
  const { reports, reverse } = compareFiles(article, loaded);
  if (format) {
    process.stdout.write(await evidenceExport(format, article, reports, reverse));
  } else if (json) {
    process.stdout.write(`${JSON.stringify(comparisonJson(article, reports, reverse))}\n`);
  } else {
    process.stdout.write(formatComparison(article, reports, reverse));
  }
  return 0;
}

async function evalCommand(args: string[]): Promise<number> {
  const [what, dir, ...flags] = args;
  if (what === 'languages') return (await import('../eval/eval-languages')).runLanguagesEval();
  if (!dir) throw new UserError('eval needs what to evaluate (extract, match, judged, recall, pages, content) and a corpus folder');
  if (what === 'extract') return (await import('../eval/eval-extract')).runExtractEval(dir, flags);
  if (what === 'match') return (await import('../eval/eval-match')).runMatchEval(dir, { brute: flags.includes('--brute'), crowd: numberFlag(flags, '--crowd') });
  if (what === 'judged') return (await import('../eval/eval-judged')).runJudgedEval(dir, flags);
  if (what === 'recall') return (await import('../eval/eval-recall')).runRecallEval(dir, flags);
  if (what === 'pages') return (await import('../eval/eval-pages')).runPagesEval(dir);
  if (what === 'content') return (await import('../eval/eval-content')).runContentEval(dir);
  if (what === 'speaker-names') return (await import('../eval/eval-speaker-names')).runSpeakerNamesEval(dir);
  throw new UserError(`unknown evaluation "${what}" (extract, match, judged, recall, pages, content, speaker-names or languages)`);
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

/** Takes `--name value` out of args; undefined when absent, an error when the value is missing. */
function takeOption(args: string[], ...names: string[]): string | undefined {
  const i = args.findIndex((a) => names.includes(a));
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('-')) throw new UserError(`${args[i]} needs a file name`);
  args.splice(i, 2);
  return value;
}

const batch = () => import('./batch-commands');

export async function main(argv: string[]): Promise<number> {
  exitQuietlyOnClosedPipe();
  const json = argv.includes('--json');
  const jsonl = argv.includes('--jsonl');
  const args = argv.filter((a) => a !== '--json' && a !== '--jsonl');
  // `verbatim quotes --help` asks for help, not for a file named "--help".
  const wantsHelp = args.some((a) => a === '--help' || a === '-h');
  try {
    const library = wantsHelp ? undefined : takeOption(args, '--library');
    const out = wantsHelp ? undefined : takeOption(args, '-o', '--out');
    const [command, ...rest] = wantsHelp ? ['--help'] : args;
    switch (command) {
      case 'quotes':
        return jsonl ? await (await batch()).quotesBatch(rest) : await quotesCommand(rest, json);
      case 'compare':
        return library !== undefined ? await (await batch()).compareWithLibrary(rest, library, jsonl) : await compareCommand(rest, json);
      case 'library':
        if (rest[0] !== 'build') throw new UserError('library: the one subcommand is "build" (verbatim library build <files|folders>... -o <file>)');
        return await (await batch()).libraryBuild(rest.slice(1), out);
      case 'eval':
        return await evalCommand(rest);
      case 'bench':
        return await (await import('../bench/bench')).runBench(rest);
      case 'start':
        // main is handed over, not imported by start.ts: no import cycle.
        return await (await import('./start')).runStart(main);
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
