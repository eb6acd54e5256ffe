/**
 * The families' reverse screen's registry: key term → partner term (or none) → the keys filed
 * there, and a walk over the pairs an article's terms hold, in the registry's own order.
 *
 * A straightforward walk reads, for each of the article's terms, every partner filed under it and
 * keeps those the article holds: a common key term files thousands of partners, most of which the
 * article lacks. `walk` looks the article's terms up in the term's partners instead when they are
 * fewer, and puts what it finds back in the partners' order (each pair remembers when it was
 * filed: a Map iterates in the order its entries were set, and a pair emptied and filed again
 * counts as new), so a screen that ranks quotes by where the walk first meets them ranks them as
 * before (docs/DESIGN.md "A save's upkeep: the screen reads numbers").
 *
 * ```ts
 * const keys = new PairKeys<Key>();
 * keys.add('bridge', 'traffic', key);
 * keys.walk('bridge', articleTerms, (partner, filed) => …);   // partners the article holds (and none), in filing order
 * ```
 */

interface Filed<K> {
  keys: Set<K>;
  /** When the pair was filed under its term: the order a Map of its term's partners iterates in. */
  seq: number;
}

export class PairKeys<K> {
  private readonly byTerm = new Map<string, Map<string | null, Filed<K>>>();
  private seq = 0;

  add(term: string, partner: string | null, key: K): void {
    let partners = this.byTerm.get(term);
    if (!partners) this.byTerm.set(term, (partners = new Map()));
    let filed = partners.get(partner);
    if (!filed) partners.set(partner, (filed = { keys: new Set(), seq: this.seq++ }));
    filed.keys.add(key);
  }

  remove(term: string, partner: string | null, key: K): void {
    const partners = this.byTerm.get(term);
    const filed = partners?.get(partner);
    if (!filed) return;
    filed.keys.delete(key);
    if (filed.keys.size > 0) return;
    partners!.delete(partner);
    if (partners!.size === 0) this.byTerm.delete(term);
  }

  /**
   * Calls `visit` for each pair filed under `term` whose partner `held` has (or that has none),
   * in the order they were filed: as a walk of every partner would, reading the fewer of the
   * term's partners and the held terms.
   */
  walk(term: string, held: ReadonlyMap<string, unknown>, visit: (partner: string | null, keys: ReadonlySet<K>) => void): void {
    const partners = this.byTerm.get(term);
    if (!partners) return;
    if (partners.size <= held.size) {
      for (const [partner, filed] of partners) if (partner === null || held.has(partner)) visit(partner, filed.keys);
      return;
    }
    const found: Array<[string | null, Filed<K>]> = [];
    const alone = partners.get(null);
    if (alone) found.push([null, alone]);
    for (const t of held.keys()) {
      const filed = partners.get(t);
      if (filed) found.push([t, filed]);
    }
    found.sort((a, b) => a[1].seq - b[1].seq);
    for (const [partner, filed] of found) visit(partner, filed.keys);
  }
}
