/**
 * The coverage index: a full-text index over the sentences ("passages") of every saved article,
 * answering "where else were these words written?". The rest of Verbatim sees article ids and
 * character windows.
 *
 * It is a rebuildable cache of what storage holds (IndexedDB is the source of truth): it keeps
 * only what retrieval needs, never the article text. Callers resolve ids to stored articles
 * themselves (see `compareArticle`).
 *
 * Schema, sized for ~100k articles (serialized index ≤ 1.5 × raw text):
 * - postings per term in typed arrays (`TermPostings`), scored with BM25 as MiniSearch did for
 *   the article search (related coverage, the library's search box; why not MiniSearch itself:
 *   docs/DESIGN.md, "The coverage index is not MiniSearch"); quote candidates are decided by
 *   which quote terms an article's passages hold, never by scores that other articles change
 *   (issue 12) — bounded only by a fixed read budget per quote (READ_BUDGET), which a library
 *   of 10k articles never reaches; stopwords are dropped at indexing time (word-weights' list),
 *   which removes about half of all postings;
 * - a passage's id is a number `seq * PASSAGE_SLOTS + i` (article sequence number, passage
 *   index), so a hit maps back to its article with one division and no per-passage table;
 * - article metadata (outlet, url, title, date) and passage offsets live in columns keyed by
 *   sequence number (`ArticleColumns`: a few long strings and typed arrays, no object per
 *   article), in memory as when serialized; offsets and postings are delta-coded varint strings,
 *   which IndexedDB clones and JSON carries in one piece, decoded when a query needs them and
 *   not kept (postings: while recently used, within DECODED_POSTINGS; docs/DESIGN.md, "Lazy loading").
 * Sequence numbers are never reused, so replacing an article never collides with the discarded
 * (not yet vacuumed) postings of its previous version.
 *
 * ```ts
 * const index = new CoverageIndex();
 * index.add(stored);                       // replaces any article with the same id
 * index.candidates(quote, { excludeId: current.id, excludeUrl: current.url, excludeOutlet: current.outlet });
 * // → [{ articleId: 'https://other.example/story', score: 7.4, windows: [{ start: 410, end: 795, terms: [...] }] }]
 * const json = JSON.stringify(index);      // toJSON()
 * const again = CoverageIndex.load(JSON.parse(json)) ?? rebuildFrom(storedArticles);
 * ```
 */
import { canonicalUrl } from '@/utils/article/article-id';
import { normalizeText } from '@/utils/text/normalize';
import { termWeights } from '@/utils/text/word-weights';
import type { LanguageCode, Lexicon } from '@/utils/language/lexicon';
import { english } from '@/utils/language/en';
import { LEXICONS, lexiconFor } from '@/utils/language/lexicons';
import { articlePassages, type Passage } from '@/utils/matching/passages';
import { splitSentences } from '@/utils/text/split-sentences';
import { ArticleMarks } from '@/utils/index/article-marks';
import { ArticleColumns, DATE, FIELDS, ID, OUTLET, TITLE, URL } from '@/utils/index/article-columns';
import { postingLength, postingTf, seekFrom, TermPostings, type List, type SerializedPostings } from '@/utils/index/term-postings';
import { SeqTable } from '@/utils/text/seq-table';
import { encodeVarints, VarintReader, VARINT_MORE } from '@/utils/index/varint-string';
import type { ArticleRef, Quote, Span, StoredArticle } from '@/utils/types';

/**
 * Ids of passages per article; an article with more sentences indexes only the first 4096. Ids
 * are 32-bit, so about a million adds (saves and re-saves) fit before the index must be rebuilt.
 */
const PASSAGE_SLOTS = 4096;

/** The last generation given to any index (`CoverageIndex.stamp`). */
let generations = 0;

/**
 * The candidate rule reads nothing but the quote and the candidate article, so what else the
 * library holds never changes it: an article qualifies when a run of RUN_PASSAGES consecutive
 * passages holds CHUNK_NEED of some CHUNK_TERMS consecutive index terms of the quote (all of them
 * when the quote has fewer, at least MIN_CHUNK_TERMS; a lone number when it has no other term).
 * A quote whose terms lie further apart in its own sentences gets longer runs (`runReach`).
 * A rendering with a word changed in every four still qualifies (the measured alternatives:
 * docs/DESIGN.md, "Candidates decided by the quote and the article alone"). Each chunk
 * is found through its rarest terms and the others are checked in the runs found, so the result
 * is exact whichever terms are common.
 */
const CHUNK_TERMS = 4;
const CHUNK_NEED = 3;
const MIN_CHUNK_TERMS = 2;
const RUN_PASSAGES = 3;
/** Passages a run reaches on either side of its center at most, however far apart a quote's terms lie (`runReach`). */
const MAX_RUN_REACH = 3;
/**
 * Qualifying articles aligned per quote, ranked by the stable weight (word-weights) of the quote
 * terms their best run holds, ties to the earlier saved: a later save displaces an article only
 * by carrying strictly more of the quote. Articles whose run holds every term of a quote of
 * MIN_FULL_TERMS terms or more are all kept (up to FULL_MATCH_LIMIT more): a slogan quoted word
 * for word in many saved articles ties in score across all of them. Two-term quotes ("fake news")
 * qualify in thousands of articles and match in almost none. A larger limit aligned more windows
 * for no recall (docs/DESIGN.md).
 */
const MAX_CANDIDATES = 8;
/**
 * Postings a quote's candidate search reads at most (an absolute figure, never relative to the
 * library). Within it the rule above is exact: the most a quote read in the benchmark at 10k saved
 * articles was 65k postings, and PAC with 1,000 unrelated saves never comes near it. Past it (only
 * in far larger libraries, for quotes whose every chunk is made of common words) just the chunks
 * whose rarest terms are listed least are read, the most specific first.
 */
const READ_BUDGET = 80_000;
const MIN_FULL_TERMS = 3;
const FULL_MATCH_LIMIT = 200;
/** Postings from which an unread term's articles are looked up in bits (`TermPostings.holders`) rather than sought. */
const HOLDER_LIST = 1_024;
/** Bands of bounds (shares of a quote's full weight) the candidate search visits articles in, best first. */
const BOUND_BANDS = 64;
/** Read lists an article's marks tell apart (bits of an int32); a longer quote's other read terms are sought in their lists. */
const MASK_LISTS = 31;
const NO_RUNS: number[] = [];
/** A term's article bits not made (yet, or at all: see `holds` in `candidateList`). */
const NO_BITS = new Int32Array(0);
/** Rounding room when a score bound is compared with a score (sums of the same weights in another order). */
const BOUND_SLACK = 1e-9;

/**
 * Query terms: every passage holding ANY query term is scored, so a query costs the sum of its
 * terms' document frequencies. Only a text's rarest informative terms are asked for: at
 * most MAX_QUERY_TERMS, past the first MIN_QUERY_TERMS none held by more than COMMON_SHARE of
 * all passages, and past the first term none that would take the summed frequencies over
 * QUERY_BUDGET, which keeps the cost nearly flat as the library grows. The passage that carries a quote holds its rare words too.
 */
const MAX_QUERY_TERMS = 8;
const MIN_QUERY_TERMS = 3;
const COMMON_SHARE = 0.01;
const QUERY_BUDGET = 5_000;

/**
 * BM25+ parameters, MiniSearch's defaults, which PAC and the benchmark were first tuned with. Exact
 * terms only: on 300 AllSides articles (2172 quotes) fuzzy 0.1 / 0.2 and prefix search found no
 * match that exact terms missed and took 2.6× to 5.5× the time.
 */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/**
 * Library text search: words asked for at most (with PREFIX_TERMS, within the 31 terms a query
 * can hold); a word being typed expands to at most PREFIX_TERMS terms, once it has PREFIX_MIN
 * characters (fewer would begin thousands of terms).
 */
const MAX_SEARCH_WORDS = 16;
const PREFIX_TERMS = 12;
const PREFIX_MIN = 3;
/** Removed articles' postings are dropped once they are this share of all passages. */
const VACUUM_SHARE = 0.1;
const VACUUM_MIN = 100;

// Inner apostrophes stay ("don't" is one stopword), hyphens split ("long-term" ~ "long term").
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
// An elided word written onto the next ("l'accord"): the letters before the apostrophe.
const ELIDED = /^(\p{L}{1,7})'(?=[\p{L}\p{N}])/u;

/**
 * The terms the index keeps for a text, in order (duplicates kept): normalized words without
 * possessive 's, minus function words and stock-phrase vocabulary (word-weights), so a quote is
 * retrieved by its informative words only and "make America great again" retrieves nothing.
 * Read in the text's language (`lex`: its spelling fold, stopwords, elided words).
 */
export function indexTerms(text: string, lex: Lexicon = english): string[] {
  return tokens(text, lex).filter(termWeights(lex).isContentWord);
}

/** An article's passages as the index keeps them (the first PASSAGE_SLOTS) and each one's index terms. */
export interface PassageTerms {
  passages: Passage[];
  terms: string[][];
}

/** What `add` reads of an article (`lex`: its language): callers that read it too pass it on. */
export function passageTerms(article: Pick<StoredArticle, 'text' | 'paragraphs' | 'quotes'>, lex: Lexicon = english): PassageTerms {
  const passages = articlePassages(article, lex).slice(0, PASSAGE_SLOTS);
  return { passages, terms: passages.map((p) => indexTerms(article.text.slice(p.start, p.end), lex)) };
}

/** Passages of the article holding each index term, as `add` counts them (`lex`: the article's language). */
export function passageFrequencies(article: Pick<StoredArticle, 'text' | 'paragraphs'>, lex: Lexicon = english): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of articlePassages({ ...article, quotes: [] }, lex).slice(0, PASSAGE_SLOTS)) {
    for (const t of new Set(indexTerms(article.text.slice(p.start, p.end), lex))) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

function tokens(text: string, lex: Lexicon): string[] {
  const words = joinInitialisms(normalizeText(text, lex)).match(WORD) ?? [];
  // "l'accord" is the term "accord" (the lexicon's elided words are stopwords).
  if (lex.elidedPrefixes.size > 0) return words.map((w) => withoutPossessive(elided(lex, w)));
  return words.map(withoutPossessive);
}

/**
 * An initialism written with full stops is one term, as the aligner's word keys read it: "F.B.I."
 * is "fbi" and "U.K." is "uk", as another outlet writes them; split at its stops it was one-letter
 * words, no terms at all, so a quote naming the U.K. was never retrieved by an article writing UK.
 */
function joinInitialisms(text: string): string {
  // The pattern runs only where a stop stands two characters after another ("u.k.").
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    if (text.charCodeAt(i + 2) === 0x2e) return text.replace(INITIALISM, (m) => m.replaceAll('.', ''));
  }
  return text;
}
// Two letters or more, each followed by a stop, not inside a longer word or number.
const INITIALISM = /(?<![\p{L}\p{N}.])(?:\p{L}\.){2,}/gu;

/** `word.replace(/'s$/, '')` without running a pattern on every word a text's terms are read from. */
export function withoutPossessive(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}

function elided(lex: Lexicon, word: string): string {
  const m = ELIDED.exec(word);
  return m && lex.elidedPrefixes.has(m[1]) ? word.slice(m[0].length) : word;
}

/** Languages by number in the index (SeqTable, the serialized column): a lexicon's place in LEXICONS. */
const LANGUAGE_CODES: readonly LanguageCode[] = LEXICONS.map((l) => l.code);
const languageNumber = (code: LanguageCode) => LANGUAGE_CODES.indexOf(code);

export interface CandidateOptions {
  /** The article being read: never a candidate of itself. */
  excludeId?: string;
  excludeUrl?: string;
  /** The reader's outlet; excluded unless `includeSameOutlet`. An empty outlet excludes nothing. */
  excludeOutlet?: string;
  includeSameOutlet?: boolean;
  /**
   * The article being read's own passage counts per term (`passageFrequencies`) when it is
   * indexed: its words are not evidence of coverage elsewhere, so a term only it holds is never
   * "rare" enough to query.
   */
  own?: ReadonlyMap<string, number>;
  /**
   * The language of the text asked about: its words are read with this lexicon, and only
   * articles saved in the same language are considered (matching never crosses languages).
   * Without it, words are read as English and every article is considered (the library's search).
   */
  lexicon?: Lexicon;
}

export interface SearchOptions extends CandidateOptions {
  limit?: number;
  /** Weight of a query term (default 1) for `minWeight`. */
  weight?: (term: string) => number;
  /** Only articles whose matched terms weigh at least this much. */
  minWeight?: number;
}

export interface Candidate {
  articleId: string;
  /** Stable weight (word-weights) of the quote terms its best run holds; candidates come best first. */
  score: number;
  /** Each hit passage widened by one sentence on either side, merged, in text order. */
  windows: CandidateWindow[];
}

/** A quote's candidates, with what following them as articles come and go needs (`listWith`, `listWithout`). */
export interface CandidateList {
  candidates: Candidate[];
  /** Every article that qualifies is listed (none left out by the cap). */
  complete: boolean;
  /** Read past READ_BUDGET: the list then depends on the library, not only on the quote and each article. */
  budgeted: boolean;
}

export interface CandidateWindow extends Span {
  /**
   * The quote's distinct index terms that the window's whole paragraphs hold (the text an
   * alignment of this window looks at, see match-quote's widenWindows): a cheap upper bound on
   * what it can find, known without reading the article.
   */
  terms: string[];
}

export interface ArticleHit {
  articleId: string;
  article: ArticleRef;
  /** `article.date`, read without the rest of the metadata. */
  date: string | null;
  /** Sum of the scores of the article's matching passages. */
  score: number;
  /** Distinct query terms found anywhere in the article. */
  terms: string[];
}

/** `CoverageIndex.matchedArticles`: the first `count` entries of the columns are the articles found. */
export interface MatchedArticles {
  count: number;
  seqs: Int32Array;
  /** Sum of the scores of the article's matching passages (`ArticleHit.score`). */
  scores: Float64Array;
  /** Bit b: the article holds `terms[b]`. */
  masks: Int32Array;
  terms: string[];
  /** The i-th article as `searchArticles` reports it. */
  hit(i: number): ArticleHit;
  /** `hit(i).date`, without making the hit. */
  date(i: number): string | null;
}

/** The serialized index (`toJSON`); `version` must equal `CoverageIndex.FORMAT_VERSION` to load. */
export interface SerializedIndex {
  version: number;
  nextSeq: number;
  /** Passages of removed articles still in the postings (vacuumed once they are a tenth). */
  deadPassages: number;
  articles: SerializedArticles;
  /**
   * Index terms per passage (BM25's lengths) of every article, in `articles` order. A typed array,
   * which IndexedDB's structured clone copies whole: decoding them as varints was a third of a
   * load at 10k articles.
   */
  lengths: Uint16Array;
  postings: SerializedPostings;
}

/** Article i's metadata fields (id, outlet, url, title, date) are fields ARTICLE_FIELDS * i and on. */
const ARTICLE_FIELDS = FIELDS;

/** Every article, as columns in one order (the order of `SerializedIndex.lengths`). */
interface SerializedArticles {
  /** Each article's fields (ARTICLE_FIELDS of them) concatenated; their lengths in `fieldLengths`. */
  fields: string;
  fieldLengths: Uint32Array;
  seqs: Int32Array;
  /** Passages per article, so its slice of `SerializedIndex.lengths`. */
  counts: Uint16Array;
  /**
   * Each article's passages concatenated, their lengths in `varintLengths`: per passage, as
   * delta-coded varints (`varint-string`), the gap since the previous passage's end, its length
   * and the paragraph increment. Decoded only when the article is first a candidate.
   */
  varints: string;
  varintLengths: Uint32Array;
  /** Each article's language, by its number (LANGUAGE_CODES). */
  languages: Uint8Array;
}

/** One article's read postings for a quote (passage index, term number; see `candidates`). */
interface Scratch {
  idx: Int32Array;
  term: Int32Array;
}

/** What the index keeps of a passage: where it is, and its paragraph (windows widen to those). */
type IndexedPassage = Pick<Passage, 'start' | 'end' | 'paragraph'>;

/** A scored passage: BM25 summed over the query terms it holds, times how many it holds (as MiniSearch). */
export class CoverageIndex {
  /** Bump whenever the serialized shape, tokenization or stopwords change: old caches then rebuild. */
  static readonly FORMAT_VERSION = 7;

  /**
   * Candidate work done so far: quotes asked for, those past READ_BUDGET, postings of the read
   * terms, articles scored by the run rule (the benchmark reports them).
   */
  readonly work = { quotes: 0, budgeted: 0, postings: 0, scored: 0 };
  /** READ_BUDGET unless a test or the benchmark asks for another. */
  private readonly readBudget: number;
  /** Scores every qualifying article instead of stopping at the bound (tests compare the two). */
  private readonly exhaustive: boolean;
  /** Unread lists of at least this many postings are looked up in article bits (HOLDER_LIST unless a test asks otherwise). */
  private readonly holderList: number;
  private postings: TermPostings;
  private scratch: Scratch = { idx: new Int32Array(256), term: new Int32Array(256) };
  /** The articles a quote's read lists hold (see `candidateList`), kept between quotes. */
  private marks = new ArticleMarks(PASSAGE_SLOTS);
  private order = { seqs: new Int32Array(256), bounds: new Float64Array(256), sorted: new Int32Array(256), bandAt: new Uint8Array(256), bands: new Int32Array(BOUND_BANDS + 1), bandTop: new Float64Array(BOUND_BANDS) };
  /** Metadata and passages (as varints, decoded per candidate) by sequence number. */
  private articles = new ArticleColumns();
  private table = new SeqTable();
  private nextSeq = 0;
  /** Live passages and their summed lengths (BM25's document count and average length). */
  private passageCount = 0;
  private totalLength = 0;
  /** Passages of removed articles still in the postings. */
  private deadPassages = 0;
  /**
   * Changed by every add and removal (what `excluded` remembers is valid for one generation), to a
   * number no other index of this realm had: a check's hand-over names the index state it read.
   */
  private generation = ++generations;
  private excludedMemo: { key: string; value: { outlet: number; seqs: Set<number>; language: number } } | undefined;

  /**
   * `decodedPostings`: postings of loaded terms kept decoded at most (DECODED_POSTINGS unless a
   * test or the benchmark asks for another).
   */
  constructor(opts: { readBudget?: number; exhaustive?: boolean; decodedPostings?: number; holderList?: number } = {}) {
    this.readBudget = opts.readBudget ?? READ_BUDGET;
    this.holderList = opts.holderList ?? HOLDER_LIST;
    this.exhaustive = opts.exhaustive ?? false;
    this.postings = new TermPostings(opts.decodedPostings);
  }

  /** This index as it is now: changed by every add and removal, never the same as another index's (`generation`). */
  get stamp(): number {
    return this.generation;
  }

  /** Number of indexed articles. */
  get size(): number {
    return this.articles.size;
  }

  has(id: string): boolean {
    return this.articles.seqOf(id) >= 0;
  }

  /** Postings of loaded terms held decoded now (at most the `decodedPostings` budget, or one list past it). */
  get decodedPostings(): number {
    return this.postings.decodedPostings;
  }

  /** Metadata of an indexed article (no text: resolve the id in storage for that); made when asked for. */
  getArticle(id: string): ArticleRef | undefined {
    const seq = this.articles.seqOf(id);
    return seq < 0 ? undefined : this.meta(seq);
  }

  /** Ids of all indexed articles, in the order they were (last) added. */
  ids(): string[] {
    return this.articles.seqs().map((seq) => this.articles.field(seq, ID));
  }

  /**
   * Indexes the article's passages, read in its language (`lex`, by default from its `lang`, else
   * detected from its text); an article with the same id is replaced.
   */
  add(article: StoredArticle, lex: Lexicon = lexiconFor(article), read: PassageTerms = passageTerms(article, lex)): void {
    if (!article.id) throw new Error('coverage-index: article has no id');
    if ((this.nextSeq + 1) * PASSAGE_SLOTS > 2 ** 32) throw new Error('coverage-index: passage ids exhausted, rebuild the index from storage');
    this.remove(article.id);
    this.generation = ++generations;
    const seq = this.nextSeq++;
    const { passages } = read;
    const lengths = read.terms.map((terms, i) => {
      this.postings.add(seq * PASSAGE_SLOTS + i, terms);
      return terms.length;
    });
    // A date field is empty for no date, else the date after one tag character (so '' stays '').
    const fields = [article.id, article.outlet, canonicalUrl(article.url), article.title, article.date === null ? '' : `=${article.date}`];
    this.articles.add(seq, fields, encodePassages(passages));
    this.table.set(seq, sameOutletKey(article.outlet), lengths, languageNumber(lex.code));
    this.passageCount += lengths.length;
    for (const n of lengths) this.totalLength += n;
  }

  /**
   * Removes the article: its postings are skipped from now on and dropped once removed passages
   * are a tenth of the index (or on `compact`). False when it was not indexed.
   */
  remove(id: string): boolean {
    const seq = this.articles.seqOf(id);
    if (seq < 0) return false;
    const lengths = this.table.lengthsOf(seq);
    this.generation = ++generations;
    this.articles.delete(seq);
    this.passageCount -= lengths.length;
    for (const n of lengths) this.totalLength -= n;
    this.deadPassages += lengths.length;
    this.table.delete(seq);
    if (this.deadPassages >= VACUUM_MIN && this.deadPassages >= VACUUM_SHARE * this.passageCount) this.vacuum();
    return true;
  }

  /** Drops removed articles' postings now (e.g. before serializing after many removals). */
  async compact(): Promise<void> {
    this.vacuum();
  }

  /**
   * Where else the quote's informative words were written: every other article with a run of
   * passages meeting the candidate rule (CHUNK_TERMS above), with windows around those runs for
   * alignment, best article first (by the stable weight of the quote terms its best run holds).
   * Whether an article is a candidate depends on the quote and that article only, never on what
   * else is saved. `quoteTerms` are `indexTerms(quote.text)`, when the caller has them.
   */
  candidates(quote: Pick<Quote, 'text'>, opts: CandidateOptions = {}, quoteTerms: readonly string[] = indexTerms(quote.text, opts.lexicon)): Candidate[] {
    return this.candidateList(quote, opts, quoteTerms).candidates;
  }

  /**
   * `candidates`, and whether the list holds every qualifying article and was read past
   * READ_BUDGET: what `listWith` and `listWithout` need to follow the list as articles come and go.
   * `listedIn`: the index whose listed quote terms windows report (default this one).
   */
  candidateList(quote: Pick<Quote, 'text'>, opts: CandidateOptions = {}, quoteTerms: readonly string[] = indexTerms(quote.text, opts.lexicon), listedIn?: CoverageIndex): CandidateList {
    const distinct = [...new Set(quoteTerms)];
    const weights = distinct.map(termWeights(opts.lexicon ?? english).wordWeight);
    const fullWeight = weights.reduce((sum, w) => sum + w, 0);
    const df = distinct.map((t) => this.postings.df(t));
    const { chunks, read, budgeted } = this.queryShape(quoteTerms, distinct, df);
    if (!chunks.length) return { candidates: [], complete: true, budgeted: false };
    const reach = runReach(quote.text, quoteTerms, opts.lexicon ?? english);
    this.work.quotes++;
    if (budgeted) this.work.budgeted++;
    for (const j of read) this.work.postings += df[j];
    const readTerms = [...read];
    const isRead = new Uint8Array(distinct.length);
    for (const j of readTerms) isRead[j] = 1;
    // A run can only complete the chunks of the read terms it holds.
    const chunksOf = distinct.map(() => [] as number[]);
    chunks.forEach((chunk, ci) => {
      for (const j of chunk.members.slice(0, chunk.members.length - chunk.need + 1)) chunksOf[j].push(ci);
    });
    // Read terms' lists are decoded; the others (the quote's common terms) only sought in, at the
    // articles the read ones bring, without decoding their long lists whole.
    const lists = distinct.map((t, j) => (isRead[j] ? this.postings.list(t) : undefined));
    const seekers = distinct.map((t, j) => (!isRead[j] && df[j] > 0 ? this.postings.seeker(t, df[j] >= this.holderList ? PASSAGE_SLOTS : undefined) : undefined));
    const readLists = readTerms.map((j) => lists[j]!);
    // An article's score is at most the weight of the quote terms it holds: once that is below the
    // eighth best score found (which ties to the earlier saved would keep anyway) and below a full
    // match, it cannot be kept (most of a quote's time went to scoring articles it then dropped).
    const unread = distinct.map((_, j) => j).filter((j) => df[j] > 0 && !isRead[j]).sort((x, y) => weights[y] - weights[x] || x - y);
    // One article's read postings (passage index, term number), ascending passage index, gathered
    // from the read lists when the article is visited (see `gather`) into buffers kept between quotes.
    let { idx, term } = this.scratch;
    const readWeight = readTerms.map((j) => weights[j]);
    const allowed = this.allowed(opts);
    // Per article: its best run's weight, the read terms' hit passages in its qualified runs, and those runs (from, to pairs).
    const found: Array<{ seq: number; score: number; hits: number[]; runs: number[] }> = [];
    const stamp = new Int32Array(distinct.length).fill(-1);
    const tried = new Int32Array(chunks.length).fill(-1);
    let runs = 0;
    // The article-level screen: most articles a common read term brings hold too few of any chunk's
    // terms anywhere, and are dropped with one probe per unread term instead of three runs' probes
    // per hit (the screen was 70% of a quote's time).
    const probed = new Int32Array(distinct.length).fill(-1);
    const held = new Uint8Array(distinct.length);
    // Long unread lists answer "does this article hold the term" from their article bits, made at the
    // term's first probe (`bitsState`: 0 not asked yet, 1 bits in `holderBits`, 2 none: sought in the
    // list). One element type per array: a mixed array of bits, null and undefined cost its loads
    // in the bound's probe, a line of it 8 % of the search's own samples at 100k.
    const holderBits: Int32Array[] = distinct.map(() => NO_BITS);
    const bitsState = new Uint8Array(distinct.length);
    const askBits = (o: number): number => {
      const bits = df[o] >= this.holderList ? this.postings.holders(distinct[o], PASSAGE_SLOTS) : undefined;
      if (bits) holderBits[o] = bits;
      return (bitsState[o] = bits ? 1 : 2);
    };
    const holds = (o: number, seq: number) => {
      if ((bitsState[o] || askBits(o)) === 1) {
        const bits = holderBits[o];
        return (seq >>> 5) < bits.length && (bits[seq >>> 5] & (1 << (seq & 31))) !== 0;
      }
      if (probed[o] !== seq) {
        probed[o] = seq;
        held[o] = seekers[o]!.atLeast(seq * PASSAGE_SLOTS) < (seq + 1) * PASSAGE_SLOTS ? 1 : 0;
      }
      return held[o] === 1;
    };
    // Runs probe unread terms at ascending positions within an article: seekers move forward from
    // the article's first probe, not a search over a whole list per probe (a common term's list is
    // a few hundred thousand ids at 100k saved). A term the article does not hold is never sought.
    const near = (o: number, lo: number, hi: number) => holds(o, Math.floor(lo / PASSAGE_SLOTS)) && seekers[o]!.atLeast(lo) <= hi;
    const readCount = readLists.length;
    // Read list l of each read term, and whether article `seq` (its read-list bits `mask`) holds read
    // term o: past MASK_LISTS lists, sought in the list.
    const listOf = new Int32Array(distinct.length).fill(-1);
    readTerms.forEach((j, l) => (listOf[j] = l));
    const readHolds = (o: number, seq: number, mask: number) => {
      const l = listOf[o];
      return l < MASK_LISTS ? (mask & (1 << l)) !== 0 : holdsAny(readLists[l], seq * PASSAGE_SLOTS, (seq + 1) * PASSAGE_SLOTS - 1);
    };
    // Per chunk: its read lists as bits (an article's held ones counted from its mask) and its unread members;
    // chunks with a read list past the marks go through `completes`. No read term held: the chunk cannot complete.
    const chunkBits = new Int32Array(chunks.length);
    const chunkNeed = new Int32Array(chunks.length);
    const chunkUnread = chunks.map((chunk) => chunk.members.filter((j) => !isRead[j]));
    const masked: number[] = [];
    const pastMask: number[] = [];
    chunks.forEach((chunk, ci) => {
      chunkNeed[ci] = chunk.need;
      const lists = chunk.members.filter((j) => isRead[j]).map((j) => listOf[j]);
      for (const l of lists) if (l < MASK_LISTS) chunkBits[ci] |= 1 << l;
      (lists.some((l) => l >= MASK_LISTS) ? pastMask : masked).push(ci);
    });
    const screened = new Int32Array(chunks.length).fill(-1);
    const completes = (ci: number, seq: number, mask: number) => {
      if (screened[ci] === seq) return false;
      screened[ci] = seq;
      const { members, need } = chunks[ci];
      let have = 0;
      for (let m = 0; m < members.length && have < need && have + members.length - m >= need; m++) {
        const o = members[m];
        if (isRead[o] ? readHolds(o, seq, mask) : holds(o, seq)) have++;
      }
      return have >= need;
    };
    const mayQualify = (seq: number, mask: number) => {
      for (let m = 0; m < masked.length; m++) {
        const ci = masked[m];
        let bits = mask & chunkBits[ci];
        if (bits === 0) continue;
        let have = 0;
        for (; bits !== 0; bits &= bits - 1) have++;
        const need = chunkNeed[ci];
        if (have >= need) return true;
        const unreadOf = chunkUnread[ci];
        for (let u = 0; u < unreadOf.length && have + unreadOf.length - u >= need; u++) {
          if (holds(unreadOf[u], seq) && ++have >= need) return true;
        }
      }
      for (const ci of pastMask) if (completes(ci, seq, mask)) return true;
      return false;
    };
    const score = (seq: number, first: number, last: number) => {
      let best = -1;
      // Made at the first qualified run: most screened articles have none.
      let hits: number[] | null = null;
      let runsOf = NO_RUNS;
      const base = seq * PASSAGE_SLOTS;
      let lo = first;
      let lastCenter = -2;
      for (let h = first; h < last; h++) {
        for (let c = Math.max(0, idx[h] - reach); c <= idx[h] + reach; c++) {
          if (c <= lastCenter) continue;
          lastCenter = c;
          // Stamps name the run, unique across articles (centers repeat from one article to the next).
          const run = ++runs;
          const from = Math.max(0, c - reach);
          const to = Math.min(PASSAGE_SLOTS - 1, c + reach);
          while (lo < last && idx[lo] < from) lo++;
          let end = lo;
          for (; end < last && idx[end] <= to; end++) stamp[term[end]] = run;
          let qualified = false;
          for (let k = lo; k < end && !qualified; k++) {
            for (const ci of chunksOf[term[k]]) {
              // Each chunk once per run.
              if (tried[ci] === run) continue;
              tried[ci] = run;
              const { members, need } = chunks[ci];
              let have = 0;
              for (let m = 0; m < members.length && have < need && have + members.length - m >= need; m++) {
                const o = members[m];
                if (isRead[o] ? stamp[o] === run : near(o, base + from, base + to)) have++;
              }
              if (have >= need) { qualified = true; break; }
            }
          }
          if (!qualified) continue;
          // Qualified: the run's score is the stable weight of every quote term it holds.
          let weight = 0;
          for (let j = 0; j < distinct.length; j++) {
            if (df[j] === 0 || (isRead[j] ? stamp[j] !== run : !near(j, base + from, base + to))) continue;
            weight += weights[j];
          }
          // Unread terms' passages are added only for the articles kept (see below).
          if (!hits) {
            hits = [];
            runsOf = [];
          }
          runsOf.push(from, to);
          for (let k = lo; k < end; k++) hits.push(idx[k]);
          if (weight > best) best = weight;
        }
      }
      if (hits) found.push({ seq, score: best, hits, runs: runsOf });
    };
    // At most the score of article `seq` (its `count` read postings gathered): the best run's read
    // terms' weight plus that of every unread term the article holds anywhere; the unread lists are
    // probed (`holds`) only when their whole weight could reach the cut, never their passages sought.
    // The run walk repeats score()'s on purpose: a shared iterator costs a call per run in this loop.
    const runBound = (seq: number, count: number) => {
      let best = 0;
      let lo = 0;
      let lastCenter = -2;
      for (let h = 0; h < count; h++) {
        for (let c = Math.max(0, idx[h] - reach); c <= idx[h] + reach; c++) {
          if (c <= lastCenter) continue;
          lastCenter = c;
          const run = ++runs;
          const from = Math.max(0, c - reach);
          const to = Math.min(PASSAGE_SLOTS - 1, c + reach);
          while (lo < count && idx[lo] < from) lo++;
          let weight = 0;
          for (let k = lo; k < count && idx[k] <= to; k++) {
            if (stamp[term[k]] === run) continue;
            stamp[term[k]] = run;
            weight += weights[term[k]];
          }
          if (weight > best) best = weight;
        }
      }
      // The unread terms the article holds, probed only when all of them would reach the cut.
      if (best + unreadWeight < cut) return best;
      // As the walk's probe (below): every term's bit summed without a branch when all have bits.
      const every = (unreadBits ??= everyUnreadBits());
      if (every) {
        const word = seq >>> 5;
        const shift = seq & 31;
        for (let u = 0; u < every.length; u++) {
          const bits = every[u];
          if (word < bits.length) best += unreadWeights[u] * ((bits[word] >>> shift) & 1);
        }
      } else for (let u = 0; u < unread.length; u++) if (holds(unread[u], seq)) best += unreadWeights[u];
      return best;
    };
    const full = fullWeight - 1e-9;
    // The eighth best score so far, ascending: an article scoring no more is never kept unless full.
    const top: number[] = [];
    // An article whose bound is below `cut` cannot be kept: below the eighth best score once eight
    // are found, and below a full match (of a quote of MIN_FULL_TERMS terms or more).
    let cut = -Infinity;
    // Whether some article was passed over by the bound (it may qualify, unlisted).
    let pruned = false;
    /**
     * Scores article `seq`, holding the read lists of bits `mask` (and, past MASK_LISTS, others):
     * its read postings gathered and its runs scored.
     */
    const visit = (seq: number, mask: number) => {
      const before = found.length;
      const count = gather(seq, mask);
      // Below the cut by its runs' bound: not kept. Skipped only once the list is incomplete anyway,
      // so neither the kept list nor `complete` changes (most visited articles scored for no run).
      if (pruned && runBound(seq, count) < cut) return;
      this.work.scored++;
      score(seq, 0, count);
      if (found.length === before) return;
      const s = found[before].score;
      if (top.length < MAX_CANDIDATES || s > top[0]) {
        if (top.length === MAX_CANDIDATES) top.shift();
        let at = 0;
        while (at < top.length && top[at] < s) at++;
        top.splice(at, 0, s);
        if (top.length === MAX_CANDIDATES) cut = Math.min(top[0] - BOUND_SLACK, distinct.length >= MIN_FULL_TERMS ? full - BOUND_SLACK : Infinity);
      }
    };
    // Copies the read postings of article `seq` (holding the read lists of bits `mask`) into
    // idx/term, ascending passage index; returns their count.
    const order = new Float64Array(64);
    // Where each read list's last gather ended: articles are visited in ascending seq within a band,
    // so a list is sought on from there (from its start when the article lies before it).
    const readFrom = new Int32Array(readCount);
    const gather = (seq: number, mask: number): number => {
      const lo = seq * PASSAGE_SLOTS;
      const hi = lo + PASSAGE_SLOTS;
      let count = 0;
      for (let l = 0; l < readCount; l++) {
        if (l < MASK_LISTS && (mask & (1 << l)) === 0) continue;
        const list = readLists[l];
        let k = readFrom[l];
        k = seekFrom(list, k > 0 && list.ids[k - 1] >= lo ? 0 : k, lo);
        for (; k < list.n && list.ids[k] < hi; k++) {
          if (count === idx.length) ({ idx, term } = this.growScratch(count + 1));
          idx[count] = list.ids[k] - lo;
          term[count++] = readTerms[l];
        }
        readFrom[l] = k;
      }
      // Ascending passage index (each list's run is; runs of several lists interleave). Keys are
      // distinct (one posting per passage and term), so any sort gives the same order: a few keys
      // are sorted in place, without a typed-array view per article.
      const keys = count <= order.length ? order : new Float64Array(count);
      if (count <= order.length) {
        for (let h = 0; h < count; h++) {
          const key = idx[h] * distinct.length + term[h];
          let at = h;
          while (at > 0 && keys[at - 1] > key) {
            keys[at] = keys[at - 1];
            at--;
          }
          keys[at] = key;
        }
      } else {
        for (let h = 0; h < count; h++) keys[h] = idx[h] * distinct.length + term[h];
        keys.sort();
      }
      for (let h = 0; h < count; h++) {
        idx[h] = Math.floor(keys[h] / distinct.length);
        term[h] = keys[h] - idx[h] * distinct.length;
      }
      return count;
    };
    // One pass over each read list marks the articles it holds: their read-list bits and read weight
    // (`ArticleMarks`, kept between quotes), so an article is skipped, screened and bounded without
    // merging the lists (the merge, a step per article and list, was most of the search at 10k).
    // Cleared first: nothing a quote left behind (had it thrown) is read as its own.
    const marks = this.marks.reserve(this.nextSeq);
    marks.clear();
    for (let l = 0; l < readCount; l++) marks.mark(readLists[l], l < MASK_LISTS ? 1 << l : 0, readWeight[l]);
    // Allowed articles best read weight first (BOUND_BANDS bands, ascending seq within one); screened and
    // scored only while their bound can reach the cut (any order, same answer: docs/DESIGN.md "The cold check since 12-03").
    const { seqs, bounds, sorted, bandAt, bands, bandTop } = this.growOrder(marks.size);
    bands.fill(0);
    bandTop.fill(-Infinity);
    // A product, not a quotient (the division was two fifths of this pass): bands stay monotone in
    // the bound, and the order articles are taken in never changes the answer.
    const bandScale = BOUND_BANDS / fullWeight;
    const bandOf = (bound: number) => BOUND_BANDS - 1 - Math.min(BOUND_BANDS - 1, Math.floor(bound * bandScale));
    let unreadWeight = 0;
    for (const j of unread) unreadWeight += weights[j];
    let count = 0;
    marks.forEach((seq, _mask, w) => {
      if (!allowed(seq)) return;
      seqs[count] = seq;
      bounds[count] = w;
      // Each article's band computed once (a division per article in both passes was a seventh of the search's own loop).
      const band = bandOf(w);
      bandAt[count++] = band;
      bands[band + 1]++;
      if (w > bandTop[band]) bandTop[band] = w;
    });
    for (let k = 1; k <= BOUND_BANDS; k++) bands[k] += bands[k - 1];
    // Now bands[b] ends band b in `sorted`; bandTop[b] is the best read weight from band b on.
    for (let i = 0; i < count; i++) sorted[bands[bandAt[i]]++] = i;
    for (let b = BOUND_BANDS - 2; b >= 0; b--) bandTop[b] = Math.max(bandTop[b], bandTop[b + 1]);
    const unreadWeights = unread.map((j) => weights[j]);
    // The unread terms' weight from the u-th on: a probe stops once even all of them cannot lift the
    // bound to the cut (with BOUND_SLACK of room for the sums' rounding, so the verdict is the full sum's).
    const unreadAfter = new Float64Array(unread.length + 1);
    for (let u = unread.length - 1; u >= 0; u--) unreadAfter[u] = unreadAfter[u + 1] + unreadWeights[u];
    // The unread terms' article bits in `unread` order once the bound first probes them; false when
    // some unread list is too short to have bits (those are sought one by one, below).
    let unreadBits: Int32Array[] | false | undefined;
    const everyUnreadBits = (): Int32Array[] | false => {
      const all: Int32Array[] = [];
      for (const o of unread) {
        if ((bitsState[o] || askBits(o)) !== 1) return false;
        all.push(holderBits[o]);
      }
      return all;
    };
    let bandEnd = 0;
    for (let k = 0; k < count; k++) {
      const i = sorted[k];
      // At each band's start: once the list is incomplete, when no article left can reach the cut
      // even holding every unread term, each would only be passed over (a fifth of the articles a
      // 100k compare marks), so the walk ends with the same answer.
      if (k === bandEnd) {
        const band = bandAt[i];
        bandEnd = bands[band];
        if (pruned && !this.exhaustive && bandTop[band] + unreadWeight < cut) break;
      }
      const seq = seqs[i];
      // Bound: read weight plus the unread terms held, probed only when all of them could reach the
      // cut and the read weight alone does not (before eight are found the cut is -Infinity), and
      // only until it reaches the cut (weights are positive: the sum only grows, so the verdict is the same).
      let stopped = !this.exhaustive && bounds[i] + unreadWeight < cut;
      const every = !stopped && !this.exhaustive && bounds[i] < cut ? (unreadBits ??= everyUnreadBits()) : false;
      if (every) {
        // Every unread term has bits: the whole sum without a branch per term (the early stops below
        // saved almost no tests at 100k: 3.85 per probed article for 3.8 unread terms a quote).
        // Adding weight × 0 changes no sum, and the early stops decide as the full sum does.
        let bound = bounds[i];
        const word = seq >>> 5;
        const shift = seq & 31;
        for (let u = 0; u < every.length; u++) {
          const bits = every[u];
          if (word < bits.length) bound += unreadWeights[u] * ((bits[word] >>> shift) & 1);
        }
        stopped = bound < cut;
      } else if (!stopped && !this.exhaustive && bounds[i] < cut) {
        let bound = bounds[i];
        const word = seq >>> 5;
        const bit = 1 << (seq & 31);
        let hopeless = false;
        for (let u = 0; u < unread.length && bound < cut; u++) {
          if (bound + unreadAfter[u] < cut - BOUND_SLACK) {
            hopeless = true;
            break;
          }
          // holds() with its bit test inlined: this loop runs per passed-over article of a 100k compare.
          const o = unread[u];
          if ((bitsState[o] || askBits(o)) === 1) {
            const bits = holderBits[o];
            if (word < bits.length && (bits[word] & bit) !== 0) bound += unreadWeights[u];
          } else if (holds(o, seq)) bound += unreadWeights[u];
        }
        stopped = hopeless || bound < cut;
      }
      // Passed over: the list is incomplete if one such article would have qualified (screened until one would).
      if (stopped) {
        if (!pruned && mayQualify(seq, marks.maskOf(seq))) pruned = true;
        continue;
      }
      const mask = marks.maskOf(seq);
      if (mayQualify(seq, mask)) visit(seq, mask);
    }
    // Best first; on a tie the earlier saved, so a later save never displaces an article.
    found.sort((x, y) => y.score - x.score || x.seq - y.seq);
    const kept = capped(found, distinct.length, fullWeight);
    // The quote's listed terms (the first 31, as `queryLists` keeps them), found in decoded lists or
    // sought; as `listedIn` lists them when given (an index of one article answering for the library's).
    const listedThere = listedIn ? new Set(distinct.filter((t) => listedIn.postings.df(t) > 0).slice(0, 31)) : null;
    const listed = listedThere ? distinct.map((_, j) => j).filter((j) => df[j] > 0 && listedThere.has(distinct[j])) : distinct.map((_, j) => j).filter((j) => df[j] > 0).slice(0, 31);
    const holdsIn = (j: number, lo: number, hi: number) => (isRead[j] ? holdsAny(lists[j]!, lo, hi) : seekers[j]!.atLeast(lo) <= hi);
    const candidates = kept.map(({ seq, score, hits, runs }) => {
      const base = seq * PASSAGE_SLOTS;
      // Unread terms' postings in the runs' extent, read forward once (windowsAround takes hits as a set).
      let lo = PASSAGE_SLOTS;
      let hi = -1;
      for (let r = 0; r < runs.length; r += 2) {
        lo = Math.min(lo, runs[r]);
        hi = Math.max(hi, runs[r + 1]);
      }
      for (let j = 0; j < distinct.length; j++) {
        if (df[j] === 0 || isRead[j]) continue;
        for (let id = seekers[j]!.atLeast(base + lo); id <= base + hi; id = seekers[j]!.atLeast(id + 1)) {
          const p = id - base;
          for (let r = 0; r < runs.length; r += 2) {
            if (runs[r] <= p && p <= runs[r + 1]) {
              hits.push(p);
              break;
            }
          }
        }
      }
      // Decoded for this answer only: a candidate's passages are a few dozen numbers.
      const passages = decodePassages(this.articles.passages(seq));
      const windows = windowsAround(passages, hits).map(({ start, end, first, last }) => {
        const [from, to] = paragraphsAround(passages, first, last);
        return { start, end, terms: listed.filter((j) => holdsIn(j, base + from, base + to)).map((j) => distinct[j]) };
      });
      return { articleId: this.articles.field(seq, ID), score, windows };
    });
    // Complete: every qualifying article is listed (none was cut by the cap or passed over by the bound).
    return { candidates, complete: kept.length === found.length && !pruned, budgeted };
  }

  /**
   * What a quote's list reads of the library besides its candidates' postings, as one string: the
   * quote terms it lists, its chunks (members rarest first), the terms it reads and whether it
   * is past READ_BUDGET. Two asks with the same shape, on an index changed only by articles
   * neither may list, give the same list (a save's hand-over: docs/DESIGN.md "A save's upkeep:
   * the check's lists and matches handed over").
   */
  listShape(quoteTerms: readonly string[]): string {
    const distinct = [...new Set(quoteTerms)];
    const df = distinct.map((t) => this.postings.df(t));
    const { chunks, read, budgeted } = this.queryShape(quoteTerms, distinct, df);
    const listed = distinct.map((_, j) => j).filter((j) => df[j] > 0);
    return `${budgeted ? 1 : 0}|${listed.join(' ')}|${chunks.map((c) => `${c.need}:${c.members.join(' ')}`).join(',')}|${[...read].join(' ')}`;
  }

  /**
   * A quote's chunks (CHUNK_TERMS consecutive quote terms, as places in `distinct`, present ones
   * rarest first by `df`), how many of their terms a run must hold, and the terms read in full.
   * A chunk is found through its rarest terms: all but need - 1 of them are read, the rest checked
   * in the runs found. Within READ_BUDGET postings the rule is exact; past it only the cheapest
   * chunks are read (`budgeted`).
   */
  private queryShape(quoteTerms: readonly string[], distinct: readonly string[], df: readonly number[]): { chunks: Array<{ members: number[]; need: number }>; read: Set<number>; budgeted: boolean } {
    const slot = new Map(distinct.map((t, j) => [t, j]));
    const chunks: Array<{ members: number[]; need: number }> = [];
    const seen = new Set<string>();
    const read = new Set<number>();
    const size = Math.min(CHUNK_TERMS, distinct.length);
    for (let start = 0; start + size <= quoteTerms.length; start++) {
      const ids = [...new Set(quoteTerms.slice(start, start + size).map((t) => slot.get(t)!))];
      // A lone number is enough only for a quote with no other term (match-quote's mayQualify).
      const need = ids.length >= MIN_CHUNK_TERMS ? Math.min(ids.length, CHUNK_NEED) : distinct.length === 1 && /^\p{N}/u.test(distinct[0]) ? 1 : 0;
      const members = ids.filter((j) => df[j] > 0).sort((x, y) => df[x] - df[y]);
      const key = `${need}:${[...members].sort((x, y) => x - y).join(' ')}`;
      if (need === 0 || members.length < need || seen.has(key)) continue;
      seen.add(key);
      chunks.push({ members, need });
      for (const j of members.slice(0, members.length - need + 1)) read.add(j);
    }
    if (!chunks.length) return { chunks, read, budgeted: false };
    const readCost = (terms: Iterable<number>) => { let c = 0; for (const j of terms) c += df[j]; return c; };
    const budgeted = readCost(read) > this.readBudget;
    if (budgeted) {
      const costOf = chunks.map((chunk) => readCost(chunk.members.slice(0, chunk.members.length - chunk.need + 1)));
      const order = chunks.map((_, ci) => ci).sort((x, y) => costOf[x] - costOf[y] || x - y);
      read.clear();
      const kept: typeof chunks = [];
      for (const ci of order) {
        const heads = chunks[ci].members.slice(0, chunks[ci].members.length - chunks[ci].need + 1);
        const extra = readCost(heads.filter((j) => !read.has(j)));
        if (kept.length > 0 && readCost(read) + extra > this.readBudget) continue;
        kept.push(chunks[ci]);
        for (const j of heads) read.add(j);
      }
      chunks.length = 0;
      chunks.push(...kept);
    }
    return { chunks, read, budgeted };
  }

  /** Passages holding `term` (an index term, see `indexTerms`), minus `own`'s count. */
  documentFrequency(term: string, own?: ReadonlyMap<string, number>): number {
    return Math.max(0, this.postings.df(term) - (own?.get(term) ?? 0));
  }

  /**
   * The terms worth querying, most telling first: distinct, held by some passage besides `own`'s,
   * ordered by weight × inverse document frequency (weight 1: rarest first), at most
   * MAX_QUERY_TERMS, within the work budget, and beyond MIN_QUERY_TERMS none common.
   */
  rarestTerms(terms: readonly string[], own?: ReadonlyMap<string, number>, weight: (term: string) => number = () => 1): string[] {
    const n = Math.max(1, this.passageCount);
    const known = [...new Set(terms)]
      .map((t) => ({ t, df: this.documentFrequency(t, own) }))
      .filter((x) => x.df > 0)
      .map((x) => ({ ...x, rank: weight(x.t) * Math.log(1 + n / x.df) }))
      .sort((a, b) => b.rank - a.rank || a.df - b.df);
    const common = Math.max(MIN_QUERY_TERMS, COMMON_SHARE * this.passageCount);
    const picked: string[] = [];
    let cost = 0;
    for (const { t, df } of known) {
      if (picked.length >= MAX_QUERY_TERMS) break;
      if (picked.length > 0 && cost + df > QUERY_BUDGET) continue;
      if (picked.length >= MIN_QUERY_TERMS && df > common) continue;
      picked.push(t);
      cost += df;
    }
    return picked;
  }

  /**
   * Articles containing any of `terms` (processed like indexed text), scored by the summed
   * scores of their passages, best first. For the library's text search.
   */
  searchArticles(terms: string[], opts: SearchOptions = {}): ArticleHit[] {
    const found = this.matchedArticles(terms, opts);
    const order = Array.from({ length: found.count }, (_, i) => i);
    // Best first, ties in article order (as a stable sort of the merged order).
    return order.sort((a, b) => found.scores[b] - found.scores[a] || a - b).slice(0, opts.limit ?? Infinity).map(found.hit);
  }

  /**
   * `searchArticles` unranked: the articles holding any of `terms` whose matched terms weigh at least
   * `opts.minWeight`, as columns in article order (`masks`: bits of `terms`, the query terms kept), and
   * a hit made on demand. Related coverage ranks them by its own score and looks up only the few
   * that can rank (at 100k saved, thousands pass the floor: sorting and making a hit of each was
   * most of its time).
   */
  matchedArticles(terms: string[], opts: Omit<SearchOptions, 'limit'> = {}): MatchedArticles {
    const query = this.queryLists([...new Set(terms.flatMap((t) => indexTerms(t, opts.lexicon)))]);
    // Passages of one article are consecutive ids: each article is summed as the merge passes it,
    // into typed columns (an object per article was most of a related-coverage call at 100k saved).
    let size = 0;
    for (const list of query.lists) size += list.n;
    const seqs = new Int32Array(size);
    const scores = new Float64Array(size);
    const masks = new Int32Array(size);
    let count = 0;
    this.merge(query.lists, opts, (id, score, mask) => {
      const seq = Math.floor(id / PASSAGE_SLOTS);
      if (count > 0 && seqs[count - 1] === seq) {
        scores[count - 1] += score;
        masks[count - 1] |= mask;
      } else {
        seqs[count] = seq;
        scores[count] = score;
        masks[count++] = mask;
      }
    });
    // Thousands of articles hold one common term; the floor drops them before any is looked up.
    if (opts.minWeight !== undefined) {
      const weights = query.terms.map((t) => opts.weight?.(t) ?? 1);
      let kept = 0;
      for (let i = 0; i < count; i++) {
        if (!(maskWeight(masks[i], weights) >= opts.minWeight)) continue;
        seqs[kept] = seqs[i];
        scores[kept] = scores[i];
        masks[kept++] = masks[i];
      }
      count = kept;
    }
    const articles = this.articles;
    return {
      count,
      seqs,
      scores,
      masks,
      terms: query.terms,
      hit: (i) => new Hit(articles, seqs[i], scores[i], query.terms.filter((_, bit) => masks[i] & (1 << bit))),
      date: (i) => dateOf(articles, seqs[i]),
    };
  }

  /**
   * The library's text search: ids of the articles whose indexed text holds every content word
   * of `query`, best first (function words and stock vocabulary are not indexed, so they are not
   * asked for). Exact words first; only when nothing matches them does the word being typed (the
   * last, no space after it) also match the most listed terms it begins, so a precise query is
   * never diluted. The postings are already in memory for comparisons: a full-text index of its
   * own (MiniSearch) measured 13-26 s to build at 10,000 real articles.
   */
  searchText(query: string): string[] {
    const words = [...new Set(indexTerms(query))].slice(0, MAX_SEARCH_WORDS);
    // Each word is a group of terms, any of which counts.
    const search = (groups: string[][]) =>
      this.searchArticles(groups.flat())
        .filter((hit) => groups.every((g) => g.some((t) => hit.terms.includes(t))))
        .map((hit) => hit.articleId);
    const exact = words.length ? search(words.map((w) => [w])) : [];
    const typed = /\s$/.test(query) ? undefined : indexTerms(query.match(/\S+$/)?.[0] ?? '').at(-1);
    if (exact.length || typed === undefined || typed.length < PREFIX_MIN || !words.includes(typed)) return exact;
    return search(words.map((w) => (w === typed ? [w, ...this.postings.termsWithPrefix(w, PREFIX_TERMS).filter((t) => t !== w)] : [w])));
  }

  toJSON(): SerializedIndex {
    return this.serialized(this.postings.toJSON());
  }

  /**
   * `toJSON()` with the postings' data apart, in parts of whole blocks: what the extension caches,
   * so a wake reads the index without them and then the parts its queries need (`missingParts`,
   * `supplyPart`; docs/DESIGN.md, "The index cache in parts").
   */
  toParts(partUnits?: number): { json: SerializedIndex; parts: string[] } {
    const { json, parts } = this.postings.toParts(partUnits);
    return { json: this.serialized(json), parts };
  }

  /**
   * The parts (of a cache loaded from `toParts`) not supplied yet that hold the lists of `terms`,
   * or all of them when `terms` is omitted. A query that reaches a list in a missing part throws
   * MissingPartError (term-postings) and changes nothing it keeps: supply the part and ask again.
   */
  missingParts(terms?: Iterable<string>): number[] {
    return this.postings.missingParts(terms);
  }

  /** Hands over a part of a cache loaded from `toParts`; throws MalformedVarintsError when it does not fit. */
  supplyPart(part: number, text: string): void {
    this.postings.supply(part, text);
  }

  private serialized(postings: SerializedPostings): SerializedIndex {
    const seqs = this.articles.seqs();
    const n = seqs.length;
    const lengths = new Uint16Array(this.passageCount);
    const fields: string[] = [];
    const varints: string[] = [];
    const articles = {
      fieldLengths: new Uint32Array(n * ARTICLE_FIELDS), seqs: new Int32Array(n), counts: new Uint16Array(n), varintLengths: new Uint32Array(n),
      languages: new Uint8Array(n),
    };
    let at = 0;
    seqs.forEach((seq, i) => {
      const own = this.table.lengthsOf(seq);
      lengths.set(own, at);
      at += own.length;
      this.articles.fields(seq).forEach((f, k) => {
        fields.push(f);
        articles.fieldLengths[i * ARTICLE_FIELDS + k] = f.length;
      });
      const encoded = this.articles.passages(seq);
      articles.seqs[i] = seq;
      articles.counts[i] = own.length;
      articles.languages[i] = this.table.language(seq);
      varints.push(encoded);
      articles.varintLengths[i] = encoded.length;
    });
    return {
      version: CoverageIndex.FORMAT_VERSION,
      nextSeq: this.nextSeq,
      deadPassages: this.deadPassages,
      articles: { ...articles, fields: fields.join(''), varints: varints.join('') },
      lengths,
      postings,
    };
  }

  /**
   * An index from `toJSON()` output, or null when it cannot be used (other format version, wrong
   * shape, malformed postings): the caller then rebuilds from storage. `opts` as the constructor's.
   * The index keeps `json`'s strings and typed arrays as they are (never writing them): the
   * caller hands them over, as a structured clone read from IndexedDB is.
   */
  static load(json: unknown, opts: ConstructorParameters<typeof CoverageIndex>[0] = {}): CoverageIndex | null {
    if (!isSerialized(json) || json.version !== CoverageIndex.FORMAT_VERSION) return null;
    const index = new CoverageIndex(opts);
    index.nextSeq = json.nextSeq;
    index.deadPassages = json.deadPassages;
    try {
      index.postings = TermPostings.load(json.postings, opts.decodedPostings);
      const { lengths, articles: a } = json;
      const n = a.seqs.length;
      // Passages are decoded when needed (MalformedVarintsError then); the shape is checked now.
      if (a.counts.length !== n || a.languages.length !== n || (n > 0 && a.seqs[n - 1] >= json.nextSeq)) return null;
      // The columns are kept as they came (their offsets summed once), never split per article.
      if (!index.articles.adopt(a.fields, a.fieldLengths, a.varints, a.varintLengths, a.seqs)) return null;
      index.table.adopt(lengths);
      // Plain locals and calls: this loop runs once per wake, before the JIT has warmed up.
      const { fields, fieldLengths, seqs, counts, varints, varintLengths, languages } = a;
      let at = 0;
      let f = 0;
      let v = 0;
      for (let i = 0; i < n; i++) {
        const k = i * ARTICLE_FIELDS;
        f += fieldLengths[k];
        const outlet = fields.slice(f, (f += fieldLengths[k + OUTLET]));
        for (let j = OUTLET + 1; j < ARTICLE_FIELDS; j++) f += fieldLengths[k + j];
        v += varintLengths[i];
        // Each article's numbers end complete (no continuation bit on its last unit).
        if ((varintLengths[i] > 0 && varints.charCodeAt(v - 1) >= VARINT_MORE) || at + counts[i] > lengths.length) return null;
        if (languages[i] >= LANGUAGE_CODES.length) return null;
        index.table.place(seqs[i], sameOutletKey(outlet), at, counts[i], languages[i]);
        at += counts[i];
      }
      if (at !== lengths.length) return null;
      index.passageCount = lengths.length;
      let total = 0;
      for (let i = 0; i < lengths.length; i++) total += lengths[i];
      index.totalLength = total;
    } catch {
      return null; // malformed varints: same remedy as another version, rebuild
    }
    return index;
  }

  /** The candidate search's buffers, grown to hold `postings` postings (their contents kept). */
  private growScratch(postings: number): Scratch {
    if (this.scratch.idx.length < postings) {
      const size = Math.max(postings, 2 * this.scratch.idx.length);
      const grown = { idx: new Int32Array(size), term: new Int32Array(size) };
      grown.idx.set(this.scratch.idx);
      grown.term.set(this.scratch.term);
      this.scratch = grown;
    }
    return this.scratch;
  }

  /** The candidate search's visiting order buffers, for `count` articles (contents not kept). */
  private growOrder(count: number): CoverageIndex['order'] {
    if (this.order.seqs.length < count) {
      const size = Math.max(count, 2 * this.order.seqs.length);
      this.order = { ...this.order, seqs: new Int32Array(size), bounds: new Float64Array(size), sorted: new Int32Array(size), bandAt: new Uint8Array(size) };
    }
    return this.order;
  }

  private meta(seq: number): ArticleRef {
    return metaOf(this.articles, seq);
  }

  private vacuum(): void {
    this.postings.vacuum((id) => this.table.code(Math.floor(id / PASSAGE_SLOTS)) >= 0);
    this.deadPassages = 0;
  }

  private queryLists(terms: readonly string[]): { terms: string[]; lists: List[] } {
    const kept = terms.filter((t) => this.postings.df(t) > 0).slice(0, 31);
    return { terms: kept, lists: kept.map((t) => this.postings.list(t)!) };
  }

  /** Whether an article (by sequence number) is live and not excluded by `opts`. */
  private allowed(opts: CandidateOptions): (seq: number) => boolean {
    const { outlet, seqs, language } = this.excluded(opts);
    const table = this.table;
    return (seq) => {
      const code = table.code(seq);
      return code >= 0 && code !== outlet && !seqs.has(seq) && (language < 0 || table.language(seq) === language);
    };
  }

  /**
   * Merges the terms' ascending id lists and calls `visit` once per allowed live passage with its
   * BM25+ score (MiniSearch's ranking: summed over the terms it holds, times how many) and the
   * mask of those terms. Each passage is met once with all its terms, no id is hashed, and an
   * article's verdict (live, allowed) is taken once: its passages are consecutive ids. The heads
   * of the lists sit in one typed array, which keeps the loop over them tight.
   */
  private merge(lists: readonly List[], opts: CandidateOptions, visit: (id: number, score: number, mask: number) => void): void {
    const L = lists.length;
    const n = this.passageCount;
    const avgLength = n > 0 ? this.totalLength / n : 1;
    const idf = new Float64Array(L);
    const head = new Float64Array(L);
    const at = new Int32Array(L);
    for (let j = 0; j < L; j++) {
      idf[j] = Math.log(1 + (n - lists[j].n + 0.5) / (lists[j].n + 0.5));
      head[j] = lists[j].n > 0 ? lists[j].ids[0] : Infinity;
    }
    const { outlet, seqs, language } = this.excluded(opts);
    const table = this.table;
    let seq = -1;
    let live = false;
    for (;;) {
      let id = Infinity;
      for (let j = 0; j < L; j++) if (head[j] < id) id = head[j];
      if (id === Infinity) return;
      const s = Math.floor(id / PASSAGE_SLOTS);
      if (s !== seq) {
        seq = s;
        const code = table.code(s);
        live = code >= 0 && code !== outlet && !seqs.has(s) && (language < 0 || table.language(s) === language);
      }
      let norm = 0;
      let score = 0;
      let mask = 0;
      let matched = 0;
      for (let j = 0; j < L; j++) {
        if (head[j] !== id) continue;
        const list = lists[j];
        const k = at[j]++;
        const packed = list.packed[k];
        if (matched === 0) norm = 1 - BM25.b + (BM25.b * postingLength(packed)) / avgLength;
        const tf = postingTf(packed);
        score += idf[j] * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * norm));
        mask |= 1 << j;
        matched++;
        head[j] = k + 1 < list.n ? list.ids[k + 1] : Infinity;
      }
      if (live) visit(id, score * matched, mask);
    }
  }

  /**
   * What `opts` excludes: an outlet code (never matching when none) and article sequence numbers;
   * and the one language number allowed (-1: any).
   */
  private excluded(opts: CandidateOptions): { outlet: number; seqs: Set<number>; language: number } {
    // A plan asks once per quote with the same options: looked up once while the index is unchanged.
    const key = JSON.stringify([opts.excludeId, opts.excludeUrl, opts.excludeOutlet, opts.includeSameOutlet, opts.lexicon?.code, this.generation]);
    if (this.excludedMemo?.key !== key) this.excludedMemo = { key, value: this.excludedNow(opts) };
    return this.excludedMemo.value;
  }

  private excludedNow(opts: CandidateOptions): { outlet: number; seqs: Set<number>; language: number } {
    const seqs = new Set<number>(opts.excludeUrl ? this.articles.seqsOfUrl(canonicalUrl(opts.excludeUrl)) : []);
    const self = opts.excludeId === undefined ? -1 : this.articles.seqOf(opts.excludeId);
    if (self >= 0) seqs.add(self);
    const key = opts.includeSameOutlet ? '' : sameOutletKey(opts.excludeOutlet ?? '');
    return { outlet: key ? this.table.outletCode(key) : -2, seqs, language: opts.lexicon ? languageNumber(opts.lexicon.code) : -1 };
  }

}

/** The qualifying articles a quote keeps, `found` best first: the first MAX_CANDIDATES and every full match (FULL_MATCH_LIMIT more at most). */
function capped<T extends { score: number }>(found: readonly T[], distinctTerms: number, fullWeight: number): T[] {
  const full = fullWeight - 1e-9;
  return found.filter((f, i) => i < MAX_CANDIDATES || (distinctTerms >= MIN_FULL_TERMS && f.score >= full)).slice(0, MAX_CANDIDATES + FULL_MATCH_LIMIT);
}

/**
 * The list `candidateList` gives once `added` joins the library, from the list before it: `added`
 * is the article saved last (after every listed one, so it loses ties) and qualifies for the
 * quote (`added` is what an index holding it alone answers, the rule reading only the quote and
 * the article). `quoteTerms` and `lex` as the list was asked with. Exact unless `list.budgeted`.
 */
export function listWith(list: CandidateList, added: Candidate, quoteTerms: readonly string[], lex: Lexicon = english): CandidateList {
  const distinct = [...new Set(quoteTerms)];
  const fullWeight = distinct.map(termWeights(lex).wordWeight).reduce((sum, w) => sum + w, 0);
  let at = 0;
  while (at < list.candidates.length && list.candidates[at].score >= added.score) at++;
  const merged = [...list.candidates.slice(0, at), added, ...list.candidates.slice(at)];
  const candidates = capped(merged, distinct.length, fullWeight);
  return { candidates, complete: list.complete && candidates.length === merged.length, budgeted: list.budgeted };
}

/**
 * The least weight with which a qualifying article can change the list (enter it, or turn a
 * complete list incomplete): -Infinity while it is complete or short of MAX_CANDIDATES, else the
 * weight of its last place (less rounding room). A full match enters whatever this says.
 */
export function listFloor(list: CandidateList): number {
  if (list.complete || list.candidates.length < MAX_CANDIDATES) return -Infinity;
  return list.candidates[MAX_CANDIDATES - 1].score - BOUND_SLACK;
}

/** Whether an article qualifying with a weight of at most `bound` can change the list (`fullWeight`: the weight of every distinct quote term). */
export function listMayTake(list: CandidateList, bound: number, distinctTerms: number, fullWeight: number): boolean {
  return bound >= listFloor(list) || (distinctTerms >= MIN_FULL_TERMS && bound >= fullWeight - 1e-9 - BOUND_SLACK);
}

/**
 * The list once article `id` leaves the library, or null when an unlisted article may take its
 * place (the list was not complete and `id` held one of the first MAX_CANDIDATES places, or the
 * full matches were at their limit): the index must then be asked again.
 */
export function listWithout(list: CandidateList, id: string): CandidateList | null {
  const at = list.candidates.findIndex((c) => c.articleId === id);
  if (at < 0) return list;
  if (list.budgeted || (!list.complete && (at < MAX_CANDIDATES || list.candidates.length >= MAX_CANDIDATES + FULL_MATCH_LIMIT))) return null;
  return { ...list, candidates: list.candidates.filter((_, i) => i !== at) };
}

/** The summed weights of the terms whose bits `mask` holds (`MatchedArticles.masks`, bit b for `weights[b]`). */
export function maskWeight(mask: number, weights: readonly number[]): number {
  let sum = 0;
  for (let bit = 0; bit < weights.length; bit++) if (mask & (1 << bit)) sum += weights[bit];
  return sum;
}

/** `ArticleRef.date` of row `seq`, read without the rest of its metadata. */
function dateOf(articles: ArticleColumns, seq: number): string | null {
  const date = articles.field(seq, DATE);
  return date === '' ? null : date.slice(1);
}

/** An indexed article's metadata, made from its columns. */
function metaOf(articles: ArticleColumns, seq: number): ArticleRef {
  const f = articles.fields(seq);
  return { id: f[ID], outlet: f[OUTLET], url: f[URL], title: f[TITLE], date: f[DATE] === '' ? null : f[DATE].slice(1) };
}

/**
 * A search hit whose metadata is made when first read: related coverage ranks thousands of hits at
 * 100k saved articles and reads about ten. Read before the index changes (as any hit is).
 */
class Hit implements ArticleHit {
  readonly articleId: string;
  readonly score: number;
  readonly terms: string[];
  // Fields of the class alone (#), so a hit compares equal by what it reports, not by the index.
  readonly #columns: ArticleColumns;
  readonly #seq: number;
  #article: ArticleRef | undefined;

  constructor(columns: ArticleColumns, seq: number, score: number, terms: string[]) {
    this.articleId = columns.field(seq, ID);
    this.score = score;
    this.terms = terms;
    this.#columns = columns;
    this.#seq = seq;
  }

  get article(): ArticleRef {
    return (this.#article ??= metaOf(this.#columns, this.#seq));
  }

  get date(): string | null {
    return this.#article ? this.#article.date : dateOf(this.#columns, this.#seq);
  }
}

function sameOutletKey(outlet: string): string {
  return outlet.trim().toLowerCase();
}

/** Each hit passage ±1 sentence, overlapping or touching windows merged, with their first and last passage. */
function windowsAround(passages: IndexedPassage[], indices: number[]): Array<Span & { first: number; last: number }> {
  const spans = [...new Set(indices)]
    .sort((a, b) => a - b)
    .map((i) => {
      const first = Math.max(0, i - 1);
      const last = Math.min(passages.length - 1, i + 1);
      return { start: passages[first].start, end: passages[last].end, first, last };
    });
  const merged: typeof spans = [];
  for (const s of spans) {
    const prev = merged[merged.length - 1];
    if (prev && s.start <= prev.end) {
      prev.end = Math.max(prev.end, s.end);
      prev.last = Math.max(prev.last, s.last);
    } else merged.push({ ...s });
  }
  return merged;
}

/** Passage indices [from, to] of the whole paragraphs of passages first..last. */
function paragraphsAround(passages: IndexedPassage[], first: number, last: number): [number, number] {
  const lo = passages[first].paragraph;
  const hi = passages[last].paragraph;
  let from = first;
  while (from > 0 && passages[from - 1].paragraph >= lo) from--;
  let to = last;
  while (to < passages.length - 1 && passages[to + 1].paragraph <= hi) to++;
  return [from, to];
}


/** The list holds some id in [lo, hi] (binary search: lists are ascending). */
function holdsAny(list: Readonly<List>, lo: number, hi: number): boolean {
  let a = 0;
  let b = list.n;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (list.ids[m] < lo) a = m + 1;
    else b = m;
  }
  return a < list.n && list.ids[a] <= hi;
}

function encodePassages(passages: readonly IndexedPassage[]): string {
  const numbers: number[] = [];
  let end = 0;
  let paragraph = 0;
  for (const p of passages) {
    numbers.push(p.start - end, p.end - p.start, p.paragraph - paragraph);
    end = p.end;
    paragraph = p.paragraph;
  }
  return encodeVarints(numbers);
}

function decodePassages(varints: string): IndexedPassage[] {
  const passages: IndexedPassage[] = [];
  const r = new VarintReader(varints);
  let end = 0;
  let paragraph = 0;
  while (!r.done) {
    const start = end + r.next();
    end = start + r.next();
    paragraph += r.next();
    passages.push({ start, end, paragraph });
  }
  return passages;
}

function isSerialized(json: unknown): json is SerializedIndex {
  const j = json as SerializedIndex | null;
  const a = j?.articles;
  return typeof j === 'object' && j !== null && typeof j.version === 'number' && typeof j.nextSeq === 'number' &&
    typeof j.deadPassages === 'number' && j.lengths instanceof Uint16Array && typeof j.postings === 'object' && j.postings !== null &&
    typeof j.postings.terms === 'string' && typeof j.postings.data === 'string' && j.postings.starts instanceof Int32Array && j.postings.termStarts instanceof Int32Array &&
    typeof a === 'object' && a !== null && typeof a.fields === 'string' && typeof a.varints === 'string' && a.fieldLengths instanceof Uint32Array &&
    a.seqs instanceof Int32Array && a.counts instanceof Uint16Array && a.varintLengths instanceof Uint32Array && a.languages instanceof Uint8Array;
}

/**
 * Passages a run reaches on either side of its center for this quote: RUN_PASSAGES' half, or more
 * when the quote's own sentences hold no chunk's needed terms within two sentences, so that its
 * words printed as they are, with one sentence break more (a comma in one outlet is a full stop in
 * another), still qualify: "I was out there for 40 years. I know what I'm doing, and you say it
 * has to be the lighthouse. I won't hear of it." printed with a full stop for its comma holds its
 * three terms in four passages, which no run of three held (docs/DESIGN.md, twenty-second reading).
 */
function runReach(text: string, quoteTerms: readonly string[], lex: Lexicon): number {
  const base = RUN_PASSAGES >> 1;
  // Under RUN_PASSAGES - 1 stops before the last character, fewer sentences than a run holds: most quotes, read no further.
  let stops = 0;
  for (let i = 0; i < text.length - 1 && stops < RUN_PASSAGES - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f) stops++;
  }
  if (stops < RUN_PASSAGES - 1) return base;
  const sentences = splitSentences(text, undefined, lex);
  if (sentences.length < RUN_PASSAGES) return base;
  // The sentence of each quote term, in text order (the quote's terms read sentence by sentence).
  const at: number[] = [];
  sentences.forEach((s, i) => {
    for (let n = indexTerms(text.slice(s.start, s.end), lex).length; n > 0; n--) at.push(i);
  });
  if (at.length !== quoteTerms.length) return base;
  // The fewest sentences holding a chunk's needed terms, over the quote's chunks (as queryShape makes them).
  const size = Math.min(CHUNK_TERMS, new Set(quoteTerms).size);
  let span = Infinity;
  for (let start = 0; start + size <= at.length; start++) {
    const need = Math.min(new Set(quoteTerms.slice(start, start + size)).size, CHUNK_NEED);
    if (need < MIN_CHUNK_TERMS) continue;
    for (let i = start; i + need <= start + size; i++) span = Math.min(span, at[i + need - 1] - at[i] + 1);
  }
  // A run of 2 × reach + 1 passages holds that span and one break more.
  return span === Infinity ? base : Math.min(MAX_RUN_REACH, Math.max(base, Math.ceil(span / 2)));
}
