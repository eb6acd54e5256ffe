/**
 * The CLI's readable (non-JSON) output. Differences must be visible without colour, so the word
 * diff uses wdiff-style markers: [-removed-] {+added+}, and a journalist's marked edit is named:
 * <editor's insertion: {+[and]+}>. Each match line says its kind, always, and its flags beside it.
 */
import { assessMatch, EDIT_LABELS, FLAG_LABELS, rendersDifferently, VERDICT_DEFINITIONS } from '@/utils/report/verdicts';
import type { Article, DiffOp, Quote, QuoteMatch } from '@/utils/types';

const WIDTH = 100;

function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

const opText = (d: DiffOp) => (d.op === 'equal' ? d.text : d.op === 'delete' ? `[-${d.text}-]` : `{+${d.text}+}`);

/** An ellipsis alone: the name "cut (…)" already shows it. */
const ONLY_ELLIPSIS = /^[\s.…]+$/;

export function formatDiff(diff: readonly DiffOp[]): string {
  const out: string[] = [];
  for (let i = 0; i < diff.length; ) {
    const edit = diff[i].edit;
    if (!edit) {
      out.push(opText(diff[i++]));
      continue;
    }
    // Consecutive ops of one marked edit are one edit ("he" → "[Mr. Lee]").
    const group: DiffOp[] = [];
    while (i < diff.length && diff[i].edit === edit) group.push(diff[i++]);
    const words = group.filter((d) => !(edit === 'cut' && ONLY_ELLIPSIS.test(d.text))).map(opText);
    out.push(`<${EDIT_LABELS[edit]}${words.length ? `: ${words.join(' ')}` : ''}>`);
  }
  return out.join(' ');
}

function header(article: Article): string {
  const facts = [article.outlet || '(unknown outlet)', article.date ?? 'no date', article.url].filter(Boolean);
  return `${article.title || '(untitled)'}\n${facts.join(' · ')}`;
}

function quoteLine(i: number, q: Quote): string {
  const who = q.speaker ?? 'unattributed';
  const tags = [q.cue ? `cue: ${q.cue}` : '', q.fragment ? 'fragment' : ''].filter(Boolean).join(', ');
  return `#${i + 1}  ${who}${tags ? `  (${tags})` : ''}\n${wrap(`“${q.text}”`, '    ')}`;
}

export function formatQuotes(article: Article, quotes: Quote[]): string {
  const body = quotes.length
    ? quotes.map((q, i) => quoteLine(i, q)).join('\n\n')
    : 'No direct quotes found in this article.';
  return `${header(article)}\n\n${quotes.length} quote${quotes.length === 1 ? '' : 's'}\n\n${body}\n`;
}

/** "PARTIAL  [speaker conflict]  in …": the kind first, always; flags in brackets beside it. */
function matchLine(m: QuoteMatch & { file: string }, quoteSpeaker: string | null): string {
  const { flags } = assessMatch(m);
  const details = [
    m.speakerConflict ? `speaker conflict: ${m.speaker ?? 'someone else'}${quoteSpeaker ? ` (here: ${quoteSpeaker})` : ''}` : '',
    m.meaningChanges.length ? `meaning change: ${m.meaningChanges.join(', ')}` : '',
  ].filter(Boolean);
  const flagColumn = flags.length ? `  [${flags.map((f) => FLAG_LABELS[f].toLowerCase()).join(', ')}]  ` : ' ';
  const head = `    ${VERDICT_DEFINITIONS[m.kind].cliLabel}${flagColumn}in ${m.outlet || m.file} (${m.file}), similarity ${m.similarity.toFixed(2)}`;
  const diff = rendersDifferently(m) ? `\n${wrap(formatDiff(m.diff), '        ')}` : '';
  return `${head}${details.length ? `\n        ! ${details.join('; ')}` : ''}${diff}`;
}

export function formatComparison(
  article: Article,
  reports: { quote: Quote; matches: (QuoteMatch & { file: string })[] }[],
): string {
  if (!reports.length) return `${header(article)}\n\nNo direct quotes found in this article.\n`;
  const blocks = reports.map(({ quote, matches }, i) => {
    const verdicts = matches.length
      ? matches.map((m) => matchLine(m, quote.speaker)).join('\n')
      : `    ${VERDICT_DEFINITIONS['only-here'].cliLabel}: no other outlet carries it`;
    return `${quoteLine(i, quote)}\n${verdicts}`;
  });
  return `${header(article)}\n\n${blocks.join('\n\n')}\n`;
}
