/**
 * Decides whether an alignment is a real rendering of the quote and, if so, which kind: verbatim,
 * partial, altered or paraphrase (see DESIGN.md), plus the speaker-conflict flag.
 *
 * Thresholds, chosen on the PAC dev pairs (shared/corpus/pac, `npm run eval -- match`):
 *   MIN_CONTENT_WORDS 3, MIN_MATCHED_WEIGHT 3.5: below either, stock phrases and names alone
 *     ("make America great again", "President Trump said") produced false matches against
 *     unrelated stories; at these values the figures were
 *     FIGURES_PLACEHOLDER
 *   MIN_COVERAGE 0.5 unless MIN_CONTENT_WORDS_LONG 6 content words agree: two quotes that only
 *     overlap (each longer than the shared run) or share a name ("President Donald Trump") are
 *     not the same quote; a long shared run is.
 *   MIN_SIMILARITY 0.5 (quoted) / 0.6 (paraphrase): indirect speech is compared against all the
 *     prose of the other article, so it has to agree more before it counts.
 *   Fragments (woven-in phrases, quotes under FRAGMENT_WORDS words) match only word for word,
 *     inside quote marks, with at least two content words.
 */
import type { MatchKind } from '@/utils/types';

export const MIN_CONTENT_WORDS = 3;
export const MIN_MATCHED_WEIGHT = 3.5;
export const MIN_SIMILARITY_QUOTED = 0.5;
export const MIN_SIMILARITY_PARAPHRASE = 0.6;
export const MIN_CONTENT_WORDS_PARAPHRASE = 4;
export const MIN_COVERAGE = 0.5;
export const MIN_CONTENT_WORDS_LONG = 6;
export const FRAGMENT_WORDS = 6;
/** Complete quotes found word for word (one version wholly inside the other, in quote marks). */
export const MIN_CONTENT_WORDS_EXACT = 2;
export const MIN_MATCHED_WEIGHT_EXACT = 2.5;
export const MIN_MATCHED_WEIGHT_FRAGMENT = 3.0;

/** What the alignment showed about the two versions. */
export interface MatchEvidence {
  /** The other article's aligned words lie mostly inside quote marks. */
  quoted: boolean;
  /** Words that differ inside the shared part (substituted, dropped or added). */
  innerDifferences: number;
  /** This outlet's quote has words beyond the shared part. */
  quoteCut: boolean;
  /** The other outlet's quote has words beyond the shared part. */
  otherCut: boolean;
}

/** How strongly the two versions agree. */
export interface MatchStrength {
  /** Weighted sum of the quote words matched exactly. */
  matchedWeight: number;
  /** Matched words that are content words. */
  matchedContent: number;
  /** Weighted share of agreeing words inside the shared part, 0..1. */
  similarity: number;
  /** Matched weight over the weight of the shorter version (the quote alone for indirect speech), 0..1. */
  coverage: number;
}

export function classifyMatch(e: MatchEvidence): MatchKind {
  if (!e.quoted) return 'paraphrase';
  if (e.innerDifferences > 0) return 'altered';
  return e.quoteCut || e.otherCut ? 'partial' : 'verbatim';
}

/** True when the alignment is strong enough to show the reader as the same quote. */
export function qualifies(s: MatchStrength, e: MatchEvidence, fragment: boolean): boolean {
  const exact = e.quoted && e.innerDifferences === 0 && (!e.quoteCut || !e.otherCut);
  if (fragment) {
    return exact && !e.quoteCut && s.matchedContent >= MIN_CONTENT_WORDS_EXACT && s.matchedWeight >= MIN_MATCHED_WEIGHT_FRAGMENT;
  }
  if (exact && s.matchedContent >= MIN_CONTENT_WORDS_EXACT && s.matchedWeight >= MIN_MATCHED_WEIGHT_EXACT) return true;
  if (s.matchedContent < MIN_CONTENT_WORDS || s.matchedWeight < MIN_MATCHED_WEIGHT) return false;
  if (s.coverage < MIN_COVERAGE && s.matchedContent < MIN_CONTENT_WORDS_LONG) return false;
  if (e.quoted) return s.similarity >= MIN_SIMILARITY_QUOTED;
  return s.similarity >= MIN_SIMILARITY_PARAPHRASE && s.matchedContent >= MIN_CONTENT_WORDS_PARAPHRASE;
}

const TITLES = /^(mr|mrs|ms|miss|dr|sir|dame|prof|president|ambassador|senator|sen|rep|gov|governor|minister|secretary|judge|justice|gen|general|rev|lord|lady)$/;

/**
 * Both outlets name a speaker and the names cannot be the same person. A bare last name matches
 * any full name ending in it ("Gor" / "Sergio Gor"); two first names must agree or be initials.
 */
export function speakersConflict(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x = nameParts(a);
  const y = nameParts(b);
  if (!x.length || !y.length) return false;
  if (x.join(' ') === y.join(' ')) return false;
  if (x[x.length - 1] !== y[y.length - 1]) return true;
  if (x.length === 1 || y.length === 1) return false;
  const [f, g] = [x[0], y[0]];
  return !(f === g || (f.length === 1 && g.startsWith(f)) || (g.length === 1 && f.startsWith(g)));
}

function nameParts(name: string): string[] {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z'-]+/)
    .filter((p) => p && !TITLES.test(p) && !/^(jr|sr|ii|iii|iv)$/.test(p));
}
