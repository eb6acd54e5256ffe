/**
 * The seed expectations of DESIGN.md, on the real seed articles in seeds/: the same speech as
 * reported by two outlets. Quotes are located here by their curly marks so this test does not
 * depend on the quote finder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Quote } from '@/utils/types';
import { matchQuote, type OtherArticle } from '@/utils/matching/match-quote';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { lineSpans } from '@/utils/article/article-text';

const SEEDS = join(__dirname, '../../seeds');

function load(file: string, id: string): OtherArticle {
  const text = readFileSync(join(SEEDS, file), 'utf8');
  const quotes: Quote[] = [...text.matchAll(/“([^“”]+)”/g)].map((m) => {
    const start = m.index + 1;
    const end = start + m[1].length;
    return {
      text: m[1], start, end, parts: [{ start, end }], speaker: 'Sergio Gor', cue: 'said',
      speakerMention: null, speakerNamedAt: null, fragment: m[1].split(' ').length < 6,
    };
  });
  return { id, outlet: id, url: '', title: '', date: '2026-03-13', text, quotes };
}

const a000 = load('000_fa55279f4966502b.txt', '000');
const a001 = load('001_172d88e8f7af0655.txt', '001');
const quoteOf = (art: OtherArticle, words: string) => {
  const q = art.quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`seed quote not found: ${words}`);
  return q;
};

describe('seed 000 against seed 001', () => {
  test('the long quote is a paraphrase in 001 with "ensure" → "secure" in the diff', () => {
    const q = quoteOf(a000, 'I am very pleased to say that the US and India are very close today');
    const m = matchQuote(q, a001);
    expect(m?.kind).toBe('paraphrase');
    expect(m?.diff).toEqual(expect.arrayContaining([
      { op: 'delete', text: 'ensure the' },
      { op: 'insert', text: 'secure' },
    ]));
    expect(m?.text).toContain('will help secure supply chains');
    expect(a001.text.slice(m!.start, m!.end)).toBe(m!.text);
    expect(m?.meaningChanges).toEqual([]);
    expect(m?.speaker).toBeNull();
    expect(m?.speakerConflict).toBe(false);
  });

  test('"stay tuned" (a fragment) has no match', () => {
    expect(matchQuote(quoteOf(a000, 'stay tuned'), a001)).toBeNull();
  });
});

describe('seed 001 against seed 000', () => {
  test('the "indispensable" quote is a paraphrase in 000 ("crucial")', () => {
    const q = quoteOf(a001, 'Reliable and diversified supply chains for critical minerals are indispensable');
    const m = matchQuote(q, a000);
    expect(m?.kind).toBe('paraphrase');
    const inserted = m!.diff.filter((d) => d.op === 'insert').map((d) => d.text).join(' ');
    const deleted = m!.diff.filter((d) => d.op === 'delete').map((d) => d.text).join(' ');
    expect(inserted).toContain('crucial');
    expect(deleted).toContain('indispensable');
    // "not only … but also" is a connective, not a negation.
    expect(m?.meaningChanges).toEqual([]);
  });

  test('"I took a picture of the cover…" has no match', () => {
    expect(matchQuote(quoteOf(a001, 'I took a picture of the cover'), a000)).toBeNull();
  });

  test('only the "indispensable" quote of 001 is found in 000', () => {
    const found = a001.quotes.filter((q) => matchQuote(q, a000) !== null).map((q) => q.text.slice(0, 31));
    expect(found).toEqual(['One of the most important areas']);
  });
});

describe('seeds through the quote finder, as the reader sees them', () => {
  // Both outlets report one speaker, the ambassador: whatever forms of his name the finder gives,
  // no match between the seeds may claim a speaker conflict.
  const found = (file: string, id: string): OtherArticle => {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    return { id, outlet: id, url: '', title: '', date: '2026-03-13', text, quotes: findQuotes({ text, paragraphs: lineSpans(text) }) };
  };
  const [f000, f001] = [found('000_fa55279f4966502b.txt', '000'), found('001_172d88e8f7af0655.txt', '001')];

  test.each([[f000, f001], [f001, f000]])('no speaker conflict between the seeds (%#)', (ours, theirs) => {
    const matches = ours.quotes.map((q) => matchQuote(q, theirs)).filter((m) => m !== null);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(m.speakerConflict).toBe(false);
  });
});
