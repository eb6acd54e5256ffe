/**
 * The CLI's readable (non-JSON) output. Differences must be visible without colour, so the word
 * diff uses wdiff-style markers: [-removed-] {+added+}, and a journalist's marked edit is named:
 * <editor's insertion: {+[and]+}>. Each match line says its kind, always, and its flags beside it.
 * After the quotes, `compare` lists the reverse sections: "Quoted elsewhere, not here" (by speaker)
 * and "Paraphrased here" (the sentence, each other file's quote, the diff from their words to it).
 */
import { assessMatch, EDIT_LABELS, FLAG_LABELS, rendersDifferently, VERDICT_DEFINITIONS } from '@/utils/report/verdicts';
import type { Article, DiffOp, ParaphrasedSentence, Quote, QuoteMatch, QuotedElsewhereGroup } from '@/utils/types';
import type { FileReverse } from './compare-files';

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

/** `reverse`: the reverse sections, listed after the quotes when given (`compare`, `compare --library`). */
export function formatComparison(
  article: Article,
  reports: { quote: Quote; matches: (QuoteMatch & { file: string })[] }[],
  reverse?: FileReverse,
): string {
  const after = reverse ? `\n${formatReverse(reverse)}` : '';
  if (!reports.length) return `${header(article)}\n\nNo direct quotes found in this article.\n${after}`;
  const blocks = reports.map(({ quote, matches }, i) => {
    const verdicts = matches.length
      ? matches.map((m) => matchLine(m, quote.speaker)).join('\n')
      : `    ${VERDICT_DEFINITIONS['only-here'].cliLabel}: no other outlet carries it`;
    return `${quoteLine(i, quote)}\n${verdicts}`;
  });
  return `${header(article)}\n\n${blocks.join('\n\n')}\n${after}`;
}

const NO_RELATED = 'no other file covers this story';
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The two reverse sections, each under its own heading line, empty ones said in words. */
export function formatReverse(reverse: FileReverse): string {
  return `${elsewhereSection(reverse.elsewhere, reverse.related)}\n\n${paraphrasedSection(reverse.paraphrasedHere, reverse.related)}\n`;
}

function elsewhereSection(groups: readonly QuotedElsewhereGroup[], related: number): string {
  const title = 'Quoted elsewhere, not here';
  if (related === 0) return `${title}: ${NO_RELATED}`;
  const count = groups.reduce((n, g) => n + g.quotes.length, 0);
  if (count === 0) return `${title}: none (this article quotes or paraphrases all the other files quote)`;
  const body = groups.map((g) => {
    const quotes = g.quotes.map((q) => {
      const by = q.sources.map((s) => `${s.outlet || s.articleId} (${s.articleId})`).join(', ');
      return `${wrap(`“${q.text}”`, '    ')}\n${wrap(`quoted by ${by}`, '        ')}`;
    });
    return `  ${g.speaker ?? 'unattributed'}\n${quotes.join('\n')}`;
  });
  return `${title}: ${plural(count, 'quote', 'quotes')} other files carry that this article neither quotes nor paraphrases\n${body.join('\n')}`;
}

function paraphrasedSection(sentences: readonly ParaphrasedSentence[], related: number): string {
  const title = 'Paraphrased here';
  if (related === 0) return `${title}: ${NO_RELATED}`;
  if (sentences.length === 0) return `${title}: none (no sentence gives another file's direct quote as indirect speech)`;
  const body = sentences.map((p) => {
    const sources = p.sources.map((s) => {
      const flag = s.meaningChanges.length ? '  [meaning change]  ' : ' ';
      const head = `    PARAPHRASED HERE${flag}from ${s.outlet || s.articleId} (${s.articleId}), similarity ${s.similarity.toFixed(2)}`;
      const change = s.meaningChanges.length ? `\n        ! meaning change: ${s.meaningChanges.join(', ')}` : '';
      return `${head}${change}\n${wrap(`their quote: “${s.text}”`, '        ')}\n${wrap(`their words → here: ${formatDiff(s.diff)}`, '        ')}`;
    });
    return `${wrap(`“${p.text}”`, '  ')}\n${sources.join('\n')}`;
  });
  return `${title}: ${plural(sentences.length, 'sentence gives', 'sentences give')} another file's direct quote as indirect speech\n${body.join('\n\n')}`;
}
