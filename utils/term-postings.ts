/**
 * Postings lists for the coverage index: for each term, the passages holding it (numeric ids,
 * ascending) and how often. Kept in typed arrays that grow by doubling, so 10k articles cost
 * tens of MB instead of the hundreds a Map per term and document took, and serialized as one
 * delta-coded varint string that loads in a single pass.
 *
 * Ids must be added in ascending order (the coverage index's sequence numbers guarantee it), which
 * keeps each list sorted without sorting and makes the deltas small.
 *
 * ```ts
 * const p = new TermPostings();
 * p.add(4096, ['brine', 'oyster', 'brine']);
 * p.forEach('brine', (id, tf) => …);   // (4096, 2)
 * TermPostings.load(p.toJSON());
 * ```
 */

import { encodeVarints, VarintReader } from '@/utils/varint-string';

export interface List {
  ids: Uint32Array;
  tfs: Uint16Array;
  n: number;
}

/**
 * The serialized postings: `terms` joined by spaces (index terms hold none) and, per term in that
 * order, `count, then (id delta, tf) × count` as varints (`varint-string`).
 */
export interface SerializedPostings {
  terms: string;
  data: string;
}

const INITIAL_CAPACITY = 2;

export class TermPostings {
  private lists = new Map<string, List>();

  /** Records one passage's terms (duplicates counted). `id` must exceed every id added before. */
  add(id: number, terms: readonly string[]): void {
    const counts = new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, tf] of counts) {
      let list = this.lists.get(t);
      if (!list) this.lists.set(t, (list = { ids: new Uint32Array(INITIAL_CAPACITY), tfs: new Uint16Array(INITIAL_CAPACITY), n: 0 }));
      if (list.n > 0 && list.ids[list.n - 1] >= id) throw new Error('term-postings: ids must be added in ascending order');
      if (list.n === list.ids.length) {
        const ids = new Uint32Array(list.n * 2);
        const tfs = new Uint16Array(list.n * 2);
        ids.set(list.ids);
        tfs.set(list.tfs);
        list.ids = ids;
        list.tfs = tfs;
      }
      list.ids[list.n] = id;
      list.tfs[list.n] = Math.min(tf, 0xffff);
      list.n++;
    }
  }

  /** Passages listed for `term` (including discarded ones not yet vacuumed). */
  df(term: string): number {
    return this.lists.get(term)?.n ?? 0;
  }

  /** The list of `term` (read-only: ids ascending, `n` entries used), for tight scoring loops. */
  list(term: string): Readonly<List> | undefined {
    return this.lists.get(term);
  }

  /** Calls `fn` for every listed passage of `term`, ascending ids. */
  forEach(term: string, fn: (id: number, tf: number) => void): void {
    const list = this.lists.get(term);
    if (!list) return;
    for (let k = 0; k < list.n; k++) fn(list.ids[k], list.tfs[k]);
  }

  /** Drops the postings of passages that are no longer `live`, and terms left with none. */
  vacuum(live: (id: number) => boolean): void {
    for (const [t, list] of this.lists) {
      let w = 0;
      for (let k = 0; k < list.n; k++) {
        if (!live(list.ids[k])) continue;
        list.ids[w] = list.ids[k];
        list.tfs[w] = list.tfs[k];
        w++;
      }
      if (w === 0) this.lists.delete(t);
      else if (w < list.n) {
        list.ids = list.ids.slice(0, w);
        list.tfs = list.tfs.slice(0, w);
        list.n = w;
      }
    }
  }

  toJSON(): SerializedPostings {
    const lists = this.lists;
    function* numbers(): Generator<number> {
      for (const list of lists.values()) {
        yield list.n;
        let prev = 0;
        for (let k = 0; k < list.n; k++) {
          yield list.ids[k] - prev;
          yield list.tfs[k];
          prev = list.ids[k];
        }
      }
    }
    return { terms: [...lists.keys()].join(' '), data: encodeVarints(numbers()) };
  }

  /** Postings from `toJSON()` output; throws on a malformed one. */
  static load(json: SerializedPostings): TermPostings {
    const p = new TermPostings();
    const r = new VarintReader(json.data);
    for (const t of json.terms ? json.terms.split(' ') : []) {
      const n = r.next();
      if (n < 1 || 2 * n > json.data.length) throw new Error('term-postings: malformed postings');
      const list: List = { ids: new Uint32Array(n), tfs: new Uint16Array(n), n };
      let id = 0;
      for (let k = 0; k < n; k++) {
        id += r.next();
        list.ids[k] = id;
        list.tfs[k] = r.next();
      }
      p.lists.set(t, list);
    }
    if (!r.done) throw new Error('term-postings: malformed postings');
    return p;
  }
}
