/**
 * Evidence export as Markdown: one article's quotes, each with its kind (always) and flags beside
 * it, every other version with outlet, date, kind, what a flag found, the word diff as text and a
 * link that opens that article at the quote. Page text is data: every piece of it is escaped so
 * no quote can become a link, an image, emphasis or raw HTML in a renderer.
 */
import type { Flag } from '@/utils/report/verdicts';
import {
  conflictNote,
  diffText,
  FLAG_LABELS,
  meaningNote,
  rendersDifferently,
  summaryLine,
  VERDICT_LABELS,
  type Evidence,
  type EvidenceQuote,
  type EvidenceVersion,
} from '@/utils/evidence/evidence-model';

/**
 * CommonMark lets any ASCII punctuation be backslash-escaped; these start markup anywhere in a line
 * (links, emphasis, code, HTML, entities, GFM tables, strikethrough and math, a heading's closing #).
 * Escaped text never starts a line here, so line-start markers ('-', '+', '1.') stay as they are.
 */
const MD_SPECIAL = /[\\`*_[\]<>#|~&$]/g;

/** Page text as one line of literal Markdown text. */
export function mdText(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(MD_SPECIAL, '\\$&');
}

/** The reverse of mdText for testing the round trip: a backslash before punctuation is dropped. */
export function mdUnescape(s: string): string {
  return s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** A link destination in <…>: http(s) URLs from the URL parser never hold '<', '>' or a line break. */
const link = (label: string, url: string) => `[${mdText(label)}](<${url}>)`;

const WIDTH = 88;

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A fenced block holds text verbatim; its fence is longer than any backtick run inside. */
function fenced(lines: string[]): string {
  const longest = Math.max(0, ...lines.flatMap((l) => (l.match(/`+/g) ?? []).map((r) => r.length)));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}text`, ...lines, fence].join('\n');
}

const flagsNote = (flags: readonly Flag[]) => (flags.length ? `; flagged: ${flags.map((f) => FLAG_LABELS[f]).join(', ')}` : '');

const dateOr = (date: string | null) => date ?? 'no date given';

function versionBlock(v: EvidenceVersion, q: EvidenceQuote): string {
  const out = [`#### ${mdText(v.outlet || 'Unknown outlet')}, ${mdText(dateOr(v.date))}: ${mdText(v.label)}`, ''];
  const facts = [
    `- Kind: ${VERDICT_LABELS[v.kind]}${flagsNote(v.flags)}; similarity ${v.similarity.toFixed(2)}`,
    `- Article: ${mdText(v.title || '(untitled)')}${v.url ? ` (<${v.url}>)` : ''}`,
    `- Speaker there: ${mdText(v.speaker ?? 'not identified')}`,
  ];
  if (v.speakerConflict) facts.push(`- Speaker conflict: ${mdText(conflictNote(v, q.speaker))}`);
  if (v.meaningChanges.length) facts.push(`- ${mdText(meaningNote(v))}`);
  facts.push(`- Their words: “${mdText(v.text)}”`);
  if (v.link) facts.push(`- ${link(`Open ${v.outlet || 'the other article'} at the quote`, v.link)}`);
  out.push(...facts);
  if (rendersDifferently(v)) {
    out.push('', 'Word diff ([-only in this article-] {+only in theirs+}, marked edits named):', '', fenced(wrap(diffText(v.diff))));
  }
  return out.join('\n');
}

function quoteBlock(q: EvidenceQuote, i: number): string {
  const out = [`### ${i + 1}. ${mdText(q.speaker ?? 'Speaker not identified')}: ${mdText(q.label)}`, '', `> “${mdText(q.text)}”`, ''];
  out.push(`- Kind: ${VERDICT_LABELS[q.verdict]}${flagsNote(q.flags)}`);
  out.push(`- Speaker: ${mdText(q.speaker ?? 'not identified')}${q.cue ? ` (cue: ${mdText(q.cue)})` : ''}${q.fragment ? '; a phrase woven into the text' : ''}`);
  if (q.link) out.push(`- ${link('Open this article at the quote', q.link)}`);
  if (!q.versions.length) {
    out.push('', 'Only here: no other saved article carries it.');
    return out.join('\n');
  }
  out.push('', `Other versions (${q.versions.length}):`);
  for (const v of q.versions) out.push('', versionBlock(v, q));
  return out.join('\n');
}

export function evidenceMarkdown(evidence: Evidence): string {
  const { article: a } = evidence;
  const head = [
    `# Quote report: ${mdText(a.title || '(untitled)')}`,
    '',
    `- Outlet: ${mdText(a.outlet || 'Unknown outlet')}`,
    `- Date: ${mdText(dateOr(a.date))}`,
    `- URL: ${a.url ? `<${a.url}>` : 'none (not a web page)'}`,
    ...(evidence.generatedAt ? [`- Exported: ${mdText(evidence.generatedAt)} by Verbatim`] : []),
    '',
    `Summary: ${mdText(summaryLine(evidence))}`,
  ];
  const body = evidence.quotes.length
    ? ['', '## Quotes', '', evidence.quotes.map(quoteBlock).join('\n\n')]
    : ['', 'No direct quotes found in this article.'];
  return `${[...head, ...body].join('\n')}\n`;
}
