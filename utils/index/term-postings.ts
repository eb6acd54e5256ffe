/**
 * Postings lists for the coverage index: for each term, the passages holding it (numeric ids,
 * ascending) with what BM25 needs of each: how often the term occurs there and the passage's
 * length, packed in 16 bits (`packPosting`). Kept in typed arrays that grow by doubling, so 10k
 * articles cost tens of MB instead of the hundreds a Map per term and document took. The length
 * sits in the posting because reading it from a per-passage table was a cache miss per passage,
 * most of a query's time at 10k articles.
 *
 * Serialized as one delta-coded varint string plus where each term's block starts, and loaded lazily: a
 * term's list is decoded when it is asked for (a query asks for a few dozen terms of tens of
 * thousands), so loading a 10k-article index checks its shape and decodes none of it; decoded
 * lists are kept while recently used, within DECODED_POSTINGS, and the string stays their only
 * lasting copy.
 *
 * Ids must be added in ascending order (the coverage index's sequence numbers guarantee it), which
 * keeps each list sorted without sorting and makes the deltas small.
 *
 * ```ts
 * const p = new TermPostings();
 * p.add(4096, ['brine', 'oyster', 'brine']);
 * p.forEach('brine', (id, tf, length) => …);   // (4096, 2, 3)
 * TermPostings.load(p.toJSON());
 * ```
 */

import { encodeVarints, MalformedVarintsError, VarintReader, VARINT_MORE } from '@/utils/index/varint-string';

export interface List {
  ids: Uint32Array;
  /** `packPosting(tf, length)` per id. */
  packed: Uint16Array;
  n: number;
}

/** Term frequencies above this count as this (BM25 saturates long before). */
const MAX_TF = 15;
/** Passage lengths above this count as this (a sentence of 4,095 index terms is no sentence). */
const MAX_LENGTH = 0xfff;

export function packPosting(tf: number, length: number): number {
  return Math.min(tf, MAX_TF) | (Math.min(length, MAX_LENGTH) << 4);
}
export function postingTf(packed: number): number {
  return packed & MAX_TF;
}
export function postingLength(packed: number): number {
  return packed >>> 4;
}

/**
 * The serialized postings: `terms` sorted and joined by spaces (index terms hold none), where each
 * starts in `termStarts` (one more entry: terms.length + 1); per term in that order a block
 * `count, then (id delta, packed) × count` as varints (`varint-string`) in `data`, where each
 * starts in `starts` (one more entry: the end). The offsets are typed arrays, which the structured
 * clone copies whole: decoding block sizes from varints and finding the spaces in 74k terms were
 * a third of a cold load at 10k articles.
 */
export interface SerializedPostings {
  terms: string;
  termStarts: Int32Array;
  data: string;
  starts: Int32Array;
  /** Set when `data` is stored apart in parts (`toParts`): then `data` is empty. */
  parts?: PostingParts;
}

/**
 * Postings stored in parts (`TermPostings.toParts`): part p holds the blocks `first[p]` to
 * `first[p + 1] - 1` (their data from `starts[first[p]]`, whole blocks only), handed over with
 * `supply` when a query needs them; `counts[k]` is block k's number of postings, so document
 * frequencies need no part.
 */
export interface PostingParts {
  first: Int32Array;
  counts: Uint32Array;
}

/** A query reached a block whose part is not supplied yet (`TermPostings.supply`); nothing was changed. */
export class MissingPartError extends Error {
  constructor(readonly part: number) {
    super(`term-postings: part ${part} not loaded`);
  }
}

/** Code units of block data a part holds at most, unless one block alone is longer (see `toParts`). */
export const PART_UNITS = 16_384;

const INITIAL_CAPACITY = 2;

/**
 * Postings of loaded terms kept decoded at most (about 6 bytes each), the least recently asked
 * for dropped first: a 100k-article library holds tens of millions, which decoded and kept
 * forever outgrew the index's heap bound (figures: README, "Performance").
 */
export const DECODED_POSTINGS = 6_000_000;
/**
 * A loaded list is sought (`seeker`) from every SKIP-th posting: a seek decodes fewer than SKIP
 * more. The candidate search only seeks the common terms of a quote (the rare ones are read
 * whole), and decoding those long lists whole was most of a query's time once they were dropped.
 */
const SKIP = 32;
/** Checkpoints kept at most (8 bytes each, one per SKIP postings), the least recently used dropped first. */
const CHECKPOINTS = 1_000_000;

/**
 * Group bits (see `holders`) kept at most, the least recently used dropped first: at 100k saved
 * articles a term's bits are 12.5 kB, so about 650 terms.
 */
const HOLDER_BITS = 64_000_000;

/** Finds ids in one term's postings. */
export interface Seek {
  /** Postings listed. */
  readonly n: number;
  /** The first listed id at least `lo`, or Infinity; cheapest when called with ascending `lo`. */
  atLeast(lo: number): number;
}

/** Every SKIP-th posting of a loaded block: its id, and where the next posting starts in the data. */
interface Checkpoints {
  ids: Uint32Array;
  at: Int32Array;
  /** Postings in the block, and the last one's id. */
  n: number;
  last: number;
}

export class TermPostings {
  /** Lists of terms the loaded blocks do not hold (all of them in an index built by `add`). */
  private lists = new Map<string, List>();
  /**
   * Terms as loaded: sorted, space-joined, term k at termText[termStarts[k], termStarts[k + 1] - 1),
   * found by binary search in place (hashing every term into a Map was most of a load, and
   * splitting the text into 74k strings at 10k articles a fifth of one), with block k at
   * data[starts[k], starts[k + 1]), which stays the only lasting copy of a loaded term's postings.
   */
  private termText = '';
  private termStarts: Int32Array = new Int32Array(1);
  private termCount = 0;
  /** Postings added to loaded terms since the load (see `add`). */
  private tails = new Map<string, List>();
  private starts: Int32Array = new Int32Array(1);
  private data = '';
  /** Postings per loaded block (its count, read once at load or stored with the parts). */
  private counts: Uint32Array = new Uint32Array(0);
  /** Loaded parts' data when the blocks came in parts (`PostingParts`; undefined: not supplied yet), else null. */
  private parts: (string | undefined)[] | null = null;
  private partFirst: Int32Array = new Int32Array(1);
  /** Loaded terms' lists decoded (with their tails), least recently asked for first. */
  private decoded = new Map<string, List>();
  private decodedCount = 0;
  /** Loaded blocks' checkpoints (see `seeker`), least recently used first. */
  private checkpoints = new Map<string, Checkpoints>();
  private checkpointCount = 0;

  /** Terms' group bits (see `holders`), least recently used first, and their bits in all. */
  private holderBits = new Map<string, Int32Array>();
  private holderCount = 0;

  /** `decodedBudget`: postings of loaded terms kept decoded at most (the last list asked for is always kept). */
  constructor(private readonly decodedBudget = DECODED_POSTINGS) {}

  /** Postings of loaded terms now held decoded. */
  get decodedPostings(): number {
    return this.decodedCount;
  }

  /** Records one passage's terms (duplicates counted). `id` must exceed every id added before. */
  add(id: number, terms: readonly string[]): void {
    const counts = new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, tf] of counts) {
      this.forgetHolders(t);
      // A loaded term's new postings wait in a tail, its block untouched: a save right after a
      // wake would otherwise decode the lists of every term of the article (a few hundred, common
      // words' lists tens of thousands of postings long). A decoded copy is stale from now on.
      const loaded = !this.lists.has(t) && this.block(t) >= 0;
      if (loaded) this.forget(t);
      const home = loaded ? this.tails : this.lists;
      let list = home.get(t);
      if (!list) home.set(t, (list = { ids: new Uint32Array(INITIAL_CAPACITY), packed: new Uint16Array(INITIAL_CAPACITY), n: 0 }));
      if (list.n > 0 && list.ids[list.n - 1] >= id) throw new Error('term-postings: ids must be added in ascending order');
      if (list.n === list.ids.length) {
        const ids = new Uint32Array(list.n * 2);
        const packed = new Uint16Array(list.n * 2);
        ids.set(list.ids);
        packed.set(list.packed);
        list.ids = ids;
        list.packed = packed;
      }
      list.ids[list.n] = id;
      list.packed[list.n] = packPosting(tf, terms.length);
      list.n++;
    }
  }

  /** Passages listed for `term` (including discarded ones not yet vacuumed). */
  df(term: string): number {
    const list = this.lists.get(term) ?? this.decoded.get(term);
    if (list) return list.n;
    const k = this.block(term);
    return k < 0 ? 0 : this.counts[k] + (this.tails.get(term)?.n ?? 0);
  }

  /**
   * The list of `term` (ids ascending, `n` entries used), for tight scoring loops. A loaded
   * term's list is decoded here and may be dropped once others are asked for: a caller holds it
   * for one query, never across `add`.
   */
  list(term: string): List | undefined {
    const own = this.lists.get(term);
    if (own) return own;
    const hot = this.decoded.get(term);
    if (hot) {
      // Map order is the recency order: the first entry is dropped first.
      this.decoded.delete(term);
      this.decoded.set(term, hot);
      return hot;
    }
    const k = this.block(term);
    if (k < 0) return undefined;
    const list = this.decodeBlock(k, this.tails.get(term));
    this.decoded.set(term, list);
    this.decodedCount += list.n;
    for (const [t, cold] of this.decoded) {
      if (this.decodedCount <= this.decodedBudget || t === term) break;
      this.decoded.delete(t);
      this.decodedCount -= cold.n;
    }
    return list;
  }

  /**
   * Seeks in the list of `term`, without decoding it whole when it is a loaded block not decoded
   * now: from checkpoints every SKIP postings, built in one pass over the block and kept while
   * recently used (a few bytes per hundred postings). A caller holds it for one query, never across `add`.
   */
  seeker(term: string, holderSlots?: number): Seek | undefined {
    const list = this.lists.get(term) ?? this.decoded.get(term);
    if (list) return new ListSeek(list);
    const k = this.block(term);
    if (k < 0) return undefined;
    let cp = this.checkpoints.get(term);
    if (cp) this.checkpoints.delete(term);
    else {
      // With `holderSlots`, the term's holder bits (`holders`) come from the same pass: a long list's
      // first use read its block twice, once for each (a cold plan at 100k reads hundreds of them).
      const groups = holderSlots !== undefined && !this.holderBits.has(term) ? new GroupBits(holderSlots) : undefined;
      cp = this.checkpointsOf(k, groups);
      if (groups) {
        const tail = this.tails.get(term);
        if (tail) for (let i = 0; i < tail.n; i++) groups.set(tail.ids[i]);
        this.keepHolders(term, groups.upTo(tail ? tail.ids[tail.n - 1] : cp.last));
      }
      this.checkpointCount += cp.ids.length;
      for (const [t, cold] of this.checkpoints) {
        if (this.checkpointCount <= CHECKPOINTS) break;
        this.checkpoints.delete(t);
        this.checkpointCount -= cold.ids.length;
      }
    }
    this.checkpoints.set(term, cp);
    return new BlockSeek(this.textOf(k), cp, this.tails.get(term));
  }

  /**
   * Which groups of ids hold `term`, as bits: group `g` (ids `g * slots` to `(g + 1) * slots - 1`)
   * is bit `g & 31` of word `g >>> 5` (words past the end are 0). Made in one pass over the list
   * and kept while recently used (HOLDER_BITS at most), until `term` is added to: "does this
   * article hold the term" in one step, for the long lists of common terms.
   */
  holders(term: string, slots: number): Int32Array | undefined {
    let bits = this.holderBits.get(term);
    if (bits) {
      this.holderBits.delete(term);
      this.holderBits.set(term, bits);
      return bits;
    }
    const list = this.lists.get(term) ?? this.decoded.get(term);
    const k = list ? -1 : this.block(term);
    if (!list && k < 0) return undefined;
    const tail = list ? undefined : this.tails.get(term);
    // Ids come ascending (the tail's after the block's): the last set is the largest, known ahead when a list, a tail or checkpoints hold it.
    const groups = new GroupBits(slots, list ? list.ids[list.n - 1] : tail ? tail.ids[tail.n - 1] : this.checkpoints.get(term)?.last);
    let last = 0;
    const set = (id: number) => {
      groups.set(id);
      last = id;
    };
    if (list) for (let i = 0; i < list.n; i++) set(list.ids[i]);
    else this.forEachBlockId(k, set);
    if (tail) for (let i = 0; i < tail.n; i++) set(tail.ids[i]);
    bits = groups.upTo(last);
    this.keepHolders(term, bits);
    return bits;
  }

  /** Keeps `term`'s holder bits, the least recently used dropped past HOLDER_BITS. */
  private keepHolders(term: string, bits: Int32Array): void {
    this.holderBits.set(term, bits);
    this.holderCount += bits.length * 32;
    for (const [t, cold] of this.holderBits) {
      if (this.holderCount <= HOLDER_BITS || t === term) break;
      this.holderBits.delete(t);
      this.holderCount -= cold.length * 32;
    }
  }

  /** Calls `fn` with every id of loaded block k, ascending. */
  private forEachBlockId(k: number, fn: (id: number) => void): void {
    const r = this.reader(k);
    const n = r.next();
    let id = 0;
    for (let i = 0; i < n; i++) {
      id += r.next();
      r.next();
      fn(id);
    }
    if (r.position !== this.endOf(k)) throw new MalformedVarintsError('term-postings: malformed postings');
  }

  private forgetHolders(term: string): void {
    const bits = this.holderBits.get(term);
    if (!bits) return;
    this.holderBits.delete(term);
    this.holderCount -= bits.length * 32;
  }

  /** Holder bits now kept (at most HOLDER_BITS). */
  get holderBitsKept(): number {
    return this.holderCount;
  }

  /** Checkpoints now kept (at most CHECKPOINTS). */
  get checkpointsKept(): number {
    return this.checkpointCount;
  }

  /** The checkpoints of loaded block k (the one full pass: malformed data throws here). */
  private checkpointsOf(k: number, groups?: GroupBits): Checkpoints {
    const r = this.reader(k);
    const n = r.next();
    const cp: Checkpoints = { ids: new Uint32Array(Math.ceil(n / SKIP)), at: new Int32Array(Math.ceil(n / SKIP)), n, last: 0 };
    let id = 0;
    for (let i = 0; i < n; i++) {
      id += r.next();
      r.next();
      groups?.set(id);
      if (i % SKIP === 0) {
        cp.ids[i / SKIP] = id;
        cp.at[i / SKIP] = r.position;
      }
    }
    if (r.position !== this.endOf(k)) throw new MalformedVarintsError('term-postings: malformed postings');
    cp.last = id;
    return cp;
  }

  /** Loaded block k decoded, with `tail` after it. */
  private decodeBlock(k: number, tail: List | undefined): List {
    const r = this.reader(k);
    const n = r.next();
    const size = n + (tail?.n ?? 0);
    const decoded: List = { ids: new Uint32Array(size), packed: new Uint16Array(size), n: size };
    let id = 0;
    for (let i = 0; i < n; i++) {
      id += r.next();
      decoded.ids[i] = id;
      decoded.packed[i] = r.next();
    }
    if (r.position !== this.endOf(k)) throw new MalformedVarintsError('term-postings: malformed postings');
    if (tail) {
      decoded.ids.set(tail.ids.subarray(0, tail.n), n);
      decoded.packed.set(tail.packed.subarray(0, tail.n), n);
    }
    return decoded;
  }

  /** The part of block k (binary search in `partFirst`). */
  private partOf(k: number): number {
    let a = 0;
    let b = this.partFirst.length - 1;
    while (b - a > 1) {
      const m = (a + b) >>> 1;
      if (this.partFirst[m] <= k) a = m;
      else b = m;
    }
    return a;
  }

  /** The string holding block k's data; throws MissingPartError when its part is not supplied. */
  private textOf(k: number): string {
    if (!this.parts) return this.data;
    const p = this.partOf(k);
    const text = this.parts[p];
    if (text === undefined) throw new MissingPartError(p);
    return text;
  }

  /** Where the string holding block k starts in the data's offsets (`starts`). */
  private baseOf(k: number): number {
    return this.parts ? this.starts[this.partFirst[this.partOf(k)]] : 0;
  }

  /** Where block k ends in the string holding it. */
  private endOf(k: number): number {
    return this.starts[k + 1] - this.baseOf(k);
  }

  /** A reader at block k's count. */
  private reader(k: number): VarintReader {
    const text = this.textOf(k);
    return new VarintReader(text, this.starts[k] - this.baseOf(k));
  }

  /** The parts not supplied yet that hold the blocks of `terms` (all of them when `terms` is omitted), ascending. */
  missingParts(terms?: Iterable<string>): number[] {
    const parts = this.parts;
    if (!parts) return [];
    const missing = new Set<number>();
    if (terms === undefined) parts.forEach((text, p) => text === undefined && missing.add(p));
    else {
      for (const t of terms) {
        const k = this.block(t);
        if (k >= 0 && parts[this.partOf(k)] === undefined) missing.add(this.partOf(k));
      }
    }
    return [...missing].sort((x, y) => x - y);
  }

  /**
   * Hands over part p's data (as `toParts` returned it), checked as `load` checks whole data;
   * throws MalformedVarintsError when it does not fit the blocks the part should hold.
   */
  supply(p: number, text: string): void {
    const parts = this.parts;
    if (!parts || p < 0 || p >= parts.length || typeof text !== 'string') throw new MalformedVarintsError('term-postings: no such part');
    if (parts[p] !== undefined) return;
    const from = this.partFirst[p];
    const to = this.partFirst[p + 1];
    const base = this.starts[from];
    if (this.starts[to] - base !== text.length) throw new MalformedVarintsError('term-postings: malformed part');
    for (let k = from; k < to; k++) {
      if (blockCount(text, this.starts[k] - base, this.starts[k + 1] - this.starts[k]) !== this.counts[k]) {
        throw new MalformedVarintsError('term-postings: malformed part');
      }
    }
    parts[p] = text;
  }

  /**
   * `toJSON()` with the blocks' data cut into parts of at most `partUnits` code units (whole blocks;
   * a longer block alone), so a reader loads only the parts a query needs (`supply`); the postings
   * are left as `toJSON` leaves them.
   */
  toParts(partUnits = PART_UNITS): { json: SerializedPostings; parts: string[] } {
    const json = this.toJSON();
    const { starts, data } = json;
    const count = starts.length - 1;
    const first = [0];
    for (let k = 0; k < count; k++) if (starts[k + 1] - starts[first[first.length - 1]] > partUnits && k > first[first.length - 1]) first.push(k);
    if (count > 0) first.push(count);
    const parts = first.slice(0, -1).map((k, p) => data.slice(starts[k], starts[first[p + 1]]));
    // `toJSON` just counted every block (`adopt`): a copy, so the caller may change it.
    return { json: { ...json, data: '', parts: { first: Int32Array.from(first), counts: this.counts.slice() } }, parts };
  }

  /** Drops the decoded copy of `term`, if any. */
  private forget(term: string): void {
    const list = this.decoded.get(term);
    if (!list) return;
    this.decoded.delete(term);
    this.decodedCount -= list.n;
  }

  /**
   * Up to `limit` terms that begin with `prefix`, the most listed first (ties in term order): a
   * word still being typed. Loaded terms are sorted, so theirs are one run from the prefix's place.
   */
  termsWithPrefix(prefix: string, limit: number): string[] {
    const found = new Set<string>();
    for (let k = this.lowerBound(prefix); k < this.termCount; k++) {
      const t = this.termAt(k);
      if (!t.startsWith(prefix)) break;
      found.add(t);
    }
    for (const t of this.lists.keys()) if (t.startsWith(prefix)) found.add(t);
    return [...found]
      .map((t) => ({ t, df: this.df(t) }))
      .sort((x, y) => y.df - x.df || (x.t < y.t ? -1 : 1))
      .slice(0, limit)
      .map(({ t }) => t);
  }

  /** Index of the loaded block of `term`, or -1. */
  private block(term: string): number {
    const a = this.lowerBound(term);
    return a < this.termCount && this.compareTerm(a, term) === 0 ? a : -1;
  }

  /** The first loaded term k not before `term` (binary search; termCount if none). */
  private lowerBound(term: string): number {
    let a = 0;
    let b = this.termCount;
    while (a < b) {
      const m = (a + b) >>> 1;
      if (this.compareTerm(m, term) < 0) a = m + 1;
      else b = m;
    }
    return a;
  }

  /** Loaded term k against `term`, by code units like `<` on strings, without slicing it out. */
  private compareTerm(k: number, term: string): number {
    return compareRange(this.termText, this.termStarts[k], this.termStarts[k + 1] - 1, term, 0, term.length);
  }

  private termAt(k: number): string {
    return this.termText.slice(this.termStarts[k], this.termStarts[k + 1] - 1);
  }

  /** Calls `fn` for every listed passage of `term`, ascending ids. */
  forEach(term: string, fn: (id: number, tf: number, length: number) => void): void {
    const list = this.list(term);
    if (!list) return;
    for (let k = 0; k < list.n; k++) fn(list.ids[k], postingTf(list.packed[k]), postingLength(list.packed[k]));
  }

  /**
   * Drops the postings of passages that are no longer `live`, and terms left with none. Every list
   * is encoded again as a loaded block, so a vacuumed index holds its postings once, encoded.
   */
  vacuum(live: (id: number) => boolean): void {
    this.adopt(this.encode(live), false);
  }

  /**
   * Terms sorted; blocks without a tail are copied as they are, so a loaded index re-serializes
   * fast. The postings then hold just what they return, encoded once (decoded lists stay, all
   * current): an index built by `add` shrinks to a loaded one's size when it is first cached.
   */
  toJSON(): SerializedPostings {
    const json = this.encode();
    // Own offsets: the caller may change the ones it is given.
    this.adopt({ ...json, starts: json.starts.slice(), termStarts: json.termStarts.slice() }, true);
    return json;
  }

  /** Every term's postings (only the `live` ones, when given) as serialized blocks. */
  private encode(live?: (id: number) => boolean): SerializedPostings {
    const blocks: Array<[string, string]> = [];
    const push = (term: string, list: List) => {
      const numbers = [0];
      let prev = 0;
      for (let k = 0; k < list.n; k++) {
        if (live && !live(list.ids[k])) continue;
        numbers.push(list.ids[k] - prev, list.packed[k]);
        prev = list.ids[k];
      }
      numbers[0] = (numbers.length - 1) / 2;
      if (numbers[0] > 0) blocks.push([term, encodeVarints(numbers)]);
    };
    for (let k = 0; k < this.termCount; k++) {
      const term = this.termAt(k);
      const tail = this.tails.get(term);
      if (!tail && !live) blocks.push([term, this.textOf(k).slice(this.starts[k] - this.baseOf(k), this.endOf(k))]);
      else push(term, this.decoded.get(term) ?? this.decodeBlock(k, tail));
    }
    for (const [term, list] of this.lists) push(term, list);
    blocks.sort((x, y) => (x[0] < y[0] ? -1 : 1));
    const termStarts = new Int32Array(blocks.length + 1);
    const starts = new Int32Array(blocks.length + 1);
    blocks.forEach(([term, block], k) => {
      termStarts[k + 1] = termStarts[k] + term.length + 1;
      starts[k + 1] = starts[k] + block.length;
    });
    return { terms: blocks.map((b) => b[0]).join(' '), termStarts, data: blocks.map((b) => b[1]).join(''), starts };
  }

  /**
   * Takes checked (or freshly encoded) blocks as the only postings; decoded lists are kept when
   * the blocks hold the same postings (`keepDecoded`).
   */
  private adopt(json: SerializedPostings, keepDecoded: boolean, counts?: Uint32Array): void {
    this.data = json.data;
    this.counts = counts ?? blockCounts(json);
    this.parts = json.parts ? Array.from({ length: json.parts.first.length - 1 }, () => undefined) : null;
    this.partFirst = json.parts?.first ?? new Int32Array(1);
    this.termText = json.terms;
    this.termStarts = json.termStarts;
    this.termCount = json.starts.length - 1;
    this.starts = json.starts;
    this.lists.clear();
    this.tails.clear();
    // Checkpoints point into the data, which is new; vacuumed lists hold fewer groups.
    this.checkpoints.clear();
    this.checkpointCount = 0;
    this.holderBits.clear();
    this.holderCount = 0;
    if (keepDecoded) return;
    this.decoded.clear();
    this.decodedCount = 0;
  }

  /**
   * Postings from `toJSON()` output, decoded lazily; throws on a malformed one. Loading checks
   * the shape cheaply (offsets that ascend to the ends of the terms and the data, terms
   * non-empty, space-separated and in order, each block a count and a plausible size, ending on
   * a whole number). A block that passes but holds other than its count of postings, or code
   * units that are no varints, throws MalformedVarintsError when first decoded (scanning every
   * code unit at load would cost every cold wake: docs/DESIGN.md, "Lazy loading").
   */
  static load(json: SerializedPostings, decodedBudget?: number): TermPostings {
    const p = new TermPostings(decodedBudget);
    const { data, starts, termStarts, parts } = json;
    const text = json.terms;
    const count = starts instanceof Int32Array ? starts.length - 1 : -1;
    if (count < 0 || starts[0] !== 0 || !(termStarts instanceof Int32Array) ||
      termStarts.length !== count + 1 || termStarts[0] !== 0 || termStarts[count] !== (count ? text.length + 1 : 0)) {
      throw new MalformedVarintsError('term-postings: malformed postings');
    }
    // In parts, the data is checked part by part as supplied (`supply`); here only the parts' bounds.
    if (parts !== undefined && !partsFit(parts, count, data)) throw new MalformedVarintsError('term-postings: malformed parts');
    if (parts === undefined && starts[count] !== data.length) throw new MalformedVarintsError('term-postings: malformed postings');
    const counts = parts?.counts ?? new Uint32Array(count);
    // Plain locals: this loop runs once per wake, before the JIT has warmed up.
    for (let k = 0; k < count; k++) {
      const size = starts[k + 1] - starts[k];
      const n = parts ? counts[k] : (counts[k] = blockCount(data, starts[k], size));
      // Each varint is one to three code units (ids and deltas stay below 2^32).
      const termEnd = termStarts[k + 1] - 1;
      if (n < 1 || size < 1 + 2 * n || size > 3 * (1 + 2 * n) ||
        termEnd <= termStarts[k] || (k < count - 1 && text.charCodeAt(termEnd) !== SPACE) ||
        (k > 0 && compareRange(text, termStarts[k - 1], termStarts[k] - 1, text, termStarts[k], termEnd) >= 0)) {
        throw new MalformedVarintsError('term-postings: malformed postings');
      }
    }
    p.adopt(json, false, counts);
    return p;
  }

}

const SPACE = 0x20;

/**
 * The count of the block of `size` code units at `at`, or 0 when it is implausible (a count past
 * two code units, 2^28 postings, or a block not ending on a whole number): load and `supply` refuse 0.
 */
function blockCount(data: string, at: number, size: number): number {
  const c0 = data.charCodeAt(at);
  const c1 = c0 < VARINT_MORE ? 0 : data.charCodeAt(at + 1);
  if (!(size > 0) || !(data.charCodeAt(at + size - 1) < VARINT_MORE)) return 0;
  return c0 < VARINT_MORE ? c0 : c0 < 2 * VARINT_MORE && c1 < VARINT_MORE ? (c0 - VARINT_MORE) + c1 * VARINT_MORE : 0;
}

/** Every block's count in freshly encoded postings. */
function blockCounts(json: SerializedPostings): Uint32Array {
  const count = json.starts.length - 1;
  const counts = new Uint32Array(count);
  for (let k = 0; k < count; k++) counts[k] = blockCount(json.data, json.starts[k], json.starts[k + 1] - json.starts[k]);
  return counts;
}

/** Parts that ascend from block 0 to the last, one count per block, and no data beside them. */
function partsFit(parts: PostingParts, count: number, data: string): boolean {
  const { first, counts } = parts;
  if (!(first instanceof Int32Array) || !(counts instanceof Uint32Array) || counts.length !== count || data !== '') return false;
  if (first.length < 1 || first[0] !== 0 || first[first.length - 1] !== count || (count > 0 && first.length < 2)) return false;
  for (let p = 1; p < first.length; p++) if (first[p] <= first[p - 1]) return false;
  return true;
}

/** Seeks in a decoded list: galloping from where the last seek ended, from the start when `lo` lies before it. */
class ListSeek implements Seek {
  private k = 0;

  constructor(private readonly list: List) {}

  get n(): number {
    return this.list.n;
  }

  atLeast(lo: number): number {
    const { ids, n } = this.list;
    let from = this.k;
    if (from > 0 && from <= n && ids[from - 1] >= lo) from = 0;
    from = seekFrom(this.list, from, lo);
    this.k = from;
    return from < n ? ids[from] : Infinity;
  }
}

/**
 * Seeks in a loaded block through its checkpoints, decoding forward from the posting last read
 * when `lo` is ahead of it within a checkpoint's reach, else from the checkpoint before `lo`;
 * then in the tail added since the load (its ids follow the block's).
 */
class BlockSeek implements Seek {
  /**
   * The posting last read: its index in the block (-1: none), the id of the one before it (-1 for
   * the first; unknown right after a jump, until the next step), its id, and where the next starts.
   */
  private k = -1;
  private before = -1;
  private id = 0;
  private next = 0;
  private readonly tailSeek: ListSeek | undefined;

  constructor(
    private readonly data: string,
    private readonly cp: Checkpoints,
    tail: List | undefined,
  ) {
    this.tailSeek = tail ? new ListSeek(tail) : undefined;
  }

  get n(): number {
    return this.cp.n + (this.tailSeek?.n ?? 0);
  }

  atLeast(lo: number): number {
    const cp = this.cp;
    if (lo > cp.last) return this.tailSeek ? this.tailSeek.atLeast(lo) : Infinity;
    if (this.k >= 0 && this.before < lo && lo <= this.id) return this.id;
    // Read on when no checkpoint lies between here and `lo`; else jump (back, or ahead).
    const c = Math.floor(this.k / SKIP) + 1;
    if (this.k < 0 || this.id >= lo || (c < cp.ids.length && cp.ids[c] < lo)) this.jump(lo);
    const data = this.data;
    let { id, next, before, k } = this;
    while (id < lo) {
      before = id;
      // Checked when the checkpoints were built: every number here is whole and in the block.
      let c0 = data.charCodeAt(next++);
      let delta = c0 & (VARINT_MORE - 1);
      for (let scale = VARINT_MORE; c0 >= VARINT_MORE; scale *= VARINT_MORE) {
        c0 = data.charCodeAt(next++);
        delta += (c0 & (VARINT_MORE - 1)) * scale;
      }
      id += delta;
      while (data.charCodeAt(next++) >= VARINT_MORE);
      k++;
    }
    this.id = id;
    this.next = next;
    this.before = before;
    this.k = k;
    return id;
  }

  /** To the last checkpoint whose id is below `lo` (the first when none is). */
  private jump(lo: number): void {
    const { ids, at } = this.cp;
    let a = 0;
    let b = ids.length;
    while (a < b) {
      const m = (a + b) >>> 1;
      if (ids[m] < lo) a = m + 1;
      else b = m;
    }
    const c = Math.max(0, a - 1);
    this.k = c * SKIP;
    // Past the first checkpoint its id is below `lo`, so at least one step follows and sets `before`.
    this.before = c === 0 ? -1 : NaN;
    this.id = ids[c];
    this.next = at[c];
  }
}

/** a[aFrom, aTo) against b[bFrom, bTo) by UTF-16 code units, as `<` orders strings: < 0, 0, > 0. */
function compareRange(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): number {
  const n = Math.min(aTo - aFrom, bTo - bFrom);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(aFrom + i) - b.charCodeAt(bFrom + i);
    if (d !== 0) return d;
  }
  return aTo - aFrom - (bTo - bFrom);
}

/** The first position from `k` on whose id is at least `lo` (galloping: lists are ascending). */
export function seekFrom(list: Readonly<List>, k: number, lo: number): number {
  const { ids, n } = list;
  if (k >= n || ids[k] >= lo) return k;
  let step = 1;
  while (k + step < n && ids[k + step] < lo) step *= 2;
  let a = k + (step >> 1) + 1;
  let b = Math.min(k + step, n);
  while (a < b) {
    const m = (a + b) >>> 1;
    if (ids[m] < lo) a = m + 1;
    else b = m;
  }
  return a;
}

/** `holders`' bits, filled while the largest id is not known yet: grown as ids come, cut to the bits `holders` makes. */
class GroupBits {
  private bits: Int32Array;

  /** `last`: the largest id to come, when known (the bits are then made at their size). */
  constructor(private readonly slots: number, last?: number) {
    this.bits = new Int32Array(last === undefined ? 64 : (Math.floor(last / slots) >>> 5) + 1);
  }

  set(id: number): void {
    const g = Math.floor(id / this.slots);
    const w = g >>> 5;
    if (w >= this.bits.length) {
      const grown = new Int32Array(Math.max(w + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[w] |= 1 << (g & 31);
  }

  /** The bits up to the group of `last` (the largest id set), as `holders` sizes them. */
  upTo(last: number): Int32Array {
    const words = (Math.floor(last / this.slots) >>> 5) + 1;
    return words === this.bits.length ? this.bits : this.bits.slice(0, words);
  }
}
