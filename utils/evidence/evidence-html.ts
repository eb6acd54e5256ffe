/**
 * Evidence export as one self-contained HTML file (an article's, a family's or a speaker's): the
 * Markdown report's content (an article's reverse sections too, when its report has them) with inline CSS
 * only, no script, no font, image or any other request (a Content-Security-Policy of
 * default-src 'none' says so to the browser too), so it opens offline and can be mailed as is.
 * Page text is data: every piece is escaped; links are http(s) URLs from the URL parser only.
 * Kinds never rely on colour: each is written out, deletions and insertions are struck through and
 * underlined and also named in text for screen readers, and a marked edit is boxed and named.
 */
import {
  conflictNote,
  diffBase,
  diffSegments,
  EDIT_LABELS,
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
  type EvidenceArticle,
  type EvidenceOtherQuote,
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

/** What a screen reader hears before removed and added words. */
interface DiffSaid {
  delete: string;
  insert: string;
}

/** A version's diff: removed words are only in the quote it is read against, added ones only in theirs. */
const versionSaid = (base: string): DiffSaid => ({ delete: `only in ${base}: `, insert: 'only in theirs: ' });
/** A paraphrased sentence's diff runs from their quote to this sentence. */
const PARAPHRASE_SAID: DiffSaid = { delete: 'only in their quote: ', insert: 'only in this sentence: ' };

function op(d: DiffOp, said: DiffSaid): string {
  if (d.op === 'equal') return escapeHtml(d.text);
  const tag = d.op === 'delete' ? 'del' : 'ins';
  return `<${tag}><span class="sr-only">${escapeHtml(said[d.op])}</span>${escapeHtml(d.text)}</${tag}>`;
}

function diffHtml(diff: readonly DiffOp[], said: DiffSaid): string {
  const parts = diffSegments(diff).map((s) => {
    if (s.edit === null) return op(s.op, said);
    const ops = s.ops.map((d) => op(d, said)).join(' ');
    return `<span class="edit" data-edit="${s.edit}"><span class="edit-tag">${escapeHtml(EDIT_LABELS[s.edit])}</span>${ops ? ` ${ops}` : ''}</span>`;
  });
  return `<p class="diff">${parts.join(' ')}</p>`;
}

function dateHtml(date: string | null): string {
  return date ? `<time datetime="${escapeHtml(date)}">${escapeHtml(date)}</time>` : 'no date given';
}

function versionHtml(v: EvidenceVersion, q: EvidenceQuote, base: string): string {
  const facts = [
    `<li>Article: ${escapeHtml(v.title || '(untitled)')}</li>`,
    ...(v.form ? [`<li>Form: ${v.form === 'quote' ? 'quoted' : 'indirect speech (outside quote marks)'}</li>`] : []),
    `<li>Speaker there: ${escapeHtml(v.speaker ?? 'not identified')}</li>`,
    v.kind ? `<li>Similarity: ${v.similarity.toFixed(2)}</li>` : `<li>Not compared with ${base} directly.</li>`,
  ];
  if (v.speakerConflict) facts.push(`<li><strong>Speaker conflict:</strong> ${escapeHtml(conflictNote(v, q.speaker))}</li>`);
  if (v.meaningChanges.length) facts.push(`<li><strong>${escapeHtml(meaningNote(v))}</strong></li>`);
  facts.push(`<li>Their words: <q class="their-words">${escapeHtml(v.text)}</q></li>`);
  if (v.link) facts.push(`<li>${a(v.link, `Open ${v.outlet || 'the other article'} at the quote`)}</li>`);
  const diff = v.kind && rendersDifferently({ kind: v.kind, diff: v.diff })
    ? `<p>Word diff (struck through: only in ${base}; underlined: only in theirs; boxed: an edit the outlet marked):</p>${diffHtml(v.diff, versionSaid(base))}`
    : '';
  const verdict = v.kind ? chips(VERDICT_LABELS[v.kind], v.flags) : `<span class="verdict">${escapeHtml(LINKED_LABEL)}</span>`;
  return `<section class="version" data-kind="${v.kind ?? ''}"${v.form ? ` data-form="${v.form}"` : ''}>
<h4>${escapeHtml(v.outlet || 'Unknown outlet')}, ${dateHtml(v.date)}: ${verdict}</h4>
<ul class="facts">${facts.join('')}</ul>
${diff}
</section>`;
}

function printedHtml(art: EvidenceArticle): string {
  return `<li>Printed in: ${escapeHtml(printedIn(art))}${art.url ? ` (${a(art.url, art.url)})` : ''}</li>`;
}

function quoteHtml(evidence: Evidence, q: EvidenceQuote, i: number): string {
  const own = evidence.subject.kind === 'article';
  const base = diffBase(evidence);
  const speaker = `${escapeHtml(q.speaker ?? 'not identified')}${q.cue ? ` (cue: ${escapeHtml(q.cue)})` : ''}${q.fragment ? '; a phrase woven into the text' : ''}`;
  const intro = evidence.subject.kind === 'family' ? `Versions in date order (${q.versions.length}), each against this reference:` : `Other versions (${q.versions.length}):`;
  const versions = q.versions.length
    ? `<p>${intro}</p>${q.versions.map((v) => versionHtml(v, q, base)).join('\n')}`
    : '<p>Only here: no other saved article carries it.</p>';
  const open = q.link ? `<li>${a(q.link, own ? 'Open this article at the quote' : `Open ${q.article.outlet || 'the article'} at the quote`)}</li>` : '';
  return `<article class="quote" data-verdict="${q.verdict}">
<h3>${i + 1}. ${escapeHtml(q.speaker ?? 'Speaker not identified')}: ${chips(VERDICT_LABELS[q.verdict], q.flags)}</h3>
<blockquote class="quote-text">${escapeHtml(q.text)}</blockquote>
<ul class="facts">${own ? '' : printedHtml(q.article)}<li>Speaker: ${speaker}</li>${open}</ul>
${versions}
</article>`;
}

/** The facts under the title: the article's, the family's or the person's. */
function headFacts(evidence: Evidence): string[] {
  const s = evidence.subject;
  if (s.kind === 'article') {
    const art = s.article;
    return [
      `<li>Outlet: ${escapeHtml(art.outlet || 'Unknown outlet')}</li>`,
      `<li>Date: ${dateHtml(art.date)}</li>`,
      `<li>URL: ${art.url ? a(art.url, art.url) : 'none (not a web page)'}</li>`,
    ];
  }
  const outlets = escapeHtml(s.outlets.map((o) => o || 'Unknown outlet').join(', '));
  if (s.kind === 'speaker') {
    return [
      ...(s.aliases.length > 1 ? [`<li>Also credited as: ${escapeHtml(s.aliases.slice(1).join(', '))}</li>`] : []),
      `<li>Outlets: ${outlets}</li>`,
      "<li>Order: oldest date first (undated last), each quote with its versions in the reader's other saved articles</li>",
    ];
  }
  const versions = (evidence.quotes[0]?.versions.length ?? 0) + 1;
  return [
    `<li>Versions: ${versions} in ${s.outlets.length} ${s.outlets.length === 1 ? 'outlet' : 'outlets'} (${outlets})</li>`,
    '<li>Reference: the longest version; every other version is compared with it</li>',
    ...(s.firstSeen ? [`<li class="first-seen">${escapeHtml(firstSeenLine(s.firstSeen))}</li>`] : []),
  ];
}

function sourceHtml(s: EvidenceOtherQuote): string {
  const name = `${escapeHtml(s.outlet || 'Unknown outlet')}, ${dateHtml(s.date)}`;
  return s.link ? `<a href="${escapeHtml(s.link)}" rel="noopener noreferrer">${name}</a>` : name;
}

/** The report's reverse sections, after the quotes: nothing when it has none. */
function reverseHtml(evidence: Evidence): string {
  const reverse = evidence.subject.kind === 'article' ? evidence.subject.reverse : null;
  if (!reverse) return '';
  const out: string[] = [];
  if (reverse.elsewhere.length) {
    const groups = reverse.elsewhere.map((g) => `<section class="speaker-group">
<h3>${escapeHtml(g.speaker ?? 'Unattributed')} (${g.quotes.length})</h3>
<ul class="elsewhere">${g.quotes.map((q) => `<li><q class="their-words">${escapeHtml(q.text)}</q> Quoted by: ${q.sources.map(sourceHtml).join('; ')}</li>`).join('')}</ul>
</section>`);
    out.push(`<section class="reverse" id="quoted-elsewhere" aria-labelledby="quoted-elsewhere-heading">
<h2 id="quoted-elsewhere-heading">Quoted elsewhere, not here</h2>
<p>Quotes that other saved articles on this story carry and this article neither quotes nor paraphrases, by speaker.</p>
${groups.join('\n')}
</section>`);
  }
  if (reverse.paraphrased.length) {
    const sentences = reverse.paraphrased.map((p, i) => {
      const sources = p.sources.map((s) => {
        const facts = [`<li>Their words: <q class="their-words">${escapeHtml(s.text)}</q></li>`, `<li>Similarity: ${s.similarity.toFixed(2)}</li>`];
        if (s.meaningChanges.length) facts.push(`<li><strong>${escapeHtml(meaningNote(s))}</strong></li>`);
        if (s.link) facts.push(`<li>${a(s.link, `Open ${s.outlet || 'the other article'} at the quote`)}</li>`);
        return `<section class="version" data-kind="paraphrase">
<h4>${escapeHtml(s.outlet || 'Unknown outlet')}, ${dateHtml(s.date)}: ${chips(VERDICT_LABELS.paraphrase, s.flags)}</h4>
<ul class="facts">${facts.join('')}</ul>
<p>Word diff (struck through: only in their quote; underlined: only in this sentence):</p>${diffHtml(s.diff, PARAPHRASE_SAID)}
</section>`;
      });
      const open = p.link ? `<ul class="facts"><li>${a(p.link, 'Open this article at the sentence')}</li></ul>` : '';
      return `<article class="paraphrased">
<h3>Sentence ${i + 1}</h3>
<blockquote class="sentence-here">${escapeHtml(p.text)}</blockquote>
${open}
${sources.join('\n')}
</article>`;
    });
    out.push(`<section class="reverse" id="paraphrased-here" aria-labelledby="paraphrased-here-heading">
<h2 id="paraphrased-here-heading">Paraphrased here</h2>
<p>Sentences of this article that give another outlet's direct quote as indirect speech.</p>
${sentences.join('\n')}
</section>`);
  }
  return out.join('\n');
}

export function evidenceHtml(evidence: Evidence): string {
  const title = evidenceTitle(evidence);
  const facts = [...headFacts(evidence), ...(evidence.generatedAt ? [`<li>Exported: ${escapeHtml(evidence.generatedAt)} by Verbatim</li>`] : [])];
  const note = unanchoredNote(evidence);
  const none = evidence.subject.kind === 'article' ? 'No direct quotes found in this article.' : 'No saved quotes.';
  const body = evidence.quotes.length
    ? `<h2>Quotes</h2>\n${evidence.quotes.map((q, i) => quoteHtml(evidence, q, i)).join('\n')}`
    : `<p>${none}</p>`;
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
${note ? `<p class="note" role="note">${escapeHtml(note)}</p>` : ''}
</header>
<main>
${body}
${reverseHtml(evidence)}
</main>
</body>
</html>
`;
}
