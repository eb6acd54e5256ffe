/**
 * Evidence export as Markdown: an article's, a family's or a speaker's quotes, each with its kind
 * (always) and flags beside it (and, outside an article's report, where it was printed), every other version with outlet, date, kind, what a flag found, the word diff as text and a
 * link that opens that article at the quote; an article's, then its reverse sections when its report
 * has them ("Quoted elsewhere, not here", "Paraphrased here" with the word diff). Page text is data: every piece of it is escaped so
 * no quote can become a link, an image, emphasis or raw HTML in a renderer.
 */
import type { Flag } from '@/utils/report/verdicts';
import {
  conflictNote,
  diffBase,
  diffText,
  evidenceTitle,
  firstSeenLine,
  FLAG_LABELS,
  LINKED_LABEL,
  meaningNote,
  printedIn,
  rendersDifferently,
  summaryLine,
  unanchoredNote,
  VERDICT_LABELS,
  type Evidence,
  type EvidenceOtherQuote,
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

function versionBlock(v: EvidenceVersion, q: EvidenceQuote, base: string): string {
  const out = [`#### ${mdText(v.outlet || 'Unknown outlet')}, ${mdText(dateOr(v.date))}: ${mdText(v.kind ? v.label : LINKED_LABEL)}`, ''];
  const facts = [
    v.kind
      ? `- Kind: ${VERDICT_LABELS[v.kind]}${flagsNote(v.flags)}; similarity ${v.similarity.toFixed(2)}`
      : `- Kind: not compared with ${base} directly (${LINKED_LABEL.toLowerCase()})`,
    `- Article: ${mdText(v.title || '(untitled)')}${v.url ? ` (<${v.url}>)` : ''}`,
    ...(v.form ? [`- Form: ${v.form === 'quote' ? 'quoted' : 'indirect speech (outside quote marks)'}`] : []),
    `- Speaker there: ${mdText(v.speaker ?? 'not identified')}`,
  ];
  if (v.speakerConflict) facts.push(`- Speaker conflict: ${mdText(conflictNote(v, q.speaker))}`);
  if (v.meaningChanges.length) facts.push(`- ${mdText(meaningNote(v))}`);
  facts.push(`- Their words: “${mdText(v.text)}”`);
  if (v.link) facts.push(`- ${link(`Open ${v.outlet || 'the other article'} at the quote`, v.link)}`);
  out.push(...facts);
  if (v.kind && rendersDifferently({ kind: v.kind, diff: v.diff })) {
    out.push('', `Word diff ([-only in ${base}-] {+only in theirs+}, marked edits named):`, '', fenced(wrap(diffText(v.diff))));
  }
  return out.join('\n');
}

function quoteBlock(evidence: Evidence, q: EvidenceQuote, i: number): string {
  const own = evidence.subject.kind === 'article';
  const out = [`### ${i + 1}. ${mdText(q.speaker ?? 'Speaker not identified')}: ${mdText(q.label)}`, '', `> “${mdText(q.text)}”`, ''];
  if (!own) out.push(`- Printed in: ${mdText(printedIn(q.article))}${q.article.url ? ` (<${q.article.url}>)` : ''}`);
  out.push(`- Kind: ${VERDICT_LABELS[q.verdict]}${flagsNote(q.flags)}`);
  out.push(`- Speaker: ${mdText(q.speaker ?? 'not identified')}${q.cue ? ` (cue: ${mdText(q.cue)})` : ''}${q.fragment ? '; a phrase woven into the text' : ''}`);
  if (q.link) out.push(`- ${link(own ? 'Open this article at the quote' : `Open ${q.article.outlet || 'the article'} at the quote`, q.link)}`);
  if (!q.versions.length) {
    out.push('', 'Only here: no other saved article carries it.');
    return out.join('\n');
  }
  out.push('', evidence.subject.kind === 'family' ? `Versions in date order (${q.versions.length}), each against this reference:` : `Other versions (${q.versions.length}):`);
  for (const v of q.versions) out.push('', versionBlock(v, q, diffBase(evidence)));
  return out.join('\n');
}

/** The facts under the title: the article's, the family's or the person's. */
function headFacts(evidence: Evidence): string[] {
  const s = evidence.subject;
  if (s.kind === 'article') {
    const a = s.article;
    return [`- Outlet: ${mdText(a.outlet || 'Unknown outlet')}`, `- Date: ${mdText(dateOr(a.date))}`, `- URL: ${a.url ? `<${a.url}>` : 'none (not a web page)'}`];
  }
  if (s.kind === 'speaker') {
    return [
      ...(s.aliases.length > 1 ? [`- Also credited as: ${s.aliases.slice(1).map(mdText).join(', ')}`] : []),
      `- Outlets: ${s.outlets.map((o) => mdText(o || 'Unknown outlet')).join(', ')}`,
      '- Order: oldest date first (undated last), each quote with its versions in the reader\'s other saved articles',
    ];
  }
  const versions = evidence.quotes[0]?.versions.length ?? 0;
  return [
    `- Versions: ${versions + 1} in ${s.outlets.length} ${s.outlets.length === 1 ? 'outlet' : 'outlets'} (${s.outlets.map((o) => mdText(o || 'Unknown outlet')).join(', ')})`,
    '- Reference: the longest version; every other version is compared with it',
    ...(s.firstSeen ? [`- ${mdText(firstSeenLine(s.firstSeen))}`] : []),
  ];
}

/** "IANS, 2026-03-13" linked to the quote there when it can be. */
const sourceName = (s: EvidenceOtherQuote) => {
  const name = `${s.outlet || 'Unknown outlet'}, ${dateOr(s.date)}`;
  return s.link ? link(name, s.link) : mdText(name);
};

/** The report's reverse sections, after the quotes: nothing when it has none. */
function reverseBlocks(evidence: Evidence): string[] {
  const reverse = evidence.subject.kind === 'article' ? evidence.subject.reverse : null;
  if (!reverse) return [];
  const out: string[] = [];
  if (reverse.elsewhere.length) {
    out.push('', '## Quoted elsewhere, not here', '', 'Quotes that other saved articles on this story carry and this article neither quotes nor paraphrases, by speaker.');
    for (const g of reverse.elsewhere) {
      out.push('', `### ${mdText(g.speaker ?? 'Unattributed')} (${g.quotes.length})`, '');
      for (const q of g.quotes) out.push(`- “${mdText(q.text)}”`, `  Quoted by: ${q.sources.map(sourceName).join('; ')}`);
    }
  }
  if (reverse.paraphrased.length) {
    out.push('', '## Paraphrased here', '', "Sentences of this article that give another outlet's direct quote as indirect speech.");
    reverse.paraphrased.forEach((p, i) => {
      out.push('', `### Sentence ${i + 1}`, '', `> “${mdText(p.text)}”`);
      if (p.link) out.push('', `- ${link('Open this article at the sentence', p.link)}`);
      for (const s of p.sources) {
        out.push('', `#### ${mdText(s.outlet || 'Unknown outlet')}, ${mdText(dateOr(s.date))}: ${mdText(s.label)}`, '');
        out.push(`- Their words: “${mdText(s.text)}”`, `- Similarity ${s.similarity.toFixed(2)}`);
        if (s.meaningChanges.length) out.push(`- ${mdText(meaningNote(s))}`);
        if (s.link) out.push(`- ${link(`Open ${s.outlet || 'the other article'} at the quote`, s.link)}`);
        out.push('', 'Word diff ([-only in their quote-] {+only in this sentence+}):', '', fenced(wrap(diffText(s.diff))));
      }
    });
  }
  return out;
}

export function evidenceMarkdown(evidence: Evidence): string {
  const note = unanchoredNote(evidence);
  const head = [
    `# ${mdText(evidenceTitle(evidence))}`,
    '',
    ...headFacts(evidence),
    ...(evidence.generatedAt ? [`- Exported: ${mdText(evidence.generatedAt)} by Verbatim`] : []),
    '',
    `Summary: ${mdText(summaryLine(evidence))}`,
    ...(note ? ['', `Note: ${mdText(note)}`] : []),
  ];
  const none = evidence.subject.kind === 'article' ? 'No direct quotes found in this article.' : 'No saved quotes.';
  const body = evidence.quotes.length
    ? ['', '## Quotes', '', evidence.quotes.map((q, i) => quoteBlock(evidence, q, i)).join('\n\n')]
    : ['', none];
  return `${[...head, ...body, ...reverseBlocks(evidence)].join('\n')}\n`;
}
