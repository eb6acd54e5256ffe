/**
 * The CLI's readable (non-JSON) output. Differences must be visible without colour, so the word
 * diff uses wdiff-style markers: [-removed-] {+added+}.
 */
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

export function formatDiff(diff: DiffOp[]): string {
  return diff
    .map((d) => (d.op === 'equal' ? d.text : d.op === 'delete' ? `[-${d.text}-]` : `{+${d.text}+}`))
    .join(' ');
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

function matchLine(m: QuoteMatch & { file: string }): string {
  const flags = [
    m.speakerConflict ? `speaker conflict: ${m.speaker}` : '',
    m.meaningChanges.length ? `meaning change: ${m.meaningChanges.join(', ')}` : '',
  ].filter(Boolean);
  const head = `    ${m.kind.toUpperCase()} in ${m.outlet || m.file} (${m.file}), similarity ${m.similarity.toFixed(2)}`;
  const diff = m.kind === 'verbatim' ? '' : `\n${wrap(formatDiff(m.diff), '        ')}`;
  return `${head}${flags.length ? `\n        ! ${flags.join('; ')}` : ''}${diff}`;
}

export function formatComparison(
  article: Article,
  reports: { quote: Quote; matches: (QuoteMatch & { file: string })[] }[],
): string {
  if (!reports.length) return `${header(article)}\n\nNo direct quotes found in this article.\n`;
  const blocks = reports.map(({ quote, matches }, i) => {
    const verdicts = matches.length ? matches.map(matchLine).join('\n') : '    ONLY HERE: no other outlet carries it';
    return `${quoteLine(i, quote)}\n${verdicts}`;
  });
  return `${header(article)}\n\n${blocks.join('\n\n')}\n`;
}
