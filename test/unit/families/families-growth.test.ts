/**
 * The families of live blogs that quote each other grow with the blogs, not their square (12-06:
 * each rendering looked for the quotes it lands in among every quote of the other blog). A quarter
 * of the blogs against the whole, best of five interleaved rounds (test/support/growth-ratio.ts):
 * linear is 4, quadratic 16 (the bound here is 11, below). Grouping measured (load 1.4-1.9):
 * before 12 → 434 ms (36.4), after 6 → 11 ms (1.8).
 */
import { describe, expect, test } from 'vitest';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { QuoteFamilies } from '@/utils/families/quote-families';
import { liveBlog } from '../../support/live-blog';
import { growthRatio } from '../../support/growth-ratio';
import type { StoredArticle } from '@/utils/types';

/** A blog and a wire carrying every even utterance of it, the families' build over both, and their grouping (timed). */
function blogs(n: number) {
  const articles = [liveBlog('blog', 'Blog Daily', n, (i) => i), { ...liveBlog('wire', 'Wire', n, (i) => (i % 2 ? 1_000_000 + i : i)), savedAt: 2 }];
  const index = new CoverageIndex();
  for (const a of articles) index.add(a);
  const byId = new Map<string, StoredArticle>(articles.map((a) => [a.id, a]));
  const families = QuoteFamilies.build(index, articles, (id) => byId.get(id));
  return { families, group: () => families.families() };
}

describe('families of live blogs', () => {
  test('grouping four times the quotes takes less than eleven times as long, with the same families', () => {
    const { families } = blogs(4000);
    // Each even utterance is one family of two quotes; each odd one two families of one.
    const sizes = families.families().map((f) => f.nodes.length);
    expect(sizes.filter((s) => s === 2)).toHaveLength(2000);
    expect(sizes.filter((s) => s === 1)).toHaveLength(4000);
    // Grouping of a few milliseconds grows a little faster than the blogs (its sorts, the collector
    // of a larger heap): 4.8 at b0987e2 and 5.4–7.0 now on the 12-07 host, where quadratic was 36.
    expect(growthRatio(() => blogs(1000), () => blogs(4000), (b) => b.group())).toBeLessThan(11);
  }, 120_000);
});
