import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { distinctShingles, groupWireCopies, independentSources, isWireCopy, shingles, wireSimilarity } from '@/utils/index/wire-copy';
import { football, harbor, ledger, otherTown, reprint, wire } from '../../golden/coverage/articles';

const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');
const SEED_000 = seed('000_fa55279f4966502b.txt');
const SEED_001 = seed('001_172d88e8f7af0655.txt');

describe('isWireCopy', () => {
  test.each([
    ['reprint with a new headline, a local first line and the end cut', wire.text, reprint.text, true],
    ['the same text with other quote marks and spelling', wire.text, wire.text.replace(/[“”]/g, '"').replace('favour', 'favor'), true],
    ['two reports of one council vote sharing one long quote', harbor.text, ledger.text, false],
    ['same topic, different story', harbor.text, otherTown.text, false],
    ['the seeds: two outlets reporting one speech', SEED_000, SEED_001, false],
    ['unrelated stories', wire.text, football.text, false],
    ['a copy too short to judge', 'One short sentence that both outlets ran.', 'One short sentence that both outlets ran.', false],
  ])('%s → %s', (_name, a, b, expected) => {
    const s = wireSimilarity(shingles(a), shingles(b));
    expect(isWireCopy(s)).toBe(expected);
  });

  test('similarity is symmetric', () => {
    const [a, b] = [shingles(wire.text), shingles(reprint.text)];
    expect(wireSimilarity(a, b)).toEqual(wireSimilarity(b, a));
  });
});

describe('distinctShingles', () => {
  test('holds the shingles of `shingles`, each once, ascending (property)', () => {
    const words = fc.constantFrom('the', 'The', 'harbor', 'fee', '2026', 'é', 'rises', 'Ünal');
    fc.assert(fc.property(fc.array(fc.tuple(words, fc.constantFrom(' ', '. ', ',\n', ' — ')), { maxLength: 40 }), (parts) => {
      const text = parts.map(([w, sep]) => w + sep).join('');
      expect([...distinctShingles(text)]).toEqual([...shingles(text)].sort((a, b) => a - b));
    }));
  });
});

describe('shingles', () => {
  test('are those of the lowercased text\'s letter-and-digit words, whether scanned by hand or matched (property)', () => {
    // ASCII and the punctuation the scanner reads take its path; any other character the pattern's.
    const piece = fc.constantFrom('the', 'The', 'HARBOR', 'fee', '2026', 'x9', 'don’t', '“Yes”', '—', '–', '…', '«', '»', '\u00a0', 'é', 'İstanbul', 'ß', '²', 'ﬁ', 'Ωmega', '-', "'", '.', ',', '\n');
    fc.assert(fc.property(fc.array(fc.tuple(piece, fc.constantFrom(' ', '', '. ', '\n')), { maxLength: 40 }), (parts) => {
      const text = parts.map(([w, sep]) => w + sep).join('');
      expect(shingles(text)).toEqual(referenceShingles(text));
    }));
  });

  test('are the pattern\'s on any text: astral letters and digits, lone surrogates, case that changes length (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom('word', 'İ', 'ǅ', '𝐀𝐁', '𝟙', '\ud835', '\udc00', 'Σς', 'ﬃ', '١٢', '😀', 'x\u0301', '\u200b', 'a', '9'),
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    fc.assert(fc.property(fc.array(piece, { minLength: 5, maxLength: 40 }), (parts) => {
      const text = parts.join(' ');
      expect(shingles(text)).toEqual(referenceShingles(text));
    }), { numRuns: 200 });
  });
});

/** The shingles as first written: words matched in the lowercased text, each hashed as a string. */
function referenceShingles(text: string): Set<number> {
  const fnv = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv);
  const out = new Set<number>();
  for (let i = 0; i + 5 <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + 5; k++) h = Math.imul(h ^ words[k], 0x01000193);
    out.add(h >>> 0);
  }
  return out;
}

describe('groupWireCopies', () => {
  test('groups the agency story with its reprint, the earliest as the source', () => {
    const groups = groupWireCopies([reprint, harbor, ledger, wire, otherTown]);
    expect(groups).toEqual([{ articleIds: [reprint.id, wire.id], outlets: ['Daily Beacon', 'Coastal Wire'], source: wire.id }]);
  });

  test('an article whose text changed since the last grouping is compared by its new text', () => {
    const copy = { ...reprint };
    expect(groupWireCopies([wire, copy])).toHaveLength(1);
    copy.text = football.text;
    expect(groupWireCopies([wire, copy])).toEqual([]);
  });

  test('copies group transitively', () => {
    const third = { ...reprint, id: 'third', outlet: 'Bay Post', date: '2026-02-12' };
    expect(groupWireCopies([wire, reprint, third])[0].articleIds).toEqual([wire.id, reprint.id, 'third']);
  });

  test.each([
    ['wire and reprint are one source', [wire.id, reprint.id], 1],
    ['plus an independent report', [wire.id, reprint.id, ledger.id], 2],
    ['independent reports', [harbor.id, ledger.id], 2],
  ])('independentSources: %s', (_name, ids, expected) => {
    expect(independentSources(ids, groupWireCopies([wire, reprint, harbor, ledger]))).toBe(expected);
  });

  test('two copies are found even when two other articles each hold a part of them', () => {
    const run = Array.from({ length: 100 }, (_, i) => `word${i}`);
    const own = (tag: string) => Array.from({ length: 120 }, (_, i) => `${tag}${i}`);
    const art = (id: string, words: string[]) => ({ id, outlet: id, date: null, text: words.join(' ') });
    const groups = groupWireCopies([
      art('a', [...own('a'), ...run.slice(0, 40)]),
      art('b', [...own('b'), ...run.slice(40, 80)]),
      art('c', run),
      art('d', run),
    ]);
    expect(groups.map((g) => g.articleIds)).toEqual([['c', 'd']]);
  });

  test('groups exactly as testing every pair with wireSimilarity (property)', () => {
    // Texts cut from one long word run (so copies and partial copies are common) or drawn freely.
    const words = fc.array(fc.constantFrom('harbor', 'pier', 'storm', 'mayor', 'said', 'the', 'council', 'vote'), { minLength: 30, maxLength: 80 });
    const piece = fc.record({ from: fc.nat(60), length: fc.integer({ min: 0, max: 80 }), own: fc.option(words, { nil: undefined }) });
    fc.assert(
      fc.property(words, fc.array(piece, { minLength: 1, maxLength: 8 }), (run, pieces) => {
        const articles = pieces.map((p, i) => ({
          id: `a${i}`, outlet: `Outlet ${i % 3}`, date: null,
          text: (p.own ?? run.slice(p.from, p.from + p.length)).join(' '),
        }));
        const sets = articles.map((a) => shingles(a.text));
        const parent = articles.map((_, i) => i);
        const find = (i: number): number => (parent[i] === i ? i : find(parent[i]));
        for (let i = 0; i < articles.length; i++) {
          for (let j = i + 1; j < articles.length; j++) if (isWireCopy(wireSimilarity(sets[i], sets[j]))) parent[find(j)] = find(i);
        }
        const expected = new Map<number, string[]>();
        articles.forEach((a, i) => expected.set(find(i), [...(expected.get(find(i)) ?? []), a.id]));
        const groups = [...expected.values()].filter((g) => g.length > 1);
        expect(groupWireCopies(articles).map((g) => g.articleIds)).toEqual(groups);
      }),
    );
  });
});
