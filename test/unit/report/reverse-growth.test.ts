/**
 * The reverse sections of a live blog against live blogs grow with the pages, not their square
 * (12-06: each related quote's windows were read from every paragraph, each absent quote tried
 * against every quote of the other related articles, and matchQuote read the whole page's quotes
 * at every call). A quarter of the pages against the whole, best of five interleaved rounds
 * (test/support/growth-ratio.ts): linear is 4, quadratic 16. Measured (load 1.6-4.7): before
 * 1.7 s → 20.1 s (11.8), after 0.69 s → 3.0 s (4.4).
 */
import { describe, expect, test } from 'vitest';
import { reverseCoverage } from '@/utils/report/reverse-coverage';
import { liveBlog } from '../../support/live-blog';
import { growthRatio } from '../../support/growth-ratio';

const ABSENT = 1_000_000;
const OTHER = 2_000_000;

/** Our page; a wire quoting every even utterance of it and odd ones of its own; a third outlet sharing some of those. */
function pages(n: number) {
  // Words in a few paragraphs each, however long the pages: a quote's windows (any paragraph with
  // quote marks sharing a word) stay few, as the rule asks; a fixed vocabulary grows them with the page.
  const vocabulary = 10 * n;
  const page = liveBlog('page', 'Page Daily', n, (i) => i, vocabulary);
  const wire = liveBlog('wire', 'Wire', n, (i) => (i % 2 ? ABSENT + i : i), vocabulary);
  const third = liveBlog('third', 'Third Post', n, (i) => (i % 2 && i % 3 === 1 ? ABSENT + i : OTHER + i), vocabulary);
  return { article: page, quotes: page.quotes, related: [wire, third], reports: [] };
}

describe('reverse coverage of a live blog', () => {
  test('four times the paragraphs take less than eight times as long, with the same reading', () => {
    // Fresh pages for each run: a quote's words and terms are remembered per quote object.
    const result = reverseCoverage(pages(2000));
    // Every odd utterance of the wire is absent here; those the third outlet shares are one entry of two outlets.
    const entries = result.elsewhere.flatMap((g) => g.quotes);
    const odd = Array.from({ length: 2000 }, (_, i) => i).filter((i) => i % 2);
    const shared = odd.filter((i) => i % 3 === 1).length;
    expect(entries.filter((e) => e.outlets.length === 2)).toHaveLength(shared);
    expect(entries).toHaveLength(odd.length + 2000 - shared);
    expect(result.paraphrased).toEqual([]);
    expect(growthRatio(() => pages(500), () => pages(2000), reverseCoverage)).toBeLessThan(8);
  }, 120_000);
});
