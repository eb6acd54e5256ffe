/**
 * Evidence export as a schema.org ClaimReview draft (https://schema.org/ClaimReview, with
 * https://schema.org/Claim for the item reviewed): one per quote (a family's is one, its reference
 * quote with every version's article as an appearance), for a fact-checker to complete.
 * Verbatim compares wordings; it judges no claim, so the review's rating is left empty for a person
 * and its author (the fact-checker) is not filled in. The quote's speaker is the claim's author
 * only when we credited one (trust first: no guessed Person).
 *
 * "First appearance" is the earliest dated article among the reader's saved ones carrying the
 * quote, and is worded as such: a first sighting in one library, not the claim's origin. A date
 * tie goes to the one saved first; when save times are unknown the tie is reported, not broken.
 */
import type { Evidence, EvidenceQuote } from '@/utils/evidence/evidence-model';

export const SCHEMA_CONTEXT = 'https://schema.org';

export interface Appearance {
  '@type': 'NewsArticle';
  headline: string;
  publisher: { '@type': 'Organization'; name: string };
  /** Absent when the article gives no date. */
  datePublished?: string;
  /** Absent when the article has no http(s) URL. */
  url?: string;
}

export interface ClaimReviewDraft {
  '@type': 'ClaimReview';
  claimReviewed: string;
  /** The article the quote was exported from; absent when it has no http(s) URL. */
  url?: string;
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Person'; name: string };
    appearance: Appearance[];
    firstAppearance?: Appearance & { description: string };
  };
  /** Empty on purpose: a person rates the claim, Verbatim does not. */
  reviewRating: { '@type': 'Rating' };
  /** Tells the person completing the draft what is theirs to fill in. */
  description: string;
}

export interface ClaimReviewDocument {
  '@context': typeof SCHEMA_CONTEXT;
  '@graph': ClaimReviewDraft[];
}

interface Sighting {
  appearance: Appearance;
  savedAt: number | null;
}

function appearance(title: string, outlet: string, date: string | null, url: string): Appearance {
  return {
    '@type': 'NewsArticle',
    headline: title || '(untitled)',
    publisher: { '@type': 'Organization', name: outlet || 'Unknown outlet' },
    ...(date ? { datePublished: date } : {}),
    ...(url ? { url } : {}),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type First = { appearance: Appearance & { description: string } } | { withheld: string };

const name = (s: Sighting) => s.appearance.publisher.name;

/**
 * The earliest dated sighting, described in words: where first seen in the library, which saved
 * articles share that date, how many carry no date. A tie no save time breaks is withheld.
 */
function firstAppearance(sightings: readonly Sighting[]): First {
  const dated = sightings.filter((s) => s.appearance.datePublished);
  if (!dated.length) return { withheld: `First appearance withheld: none of the ${plural(sightings.length, 'saved article', 'saved articles')} carrying it has a date.` };
  const date = dated.map((s) => s.appearance.datePublished!).reduce((a, b) => (b < a ? b : a));
  const onDate = dated.filter((s) => s.appearance.datePublished === date);
  const undated = sightings.length - dated.length;
  const undatedNote = undated ? `${plural(undated, 'saved article has', 'saved articles have')} no date and could be earlier.` : '';
  let saved = onDate;
  if (onDate.length > 1) {
    const known = onDate.every((s) => s.savedAt !== null);
    saved = known ? [...onDate].sort((a, b) => a.savedAt! - b.savedAt!) : onDate;
    if (!known || saved[0].savedAt === saved[1].savedAt) {
      const note = `First appearance withheld: ${onDate.map(name).join(', ')} share the earliest date (${date}) and which was saved first is not known.`;
      return { withheld: [note, undatedNote].filter(Boolean).join(' ') };
    }
  }
  const first = saved[0];
  const notes = [
    `First seen in the reader's Verbatim library: ${name(first)}, ${date} (earliest publication date among ${plural(sightings.length, 'saved article', 'saved articles')} carrying it${saved.length > 1 ? ', saved before the others of that date' : ''}; not necessarily where the claim first appeared).`,
    saved.length > 1 ? `Same date: ${saved.slice(1).map(name).join(', ')}.` : '',
    undatedNote,
  ].filter(Boolean);
  return { appearance: { ...first.appearance, description: notes.join(' ') } };
}

function draft(q: EvidenceQuote): ClaimReviewDraft {
  const a = q.article;
  // One appearance per article: a family can hold a quote and a passage of the same article.
  const seen = new Set([a.id]);
  const sightings: Sighting[] = [
    { appearance: appearance(a.title, a.outlet, a.date, a.url), savedAt: a.savedAt },
    ...q.versions
      .filter((v) => !seen.has(v.articleId) && seen.add(v.articleId))
      .map((v) => ({ appearance: appearance(v.title, v.outlet, v.date, v.url), savedAt: v.savedAt })),
  ];
  const first = firstAppearance(sightings);
  const withheld = 'withheld' in first ? ` ${first.withheld}` : '';
  return {
    '@type': 'ClaimReview',
    claimReviewed: q.text,
    ...(a.url ? { url: a.url } : {}),
    itemReviewed: {
      '@type': 'Claim',
      ...(q.speaker ? { author: { '@type': 'Person', name: q.speaker } } : {}),
      appearance: sightings.map((s) => s.appearance),
      ...('appearance' in first ? { firstAppearance: first.appearance } : {}),
    },
    reviewRating: { '@type': 'Rating' },
    description: `Draft from Verbatim: the quote and where the reader's saved articles carry it (comparison: ${q.label}; ${plural(q.versions.length, 'other version', 'other versions')}). The rating and the review's author are for a person to fill in.${withheld}`,
  };
}

export function evidenceClaimReview(evidence: Evidence): ClaimReviewDocument {
  return { '@context': SCHEMA_CONTEXT, '@graph': evidence.quotes.map(draft) };
}
