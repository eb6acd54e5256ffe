/**
 * The coverage index's strings per article, as columns keyed by sequence number: the metadata
 * fields (id, outlet, canonical URL, title, date) and the passages' varints, held in a few long
 * strings with typed offsets, not an object and five strings per article (at 100k saved articles
 * those objects and the Maps over them were a large share of the index's heap: README,
 * "Performance"). Ids and URLs are found through open-addressing hash tables of sequence numbers,
 * compared in place in those strings.
 *
 * A loaded index adopts its serialized columns whole, as one block. Articles added since wait in
 * small arrays, joined into a block every BLOCK_ROWS; removed rows stay in their block until
 * they outnumber the live ones, then every live row is copied into one new block.
 *
 * ```ts
 * const c = new ArticleColumns();
 * c.add(7, ['https://a.example/x', 'Ledger', 'https://a.example/x', 'Title', '=2026-01-02'], varints);
 * c.seqOf('https://a.example/x') // 7
 * c.field(7, TITLE)             // 'Title'
 * c.delete(7);                  c.seqOf('https://a.example/x') // -1
 * ```
 */
import { fnv1a } from '@/utils/text/fnv1a';

/** The metadata fields of a row, in serialized order (`SerializedIndex.articles.fields`). */
export const ID = 0;
export const OUTLET = 1;
export const URL = 2;
export const TITLE = 3;
export const DATE = 4;
export const FIELDS = 5;

/** Rows added one by one that wait in arrays before they are joined into a block. */
const BLOCK_ROWS = 256;
/**
 * Lookups answered by a scan of the rows before a hash table is built: a woken worker's check asks
 * a few (building the tables at 10k rows, hashing every id and URL, was a seventh of a cold plan),
 * a worker kept busy asks many more.
 */
const SCANS_BEFORE_TABLE = 32;
/** Removed rows kept at most before the blocks are rewritten (beyond the live rows' count). */
const WASTE_MIN = 1024;

const NONE = -1;
const PENDING = -2;
/** Hash slots: empty, or a removed row's (a probe goes on past it). */
const EMPTY = -1;
const REMOVED = -2;

/** Rows' fields joined, with where each starts; and their passages' varints, likewise. */
interface Block {
  fields: string;
  /** Row r's field f is fields[fieldStarts[FIELDS * r + f], fieldStarts[FIELDS * r + f + 1]). */
  fieldStarts: Uint32Array;
  passages: string;
  passageStarts: Uint32Array;
}

/** An open-addressing table of sequence numbers, keyed by one field of their rows. */
interface HashTable {
  slots: Int32Array;
  /** Slots not EMPTY (live and REMOVED). */
  used: number;
}

export class ArticleColumns {
  private blocks: Block[] = [];
  /** Per sequence number: its block (NONE when not live, PENDING when still in `pending`) and row. */
  private blockOf = new Int32Array(64).fill(NONE);
  private rowOf = new Int32Array(64);
  private pending: { fields: string[]; passages: string[]; seqs: number[] } = { fields: [], passages: [], seqs: [] };
  private live = 0;
  private wasted = 0;
  /** Built when first asked for (a load hashes nothing), then kept up to date. */
  private byId: HashTable | null = null;
  private byUrl: HashTable | null = null;
  private scans = 0;

  /** Live rows. */
  get size(): number {
    return this.live;
  }

  /** One past the highest sequence number the columns have room for (every live one is below it). */
  get seqLimit(): number {
    return this.blockOf.length;
  }

  /** A live row for `seq` (never seen before) with its metadata `fields` (FIELDS of them) and passages. */
  add(seq: number, fields: readonly string[], passages: string): void {
    if (fields.length !== FIELDS) throw new Error('article-columns: a row has FIELDS fields');
    this.ensureSeq(seq);
    if (this.blockOf[seq] !== NONE) throw new Error('article-columns: sequence number already live');
    this.blockOf[seq] = PENDING;
    this.rowOf[seq] = this.pending.passages.length;
    this.pending.fields.push(...fields);
    this.pending.passages.push(passages);
    this.pending.seqs.push(seq);
    this.live++;
    this.insert(this.byId, seq, ID);
    this.insert(this.byUrl, seq, URL);
    if (this.pending.passages.length >= BLOCK_ROWS) this.seal();
  }

  /**
   * Takes a loaded index's columns as one block, rows in `seqs` order: `fieldLengths` holds FIELDS
   * lengths per row, `passageLengths` one. False (nothing taken) when the lengths do not add up to
   * the strings or a sequence number repeats or descends.
   */
  adopt(fields: string, fieldLengths: Uint32Array, passages: string, passageLengths: Uint32Array, seqs: Int32Array): boolean {
    const n = seqs.length;
    if (this.live > 0 || this.wasted > 0 || fieldLengths.length !== FIELDS * n || passageLengths.length !== n) return false;
    const fieldStarts = new Uint32Array(FIELDS * n + 1);
    let at = 0;
    for (let i = 0; i < FIELDS * n; i++) fieldStarts[i + 1] = at += fieldLengths[i];
    if (at !== fields.length) return false;
    const passageStarts = new Uint32Array(n + 1);
    at = 0;
    for (let i = 0; i < n; i++) passageStarts[i + 1] = at += passageLengths[i];
    if (at !== passages.length) return false;
    for (let i = 0; i < n; i++) if (seqs[i] < 0 || (i > 0 && seqs[i] <= seqs[i - 1])) return false;
    if (n > 0) this.ensureSeq(seqs[n - 1]);
    for (let i = 0; i < n; i++) {
      this.blockOf[seqs[i]] = this.blocks.length;
      this.rowOf[seqs[i]] = i;
    }
    this.blocks.push({ fields, fieldStarts, passages, passageStarts });
    this.live = n;
    return true;
  }

  has(seq: number): boolean {
    return seq >= 0 && seq < this.blockOf.length && this.blockOf[seq] !== NONE;
  }

  /** Field `f` (ID, OUTLET, …) of live row `seq`. */
  field(seq: number, f: number): string {
    const b = this.blockOf[seq];
    const r = this.rowOf[seq];
    if (b === PENDING) return this.pending.fields[FIELDS * r + f];
    const block = this.blocks[b];
    return block.fields.slice(block.fieldStarts[FIELDS * r + f], block.fieldStarts[FIELDS * r + f + 1]);
  }

  /** Every metadata field of live row `seq`, in FIELDS order (one lookup of the row for all of them). */
  fields(seq: number): string[] {
    const b = this.blockOf[seq];
    const r = this.rowOf[seq];
    if (b === PENDING) return this.pending.fields.slice(FIELDS * r, FIELDS * (r + 1));
    const { fields, fieldStarts } = this.blocks[b];
    const out: string[] = [];
    for (let f = FIELDS * r; f < FIELDS * (r + 1); f++) out.push(fields.slice(fieldStarts[f], fieldStarts[f + 1]));
    return out;
  }

  /** The passages' varints of live row `seq`. */
  passages(seq: number): string {
    const b = this.blockOf[seq];
    const r = this.rowOf[seq];
    if (b === PENDING) return this.pending.passages[r];
    const block = this.blocks[b];
    return block.passages.slice(block.passageStarts[r], block.passageStarts[r + 1]);
  }

  delete(seq: number): void {
    if (!this.has(seq)) return;
    this.remove(this.byId, seq, ID);
    this.remove(this.byUrl, seq, URL);
    // A pending row's strings are dropped with the pending arrays when they are joined.
    this.blockOf[seq] = NONE;
    this.live--;
    this.wasted++;
    if (this.wasted > WASTE_MIN && this.wasted > this.live) this.rewrite();
  }

  /** The live row whose id is `id`, or -1. */
  seqOf(id: string): number {
    if (!this.byId && this.scans < SCANS_BEFORE_TABLE) {
      this.scans++;
      for (let seq = 0; seq < this.blockOf.length; seq++) if (this.blockOf[seq] !== NONE && this.fieldIs(seq, ID, id)) return seq;
      return -1;
    }
    const table = (this.byId ??= this.build(ID));
    const mask = table.slots.length - 1;
    for (let i = fnv1a(id) & mask; ; i = (i + 1) & mask) {
      const seq = table.slots[i];
      if (seq === EMPTY) return -1;
      if (seq !== REMOVED && this.fieldIs(seq, ID, id)) return seq;
    }
  }

  /** The live rows whose canonical URL is `url` (none for ''), ascending. */
  seqsOfUrl(url: string): number[] {
    if (url === '') return [];
    if (!this.byUrl && this.scans < SCANS_BEFORE_TABLE) {
      this.scans++;
      const found: number[] = [];
      for (let seq = 0; seq < this.blockOf.length; seq++) if (this.blockOf[seq] !== NONE && this.fieldIs(seq, URL, url)) found.push(seq);
      return found;
    }
    const table = (this.byUrl ??= this.build(URL));
    const mask = table.slots.length - 1;
    const out: number[] = [];
    for (let i = fnv1a(url) & mask; ; i = (i + 1) & mask) {
      const seq = table.slots[i];
      if (seq === EMPTY) return out.sort((a, b) => a - b);
      if (seq !== REMOVED && this.fieldIs(seq, URL, url)) out.push(seq);
    }
  }

  /** Every live sequence number, ascending. */
  seqs(): number[] {
    const out: number[] = [];
    for (let seq = 0; seq < this.blockOf.length; seq++) if (this.blockOf[seq] !== NONE) out.push(seq);
    return out;
  }

  /** Field `f` of row `seq` equals `s`, compared in place. */
  private fieldIs(seq: number, f: number, s: string): boolean {
    const b = this.blockOf[seq];
    const r = this.rowOf[seq];
    if (b === PENDING) return this.pending.fields[FIELDS * r + f] === s;
    const { fields, fieldStarts } = this.blocks[b];
    const from = fieldStarts[FIELDS * r + f];
    if (fieldStarts[FIELDS * r + f + 1] - from !== s.length) return false;
    for (let i = 0; i < s.length; i++) if (fields.charCodeAt(from + i) !== s.charCodeAt(i)) return false;
    return true;
  }

  /** Hash of field `f` of row `seq`, read in place. */
  private fieldHash(seq: number, f: number): number {
    const b = this.blockOf[seq];
    const r = this.rowOf[seq];
    if (b === PENDING) {
      const s = this.pending.fields[FIELDS * r + f];
      return fnv1a(s);
    }
    const { fields, fieldStarts } = this.blocks[b];
    return fnv1a(fields, fieldStarts[FIELDS * r + f], fieldStarts[FIELDS * r + f + 1]);
  }

  /** A table over field `f` of every live row (an empty URL is not listed). */
  private build(f: number): HashTable {
    // A quarter full when built, so it is rebuilt only after as many inserts again.
    let size = 16;
    while (size < 4 * (this.live + 1)) size *= 2;
    const table = { slots: new Int32Array(size).fill(EMPTY), used: 0 };
    for (let seq = 0; seq < this.blockOf.length; seq++) if (this.blockOf[seq] !== NONE) this.insertInto(table, seq, f);
    return table;
  }

  private insert(table: HashTable | null, seq: number, f: number): void {
    if (!table) return;
    // Kept at most half full (removed slots count), so probes stay short.
    if (2 * (table.used + 1) > table.slots.length) {
      const rebuilt = this.build(f);
      table.slots = rebuilt.slots;
      table.used = rebuilt.used;
      return; // `seq` is live already, so the rebuilt table holds it
    }
    this.insertInto(table, seq, f);
  }

  private insertInto(table: HashTable, seq: number, f: number): void {
    if (f === URL && this.fieldIs(seq, URL, '')) return;
    const mask = table.slots.length - 1;
    let i = this.fieldHash(seq, f) & mask;
    while (table.slots[i] !== EMPTY) i = (i + 1) & mask;
    table.slots[i] = seq;
    table.used++;
  }

  private remove(table: HashTable | null, seq: number, f: number): void {
    if (!table) return;
    const mask = table.slots.length - 1;
    for (let i = this.fieldHash(seq, f) & mask; table.slots[i] !== EMPTY; i = (i + 1) & mask) {
      if (table.slots[i] !== seq) continue;
      table.slots[i] = REMOVED;
      return;
    }
  }

  /** Joins the pending rows into a block. */
  private seal(): void {
    const { fields, passages, seqs } = this.pending;
    if (passages.length === 0) return;
    const b = this.blocks.length;
    this.blocks.push(joined(fields, passages));
    // Rows keep their numbers; those removed meanwhile stay removed.
    for (const seq of seqs) if (this.blockOf[seq] === PENDING) this.blockOf[seq] = b;
    this.pending = { fields: [], passages: [], seqs: [] };
  }

  /** Every live row copied into one block, in sequence order: removed rows' strings are let go. */
  private rewrite(): void {
    const seqs = this.seqs();
    const fields: string[] = [];
    const passages: string[] = [];
    for (const seq of seqs) {
      for (let f = 0; f < FIELDS; f++) fields.push(this.field(seq, f));
      passages.push(this.passages(seq));
    }
    this.blocks = [joined(fields, passages)];
    this.pending = { fields: [], passages: [], seqs: [] };
    seqs.forEach((seq, r) => {
      this.blockOf[seq] = 0;
      this.rowOf[seq] = r;
    });
    this.wasted = 0;
  }

  private ensureSeq(seq: number): void {
    if (seq < this.blockOf.length) return;
    const size = Math.max(seq + 1, this.blockOf.length * 2);
    const blockOf = new Int32Array(size).fill(NONE);
    blockOf.set(this.blockOf);
    const rowOf = new Int32Array(size);
    rowOf.set(this.rowOf);
    this.blockOf = blockOf;
    this.rowOf = rowOf;
  }
}

/** A block of rows from their fields (FIELDS per row) and passages, in row order. */
function joined(fields: readonly string[], passages: readonly string[]): Block {
  const fieldStarts = new Uint32Array(fields.length + 1);
  fields.forEach((s, i) => (fieldStarts[i + 1] = fieldStarts[i] + s.length));
  const passageStarts = new Uint32Array(passages.length + 1);
  passages.forEach((s, i) => (passageStarts[i + 1] = passageStarts[i] + s.length));
  return { fields: fields.join(''), fieldStarts, passages: passages.join(''), passageStarts };
}

