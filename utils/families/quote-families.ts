/**
 * Quote families: every saved quote grouped with its versions in the other saved articles.
 *
 * The edges are the popup's forward matches through the index: for every quote of every saved
 * article, its candidates in the coverage index (`quoteCandidates`, the check's per-quote plan,
 * other outlets only) aligned by `matchQuote` (`matchCandidate`); not the check's excerpt windows
 * (docs/DESIGN.md "Families against the pairwise matcher, read"). A rendering that lies inside a quote of the
 * other article links the two quotes (union-find over quote nodes); one outside its quotes
 * (indirect speech, mostly 'paraphrase': what the popup shows as "paraphrased here" when reading
 * that article) attaches to the family as a passage. No second matcher, no other threshold.
 *
 * Incremental (the library calls it on each save and removal; property-tested against a build
 * from scratch): what changes when article X is saved is (1) X's own quotes, planned and matched
 * like a check of X, and (2) the other quotes whose candidate list now holds X (or, on an update
 * or removal, held it). The candidate rule reads only the quote and the candidate article, up to
 * a cap of the best few by a fixed weight, so a quote's list changes only if X qualifies for it
 * and outweighs its last place: a screen keyed by the terms X must hold passes over the rest, an
 * index holding X alone says whether X qualifies and with what weight, and the list follows from
 * the one kept (`listWith`; a removal: `listWithout`, asking the library's index only when an
 * unlisted article may take the freed place). Only articles that entered a list are aligned; an
 * article pushed out of the cap loses its edge; families are grouped again only where links
 * changed (docs/DESIGN.md "Quote families"). Two phases, as a check's: `planSave`/`planRemove`
 * read the index alone and name the stored articles `apply` will read, so the extension fetches
 * just those.
 *
 * ```ts
 * const families = new QuoteFamilies(index);            // index: the library's coverage index, X added
 * const update = families.planSave(x);
 * families.apply(update, (id) => stored.get(id));
 * families.familyAt(x.id, x.quotes[0].start);          // → the family of X's first quote
 * ```
 */
import { CoverageIndex, indexTerms, listFloor, listMayTake, listWith, listWithout, passageTerms, type Candidate, type CandidateList, type CandidateOptions, type PassageTerms } from '@/utils/index/coverage-index';
import { termWeights } from '@/utils/text/word-weights';
import { alignableCandidates, matchCandidate } from '@/utils/report/compare-article';
import { wordsOf } from '@/utils/text/tokenize-words';
import type { LanguageCode, Lexicon } from '@/utils/language/lexicon';
import { english } from '@/utils/language/en';
import { LEXICONS, lexiconFor } from '@/utils/language/lexicons';
import type { ArticleRef, Quote, QuoteMatch, Span, StoredArticle } from '@/utils/types';
import { handedList, handedMatch, type SaveHandOver } from '@/utils/families/save-hand-over';
import { PairKeys } from '@/utils/families/pair-keys';
import { TermNumbers } from '@/utils/families/term-numbers';
import { firstReaching, spanRun, type SpanRun } from '@/utils/matching/quote-layout';
import {
  familyQuotesOf, quoteKey, type FamilyGroupRow, type FamilyQuoteRow, type FamilyRow,
} from '@/utils/storage/family-rows';

/** A saved article as a family's versions name it: no text, no quotes. */
export interface FamilyArticleRef extends ArticleRef {
  savedAt: number;
  /** The article's language (its lexicon's code): its quotes are matched as a check of it would. */
  language: LanguageCode;
}

/** What families keep of a saved article: no text (the library reads it when a page needs a diff). */
export interface FamilyArticle extends FamilyArticleRef {
  quotes: readonly Quote[];
}

/** One saved quote. */
export interface QuoteNode {
  id: number;
  article: FamilyArticleRef;
  /** Its index in `article.quotes`. */
  index: number;
  quote: Quote;
  /** Each candidate article (the check's list for this quote) → the match found there, or null. */
  renderings: Map<string, QuoteMatch | null>;
}

/** A stretch of a saved article that renders a family's quote outside quote marks. */
export interface FamilyPassage extends Span {
  article: FamilyArticleRef;
  /** The longest rendering's words. */
  text: string;
  /** The quotes found here, with their matches (the popup's rows for those quotes). */
  from: Array<{ node: QuoteNode; match: QuoteMatch }>;
}

/** One family: quotes linked by matches, and the passages that render them. */
export interface QuoteFamily {
  /** Stable while the family's quotes are: the smallest node id. */
  key: number;
  nodes: QuoteNode[];
  passages: FamilyPassage[];
  /** Direct links between nodes: [from, to, the match of `from`'s quote found in `to`'s article]. */
  links: Array<{ from: QuoteNode; to: QuoteNode; match: QuoteMatch }>;
}

/** Families changed since the last write: those of two versions or more to write, and the ids of those gone (or now of one version); `all`: they are every family. */
export interface RegroupedFamilies {
  put: QuoteFamily[];
  remove: string[];
  all: boolean;
}

/** What an update will change and which stored articles it reads (`ids`); opaque otherwise. */
export interface FamilyUpdate {
  ids: string[];
  /** The article saved or removed. */
  readonly changed: string;
  readonly saved?: { article: FamilyArticle; lists: CandidateList[]; handOver?: SaveHandOver };
  /** Quotes whose candidate list changes, with the new list (the index's, before the window filter). */
  readonly dirty: Array<{ node: QuoteNode; list: CandidateList }>;
}

/** Share of a rendering inside the other article's quote marks from which it is that quote (reverse-coverage's INSIDE_SHARE). */
const INSIDE_SHARE = 0.5;
/** The candidate rule's chunk (coverage-index): CHUNK_NEED of CHUNK_TERMS consecutive terms within RUN_PASSAGES sentences. */
const CHUNK_TERMS = 4;
const CHUNK_NEED = 3;
const MIN_CHUNK_TERMS = 2;
const RUN_PASSAGES = 3;

interface Chunk {
  /** Places in the quote's distinct terms. */
  members: number[];
  need: number;
}

/** A registration of a node under a term an article must hold to change its list, and a second one it must hold too (null: none). */
interface Key {
  node: QuoteNode;
  term: string;
  partner: string | null;
  /** The node's state, held here so the screen reads it without a map lookup per key. */
  state: NodeState;
}

/** What a saved quote's updates need: its index terms, the screen's chunks and keys, its candidate list as the index gave it. */
interface NodeState {
  terms: string[];
  /** Its distinct terms, their stable weights (word-weights) and the weight of them all. */
  distinct: string[];
  weights: number[];
  fullWeight: number;
  /** Its chunks packed (`packChunks`): the screen reads every chunk of each quote it looks at, and one array of small integers is one read from the heap, not one per chunk. */
  chunks: number[];
  keys: Key[];
  /** The quote's article and outlet (trimmed, lower case) as the screen compares them: their numbers (`QuoteFamilies.labels`). */
  articleNo: number;
  outletNo: number;
  /** Its distinct terms' numbers (`TermNumbers`): the screen looks them up, not the strings. */
  numbers: number[];
  list: CandidateList;
  /** The list's floor (`listFloor`) when `keys` were chosen. */
  floor: number;
  /** The screen number in which it was last looked at. */
  seen: number;
  /** The screen number in which it was last met under some key, near or not. */
  met: number;
  /** Its place in that screen's walk of every key: the order the plan keeps. */
  rank: number;
  /** Its entry of its article's stored row (`rowOf`) as JSON, until its list, renderings or keys change. */
  json?: string;
}

export class QuoteFamilies {
  private nextId = 0;
  private readonly articles = new Map<string, { meta: FamilyArticle; nodes: QuoteNode[] }>();
  private readonly nodes = new Map<number, QuoteNode>();
  /** Article id → nodes whose candidate list (the index's, before the window filter) holds it. */
  private readonly byCandidate = new Map<string, Set<QuoteNode>>();
  /**
   * The reverse screen: key term → partner term → keys (an article lacking the partner passes over
   * them all at once: three keys in four at 10k). Each chunk of a quote registers its rarest
   * (members − need + 1) terms: an article holding `need` of the chunk's terms holds one of them
   * (pigeonhole), whichever were rarest when the quote was saved.
   */
  private readonly byKey = new PairKeys<Key>();
  /** Numbers of every saved quote's terms (and of the saved articles' terms the screen marked), the last saved article's marked. */
  private readonly termNumbers = new TermNumbers();
  /** Numbers of article ids and outlets, so the screen compares numbers, not strings read from all over the heap. */
  private readonly labels = new TermNumbers();
  private readonly states = new Map<QuoteNode, NodeState>();
  /** Bumped per screen: a node's `seen` equal to it was already looked at in this one. */
  private screenNo = 0;
  private grouping: Grouping | null = null;
  /** Nodes added, removed or whose renderings changed since the grouping was made: only their families are grouped again. */
  private touched = new Set<QuoteNode>();
  /** Articles added since the grouping was made: quotes rendered there before they arrived are grouped again too. */
  private arrived = new Set<string>();
  /** Articles whose stored row no longer matches (changed, added or removed) since `takeChanges`. */
  private unsaved = new Set<string>();
  /** Families regrouped since `takeGroupChanges`, by id (null: gone); `allGroups`: a grouping from scratch since, so they are every family. */
  private regrouped = new Map<string, QuoteFamily | null>();
  private allGroups = false;
  /** Bumped on every change, so views derived from the families (the speaker directory) know when to recompute. */
  version = 0;
  /** Reverse-screen work of the last plan, for the benchmark: quotes screened, asked of the index, found changed. */
  readonly lastWork = { screened: 0, asked: 0, alone: 0, changed: 0, aligned: 0, handedLists: 0, handedMatches: 0, ownMs: 0, screenMs: 0, askMs: 0, alignMs: 0 };

  /** `index`: the library's coverage index, kept in step by its owner (X added before planSave, removed before planRemove). */
  constructor(private readonly index: CoverageIndex) {}

  /** Families of every article, saved in this order (oldest first); `resolve` gives each stored article. */
  static build(index: CoverageIndex, articles: readonly StoredArticle[], resolve: (id: string) => StoredArticle | undefined): QuoteFamilies {
    const families = new QuoteFamilies(index);
    for (const a of articles) {
      const meta = metaOf(a);
      families.addNodes(meta, a.quotes.map((q) => families.ask(q, meta)), a.text, resolve);
    }
    return families;
  }

  /**
   * The families as stored (`rows`, one per article, from `rowOf`): no quote planned, aligned or
   * tokenized again. Undefined when a row's quotes do not parse or fit its article.
   */
  static restore(index: CoverageIndex, rows: readonly FamilyRow[]): QuoteFamilies | undefined {
    const families = new QuoteFamilies(index);
    // The build's order (oldest save first), so node ids and family keys come out as a build's.
    const ordered = [...rows].sort((a, b) => a.article.savedAt - b.article.savedAt || (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
    for (const row of ordered) {
      const quotes = familyQuotesOf(row);
      if (!quotes) return undefined;
      families.addNodes(row.article, quotes.map((q) => q.list), '', () => undefined, quotes.map((q) => new Map(q.renderings)), quotes);
    }
    families.unsaved.clear();
    return families;
  }

  /** What the families hold of one article, as the families store keeps it; undefined when they hold none. */
  rowOf(id: string): FamilyRow | undefined {
    const entry = this.articles.get(id);
    if (!entry) return undefined;
    // A save changes a few quotes of each row it writes: the others' JSON is kept (the same text as stringifying the whole array).
    const quotes = entry.nodes.map((n) => {
      const state = this.states.get(n)!;
      if (state.json !== undefined) return state.json;
      // JSON has no -Infinity: a list with no floor stores null.
      const floor = state.floor === -Infinity ? null : state.floor;
      const row: FamilyQuoteRow = { list: state.list, renderings: [...n.renderings], terms: state.terms, keys: state.keys.map((k): [string, string | null] => [k.term, k.partner]), floor };
      return (state.json = JSON.stringify(row));
    });
    return { articleId: id, article: entry.meta, quotes: `[${quotes.join(',')}]` };
  }

  /** The rows to write and the ids whose rows to delete since the last call (then none are pending). */
  takeChanges(): { put: FamilyRow[]; remove: string[] } {
    const ids = [...this.unsaved];
    this.unsaved = new Set();
    const put: FamilyRow[] = [];
    const remove: string[] = [];
    for (const id of ids) {
      const row = this.rowOf(id);
      if (row) put.push(row);
      else remove.push(id);
    }
    return { put, remove };
  }

  /**
   * The families of two versions or more regrouped since the last call (to write as groups and
   * pages: `familyGroupsWrite`) and the ids of those gone, grouping first; `all`: every family
   * (the last call's are unknown, or asked for).
   */
  takeGroupChanges(all = false): RegroupedFamilies {
    this.grouped();
    if (all || this.allGroups) {
      const families = this.listed();
      this.regrouped = new Map();
      this.allGroups = false;
      return { put: families.filter((f) => f.nodes.length + f.passages.length > 1), remove: [], all: true };
    }
    const put: QuoteFamily[] = [];
    const remove: string[] = [];
    for (const [id, f] of this.regrouped) {
      if (f && f.nodes.length + f.passages.length > 1) put.push(f);
      else remove.push(id);
    }
    this.regrouped = new Map();
    return { put, remove, all: false };
  }

  /** Every row (a full write of the store). */
  allRows(): FamilyRow[] {
    this.unsaved = new Set();
    return [...this.articles.keys()].map((id) => this.rowOf(id)!);
  }

  get articleCount(): number {
    return this.articles.size;
  }

  get quoteCount(): number {
    return this.nodes.size;
  }

  has(id: string): boolean {
    return this.articles.has(id);
  }

  article(id: string): FamilyArticle | undefined {
    return this.articles.get(id)?.meta;
  }

  /** Every saved quote. */
  allNodes(): IterableIterator<QuoteNode> {
    return this.nodes.values();
  }

  // ---- updates ----

  /**
   * Plans the save of `article` (new or replacing one with its id); the index must hold it already.
   * `handOver`: the check of this article on the index just before it was added (`usableHandOver`):
   * its lists and matches are taken where nothing they depend on changed. `read`: the article's
   * passages as the index read them (`passageTerms` in its language), when the caller has them.
   */
  planSave(article: StoredArticle, handOver?: SaveHandOver, read?: PassageTerms): FamilyUpdate {
    let t = performance.now();
    const meta = metaOf(article);
    if (handOver && handOver.language !== meta.language) handOver = undefined;
    this.lastWork.handedLists = 0;
    const lists = article.quotes.map((q, i) => {
      const terms = indexTerms(q.text, lexiconOf(meta));
      const handed = handOver && handedList(handOver, i, this.index.listShape(terms));
      if (handed) this.lastWork.handedLists++;
      return handed || this.ask(q, meta, terms);
    });
    // Lists that held the article's previous version are asked again: it may rank elsewhere now.
    const held = new Set<QuoteNode>(this.byCandidate.get(article.id) ?? []);
    const dirty: FamilyUpdate['dirty'] = [];
    for (const node of held) if (node.article.id !== article.id) dirty.push({ node, list: this.ask(node.quote, node.article) });
    this.lastWork.screened = 0;
    this.lastWork.ownMs = -t + (t = performance.now());
    const lexicon = lexiconOf(meta);
    read ??= passageTerms(article, lexicon);
    const suspects = this.screen(article, read).filter((s) => !held.has(s.node));
    this.lastWork.screenMs = -t + (t = performance.now());
    // The rule reads only the quote and the article: an index of the article alone says whether
    // it qualifies for a quote and with what weight, and the quote's list follows from its own.
    let alone: CoverageIndex | undefined;
    this.lastWork.asked = 0;
    this.lastWork.alone = 0;
    for (const { node, bound } of suspects) {
      const state = this.states.get(node)!;
      // An article weighing no more than the list's last place, in a list already missing some, changes nothing.
      if (!listMayTake(state.list, bound, state.distinct.length, state.fullWeight)) continue;
      if (state.list.budgeted) {
        this.lastWork.asked++;
        const next = this.ask(node.quote, node.article);
        if (next.candidates.some((c) => c.articleId === article.id)) dirty.push({ node, list: next });
        continue;
      }
      this.lastWork.alone++;
      if (!alone) (alone = new CoverageIndex()).add(article, lexicon, read);
      const [entry] = alone.candidateList(node.quote, excludeFor(node.article), state.terms, this.index).candidates;
      if (!entry) continue;
      const next = listWith(state.list, entry, state.terms, lexiconOf(node.article));
      if (next.complete !== state.list.complete || next.candidates.includes(entry)) dirty.push({ node, list: next });
    }
    this.lastWork.changed = dirty.length;
    this.lastWork.askMs = performance.now() - t;
    const ids = new Set<string>([article.id, ...lists.flatMap((l) => l.candidates.map((c) => c.articleId))]);
    for (const d of dirty) for (const id of this.toAlign(d, article.id)) ids.add(id).add(d.node.article.id);
    return { ids: [...ids], changed: article.id, saved: { article: meta, lists, handOver }, dirty };
  }

  /**
   * Plans adding an article to a build in progress: its own quotes only. Every article's lists are
   * asked of the whole library's index, so an article added late changes no list already made.
   */
  planBuild(article: StoredArticle): FamilyUpdate {
    const meta = metaOf(article);
    const lists = article.quotes.map((q) => this.ask(q, meta));
    const ids = new Set<string>([article.id, ...lists.flatMap((l) => l.candidates.map((c) => c.articleId))]);
    return { ids: [...ids], changed: article.id, saved: { article: meta, lists }, dirty: [] };
  }

  /** Plans the removal of an article; the index must no longer hold it. */
  planRemove(id: string): FamilyUpdate {
    const dirty = [...(this.byCandidate.get(id) ?? [])]
      .filter((node) => node.article.id !== id)
      .map((node) => ({ node, list: listWithout(this.states.get(node)!.list, id) ?? this.ask(node.quote, node.article) }));
    const ids = new Set<string>();
    for (const d of dirty) for (const a of this.toAlign(d, id)) ids.add(a).add(d.node.article.id);
    return { ids: [...ids], changed: id, dirty };
  }

  /** Applies a plan made on the current state; `resolve` must give every article in `update.ids`. */
  apply(update: FamilyUpdate, resolve: (id: string) => StoredArticle | undefined): void {
    const t = performance.now();
    this.lastWork.aligned = 0;
    this.dropArticle(update.changed);
    for (const { node, list } of update.dirty) {
      if (!this.nodes.has(node.id)) continue;
      const state = this.states.get(node)!;
      const source = resolve(node.article.id)?.text ?? '';
      const next = new Map<string, QuoteMatch | null>();
      for (const c of alignableCandidates(state.terms, list.candidates)) {
        const kept = c.articleId !== update.changed && node.renderings.has(c.articleId);
        next.set(c.articleId, kept ? node.renderings.get(c.articleId)! : this.align(node.quote, node.article, c, resolve, source));
      }
      this.setList(node, list, next);
    }
    this.lastWork.handedMatches = 0;
    if (update.saved) {
      const text = resolve(update.changed)?.text ?? '';
      this.addNodes(update.saved.article, update.saved.lists, text, resolve, undefined, undefined, update.saved.handOver);
    }
    this.lastWork.alignMs = performance.now() - t;
  }

  /** The index's candidate list for a saved quote (the check's per-quote step, before the window filter). */
  private ask(quote: Quote, article: FamilyArticleRef, terms = indexTerms(quote.text, lexiconOf(article))): CandidateList {
    return this.index.candidateList(quote, excludeFor(article), terms);
  }

  /** Articles a dirty node's quote must be aligned with: those new to its list, and the changed one. */
  private toAlign({ node, list }: FamilyUpdate['dirty'][number], changed: string): string[] {
    const terms = this.states.get(node)!.terms;
    return alignableCandidates(terms, list.candidates).filter((c) => c.articleId === changed || !node.renderings.has(c.articleId)).map((c) => c.articleId);
  }

  /** Adds an article's quotes with their lists; their renderings are aligned here unless given (restored). */
  private addNodes(
    meta: FamilyArticle, lists: CandidateList[], text: string, resolve: (id: string) => StoredArticle | undefined,
    restored?: ReadonlyArray<Map<string, QuoteMatch | null>>, stored?: readonly FamilyQuoteRow[], handOver?: SaveHandOver,
  ): void {
    const articleNo = this.labels.numberOf(meta.id);
    const outletNo = this.labels.numberOf(outletKey(meta.outlet));
    const nodes = meta.quotes.map((quote, index) => {
      const node: QuoteNode = { id: this.nextId++, article: meta, index, quote, renderings: new Map() };
      this.nodes.set(node.id, node);
      this.touched.add(node);
      const lexicon = lexiconOf(meta);
      // A stored row carries the quote's terms and screen keys: tokenizing every saved quote again was half of reading the families back.
      const saved = stored?.[index];
      const terms = saved?.terms ?? indexTerms(quote.text, lexicon);
      const distinct = [...new Set(terms)];
      const weights = distinct.map(termWeights(lexicon).wordWeight);
      const fullWeight = weights.reduce((sum, w) => sum + w, 0);
      const state: NodeState = { terms, distinct, weights, fullWeight, chunks: packChunks(chunksOf(terms, distinct)), numbers: this.termNumbers.numbersOf(distinct), keys: [], articleNo, outletNo, list: lists[index], floor: NaN, seen: 0, met: 0, rank: 0 };
      this.states.set(node, state);
      if (saved?.keys && saved.floor !== undefined) {
        // Any pigeonhole choice of keys is exact (DESIGN "Quote families"); rarity only made them cheap when chosen.
        state.keys = saved.keys.map(([term, partner]) => ({ node, term, partner, state }));
        for (const k of state.keys) this.addKey(k);
        state.floor = saved.floor === null ? -Infinity : saved.floor;
      } else this.rekey(node, state);
      const renderings = restored?.[index] ?? new Map(alignableCandidates(terms, lists[index].candidates).map((c) => {
        const handed = handOver && handedMatch(handOver, index, c, resolve(c.articleId));
        if (handed !== undefined) this.lastWork.handedMatches++;
        return [c.articleId, handed !== undefined ? handed : this.align(quote, meta, c, resolve, text)];
      }));
      this.setList(node, lists[index], renderings);
      return node;
    });
    this.articles.set(meta.id, { meta, nodes });
    this.arrived.add(meta.id);
    this.unsaved.add(meta.id);
    this.changed();
  }

  private align(quote: Quote, own: FamilyArticleRef, c: Candidate, resolve: (id: string) => StoredArticle | undefined, source: string): QuoteMatch | null {
    const other = resolve(c.articleId);
    this.lastWork.aligned++;
    return other ? matchCandidate(quote, c, other, source, lexiconOf(own)) : null;
  }

  /**
   * Registers the node under the terms an article must hold to change its list. Either set below
   * will do, the one with the shorter postings is kept: by its chunks (an article qualifying by a
   * chunk holds `need` of its members: of 4 members ranked by rarity, both of the 1st and 4th or
   * both of the 2nd and 3rd; of 2 or 3, the two rarest), under the rarer term of each pair; or,
   * once the list is full and missing some (a floor), its rarest terms until the others weigh less
   * than the floor, one of which an article that can enter holds (a full match holds them all).
   */
  private rekey(node: QuoteNode, state: NodeState): void {
    const floor = listFloor(state.list);
    if (floor === state.floor) return;
    const { distinct, weights, chunks } = state;
    const df = distinct.map((t) => this.index.documentFrequency(t));
    const byRarity = (a: number, b: number) => df[a] - df[b] || (distinct[a] < distinct[b] ? -1 : 1);
    const pairs = new Map<string, [number, number | null]>();
    for (const c of unpackChunks(chunks)) {
      const r = [...c.members].sort(byRarity);
      const chosen: Array<[number, number | null]> = c.need === 1 ? [[r[0], null]] : r.length === 4 && c.need === 3 ? [[r[0], r[3]], [r[1], r[2]]] : [[r[0], r[1]]];
      for (const p of chosen) pairs.set(`${p[0]} ${p[1]}`, p);
    }
    let keys = [...pairs.values()];
    if (floor > -Infinity) {
      const cover: Array<[number, null]> = [];
      let rest = state.fullWeight;
      for (const j of distinct.map((_, j) => j).sort(byRarity)) {
        if (rest < floor) break;
        cover.push([j, null]);
        rest -= weights[j];
      }
      const cost = (ks: Array<[number, number | null]>) => [...new Set(ks.map((k) => k[0]))].reduce((sum, j) => sum + df[j], 0);
      if (cost(cover) < cost(keys)) keys = cover;
    }
    for (const k of state.keys) this.removeKey(k);
    state.json = undefined;
    state.keys = keys.map(([j, p]) => ({ node, term: distinct[j], partner: p === null ? null : distinct[p], state }));
    for (const k of state.keys) this.addKey(k);
    state.floor = floor;
  }

  private addKey(k: Key): void {
    this.byKey.add(k.term, k.partner, k);
  }

  private removeKey(k: Key): void {
    this.byKey.remove(k.term, k.partner, k);
  }

  private setList(node: QuoteNode, list: CandidateList, renderings: Map<string, QuoteMatch | null>): void {
    const state = this.states.get(node)!;
    const before = state.list === list ? [] : state.list.candidates;
    const after = new Set(list.candidates.map((c) => c.articleId));
    for (const c of before) if (!after.has(c.articleId)) this.byCandidate.get(c.articleId)?.delete(node);
    for (const id of after) getOrSet(this.byCandidate, id, () => new Set()).add(node);
    state.list = list;
    state.json = undefined;
    this.rekey(node, state);
    if (!sameRenderings(node.renderings, renderings)) this.touched.add(node);
    node.renderings = renderings;
    this.unsaved.add(node.article.id);
    this.changed();
  }

  private dropArticle(id: string): void {
    const entry = this.articles.get(id);
    if (!entry) return;
    for (const node of entry.nodes) {
      const state = this.states.get(node)!;
      for (const c of state.list.candidates) this.byCandidate.get(c.articleId)?.delete(node);
      for (const k of state.keys) this.removeKey(k);
      this.states.delete(node);
      this.nodes.delete(node.id);
      this.touched.add(node);
    }
    this.articles.delete(id);
    this.unsaved.add(id);
    this.changed();
  }

  /**
   * Quotes of other outlets for which `x` may qualify as a candidate: some chunk of the quote
   * (CHUNK_NEED of CHUNK_TERMS consecutive terms) is held by a run of RUN_PASSAGES sentences of x;
   * each with `bound`, the most weight of the quote's terms a run of x holds (at least what the
   * index scores). A superset of the index's answer (which also caps the list).
   */
  private screen(x: StoredArticle, read: PassageTerms): Array<{ node: QuoteNode; bound: number }> {
    const where = new Map<string, number[]>();
    read.terms.forEach((terms, i) => {
      for (const t of new Set(terms)) getOrSet(where, t, () => []).push(i);
    });
    const outlet = outletKey(x.outlet);
    const articleNo = this.labels.numberOf(x.id);
    const outletNo = outlet ? this.labels.numberOf(outlet) : -1;
    const numbers = this.termNumbers;
    numbers.mark(where);
    const out: Array<{ node: QuoteNode; bound: number; rank: number }> = [];
    const runWeight = new Float64Array(read.terms.length);
    // One buffer for every quote looked at (per distinct term: x's sentences holding it); read up to the quote's count only.
    const held: Array<readonly number[] | undefined> = [];
    const no = ++this.screenNo;
    let seen = 0;
    let rank = 0;
    // Pairs whose partner x lacks are passed over unread (DESIGN "A save's upkeep: the screen reads numbers").
    for (const [t, at] of where) this.byKey.walk(t, where, (partner, keys) => {
      // A chunk held in a run holds both terms of one of its pairs in that run (DESIGN "A save's upkeep: a pair in one run").
      const near = partner === null || withinRun(at, where.get(partner));
      for (const key of keys) {
        const state = key.state;
        // Ranked where a screen of every pair would first meet it, so the plan's order (and the rows' and groups' write order) stays as it was.
        if (state.met !== no) {
          state.met = no;
          state.rank = rank++;
        }
        if (!near || state.seen === no) continue;
        state.seen = no;
        seen++;
        if (state.articleNo === articleNo || state.outletNo === outletNo) continue;
        const { distinct, chunks } = state;
        const ns = state.numbers;
        for (let j = 0; j < distinct.length; j++) held[j] = numbers.held(ns[j]);
        // A chunk whose terms x does not hold enough of anywhere is not looked for in runs.
        let found = false;
        for (let c = 0; c < chunks.length && !found; c += 2 + chunks[c + 1]) found = heldCount(chunks, c, held) >= chunks[c] && inRun(chunks, c, held);
        if (!found) continue;
        out.push({ node: key.node, bound: runBound(held, distinct.length, state.weights, runWeight), rank: state.rank });
      }
    });
    out.sort((a, b) => a.rank - b.rank);
    this.lastWork.screened = seen;
    return out;
  }

  private changed(): void {
    this.version++;
  }

  // ---- families ----

  /** Every family (singletons included) by key, computed once per change. */
  families(): QuoteFamily[] {
    return this.listed();
  }

  /** The quote of `articleId` holding `offset` (its parts first, then its whole span). */
  nodeAt(articleId: string, offset: number): QuoteNode | undefined {
    const entry = this.articles.get(articleId);
    const index = entry ? quoteIndexAt(entry.meta.quotes, offset) : undefined;
    return index === undefined ? undefined : entry!.nodes[index];
  }

  /** The family of the quote of `articleId` holding `offset`, or of the passage there. */
  familyAt(articleId: string, offset: number): QuoteFamily | undefined {
    const node = this.nodeAt(articleId, offset);
    if (node) return this.grouped().byNode.get(node);
    return this.listed().find((f) => f.passages.some((p) => p.article.id === articleId && p.start <= offset && offset < p.end));
  }

  familyOf(node: QuoteNode): QuoteFamily | undefined {
    return this.grouped().byNode.get(node);
  }

  /**
   * The families, grouped again only where something changed: a change of edges can merge or split
   * only the families holding their ends, and every edge of those families' nodes stays among them.
   */
  private grouped(): Grouping {
    const was = this.grouping;
    if (was && this.touched.size === 0 && this.arrived.size === 0) return was;
    const touched = this.touched;
    const arrived = this.arrived;
    this.touched = new Set();
    this.arrived = new Set();
    if (!was) {
      const byNode = new Map<QuoteNode, QuoteFamily>();
      const families = this.group(this.nodes.values(), byNode);
      this.grouping = { list: families, byNode, stale: new Set(), fresh: new Set() };
      this.regrouped = new Map();
      this.allGroups = true;
      return this.grouping;
    }
    const { byNode } = was;
    // Families regrouped here: in the list (then stale) or added since it was merged (then dropped from `fresh`).
    const stale = new Set<QuoteFamily>();
    const regroup = new Set<QuoteNode>();
    const take = (n: QuoteNode) => {
      const f = byNode.get(n);
      if (f && !stale.has(f)) {
        stale.add(f);
        for (const m of f.nodes) if (this.nodes.has(m.id)) regroup.add(m);
      }
      if (this.nodes.has(n.id)) regroup.add(n);
    };
    for (const n of touched) {
      take(n);
      if (!this.nodes.has(n.id)) continue;
      for (const [id, match] of n.renderings) {
        const other = match && this.articles.get(id);
        if (other) for (const to of quotesAt(other.nodes, match)) take(to);
      }
    }
    // Quotes already rendered in an article added after them (a build adds articles in save order) link to it only now.
    for (const id of arrived) for (const m of this.byCandidate.get(id) ?? []) if (m.renderings.get(id)) take(m);
    for (const n of touched) if (!this.nodes.has(n.id)) byNode.delete(n);
    const fresh = this.group(regroup, byNode);
    for (const f of stale) this.regrouped.set(familyId(f), null);
    for (const f of fresh) this.regrouped.set(familyId(f), f);
    for (const f of stale) if (!was.fresh.delete(f)) was.stale.add(f);
    for (const f of fresh) was.fresh.add(f);
    return was;
  }

  /**
   * The families in key order. The list is merged only when asked (a page, the fidelity view), not
   * on every save: merging 86,000 families was a tenth of a save's CPU at 10k (docs/DESIGN.md).
   */
  private listed(): QuoteFamily[] {
    const g = this.grouped();
    if (g.stale.size === 0 && g.fresh.size === 0) return g.list;
    // One merge by key (both are sorted): a splice per fresh family moved the whole list each time.
    const fresh = [...g.fresh].sort((a, b) => a.key - b.key);
    const families: QuoteFamily[] = [];
    let j = 0;
    for (const f of g.list) {
      if (g.stale.has(f)) continue;
      while (j < fresh.length && fresh[j].key < f.key) families.push(fresh[j++]);
      families.push(f);
    }
    while (j < fresh.length) families.push(fresh[j++]);
    g.list = families;
    g.stale = new Set();
    g.fresh = new Set();
    return families;
  }

  /** Union-find over `nodes` by their links (every link of theirs must stay among them); each node's family set in `byNode`. */
  private group(nodes: Iterable<QuoteNode>, byNode: Map<QuoteNode, QuoteFamily>): QuoteFamily[] {
    return groupNodes(nodes, byNode, (id) => this.articles.get(id));
  }
}

/** The families grouped: each node's family, and the list by key with the changes not merged into it yet. */
interface Grouping {
  byNode: Map<QuoteNode, QuoteFamily>;
  list: QuoteFamily[];
  /** Families of `list` grouped again since (gone), and families made since (not in `list`). */
  stale: Set<QuoteFamily>;
  fresh: Set<QuoteFamily>;
}

/** A family's id in the family groups: the least of its quotes' keys, so the same family has one id whatever order its quotes were added in. */
export function familyId(f: QuoteFamily): string {
  let least: string | undefined;
  for (const n of f.nodes) {
    const k = quoteKey(n.article.id, n.index);
    if (least === undefined || k < least) least = k;
  }
  return least!;
}

/** What the family-groups store keeps of a family: which rows its page reads. */
export function groupRowOf(f: QuoteFamily): FamilyGroupRow {
  const articles = new Set([...f.nodes.map((n) => n.article.id), ...f.passages.map((p) => p.article.id)]);
  return {
    id: familyId(f), quotes: f.nodes.map((n) => quoteKey(n.article.id, n.index)), passages: f.passages.map((p): [string, number, number] => [p.article.id, p.start, p.end]),
    articles: [...articles], versions: f.nodes.length + f.passages.length,
  };
}

/**
 * Union-find over `nodes` by their links (every link of theirs must stay among them); each node's
 * family set in `byNode`. `articleAt` gives a saved article and its quotes' nodes; the quotes a
 * rendering lands in are all of one family, so a family's own nodes are enough to group it.
 */
function groupNodes(
  nodes: Iterable<QuoteNode>, byNode: Map<QuoteNode, QuoteFamily>, articleAt: (id: string) => { meta: FamilyArticleRef; nodes: readonly QuoteNode[] } | undefined,
): QuoteFamily[] {
  const parent = new Map<QuoteNode, QuoteNode>();
  const find = (n: QuoteNode): QuoteNode => {
    let root = n;
    while (parent.get(root) !== root) root = parent.get(root)!;
    while (n !== root) {
      const next = parent.get(n)!;
      parent.set(n, root);
      n = next;
    }
    return root;
  };
  const members = [...nodes];
  for (const n of members) parent.set(n, n);
  const links: QuoteFamily['links'] = [];
  const loose: Array<{ node: QuoteNode; match: QuoteMatch; article: FamilyArticleRef }> = [];
  for (const node of members) {
    for (const [id, match] of node.renderings) {
      if (!match) continue;
      const other = articleAt(id);
      if (!other) continue;
      const targets = quotesAt(other.nodes, match);
      if (!targets.length) {
        loose.push({ node, match, article: other.meta });
        continue;
      }
      for (const to of targets) {
        links.push({ from: node, to, match });
        const a = find(node);
        const b = find(to);
        if (a !== b) parent.set(a.id < b.id ? b : a, a.id < b.id ? a : b);
      }
    }
  }
  const byRoot = new Map<QuoteNode, QuoteFamily>();
  for (const n of members) {
    const root = find(n);
    const family = getOrSet(byRoot, root, () => ({ key: root.id, nodes: [], passages: [], links: [] }));
    family.nodes.push(n);
    byNode.set(n, family);
  }
  for (const l of links) byNode.get(l.from)!.links.push(l);
  for (const { node, match, article } of loose) {
    const family = byNode.get(node)!;
    const overlapping = family.passages.find((p) => p.article.id === article.id && p.start < match.end && match.start < p.end);
    if (!overlapping) {
      family.passages.push({ article, start: match.start, end: match.end, text: match.text, from: [{ node, match }] });
      continue;
    }
    if (match.end - match.start > overlapping.end - overlapping.start) overlapping.text = match.text;
    overlapping.start = Math.min(overlapping.start, match.start);
    overlapping.end = Math.max(overlapping.end, match.end);
    overlapping.from.push({ node, match });
  }
  for (const f of byRoot.values()) {
    f.nodes.sort((a, b) => a.id - b.id);
    f.passages.sort((a, b) => a.article.id.localeCompare(b.article.id) || a.start - b.start);
  }
  return [...byRoot.values()].sort((a, b) => a.key - b.key);
}

/** The quote of `quotes` holding `offset` (its parts first, then its whole span), as its place; undefined when none. */
export function quoteIndexAt(quotes: readonly Quote[], offset: number): number | undefined {
  const i = quotes.findIndex((q) => q.parts.some((p) => p.start <= offset && offset < p.end));
  const j = i >= 0 ? i : quotes.findIndex((q) => q.start <= offset && offset < q.end);
  return j >= 0 ? j : undefined;
}

/** The build's order of two quotes: oldest save first, then article id (by code point), then place in the article. */
export function savedOrder(a: { savedAt: number; id: string }, ai: number, b: { savedAt: number; id: string }, bi: number): number {
  return a.savedAt - b.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || ai - bi;
}

/** Same articles, each with the very same match: nothing of the node's links changed. */
function sameRenderings(a: ReadonlyMap<string, QuoteMatch | null>, b: ReadonlyMap<string, QuoteMatch | null>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, m] of a) if (!b.has(id) || b.get(id) !== m) return false;
  return true;
}

/** The other article's quotes a rendering lands in: those it overlaps, when most of it lies inside quote marks. */
function quotesAt(nodes: readonly QuoteNode[], m: Span): QuoteNode[] {
  let inside = 0;
  const hit: QuoteNode[] = [];
  // Quotes ending before the rendering overlap none of it; in text order, none from the first starting at its end.
  const run = nodeRun(nodes);
  for (let k = firstReaching(run, m.start); k < nodes.length; k++) {
    const n = nodes[k];
    if (run.sorted && run.spans[k].start >= m.end) break;
    let overlap = 0;
    for (const p of n.quote.parts) overlap += Math.max(0, Math.min(m.end, p.end) - Math.max(m.start, p.start));
    if (overlap > 0) hit.push(n);
    inside += overlap;
  }
  return m.end > m.start && inside / (m.end - m.start) >= INSIDE_SHARE ? hit : [];
}

/** Each node's quote from its first part's start to its furthest part's end, once per article's nodes (a live blog's thousands of renderings read them). */
function nodeRun(nodes: readonly QuoteNode[]): SpanRun {
  const cached = NODE_RUNS.get(nodes);
  if (cached?.spans.length === nodes.length) return cached;
  const run = spanRun(nodes.map((n) => ({
    start: Math.min(...n.quote.parts.map((p) => p.start)),
    end: Math.max(...n.quote.parts.map((p) => p.end)),
  })));
  NODE_RUNS.set(nodes, run);
  return run;
}
const NODE_RUNS = new WeakMap<readonly QuoteNode[], SpanRun>();

/** The candidate rule's chunks of a quote's terms, as coverage-index forms them (distinct terms per window), as places in `distinct`. */
function chunksOf(terms: readonly string[], distinct: readonly string[]): Chunk[] {
  const place = new Map(distinct.map((t, j) => [t, j]));
  const size = Math.min(CHUNK_TERMS, distinct.length);
  const chunks: Chunk[] = [];
  for (let start = 0; start + size <= terms.length; start++) {
    const members = [...new Set(terms.slice(start, start + size))].map((t) => place.get(t)!);
    const need = members.length >= MIN_CHUNK_TERMS ? Math.min(members.length, CHUNK_NEED) : distinct.length === 1 && /^\p{N}/u.test(distinct[0]) ? 1 : 0;
    if (need > 0) chunks.push({ members, need });
  }
  return chunks;
}

/** Chunks as one array: per chunk its need, its member count, then its members. */
function packChunks(chunks: readonly Chunk[]): number[] {
  // A plain array of small integers (a typed array apiece was measured to add collector time: DESIGN).
  const packed: number[] = [];
  for (const c of chunks) packed.push(c.need, c.members.length, ...c.members);
  return packed;
}

function unpackChunks(packed: readonly number[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (let at = 0; at < packed.length; at += 2 + packed[at + 1]) chunks.push({ need: packed[at], members: packed.slice(at + 2, at + 2 + packed[at + 1]) });
  return chunks;
}

/** The terms an article holds anywhere of the packed chunk at `at` (`held`: per distinct quote term, the passages holding it). */
function heldCount(packed: readonly number[], at: number, held: ReadonlyArray<readonly number[] | undefined>): number {
  let n = 0;
  for (let m = at + 2; m < at + 2 + packed[at + 1]; m++) if (held[packed[m]]) n++;
  return n;
}

/**
 * The most weight of a quote's terms that RUN_PASSAGES consecutive sentences hold (`held`: per
 * distinct term, its first `count` entries, its sentences in ascending order; `scratch`: zeros,
 * one per sentence, left zeros).
 */
function runBound(held: ReadonlyArray<readonly number[] | undefined>, count: number, weights: readonly number[], scratch: Float64Array): number {
  const touched: number[] = [];
  for (let j = 0; j < count; j++) {
    const l = held[j];
    if (!l) continue;
    let next = 0;
    for (const i of l) {
      for (let s = Math.max(next, i - RUN_PASSAGES + 1); s <= i; s++) {
        if (scratch[s] === 0) touched.push(s);
        scratch[s] += weights[j];
      }
      next = i + 1;
    }
  }
  let best = 0;
  for (const s of touched) {
    if (scratch[s] > best) best = scratch[s];
    scratch[s] = 0;
  }
  return best;
}

/** True when some sentence of `a` and some of `b` (both ascending) lie within one run of RUN_PASSAGES sentences. */
export function withinRun(a: readonly number[], b: readonly number[] | undefined): boolean {
  if (!b) return false;
  let j = 0;
  for (const i of a) {
    while (j < b.length && b[j] < i - (RUN_PASSAGES - 1)) j++;
    if (j === b.length) return false;
    if (b[j] <= i + (RUN_PASSAGES - 1)) return true;
  }
  return false;
}

/** True when RUN_PASSAGES consecutive sentences hold the need of the packed chunk at `at` of its terms. */
function inRun(packed: readonly number[], at: number, held: ReadonlyArray<readonly number[] | undefined>): boolean {
  const need = packed[at];
  const lists: Array<readonly number[]> = [];
  for (let m = at + 2; m < at + 2 + packed[at + 1]; m++) {
    const l = held[packed[m]];
    if (l) lists.push(l);
  }
  if (lists.length < need) return false;
  const starts = new Set<number>();
  for (const l of lists) for (const i of l) for (let s = Math.max(0, i - RUN_PASSAGES + 1); s <= i; s++) starts.add(s);
  for (const s of starts) {
    let count = 0;
    for (const l of lists) if (l.some((i) => i >= s && i < s + RUN_PASSAGES)) count++;
    if (count >= need) return true;
  }
  return false;
}

/** A quote's length for choosing the reference: its own words, an editor's brackets left out. */
export function quoteLength(quote: Quote): number {
  return wordsOf(quote, quote.text).filter((w) => !w.bracket).length;
}

export function metaOf(a: StoredArticle): FamilyArticle {
  return { id: a.id, url: a.url, outlet: a.outlet, title: a.title, date: a.date, savedAt: a.savedAt, quotes: a.quotes, language: lexiconFor(a).code };
}

/** As a check of the article excludes: itself, its URL, its outlet. */
function excludeFor(a: FamilyArticleRef): CandidateOptions {
  return { excludeId: a.id, excludeUrl: a.url, excludeOutlet: a.outlet, lexicon: lexiconOf(a) };
}

function lexiconOf(a: FamilyArticleRef): Lexicon {
  return LEXICONS.find((l) => l.code === a.language) ?? english;
}

function outletKey(outlet: string): string {
  return outlet.trim().toLowerCase();
}

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}
