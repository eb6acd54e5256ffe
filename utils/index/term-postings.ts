/**
 * Postings lists for the coverage index: for each term, the passages holding it (numeric ids,
 * ascending) with what BM25 needs of each: how often the term occurs there and the passage's
 * length, packed in 16 bits (`packPosting`). Kept in typed arrays that grow by doubling, so 10k
 * articles cost tens of MB instead of the hundreds a Map per term and document took. The length
 * sits in the posting because reading it from a per-passage table was a cache miss per passage,
 * most of a query's time at 10k articles.
 *
 * Serialized as one delta-coded varint string plus where each term's block starts, and loaded lazily: a
 * term's list is decoded the first time it is asked for (a query asks for a few dozen terms of
 * tens of thousands), so loading a 10k-article index checks its shape and decodes none of it.
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
}

const INITIAL_CAPACITY = 2;

export class TermPostings {
  private lists = new Map<string, List>();
  /**
   * Terms as loaded: sorted, space-joined, term k at termText[termStarts[k], termStarts[k + 1] - 1),
   * found by binary search in place (hashing every term into a Map was most of a load, and
   * splitting the text into 74k strings at 10k articles a fifth of one), with block k at
   * data[starts[k], starts[k + 1]) until `decoded[k]` moves it to `lists`.
   */
  private termText = '';
  private termStarts: Int32Array = new Int32Array(1);
  private termCount = 0;
  /** Postings added to loaded terms not yet decoded (see `add`). */
  private tails = new Map<string, List>();
  private starts: Int32Array = new Int32Array(1);
  private decoded = new Uint8Array(0);
  private data = '';

  /** Records one passage's terms (duplicates counted). `id` must exceed every id added before. */
  add(id: number, terms: readonly string[]): void {
    const counts = new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, tf] of counts) {
      // A loaded term's new postings wait in a tail until its block is decoded: a save right
      // after a wake would otherwise decode the lists of every term of the article (a few
      // hundred, common words' lists tens of thousands of postings long).
      const home = this.lists.has(t) || this.block(t) < 0 ? this.lists : this.tails;
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
    const list = this.lists.get(term);
    if (list) return list.n;
    const k = this.block(term);
    return k < 0 ? 0 : new VarintReader(this.data, this.starts[k]).next() + (this.tails.get(term)?.n ?? 0);
  }

  /** The list of `term` (ids ascending, `n` entries used), for tight scoring loops. */
  list(term: string): List | undefined {
    const list = this.lists.get(term);
    if (list) return list;
    const k = this.block(term);
    if (k < 0) return undefined;
    const r = new VarintReader(this.data, this.starts[k]);
    const n = r.next();
    const tail = this.tails.get(term);
    const size = n + (tail?.n ?? 0);
    const decoded: List = { ids: new Uint32Array(size), packed: new Uint16Array(size), n: size };
    let id = 0;
    for (let i = 0; i < n; i++) {
      id += r.next();
      decoded.ids[i] = id;
      decoded.packed[i] = r.next();
    }
    if (r.position !== this.starts[k + 1]) throw new MalformedVarintsError('term-postings: malformed postings');
    if (tail) {
      decoded.ids.set(tail.ids.subarray(0, tail.n), n);
      decoded.packed.set(tail.packed.subarray(0, tail.n), n);
      this.tails.delete(term);
    }
    this.decoded[k] = 1;
    this.lists.set(term, decoded);
    return decoded;
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

  /** Index of the undecoded loaded block of `term`, or -1. */
  private block(term: string): number {
    const a = this.lowerBound(term);
    return a < this.termCount && this.compareTerm(a, term) === 0 && !this.decoded[a] ? a : -1;
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

  /** Drops the postings of passages that are no longer `live`, and terms left with none. */
  vacuum(live: (id: number) => boolean): void {
    for (let k = 0; k < this.termCount; k++) this.list(this.termAt(k));
    this.termText = '';
    this.termStarts = new Int32Array(1);
    this.termCount = 0;
    this.data = '';
    for (const [t, list] of this.lists) {
      let w = 0;
      for (let k = 0; k < list.n; k++) {
        if (!live(list.ids[k])) continue;
        list.ids[w] = list.ids[k];
        list.packed[w] = list.packed[k];
        w++;
      }
      if (w === 0) this.lists.delete(t);
      else if (w < list.n) {
        list.ids = list.ids.slice(0, w);
        list.packed = list.packed.slice(0, w);
        list.n = w;
      }
    }
  }

  /** Terms sorted; undecoded blocks are copied as they are, so a loaded index re-serializes fast. */
  toJSON(): SerializedPostings {
    for (const t of [...this.tails.keys()]) this.list(t);
    const blocks: Array<[string, string]> = [];
    for (let k = 0; k < this.termCount; k++) {
      if (!this.decoded[k]) blocks.push([this.termAt(k), this.data.slice(this.starts[k], this.starts[k + 1])]);
    }
    for (const [t, list] of this.lists) {
      const numbers = [list.n];
      let prev = 0;
      for (let k = 0; k < list.n; k++) {
        numbers.push(list.ids[k] - prev, list.packed[k]);
        prev = list.ids[k];
      }
      blocks.push([t, encodeVarints(numbers)]);
    }
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
   * Postings from `toJSON()` output, decoded lazily; throws on a malformed one. Loading checks
   * the shape cheaply (offsets that ascend to the ends of the terms and the data, terms
   * non-empty, space-separated and in order, each block a count and a plausible size, ending on
   * a whole number). A block that passes but holds other than its count of postings, or code
   * units that are no varints, throws MalformedVarintsError when first decoded (scanning every
   * code unit at load would cost every cold wake: docs/DESIGN.md, "Lazy loading").
   */
  static load(json: SerializedPostings): TermPostings {
    const p = new TermPostings();
    const { data, starts, termStarts } = json;
    const text = json.terms;
    const count = starts instanceof Int32Array ? starts.length - 1 : -1;
    if (count < 0 || starts[0] !== 0 || starts[count] !== data.length || !(termStarts instanceof Int32Array) ||
      termStarts.length !== count + 1 || termStarts[0] !== 0 || termStarts[count] !== (count ? text.length + 1 : 0)) {
      throw new MalformedVarintsError('term-postings: malformed postings');
    }
    // Plain locals, the count's varint read inline: this loop runs once per wake, before the JIT has warmed up.
    for (let k = 0; k < count; k++) {
      const at = starts[k];
      const size = starts[k + 1] - at;
      const c0 = data.charCodeAt(at);
      const c1 = c0 < VARINT_MORE ? 0 : data.charCodeAt(at + 1);
      // A count past two code units (2^28 postings), or not varints, is implausible: read as 0, refused below.
      const n = c0 < VARINT_MORE ? c0 : c0 < 2 * VARINT_MORE && c1 < VARINT_MORE ? (c0 - VARINT_MORE) + c1 * VARINT_MORE : 0;
      // Each varint is one to three code units (ids and deltas stay below 2^32).
      const termEnd = termStarts[k + 1] - 1;
      if (n < 1 || size < 1 + 2 * n || size > 3 * (1 + 2 * n) || data.charCodeAt(at + size - 1) >= VARINT_MORE ||
        termEnd <= termStarts[k] || (k < count - 1 && text.charCodeAt(termEnd) !== SPACE) ||
        (k > 0 && compareRange(text, termStarts[k - 1], termStarts[k] - 1, text, termStarts[k], termEnd) >= 0)) {
        throw new MalformedVarintsError('term-postings: malformed postings');
      }
    }
    p.data = data;
    p.termText = text;
    p.termStarts = termStarts;
    p.termCount = count;
    p.starts = starts;
    p.decoded = new Uint8Array(count);
    return p;
  }
}

const SPACE = 0x20;

/** a[aFrom, aTo) against b[bFrom, bTo) by UTF-16 code units, as `<` orders strings: < 0, 0, > 0. */
function compareRange(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): number {
  const n = Math.min(aTo - aFrom, bTo - bFrom);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(aFrom + i) - b.charCodeAt(bFrom + i);
    if (d !== 0) return d;
  }
  return aTo - aFrom - (bTo - bFrom);
}
