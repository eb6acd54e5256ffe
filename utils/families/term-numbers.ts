/**
 * Numbers for terms, and one article's terms marked by number: what the families' screen asks of
 * every quote it looks at ("which sentences of the saved article hold this term?") read from two
 * arrays instead of a Map of strings. At 10,000 saved articles the screen looked at 3,500 quotes a
 * save, about 25 terms each, and each string looked up was a read from a cold part of the heap
 * (docs/DESIGN.md "A save's upkeep: the screen reads numbers").
 *
 * ```ts
 * const numbers = new TermNumbers();
 * numbers.mark(where);                            // the saved article's terms → its sentences holding them
 * const ns = numbers.numbersOf(quoteTerms);       // kept with the quote
 * numbers.held(ns[0]);                            // → where.get(quoteTerms[0])
 * ```
 */
export class TermNumbers {
  private readonly numbers = new Map<string, number>();
  /** Per number: the marking it was last marked in, and its place in that marking's lists. */
  private marks = new Int32Array(0);
  private places = new Int32Array(0);
  private marking = 0;
  private lists: ReadonlyArray<readonly number[]> = [];

  numberOf(term: string): number {
    let n = this.numbers.get(term);
    if (n === undefined) this.numbers.set(term, (n = this.numbers.size));
    return n;
  }

  /** A plain array of small integers: one per saved quote, and a typed array apiece adds collector time. */
  numbersOf(terms: readonly string[]): number[] {
    return terms.map((t) => this.numberOf(t));
  }

  /** Marks each term of `where` with its value until the next call; every other term, numbered before or after, reads as unmarked. */
  mark(where: ReadonlyMap<string, readonly number[]>): void {
    const lists: Array<readonly number[]> = [];
    const numbered: number[] = [];
    for (const [t, at] of where) {
      numbered.push(this.numberOf(t));
      lists.push(at);
    }
    if (this.marks.length < this.numbers.size) {
      const size = Math.max(this.numbers.size, this.marks.length * 2);
      const marks = new Int32Array(size);
      marks.set(this.marks);
      const places = new Int32Array(size);
      places.set(this.places);
      this.marks = marks;
      this.places = places;
    }
    const m = ++this.marking;
    numbered.forEach((n, i) => {
      this.marks[n] = m;
      this.places[n] = i;
    });
    this.lists = lists;
  }

  /** The value marked for term number `n` in the last marking, or undefined. */
  held(n: number): readonly number[] | undefined {
    return n < this.marks.length && this.marks[n] === this.marking ? this.lists[this.places[n]] : undefined;
  }
}
