/**
 * Golden reverse coverage (cases.ts, texts we wrote): every article goes through the quote finder,
 * this article's quotes through the forward compare against the related articles, then the reverse.
 */
import { describe, expect, test } from 'vitest';
import { articleTextFromLines } from '@/utils/article/article-text';
import { compareArticle } from '@/utils/report/compare-article';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { readRelatedQuotes, reverseCoverage, type ReverseInput } from '@/utils/report/reverse-coverage';
import type { DiffOp, StoredArticle } from '@/utils/types';
import { CASES, type ReverseCase } from './cases';

const show = (ops: DiffOp[]) => ops.map((d) => (d.op === 'equal' ? d.text : d.op === 'delete' ? `[-${d.text}-]` : `{+${d.text}+}`)).join(' ');

function stored(id: string, outlet: string, text: string): StoredArticle {
  const body = articleTextFromLines(text);
  return { id, url: `https://${id}.example/story`, outlet, title: '', date: '2026-05-02', byline: null, lang: 'en', ...body, quotes: findQuotes(body), savedAt: 0 };
}

function inputOf(c: ReverseCase): ReverseInput {
  const ours = stored('ours', 'Our Paper', c.ours);
  const related = c.related.map((r, i) => stored(`related-${i}`, r.outlet, r.text));
  const index = new CoverageIndex();
  for (const r of related) index.add(r);
  const { quotes } = compareArticle(ours, ours.quotes, index, (id) => related.find((r) => r.id === id));
  return { article: ours, quotes: ours.quotes, related, reports: quotes };
}

describe('golden reverse coverage', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const input = inputOf(c);
    const { elsewhere, paraphrased } = reverseCoverage(input);
    const pick = <T extends { text: string }>(items: T[], words: string) => items.filter((x) => x.text.includes(words));
    expect(elsewhere.map((g) => g.speaker)).toEqual(c.expect.elsewhere.map((g) => g.speaker));
    elsewhere.forEach((g, i) => {
      const want = c.expect.elsewhere[i].quotes;
      expect(g.quotes).toHaveLength(want.length);
      g.quotes.forEach((q, k) => {
        expect(q.text, `group ${g.speaker} quote ${k}`).toContain(want[k].words);
        expect(q.outlets).toEqual(want[k].outlets);
        for (const v of q.versions) {
          const source = input.related.find((a) => a.id === v.articleId)!;
          expect(source.text.slice(v.quote.start, v.quote.end)).toBe(v.quote.text);
        }
      });
    });
    expect(paraphrased).toHaveLength(c.expect.paraphrased.length);
    paraphrased.forEach((p, i) => {
      const want = c.expect.paraphrased[i];
      expect(pick([p], want.words)).toHaveLength(1);
      expect(input.article.text.slice(p.start, p.end)).toBe(p.text);
      expect(p.sources.map((s) => s.outlet)).toEqual(want.outlets);
      for (const s of p.sources) {
        for (const d of want.diff ?? []) expect(show(s.diff)).toContain(d);
        if (want.meaningChanges) expect(s.meaningChanges).toEqual(want.meaningChanges);
        expect(s.start >= p.start && s.end <= p.end).toBe(true);
      }
    });
  });

  test.each(CASES.map((c) => [c.name, c] as const))('same readings without forward reports and without paragraph windows: %s', (_name, c) => {
    const input = inputOf(c);
    const statuses = (xs: ReturnType<typeof readRelatedQuotes>) => xs.map((r) => (r.status === 'forward' ? 'quoted' : r.status));
    const base = statuses(readRelatedQuotes(input));
    expect(statuses(readRelatedQuotes({ ...input, reports: [] }))).toEqual(base);
    expect(statuses(readRelatedQuotes(input, { windows: false }))).toEqual(base);
  });
});
