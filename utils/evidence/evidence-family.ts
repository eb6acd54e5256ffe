/**
 * A quote family's evidence (issue 15, item 5), from the library's family page (family-view): one
 * quote, the reference, in its article, with every other version in date order as an evidence
 * version (kind, flags and diff against the reference, as the page shows them; a version linked
 * only through another one has no kind). The reference's verdict is the popup's over those
 * versions. Every article's text is held, so each version is annotated on its own article; a
 * saved article that no longer holds its span is reported and counted, not anchored.
 */
import {
  evidenceArticle,
  evidenceQuote,
  evidenceVersion,
  LINKED_LABEL,
  type Evidence,
  type EvidenceArticle,
  type EvidenceOptions,
  type EvidenceVersion,
} from '@/utils/evidence/evidence-model';
import type { FamilyVersion, FamilyView } from '@/utils/families/family-view';
import { countFlags, countVerdicts } from '@/utils/report/verdicts';
import { safeHttpUrl, textFragmentUrl } from '@/utils/report/text-fragment-url';
import type { Quote, QuoteMatch, QuoteReport, StoredArticle } from '@/utils/types';

/** A family version compared with the reference, as the match the check would have shown. */
function asMatch(v: FamilyVersion & { kind: NonNullable<FamilyVersion['kind']> }): QuoteMatch {
  return {
    articleId: v.articleId, outlet: v.outlet, title: v.title, date: v.date, url: v.url, text: v.text, start: v.start, end: v.end,
    speaker: v.speaker, kind: v.kind, similarity: v.similarity, speakerConflict: v.speakerConflict, meaningChanges: v.meaningChanges, diff: v.diff,
  };
}

/** The version as an evidence version; `text` its article's text when held. */
function familyVersion(v: FamilyVersion, text: string | null): EvidenceVersion {
  const extra = { form: v.form, articleText: text };
  if (v.kind) return evidenceVersion(asMatch({ ...v, kind: v.kind }), v.savedAt, extra);
  // Linked through another version: no kind, no diff, nothing flagged (trust first).
  return {
    articleId: v.articleId, outlet: v.outlet, title: v.title, date: v.date, url: safeHttpUrl(v.url)?.href ?? '',
    text: v.text, start: v.start, end: v.end, speaker: v.speaker, kind: null, flags: [], label: LINKED_LABEL, similarity: 0,
    speakerConflict: false, meaningChanges: [], diff: [], link: textFragmentUrl(v.url, v.text), savedAt: v.savedAt, ...extra,
  };
}

/** The stored quote at the reference's place, else one rebuilt from the family's record of it. */
function referenceQuote(ref: FamilyVersion, stored: StoredArticle | undefined): Quote {
  const found = stored?.quotes.find((q) => q.start === ref.start && q.end === ref.end);
  return found ?? {
    text: ref.text, start: ref.start, end: ref.end, parts: [{ start: ref.start, end: ref.end }], speaker: ref.speaker,
    cue: null, speakerMention: null, speakerNamedAt: null, fragment: false,
  };
}

/** `resolve` gives the saved articles of the family (the same reads the family page makes). */
export function familyEvidence(view: FamilyView, resolve: (id: string) => StoredArticle | undefined, opts: Pick<EvidenceOptions, 'generatedAt'> = {}): Evidence {
  const ref = view.reference;
  const stored = resolve(ref.articleId);
  const quote = referenceQuote(ref, stored);
  const article: EvidenceArticle = evidenceArticle({ ...ref, id: ref.articleId }, stored?.text, ref.savedAt, quote.parts);
  const others = view.versions.filter((v) => !v.reference);
  const held = (v: FamilyVersion) => evidenceArticle({ ...v, id: v.articleId }, resolve(v.articleId)?.text, v.savedAt, [v]).text;
  const versions = others.map((v) => familyVersion(v, held(v)));
  const report: QuoteReport = { quote, matches: others.flatMap((v) => (v.kind ? [asMatch({ ...v, kind: v.kind })] : [])) };
  return {
    subject: { kind: 'family', firstSeen: view.firstSeen, outlets: view.outlets },
    quotes: [evidenceQuote(article, report, versions)],
    verdictCounts: countVerdicts([report]),
    flagCounts: countFlags([report]),
    generatedAt: opts.generatedAt ?? null,
    unanchored: (article.text === null ? 1 : 0) + versions.filter((v) => v.articleText === null).length,
  };
}
