import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { relatedCoverage, storyTerms } from '@/utils/index/related-coverage';
import type { StoredArticle } from '@/utils/types';
import { ALL, article, football, harbor, ledger, otherTown, reprint, wire } from '../../golden/coverage/articles';

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

  test('the first `limit` are the best of all, as ranking every hit gives, though only those that can still rank are looked up (property)', () => {
    // Few words, so scores tie; dates a week apart, so the date factor reorders them.
    const word = fc.constantFrom('kelp', 'fjord', 'walrus', 'tundra', 'lantern', 'orchid', 'zeppelin', 'marigold');
    const body = fc.array(fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => `${ws.join(' ')}.`), { minLength: 1, maxLength: 4 });
    const date = fc.constantFrom('2026-01-10', '2026-01-10', '2026-01-17', null);
    fc.assert(
      fc.property(fc.array(fc.tuple(body, date), { minLength: 1, maxLength: 30 }), body, fc.constantFrom('2026-01-10', null), fc.constantFrom(1, 2, 3, 6, Infinity), fc.constantFrom(0, 0.3), (saved, reading, day, limit, minScore) => {
        const index = indexOf(saved.map(([paragraphs, d], i) => article({ id: `s${i}`, outlet: `Outlet ${i}`, title: `s${i}`, date: d, paragraphs })));
        const current = article({ id: 'current', outlet: 'Here', title: 'current', date: day, paragraphs: reading });
        expect(relatedCoverage(current, index, { limit, minScore })).toEqual(rankEveryHit(current, index, limit, minScore));
      }),
      { numRuns: 300 },
    );
  });
});

/** The ranking as first written: every hit scored and sorted (score, then BM25, then hit order). */
function rankEveryHit(a: StoredArticle, index: CoverageIndex, limit: number, minScore: number) {
  const story = storyTerms(`${a.title}\n\n${a.text}`);
  const weights = new Map(index.rarestTerms([...story.keys()], undefined, (t) => story.get(t)!).map((t) => [t, story.get(t)!]));
  let total = 0;
  for (const [t, w] of story) if (weights.has(t) || index.documentFrequency(t) === 0) total += w;
  if (weights.size === 0) return [];
  const day = (d: string | null) => (d ? Date.parse(d) : NaN);
  const factor = (x: number, y: number) => (Number.isNaN(x) || Number.isNaN(y) ? 0.85 : 1 / (1 + Math.abs(x - y) / 86_400_000 / 7));
  return index
    .searchArticles([...weights.keys()], { excludeId: a.id, excludeUrl: a.url, excludeOutlet: a.outlet, weight: (t) => weights.get(t) ?? 0, minWeight: minScore * total })
    .map((hit) => {
      const overlap = hit.terms.reduce((sum, t) => sum + (weights.get(t) ?? 0), 0) / total;
      const { id, outlet, url, title, date } = hit.article;
      return { related: { articleId: id, outlet, url, title, date, score: Math.round(overlap * factor(day(a.date), day(date)) * 1000) / 1000 }, bm25: hit.score };
    })
    .filter((r) => r.related.score >= minScore)
    .sort((x, y) => y.related.score - x.related.score || y.bm25 - x.bm25)
    .slice(0, limit)
    .map((r) => r.related);
}
