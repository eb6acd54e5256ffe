import { describe, expect, test } from 'vitest';
import { articleId } from '@/utils/article/article-id';
import { compareArticle } from '@/utils/report/compare-article';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { sampleArticles } from '@/utils/index/sample-coverage';
import type { Article, StoredArticle } from '@/utils/types';
import { ALL, football, harbor, ledger, otherTown, PLANT_QUOTE, reprint, wire } from '../../golden/coverage/articles';

function library(articles: StoredArticle[]) {
  const index = new CoverageIndex();
  const stored = new Map(articles.map((a) => [a.id, a]));
  for (const a of articles) index.add(a);
  return { index, resolve: (id: string) => stored.get(id) };
}

describe('compareArticle on the fixtures', () => {
  const { index, resolve } = library(ALL);

  test('the plant quote is found in every other outlet, never in the article itself', () => {
    const { quotes } = compareArticle(harbor, harbor.quotes, index, resolve);
    const plant = quotes.find((r) => r.quote.text.startsWith(PLANT_QUOTE))!;
    expect(plant.matches.map((m) => m.articleId).sort()).toEqual([ledger.id, reprint.id, wire.id].sort());
    for (const m of plant.matches) expect(m.kind).toBe('verbatim');
  });

  test('matches are ordered by kind importance, then similarity', () => {
    const order = { verbatim: 0, partial: 1, altered: 2, paraphrase: 3 };
    for (const r of compareArticle(ledger, ledger.quotes, index, resolve).quotes) {
      const keys = r.matches.map((m) => [order[m.kind], -m.similarity]);
      expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    }
  });

  test('wire copies are grouped and related coverage ranks the same story', () => {
    const { wire: groups, related } = compareArticle(harbor, harbor.quotes, index, resolve);
    expect(groups).toEqual([{ articleIds: [wire.id, reprint.id], outlets: ['Coastal Wire', 'Daily Beacon'], source: wire.id }]);
    const ids = related.map((r) => r.articleId);
    expect(ids.slice(0, 3).sort()).toEqual([ledger.id, reprint.id, wire.id].sort());
    expect(ids).not.toContain(football.id);
    expect(ids).not.toContain(otherTown.id);
  });

  test('a reprint compared with its source forms a group that includes the current article', () => {
    const { wire: groups } = compareArticle(reprint, reprint.quotes, index, resolve);
    expect(groups[0].articleIds.sort()).toEqual([reprint.id, wire.id].sort());
  });

  test('candidates the resolver does not know are skipped', () => {
    const { quotes, wire: groups } = compareArticle(harbor, harbor.quotes, index, () => undefined);
    expect(quotes.every((r) => r.matches.length === 0)).toBe(true);
    expect(groups).toEqual([]);
  });
});

describe('compareArticle on the seeds (DESIGN.md expectations)', () => {
  const [a000, a001] = sampleArticles().map((a: Article): StoredArticle => ({ ...a, id: articleId(a), quotes: findQuotes(a), savedAt: 0 }));
  const { index, resolve } = library([a000, a001]);
  const report = (from: StoredArticle, words: string) => {
    const r = compareArticle(from, from.quotes, index, resolve).quotes.find((q) => q.quote.text.includes(words));
    if (!r) throw new Error(`no quote containing "${words}"`);
    return r;
  };

  test.each([
    ['000 "ensure" quote → paraphrase in 001 with ensure→secure', () => report(a000, 'finalising a critical minerals agreement'), 'paraphrase', ['ensure'], ['secure']],
    ['001 "indispensable" quote → paraphrase in 000 ("crucial")', () => report(a001, 'indispensable'), 'paraphrase', ['indispensable'], ['crucial']],
  ])('%s', (_name, get, kind, deleted, inserted) => {
    const r = get();
    expect(r.matches).toHaveLength(1);
    const [m] = r.matches;
    expect(m.kind).toBe(kind);
    const diff = (op: string) => m.diff.filter((d) => d.op === op).map((d) => d.text.toLowerCase()).join(' ');
    for (const w of deleted) expect(diff('delete')).toContain(w);
    for (const w of inserted) expect(diff('insert')).toContain(w);
  });

  test('001 "I took a picture of the cover…" has no match', () => {
    expect(report(a001, 'I took a picture of the cover').matches).toEqual([]);
  });

  test('the seeds are two sources, not a wire copy, and each is related coverage of the other', () => {
    const result = compareArticle(a000, a000.quotes, index, resolve);
    expect(result.wire).toEqual([]);
    expect(result.related.map((r) => r.articleId)).toEqual([a001.id]);
  });
});
