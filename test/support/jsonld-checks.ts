/**
 * The JSON-LD exports checked against their vocabularies' required fields, each check citing its
 * source: the W3C Web Annotation Data Model's MUSTs (W3C Recommendation 2017-02-23,
 * https://www.w3.org/TR/annotation-model/) and schema.org's ClaimReview / Claim as fact-check
 * consumers read them. Shared by the article, family and speaker export tests.
 */
export type Json = Record<string, unknown>;
const isIri = (v: unknown) => typeof v === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const nonNegInt = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;

/** Every MUST of the model our annotations use that one is missing; empty when none is. */
export function annotationProblems(a: Json): string[] {
  const p: string[] = [];
  // §3.1 Annotations: @context MUST be present, http://www.w3.org/ns/anno.jsonld among its values.
  if (!asArray(a['@context']).includes('http://www.w3.org/ns/anno.jsonld')) p.push('@context');
  // §3.1: an Annotation MUST have exactly 1 IRI that identifies it (id).
  if (!isIri(a.id)) p.push('id');
  // §3.1: MUST have 1 or more types, and Annotation MUST be one of them.
  if (!asArray(a.type).includes('Annotation')) p.push('type');
  // §3.1: MUST have 1 or more target relationships.
  const targets = asArray(a.target);
  if (!targets.length) p.push('target');
  // §3.2.5 / §3.1: body and bodyValue MUST NOT both be present.
  if (a.body !== undefined && a.bodyValue !== undefined) p.push('body and bodyValue');
  for (const b of asArray(a.body) as Json[]) {
    // §3.2.4 Embedded Textual Body: a TextualBody MUST have exactly 1 value.
    if (b.type === 'TextualBody' && typeof b.value !== 'string') p.push('TextualBody value');
    if (b.type === 'SpecificResource') p.push(...specificProblems(b, 'body'));
  }
  for (const t of targets) {
    if (typeof t === 'string') continue;
    p.push(...specificProblems(t as Json, 'target'));
  }
  // §3.3.1 Lifecycle: created, when present, MUST be an xsd:dateTime.
  if (a.created !== undefined && Number.isNaN(Date.parse(String(a.created)))) p.push('created');
  return p;
}

function specificProblems(r: Json, where: string): string[] {
  const p: string[] = [];
  // §4 Specific Resources: MUST have exactly 1 source relationship, an IRI.
  if (!isIri(r.source)) p.push(`${where} source`);
  for (const s of asArray(r.selector) as Json[]) {
    if (s.type === 'TextQuoteSelector') {
      // §4.2.4 Text Quote Selector: exact MUST be present (exactly 1); prefix, suffix MAY, each 1 string.
      if (typeof s.exact !== 'string') p.push(`${where} exact`);
      for (const k of ['prefix', 'suffix']) if (s[k] !== undefined && typeof s[k] !== 'string') p.push(`${where} ${k}`);
    } else if (s.type === 'TextPositionSelector') {
      // §4.2.5 Text Position Selector: start and end MUST be present, each 1 non-negative integer.
      if (!nonNegInt(s.start) || !nonNegInt(s.end)) p.push(`${where} start/end`);
    } else p.push(`${where} selector type ${String(s.type)}`);
  }
  return p;
}


const isUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\/\S+$/.test(v);
/** Properties of a Rating that would state a verdict (https://schema.org/Rating). */
const RATING_VALUES = ['ratingValue', 'alternateName', 'bestRating', 'worstRating', 'ratingExplanation', 'name'];

/** What the draft lacks or invents; empty when it is a well-formed draft. */
export function claimReviewProblems(r: Json, articleHasUrl: boolean): string[] {
  const p: string[] = [];
  // schema.org ClaimReview: @type ClaimReview; claimReviewed a non-empty Text.
  if (r['@type'] !== 'ClaimReview') p.push('@type');
  if (typeof r.claimReviewed !== 'string' || !r.claimReviewed) p.push('claimReviewed');
  // Review.url (Thing.url): the page the claim is reviewed on, a URL; absent only when the article has none.
  if (articleHasUrl ? !isUrl(r.url) : r.url !== undefined) p.push('url');
  // Review.itemReviewed: a Thing, here a Claim (https://schema.org/Claim).
  const item = r.itemReviewed as Json | undefined;
  if (item?.['@type'] !== 'Claim') p.push('itemReviewed');
  // Claim.author (CreativeWork.author): Person with a name, when present.
  const author = item?.author as Json | undefined;
  if (author && (author['@type'] !== 'Person' || typeof author.name !== 'string' || !author.name)) p.push('author');
  // Claim.appearance / firstAppearance: CreativeWork; ours carry publisher Organization name.
  const appearances = (item?.appearance ?? []) as Json[];
  if (!appearances.length) p.push('appearance');
  for (const a of [...appearances, ...(item?.firstAppearance ? [item.firstAppearance as Json] : [])]) {
    if (a['@type'] !== 'NewsArticle' || typeof (a.publisher as Json)?.name !== 'string') p.push('appearance shape');
    if (a.url !== undefined && !isUrl(a.url)) p.push('appearance url');
    if (a.datePublished !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(a.datePublished))) p.push('datePublished');
  }
  // Review.reviewRating: a Rating, left empty (no rating invented).
  const rating = r.reviewRating as Json | undefined;
  if (rating?.['@type'] !== 'Rating') p.push('reviewRating');
  if (rating && RATING_VALUES.some((k) => k in rating)) p.push('an invented rating');
  return p;
}

