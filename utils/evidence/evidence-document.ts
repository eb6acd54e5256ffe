/**
 * One evidence export as the file a reader keeps: the writer's text for the format, the file name
 * and the media type. The background calls it for the side panel, the popup and the library's
 * family and speaker pages; pure.
 */
import { evidenceAnnotations } from '@/utils/evidence/evidence-annotations';
import { evidenceClaimReview } from '@/utils/evidence/evidence-claimreview';
import { evidenceFileName, EVIDENCE_MEDIA_TYPES, type EvidenceFormat } from '@/utils/evidence/evidence-formats';
import { evidenceHtml } from '@/utils/evidence/evidence-html';
import { evidenceMarkdown } from '@/utils/evidence/evidence-markdown';
import { firstWords, type Evidence } from '@/utils/evidence/evidence-model';

/**
 * Why a library export was not made: the family or person is no longer in the library, or the
 * Web Annotations would be empty because every saved article lost the quotes' text.
 */
export type EvidenceRefusal = { refused: 'not-found' | 'no-text' };

export interface EvidenceDocument {
  text: string;
  fileName: string;
  mediaType: string;
  /** Quotes or versions reported without an anchor (their saved article lost its text): the page says so. */
  unanchored: number;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The text of one format, as `verbatim compare --format` writes it. */
export function evidenceText(evidence: Evidence, format: EvidenceFormat): string {
  switch (format) {
    case 'md': return evidenceMarkdown(evidence);
    case 'html': return evidenceHtml(evidence);
    case 'annotations': return json(evidenceAnnotations(evidence));
    case 'claimreview': return json(evidenceClaimReview(evidence));
  }
}

/** What the file is named for: the article (outlet, title), or "family" / "speaker" and who or what. */
function nameParts(evidence: Evidence): { outlet: string; title: string } {
  const s = evidence.subject;
  if (s.kind === 'article') return s.article;
  if (s.kind === 'speaker') return { outlet: 'speaker', title: s.name };
  const q = evidence.quotes[0];
  return { outlet: 'family', title: `${q?.speaker ?? ''} ${firstWords(q?.text ?? '', 6)}` };
}

export function evidenceDocument(evidence: Evidence, format: EvidenceFormat): EvidenceDocument {
  return {
    text: evidenceText(evidence, format),
    fileName: evidenceFileName(nameParts(evidence), format),
    mediaType: EVIDENCE_MEDIA_TYPES[format],
    unanchored: evidence.unanchored,
  };
}

/** The document, or a refusal when annotations were asked and not one quote can be anchored. */
export function libraryEvidenceDocument(evidence: Evidence, format: EvidenceFormat): EvidenceDocument | EvidenceRefusal {
  if (format === 'annotations' && evidence.quotes.length > 0 && evidenceAnnotations(evidence).length === 0) return { refused: 'no-text' };
  return evidenceDocument(evidence, format);
}
