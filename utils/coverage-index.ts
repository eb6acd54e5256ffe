/**
 * The coverage index: a full-text index over the sentences ("passages") of every saved article,
 * answering "where else were these words written?". It is the only module that imports
 * minisearch; the rest of Verbatim sees article ids and character windows.
 *
 * It is a rebuildable cache of what storage holds (IndexedDB is the source of truth): it keeps
 * only what retrieval needs, never the article text. Callers resolve ids to stored articles
 * themselves (see `compareArticle`).
 *
 * Schema, sized for ~100k articles (serialized index ≤ 1.5 × raw text):
 * - one MiniSearch document per passage, field `text` only, NO stored fields; stopwords are
 *   dropped at indexing time (word-weights' list), which removes about half of all postings;
 * - a passage's id is a number `seq * PASSAGE_SLOTS + i` (article sequence number, passage
 *   index), so a hit maps back to its article with one division and no per-passage table;
 * - article metadata (outlet, url, title, date) and passage offsets live once per article in a
 *   Map, offsets serialized as a flat delta-coded number array.
 * Sequence numbers are never reused, so replacing an article never collides with the discarded
 * (not yet vacuumed) postings of its previous version.
 *
 * ```ts
 * const index = new CoverageIndex();
 * index.add(stored);                       // replaces any article with the same id
 * index.candidates(quote, { excludeId: current.id, excludeUrl: current.url, excludeOutlet: current.outlet });
 * // → [{ articleId: 'https://other.example/story', score: 12.3, windows: [{ start: 410, end: 795 }] }]
 * const json = JSON.stringify(index);      // toJSON()
 * const again = CoverageIndex.load(JSON.parse(json)) ?? rebuildFrom(storedArticles);
 * ```
 */
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import { canonicalUrl } from '@/utils/article-id';
import { normalizeText } from '@/utils/normalize';
import { isContentWord } from '@/utils/word-weights';
import { articlePassages, type Passage } from '@/utils/passages';
import type { Quote, Span, StoredArticle } from '@/utils/types';

/** Ids of passages per article; an article with more sentences indexes only the first 4096. */
const PASSAGE_SLOTS = 4096;

/** Candidate passages per quote before grouping by article. */
const DEFAULT_K = 24;

// Inner apostrophes stay ("don't" is one stopword), hyphens split ("long-term" ~ "long term").
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/**
 * The terms the index keeps for a text, in order (duplicates kept): normalized words without
 * possessive 's, minus function words and stock-phrase vocabulary (word-weights), so a quote is
 * retrieved by its informative words only and "make America great again" retrieves nothing.
 */
export function indexTerms(text: string): string[] {
  return tokens(text).filter(isContentWord);
}

function tokens(text: string): string[] {
  return (normalizeText(text).match(WORD) ?? []).map((w) => w.replace(/'s$/, ''));
}

/** What the index remembers about an article: metadata, never the text. */
export interface IndexedArticle {
  id: string;
  outlet: string;
  /** Canonical URL ('' when none). */
  url: string;
  title: string;
  date: string | null;
}

export interface CandidateOptions {
  /** The article being read: never a candidate of itself. */
  excludeId?: string;
  excludeUrl?: string;
  /** The reader's outlet; excluded unless `includeSameOutlet`. An empty outlet excludes nothing. */
  excludeOutlet?: string;
  includeSameOutlet?: boolean;
  /** Passages retrieved before grouping by article (default 24). */
  k?: number;
}

export interface Candidate {
  articleId: string;
  /** Best passage score (BM25 from MiniSearch); candidates come best first. */
  score: number;
  /** Each hit passage widened by one sentence on either side, merged, in text order. */
  windows: Span[];
}

export interface ArticleHit {
  articleId: string;
  /** Sum of the scores of the article's matching passages. */
  score: number;
  /** Distinct query terms found anywhere in the article. */
  terms: string[];
}

/** The serialized index (`toJSON`); `version` must equal `CoverageIndex.FORMAT_VERSION` to load. */
export interface SerializedIndex {
  version: number;
  nextSeq: number;
  articles: SerializedArticle[];
  search: AsPlainObject;
}

interface SerializedArticle extends IndexedArticle {
  seq: number;
  speakers: string[];
  /**
   * Per passage, delta-coded to keep numbers short: gap since the previous passage's end, length,
   * paragraph increment, speaker code (-2 outside quotes, -1 unattributed, else index into `speakers`).
   */
  passages: number[];
}

interface Entry {
  meta: IndexedArticle;
  seq: number;
  passages: Passage[];
}

interface PassageDoc {
  id: number;
  text: string;
}

/** Identical for `new MiniSearch` and `MiniSearch.loadJS`: loading with other options corrupts results. */
const SEARCH_OPTIONS: Options<PassageDoc> = {
  fields: ['text'],
  storeFields: [],
  tokenize: tokens,
  processTerm: (term) => (isContentWord(term) ? term : null),
  // Replacing articles leaves discarded postings behind; clean up in the background once they
  // are a tenth of the index, in small batches so a service worker stays responsive.
  autoVacuum: { minDirtCount: 100, minDirtFactor: 0.1, batchSize: 500, batchWait: 5 },
  // Measured on 300 AllSides articles (2172 quotes): fuzzy 0.1, fuzzy 0.2 and prefix search found
  // no match that exact terms missed (candidate recall 0.996 in all four settings) and took 2.6×,
  // 5.5× and 3.4× the time of exact terms (1.3 ms per quote).
  searchOptions: { combineWith: 'OR', prefix: false, fuzzy: false },
};

export class CoverageIndex {
  /** Bump whenever the serialized shape, tokenization or stopwords change: old caches then rebuild. */
  static readonly FORMAT_VERSION = 1;

  private search: MiniSearch<PassageDoc>;
  private bySeq = new Map<number, Entry>();
  private byId = new Map<string, Entry>();
  private nextSeq = 0;

  constructor() {
    this.search = new MiniSearch(SEARCH_OPTIONS);
  }

  /** Number of indexed articles. */
  get size(): number {
    return this.byId.size;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Metadata of an indexed article (no text: resolve the id in storage for that). */
  getArticle(id: string): IndexedArticle | undefined {
    return this.byId.get(id)?.meta;
  }

  /** Ids of all indexed articles. */
  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** Indexes the article's passages; an article with the same id is replaced. */
  add(article: StoredArticle): void {
    if (!article.id) throw new Error('coverage-index: article has no id');
    this.remove(article.id);
    const seq = this.nextSeq++;
    const passages = articlePassages(article).slice(0, PASSAGE_SLOTS);
    const entry: Entry = {
      seq,
      passages,
      meta: { id: article.id, outlet: article.outlet, url: canonicalUrl(article.url), title: article.title, date: article.date },
    };
    this.bySeq.set(seq, entry);
    this.byId.set(article.id, entry);
    this.search.addAll(passages.map((p, i) => ({ id: seq * PASSAGE_SLOTS + i, text: article.text.slice(p.start, p.end) })));
  }

  /** Removes the article's passages (discarded now, vacuumed later). False when it was not indexed. */
  remove(id: string): boolean {
    const entry = this.byId.get(id);
    if (!entry) return false;
    this.search.discardAll(entry.passages.map((_, i) => entry.seq * PASSAGE_SLOTS + i));
    this.byId.delete(id);
    this.bySeq.delete(entry.seq);
    return true;
  }

  /** Reclaims the space of removed articles now (e.g. before serializing after many removals). */
  async compact(): Promise<void> {
    await this.search.vacuum();
  }

  /**
   * Where else the quote's informative words were written: the top `k` passages of other
   * articles, grouped per article with windows for alignment, best article first. A quote with
   * no informative word has no candidates.
   */
  candidates(quote: Pick<Quote, 'text'>, opts: CandidateOptions = {}): Candidate[] {
    const terms = [...new Set(indexTerms(quote.text))];
    if (terms.length === 0) return [];
    const hits = this.search.search(terms.join(' '), { filter: this.allowed(opts) }).slice(0, opts.k ?? DEFAULT_K);
    const grouped = new Map<Entry, { score: number; indices: number[] }>();
    for (const hit of hits) {
      const entry = this.entryOf(hit.id as number)!;
      const group = grouped.get(entry) ?? { score: hit.score, indices: [] };
      group.indices.push((hit.id as number) % PASSAGE_SLOTS);
      grouped.set(entry, group);
    }
    return [...grouped].map(([entry, g]) => ({ articleId: entry.meta.id, score: g.score, windows: windowsAround(entry.passages, g.indices) }));
  }

  /**
   * Articles containing any of `terms` (processed like indexed text), scored by the summed
   * scores of their passages, best first. For related-coverage ranking.
   */
  searchArticles(terms: string[], opts: CandidateOptions & { limit?: number } = {}): ArticleHit[] {
    const query = [...new Set(terms.flatMap(indexTerms))];
    if (query.length === 0) return [];
    const byArticle = new Map<string, { score: number; terms: Set<string> }>();
    for (const hit of this.search.search(query.join(' '), { filter: this.allowed(opts) })) {
      const id = this.entryOf(hit.id as number)!.meta.id;
      const acc = byArticle.get(id) ?? { score: 0, terms: new Set<string>() };
      acc.score += hit.score;
      for (const t of hit.queryTerms) acc.terms.add(t);
      byArticle.set(id, acc);
    }
    return [...byArticle]
      .map(([articleId, a]) => ({ articleId, score: a.score, terms: [...a.terms] }))
      .sort((a, b) => b.score - a.score)
      .slice(0, opts.limit ?? Infinity);
  }

  toJSON(): SerializedIndex {
    return {
      version: CoverageIndex.FORMAT_VERSION,
      nextSeq: this.nextSeq,
      articles: [...this.bySeq.values()].map(serializeEntry),
      search: this.search.toJSON(),
    };
  }

  /**
   * An index from `toJSON()` output, or null when it cannot be used (other format version,
   * other MiniSearch serialization version, wrong shape): the caller then rebuilds from storage.
   */
  static load(json: unknown): CoverageIndex | null {
    if (!isSerialized(json) || json.version !== CoverageIndex.FORMAT_VERSION) return null;
    const index = new CoverageIndex();
    try {
      index.search = MiniSearch.loadJS(json.search, SEARCH_OPTIONS);
    } catch {
      return null; // MiniSearch refuses another serialization version: same remedy, rebuild
    }
    index.nextSeq = json.nextSeq;
    for (const a of json.articles) {
      const entry = deserializeEntry(a);
      index.bySeq.set(entry.seq, entry);
      index.byId.set(entry.meta.id, entry);
    }
    return index;
  }

  private entryOf(passageId: number): Entry | undefined {
    return this.bySeq.get(Math.floor(passageId / PASSAGE_SLOTS));
  }

  private allowed(opts: CandidateOptions): (r: SearchResult) => boolean {
    const url = opts.excludeUrl ? canonicalUrl(opts.excludeUrl) : '';
    const outlet = opts.includeSameOutlet ? '' : sameOutletKey(opts.excludeOutlet ?? '');
    return (r) => {
      const meta = this.entryOf(r.id as number)?.meta;
      if (!meta || meta.id === opts.excludeId) return false;
      if (url && meta.url === url) return false;
      return !(outlet && sameOutletKey(meta.outlet) === outlet);
    };
  }
}

function sameOutletKey(outlet: string): string {
  return outlet.trim().toLowerCase();
}

/** Each hit passage ±1 sentence, overlapping or touching windows merged. */
function windowsAround(passages: Passage[], indices: number[]): Span[] {
  const spans = [...new Set(indices)]
    .sort((a, b) => a - b)
    .map((i) => ({ start: passages[Math.max(0, i - 1)].start, end: passages[Math.min(passages.length - 1, i + 1)].end }));
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

function serializeEntry({ meta, seq, passages }: Entry): SerializedArticle {
  const speakers = [...new Set(passages.flatMap((p) => (p.speaker ? [p.speaker] : [])))];
  const flat: number[] = [];
  let end = 0;
  let paragraph = 0;
  for (const p of passages) {
    flat.push(p.start - end, p.end - p.start, p.paragraph - paragraph, p.inQuote ? (p.speaker ? speakers.indexOf(p.speaker) : -1) : -2);
    end = p.end;
    paragraph = p.paragraph;
  }
  return { ...meta, seq, speakers, passages: flat };
}

function deserializeEntry(a: SerializedArticle): Entry {
  const passages: Passage[] = [];
  let end = 0;
  let paragraph = 0;
  for (let i = 0; i < a.passages.length; i += 4) {
    const start = end + a.passages[i];
    end = start + a.passages[i + 1];
    paragraph += a.passages[i + 2];
    const code = a.passages[i + 3];
    passages.push({ start, end, paragraph, inQuote: code > -2, speaker: code >= 0 ? a.speakers[code] : null });
  }
  return { meta: { id: a.id, outlet: a.outlet, url: a.url, title: a.title, date: a.date }, seq: a.seq, passages };
}

function isSerialized(json: unknown): json is SerializedIndex {
  const j = json as SerializedIndex | null;
  return typeof j === 'object' && j !== null && typeof j.version === 'number' && typeof j.nextSeq === 'number' &&
    Array.isArray(j.articles) && typeof j.search === 'object' && j.search !== null;
}
