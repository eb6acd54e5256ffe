import { describe, expect, test } from 'vitest';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { relatedCoverage } from '@/utils/index/related-coverage';
import { ALL, football, harbor, ledger, otherTown, reprint, wire } from '../../golden/coverage/articles';

function indexOf(articles = ALL): CoverageIndex {
  const index = new CoverageIndex();
  for (const a of articles) index.add(a);
  return index;
}

describe('relatedCoverage', () => {
  test('same-story articles first, then same topic; unrelated below the threshold', () => {
    const related = relatedCoverage(ledger, indexOf(), { minScore: 0 });
    const order = related.map((r) => r.articleId);
    // Only the story's most telling terms are looked up: a same-topic article may not come up at all.
    const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : Infinity);
    for (const same of [harbor.id, wire.id, reprint.id]) {
      expect(rank(same)).toBeLessThan(rank(otherTown.id));
    }
    expect(order).not.toContain(ledger.id);
    expect(order).not.toContain(football.id); // same outlet as the ledger: excluded by default
    expect(relatedCoverage(ledger, indexOf()).map((r) => r.articleId)).not.toContain(otherTown.id);
  });

  test.each([
    ['same story', harbor, wire, true],
    ['same topic, another town months later', harbor, otherTown, false],
    ['unrelated', harbor, football, false],
  ])('%s: above the default threshold → %s', (_name, current, other, expected) => {
    const found = relatedCoverage(current, indexOf([other])).map((r) => r.articleId);
    expect(found.includes(other.id)).toBe(expected);
  });

  test('scores are 0..1 and sorted; limit and includeSameOutlet apply', () => {
    const all = relatedCoverage(harbor, indexOf(), { minScore: 0, includeSameOutlet: true });
    expect(all.map((r) => r.articleId)).toContain(otherTown.id);
    for (const r of all) expect(r.score).toBeGreaterThanOrEqual(0);
    for (const r of all) expect(r.score).toBeLessThanOrEqual(1);
    expect(all.map((r) => r.score)).toEqual([...all.map((r) => r.score)].sort((a, b) => b - a));
    expect(relatedCoverage(harbor, indexOf(), { minScore: 0, limit: 2 })).toHaveLength(2);
  });
});
