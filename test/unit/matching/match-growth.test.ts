/**
 * Matching a live blog's quotes against another live blog grows with the pages, not their square
 * (12-06: each matchQuote read every quote of the other article: its attributions and quoted
 * spans, the quotes around a window and around the aligned words). A quarter of the pages timed,
 * best of three, against the whole (best of two: a first run may pay for the collection of the
 * pages' making), in the same run: linear is 4, quadratic 16. Measured (load 1.4-1.9): before
 * 0.34 s → 4.95 s (14.5), after 86 → 246 ms (2.9).
 */
import { describe, expect, test } from 'vitest';
import { matchQuote } from '@/utils/matching/match-quote';
import { liveBlog, timed } from '../../support/live-blog';
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
    const small = Math.min(...[0, 1, 2].map(() => { const input = pages(1000); return timed(() => matchAll(input)); }));
    let matches: Array<QuoteMatch | null> = [];
    const large = Math.min(...[0, 1].map(() => { const input = pages(4000); return timed(() => { matches = matchAll(input); }); }));
    expect(matches.map((m) => m?.kind ?? null)).toEqual(Array.from({ length: 4000 }, (_, i) => (i % 2 ? null : 'verbatim')));
    expect(large / small).toBeLessThan(8);
  }, 120_000);
});
