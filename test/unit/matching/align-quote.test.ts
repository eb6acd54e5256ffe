import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { alignmentBound, alignQuote, ellipsisBefore, localAlign, sharedInformativeWeight, type Alignment, type AlignColumn } from '@/utils/matching/align-quote';
import { termWeights } from '@/utils/text/word-weights';
import { english } from '@/utils/language/en';
import type { WordToken } from '@/utils/text/tokenize-words';
import { tokenizeWords } from '@/utils/text/tokenize-words';

/** Columns as "kind:quoteWord/otherWord" for readable expectations. */
function show(a: Alignment | null): string {
  if (!a) return 'null';
  return a.columns
    .map((c) => `${c.kind}:${c.q >= 0 ? a.quoteWords[c.q].text : ''}/${c.o >= 0 ? a.otherWords[c.o].text : ''}`)
    .join(' ');
}
const align = (q: string, other: string) => alignQuote(q, other, { start: 0, end: other.length });

describe('alignQuote', () => {
  test.each([
    ['identical', 'the levee held overnight', 'Officials said the levee held overnight.',
      'match:the/the match:levee/levee match:held/held match:overnight/overnight'],
    ['cut at both ends of the quote', 'frankly the levee held overnight despite everything',
      'the levee held overnight',
      'cut:frankly/ match:the/the match:levee/levee match:held/held match:overnight/overnight cut:despite/ cut:everything/'],
    ['inserted word', 'river levee held overnight', 'river levee barely held overnight',
      'match:river/river match:levee/levee ins:/barely match:held/held match:overnight/overnight'],
    ['deleted word', 'river levee barely held overnight', 'river levee held overnight',
      'match:river/river match:levee/levee del:barely/ match:held/held match:overnight/overnight'],
    ['a function word at the edge is not worth a gap', 'the old levee held overnight', 'the levee held overnight',
      'cut:the/ cut:old/ match:levee/levee match:held/held match:overnight/overnight'],
    ['swapped word', 'the levee held firm overnight', 'the levee stood firm overnight',
      'match:the/the match:levee/levee sub:held/stood match:firm/firm match:overnight/overnight'],
    ['ellipsis gap is free and marked', 'the levee held … the town is safe',
      'the levee held through two storms and the town is safe',
      'match:the/the match:levee/levee match:held/held gap:/through gap:/two gap:/storms gap:/and match:the/the match:town/town match:is/is match:safe/safe'],
    ['three-dot ellipsis', 'the levee held ... the town is safe', 'the levee held, engineers said, and the town is safe',
      'match:the/the match:levee/levee match:held/held gap:/engineers gap:/said gap:/and match:the/the match:town/town match:is/is match:safe/safe'],
    ['bracketed editorial insertion', 'yesterday [the mayor] ordered the evacuation of the harbour',
      'yesterday she ordered the evacuation of the harbor',
      'match:yesterday/yesterday del:the/ sub:mayor/she match:ordered/ordered match:the/the match:evacuation/evacuation match:of/of match:the/the match:harbour/harbor'],
    ['ellipsis in the other text: our words there are elided for free', 'the levee held and the town is safe',
      'the levee held … the town is safe',
      'match:the/the match:levee/levee match:held/held elided:and/ match:the/the match:town/town match:is/is match:safe/safe'],
    ['several words elided at a three-dot ellipsis', 'the levee held through two storms and the town is safe',
      'the levee held... the town is safe',
      'match:the/the match:levee/levee match:held/held elided:through/ elided:two/ elided:storms/ elided:and/ match:the/the match:town/town match:is/is match:safe/safe'],
    ['bracketed words in the other text substitute for free', 'yesterday she ordered the evacuation of the harbour',
      'yesterday [the mayor] ordered the evacuation of the harbor',
      'match:yesterday/yesterday ins:/the sub:she/mayor match:ordered/ordered match:the/the match:evacuation/evacuation match:of/of match:the/the match:harbour/harbor'],
    ['quote-mark style and case', "We Won't Back Down", 'he said: “we won’t back down”',
      "match:We/we match:Won't/won’t match:Back/back match:Down/down"],
    ['e-mail and email', 'the e-mails were deleted', 'the emails were deleted',
      'match:the/the match:e-mails/emails match:were/were match:deleted/deleted'],
  ])('%s', (_name, q, other, expected) => {
    expect(show(align(q, other))).toBe(expected);
  });

  test('nothing in common gives null', () => {
    expect(align('the levee held overnight', 'Stocks fell sharply in early trading.')).toBeNull();
  });

  test('offsets point into the other text inside the window', () => {
    const other = 'Intro.\n\nThe levee held overnight, he said.';
    const a = alignQuote('the levee held', other, { start: 8, end: other.length })!;
    const words = a.columns.map((c) => other.slice(a.otherWords[c.o].start, a.otherWords[c.o].end));
    expect(words).toEqual(['The', 'levee', 'held']);
  });

  test('the pre-check weighs shared content words only, once each', () => {
    const q = tokenizeWords('the harbour and the harbour tunnel');
    expect(sharedInformativeWeight(q, new Set(['the', 'harbor', 'and']))).toBe(1.2);
    expect(sharedInformativeWeight(q, new Set(['the', 'and']))).toBe(0);
  });

  // About 10 ms on an idle machine; the bound is loose for loaded CI machines but still fails on
  // anything worse than O(n*m) or on per-cell allocation.
  test('a 150-word quote against a 5000-word text aligns in under 250 ms', () => {
    const vocab = 'harbour tractor glacier senate ledger orchard violin quarry lantern meadow the of and to'.split(' ');
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const text = Array.from({ length: 5000 }, () => vocab[Math.floor(rnd() * vocab.length)]).join(' ');
    const q = text.split(' ').slice(2000, 2150).join(' ');
    for (let k = 0; k < 3; k++) align(q, text); // warm-up: JIT, buffers grow once
    const t0 = performance.now();
    const a = align(q, text);
    expect(performance.now() - t0).toBeLessThan(250);
    expect(a!.columns.every((c) => c.kind === 'match')).toBe(true);
  });
  // Past MAX_CELLS (8 M) the aligner works in windows: time and memory stay bounded, and a quote
  // that occurs once in a long text is still found where it is.
  test.each([
    ['2,000 words against 50,000', 2000, 50_000],
    ['3,000 words (past the windowed quote length) against 20,000', 3000, 20_000],
  ])('a pair past the cell bound aligns in windows: %s', (_name, quoteLength, textLength) => {
    const text = Array.from({ length: textLength }, (_, i) => `w${(i * 7919) % 100_003}`).join(' ');
    const from = Math.floor(textLength * 0.6);
    const q = text.split(' ').slice(from, from + quoteLength).join(' ');
    const t0 = performance.now();
    const a = align(q, text)!;
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(a.columns.filter((c) => c.q >= 0)).toHaveLength(quoteLength);
    const matched = a.columns.filter((c) => c.kind === 'match');
    expect(matched.length).toBeGreaterThanOrEqual(Math.min(quoteLength, 2000));
    expect(matched.every((c) => c.o === from + c.q)).toBe(true);
    // The traceback matrix is a retained typed array: one full 2,000 × 50,000 matrix would hold
    // 100 MB here, the bounded one 8 MB.
    expect(process.memoryUsage().arrayBuffers).toBeLessThan(64_000_000);
  });
});

describe('alignmentBound', () => {
  // Few words, brackets and ellipses, so alignments match, skip and break in every way.
  const word = fc.constantFrom('the', 'levee', 'held', 'overnight', 'council', 'said', 'a', '[and]', '...', 'water', 'rose');
  const text = fc.array(word, { minLength: 1, maxLength: 14 }).map((ws) => ws.join(' '));

  test('no alignment scores more than the bound of the words it is aligned with (property)', () => {
    fc.assert(
      fc.property(text, text, (quote, other) => {
        const a = align(quote, other);
        const keys = new Set(tokenizeWords(other).map((w) => w.key));
        const bound = alignmentBound(tokenizeWords(quote), keys);
        expect(a === null || a.score <= bound + 1e-9).toBe(true);
        // Tight for a quote found whole: the bound is what a word-for-word alignment scores.
        if (quote === other && a) expect(a.score).toBeCloseTo(bound, 9);
      }),
      { numRuns: 500 },
    );
  });
});

describe('ellipsisBefore', () => {
  // As first written: the text between two words sliced, tested when short and holding a dot or an ellipsis.
  const sliced = (text: string, words: Array<{ start: number; end: number }>) => words.map((w, j) => {
    if (j === 0) return 0;
    const between = text.slice(words[j - 1].end, w.start);
    return between.length <= 12 && (between.includes('…') || between.includes('.')) && /\.\s?\.\s?\.|…/.test(between) ? 1 : 0;
  });
  test('flags the same words as slicing every gap (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('word', ' ', '.', '…', '. . .', '...', ', ', '\n', '  .  ', 'x'), { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        const words = tokenizeWords(text);
        expect([...ellipsisBefore(text, words)]).toEqual(sliced(text, words));
      }),
      { numRuns: 2000 },
    );
  });
});

/**
 * The full Gotoh matrix, every cell computed (localAlign before it skipped the cells that cannot be
 * positive): the reference the skipping must equal, columns, score and all.
 */
function fullMatrixAlign(q: WordToken[], elided: Uint8Array, o: WordToken[], oElided: Uint8Array, oFree: Uint8Array): { cols: AlignColumn[]; score: number } | null {
  const { wordWeight } = termWeights(english);
  const n = q.length;
  const m = o.length;
  if (n <= 0 || m <= 0) return null;
  const w = m + 1;
  const trace = new Uint8Array((n + 1) * w);
  let hp = new Float64Array(w);
  let hc = new Float64Array(w);
  const fr = new Float64Array(w).fill(-Infinity);
  let best = 0;
  let bestI = 0;
  let bestJ = 0;
  for (let i = 1; i <= n; i++) {
    const qb = q[i - 1].bracket;
    const at = elided[i - 1];
    hc[0] = 0;
    let e = -Infinity;
    for (let j = 1; j <= m; j++) {
      const same = q[i - 1].key === o[j - 1].key;
      let code = 0;
      const free = oFree[j - 1] | (o[j - 1].bracket ? 1 : 0);
      const insFree = at === 1 || (free & 1) !== 0 || (at === 2 && (free & 2) !== 0);
      const eOpen = hc[j - 1] + (insFree ? 0 : -1.0);
      const eExt = e + (insFree ? 0 : -0.35);
      if (eExt > eOpen) { e = eExt; code |= 4; } else e = eOpen;
      const cutHere = j < m && oElided[j] !== 0;
      const fOpen = hp[j] + (cutHere || qb ? 0 : -1.0);
      const fExt = fr[j] + (cutHere || qb ? 0 : -0.35);
      let f: number;
      if (fExt > fOpen) { f = fExt; code |= 8; } else f = fOpen;
      fr[j] = f;
      const s = same ? 0.3 + wordWeight(q[i - 1].key) : qb || o[j - 1].bracket ? 0 : -0.7;
      let h = hp[j - 1] + s;
      let from = 1;
      if (e > h) { h = e; from = 2; }
      if (f > h) { h = f; from = 3; }
      if (h <= 0) { h = 0; from = 0; }
      hc[j] = h;
      trace[i * w + j] = code | from;
      if (h > best && from === 1 && same) { best = h; bestI = i; bestJ = j; }
    }
    [hp, hc] = [hc, hp];
  }
  if (best <= 0) return null;
  const cols: AlignColumn[] = [];
  let i = bestI;
  let j = bestJ;
  let state = 0;
  while (i > 0 && j > 0) {
    const code = trace[i * w + j];
    if (state === 0) {
      const from = code & 3;
      if (from === 0) break;
      if (from === 1) { cols.push({ kind: q[i - 1].key === o[j - 1].key ? 'match' : 'sub', q: i - 1, o: j - 1 }); i--; j--; }
      else state = from === 2 ? 1 : 2;
    } else if (state === 1) {
      cols.push({ kind: elided[i - 1] === 1 ? 'gap' : elided[i - 1] === 2 ? 'extra' : 'ins', q: -1, o: j - 1 });
      if (!(code & 4)) state = 0;
      j--;
    } else {
      const at = j < o.length ? oElided[j] : 0;
      cols.push({ kind: at === 1 ? 'elided' : at === 2 ? 'cut' : 'del', q: i - 1, o: -1 });
      if (!(code & 8)) state = 0;
      i--;
    }
  }
  cols.reverse();
  while (cols.length && cols[0].kind !== 'match') cols.shift();
  return cols.length ? { cols, score: best } : null;
}

describe('localAlign computes only the cells that can be positive', () => {
  // Few keys, so matches (and long positive runs) are frequent; function words, content words and a number weigh differently.
  const key = fc.constantFrom('the', 'of', 'harbour', 'senate', 'ledger', 'meadow', '2024', 'violin');
  const word = fc.record({ key, bracket: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }) });
  // Mostly nothing; sometimes an ellipsis (1) or a break (2); free bits 1 (always) and 2 (at a break).
  const flag = fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(1, 2) });
  const free = fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(1, 2, 3) });
  const side = (max: number, extra: fc.Arbitrary<number>) => fc.array(fc.tuple(word, flag, extra), { minLength: 0, maxLength: max });
  const tokens = (ws: Array<{ key: string; bracket: boolean }>): WordToken[] => ws.map((w, i) => ({ text: w.key, key: w.key, start: i * 10, end: i * 10 + w.key.length, bracket: w.bracket }));

  test('gives the full matrix\'s alignment: columns and score, on any words, ellipses, breaks and free words', () => {
    fc.assert(fc.property(side(24, fc.constant(0)), side(70, free), (qs, os) => {
      const q = tokens(qs.map(([w]) => w));
      const o = tokens(os.map(([w]) => w));
      const elided = Uint8Array.from(qs.map(([, f]) => f));
      const oElided = Uint8Array.from(os.map(([, f]) => f));
      const oFree = Uint8Array.from(os.map(([, , x]) => x));
      expect(localAlign(termWeights(english), q, elided, o, oElided, oFree)).toEqual(fullMatrixAlign(q, elided, o, oElided, oFree));
    }), { numRuns: 3000 });
  });

  test.each([
    ['one long shared run inside unrelated words', 'a b the harbour senate ledger of meadow violin c d', 'x the harbour senate ledger of meadow violin y'],
    ['repeated function words everywhere', 'the of the of the of the', 'of the of the of the of the of the'],
    ['nothing shared', 'harbour senate', 'meadow violin ledger'],
  ])('the same as the full matrix: %s', (_name, quote, other) => {
    const q = tokenizeWords(quote);
    const o = tokenizeWords(other);
    const none = (k: number) => new Uint8Array(k);
    expect(localAlign(termWeights(english), q, none(q.length), o, none(o.length), none(o.length))).toEqual(fullMatrixAlign(q, none(q.length), o, none(o.length), none(o.length)));
  });
});
