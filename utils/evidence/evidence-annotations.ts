/**
 * Evidence export as W3C Web Annotations (Web Annotation Data Model, W3C Recommendation
 * 2017-02-23, https://www.w3.org/TR/annotation-model/): one annotation per quote, its target the
 * quote in its article (one Specific Resource per part of a split quote, each with a
 * TextQuoteSelector and a TextPositionSelector), its body our verdicts as text plus each other
 * version as a link to that passage. A family's versions (whose texts the export holds) get one
 * each too, on their own article, read against the reference. A quote whose saved article lost
 * its text gets none (nothing to anchor to). The motivation is "assessing"; nothing is rated.
 *
 * Selectors address the article text Verbatim extracted (paragraphs joined by a blank line), which
 * is close to but not always the page's own text: the quote selector's prefix and suffix let a
 * consumer re-anchor where positions drift.
 */
import { diffText, LINKED_LABEL, type Evidence, type EvidenceArticle, type EvidenceQuote, type EvidenceVersion } from '@/utils/evidence/evidence-model';
import type { Span } from '@/utils/types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Context each side of the quote (§4.2.4 prefix/suffix): enough to tell two copies of a quote apart. */
const CONTEXT_CHARS = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export interface SpecificTarget {
  type: 'SpecificResource';
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
}
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  language: 'en';
  purpose: 'assessing';
}
export interface LinkBody {
  type: 'SpecificResource';
  source: string;
  purpose: 'linking';
  selector: { type: 'TextQuoteSelector'; exact: string };
}
export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  generator: { type: 'Software'; name: 'Verbatim' };
  created?: string;
  body: (TextualBody | LinkBody)[];
  target: SpecificTarget[];
}

/** Four 32-bit lanes mixed over the string: a stable 128-bit digest, sync and dependency-free. */
function hash128(s: string): number[] {
  let h1 = 0x6a09e667, h2 = 0xbb67ae85, h3 = 0x3c6ef372, h4 = 0xa54ff53a;
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/**
 * A name-based UUID as an IRI (RFC 9562 version 8, the custom layout): the same quote of the same
 * article gets the same id on every export, so a re-import updates rather than duplicates.
 */
export function stableUuidUrn(name: string): string {
  const hex = hash128(name).map((n) => n.toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** §4.2.5: positions count Unicode code points, not the UTF-16 units JavaScript strings index by. */
function codePoints(text: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < utf16) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Up to CONTEXT_CHARS before `start`, never starting inside a surrogate pair. */
function prefixOf(text: string, start: number): string {
  let from = Math.max(0, start - CONTEXT_CHARS);
  if (from > 0 && isLow(text.charCodeAt(from))) from++;
  return text.slice(from, start);
}

/** Up to CONTEXT_CHARS after `end`, never ending inside a surrogate pair. */
function suffixOf(text: string, end: number): string {
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (to < text.length && isLow(text.charCodeAt(to))) to--;
  return text.slice(end, to);
}

/** An article's IRI: its http(s) URL, else a stable URN naming it (a local file has no URL). */
export function articleSource(article: Pick<EvidenceArticle, 'id' | 'url'>): string {
  return article.url || stableUuidUrn(`verbatim:article:${article.id}`);
}

function versionLine(v: EvidenceVersion): string {
  const head = `${v.outlet || 'Unknown outlet'}, ${v.date ?? 'no date given'}: ${v.kind ? `${v.label}, similarity ${v.similarity.toFixed(2)}` : LINKED_LABEL}`;
  const notes = [
    v.speakerConflict ? `speaker conflict: credited to ${v.speaker ?? 'someone else'}` : '',
    v.meaningChanges.length ? `meaning may differ: ${v.meaningChanges.join(', ')}` : '',
  ].filter(Boolean);
  return `- ${head}${notes.length ? ` (${notes.join('; ')})` : ''}\n  ${diffText(v.diff)}`;
}

/** The verdicts as plain text: what the popup says about the quote and about each other version. */
export function verdictText(q: EvidenceQuote): string {
  const lines = [`Verbatim comparison: ${q.label}. Speaker: ${q.speaker ?? 'not identified'}.`];
  if (!q.versions.length) lines.push('No other saved article carries it.');
  else lines.push(`Other versions (${q.versions.length}), diff as [-only here-] {+only there+}:`, ...q.versions.map(versionLine));
  return lines.join('\n');
}

/** One Specific Resource per part, each selecting it by its words and context and by position. */
function targets(text: string, parts: readonly Span[], source: string): SpecificTarget[] {
  return parts.map((p): SpecificTarget => ({
    type: 'SpecificResource',
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: text.slice(p.start, p.end), prefix: prefixOf(text, p.start), suffix: suffixOf(text, p.end) },
      { type: 'TextPositionSelector', start: codePoints(text, p.start), end: codePoints(text, p.end) },
    ],
  }));
}

function assessing(value: string): TextualBody {
  return { type: 'TextualBody', value, format: 'text/plain', language: 'en', purpose: 'assessing' };
}

function wrap(id: string, created: string | undefined, body: WebAnnotation['body'], target: SpecificTarget[]): WebAnnotation {
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'Annotation',
    motivation: 'assessing',
    generator: { type: 'Software', name: 'Verbatim' },
    ...(created ? { created } : {}),
    body,
    target,
  };
}

// The same id for a quote whatever export it appears in (its article's, its family's, its speaker's).
const annotationId = (source: string, span: Span, words: string) => stableUuidUrn(`verbatim:annotation:${source}:${span.start}:${span.end}:${words}`);

function annotation(q: EvidenceQuote, text: string, created: string | undefined): WebAnnotation {
  const source = articleSource(q.article);
  const links = q.versions.flatMap((v): LinkBody[] =>
    v.url ? [{ type: 'SpecificResource', source: v.url, purpose: 'linking', selector: { type: 'TextQuoteSelector', exact: v.text } }] : [],
  );
  return wrap(annotationId(source, q, q.text), created, [assessing(verdictText(q)), ...links], targets(text, q.parts, source));
}

/** A family version on its own article: what it reads as against the reference, and a link back to it. */
function versionAnnotation(q: EvidenceQuote, v: EvidenceVersion, text: string, created: string | undefined): WebAnnotation {
  const source = articleSource({ id: v.articleId, url: v.url });
  const against = `the reference version (${q.article.outlet || 'Unknown outlet'}, ${q.article.date ?? 'no date given'})`;
  const value = [
    `Verbatim comparison against ${against}: ${v.kind ? v.label : LINKED_LABEL}. Speaker here: ${v.speaker ?? 'not identified'}.`,
    ...(v.kind ? [`Diff as [-only in the reference-] {+only here+}: ${diffText(v.diff)}`] : []),
  ].join('\n');
  const back: LinkBody[] = q.article.url ? [{ type: 'SpecificResource', source: q.article.url, purpose: 'linking', selector: { type: 'TextQuoteSelector', exact: q.text } }] : [];
  return wrap(annotationId(source, v, v.text), created, [assessing(value), ...back], targets(text, [{ start: v.start, end: v.end }], source));
}

/**
 * One annotation per quote whose article text the export holds, in the report's order, each
 * followed by one per version whose text it holds (a family's); `created` is the export time when known.
 */
export function evidenceAnnotations(evidence: Evidence): WebAnnotation[] {
  const created = evidence.generatedAt ?? undefined;
  return evidence.quotes.flatMap((q) => [
    ...(q.article.text !== null ? [annotation(q, q.article.text, created)] : []),
    ...q.versions.flatMap((v) => (v.articleText !== null ? [versionAnnotation(q, v, v.articleText, created)] : [])),
  ]);
}
