/**
 * Matching a live blog's quotes against another live blog grows with the pages, not their square
 * (12-06: each matchQuote read every quote of the other article: its attributions and quoted
 * spans, the quotes around a window and around the aligned words). A quarter of the pages against
 * the whole, best of five interleaved rounds (test/support/growth-ratio.ts): linear is 4,
 * quadratic 16. Measured (load 1.4-1.9): before 0.34 s → 4.95 s (14.5), after 86 → 246 ms (2.9).
 */
import { describe, expect, test } from 'vitest';
import { matchQuote } from '@/utils/matching/match-quote';
import { liveBlog } from '../../support/live-blog';
import { growthRatio } from '../../support/growth-ratio';
import type { QuoteMatch } from '@/utils/types';

/** Our page, and a wire carrying every even utterance of it, each in the same paragraph. */
function pages(n: number) {
  return { page: liveBlog('page', 'Page Daily', n, (i) => i), wire: liveBlog('wire', 'Wire', n, (i) => (i % 2 ? 1_000_000 + i : i)) };
}

/** Each quote of the page against the wire's paragraph of the same number, as a compare reads its candidate windows. */
function matchAll({ page, wire }: ReturnType<typeof pages>): Array<QuoteMatch | null> {
  return page.quotes.map((q, i) => matchQuote(q, wire, [wire.paragraphs[i]], page.text));
}

describe('matching against a live blog', () => {
  test('four times the quotes take less than eight times as long, with the same matches', () => {
    const matches = matchAll(pages(4000));
    expect(matches.map((m) => m?.kind ?? null)).toEqual(Array.from({ length: 4000 }, (_, i) => (i % 2 ? null : 'verbatim')));
    expect(growthRatio(() => pages(1000), () => pages(4000), matchAll)).toBeLessThan(8);
  }, 120_000);
});
