/**
 * What the library's family page and family list show of a quote family (quote-families.ts): the
 * reference version (the longest quote, ties to the earliest date, then the earlier saved), every
 * version in date order with its outlet, speaker, kind, flags and word diff against the
 * reference, and which version was first seen in the reader's library.
 *
 * A version's kind, flags and diff are the popup's match of the reference quote in that version's
 * article when the family holds it (a direct link); otherwise `matchQuote` of the reference quote
 * on the version's words (the same matcher, one window); null when even that finds nothing (the
 * version joined the family through another version).
 */
import { matchQuote } from '@/utils/matching/match-quote';
import { quoteLength, type FamilyArticleRef, type QuoteFamily, type QuoteNode } from '@/utils/families/quote-families';
import { savedArticleRef, type DiffOp, type MatchKind, type QuoteMatch, type SavedArticleRef, type StoredArticle } from '@/utils/types';

/** One version of a family's quote, as the family page lists it. */
export interface FamilyVersion extends SavedArticleRef {
  /** 'quote': a direct quote there; 'passage': the words outside quote marks (indirect speech). */
  form: 'quote' | 'passage';
  text: string;
  start: number;
  end: number;
  /** Who that article credits (for a passage: as the matcher read it), canonical or null. */
  speaker: string | null;
  /** This version is the reference. */
  reference: boolean;
  /** Against the reference; null for the reference itself and for a version not matched with it directly. */
  kind: MatchKind | null;
  similarity: number;
  speakerConflict: boolean;
  meaningChanges: string[];
  /** From the reference's words to this version's: 'delete' only in the reference, 'insert' only here. */
  diff: DiffOp[];
}

/** "First seen in your library": the earliest dated version, and why the reader should hold that loosely. */
export interface FirstSeen {
  articleId: string;
  outlet: string;
  date: string | null;
  /** Other articles of the family share that date: the earlier saved is named. */
  tiedOnDate: boolean;
  /** Versions with no date, which may be earlier. */
  undated: number;
}

export interface FamilyView {
  /** The route id: the reference quote's article and start offset. */
  id: FamilyRef;
  reference: FamilyVersion;
  /** Every version, the reference included, oldest date first (undated last, then by save time). */
  versions: FamilyVersion[];
  firstSeen: FirstSeen | null;
  outlets: string[];
}

/** A place in a saved article that names a family: the quote (or passage) holding that offset. */
export interface FamilyRef {
  articleId: string;
  offset: number;
}

/** One line of the family list. */
export interface FamilySummary {
  id: FamilyRef;
  text: string;
  speaker: string | null;
  versions: number;
  outlets: number;
  firstDate: string | null;
}

/** The reference quote: most words, then the earliest date (undated after dated), then the earlier saved. */
export function referenceOf(family: QuoteFamily): QuoteNode {
  return family.nodes.reduce((best, n) => (compareReference(n, best) < 0 ? n : best));
}

function compareReference(a: QuoteNode, b: QuoteNode): number {
  return quoteLength(b.quote) - quoteLength(a.quote) || compareDates(a.article, b.article) || a.article.savedAt - b.article.savedAt || a.id - b.id;
}

/** Dated before undated, earlier date first, then earlier saved. */
function compareDates(a: Pick<FamilyArticleRef, 'date'>, b: Pick<FamilyArticleRef, 'date'>): number {
  if (a.date === b.date) return 0;
  if (!a.date) return 1;
  if (!b.date) return -1;
  return a.date < b.date ? -1 : 1;
}

export function familySummary(family: QuoteFamily): FamilySummary {
  const ref = referenceOf(family);
  const articles = familyArticles(family);
  const dates = articles.flatMap((a) => (a.date ? [a.date] : [])).sort();
  return {
    id: { articleId: ref.article.id, offset: ref.quote.start },
    text: ref.quote.text,
    speaker: ref.quote.speaker,
    versions: family.nodes.length + family.passages.length,
    outlets: new Set(articles.map((a) => a.outlet)).size,
    firstDate: dates[0] ?? null,
  };
}

function familyArticles(family: QuoteFamily): FamilyArticleRef[] {
  return [...new Map([...family.nodes.map((n) => n.article), ...family.passages.map((p) => p.article)].map((a) => [a.id, a])).values()];
}

/** What a version's line takes from the reference's match made again on its text (null: none found). */
export type Rematch = Pick<QuoteMatch, 'kind' | 'similarity' | 'speakerConflict' | 'meaningChanges' | 'diff' | 'speaker'>;

/**
 * The reference's matches on versions not linked to it directly, kept by both articles' saved
 * versions and the spans: the same inputs give the same match, so a family written again after a
 * save matches again only its new versions (docs/DESIGN.md "A family page is stored whole").
 */
export interface RematchMemo {
  get(key: string): { match: Rematch | null } | undefined;
  set(key: string, value: { match: Rematch | null }): void;
}

/** A match made again: the reference (its article's saved version and the quote's start) on a version's article and span. */
export function rematchKey(ref: { id: string; savedAt: number }, refStart: number, other: { id: string; savedAt: number }, span: { start: number; end: number }): string {
  return `${ref.id}@${ref.savedAt}:${refStart}>${other.id}@${other.savedAt}:${span.start}-${span.end}`;
}

/** The stored articles a family page reads (`familyView`'s `resolve`): only when a version is not linked to the reference directly (and not in `memo`), its article and the reference's. */
export function familyTextIds(family: QuoteFamily, memo?: RematchMemo): string[] {
  const ref = referenceOf(family);
  const direct = directLinks(family, ref);
  const ids = new Set<string>();
  for (const n of family.nodes) if (n !== ref && !direct.get(n) && !memo?.get(rematchKey(ref.article, ref.quote.start, n.article, n.quote))) ids.add(n.article.id);
  for (const p of family.passages) if (!directPassage(p, ref) && !memo?.get(rematchKey(ref.article, ref.quote.start, p.article, p))) ids.add(p.article.id);
  if (ids.size > 0) ids.add(ref.article.id);
  return [...ids];
}

/** The reference's links by the version they reach (the first, as a search of the links finds it): one pass, not one per version. */
function directLinks(family: QuoteFamily, ref: QuoteNode): Map<QuoteNode, QuoteMatch> {
  const direct = new Map<QuoteNode, QuoteMatch>();
  for (const l of family.links) if (l.from === ref && !direct.has(l.to)) direct.set(l.to, l.match);
  return direct;
}

function directPassage(p: QuoteFamily['passages'][number], ref: QuoteNode): QuoteMatch | undefined {
  return p.from.find((f) => f.node === ref)?.match;
}

/** The family page; `resolve` gives the stored articles of the family (read only for `familyTextIds`); `memo` keeps matches made again on texts. */
export function familyView(family: QuoteFamily, resolve: (id: string) => StoredArticle | undefined, memo?: RematchMemo): FamilyView {
  return familyViewOf(familyVersions(family, resolve, memo).versions);
}

/** A family page's versions, unordered, and those matched again on both texts (or kept in `memo`): what a stored page may hand to the next write. */
export function familyVersions(family: QuoteFamily, resolve: (id: string) => StoredArticle | undefined, memo?: RematchMemo): { versions: FamilyVersion[]; rematched: Set<FamilyVersion> } {
  const ref = referenceOf(family);
  const direct = directLinks(family, ref);
  const rematched = new Set<FamilyVersion>();
  let refText: { text?: string } | undefined;
  // The reference quote matched on one version's words only (the version was linked through another one); `known`: a real answer, not a missing text.
  const reread = (article: FamilyArticleRef, span: { start: number; end: number }): { match: Rematch | null; known: boolean } => {
    const key = rematchKey(ref.article, ref.quote.start, article, span);
    const kept = memo?.get(key);
    if (kept) return { match: kept.match, known: true };
    refText ??= { text: resolve(ref.article.id)?.text };
    const other = resolve(article.id);
    const match = other ? matchQuote(ref.quote, other, [{ start: span.start, end: span.end }], refText.text) : null;
    const known = other !== undefined && refText.text !== undefined;
    if (known) memo?.set(key, { match });
    return { match, known };
  };
  const versions: FamilyVersion[] = [];
  for (const n of family.nodes) {
    const base = { ...savedArticleRef(n.article), form: 'quote' as const, text: n.quote.text, start: n.quote.start, end: n.quote.end, speaker: n.quote.speaker };
    if (n === ref) {
      versions.push({ ...base, reference: true, kind: null, similarity: 1, speakerConflict: false, meaningChanges: [], diff: [] });
      continue;
    }
    const linked = direct.get(n);
    const again = linked ? undefined : reread(n.article, n.quote);
    const version: FamilyVersion = { ...base, reference: false, ...against(linked ?? again!.match) };
    if (again?.known) rematched.add(version);
    versions.push(version);
  }
  for (const p of family.passages) {
    const linked = directPassage(p, ref);
    const again = linked ? undefined : reread(p.article, p);
    const match = linked ?? again!.match;
    const version: FamilyVersion = {
      ...savedArticleRef(p.article), form: 'passage', text: p.text, start: p.start, end: p.end,
      speaker: match?.speaker ?? p.from[0]?.match.speaker ?? null, reference: false, ...against(match),
    };
    if (again?.known) rematched.add(version);
    versions.push(version);
  }
  return { versions, rematched };
}

/** Sorts a family's versions in place into the page's order: by date, save time, article, place. */
export function orderVersions(versions: FamilyVersion[]): void {
  versions.sort((a, b) => compareDates(a, b) || a.savedAt - b.savedAt || a.articleId.localeCompare(b.articleId) || a.start - b.start);
}

/** The family page from its versions (one of them the reference): what a stored page row holds is enough (docs/DESIGN.md "A family page is stored whole"). */
export function familyViewOf(versions: FamilyVersion[]): FamilyView {
  orderVersions(versions);
  const reference = versions.find((v) => v.reference)!;
  return {
    id: { articleId: reference.articleId, offset: reference.start },
    reference,
    versions,
    firstSeen: firstSeen(versions),
    outlets: [...new Set(versions.map((v) => v.outlet))],
  };
}

function against(m: Rematch | null): Pick<FamilyVersion, 'kind' | 'similarity' | 'speakerConflict' | 'meaningChanges' | 'diff'> {
  if (!m) return { kind: null, similarity: 0, speakerConflict: false, meaningChanges: [], diff: [] };
  return { kind: m.kind, similarity: m.similarity, speakerConflict: m.speakerConflict, meaningChanges: m.meaningChanges, diff: m.diff };
}

/** The earliest dated version's article; ties on that date go to the earlier saved and are marked. */
export function firstSeen(versions: readonly Pick<FamilyVersion, 'articleId' | 'outlet' | 'date' | 'savedAt'>[]): FirstSeen | null {
  if (!versions.length) return null;
  const ordered = [...versions].sort((a, b) => compareDates(a, b) || a.savedAt - b.savedAt);
  const first = ordered[0];
  const tiedOnDate = first.date !== null && ordered.some((v) => v.articleId !== first.articleId && v.date === first.date);
  const undated = new Set(versions.filter((v) => !v.date).map((v) => v.articleId)).size;
  return { articleId: first.articleId, outlet: first.outlet, date: first.date, tiedOnDate, undated };
}
