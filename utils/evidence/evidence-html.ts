/**
 * Evidence export as one self-contained HTML file: the Markdown report's content with inline CSS
 * only, no script, no font, image or any other request (a Content-Security-Policy of
 * default-src 'none' says so to the browser too), so it opens offline and can be mailed as is.
 * Page text is data: every piece is escaped; links are http(s) URLs from the URL parser only.
 * Kinds never rely on colour: each is written out, deletions and insertions are struck through and
 * underlined and also named in text for screen readers, and a marked edit is boxed and named.
 */
import {
  conflictNote,
  diffSegments,
  EDIT_LABELS,
  FLAG_LABELS,
  meaningNote,
  rendersDifferently,
  summaryLine,
  VERDICT_LABELS,
  type Evidence,
  type EvidenceQuote,
  type EvidenceVersion,
} from '@/utils/evidence/evidence-model';
import type { Flag } from '@/utils/report/verdicts';
import type { DiffOp } from '@/utils/types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element or a quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const CSS = `
:root { color-scheme: light dark; }
body { font: 16px/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1.1rem; }
.facts { margin: 0; padding: 0; list-style: none; }
.quote { border-top: 1px solid; padding-top: 1rem; margin-top: 1.5rem; }
blockquote { margin: 0.5rem 0; padding-left: 1rem; border-left: 4px solid; font-size: 1.05rem; }
.verdict { font-weight: 700; border: 1px solid; border-radius: 3px; padding: 0 0.3em; }
.flag { font-weight: 700; text-decoration: underline wavy; }
.version { margin: 1rem 0 0 1rem; }
.diff { font-family: ui-monospace, monospace; font-size: 0.9rem; white-space: pre-wrap; }
del { text-decoration: line-through 2px; }
ins { text-decoration: underline 2px; }
.edit { border: 1px dashed; padding: 0 0.2em; }
.edit-tag { font-style: italic; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

function a(href: string, label: string): string {
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(label)}</a>`;
}

/** "Paraphrased" boxed, then each flag beside it: the kind is always there, in words. */
function chips(verdict: string, flags: readonly Flag[]): string {
  const kind = `<span class="verdict">${escapeHtml(verdict)}</span>`;
  return [kind, ...flags.map((f) => `<span class="flag">${escapeHtml(FLAG_LABELS[f])}</span>`)].join(' · ');
}

function op(d: DiffOp): string {
  if (d.op === 'equal') return escapeHtml(d.text);
  const tag = d.op === 'delete' ? 'del' : 'ins';
  const said = d.op === 'delete' ? 'only in this article: ' : 'only in theirs: ';
  return `<${tag}><span class="sr-only">${said}</span>${escapeHtml(d.text)}</${tag}>`;
}

function diffHtml(diff: readonly DiffOp[]): string {
  const parts = diffSegments(diff).map((s) => {
    if (s.edit === null) return op(s.op);
    const ops = s.ops.map(op).join(' ');
    return `<span class="edit" data-edit="${s.edit}"><span class="edit-tag">${escapeHtml(EDIT_LABELS[s.edit])}</span>${ops ? ` ${ops}` : ''}</span>`;
  });
  return `<p class="diff">${parts.join(' ')}</p>`;
}

function versionHtml(v: EvidenceVersion, q: EvidenceQuote): string {
  const facts = [
    `<li>Article: ${escapeHtml(v.title || '(untitled)')}</li>`,
    `<li>Speaker there: ${escapeHtml(v.speaker ?? 'not identified')}</li>`,
    `<li>Similarity: ${v.similarity.toFixed(2)}</li>`,
  ];
  if (v.speakerConflict) facts.push(`<li><strong>Speaker conflict:</strong> ${escapeHtml(conflictNote(v, q.speaker))}</li>`);
  if (v.meaningChanges.length) facts.push(`<li><strong>${escapeHtml(meaningNote(v))}</strong></li>`);
  facts.push(`<li>Their words: <q class="their-words">${escapeHtml(v.text)}</q></li>`);
  if (v.link) facts.push(`<li>${a(v.link, `Open ${v.outlet || 'the other article'} at the quote`)}</li>`);
  const diff = rendersDifferently(v)
    ? `<p>Word diff (struck through: only in this article; underlined: only in theirs; boxed: an edit the outlet marked):</p>${diffHtml(v.diff)}`
    : '';
  return `<section class="version" data-kind="${v.kind}">
<h4>${escapeHtml(v.outlet || 'Unknown outlet')}, ${v.date ? `<time datetime="${escapeHtml(v.date)}">${escapeHtml(v.date)}</time>` : 'no date given'}: ${chips(VERDICT_LABELS[v.kind], v.flags)}</h4>
<ul class="facts">${facts.join('')}</ul>
${diff}
</section>`;
}

function quoteHtml(q: EvidenceQuote, i: number): string {
  const speaker = `${escapeHtml(q.speaker ?? 'not identified')}${q.cue ? ` (cue: ${escapeHtml(q.cue)})` : ''}${q.fragment ? '; a phrase woven into the text' : ''}`;
  const versions = q.versions.length
    ? `<p>Other versions (${q.versions.length}):</p>${q.versions.map((v) => versionHtml(v, q)).join('\n')}`
    : '<p>Only here: no other saved article carries it.</p>';
  return `<article class="quote" data-verdict="${q.verdict}">
<h3>${i + 1}. ${escapeHtml(q.speaker ?? 'Speaker not identified')}: ${chips(VERDICT_LABELS[q.verdict], q.flags)}</h3>
<blockquote class="quote-text">${escapeHtml(q.text)}</blockquote>
<ul class="facts"><li>Speaker: ${speaker}</li>${q.link ? `<li>${a(q.link, 'Open this article at the quote')}</li>` : ''}</ul>
${versions}
</article>`;
}

export function evidenceHtml(evidence: Evidence): string {
  const { article: art } = evidence;
  const title = `Quote report: ${art.title || '(untitled)'}`;
  const facts = [
    `<li>Outlet: ${escapeHtml(art.outlet || 'Unknown outlet')}</li>`,
    `<li>Date: ${art.date ? `<time datetime="${escapeHtml(art.date)}">${escapeHtml(art.date)}</time>` : 'no date given'}</li>`,
    `<li>URL: ${art.url ? a(art.url, art.url) : 'none (not a web page)'}</li>`,
    ...(evidence.generatedAt ? [`<li>Exported: ${escapeHtml(evidence.generatedAt)} by Verbatim</li>`] : []),
  ];
  const body = evidence.quotes.length
    ? `<h2>Quotes</h2>\n${evidence.quotes.map(quoteHtml).join('\n')}`
    : '<p>No direct quotes found in this article.</p>';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<ul class="facts">${facts.join('')}</ul>
<p class="summary">Summary: ${escapeHtml(summaryLine(evidence))}</p>
</header>
<main>
${body}
</main>
</body>
</html>
`;
}
