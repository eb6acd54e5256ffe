/**
 * Non-negative integers packed into a string, 14 bits per character (a set high bit says "more
 * follows"). The coverage index stores millions of small numbers: as one string they survive JSON
 * and IndexedDB's structured clone unchanged (every code unit stays below the surrogate range) and
 * load in one copy, where an array of numbers is cloned number by number.
 *
 * ```ts
 * decodeVarints(encodeVarints([0, 5, 20000])) // → [0, 5, 20000]
 * ```
 */

const BITS = 0x4000;
const CHUNK = 8192;

/** The continuation bit: a code unit at or above it is not the last of its number. */
export const VARINT_MORE = BITS;

/**
 * Encoded data that does not decode. Stored varints are decoded lazily (a cache loads with cheap
 * shape checks only), so this can surface long after a load: its catcher discards the data.
 */
export class MalformedVarintsError extends Error {}

export function encodeVarints(numbers: Iterable<number>): string {
  const codes: number[] = [];
  for (let v of numbers) {
    if (!Number.isSafeInteger(v) || v < 0) throw new Error(`varint-string: not a non-negative integer: ${v}`);
    while (v >= BITS) {
      codes.push(BITS | (v % BITS));
      v = Math.floor(v / BITS);
    }
    codes.push(v);
  }
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += CHUNK) parts.push(String.fromCharCode(...codes.slice(i, i + CHUNK)));
  return parts.join('');
}

/** A reader over an encoded string from `at`: `next()` returns the next number; throws past the end. */
export class VarintReader {
  constructor(
    private readonly data: string,
    private at = 0,
  ) {}

  get done(): boolean {
    return this.at >= this.data.length;
  }

  /** Where the next number starts. */
  get position(): number {
    return this.at;
  }

  next(): number {
    let v = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.data.length) throw new MalformedVarintsError('varint-string: truncated data');
      const c = this.data.charCodeAt(this.at++);
      if (c >= 2 * BITS) throw new MalformedVarintsError('varint-string: not varint data');
      v += (c % BITS) * scale;
      if (c < BITS) return v;
      scale *= BITS;
    }
  }
}

export function decodeVarints(data: string): number[] {
  const r = new VarintReader(data);
  const out: number[] = [];
  while (!r.done) out.push(r.next());
  return out;
}
