/**
 * The evidence export formats as the extension offers them (issue 15, item 5): which exist, the
 * file each is saved as and its media type. Pure and writer-free, so the message protocol can
 * validate a format without bundling the writers into every page (utils/evidence/evidence-document does
 * the writing).
 */

export const EVIDENCE_FORMATS = ['md', 'html', 'annotations', 'claimreview'] as const;
export type EvidenceFormat = (typeof EVIDENCE_FORMATS)[number];

export function isEvidenceFormat(x: unknown): x is EvidenceFormat {
  return (EVIDENCE_FORMATS as readonly unknown[]).includes(x);
}

/** Both JSON-LD formats share an extension, so their names say which one a file is. */
const SUFFIX: Record<EvidenceFormat, string> = {
  md: '.md',
  html: '.html',
  annotations: '-annotations.jsonld',
  claimreview: '-claimreview.jsonld',
};

export const EVIDENCE_MEDIA_TYPES: Record<EvidenceFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  annotations: 'application/ld+json',
  claimreview: 'application/ld+json',
};

const OUTLET_MAX = 40;
const TITLE_MAX = 80;

/**
 * Letters and digits of any script, lower-cased, accents dropped, runs of anything else one dash;
 * at most `max` code points, so a long headline gives a name every file system takes.
 */
function slug(s: string, max: number): string {
  const words = s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return Array.from(words).slice(0, max).join('').replace(/-+$/, '');
}

/** "verbatim-daily-courier-bridge-vote.md": the outlet, the title, then the format's extension. */
export function evidenceFileName(article: { outlet: string; title: string }, format: EvidenceFormat): string {
  const parts = [slug(article.outlet, OUTLET_MAX), slug(article.title, TITLE_MAX)].filter(Boolean);
  return `verbatim-${parts.length ? parts.join('-') : 'article'}${SUFFIX[format]}`;
}
