/**
 * Per-article numbers of the coverage index in flat typed arrays indexed by article sequence
 * number: whether the article is live, its outlet (a small code, for same-outlet exclusion) and
 * its language (a small number the caller gives: candidates stay within one language),
 * which the scoring loop reads for every article it meets, and its passages' lengths in index
 * terms (BM25's document lengths, summed for the average).
 *
 * The loop meets thousands of articles per query: a Map of entry objects cost cache misses that
 * were most of a query's time (docs/DESIGN.md); here it is one typed-array read per article.
 *
 * ```ts
 * const t = new SeqTable();
 * t.set(7, 'ians', [12, 30]);  t.code(7) === t.outletCode('ians');  t.lengthsOf(7) // [12, 30]
 * t.delete(7);                 t.code(7) === -1
 * ```
 */

const DEAD = -1;

export class SeqTable {
  private codes = new Int32Array(64).fill(DEAD);
  private starts = new Int32Array(64);
  private counts = new Int32Array(64);
  private languages = new Int32Array(64);
  private lengths = new Uint16Array(1024);
  private used = 0;
  /** Lengths slots of deleted articles, reclaimed by `compact`. */
  private wasted = 0;
  private outlets = new Map<string, number>();

  /** Records a live article's outlet key, passage lengths (clamped to 16 bits) and language number. */
  set(seq: number, outletKey: string, lengths: ArrayLike<number>, language = 0): void {
    this.ensureSeq(seq);
    if (this.codes[seq] !== DEAD) this.delete(seq);
    if (this.wasted > 1024 && this.wasted > this.used / 2) this.compact();
    this.ensureLengths(this.used + lengths.length);
    for (let i = 0; i < lengths.length; i++) this.lengths[this.used + i] = Math.min(lengths[i], 0xffff);
    this.place(seq, outletKey, this.used, lengths.length, language);
    this.used += lengths.length;
  }

  /**
   * Takes the lengths of a loaded index whole, in one copy, on an empty table; `place` then
   * points each article at its slice (copying them article by article was most of a load).
   */
  adopt(lengths: Uint16Array): void {
    if (this.used > 0) throw new Error('seq-table: adopt needs an empty table');
    this.lengths = lengths.slice();
    this.used = lengths.length;
  }

  /** Records a live article whose `count` lengths already sit at `start` (see `adopt`). */
  place(seq: number, outletKey: string, start: number, count: number, language = 0): void {
    this.ensureSeq(seq);
    let code = this.outlets.get(outletKey);
    if (code === undefined) this.outlets.set(outletKey, (code = this.outlets.size));
    this.codes[seq] = code;
    this.starts[seq] = start;
    this.counts[seq] = count;
    this.languages[seq] = language;
  }

  delete(seq: number): void {
    if (seq >= this.codes.length || this.codes[seq] === DEAD) return;
    this.codes[seq] = DEAD;
    this.wasted += this.counts[seq];
  }

  /** The article's outlet code, or -1 when it is not live. */
  code(seq: number): number {
    return seq < this.codes.length ? this.codes[seq] : DEAD;
  }

  /** The language number `set` or `place` was given for article `seq`. */
  language(seq: number): number {
    return seq < this.languages.length ? this.languages[seq] : -1;
  }

  /** The code `set` gave this outlet key, or -2 (equal to no live article's) when none has it. */
  outletCode(outletKey: string): number {
    return this.outlets.get(outletKey) ?? -2;
  }

  /** The passage lengths of live article `seq`. */
  lengthsOf(seq: number): Uint16Array {
    return this.lengths.subarray(this.starts[seq], this.starts[seq] + this.counts[seq]);
  }

  private compact(): void {
    const next = new Uint16Array(Math.max(1024, this.used - this.wasted));
    let at = 0;
    for (let seq = 0; seq < this.codes.length; seq++) {
      if (this.codes[seq] === DEAD) continue;
      next.set(this.lengthsOf(seq), at);
      this.starts[seq] = at;
      at += this.counts[seq];
    }
    this.lengths = next;
    this.used = at;
    this.wasted = 0;
  }

  private ensureSeq(seq: number): void {
    if (seq < this.codes.length) return;
    const size = Math.max(seq + 1, this.codes.length * 2);
    const codes = new Int32Array(size).fill(DEAD);
    codes.set(this.codes);
    this.codes = codes;
    this.starts = grown(this.starts, size);
    this.counts = grown(this.counts, size);
    this.languages = grown(this.languages, size);
  }

  private ensureLengths(needed: number): void {
    if (needed <= this.lengths.length) return;
    const next = new Uint16Array(Math.max(needed, this.lengths.length * 2));
    next.set(this.lengths.subarray(0, this.used));
    this.lengths = next;
  }
}

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
